"""Persian (Farsi) mixed into English questions, read in English.

Iranians type the frame of a question in Persian, mostly in Latin letters ("Finglish": "Rudd dar bare
WhatsApp chi goft?", "Masood chand salesh bood?", "ki goft ke WhatsApp is a secret place?"), some in
Persian script ("رود درباره WhatsApp چی گفت؟"), and the story's names and things in English. Persian
puts its verb last and its question word just before the verb, where the answer would stand (what
did Rudd say about WhatsApp?), marks a definite object with "ro"/"ra" after it, and links a noun to
its owner or adjective with the ezafe "-e" ("esm-e hamle-konande": the attacker's name). Its verbs are
mostly a noun and a light verb ("kerayeh kard": rented, "koshte shod": was killed), glossed whole as
idioms; ``_persian_order`` then puts the question word and the verb back in English order.
"""
from __future__ import annotations

import re

from . import Idioms, Language

# adjectives that follow their noun through the ezafe ("mashin-e jadid": the new car); any other
# word after an ezafe owns the noun ("esm-e attacker": name of attacker)
_ADJECTIVES = frozenset("""jadid jadide tazeh taze digar dige vaghei vaghe'i asli ramzi ramzgozari makhfi serri mahramane
    amniati dolati keshvari siasi ghadimi akhar aval avval sabegh ghabli ba'di badi bozorg kuchik koochik sefid siah
    meshki ghermez kerayei keraye'i britanyayi engelisi amrikayi eslami""".split())


def _ezafe(m: re.Match) -> str:
    """A noun and what its ezafe joins to it, in English order."""
    noun, after = m.group(1), m.group(2)
    if after.lower() in _ADJECTIVES:
        return f"{after} {noun}"
    return f"{noun} of {after}"


