"""Czech (and Slovak) mixed into English questions, read in English.

Czechs and Slovaks type the frame of a question in their language and the story's names and things
in English ("Kdo rekl that WhatsApp is a secret place?", "Kolik let bylo the attacker?", "Co řekla
Rudd o WhatsAppu?"), with diacritics or without (chat drops them: "proc", "rekl", "clanek"). Czech
has no articles, declines nouns (a name too: "o WhatsAppu", "Masoodovi", "Ruddová") and orders its
words freely: the question word comes first, often followed by the verb and then the subject ("co
řekla Rudd": what did Rudd say), which ``_czech_order`` puts back in English order, with the articles
English wants ("byl útočník": was the attacker) and the pronoun a verb's ending tells ("kde pracoval?":
where did he work). What a question asks about is glossed into the words ``events_asked`` knows
("kdo vlastní": who owns, "jaké značky": what brand, "byl trestaný": had previous convictions, "už"
asking whether: yet); a verb is written once, in its masculine past, its other forms made from it
(``_past``), and a word with diacritics is also read as typed without them (``_typed``).
"""
from __future__ import annotations

import re

from . import Idioms, Language, with_plain_spellings

# the letters chat types without their diacritics ("zranen" for "zraněn", "kupil" for "kúpil")
_PLAIN = str.maketrans("áčďéěíňóřšťúůýžľĺôŕä", "acdeeinorstuuyzllora")


def _typed(words: dict[str, str]) -> dict[str, str]:
    """``words`` each also as typed without its diacritics (``with_plain_spellings``)."""
    return with_plain_spellings(words, _PLAIN)


def _past(verbs: dict[str, str], ends: str = " a o i y") -> dict[str, str]:
    """The forms of verbs given by their masculine past (or a passive by its short form, with
    ``_PASSIVE`` endings): "zatkl" gives "zatkla", "zatkli", "zatkly", "zatklo", each typed
    without diacritics too."""
    return _typed({(v[:-2] + "an" if v.endswith("án") and end[:1] in "ýáéí" and end else v) + end: e
                   for v, e in verbs.items() for end in ends.replace(" ", "|").split("|")})


_PASSIVE = " a o i y ý á é í ých ým"
# the verbs, in their past, present and infinitive forms, none an English word: also what makes
# "to" and "on" before them Czech pronouns ("kdo to napsal": who wrote it; "co on řekl": what he said)
_CZECH_VERBS = {
    # saying and writing
    "řekl": "said", "rekl": "said", "řekla": "said", "rekla": "said", "řekli": "said", "rekli": "said",
    "říká": "says", "rika": "says", "říkal": "said", "rikal": "said", "říkala": "said", "rikala": "said",
    "prohlásil": "declared", "prohlasil": "declared", "tvrdí": "claims", "tvrdi": "claims", "tvrdil": "claimed",
    "napsal": "wrote", "napsala": "wrote", "napsali": "wrote", "píše": "writes", "pise": "writes", "psal": "wrote",
    "mluvil": "spoke", "mluvila": "spoke", "říct": "say", "rict": "say", "nazval": "called",
    "odpověděl": "answered", "odpovedel": "answered", "odpověděla": "answered", "odpovedela": "answered",
    "reagoval": "responded",
    # happening, killing and dying ("se stal" is became: "stal se teroristou")
    "stalo": "happened", "zabil": "killed", "zabila": "killed", "zabili": "killed", "zabito": "killed",
    "přežil": "survived", "prezil": "survived", "zemřel": "died", "zemrel": "died", "zemřela": "died",
    "zemrela": "died", "zemřeli": "died", "zemreli": "died", "zemřelo": "died", "zemrelo": "died", "umřel": "died",
    "umrel": "died", "zahynul": "died", "zastřelil": "shot", "zastrelil": "shot", "zastřelen": "shot",
    "zastrelen": "shot dead", "pobodal": "stabbed", "ubodal": "stabbed", "bodl": "stabbed", "zranil": "injured",
    "trval": "lasted", "trvalo": "lasted", "konvertoval": "converted", "zaútočil": "attacked",
    "zautocil": "attacked",
    # the car
    "řídil": "drove", "ridil": "drove", "jel": "drove", "najel": "drove into", "vjel": "drove into",
    "přejel": "ran over", "prejel": "ran over", "pronajal": "rented", "pronajala": "rented", "použil": "used",
    "pouzil": "used", "použila": "used", "pouzila": "used", "použili": "used", "pouzili": "used", "používá": "uses",
    "pouziva": "uses", "používají": "use", "pouzivaji": "use",
    # claiming, wanting, asking
    "přihlásil": "claimed", "prihlasil": "claimed", "chce": "wants", "chtějí": "want", "chteji": "want",
    "chtěl": "wanted", "chtel": "wanted", "chtěla": "wanted", "chtela": "wanted", "chtěli": "wanted",
    "chteli": "wanted", "nechce": "does not want", "požaduje": "demands", "pozaduje": "demands",
    "požadoval": "demanded", "pozadoval": "demanded", "požadovala": "demanded", "pozadovala": "demanded",
    "požádal": "asked", "pozadal": "asked",
    # knowing, finding, reading, opening, sending
    "věděl": "knew", "vedel": "knew", "věděla": "knew", "vedela": "knew", "věděli": "knew", "vedeli": "knew",
    "zná": "knows", "zna": "knows", "znal": "knew", "znala": "knew", "našel": "found", "nasel": "found",
    "našli": "found", "nasli": "found", "zjistil": "found out", "číst": "read", "cist": "read", "otevřít": "open",
    "otevrit": "open", "odemknout": "unlock", "odemkl": "unlocked", "poslal": "sent", "poslala": "sent",
    "poslali": "sent",
    # living, being born, arrest, acting
    "žil": "lived", "zil": "lived", "bydlel": "lived", "žije": "lives", "zije": "lives", "bydlí": "lives",
    "bydli": "lives", "pochází": "comes from", "pochazi": "comes from", "narodil": "born", "narodila": "born",
    "zatkla": "arrested", "zatkli": "arrested", "zatčen": "arrested", "zatcen": "arrested", "zatčeni": "arrested",
    "zatceni": "arrested", "jednal": "acted", "odsouzen": "convicted", "zaplatil": "paid", "zaplatila": "paid",
    "převzal": "took", "prevzal": "took",
    # cooperating, refusing, preventing, hiding, forcing
    "spolupracovat": "cooperate", "spolupracuje": "cooperates", "spolupracují": "cooperate",
    "spolupracuji": "cooperate", "spolupracoval": "cooperated", "spolupracovali": "cooperated",
    "spolupracovaly": "cooperate", "odmítl": "refused", "odmitl": "refused", "odmítla": "refused",
    "odmitla": "refused", "odmítli": "refused", "odmitli": "refused", "odmítá": "refuses", "odmita": "refuses",
    "odmítají": "refuse", "odmitaji": "refuse", "odmítne": "refuses", "odmitne": "refuses",
    "odmítnou": "refuse", "odmitnou": "refuse", "zabránit": "prevent",
    "zabranit": "prevent", "zabránil": "prevented", "zabranil": "prevented", "skrývají": "hide", "skryvaji": "hide",
    "donutit": "force", "zakázat": "ban", "zakazat": "ban",
    # doing, having, needing, coming, voting
    "udělal": "did", "udelal": "did", "dělal": "did", "delal": "did", "udělala": "did", "udelala": "did",
    "pomoct": "help", "pomoci": "help", "udělat": "do", "udelat": "do", "dostal": "got", "mají": "have",
    "maji": "have", "mít": "have", "mit": "have", "udělá": "will do", "udela": "will do", "setká": "will meet",
    "setka": "will meet", "setkala": "met", "potřebuje": "needs", "potrebuje": "needs", "hlasoval": "voted",
    "hlasovali": "voted", "vyhrál": "won", "vyhral": "won",
    # can, must, will
    "může": "can", "muze": "can", "mohl": "could", "mohla": "could", "musí": "must", "musi": "must",
    "nemůže": "cannot", "nemuze": "cannot", "bude": "will", "budou": "will",
    # to be
    "je": "is", "jsou": "are", "byl": "was", "byla": "was", "bylo": "was", "byli": "were", "není": "is not",
    "neni": "is not", "nebyl": "was not", "nebyla": "was not", "nebylo": "was not",
    # Slovak
    "povedal": "said", "napísal": "wrote", "napisal": "wrote", "zomrel": "died", "chcel": "wanted", "bol": "was",
}
# the verbs of the events a question asks about (``events_asked``: owning, buying, paying, arrests,
# injuries, births, homes, messages, replies, agreeing, appointments, meetings), by their masculine past
# (``_past``: "koupil" gives "koupila", "koupili", "koupily", ...), and their present and infinitive;
# a form listed above keeps its gloss
_CZECH_VERBS = {**_past({
    # owning, buying, paying, earning
    "vlastnil": "owned", "koupil": "bought", "zakoupil": "bought", "nakoupil": "bought", "kupoval": "bought",
    "kúpil": "bought", "platil": "paid", "zaplatil": "paid", "vyplatil": "paid", "vydělal": "earned",
    "vydělával": "earned", "zarobil": "earned", "zarábal": "earned",
    # injuring, shooting, stabbing, killing, dying
    "zranil": "injured", "postřelil": "shot", "střelil": "shot", "vystřelil": "fired", "střílel": "fired",
    "pobodal": "stabbed", "ubodal": "stabbed", "bodnul": "stabbed", "dobodal": "stabbed", "zabil": "killed",
    "umřel": "died", "zemřel": "died", "zahynul": "died", "zomrel": "died", "zastřelil": "shot", "zastrelil": "shot",
    "utrpěl": "suffered", "ošetřil": "treated", "ošetril": "treated", "odvezl": "took", "převezl": "took",
    # arrests, charges, release
    "zatkl": "arrested", "zatkol": "arrested", "zadržel": "detained", "zadržal": "detained", "obvinil": "charged",
    "obžaloval": "charged", "propustil": "released", "prepustil": "released", "uvěznil": "jailed",
    # births, homes, where a thing came from
    "narodil": "born", "žil": "lived", "bydlel": "lived", "býval": "lived", "vyrůstal": "grew up",
    "vyrostl": "grew up", "pocházel": "came from", "přistěhoval": "moved", "pronajal": "rented",
    "prenajal": "rented", "půjčil": "hired", "vypůjčil": "hired", "požičal": "hired", "získal": "obtained",
    "sehnal": "got", "obstaral": "obtained", "zaútočil": "attacked",
    # messages, contact, what they said, replies
    "psal": "wrote", "napsal": "wrote", "napísal": "wrote", "poslal": "sent", "odeslal": "sent", "zavolal": "called",
    "telefonoval": "phoned", "kontaktoval": "contacted", "komunikoval": "communicated", "chatoval": "chatted",
    "esemeskoval": "texted", "hovořil": "spoke", "hovoril": "spoke", "obsahoval": "contained", "uvedl": "stated",
    "zmínil": "mentioned", "zmienil": "mentioned", "jmenoval": "named", "vyjmenoval": "named",
    "odpověděl": "answered", "odpovedal": "answered", "reagoval": "responded", "zareagoval": "responded",
    "komentoval": "commented", "vyjádřil": "commented", "vydal": "issued",
    # agreeing, refusing, appointing, resigning, meeting, work, faith, names
    "souhlasil": "agreed", "súhlasil": "agreed", "vyhověl": "complied", "předal": "handed over",
    "odevzdal": "handed over", "poskytl": "provided", "povolil": "allowed", "dovolil": "allowed",
    "spolupracoval": "cooperated", "odmítl": "refused", "odmietol": "refused", "vymenoval": "appointed",
    "rezignoval": "resigned", "odstoupil": "resigned", "odstúpil": "resigned", "setkal": "met", "stretol": "met",
    "pracoval": "worked", "konvertoval": "converted", "přestoupil": "converted", "změnil": "changed",
    # watching, unlocking, how it ended
    "sledoval": "monitored", "vyšetřoval": "investigated", "odemkl": "unlocked", "odomkol": "unlocked",
    "prolomil": "cracked", "hacknul": "hacked", "hackl": "hacked", "naboural": "hacked", "skončil": "ended",
    "začal": "started"}),
    **_typed({
        "koupit": "buy", "kupuje": "buys", "zaplatit": "pay", "platí": "pays", "vydělává": "earns",
        "vydělá": "earns", "zarába": "earns", "stojí": "costs", "stál": "cost", "stála": "cost", "stálo": "cost",
        "zemřít": "die", "zabít": "kill", "zatknout": "arrest", "bydlet": "live", "žít": "live", "přišel": "came",
        "přišla": "came", "přišli": "came", "prišiel": "came", "napsat": "write", "poslat": "send", "psát": "write",
        "odpovědět": "answer", "odpovídá": "answers", "reagovat": "respond", "reaguje": "responds",
        "souhlasí": "agrees", "souhlasit": "agree", "vyhovět": "comply", "předat": "hand over",
        "poskytnout": "provide", "spolupracovať": "cooperate", "setkat": "meet", "sejde": "will meet",
        "stretne": "will meet", "sešel": "met", "sešla": "met", "sešli": "met", "rezignovat": "resign",
        "odstoupit": "resign", "odstoupí": "will resign", "vlastnit": "own", "patří": "belongs", "patrí": "belongs",
        "patřil": "belonged", "patřila": "belonged", "pracuje": "works", "konvertovat": "convert",
        "prolomit": "crack", "hacknout": "hack", "sledovat": "monitor", "sleduje": "monitors", "sledují": "monitor",
        "pokutovat": "fine", "potrestat": "punish", "hrozí": "threatens", "hrozil": "threatened",
        "dostane": "will get", "dostanou": "will get", "podařilo": "managed", "podaří": "will manage",
        "zkouší": "tries", "zkoušel": "tried", "zkoušela": "tried", "zkoušeli": "tried",
        # Slovak
        "bolo": "was", "boli": "were", "bola": "was", "mal": "had", "mala": "had", "mali": "had",
        "odomkla": "unlocked", "odomkli": "unlocked"}),
    **_CZECH_VERBS}
