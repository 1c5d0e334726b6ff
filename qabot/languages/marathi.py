"""Marathi mixed into English questions, read in English.

People from Maharashtra (Mumbai, Pune) type Marathi in Latin letters around the story's names ("Rudd
ne WhatsApp baddal kay mhatla?", "attacker che vay kiti hote?"), in chat spellings ("kay", "kaay";
"kuthe", "kuthey"), seldom in Devanagari, put in Latin letters first. As in Hindi and Punjabi the verb
comes last, a postposition after its noun, often glued to it ("WhatsAppbaddal", "Rudd-ne"), and the
question word late: the idioms part the endings, put a postposition before its noun ("about·WhatsApp"),
an owner before what it owns ("attacker cha naav": attacker's name) and a verb of two words in English
("jababdari ghetli": claimed responsibility, "unlock kela": unlocked); ``_marathi_order`` then puts the
question word first and the verb after its subject (the words before "ne", marked "§") with Punjabi's
reading, whose marks these are. Marathi shares many words with Hindi, read first ("nahi", "hota",
"sarkar", "gaadi"), so its marks are its own words ("kuthe", "mhanla", "ahe", "baddal") and frames
("kon hota?", "unlock kela ka?").
"""
from __future__ import annotations

import re
import unicodedata

from qabot.languages import Idioms, Language, hindi_urdu
# (Punjabi's English order serves Marathi: both glossings are English words in the order subject, object,
# verb, with the same marks)
from qabot.languages.punjabi import _base, _glossary, _past, _punjabi_order

# -- script --

# the commonest words in Devanagari, in Latin letters (a vowel sign is no \w to Python: ``_glossed``
# would split a Devanagari word)
_SCRIPT = {unicodedata.normalize("NFC", k): v for k, v in (p.split(":") for p in """कोण:kon कोणी:koni
    कोणाला:konala कोणाचा:konacha कोणाची:konachi कोणाचे:konache काय:kay कधी:kadhi केव्हा:kevha कुठे:kuthe
    कुठून:kuthun का:ka कशाला:kashala कशासाठी:kashasathi किती:kiti कसा:kasa कशी:kashi कसे:kase कोणता:konta
    कोणती:konti कोणते:konte कोणत्या:kontya कसला:kasla म्हणाल्या:mhanalya म्हणाले:mhanale म्हणाला:mhanala म्हणाली:mhanali
    सांगितले:sangitle लिहिले:lihile लिहिला:lihila झाले:jhale झाला:jhala झाली:jhali मेले:mele मारले:marle
    होते:hote होता:hota होती:hoti आहे:ahe आहेत:ahet नाही:nahi ने:ne ला:la चा:cha ची:chi चे:che च्या:chya
    मध्ये:madhye बद्दल:baddal वर:var आणि:ani लोक:lok वय:vay वर्षे:varshe नाव:naav लेख:lekh पोलिस:police
    पोलीस:police हल्ला:halla हल्लेखोर:hallekhor पूल:pul गाडी:gaadi सरकार:sarkar कायदा:kayda""".split())}


def _script(m: re.Match) -> str:
    """A word in Devanagari in Latin letters, if known."""
    word = unicodedata.normalize("NFC", m.group(0))
    return _SCRIPT.get(word, word)


# -- endings --

# the endings typed on an English word or a name ("Ruddne", "attackercha", "WhatsAppbaddal"); those
# no English word ends with are parted after any word, the others after a name, or after a word of
# English's own endings ("attackerla", "governmentne"), never after a Marathi verb ("mhanla")
_LOOSE_ENDS = "chya madhye madhe mdhe baddal badal vishayi sathi pasun kadun nantar paryant mule".split()
_OWN_ENDS = "cha chi che".split()
_NAME_ENDS = "ne la var shi".split()
_ENDS = "|".join(sorted(_LOOSE_ENDS + _OWN_ENDS + _NAME_ENDS, key=len, reverse=True))
_ENGLISH_STEM = re.compile(r"(?:er|or|ist|ment|ice|ny|nies|ple|ion|app|ies|ry|ce|ne)$", re.I)
# English words that end as Marathi's endings do
_NOT_GLUED = frozenset("""gotcha matcha avalanche scene serene hygiene obscene kerosene osborne melbourne byrne
    verne lucerne sterne cheyenne etienne dunne lynne gwynne jeanne milne bourne bolivar tesla wayne
    payne thorne horne lorne carla karla darla perla kayla layla psyche creche blanche kimchi ranchi bianchi""".split())


def _unglued(m: re.Match) -> str:
    """"Rudd-ne", "Ruddne" → "Rudd ne"; a word of Marathi's own or an English word as it is."""
    stem, end, word = m.group(1), m.group(3), m.group(0)
    low, last = end.lower(), stem[-1:].lower()
    if m.group(2):
        return f"{stem} {end}"
    if word.lower() in _MARATHI or word.lower() in _NOT_GLUED or len(stem) < (2 if stem.isupper() else 3):
        return word
    if low in _LOOSE_ENDS or stem.isupper() and len(stem) > 1:
        return f"{stem} {end}"
    if low in _OWN_ENDS:
        ok = last not in "aiousu" or stem.lower() in _NOUNS
    else:
        ok = (stem[0].isupper() or _ENGLISH_STEM.search(stem)) and last not in "aiou" and \
            not (low == "la" and last == "l") and (last != "e" or stem.islower())
    return f"{stem} {end}" if ok else word


# -- idioms --

_B, _E = r"(?<![\w'’-])", r"(?![\w'’-])"
_WH = r"(?:kay|kaay|kai|kon|koni|kuni|kadhi|kevha|kuthe|kuthey|kuthun|ka|kashala|kiti|kasa|kashi|kase|nahi)"
_DID = r"(?:kela|keli|kele|kelya|kelay|keliy)"
_WAS = r"(?:hota|hoti|hote|hotya)"
_IS = r"(?:ahe|aahe|ahet|aahet|ahey|aahey|ahay)"
_GELA = r"(?:gela|geli|gele|gelya)"
_JHALA = r"(?:jhala|jhali|jhale|zala|zali|zale|jhalya|zalya)"
_END = r"(?=\s*(?:[?.!,]|$))"