_W = r"[\w'’]+"
_R = r"(?:\s+r[ao])?"  # the object marker, between an object and its verb
_PERSIAN_IDIOMS = Idioms([
    # punctuation of Persian script, and its plural suffix typed apart ("پیام ها")
    (r"؟", "?"), (r"،", ","), (r"\u200c(?:ها|های)\b", ""), (r"(?<=\bمی)\u200c", ""),
    (r"کشته\s+شدند", "were killed"), (r"کشته\s+شد", "was killed"), (r"زخمی\s+شدند", "were injured"),
    (r"دستگیر\s+شد", "was arrested"), (r"اتفاق\s+افتاد", "happened"), (r"چه\s+کسی", "who"),
    (r"چند\s+سال(?:ش|)\s+بود", "how old was"), (r"چه\s+شد", "what happened"),
    # "key" (when) and "to" (you) before a Persian word that an idiom below puts in English
    (r"\b(?:key|kay)\b(?=\s+(?:etefagh|ettefagh|koshte|zakhmi|majruh|dastgir|bazdasht|tir|cha[gq]h?(?:oo|u)|"
     r"kerayeh?|estefade|edea|peyda|baz|zendegi|donya|motevalled|javab|molaghat|didar|estefa|elam|payam|hamle)\b)",
     "when"),
    # asking
    (r"\bchand\s+sal(?:esh|ash|e|)\s+(?:bood|bud|boode|dasht)\b", "how old was"),
    (r"\bchand\s+sal(?:esh|ash|e|)\s+(?:hast|e|eh)\b", "how old is"),
    (r"\b(?:chand\s+sal(?:esh|ash)|sen(?:n)?(?:-e|e|esh)?\s+(?:chand|che\s+ghadr)\s*(?:bood|bud|)?)\b", "how old"),
    (r"\bchand\s*ta\b", "how many"), (r"\bchand\s+nafar\b", "how many people"),
    (r"\bche\s+(?:no'?e|no-e|noo'?e|jur|joor|jure|joore|tori|model|marke?i?)\s+(?:az\s+)?", "what kind of "),
    (r"\b(?:che|chi)\s+(?:kasi|kesi)\b", "who"), (r"\bki\s+r[ao]\b", "whom"), (r"\bbe\s+ki\b", "to whom"),
    (r"\bba\s+ki\b", "with whom"), (r"\bmal(?:-e|e)?\s+ki\b", "whose"), (r"\baz\s+koja\b", "from where"),
    (r"\baz\s+(?:key|kei|che\s+zamani)\b", "since when"), (r"\bta\s+(?:key|kei)\b", "until when"),
    (r"\b(?:che|chand)\s+(?:moddat|modat|ghadr\s+tool|vaght)\b", "how long"),
    (r"\b(?:che|chi)\s+(?:moghe|zamani|vaghti)\b", "when"), (r"\bche\s+(?:saati|saat)\b", "what time"),
    (r"\bche\s+(?:rooz|ruz|roozi|ruzi)\b", "what day"), (r"\b(?:che|chi)\s+(?:chizi|chiz)\b", "what"),
    (r"\bche\s*ghadr\b", "how much"), (r"\bchi\s+shod\b", "what happened"),
    (r"\bchi(?:kar|\s+kar)\s+(?:kard|karde|kardan)\b", "what did do"),
    # prepositions of several words
    (r"\b(?:dar\s*bare|darbare)(?:-?ye|-?e|h)?\b", "about"), (r"\bdar\s+mored(?:-?e)?\b", "about"),
    (r"\b(?:be\s+gofte|tebgh|tebgh-e|tebghe|tebghe|bar\s+asas)(?:-?ye|-?e)?\b", "according to"),
    (r"\b(?:ba'?d|bad)\s+az\b", "after"), (r"\bghabl\s+az\b", "before"), (r"\bbe\s+jaye\b", "instead of"),
    (r"\b(?:dar\s+akhar|akharesh|dar\s+nahayat|sare\s+akhar)\b", "in the end"),
    # the story's phrases
    (r"\bsabeghe(?:-?ye)?\s+(?:keyfari|jenayi|kifari|jenaei)\b", "criminal record"),
    (r"\b(?:dowlat|dolat|dolat-e|dowlat-e|dolate|dowlate)\s+eslami\b|\bda'?esh\b|\bداعش\b", "Islamic State"),
    (r"\bmas'?(?:o|u)liat(?:-?e)?(?:\s+%s)?%s\s+(?:be\s+ohde\s+gereft(?:and?)?|gardan\s+gereft|ghabool\s+kard)\b" % (_W, _R),
     "claimed responsibility"),
    (r"\b(?:vazir(?:-e|e)?\s+(?:keshvar|dakhele|kesvar))\b", "Home Secretary"),
    (r"\b(?:afsar|ma'?moor|mamur)(?:-e|e)?\s+polis\b", "police officer"),
    (r"\b(?:niroo|niru)(?:-?ha(?:ye)?|ye)?\s+amniati\b", "security services"),
    (r"\b(?:sazman|servis)(?:-?e)?\s+(?:ettela'?at|etelaat)\b", "intelligence services"),
    (r"\bhokm(?:-e|e)?\s+(?:bazdasht|ghazayi|jalb)\b", "warrant"),
    (r"\bhamle[h]?[- ]?konande\b", "attacker"), (r"\baber(?:-e|e)?\s+piade\b", "pedestrian"),
    (r"\besm(?:-e|e)?\s+vaghei\b", "real name"),
    # verbs of a noun and a light verb; the past perfect ("karde bood") as the past
    (r"\b(?:etefagh|ettefagh|ettefaq)\s+(?:oftad|oftade|mioftad)\b", "happened"),
    (r"\bkoshte\s+(?:shod|shode|shodeh)\b", "was killed"), (r"\bkoshte\s+(?:shodan|shodand|shodan)\b", "were killed"),
    (r"\b(?:zakhmi|majruh|majrooh)\s+(?:shod|shode)\b", "was injured"),
    (r"\b(?:zakhmi|majruh|majrooh)\s+(?:shodan|shodand)\b", "were injured"),
    (r"\b(?:dastgir|bazdasht|atgir)\s+(?:shod|shode)\b", "was arrested"),
    (r"\b(?:dastgir|bazdasht)\s+(?:shodan|shodand)\b", "were arrested"),
    (r"\b(?:dastgir|bazdasht)\s+(?:kard|kardan|kardand)\b", "arrested"),
    (r"\bbe\s+zarb(?:-e|e)?\s+golule\s+koshte\s+shod\b|\bba\s+tir\s+koshte\s+shod\b", "was shot dead"),
    (r"\b(?:tir\s+khord|tir\s+khorde)\b", "was shot"), (r"\b(?:ba\s+)?tir\s+zad(?:and?)?\b", "shot"),
    (r"\b(?:ba\s+)?cha[gq]h?(?:oo|u)\s+zad(?:e)?\b", "stabbed"),
    (r"\b(?:ba\s+)?cha[gq]h?(?:oo|u)\s+khord\b", "was stabbed"),
    (r"\b(?:ranandegi|ranandeghi)\s+(?:kard|mikard|karde)\b", "drove"),
    (r"\b(?:kerayeh?|keraye)\s+(?:karde\s+b(?:oo|u)d|kardan|karde|kard)\b", "rented"),
    (r"\b(?:estefade|estefadeh)\s+(?:kard|karde|kardan|kardand)\b", "used"),
    (r"\b(?:estefade|estefadeh)\s+(?:mikonan|mikonand|mikone|mikonad)\b", "use"),
    (r"\b(?:edea|edde'?a|ed'?a)\s+(?:kard|karde|kardan)\b", "claimed"),
    (r"\b(?:darkhast|talab)\s+(?:kard|karde)\b", "demanded"), (r"\b(?:darkhast|talab)\s+(?:mikone|dare)\b", "demands"),
    (r"\bpeyda\s+(?:kard|kardan|kardand|karde)\b", "found"), (r"\bpeyda\s+shod\b", "was found"),
    (r"\bbaz\s+(?:kard|kardan|kardand)\b", "unlocked"), (r"\bbaz\s+(?:kone|konan|konand|kardan)\b", "unlock"),
    (r"\bzendegi\s+(?:mikard|karde|kard)\b", "lived"), (r"\bzendegi\s+(?:mikone|mikonad)\b", "lives"),
    (r"\b(?:be\s+)?donya\s+(?:oomad|umad|amad|omad)\b|\bmotevalled\s+shod\b|\bmotevaled\s+shod\b", "was born"),
    (r"\b(?:tanha|tanhayi|tanhaei|be\s+tanhayi)\s+amal\s+(?:kard|karde)\b", "acted alone"),
    (r"\b(?:javab|pasokh)\s+(?:dad|dadan|dade)\b", "answered"),
    (r"\bhamkari\s+(?:kard|kardan|karde)\b", "cooperated"),
    (r"\bhamkari\s+(?:kone|konan|mikone|mikonan)\b", "cooperate"),
    (r"\b(?:rad|emtena|emtena'?)\s+(?:kard|kardan|karde)\b", "refused"),
    (r"\b(?:jelogiri|jologiri|jeloo\s*giri)\s+(?:kard|karde)\b", "prevented"),
    (r"\b(?:jelogiri|jologiri|jeloo\s*giri)\s+(?:kone|konan|mikone)\b", "prevent"),
    (r"\bpenhan\s+(?:kard|karde|kardan)\b", "hid"), (r"\bmajbur\s+(?:kard|kardan)\b", "forced"),
    (r"\bmajbur\s+(?:kone|konan|mikone)\b", "force"),
    (r"\b(?:pardakht\s+kard|pool\s+dad|pul\s+dad)\b", "paid"), (r"\bsohbat\s+(?:kard|karde)\b", "spoke"),
    (r"\b(?:molaghat|didar)\s+(?:kard|karde)\b", "met"),
    (r"\b(?:molaghat|didar)\s+(?:mikone|khahad\s+kard)\b", "will meet"),
    (r"\bestefa\s+dad\b", "resigned"), (r"\b(?:elam|e'lam)\s+kard\b", "announced"),
    (r"\bpayam\s+(?:dad|ferestad)\b", "messaged"), (r"\b(?:hamle|hamleh)\s+kard\b", "attacked"),
    (r"\bmosalman\s+shod\b", "converted to Islam"), (r"\btool\s+(?:keshid|kashid)\b", "lasted"),
    (r"\b(?:ekhraj|barkenar)\s+(?:kard|karde)\b", "fired"),
    (r"\b(?:in\s+)?harf(?:o|a|ha)?(?:\s+r[ao])?\s+(?:zad|zade)\b", "said this"),
    # a past perfect ("karde bood") read as the past
    (r"(?<=[a-z]ed)\s+b(?:oo|u)d\b", ""),
    # the ezafe ("esm-e attacker": name of attacker, "mashin-e jadid": new car), the object marker
    # joined to its word ("mashino": the car)
    (r"\b(%s)(?:-ye|-e|-i)\s+(%s)" % (_W, _W), _ezafe), (r"\b(%s)\s+e\s+(?=(%s))" % (_W, _W), r"\1 of "),
    (r"(?<=\w)-(?:ro|ra|esh|o)\b", ""),
])

