"""Norwegian, Danish and Swedish mixed into English questions, read in English.

Scandinavians type a question's frame in their language and the story's names and things in English
("Hvem skrev the article?", "Hva sa Rudd om WhatsApp?", "Hur gammal var angriparen?", "Hvornår skete
angrebet?"), with å ä ö æ ø or without them ("hur manga", "naar", "doede"). The three share their frame
in related forms, so one glossary reads them all. A noun takes its article as an ending ("artikkelen",
"artiklen", "artikeln": the article). The finite verb comes second, before its subject after a question
word ("hva sa Rudd": what did Rudd say), and first in a yes-no question ("brukte Masood WhatsApp?"),
which ``_scandinavian_order`` puts in English order; a perfect or a modal ("hvem har skrevet", "kan
politiet lese") is in English order already. Each word is listed once, with its letters: its plain
spellings are made from it (``_plain``), and so are the idioms' (``_either``). Many short words are
English too ("men", "i", "den", "bare", "dog", "var", "vet", "man"): those are glossed only where the
Scandinavian is sure (``_SCANDINAVIAN_SHARED``, the idioms), and none of them shows the language.
"""
from __future__ import annotations

import re

from . import Idioms, Language

# the letters chat types plain, as one letter or two ("når": "nar", "naar"; "död": "dod", "doed")
_ONE = str.maketrans("åäöæøé", "aaoaoe")
_TWO = str.maketrans({"å": "aa", "ä": "ae", "ö": "oe", "æ": "ae", "ø": "oe", "é": "e"})


def _either(pattern: str) -> str:
    """``pattern`` matching its words typed with their letters or plain ("många", "manga", "maanga")."""
    return re.sub("[åäöæø]", lambda m: f"(?:{m.group(0)}|{m.group(0).translate(_TWO)}|{m.group(0).translate(_ONE)})",
                  pattern)


def _glossed_at(m: re.Match) -> str:
    """Danish "at", Swedish "att": "to" before an infinitive ("nægtede at hjælpe"), "that" before a
    clause after a word of the language or a name ("sa Rudd at WhatsApp"); English "at" stays ("at the time")."""
    before, gap, word, after = m.group(1) or "", m.group(2) or "", m.group(3), m.group(4)
    english = _SCANDINAVIAN.get(after.lower())
    if english in _BARE or after.lower() in _BARE:
        return f"{before}{gap}to {after}"
    if word.lower() == "att" or ((not before or before[0].isupper() or before.lower() in _SCANDINAVIAN) and
                                 (after[0].isupper() or english is not None)):
        return f"{before}{gap}that {after}"
    return m.group(0)


def _infinitive_a(m: re.Match) -> str:
    """"å" typed "a" marks an infinitive ("nektet a hjelpe": refused to help); else it is English "a"."""
    return "to " + m.group(1) if _SCANDINAVIAN.get(m.group(1).lower()) in _BARE else m.group(0)


def _when(m: re.Match) -> str:
    """"da" is when before a clause's subject ("da han døde", "da angrepet skjedde"), else then."""
    after = m.group(1)
    english = _SCANDINAVIAN.get(after.lower(), "")
    subject = after[0].isupper() or english.startswith("the ") or english in ("he", "she", "they", "it", "we")
    return "when " if subject else m.group(0)


def _relative_der(m: re.Match) -> str:
    """Danish "der" joins a clause before its verb ("betjenten der døde"); elsewhere it is there."""
    english = _SCANDINAVIAN.get(m.group(1).lower(), "").split(" ")[0]
    return " that " if english in _FINITE or english in _AUXILIARIES else m.group(0)


def _owned(m: re.Match) -> str:
    """Norwegian "navnet hans" (his name): a noun with its article, then its owner."""
    english = _SCANDINAVIAN.get(m.group(1).lower(), "the ")
    return f"{m.group(2)} {m.group(1)}" if english.startswith("the ") else m.group(0)


def _genitive(m: re.Match) -> str:
    """A noun with its article and an "-s" owns the next ("angriperens navn": the attacker's name)."""
    english = _SCANDINAVIAN.get(m.group(1).lower())
    if english and english.startswith("the ") and m.group(0).lower() not in _SCANDINAVIAN:
        return english + "'s"
    return m.group(0)


