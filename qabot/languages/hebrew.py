"""Hebrew mixed into English questions, read in English.

Israelis type the frame of a question in Hebrew and the story's names and things in English, in
Latin letters as chat spells them ("mi amar that WhatsApp is a secret place?", "ben kama haya
ha-attacker?", "eize mechonit Masood sachar?") or in Hebrew script ("מי כתב את הכתבה?"), often both
in one chat. Chat spells one sound several ways ("mechabel", "mehabel"; "eize", "eyze", "eizeh"), so
the common spellings are listed as typed. Hebrew joins the article ha-, "and" ve-/u-, "in" be-/ba-,
"to" le-/la-, "from" me-/mi- and "that" she- to the next word, with a hyphen or without: the common
joined forms are listed, and a prefix typed with a hyphen (or joined to a name: "baWhatsApp") is
split off by the idioms ("ha-attacker" → "the attacker"). Hebrew has no present "is" ("mi
ha-mechabel?", who the attacker: ``code_mixed`` adds it), marks its object with "et" (left out),
puts an adjective and an owner after the noun ("ha-mechonit ha-skura": the rented car, "ha-hodaa
shelo": his message) and asks with the question word first, its subject before or after the verb
("ma amra Rudd", "ma Rudd amra"), which ``_hebrew_order`` puts in English order. What a passage must
tell (``events_asked``: an owner, a make, a criminal record, how it ended, a response ...) is glossed
into the English words it knows ("mi ha-ba'alim shel WhatsApp" → "who owns WhatsApp").
"""
from __future__ import annotations

import re

from . import Idioms, Language

# -- idioms ----------------------------------------------------------------------------------

# the prefixes typed with a hyphen (or the maqaf "־") before any word, a Hebrew one or an English one
_PREFIXES = {"ha": "the", "ba": "in the", "be": "in", "bi": "in", "la": "to the", "le": "to", "li": "to",
             "ve": "and", "va": "and", "u": "and", "mi": "from", "me": "from", "she": "that", "sh": "that",
             "ke": "like", "ka": "like the", "keshe": "when", "veha": "and the", "sheha": "that the",
             "meha": "from the", "miha": "from the", "uva": "and in the", "shel": "of"}
# and in Hebrew script, joined to a word typed in Latin letters ("ה-FBI", "בWhatsApp")
_SCRIPT_PREFIXES = {"ה": "the", "ב": "in", "ל": "to", "מ": "from", "ש": "that", "ו": "and", "וה": "and the",
                    "שה": "that the", "של": "of", "וב": "and in", "מה": "from the"}


def _prefix(m: re.Match) -> str:
    """A prefix split off its word ("ha-attacker": the attacker, "ba-WhatsApp": in WhatsApp, but
    "la-FBI": to the FBI); a word that is one of ours whole ("la-azor", la'azor: to help) is joined
    instead. A capital is a prefix only opening the question ("Ha-mechabel ..."), as "La-Z-Boy" and
    "Ha-aretz" are names."""
    prefix, word = m.group(1), m.group(2)
    if (prefix + word).lower() in _HEBREW:
        return prefix + word
    if prefix.lower() not in _PREFIXES or not (prefix.islower() or not m.string[:m.start()].strip()):
        return m.group(0)
    english = _PREFIXES[prefix.lower()]
    if word[:1].isupper() and not word.isupper() and english.endswith(" the"):
        english = english[:-4]
    return english + " " + word


def _shared_before_prefix(m: re.Match) -> str:
    """A word shared with English before a prefixed word ("im ha-shoter": with the officer) is
    glossed here, as the prefix split off is English by the time ``_glossed`` looks at what follows."""
    return _HEBREW[m.group(1).lower()] + " "


def _copula(m: re.Match) -> str:
    """"hu", "hi", "ze" between a name and what it is is "is" ("WhatsApp ze makom sodi": WhatsApp is a
    secret place); before a verb it repeats the subject, and is left out ("Rudd hi amra": Rudd said)."""
    after = m.group(3).lower()
    english = _HEBREW.get(after, "")
    if after == "lo" or english in _BASE or english.split(" ")[0] in ("was", "were", "will", "can", "must"):
        return f"{m.group(1)} {m.group(3)}"
    return f"{m.group(1)} is {m.group(3)}"


def _verb_object(m: re.Match) -> str:
    """A verb's preposition that English has not ("azar la-FBI": helped the FBI, "hishtamesh
    ba-WhatsApp": used WhatsApp, "yara ba-mechabel": shot the attacker)."""
    the = m.group(2).lower() in ("ba", "la") and not re.match(r"(?-i:[A-Z][a-z])", m.string[m.end():])
    return m.group(1) + (" the " if the else " ")