# the words in English: question words, particles, pronouns, verbs, and the nouns of news questions
_PERSIAN = {
    # asking
    "chi": "what", "che": "what", "chiye": "what is", "chie": "what is", "chia": "what", "ki": "who", "kia": "who",
    "kiye": "who is", "kie": "who is", "key": "when", "kei": "when", "kay": "when", "koja": "where",
    "kojast": "where is", "kojaye": "where", "kojayi": "from where", "kojaei": "from where", "chera": "why",
    "cheraa": "why", "chand": "how many", "chanta": "how many", "chandta": "how many", "chandom": "which",
    "chetor": "how", "chetori": "how", "chejuri": "how", "chejoori": "how", "chegoone": "how", "kodoom": "which",
    "kodum": "which", "kodam": "which", "kodoomesh": "which one", "kodumesh": "which one", "aya": "whether",
    "چی": "what", "چه": "what", "کی": "who", "کجا": "where", "چرا": "why", "چند": "how many", "چطور": "how",
    "چطوری": "how", "کدام": "which", "کدوم": "which", "چیست": "what is", "کیست": "who is", "آیا": "whether",
    # articles, pronouns, possessives
    "ye": "a", "yek": "a", "yeki": "one", "man": "I", "to": "you", "u": "he", "oo": "he", "ma": "we",
    "shoma": "you", "unha": "they", "oonha": "they", "ona": "they", "anha": "they", "ishoon": "they", "ishan": "they",
    "in": "this", "un": "that", "oon": "that", "inha": "these", "ina": "these", "una": "those", "khodesh": "himself",
    "khod": "own", "khodash": "himself", "hamin": "this same", "hamoon": "that same", "hame": "all", "hamash": "all",
    "من": "I", "او": "he", "این": "this", "آن": "that", "اون": "that", "آنها": "they", "خودش": "himself",
    "esmesh": "his name", "esme": "name of", "sennesh": "his age", "salesh": "his age", "mashinesh": "his car",
    "kharesh": "his job", "shoghlesh": "his job", "dinesh": "his religion", "khanevadash": "his family",
    # prepositions and conjunctions
    "dar": "in", "tu": "in", "tooye": "in", "tuye": "in", "too": "in", "az": "from", "be": "to", "ba": "with",
    "bedoon": "without", "bedune": "without", "baraye": "for", "bara": "for", "barayeh": "for", "ruye": "on",
    "rooye": "on", "roye": "on", "zire": "under", "kenare": "beside", "beyne": "between", "ta": "until",
    "ghabl": "before", "ghablan": "before", "ba'd": "after", "ba'dan": "later", "badan": "later", "pish": "ago",
    "darbare": "about", "rooberoo": "in front of", "mesle": "like", "alayhe": "against", "aleyhe": "against",
    "va": "and", "o": "and", "ya": "or", "ama": "but", "vali": "but", "ke": "that", "agar": "if", "age": "if",
    "chon": "because", "chonke": "because", "ham": "also", "hamchenin": "also", "hatta": "even",
    "در": "in", "از": "from", "به": "to", "با": "with", "برای": "for", "درباره": "about", "و": "and", "یا": "or",
    "اما": "but", "ولی": "but", "که": "that", "اگر": "if", "هم": "also", "قبل": "before", "بعد": "after",
    # negation, copulas and auxiliaries
    "na": "no", "nah": "no", "nist": "is not", "nistan": "are not", "nabood": "was not", "nabud": "was not",
    "nakard": "did not", "nakardan": "did not", "nemikhad": "does not want", "nemikhan": "do not want",
    "nadasht": "did not have", "nadare": "does not have", "nemidoonest": "did not know",
    "bood": "was", "bud": "was", "boode": "has been", "boodan": "were", "budan": "were", "boodand": "were",
    "hast": "is", "hastan": "are", "hastand": "are", "ast": "is", "hastesh": "is", "shod": "became",
    "shode": "has become", "shodan": "became", "mishe": "can", "mishavad": "is", "khahad": "will",
    "mikhad": "wants", "mikhan": "want", "mikhast": "wanted", "mikhastan": "wanted", "khast": "wanted",
    "khastan": "wanted", "dasht": "had", "dashtan": "had", "dare": "has", "daran": "have", "darand": "have",
    "tunest": "could", "tonest": "could", "tounest": "could", "mitoone": "can", "mitune": "can", "mitoonan": "can",
    "mitunan": "can", "betoone": "can", "kard": "did", "kardan": "did", "karde": "has done", "mikone": "does",
    "mikonan": "do", "mikonand": "do",
    "است": "is", "هست": "is", "بود": "was", "بودند": "were", "شد": "became", "نیست": "is not", "نبود": "was not",
    "کرد": "did", "کردند": "did", "میخواهد": "wants", "میخواد": "wants", "خواست": "wanted",
    # saying, writing, happening, killing
    "goft": "said", "gofte": "has said", "goftan": "said", "goftand": "said", "migoft": "said", "mige": "says",
    "migan": "say", "miguyad": "says", "begoo": "tell", "begu": "tell", "gof": "said", "nevesht": "wrote",
    "neveshte": "written", "neveshtan": "wrote", "minevise": "writes", "nevisand": "write", "kosht": "killed",
    "koshtan": "killed", "koshte": "killed", "mord": "died", "mordan": "died", "morde": "dead", "mordand": "died",
    "zad": "hit", "ranand": "drove", "ferestad": "sent", "ferestadan": "sent", "khoond": "read", "khund": "read",
    "khoondan": "read", "bekhoonan": "read", "bekhunan": "read", "midoonest": "knew", "midunest": "knew",
    "midoone": "knows", "midune": "knows", "midoonan": "know", "oomad": "came", "umad": "came", "amad": "came",
    "raft": "went", "gereft": "took", "dad": "gave", "sakht": "made", "khord": "got", "kharid": "bought",
    "گفت": "said", "گفته": "has said", "گفتند": "said", "نوشت": "wrote", "نوشته": "written", "کشت": "killed",
    "کشته": "killed", "مرد": "died", "خواند": "read", "فرستاد": "sent", "دانست": "knew", "خرید": "bought",
    # the story's nouns
    "maghale": "article", "maghaleh": "article", "maqale": "article", "maghalat": "articles", "titr": "headline",
    "sartitr": "headline", "onvan": "title", "onvane": "title of", "nevisande": "author", "nevisandeh": "author",
    "khabarnegar": "journalist", "ruzname": "newspaper", "roozname": "newspaper", "barname": "programme",
    "barnameh": "programme", "mosahebe": "interview", "mosahebeh": "interview", "khabar": "news",
    "hamle": "attack", "hamleh": "attack", "hamalat": "attacks", "mohajem": "attacker", "zarebe": "attacker",
    "amel": "perpetrator", "polis": "police", "polise": "police", "pol": "bridge", "mashin": "car",
    "mashine": "car", "khodro": "vehicle", "aberan": "pedestrians", "abere": "pedestrian", "mardom": "people",
    "nafar": "people", "afrad": "people", "ghorbani": "victim", "ghorbaniha": "victims", "ghorbaniyan": "victims",
    "ghorbanian": "victims", "koshteha": "dead", "kushteha": "dead", "zakhmi": "injured", "zakhmiha": "injured",
    "majruh": "injured", "majruhan": "injured", "sal": "years", "saal": "years", "sen": "age", "senn": "age",
    "rooz": "day", "ruz": "day", "hafte": "week", "hafteh": "week", "yekshanbe": "Sunday", "doshanbe": "Monday",
    "seshanbe": "Tuesday", "chaharshanbe": "Wednesday", "panjshanbe": "Thursday", "jome": "Friday",
    "vaght": "time", "zaman": "time", "saat": "hour", "daghighe": "minutes", "esm": "name", "nam": "name",
    "dolat": "government", "dowlat": "government", "vazir": "minister", "ghanoon": "law", "ghanun": "law",
    "ghavanin": "laws", "mojavez": "warrant", "payam": "message", "payamha": "messages", "payamash": "his messages",
    "sherkat": "company", "sherkatha": "companies", "sherkat-ha": "companies", "khadamat": "services",
    "ettelaat": "intelligence", "amniat": "security", "amniati": "security", "shavahed": "evidence",
    "madrak": "evidence", "madarek": "evidence", "goruh": "group", "gorooh": "group", "khabargozari": "news agency",
    "sarbaz": "soldier", "gooshi": "phone", "gushi": "phone", "ramzgozari": "encryption", "ramzi": "encrypted",
    "makhfi": "secret", "serri": "secret", "mahramane": "confidential", "ja": "place", "jaye": "place",
    "makan": "place", "teroristha": "terrorists", "terorist": "terrorist", "pakat": "envelope", "dastresi": "access",
    "malek": "owner", "saheb": "owner", "marke": "brand", "mark": "brand", "mohtava": "content", "matn": "text",
    "din": "religion", "mazhab": "religion", "shoghl": "job", "kar": "work", "hezb": "party", "gheymat": "price",
    "selah": "weapon", "aslahe": "weapon", "chaghu": "knife", "chaghoo": "knife", "jarime": "fine",
    "jalase": "meeting", "molaghat": "meeting", "javab": "answer", "pasokh": "response", "bayanie": "statement",
    "keshvar": "country", "shahr": "city", "zendan": "prison", "bimarestan": "hospital", "dadgah": "court",
    "mashini": "car", "barnamei": "programme", "goruhi": "group", "roozi": "day", "ruzi": "day",
    "sherkati": "company", "ghanooni": "law", "khanevade": "family", "hamsar": "spouse", "zan": "wife",
    "pedar": "father", "madar": "mother",
    "bachehash": "his children", "ghatel": "killer", "entekhabat": "election", "raees": "president",
    "rais-jomhur": "president", "raisjomhur": "president", "raees-jomhur": "president",
    "raeesjomhur": "president", "sena": "Senate", "kongere": "Congress",
    "مقاله": "article", "تیتر": "headline", "عنوان": "title", "نویسنده": "author", "حمله": "attack",
    "مهاجم": "attacker", "پلیس": "police", "پل": "bridge", "ماشین": "car", "خودرو": "vehicle", "عابران": "pedestrians",
    "مردم": "people", "نفر": "people", "قربانیان": "victims", "سال": "years", "سن": "age", "روز": "day",
    "اسم": "name", "نام": "name", "دولت": "government", "وزیر": "minister", "قانون": "law", "قوانین": "laws",
    "پیام": "message", "پیامها": "messages", "شرکت": "company", "شرکتها": "companies", "گوشی": "phone",
    "امنیتی": "security", "مخفی": "secret", "دسترسی": "access", "جدید": "new", "تنها": "alone", "فقط": "only",
    # adjectives and adverbs
    "jadid": "new", "jadide": "new", "taze": "new", "digar": "other", "dige": "other", "tanha": "alone",
    "tanhayi": "alone", "daghighan": "exactly", "daqiqan": "exactly", "vaghean": "really", "vaghan": "really",
    "faghat": "only", "hanooz": "still", "hanuz": "still", "aval": "first", "avval": "first", "akharin": "last",
    "vaghei": "real", "asli": "real", "ghabli": "previous", "sabeghe": "record", "keyfari": "criminal",
    "dolati": "government", "eslami": "Islamic", "mosalman": "Muslim", "ghablesh": "before that",
    "ba'desh": "after that", "badesh": "after that", "hala": "now", "alan": "now", "hamishe": "always",
}
# words of talk and particles with no English, left out: the object marker, "khob", "lotfan", "dige"
# closing a question; "-ha" is Persian script's plural suffix typed apart
_PERSIAN_DROPPED = frozenset("""ro ra khob khab lotfan merci mersi mamnoon mamnun bebakhshid salam dadash agha aghaye
    khanom yani asan aslan haa ha hamon dg را رو لطفا ها خب یعنی""".split())