_SCANDINAVIAN_IDIOMS = Idioms([
    # greetings and asking to ask ("hei, vet du ...", "kan du si meg", "jeg lurer på")
    (r"^\s*(?:hei|hej|hejsan|heisann|hallo|hallå)\b\s*[,!:]?\s*", ""),
    (r"\b(?:vet|veit|ved)\s+(?:du|dere|ni|i)\b", "do you know"),
    (r"\b(?:vet|veit|ved)\s+(?:noen|nogen|någon)\b", "does anyone know"),
    (r"\bkan\s+(?:du|ni|dere|noen|nogen|någon)\s+(?:si|sige|säga|fortelle|fortælle|berätta)\s+(?:meg|mig)\b",
     "can you tell me"),
    (r"\bjeg\s+lurer\s+på\b|\bjag\s+undrar\b|\bjeg\s+undrer\s+mig(?:\s+over)?\b", "I wonder"),
    # the story's names and offices, first ("Islamsk Stat", "kriminell bakgrunn", "Det hvite hus")
    (r"\bwestminster[- ]?(?:broen|brua|brui|bron|bro|bru)\b", "Westminster Bridge"),
    (r"\b(?:den\s+)?islamsk(?:e)?\s+stat(?:en)?\b|\b(?:den\s+)?islamiska\s+staten\b|\bislamisk\s+stat\b",
     "Islamic State"),
    (r"\bkriminel(?:l|le|t)?\s+(?:bakgrunn|bakgrund|baggrund|fortid|förflutet|rulleblad|historikk?|"
     r"register)\b|\bstraffe(?:attest|register)\b|\b(?:straff|brotts)regist(?:er|ret)\b",
     "criminal record"),
    (r"\b(?:det\s+)?hvite\s+hus(?:et)?\b|\b(?:det\s+)?hvide\s+hus\b|\bvita\s+huset\b", "the White House"),
    (r"\bhøyesterett\b|\bhøjesteret\b|\bhögsta\s+domstolen\b", "the Supreme Court"),
    (r"\bende[- ]til[- ]ende[- ]?kryptering(?:en)?\b|\bend[- ]to[- ]end[- ]?kryptering(?:en)?\b",
     "end-to-end encryption"),
    (r"\b(tok|tog|påtok|påtog|tatt|taget|tagit|ta|tage|tar)\s+(?:på\s+)?(?:seg|sig|sej)\s+(?:ansvar(?:et)?|skylden)\b",
     lambda m: {"ta": "claim", "tage": "claim", "tar": "claims"}.get(m.group(1).lower(), "claimed")
     + " responsibility"),
    # asking: how old, how many, how long, what kind, names, whose, "who is it that"
    (r"\b(?:hvor|hur|kor)\s+gam(?:mel|le|mal|la|al)\b", "how old"),
    (r"\b(?:hvor|hur|kor)\s+(?:mange|många)\s+år\s+(?=(?:var|er|är|ar|ble|blev)\b)", "how old "),
    (r"\b(?:hvilket|vilket)\s+år\b", "which year"), (r"\bi\s+år\b", "this year"),
    (r"\b(?:hvor|hur|kor)\s+(?:mange|många)\b", "how many"),
    (r"\b(?:hvor|hur|kor)\s+(?:mye|meget|mycket)\b", "how much"),
    (r"\b(?:hvor|hur|kor)\s+(?:lenge|længe|länge|lang\s+tid|lång\s+tid)\b", "how long"),
    (r"\b(?:hvor|hur|kor)\s+(?:ofte|ofta)\b", "how often"), (r"\b(?:hvor|hur|kor)\s+(?:langt|långt)\b", "how far"),
    (r"\b(?:hvor|hur)\s+(?=(?:stor|store|stort|stora|tidlig|tidigt|sent|raskt|hurtigt|snabbt|farlig)\b)", "how "),
    (r"\b(?:hva|hvad|vad|kva)\s+(?:slags|sorts|for\s+(?:en|ei|et|noe)|för\s+(?:en|ett|något|sorts))\b", "what kind of"),
    (r"\b(?:hvilken|vilken|hvilket|vilket)\s+(?:type|typ|slags|sort|sorts)(?:\s+(?:av|af))?\b", "what kind of"),
    (r"\b(?:hva|hvad|vad|kva)\s+(?:heter|hedder|heiter)(?=\s+\w)", "what is the name of"),
    (r"\b(?:hva|hvad|vad|kva)\s+(?:het|hette|hed|hedde|heitte)(?=\s+\w)", "what was the name of"),
    (r"\b(?:hva|hvad|vad|kva)\s+(?:heter|hedder|heiter)\b", "what is his name"),
    (r"\b(?:hva|hvad|vad|kva)\s+(?:het|hette|hed|hedde)\b", "what was his name"),
    (r"\b(?:navnet|namnet)\s+(?:på|til|till)\b", "the name of"),
    (r"\b(alderen|tittelen|overskriften|forfatteren|adressen|kona|familien)\s+til\b", r"\1 of"),
    # "angrep" (attack) is attacked after the asking or opening a question ("hvorfor angrep Masood")
    (r"\b(hvem|vem|kven|hvorfor|varför|hvordan|hur|når|när|hvornår|hvor|hvilke\w*|vilke\w*)\s+(?:angrep|angreb)\b",
     r"\1 attacked"), (r"^(\s*)(?:angrep|angreb)(?=\s+(?-i:[A-Z]))", r"\1attacked"),
    (r"\b(overskrift(?:en|a)?|rubriken?|tit(?:tel|el)(?:en|n)?|titlen|forfatter(?:en)?|författaren?|alderen)\s+på\b",
     r"\1 of"), (r"\b(?:hvem|kven)\s+(?:sin|sitt|sine|si)\b", "whose"),
    (r"\b(hvem|vem|kven|hva|hvad|vad|kva|hvilke\w*|vilke\w*)\s+(?:(?:er|var|är|ar)\s+det\s+)?(?:som|der)\b", r"\1"),
    # Swedish "var" is where before a verb that opens the question ("var bodde han"), else was
    (r"^(\s*)var\s+(?=(?:bodde|bor|ligger|låg|föddes|född|hände|händer|skedde|sker|var|är|finns|fanns|kommer|kom|dog|"
     r"hittades|greps|jobbade|arbetade|gick|körde|hyrde|studerade|sköts|dödades)\b)", r"\1where "),
    (r"\bvarifrån\b|\bhvorfra\b", "from where"),
    # there is, is it true, does anyone know ("finnes det", "stemmer det at", "er der nogen der ved")
    (r"\b(?:er|är)\s+(?:der|det)\s+(?:noen|nogen|någon)\s+(?:der|som)\s+(?:vet|ved|veit)\b", "does anyone know"),
    (r"\b(?:finnes|fins|findes|finns)\s+(?:det|der)\b", "is there"),
    (r"\b(?:fantes|fandtes|fanns)\s+(?:det|der)\b", "was there"),
    (r"^(\s*)(?:er|är)\s+der\b", r"\1is there"), (r"^(\s*)var\s+der\b", r"\1was there"),
    (r"\b(?:stemmer|stämmer|passer)\s+det\b", "is it true"),
    # happening, dying, the car, opening, finding out
    (r"\b(skjedde|skete|hände|skedde|skjer|sker|händer)\s+med\b", r"\1 to"),
    (r"\b(skjedde|skete|skedde|skjer|sker)\s+(?:der|det)\b", r"\1"),
    (r"\b(?:hva|hvad|vad)\s+(?:sto|stod)\s+det\b", "what did it say"),
    (r"\b(?:hva|hvad|vad)\s+(?:står|star)\s+det\b", "what does it say"),
    (r"\b(hvem|vem|kven)\s+intervju(?:et|ede|ade)\b", r"\1 interviewed"),
    (r"\b(alene|aleine|ensam)\s+om\b", r"\1 in"),
    (r"\b(?:ba|bad)\s+om\b", "asked for"), (r"\b(?:ber|beder)\s+om\b", "asks for"),
    (r"\bmist(?:et|a|ede|ade)\s+livet\b", "died"), (r"\bmiste\s+livet\b", "die"),
    (r"\b(?:kjørte|kørte|körde)\s+((?:[\w'’-]+\s+){0,3}?)(?:inn|ind|in)\s+i\b", r"drove \1into"),
    (r"\b(?:meide|meiet|mejede|mejade)\s+(?:ned|ner)\b", "mowed down"),
    (r"\b(?:låse|låsa)\s+(?:opp|op|upp)\b", "unlock"),
    (r"\blåste\s+((?:[\w'’-]+\s+){0,3}?)(?:opp|op|upp)\b", r"unlocked \1"),
    (r"\b(?:fant|fandt)\s+(?:ut|ud)\b|\bfick\s+reda\s+på\b", "found out"),
    (r"\b(?:finne|finde)\s+(?:ut|ud)\b|\bta\s+reda\s+på\b", "find out"),
    (r"\b(vil|vill|ville|ønsker|önskar|ønsket|önskade)\s+ha\b", r"\1"),
    (r"\b(?:stod|sto)\s+(?:bag|bak|bakom)\b", "was behind"), (r"\b(?:står|star)\s+(?:bag|bak|bakom)\b", "is behind"),
    # "den nye loven", "de nye love" (Danish laws): the article of an adjective
    (r"\b(?:den|det|de)\s+(?=(?:nye|nya|andre|andra|samme|samma|hemmelige|hemliga|britiske|brittiska|amerikanske|"
     r"amerikanska|krypterte|krypterede|krypterade|første|siste|sidste|gamle|gamla)\b)", "the "),
    (r"\b(nye|nya|disse|alle|flere|tre|hvilke|vilka)\s+lover?\b", r"\1 laws"), (r"(?-i:\bny\b)", "new"),
    (r"\bpå\s+egen\s+hånd\b|\bpå\s+egen\s+hand\b", "on his own"),
    # times ("i går", "til slutt", "20 år")
    (r"\bi\s*går\b", "yesterday"), (r"\bi\s*dag\b", "today"), (r"\bi\s+(?:fjor|fjol)\b", "last year"),
    (r"\b(?:forrige|sidste)\s+(?:uke|uge)\b|\bförra\s+veckan\b", "last week"),
    (r"\btil\s+(?:slutt|sidst)\b|\btill\s+slut\b", "in the end"),
    (r"\b(?:på|i)\s+(?:slutten|slutningen|slutet)\b", "at the end"), (r"\b(\d+)\s+(?:år|ar)\b", r"\1 years"),
    (r"\b(?:ifølge|i\s+følge|enligt)\b", "according to"),
    (r"\bi\s+(mån|tis|ons|tors|fre|lör|sön)dags\b", lambda m: "last " + {
        "ma": "Monday", "ti": "Tuesday", "on": "Wednesday", "to": "Thursday", "fr": "Friday", "lo": "Saturday",
        "so": "Sunday"}[m.group(1).lower().translate(_ONE)[:2]]),
    # "to" is two before a plural ("to personer"), and "man" you before its verb ("hvordan kan man lese")
    (r"\bto\s+(?=(?:personer|mennesker|människor|dager|dage|dagar|uker|uger|år|ganger|gange|ofre|poliser)\b)", "two "),
    (r"\b(kan|kunne|kunde|skal|ska|bør|må|måste)\s+man\b", r"\1 you"),
    (r"\bman\s+(?=(?:kan|kunne|kunde|ska|skal|skulle|må|måste|bør|vil|vill|vet|har|hade|hadde|får)\b)", "you "),
    # "da" is when before a clause ("da han døde": when he died), then elsewhere ("hva skjedde da")
    (r"\bda\s+(?=([\w'’-]+)\s+\w)", _when),
    # "at", "att" and "å" typed "a" (``_glossed_at``, ``_infinitive_a``), "for å" (to)
    (r"\b(?:f(?:o|ö|oe)r|til)\s+(?:å|aa|att)\b", "to"),
    (r"\b(sa|sagde|sade|sagt|skrev|sier|siger|säger|hevdet|hævdede|hävdade|mente|tror)\s+att?\b", r"\1 that"),
    (r"(?:([\w'’-]+)([\s,]+))?(?<![\w'’-])(at|att)\s+([\w'’-]+)", _glossed_at),
    (r"(?-i:(?<![\w'’-])a\s+([^\W\d_]+))", _infinitive_a),
    # "i" (in) before an article or a number: "i the article", "i 2017"
    (r"(?-i:(?<![\w'’-])i(?=\s+(?:(?:the|a|an|this|that|his|her|their)\b|\d)))", "in"),
    # Norwegian "navnet hans" (his name): the owner before what it owns
    (r"\b([^\W\d_]{3,}(?:en|et|a|ene|ane|na))\s+(?-i:(hans|hennes|deres|sin|sitt|sine))\b", _owned),
    (r"\b([^\W\d_]+)s\b", _genitive), (r"(?<=\w)\s+der\s+(?=([\w'’-]+))", _relative_der),
], prepare=_either)

