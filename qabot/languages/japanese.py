"""Japanese (in romaji, with a few words in kana and kanji) mixed into English questions, read in English.

Japanese speakers type the frame of a question in romaji and the story's names and things in English
("Rudd-san wa WhatsApp ni tsuite nani wo itta?", "hannin wa nansai deshita ka?", "dare ga kiji wo
kaita?"), long vowels spelt several ways ("doushite", "doshite", "dōshite"). Japanese puts its verb last
and its particles after their nouns: "wa"/"ga" mark the topic or subject, "wo"/"o" the object, "no" an
owner ("hannin no namae": the attacker's name), "ni"/"de"/"kara" a place, a time or whom to. The idioms
turn the particles into marks (``_TOPIC``, ``_OBJECT``, ``_OF``, ``_POST``), as most of them are English
words or another language's too ("no", "to", "de", "ni", "o", "ka"), and ``_japanese_order`` builds the
English question from the parts they mark ("Rudd ~T about WhatsApp ~P what ~O said" → "what did Rudd
say about WhatsApp?"), leaving a question it cannot part clearly in its own order. A noun is glossed
with the article English wants ("hannin": the attacker); a verb made with "suru" ("kyohi shita":
refused, "taiho sareta": was arrested) is glossed whole. The words of the events a question asks
about (``events_asked``: owner, make, criminal record, injured, rented, paid ...) are glossed into
the English words it knows.
"""
from __future__ import annotations

import re

from . import Idioms, Language

# the particles, as marks the word order is read from (private-use letters: no word of a question)
_TOPIC, _OBJECT, _OF, _POST = "\ue020", "\ue021", "\ue024", "\ue022"

# nouns made verbs with "suru" ("kyohi suru": refuse), by their English base, past and passive
_SURU = {
    "kyohi": ("refuse", "refused"), "kyouryoku": ("cooperate", "cooperated"), "youkyuu": ("demand", "demanded"),
    "yokyu": ("demand", "demanded"), "shiyou": ("use", "used"), "shiyo": ("use", "used"),
    "shuchou": ("claim", "claimed"), "shucho": ("claim", "claimed"), "taiho": ("arrest", "arrested"),
    "untenn": ("drive", "drove"), "unten": ("drive", "drove"), "kougeki": ("attack", "attacked"),
    "kogeki": ("attack", "attacked"), "hatsugen": ("say", "said"), "happyou": ("announce", "announced"),
    "happyo": ("announce", "announced"), "kaitou": ("answer", "answered"), "kaito": ("answer", "answered"),
    "hentou": ("reply", "replied"), "hanno": ("respond", "responded"), "hannou": ("respond", "responded"),
    "soushin": ("send", "sent"), "soshin": ("send", "sent"), "boushi": ("prevent", "prevented"),
    "boshi": ("prevent", "prevented"), "kyousei": ("force", "forced"), "kyosei": ("force", "forced"),
    "koudou": ("act", "acted"), "kodo": ("act", "acted"), "shusshou": ("be born", "born"),
    "seiritsu": ("pass", "passed"), "kaijo": ("unlock", "unlocked"), "ankai": ("unlock", "unlocked"),
    "shibou": ("die", "died"), "shibo": ("die", "died"), "fushou": ("be injured", "injured"),
    "fusho": ("be injured", "injured"), "shiharai": ("pay", "paid"), "kounyuu": ("buy", "bought"),
    "konyu": ("buy", "bought"), "shoyuu": ("own", "owned"), "shoyu": ("own", "owned"),
    "renraku": ("contact", "contacted"), "kaiken": ("meet", "met"), "kaidan": ("meet", "met"),
    "jinin": ("resign", "resigned"), "ninmei": ("appoint", "appointed"), "kaishuu": ("convert", "converted"),
    "kaishu": ("convert", "converted"), "kyoka": ("allow", "allowed"), "hantai": ("oppose", "opposed"),
    "sansei": ("agree", "agreed"), "doui": ("agree", "agreed"), "kitoku": ("claim", "claimed"),
    "sousa": ("investigate", "investigated"), "sosa": ("investigate", "investigated"),
    "kenkyo": ("arrest", "arrested"), "touhyou": ("vote", "voted"), "tohyo": ("vote", "voted"),
    "intabyuu": ("interview", "interviewed"), "kakunin": ("confirm", "confirmed"), "rentaru": ("rent", "rented"),
    "access": ("access", "accessed"), "akusesu": ("access", "accessed"), "kaiko": ("fire", "fired"),
    "kega": ("be injured", "was injured"), "tsuiito": ("tweet", "tweeted"), "tsuito": ("tweet", "tweeted"),
    "keizoku": ("last", "lasted"), "shomei": ("sign", "signed"),
}
# the endings of "suru": (English form from (base, past), the form it is)
_SURU_FORMS = {
    "shita": "past", "shimashita": "past", "sareta": "passive", "saremashita": "passive", "suru": "base",
    "shimasu": "base", "shiteita": "past", "shite ita": "past", "shiteiru": "base", "shite iru": "base",
    "shinakatta": "not", "shimasen deshita": "not", "shinai": "does not", "dekiru": "can", "dekinai": "cannot",
    "saseta": "made",
}