_COPULA = {"mi": "who", "ma": "what", "hu": "is", "hi": "is", "hem": "are", "hen": "are"}
_PRONOUN = {"lo": "him", "la": "her", "lahem": "them", "li": "me"}
_OWNED = {"shmo": "his name", "shma": "her name", "shmah": "her name", "gilo": "his age", "gila": "her age"}
_HEBREW_IDIOMS = Idioms([
    # words of talk, with nothing asked: greetings, "tell me", "do you know", "I want to know"
    (r"^\s*(?:hi|hey|shalom|ahalan|ahlan)\s*[,!.]+\s*|\bma\s+(?:nishma|koreh|kore|ha-?matzav)\b[,!]?", ""),
    (r"\b(?:tagid(?:i|u)?)\s+li\b|\b(?:ata\s+yodea|at\s+yoda['’]?at|atem\s+yod['’]?im)\b(?:\s+(?:im|she-?))?", ""),
    (r"\b(?:ani\s+)?(?:rotze|rotza|rotse|rotsa|rotzah)\s+lada['’]?at\b(?:\s+she-?)?|\befshar\s+lada['’]?at\b|"
     r"\bmeanyen\s+oti\b|\b(?:ha){2,}\b|\bha\s+ha\b|^\s*az\b,?", ""),
    (r"^\s*(?-i:ha[-'’]?im)\b", "is it true that"), (r"(?-i:\bha[-'’]im\b)", "whether"),
    (r"\bma\s+(?:ha-?)?shem\s+(?:shel\s+)?|\b(?:ech|eich)\s+(?:kor['’]?im|kar['’]?u)\s+(?:le|la)-?",
     "what is the name of "),
    (r"\bma\s+(?:ha-?)?gil\s+(?:shel\s+)?", "what is the age of "),
    (r"\bma\s+(shmo|shma|shmah|gilo|gila)\b", lambda m: "what is " + _OWNED[m.group(1).lower()]),
    # the readings kept from ``code_mixed``: "mi amar", Jamaican "mi" (I), Swahili "kama" before a clause
    (r"\bmi\s+amar\b", "who said"),
    (r"\bmi(?=\s+(?:waan|wan|want|nuh|a|tink|hear|know|see|deh|seh)\b)", "I"),
    (r"(?<=\w\s)kama(?=\s+(?:(?-i:[A-Z])|(?:he|she|they|it|the|we|you|i)\b))", "if"),
    # the asking, in two words: age, time, amounts, since when, whose, to whom, what happened
    (r"\b(?:ben|bat|bnei|bney)\s+kama\b|(?<![\w-])(?:בן|בת)\s+כמה", "how old"),
    (r"\b(?:be|ba|b)-?\s?(?:eize|eizeh|eyze|ezeh)\s+gil\b", "at what age"),
    (r"\bkama\s+(?:zman|z'man)\b|(?<![\w-])כמה\s+זמן", "how long"),
    (r"\bkama\s+(?:pe['’]?amim|pa['’]?amim)\b", "how many times"),
    (r"\bkama\s+kesef\b", "how much money"),
    (r"\bkama\s+(?:ze\s+)?(?:ala|alta)\b", "how much did it cost"),
    (r"\bkama\s+(?:ze\s+)?(?:ole|oleh|ola)\b", "how much does it cost"),
    (r"\bkama\s+(?=(?:[\w'’-]+\s+){0,3}?(?:shilem|shilma|shilmu|ala|alta|ole|oleh|ola)\b)", "how much "),
    (r"\b(?:me['’]?az|mi-?)\s*matai\b|(?<![\w-])(?:מאז\s+מתי|ממתי)", "since when"), (r"\bad\s+matai\b", "until when"),
    (r"\b(?:me|mi)-?['’]?(?:eifo|efo|eyfo)\s+(hu|hi|hem)\s+(?:ba|ba['’]?a|baa|ba['’]?u|bau)\b",
     lambda m: "where did %s come from" % {"hu": "he", "hi": "she", "hem": "they"}[m.group(1).lower()]),
    (r"\bshel\s+mi\b", "whose"), (r"\b(?:et|ot)\s+mi\b", "whom"), (r"\bim\s+mi\b", "with whom"),
    (r"\b(?:le-?mi|lemi)\s+(?:shayach|shayechet|shayachet)\s+", "who owns "),
    (r"\b(?:mi|who)\s+(?:ha-?)?ba['’]?al(?:im)?\s+(?:shel\s+)?|\bmi\s+ba['’]?alei\s+", "who owns "),
    (r"\bal\s+ma\b", "about what"), (r"\bal\s+mi\b", "about whom"),
    (r"\b(?:be|ba)-?\s?(?:eize|eizeh|eyze|ezeh)\s+yom\b", "on which day"),
    (r"\b(?:be|ba)-?\s?(?:eizo|eyzo|ezo)\s+sha['’]?a\b", "at what time"),
    (r"\b(?:be|ba)-?\s?(?:eize|eizeh|eyze|ezeh|eizo|eyzo|ezo)\b", "in which"),
    (r"\b(?:eize|eizeh|eyze|ezeh|ma)\s+sug\s+(?:shel\s+)?", "what kind of "),
    (r"\bma\s+(?:kara|karah)\s+(lo|la)(?![\w'’-])", lambda m: "what happened to " + _PRONOUN[m.group(1).lower()]),
    (r"\bma\s+(?:kara|karah)\s+la-?(?=\w)", "what happened to the "),
    (r"\bma\s+(?:kara|karah)\s+le-?(?=\w)", "what happened to "),
    (r"\bma\s+(?:kara|karah|hitrachesh)\b", "what happened"),
    (r"\bma\s+(?:yikre|ikre)\s+im\b", "what will happen if"), (r"\b(?:yikre|ikre)\s+im\b", "will happen if"),
    (r"\bma\s+(?:ze|zeh|zot|zo)\b", "what is"), (r"\bmi\s+(?:ze|zeh|zot|zo)\b", "who is"),
    (r"\bma\s+(?:amar|amra|katav|katva)\s+(?:ba-?|be-?)?(?:hodaa|hoda['’]a|hodaot|meser)\b",
     "what was written in the message"),
    # "mi hu ha-mechabel" (who is the attacker), but "ma hu amar" (what he said)
    (r"\b(mi|ma)\s+(hu|hi|hem|hen)(?=\s+(?:ha\b|ha-|the\b|(?-i:[A-Z]))|\s*[?.!,]|\s*$)",
     lambda m: f"{_COPULA[m.group(1).lower()]} {_COPULA[m.group(2).lower()]}"),
    (r"\b((?-i:[A-Z])[\w'’.-]*)\s+(hu|hi|ze|zeh|zo|zot)\s+([\w'’-]+)", _copula),
    (r"\b(haya|hayah|hayta|hayu|ba|ba['’]a|higia|higi['’]a|gar|gara)\s+mi-?\s?(?=(?-i:[A-Z]))", r"\1 from "),
    (r"\b(?:ze|zeh|zot)\s+lo\s+mekubal\b", "it is unacceptable"), (r"\blo\s+mekubal\b", "unacceptable"),
    (r"(?<![\w-])מה\s+(?:ה)?שם\s+(?:של\s+)?", "what is the name of "), (r"(?<![\w-])שם\s+(?=ה)", "name of "),
    # asking whether: "nachon she" (is it true that), "... o lo?" (or not)
    (r"\b(?:ze\s+|ha['’]?im\s+ze\s+)?(?:nachon|naxon|nahon)\s+she-?|\b(?:nachon|naxon)\s+she(?=\w)",
     "is it true that "),
    (r"\b(?:ken\s+)?o\s+lo\s*(?=[?.!]*\s*$)", "or not"),
    # the story: the claim, a record, the offices, places, agencies, the end
    (r"\b(?:lakach|lakcha|lakchu|lakah|lakha|natal|natla|natlu|nitla)\s+(?:et\s+)?(?:ha-?)?"
     r"(?:achrayut|ahrayut|achraiut|ahraiut)\b(\s+al\b)?|לקח(?:ה|ו)?\s+(?:את\s+)?(?:ה)?אחריות(\s+על)?",
     lambda m: "claimed responsibility" + (" for" if m.group(1) or m.group(2) else "")),
    (r"\b(?:ha-?)?(?:medina|mdina)\s+(?:ha-?)?islamit\b|\bmedinat\s+ha-?islam\b|המדינה\s+האסלאמית", "Islamic State"),
    (r"\b(?:ha-?)?(?:tik|avar|rishum)\s+(?:ha-?)?plili\b|\btik\s+(?:ba-?|be-?)mishtara\b|עבר\s+פלילי",
     "criminal record"),
    (r"\b(?:ha-?)?(?:sar|sarat)\s+(?:ha-?)?pnim\b|שר(?:ת)?\s+הפנים", "Home Secretary"),
    (r"\bmisrad\s+(?:ha-?)?pnim\b", "Home Office"),
    (r"\brosh\s+(?:ha-?)?memshala\b|\brosh\s+memshelet\b|ראש\s+הממשלה", "prime minister"),
    (r"\b(?:ha-?)?gesher\s+(?:ha-?|shel\s+)?(?-i:W)estminster\b|\bgesher\s+westminster\b", "Westminster Bridge"),
    (r"\b(?:ha-?)?(?:bayit|bait)\s+(?:ha-?)?lavan\b|הבית\s+הלבן", "White House"),
    (r"\b(?:beit|bet)\s+(?:ha-?)?mishpat\s+(?:ha-?)?elyon\b|\bbagatz\b", "Supreme Court"),
    (r"\b(?:beit|bet)\s+(?:ha-?)?mishpat\b", "court"),
    (r"\b(?:beit|bet)\s+(?:ha-?)?nivcharim\s+(?:ha-?)?briti\b", "House of Commons"),
    (r"\b(?:beit|bet)\s+(?:ha-?)?nivcharim\b", "House of Representatives"),
    (r"\b(?:beit|bet)\s+(?:ha-?)?lordim\b", "House of Lords"),
    (r"\btzav\s+(?:ha-?)?nesi['’]?uti\b", "executive order"),
    (r"\b(?:tzav|tsav)\s+(?:chipus|hipus|bet\s+mishpat|beit\s+mishpat|shiputi)\b", "warrant"),
    (r"\bsherut(?:ei|ey|e)\s+(?:ha-?)?(?:bitachon|bitahon)\b", "security services"),
    (r"\bsherut(?:ei|ey|e)\s+(?:ha-?)?modi['’]?in\b|\bsochnuyot\s+(?:ha-?)?modi['’]?in\b", "intelligence services"),
    (r"\bhat[sz]pana\s+(?:mi|me)-?katze\s+le-?katze\b", "end-to-end encryption"),
    (r"\bsochnut\s+(?:ha-?)?(?:yedi['’]?ot|chadashot|hadashot)\b", "news agency"),
    (r"\bchevrot\s+(?:ha-?)?(?:tech|technologia|hai-?tek|hightech)\b", "tech companies"),
    (r"\b(?:ha-?)?shem\s+(?:ha-?)?amiti\b|\bshmo\s+ha-?amiti\b", "real name"),
    (r"\b(?:bnei|bney)\s+adam\b|בני\s+אדם", "people"),
    (r"\b(?:holchei|holchey|holhei|holhey)\s+(?:ha-?)?regel\b|הולכי\s+(?:ה)?רגל", "pedestrians"),
    (r"\b(?:pa['’]?al|pa['’]?ala|paal|paala)\s+(?:le-?)?(?:levad|levado|bilvad|levada)\b", "acted alone"),
    (r"\b(?:leshatef|lishtef)\s+pe['’]?ula\b", "to cooperate"),
    (r"\b(?:shitef|shitfa|shitfu)\s+pe['’]?ula\b", "cooperated"),
    (r"\b(?:meshatef|meshatefet|meshatfim|meshatfot)\s+pe['’]?ula\b", "cooperates"),
    (r"\b(?:nora|noru|niyra)\s+(?:la-?)?mavet\b|\byaru\s+(?:bo|ba)\s+(?:la-?)?mavet\b", "shot dead"),
    (r"\b(?:hitasel|hit['’]?asel|hitasla|hit['’]?asla)\b", "converted to Islam"),
    (r"\byom\s+rishon\b", "Sunday"), (r"\byom\s+sheni\b", "Monday"), (r"\byom\s+shlishi\b", "Tuesday"),
    (r"\byom\s+(?:revi['’]?i|reviei)\b", "Wednesday"), (r"\byom\s+(?:chamishi|hamishi)\b", "Thursday"),
    (r"\byom\s+shishi\b", "Friday"), (r"\b(?:be|ba)-?\s?(?=(?-i:Sun|Mon|Tue|Wed|Thu|Fri|Sat)\w*day\b)", "on "),
    (r"\b(?:be|ba)-?\s?sof\s+(?:ha-?)?davar\b|\b(?:be|ba)-?\s?sof\b(?!\s+(?:ha-?\w|shel\b))|\blevasof\b", "in the end"),
    (r"\bal\s+(?:yedei|ydei|yedey)\b|\bal-yedei\b|ע\"י|על\s+ידי", "by"),
    (r"\bal\s+(?=(?:ha-?)?gesher\b|(?:the\s+)?(?:Westminster\s+)?bridge\b)", "on "),
    (r"\baf\s+pa['’]?am\b", "ever"), (r"\bod\s+pa['’]?am\b", "again"), (r"\bpa['’]?am\s+rishona\b", "first time"),
    (r"\bachar\s+(?:kach|kakh|kah)\b", "later"), (r"\b(?:ha-?)?shavua\s+she-?avar\b", "last week"),
    # a noun before its owner ("shem ha-mechabel": the name of the attacker)
    (r"\b(shem|gil|tochen|mechir|mehir|dat|miflaga|ba['’]al|baal|yatzran|degem)\s+(?=ha-|ha\s|(?-i:[A-Z])(?!IS\b))",
     lambda m: _HEBREW[m.group(1).lower().replace("’", "'")] + " of "),
    # a pronoun after a verb: "amar lo" (told him), "azar la" (helped her)
    (r"\b(amar|amra|amru|shalach|shalcha|shalchu|siper|sipra|sipru|natan|natna|natnu|heshiv|heshiva|heshivu|"
     r"azar|azra|azru)\s+(lo|la|lahem|li)\b",
     lambda m: m.group(1) + (" " if m.group(1).lower().startswith("az") else " to ") + _PRONOUN[m.group(2).lower()]),
    (r"\b(azar|azra|azru|la['’]?azor|laazor|pirtzu|partzu|lifrotz|hishtamesh|hishtamshu|mishtamesh|"
     r"lehishtamesh|yara|yaru|shilem|shilma|shilmu|leshalem)\s+(ba|be|la|le|li)(?:-|\s+)(?=\w)", _verb_object),
    (r"\b(?:haya|hayta|hayu)\s+(lo|la|lahem)\b", lambda m: "did %s have" % {"lo": "he", "la": "she"}.get(
        m.group(1).lower(), "they")),
    (r"\b(?:haya|hayta|hayu)\s+le-?\s?((?-i:[A-Z])[\w'’-]*)", r"did \1 have"),
    (r"\byesh\s+(lo|la|lahem)\b", lambda m: "does %s have" % {"lo": "he", "la": "she"}.get(m.group(1).lower(), "they")),
    (r"\bha-?oto\b", "the car"), (r"\bba-?oto\b", "in the car"),
    (r"(?-i:\bet)\s+(?:ze|zeh|zot)\b", "it"),
    # "et" marks the object ("katav et ha-katava"): left out ("et al." is English)
    (r"(?-i:\bet)\s+(?!al\b)", ""), (r"(?<![\w'’-])את\s+", ""),
    # "be" (in) before a name only, never after "will", "to", "can" ("will be arrested", "be Trump's")
    (r"(?<!\bwill\s)(?<!\bto\s)(?<!\bcan\s)(?<!\bwould\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bcould\s)(?<!\bnot\s)"
     r"(?<!\bmay\s)(?-i:\bbe)\s+(?=(?-i:[A-Z])[\w'’-]*\b(?!['’]s))", "in "),
    # a prefix: a word shared with English before it is glossed first, then the prefix is split off
    (r"(?<![\w'’-])(im|al|el|gam|rak|od|ad|kol|hi|she|po|sham)\s+(?=(?:%s)-\w)" % "|".join(_PREFIXES),
     _shared_before_prefix),
    (r"(?<![\w'’-])([A-Za-z]{1,5})[-־](\w{2}[\w'’]*)", _prefix),
    (r"(?<![\w'’-])(?-i:(ha|ba|be|le|la|ve|mi|me|she|u|shel|sheha|veha))(?=(?-i:[A-Z][a-z]|[A-Z]{2}|i[A-Z]))",
     lambda m: _PREFIXES[m.group(1)] + " "),
    (r"(?<![\u05d0-\u05ea])(%s)[-־]?(?=[A-Za-z])" % "|".join(sorted(_SCRIPT_PREFIXES, key=len, reverse=True)),
     lambda m: _SCRIPT_PREFIXES[m.group(1)] + " "),
])