# -- words -----------------------------------------------------------------------------------

def _forms(line: str) -> tuple[str, tuple[str, str]]:
    """A verb's bare form with its past and participle, from "write wrote written" or "kill"."""
    bare, *forms = line.split()
    past = forms[0] if forms else bare + ("d" if bare.endswith("e") else "ed")
    return bare, (past, forms[1] if len(forms) > 1 else past)


# the English verbs the glossing uses, as bare form, past and participle (the past by rule where
# left out): ``_scandinavian_order`` asks with them ("what did Rudd say")
_ENGLISH = dict(_forms(line) for line in """say said; tell told; write wrote written;
    happen; kill; die; stab stabbed; shoot shot; drive drove driven; rent; use; claim; want; demand; ask;
    know knew known; find found; read read; open; unlock; send sent; live; arrest; act; answer; respond; cooperate;
    refuse; prevent; hide hid hidden; force; get got; do did done; come came come; meet met; attack; think thought;
    go went gone; publish; call; vote; win won; work; injure; convert; hit hit; help; need; mean meant; report;
    share; own; change; stop stopped; give gave given; take took taken; see saw seen; try tried; manage; flee fled;
    travel; reject; react; describe; mow; last; pass; introduce; fire; belong; criticise;
    have had""".split(";"))
_BARE = frozenset(_ENGLISH)
_PAST = {p: b for b, (p, _) in _ENGLISH.items()}
_THIRD = {("has" if b == "have" else re.sub(r"(?<=[^aeiou])y$", "ie", b) + ("es" if b[-1] in "sho" else "s")): b
          for b in _ENGLISH}