def _suru(m: re.Match) -> str:
    """"kyohi shita" → "refused", "taiho sareta" → "was arrested", "kyouryoku shinakatta" → "did not
    cooperate"; the noun alone when "suru" follows none of ours."""
    noun, form = m.group(1).lower(), re.sub(r"\s+", " ", m.group(2).lower())
    if noun not in _SURU:
        # an English verb made Japanese ("tweet shita"): did tweet, which the order puts after its subject
        if noun in _JAPANESE or not noun.isascii() or len(noun) < 3 or not re.search(r"\s", m.group(0)):
            return m.group(0)
        base, past = noun, f"did {noun}"
    else:
        base, past = _SURU[noun]
    kind = _SURU_FORMS[form]
    return {"past": past, "passive": past if past.startswith("was ") else f"was {past}",
            "base": f"{base}s" if " " not in base else base,
            "not": f"did not {base}", "does not": f"does not {base}", "can": f"can {base}",
            "cannot": f"cannot {base}", "made": f"made {base}"}[kind]


_SURU_PATTERN = r"\b([a-z]+)\s*(%s)\b" % "|".join(sorted((f.replace(" ", r"\s+") for f in _SURU_FORMS), key=len,
                                                        reverse=True))


def _name_of(m: re.Match) -> str:
    """A name's honorific left out ("Rudd-san", "Masood shi"): it says nothing the question asks."""
    return m.group(1)


