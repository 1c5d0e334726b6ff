"""Hindi and Urdu typed in Latin letters: the words and phrases ``code_mixed``'s Hindi reading
(``_hindi``) adds to its own short tables, which it merges as below.

    _HINDI               |= HINDI_ADD          (no key of it is in _HINDI already)
    _HINDI_PARTICLES     |= PARTICLES_ADD
    _HINDI_VERBS         |= VERBS_ADD          (no key of it is in _HINDI_VERBS already)
    _HINDI_NOUNS         |= NOUNS_ADD
    _HINDI_POSTPOSITIONS |= POSTPOSITIONS_ADD
    _HINDI_MARK  = (frozenset(_HINDI) | _HINDI_PARTICLES) - <the words it leaves out now> - MARK_EXCLUDE

IDIOMS are read once the question shows Hindi (the marks' count, on the question as typed) and
before its words are read:

    words = re.findall(r"[\\w'’-]+|[^\\w\\s]", question)
    if <the marks' count fails>:
        return question
    for pattern, plain in _HINDI_IDIOMS:              # IDIOMS, compiled
        question = pattern.sub(plain, question)
    words = re.findall(r"[\\w'’-]+|[^\\w\\s]", question)
    ...

(read before the count, an idiom that writes a phrase in English, "kitne saal ka tha" → "how old
was", would take the phrase's marks with it). A replacement is a string or, for the few frames
whose English needs a word looked up ("WhatsApp ko kya karna chahiye?" → "what should WhatsApp
do?"), a function, as ``re.sub`` takes either.

Why idioms and not words alone:
* ``_hindi`` reads a verb by its English (``english in _HINDI_VERBS``), one word at a time, so a
  verb of two words ("hamla kiya", "goli maari", "zimmedari li", "pata chala", "demand kiya") is
  joined by an idiom into one word of the idiom's own ("hamla-kiya", "goli-maari", ...), glossed
  in HINDI_ADD as the English verb ("attacked", "shot", ...). Those joined words are the keys of
  ``_JOINED`` below; nobody types them.
* a word glossed by ``_HINDI`` is never a verb's subject nor part of the run of words a
  postposition goes before (those are the words as typed), so a noun ("sarkar", "hamla",
  "gaadi", "saboot") is written in English by an idiom (``_NOUNS``): "Sarkar ne kya kaha?" →
  "what did government say?", not "what said government?"; "hamle ke baad" → "after attack".
  Each noun is in HINDI_ADD as well: it shows Hindi, and is glossed if the idioms are left out.
* a passive ("pakda gaya", "giraftaar hua", "goli maari gayi") is the English participle as typed
  and "tha", which reads "was": "Masood kab giraftaar hua?" → "when was Masood arrested?"; with
  "kitne", "were": "Kitne log zakhmi hue?" → "how many people were injured?".
* "kitne saal ka tha", "kitne baje", "kab tak" ask with words of English that are no question
  word of ``_hindi``'s, so they are put first: "Masood kitne saal ka tha?" → "how old was Masood?";
  so are the modals ("WhatsApp ko kya karna chahiye?" → "what should WhatsApp do?", "Kya police
  messages padh sakti hai?" → "can police read messages?") and a few frames of yes or no ("Kya
  Masood akela tha?" → "was Masood alone?", "Kya Trump ne Comey ko nikala?" → "did Trump fire
  Comey?"), which ``_hindi`` reads as a statement otherwise ("Masood alone?").
* a phrase of time or cause, or a place, opening the question ("hamle ke baad ...", "Westminster
  Bridge pe ...") goes last, as a verb's subject is the first word as typed: "Hamle ke baad Rudd ne
  kya kaha?" → "what did Rudd say after attack?", not "what did attack say after Rudd?".
* "mein", "pe", "par" after a word as typed are "in", "on" (the postpositions "in-mein", "on-pe");
  elsewhere they are particles, left out, as now ("Rudd ne ... show pe kya bola?" → "what did
  Rudd say on ... show?"). "se pehle" is "before" ("se-pehle"): "pehle" alone is "earlier" as often.
* "toh", a particle, is written by an idiom where its words must stay apart: a postposition goes
  before the run of words as typed just before it, and "kya" first asks yes or no.

Without the idioms, the tables alone gloss word by word as ``_hindi`` does now; a few adjectives
("giraftaar", "zakhmi": "arrested", "injured") are then read as verbs, their English being the
joined verbs' too.
"""
from __future__ import annotations

import re

from . import Idioms, third_person

# ---------------------------------------------------------------------------------------------
# verbs: Hindi and Urdu forms, in English (the English in VERBS_ADD, or in _HINDI_VERBS already)
_VERBS = {
    # saying, telling, asking, demanding
    "kahaa": "said", "bataya": "told", "batayi": "told", "batai": "told", "poocha": "asked", "pucha": "asked",
    "puchha": "asked", "poochi": "asked", "kehta": "says", "kehti": "says", "kahta": "says", "kahti": "says",
    "bolta": "says", "bolti": "says", "kehte": "say", "kahte": "say", "bolte": "say", "maanga": "demanded",
    "maangi": "demanded", "mangi": "demanded", "maange": "demanded", "maangti": "demands", "mangti": "demands",
    "maangta": "demands", "chaahta": "wants", "chaahti": "wants", "chaha": "wanted", "chahi": "wanted",
    "likhe": "wrote", "likhna": "write", "likhne": "write",
    # doing, giving, taking
    "kiye": "did", "karta": "does", "karti": "does", "karte": "do", "karega": "does", "karegi": "does",
    "karenge": "do", "diye": "gave", "di": "gave", "dia": "gave", "dega": "gives", "degi": "gives",
    "denge": "give", "deta": "gives", "deti": "gives", "dena": "give", "dene": "give", "liya": "took",
    "lia": "took", "li": "took", "lega": "takes", "legi": "takes", "lena": "take", "aaye": "came",
    "aye": "came", "aya": "came", "ayi": "came", "pahuncha": "reached", "pahunchi": "reached",
    "pahunche": "reached", "bhaaga": "fled", "bhaga": "fled", "ghusa": "entered", "kuchla": "ran over",
    "kuchle": "ran over", "raunda": "ran over", "ghopa": "stabbed", "chalayi": "drove", "chalai": "drove",
    "chalaya": "drove", "takraya": "crashed", "takrai": "crashed", "pakde": "caught", "pakdi": "caught",
    "pakra": "caught", "nikala": "fired", "nikali": "fired", "khula": "opened", "bana": "became",
    "bani": "became", "bane": "became", "apnaya": "adopted", "dekha": "saw", "suna": "heard",
    "jaanta": "knows", "jaanti": "knows", "jaante": "know", "socha": "thought", "sochta": "thinks",
    "sochti": "thinks", "mila": "found", "mili": "found", "mile": "found", "pehchana": "identified",
    "dikhaya": "showed", "banaya": "made", "rakha": "kept", "rakhta": "keeps", "rakhti": "keeps",
    "roka": "stopped", "rokne": "stop", "toda": "broke", "todna": "break", "todne": "break", "khola": "opened",
    "kholna": "open", "kholne": "open", "badlega": "changes", "badlegi": "changes", "jeeta": "won",
    "jeeti": "won", "jeete": "won", "haara": "lost", "haari": "lost", "padha": "read", "padhi": "read",
    "padhe": "read", "padhna": "read", "padhne": "read", "rehti": "lived", "rahta": "lived", "bheje": "sent",
    "bhejna": "send", "bhejne": "send",
    # happening (Urdu spellings), taking place
    "huwa": "happened", "hoa": "happened", "huaa": "happened", "huye": "happened", "ghata": "took place",
    "ghati": "took place",
}
VERBS_ADD = {
    "told": "tell", "asked": "ask", "says": "say", "demanded": "demand", "demands": "demand", "wanted": "want",
    "write": "write", "does": "do", "do": "do", "gives": "give", "give": "give", "took": "take",
    "takes": "take", "take": "take", "went": "go", "reached": "reach", "fled": "flee", "entered": "enter",
    "ran over": "run over", "stabbed": "stab", "drove": "drive", "crashed": "crash", "fired": "fire",
    "saw": "see", "heard": "hear", "knows": "know", "know": "know", "thought": "think", "thinks": "think",
    "think": "think", "found": "find", "identified": "identify", "showed": "show", "made": "make",
    "became": "become", "kept": "keep", "keeps": "keep", "stopped": "stop", "broke": "break", "break": "break",
    "opened": "open", "open": "open", "changes": "change", "adopted": "adopt", "won": "win", "lost": "lose",
    "send": "send", "took place": "take place",
    # the joined verbs' English (``_JOINED``)
    "attacked": "attack", "murdered": "murder", "arrested": "arrest", "claimed": "claim",
    "claimed responsibility": "claim responsibility", "accepted": "accept",
    "converted to Islam": "convert to Islam", "shot": "shoot", "refused": "refuse", "allowed": "allow",
    "announced": "announce", "used": "use", "investigated": "investigate", "raided": "raid", "banned": "ban",
    "bans": "ban", "apologised": "apologise", "threatened": "threaten", "warned": "warn",
    "criticised": "criticise", "supported": "support", "opposed": "oppose", "introduced": "introduce",
    "passed": "pass", "rented": "rent", "found out": "find out", "started": "start", "began": "begin",
    "ended": "end", "talked": "talk", "met": "meet", "tried": "try", "works": "work", "had": "have",
    "has": "have", "needs": "need", "helped": "help", "helps": "help", "answered": "answer",
    "accused": "accuse", "injured": "injure", "released": "release",
}

