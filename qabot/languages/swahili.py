"""Swahili (and Kenyan Sheng) mixed into English questions, read in English.

Kenyans and Tanzanians type the frame of a question in Swahili and the story's names and things in
English ("Rudd alisema nini kuhusu WhatsApp?", "shambulio lilitokea lini?", "nani aliandika article
hii?"). Swahili asks with the question word last or after its verb, puts a noun before its
demonstrative, possessive and "gani"/"-ngapi" ("gari gani": which car, "watu wangapi": how many
people, "jina lake": his name) and writes subject and tense as prefixes of the verb (a-li-sema: he
said, wa-li-uawa: they were killed). The common prefixed forms are listed as typed rather than
parsed, as chat drops and merges syllables ("alisemaje", "wap", "ngap"); the idioms put a noun's
modifiers before it, and ``_swahili_order`` puts the question word first ("Rudd said what about
WhatsApp?" → "what did Rudd say about WhatsApp?"). What a passage must tell (``events_asked``: born,
injured, arrested, owner, brand, criminal record, in the end ...) is glossed into its English words.
"""
from __future__ import annotations

import re

from . import Idioms, Language

# -- words -------------------------------------------------------------------------------------

# the verbs, by the forms people type (he/she a-, they wa-, it i-/li-/ki-; past -li-, perfect -me-,
# present -na-, future -ta-), kept apart as ``_swahili_order`` moves them
_VERBS = {
    # saying, writing, answering
    "alisema": "said", "walisema": "said", "ilisema": "said", "amesema": "said", "wamesema": "said",
    "anasema": "says", "wanasema": "say", "inasema": "says", "kusema": "say", "alisemaje": "said how",
    "aliambia": "told", "aliwaambia": "told", "alimwambia": "told", "kuambia": "tell", "alieleza": "explained",
    "aliandika": "wrote", "waliandika": "wrote", "ameandika": "wrote", "anaandika": "writes", "kuandika": "write",
    "alijibu": "answered", "walijibu": "answered", "ilijibu": "responded", "kujibu": "answer",
    "alidai": "claimed", "walidai": "claimed", "ilidai": "claimed", "lilidai": "claimed", "kudai": "demand",
    "alitangaza": "announced", "ilitangaza": "announced",
    # happening, attacking, killing, dying
    "ilitokea": "happened", "lilitokea": "happened", "kilitokea": "happened", "limetokea": "happened",
    "imetokea": "happened", "kimetokea": "happened", "ilifanyika": "happened", "lilifanyika": "happened",
    "ulitokea": "happened", "kutokea": "happen", "alishambulia": "attacked", "walishambulia": "attacked",
    "aliua": "killed", "waliua": "killed", "aliwaua": "killed", "alimuua": "killed", "kuua": "kill",
    "alikufa": "died", "walikufa": "died", "wamekufa": "died", "amekufa": "died", "alifariki": "died",
    "walifariki": "died", "wamefariki": "died", "kufa": "die", "alimchoma": "stabbed", "alidunga": "stabbed",
    "alimdunga": "stabbed", "alipiga": "shot", "alimpiga": "shot", "alijeruhi": "injured", "aliwajeruhi": "injured",
    "aliendesha": "drove", "kuendesha": "drive", "aligonga": "hit", "aliwagonga": "hit", "alikodi": "rented",
    "kukodi": "rent", "alinunua": "bought", "kununua": "buy", "alilipa": "paid", "kulipa": "pay",
    "alitumia": "used", "walitumia": "used", "anatumia": "uses", "wanatumia": "use", "kutumia": "use",
    # wanting, asking, knowing, finding, reading, opening, sending
    "anataka": "wants", "wanataka": "want", "inataka": "wants", "alitaka": "wanted", "walitaka": "wanted",
    "kutaka": "want", "aliomba": "asked for", "anaomba": "asks for", "aliuliza": "asked",
    "anajua": "knows", "alijua": "knew", "walijua": "knew", "wanajua": "know", "kujua": "know",
    "alipata": "found", "walipata": "found", "kupata": "get", "aligundua": "found out",
    "alisoma": "read", "kusoma": "read", "kufungua": "unlock", "alifungua": "unlocked", "walifungua": "unlocked",
    "alituma": "sent", "walituma": "sent", "kutuma": "send", "alimtumia": "messaged", "aliwatumia": "messaged",
    # living, coming, being born
    "aliishi": "lived", "anaishi": "lives", "waliishi": "lived", "kuishi": "live", "alitoka": "came from",
    "anatoka": "comes from", "alikuja": "came", "alifika": "arrived", "alisilimu": "converted",
    # acting, cooperating, refusing, preventing, hiding, forcing, meeting
    "alitenda": "acted", "alifanya": "did", "walifanya": "did", "atafanya": "will do", "watafanya": "will do",
    "kufanya": "do", "kushirikiana": "cooperate", "wanashirikiana": "cooperate", "alikataa": "refused",
    "walikataa": "refused", "ilikataa": "refused", "anakataa": "refuses", "wanakataa": "refuse",
    "kukataa": "refuse", "kuzuia": "prevent", "alizuia": "prevented", "kuficha": "hide", "wanaficha": "hide",
    "kulazimisha": "force", "atakutana": "will meet", "alikutana": "met", "kukutana": "meet",
    "alishinda": "won", "alikamata": "arrested", "walikamata": "arrested", "wamekamata": "arrested",
    "ikikataa": "refuses", "wakikataa": "refuse", "itafanya": "will do", "ilifungua": "unlocked",
    "ilifanya": "did", "lilidumu": "lasted", "ilidumu": "lasted",
    "alijiuzulu": "resigned", "alimiliki": "owned",
    "anamiliki": "owns", "alipeleka": "took",
    # can, must
    "anaweza": "can", "wanaweza": "can", "inaweza": "can", "angeweza": "could", "wangeweza": "could",
    "aliweza": "managed", "lazima": "must", "inabidi": "must",
}
# passives, asked of their subject ("Masood alizaliwa wapi?": where was Masood born)
_PASSIVES = {
    "alizaliwa": "was born", "aliuawa": "was killed", "waliuawa": "were killed", "wameuawa": "were killed",
    "alikamatwa": "was arrested", "walikamatwa": "were arrested", "wamekamatwa": "were arrested",
    "alijeruhiwa": "was injured", "walijeruhiwa": "were injured", "wamejeruhiwa": "were injured",
    "alichomwa": "was stabbed", "alidungwa": "was stabbed", "alipigwa": "was shot", "walipigwa": "were shot",
    "iliandikwa": "was written", "ilichapishwa": "was published", "ilikodiwa": "was rented",
    "lilidaiwa": "was claimed", "ilidaiwa": "was claimed", "ilitumika": "was used", "ilitumiwa": "was used",
    "alihukumiwa": "was convicted", "aliachiliwa": "was released", "alishtakiwa": "was charged",
    "alitumwa": "was sent", "ulitumwa": "was sent", "ilifunguliwa": "was unlocked", "alihojiwa": "was interviewed",
}
# an infinitive (ku-) is "to ..." ("alikataa kufungua": refused to unlock)
_SWAHILI = {
    **_VERBS, **{w: "to " + e for w, e in _VERBS.items() if w.startswith("ku") and w != "kuwa"}, **_PASSIVES,
    # question words, and their chat spellings
    "nani": "who", "nan": "who", "nini": "what", "nn": "what", "lini": "when", "wapi": "where", "wap": "where",
    "kwanini": "why", "kwani": "why", "mbona": "why", "vipi": "how", "vp": "how", "aje": "how",
    "gani": "which", "gan": "which", "ngapi": "how many", "ngap": "how many", "wangapi": "how many",
    "mingapi": "how many", "mangapi": "how many", "vingapi": "how many", "zingapi": "how many",
    "ipi": "which", "yupi": "which", "lipi": "which", "kipi": "which",
    # copulas and auxiliaries, present and past ("ni" is also "it is"); "na" after them is "with", have
    "ni": "is", "ndio": "is", "ndiye": "is", "ndiyo": "yes", "alikuwa": "was", "walikuwa": "were",
    "ilikuwa": "was", "lilikuwa": "was", "kilikuwa": "was", "kulikuwa": "there was", "kuna": "there is",
    "hakuna": "there is no", "atakuwa": "will be", "itakuwa": "will be", "hakuwa": "was not",
    "wana": "have", "ina": "has", "hana": "has no", "amekuwa": "has been", "kuwa": "be",
    # negation
    "si": "not", "sio": "not", "siyo": "not", "hapana": "no", "hakusema": "did not say",
    "hakutaka": "did not want", "hajui": "does not know", "bila": "without",
    # pronouns and possessives (after a noun, moved before it by the idioms)
    "mimi": "I", "wewe": "you", "yeye": "he", "sisi": "we", "nyinyi": "you", "ninyi": "you", "wao": "they",
    "yake": "his", "lake": "his", "wake": "his", "chake": "his", "zake": "his", "yao": "their", "lao": "their",
    "hii": "this", "hiyo": "that", "huyu": "this", "huyo": "that", "hili": "this", "hilo": "that", "ile": "that",
    "yule": "that", "hizi": "these", "hizo": "those", "hawa": "these", "hao": "those", "pa": "of",
    # connectives and prepositions ("ya", "wa", "la", "za", "cha" are of; "kwa" for, to, by)
    "na": "and", "ya": "of", "wa": "of", "la": "of", "za": "of", "cha": "of", "vya": "of", "kwa": "for",
    "ama": "or", "au": "or", "kama": "if", "lakini": "but", "pia": "also", "kuhusu": "about", "katika": "in",
    "kwenye": "on", "ndani": "inside", "kutoka": "from", "hadi": "until", "mpaka": "until", "dhidi": "against",
    "kabla": "before", "baada": "after", "wakati": "when", "tu": "only", "bado": "still", "tayari": "already",
    "sasa": "now", "kweli": "really", "hasa": "exactly", "haswa": "exactly", "mwishowe": "in the end",
    "hatimaye": "finally", "kwanza": "first", "tena": "again", "zaidi": "more", "pekee": "only",
    # the story: the attack, the car, the bridge, the police
    "shambulio": "attack", "shambulizi": "attack", "mashambulio": "attacks", "mashambulizi": "attacks",
    "mshambuliaji": "attacker", "mshambulizi": "attacker", "mhusika": "perpetrator", "mtekelezaji": "perpetrator",
    "gaidi": "terrorist", "magaidi": "terrorists", "ugaidi": "terrorism", "polisi": "police",
    "afisa": "officer", "askari": "police officer", "mwanajeshi": "soldier", "daraja": "bridge",
    "gari": "car", "magari": "cars", "kisu": "knife", "silaha": "weapon", "risasi": "bullets",
    "watembea": "pedestrians", "watu": "people", "mtu": "person", "waathiriwa": "victims", "mwathiriwa": "victim",
    "wahanga": "victims", "waliokufa": "dead", "wafu": "dead", "majeruhi": "injured", "waliojeruhiwa": "injured",
    "aliyekufa": "who died", "aliyeuawa": "who was killed", "peke": "alone", "mwenyewe": "himself",
    # time and numbers
    "miaka": "years", "mwaka": "year", "umri": "age", "siku": "day", "wiki": "week", "mwezi": "month",
    "jumapili": "Sunday", "jumatatu": "Monday", "jumanne": "Tuesday", "jumatano": "Wednesday",
    "alhamisi": "Thursday", "ijumaa": "Friday", "jumamosi": "Saturday", "saa": "hour", "dakika": "minutes",
    "muda": "time", "jana": "yesterday", "leo": "today", "mara": "times",
    # the article and the media
    "makala": "article", "kichwa": "headline", "mwandishi": "author", "mwanahabari": "journalist",
    "ripota": "reporter", "kipindi": "programme", "mahojiano": "interview", "habari": "news", "gazeti": "newspaper",
    "jina": "name", "majina": "names", "hadithi": "story", "taarifa": "statement", "tamko": "statement",
    "jibu": "answer", "majibu": "response",
    # the government, the law, the companies
    "serikali": "government", "waziri": "minister", "sheria": "law", "kibali": "warrant", "hati": "warrant",
    "ujumbe": "message", "jumbe": "messages", "programu": "app", "apu": "app", "kampuni": "company",
    "makampuni": "companies", "huduma": "services", "ujasusi": "intelligence", "usalama": "security",
    "ushahidi": "evidence", "kundi": "group", "shirika": "agency", "simu": "phone", "siri": "secret",
    "mahali": "place", "bahasha": "envelope", "ufikiaji": "access", "mpya": "new", "mipya": "new",
    "nyingine": "other", "mwingine": "other", "wengine": "others", "bunge": "parliament", "rais": "president",
    "uchaguzi": "election", "chama": "party", "mkutano": "meeting", "faini": "fine", "bei": "price",
    "pesa": "money", "dini": "religion", "kazi": "job", "mmiliki": "owner", "chapa": "brand", "aina": "kind",
    "maudhui": "content", "yaliyomo": "content", "halisi": "real", "uhalifu": "crime", "jinai": "crime",
    "rekodi": "record", "mji": "city", "nchi": "country", "hospitali": "hospital", "gerezani": "in prison",
    "nyumbani": "at home", "mtoto": "child", "watoto": "children", "mke": "wife",
}
# words of talk and politeness: "je" asks, as "?" does
_SWAHILI_DROPPED = frozenset("""je bana basi tafadhali hebu aisee msee buda manze niambie naomba nieleze
    eti kumbe kwani""".split())