_JAPANESE_IDIOMS = Idioms([
    # honorifics after a name
    (r"\b((?-i:[A-Z])[\w.]*)[-\s](?-i:san|shi|sama|kun|chan|sensei)\b", _name_of),
    # the question words in kana and kanji, a particle after them parted ("誰が", "何を")
    (r"(何人|何歳|何才|誰|何|いつ|どこ|なぜ|どうして)(が|は|を|で|に|の|から|です|でした)?",
     lambda m: f" {m.group(1)} {m.group(2) or ''} "),
    (r"(?<=[\w.])(が|は|を|の|に|で)(?=\s)", r" \1"),
    # "X wa dou natta": what happened to X
    (r"^\s*(.+?)\s+(?:wa|ga)\s+(?:(kekkyoku|saigo\s+ni)\s+)?(?:dou|do|dō)\s+(?:natta|narimashita)\b",
     lambda m: f"what happened to {m.group(1)}" + (" in the end" if m.group(2) else "")),
    # questions of age, number, kind, time
    (r"\bnan[\s-]?sai\b|\bikutsu\s+(?=(?:deshita|datta|desu|da)\b)", "how old"),
    (r"\b(?:nan[\s-]?(?:nin|nnin)|nannin)\s+no\s+(?:hito|hitobito)\b", "how many people"),
    (r"\b(?:nan[\s-]?(?:nin|nnin)|nannin)\s+no\b", "how many"),
    (r"\bnan[\s-]?(?:nin|nnin)\b|\bnannin\b", "how many people"),
    (r"\bnan[\s-]?(?:fun|pun|bun)(?:kan)?\b", "how many minutes"), (r"\bnan[\s-]?jikan\b", "how many hours"),
    (r"\bnan[\s-]?nichi\b", "what day"), (r"\bnan[\s-]?youbi\b|\bnan[\s-]?yobi\b", "what day"),
    (r"\bnan[\s-]?ji\b", "what time"), (r"\bnan[\s-]?nen\b", "what year"), (r"\bnan[\s-]?kai\b", "how many times"),
    (r"\bdono\s+kurai\b|\bdonogurai\b|\bdono\s+gurai\b|\bdorekurai\b", "how long"),
    (r"\bikura\b", "how much"), (r"\bitsu\s+kara\b", "since when"), (r"\bdoko\s+kara\b", "from where"),
    (r"\b(?:donna|dou\s+iu|dō\s+iu|dou\s+yuu)\b", "what kind of"), (r"\bnan\s+no\b|\bnani\s+no\b", "what"),
    (r"\bdare\s+no\b", "whose"), (r"\bdare\s+ni\b", "whom " + _POST + "to"), (r"\bdare\s+to\b", "with whom"),
    (r"\b(?:doko|dokode)\s+(?:de|ni)\b", "where"), (r"\bnani\s+de\b", "with what"),
    (r"\bdou\s+yatte\b|\bdo\s+yatte\b|\bdouyatte\b", "how"),
    (r"\b(?:dou|dō)\s+(?=(?:itta|omou|shita|natta)\b)", "what "),
    # "X to itta no wa dare": who said X; "X ni Y wa nai": there is no Y for X
    (r"^\s*(.+?)\s+to\s+(?:itta|iimashita|hatsugen\s+shita)\s+no\s+wa\s+dare(?:\s+desu\s+ka|\s+ka)?\b",
     lambda m: f"who said that {m.group(1)}"),
    (r"\b(\S+)\s+ni\s+(?:wa\s+)?(.+?)\s+(?:wa|ga)\s+nai\b", r"there is not a \2 for \1"),
    (r"\bhimitsu\s+no\b", "secret"), (r"\batarashii\s+(?=\w)", "the new "),
    # phrases
    (r"\bni\s+(?:tsuite|tsuite\s+no|kanshite|kansuru)\b", _POST + "about"),
    (r"\bni\s+yoru\s+to\b|\bni\s+yoreba\b|\bni\s+yotte\b", _POST + "according_to"),
    (r"\bto\s+issho\s+ni\b", _POST + "with"), (r"\bno\s+(?:mae|maeni|mae\s+ni)\b", _POST + "before"),
    (r"\bno\s+(?:ato|atode|ato\s+de)\b", _POST + "after"), (r"\bno\s+naka\s+de\b", _POST + "in"),
    (r"\bno\s+ue\s+de\b", _POST + "on"), (r"\bisuramu\s+koku\b|\bisuramukoku\b|\bIS\s+koku\b", "Islamic State"),
    (r"\bhanzai\s+reki\b|\bhanzaireki\b|\bzenka\b", "a criminal record"),
    (r"\bhankou\s+seimei\b|\bhanko\s+seimei\b", "claim of responsibility"),
    (r"\b(?:hankou|hanko|sekinin)\s+wo\s+mitometa\b|\bhankou\s+seimei\s+wo\s+dashita\b",
     "responsibility " + _OBJECT + " claimed"),
    (r"\bsaigo\s+ni\b", "last"), (r"\bkekkyoku\b|\bsaishuuteki\s+ni\b", "in the end"),
    (r"\bhontou\s+no\s+namae\b|\bhonmyou\b|\bhonmyo\b", "real name"),
    (r"\bnaimu\s+daijin\b|\bnaimudaijin\b", "the Home Secretary"), (r"\bkeisatsu\s*kan\b", "the police officer"),
    (r"\bhitori\s+de\b|\btandoku\s+de\b", "alone"), (r"\bsunde\s+(?:ita|imashita|iru|imasu)\b|\bsunda\b", "lived"),
    (r"\bshitte\s+(?:ita|imashita)\b", "knew"), (r"\bshitte\s+(?:iru|imasu)\b", "knows"),
    (r"\bkite\s+ita\b", "came"), (r"\bwo\s+shinakatta\b", "did not"),
    (r"\bshu?cchou\b", "trip"), (r"\bhoshii\s+(?:no|n)\b", "wants"),
    (r"\bkuruma\s+de\s+(?=(?:tsukkonda|hiita|haneta)\b)", "with the car "),
    (r"\bga\s+(?:atta|arimashita|ita|imashita)\b", _OBJECT + " had"),
    (r"\bga\s+(?:aru|arimasu|iru|imasu)\b", _OBJECT + " has"),
    (r"\s+to\s+(?=(?:kaidan|kaiken|hanashi|hanashita|issho|kyouryoku|kyoryoku|renraku|au|atta)\b)",
     " " + _POST + "with "),
    (r"\btsuzuita\b|\btsuzukimashita\b", "lasted"),
    (_SURU_PATTERN, _suru),
    # "X to itta": the quoted thing said, not "and"; "Rudd to Apple wa": Rudd and Apple
    (r"\s+to\s+(?=(?:itta|iimashita|itteita|kaita|kaiteita|kakimashita|hanashita|happyou|shuchou|omotte)\b)", " "),
    (r"(?<=[\w.])\s+to\s+(?=(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?\s+(?:wa|ga|no|ni|wo)\b)", " and "),
    # the particles: subject or topic, object, owner, place and time ("ni", "de", "kara", "made")
    (r"(?<=[\w.'’)])\s+(?:wa|ga|は|が)(?=\s|[?.!,]|$)", " " + _TOPIC),
    (r"(?<=[\w.'’)])\s+(?:wo|o|を)(?=\s+\w)", " " + _OBJECT),
    (r"(?<=[\w.'’)])\s+(?:no|の)\s+(?=\w)", " " + _OF + " "),
    (r"(?<=[\w.'’)])\s+(?:ni|に)(?=\s+\w)", " " + _POST + "to"),
    (r"(?<=[\w.'’)])\s+(?:de|で)(?=\s+\w)", " " + _POST + "in"),
    (r"(?<=[\w.'’)])\s+kara(?=\s+\w)", " " + _POST + "from"), (r"(?<=[\w.'’)])\s+made(?=\s+\w)", " " + _POST + "until"),
    (r"(?<=[\w.'’)])\s+mo(?=\s+\w)", " also"),
    # the ending of a question ("desu ka", "deshita ka", "no?", "ka?")
    (r"\s+(?:desu|da|deshou|darou)\s+ka\s*(?=[?.!]*\s*$)|\s+desu\s*(?=[?.!]*\s*$)", " is"),
    (r"\s+(?:deshita|datta|deshita\s+ka|datta\s+ka|data|dattan\s+desu\s+ka|dattano|datta\s+no)\s*(?=[?.!]*\s*$)",
    " was"),
    (r"\s+(?:ka|kana|kai|no|n\s+desu\s+ka|ndesu\s+ka|n\s+da|nda|ndesuka|nodesuka|no\s+desu\s+ka)\s*(?=[?.!]*\s*$)", ""),
])