_PARTICIPLES = frozenset(pp for _, pp in _ENGLISH.values())

def _table(text: str) -> dict[str, str]:
    """The words of ``text`` ("English: word word; ...", "#" comments left out), each with its English."""
    return {word: english.strip() for part in re.sub(r"#[^\n]*", "", text).split(";") if part.strip()
            for english, words in [part.split(":")] for word in words.split()}


_SCANDINAVIAN = _table("""
    # asking, in Norwegian, Danish, Swedish and Nynorsk ("kven", "kva")
    who: hvem vem kven; whose: hvems vems; what: hva hvad vad kva hva'; when: når när hvornår; where: hvor;
    why: hvorfor varför kvifor; how: hvordan hur korleis; which: hvilken hvilket hvilke vilken vilket vilka;
    from where: hvorfra;
    # articles, "this", and pronouns (articles before an adjective: idioms)
    a: en et ei ett; this: denne dette denna detta; these: disse dessa; it: den det; they: de;
    # prepositions ("til" is to, "å" too before an infinitive)
    in: i; on: på pa; about: om angående; of: av af; from: fra från; with: med; to: til till å aa; for: för;
    after: etter efter; before: før innan före; against: mot mod; without: uten uden utan; at: ved vid hos;
    between: mellom mellem mellan; through: gjennom gennem genom; according to: ifølge enligt;
    since: siden sedan sidan; among: blant blandt; around: rundt runt; behind: bak bakom; out: ut ud; up: opp upp;
    down: ned ner;
    # pronouns and possessives
    I: jeg jag; me: meg mig; you: du deg dig; he: han; she: hun hon; him: ham honom; her: henne hennes hendes; we: vi;
    us: oss os; them: dem; his: hans sin sitt sine sina; their: deres deras; anyone: noen nogen någon;
    some: nogle några; anything: noe noget något; no: ingen inga; nothing: ingenting; all: alle alla;
    whole: hele hela; same: samme samma; own: egen eget egne egna;
    # joining, negation, time and degree
    and: og och; or: eller; but: men; because: fordi eftersom; if: hvis; then: da då; so: så; while: mens medan;
    that: som; there: der där; than: enn än; not: ikke ikkje inte ej icke; never: aldri aldrig; now: nå nu;
    also: også också; already: allerede redan; again: igjen igen; still: fortsatt fortfarande;
    first: først först første; last: sist sidst senast siste; earlier: tidligere tidigare; later: senere senare;
    many: mange många; much: mye meget mycket; more: flere fler mer mere; most: mest flest;
    only: bare bara kun endast enbart; alone: alene aleine ensam; true: sant sandt; three: tre; two: två;
    exactly: nøyaktig nøjagtig præcis precis eksakt exakt akkurat; really: virkelig verkligen; actually: faktisk;
    # to be, to have, can, will, must ("vil" wants, or will before a verb: ``_verb_first``)
    is: er är ar blir bliver; was: var ble blev blei; been: blitt blivit blevet vært været varit; has: har;
    had: hadde havde hade hatt haft; have: ha; can: kan; could: kunne kunde; wants: vil vill; wanted: ville;
    will: skal ska; would: skulle; must: må måste; had to: måtte; should: bør burde borde;
    # saying, telling, writing, answering, asking
    say: si sige säga; says: sier siger säger; said: sa sagde sade sagt; tell: fortelle fortælle berätta;
    tells: forteller fortæller berättar; told: fortalte berättade fortalt berättat; write: skrive skriva;
    writes: skriver; wrote: skrev skreiv; written: skrevet skrivit; was written: skrevs; answer: svare svara svar;
    answers: svarer svarar; answered: svarte svarede svarade; reacted: reagerte reagerede reagerade;
    asked: spurte spurgte frågade ba bad; asks: ber beder; called: kalte kaldte kallade; is called: heter hedder;
    was called: het hette; published: publiserte publicerede publicerade;
    reported: rapporterte rapporterede rapporterade;
    # happening, killing, dying, stabbing, shooting, injuring
    happen: skje ske hända; happens: skjer sker händer; happened: skjedde skete skedde hände skjedd sket skett hänt;
    kill: drepe dræbe döda; kills: dreper dræber dödar; killed: drepte dræbte dödade drept dræbt dödat;
    was killed: dödades dræbtes; die: dø dö; dies: dør dör; died: døde dog omkom omkommet omkommit; dead: død död;
    stabbed: knivstakk knivstak knivhögg stakk stak knivstukket knivstukken knivhuggen; was stabbed: knivhöggs;
    shoot: skyte skyde skjuta; shot: skjøt skød sköt skutt skudt skjuten; was shot: sköts;
    injured: skadet skadede skadade skadd sårede såret sårade sårad; was injured: skadades;
    attack: angripe angribe angripa; attacked: attackerade;
    # the car ("kjørte inn i": drove into), renting, using
    drive: kjøre køre köra; drives: kjører kører; drove: kjørte kørte körde; driven: kjørt kørt kört;
    ran over: påkjørte påkørte; rented: leide lejede hyrde leid lejet hyrt; use: bruke bruge använda;
    uses: bruker bruger använder; used: brukte brugte använde brukt brugt använt;
    # claiming, wanting, demanding, knowing, thinking
    claim: hevde hævde hävda; claims: hevder hævder hävdar; claimed: hevdet hevda hævdede hävdade påstod påsto;
    demand: kreve kræve kräva; demands: krever kræver kräver; demanded: krevde krævede krävde; wants: ønsker önskar;
    wanted: ønsket önskade; knows: vet; know: vite vide veta; knew: visste vidste kjente kendte kände;
    known: kjent kendt känd; thinks: tror synes mener tycker; thought: trodde mente tyckte; means: betyr betyder;
    # finding, reading, opening, sending, getting, needing, helping, doing
    find: finne finde hitta; found: fant fandt hittade funnet fundet hittat; was found: hittades; exists: finnes;
    read: lese læse läsa leste læste läste lest læst läst; reads: leser læser läser; open: åpne åbne öppna;
    opened: åpnet åbnede öppnade; send: sende skicka; sent: sendte skickade sendt skickat; get: få; gets: får;
    got: fikk fik fick fått fået; needs: trenger behøver behöver; needed: trengte behøvde behövde;
    help: hjelpe hjælpe hjälpa; helped: hjalp hjälpte hjulpet hjulpit; do: gjøre gøre göra; does: gjør gør gör;
    did: gjorde; done: gjort;
    # living, being born, coming, meeting, arrest, acting alone
    lives: bor; lived: bodde boede bodd bott boet; was: satt; born: født född; was born: føddes föddes;
    come: komme komma kommet kommit; comes: kommer; came: kom; went: gikk gik gick; meet: møte möta träffa;
    met: møtte mødte mötte träffade; arrest: arrestere arrestera; was arrested: arresterades greps;
    arrested: arresterte arresterede arresterade arrestert arresteret arresterad greb pågrep pågrepet anholdt;
    acted: handlet handlede handlade agerade; worked: jobbet jobbede jobbade arbetade; lasted: varte varede varade;
    passed: vedtatt vedtaget vedtok vedtog; was passed: antogs;
    # cooperating, refusing, preventing, hiding, forcing, trying, changing, voting
    cooperate: samarbeide samarbejde samarbeta; cooperates: samarbeider samarbejder samarbetar;
    cooperated: samarbeidet samarbetade; refuse: nekte nægte vägra; refuses: nekter nægter vägrar;
    refused: nektet nekta nægtede vägrade; rejected: avviste afviste avvisade;
    criticised: kritiserte kritiserede kritiserade; prevent: hindre forhindre hindra förhindra;
    prevented: hindret forhindret förhindrade; hide: skjule gjemme gemme dölja gömma; hides: skjuler;
    hid: skjulte gömde; force: tvinge tvinga; forced: tvang tvingade tvunget;
    tried: prøvde forsøkte forsøgte försökte; managed: klarte lyktes lykkedes lyckades; change: endre ændre ändra;
    voted: stemte röstade; fired: sparket sparkede sparkade; belongs to: tilhører tillhör;
    introduce: innføre indføre införa; introduced: innførte indførte införde innført indført infört; won: vant vandt;
    hit: ramte rammet traff; converted: konverterte konverterede konverterade; owns: eier ejer äger;
    # the attack, the attacker, the police, the bridge, the car, the people
    attack: angrep angreb angrepp attentat; the attack: angrepet angrebet angreppet attacken attentatet terrordådet;
    terror attack: terrorangrep terrorangreb; the terror attack: terrorangrepet terrorangrebet terrorattacken;
    attacker: angriper angriber angripare; the attacker: angriperen angriberen angriparen;
    perpetrator: gjerningsmann gerningsmand gärningsman;
    the perpetrator: gjerningsmannen gerningsmanden gärningsmannen; the terrorist: terroristen;
    terrorists: terrorister; the terrorists: terroristene terroristerne terroristerna; police: politi polis;
    the police: politiet polisen; police officer: politimann politibetjent polisman; officer: betjent;
    the police officer: politimannen politibetjenten polismannen; the officer: betjenten;
    police officers: politifolk poliser; bridge: bro bru; the bridge: broen brua bron; car: bil; the car: bilen;
    vehicle: kjøretøy køretøj fordon; pedestrians: fotgjengere fodgængere fotgängare;
    the pedestrians: fotgjengerne fodgængerne fotgängarna; people: mennesker människor personer folk;
    the people: menneskene personene personerne; victims: ofre; the victims: ofrene offren;
    the victim: offret offeret; knife: kniv; the knife: kniven;
    # years, days, time
    years: år; the year: året; age: alder ålder; the age: alderen; old: gammel gamle gammal gamla; day: dag;
    the day: dagen; week: uke uge vecka; the week: uken uka ugen veckan; Sunday: søndag söndag; Wednesday: onsdag;
    Monday: mandag måndag; Tuesday: tirsdag tisdag; Thursday: torsdag; Friday: fredag; Saturday: lørdag lördag;
    time: tid tidspunkt; the time: tiden; minutes: minutter minuter; hours: timmar; month: måned månad;
    # the article, its headline and author, the programme
    name: navn namn; the name: navnet namnet; article: artikkel artikel; the article: artikkelen artiklen artikeln;
    articles: artikler artiklar; the articles: artiklene artiklerne artiklarna; headline: overskrift rubrik;
    the headline: overskriften overskrifta rubriken; title: tittel; the title: tittelen titlen titeln;
    author: forfatter författare; writer: skribent; the author: forfatteren författaren; the writer: skribenten;
    the journalist: journalisten; the reporter: reporteren; the programme: programmet; the show: showet;
    the broadcast: sendingen udsendelsen sändningen; interview: intervju;
    the interview: intervjuet intervjun interviewet; interviewed: intervjuade interviewede;
    # the government, its laws and warrants
    government: regjering regering; the government: regjeringen regeringen; the minister: ministeren ministern;
    Home Secretary: innenriksminister indenrigsminister inrikesminister;
    the Home Secretary: innenriksministeren indenrigsministeren inrikesministern; prime minister: statsminister;
    the prime minister: statsministeren; law: lov; the law: loven lagen; laws: lagar; the laws: lovene lagarna;
    bill: lovforslag; the bill: lovforslaget lagförslaget; legislation: lovgivning lagstiftning;
    warrant: kjennelse kendelse rettskjennelse dommerkendelse; permission: tillatelse tilladelse tillstånd;
    # the messages, the apps, the companies, the services, the secret place
    message: melding besked meddelande; the message: meldingen beskeden meddelandet;
    messages: meldinger beskeder meddelelser meddelanden; the messages: meldingene beskederne meddelandena;
    the app: appen; apps: apper appar; the apps: appene apparna; company: selskap selskab företag bolag;
    the company: selskapet selskabet företaget bolaget; companies: selskaper selskaber;
    the companies: selskapene selskaberne företagen;
    tech companies: teknologiselskaper techselskaper teknologiselskaber teknikföretag;
    the tech companies: teknologiselskapene techselskapene teknologiselskaberne techföretagen teknikföretagen;
    services: tjenester tjänster; the services: tjenestene tjänsterna; intelligence: etterretning efterretning;
    intelligence services: etterretningstjenester efterretningstjenester underrättelsetjänster;
    security services: sikkerhetstjenester sikkerhedstjenester säkerhetstjänster;
    security: sikkerhet sikkerhed säkerhet; evidence: bevis; the evidence: beviset bevisene; group: gruppe grupp;
    the group: gruppen gruppa; news agency: nyhetsbyrå nyhedsbureau;
    the news agency: nyhetsbyrån nyhetsbyrået nyhedsbureauet; soldier: soldat; the soldier: soldaten;
    phone: telefon mobil mobiltelefon; the phone: telefonen mobilen; the iPhone: iphonen; contact: kontakt;
    legal: lovlig laglig; illegal: ulovlig olaglig; claim: påstand påståendet; the claim: påstanden;
    encryption: kryptering; end-to-end encryption: end-to-end-kryptering ende-til-ende-kryptering;
    the encryption: krypteringen; encrypted: kryptert krypterte krypteret krypterede krypterad krypterade krypterat;
    secret: hemmelig hemmelige hemmeligt hemlig hemliga hemligt; place: sted plass ställe plats;
    the place: stedet platsen; envelope: konvolutt konvolut kuvert; the envelope: konvolutten kuvertet;
    access: tilgang adgang tillgång tilgangen; responsibility: ansvar ansvaret; new: nye nytt nyt nya;
    other: annen annet andre anden andet annan annat andra; British: britisk britiske brittisk brittiska;
    American: amerikansk amerikanske amerikanska; criminal: kriminell kriminelle; Muslim: muslimsk;
    # US politics
    the president: presidenten; election: valg; the election: valget; the party: partiet;
    the Republicans: republikanerne republikanerna; the Democrats: demokratene demokraterne demokraterna;
    Congress: kongressen; the Senate: senatet senaten; Russia: russland rusland ryssland;
    Britain: storbritannia storbritannien; parliament: parlamentet; party: parti; prison: fengsel fængsel fängelse;
    the prison: fengselet fængslet fängelset; travel ban: innreiseforbud indrejseforbud inreseförbud;
    healthcare reform: helsereform sjukvårdsreform; vote: avstemning; votes: röster;
    the vote: avstemningen omröstningen""")