def _frame(word: str) -> bool:
    """Whether ``word`` is a word of Marathi's frame (a question word, a particle, a verb), no noun nor
    adjective ("navya kaydya nusar": according to the new law)."""
    low = word.lower()
    return low in _MARATHI and low not in _NOUNS and _MARATHI[low] not in _ADJECTIVES or \
        low in _MARATHI_DROPPED or low in _IDIOM_WORDS or low in _POSTPOSITIONS


def _joined(words: str, verb: str, english: str, owned: str = "") -> tuple[str, object]:
    """A noun and its light verb in English, a question word between them before ("halla kadhi kela"
    → "kadhi attacked"), the noun's owner after ("hallya chi jababdari ghetli" → "claimed
    responsibility for hallya")."""
    def put(m: re.Match) -> str:
        owner = m.group("owner")
        if owner and _frame(owner):
            return f"{owner} {m.group('wh')}{english}"
        return f"{m.group('wh')}{english}" + (f" {owned}{owner}" if owner else "")
    return (rf"{_B}(?:(?P<owner>[\w'’.-]+)\s+(?:cha|chi|che|chya)\s+)?(?:{words})\s+(?P<wh>(?:{_WH}\s+)*)"
            rf"(?:{verb})(?:\s+(?:{_WAS}|{_IS}))?{_E}", put)


# the English verbs made passive with "jhala" ("arrest jhala": was arrested); a noun before it happened
_PASSIVES = frozenset("""arrest kill injure shoot stab ban pass release hack unlock publish elect appoint fire block
    leak approve sign launch convict charge detain identify confirm suspend sack jail question""".split())


def _english_verb(m: re.Match) -> str:
    """An English verb made with "karne" ("unlock kela": unlocked, "use karte": uses, "ban karnar":
    will ban, "arrest jhala": was arrested)."""
    word, wh, aux = m.group(1), m.group(2) or "", m.group(3).lower()
    if _frame(word) or word.lower() in _NOUNS or word[0].isupper() and word != "WhatsApp":
        return m.group(0)
    if aux.startswith(("jh", "z", "g")):
        if word.lower() not in _PASSIVES:
            # "attack jhala": the attack happened
            return m.group(0)
        return f"{wh}{'were' if aux.endswith(('e', 'ya')) else 'was'} {_past(word)}"
    if aux.startswith("karn"):
        return f"{wh}will {word}"
    if aux.startswith("kar"):
        return f"{wh}{word}" if aux.endswith("at") else f"{wh}{word}s"
    return f"{wh}{_past(word)}"


# the imperfect before "hota" or "ahe" ("rahat hota": lived, "vaparat ahe": uses)
_IMPERFECT = _glossary("""live: rahat raahat; say: mhanat bolat; do: karat; write: lihit; drive: chalavat;
    use: vaparat; want: magat; know: olakhat; work: kaam-karat; send: pathavat; read: vachat""")
# the infinitives before "shakto" (can), "shakla" (could)
_INFINITIVES = _glossary("""read: vachu vaachu; open: ughadu; send: pathavu; write: lihu; say: bolu mhanu; tell: sangu;
    use: vaparu; stop: thambavu rokhu roku; do: karu; meet: bhetu; kill: maru; see: pahu baghu; give: deu;
    take: gheu ghyau; find: shodhu; access: access-karu""")


def _infinitive(modal: str):
    """"vachu shakte" → "can read", "unlock karu shakte" → "can unlock"."""
    def put(m: re.Match) -> str:
        word, verb = m.group(1) or "", m.group(2).lower()
        english = _INFINITIVES.get(verb)
        if english is None:
            return m.group(0)
        if english == "do" and word and not _frame(word) and not word[0].isupper():
            return f"{modal} {word}"
        return f"{word} {modal} {english}".strip()
    return put


def _verb(word: str) -> bool:
    """Whether ``word`` is a past or present verb, Marathi ("ghetli") or English ("rented")."""
    low = word.lower()
    english = _MARATHI.get(low, low)
    return low not in _NOUNS and english not in ("was", "were", "is", "are") and \
        (english.startswith("will ") or bool(_base(english.split()[-1])))


def _done(m: re.Match) -> str:
    """A verb without its "hota" or "ahe" ("ghetli hoti": took, "rented hoti": rented)."""
    return m.group(1) if _verb(m.group(1)) else m.group(0)


def _purpose(m: re.Match) -> str:
    """"iPhone unlock karayla" → "to·unlock·iPhone" (what it is done for, one phrase)."""
    thing, verb = (m.group(1) or "").strip(), m.group(2)
    if _frame(verb) or verb in _NOUNS:
        return m.group(0)
    if thing and not _frame(thing):
        return "·".join(["to", verb, thing])
    return f"{thing} to·{verb}".strip()


def _imperfect(m: re.Match) -> str:
    """"rahat hota" → "lived", "vaparat ahe" → "uses"."""
    base = _IMPERFECT.get(m.group(1).lower())
    if base is None:
        return m.group(0)
    if m.group(2).lower().startswith("h"):
        return _past(base)
    return base if m.group(2).lower().endswith("t") else base + "s"


# who is told, sent or written to ("Rudd ne companies na kay sangitla": told the companies), who wants or
# knows ("Rudd la kay pahije": what does Rudd want), else whom a deed is done to, "la" left out
_TO = frozenset("said wrote sent gave spoke talked showed explained".split())
_HAS = frozenset("wants want knew knows got liked felt should".split())
_DONE_TO = frozenset("killed arrested stabbed shot caught injured attacked hit fired stopped released jailed".split())
_AGENT = re.compile(r"\b(?:ne|ni|nni|tyane|tine|tyanni|tyani|koni|kuni|kon|kaun|polisanni|who)\b|§", re.I)


def _next_verb(rest: str) -> str:
    """The English of the first verb in ``rest``, a Marathi one or an English one glossed already."""
    for w in re.findall(r"[\w'’-]+", rest):
        low = w.lower()
        english = _MARATHI.get(low, low)
        if english in _TO | _HAS | _DONE_TO or low in ("pahije", "pahijet", "hava", "havi", "havay", "mahit") or \
                (low not in _NOUNS and _base(english)):
            return "wants" if low in ("pahije", "pahijet", "hava", "havi", "havay") else \
                "knew" if low == "mahit" else english
    return ""