# the verbs, as typed in their plain and polite past, present and te-forms
_JAPANESE_VERBS = {
    # saying and writing
    "itta": "said", "iimashita": "said", "iu": "says", "iimasu": "says", "itte": "said", "itteru": "says",
    "itteita": "said", "hanashita": "spoke", "hanashimashita": "spoke", "kaita": "wrote", "kakimashita": "wrote",
    "kaiteiru": "writes", "kaku": "writes", "kaiteita": "wrote", "nobeta": "stated", "noberu": "states",
    "kotaeta": "answered", "kotaemashita": "answered", "henji": "reply", "okutta": "sent", "okurimashita": "sent",
    "okuru": "sends", "yonda": "called", "nazuketa": "named",
    # happening, killing, dying, wounding
    "okotta": "happened", "okorimashita": "happened", "okiru": "happens", "okita": "happened",
    "okimashita": "happened", "koroshita": "killed", "koroshimashita": "killed", "korosareta": "were killed",
    "shinda": "died", "shinimashita": "died", "nakunatta": "died", "nakunarimashita": "died", "sashita": "stabbed",
    "sasareta": "was stabbed", "utta": "shot", "utareta": "was shot", "uchikorosareta": "was shot dead",
    "shasatsu": "shot dead", "kega": "injured", "fushou": "injured", "fushousha": "injured", "oshita": "pushed",
    "haneta": "ran over", "tsukkonda": "drove into", "hiita": "ran over",
    # the car, using, renting, paying, buying
    "unten": "drove", "untenshita": "drove", "karita": "rented", "karimashita": "rented", "tsukatta": "used",
    "tsukaimashita": "used", "tsukau": "uses", "tsukatteiru": "use", "haratta": "paid", "haraimashita": "paid",
    "katta": "bought", "kaimashita": "bought", "motteita": "had", "motte": "had", "motsu": "owns",
    # wanting, asking, demanding, refusing
    "hoshii": "wants", "hoshigatteiru": "wants", "nozomu": "wants", "motometa": "demanded",
    "motomemashita": "demanded", "motomeru": "demands", "motometeiru": "demands", "tanonda": "asked",
    "kotowatta": "refused", "kotowarimashita": "refused", "kobanda": "refused", "kyohi": "refusal",
    "fuseida": "prevented", "fusegu": "prevent", "fusegeru": "can prevent", "kakushita": "hid",
    "kakusu": "hides", "kakushiteiru": "hide", "shiita": "forced",
    # knowing, finding, reading, opening
    "shiru": "know", "shitta": "learned", "wakatta": "found out", "wakaru": "know", "mitsuketa": "found",
    "mitsukatta": "was found", "hakken": "found", "yomu": "read", "yometa": "could read", "yomeru": "can read",
    "yonde": "read", "aketa": "opened", "akeru": "open", "hiraita": "opened", "aketeita": "opened",
    # living, being born, arrests, coming
    "sumu": "lives", "umareta": "was born", "umaremashita": "was born", "kita": "came", "kimashita": "came",
    "tsukamatta": "was caught", "tsukamaeta": "caught", # doing, being, can, will
    "shita": "did", "shimashita": "did", "suru": "does", "shimasu": "will do", "shiteita": "did",
    "dekiru": "can", "dekita": "could", "dekinai": "cannot", "naru": "becomes", "natta": "became",
    "aru": "is", "arimasu": "is", "atta": "was", "arimashita": "was", "iru": "is", "imasu": "is", "ita": "was",
    "imashita": "was", "nai": "not", "nakatta": "was not", "janai": "is not", "ja": "is",
    "desu": "is", "deshita": "was", "datta": "was", "dearu": "is", "omou": "thinks", "omotta": "thought",
}