# glossed words that are English ones too: glossed only before a word of Swahili or a name
_SWAHILI_SHARED = frozenset("na ya ana ile hii hasa tu si wake mara saa leo rais apu bila au hati pa".split())
# the words that show Swahili: its words, none of them English ("wiki", "siri", "jana", "hadi" are)
# nor one that other mixed languages use every day ("na", "ni", "je", "ya" in Czech, Russian,
# Hindi, French; "kama" Hebrew's; "ama" Turkish's; "pia", "polisi", "dakika" Indonesian's and Turkish's)
_SWAHILI_MARK = (frozenset(_SWAHILI) | _SWAHILI_DROPPED) - _SWAHILI_SHARED - frozenset(
    """ni je wa la za kama ama sasa kwa wiki siri jana hadi mpaka nan nn aje kipi vp pia polisi dakika dini kati
    bana basi buda eti kumbe muda chapa chama bei mimi aina ripota mji ina wana cha rekodi gari gan yao""".split())

# -- idioms --------------------------------------------------------------------------------------

_ASK = r"(?:nani|nini|lini|wapi|gani|vipi|ngapi|wangapi|mingapi)"
# what follows a noun and goes before it in English
_AFTER_NOUN = {"hii": "this", "huyu": "this", "hili": "this", "hiyo": "that", "huyo": "that", "hilo": "that",
               "ile": "that", "yule": "that", "hizi": "these", "hizo": "those", "hawa": "these", "hao": "those",
               "yake": "his", "lake": "his",
               "wake": "his", "chake": "his", "zake": "his", "yao": "their", "lao": "their", "wao": "their",
               "gani": "which", "gan": "which", "ngapi": "how many", "ngap": "how many", "wangapi": "how many",
               "mingapi": "how many", "mangapi": "how many", "vingapi": "how many", "zingapi": "how many",
               "mpya": "new", "mipya": "new", "halisi": "real", "nyingine": "other", "mwingine": "other"}