# -- words -----------------------------------------------------------------------------------

_HEBREW = {
    # asking, in the spellings chat uses, and in Hebrew script
    "mi": "who", "ma": "what", "mah": "what", "matai": "when", "matay": "when", "eifo": "where", "efo": "where",
    "eyfo": "where", "heichan": "where", "lama": "why", "madua": "why", "maduah": "why", "kama": "how many",
    "ech": "how", "eich": "how", "ekh": "how", "eize": "which", "eizeh": "which", "eyze": "which", "ezeh": "which",
    "eizo": "which", "eyzo": "which", "eilu": "which", "elu": "which", "meeifo": "from where", "lemi": "to whom",
    "מי": "who", "מה": "what", "מתי": "when", "איפה": "where", "למה": "why", "מדוע": "why", "כמה": "how many",
    "איך": "how", "איזה": "which", "איזו": "which",
    # articles, prepositions, their contractions and possessives ("shelo": his)
    "ha": "the", "ba": "in the", "la": "to the", "le": "to", "ve": "and", "u": "and", "o": "or", "shel": "of",
    "al": "about", "el": "to", "im": "with", "bli": "without", "biglal": "because of", "bishvil": "for",
    "lifnei": "before", "acharei": "after", "ahrei": "after", "ad": "until", "meaz": "since", "neged": "against",
    "lefi": "according to", "lahem": "to them", "li": "to me", "shelo": "his", "shela": "her", "shelahem": "their",
    "she": "that",
    "של": "of", "על": "about", "עם": "with", "אחרי": "after", "לפני": "before", "לפי": "according to",
    # pronouns and pointing words ("hazeh" after its noun: ``_hebrew_order``)
    "ani": "I", "ata": "you", "hu": "he", "hi": "she", "hem": "they", "oto": "him", "ota": "her", "otam": "them",
    "ze": "this", "zeh": "this", "zot": "this", "zo": "this", "hazeh": "this", "hazot": "this", "kol": "all",
    "po": "here", "sham": "there",
    "הוא": "he", "היא": "she", "זה": "this", "הזה": "this",
    # joining, denying, adding, asking whether
    "aval": "but", "keshe": "when", "gam": "also", "rak": "only", "kvar": "already", "od": "still", "lo": "not",
    "ein": "there is no", "nachon": "right", "naxon": "right",
    "לא": "not", "גם": "also", "רק": "only",
    # to be, to have, can, must (the present "is" is unsaid)
    "haya": "was", "hayah": "was", "hayta": "was", "haita": "was", "hayu": "were", "yihye": "will be",
    "yesh": "there is", "yachol": "can", "yachlu": "could", "tzarich": "must", "yikre": "will happen",
    "היה": "was", "הייתה": "was", "היו": "were", "יש": "there is",
    # saying, telling, writing
    "amar": "said", "amra": "said", "amru": "said", "omer": "says", "omeret": "says", "lomar": "to say",
    "higid": "said", "siper": "told", "sipra": "told", "hodia": "announced", "hitzhir": "declared", "katav": "wrote",
    "katva": "wrote", "katvu": "wrote", "kotev": "writes", "nichtav": "was written", "pirsem": "published",
    "hitkatev": "messaged",
    "אמר": "said", "אמרה": "said", "אמרו": "said", "כתב": "wrote",
    # happening, killing, dying, stabbing, shooting, driving
    "kara": "happened", "karah": "happened", "hitrachesh": "happened", "harag": "killed", "hargu": "killed",
    "neherag": "was killed", "nehrag": "was killed", "nehergu": "were killed", "nirtzach": "was murdered",
    "metu": "died", "nifter": "died", "niftar": "died", "dakar": "stabbed", "dakru": "stabbed", "nidkar": "was stabbed",
    "yara": "shot", "yaru": "shot", "nora": "was shot", "nahag": "drove", "daras": "ran over", "nidras": "was run over",
    "takaf": "attacked", "niftza": "was injured", "niftzu": "were injured", "nifgeu": "were injured",
    "קרה": "happened", "נהרג": "was killed", "נהרגו": "were killed", "מתו": "died", "דקר": "stabbed",
    "נדקר": "was stabbed", "ירו": "shot", "נפצעו": "were injured",
    # renting, using, claiming, wanting, demanding, asking for
    "sachar": "rented", "sahar": "rented", "sachur": "rented", "skura": "rented", "hishtamesh": "used",
    "hishtamshu": "used", "mishtamesh": "uses", "lehishtamesh": "to use", "ta'an": "claimed", "taan": "claimed",
    "rotze": "wants", "rotza": "wants", "rotsa": "wants", "rotzim": "want", "ratza": "wanted", "ratzta": "wanted",
    "darash": "demanded", "darsha": "demanded", "doreshet": "demands", "bikesh": "asked for", "biksha": "asked for",
    "רוצה": "wants",
    # knowing, finding, reading, opening, sending
    "yada": "knew", "yadu": "knew", "yodea": "knows", "yodaat": "knows", "yadua": "known", "matza": "found",
    "matzu": "found", "nimtza": "was found", "likro": "to read", "liftoach": "to open", "patach": "opened",
    "pitchu": "unlocked", "pirtzu": "broke into", "lifrotz": "to break into", "shalach": "sent", "shalcha": "sent",
    "shalchu": "sent", "nishlach": "was sent", "lishloach": "to send",
    # living, being born, arrests, acting, answering, refusing, preventing, hiding, forcing
    "gar": "lived", "gara": "lived", "garu": "lived", "nolad": "was born", "ne'etzar": "was arrested",
    "neetzar": "was arrested", "neetzru": "were arrested", "atzar": "arrested", "atzru": "arrested", "pa'al": "acted",
    "paal": "acted", "levad": "alone", "levado": "alone", "heshiv": "answered", "heshiva": "answered",
    "hegiv": "responded", "hegiva": "responded", "sirev": "refused", "serev": "refused", "sirva": "refused",
    "sirvu": "refused", "mesarev": "refuses", "mesarevet": "refuses", "limnoa": "to prevent", "hestir": "hid",
    "mastir": "hides", "lehastir": "to hide", "lehachriach": "to force", "hichriach": "forced",
    "נולד": "was born", "נעצר": "was arrested",
    # paying, buying, meeting, resigning, doing, giving, taking, helping, thinking
    "shilem": "paid", "shilma": "paid", "shilmu": "paid", "leshalem": "to pay", "kana": "bought", "liknot": "to buy",
    "nifgash": "met", "nifgesha": "met", "yifgosh": "will meet", "tifgosh": "will meet", "lehipagesh": "to meet",
    "hitpater": "resigned", "hitpatra": "resigned", "nivchar": "was elected", "asa": "did", "asu": "did", "ose": "does",
    "osa": "does", "la'asot": "to do", "laasot": "to do", "natan": "gave", "natna": "gave", "latet": "to give",
    "lakach": "took", "lakchu": "took", "kibel": "got", "azar": "helped", "azra": "helped", "la'azor": "to help",
    "laazor": "to help", "choshev": "thinks", "oved": "works", "shayach": "belongs", "piter": "fired",
    "putar": "was fired", "kedei": "in order", "nimshach": "lasted", "mukar": "known", "mekubal": "acceptable",
    # the attack, the attacker, the police, the bridge, the car, the people
    "pigua": "attack", "hapigua": "the attack", "bapigua": "in the attack", "mechabel": "attacker",
    "mehabel": "attacker", "hamechabel": "the attacker", "mechablim": "terrorists", "teroristim": "terrorists",
    "terroristim": "terrorists", "tokef": "attacker", "hatokef": "the attacker", "mishtara": "police",
    "hamishtara": "the police", "shoter": "police officer", "hashoter": "the police officer",
    "shotrim": "police officers", "gesher": "bridge", "hagesher": "the bridge", "bagesher": "on the bridge",
    "mechonit": "car", "mehonit": "car", "hamechonit": "the car", "rechev": "vehicle", "harechev": "the vehicle",
    "anashim": "people", "korbanot": "victims", "metim": "dead", "harugim": "dead", "ptzuim": "injured",
    "chayal": "soldier", "sakin": "knife", "neshek": "weapon",
    "פיגוע": "attack", "הפיגוע": "the attack", "בפיגוע": "in the attack", "מחבל": "attacker", "המחבל": "the attacker",
    "משטרה": "police", "המשטרה": "the police", "שוטר": "police officer", "השוטר": "the police officer", "גשר": "bridge",
    "הגשר": "the bridge", "מכונית": "car", "המכונית": "the car", "אנשים": "people",
    # time: years, age, days, before and after, exactly, really
    "shanim": "years", "shana": "year", "gil": "age", "yom": "day", "hayom": "today", "shavua": "week", "zman": "time",
    "pa'am": "time", "paam": "time", "dakot": "minutes", "shaot": "hours", "besof": "in the end", "basof": "in the end",
    "levasof": "in the end", "bediyuk": "exactly", "beemet": "really", "be'emet": "really", "kodem": "before",
    "rishon": "first", "rishona": "first", "acharon": "last", "acharona": "last",
    "שנים": "years", "יום": "day",
    # names, the article, who wrote it, the show
    "shem": "name", "hashem": "the name", "shmo": "his name", "katava": "article", "hakatava": "the article",
    "koteret": "headline", "hakoteret": "the headline", "mechaber": "author", "hamechaber": "the author",
    "hakotev": "the author", "itonai": "journalist", "tochnit": "show", "hatochnit": "the show", "reayon": "interview",
    "re'ayon": "interview", "tochen": "content", "sug": "kind", "yatzran": "make", "mutag": "brand", "degem": "model",
    "שם": "name", "השם": "the name", "כתבה": "article", "הכתבה": "the article", "בכתבה": "in the article",
    "הכותרת": "the headline",
    # the government, its laws and warrants, the companies and their apps, the evidence
    "memshala": "government", "hamemshala": "the government", "sar": "minister", "sarat": "minister",
    "hasar": "the minister", "chok": "law", "hok": "law", "hachok": "the law", "chukim": "laws", "chokim": "laws",
    "hachukim": "the laws", "tzav": "warrant", "tsav": "warrant", "hodaa": "message", "hoda'a": "message",
    "hahodaa": "the message", "hodaot": "messages", "aplikatzia": "app", "aplikatziot": "apps", "chevra": "company",
    "hevra": "company", "chevrot": "companies", "hachevrot": "the companies", "sherutim": "services",
    "modiin": "intelligence", "bitachon": "security", "reayot": "evidence", "kvutza": "group", "pelefon": "phone",
    "hatzpana": "encryption", "mutzpan": "encrypted", "mutzpanot": "encrypted", "sodi": "secret", "makom": "place",
    "maatafa": "envelope", "gisha": "access", "teguva": "response", "tguva": "response", "hateguva": "the response",
    "hatzhara": "statement", "drisha": "demand", "ba'al": "owner", "baal": "owner", "ba'alim": "owners",
    "baalim": "owners", "mechir": "price", "kesef": "money",
    "knas": "fine", "pgisha": "meeting", "dat": "religion", "avoda": "job", "ishto": "his wife", "mishpacha": "family",
    "miflaga": "party",
    "הממשלה": "the government", "החוק": "the law", "הודעה": "message", "ההודעה": "the message",
    # US politics
    "nasi": "president", "hanasi": "the president", "bchirot": "elections", "kongres": "Congress", "senat": "Senate",
    "republikanim": "Republicans", "demokratim": "Democrats",
    "הנשיא": "the president",
    # adjectives
    "chadash": "new", "hadash": "new", "chadasha": "new", "chadashim": "new", "chadashot": "new", "acher": "other",
    "aher": "other", "acherim": "other", "amiti": "real", "briti": "British", "israeli": "Israeli",
    "israelit": "Israeli",
    # names in Hebrew script
    "וואטסאפ": "WhatsApp", "אפל": "Apple", "אייפון": "iPhone", "טראמפ": "Trump", "ראד": "Rudd", "מסעוד": "Masood",
    "דאעש": "ISIS", "daesh": "ISIS",
}