_JAPANESE_WORDS = {
    # question words
    "dare": "who", "donata": "who", "nani": "what", "nan": "what", "nande": "why", "itsu": "when",
    "doko": "where", "naze": "why", "doushite": "why", "dōshite": "why", "doshite": "why", "dou": "how",
    "dō": "how", "dono": "which", "dore": "which", "dochira": "which", "docchi": "which", "nansai": "how old",
    "nannin": "how many people", "ikutsu": "how many", "ikura": "how much", "donna": "what kind of",
    "誰": "who", "何": "what", "いつ": "when", "どこ": "where", "なぜ": "why", "どうして": "why",
    "何人": "how many people", "何歳": "how old", "何才": "how old",
    # particles (the idioms mark them first; these when the idioms leave one)
    "wa": "", "ga": "", "wo": "", "no": "of", "ni": "to", "de": "in", "kara": "from", "made": "until",
    "to": "and", "mo": "also", "ya": "and", "ka": "", "yori": "than", "tame": "for",
    "が": "", "は": "", "を": "", "の": "of", "に": "to", "で": "in",
    # pronouns, demonstratives, possessives
    "kare": "he", "kanojo": "she", "karera": "they", "watashi": "I", "boku": "I", "ore": "I",
    "anata": "you", "kono": "this", "sono": "that", "ano": "that", "kore": "this", "sore": "that",
    "are": "that", "koko": "here", "soko": "there", "jibun": "himself", "minna": "everyone",
    "dareka": "anyone", "nanika": "anything", "hoka": "other", "hokano": "other",
    # conjunctions, negation, adverbs
    "soshite": "and", "demo": "but", "dakedo": "but", "kedo": "but", "shikashi": "but", "moshi": "if",
    "mae": "before", "mae ni": "before", "ato": "after", "atode": "after", "ima": "now", "mou": "already",
    "mada": "still", "hontou": "really", "hontouni": "really", "hontoni": "really", "honto": "really",
    "chodo": "exactly", "choudo": "exactly", "seikaku": "exactly", "dake": "only", "shika": "only",
    "hitori": "alone", "tandoku": "alone", "zenbu": "all", "subete": "all", "iie": "no", "hai": "yes",
    "kekkyoku": "in the end", "saigo": "last", "saisho": "first", "hajimete": "first", "betsu": "other",
    "atarashii": "new", "atarashiku": "new", "shin": "new", "himitsu": "secret", "himitsuno": "secret",
    "anzen": "safe", "kiken": "dangerous", "honmono": "real",
    # people of the story
    "hannin": "the attacker", "kougekisha": "the attacker", "kogekisha": "the attacker",
    "hanninn": "the attacker", "yougisha": "the suspect", "yogisha": "the suspect", "keisatsu": "the police",
    "keisatsukan": "the police officer", "keikan": "the police officer", "omawarisan": "the police officer",
    "hokousha": "pedestrians", "hokosha": "pedestrians", "hito": "people", "hitobito": "people",
    "higaisha": "the victims", "giseisha": "the victims", "shisha": "the dead", "shishou": "casualties",
    "tsuma": "wife", "okusan": "wife", "otto": "husband", "kodomo": "children", "kazoku": "family",
    "heishi": "soldier", "terorisuto": "terrorists", "tero": "terror", "seifu": "the government",
    "daijin": "minister", "shushou": "the Prime Minister", "shusho": "the Prime Minister",
    "daitouryou": "the president", "daitoryo": "the president", "kisha": "journalist",
    "chosha": "author", "hissha": "author", "sakusha": "author", "kaisha": "company", "kigyou": "companies",
    "kigyo": "companies", "gurupu": "group", "guruupu": "group", "dantai": "group", "soshiki": "organisation",
    "tsuushinsha": "news agency", "tsushinsha": "news agency", "mochinushi": "owner", "shoyuusha": "owner",
    "shoyusha": "owner", "bengoshi": "lawyer", "saibankan": "judge", "tou": "party", "seitou": "party",
    "seito": "party", "kyouwatou": "Republican Party", "minshutou": "Democratic Party",
    # places, things, time
    "hashi": "the bridge", "kuruma": "the car", "jidousha": "the car", "basho": "place",
    "machi": "town", "toshi": "city", "kuni": "country", "igirisu": "Britain", "eikoku": "Britain",
    "amerika": "America", "beikoku": "the US", "rondon": "London", "gikai": "Parliament",
    "kokkai": "Parliament", "byouin": "hospital", "byoin": "hospital", "kitaku": "home", "ie": "house",
    "naifu": "knife", "hamono": "knife", "buki": "weapon", "juu": "gun", "denwa": "phone",
    "keitai": "phone", "sumaho": "smartphone", "anshouka": "encryption", "anshoka": "encryption",
    "angouka": "encryption", "angoka": "encryption", "angouka_sareta": "", "fuutou": "envelope", "futo": "envelope",
    "meeru": "email", "messeeji": "message", "messeji": "messages", "apuri": "app", "sabisu": "services",
    "saabisu": "services", "jouhou": "information", "joho": "information", "chouhou": "intelligence",
    "choho": "intelligence", "jouhoukikan": "intelligence services", "anzenhoshou": "security",
    "hoan": "security", "shouko": "evidence", "shoko": "evidence", "hou": "law", "houritsu": "law",
    "horitsu": "law", "reijou": "warrant", "reijo": "warrant", "sousareijou": "warrant",
    "kiji": "the article", "kijī": "the article", "midashi": "headline", "taitoru": "title",
    "daimei": "title", "bangumi": "programme", "shou": "show", "intabyu": "interview",
    "intabyuu": "interview", "nyuusu": "news", "nyusu": "news", "jiken": "the incident",
    "kougeki": "the attack", "kogeki": "the attack", "tero_jiken": "", "shuugeki": "the attack",
    "shugeki": "the attack", "kaigi": "meeting", "kaiken": "press conference", "seimei": "statement",
    "hatsugen": "remarks", "kotae": "answer", "hentou": "reply", "naiyou": "content", "naiyo": "content",
    "namae": "name", "nenrei": "age", "nen": "years", "sai": "years old", "shuukyou": "religion",
    "shukyo": "religion", "shigoto": "job", "shokugyou": "job", "shokugyo": "job", "kokuseki": "nationality",
    "nedan": "price", "kakaku": "price", "kingaku": "amount", "kane": "money", "okane": "money",
    "bakkin": "fine", "kyuuryou": "salary", "kyuryo": "salary", "meekaa": "make", "meka": "make",
    "burando": "brand", "douki": "motive", "doki": "motive", "riyuu": "reason", "riyu": "reason",
    "hi": "day", "shuu": "week", "shu": "week", "nichiyoubi": "Sunday", "nichiyobi": "Sunday",
    "suiyoubi": "Wednesday", "suiyobi": "Wednesday", "jikan": "time", "fun": "minutes", "kyou": "today",
    "kinou": "yesterday", "akusesu": "access", "kenri": "right",
    **_JAPANESE_VERBS,
}