# the plain spellings ("nar", "naar", "doede"), but for those that are English ("for" før, "far" får, "do" dø,
# "an" än, "a" å, "gore" gøre, "last" läst), Czech and Hebrew ("ma"), or listed ("da", "sa")
_NOT_PLAIN = frozenset("a an do doe doer dor dod for fore far bor boer ma da na fa sa gore goer mote last laser hander"
                       .split())


def _plain(words: dict[str, str]) -> dict[str, str]:
    """``words`` and their spellings typed plain, none taking the place of a word listed."""
    out = dict(words)
    for word, english in words.items():
        for plain in (word.translate(_ONE), word.translate(_TWO)):
            if plain not in words and plain not in _NOT_PLAIN:
                out.setdefault(plain, english)
    return out


_SCANDINAVIAN = _plain(_SCANDINAVIAN)

# words of talk, left out: "egentlig" (actually), "liksom", "altså", "jo", "vel", "takk", and the
# reflexive "seg" / "sig" ("meldte seg": turned himself in)
_SCANDINAVIAN_DROPPED = frozenset("""egentlig egentligen liksom lissom asså alltså altså jo ju vel väl nog lige mon
    takk tack tak tusen snälla snalla gjerne gärna garna vennligst venligst seg sig sej""".split())

# the glossed words that are English words too: glossed only before a word of the language or a
# name ("men hvorfor", "i artikkelen", "bare Masood", "dog han"), left as typed before English ("the men
# who", "i think", "bare hands", "the dog that"); "to", "fire", "man", "a", "at", and "i" before an
# article are glossed by the idioms only
_SCANDINAVIAN_SHARED = frozenset("i men den bare ham sin sine dog bad mens till et os dig ha sedan bro".split())