# a past made so that is another word typed without its diacritics: "stal" (became), "stalo" (happened)
for _word in ("stal", "stala"):
    _CZECH_VERBS.pop(_word, None)
_WORD = r"[\w'’-]+"


def _if_verb(plain: str, k: int = 1):
    """A replacement: ``plain`` (expanded) when the word of group ``k`` is one of the verbs (or is
    none: the question ends), else the text as typed; a set looked up, not a pattern of a thousand verbs
    compiled at each import."""
    return lambda m: m.expand(plain) if (m.group(k) or "").lower() in _CZECH_VERBS or m.group(k) is None \
        else m.group(0)


# nouns that own the next one in the genitive ("autor článku": the author of the article), and
# those genitives (of the nouns the story asks about; others are too like other cases to tell)
_HEADS = ("jméno jmeno jména jmena autor autora autorem autorka autorkou titulek titulku nadpis název nazev "
          "názvu nazvu věk vek věku veku auto auta autem oběti obeti obětí telefon telefonu člen clen členem "
          "clenem konci začátku zacatku mluvčí mluvci vůdce vudce agentura agentury majitel majitele majitelem "
          "vlastník vlastnik vlastníkem vlastnikem značka znacka značku znacku značky znacky model modelu typ obsah "
          "obsahu plat platu cena cenu ceny meno mena rodina rodiny rodinu výrobce vyrobce datum dátum").split()
_GENITIVES = (r"článku|clanku|útoku|utoku|útočníka|utocnika|pachatele|pořadu|poradu|rozhovoru|policisty|"
              r"policie|vlády|vlady|zákona|zakona|firmy|společnosti|spolecnosti|aplikace|skupiny|organizace|"
              r"strany|isl[áa]msk\w+|auta|vozidla|dod[áa]vky|telefonu|mobilu|zpr[áa]vy|spr[áa]vy|iPhon\w*|"
              r"ministryn[ěe]|ministra|no[žz]e|zbran[ěe]|policajta|[úu]to[čc]n[íi]ka")
# before now: "dříve", "předtím", "v minulosti", "někdy" (ever)
_EARLIER = r"d[řr][íi]v(?:e|ěji|ejšie)?|p[řr]edt[íi]m|predt[ýy]m|v\s+minulosti|n(?:[ěe]|ie)kdy"
_DAYS = r"pond[ěe]l[íi]|[úu]ter[ýy]|st[řr]edu|[čc]tvrtek|p[áa]tek|sobotu|ned[ěe]li"