# glossed words that are English ones too (or a name's, or another language's common word): glossed only
# before a word of Persian or a name ("be" in "to be", "man" in "the man", "to" you, "in" this)
_PERSIAN_SHARED = frozenset("""to man in be u oo ma un ta o ye age ham ba key kay pol din kar nam sen mark zan
    jome dare dad bud na nah hast ja ama sal mord raft zad oon too tu""".split())
# the words that show Persian: its words that are no English ones nor another language's ("chi"
# and "che" are Italian, "ki", "ke", "hamle", "saal" Hindi and Urdu, "yani", "jadid", "esm",
# "hezb" Arabic, "ona" Czech and Polish, "bare", "chia" and "AZ" (Arizona) English), with those only its idioms use
_PERSIAN_MARK = (frozenset(_PERSIAN) | _PERSIAN_DROPPED | frozenset(
    """bare darbareye etefagh ettefagh oftad kerayeh keraye estefade edea darkhast talab peyda baz zendegi donya
    motevalled amal hamkari emtena jelogiri jologiri penhan majbur pardakht sohbat didar estefa elam moddat
    moghe chizi kasi tebghe sabeghe ohde mas'uliat masooliat eslami shodand gardan zarb golule khorde
    ranandegi tir""".split())) - _PERSIAN_SHARED - frozenset(
    """chi che ki ke kia yani jadid esm sherkat va ya o a sena hala alan ha haa agha salam merci mersi mamnoon
    pish mesle ghabl saat amel makan pakat malek hatta aya khabar shahr chon raees polis tir baz amal elam
    vaght zaman yek ast bare chia ina una ona bedoon entekhabat hezb serri shoghl mashini polise terorist bara
    afrad agar asli hamle kiye mazhab saal zakhmi az""".split())