# nouns: written in English by an idiom before the reading (see above), glossed here too
_NOUNS = {
    "sarkar": "government", "hukumat": "government", "qanoon": "law", "kanoon": "law", "qanun": "law",
    "kanun": "law", "qanoonon": "laws", "saboot": "evidence", "sabut": "evidence", "jasoosi": "spying",
    "jasusi": "spying", "jasoos": "spy", "ladai": "fight", "jhagda": "dispute", "jhagra": "dispute",
    "gaadi": "car", "gadi": "car", "gaari": "car", "gari": "car", "kiraya": "rent",
    "zimmedari": "responsibility", "zimmedaari": "responsibility", "jimmedari": "responsibility",
    "hamla": "attack", "hamle": "attack", "hamlay": "attack", "humla": "attack", "hamlawar": "attacker",
    "hamlavar": "attacker", "hamlawaron": "attackers", "hadsa": "incident", "ghatna": "incident",
    "vardat": "incident", "maqsad": "motive", "maksad": "motive", "pulis": "police", "afsar": "officer",
    "adhikari": "official", "kabza": "control", "khandaan": "family", "khandan": "family",
    "parivaar": "family", "parivar": "family", "gharwale": "family", "khabar": "news", "akhbar": "newspaper",
    "lekh": "article", "mazmoon": "article", "lekhak": "author", "sheershak": "headline", "unwan": "headline",
    "surkhi": "headline", "kahani": "story", "patrakar": "journalist", "sahafi": "journalist",
    "sandesh": "message", "paigham": "message", "raaz": "secret", "suraksha": "security",
    "hifazat": "protection", "khatra": "danger", "dhamki": "threat", "aatankwad": "terrorism",
    "dehshatgardi": "terrorism", "aatanki": "terrorist", "aatankwadi": "terrorist",
    "aatankwadiyon": "terrorists", "dehshatgard": "terrorist", "fauj": "army", "adalat": "court",
    "nyayadheesh": "judge", "mukadma": "case", "muqadma": "case", "jurm": "crime", "apradh": "crime",
    "mujrim": "criminal", "mulzim": "suspect", "saza": "sentence", "qaid": "prison", "jaanch": "investigation",
    "tahqiqat": "investigation", "gawah": "witness", "laash": "body", "maut": "death", "shaheed": "martyr",
    "bachche": "children", "aurat": "woman", "aadmi": "man", "mard": "man", "insaan": "person",
    "nagrik": "citizen", "awaam": "public", "neta": "leader", "mantri": "minister", "wazir": "minister",
    "rashtrapati": "President", "chunav": "election", "ummeedwar": "candidate", "desh": "country",
    "mulk": "country", "duniya": "world", "sansad": "Parliament", "pul": "bridge", "sadak": "road",
    "jagah": "place", "ghar": "home", "darwaza": "gate", "chaku": "knife", "chaaku": "knife",
    "chhuri": "knife", "churi": "knife", "bandook": "gun", "banduk": "gun", "goli": "bullet", "samay": "time",
    "waqt": "time", "ghanta": "hour", "ghante": "hours", "mahina": "month", "mahine": "months",
    "hafta": "week", "hafte": "weeks", "tareekh": "date", "tarikh": "date", "raat": "night",
    "subah": "morning", "shaam": "evening", "sawal": "question", "bayan": "statement", "bayaan": "statement",
    "wajah": "reason", "kaaran": "reason", "sabab": "reason", "daawa": "claim", "maang": "demand",
    "ijazat": "permission", "ijaazat": "permission", "hukm": "order", "aadesh": "order", "faisla": "decision",
    "pabandi": "ban", "maalik": "owner", "dharm": "religion", "mazhab": "religion", "masjid": "mosque",
    "musalman": "Muslim", "umar": "age", "umr": "age", "janm": "birth", "naukri": "job", "peedit": "victim",
    "istemaal": "use", "istemal": "use", "paise": "money", "biwi": "wife", "begum": "wife", "patni": "wife",
    "shauhar": "husband", "hathiyar": "weapon", "hathyar": "weapon", "afraad": "people", "afrad": "people",
    "tanzeem": "organisation", "tanzim": "organisation", "taalluq": "link", "taluq": "link", "talluq": "link",
}
# adjectives written in English as the nouns are, so that they go with them ("naye qanoon ke
# tehat": "under new law"); the first three are words of _HINDI already, their English kept
_ADJECTIVES = {
    "naya": "new", "nayi": "new", "naye": "new", "purana": "old", "purani": "old", "purane": "old",
    "pehla": "first", "pehli": "first", "pahla": "first", "pahli": "first", "aakhri": "last", "akhri": "last",
    "aakhiri": "last", "zakhmi": "injured", "ghayal": "injured", "zakhmiyon": "injured",
    "giraftaar": "arrested", "giraftar": "arrested", "girftar": "arrested", "islami": "Islamic",
    "amriki": "American", "amreeki": "American", "angrez": "British", "angrezi": "English",
    "videshi": "foreign", "khufia": "intelligence", "khufiya": "intelligence",
}
# other words: question words, adverbs, pronouns, conjunctions
_OTHER = {
    "kon": "who", "kinhone": "who", "kin": "which", "kaunsey": "which", "kidhar": "where", "kyoon": "why",
    "kese": "how", "kaisey": "how", "kaisay": "how", "kaisa": "how", "kaisi": "how", "kitnay": "how many",
    "kitney": "how many", "kia": "what", "bada": "big", "badi": "big", "chhota": "small", "chota": "small",
    "choti": "small", "aakhir": "finally", "akhir": "finally", "doosra": "other", "dusra": "other",
    "doosre": "other", "dusre": "other", "ek": "one", "dono": "both", "sabhi": "all", "saare": "all",
    "kuch": "anything", "zyada": "more", "jyada": "more", "sabse": "most", "bahut": "very", "bohot": "very",
    "bohat": "very", "mashhoor": "famous", "khatarnak": "dangerous", "zaroori": "necessary", "sahi": "right",
    "galat": "wrong", "ghalat": "wrong", "sach": "true", "akele": "alone", "akeli": "alone", "zinda": "alive",
    "amrika": "America", "shamil": "involved", "zimmedar": "responsible", "faraar": "on the run",
    "abhi": "now", "aaj": "today", "phir": "then", "fir": "then", "dobara": "again", "kabhi": "ever",
    "turant": "immediately", "yahan": "here", "wahan": "there", "kyunki": "because", "kyonki": "because",
    "kyuki": "because", "lekin": "but", "magar": "but", "isliye": "so", "kewal": "only", "shayad": "maybe",
    "kisi": "any", "usko": "him", "unko": "them", "unhe": "them", "isko": "this", "khud": "himself",
    "milta": "given", "milti": "given", "milega": "given", "chahiye": "needed", "chahie": "needed",
    "chaiye": "needed", "maloom": "known", "prakashit": "published", "chhapa": "published",
    "chapa": "published", "chhapi": "published",
}
# the words of the idioms' own, nobody types: a verb of two words joined (see above)
_JOINED = {
    "hamla-kiya": "attacked", "qatl-kiya": "murdered", "giraftaar-kiya": "arrested", "daawa-kiya": "claimed",
    "zimmedari-li": "claimed responsibility", "qubool-kiya": "accepted", "islam-qubool": "converted to Islam",
    "goli-maari": "shot", "chaku-maara": "stabbed", "inkaar-kiya": "refused", "ijazat-di": "allowed",
    "elaan-kiya": "announced", "istemaal-kiya": "used", "jaanch-ki": "investigated", "chhapa-maara": "raided",
    "pabandi-lagayi": "banned", "pabandi-lagayegi": "bans", "maafi-maangi": "apologised",
    "dhamki-di": "threatened", "chetavni-di": "warned", "aalochna-ki": "criticised",
    "samarthan-kiya": "supported", "virodh-kiya": "opposed", "pesh-kiya": "introduced", "paas-kiya": "passed",
    "kiraye-pe-li": "rented", "pata-chala": "found out", "shuru-kiya": "started", "shuru-hua": "began",
    "khatam-hua": "ended", "baat-ki": "talked", "mulaqat-ki": "met", "koshish-ki": "tried",
    "madad-ki": "helped", "madad-karta": "helps", "jawab-diya": "answered", "ilzaam-lagaya": "accused",
    "kaam-karta": "works", "paas-tha": "had", "paas-hai": "has", "zaroorat-hai": "needs",
    "zakhmi-kiya": "injured", "riha-kiya": "released",
}
# English verbs typed before "kiya" ("Rudd ne kya demand kiya?"), and their past; "<verb>-kiya"
# is the idioms' own word for the two
_ENGLISH_VERBS = {
    "attack": "attacked", "arrest": "arrested", "stab": "stabbed", "claim": "claimed", "demand": "demanded",
    "ban": "banned", "block": "blocked", "hack": "hacked", "unlock": "unlocked", "access": "accessed",
    "convert": "converted", "rent": "rented", "support": "supported", "oppose": "opposed",
    "criticise": "criticised", "announce": "announced", "investigate": "investigated", "warn": "warned",
    "refuse": "refused", "publish": "published", "report": "reported", "release": "released", "pass": "passed",
    "fire": "fired", "introduce": "introduced", "kill": "killed", "injure": "injured", "raid": "raided",
    "threaten": "threatened", "blame": "blamed", "accuse": "accused", "use": "used", "help": "helped",
    "call": "called", "direct": "directed", "tweet": "tweeted", "nominate": "nominated",
    "withdraw": "withdrew", "hire": "hired",
}