# a long vowel typed as "ou", "oo" or "ō" is often typed short too ("doushite", "doshite")
_JAPANESE = {**{w.replace("ou", "o"): e for w, e in _JAPANESE_WORDS.items() if "ou" in w},
             **{w.replace("ou", "ō"): e for w, e in _JAPANESE_WORDS.items() if "ou" in w},
             **{w.replace("uu", "u"): e for w, e in _JAPANESE_WORDS.items() if "uu" in w},
             **_JAPANESE_WORDS}
# (shortened, these are other words: "toshi" a city, not "toushi"; "ko" ...)
for _word in ("do", "to", "so", "ko", "no", "mo"):
    _JAPANESE.pop(_word, None)

# words of talk and politeness, left out
_JAPANESE_DROPPED = frozenset("""ne nee yo sa na naa ano eto etto eeto un sou desu_ne jaa mazu chotto tte tteba
    kedo onegai onegaishimasu kudasai oshiete oshiete_kudasai sumimasen arigatou arigato doumo domo nanka
    toka tte kke dakke ttara tsumari yappari yahari""".split()) - {"desu_ne", "oshiete_kudasai"}
# the words glossed only before a word of Japanese or a name: English ones ("dare", "are", "made", "hi",
# "ore", "ie", "shin", "fun", "sai", "hai", "demo", "mae", "moshi" ...); the particles, which the idioms
# mark, are English or other languages' words too ("no", "to", "de", "ni", "ga", "wa", "o")
_JAPANESE_SHARED = frozenset("""dare are made hi ore ie shin fun ya ka ja nai ita iru hai demo ato ima sore
    no to de ni wa ga wo mo kara tame dake betsu itte tou hou shou juu motte kita atta aru sono ano machi ne na
    sa yo un kare kore""".split())
# the words that show a question is Japanese: its glossed and dropped words, less the English ones (the
# shared ones, "nan" a grandmother, "kisha", "tero"), and those of the other languages mixed in: Hindi ("kya",
# "hai", "ka", "ne", "na", "nahi", "kara", "jo"), Spanish, Italian, Portuguese ("demo", "hora", "no", "ya",
# "sono", "ato", "come"), Indonesian ("kita", "ini", "ada", "apa", "kata", "mau", "sumaho"), Tagalog ("ano",
# "ito", "kaya"), Swahili ("nani", "hii", "ni"), Turkish ("kara", "ne"), Greek and Arabizi in Latin letters
# ("ana", "ma", "mou", "ta"), Czech ("ano", "ne", "tou", "jo"), Scandinavian ("ja", "mot"), Hebrew ("ma", "mi")
_JAPANESE_MARK = (frozenset(_JAPANESE) | _JAPANESE_DROPPED) - _JAPANESE_SHARED - frozenset(
    """nan nani kisha tero ano ato ita kita kare mou hi ie ne yo sa na naa un toka tte kedo mae atta aru nai
    anata kita hoka sai shin fun kaiken hashi ima mada kuni toshi buki kane hito shu hou yonde unten juu kotae
    denwa seito okane omou natta naru motsu sumu yori ore iie dore kata mato kaku dou do mo koko
    soko tou subete minna hitori sono kore sore are kano kono dono""".split())


_ASKED = (r"who|whom|whose(?:\s+[\w'’-]+)?|what(?:\s+kind\s+of)?(?:\s+(?:day|time|year))?|which(?:\s+[\w'’-]+)?|"
          r"when|where|why|since\s+when|from\s+where|to\s+whom|with\s+whom|with\s+what|how\s+old|how\s+long|"
          r"how\s+much|how\s+many(?:\s+(?:people|minutes|hours|times|[\w'’-]+s))?|how")