# words that are no noun, which these follow without owning ("ni gani": is what, "walikufa wangapi")
_NOT_NOUN = frozenset("ni ndio alikuwa ilikuwa lilikuwa walikuwa na ya wa la za kwa je".split()) | frozenset(_VERBS) | \
    frozenset(_PASSIVES)


def _noun_first(m: re.Match) -> str:
    """"gari gani" → "gani gari" (which car), "makala hii" → "hii makala" (this article): the
    modifier before its noun, unless the word before is a name, a verb or a copula."""
    noun, word = m.group(1), m.group(2)
    if noun.lower() in _NOT_NOUN or noun[0].isupper() or noun.lower() in _AFTER_NOUN:
        return m.group(0)
    return f"{word} {noun}"


def _by_agent(m: re.Match) -> str:
    """"iliandikwa na nani": written by whom; "na" after a passive is "by", after a verb "with",
    which English leaves out ("alikutana na nani": whom did he meet)."""
    word = m.group(1).lower()
    if word in _PASSIVES or word in ("dead", "stabbed", "shot"):
        return m.group(1) + " by"
    return m.group(1) if word in _VERBS else m.group(0)


_SWAHILI_IDIOMS = Idioms([
    # a question opened by "je" or "ni" ("ni nani alisema"): the question word alone
    (r"^\s*(?:je|sasa)\s*,\s*|^\s*je\s+", ""), (rf"^(\s*)ni\s+(?={_ASK}\b)", r"\1"),
    (r"\bkwa\s+nini\b", "why"), (r"\bkwa\s+sababu\b", "because"), (r"\bkwa\s+mujibu\s+wa\b", "according to"),
    (r"\bkulingana\s+na\b", "according to"), (r"\bkuhusiana\s+na\b", "about"), (r"\bkwa\s+ajili\s+ya\b", "for"),
    (r"\bkabla\s+ya\b", "before"), (r"\bbaada\s+ya\b", "after"), (r"\bjuu\s+ya\b", "about"),
    (r"\bdhidi\s+ya\b", "against"), (r"\bndani\s+ya\b", "in"), (r"\bpamoja\s+na\b", "together with"),
    (r"\b(?:mwisho\s+wa\s+siku|mwishoni)\b", "in the end"), (r"\bpeke\s+(?:yake|yao)\b", "alone"),
    # age, amounts, durations, times
    (r"\b(?:ana|alikuwa\s+na|ni\s+wa)\s+(?:umri\s+wa\s+)?miaka\s+(?:mingapi|ngapi)\b",
     lambda m: "was how old" if m.group(0).lower().startswith("alikuwa") else "is how old"),
    (r"\bumri\s+wa\s+((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*|\w+)\s+(?:ni|ulikuwa)\s+(?:ngapi|gani|mingapi)\b",
     r"how old was \1"), (r"\bumri\s+wake\s+(?:ni|ulikuwa)\s+(?:ngapi|gani|mingapi)\b", "how old was he"),
    (r"\bumri\s+(?:wake|wa)\b", "age of"), (r"\b(?-i:ana)(?=\s+(?-i:[a-z]))", "has"),
    (r"\bpesa\s+ngapi\b", "how much money"),
    (r"\b(?:i|li)(?:li|me)?chukua\s+(?:muda\s+)?(?:gani|kiasi\s+gani)\b", "lasted how long"),
    (r"\b(?:kwa\s+)?muda\s+(?:mrefu\s+)?(?:gani|kiasi\s+gani)\b", "how long"), (r"\btangu\s+lini\b", "since when"),
    (r"\bkiasi\s+gani\b", "how much"),
    (r"\bsaa\s+ngapi\b", "what time"), (r"\bmara\s+ngapi\b", "how many times"), (r"\bkwa\s+nani\b", "to whom"),
    (r"\bkutoka\s+kwa\b", "from"), (r"\baina\s+gani\s+ya\b", "what kind of"),
    (r"\bchapa\s+gani\s+ya\b", "what brand of"),
    (r"\b(?:la|ya|wa)\s+(chapa|aina)\s+gani\b",
     lambda m: "what brand" if m.group(1).lower() == "chapa" else "what kind"),
    (r"\bni\s+(?:nini|gani)\b", "is what"), (r"\b(?:alikuwa|walikuwa|ilikuwa)\s+na\b", "had"),
    # the story's compounds
    (r"\bdola\s+la\s+kiislamu\b|\bislamic\s+state\b", "Islamic State"),
    (r"\b(?:(?:ali|wali|ili|li)dai\s+(?:kuhusika|uhusika|kuwajibika)|claimed\s+responsibility)(\s+na\b)?",
     lambda m: "claimed responsibility" + (" for" if m.group(1) else "")),
    (r"\brekodi\s+ya\s+(?:uhalifu|jinai)\b|\bcriminal\s+record\b", "criminal record"),
    (r"\bkichwa\s+cha\s+(?:habari|makala)\b", "headline"), (r"\bshirika\s+la\s+habari\b", "news agency"),
    (r"\bwaziri\s+wa\s+mambo\s+ya\s+ndani\b", "Home Secretary"), (r"\bafisa\s+wa\s+polisi\b", "police officer"),
    (r"\bhuduma\s+za\s+(?:ujasusi|usalama)\b", "security services"), (r"\bjina\s+lake\s+halisi\b", "his real name"),
    (r"\bjina\s+halisi\b", "real name"), (r"\bmahali\s+pa\s+siri\b", "secret place"),
    (r"\busimbaji(?:\s+fiche)?\b", "encryption"), (r"\bwatembea\s+kwa\s+miguu\b", "pedestrians"),
    (r"(?<![\w'’-])([\w'’-]+)\s+(?:iliyosimbwa|zilizosimbwa)(?:\s+fiche)?\b", r"encrypted \1"),
    # a day is "on" it ("Jumatano": on Wednesday)
    (r"\b(?:siku\s+ya\s+)?(jumapili|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi)\b", r"on \1"),
    # the knife and the gun, typed as a verb and its object ("alimchoma kisu": stabbed him)
    (r"\bkuchoma\s+kisu\b", "stab"), (r"\b(?:alimchoma|alimdunga|alidunga)\s+kisu\b", "stabbed"),
    (r"\b(ali|wali)(?:chomwa|dungwa)\s+kisu\b",
     lambda m: "was stabbed" if m.group(1).lower() == "ali" else "were stabbed"),
    (r"\b(?:alipigwa\s+risasi\s+(?:na\s+)?(?:kuuawa|akafa)|aliuawa\s+kwa\s+risasi)\b", "was shot dead"),
    (r"\b(ali|wali)pigwa\s+risasi\b", lambda m: "was shot" if m.group(1).lower() == "ali" else "were shot"),
    (r"\b(?:alimpiga|aliwapiga|alipiga)\s+risasi\b", "shot"), (r"\balipiga\s+kura\b", "voted"),
    (r"\bkwa\s+gari\b", "by car"), (r"\b(?:alimtumia|aliwatumia)\s+(?:ujumbe|jumbe|meseji|sms)\b", "messaged"),
    # "na" after a passive, its agent ("iliandikwa na nani": written by whom), after a verb nothing
    (r"\b(\w+)\s+na(?=\s+\w)", _by_agent),
    # a modifier after its noun, put before it ("gari gani": which car, "makala hii": this article)
    (r"(?<![\w'’-])([\w'’-]+)\s+(%s)\b" % "|".join(_AFTER_NOUN), _noun_first),
    # a verb first, its subject only in its prefix ("alisema nini": what did he say)
    (r"^(\s*)(?=(?:a|wa)(?:li|me|na|ta)[a-z]{3,}\b)",
     lambda m: m.group(1) + ("they " if m.string[m.end():m.end() + 1].lower() == "w" else "he ")
     if m.string[m.end():].split()[0].lower() in _VERBS else m.group(0)),
])