# the verbs glossed, and their base forms after "did" or "does"
_BASE = {"said": "say", "says": "say", "say": "say", "wrote": "write", "writes": "write", "killed": "kill",
         "died": "die", "drove": "drive", "rented": "rent", "used": "use", "use": "use", "claimed": "claim",
         "demanded": "demand", "demands": "demand", "found": "find", "unlocked": "unlock", "unlock": "unlock",
         "lived": "live", "lives": "live", "acted alone": "act alone", "answered": "answer", "cooperated": "cooperate",
         "cooperate": "cooperate", "refused": "refuse", "prevented": "prevent", "prevent": "prevent", "hid": "hide",
         "forced": "force", "force": "force", "paid": "pay", "spoke": "speak", "met": "meet", "resigned": "resign",
         "announced": "announce", "messaged": "message", "attacked": "attack", "sent": "send", "read": "read",
         "knew": "know", "knows": "know", "wants": "want", "want": "want", "wanted": "want", "came": "come",
         "went": "go", "took": "take", "gave": "give", "made": "make", "bought": "buy", "stabbed": "stab",
         "shot": "shoot", "arrested": "arrest", "happened": "happen", "did": "do", "did do": "do", "had": "have",
         "fired": "fire", "lasted": "last", "has": "have",
         "claimed responsibility": "claim responsibility", "converted to Islam": "convert to Islam"}