def _dative(m: re.Match) -> str:
    """A word and its "la" (or "na"): a subject that wants or knows, "to" before it, or an object."""
    words, rest = m.group("run").split(), m.string[m.end():]
    k = len(words)
    while k > 0 and len(words) - k < 4 and not _frame(words[k - 1]) and words[k - 1] not in ("§", "the"):
        k -= 1
    if k == len(words):
        return m.group(0)
    lead, run, verb = " ".join(words[:k]), " ".join(words[k:]), _next_verb(rest)
    if re.fullmatch(r"(?-i:[A-Z])\w*day|\w+var|\d+|tarkh\w*", words[-1]):
        # "Thursday la": on Thursday
        lead, run = " ".join(words[:-1]), f"on·{words[-1]}"
    elif verb in _HAS:
        run = f"{run} §"
    elif verb in _TO:
        run = "·".join(["to", *words[k:]])
    elif verb in _DONE_TO and not _AGENT.search(m.string):
        # "Masood la kuthe atak keli?": where was Masood arrested
        run = f"{run} ‡"
    return f"{lead} {run} ".lstrip()


_POSTPOSITIONS = _glossary("""about: baddal badal baddl vishayi vishai; in: madhe madhye mdhe madhi; on: var vr varti;
    from: kadun pasun; with: shi sobat barobar kade; for: sathi karita; after: nantar; before: aadhi adhi purvi;
    until: paryant paryanta; because of: mule; according to: nusar anusar pramane; against: virudh viruddh;
    through: dware marfat; without: shivay vina; in front of: samor""")
_OWNS = frozenset("cha chi che chya cho".split())
# the English the idioms give before the postpositions are placed ("kiti varsh": how many years), no noun's
_ENGLISH_FRAME = frozenset("""the and or § how many much what who whom whose which when where why old long times years
    was is were are not can could should will""".split())
_WHICH = frozenset("konta konti konte kontya konata konati konate konatya kuthla kuthli kuthle kuthlya".split())
# the nouns with "-at" (in) or "-var" (on) as one word ("hallyat": in the attack)
_LOCATIVES = {w: f"{noun} {post}" for noun, post, words in (p.split(":") for p in """hallya:madhe:hallyat hallyaat;
    lekh:madhe:lekhat; gaadi:madhe:gaadit gadit; kayda:madhe:kaydyat; shahar:madhe:shaharat; desh:madhe:deshat;
    pul:var:pulavar pulavr; karyakram:madhe:karyakramat; mulakhat:madhe:mulakhatit; message:madhe:messagemadhe"""
    .split(";")) for w in words.split()}


# who does things ("attacker Birmingham madhe": the attacker ... in Birmingham), and the words naming a place
# after a name ("Westminster Bridge var": on Westminster Bridge)
_AGENTS = frozenset("police attacker attackers government minister officer company companies terrorists hallekhor "
                    "polis sarkar".split())
_PLACES = frozenset("bridge street road tower square house palace park station abbey hospital court".split())
_BEING = frozenset("lived lives was is were are born worked stayed came".split())


def _opens(kept: list[str], words: list[str], rest: list[str], question: str) -> bool:
    """Whether the first of ``kept``, the words before a postposition, is the question's subject: it opens
    the question, no "ne" tells another, and it is one who does things or what follows is the verb alone."""
    if len(kept) < 2 or "'s" in kept[:2] or not all(_frame(w) or "·" in w for w in words) or \
            re.search(r"\b(?:ne|ni|nni)\b", question):
        return False
    if kept[0].lower() in _AGENTS:
        return True
    plain = all(w.lower() in _MARATHI or w.lower() in _IDIOM_WORDS or "·" in w or _base(w) or
                w in ("was", "is", "were", "are", "can", "will") for w in rest)
    if kept[0][:1].isupper() and kept[1][:1].isupper():
        # "Masood Birmingham madhe rahat hota?", not "Westminster Bridge var kay jhala?"
        return plain and len(kept) == 2 and kept[1].lower() not in _PLACES and \
            any(_MARATHI.get(w.lower(), w) in _BEING for w in rest)
    return plain


def _postposition(m: re.Match) -> str:
    """A postposition before the words as typed before it, one word with them ("WhatsApp baddal" →
    "about·WhatsApp", "Masood chya gaadi madhe" → "in·Masood·'s·gaadi", "kontya show var" → "on which
    show"); a word opening the question is its subject ("attacker Birmingham madhe rahat hota?")."""
    words, post = m.group("run").split(), m.group("p").lower()
    english = _POSTPOSITIONS[post]
    kept: list[str] = []
    while words and len(kept) < 5:
        low = words[-1].lower()
        if low in _OWNS and len(words) > 1 and not _frame(words[-2]):
            kept[:0] = [words[-2], "'s"] if kept else [words[-2]]
            del words[-2:]
        elif not _frame(low) and low not in _OWNS and low not in _ENGLISH_FRAME and "·" not in low:
            kept.insert(0, words.pop())
        else:
            break
    if post in ("adhi", "aadhi") and not (kept and (kept[-1].lower() in _NOUNS or kept[-1][:1].isdigit() or
                                                    "'s" in kept)):
        # "Masood adhi kuthe rahat hota?": earlier
        return m.group(0)
    if english == "from" and kept and re.fullmatch(r"\d{4}|kal|aaj|[A-Z]\w+day|\w+var|hallya|halla", kept[-1]):
        english = "since"
    rest = re.match(r"[^?.!,]*", m.string[m.end():]).group(0).split()
    if _opens(kept, words, rest, m.string):
        words, kept = words + kept[:1], kept[1:]
    if kept and words and words[-1].lower() in _WHICH:
        return " ".join(words[:-1] + [english, words[-1]] + kept)
    if kept:
        return " ".join(words + ["·".join([*english.split(), *kept])])
    return " ".join(words + [english])


def _owner(m: re.Match) -> str:
    """"attacker cha naav" → "attacker 's naav", not after a word of the frame."""
    return m.group(0) if _frame(m.group(1)) else f"{m.group(1)} 's "