# -- English order -------------------------------------------------------------------------------

# the verbs glossed, by their base forms after "did", "does" or "do"
_BASE = {"said": "say", "says": "say", "told": "tell", "explained": "explain", "wrote": "write",
         "answered": "answer", "responded": "respond", "claimed": "claim", "announced": "announce",
         "happened": "happen", "attacked": "attack", "killed": "kill", "died": "die", "stabbed": "stab",
         "shot": "shoot", "injured": "injure", "drove": "drive", "hit": "hit", "rented": "rent", "bought": "buy",
         "paid": "pay", "used": "use", "uses": "use", "wants": "want", "wanted": "want", "asked for": "ask for",
         "asks for": "ask for", "asked": "ask", "knows": "know", "knew": "know", "found": "find",
         "found out": "find out", "read": "read", "unlocked": "unlock", "sent": "send", "messaged": "message",
         "lived": "live", "lives": "live", "came from": "come from", "comes from": "come from", "came": "come",
         "arrived": "arrive", "converted": "convert", "acted": "act", "did": "do", "refused": "refuse",
         "refuses": "refuse", "prevented": "prevent", "met": "meet", "won": "win", "voted": "vote",
         "resigned": "resign", "owned": "own", "owns": "own", "took": "take", "managed": "manage",
         "arrested": "arrest", "lasted": "last", "hide": "hide", "want": "want", "use": "use", "say": "say",
         "know": "know", "refuse": "refuse", "cooperate": "cooperate", "has": "have", "had": "have"}