_ASK = (r"how old|how long|since when|until when|from where|to whom|with whom|whose(?:\s+\w+)?|"
        r"how many(?:\s+(?!of\b)[a-z]+)?|how much(?:\s+(?!of\b)[a-z]+)?|(?:what|which)(?:\s+kind of)?\s+"
        r"(?:car|vehicle|phone|app|law|laws|message|messages|day|time|weapon|group|company|programme|show|"
        r"newspaper|article|bridge|religion|party|country|city|hospital|job|brand)|"
        r"what|who|whom|when|where|why|how")
_VERB = "|".join(sorted(map(re.escape, _BASE), key=len, reverse=True))
# a subject before the rest of a clause: a name (in Latin letters or Persian script, which stays
# as typed) or a noun of the story
_SUBJECT = (r"(?:(?:the|this|new)\s+)?(?:(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*|[\u0600-\u06ff]+|"
            r"he|she|they|it|you|we|I|attacker|attack|police(?: officers?)?|government|minister|Home Secretary|"
            r"author|journalist|article|law|company|companies|terrorists|perpetrator|president)")
_PREPOSITION = r"in|on|at|from|about|with|for|to|by|against"
# what may follow the verb of a verb-final question: a pronoun object, a phrase said after it
_AFTER = r"(?:\s+(?:this|it|that|them))?(?:\s+(?:%s|in the end|according to)\b.*)?" % _PREPOSITION
_UNDONE = frozenset("happened died came went lasted".split())


