"""Romanian (and Moldovan) mixed into English questions, read in English.

Romanians and Moldovans type the frame of a question in Romanian and the story's names and things in
English ("Cine a spus că WhatsApp is a secret place?", "Câți ani avea the attacker?"), with diacritics
or without ("cati", "cand", "politia"; "ş" and "ţ" with a cedilla on older keyboards), read alike
(``_typed``). Romanian joins the article to its noun ("atacatorul": the attacker, "poliției": of the
police; an English name with a hyphen: "FBI-ul"), makes its past with "a"/"au" and a participle ("a
spus": said), puts the adjective after its noun and often the subject after its verb ("ce a spus
Rudd": what did Rudd say), which ``_romanian_order`` puts in English order for the clear cases. What
a question asks about is glossed into the words ``events_asked`` knows ("cazier": criminal record).
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language

# the letters chat types without their diacritics, and the cedilla letters of older keyboards
_PLAIN = str.maketrans("ăâîșțşţ", "aaistst")
_CEDILLA = str.maketrans("șț", "şţ")


def _typed(words: dict[str, str]) -> dict[str, str]:
    """``words`` each also as typed with a cedilla ("poliţia") and without diacritics ("politia"); a word
    listed as it stands keeps its English ("sau": or, not "său"), and of two typed alike the later, the
    noun with its article, gives it ("masina": "mașina", the car, not "mașină")."""
    out: dict[str, str] = {}
    for w, e in words.items():
        out[w.translate(_PLAIN)] = out[w.translate(_CEDILLA)] = e
    return {**out, **words}


# a word's edges: "s-a", "l-a", "într-un" are one word, and "a" in them no auxiliary
_B, _E = r"(?<![\w'’-])", r"(?![\w'’-])"

# the past participles, after "a"/"au" (``_aux_dropped``) or alone ("a fost ucis": was killed)
_ROMANIAN_PAST = _typed({
    # saying, writing, asking
    "spus": "said", "zis": "said", "declarat": "declared", "anunțat": "announced", "scris": "wrote",
    "publicat": "published", "vorbit": "spoke", "numit": "called", "răspuns": "answered", "reacționat": "reacted",
    "comentat": "commented", "cerut": "demanded", "întrebat": "asked", "acuzat": "accused",
    # happening, killing, dying, hurting
    "întâmplat": "happened", "murit": "died", "ucis": "killed", "omorât": "killed", "înjunghiat": "stabbed",
    "împușcat": "shot", "rănit": "injured", "atacat": "attacked", "lovit": "hit", "durat": "lasted",
    "început": "started", "terminat": "ended", "încheiat": "ended",
    # the car, the messages, the phone
    "condus": "drove", "închiriat": "rented", "folosit": "used", "trimis": "sent", "primit": "received",
    "citit": "read", "deschis": "opened", "deblocat": "unlocked", "criptat": "encrypted", "ascuns": "hid",
    "găsit": "found",
    # claiming, wanting, knowing
    "revendicat": "claimed", "vrut": "wanted", "dorit": "wanted", "știut": "knew", "cunoscut": "knew",
    "acționat": "acted", "cooperat": "cooperated", "colaborat": "cooperated", "refuzat": "refused",
    "acceptat": "agreed", "împiedicat": "prevented", "obligat": "forced", "forțat": "forced", "interzis": "banned",
    "permis": "allowed", "oferit": "gave", "dat": "gave", "predat": "handed over",
    # arrests, lives, money, offices
    "arestat": "arrested", "reținut": "detained", "eliberat": "released", "condamnat": "convicted",
    "născut": "born", "locuit": "lived", "trăit": "lived", "venit": "came", "plecat": "left",
    "convertit": "converted", "radicalizat": "radicalised", "plătit": "paid", "cumpărat": "bought",
    "costat": "cost", "câștigat": "won", "pierdut": "lost", "votat": "voted", "ales": "chose",
    "demisionat": "resigned", "lucrat": "worked", "întâlnit": "met", "făcut": "did", "avut": "had", "fost": "was",
    "semnat": "signed", "propus": "proposed", "concediat": "fired", "mutat": "moved", "devenit": "became",
    "stat": "stayed", "dus": "took", "dusă": "taken", "duși": "taken",
})
# the English participle after "was": "a fost scris" is was written, not "was wrote"
_PARTICIPLE = {"wrote": "written", "drove": "driven", "spoke": "spoken", "gave": "given", "knew": "known",
               "hid": "hidden", "chose": "elected", "did": "done", "took": "taken", "came": "come", "was": "been"}

# the nouns, declined: "stem:singular,the singular,of the singular;plural,the ...,of the ... English"
# ("atacator:,ul,ului;i,ii,ilor attacker"), "_" a form left to another word ("răspuns" is answered), an
# English plural after "/"
_DECLINED = """atac:,ul,ului;uri,urile,urilor attack  atentat:,ul,ului;e,ele,elor attack
    atacator:,ul,ului;i,ii,ilor attacker  făptaș:,ul,ului;i,ii,ilor perpetrator  hacker:,ul,ului;i,ii,ilor hacker
    terori:st,stul,stului;ști,știi,știlor terrorist  suspec:t,tul,tului;ți,ții,ților suspect
    grup:,ul,ului;uri,urile,urilor group  grupar:e,ea,ii group  membr:u,ul,ului;i,ii,ilor member
    solda:t,tul,tului;ți,ții,ților soldier  arm:ă,a,ei;e,ele,elor weapon  cuțit:,ul,ului;e,ele,elor knife/knives
    poliți:e,a,ei police  poliți:st,stul,stului;ști,știi,știlor police_officer  ofițer:,ul,ului;i,ii,ilor officer
    agen:_,tul,tului;ți,ții,ților officer  pod:,ul,ului;uri,urile,urilor bridge  parlament:,ul,ului Parliament
    mașin:ă,a,ii;i,ile,ilor car  autoturism:,ul,ului;e,ele,elor car  dub:ă,a,ei;e,ele,elor van
    vehicul:,ul,ului;e,ele,elor vehicle  pieton:,ul,ului;i,ii,ilor pedestrian
    persoan:ă,a,ei;e,ele,elor person/people  victim:ă,a,ei;e,ele,elor victim  an:,ul,ului;i,ii,ilor year
    vârst:ă,a,ei age  zi:,ua,lei;le,lele,lelor day  săptămân:ă,a,ii;i,ile,ilor week  lun:ă,a,ii month
    or:ă,a,ei;e,ele,elor hour  minut:,ul,ului;e,ele,elor minute  secund:ă,a,ei;e,ele,elor second
    num:e,ele,elui name  articol:,ul,ului;e,ele,elor article  titl:u,ul,ului;uri,urile,urilor headline
    autor:,ul,ului;i,ii,ilor author  jurnali:st,stul,stului;ști,știi,știlor journalist
    ziari:st,stul,stului;ști,știi,știlor journalist  ziar:,ul,ului;e,ele,elor newspaper
    știr:e,ea,ii;i,ile,ilor story/news  emisiun:e,ea,ii;i,ile,ilor programme
    interv:iu,iul,iului;iuri,iurile,iurilor interview  surs:ă,a,ei;e,ele,elor source
    guvern:,ul,ului;e,ele,elor government  mini:stru,strul,strului;ștri,ștrii,ștrilor minister
    premier:,ul,ului prime_minister  leg:e,ea,ii;i,ile,ilor law  mandat:,ul,ului;e,ele,elor warrant
    instanț:ă,a,ei;e,ele,elor court  judecător:,ul,ului;i,ii,ilor judge  tribunal:,ul,ului court
    președint:e,ele,elui;i,ii,ilor president  partid:,ul,ului;e,ele,elor party  aleger:e,ea,ii;i,ile,ilor election
    vot:,ul,ului;uri,urile,urilor vote  senator:,ul,ului;i,ii,ilor senator  republican:,ul,ului;i,ii,ilor Republican
    democra:t,tul,tului;ți,ții,ților Democrat  mesaj:,ul,ului;e,ele,elor message  aplicați:e,a,ei;i,ile,ilor app
    compani:e,a,ei;i,ile,ilor company/companies  firm:ă,a,ei;e,ele,elor company/companies
    servici:u,ul,ului;i,ile,ilor service  securitat:e,ea,ii security
    informați:e,a,ei;i,ile,ilor information/information  agenți:e,a,ei agency  telefon:,ul,ului;e,ele,elor phone
    mobil:,ul,ului phone  acces:,ul,ului access  loc:,ul,ului;uri,urile,urilor place
    plic:,ul,ului;uri,urile,urilor envelope  proprietar:,ul,ului;i,ii,ilor owner  marc:ă,a,ii;i,ile,ilor make
    model:,ul,ului;e,ele,elor model  conținut:,ul,ului content  religi:e,a,ei religion  meseri:e,a,ei job
    ocupați:e,a,ei occupation  slujb:ă,a,ei job  preț:,ul,ului;uri,urile,urilor price  amend:ă,a,_ fine
    întâlnir:e,ea,ii;i,ile,ilor meeting  răspuns:_,ul,ului;uri,urile,urilor response
    reacți:e,a,ei;i,ile,ilor reaction  declarați:e,a,ei;i,ile,ilor statement  soți:e,a,ei wife
    copi:l,lul,lului;i,ii,ilor child/children  famili:e,a,ei family  salari:u,ul,ului salary
    spital:,ul,ului;e,ele,elor hospital
    naționalitat:e,ea,ii nationality  motiv:,ul,ului;e,ele,elor motive  oraș:,ul,ului;e,ele,elor city
    țar:ă,a,_;i,ile,ilor country/countries  ț:_,_,ării country  cas:ă,a,ei;e,ele,elor house
    închis:oare,oarea,orii prison  cript:are,area,ării encryption  debloc:are,area,ării unlocking
    arest:are,area,ării;ări,ările,ărilor arrest  interzic:ere,erea,erii ban  mo:arte,artea,_ death
    dovad:ă,a,ei proof  dat:ă,_,ei date  deces:,ul,ului death
    anchet:ă,a,ei;e,ele,elor investigation  act:,ul,ului;e,ele,elor act  senat:,ul,ului Senate
    congres:,ul,ului Congress
    pedeaps:ă,a,ei penalty"""


def _declined(table: str) -> dict[str, str]:
    """The forms of the nouns of ``table`` (``_DECLINED``) in English."""
    words: dict[str, str] = {}
    for entry, english in zip(*[iter(table.split())] * 2):
        stem, ends = entry.split(":")
        one, _, many = english.replace("_", " ").partition("/")
        for ends, noun in zip(ends.split(";"), (one, many or one + "s")):
            for end, the in zip(ends.split(","), ("", "the ", "of the ")):
                if end != "_":
                    words[stem + end] = the + noun
    return words


_ROMANIAN = _typed({
    **_ROMANIAN_PAST, **_declined(_DECLINED),
    # asking ("cine", "când", "câți"; "cît", "cînd" in the old spelling; "ce", "care", "cum" are only
    # glossed, as they show nothing by themselves: ``_ROMANIAN_OPENING``)
    "cine": "who", "cui": "to whom", "ce": "what", "care": "which", "cum": "how", "când": "when", "cînd": "when",
    "unde": "where", "cât": "how much", "cît": "how much", "câtă": "how much", "câți": "how many",
    "cîți": "how many", "câte": "how many", "cîte": "how many", "dacă": "whether",
    # articles, and a name's: "al lui", "ale"; "lui" is his, or of before a name (an idiom)
    "un": "a", "o": "a", "unui": "of a", "unei": "of a", "niște": "some", "al": "of", "ale": "of", "lui": "his",
    "cel": "the", "cea": "the", "cei": "the", "cele": "the",
    # prepositions and their contractions
    "în": "in", "in": "in", "într-un": "in a", "într-o": "in a", "din": "from", "dintr-un": "from a",
    "dintr-o": "from a", "la": "at", "de": "of", "pe": "on", "cu": "with", "despre": "about", "pentru": "for",
    "fără": "without", "prin": "through", "printr-un": "through a", "până": "until", "spre": "towards",
    "către": "to", "între": "between", "după": "after", "înainte": "before", "împotriva": "against",
    "contra": "against", "asupra": "on", "lângă": "near", "potrivit": "according to", "conform": "according to",
    "decât": "than", "ca": "that", "că": "that",
    # pronouns and possessives ("ei" is her after a noun; "they" when it opens: an idiom)
    "el": "he", "ea": "she", "ei": "her", "ele": "they", "eu": "I", "tu": "you", "noi": "new", "lor": "their",
    "său": "his", "sale": "his", "săi": "his", "îl": "him", "il": "him", "l-a": "him", "l-au": "him", "i-a": "him",
    "i-au": "him", "le-a": "them", "le-au": "them", "acesta": "this", "aceasta": "this", "acest": "this",
    "această": "this", "aceste": "these", "acești": "these", "acel": "that", "acea": "that", "asta": "this",
    "cineva": "anyone", "ceva": "anything", "nimeni": "nobody", "nimic": "nothing", "fiecare": "each",
    "toți": "all", "toate": "all", "tot": "all",
    # conjunctions and negation
    "și": "and", "si": "and", "sau": "or", "ori": "or", "dar": "but", "însă": "but", "iar": "and",
    "deoarece": "because", "fiindcă": "because", "nu": "not", "n-a": "not", "n-au": "not", "nici": "nor",
    "niciun": "no", "nicio": "no", "niciodată": "never", "da": "yes",
    # being, having, will, can, must ("a fost": was, "o să": will, "are": has, are idioms)
    "este": "is", "e": "is", "sunt": "are", "era": "was", "erau": "were", "fi": "be", "va": "will", "vor": "will",
    "ar": "would", "au": "have", "avea": "had", "aveau": "had", "am": "have", "ai": "have", "poate": "can",
    "pot": "can", "putea": "could", "trebuie": "must",
    # the verbs, in the present and after "să" (to)
    "să": "to", "sa": "to", "spune": "says", "zice": "says", "spun": "say", "declară": "declares",
    "scrie": "writes", "vrea": "wants", "voia": "wanted", "dorește": "wants", "cere": "demands", "cer": "demand",
    "folosește": "uses", "folosesc": "use", "folosească": "use", "știe": "knows", "știa": "knew", "știu": "know",
    "citi": "read", "citească": "read", "deschidă": "open", "deschide": "open", "debloca": "unlock",
    "deblocheze": "unlock", "accesa": "access", "acceseze": "access", "trimite": "send", "trimită": "send",
    "coopereze": "cooperate", "coopera": "cooperate", "colaboreze": "cooperate", "refuză": "refuses",
    "refuze": "refuse", "împiedice": "prevent", "ascund": "hide", "ascundă": "hide", "interzică": "ban",
    "afla": "was", "află": "is", "predea": "hand over", "ofere": "give", "facă": "do", "face": "does",
    "răspundă": "answer", "răspunde": "answers", "locuia": "lived", "locuiește": "lives", "trăia": "lived",
    "provine": "comes from", "venea": "came", "lucra": "worked", "lucrează": "works", "deține": "owns",
    "aparține": "belongs", "costă": "costs", "plătească": "pay", "întâlni": "meet", "întâlnească": "meet",
    "demisioneze": "resign", "crede": "thinks", "ajute": "help", "dea": "give", "propune": "proposes",
    "propun": "propose", "voteze": "vote", "vota": "vote", "semneze": "sign",
    # the nouns Romanian declines irregularly, and the adjectives and words of time
    "oameni": "people", "oamenii": "the people", "oamenilor": "of the people", "dovezi": "evidence",
    "dovezile": "the evidence", "bani": "money", "banii": "the money", "agresorul": "the attacker",
    "polițai": "police officer", "autoarea": "the author", "ministra": "the minister",
    "ministrei": "of the minister", "soțul": "the husband", "sua": "the US", "islam": "Islam", "musulman": "Muslim",
    "morți": "dead", "mort": "dead", "mortal": "fatally", "răniți": "injured", "rănite": "injured",
    "rănită": "injured", "răniții": "the injured", "ucise": "killed", "uciși": "killed", "arestați": "arrested",
    "arestată": "arrested", "născută": "born", "închiriată": "rented", "criptate": "encrypted", "citite": "read",
    "criptată": "encrypted", "secretă": "secret", "secrete": "secret", "nou": "new", "nouă": "new", "noua": "new",
    "noul": "the new", "noile": "the new", "noii": "the new", "propuse": "proposed", "propusă": "proposed",
    "alt": "another", "altă": "another", "alte": "other", "alți": "other", "alții": "others", "adevărat": "true",
    "adevărată": "true", "real": "real", "reală": "real", "nevoie": "need", "cazier": "criminal record",
    "luni": "Monday", "marți": "Tuesday", "miercuri": "Wednesday", "miercurea": "Wednesday", "joi": "Thursday",
    "vineri": "Friday", "sâmbătă": "Saturday", "duminică": "Sunday", "duminica": "Sunday", "timp": "time",
    "timpul": "the time", "ieri": "yesterday", "azi": "today", "astăzi": "today", "acum": "now", "atunci": "then",
    "apoi": "then", "deja": "already", "încă": "still", "mai": "more", "singur": "alone", "singură": "alone",
    "singuri": "alone", "exact": "exactly", "chiar": "really", "doar": "only", "numai": "only", "data": "the date",
    "primul": "the first", "prima": "the first", "ultimul": "the last", "ultima": "the last",
    "ultimele": "the last", "precedent": "previous",
})
# a spelling without diacritics that is a word of English: "inca" (încă), "sot" (soț)
for _word in ("inca", "sot"):
    _ROMANIAN.pop(_word, None)

# -- idioms


def _aux_dropped(m: re.Match) -> str:
    """"a spus" is said, "au murit" died: the auxiliary left out before a participle."""
    return m.group(2) if m.group(2).lower() in _ROMANIAN_PAST else m.group(0)


def _named(m: re.Match) -> str:
    """An English name with the article joined ("FBI-ul", "iPhone-ului", "WhatsApp-ul"): the name, with
    "the" for a thing ("the iPhone") or an agency ("the FBI"), "of" for the genitive."""
    name, ending = m.group(1), m.group(2).lower()
    if name.lower() in _ROMANIAN:
        return m.group(0)
    the = "the " if name[:1].islower() and not name.islower() or name.isupper() else ""
    return ("of " if ending.endswith(("ui", "or")) else "") + the + name


_ROMANIAN_IDIOMS = Idioms([
    # a name with the article joined: "FBI-ul", "iPhone-ului", "Apple-ul"
    (r"(?<![\w'’-])(?-i:([A-Za-z][\w.]*[A-Za-z0-9]))-(ul|ului|le|lui|urile|urilor)\b", _named),
    # age: "câți ani avea atacatorul", "ce vârstă are Rudd", "la ce vârstă" (at what age)
    (r"\bc[âîa][țţt]i\s+ani\s+(?:avea|aveau|a\s+avut)\b", "how old was"),
    (r"\bc[âîa][țţt]i\s+ani\s+(?:are|au|împlinește|implineste)\b", "how old is"),
    (r"\bce\s+v[âa]rst[ăa]\s+(?:avea|a\s+avut)\b", "how old was"), (r"\bce\s+v[âa]rst[ăa]\s+are\b", "how old is"),
    (r"\bla\s+ce\s+v[âa]rst[ăa]\b", "at what age"), (r"\bce\s+v[âa]rst[ăa]\b", "what age"),
    # the question words of two words
    (r"\bde\s+ce\b", "why"), (r"\bde\s+unde\b", "from where"), (r"\bde\s+c[âîa]nd\b", "since when"),
    (r"\bp[âa]n[ăa]\s+c[âîa]nd\b", "until when"), (r"\bde\s+la\s+cine\b", "from whom"),
    (r"\bde\s+cine\b", "by whom"),
    (r"\bpe\s+cine\b", "whom"), (r"\bcu\s+cine\b", "with whom"), (r"\bcu\s+ce\b", "with what"),
    (r"\bpentru\s+cine\b", "for whom"), (r"\bdespre\s+cine\b", "about whom"), (r"\bcui\s+(?:i-a|i-au)\b", "to whom"),
    (r"\ba[il]?\s+cui\b|\bale\s+cui\b", "whose"), (r"\bce\s+fel\s+de\b", "what kind of"),
    (r"\bde\s+c[âîa]te\s+ori\b", "how many times"), (r"\bc[âîa]t\s+(?:de\s+mult\s+)?timp\b", "how long"),
    (r"\bc[âîa]t\s+a\s+costat\s+([^?.!]+)", r"how much did \1 cost"), (r"\bc[âîa]t\s+cost[ăa]\s+([^?.!]+)",
     r"how much does \1 cost"), (r"\bc[âîa]t\s+(?:a\s+)?(?:costat|cost[ăa])\b", "how much did it cost"),
    (r"\bce\s+(marc[ăa]|model|tip)\s+de\b", lambda m: "what %s of" % {"tip": "kind"}.get(m.group(1)[:3].lower(),
     "model" if m.group(1).lower() == "model" else "make")), (r"\bc[âîa][țţt]i\s+bani\b", "how much money"),
    (r"\bc[âîa]t\s+de\s+mult\b", "how much"), (r"\bla\s+ce\s+or[ăa]\b", "at what time"),
    (r"\b(?:în|in)\s+ce\s+an\b", "in what year"), (r"\b(?:în|in)\s+ce\s+zi\b", "on what day"),
    (r"\b(?:în|in)\s+ce\s+lun[ăa]\b", "in what month"), (r"\bce\s+s-a\s+(?:[îi]nt[âa]mplat)\b", "what happened"),
    # "care" opening asks; after a word it joins a clause ("polițistul care a murit": the officer that died)
    (r"^(\s*)care\s+(?:este|e)\b", r"\1what is"), (r"^(\s*)care\s+(?:a\s+fost|era)\b", r"\1what was"),
    (r"(?<=[^\W\d_])(\s+)(?:pe\s+)?care\b(?!\s+(?:este|e|a\s+fost|era)\b)",
     lambda m: m.group(1) + ("that" if not re.search(r"\b(?:în|in|la|cu|din|de|despre|pentru|prin)$",
                                                      m.string[:m.start()], re.I) else "which")),
    # names and titles ("de fapt": in fact)
    (r"\bcum\s+(?:se\s+numea|[îi]l\s+chema)\s+(?:de\s+fapt|[îi]n\s+realitate)\b", "what was the real name of"),
    (r"\bde\s+fapt\b", "actually"),
    (r"\bcum\s+(?:se\s+nume[șsşt]+e|(?:[îi]l|o)\s+cheam[ăa])(?:\s+pe)?(?=\s+\w)", "what is the name of"),
    (r"\bcum\s+(?:se\s+numea|(?:[îi]l|o)\s+chema)(?:\s+pe)?(?=\s+\w)", "what was the name of"),
    (r"\bcum\s+(?:se\s+nume[șsşt]+e|[îi]l\s+cheam[ăa])\b", "what is his name"),
    (r"\bcum\s+(?:se\s+numea|[îi]l\s+chema)\b", "what was his name"),
    (r"\bcum\s+o\s+cheam[ăa]\b", "what is her name"), (r"\bcum\s+o\s+chema\b", "what was her name"),
    (r"\bnumele\s+(?:real|adev[ăa]rat)\b|\badev[ăa]ratul\s+nume\b", "the real name"),
    (r"\bminist(?:rul|ra|ru)\s+de\s+interne\b|\bsecretarul\s+de\s+interne\b", "the Home Secretary"),
    (r"\bprim(?:ul)?[\s-]+ministru(?:l)?\b", "the prime minister"),
    (r"\bstatul\s+islamic\b|\bstat\s+islamic\b", "Islamic State"), (r"\bcasa\s+alb[ăa]\b", "the White House"),
    (r"\bmarea\s+britanie\b|\bmarii\s+britanii\b|\bregatul\s+unit\b", "Britain"), (r"\bstatele\s+unite\b", "the US"),
    (r"\bagen[țţt]i(?:a|e)\s+de\s+(?:[șsş]tiri|pres[ăa])\b", "the news agency"),
    (r"\bservici(?:ile|i)\s+(?:secrete|de\s+informa[țţt]ii)\b", "the intelligence services"),
    (r"\bservici(?:ile|i)\s+de\s+securitate\b", "the security services"),
    (r"\b(?:un\s+)?cazier(?:\s+judiciar)?\b|\bantecedente\s+penale\b", "a criminal record"),
    (r"\bmandat(?:ul)?\s+de\s+perchezi[țţt]ie\b", "the search warrant"),
    (r"\b(?:companii(?:le|lor)?|firme(?:le|lor)?)\s+de\s+(?:tehnologie|tech|IT)\b", "the tech companies"),
    (r"\bce\s+scri(a|ia|e)\s+(?=(?:[îi]n|pe)\b)",
     lambda m: "what %s written " % ("is" if m.group(1).lower() == "e" else "was")),
    (r"\b(?:s-a\s+)?convertit\s+la\b", "converted to"), (r"\bdin\s+(?=\d)", "from "),
    # the events: claiming, dying, the car, the end
    (r"\b[șsş]i-?au?\s+asumat\s+(?:responsabilitatea|r[ăa]spunderea)\b", "claimed responsibility"),
    (r"\b[șsş]i-?au?\s+pierdut\s+via[țţt]a\b", "died"),
    (r"\b(?:a\s+|au\s+)?(?:intrat|lovit)\s+(?:cu\s+ma[șsş]ina\s+)?(?:[îi]n|peste)\b", "drove into"),
    (r"\b(?:[îi]mpu[șsş]cat|ucis)\s+mortal\b|\bucis\s+prin\s+[îi]mpu[șsş]care\b", "shot dead"),
    (r"\b(?:a|au)\s+avut\s+loc\b", "took place"), (r"\bare\s+loc\b", "takes place"),
    (r"\bs-a\s+n[ăa]scut\b", "was born"), (r"\bs-au\s+n[ăa]scut\b", "were born"),
    (r"\b(?:[îi]n\s+final|[îi]n\s+cele\s+din\s+urm[ăa]|p[âa]n[ăa]\s+la\s+urm[ăa]|la\s+final|"
     r"[îi]n\s+sf[âa]r[șsş]it)\b", "in the end"),
    (r"\bce(?:l|a|i|le)\s+mai\b", "the most"),
    # being and will: "a fost" (was), "o să" (will), "ar trebui" (should), "e adevărat că" (is it true that)
    (_B + r"(au?)\s+(mai\s+)?fost" + _E,
     lambda m: ("were" if m.group(1).lower() == "au" else "was") + (" previously" if m.group(2) else "")),
    (r"\bar\s+fi\s+fost\b", "would have been"), (r"\bar\s+fi\b", "would be"), (r"\bv(?:a|or)\s+fi\b", "will be"),
    (_B + r"o\s+s[ăa]\b", "will"),
    (r"\bar\s+trebui\s+(?:s[ăa]\s+)?", "should "), (r"\btrebuie\s+s[ăa]\b", "must"),
    (r"\b(poate|pot|putea)\s+s[ăa]\b", lambda m: "could" if m.group(1).lower() == "putea" else "can"),
    (r"\bvor\s+s[ăa]\b", "want to"), (r"\b(?:este|e)\s+adev[ăa]rat\b", "is it true"),
    # "ei" (they) when it opens or comes before a verb; else it is hers ("soțul ei")
    (r"(?:^|(?<=[,?]\s))ei\b|\bei\s+(?=(?:au|vor|sunt|nu|erau|pot|cer|spun)\b)", "they "),
    # "lui Masood": of Masood; "pe Masood" after a pronoun that doubles him ("l-a împușcat pe Masood")
    # "ce i-a spus Rudd lui Andrew Marr": what did Rudd say to Andrew Marr
    (_B + r"(?:i-a|i-au)\s+([^?,]*?)\blui\s+(?=(?-i:[A-Z]))", r"\1to "),
    (r"\blui\s+(?=(?-i:[A-Z]))", "of "),
    (_B + r"(?:l-au?|[îi]l|i-au?)\s+(?:au?\s+)?([\w-]+(?:\s+(?:dead|mortal))?)\s+"
     r"(?:([\w'’.-]+(?:\s+[\w'’.-]+)?)\s+)?pe\s+(?=\w)",
     lambda m: f"{m.group(2)} {m.group(1)} " if m.group(2) else m.group(1) + " "),
    # the two words of one: "de la" (from), "înainte de" (before), "din cauza" (because of), please
    (r"\bde\s+la\b", "from"), (r"\bde\s+pe\b", "on"), (r"\bde\s+l[âa]ng[ăa]\b", "near"),
    (r"\bde\s+(?=(?:luni|mar[țţt]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa]|duminic[ăa])\b)", "on "),
    (r"\b(?:are|a\s+avut|avea)\s+nevoie\s+de\b", "needs"), (r"\b(?:au|aveau)\s+nevoie\s+de\b", "need"),
    (r"\bca\s+s[ăa]\b|\bpentru\s+a\b", "to"), (r"\b[îi]nainte\s+(?:de|s[ăa])\b", "before"),
    (r"\bdup[ăa]\s+ce\b", "after"),
    (r"\b[îi]n\s+timpul\b", "during"), (r"\bdin\s+cauza\b", "because of"), (r"\bpentru\s+c[ăa]\b", "because"),
    (r"\bde\s+c[ăa]tre\b", "by"), (r"\b(?:cu\s+privire\s+la|[îi]n\s+leg[ăa]tur[ăa]\s+cu)\b", "about"),
    (r"\bacces(?:ul)?\s+la\b", "access to"), (r"\b(?:te|v[ăa])\s+rog\b", ""),
    # "are" (has) before a word of Romanian or a name ("are acces", "are Masood"), after the
    # idioms that hold it, before one gives English its "are" ("care sunt": what are)
    (_B + r"are\s+(?=([\w'’-]+))", lambda m: "has " if m.group(1).lower() in _ROMANIAN or m.group(1)[0].isupper()
     else m.group(0)),
    (r"^(\s*)care\s+sunt\b", r"\1what are"), (r"\bde\s+spus\b", "to say"),
    # the past: the auxiliary left out before its participle ("a spus": said; "a mai atacat": also attacked)
    (_B + r"(a|au)\s+mai\s+(\w+)" + _E, lambda m: "also " + _aux_dropped(m) if m.group(2).lower() in _ROMANIAN_PAST
     else m.group(0)),
    (_B + r"(a|au)\s+(\w+)" + _E, _aux_dropped),
])

# words of talk, left out: "oare" (I wonder), "mersi", "frate", "bre", "deci", "se"
_ROMANIAN_DROPPED = frozenset(_typed(dict.fromkeys("""oare mersi merci mulțumesc frate frații bre măi păi adică
    deci cumva totuși salut bună hai uite nene se s-a s-au și-a și-au îi mă""".split())))
# the words glossed only before a word of Romanian or a name ("o mașină": a car, "din Londra": from London,
# "data atacului": the date of the attack), not before English ("are" too: an idiom)
_ROMANIAN_SHARED = frozenset("""a o din sale minute exact secret real model data ale am ai an tot mai da in
    ore care mortal""".split())
# the words that show a question is in Romanian: the words glossed and left out, less those shared, the
# words of English ("trait": trăit, "cite", "face", "pot", "motive"; "cine", Romanian's who, stays), the
# short words of the Romance languages ("de", "la", "era", "este", "cui", "sua", "ieri", "vota", "fara":
# farà) and of the languages before it in ``_LANGUAGES`` ("al", "ani", "fi": Hebrew, Arabic; "au", "sau",
# "cu": Swahili, Vietnamese; "mesaj": Turkish; "firma", "minut": Polish, Czech; "politie", "lege": Dutch)
_NOT_MARKS = frozenset("""cine mortal bani casa cere cit cite costa face oblige precedent pret secrete spun trait ultima pot
    dat pod vot alt grup mort suspect terorist autor motiv islam senator premier telefon ora spital tribunal ales
    nu va de la pe cu e el ea ei eu tu noi ele ori un ca sa si se ii il cel cea cei cele cum ce cat cate era este
    lui prima morti arma marca ani al lor alte victime mandat parlament musulman cui sua alta alti ieri luna crede
    dea stia familia familie deja vota fara pana complici criptare criptate coopera accesa senatori frate salut
    buna permis victima nene declara pai lege au vor fi ar bre prin hai sai sau merci mersi oras atentat firma
    predat ministra interviu jurnalist soldat mesaj politie reactie faca conform contra mandate nou dar tara case
    democrat hacker motive republican mobil minut ma ii stat dus senat act""".split())
_ROMANIAN_MARK = (frozenset(_ROMANIAN) | _ROMANIAN_DROPPED) - _ROMANIAN_SHARED - _NOT_MARKS
# "ce", "care", "cum" show Romanian opening a question before a verb ("Ce a spus Rudd?", "Ce mașină era";
# after a noun, not an English verb: "Care homes are"), not in English ("Ce Zhang", "care about")
# ("cine", who, is an English word: "a cine camera"; it shows Romanian only opening a question)
_ROMANIAN_OPENING = re.compile(r"^\s*(?:(?:de|[îi]n|la|cu|din|pe|pentru)\s+ce\b|cine\b|(?:ce|care|cum|c[âa]t|c[âa]te)\s+"
                               r"(?:a|au|s-a|s-au|este|e|era|sunt|erau|i-a|l-a|vrea|vor|cere|se|mai|nu|n-a|avea|are|"
                               r"o|ar)\b|(?:ce|care|c[âa]te)\s+[\w-]+\s+(?:s-a|s-au|este|era|sunt|erau|avea|au)\b|"
                               r"(?:ce|care)\s+fel\b)", re.I)

# -- English order

# the verbs glossed ("shot_dead": "shot dead"), with their bare form and the auxiliary asking with them
_BARE = {v.replace("_", " "): (v.replace("_", " ").replace(v.split("_")[0], bare, 1), aux)
         for aux, verbs in [("did", """said:say declared:declare stated:state announced:announce wrote:write
    published:publish spoke:speak called:call answered:answer reacted:react demanded:demand
    asked:ask happened:happen died:die killed:kill stabbed:stab shot_dead:shoot shot:shoot injured:injure
    attacked:attack hit:hit lasted:last started:start ended:end drove_into:drive drove:drive rented:rent used:use
    sent:send received:receive read:read opened:open unlocked:unlock hid:hide
    found:find claimed_responsibility:claim claimed:claim wanted:want knew:know acted:act
    cooperated:cooperate refused:refuse agreed:agree prevented:prevent forced:force banned:ban gave:give
    handed_over:hand arrested:arrest detained:detain released:release lived:live came_from:come came:come
    left:leave converted:convert paid:pay bought:buy won:win lost:lose voted:vote resigned:resign worked:work
    fired:fire elected:elect appointed:appoint convicted:convict radicalised:radicalise
    chose:choose moved:move accused:accuse met:meet became:become stayed:stay
    took:take did:do     had:have took_place:take signed:sign owned:own proposed:propose"""),
                            ("does", """says:say declares:declare writes:write wants:want demands:demand uses:use
    knows:know refuses:refuse answers:answer owns:own thinks:think has:have costs:cost lives:live works:work
    needs:need proposes:propose takes_place:take"""), ("do", "say:say want:want use:use know:know demand:demand")]
         for v, bare in (pair.split(":") for pair in verbs.split())}
_BARE_VERB = "|".join(sorted(map(re.escape, _BARE), key=len, reverse=True))
# those that take "did" or "does" after "not" ("not wanted": did not want; "not want" is English)
_NOT_BARE = "|".join(v for v in _BARE_VERB.split("|") if _BARE[v.replace("\\", "")][1] != "do")
# a subject: a name ("Amber Rudd", "Islamic State", "the FBI") or a noun of the story that acts
_SUBJECT = (r"(?<!police )(?:(?:the|an?)\s+)?(?:(?:injured|dead|new|other|encrypted|secret)\s+)?"
            r"(?:(?!(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|"
            r"January|February|March|April|May|June|July|August|September|October|November|December|I)\b)"
            r"(?-i:[A-Z][\w'’.-]*)"
            r"(?:\s+(?-i:[A-Z][\w'’.-]*))*|attackers?|perpetrator|terrorists?|police officers?|police|officers?|"
            r"government|ministers?|prime minister|Home Secretary|authors?|journalists?|company|companies|group|"
            r"soldiers?|victims?|people|president|suspects?|court|judges?|hackers?|senators?|Senate|"
            r"Congress|Republicans|Democrats|intelligence services|security services|services|tech companies|attack|"
            r"investigation|meeting|elections?|vote|car|van|vehicle|phone|messages?|app|laws?|article|warrant|"
            r"he|she|they|anyone|someone)"
            r"(?![\w'’-])")
# what is asked, not by the subject ("ce mașină a folosit Masood": what car did Masood use)
_THINGS = (r"car|vehicle|van|knife|weapon|apps?|messages?|laws?|article|phone|day|year|time|programme|show|"
           r"interview|warrants?|evidence|statement|job|party|religion|hospital|city|country|bridge|make|brand|"
           r"model|name|date|month|week|information|access|money|data|reason|motive|salary|penalty|price")
_ASKED = (r"(?:(?:in|on|at|from|about|with|for|to|of|through|by)\s+)?(?:what|which)"
          r"(?:\s+(?:kind|make|brand|model|type)\s+of)?(?:\s+(?:new|other|secret|last|first))?\s+(?:%s)|"
          r"what|which|when|where|why|how long|how much(?: money)?|"
          r"how|whom|to whom|with whom|from whom|by whom|for whom|about whom|since when|until when|from where|"
          r"with what|at what time|how many times|how many (?:police officers|\w+)" % _THINGS)
_ADVERB = r"(?:alone|really|exactly|finally|already|still|first|in the end|then)"
# the nouns after which an adjective is put before them ("the car rented": the rented car)
_NOUNS = r"act|car|van|vehicle|messages?|apps?|laws?|services|name|phone|place|warrants?|company|companies|attack"
_ADJECTIVES = r"rented|encrypted|secret|new|real|true|previous|islamic|terrorist|other"
# the nouns Romanian leaves bare after a preposition ("pe pod": on the bridge), the words before them, and
# the prepositions that take a genitive ("împotriva legii": against the law)
_BARE_NOUN = (r"attack|attacker|bridge|car|van|vehicle|police officer|police|government|article|interview|"
              r"programme|phone|court|knife|weapon|headline|author|victims|pedestrians|warrant|law|"
              r"Parliament|Senate|Congress|group|company|minister|journalist|soldier|app")
_BEFORE_NOUN = (r"on|in|at|before|after|with|from|to|about|for|during|without|through|against|near|into|by|of|"
                r"stabbed|stab|killed|kill|shot dead|shoot dead|shot|shoot|injured?|used|use|rented|rent|drove|drive|"
                r"unlocked|unlock|claimed|claim|attacked|arrested|need|needs|needed|wrote|write|is|was|were|are")
_GENITIVE_AFTER = r"against|during|because|before|after|near"
# the nouns a name follows as their owner ("the owner WhatsApp"; not "the company WhatsApp", its name)
_OWNED = r"owner|author|president|reaction|response|statement|name|headline|leader|spokesman|boss|founder|answer"
# the participles of a passive, which an agent follows ("trimis de Masood": sent by Masood)
_PASSIVE = (r"born|killed|shot dead|shot|stabbed|arrested|injured|written|published|elected|appointed|found|rented|"
            r"used|sent|claimed|convicted|detained|released|founded|called|driven|taken|moved|held|fired|proposed|"
            r"owned|unlocked|hacked|signed|banned|accused|charged|read|encrypted|"
            r"known")
# said before what is asked, set apart: "până la urmă, ce a făcut guvernul?"
_LEAD = r"(?:in the end|finally|so|and|but|then|really|exactly)\s*,?\s+"


def _romanian_order(glossed: str) -> str:
    """A Romanian question glossed word for word, in English order: a pronoun after its verb ("who him
    shot?" → "who shot him?"), an adjective before its noun ("the car rented" → "the rented car"), a
    subject before its verb ("what said Rudd?" → "what did Rudd say?", "where was born Masood?" →
    "where was Masood born?", "Masood acted alone?" → "did Masood act alone?"), "did" before "not", a
    participle after "was" ("was wrote" → "was written"), an article before a noun that Romanian leaves
    bare after a preposition ("on bridge" → "on the bridge"). "who said ...?" is English already."""
    g = re.sub(r"\b(him|them)\s+(%s)\b" % _BARE_VERB, r"\2 \1", glossed)
    g = re.sub(r"\b(the\s+|a\s+)?(%s)\s+(%s)\b(?!\s+(?:(?-i:[A-Z])|the\b|by\b))" % (_NOUNS, _ADJECTIVES),
               lambda m: f"{m.group(1) or ''}{m.group(3)} {m.group(2)}", g)
    g = re.sub(r"\b(the\s+)?(police officers?|officers?|victims?|people|pedestrians|attacker|man|woman)\s+(injured|"
               r"wounded|dead)\b(?!\s+(?:(?-i:[A-Z])|the\b|by\b))", lambda m: f"{m.group(1) or ''}{m.group(3)} "
               f"{m.group(2)}", g)
    g = re.sub(r"\b(was|were|been|be|is|are)\s+(%s)\b" % "|".join(_PARTICIPLE),
               lambda m: f"{m.group(1)} {_PARTICIPLE[m.group(2)]}", g)
    g = re.sub(r"\b(%s)\s+of\s+the\b" % _GENITIVE_AFTER, r"\1 the", g)
    g = re.sub(r"\bof\s+of\b", "of", g)
    # "articolul asta": a demonstrative after its noun, which the article took ("the article this")
    g = re.sub(r"\bthe\s+([a-z]+)\s+(this|that|these|those)\b", r"\2 \1", g)
    g = re.sub(r"^(\s*how many [\w ]+?) (were|was)(\s*[?.!]*)$", r"\1 \2 there\3", g)
    g = re.sub(r"\b(should|must|can|could|will|would)\s+to\b", r"\1", g)
    g = re.sub(r"\b(the\s+(?:%s))\s+(?=(?:the\s+)?(?-i:[A-Z])(?!(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b))"
               % _OWNED, r"\1 of ", g)
    # "what the make", "what kind of the car": what is asked is bare
    g = re.sub(r"^(\s*(?:(?:in|on|at|from|about|with|for|to|of)\s+)?(?:what|which)(?:\s+(?:kind|make|brand|model|"
               r"type)\s+of)?)\s+the\s+(?=\w)", r"\1 ", g, flags=re.I)
    # "the police officer killed, what was his name?": what was the name of the police officer killed
    g = re.sub(r"^\s*(?!(?:what|who|when|where|why|how|which)\b)(.+?),?\s+(what (?:was|is)) (?:his|her) name"
               r"(\s*[?.!]*)$", r"\2 the name of \1\3", g, flags=re.I)
    lead = re.match(r"^\s*%s" % _LEAD, g, re.I)
    g = (lead.group(0) if lead else "") + _subject_first(g[lead.end():] if lead else g)
    g = re.sub(r"^(\s*(?:can|could|must|should|will|would)\s+(?:%s))\s+to\s+" % _SUBJECT, r"\1 ", g, flags=re.I)
    # a dative after a verb of giving or telling ("a plătit hackerilor": paid the hackers)
    g = re.sub(r"\b(pay|paid|give|gave|send|sent|tell|told|say|said)\s+of\s+the\b", r"\1 the", g)
    g = re.sub(r"\b(when|after|before)\s+took place\s+(%s)" % _SUBJECT, r"\1 \2 took place", g)
    g = re.sub(r"\b([Aa]) (?=[aeioAEIO]\w)", r"\1n ", g)
    g = re.sub(r"\b(say|said)\s+(him|them)\b", lambda m: ("tell " if m.group(1) == "say" else "told ") + m.group(2), g)
    g = re.sub(r"\bnot\s+(%s)\b" % _NOT_BARE, lambda m: "%s not %s" % _BARE[m.group(1).lower()][::-1], g)
    g = re.sub(r"(?<!kind )(?<!make )(?<!type )(?<!the )(?<! a )\b(%s)\s+(?=(?:%s)\b(?!['’-]))"
               % (_BEFORE_NOUN, _BARE_NOUN), lambda m: m.group(0) + ("a " if m.group(1)[:4] == "need" else "the "), g)
    return re.sub(r"\b(%s)\s+of\s+(?=(?-i:[A-Z])|the\b)" % _PASSIVE, r"\1 by ", g)


def _subject_first(g: str) -> str:
    """``g`` with its subject before its verb (``_romanian_order``)."""
    # "Masood how old was?": the question word first
    m = re.match(r"^(\s*)(%s)\s+(how old (?:was|is)|(?:what|who|where|when) (?:was|is))(\s*[?.!]*)$"
                 % _SUBJECT, g, re.I)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)}{m.group(4)}"
    # "the car was rented?", "Masood was arrested?": asking whether, "was" first
    m = re.match(r"^(\s*)(%s)\s+(was|were|is|are|can|could|will|must|should)\s+(.+\?\s*)$" % _SUBJECT, g, re.I)
    if m and not re.search(r"\b(?:what|who|whom|when|where|why|how|which)\b", m.group(4), re.I):
        return f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}"
    # "where was born Masood", "when was arrested the man": the subject before the participle
    m = re.match(r"^(\s*(?:(?:%s)\s+)?(?:was|were|is|are))(\s+previously)?\s+(%s)\s+(%s)(.*)$"
                 % (_ASKED, _PASSIVE, _SUBJECT), g, re.I)
    if m:
        return f"{m.group(1)} {m.group(4)}{m.group(2) or ''} {m.group(3)}{m.group(5)}"
    # "ce vor serviciile?": what do the services want
    m = re.match(r"^(\s*(?:%s)\s+)will\s+(%s)(\s*[?.!]*)$" % (_ASKED, _SUBJECT), g, re.I)
    if m:
        return f"{m.group(1)}do {m.group(2)} want{m.group(3)}"
    # "what will do the government": what will the government do
    m = re.match(r"^(\s*(?:%s)\s+(?:will|can|could|must|should|would))\s+(do|say|happen|change|read|unlock|open|"
                 r"ban|prevent|force|cooperate|get|pay|meet|resign|give|respond|answer|access)\s+(%s)(.*)$"
                 % (_ASKED, _SUBJECT), g, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}"
    # a verb before its subject, asked ("what said Rudd") or not ("acted Masood alone?")
    m = re.match(r"^(\s*(?:(?:%s)\s+)?)(not\s+)?(%s)(\s+(?:him|them))?(\s+%s)?\s+(%s)(.*)$"
                 % (_ASKED, _BARE_VERB, _ADVERB, _SUBJECT), g, re.I)
    if m and (m.group(1).strip() or m.group(7).rstrip().endswith("?")) and not m.group(3).endswith(("into", "from")):
        bare, aux = _BARE[m.group(3).lower()]
        return f"{m.group(1)}{aux} {m.group(6)}{' not' if m.group(2) else ''} {bare}{m.group(4) or ''}" \
               f"{m.group(5) or ''}{m.group(7)}"
    # a subject before its verb: after the question word ("why Apple refused") or asking whether ("Masood
    # acted alone?"); not after "what car" (its subject), nor before a question word ("Rudd said what?")
    m = re.match(r"^(\s*(?:(?:%s)\s+)?)(%s)(\s+%s)?\s+(not\s+)?(%s)\b(.*)$" % (_ASKED, _SUBJECT, _ADVERB, _BARE_VERB),
                 g, re.I)
    if m and (m.group(1).strip() or m.group(6).rstrip().endswith("?")) \
            and not re.search(r"\b(?:what|which)\s*$", m.group(1), re.I) \
            and not re.search(r"\b(?:what|who|whom|when|where|why|how|which)\b", m.group(6), re.I):
        bare, aux = _BARE[m.group(5).lower()]
        return f"{m.group(1)}{aux} {m.group(2)}{' not' if m.group(4) else ''}{m.group(3) or ''} {bare}{m.group(6)}"
    return g


ROMANIAN = Language(_ROMANIAN_IDIOMS, _ROMANIAN, _ROMANIAN_DROPPED, _ROMANIAN_MARK, reorder=_romanian_order,
                    shared=_ROMANIAN_SHARED, opening=_ROMANIAN_OPENING)