_MARATHI_IDIOMS = Idioms([
    # the script in Latin letters; endings parted; the words of talk out
    (r"[\u0900-\u0963\u0966-\u097f]+", _script), (r"\u0964|\u0965", "."),
    (rf"{_B}([A-Za-z][\w.]*?)([-'’])?({_ENDS}){_E}", _unglued),
    (r"\s*\b(?:mala\s+)?(?:sanga|sang|sangal|sangshil|sangu\s+shakal)(?:\s+(?:na|ka|re|please|plz))?\b"
     r"(?=\s*(?:[?.!,]|$))", ""),
    (r"\s*\b(?:re|ga|bhau|bhava|yaar|yar|bro|dada|mitra|na|ho|please|plz|pls)\b(?=\s*(?:[?.!,]|$))", ""),
    (r"\s*\b(?:re|ga|bhau|yaar|bro|dada)\b(?=\s*(?:[?.!,]|$))", ""),
    (r"\b(kon|kay|kuthe|kadhi|kevha|kiti)\s+\1\b", r"\1"), (r"\b(?:kaay|kaai)\b", "kay"),
    # a perfect as a past ("lihilay": wrote), a participle as its verb's English ("vaparlela chaku": used knife)
    (r"\b(\w+l)(?:ay|aay|ey)\b", lambda m: m.group(1) + "a" if (m.group(1) + "a").lower() in _VERBS else m.group(0)),
    (r"\b(\w+)le(?:la|li|le|lya)\b", lambda m: m.group(1) + "la" if (m.group(1) + "la").lower() in _VERBS
     else m.group(0)),
    (r"\b(?:%s)\b" % "|".join(_LOCATIVES), lambda m: _LOCATIVES[m.group(0).lower()]),
    # "to" (he) opening a question or before a question word: English "to" is glossed nowhere, nor "he"
    # (this), English "he"
    (r"(^\s*|[,;]\s*)to(?=\s+(?!whom\b)[\w'’-])|\bto(?=\s+(?:kon|kay|kuthe|kadhi|kevha|kasa|ka|kashala|ekta|"
     r"ektach|kharach|khara|rahat|pan|kiti)\b)", lambda m: (m.group(1) or "") + "he"),
    # asking whether: "ka" last, "ki nahi" (or not)
    (r"\b(?:ka|kaa)\s+(?:nahi|nay)" + _END, "or·not"), (r"\bki\s+(?:nahi|nay)" + _END, "or·not"),
    (r"\s+\b(?:ka|kaa)" + _END, ""), (r"\b(?:ka|kaa)\s+ki\b", "that"),
    # age, time, money, times
    (r"^\s*(.+?)\s+(?:(?:che|cha|chi|chya)\s+(?:vay|vaya|age)\s+(?:kiti|kay)|kiti\s+varsh\w*\s*(?:cha|chi|che)?)\s+"
     r"(%s|%s)\b" % (_WAS, _IS), lambda m: f"how old {'was' if m.group(2).lower().startswith('h') else 'is'} "
     f"{m.group(1)}"),
    (r"\b(?:vay|vaya)\s+kiti\b|\bkiti\s+(?:vay|varshancha|varshacha|varshachi|varshache)\b", "how old"),
    (r"\b(\d+)\s+varsh\w*(?:\s+(?:cha|chi|che|chya))?(?![\w'’-])", r"\1 years old"),
    (r"\bkiti\s+(?:jan|jana|jani|jan[ae]nna|log)\b", "how many people"),
    (r"\b(?:aadhi|adhi)\s*pasun\b", "already"), (r"\b(kon|kun)a\s+la\b", r"\1ala"),
    (r"\bkiti\s+(?:vela|veles|vaar|vaar\w*|da|vakhat)\b", "how many times"),
    (r"\bkiti\s+(?:vel|veli|velane|kal|kaal|divas)\b", "how long"),
    (r"\b(?:kadhi|kevha)\s*pasun\b|\bkadhipasun\b", "since when"), (r"\b(?:kadhi|kevha)\s*paryant\b", "until when"),
    (r"\bkiti\s+(?:paise|rupaye|rupees|dollar\w*|pound\w*|kimmat|kimat)\b", "how much money"),
    (r"\b(?:kimmat|kimat)\s+kiti\b", "what price"),
    (r"\bkiti\s+va+ja?t?(?:a|le|la)\b|\bkontya\s+veli\b", "what time"),
    (r"\bkiti\s+varsh\w*\b", "for how many years"),
    (r"\b(?:kontya|konatya|kuthlya)\s+(?:divashi|vari|tarkhela|tarikhela)\b", "on which day"),
    (r"\b(?:kontya|konatya|kuthlya)\s+prakar\w*\b|\b(?:kasla|kasli|kasle|kaslya)\b", "what kind of"),
    (r"\bkay\s+(?:jhala|zala|ghadla|jhal|zal)\b", "what happened"),
    (r"\bkasha\s*(?:baddal|badal|varun|vishayi)\b", "about what"),
    (r"\b(?:kay\s+karan|karan\s+kay)\b", "why"),
    (r"^\s*(.+?)\s+kuthla\s+(%s|%s)\b" % (_WAS, _IS), r"where \2 \1 from"),
    # phrases
    (r"\b(?:grih|gruh|gruha|home)\s*mantri\b", "Home Secretary"),
    (r"\b(?:pant|pradhan)\s*pradhan\b|\bpradhanmantri\b", "Prime Minister"),
    (r"\bislami[ck]?\s+(?:rajya|rashtra|state)\b|\bdaesh\b", "Islamic State"),
    (r"\b(?:gunhegari|guhnegari|criminal)\s+(?:record|itihas|parshvabhumi|background)\b|\bgunhyancha\s+record\b",
     "criminal record"),
    (r"\b(?:vrutta|batmi|news)\s*(?:sanstha|agency)\b|\bvruttasanstha\b", "news agency"),
    (r"\bpolice\s*(?:adhikari|karmachari|shipai|wala|vala|officer)\b", "police officer"),
    (r"\b(?:guptchar|guptcharya|suraksha)\s+(?:yantrana|sanstha|seva|vibhag)\b", "security services"),
    (r"\b(?:shevti|shevati|shevat|akheris|akherila)\b", "finally"),
    (r"\b(?:khara|khare|khari)\s+(?:naav|nav|nao)\b", "real name"),
    (r"^\s*(.+?)\s+(?:cha|chi|che|chya|la|kade)\s+criminal\s+record\s+(?:%s|%s)\b" % (_WAS, _IS),
     r"did \1 have a criminal record"),
    (r"\b(?:kontya|konatya|kuthlya|konta|konti|konte)\s+(?:company|kampani|brand)\s*(?:chi|cha|che|chya)\s+(\w+)",
     lambda m: f"which {_MARATHI.get(m.group(1).lower(), m.group(1))}_make"),
    (r"\b(?:bhadyane|bhadyavar|bhadyachi|bhadyacha|bhadyachya)\b", "rented"),
    (r"\b(?:ekta|ektach|ekata|ekatach|ekla|eklach|ekti|ektyane|ektyanech)\s+(?:kela|keli|kele|kam\s+kela)\b",
     "acted alone"),
    # a verb of two words
    (r"\b(?:goli|golya)\s+(?:marun|ghalun)\s+(?:thar|thaar)\s+(?:kela|marla)\b", "shot dead"),
    (r"\b(?:thar|thaar)\s+(?:marla|marle|kela|kele)\b", "killed"),
    (r"\b(?:jakhmi|zakhmi|ghayal)\s+(?:jhale|zale|hote|jhalya|zalya)\b", "were injured"),
    (r"\b(?:jakhmi|zakhmi|ghayal)\s+(?:jhala|zala|jhali|zali|hota|hoti)\b", "was injured"),
    (r"\bkadhun\s+(?:takla|takle|takli)\b", "fired"), (r"\bmarun\s+(?:takla|takle|takli)\b", "killed"),
    (r"\bshiksha\s+(?:jhali|zali|jhala|zala)\b", "was convicted"),
    (r"\b([a-z]+)\s+karun\s+(?:deil|denar|dil)\b",
     lambda m: m.group(0) if _frame(m.group(1)) else f"will {m.group(1)}"),
    (r"\b(?:marle|mele)\s+gele\b", "were killed"), (r"\b(?:marla|marli)\s+(?:gela|geli)\b", "was killed"),
    (r"\b(?:atak|arrest)\s+(?:jhali|jhala|zali|zala|keli\s+geli|kela\s+gela)\b", "was arrested"),
    (r"\b([\w'’.-]+)\s+(?:cha|chi|che|chya)\s+(?:janm|janma|jalm)\s+((?:%s\s+)*)%s\b" % (_WH, _JHALA),
     r"\2\1 was born"),
    (r"\b(?:janm|janma|jalm)\s+(?:jhala|zala|jhali|zali)\b|\b(?:janmala|janmla|janmali|jalmala)\b", "was born"),
    _joined(r"jababdari|jabaabdari|javabdari|jababdaari|jimmedari|zimmedari|jabab\s*dari",
            r"ghetli|ghetla|swikarli|swikarali|svikarli|kabul\s+keli|ghetaliy", "claimed responsibility", "for "),
    _joined(r"dava|daava|dawa|claim", _DID + r"|karto|karte", "claimed"),
    _joined(r"halla|hamla|attack", _DID, "attacked", "on "),
    _joined(r"khun|khoon|hatya", _DID, "murdered"),
    _joined(r"atak|arrest", _DID, "arrested"),
    _joined(r"nakar|inkar|nakaar", r"dila|dile|dili|kela|keli", "refused"),
    _joined(r"madat|madad|help", r"keli|kela|kele", "helped"),
    _joined(r"uttar|javab|jawab|reply", r"dila|dile|dili|dilay", "answered"),
    _joined(r"pratisad|pratikriya|response", r"dila|dile|dili|dilay", "responded"),
    _joined(r"sahkarya|sahakarya|sahkary", _DID, "cooperated"),
    _joined(r"sahkarya|sahakarya|sahkary", r"karnar", "will cooperate"),
    _joined(r"sahkarya|sahakarya|sahkary", r"karat|karto|karte|kartat", "cooperates"),
    _joined(r"vapar|upyog|upayog|use", _DID, "used"),
    _joined(r"bhet|meeting", r"ghetli|ghetla|jhali|zali|keli", "met", "with "),
    _joined(r"bhet|meeting", r"ghenar|honar", "will meet", "with "),
    _joined(r"charcha|baat|bolna", r"keli|kela", "talked", "about "),
    _joined(r"bandi|ban", r"ghatli|ghatla|aanli|keli|kela", "banned"),
    _joined(r"rajinama|rajeenama|rajinaama", r"dila|dile", "resigned"),
    _joined(r"nivedan|vidhan|statement", r"dila|dile|kela|keli|kele|jari\s+kela", "said"),
    _joined(r"goli|golya|gholi", r"marli|marlya|ghatli|zadli|zadlya|chalavli|maarli", "shot"),
    _joined(r"(?:chaku|chaaku|suri|sura)(?:\s*ne)?|chakune|surine", r"marla|marle|marli|bhoskla|bhoskle|khupsla",
            "stabbed"),
    _joined(r"rented|rent\s+(?:ne|var)|kiraye", r"ghetli|ghetla|ghetle", "rented"),
    _joined(r"pata|patta|shodh", r"lagla|lagle|lavla|lavle", "found out"),
    _joined(r"musalman|muslim|islam", r"jhala|zala|swikarla|kabul\s+kela", "converted to Islam"),
    _joined(r"magni|maagni|demand", r"keli|kela|kele", "demanded"),
    _joined(r"paise|pay|payment|paisa", r"dile|dila|bharle|bharla|kele|kela", "paid"),
    _joined(r"golibar|firing", _DID, "fired"), _joined(r"nirnay|faisla", r"ghetla|ghetli", "decided"),
    _joined(r"chaukashi|tapas|tapaas", r"keli|kela", "investigated"),
    _joined(r"mrutyu|maran|mrutu", r"jhala|zala|pavla|pavle", "died"), (r"\bjiv\s+gamavla\b", "died"),
    _joined(r"message|msg|sandesh", r"kela|keli|pathavla|pathavle|pathavli", "messaged"),
    (r"\b(?:gaadi|gadi|car|gaddi)\s+(?:ghatli|ghusavli|chadhavli)\b", "drove the car into"),
    # tenses of two words: "ghetli hoti" took, "rahat hota" lived, "vachu shakte" can read, an English verb
    # made with "karne" ("unlock kela")
    (r"\b(\w+)\s+(%s|%s)\b" % (_WAS, _IS), _imperfect),
    (rf"{_B}([A-Za-z]+)\s+((?:{_WH}\s+)*)(kela|keli|kele|kelya|karto|karte|kartat|karat|karnar|{_JHALA}|"
     rf"{_GELA}){_E}", _english_verb),
    (r"\b(?:(\w+)\s+)?(\w+)\s+(?:shakto|shakte|shakat|shaktat|shakel|shaktil)(?:\s+" + _IS + r")?\b",
     _infinitive("can")),
    (r"\b(?:(\w+)\s+)?(\w+)\s+(?:shakla|shakli|shakle)(?:\s+" + _WAS + r")?\b", _infinitive("could")),
    (r"\b(\w+)\s+(?:karave|karava|karavi|karayla\s+pahije|karaylach\s+pahije)\b",
     lambda m: m.group(0) if _frame(m.group(1)) else f"should {m.group(1)}"),
    (r"\b(?:karave|karava|karavi)(?:\s+(?:lagel|lagnar|lagla|lagle|lagli))?\b", "should do"),
    (r"\b([\w'’.-]+\s+)?([a-z]+)\s+(?:karayla|karaila)\b(?!\s+(?:pahije|%s|%s))" % (_IS, _WAS), _purpose),
    (r"\b(\w+)\s+(?:karaycha|karaychi|karayche|karaychya)\s+(?:%s|%s)\b" % (_IS, _WAS),
     lambda m: m.group(0) if _frame(m.group(1)) else f"wants to {m.group(1)}"),
    (r"\b(\w+)\s+(?:%s|%s)(?=\s+(?:ka\b|nahi\b|or·not)|\s*(?:[?.!,]|$))" % (_WAS, _IS), _done),
    (r"\b(\w+)\s+(nahi|nahiye|nahee)(?=\s*(?:[?.!,]|$))", lambda m: f"{m.group(2)} {m.group(1)}" if _verb(m.group(1))
     else m.group(0)),
    # "la" and "na": to, a subject that wants or knows, or whom a deed is done to; a doer after them goes
    # first ("Masood la police ne": police ... Masood)
    (r"^(\s*)((?:[\w'’.-]+\s+){1,3}?)(?:la|laa|na|nna)\s+((?:[\w'’.-]+\s+){1,3}?)(ne|ni|nni)\b",
     lambda m: m.group(0) if any(_frame(w) for w in (m.group(2) + m.group(3)).split())
     else f"{m.group(1)}{m.group(3)}{m.group(4)} {m.group(2)}la"),
    (r"(?P<run>(?:[\w'’.·-]+\s+){1,5}?)(?:la|laa|na|nna)(?![\w'’·-])", _dative),
    # a postposition before its noun, an owner before what it owns, "mate" (in one's view)
    (r"\b([\w'’.-]+)\s+(?:chya|cha|chi|che)\s+(?:mate|mhananyanusar|mhananya\s+pramane)\b", r"according·to·\1"),
    (r"(?P<run>(?:[\w'’.·-]+\s+){1,6}?)(?P<p>%s)(?![\w'’·-])"
     % "|".join(sorted(_POSTPOSITIONS, key=len, reverse=True)), _postposition),
    (r"\b([\w'’.-]+)\s+(?:cha|chi|che|chya|cho)\s+(?=(?!(?:kay|kon|kiti|hota|hoti|hote|ahe|aahe)\b)[\w'’-])", _owner),
    # the question words that another language shares ("kon" Bengali's which, "kiti" Punjabi's did,
    # "kay" Urdu's of): glossed here, not by the table, so that each shows Marathi once, not twice
    (r"\bkon\b|\bkaun\b", "who"), (r"\bkiti\b", "how many"), (r"\bkay\b", "what"),
])
# the words only the idioms gloss, which show Marathi as the table's do
_IDIOM_WORDS = frozenset("""kon kiti kay madat sahkarya bhet shevti shevati jababdari bhadyane janmala shakto shakte
    shaktat shakla shakli karaycha karayla karave lagel vachu ughadu pathavu hallyat lekhat gaadit kaydyat pulavar
    havay varshancha mhananyanusar karun kadhun takla lihilay kelay dilay sangitlay mhatlay ghetlay""".split()) | \
    frozenset(_IMPERFECT) | (frozenset(_POSTPOSITIONS) - frozenset(
        "var vr shi mule vina anusar purvi badal aadhi barobar dware kade".split()))