_CZECH_IDIOMS = Idioms([
    # "a" between two words of Czech ("ženu a děti": a wife and children)
    (r"\b(%s)\s+a\s+(?=(%s))" % (_WORD, _WORD), lambda m: m.group(0) if m.group(1).lower() not in _CZECH or
     m.group(2).lower() not in _CZECH else f"{m.group(1)} and "),
    # age: "kolik let bylo útočníkovi", "kolik mu bylo let", "kolik měl Masood let"
    (r"\bkolik\s+mu\s+(?:bylo|je)\s+let\b", "how old was he"),
    (r"\bkolik\s+j[íi]\s+(?:bylo|je)\s+let\b", "how old was she"),
    (r"\bkolik\s+let\s+(?:mu\s+|j[íi]\s+)?(?:bylo|byl[ao]?|m[ěe]l[ao]?)\b", "how old was"),
    (r"\bkolik\s+let\s+(?:mu\s+|j[íi]\s+)?(?:je|m[áa])\b", "how old is"),
    (r"\bkolik\s+(?:bylo|m[ěe]l[ao]?)\s+((?:[\w'’-]+\s+){1,3}?)let\b", r"how old was \1"),
    (r"\bkolik\s+(?:je|m[áa])\s+((?:[\w'’-]+\s+){1,3}?)let\b", r"how old is \1"),
    (r"\bko[ľl]ko\s+rokov\s+(?:mal[ao]?|bol[ao]?)\b", "how old was"), (r"\bko[ľl]ko\s+rokov\b", "how many years"),
    (r"\bkolik\s+let\b", "how many years"), (r"\bjak\s+star(?:ý|y|á|a|é|e)\b", "how old"),
    (r"\bp[řr]ed\s+(\w+)\s+lety\b", r"\1 years ago"), (r"\b(\d+)\s+let\b", r"\1 years"),
    (r"\bbylo\s+mu\b", "was he"), (r"\bbylo\s+j[íi]\b", "was she"),
    # money: "kolik zaplatila FBI" (how much did the FBI pay), "kolik to stálo" (how much did it cost);
    # the hour: "kolik bylo hodin", "o koľkej" (what time), "kolikátého" (on what date)
    (r"\b(?:kolik|ko[ľl]ko)\s+(?:to\s+)?st[áa]l[oa]?(?=\s*[?.!]*\s*$)", "how much did it cost"),
    (r"\b(?:kolik|ko[ľl]ko)\s+(?:to\s+)?st[áa]l[oaiy]?\s+(.+?)(\s*[?.!]*)$", r"how much did \1 cost\2"),
    (r"\b(?:kolik|ko[ľl]ko)\s+(?:to\s+)?stoj[íi]\s+(.+?)(\s*[?.!]*)$", r"how much does \1 cost\2"),
    (r"\b(?:kolik|ko[ľl]ko)\s+(?=(?:[\w'’-]+\s+){0,2}?(?:(?:za|vy)?plat\w*|vyd[ěe]l\w*|zar[áa]b\w*|zarobil\w*|"
     r"pen[ěe]z\w*|dolar\w*|liber|korun|eur|[čc]in(?:[íi]|il\w*)|pokut\w*|bral[aiy]?|bere|st[áa]l[oa]?)\b)",
     "how much "),
    (r"\bkolik\s+bylo\s+hodin\b", "what time was it"), (r"\bo\s+ko[ľl]kej\b", "at what time"),
    (r"\bkolik[áa]t[ée]ho\b", "on what date"),
    # since and until ("od kdy": since when, "od roku 2016": since 2016), ever ("už někdy"), not yet
    (r"\bod\s+(?:kdy|kedy)\b|\bodkedy\b", "since when"), (r"\bdo\s+(?:kdy|kedy)\b|\bdokedy\b", "until when"),
    (r"\bod\s+roku\b|\bod\s+(?=\d{4}\b)", "since"), (r"\b(?:a[žz]\s+)?do\s+roku\b", "until"),
    (r"\bako\s+dlho\b", "how long"),
    # a record: "byl trestaný", "byl už dříve odsouzen" (had previous convictions), known to the police
    (r"\b(?:byl|bol)[aoi]?\s+((?:[\w'’-]+\s+){0,2}?)(?:u[žz]\s+)?(?:(?:%s)\s+)?(?:trest[áa]n|trestan)\w*" % _EARLIER,
     lambda m: f"had {m.group(1) or 'he '}previous convictions"),
    (r"\b(?:byl|bol)[aoi]?\s+((?:[\w'’-]+\s+){0,2}?)(?:u[žz]\s+)?(?:%s)\s+(?:odsouzen|ods[úu]den|souzen)\w*" % _EARLIER,
     lambda m: f"had {m.group(1) or 'he '}previous convictions"),
    (r"\bzn[áa]m(?:ý|y|á|a|é|e|[íi])?\s+(?=(?:polici[ie]?|pol[íi]cii|MI5|MI6|FBI|tajn\w*\s+slu[žz]b\w*|[úu][řr]ad[ůu]m|"
     r"[úu]radom)\b)", "known to "),
    (r"\bznal[aiy]?\s+(ho|ji|ju|je)\s+(?=(?:policie|pol[íi]cia|MI5|MI6|FBI|tajn\w*\s+slu[žz]\w*|[úu][řr]ady)\b)",
     lambda m: "was %s known to " % {"ho": "he", "je": "they"}.get(m.group(1).lower(), "she")),
    (r"\bv[ěe]d[ěe]l[aiy]?\s+o\s+n[ěe]m\s+((?-i:[A-Z])[\w'’-]*|polic\w+|tajn\w*\s+slu[žz]\w*)",
     r"did \1 know about him"),
    (r"\bpod\s+(?:dohledem|dohľadom|dohladom)\b|\bpod\s+sledov[áa]n[íi]m\b", "under surveillance"),
    (r"\bna\s+seznamu\s+sledovan\w*", "on the watchlist"),
    (r"\b(?:u[žz]|v[ůu]bec)\s+n(?:[ěe]|ie)kdy\b", "ever"), (r"\b(?:je[šs]t[ěe]|e[šs]te)\s+(?:ne|nie)\b", "not yet"),
    # "už" (already) is "yet" in a question asking whether: "odemkla už FBI iPhone?", "už FBI odemkla iPhone?"
    (r"^(\s*(%s)\b[^?,]*?)\bu[žz]\b" % _WORD, _if_verb(r"\1yet", 2)),
    (r"^(\s*)u[žz]\s+((?:[\w'’-]+\s+){0,3})([^?]*?)(\s*\?\s*)$",
     lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} yet{m.group(4)}" if any(
         w.lower() in _CZECH_VERBS for w in re.findall(_WORD, m.group(2) + m.group(3))[:4]) else m.group(0)),
    # how it ended: "jak to nakonec dopadlo" (what was the outcome), "jak dopadl spor" (the outcome of)
    (r"\b(?:jak|ako)\s+to\s+(?:(?:nakonec|nakoniec)\s+)?dopadl[oa]\b", "what was the outcome"),
    (r"\b(?:jak|ako)\s+(?:(?:nakonec|nakoniec)\s+)?dopadl[aoiy]?\b", "what was the outcome of"),
    # what a message said: "co stálo ve zprávě", "co se psalo v" (what was written in)
    (r"\b(?:co|čo)\s+(?:st[áa]lo|se\s+psalo|sa\s+p[íi]salo|bylo\s+naps[áa]no|bolo\s+nap[íi]san[ée])\s+(?=ve?\b)",
     "what was written "),
    (r"\b(?:co|čo)\s+obsahoval[aoiy]?\s+(.+?)(\s*[?.!]*)$", r"what did \1 contain\2"),
    # texting: "s kým si Masood psal" (with whom did Masood text), "byl v kontaktu" (in touch)
    (r"\bsi\s+((?:(?-i:[A-Z])[\w'’-]*\s+){0,2})(?:psal|p[íi]sal|dopisoval|dopisova)[aiy]?\b", r"\1texted"),
    (r"\b(?:psal|p[íi]sal|dopisoval)[aiy]?\s+si\b", "texted"), (r"\bv\s+kontakt[ue]\b", "in touch"),
    # a weapon: "čím ho pobodal" (with what weapon), "jakou zbraní", "jakým nožem"; work: "čím se živil"
    (r"\b[čc][íi]m\s+(?=(?:(?:ho|ji|je)\s+)?(?:pobodal|ubodal|bodl|bodnul|dobodal|zabil|zastřelil|zastrelil|zranil|"
     r"za[úu]to[čc]il|postřelil|postrelil|střelil|strelil)\w*)", "with what weapon "),
    (r"\bjak(?:ou|[ýy]m)\s+(zbran[ěeíi]|zbra[ňn]ou|no[žz]em|n[ôo][žz]om|pistol[íi])\b",
     lambda m: "with what " + ("knife" if "o" in m.group(1).lower().translate(_PLAIN)[:2] else "pistol"
                               if m.group(1).lower().startswith("p") else "weapon")),
    (r"\bst[řr]eln\w*\s+zbra\w*", "firearm"),
    (r"\b[čc][íi]m\s+(?:se|sa)\s+(?:((?-i:[A-Z])[\w'’-]*)\s+)?([žz]ivil[aiy]?|[žz]iv[íi])\b"
     r"(?:\s+((?-i:[A-Z])[\w'’-]*))?",
     lambda m: "what %s %s do for a living" % ("did" if "l" in m.group(2).lower() else "does",
                                               m.group(1) or m.group(3) or _person(m.group(2)))),
    # a real name: "skutečné jméno", "pravé meno" (real name), "rodné jméno" (birth name), "změnil si jméno"
    (r"\b(?:skute[čc]n|skuto[čc]n|prav|opravdov)\w*\s+(?:jm[ée]n|men)\w*", "real name"),
    (r"\bp[ôoů]vodn\w*\s+(?:jm[ée]n|men)\w*", "original name"), (r"\brodn\w*\s+(?:jm[ée]n|men)\w*", "birth name"),
    (r"\bzm[ěe]nil(a)?\s+(?:si\s+)?(?:sv[ée]\s+)?(?:jm[ée]no|meno)\b",
     lambda m: "changed %s name" % ("her" if m.group(1) else "his")),
    (r"\b(?:datum\s+narozen[íi]|d[áa]tum\s+narodenia)\b(\s+(?=(?-i:[A-Z])))?",
     lambda m: "date of birth" + (" of " if m.group(1) else "")),
    (r"\bm[íi]sto\s+narozen[íi]\b|\bmiesto\s+narodenia\b", "birthplace"),
    # a question word and a verb with no subject after it: "kde pracoval?" (where did he work), "co napsala ve
    # zprávě?" (what did she write in the message), the person told by the verb's ending
    # "kolik lidí bylo zraněno": how many people were injured; "se narodil": was born
    (r"\b((?:kolik|ko[ľl]ko)(?:\s+[\w'’-]+)?)\s+(?:bylo|bolo)\b", r"\1 were"),
    (r"\b(?:se|sa)\s+narodil[ai]?\b|\bnarodil[ai]?\s+(?:se|sa)\b", "was born"),
    # names ("jak se jmenoval útočník": what was the name of the attacker)
    (r"\b(?:jak\s+se|ako\s+sa)\s+(?:jmenuje|vol[áa])(?=\s+\w)", "what is the name of"),
    (r"\b(?:jak\s+se|ako\s+sa)\s+(?:jmenoval|volal)[aoi]?(?=\s+\w)", "what was the name of"),
    (r"\b(?:jak\s+se|ako\s+sa)\s+(?:jmenuje|vol[áa])\b", "what is his name"),
    (r"\b(?:jak\s+se|ako\s+sa)\s+(?:jmenoval|volal)[aoi]?\b", "what was his name"),
    # happening
    (r"\b(?:co|čo)\s+(?:se|sa)\s+(?:to\s+)?stalo\b", "what happened"),
    (r"\bco\s+se\s+d[ěe]je\b", "what is happening"),
    (r"\b(?:(?:se|sa)\s+to|to\s+(?:se|sa))\s+stalo\b", "did it happen"), (r"\b(?:se|sa)\s+stalo\b", "happened"),
    (r"\bdo[šs]lo\s+ke?\b", "happened"), (r"\bst[áa]l[aoi]?\s+za\b", "was behind"),
    # "stala se ministryní" (became), before what it became (an instrumental); else "se stal" happened
    (r"\b(?:(?:se|sa)\s+((?:(?-i:[A-Z])[\w'’-]*\s+){0,2})stal[aiy]?|stal[aiy]?\s+(?:se|sa))\b"
     r"(?=\s+(?:[\w'’-]+\s+){0,2}?(?:ministr\w*|premi[ée]r\w*|prezident\w*|[šs][ée]f\w*|[řr]editel\w*|"
     r"p[řr]edsed\w*|[\w'’-]+(?:ou|em|ním|yní))\b)",
     lambda m: f"{m.group(1) or ''}became"),
    (r"\b(?:se|sa)\s+stal[aiy]?\b|\bstal[aiy]?\s+(?:se|sa)\b", "happened"),
    # appointing: "kdo jmenoval Rudd ministryní" (appointed), "nastoupila do funkce" (took office), resigning
    (r"\bjmenoval[aiy]?\b(?=[^?.!]*\b(?:ministr|premi[ée]r|[šs][ée]f|[řr]editel|velvyslan|funkc|p[řr]edsed|soudc)\w*)",
     "appointed"),
    (r"\bnastoupil[aiy]?\s+do\s+(?:funkce|[úu][řr]adu)\b", "took office"), (r"\bpodal[aiy]?\s+demisi\b", "resigned"),
    # owning: "kdo vlastní WhatsApp" (who owns), "komu patří" (who owns)
    (r"\b(kdo|kto|(?:kter|ktor|jak|ak)\w*\s+[\w'’-]+)\s+vlastn[íi]\b", r"\1 owns"),
    (r"\b((?-i:[A-Z])[\w'’-]*)\s+vlastn[íi]\s+(?=(?-i:[A-Z]))", r"\1 owns "),
    (r"\bkomu\s+(?=(?:[\w'’-]+\s+)?(?:za|vy)?platil\w*)", "whom "), (r"\bkomu\s+pat[řr]?[íi]\b", "who owns"),
    (r"\bkomu\s+pat[řr]?il[aoiy]?\b", "who owned"),
    # "kterého zabil" (whom he killed), "kterou zastřelili" (whom they shot): who did it, told by the verb
    (r",?\s*\b(?:kter[ée]ho|ktor[ée]ho|kterou|ktor[úu])\s+(%s)(?:\s+((?-i:[A-Z])[\w'’-]*))?" % _WORD,
     lambda m: m.group(0) if m.group(1).lower() not in _CZECH_VERBS else
     ", whom %s %s" % (m.group(2) or _person(m.group(1)), m.group(1))),
    # injuries, a wife, someone's family ("Masoodova manželka": Masood's wife), replies ("reakce WhatsAppu")
    (r"\bjak[áaée]\s+zran[ěe]n[íi]\b", "what injuries"),
    (r"\ble[žz][íi]\s+(?=zran|ran[ěe]n|obět|obet)", "are the "),
    # "jaké značky bylo to auto", "jakou značku měl ten mobil": what brand was the car, the phone
    (r"\b(?:jak|ak)[ée]\s+zna[čc]ky\s+(?:bylo|byl[ao]?|bol[ao]?|je|m[ěe]l[ao]?|mal[ao]?|m[áa])\s+"
     r"(?:to\s+|ten\s+|ta\s+)?", "what brand was the "),
    (r"\b(?:jak|ak)(?:ou|[áa]|[úu])\s+zna[čc]k[uay]\s+(?:m[ěe]l[ao]?|mal[ao]?|m[áa])\s+(?:to\s+|ten\s+|ta\s+)?",
     "what brand was the "),
    (r"\bsledov[áa]n\w*\s+(?=(?:tajn|zpravodajsk|polic|MI5|MI6|FBI)\w*)", "under surveillance by "),
    (r"\b((?-i:[A-Z])\w+?)ov(?:a|o|y|u|ě|e|ou|ých|ým)\s+(?=(?:man[žz]el|[žz]en|rodin|d[ěe]t|matk|otc|otec|bratr|"
     r"sestr|rodi[čc]|syn|dcer|zpr[áa]v|posledn|aut|telefon|mobil|n[ůu][žz]|jm[ée]n|v[ěe]k|n[áa]bo[žz]en|motiv|pr[áa]c|"
     r"povol[áa]n|plat|byt|d[ůu]m)\w*)", r"\1's "),
    (r"\b(jeho|jej[íi]|svou|svoji|sv[áa]|\w+['’]s|m[ěe]l[ao]?|m[áa]|mal[ao]?)\s+((?:[\w'’-]+\s+)?)"
     r"[žz]en(?:a|u|y|ě|e|ou)\b", r"\1 \2wife"),
    (r"\b(reakc\w*|odpov[ěe][ďd]i?|odpovedi?)\s+((?-i:[A-Z])[\w'’-]*)",
     lambda m: "%s's %s" % (m.group(2), "reaction" if m.group(1).lower().startswith("reak") else "response")),
    (r"\b((?:za)?reag\w+|odpov[ěe]d\w+)(\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?)na\b", r"\1\2to"),
    (r"\bpolitick\w*", "political"), (r"\b(p[řr]estoupil\w*|konvertoval\w*)\s+na\b", r"\1 to"),
    (r"(?-i:\btom\b)(?=\s+\w)", "the"), (r"\bk[řr]estn\w*\s+(?:jm[ée]n|men)\w*", "first name"),
    (r"\bn(?:[ěe]|ie)kdo\s+(?:dal[šs][íi]|[ďd]al[šs][íi])\b", "anyone else"),
    # "to" is a pronoun before a verb, an object after the question word ("kdo to napsal": who wrote it),
    # else a subject ("že to je": that it is); "on" before a verb is he
    (r"\b(kdo|co|kto|čo)\s+(?:(je|byl[aoi]?)\s+to|to\s+(je|byl[aoi]?))(?=\s+\w)",
     lambda m: f"{m.group(1)} {m.group(2) or m.group(3)}"),
    (r"\b(je|byl[aoi]?|bude)\s+to\b(?!\s+(?:auto|m[íi]sto|jm[ée]no|vozidlo)\b)", r"\1 it"),
    (r"^(\s*(?:kdo|co|pro[čc]|kdy|kde|jak|kto|čo|pre[čc]o|kedy)\s+)to\s+(%s)" % _WORD, _if_verb(r"\1\2 it", 2)),
    (r"\bto\s+(?=(%s))" % _WORD, _if_verb("it ")),
    (r"^(\s*(%s))\s+to\b(?=\s+(?-i:[A-Z]))" % _WORD, _if_verb(r"\1 it", 2)),
    (r"\bto\s+(?=(?:auto|m[íi]sto|jm[ée]no|vozidlo)\b)", "the "),
    (r"^(\s*(?:kdo|co|pro[čc]|kdy|kde|jak)\s+)to\b", r"\1"), (r"\bon\s+(?=(%s))" % _WORD, _if_verb("he ")),
    # a question word and a verb with no subject after it: "kde pracoval?" (where did he work), "co napsala ve
    # zprávě?" (what did she write in the message), the person told by the verb's ending
    (r"^.+", lambda m: _pronoun_put(m.group(0))),
    # "a" is "and" before a question word ("a proč") and between two names ending a clause ("Rudd a
    # Trump?"), but the English article before a name ("a WhatsApp message", "a British citizen")
    (r"\ba\s+(?=(?:kdo|co|kdy|kde|pro[čc]|jak|kolik|jak[ýyáaéeo]u?|kter[ýyáaée]|kam|odkud|kto|čo|kedy|pre[čc]o|"
     r"ako|ko[ľl]ko)\b)", "and "),
    (r"\b((?-i:[A-Z])[\w'’-]*)\s+a\s+(?=(?-i:[A-Z])[\w'’-]*\s*(?:[?.!,]|$|(%s)))" % _WORD, _if_verb(r"\1 and ", 2)),
    # "ten iPhone" the iPhone, "jakým způsobem" how
    (r"\bten\s+(?=iPhon)", "the "), (r"\bjak[ýy]m\s+zp[ůu]sobem\b|\bak[ýy]m\s+sp[ôo]sobom\b", "how"),
    (r"\b(obvin\w+|ob[žz]alov\w+)\s+z\b", r"\1 with"), (r"\b(?:kolik|how\s+much)\s+ber(?:e|ou)\b", "how much earns"),
    (r"^(\s*)(?:zm[ěe]nil(a)?\s+(?:si\s+)?((?-i:[A-Z])[\w'’-]*)\s+(?:sv[ée]\s+)?(?:jm[ée]no|meno))\b",
     lambda m: f"{m.group(1)}did {m.group(3)} change {'her' if m.group(2) else 'his'} name"),
    # "zastřelila Masooda policie": the police shot Masood (a name in the accusative, its subject after it)
    (r"^(\s*)(%s)\s+((?-i:Masood|Khalid|Trump|Comey|Farook))(?:a|e|u|ho)\s+(polici[ea]|pol[íi]cia|policist[aé]|"
     r"policajt[i]?|[úu]to[čc]n[íi]k|pachatel)\b" % _WORD, _if_verb(r"\1\4 \2 \3", 2)),
    # "ten attacker" is the attacker, "ten people" ten people
    (r"\bten\s+(?=(?-i:[a-z]+)(?<!s)\b)(?!(?:people|police|men|women|children|of|or|and|to|more|other|new|times|"
     r"thousand|hundred|million|percent|per)\b)", "the "),
    # claims, records, offices, things of the story
    (r"\bp[řr]evzal[aiy]?\s+(?:z)?odpov[ěe]dnost\b", "claimed responsibility"),
    (r"\bp[řr]ihl[áa]sil[aiy]?\s+(?:se|sa)\s+((?:[\w'’-]+\s+){0,3}?)ke?\b|\b(?:se|sa)\s+p[řr]ihl[áa]sil[aiy]?\s+ke?\b",
     lambda m: f"claimed {m.group(1) or ''}responsibility for"),
    (r"\bz[áa]znam\w*\s+v\s+(?:trestn\w*\s+rejst[řr][íi]k|regist\w*\s+trest|trestn\w*\s+regist)\w*", "criminal record"),
    (r"\b(?:trestn|krimin[áa]ln)\w*\s+(?:rejst[řr][íi]k|minulost|regist)\w*|\bregist\w*\s+trest\w*", "criminal record"),
    (r"\b(%s)\s+(?:(?:toho|té|tej|tého)\s+)?(?=(?:%s)\b)" % ("|".join(_HEADS), _GENITIVES), r"\1 of the "),
    (r"\bisl[áa]msk\w*\s+st[áa]t\w*", "Islamic State"), (r"\bisl[áa]msk\w*", "Islamic"),
    (r"\bminist(?:r(?:yn[ěeií]|a|em|ovi)?|er(?:ka|ky|kou|ke|ku)?)\s+vn(?:itra|[úu]tra)\b", "Home Secretary"),
    (r"\bministerstv\w*\s+vnitra\b", "Home Office"),
    (r"\bwestminstersk\w*\s+most\w*|\bwestminster\s+most\w*", "Westminster Bridge"),
    (r"\b(majitel\w*|majite[ľl]\w*|vlastn[íi]k\w*|obsah\w*|plat|platu|cen[auy]|model\w*|reakc\w*|prohl[áa][šs]en[íi]|"
     r"odem[čc]en[íi]|odemknut[íi]|odomknuti[ea]|prolomen[íi])\s+"
     r"(?=(?-i:[A-Z]|iPhon))", r"\1 of "),
    (r"\b([šs][ée]f\w*|z[áa]stupc\w*|[řr]editel\w*|po[žz]adav\w*)\s+(?=technologick|(?-i:[A-Z]))", r"\1 of "),
    (r"\bna\s+most\b", "onto the bridge"), (r"\bse?\s+(?:t[íi]m\s+)?autem\b", "with the car"),
    (r"\bb[íi]l(?:ý|y|ého|eho|ém|em)\s+d(?:ů|u|o)m\w*", "White House"),
    (r"\bdoln[íi]\s+sn[ěe]movn\w*", "House of Commons"), (r"\bnejvy[šs]\w*\s+soud\w*", "Supreme Court"),
    (r"\bexekutivn\w*\s+(?:p[řr][íi]kaz|na[řr][íi]zen)\w*", "executive order"),
    (r"\bzdravotn\w*\s+p[ée][čc]\w*", "healthcare"), (r"\bsoudn\w*\s+(?:p[řr][íi]kaz|povolen)\w*", "warrant"),
    (r"\b(?:tajn|zpravodajsk)\w*\s+slu[žz]\w*", "intelligence services"),
    (r"\bbezpe[čc]nostn\w*\s+slu[žz]\w*", "security services"),
    (r"\btechnologick\w*\s+(?:fir(?:m|em|iem)|spole[čc]nost)\w*", "tech companies"),
    (r"\bkoncov\w*\s+[šs]ifrov\w*", "end-to-end encryption"),
    (r"\b(?:tiskov|zpravodajsk)\w*\s+agentur\w*", "news agency"),
    (r"\bbritsk(?:ý|y|á|a|é|e|ého|eho|ou|ém|em|ých|ych|ým|ym)\b", "British"),
    (r"\bamerick(?:ý|y|á|a|é|e|ého|eho|ou|ém|em|ých|ych|ým|ym)\b", "American"),
    # the asking: "z jakého důvodu" is why, "jaký druh" what kind of, "v kolik" at what time, "odkud
    # byl Masood" where was Masood from, "čí" (typed "ci", also "or") whose opening a question
    (r"\bz\s+jak[ée]ho\s+d[ůu]vodu\b", "why"), (r"\bjak(?:ý|y|é|e|á|a|ou)\s+(?:druh|typ)u?\b", "what kind of"),
    (r"\bve?\s+kolik(?:\s+hodin)?\b", "at what time"), (r"\bjak\s+dlouho\b", "how long"),
    (r"\bjak\s+daleko\b", "how far"), (r"\bjak\s+[čc]asto\b", "how often"), (r"\bs\s+k[ýy]m\b", "with whom"),
    (r"\b(?:odkud|odkia[ľl])\s+(?:m[ěe]l|mal|vzal|sehnal|z[íi]skal|obstaral)([aiy]?)\s+"
     r"(?:((?-i:[A-Z])[\w'’-]*)\s+)?(.+?)(\s*[?.!]*)$",
     lambda m: "where did %s get %s from%s" % (m.group(2) or _person("l" + m.group(1)), m.group(3), m.group(4))),
    (r"\b(?:odkud|odkia[ľl])\s+(?:(byl[aoi]?|bol[aoi]?|poch[áa]zel[aoi]?|poch[áa]dzal[aoi]?)|je|poch[áa]z[íi]|"
     r"poch[áa]dza)\s+(.+?)(\s*[?.!]*)$",
     lambda m: f"where {'was' if m.group(1) else 'is'} {m.group(2)} from{m.group(3)}"),
    (r"^(\s*)(?:čí|ci)\b", r"\1whose"),
    (r",\s*(?:který|ktery|která|ktera|kteří|kteri|ktorý|ktory|ktorá|ktora|ktorí|ktori)\b", ", who"),
    (r",\s*co\s+(?=(%s))" % _WORD, _if_verb(", who ")),
    (r"\bna\s+konci\b", "at the end"), (r"\bv\s+roce\b", "in"), (r"\bve?\s+(?=(?:%s)\b)" % _DAYS, "on "),
    (r"\bje\s+pravda\b", "is it true"), (r"\b(?:m[ěe]l[aoi]?\s+by|by\s+m[ěe]l[aoi]?)\b", "should"),
    (r"\b(?:mohl[aoi]?\s+by|by\s+mohl[aoi]?)\b", "could"), (r"\baby\s+mohl[aoi]?\b", "to"),
    (r"\bspole[čc]n[ée]ho\s+se?\b", "to do with"),
    # "že" typed "ze" is "that" after a verb of saying or a comma, "from" elsewhere
    (r"(,\s*|\b(?:rekl[ai]?|napsal[ai]?|tvrdi|tvrdil[ai]?|vedel[ai]?|pravda|mysli|uvedl[ai]?)\s+)ze\b", r"\1that"),
    # words of talk: "zajímá mě" (I wonder), "nevíte" (do you know), "řekni mi" (tell me)
    (r"\bzaj[íi]m[áa]\s+m[ěe]\b", "I wonder"), (r"\bnev[íi](?:te|[šs])\b", "do you know"),
    (r"\b[řr]ekn(?:i|ěte|ete)\s+mi\b", "tell me"), (r"\bdobr[ýy]\s+den\b", ""),
    (r"\bm[ůu][žz]e(?:te|[šs])\s+mi\s+[řr][íi]c[ti]\b", "can you tell me"),
    # lower case only: "Sam", "Jen" are names ("jednal sam": acted alone)
    (r"(?-i:\bjen\b)", "only"), (r"\b((?:jednal|byl|konal)[aoi]?\s+(?:[\w'’-]+\s+){0,2}?)(?-i:sam)\b", r"\1alone"),
    # a name in Czech case or form: "Ruddová" (Rudd), "Masoodovi" (to Masood), "Masoodův" (Masood's),
    # "o WhatsAppu", "z iPhonu"; "Apple v. FBI" is versus
    (r"\b((?-i:[A-Z])\w+?)ová\b", r"\1"), (r"\b((?-i:[A-Z])\w+)ův\b", r"\1's"),
    (r"\b((?-i:[A-Z])[a-z]{2,})ovi\b", r"\1"), (r"\b(WhatsApp|Facebook|Telegram|Twitter)(?:u|em)\b", r"\1"),
    (r"\b(Masood|Khalid|Trump|Putin|Comey|Farook|Sanders|Brexit|Amaq|Google|Signal|Instagram|Microsoft|Samsung|"
     r"Birmingham|Kent|Westminster|Enterprise)(?:a|e|u|em|ům|y|ou)\b", r"\1"), (r"\bObam(?:y|ovi|ou|u)\b", "Obama"),
    (r"\biPhon(?:u|em|y)\b", "iPhone"), (r"\bAppl(?:u|em)\b", "Apple"), (r"(?<=\w)\s+v\.(?=\s)", " vs."),
])