HINDI_ADD: dict[str, str] = {**_VERBS, **_NOUNS, **_ADJECTIVES, **_OTHER, **_JOINED,
                             **{f"{base}-kiya": past for base, past in _ENGLISH_VERBS.items()},
                             **{f"{base}-karta": third_person(base) for base in _ENGLISH_VERBS}}
for _w in ("naya", "nayi", "naye"):  # words of _HINDI already: written in English by an idiom only
    del HINDI_ADD[_w]
VERBS_ADD.update({past: base for base, past in _ENGLISH_VERBS.items() if past not in VERBS_ADD})
VERBS_ADD.update({third_person(base): base for base in _ENGLISH_VERBS})

NOUNS_ADD = frozenset(_NOUNS.values()) - {"police"}

PARTICLES_ADD = frozenset("""mei hein nay sey per gya gyi gye gai gae rha rhi rhe hota hoti hote hona mujhe hamein aap
    aapko zara plz ji sahab janab accha acha haan arre bataiye batayen batayein btao bataye kripya walon
    jis jisne jiske jiska jiski jinhone jisko jise waise yaani bilkul yar""".split())

POSTPOSITIONS_ADD = {
    "mutabiq": "according to", "mutabik": "according to", "mutaabiq": "according to",
    "anusaar": "according to", "anusar": "according to", "liye": "for", "khilaf": "against",
    "khilaaf": "against", "dauran": "during", "dauraan": "during", "tehat": "under", "tahat": "under",
    "andar": "within", "bahar": "outside", "upar": "on", "paas": "near", "samne": "in front of",
    "saamne": "in front of", "peeche": "behind", "beech": "between", "alawa": "besides",
    "ilawa": "besides", "bajaye": "instead of", "dwara": "by", "dvara": "by", "jariye": "through",
    "sath": "with", "bagair": "without", "baghair": "without", "taraf": "towards",
    "taraf-se": "from", "wajah-se": "because of", "se-pehle": "before", "in-mein": "in", "on-pe": "on",
}
# (a postposition is read as one before it is looked up in _HINDI; in HINDI_ADD too, it shows
# Hindi, as "saath" and "baad" do. "liye" is "for" after "ke", its most common use. The words
# with "-" are the idioms' own: "hamle se pehle" → "hamle se se-pehle" (before attack: "pehle"
# alone is "earlier" as often), "Andrew Marr show pe" → "Andrew Marr show on-pe" (on Andrew Marr
# show: "pe", "par", "mein" are left out, as particles, where no word as typed comes before them)
HINDI_ADD.update({w: en for w, en in POSTPOSITIONS_ADD.items() if "-" not in w})

# the new words that are words of English, or of a language read after Hindi (Spanish, Italian,
# Portuguese, French, German, Indonesian and Malay, Tagalog, Dutch, Turkish, Arabic in Latin
# letters ...) too: glossed in a question in Hindi but no sign of one
MARK_EXCLUDE = frozenset("""di dia li lia aye aya mile mili mila mangi bada badi kin kon pul pulis bayan tarikh
    khabar ek per nay zara plz ji yar haan acha arre fir sabab gari hoa masjid dono lena lega toda hafta
    hafte kanun qanoon mulk maut neta kabza akhbar sahafi wajah beech bahar andar upar islami
    amreeki chota dena dobara gai hein huwa unhe waise wazir chapa bana bani bane kisi sey deti
    maanga tanzeem""".split())