# the verbs glossed, their base forms and the auxiliary English asks with
_BASE = {v: b for b, forms in {
    "say": "said says", "write": "wrote writes", "happen": "happened happens", "kill": "killed",
    "die": "died", "stab": "stabbed", "shoot": "shot", "drive": "drove", "rent": "rented", "use": "used uses",
    "pay": "paid", "buy": "bought", "want": "wants wanted", "demand": "demanded demands", "ask": "asked",
    "refuse": "refused", "prevent": "prevented", "hide": "hid hides", "force": "forced", "know": "knew knows",
    "find": "found", "read": "read", "open": "opened", "unlock": "unlocked", "send": "sent sends",
    "live": "lived lives", "come": "came", "act": "acted", "answer": "answered", "reply": "replied",
    "respond": "responded", "cooperate": "cooperated", "claim": "claimed", "announce": "announced",
    "speak": "spoke", "state": "stated", "call": "called", "attack": "attacked", "arrest": "arrested",
    "own": "owned owns", "have": "had", "contact": "contacted", "meet": "met", "resign": "resigned",
    "think": "thought thinks", "do": "did does", "learn": "learned", "convert": "converted", "vote": "voted",
    "appoint": "appointed", "oppose": "opposed", "agree": "agreed", "confirm": "confirmed",
    "investigate": "investigated", "interview": "interviewed", "become": "became becomes", "catch": "caught",
    "access": "accessed", "allow": "allowed", "pass": "passed", "last": "lasted", "fire": "fired",
    "tweet": "tweeted", "sign": "signed", "meet": "met meets",
}.items() for v in forms.split()}
_INTRANSITIVE = frozenset("happened happens died came".split())
_VERB = r"(?:(?:did|does|do)\s+not\s+\w+|(?:did|does)\s+\w+|(?:can|cannot|will)\s+\w+|(?:was|were)\s+(?:born|\w+ed|shot(?:\s+dead)?|" \
        r"stabbed|killed|caught|found|not)|drove\s+into|ran\s+over|found\s+out|was|were|is|are|%s)" % \
        "|".join(sorted(_BASE, key=len, reverse=True))


def _parts(body: str) -> list[tuple[str, str]]:
    """The phrases of a glossed question and what marked each: "T" topic or subject, "O" object,
    a preposition, "" the last (the predicate)."""
    parts, start = [], 0
    for m in re.finditer("(%s)|(%s)|%s(\\S+)" % (_TOPIC, _OBJECT, _POST), body):
        text = body[start:m.start()].strip()
        kind = "T" if m.group(1) else "O" if m.group(2) else m.group(3).replace("_", " ")
        parts.append((text, kind))
        start = m.end()
    parts.append((body[start:].strip(), ""))
    return parts