_VERB = "|".join(sorted(map(re.escape, _BASE), key=len, reverse=True))
_COPULA = r"is|was|were|are|will be|has been"
_PASSIVE = "|".join(sorted({re.escape(p.split(" ", 1)[1]) for p in _PASSIVES.values()} | {"shot dead", "stabbed"},
                           key=len, reverse=True))
_QUESTION = (r"since when|how long|how much money|how much|how many times|how many(?:\s+[\w'’-]+)?|how old|"
             r"what\s+(?:time|year|day|date|kind|brand|make|type)(?:\s+of\s+[\w'’-]+)?|which(?:\s+[\w'’-]+)?|"
             r"(?:to|with|from|by)\s+whom|what|who|whom|when|where|why|how")
# a question word and the verb that does not take "did" with it ("what happened", "how many people died")
_UNDONE = frozenset("happened died came arrived".split())


def _swahili_order(glossed: str) -> str:
    """A Swahili question glossed word for word, its question word put first: asked after a verb
    ("Rudd said what about WhatsApp?" → "what did Rudd say about WhatsApp?", "Masood rented car
    where?" → "where did Masood rent car?"), after a copula ("his name is what?" → "what is his
    name?"), after a passive ("Masood was born where?" → "where was Masood born?", "this article
    was written by who?" → "who wrote this article?"); a question asked of the subject keeps it
    ("the attack happened when?" → "when did the attack happen?", "died how many people?" → "how
    many people died?"). What matches none of these is left as glossed."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    body, end = m.group(1).strip(), m.group(2).strip() or "?"
    # an adverb opening the question ("mwishowe Apple ilifanya nini?") goes last
    adverb = re.match(r"^(in the end|finally|now|first),?\s+(?=\w)", body, re.I)
    if adverb:
        body = body[adverb.end():]
    done = _ordered(body)
    if done is None:
        return glossed
    return (f"{done} {adverb.group(1)}" if adverb else done) + end


def _aux(verb: str) -> str:
    """The auxiliary a question puts before ``verb``'s subject: "does" for "says", "did" for "said"."""
    return "does" if verb.endswith("s") and _BASE[verb] != verb else "did"