# ---------------------------------------------------------------------------------------------
# idioms, in the order they are read. A word of the idioms' own ("hamla-kiya") is one word: no
# later idiom reads a part of it (``_B``, ``_E``: no letter, "'" or "-" next to what it reads)
_B, _E = r"(?<![\w'’-])", r"(?![\w'’-])"
_WH = (r"(?:kab|kyun|kyon|kyu|kaise|kahan\s+se|kahaan\s+se|kahan|kahaan|kidhar|kisne|kisko|kis\s+din|"
       r"kitne|kitni|kya|nahi|nahin)")
_KIYA = r"(?:kiya|kia|kiye|kie|kar\s+diya|kar\s+di|kar\s+diye|kar\s+liya|kar\s+li|kari|kara)"
_KI_END = r"ki(?=\s*(?:[?.!,]|$|tha\b|thi\b|the\b|hai\b|hain\b|gayi\b|toh\b))"
_DID_F = rf"(?:{_KIYA}|{_KI_END})"  # "kiya", and "ki" ending the clause (a feminine noun's)
_ASK = r"(?:kab|kyun|kyon|kaise|kahan|kahaan|kisne)"
_GAYA = r"(?:gaya|gayi|gya|gyi|gai|gaye|gye|gae)"
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*"
# a letter of a phrase with no question word in it
_NO_WH = r"(?:(?!\b(?:kya|kaun|kab|kahan|kahaan|kaise|kyun|kyon|kitne|kitni|kitna|kis\w*|kaun\w*|kon\w*)\b)[^?.!,])"


def _joined(words: str, verb: str, token: str) -> tuple[str, str]:
    """An idiom joining ``words`` (a noun) and ``verb`` (a light verb) into ``token``, a question
    word or "nahi" between them put before it: "hamla kab kiya" → "kab hamla-kiya"."""
    return rf"{_B}(?:{words})\s+((?:{_WH}\s+)*)(?:{verb}){_E}", rf"\1{token}"


def _passive(words: str, verb: str, english: str) -> tuple[str, str]:
    """An idiom writing a passive in English, and "tha" (was): "Masood kab giraftaar hua?" →
    "Masood kab arrested tha?" → "when was Masood arrested?"."""
    return rf"{_B}(?:{words})\s+((?:{_ASK}\s+)?)(?:{verb}){_E}", rf"\1{english} tha"


def _english_kiya(m: re.Match) -> str:
    """"demand kiya" → "demand-kiya" (demanded), "unlock kyun nahi kiya" → "kyun nahi unlock-kiya"."""
    return f"{m.group(2) or ''}{m.group(1).lower()}-kiya"


def _english_present(m: re.Match) -> str:
    """"support karta hai" → "support-karta" (supports); "use karte hain" too ("uses": a verb's
    English is one word of the tables, and the base, "use", is a noun's English as well)."""
    return f"{m.group(2) or ''}{m.group(1).lower()}-karta"


def _english_passive(m: re.Match) -> str:
    """"attack kiya gaya" → "attacked tha" (was attacked)."""
    return f"{m.group(2) or ''}{_ENGLISH_VERBS[m.group(1).lower()]} tha"


_ENGLISH = "|".join(sorted(_ENGLISH_VERBS, key=len, reverse=True))

# "X ko kya karna chahiye?", "Kya police messages padh sakti hai?": the verbs before the modal
_MODAL_VERBS = {
    "karna": "do", "kar": "do", "dena": "give", "de": "give", "lena": "take", "le": "take",
    "padhna": "read", "padh": "read", "dekhna": "see", "dekh": "see", "rokna": "stop", "rok": "stop",
    "kholna": "open", "khol": "open", "batana": "tell", "bata": "tell", "pakadna": "catch",
    "pakad": "catch", "maangna": "demand", "maang": "demand", "jaanna": "know", "jaan": "know",
    "todna": "break", "tod": "break", "bhejna": "send", "bhej": "send", "likhna": "write",
    "likh": "write", "bolna": "say", "bol": "say", "kehna": "say", "keh": "say", "hona": "happen",
    "ho": "happen", "badalna": "change", "badal": "change",
}
_MODAL_WH = {"kya": "what", "kyun": "why", "kyon": "why", "kab": "when", "kaise": "how", "kahan": "where",
             "kahaan": "where", "kisko": "whom", "kise": "whom"}
_POST = (r"baad|se-pehle|dauran|mutabiq|mutabik|anusaar|tehat|bina|bagair|khilaf|khilaaf|saath|sath|"
         r"liye|zariye|jariye|dwara|wajah-se|taraf-se")


def _modal(m: re.Match) -> str:
    """"WhatsApp ko kya karna chahiye?" → "what should WhatsApp do?", "Kya police WhatsApp
    messages padh sakti hai?" → "can police read WhatsApp messages?": the question word, the
    modal, who (the words before the question word, less a phrase of a postposition opening them),
    the verb, then the rest (its Hindi read after; "toh", left out, parts the verb from it)."""
    modal = "can" if m.group("modal").lower().startswith("sak") else "should"
    english = m.group("english") or _MODAL_VERBS[m.group("verb").lower()]
    before = re.sub(r"^\s*(?:kya|toh)\s+", "", m.group("before").strip(), flags=re.I)
    rest = (m.group("rest") or "").strip()
    # a phrase of a postposition opening it goes last: "Naye qanoon ke tehat police" → "police"
    pp = re.match(rf"(.*?\b(?:{_POST})\b|.*?\bbaare\s+mein\b|.*?\bhisaab\s+se\b)\s+(.+)$", before, re.I)
    last = ""
    if pp and not re.search(r"\b(?:ko|ne|nay)\b", pp.group(1), re.I):
        last, before = pp.group(1), pp.group(2)
    who = re.match(rf"({_NAME}|[\w'’-]+(?:\s+wal[aei])?)(?:\s+(?:ko|ne|nay))?(?:\s+(.*))?$", before)
    if who is None:
        return m.group(0)
    rest = " ".join(x for x in (who.group(2), rest) if x)
    if english == "do" and rest and (m.group("wh") or "").lower() != "kya":
        # "jasoosi kar sakti": the noun before "kar" is what is done
        *rest_words, done = rest.split()
        english, rest = f"do {done}", " ".join(rest_words)
    wh = _MODAL_WH.get((m.group("wh") or "").lower(), "")
    nahi = " not" if m.group("nahi") else ""
    return " ".join(x for x in (wh, modal, who.group(1) + nahi, english, "toh", rest, "toh", last) if x)


_MODAL_VERB = (rf"(?:(?P<english>[a-z]+)\s+(?:kar|karna|karne)|(?P<verb>{'|'.join(_MODAL_VERBS)}))\s+"
               r"(?P<modal>sakta|sakti|sakte|chahiye|chahie|chaiye)(?:\s+(?:hai|hain|tha|thi|the))?(?![\w'’-])")
_MODAL_VERB_BASE = {"kaha": "say", "kahaa": "say", "bola": "say", "boli": "say", "bole": "say", "likha": "write",
                    "likhi": "write", "maara": "kill", "maari": "kill", "diya": "give", "kiya": "do",
                    "pakda": "catch", "bheja": "send", "bheji": "send"}