_CZECH = {
    **_CZECH_VERBS,
    # asking, in its cases ("koho", "čem", "jakou", "kterého") and typed without accents
    "kdo": "who", "koho": "whom", "komu": "to whom", "kým": "by whom", "kym": "by whom", "co": "what",
    "čeho": "what", "ceho": "what", "čemu": "what", "cemu": "what", "čem": "what", "cem": "what", "čím": "what",
    "cim": "what", "čí": "whose", "kdy": "when", "kde": "where", "kam": "where", "odkud": "where", "proč": "why",
    "proc": "why", "jak": "how", "kolik": "how many", "kolikrát": "how many times", "kolikrat": "how many times",
    "jaký": "what", "jaky": "what", "jaká": "what", "jaka": "what", "jaké": "what", "jake": "what", "jakou": "what",
    "jakého": "what", "jakeho": "what", "jakém": "what", "jakem": "what", "který": "which", "ktery": "which",
    "která": "which", "ktera": "which", "které": "which", "ktere": "which", "kterou": "which", "kterého": "which",
    "ktereho": "which", "kterém": "which", "kterem": "which", "kteří": "which", "kteri": "which",
    # Slovak asking
    "kto": "who", "čo": "what", "kedy": "when", "prečo": "why", "preco": "why", "ako": "how", "koľko": "how many",
    "kolko": "how many", "aký": "what", "aky": "what",
    # prepositions (Czech has no articles: "ten", "ta", "ty" are this, that, the)
    "v": "in", "ve": "in", "na": "on", "do": "to", "z": "from", "ze": "from", "k": "to", "ke": "to", "s": "with",
    "o": "about", "od": "from", "po": "after", "před": "before", "pred": "before", "za": "for", "pro": "for",
    "při": "during", "pri": "during", "mezi": "between", "proti": "against", "bez": "without",
    "podle": "according to", "kvůli": "because of", "kvuli": "because of", "během": "during", "behem": "during",
    "přes": "through", "kolem": "around", "ohledně": "about", "ohledne": "about", "u": "at", "ten": "the",
    "ta": "the", "tu": "the", "ty": "the", "toho": "that", "té": "the", "tím": "the", "tento": "this",
    "tato": "this", "tuto": "this", "toto": "this", "tohle": "this",
    # pronouns, possessives, somebody and nobody
    "já": "I", "ja": "I", "mě": "me", "ona": "she", "oni": "they", "ho": "him", "mu": "him", "jí": "her",
    "ji": "her", "jeho": "his", "její": "her", "jeji": "her", "jejich": "their", "svůj": "his own",
    "svuj": "his own", "svou": "his own", "své": "his own", "sve": "his own", "vlastní": "own", "vlastni": "own",
    "někdo": "anyone", "nekdo": "anyone", "někoho": "anyone", "nekoho": "anyone", "něco": "anything",
    "neco": "anything", "nikdo": "nobody", "nic": "nothing", "všichni": "all", "vsichni": "all",
    # joining, negation, time and place
    "nebo": "or", "či": "or", "ci": "or", "ale": "but", "že": "that", "protože": "because", "protoze": "because",
    "když": "when", "kdyz": "when", "jestli": "whether", "pokud": "if", "aby": "that", "ne": "not",
    "nikdy": "never", "jako": "as", "tam": "there", "teď": "now", "dnes": "today", "pak": "then", "potom": "then",
    "poté": "after that", "pote": "after that", "předtím": "before", "predtim": "before", "už": "already",
    "uz": "already", "nakonec": "in the end", "přesně": "exactly", "těsně": "just", "tesne": "just",
    "presne": "exactly", "opravdu": "really", "skutečně": "really", "skutecne": "really", "fakt": "really",
    "jenom": "only", "pouze": "only", "sám": "alone", "sama": "alone",
    # verbs that are typed as English words ("ma" mother, "mel" Mel), none of them a mark
    "má": "has", "ma": "has", "měl": "had", "mel": "had", "měla": "had", "mela": "had", "měli": "had",
    "meli": "had", "ví": "knows", "vi": "knows",
    # the story: the attack, the attacker, the police, the bridge, the car, the dead, Islam
    "útok": "attack", "utok": "attack", "útoku": "attack", "utoku": "attack", "útokem": "attack",
    "utokem": "attack", "útoky": "attacks", "utoky": "attacks", "atentát": "attack", "atentat": "attack",
    "útočník": "attacker", "utocnik": "attacker", "útočníka": "attacker", "utocnika": "attacker",
    "útočníkovi": "attacker", "utocnikovi": "attacker", "útočníkem": "attacker", "utocnikem": "attacker",
    "pachatel": "perpetrator", "pachatele": "perpetrator", "policie": "police", "policii": "police",
    "policií": "police", "policista": "police officer", "policisty": "police officer",
    "policistovi": "police officer", "policistů": "police officers", "policistu": "police officer",
    "policisté": "police officers", "policiste": "police officers", "mostě": "bridge", "moste": "bridge",
    "mostu": "bridge", "auto": "car", "auta": "car", "autem": "with the car", "koncové": "end-to-end",
    "koncove": "end-to-end", "kriminální": "criminal", "kriminalni": "criminal", "minulost": "past",
    "vozidlo": "vehicle", "chodci": "pedestrians", "chodce": "pedestrians", "chodců": "pedestrians",
    "chodcu": "pedestrians", "lidé": "people", "lide": "people", "lidí": "people", "lidi": "people", "muž": "man",
    "občan": "citizen", "obcan": "citizen", "islámu": "Islam", "islamu": "Islam", "oběti": "victims",
    "obeti": "victims", "obětí": "victims", "mrtvých": "dead", "mrtvych": "dead", "zraněných": "injured",
    "zranenych": "injured", "zranění": "injured", "zraneni": "injured", "zraněno": "injured", "zraneno": "injured",
    "nůž": "knife", "nuz": "knife", "nožem": "knife", "nozem": "knife", "zbraň": "weapon", "zbran": "weapon",
    # years, days, time
    "rok": "year", "roku": "year", "roky": "years", "věk": "age", "vek": "age", "věku": "age", "veku": "age",
    "den": "day", "dne": "day", "týden": "week", "tyden": "week", "týdne": "week", "tydne": "week",
    "neděle": "Sunday", "nedele": "Sunday", "neděli": "Sunday", "nedeli": "Sunday", "středa": "Wednesday",
    "streda": "Wednesday", "středu": "Wednesday", "stredu": "Wednesday", "čas": "time", "cas": "time",
    "hodin": "hours", "minut": "minutes", "minuty": "minutes",
    # the article and the programme
    "jméno": "name", "jmeno": "name", "jména": "name", "jmena": "name", "článek": "article", "clanek": "article",
    "článku": "article", "clanku": "article", "titulek": "headline", "titulku": "headline", "nadpis": "headline",
    "název": "title", "nazev": "title", "autor": "author", "autora": "author", "autorem": "author",
    "autorka": "author", "autorkou": "author", "novinář": "journalist", "novinar": "journalist",
    "pořad": "programme", "porad": "programme", "pořadu": "programme", "poradu": "programme",
    "rozhovor": "interview", "rozhovoru": "interview",
    # the government and its laws
    "vláda": "government", "vlada": "government", "vlády": "government", "vlady": "government",
    "vládu": "government", "vladu": "government", "ministr": "minister", "ministryně": "minister",
    "ministryne": "minister", "zákon": "law", "zakon": "law", "zákona": "law", "zakona": "law", "zákonu": "law",
    "zakonu": "law", "zákony": "laws", "zakony": "laws", "povolení": "permission", "povoleni": "permission",
    "zatykač": "arrest warrant", "zatykac": "arrest warrant",
    # the messages, the apps, the companies
    "zpráva": "message", "zprava": "message", "zprávy": "messages", "zpravy": "messages", "zprávu": "message",
    "zpravu": "message", "zprávě": "message", "zprave": "message", "zpráv": "messages", "zprav": "messages",
    "zprávám": "messages", "zpravam": "messages", "aplikace": "app", "aplikaci": "app", "firmy": "companies",
    "firem": "companies", "společnost": "company", "spolecnost": "company", "společnosti": "company",
    "spolecnosti": "company", "služby": "services", "sluzby": "services", "bezpečnost": "security",
    "bezpecnost": "security", "důkazy": "evidence", "dukazy": "evidence", "skupina": "group", "skupiny": "group",
    "agentura": "agency", "voják": "soldier", "vojak": "soldier", "telefon": "phone", "telefonu": "phone",
    "mobil": "phone", "šifrování": "encryption", "sifrovani": "encryption", "zašifrované": "encrypted",
    "zasifrovane": "encrypted", "šifrované": "encrypted", "sifrovane": "encrypted", "šifrovaný": "encrypted",
    "sifrovany": "encrypted", "šifrovaným": "encrypted", "sifrovanym": "encrypted", "tajné": "secret",
    "tajne": "secret", "tajný": "secret", "tajny": "secret", "místo": "place", "misto": "place",
    "terorista": "terrorist", "teroristé": "terrorists", "teroriste": "terrorists", "teroristů": "terrorists",
    "teroristu": "terrorists", "teroristy": "terrorists", "teroristický": "terrorist", "teroristicky": "terrorist",
    "obálka": "envelope", "obalka": "envelope", "obálce": "envelope", "obalce": "envelope", "přístup": "access",
    "pristup": "access", "přístupu": "access", "pristupu": "access", "nový": "new", "novy": "new", "nová": "new",
    "nova": "new", "nové": "new", "nove": "new", "nových": "new", "novych": "new", "jiné": "other", "jine": "other",
    "další": "other", "dalsi": "other", "odpověď": "answer", "odpoved": "answer", "pravda": "true",
    "společného": "in common", "spolecneho": "in common", "reakce": "reaction", "ráno": "morning",
    "rano": "morning", "odpovědnost": "responsibility", "odpovednost": "responsibility", "trestní": "criminal",
    "trestni": "criminal", "trestním": "criminal", "trestnim": "criminal", "rejstříku": "record",
    "rejstriku": "record", "londýn": "London", "londyn": "London", "londýně": "London", "londyne": "London",
    # US politics
    "prezident": "president", "prezidenta": "president", "volby": "election", "voleb": "election",
    "strana": "party", "strany": "party", "republikáni": "Republicans", "republikani": "Republicans",
    "demokraté": "Democrats", "demokrate": "Democrats", "kongres": "Congress", "senátu": "Senate",
    "senatu": "Senate", "hlasování": "vote", "hlasovani": "vote", "hlasů": "votes", "hlasu": "votes",
    "rusko": "Russia", "rusku": "Russia", "ruska": "Russia", "parlamentu": "parliament", "senát": "Senate",
    "senat": "Senate", "zákaz": "ban", "zakaz": "ban", "pan": "Mr", "paní": "Ms", "pani": "Ms",
    # Slovak words of the story
    "článok": "article", "clanok": "article", "ľudí": "people", "ludi": "people", "polícia": "police",
    # the events asked (``events_asked``), in the words it knows them by: what was done to whom, by its
    # passive in every gender and number ("zraněn", "zraněná", "zranění", "zraněných"; ``_past``)
    **_past({"zraněn": "injured", "zranen": "injured", "raněn": "wounded", "zabit": "killed",
             "zastřelen": "shot dead", "postřelen": "shot", "pobodán": "stabbed", "ubodán": "stabbed",
             "zatčen": "arrested",
             "zatknut": "arrested", "zadržen": "detained", "zadržan": "detained", "obviněn": "charged",
             "obžalován": "charged", "propuštěn": "released", "prepustén": "released", "uvězněn": "jailed",
             "odsouzen": "convicted", "trestán": "convicted", "narozen": "born", "jmenován": "appointed",
             "vymenován": "appointed", "sledován": "under surveillance", "pronajat": "rented", "prenajat": "rented",
             "koupen": "bought", "zaplacen": "paid", "poslán": "sent", "napsán": "written", "zmíněn": "mentioned",
             "zakázán": "banned", "pokutován": "fined", "potrestán": "punished", "ženat": "married",
             "vdán": "married", "hospitalizován": "hospitalised", "odemčen": "unlocked"}, _PASSIVE),
    **_typed({
        # who owns it, what make it is, how it was done, what it said
        "majitel": "owner", "majitele": "owner", "majitelem": "owner", "majiteli": "owner", "majitelé": "owners",
        "majitelka": "owner", "majiteľ": "owner", "vlastník": "owner", "vlastníka": "owner", "vlastníkem": "owner",
        "vlastníci": "owners", "značka": "brand", "značky": "brand", "značku": "brand", "značce": "brand",
        "značkou": "brand", "výrobce": "make", "výrobců": "makes", "model": "model", "modelu": "model",
        "typ": "type", "typu": "type", "způsob": "way", "způsobem": "way", "způsobu": "way", "spôsob": "way",
        "spôsobom": "way",
        "metoda": "method", "metodou": "method", "obsah": "content", "obsahu": "content", "znění": "wording",
        "text": "text", "textu": "text", "vzkaz": "message", "vzkazu": "message", "esemeska": "text message",
        "esemesku": "text message", "esemesky": "text messages", "textovka": "text message",
        "textovku": "text message", "zprávách": "messages", "zprávou": "message", "správa": "message",
        "správu": "message", "správe": "message", "správy": "messages", "kontakt": "contact",
        "kontaktu": "contact", "odemčení": "unlocking", "odemknutí": "unlocking", "prolomení": "cracking",
        # records, surveillance, the police
        "rejstřík": "record", "záznam": "record", "záznamy": "records", "sledování": "surveillance",
        "dohled": "surveillance", "dohledem": "surveillance", "policejní": "police", "policajný": "police",
        "policajt": "police officer", "policajta": "police officer", "policajtovi": "police officer",
        "policajti": "police officers", "policajtov": "police officers", "policistka": "police officer",
        "policistku": "police officer", "strážník": "police officer", "strážníka": "police officer",
        "jednotka": "unit", "jednotky": "unit", "jednotku": "unit", "jednotce": "unit", "jednotkou": "unit",
        "ozbrojená": "armed", "ozbrojené": "armed", "ozbrojený": "armed", "zásahová": "armed",
        "zásahové": "armed", "zásahovka": "armed unit", "vazba": "custody", "vazbě": "custody", "vazby": "custody",
        "zatýkání": "arrests", "vyšetřování": "investigation",
        # pay, money, what it cost, fines and penalties
        "plat": "salary", "platu": "salary", "platem": "salary", "mzda": "wage", "mzdu": "wage", "mzdy": "wages",
        "výplata": "pay", "příjem": "income", "příjmy": "income", "peníze": "money", "peněz": "money",
        "penězi": "money", "cena": "price", "ceny": "price", "cenu": "price", "ceně": "price", "náklady": "costs",
        "nákladů": "costs", "dolarů": "dollars", "dolary": "dollars", "liber": "pounds", "korun": "crowns",
        "pokuta": "fine", "pokutu": "fine", "pokutou": "fine", "pokuty": "fines", "pokut": "fines",
        "trest": "penalty", "trestu": "penalty", "trestem": "penalty", "tresty": "penalties", "trestů": "penalties",
        "sankce": "sanctions", "sankcí": "sanctions",
        # replies and statements
        "odpovědi": "answer", "odpoveď": "answer", "reakci": "reaction", "reakcia": "reaction",
        "reakciu": "reaction", "prohlášení": "statement", "vyjádření": "statement", "stanovisko": "statement",
        "stanoviska": "statement", "vyhlásenie": "statement", "komentář": "comment",
        # family, faith, country, work, motive
        "rodina": "family", "rodiny": "family", "rodinu": "family", "rodině": "family", "rodinou": "family",
        "rodinní": "family", "příbuzní": "relatives", "příbuzné": "relatives", "příbuzných": "relatives",
        "manželka": "wife", "manželku": "wife", "manželky": "wife", "manželce": "wife", "manželkou": "wife",
        "manžel": "husband", "manžela": "husband", "manželem": "husband", "manželé": "couple",
        "děti": "children", "dětí": "children", "dětmi": "children", "dítě": "child", "syn": "son", "syna": "son",
        "synové": "sons", "synů": "sons", "dcera": "daughter", "dceru": "daughter", "dcery": "daughters",
        "otec": "father", "otce": "father", "otcem": "father", "matka": "mother", "matky": "mother",
        "matku": "mother", "matkou": "mother", "bratr": "brother", "bratra": "brother", "bratři": "brothers",
        "sestra": "sister", "sestru": "sister", "rodiče": "parents", "rodičů": "parents", "žena": "woman",
        "ženy": "women", "žen": "women", "oženil": "married", "vdala": "married",
        "náboženství": "religion", "náboženstvo": "religion", "víra": "faith", "víru": "faith", "víry": "faith",
        "islám": "Islam", "muslim": "Muslim", "muslimem": "Muslim", "muslimka": "Muslim", "muslimové": "Muslims",
        "moslim": "Muslim", "konvertita": "convert", "křesťan": "Christian", "národnost": "nationality",
        "národnosti": "nationality", "národnosť": "nationality", "občanství": "citizenship",
        "občianstvo": "citizenship", "město": "city", "města": "city", "městě": "city", "mesto": "city",
        "země": "country", "zemi": "country", "povolání": "occupation", "povolanie": "occupation",
        "zaměstnání": "job", "zamestnanie": "job", "práce": "job", "práci": "job", "práca": "job",
        "profese": "profession", "motiv": "motive", "motivem": "motive", "motivu": "motive", "motivy": "motives",
        "motív": "motive", "pohnutka": "motive", "pohnutky": "motive", "důvod": "reason", "důvodem": "reason",
        "narození": "birth", "přezdívka": "nickname", "přezdívku": "nickname", "alias": "alias",
        "ženu": "wife", "konzervativní": "Conservative", "konzervativci": "Conservatives",
        "konzervativců": "Conservatives", "labouristé": "Labour", "labouristů": "Labour", "ministryní": "minister",
        "ministerka": "minister", "ministerkou": "minister", "náboženstva": "religion", "náboženstvom": "religion",
        # hospitals, weapons, meetings, parties, where it was got, what was asked of them
        "nemocnice": "hospital", "nemocnici": "hospital", "nemocnicí": "hospital", "nemocnic": "hospitals",
        "nemocnica": "hospital", "zbraně": "weapon", "zbraní": "weapon", "zbraněmi": "weapons",
        "nože": "knife", "nožů": "knives", "nôž": "knife", "nožom": "knife", "pistole": "pistol",
        "pistoli": "pistol", "pistolí": "pistol", "pištoľ": "pistol", "puška": "rifle", "pušku": "rifle",
        "schůzka": "meeting", "schůzku": "meeting", "schůzce": "meeting", "schůzky": "meeting",
        "setkání": "meeting", "jednání": "talks", "stretnutie": "meeting", "stretnutia": "meeting",
        "šéfy": "bosses", "šéfové": "bosses", "šéfům": "bosses", "šéfmi": "bosses", "zástupci": "representatives",
        "zástupců": "representatives", "firmami": "companies", "firmám": "companies", "firiem": "companies",
        "firma": "company", "stranu": "party", "straně": "party", "stranou": "party", "stran": "parties",
        "půjčovna": "rental company", "půjčovny": "rental company", "půjčovně": "rental company",
        "požičovňa": "rental company", "požičovne": "rental company", "přístupem": "access",
        "požadavek": "demand", "požadavku": "demand", "požadavky": "demands", "střelec": "shooter",
        "střelce": "shooter", "střelci": "shooters", "hackerom": "hackers", "hackerům": "hackers",
        "útokom": "attack", "útočníkom": "attacker", "odomknutie": "unlocking", "napomáhání": "aiding",
        # time: since, until, ever, finally, first, last, before
        "dokud": "until", "někdy": "ever", "niekedy": "ever", "konečně": "finally", "nakoniec": "in the end",
        "napokon": "eventually", "dříve": "before", "dřív": "before", "dřívější": "previous",
        "předchozí": "previous", "předešlý": "previous", "poslední": "last", "posledního": "last",
        "posledním": "last", "poslednou": "last", "posledná": "last", "poslednej": "last", "první": "first",
        "prvního": "first", "prvním": "first", "poprvé": "first", "prvý": "first", "prvá": "first", "minulý": "last",
        "minulé": "last", "minulou": "last", "minulém": "last", "datum": "date", "dátum": "date", "měsíc": "month",
        "měsíci": "month", "měsíce": "month", "mesiac": "month", "mesiaci": "month", "hodina": "hour",
        "hodinu": "hour", "hodiny": "hours", "hodín": "hours", "kromě": "besides", "okrem": "besides",
        "spor": "dispute", "sporu": "dispute", "odkedy": "since when",
        # asking in other cases, and in Slovak; somebody, any; "tú", "tej" (the: Slovak), "so" (with)
        "jakým": "what", "jakými": "what", "jakých": "what", "kterým": "which", "kterými": "which",
        "kterých": "which", "aká": "what", "akú": "what", "akého": "what", "akej": "what", "akom": "what",
        "akým": "what", "ktorý": "which", "ktorá": "which", "ktoré": "which", "ktorú": "which", "ktorého": "which",
        "ktorej": "which", "ktorom": "which", "ktorí": "which", "čia": "whose", "čie": "whose", "nějaké": "any",
        "nějaký": "any", "nějakou": "any", "nějakého": "any", "někomu": "anyone", "niekomu": "anyone",
        "tú": "the", "tá": "the", "tej": "the", "tých": "the", "ti": "the", "so": "with"}),
}
# a spelling without diacritics that English uses otherwise: "aka" (aká), "CIA" (čia), "Zen" (žen)
for _word in ("aka", "cia", "cie", "zen"):
    del _CZECH[_word]