# words of talk, left out: "nu", "yalla", "walla" (come on, really), "bevakasha" (please), "toda" (thanks),
# "kaze" (like), "mamash" (really), "stam" (just)
_HEBREW_DROPPED = frozenset("""nu beseder yalla achla sababa walla ahi achi davka stam bevakasha bvakasha toda todah
    kaze mamash pashut bekitzur tov yaani kapara gever בבקשה תודה""".split())

# the words glossed only before a word of Hebrew or a name ("im Rudd": with Rudd, "gam Trump": also
# Trump), as English has them too: "im not sure", "she said", "hi there", "a sham", "the po", "hem",
# "dat", "od", "ad", "Li", "Al Gore", "El Paso", "la", "le", "u" (you), "o", "kol", "zo", "sar"
_HEBREW_SHARED = frozenset("al el im gam rak she hi la le li u o od ad po sham kol hem dat sar zo".split())

# the words of the idioms that are none of the glossary's ("lakcha achrayut", "tik plili", "sarat ha-pnim")
_IDIOM_WORDS = frozenset("""achrayut ahrayut lakcha natla nitla medina islamit plili avar pnim misrad holchei mavet
    nesiuti chipus sherutei nivcharim bagatz sochnut hitasel peula lada'at ha'im""".split())

# the words that show a question is in Hebrew: those glossed and left out, and the idioms' own, less the words
# of English ("ma", "mi", "lama", "ha", "ze", "lo", "hu", "ani", "oto", "gar", "yada", "matza", "baal",
# "shmo", "sodi", "nu", "Israeli", "Medina", "Avar"), names ("Omer", "Kara", "Nora", "Yara", "Natan", "Sahar",
# "Gil", "Dakar", "Azar", "Shana"), and other languages' words ("ve" Czech, "ein" German, "toda" Spanish,
# "kaze" and "yaru" Japanese, "yaani", "walla" and "daesh" Arabizi, "aval" Persian, "kongres" and "senat"
# Czech and Polish, "sakin" Turkish, "kana", "asa", "osa" ...); a prefix typed with a hyphen before a word of
# ours or of the story ("ha-mechabel", "ba-WhatsApp") shows it too. ("kama" is Swahili's "if" too, but stays,
# as before: the idioms read it so before a clause.)
_HEBREW_MARK = frozenset((frozenset(_HEBREW) | _HEBREW_DROPPED) - _HEBREW_SHARED - frozenset(
    """mi ma mah lama ha ba u o ze zeh zo lo hu hem ani ata oto ota ein ve elu gar gara yada kana matza omer gil
    tov yaani kara nasi asa ose osa asu sug sar sarat sakin yom sahar nora yara yaru natan dakar azar azra shana
    senat daesh toda kaze efo sodi baal shmo kongres walla nu aval israeli medina avar""".split()) | _IDIOM_WORDS | {
    f"{prefix}-{word}" for prefix in _PREFIXES for word in frozenset(_HEBREW) | frozenset(
        """attacker article car bridge police officer victims law laws message messages app company
        whatsapp fbi apple iphone rudd masood trump westminster london parliament isis government""".split())
    if word.isascii() and len(word) > 2})