# -- words --

# the English of the adjectives, which go with their noun into a postposition's phrase
_ADJECTIVES = frozenset("new other real first last this".split())

_NOUNS = _glossary("""attack: halla hamla hallya; attacker: hallekhor aaropi; criminal: gunhegar; police: polis;
    officer: adhikari; constable: havaldar shipai; bridge: pul pula; car: gaadi gadi gaddi; pedestrians: padachari
    padchari; people: lok loka manse lokanna; person: manus vyakti; victims: pidit peedit; dead: mrut mrutak;
    injured: jakhmi zakhmi ghayal; years: varsh varsha varshe; age: vay vaya; day: divas; week: aathavda athavda;
    Sunday: ravivar; Wednesday: budhvar budhwar; Monday: somvar; Tuesday: mangalvar; Thursday: guruvar;
    Friday: shukravar; Saturday: shanivar; time: vel samay; minutes: minit; hours: taas; name: naav nav;
    article: lekh lekha; news: batmi; headline: mathla shirshak; author: lekhak; journalist: patrakar;
    programme: karyakram; interview: mulakhat; government: sarkar shasan; minister: mantri; law: kayda kaydya;
    laws: kayde; message: sandesh; company: kampani; companies: companya; services: seva; spies: guptchar;
    security: suraksha; evidence: purava purave; group: sanghatana; soldier: sainik jawan; phone: fon; secret: gupt;
    place: jaga; terrorists: atankvadi dahashatvadi; envelope: lifafa; owner: malak; content: majkur;
    religion: dharm dharma; job: naukri; party: paksh; price: kimmat kimat; weapon: hatyar shastra; knife: chaku suri;
    fine: dand; meeting: baithak; answer: uttar; response: pratisad pratikriya; statement: nivedan vidhan;
    city: shahar; country: desh; countries: deshan; home: ghar; family: kutumb parivar; father: vadil; mother: aai;
    brother: bhau; wife: bayko; children: mula; crimes: gunhe gunha; motive: uddesh; incident: ghatna;
    dispute: vaad; powers: adhikar; money: paise; punishment: shiksha""")