# words of talk, left out: "prosím" (please), "vlastně" (actually), "prý" (they say), "se", "si"
_CZECH_DROPPED = frozenset("""se si sa prosím prosim teda tedy vlastně vlastne vůbec vubec jo hele ahoj čau cau díky
    diky děkuji dekuji děkuju dekuju prý pry prej přece prece totiž totiz třeba treba právě prave zrovna ještě
    jeste tak asi vole kámo kamo tě te mi""".split())
# the words glossed only before a word of Czech or a name: "ten článek" (the article), "do Londýna" (to
# London), "u Westminster", "ti zadržení" (the detained), "drive odsouzen" (convicted before), but "ten people",
# "do you", "did u know", "pan out", "drive into" ("a" and "i", "and" and "also", are glossed by the idioms
# only: "a WhatsApp message", "I do" are English)
_CZECH_SHARED = frozenset("u do ten ta den pro pan ti drive so".split())
# the words that show a question is in Czech: the words glossed and left out, less the single letters
# (prepositions), the words of English ("ale", "ma", "mel", "tam", "pry", "vole", "nic", "mu", "auto", "mobil",
# "vi", "jake": "Jake Tapper" opening a question would show Czech twice), of German ("ja", "fakt", "telefon",
# "autor", "mit"), Spanish, Italian and French ("ne", "mi", "se", "si", "te", "tu", "ci", "ve", "poté", "nove",
# "autora"), Portuguese ("já", "má", "cem", "nova", "polícia"), Hindi ("na", "ke", "jo", "ho", "tak", "pani", "ji",
# "kam") and Tagalog ("ako", "po", "sa"), and chat's "ty" (thank you); of the words of the events asked, those
# of English ("model", "text", "alias", "muslim", "islam", "pistol", "drive", "liber", "zen", "aka", "cia"), of
# Polish, typed as Slovak is without its diacritics ("kupil", "napisala", "zabity", "ktory", "noz", "syn",
# "matka", "firma", "cena", "typ", "kontakt", "dolary", "pokuta": penance), of Dutch ("plat", "datum", "moslim"),
# Spanish and Italian ("cena", "meno", "mesto", "vira"), Indonesian ("aku", "bola"), Hindi ("bola", "boli") and
# German ("motiv", "pistole") and Russian typed in Latin letters ("deti", "otec", "sestra", "zaplatili", "vydal")
_CZECH_MARK = (frozenset(_CZECH) | _CZECH_DROPPED) - _CZECH_SHARED - frozenset(
    """v z k s o ale ma mel mela tam pry vole nic mu auto mobil vi jake ja fakt telefon autor ne mi se si te tu ci
    ve poté pote nove autora já má cem polícia nova mit na ke jo ho tak pani ji kam ako po sa ty co""".split()) - \
    frozenset("""model modelu text textu alias muslim islam pistol pistole drive liber zen zit aka aku cia cie bola boli
    bolo mal mala mali kupil kupila kupili kupilo kupily napisala napisali napisalo napisaly zabilo zabily zabity
    zabitych ktora ktore
    ktorej ktory ktorom ktori noz syn matka firma cena ceny typ typu kontakt kontaktu dolary pokuta pokuty plat platu
    datum moslim meno mesto vira motiv raneni raneno raneny zastrelili metoda prace spor brit mesic sestra sestru otec
    deti rodina rodinu rodiny syna zaplatili zaplatilo platil platila platili vyplatil obvinil obvinila
    obvinili sledoval sledovala sledovali vydal vydala vydali predal predala predali zastrelila prolomil propustil
    propustili""".split())