# "ma", "mi" and "lama" show Hebrew opening a question ("ma Rudd amra?", "mi said that ...?"), as elsewhere
# they are a mother, a Tibetan teacher, Italian "but" ("Ma chi ha scritto ...?"), Spanish "my" ("mi hermano
# dice"), Hungarian "what" ("Mi történt?"); typed with a capital, "Ma" is a surname too ("Ma said ...", "Ma
# Ying-jeou"), and shows Hebrew before a lowercase word of no English or before a name with a word of ours
_FOREIGN_AFTER = (r"(?:chi|che|cosa|come|dove|quando|perch|quant|qual|allora|herman|madre|padre|amig|pregunta|duda|"
                  r"jefe|novi|mam|pap|t[öo]rt[ée]nt|okozt)\w*|non|io|a|az|volt|van|lett|lesz|nem|egy")
_ENGLISH_AFTER = r"said|says|is|was|has|had|and|told|did|does|will|would|can|could|also|added|the"
_OURS_AFTER = "|".join("""amar amra amru katav katva haya hayta hayu kara shel et ha-\\w+ gam rak kvar ze zot lo rotza
    rotze darsha sachar dakar nolad gar metu nehergu sirva shalach yesh ein hu hi al im""".split())
_HEBREW_OPENING = re.compile(rf"^\s*(?:(?:ma|mi|lama)\s+(?=[a-zA-Z])(?!(?:{_FOREIGN_AFTER})\b)|"
                             rf"(?:Ma|Mi)\s+(?=[a-z])(?!(?:{_FOREIGN_AFTER}|{_ENGLISH_AFTER})\b)|"
                             rf"(?:Ma|Mi)\s+(?=[A-Z])(?=.*\b(?:{_OURS_AFTER})\b))")