def _did(m: re.Match) -> str:
    """"Kya Trump ne Comey ko nikala?" → "did Trump fire toh Comey ko" (did Trump fire Comey?)."""
    verb = m.group("verb").lower()
    english = HINDI_ADD.get(verb)
    base = VERBS_ADD.get(english or "") or _MODAL_VERB_BASE.get(verb)
    obj = m.group("obj") or ""
    if base == "do" and re.search(r"(?<!\S)[a-z]{3,}$", obj) and obj.split()[-1] not in HINDI_ADD \
            and obj.split()[-1] not in PARTICLES_ADD:
        # "Kya IS ne Masood ko direct kiya?": the English verb typed before "kiya"
        *words, base = obj.split()
        obj = " ".join(words)
    if base is None:
        return m.group(0)
    return f"did {m.group('agent')} {base} toh {obj}{m.group('end')}"


def _does(m: re.Match) -> str:
    """"Kya sarkar WhatsApp par pabandi-lagayegi?" → "does sarkar ban toh WhatsApp par" (does the
    government ban WhatsApp?): a verb of the present ("-s") in a question of yes or no."""
    english = HINDI_ADD.get(m.group("verb").lower(), "")
    if not english.endswith("s") or english not in VERBS_ADD:
        return m.group(0)
    return f"does {m.group('agent')} {VERBS_ADD[english]} toh {m.group('obj') or ''}{m.group('end')}"


_INFINITIVES = {"padhne": "read", "kholne": "open", "rokne": "stop", "likhne": "write", "bhejne": "send",
                "todne": "break", "dene": "give", "lene": "take", "dekhne": "see", "pakadne": "catch",
                "maarne": "kill", "jaanne": "know"}


def _to_do(m: re.Match) -> str:
    """"messages padhne ke liye" → "to read messages" (its own "toh" on each side)."""
    return f"toh to {_INFINITIVES[m.group(2).lower()]} {m.group(1)} toh"


def _front_place(m: re.Match) -> str:
    """"Bridge on-pe hamla kaise ghata" → "toh hamla kaise ghata toh Bridge on-pe": a place opening
    the question goes last, as the first word as typed is read as the verb's subject."""
    rest, aux = _aux(m.group("rest"))
    return f"toh {rest} toh {m.group('pp')}{aux}"


def _aux(words: str) -> tuple[str, str]:
    """``words`` less the "tha", "thi", "the", "hai" or "hain" ending them, and that word (which
    goes last: "the" before a word would be English)."""
    m = re.match(r"(.*?)((?:\s+(?:tha|thi|the|hai|hain))*)\s*$", words, re.I | re.S)
    return m.group(1), m.group(2)


_POST_ENGLISH = {"tehat": "under", "tahat": "under", "khilaf": "against", "khilaaf": "against", "saath": "with",
                 "sath": "with", "baad": "after", "dauran": "during", "liye": "for", "zariye": "through",
                 "jariye": "through", "bina": "without", "bagair": "without", "upar": "on", "andar": "in",
                 "pe": "on", "par": "on", "per": "on", "mein": "in", "me": "in"}


def _which_post(m: re.Match) -> str:
    """"kis qanoon ke tehat warrant milta hai" → "kis qanoon warrant milta under hai" (which law is
    a warrant given under?): the question word goes first, so its preposition goes last."""
    rest, aux = _aux(m.group("rest"))
    return f"{m.group('wh')} {m.group('n')}{rest} toh {_POST_ENGLISH[m.group('p').lower()]}{aux}"


def _owner(m: re.Match) -> str:
    """"Masood ke family ne" → "Masood's Family ne": an agent that is owned is one subject, as a
    name of several words is (only a name of capitals is read as one)."""
    return f"{m.group(1)}'s {m.group(2)[:1].upper()}{m.group(2)[1:]} "


def _plural_passive(m: re.Match) -> str:
    """"kitne log arrested tha" → "how many log were arrested"."""
    return f"how many {m.group('rest')} were {m.group('pp')} toh {m.group('pre')}"