# "co" (what) shows Czech only opening a question: "whatsapp and co" is English
_CZECH_OPENING = re.compile(r"^\s*co\s+(?=\w)", re.I)


# the verbs glossed, their bare forms, and the auxiliary that asks with them ("did" itself is
# left out: "co udělal Masood" is "what did Masood" and needs its "do" only, ``_czech_order``)
_CZECH_BARE = {
    **{past: (bare, "did") for past, bare in [
        ("said", "say"), ("stated", "state"), ("declared", "declare"), ("claimed", "claim"), ("wrote", "write"),
        ("spoke", "speak"), ("called", "call"), ("answered", "answer"), ("responded", "respond"),
        ("happened", "happen"), ("killed", "kill"), ("died", "die"), ("shot", "shoot"), ("stabbed", "stab"),
        ("injured", "injure"), ("attacked", "attack"), ("drove into", "drive into"), ("drove", "drive"),
        ("ran over", "run over"), ("rented", "rent"), ("used", "use"), ("wanted", "want"),
        ("demanded", "demand"), ("asked", "ask"), ("knew", "know"), ("found out", "find out"),
        ("found", "find"), ("unlocked", "unlock"), ("sent", "send"), ("lived", "live"), ("arrested", "arrest"),
        ("acted", "act"), ("cooperated", "cooperate"), ("refused", "refuse"), ("prevented", "prevent"),
        ("got", "get"), ("had", "have"), ("took", "take"), ("converted", "convert"), ("lasted", "last"),
        ("voted", "vote"), ("won", "win"), ("met", "meet"), ("paid", "pay"), ("survived", "survive"),
        ("owned", "own"), ("bought", "buy"), ("earned", "earn"), ("fired", "fire"), ("detained", "detain"),
        ("charged", "charge"), ("released", "release"), ("jailed", "jail"), ("grew up", "grow up"),
        ("came from", "come from"), ("came", "come"), ("moved", "move"), ("hired", "hire"), ("obtained", "obtain"),
        ("texted", "text"), ("chatted", "chat"), ("contacted", "contact"), ("communicated", "communicate"),
        ("phoned", "phone"), ("contained", "contain"), ("mentioned", "mention"), ("named", "name"),
        ("commented", "comment"), ("agreed", "agree"), ("complied", "comply"), ("handed over", "hand over"),
        ("provided", "provide"), ("allowed", "allow"), ("appointed", "appoint"), ("resigned", "resign"),
        ("worked", "work"), ("monitored", "monitor"), ("investigated", "investigate"), ("cracked", "crack"),
        ("hacked", "hack"), ("ended", "end"), ("started", "start"), ("suffered", "suffer"), ("managed", "manage"),
        ("became", "become"), ("issued", "issue")]},
    **{present: (bare, "does") for present, bare in [
        ("says", "say"), ("claims", "claim"), ("writes", "write"), ("uses", "use"), ("wants", "want"),
        ("demands", "demand"), ("knows", "know"), ("lives", "live"), ("cooperates", "cooperate"),
        ("refuses", "refuse"), ("has", "have"), ("needs", "need"), ("owns", "own"), ("earns", "earn"),
        ("costs", "cost"), ("agrees", "agree"), ("works", "work"), ("answers", "answer"), ("responds", "respond"),
        ("monitors", "monitor"), ("pays", "pay"), ("buys", "buy")]},
    **{bare: (bare, "do") for bare in ["use", "want", "demand", "cooperate", "refuse", "have", "hide", "own",
                                       "monitor"]},
}
_BARE_VERB = "|".join(sorted(map(re.escape, _CZECH_BARE), key=len, reverse=True))
# who or what may be the subject next to the verb: a name ("Amber Rudd", "Home Secretary", "FBI"; a
# name like "WhatsApp" or "FBI" ends it: "použil Masood WhatsApp"), or a noun of the story that acts
_SUBJECT = (r"(?:the\s+)?(?:(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][a-z'’.-]+))*|police officers?|police|attackers?|"
            r"perpetrator|government|minister|author|journalist|tech companies|companies|company|"
            r"intelligence services|security services|terrorists?|soldier|group|news agency|agency|president|"
            r"Republicans|Democrats|attack|article|law|hackers?|shooters?|he|she|they|anyone|someone|anybody|somebody|"
            r"nobody)(?![\w'’-])")