# -- English order ---------------------------------------------------------------------------

# the verbs glossed, their base forms and the auxiliary that asks with them
_BASE = {**{past: (base, "did") for past, base in [
    ("said", "say"), ("told", "tell"), ("announced", "announce"), ("declared", "declare"), ("wrote", "write"),
    ("published", "publish"), ("messaged", "message"), ("happened", "happen"), ("killed", "kill"),
    ("died", "die"), ("stabbed", "stab"), ("shot", "shoot"), ("drove", "drive"), ("ran over", "run over"),
    ("attacked", "attack"), ("rented", "rent"), ("used", "use"), ("claimed responsibility", "claim responsibility"),
    ("claimed", "claim"), ("wanted", "want"), ("demanded", "demand"), ("asked for", "ask for"), ("knew", "know"),
    ("found", "find"), ("opened", "open"), ("unlocked", "unlock"), ("broke into", "break into"), ("sent", "send"),
    ("lived", "live"), ("arrested", "arrest"), ("acted alone", "act alone"), ("acted", "act"),
    ("answered", "answer"), ("responded", "respond"), ("cooperated", "cooperate"), ("refused", "refuse"),
    ("hid", "hide"), ("forced", "force"), ("paid", "pay"), ("bought", "buy"), ("met", "meet"),
    ("resigned", "resign"), ("did", "do"), ("gave", "give"), ("took", "take"), ("got", "get"), ("helped", "help"),
    ("threatened", "threaten"), ("decided", "decide"), ("voted", "vote"), ("won", "win"), ("worked", "work"),
    ("signed", "sign"), ("fired", "fire"), ("lasted", "last"), ("converted to Islam", "convert to Islam")]},
    **{present: (base, "does") for present, base in [
        ("says", "say"), ("writes", "write"), ("uses", "use"), ("wants", "want"), ("demands", "demand"),
        ("asks for", "ask for"), ("knows", "know"), ("refuses", "refuse"), ("hides", "hide"), ("does", "do"),
        ("thinks", "think"), ("works", "work"), ("belongs", "belong"), ("cooperates", "cooperate")]}}