def _aux(verb: str) -> str:
    """The auxiliary a verb's question takes: "does" for "says", "do" for "want", "did" for "said"."""
    if verb in ("says", "wants", "knows", "lives", "demands", "writes", "has"):
        return "does"
    return "do" if verb == _BASE[verb] and verb != "read" else "did"


def _persian_order(glossed: str) -> str:
    """A Persian question glossed word for word, its question word and verb put back in English order:
    the question word first ("Rudd about WhatsApp what said?" → "what did Rudd say about WhatsApp?",
    "Masood how old was?" → "how old was Masood?"), a subject before its verb after it ("how many people
    Masood killed?" → "how many people did Masood kill?"), a subject after "did" when no word asks
    ("Masood acted alone?" → "did Masood act alone?"). Anything else is left as it is."""
    m = re.match(r"^\s*(.+?)\s*([?.!]*)\s*$", glossed, re.S)
    if not m:
        return glossed
    body, end = m.group(1), m.group(2) or "?"
    # a wanted or refused act, its verb last ("not want iPhone unlock"): "not want to unlock iPhone"
    body = re.sub(r"\b(does not want|do not want|wants?|wanted|refused|refuses)\s+(.+?)\s+"
                  r"(unlock|cooperate|prevent|force|read|use)$", r"\1 to \3 \2", body)
    # the question word before a copula, last: "name of attacker what was" → "what was name of attacker"
    m = re.match(r"^(.+?)(?:\s+(%s))?\s+(%s)\s+(is|was|are|were)$" % (_PREPOSITION, _ASK), body, re.I)
    if m:
        prep = f"{m.group(2)} " if m.group(2) else ""
        return f"{prep}{m.group(3)} {m.group(4)} {m.group(1)}{end}"
    # ... before a passive: "Masood when was killed" → "when was Masood killed"
    m = re.match(r"^(.+?)\s+(%s)\s+(?:(.+?)\s+)?(was|were|is|are)\s+(killed|injured|arrested|born|shot|shot dead|"
                 r"stabbed|found|written|used)(%s)$" % (_ASK, _AFTER), body, re.I)
    if m:
        between = f" {m.group(3)}" if m.group(3) else ""
        return f"{m.group(2)} {m.group(4)} {m.group(1)} {m.group(5)}{between}{m.group(6)}{end}"
    # ... before an active verb, last
    m = re.match(r"^(.+?)(?:\s+(%s))?\s+(%s)\s+(?:(.+?)\s+)?(%s)(%s)$" % (_PREPOSITION, _ASK, _VERB, _AFTER),
                 body, re.I)
    if m:
        before, prep, asked, between, verb, after = m.groups()
        asked = f"{prep} {asked}" if prep else asked
        rest = " ".join(x for x in (before, between) if x)
        if asked.lower() in ("what", "who") and verb == "happened" and re.match(r"^%s\b" % _SUBJECT, before):
            # "Masood in the end what happened": what happened to Masood in the end
            return f"{asked} {verb} to {rest}{after}{end}"
        if asked.lower() in ("who", "whose", "what") and verb.lower() in _UNDONE or asked.lower() in ("who", "whose"):
            return f"{asked} {verb} {rest}{after}{end}"
        s = re.match(r"^(%s)\b\s*(.*)$" % _SUBJECT, before)
        if s:
            more = " ".join(x for x in (between, s.group(2)) if x)
            return f"{asked} {_aux(verb)} {s.group(1)} {_BASE[verb]}{' ' + more if more else ''}{after}{end}"
        return f"{asked} {verb} {rest}{after}{end}"
    # "why Apple does not want": why does Apple not want
    m = re.match(r"^(%s)\s+(%s)\s+(does|do|did)\s+not\s+(.+)$" % (_ASK, _SUBJECT), body, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)} not {m.group(4)}{end}"
    # the question word first, then a subject before the verb: "how many people Masood killed"
    m = re.match(r"^(%s)\s+(%s)\s+(?:(.+?)\s+)?(%s)(%s)$" % (_ASK, _SUBJECT, _VERB, _AFTER), body, re.I)
    if m and m.group(1).lower() not in ("who", "whose") and m.group(4).lower() not in _UNDONE:
        asked, subject, between, verb, after = m.groups()
        return f"{asked} {_aux(verb)} {subject} {_BASE[verb]}{' ' + between if between else ''}{after}{end}"
    m = re.match(r"^(who)\s+(.+?)\s+(%s)(%s)$" % (_VERB, _AFTER), body, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}{end}"
    # asking whether, no word asking: a name, then the verb last ("Masood acted alone?")
    m = re.match(r"^((?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*)\s+(?:(.+?)\s+)?(%s)$" % _VERB, body)
    if m and not re.search(r"\b(?:%s)\b" % _ASK, body, re.I) and m.group(3) in _BASE and end == "?":
        aux = "does" if _aux(m.group(3)) == "does" else "did"
        return f"{aux} {m.group(1)} {_BASE[m.group(3)]}{' ' + m.group(2) if m.group(2) else ''}{end}"
    return glossed


# "ki goft", "chi shod", "koja bood": an opening Persian question word before a Persian verb, as
# "chi" (Italian who) and "ki" (Hindi of) alone are no mark of Persian
_PERSIAN_OPENING = re.compile(r"^.*?\b(?:ki|chi|che|key)\s+(?:goft|gofte|goftan|nevesht|neveshte|bood|bud|boodan|"
                              r"hast|hastan|shod|kard|kardan|kosht|mikhad|mikhast|khast|dasht|mige|migan|ro|ra)\b|"
                              r"^.*?\b(?:be|ba|az)\s+(?:ki|chi)\s+\w", re.I | re.S)

PERSIAN = Language(_PERSIAN_IDIOMS, _PERSIAN, _PERSIAN_DROPPED, _PERSIAN_MARK, reorder=_persian_order,
                   shared=_PERSIAN_SHARED, opening=_PERSIAN_OPENING)