# the things a "what ..." or "which ..." asks for, which are not the subject ("jaké auto řídil útočník":
# what car did the attacker drive), unlike "která firma odmítla Apple" (which company refused Apple)
_THINGS = (r"(?:(?:new|other|secret)\s+)?(?:car|vehicle|phone|app|law|laws|message|messages|knife|article|headline|"
           r"programme|show|interview|name|day|time|weapon|motive|job|occupation|religion|nationality|salary|"
           r"injuries|brand|model|make|price|penalty|fine|apps?|statement|reaction|response)")
_ASKED = r"what|when|where|why|how long|how much money|how much|since when|how|(?:to|with|from|by)\s+whom|whom"
# said between a subject and its verb, or after them: "how did the FBI finally unlock it"
_ADVERB = r"(?:finally|eventually|ever|already|yet|really|actually|in the end|first|later|before)"
# who may act, in Czech and as typed without diacritics, the subject a verb with no name after it has
# ("kde pracoval útočník"; "čím pobodal policistu" has an object)
_ACTORS = frozenset("""utocnik utocnici pachatel policie policia policista policiste policajt policajti vlada
    ministr ministryne ministri firma firmy spolecnost spolecnosti skupina agentura prezident terorista teroriste
    vojak vojaci muz lide ludia zena manzelka manzel rodina jednotka majitel vlastnik autor autorka novinar straznik
    obeti soud soudy urady republikani demokrate poslanci senatori volici kongres senat parlament strelec hacker
    hackeri""".split())
# the verbs that do nothing to anyone: the noun after them is their subject ("jak dlouho trval útok")
_UNDONE = frozenset("lasted happened started ended died came lived worked resigned".split())
_NOT_SUBJECT = frozenset("""v ve na do z ze po před pred při pri u s se si sa k ke o od za pod nad mezi proti kvůli
    kvuli během behem už uz ještě jeste tam tady tu teď ted dnes včera vcera hned potom pak nakonec nakoniec poté pote
    předtím predtim it""".split())
# names of things, which are done to ("kdy poprvé použil WhatsApp": when did he first use WhatsApp)
_PRODUCTS = frozenset("WhatsApp WhatsAppu iPhone iPhonu Telegram Signal Facebook Twitter Instagram Skype".split())
_DONE_TO_PRODUCTS = frozenset("used bought rented unlocked hacked cracked sent".split())
# the words that point to the next ("ten policista": the police officer), skipped to find a subject
_POINTING = frozenset("ten ta to ti ty tento tato toto ten".split())
# the nouns of the story that Czech, having no articles, leaves bare ("was attacker": was the attacker)
_BARE_NOUN = (r"(?:(?:last|first|previous|new|real|original|exact|political|encrypted|rented|secret)\s+)?"
              r"(?:attacker|perpetrator|police officers?|car|vehicle|knife|weapon|attack|message|phone|owner|price|"
              r"cost|salary|brand|make|model|name|content|reason|motive|outcome|reaction|response|answer|statement|"
              r"penalty|fine|meeting|law|article|government|hospital|unit|victims|app|unlocking|date|bridge|iPhone|"
              r"FBI|minister|police)\b")


def _person(verb: str) -> str:
    """Who did what a Czech past ``verb`` tells, by its ending: "zabil" he, "zabila" she, "zabili" they."""
    end = verb.lower().translate(_PLAIN)
    return "she" if end.endswith("la") else "they" if end.endswith(("li", "ly")) else "it" if end.endswith("lo") \
        else "he"