# the words the idioms read, which show the language as well ("kriminell bakgrunn", "mistet livet")
_IDIOM_WORDS = frozenset(plain for word in """bakgrunn bakgrund baggrund rulleblad straffeattest strafferegister
    straffregister brottsregister förflutet hvite hvide islamsk islamske islamiska høyesterett højesteret högsta
    lurer undrar undrer slags stemmer stämmer fins findes finns fantes fandtes fanns livet meide mejede mejade
    låse låsa låste slutt slutten slutningen slutet fjor fjol forrige förra onsdags söndags""".split()
                         for plain in (word, word.translate(_ONE), word.translate(_TWO)))

# the words that show a question is Scandinavian: the glossed, the left out and the idioms', less "vem"
# (Portuguese "comes": ``_SCANDINAVIAN_OPENING``) and those that are English words ("er", "var", "vet", "hun",
# "mange", "saga", "fins"), names ("Hans", "Annan") or words of the other languages read: German ("der",
# "sagt", "soldaten", "kriminell"), Dutch ("naar", "het", "kort"), Romance ("fra", "tre", "ville", "vite",
# "disse", "som"), Hindi ("apne", "tak"; "har" is kept: Hindi is read first), Czech ("hele"), Indonesian
# ("nya", "kan"), Tagalog ("ba"), Russian ("bil", "ved"), Arabizi ("nar", fire) and Turkish ("var")
_SCANDINAVIAN_MARK = (frozenset(_SCANDINAVIAN) | _SCANDINAVIAN_DROPPED | _IDIOM_WORDS) - _SCANDINAVIAN_SHARED - \
    frozenset("""vem aa alder ar av bor dag deg der en er folk greps haft hon hos hun jag jo lase lest lissom maned
    manga mange matte med meg melding mere mig mon mot motte nog nu om opp polis runt saga si sig tack til ut var vel
    vet vi vide ber lov andre annan ba da dar dem du faa fra fran han hans kun medan mobil ned pasto sa alla alle apne
    artikel bil bron disse ei ej exakt gruppa gruppe gruppen hele het intervju kan komma kunde mente mer naar nya
    regering regeringen rusland sagt sant soldat som tak telefon terroristen tre ved ud ner upp tid nar stak enn ju
    roster de af mod vid pa attacken attentat blei finde hände journalisten kalte komme kongressen kontakt kriminell
    kriminelle kuvert lagen leid leide lese leser ministern rubrik russland satt sende soldaten titeln akkurat anden
    mener parti ville vite detta dette dessa dode kom kort stammer fins slags bott""".split())