_VERB = "|".join(sorted(map(re.escape, _BASE), key=len, reverse=True))
_PARTICIPLE = r"born|arrested|killed|murdered|stabbed|shot|injured|written|published|found|sent|elected|run over"
_NAME = r"(?:[A-Z]|i[A-Z])[\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_SUBJECT = rf"(?:(?:the\s+)?{_NAME}|the\s+[a-z]+(?:\s+[a-z]+)?|he|she|they|it|you|we)"
_ASKED = r"how much|how long|what|where|when|why|how|whom|to whom|with whom|about what|about whom|from where|" \
         r"since when|until when"
_ASKED_OF = rf"(?:{_ASKED}|(?:(?:in|on|at|to|from|with)\s+)?(?:which|what kind of)\s+[\w-]+|how many\s+(?!the\b)[\w-]+)"
_ADJECTIVES = r"rented|new|other|last|first|previous|secret|encrypted|real|dead|injured|British|American|" \
              r"Islamic|official"
_NOUNS = r"car|vehicle|law|laws|message|messages|app|apps|company|companies|name|article|headline|phone|" \
         r"attack|attacker|place|services|group|interview|show|warrant|evidence|government|people|victims"
_NOT_A_NOUN_AFTER = r"(?!\s+(?:week|year|month|night|morning|time|one|ones|than)\b)"
_NOT_A_VERB_AFTER = r"(?!\s+(?:by|from|to|in|at)\b)"