_VERBS = _glossary("""said: mhanalya mhanla mhanala mhanali mhanli mhanle mhanale mhatla mhatle mhatli bolla bolli
    bolle; says: mhanto mhante; say: mhantat; told: sangitla sangitle sangitli; wrote: lihila lihile lihili;
    writes: lihito lihite; written: lihilela lihileli; happened: jhala jhali jhale zala zali zale ghadla ghadle ghadli;
    lasted: chalala chalali chalale; killed: marla marli marle marlelya marlela; died: mela meli mele;
    stabbed: bhoskla bhoskle bhoskli; drove: chalavli chalavla chalavle; used: vaparla vaparli vaparle;
    uses: vaparto vaparte; use: vapartat; wants: pahije hava havi havay; want: pahijet; demanded: magitla magitli;
    demands: magto magte; asked: vicharla vicharli; found: sapadla sapadli sapadle shodhla milala milali milale;
    read: vachla vachli vachle; opened: ughadla ughadli ughadle; sent: pathavla pathavli pathavle; lived: rahila
    rahile rahili rahaycha rahaychi; lives: rahto rahte; caught: pakadla pakadle; met: bhetla bhetli bhetle;
    did: kela keli kele; does: karto karte; do: kartat; gave: dila dili dile; got: ghetla ghetli ghetle;
    brought: aanla aanli aanle anla; came: aala aali aale; went: gela geli gele; stopped: rokla thambavla thambavle
    thambavli; hid: lapavla lapavle; fired: kadhla kadhle; published: chhapla chhapli; refused: nakarla nakarle;
    knew: mahit mahiti; arrested: atak; will do: karnar karel; will give: deil denar; will meet: bhetnar;
    will be: honar asel""")