# opening a question, "vem" (who: "Vem skrev artikeln?", in Portuguese "comes"), "nar" (when, in Arabizi
# "fire"), "var" (was, where: "Var Masood known to MI5?"; Turkish "var" ends its clause) and "er" before its
# subject ("Er det sant", not English "Er, ...") show the language
_SCANDINAVIAN_OPENING = re.compile(r"^\s*(?:vem|nar|var(?!\s+m[ıi]\b)|er(?=\s+(?:det|der|han|hun|hon|de|den|dette|"
                                   r"(?-i:[A-Z]))\b))\s+(?=\w)", re.I)

# -- order -----------------------------------------------------------------------------------

_WH = frozenset("who whom whose what which when where why how".split())
_PREPOSITIONS = frozenset("in on at from with about for of to after before by".split())
# the things a "which" or "what" asks of that are no subject ("hvilken bil brukte Masood": which car did
# Masood use), unlike "hvilken gruppe tok på seg ansvaret" (which group claimed responsibility)
_THINGS = frozenset("""car vehicle phone app apps law laws message messages knife weapon article headline title
    programme show interview name day time date year years minutes hours place city bridge warrant evidence
    encryption kind votes""".split())
_NAME = (r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Britain|Russia|"
         r"Congress)\b)(?-i:[A-Z])[a-z'’.-]+)*")
_SUBJECT = re.compile(
    rf"(?:he|she|they|we|you|I|it|(?:the|this|that|his|her|their|its)\s+(?:(?:new|other|British|American)\s+)?"
    rf"(?:police officers?|news agency|(?:security|intelligence) services|tech companies|terror attack|prime minister|"
    rf"{_NAME}|[\w'’-]+)|{_NAME})(?![\w'’-])")
_FINITE = {**_PAST, **_THIRD}
_KILLING = frozenset("killed stabbed injured shot hit".split())
_AUXILIARIES = frozenset("is are was were has have had do does did can could will would should must wants".split())