def _hebrew_order(glossed: str) -> str:
    """A Hebrew question glossed word for word, in English order where that is clear: an adjective
    or an owner after its noun before it ("the car the rented" → "the rented car", "the message his"
    → "his message", "the article this" → "this article"); a subject before or after its verb
    after the question word, with the auxiliary English asks with ("what Rudd said", "what said Rudd"
    → "what did Rudd say"; "where was born Masood" → "where was Masood born"); a question word
    asked last put first ("Masood lived where?" → "where did Masood live?"). What is asked of the
    subject ("who said ...?", "how many people died?") is English already."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    body, end = m.group(1), m.group(2)
    body = re.sub(r"\bthe\s+(this|these)\b", r"\1", body)
    body = re.sub(rf"\bthe\s+([\w-]+)\s+the\s+({_ADJECTIVES})\b{_NOT_A_NOUN_AFTER}{_NOT_A_VERB_AFTER}", r"the \2 \1",
                  body)
    body = re.sub(rf"\b({_NOUNS})\s+(new|other|secret|encrypted|real|previous|Israeli|British|American)"
                  rf"{_NOT_A_NOUN_AFTER}\b", r"\2 \1", body)
    body = re.sub(rf"\bthe\s+([\w-]+)\s+(this|these)\b{_NOT_A_NOUN_AFTER}", r"\2 \1", body)
    body = re.sub(r"\bthe\s+([a-z]+)\s+(his|her|their|my|our)(?=\s*$|\s+(?:was|is|were|are|in|on|at|to|with|"
                  r"of|about|from|did|that|before|after)\b)", r"\2 \1", body)
    # "the response of WhatsApp": WhatsApp's response; "have criminal record": have a criminal record
    body = re.sub(r"\bthe\s+(response|reply|reaction|statement)\s+of\s+([A-Z][\w'’.-]*)\b(?!['’])", r"\2's \1", body)
    body = re.sub(r"\b(have|has|had)\s+(?=criminal record\b)", r"\1 a ", body)
    # "can to open" (yachol liftoach): can open
    body = re.sub(r"\b(can|could|must|will|should|cannot|not)\s+to\s+(?=\w)", r"\1 ", body)
    # asking whether: "is it true that Masood acted alone" (ha'im, nachon she): did Masood act alone
    m = re.match(rf"^is it true that\s+({_SUBJECT})\s+(not\s+)?({_VERB})\b(.*)$", body)
    if m:
        base, aux = _BASE[m.group(3)]
        return f"{aux} {m.group(1)} {m.group(2) or ''}{base}{m.group(4)}{end}"
    # a question word asked last ("Masood lived where", "the attacker how old")
    m = re.match(rf"^({_SUBJECT})\s+(?:({_VERB})\s+)?(where|when|why|how|what|how old)$", body)
    if m and m.group(2):
        base, aux = _BASE[m.group(2)]
        return f"{m.group(3)} {aux} {m.group(1)} {base}{end}"
    if m and m.group(3) == "how old":
        return f"how old is {m.group(1)}{end}"
    m = re.match(rf"^({_SUBJECT})\s+(was|is|were|are)\s+(how old|where|when|from where|whose)$", body)
    if m:
        return f"{m.group(3)} {m.group(2)} {m.group(1)}{end}"
    # a subject before its verb ("what Rudd said"), after it ("what said Rudd"), or before a passive's
    m = re.match(rf"^({_ASKED_OF}\s+)({_SUBJECT})\s+(not\s+)?({_VERB})\b(.*)$", body)
    if m:
        base, aux = _BASE[m.group(4)]
        return f"{m.group(1)}{aux} {m.group(2)} {m.group(3) or ''}{base}{m.group(5)}{end}"
    m = re.match(rf"^((?:{_ASKED})\s+)({_VERB})\s+({_SUBJECT})(?=\s*$|\s+(?!(?:{_VERB})\b))(.*)$", body)
    if m and m.group(2) not in ("did", "does"):
        base, aux = _BASE[m.group(2)]
        return f"{m.group(1)}{aux} {m.group(3)} {base}{m.group(4)}{end}"
    # "how many minutes lasted the attack": how many minutes did the attack last
    m = re.match(rf"^((?:how long|how many\s+[\w-]+)\s+)lasted\s+({_SUBJECT})(.*)$", body)
    if m:
        return f"{m.group(1)}did {m.group(2)} last{m.group(3)}{end}"
    # "when Rudd will meet": when will Rudd meet
    m = re.match(rf"^({_ASKED_OF}\s+)({_SUBJECT})\s+(will|can|could|must|should)\s+(.*)$", body)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}{end}"
    m = re.match(rf"^({_ASKED_OF}\s+)(was|were)\s+({_PARTICIPLE})\s+({_SUBJECT})(.*)$", body)
    if m:
        return f"{m.group(1)}{m.group(2)} {m.group(4)} {m.group(3)}{m.group(5)}{end}"
    m = re.match(rf"^({_ASKED_OF}\s+)({_SUBJECT})\s+(was|were)\s+({_PARTICIPLE})\b(.*)$", body)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}{m.group(5)}{end}"
    return body + end


HEBREW = Language(_HEBREW_IDIOMS, _HEBREW, _HEBREW_DROPPED, _HEBREW_MARK, reorder=_hebrew_order,
                  shared=_HEBREW_SHARED, opening=_HEBREW_OPENING)