def _japanese_order(glossed: str) -> str:
    """A Japanese question glossed word for word, in English order where its particles part it
    clearly ("Rudd ~T about WhatsApp ~P what ~O said?" → "what did Rudd say about WhatsApp?", "the
    attacker ~T how old was?" → "how old was the attacker?"); otherwise the question word put first
    and the marks left out."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed.strip(), re.S)
    body, end = m.group(1).strip(" ,"), m.group(2).strip() or "?"
    # an owner before what it owns: "the attacker ~N name" → "the attacker's name", "who ~N" → "whose"
    body = re.sub(r"\b(?:who|whose)\s*%s\s*" % _OF, "whose ", body)
    body = re.sub(r"\b(what|which)\s*%s\s*(?:the\s+)?" % _OF, r"\1 ", body)
    body = re.sub(r"(?<=[\w.'’])\s*%s\s*" % _OF, "'s ", body).replace(_OF, "of ")
    body = re.sub(r"\b(?:the\s+)?([\w'’-]+'s)\s+the\s+", r"the \1 ", body)
    body = re.sub(r"\b(this|that|whose)\s+the\s+", r"\1 ", body, flags=re.I)
    out = _built(body) if "," not in body and not body.startswith("who said that") else None
    if out is None:
        # as typed, the question word first when it is the only one
        plain = re.sub(r"\s*%s(\S+)" % _POST, lambda p: " " + p.group(1).replace("_", " "), body)
        out = re.sub(r"\s*[%s%s]\s*" % (_TOPIC, _OBJECT), " ", plain)
    out = re.sub(r"\s{2,}", " ", out).strip()
    # the preposition English wants after a verb ("cooperate to the FBI": with)
    out = re.sub(r"\b(cooperat\w*|meets?|met|talk\w*|spoke|speak)\s+to\b", r"\1 with", out)
    out = re.sub(r"\b(oppos\w*|contact\w*)\s+to\b", r"\1", out)
    return out[:1].upper() + out[1:] + end if out[:1].isupper() else out + end


def _built(body: str) -> str | None:
    """The English question from the parts the particles mark, or None when they do not part it clearly."""
    parts = _parts(body)
    asked, role, subject, objects, preps = None, "", "", [], []
    adverbs = ""
    for text, kind in parts:
        m = re.match(r"^((?:(?:last|first|really|exactly|alone|in the end)\s+)*)(%s)\b\s*(.*)$" % _ASKED, text, re.I)
        if m and asked is None and (kind or m.group(3) or subject):
            adverbs, asked, text = m.group(1).strip(), m.group(2), m.group(3)
            role = kind if not text else "adverb"
            if role not in ("T", "O", "", "adverb"):
                # "dono bangumi de": on which programme
                prep = "on" if role == "in" and re.search(r"programme|show|bridge|day", asked) else role
                asked, role = f"{prep} {asked}", "adverb"
        if kind == "":
            predicate = text
        elif not text:
            continue
        elif kind == "T":
            if subject:
                return None
            subject = text
        elif kind == "O":
            objects.append(text)
        else:
            preps.append(f"{'on' if kind == 'in' and text.lower().endswith('bridge') else kind} {text}")
    if asked is None and parts[-1][0]:
        # the question word among the last words ("Rudd what said", "the attacker who"): asked of them
        m = re.match(r"^(.*?)\s*\b(%s)\s*(.*)$" % _ASKED, parts[-1][0], re.I)
        if m and not subject and m.group(1) and re.match(r"^(?:(?-i:[A-Z])|the\s)", m.group(1)):
            subject, asked, predicate, role = m.group(1), m.group(2), m.group(3), "O" if m.group(3) else ""
        elif m and not m.group(1):
            asked, predicate, role = m.group(2), m.group(3), "adverb"
    if adverbs:
        predicate = f"{adverbs} {predicate}".strip()
    verb = re.search(r"(?:^|\s)(%s)$" % _VERB, predicate, re.I)
    rest = " ".join(objects + preps)
    if verb is None:
        if predicate and not asked:
            return None
        # "the attacker ~T who" or "who ~T the attacker": who is the attacker
        if asked and role in ("T", ""):
            return f"{asked} is {' '.join(x for x in (subject, predicate, rest) if x)}"
        return None
    verb_text, before = verb.group(1), predicate[:verb.start(1)].strip()
    if before == "alone":
        # "hitori de koudou shita": acted alone
        rest, before = " ".join(x for x in (rest.replace("alone", "", 1).strip(), "alone") if x), ""
    if before and re.fullmatch(r"(?:last|first|really|exactly)", before) and subject:
        # an adverb before its verb: "did Masood last send"
        subject, before = f"{subject} {before}", ""
    low = verb_text.lower()
    rest = " ".join(x for x in (before, rest) if x)
    if asked is None:
        if not subject:
            return None
        # asking whether: "did Masood act alone?", "was Masood alone?"
        if low in ("was", "were", "is", "are"):
            return f"{low} {subject} {rest}"
        if re.match(r"(?:was|were)\s", low):
            aux, participle = low.split(None, 1)
            return f"{aux} {subject} {participle} {rest}"
        if low in _BASE:
            aux = "does" if low.endswith("s") and low not in ("was",) and _BASE[low] + "s" == low else "did"
            return f"{aux} {subject} {_BASE[low]} {rest}"
        return None
    if role == "T" or not subject:
        # the question word is the subject ("who wrote the article", "what happened on the bridge") or
        # there is none
        if low in ("was", "is") and asked.lower().startswith("how many"):
            verb_text = "were" if low == "was" else "are"
        if low in ("was", "is", "were", "are"):
            return f"{asked} {verb_text} {rest}"
        if re.match(r"(?:was|is)\s", low) and asked.lower().startswith("how many"):
            verb_text = re.sub(r"^(?:was|is)", "were", verb_text)
        return f"{asked} {verb_text} {rest}"
    if low in ("was", "were", "is", "are"):
        return f"{asked} {low} {subject} {rest}"
    m = re.match(r"^(was|were|did|does|do|can|cannot|will)\s+(not\s+)?(.+)$", verb_text, re.I)
    if m:
        return f"{asked} {m.group(1)} {subject} {m.group(2) or ''}{m.group(3)} {rest}"
    if low in _BASE and low not in _INTRANSITIVE or (low in _INTRANSITIVE and subject):
        base = _BASE.get(low, low)
        aux = "does" if low == base + "s" else "did"
        return f"{asked} {aux} {subject} {base} {rest}"
    return f"{asked} {subject} {verb_text} {rest}"


# the words a Japanese question ends with: its verbs, copulas, "ka" and the question words asked last
_ENDINGS = frozenset(_JAPANESE_VERBS) | frozenset(_SURU_FORMS) | frozenset(
    "ka no desu deshita datta dare nani nan itsu doko naze ita iru atta aru nai tsuzuita tsuzukimashita".split())


class _Shown:
    """Whether a question shows Japanese however few its marks (``Language.opening``, matched as a
    pattern is): a subject, topic or object particle ("wa", "ga", "wo"), which no English question
    has, and a Japanese ending ("Masood wa doko ni sunde ita?"); Swahili's "wa" ends in no such word."""

    def match(self, question: str) -> bool:
        words = re.findall(r"[\w'’-]+", question.lower())
        return len(words) > 2 and bool({"wa", "ga", "wo", "は", "が", "を"} & set(words[1:-1])) and \
            (words[-1] in _ENDINGS or words[-1].endswith(("tta", "nda", "shita", "mashita", "sareta", "masu", "masen")))


JAPANESE = Language(_JAPANESE_IDIOMS, _JAPANESE, _JAPANESE_DROPPED, _JAPANESE_MARK, reorder=_japanese_order,
                    shared=_JAPANESE_SHARED, opening=_Shown())