_IDIOMS = [
    # spellings
    (r"\bth(?:aa|ay|ey)\b", "tha"), (r"\bthein\b", "thi"), (r"\b(?-i:kay)\b", "ke"),
    (r"\b(?-i:hay)(?=\s*(?:[?.!,]|$))", "hai"),
    (r"\b(?:baa?r[ae]y?)\s+m(?:ein|ei|ai|e|en|ain|ay)\b", "baare mein"), (r"\bmutall?iq\b", "baare mein"),
    (r"\bhisab\s+se\b", "hisaab se"), (r"\b(k[ei])\s+bad\b", r"\1 baad"),
    (r"\bkis\s+ne\b", "kisne"), (r"\bkis\s+ko\b", "kisko"), (r"\bkis\s+k([aie])\b", r"kisk\1"),
    (r"\b(?:kin|kinhon|kinho)\s+ne\b", "kinhone"), (r"\bkis\s+(?:liye|liey|lie)\b", "kyun"),
    (r"\bkis\s+tarah\b", "kaise"), (r"\b(?:kaun|kon|koun)\s*-?\s*s(?:a|i|e|ay|ey)\b", "kaunsa"),
    (r"\bkya\s+kya\b", "kya"), (r"\bkaun\s+kaun\b", "kaun"),
    (r"\bkia(?=\s*(?:[?.!,]|$|tha\b|thi\b|the\b|hai\b|hain\b|gaya\b|gayi\b))", "kiya"),
    (r"\bkis(?:ke|ki|ka)\s+(?:saath|sath)\b", "kisko saath"),
    (r"\b(?:ki|ke)\s+taraf\s+se\b", "ke taraf-se"),
    (r"\b(?:ki|ke)\s+(?:wajah|vajah|wajeh|waja|karan|kaaran|sabab)\s+se\b", "ke wajah-se"),
    (r"\s+(?:karne|krne)(?=\s+(?:se|ke)\s+(?:pehle|pahle|baad|bad)\b)", ""),
    (r"\b(?:se|ke)\s+(?:pehle|pahle|pehley)\b", "se se-pehle"), (r"\bke\s+(?:waqt|samay)\b", "ke dauran"),
    (r"\bhamla\s+awar\b", "hamlawar"), (r"\s+(?:par|pe|per)\s+(?=(?:pabandi|paabandi)\b)", " "),
    (r"\b(?:karta|karti|karte)\s+(tha|thi|the)\b", r"kiya \1"), (r"\b(?:deta|deti|dete)\s+(tha|thi|the)\b", r"diya \1"),
    (r"\b(?:kehta|kehti|kahta|kahti|bolta|bolti)\s+(tha|thi|the)\b", r"kaha \1"),
    (r"\b((?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+ko\b", r"\1 on-pe"),
    (r"^(.*?)\s*\bkahan\s+k[aie]\s+(?:rehne|rahne)\s+wal[aie]\s+(?:tha|thi|the)\b", r"where was toh \1 from"),
    (r"^(.*?)\s*\bkahan\s+k[aie]\s+(?:rehne|rahne)\s+wal[aie]\s+(?:hai|hain)\b", r"where is toh \1 from"),
    # "Masood ke paas kaunsa hathiyar tha?": which weapon did Masood have?
    (r"\b(?:ke|k)\s+paas\s+((?:kya|kaunsa|kaunsi|kaunse|konsa|konsi|konse|kitne|kitna|kitni)\b.*?)\s*"
     r"\b(?:tha|thi|the)\b", r"ne \1 paas-tha"),
    (r"\b(?:ke|k)\s+paas\s+((?:kya|kaunsa|kaunsi|kaunse|konsa|konsi|konse|kitne|kitna|kitni)\b.*?)\s*"
     r"\b(?:hai|hain)\b", r"ne \1 paas-hai"),
    (r"\bko\s+([^?.!,]*?)\b(kya|kitne|kitni|kitna|kaunsa|kaunsi|kaunse)\s+(?:chahiye|chahie|chaiye)\b",
     r"ko \1\2 zaroorat-hai"),
    (r"\b(?!(?:ko|ne|ke|ki|ka|se|mein|pe|par)\b)([\w'’-]+)\s+(padhne|kholne|rokne|likhne|bhejne|todne|dene|lene|"
     r"dekhne|pakadne|maarne|jaanne)\s+(?:ke\s+)?(?:liye|lie)\b", _to_do),
    (r"\bgh?ar\s*wal(?:e|on|o)\b", "family"),
    (r"\bkitne\s+police\s*wal(?:e|on)\b", "kitne policemen"),
    (r"\bpolice\s*wal(?:a|e|on)\b", "policeman"), (r"\bpolice\s*wali\b", "policewoman"),
    (r"\bkiraa?ye\s+(?:ki|ka|ke)\b", "rented"),
    (r"\b(?:aa?khir|aakhir|akhir)\s+m(?:ein|ei|ai|e)\b", "in the end toh"),
    (r"\bsach\s+m(?:ein|ei|e)\b", "really"), (r"\basal\s+m(?:ein|ei|e)\b", "actually"),
    (r"\bis\s+liye\b", "isliye"), (r"\bkuch\s+(?:nahi|nahin)\b", "nothing"), (r"\bkisi\s+ko\b", "anyone"),
    (r"\bek\s+(?:doosre|dusre)\b", "each other"), (r"\bjab\b", "when"),
    (r"\b(?:grih|grah|griha)\s+mantri\b", "Home Secretary"),
    (r"\bwazir[\s-]*e[\s-]*dakh(?:i)?la\b", "Home Secretary"), (r"\bwazire\s+dakh(?:i)?la\b", "Home Secretary"),
    (r"\bpradhan\s*mantri\b", "Prime Minister"),
    (r"\bwazir[\s-]*e[\s-]*azam\b", "Prime Minister"), (r"\bwazire\s+azam\b", "Prime Minister"),
    (r"\bTV\s+show\b", "show"), (r"\bkitne\s+(?:paise|paisa|pese|rupaye|rupay)\b", "kitna paise"),
    (r"\b(?!(?:ko|ne|ke|ki|ka|se|mein|pe|par)\b)([\w'’-]+)\s+([a-z]+)\s+(?:karne|krne)\s+(?:ke\s+)?(?:liye|lie)\b",
     r"toh to \2 \1 toh"),
    # "Rudd ne WhatsApp se kya maanga?": what did Rudd demand from WhatsApp?
    (rf"(?:(?<=\bne\s)|(?<=\bnay\s))({_NAME})\s+se\s+(?=(?:(?:kya|kab|kyun|kaise|kitne|kitna)\s+)?"
     r"(?:maanga|maangi|manga|mangi|liya|li|lia|mila|mili|mile|chahti|chahta|chahte|chaahti|chaahta)\b)",
     r"from \1 toh "),
    # "Is article ka ...": "is" opening a question in Hindi before a word in small letters is "this"
    (r"^(\s*)(?-i:Is)(?=\s+(?-i:[a-z]))", r"\1is"),
    (r"\b(?:kis|kaunsi|konsi)\s+(?:cheez\s+|baat\s+)?(?:ke\s+)?baare\s+mein\b", "kya baare mein"),
    (r"\b(?P<wh>kis|kaunsa|kaunsi|kaunse|konsa|konsi|konse|kin|kitne|kitni|kitna|kitnay)\s+(?P<n>[\w'’-]+)\s+"
     r"(?:k[aie]\s+)?"
     rf"(?P<p>tehat|tahat|khilaf|khilaaf|saath|sath|baad|dauran|liye|zariye|jariye|bina|bagair|upar|andar|pe|par|"
     r"per|mein|me)\b(?P<rest>[^?.!,]*)", _which_post),
    # a phrase of time or cause opening the question goes last ("toh", left out, keeps "kya" from
    # being first, where it asks yes or no)
    # (not a phrase holding the verb's subject: "Rudd ne WhatsApp ke baare mein ... kya bola")
    (rf"^(?!\s*kya\b)(?![^?.!,]*\b(?:ne|nay)\b[^?.!,]*\b(?:baad|mutabiq|mutabik|anusaar|baare)\b)"
     rf"\s*(?P<pp>{_NO_WH}*?\b(?:baad|se-pehle|dauran|dauraan|wajah-se|mutabiq|mutabik|anusaar)"
     rf"|{_NO_WH}*?\bhisaab\s+se|{_NO_WH}*?\bbaare\s+mein)\s+(?P<rest>[^?.!,]+?)\s*(?=[?.!,]|$)",
     r"toh \g<rest> toh \g<pp>"),
    # asking with words of English: put first
    (r"^\s*(?:toh\s+)?(.+?)\s+(?:kitne|kitnay|kitney)\s+(?:saal|sal|baras|varsh)\s+(?:ka|ki|ke|k)\s+(?:tha|thi|the)\b",
     r"how old was toh \1"),
    (r"^\s*(?:toh\s+)?(.+?)\s+(?:kitne|kitnay|kitney)\s+(?:saal|sal|baras|varsh)\s+(?:ka|ki|ke|k)\s+(?:hai|hain)\b",
     r"how old is toh \1"),
    (r"\b(?:umar|umr|umra|umer)\s+kitni\b", "umar kya"),
    (r"^\s*(.*?)\s*\b(?:kitne|kitnay)\s+saal\s+ki\s+(?:umar|umr|umra|age)\s+m(?:ein|e|ai)\b", r"at what age toh \1"),
    (r"^\s*(.*?)\s*\b(?:kitne|kitnay|kitney)\s+baje\b", r"what time toh \1"),
    (r"^\s*(.*?)\s*\bkis\s+(?:waqt|samay|time|waqat)\b", r"what time toh \1"),
    (r"^\s*(.*?)\s*\b(?:kitni\s+der|kitne\s+(?:samay|time|waqt))(?:\s+(?:tak|se))?\b", r"how long toh \1"),
    (r"^\s*(.*?)\s*\bkab\s+tak\b", r"until when toh \1"),
    # "Kya Masood akela tha?": was Masood alone?
    (r"^\s*kya\s+(.+?)\s+(akela|akele|akeli|zakhmi|ghayal|zinda|giraftaar|giraftar|shamil|shaamil|zimmedar|"
     r"zimmedaar|musalman|muslim|british|sach|sahi|galat|involved|alone|responsible|armed)\s+(?:tha|thi|the)\b",
     r"was \1 \2"),
    (r"^\s*kya\s+(.+?)\s+(akela|akele|akeli|zakhmi|ghayal|zinda|giraftaar|giraftar|shamil|shaamil|zimmedar|"
     r"zimmedaar|musalman|muslim|british|sach|sahi|galat|involved|alone|responsible|armed)\s+(?:hai|hain)\b",
     r"is \1 \2"),
    # modals
    (r"^\s*(?P<before>.+?)\s+(?P<wh>kya|kyun|kyon|kab|kaise|kahan|kahaan|kisko|kise)\s+"
     r"(?:(?P<rest>.*?)\s+)??(?P<nahi>(?:nahi|nahin)\s+)?" + _MODAL_VERB, _modal),
    (r"^\s*(?P<before>kya\s+(?P<wh>)\S+.*?)\s+(?:(?P<rest>)\s*)?(?P<nahi>(?:nahi|nahin)\s+)?" + _MODAL_VERB, _modal),
    # passives: the participle and "tha" (was)
    _passive(r"goli", r"maar\s+(?:di|dee|diya)\s+(?:gayi|gai|gyi|gaya|gya)|(?:maari|mari|chalayi)\s+(?:gayi|gai|gyi|"
             r"gaya|gya)|lagi|lagee|lagii", "shot"),
    _passive(r"(?:chaku|chaaku|chakoo|chhuri|churi)(?:\s+se)?", r"(?:maara|mara|maari|ghopa|maar\s+diya)\s+"
             r"(?:gaya|gayi|gya|gyi|gai)", "stabbed"),
    (r"\bmar\s+(?:gaya|gayi|gaye|gya|gyi|gye|gai|gae)\b", "mara"),
    (r"\b(?:maar|mar)\s+(?:diya|diye|di|dia)\s+" + _GAYA + r"\b", "killed tha"),
    (r"\b(?:maara|mara|maari|mari|maare|mare)\s+" + _GAYA + r"\b", "killed tha"),
    (r"\b(?:ki|ke)\s+(?:maut|mout|mrityu|jaan)\s+(?:hui|hoi|ho\s+gayi|ho\s+gai|gayi|gai|chali\s+gayi)\b", " mare"),
    (r"\b(?:maut|mout|mrityu)\s+((?:kab|kyun|kaise|kahan)\s+)?(?:hui|hoi|ho\s+gayi|ho\s+gai)\b", r"\1mara"),
    _passive(r"giraftaar|giraftar|girftar|girftaar|griftar|arrest", r"hua|hui|huwa|huaa|hue|huye|ho\s+gaye|"
             r"(?:kiya|ki|kiye)\s+" + _GAYA + r"|ho\s+gaya|ho\s+gayi", "arrested"),
    _passive(r"pakda|pakdi|pakra|pakri|pakde|pakre", _GAYA, "caught"),
    _passive(r"zakhmi|ghayal|zakhmee|jakhmi", r"hua|hui|huwa|hue|huye|huwe|ho\s+gaya|ho\s+gayi|ho\s+gaye", "injured"),
    _passive(r"paida|paidaa|janm|janam", r"hua|hui|huwa|huye|hue", "born"),
    (r"\b(?:chhapa|chapa|chhaapa)\s+(?:maara|mara|maari|mari)\b", "chhapa-maara"),
    (rf"{_B}(?:chhapa|chapa|chhapi|chapi|chhape|chape)(?:\s+(?:tha|thi|the))?{_E}", "published tha"),
    _passive(r"prakashit", r"hua|hui|kiya\s+gaya|ki\s+gayi", "published"),
    _passive(r"likha|likhi|likhe", _GAYA, "written"),
    _passive(r"paas|pass", r"hua|hui|kiya\s+gaya", "passed"),
    _passive(r"istemaal|istemal|istamal|use", r"hua|hui|kiya\s+gaya|ki\s+gayi", "used"),
    _passive(r"bheja|bheji|bheje", _GAYA, "sent"),
    _passive(r"nikala|nikali|nikale", _GAYA, "fired"),
    _passive(r"halaak|halak|hilak", r"hua|hui|hue|huye|huwe|ho\s+gaye|kiya\s+gaya|kiye\s+gaye", "killed"),
    (rf"{_B}({_ENGLISH})\s+((?:{_ASK}\s+)?)(?:kiya|kia|ki|kiye)\s+{_GAYA}{_E}", _english_passive),
    # "kitne log arrested tha": how many people were arrested
    (r"^\s*(?:toh\s+)?(?P<pre>.*?)\s*\b(?:kitne|kitnay|kitney|kitni)\s+(?P<rest>.+?)\s+"
     r"(?P<pp>killed|injured|arrested|caught|shot|stabbed)\s+tha\b", _plural_passive),
    # two words, one verb
    (r"\b(hamla|humla|hamlaa|attack|hadsa|haadsa|ghatna|vardat|wardaat)((?:\s+(?:kab|kahan|kahaan|"
     r"kis\s+din|kaise|kyun))*)\s+(?:hua|huwa|hoa|huaa)\b", r"\1\2 ghata"),
    _joined(r"islam", r"(?:qubool|kubool|kabool|qabool|qabul|kabul|accept)\s+" + _DID_F, "islam-qubool"),
    _joined(r"musalman|musalmaan|muslim", r"bana|bani|bane|ban\s+gaya|ban\s+gayi|hua|hui", "islam-qubool"),
    _joined(r"hamla|humla|hamlaa|hamle", _KIYA, "hamla-kiya"),
    _joined(r"qatl|katl|qatal|katal|khoon|khun", _KIYA, "qatl-kiya"),
    _joined(r"giraftaar|giraftar|girftar|girftaar|griftar", _KIYA, "giraftaar-kiya"),
    (rf"{_B}([\w'’-]+)\s+k[ie]\s+(?:zimmedari|zimmedaari|jimmedari|zimmewari|zimmadari)\s+((?:{_WH}\s+)*)"
     rf"(?:li\s+thi|li|lii|liya|lia|le\s+li|(?:qubool|kabool|kubool)\s+{_DID_F}){_E}", r"\2zimmedari-li for \1"),
    _joined(r"zimmedari|zimmedaari|jimmedari|zimmewari|zimmadari",
            r"li\s+thi|li|lii|liya|lia|le\s+li|(?:qubool|kabool|kubool)\s+" + _DID_F, "zimmedari-li"),
    _joined(r"daawa|dawa|daava|claim", _DID_F, "daawa-kiya"),
    _joined(r"qubool|kubool|kabool|qabool|qabul", _DID_F, "qubool-kiya"),
    _joined(r"goli|goliyan|goliyaan", r"maari|mari|maar\s+di|maar\s+dee|maar\s+diya|chalayi|chalai|chalaayi|"
            r"chalaai|chalaya|maare|chalayin", "goli-maari"),
    _joined(r"(?:chaku|chaaku|chakoo|chhuri|churi|chhura)(?:\s+se)?", r"maara|mara|maari|ghopa|ghonpa|"
            r"maar\s+diya|maare", "chaku-maara"),
    _joined(r"inkaar|inkar|mana|manaa", _DID_F, "inkaar-kiya"),
    _joined(r"ijazat|ijaazat|izazat|anumati|permission", r"di|de\s+di|dee|diya|dii", "ijazat-di"),
    _joined(r"elaan|ailaan|ilaan|ghoshna|ghoshit", _DID_F, "elaan-kiya"),
    _joined(r"istemaal|istemal|istamal|upyog", _DID_F, "istemaal-kiya"),
    _joined(r"jaanch|janch|tahqiqat|tehqiqat|tafteesh", _DID_F, "jaanch-ki"),
    _joined(r"chhapa|chapa|chhaapa|talaashi|talashi|raid", r"maara|mara|maari|mari|li|lii|liya|" + _DID_F,
            "chhapa-maara"),
    _joined(r"pabandi|paabandi|pratibandh", r"lagayi|lagai|lagaya|laga\s+di|laga\s+diya", "pabandi-lagayi"),
    _joined(r"pabandi|paabandi|pratibandh", r"lagayegi|lagayega|lagaegi|lagaega|lagayenge|lagaenge",
            "pabandi-lagayegi"),
    _joined(r"maafi|mafi", r"maangi|mangi|maang\s+li", "maafi-maangi"),
    _joined(r"dhamki|dhamkee|dhamkiyan", r"di|dee|diya|dii|de\s+di", "dhamki-di"),
    _joined(r"chetavni|chetawani|warning", r"di|dee|diya|dii|de\s+di", "chetavni-di"),
    _joined(r"aalochna|alochna|tanqeed|tanqid", _DID_F, "aalochna-ki"),
    _joined(r"samarthan|himayat|himaayat", _DID_F, "samarthan-kiya"),
    _joined(r"virodh|mukhalifat", _DID_F, "virodh-kiya"),
    _joined(r"pesh", _DID_F, "pesh-kiya"),
    _joined(r"paas|manzoor|manzur", _DID_F, "paas-kiya"),
    _joined(r"(?:kiraa?ye|rent)\s+(?:pe|par|per)", r"li\s+thi|li|lii|liya|lia|le\s+li", "kiraye-pe-li"),
    _joined(r"pata", r"chala|chali|chale|laga|lagaya|lagi", "pata-chala"),
    _joined(r"shuru", r"hua|hui|huwa|hue", "shuru-hua"),
    _joined(r"shuru", _DID_F, "shuru-kiya"),
    _joined(r"khatam|khatm", r"hua|hui|huwa|hue|" + _DID_F, "khatam-hua"),
    _joined(r"baat|baatcheet|guftagu", _DID_F, "baat-ki"),
    _joined(r"mulaqat|mulakat|mulaqaat", _DID_F, "mulaqat-ki"),
    _joined(r"koshish|koshis", _DID_F, "koshish-ki"),
    _joined(r"madad|madat", _DID_F, "madad-ki"),
    _joined(r"madad|madat", r"karta|karti|karte", "madad-karta"),
    _joined(r"kaam", r"karta|karti|karte", "kaam-karta"),
    _joined(r"jawab|jawaab|javab", r"diya|di|dia|diye", "jawab-diya"),
    _joined(r"bayan|bayaan|bayanaat", r"diya|di|dia|diye|jaari\s+kiya|jari\s+kiya", "bola"),
    _joined(r"ilzaam|ilzam|aarop|arop", r"lagaya|lagayi|lagai|lagaye", "ilzaam-lagaya"),
    _joined(r"zakhmi|ghayal|zakhmee|jakhmi", _KIYA, "zakhmi-kiya"),
    _joined(r"riha|rihaa", _DID_F, "riha-kiya"),
    (rf"{_B}({_ENGLISH})\s+((?:{_WH}\s+)*)(?:{_DID_F}){_E}", _english_kiya),
    (rf"{_B}({_ENGLISH})\s+((?:{_WH}\s+)*)(karta|karti|karte|karega|karegi|karenge){_E}", _english_present),
    (r"\bmaar\s+(?:diya|di|dia|diye|dala|daala|daali|dali|daale)\b", "maara"),
    # "pata chala ki ...": what was found out is said after the question
    (r"(?<![\w'’-])(pata-chala|bataya|batayi)\s+ki\b", r"\1, that"),
    (r"^(?!\s*kya\b)\s*(.+?)\s+(tha|thi|the|hai|hain)\s+kya\s*(?=[?.!]|$)", r"kya \1 \2"),
    (rf"^\s*kya\s+({_NAME})\s+k[aie]\s+(.+?)\s+(?:tha|thi|the)\s*(?=[?.!]|$)", r"did \1 have toh \2"),
    (rf"^\s*kya\s+({_NAME})\s+k[aie]\s+(.+?)\s+(?:hai|hain)\s*(?=[?.!]|$)", r"does \1 have toh \2"),
    # "Kya Rudd ne kaha ki ...?", "Kya police ko saboot mila ki ...?", "Kya Trump ne Comey ko nikala?"
    (rf"^\s*kya\s+({_NAME}|[\w'’-]+)\s+(?:ne|nay)\s+(?:(.+?)\s+)?(?:kaha|kahaa|bola|boli|bataya)\s+ki\b",
     r"did \1 say toh \2, that"),
    (rf"^\s*kya\s+({_NAME}|[\w'’-]+)\s+ko\s+(.+?)\s+(?:mila|mili|mile)\b", r"did \1 find toh \2"),
    (r"^\s*kya\s+(.+?)\s+koi\s+((?:(?!\b(?:ki|ne|ko|ka|ke)\b)[^?.!,])+?)\s+(?:tha|thi|the)\s*(?=[?.!]|$)",
     r"was there any \2 toh \1"),
    (r"^\s*kya\s+(.+?)\s+koi\s+((?:(?!\b(?:ki|ne|ko|ka|ke)\b)[^?.!,])+?)\s+(?:hai|hain)\s*(?=[?.!]|$)",
     r"is there any \2 toh \1"),
    (rf"\s+ki\s+(?=(?:{_NAME}|[\w'’-]+)\s+(?:ne|nay)\b)", ", that "),
    (rf"^\s*kya\s+(?P<agent>{_NAME}|[\w'’-]+)\s+(?:ne|nay)\s+(?:(?P<obj>.+?)\s+)?(?P<verb>[\w'’-]+)"
     r"(?P<end>\s*(?:tha|thi|the)?\s*(?:[?.!]|$))", _did),
    (rf"^\s*kya\s+(?P<agent>{_NAME}|[\w'’-]+)\s+(?:(?P<obj>.+?)\s+)?(?P<verb>[\w'’-]+)(?:\s+(?:hai|hain))?"
     r"(?P<end>\s*(?:[?.!]|$))", _does),
    # "Kaunsi party ne election jeeta?": which party won the election?
    (r"^\s*(?:kaunsa|kaunsi|kaunse|konsa|konsi|konse|kis|kin)\s+(?P<n>[\w'’-]+)\s+(?:ne|nay)\s+(?P<obj>.+?)\s+"
     r"(?P<v>[\w'’-]+)(?P<end>(?:\s+(?:tha|thi|the|hai|hain))?\s*(?:[?.!]|$))",
     r"which \g<n> \g<v> toh \g<obj>\g<end>"),
    # pronouns that are a verb's subject, written in English
    (r"\b(?:usne|usnay|usnei|us\s+ne)\b", "he"),
    (r"\b(?:unhone|unhon\s+ne|unhonne|unhon\s+nay|unho\s+ne|inhone|inhon\s+ne)\b", "they"),
    # nouns and adjectives, written in English (see above): a name too ("Umar") only in small letters
    *[(_B + (f"(?-i:{word})" if word == "umar" else word) + _E, english)
      for word, english in {**_NOUNS, **_ADJECTIVES}.items()],
    # "mein", "pe", "par" after a word as typed (a name, or a noun written in English above): "in", "on"
    (r"(?<=[A-Za-z0-9])(?<!\bbaare)(?<!\bke)(?<!\bki)(?<!\bka)(?<!\bne)(?<!\bko)(?<!\bse)(?<!\bkya)"
     r"\s+(?:mein|mei|mai)\b", " in-mein"),
    (r"(?<=[A-Za-z0-9])(?<!\bke)(?<!\bki)(?<!\bka)(?<!\bne)(?<!\bko)(?<!\bse)(?<!\bkya)\s+(?:pe|par|per|pay)\b",
     " on-pe"),
    (rf"^(?!\s*(?:kya|toh)\b)\s*(?P<pp>{_NO_WH}*?\s(?:in-mein|on-pe))\s+(?P<rest>[^?.!,]+?)\s*(?=[?.!,]|$)",
     _front_place),
    # an owned agent: "Masood ke family ne" → "Masood's Family ne"
    (rf"\b({_NAME})\s+k[aie]\s+([\w'’-]+)\s+(?=(?:ne|nay)\b)", _owner),
]
IDIOMS = Idioms(_IDIOMS)