_OTHER = _glossary("""who: koni kuni; whom: konala kunala; whose: konacha konachi konache konchya konachya kunacha
    kunachi; what: kai ky; which: konta konti konte kontya konata konati konatya kuthla kuthli kuthle kuthlya;
    when: kadhi kevha kevva; where: kuthe kuthey kutha; from where: kuthun; why: ka kaa kashala kasala kashasathi;
    how: kasa kasha kashi kase; is: ahe aahe ahey aahey asto aste; are: ahet aahet astat; was: hota hoti hote;
    were: hotya; §: ne ni nni; not: nahi nahiye; was not: navhta navhti navhte; she: ti; they: te; he §: tyane;
    she §: tine; they §: tyanni tyani; him: tyala; her: tila ticha tichi tiche tichya; them: tyanna;
    his: tyacha tyachi tyache tyachya; their: tyancha tyanchi tyanche tyanchya; I: mi; me: mala; we: amhi aamhi;
    you: tumhi; our: aamcha amcha amchi aamchi; this: ha hi ya hya; that: tya ki; in this: yat yamadhe;
    in it: tyat tyamadhe; of this: yacha yachi; about this: yabaddal yavishayi; about it: tyabaddal;
    after that: tyanantar; and: ani aani; or: kiva kinva; but: pan parantu; if: jar; because: karan; so: mhanun;
    also: suddha; new: nava navin navi nave navya; other: itar dusra dusri dusre dusrya; alone: ekta ekata ektach
    ekla; exactly: nakki nemka nemke; really: kharach; only: fakt; earlier: aadhi adhi purvi; after: nantar;
    now: ata aata; today: aaj; yesterday: kal; then: mag; first: pahila pahili pahile; last: shevatcha shevatchi;
    real: khara khari khare; one: ek; all: sagle; never: kadhich""")
_MARATHI = {**_NOUNS, **_VERBS, **_OTHER}
# particles and words of talk, left out ("re", "ga", "bhau": hey; "mhanje": I mean; "jara": just); an
# owner's or a dative's ending left over
_MARATHI_DROPPED = frozenset("""re ga bhava yaar yar bro dada mitra mhanje jara zara tar tr ho hoy bara baray
    aho sang sanga sangal sangshil plz pls na cha chi che chya cho la laa nna""".split())
# the glossed words that are words of English too ("hi", "pan", "jar"), or tokens of English questions,
# glossed only before a word of Marathi or a name
_MARATHI_SHARED = frozenset("hi pan jar tar kal mag mi ek ki ky nav vel".split())
# the words that show Marathi: none of English ("mobile", "nave", "manse"), of Hindi ("nahi", "hota",
# "sarkar", "gaadi", "lekh"), nor of another language read here ("chi", "che" Italian; "ti", "konta", "kai"
# Greek; "ne", "mi" Turkish; "ekta", Bengali's one; "kampani" Tamil; "kalla" Punjabi; "kay" Urdu's of and
# Tagalog's to); "kon" is Hindi's too, but no mark of it
_MARATHI_MARK = (frozenset(_MARATHI) | _MARATHI_DROPPED | _IDIOM_WORDS) - _MARATHI_SHARED - \
    frozenset(hindi_urdu.HINDI_ADD) - hindi_urdu.PARTICLES_ADD - frozenset("""ne ni la na nna ka kaa cha chi che chya
    cho ho hoy tar re ga bhau yaar yar bro dada plz pls ti te kai kay konta ekta kampani kalla aaj ghar desh sang
    sanga gela gele mela mele mahit nahi nai hota hoti hote sarkar gaadi gadi lekh lekhak mantri patrakar sandesh
    suraksha ghatna ghayal jakhmi zakhmi dharm dharma parivar naukri peedit samay paise dusra dusre adhikari chaku
    hamla bhava aathavda polis ha ya manse mala kasha kiva divas nave shastra mitra tine karat""".split()) | {"kon"}