def _ordered(body: str) -> str | None:
    """``body`` (a question without its "?") with its question word first, or None as it is."""
    # a condition first ("kama WhatsApp ikikataa, ..."): the question after it, the condition last
    cond = re.match(r"^(if\s[^,]+),\s*(.+)$", body, re.I)
    if cond:
        done = _ordered(cond.group(2))
        return f"{done} {cond.group(1)}" if done else None
    by = re.match(rf"^(.+?)\s+(?:was|were)\s+({_PASSIVE})\s+by\s+(?:who|whom)$", body, re.I)
    if by:
        done = by.group(2).lower()
        if done == "shot dead":
            return f"who shot {by.group(1)} dead"
        active = {"written": "wrote", "born": None, "convicted": None, "released": "released", "charged": "charged",
                  "interviewed": "interviewed"}.get(done, done)
        return f"who {active} {by.group(1)}" if active else None
    q = re.search(rf"(?<![\w'’-])(?:{_QUESTION})(?![\w'’-])", body, re.I)
    if q is None:
        # asking whether, of a name: "Masood acted alone" → "did Masood act alone"
        m = re.match(rf"^((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s+(had|{_VERB})\b(.*)$", body)
        if m:
            verb = m.group(2).lower()
            return f"{'did' if verb == 'had' else _aux(verb)} {m.group(1)} {_BASE.get(verb, 'have')}{m.group(3)}"
        return None
    if q.start() == 0:
        # asked first already: "why Apple refused" → "why did Apple refuse"
        m = re.match(rf"^(why|when|where|how)\s+((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s+({_VERB})\b(.*)$",
                     body, re.I)
        if m and m.group(3).lower() not in _UNDONE:
            verb = m.group(3).lower()
            return f"{m.group(1)} {_aux(verb)} {m.group(2)} {_BASE[verb]}{m.group(4)}"
        return None
    pre, asked, post = body[:q.start()].strip(" ,"), q.group(0), body[q.end():]
    if re.search(rf"(?<![\w'’-])(?:{_QUESTION})(?![\w'’-])", pre, re.I) or not pre:
        return None
    # after a copula: "his name is what" → "what is his name"; a name is no "who"
    m = re.match(rf"^(.*?)\s*\b({_COPULA})$", pre, re.I)
    if m and m.group(1):
        if asked.lower() == "who" and re.search(r"\bname\b", m.group(1), re.I):
            asked = "what"
        return f"{asked} {m.group(2)} {m.group(1)}{post}"
    # after a passive: "Masood was born where" → "where was Masood born"
    m = re.match(rf"^(.*?)\s*\b(was|were)\s+({_PASSIVE})(.*)$", pre, re.I)
    if m:
        subject = f" {m.group(1)}" if m.group(1) else ""
        if not subject and asked.lower().startswith("how many"):
            return f"{asked} {m.group(2)} {m.group(3)}{m.group(4)}{post}"
        return f"{asked} {m.group(2)}{subject} {m.group(3)}{m.group(4)}{post}"
    # after "will" or "can": "Rudd will meet companies when" → "when will Rudd meet companies"
    m = re.match(r"^(.+?)\s+(will|can|could|must)\s+(\w+)(.*)$", pre, re.I)
    if m:
        return f"{asked} {m.group(2)} {m.group(1)} {m.group(3)}{m.group(4)}{post}"
    # after a verb: "Rudd said what about" → "what did Rudd say about"
    m = re.match(rf"^(.*?)\s*\b({_VERB})\b(.*)$", pre, re.I)
    if m:
        subject, verb, rest = m.group(1).strip(), m.group(2).lower(), m.group(3)
        if not subject or verb in _UNDONE and not asked.lower().startswith(("when", "where", "why", "how ")):
            if asked.lower().startswith(("who", "what", "how many", "which")) and not subject:
                return f"{asked} {verb}{rest}{post}"
            if not subject:
                return None
        return f"{asked} {_aux(verb)} {subject} {_BASE[verb]}{rest}{post}"
    return None


SWAHILI = Language(_SWAHILI_IDIOMS, _SWAHILI, _SWAHILI_DROPPED, _SWAHILI_MARK, reorder=_swahili_order,
                   shared=_SWAHILI_SHARED)