def _asked(words: list[str]) -> int:
    """How many of ``words`` make the question's asking ("which car", "how many people", "in what")."""
    i = 1 if len(words) > 1 and words[0].lower() in _PREPOSITIONS and words[1].lower() in _WH else 0
    if i >= len(words) or words[i].lower() not in _WH:
        return 0
    low = [w.lower() for w in words]
    if low[i:i + 3] == ["what", "kind", "of"]:
        i += 2
    elif low[i] == "how" and i + 1 < len(words) and low[i + 1] in ("many", "much", "old", "long", "often", "far"):
        i += 1
    if low[i] in ("which", "whose", "many", "much", "of") or (low[i] == "what" and i + 1 < len(low) and
                                                             low[i + 1] in _THINGS):
        # the noun asked of ("which car", "how many votes"), and one more up to its verb ("which news agency")
        j = i + 1 + (i + 1 < len(low) and low[i + 1] not in _PAST and low[i + 1] not in _AUXILIARIES)
        while j < len(words) and j <= i + 2 and low[j] not in _FINITE and low[j] not in _AUXILIARIES | {"not"}:
            j += 1
        return j
    return i + 1


def _verb_first(body: str) -> str:
    """A verb before its subject, in English order ("what said Rudd" → "what did Rudd say", "used
    Masood WhatsApp" → "did Masood use WhatsApp", "why helped not Apple" → "why did Apple not help");
    what asks of the subject ("who killed the officer", "which group claimed ...") is English already."""
    words = body.split()
    n = _asked(words)
    if n >= len(words):
        return body
    q, low = " ".join(words[:n]), [w.lower() for w in words]
    verb = low[n]
    rest = " ".join(words[n + 1:])
    # "hva vil skje": what will happen, "hvem vil lese": who wants to read
    if verb == "wants" and n + 1 < len(words) and low[n + 1] in _BARE:
        return " ".join([q, "wants to" if low[0] == "who" else "will", rest]).strip()
    if verb not in _FINITE or verb in ("is", "was", "had to"):
        return body
    negated = re.match(r"not\s+", rest)
    if negated:
        rest = rest[negated.end():]
    m = _SUBJECT.match(rest)
    if not m:
        return body
    subject, rest = m.group(0), rest[m.end():].strip()
    if re.match(r"not\b", rest):
        negated, rest = True, rest[3:].strip()
    asked = [w.lower() for w in words[:n]]
    if asked[:1] == ["who"] or (asked[:1] in (["which"], ["what"]) and len(asked) > 1 and asked[-1] not in _THINGS) \
            or (asked[:2] == ["how", "many"] and verb not in _KILLING and asked[-1] not in _THINGS):
        return body
    bare = _FINITE[verb]
    first = rest.split()[0].lower() if rest else ""
    if verb in ("did", "does", "do") and first in _BARE:
        return body
    if bare == "have" and (first in _PARTICIPLES or first in ("been", "not", "already", "ever")):
        return body
    plural = subject in ("they", "we", "you", "I") or re.match(r"(?:the|these|their)\s.*(?:[^s]s|police|people)$",
                                                              subject)
    aux = "did" if verb in _PAST else "do" if plural else "does"
    to = " to" if bare == "want" and first in _BARE else ""
    return " ".join(x for x in [q, aux, subject, "not" if negated else "", bare + to, rest] if x)


def _scandinavian_order(glossed: str) -> str:
    """A Scandinavian question glossed word for word, in English order: an article glossed twice
    once ("his the name" → "his name"), a verb before its subject after it (``_verb_first``), "not"
    after a subject ("can not the police" → "can the police not"), "written of" as "written by"."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    body, end = m.group(1).strip(), m.group(2).strip()
    body = re.sub(r"\b(the|a|this|that|these|his|her|their|its|which|what|whose)\s+the\b", r"\1", body, flags=re.I)
    body = re.sub(r"\bthe\s+((?:new|other|same|secret|British|American|first|last|encrypted|old)\s+)the\b",
                  r"the \1", body)
    body = _verb_first(body)
    # "why can not the police read": why can the police not read
    m = re.match(r"^((?:\S+\s+){0,3}?)(can|could|will|would|should|must|is|was|has|had|does|did)\s+not\s+", body)
    subject = m and _SUBJECT.match(body, m.end())
    if subject:
        body = f"{m.group(1)}{m.group(2)} {subject.group(0)} not{body[subject.end():]}"
    body = re.sub(r"\b(written|killed|stabbed|shot|claimed|arrested|driven|rented|used|sent|published|injured|hit|"
                  r"attacked|called|owned|done|found|said|reported|interviewed|carried out)\s+of\b", r"\1 by", body)
    body = re.sub(r"^(how\s+many\b[^,]*?)\bwas\b", r"\1were", body, flags=re.I)
    body = re.sub(r"\b(have|has|had)\s+(?=criminal record\b)", r"\1 a ", body)
    body = re.sub(r"^((?:when|where|in\s+which\s+\w+|what\s+year)\s+)is\s+(.+?)\s+born\b", r"\1was \2 born", body,
                  flags=re.I)
    m = re.match(r"^((?:when|where|which\s+year|in\s+which\s+\w+)\s+was)\s+born\s+", body, re.I)
    subject = m and _SUBJECT.match(body, m.end())
    if subject:
        body = f"{m.group(1)} {subject.group(0)} born{body[subject.end():]}"
    return re.sub(r"\s+(?=[,;:])", "", re.sub(r"\s{2,}", " ", body)).strip() + end


SCANDINAVIAN = Language(_SCANDINAVIAN_IDIOMS, _SCANDINAVIAN, _SCANDINAVIAN_DROPPED, _SCANDINAVIAN_MARK,
                        reorder=_scandinavian_order, shared=_SCANDINAVIAN_SHARED, opening=_SCANDINAVIAN_OPENING)