# a question opening with its question word ("kde", "od koho", "jakou zbraň"), an adverb, a verb and the word after
_OPENING_ASKED = [re.compile(r"^\s*(?:%s)\s+(?:(?P<adverb>poprv[ée]|nakonec|u[žz]|n[ěe]kdy|p[řr]esn[ěe]|vlastn[ěe]|"
                             r"op[ěe]t|znovu|si|se|sa)\s+)?(?P<verb>%s)(?:\s+(?P<after>%s))?"
                             % (asked, _WORD, _WORD), re.I) for asked in (
    r"(?:(?:do|v|ve|na|z|ze|s|se|o|od|u)\s+)?(?:kter|jak|ktor|ak)\w*\s+(?P<thing>%s)" % _WORD,
    r"kde|kdy|pro[čc]|jak|kam|odkud|komu|co|[čc]o|kedy|pre[čc]o|how\s+much|how\s+long|with\s+what\s+weapon|s\s+k[ýy]m|"
    r"od\s+koho|with\s+whom|at\s+what\s+time|since\s+when|to\s+whom")]
# the things a question word with its noun asks for, never the subject ("jakou zbraň použil": what weapon did he use)
_ASKED_THINGS = frozenset("""car vehicle phone app law message messages knife article weapon hospital city country brand
    model year month date hour day time way programme interview name job occupation religion nationality motive
    price fine penalty""".split())


def _pronoun_put(question: str) -> str:
    """``question`` opening with a question word and a verb in the past with no name after it ("kde pracoval?",
    "co napsala ve zprávě?"), the pronoun the verb's ending tells put before it ("kde he pracoval": where
    did he work); as typed when a subject follows ("kde pracoval Masood", "kde pracoval útočník")."""
    for opening in _OPENING_ASKED:
        m = opening.match(question)
        if not m or m.groupdict().get("thing") and _CZECH.get(m.group("thing").lower()) not in _ASKED_THINGS:
            continue
        verb, after = m.group("verb"), m.group("after")
        if after and after.lower() in _POINTING:
            after = (re.match(r"\s*(%s)" % _WORD, question[m.end():]) or m).group(1)
        english = _CZECH_VERBS.get(verb.lower())
        if english != "did" and (english not in _CZECH_BARE or _CZECH_BARE[english][1] != "did") or \
                not re.search(r"l[aiy]?$", verb.lower().translate(_PLAIN)):
            continue
        if after and (after[0].isupper() and not (after in _PRODUCTS and english in _DONE_TO_PRODUCTS) or
                      english in _UNDONE and after.lower() not in _NOT_SUBJECT or
                      after.lower().translate(_PLAIN) in _ACTORS or
                      after.lower() in ("se", "si", "sa")):
            return question
        at = m.start("adverb") if m.group("adverb") else m.start("verb")
        return f"{question[:at]}{_person(verb)} {question[at:]}"
    return question


def _to_infinitive(glossed: str) -> str:
    """``glossed`` with "to" before an infinitive that follows its verb ("refused help": refused to help)."""
    return re.sub(r"\b(refused?|refuses|wanted|wants?|demanded|needs?|asked|managed?|agreed?|agrees)((?:\s+%s)?)\s+"
                  r"(help|cooperate|read|unlock|open|prevent|do|force|say|ban|hide|get|comment|give|hand over|pay|meet|"
                  r"crack|hack|respond|answer)\b" % _ADVERB, r"\1\2 to \3", glossed)


def _yet_last(glossed: str) -> str:
    """``glossed`` with its "yet" last, where English says it ("did Rudd yet resign?" → "did Rudd resign yet?")."""
    m = re.match(r"^(.*?)\s+yet\b(.*?)(\s*[?.!]*\s*)$", glossed)
    return f"{m.group(1)}{m.group(2)} yet{m.group(3)}" if m and m.group(2).strip() else glossed


def _articles(glossed: str) -> str:
    """``glossed`` with the articles English wants and Czech has not: "was attacker" → "was the
    attacker", "in last message" → "in the last message", "had wife" → "had a wife", and what is asked
    before whom ("what did Masood have motive" → "what motive did Masood have")."""
    glossed = re.sub(r"^(\s*(?:what|which))\s+(did|does)\s+(%s)\s+have\s+(?:the\s+)?(%s)\b" % (_SUBJECT, _THINGS),
                     r"\1 \4 \2 \3 have", glossed, flags=re.I)
    glossed = re.sub(r"\b(is|was|were|are|did|does|of|in|on|at|about|with|from|to|before|after|during|by|for|get|got|"
                     r"rent|rented|buy|bought|drive|drove|use|used|unlock|unlocked|own|owns|stab|stabbed|kill|killed|"
                     r"shoot|shot)\s+"
                     r"(?=%s)" % _BARE_NOUN, r"\1 the ", glossed, flags=re.I)
    glossed = re.sub(r"\b(take|took)\s+(?=(?:injured|wounded|dead|victims)\b)|"
                     r"\b(send|sent)\s+(?=(?:last|first|previous)\s)", lambda m: f"{m.group(1) or m.group(2)} the ",
                     glossed, flags=re.I)
    return re.sub(r"\b(have|has|had|got)\s+(?=(?:wife|husband|family|girlfriend|boyfriend|criminal record)\b)",
                  r"\1 a ", glossed, flags=re.I)


def _czech_order(glossed: str) -> str:
    """A Czech question glossed word for word, in English order: a pronoun object after its verb
    ("who him shot?" → "who shot him?"), a subject that follows its verb before it ("what said Rudd
    about WhatsApp?" → "what did Rudd say about WhatsApp?", "sent Masood a message?" → "did Masood
    send a message?", "where was born Masood?" → "where was Masood born?"), the auxiliary of a
    subject before its verb ("why Apple refused" → "why did Apple refuse"), "to" before an
    infinitive ("refused help" → "refused to help"). What is asked of the subject ("who said ...?")
    is English already."""
    return _articles(_to_infinitive(_czech_verb_first(_to_infinitive(glossed))))


def _czech_verb_first(glossed: str) -> str:
    """``glossed`` with its subject and verb in English order (``_czech_order``)."""
    glossed = re.sub(r"\b(him|them)\s+(%s)\b" % _BARE_VERB, r"\2 \1", glossed)
    m = re.match(r"^(\s*(?:where|when)\s+was)\s+born\s+(%s)(.*)$" % _SUBJECT, glossed, re.I)
    if m:
        return f"{m.group(1)} {m.group(2)} born{m.group(3)}"
    m = re.match(r"^(\s*(?:%s|(?:what|which)\s+%s)\s+(?:can|could|will|should|must))\s+(do|say|write|use|happen|change|"
                 r"stop|read|unlock|open|ban|prevent|force|cooperate|get|pay|meet|resign)\s+(%s)(.*)$"
                 % (_ASKED, _THINGS, _SUBJECT), glossed, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}"
    # "kdy se Rudd setká": when will Rudd meet
    m = re.match(r"^(\s*(?:%s)\s+)(%s)\s+(will|can|could|must|should)\s+(.*)$" % (_ASKED, _SUBJECT), glossed, re.I)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}"
    # "co udělal Masood?": what did Masood do; "proč to udělal?": why did he do it
    glossed = re.sub(r"^(\s*(?:%s)\s+)(he|she|they)\s+did\b" % _ASKED, r"\1did \2 do", glossed)
    glossed = re.sub(r"^(\s*(?:%s)\s+)did it(\s*[?.!]*)$" % _ASKED, r"\1did he do it\2", glossed)
    m = re.match(r"^(\s*(?:%s)\s+did\s+(?:%s))(\s*(?:[?.!]|$)|\s+(?:after|before|during|then|with|in|on|at|to|"
                 r"about)\b)" % (_ASKED, _SUBJECT), glossed, re.I)
    if m:
        return f"{m.group(1)} do{glossed[m.end(1):]}"
    # a verb before its subject: asking ("co řekla Rudd"), after "what car" ("jaké auto řídil útočník",
    # "v jakém pořadu mluvila Rudd"), after "how many people" ("kolik lidí zabil Masood"), or not ("poslal
    # Masood zprávu?", "řekl to Trump?")
    m = re.match(r"^(\s*(?:(?:%s)|(?:(?:in|on|at|from|about|with|for)\s+)?(?:what|which)\s+%s|"
                 r"how\s+many\s+(?:people|victims|pedestrians|minutes)(?=\s+(?:killed|stabbed|injured|shot|lasted|"
                 r"arrested|detained|wounded)\b)|how\s+many\s+(?:children|sons|daughters|brothers|sisters|messages|"
                 r"texts)(?=\s+(?:had|sent|wrote)\b))"
                 r"\s+|\s*)(%s)(\s+it)?(\s+%s)?\s+(%s)(.*)$" % (_ASKED, _THINGS, _BARE_VERB, _ADVERB, _SUBJECT),
                 glossed, re.I)
    if m and m.group(2).lower() in _CZECH_BARE:
        bare, aux = _CZECH_BARE[m.group(2).lower()]
        return _yet_last(f"{m.group(1)}{aux} {m.group(5)}{m.group(4) or ''} {bare}{m.group(3) or ''}{m.group(6)}")
    # a subject before its verb after the question word ("proč Apple odmítl": why did Apple refuse,
    # "proč Apple nechce": why does Apple not want, "kolik lidí Masood zabil": how many people did Masood kill)
    m = re.match(r"^(\s*(?:%s)\s+)(%s)\s+(does|did|do)\s+not\b(.*)$" % (_ASKED, _SUBJECT), glossed, re.I)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)} not{m.group(4)}"
    m = re.match(r"^(\s*(?:%s|how\s+many\s+(?:people|victims|pedestrians)|(?:(?:in|on|at|from|about|with|for|to)\s+)?"
                 r"(?:what|which)\s+(?:%s|hospital|unit|party|city|country|company|firm))\s+)(%s)(\s+%s)?\s+(%s)\b(.*)$"
                 % (_ASKED, _THINGS, _SUBJECT, _ADVERB, _BARE_VERB), glossed, re.I)
    if m and m.group(4).lower() in _CZECH_BARE:
        bare, aux = _CZECH_BARE[m.group(4).lower()]
        return _yet_last(f"{m.group(1)}{aux} {m.group(2)}{m.group(3) or ''} {bare}{m.group(5)}")
    # asking whether, the subject first ("FBI odemkla iPhone?": did the FBI unlock the iPhone), or after
    # "will" ("setká se Rudd s firmami?": will Rudd meet the companies)
    m = re.match(r"^(\s*)(%s)(\s+%s)?\s+(%s)\b(.*\?\s*)$" % (_SUBJECT, _ADVERB, _BARE_VERB), glossed, re.I)
    if m and _CZECH_BARE.get(m.group(4).lower(), ("", ""))[1] == "did":
        bare = _CZECH_BARE[m.group(4).lower()][0]
        return _yet_last(f"{m.group(1)}did {m.group(2)}{m.group(3) or ''} {bare}{m.group(5)}")
    m = re.match(r"^(\s*(?:will|can|could|must|should))\s+(meet|resign|cooperate|agree|respond|comply|manage)\s+"
                 r"(%s)(.*)$"
                 % _SUBJECT, glossed, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}"
    return glossed


CZECH = Language(_CZECH_IDIOMS, _CZECH, _CZECH_DROPPED, _CZECH_MARK, reorder=_czech_order, shared=_CZECH_SHARED,
                 opening=_CZECH_OPENING)