# the verbs that end a Marathi question after its question word ("kay mhatla?", "ka kadhla?")
_LAST_VERBS = "|".join(sorted((w for w in _VERBS if w in _MARATHI_MARK), key=len, reverse=True))
# Marathi however few its marks: a question word then "hota" or "ahe" ("kon hota?"), a verb then "ka"
# ending the question ("unlock kela ka?"), its commonest words in Devanagari
_MARATHI_OPENING = re.compile(
    r"^(?=.*?(?:कोण|काय|कधी|केव्हा|कुठे|किती|आहे|म्हण|मध्ये|बद्दल|च्या))|"
    r"^(?=.*?\b(?:kon|kaun|kay|kaay|kiti|kuthe|kadhi|kevha|kashi|kasa|kase|konta|konti|konte)\s+"
    r"(?:hota|hoti|hote|hotya|ahe|aahe|ahet|aahet)\b)|"
    r"^(?=.*?\b(?:kela|keli|kele|hota|hoti|hote|ahe|aahe|ahet|jhala|jhali|jhale|zala|zali|zale|mela|mele|marla|marle|"
    r"ghetli|ghetla|dila|dile)\s+(?:ka|ka\s+nahi|ki\s+nahi)\s*[?.!]*\s*$)|^(?=.*?\b(?:kela|keli|kele|dila|dili|dile)\s+nahi\b)|"
    r"^(?=.*?[a-z](?:baddal|madhe|madhye|chya|kadun|pasun|sathi)\b)|"
    r"^(?=.*?\b(?:cha|chi|che|chya)\s.*\b(?:kay|kon|kuthe|kuthun|kadhi|kevha|kiti|konta|konti|konte|kontya|kasa|kashi|"
    r"kase|kashala)\b)|"
    r"^(?=.*?\b(?:konta|konti|konte|kontya|kuthla|kuthli|kuthle)\b.*\b(?:hota|hoti|hote|ahe|aahe|ahet)\s*[?.!]*\s*$)|"
    r"^(?=.*?\b(?:ka|kay|kaay|kai|kon|kaun|koni|kuni|kuthe|kadhi|kevha|kasa|kashi|kase)\s+"
    r"(?:[a-z]+\s+(?:kela|keli|kele)|karave|%s)\s*[?.!]*\s*$)|^(?=.*?\bchya\s+(?:mate|mhananyanusar|nantar|adhi|baddal|madhe|kade|sathi|var)\b)"
    % _LAST_VERBS,
    re.I | re.S)


def _marathi_order(glossed: str) -> str:
    """A Marathi question glossed word for word, in English order (Punjabi's reading: "Rudd §
    about·WhatsApp what said?" → "what did Rudd say about WhatsApp?"); a deed done to a word before
    "‡" and no doer is told in the passive ("Masood ‡ where arrested?" → "where was Masood arrested?")."""
    parts = re.findall(r"[^?]+\?*", glossed)
    if len(parts) > 1:
        # each question of several in its own order
        return " ".join(_marathi_order(part.strip()) for part in parts)
    if "‡" in glossed:
        glossed = re.sub(r"\b(%s)\b(?!.*\b(?:%s)\b)" % ("|".join(_DONE_TO), "|".join(_DONE_TO)),
                         r"was \1", glossed.replace(" ‡", ""), count=1)
    # a postposition's phrase opens its clause, where Punjabi's reading looks for one to put last ("attacker
    # in·Birmingham lived" → "in·Birmingham attacker lived": did the attacker live in Birmingham)
    m = re.match(r"^(.*?)(\s*(?:[?!,]|\.(?=\s*$)|$).*)$", glossed, re.S)
    body = m.group(1).split()
    glossed = " ".join([w for w in body if "·" in w] + [w for w in body if "·" not in w]) + m.group(2)
    # a name owning what follows another name is one phrase ("Rudd WhatsApp 's people": WhatsApp's people)
    glossed = re.sub(r"(\b(?-i:[A-Z])[\w.-]*\s+)((?-i:[A-Z])[\w.-]*) 's (\w+)", r"\1\2·'s·\3",
                     glossed.replace("‡", ""))
    # two names and "and" are one subject ("Trump and Putin"); a doer after what is done to goes first when
    # no "ne" tells it ("WhatsApp messages police can read": can police read WhatsApp messages)
    glossed = re.sub(r"\b((?-i:[A-Z])[\w.-]*) and ((?-i:[A-Z])[\w.-]*)(?= \w)", r"\1_and_\2", glossed)
    glossed = re.sub(r"^(\s*\S.*?)\s+(police|government)\b(?=\s+(?:can|could|should|will|wants)\b)", r"\2 \1", glossed)
    both = re.match(r"^(.+?)\s+and\s+((?:how|what|who|whom|where|when|why|which)\b.*)$", glossed)
    if both and "§" not in both.group(2):
        # two questions ("... killed and how many were injured?")
        return _marathi_order(both.group(1) + "?").rstrip("?") + " and " + _marathi_order(both.group(2))
    said = re.match(r"^(.+?\b(?:said|told|claimed|wrote|asked|demanded|say|says|claims))\s+that\s+(.+?)(\s*[?.!]*)$",
                    glossed)
    if said:
        # what is said is a clause of its own, its verb after its subject ("that Masood their soldier was":
        # that Masood was their soldier)
        words = said.group(2).split()
        if len(words) > 2 and words[-1] in ("was", "is", "were", "are") and "§" not in words:
            words = words[:1] + words[-1:] + words[1:-1]
        out = _punjabi_order(said.group(1) + "?").rstrip("?") + " that " + " ".join(words) + said.group(3)
    else:
        out = _punjabi_order(glossed)
    out = out.replace("§", "").replace("·", " ").replace("_and_", " and ")
    out = re.sub(r"\bwhich (\w+)_make\b", r"what make of \1", out)
    return re.sub(r"\s{2,}", " ", out).strip()


MARATHI = Language(_MARATHI_IDIOMS, _MARATHI, _MARATHI_DROPPED, _MARATHI_MARK, reorder=_marathi_order,
                   shared=_MARATHI_SHARED, opening=_MARATHI_OPENING)
