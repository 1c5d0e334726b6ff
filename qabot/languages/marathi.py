"""Marathi mixed into English questions, read in English.

Marathi is typed in Latin letters around the story's names ("Rudd ne WhatsApp baddal kay mhatla?"), in chat
spellings ("kaay", "maarla"), seldom in Devanagari. Its verb comes last, a postposition after its noun: the
idioms part glued endings ("WhatsAppbaddal"), put a postposition before its noun ("about·WhatsApp") and a
verb of two words in English, then ``_marathi_order`` puts the words in English order. Its marks are its own
words ("kuthe", "mhanla"), not Hindi's ("nahi", "hota"), and frames ("X ne Y la kay uttar dila?").
"""
from __future__ import annotations

import re
import unicodedata

from qabot.languages import Idioms, Language, glossary_of, hindi_urdu
# (Punjabi's English order serves Marathi's glossing)
# (a verb-final neighbour: Punjabi's English verb forms and word order serve Marathi too)
from qabot.languages.punjabi import english_base, english_past, punjabi_order

# -- script --

# the commonest words in Devanagari in Latin letters (a vowel sign is no \w)
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

# endings glued to a name or an English word ("Ruddne", "WhatsAppbaddal"), never to a Marathi verb
_LOOSE_ENDS = "chya madhye madhe mdhe baddal badal vishayi sathi pasun kadun nantar paryant mule".split()
_OWN_ENDS = "cha chi che".split()
_NAME_ENDS = "ne la var shi".split()
_ENDS = "|".join(sorted(_LOOSE_ENDS + _OWN_ENDS + _NAME_ENDS, key=len, reverse=True))
_ENGLISH_STEM = re.compile(r"(?:er|or|ist|ment|ice|ny|nies|ple|ion|app|ies|ry|ce|ne)$", re.I)
# English words that end as Marathi's endings do
_NOT_GLUED = frozenset("""gotcha matcha avalanche scene serene hygiene obscene kerosene osborne melbourne byrne
    verne lucerne sterne cheyenne etienne dunne lynne gwynne jeanne milne bourne bolivar tesla wayne
    payne thorne horne lorne carla karla darla perla kayla layla psyche creche blanche kimchi ranchi bianchi
    karaycha karaychi karayche""".split())


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
_BE = rf"(?:{_WAS}|{_IS})"
_GELA = r"(?:gela|geli|gele|gelya)"
_JHALA = r"(?:jhala|jhali|jhale|jhalya)"
_END = r"(?=\s*(?:[?.!,]|$))"


def _frame(word: str) -> bool:
    """Whether ``word`` is of Marathi's frame (a question word, a particle, a verb), no noun nor adjective."""
    low = word.lower()
    return low in _MARATHI and low not in _NOUNS and _MARATHI[low] not in _ADJECTIVES or \
        low in _MARATHI_DROPPED or low in _IDIOM_WORDS or low in _POSTPOSITIONS


def _joined(words: str, verb: str, english: str, owned: str | None = "") -> tuple[str, object]:
    """A noun and its light verb in English ("jababdari ghetli"), a question word before, the noun's owner
    after (``owned`` None: before, the subject: "Masood cha mrutyu")."""
    def put(m: re.Match) -> str:
        owner = m.group("owner")
        if owner and (_frame(owner) or owned is None):
            return f"{owner} {m.group('wh')}{english}"
        return f"{m.group('wh')}{english}" + (f" {owned}{owner}" if owner else "")
    return (rf"{_B}(?:(?P<owner>[\w'’.-]+)\s+(?:cha|chi|che|chya)\s+)?(?:{words})\s+(?P<wh>(?:{_WH}\s+)*)"
            rf"(?:{verb})(?:\s+{_BE})?{_E}", put)


# the English verbs made passive by "jhala"; a noun before it happened
_PASSIVES = frozenset("""arrest kill injure shoot stab ban pass release hack unlock publish elect appoint fire block
    admit leak approve sign launch convict charge detain identify confirm suspend sack jail question""".split())


def _english_verb(m: re.Match) -> str:
    """An English verb with "karne" ("unlock kela": unlocked, "arrest jhala": was arrested)."""
    word, wh, aux = m.group(1), m.group(2) or "", m.group(3).lower()
    if _frame(word) or word.lower() in _NOUNS or word[0].isupper() and word != "WhatsApp":
        return m.group(0)
    if aux.startswith(("jh", "z", "g")):
        if word.lower() not in _PASSIVES and not re.search(r"[^e]ed$|^(?:shot|hurt|hit)$", word.lower()):
            # "attack jhala": the attack happened ("injured jhale": were injured)
            return m.group(0)
        return wh + _passive(_done_word(word), aux)
    if aux.startswith("karn"):
        return f"{wh}will {word}"
    if aux.startswith("kar"):
        return f"{wh}{word}" if aux.endswith("at") else f"{wh}{word}s"
    return f"{wh}{_done_word(word)}"


def _done_word(word: str) -> str:
    """The past of an English verb, or the verb if it is one ("injured")."""
    return word if re.search(r"[^e]ed$", word.lower()) else re.sub(r"(?<=mit)ed$", "ted", english_past(word))


# the imperfect before "hota" or "ahe" ("rahat hota": lived, "vaparat ahe": uses)
_IMPERFECT = glossary_of("""live: rahat raahat; say: mhanat bolat; do: karat; write: lihit; drive: chalavat;
    use: vaparat; want: magat; know: olakhat; work: kaam-karat; send: pathavat; read: vachat""")
# the infinitives before "shakto" (can), "shakla" (could)
_INFINITIVES = glossary_of("""read: vachu vaachu; open: ughadu; send: pathavu; write: lihu; say: bolu mhanu; tell: sangu;
    use: vaparu; stop: thambavu rokhu roku; do: karu; be: asu; hide: lapu; meet: bhetu; kill: maru; see: pahu baghu;
    give: deu; take: gheu ghyau; find: shodhu; access: access-karu""")


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
        (english.startswith("will ") or bool(english_base(english.split()[-1])))


# the pasts told in the passive when no doer is
_MADE = frozenset("rented used sent found published opened read written".split())


def _passive(english: str, aux: str) -> str:
    """``english`` in the passive, its "was" as ``aux`` tells."""
    aux = aux.lower()
    return ("are " if aux.endswith("t") else "is ") + english if aux.startswith("a") else \
        ("were " if aux.endswith(("e", "ya")) else "was ") + english


def _made(m: re.Match) -> str:
    """A deed in the passive ("pakadla gela"; "vaparleli hoti" if no "ne" tells a doer)."""
    word, aux = (m.group(1) or m.group(3)).lower(), m.group(2) or m.group(4)
    english = _VERBS.get(word + "a", _VERBS.get(word, word)).replace("wrote", "written")
    if english not in _DONE_TO | _MADE or aux[0] in "aAhH" and _AGENT.search(m.string):
        return m.group(0)
    return _passive(english, aux)


def _done(m: re.Match) -> str:
    """A verb without its "hota" or "ahe" ("ghetli hoti": took, "rented hoti": rented)."""
    return m.group(1) if _verb(m.group(1)) else m.group(0)


def _purpose(m: re.Match) -> str:
    """"iPhone unlock karayla" → "to·unlock·iPhone", one phrase."""
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
        return english_past(base)
    return base if m.group(2).lower().endswith("t") else base + "s"


# who is told ("na ... sangitla"), who wants or knows ("la ... pahije"), else whom a deed is done to
_TO = frozenset("said wrote sent gave spoke talked showed explained responded".split())
_HAS = frozenset("wants want knew knows got liked felt should".split())
_DONE_TO = frozenset("killed arrested stabbed shot caught injured attacked hit fired stopped released jailed".split())
_AGENT = re.compile(r"\b(?:ne|ni|nni|tyane|tine|tyanni|tyani|koni|kuni|kon|kaun|polisanni|who)\b|§", re.I)


def _next_verb(rest: str) -> str:
    """The English of the first verb in ``rest``, Marathi or English."""
    for w in re.findall(r"[\w'’-]+", rest):
        low = w.lower()
        english = _MARATHI.get(low, low)
        if english in _TO | _HAS | _DONE_TO or low in ("pahije", "pahijet", "hava", "havi", "havay", "mahit") or \
                (low not in _NOUNS and english_base(english)):
            return "wants" if low in ("pahije", "pahijet", "hava", "havi", "havay") else \
                "knew" if low == "mahit" else english
    return ""


def _dative(m: re.Match) -> str:
    """A word and its "la" (or "na"): a subject that wants or knows, "to" before it, or an object."""
    words, rest = m.group("run").split(), m.string[m.end():]
    k = len(words)
    while k > 0 and len(words) - k < 4 and words[k - 1] not in ("§", "the"):
        if words[k - 1].lower() in _OWNS and k > 1 and not _frame(words[k - 2]):
            # "Rudd chya demand la": to Rudd's demand
            words[k - 1] = "'s"
        elif _frame(words[k - 1]):
            break
        k -= 1
    if k == len(words):
        return m.group(0)
    lead, run, verb = " ".join(words[:k]), " ".join(words[k:]), _next_verb(rest)
    if re.fullmatch(r"(?-i:[A-Z])\w*day|\w+var|\d+|tarkh\w*", words[-1]):
        # "Thursday la": on Thursday
        lead, run = " ".join(words[:-1]), f"on·{words[-1]}"
    elif verb in _HAS and not _AGENT.search(m.string[:m.start()] + " " + lead):
        run = f"{run} §"
    elif verb in _TO:
        run = "·".join(["to", *words[k:]])
    elif verb in _DONE_TO and not _AGENT.search(m.string):
        # "Masood la kuthe atak keli?": where was Masood arrested
        run = "¦".join(words[k:]) + " ‡"
    return f"{lead} {run} ".lstrip()


_POSTPOSITIONS = glossary_of("""about: baddal badal baddl vishayi vishai; in: madhe madhye mdhe madhi; on: var vr varti;
    from: kadun pasun; with: shi sobat barobar kade; for: sathi karita; after: nantar; before: aadhi adhi purvi;
    until: paryant paryanta; because of: mule; according to: nusar anusar pramane; against: virudh viruddh;
    through: dware marfat; without: shivay vina; in front of: samor; outside: baher bahar""")
_OWNS = frozenset("cha chi che chya cho".split())
# the idioms' English before the postpositions are placed, no noun's
_ENGLISH_FRAME = frozenset("""the and or § how many much what who whom whose which when where why old long times years
    was is were are not can could should will that says said day time kind of price money people""".split())
_WHICH = frozenset("konta konti konte kontya konata konati konate konatya kuthla kuthli kuthle kuthlya".split())
# the nouns with "-at" (in) or "-var" (on) as one word ("hallyat": in the attack)
_LOCATIVES = {w: f"{noun} {post}" for noun, post, words in (p.split(":") for p in """hallya:madhe:hallyat hallyaat;
    lekh:madhe:lekhat; gaadi:madhe:gaadit gadit; kayda:madhe:kaydyat; shahar:madhe:shaharat; desh:madhe:deshat;
    pul:var:pulavar pulavr; karyakram:madhe:karyakramat; mulakhat:madhe:mulakhatit"""
    .split(";")) for w in words.split()}


# who does things, the words naming a place after a name ("Westminster Bridge var")
_AGENTS = frozenset("police attacker attackers government minister officer company companies terrorists hallekhor "
                    "polis sarkar".split())
_PLACES = frozenset("bridge street road tower square house palace park station abbey hospital court".split())
_BEING = frozenset("lived lives was is were are born worked stayed came".split())


def _opens(kept: list[str], words: list[str], rest: list[str], question: str) -> int:
    """How many of ``kept``, the words before a postposition, are the subject: they open the question, no
    "ne" tells another, they do things or the verb alone follows."""
    n = 3 if len(kept) > 3 and kept[1] == "'s" else 1
    if len(kept) <= n or "'s" in kept[n - 1:n + 1] or not all(_frame(w) or "·" in w for w in words) or \
            re.search(r"\b(?:ne|ni|nni)\b", question):
        return 0
    if kept[0].lower() in _AGENTS:
        return n
    plain = all(w.lower() in _MARATHI or w.lower() in _IDIOM_WORDS or "·" in w or english_base(w) or
                w in ("was", "is", "were", "are", "can", "will") for w in rest)
    if kept[0][:1].isupper() and kept[1][:1].isupper():
        # "Masood Birmingham madhe rahat hota?", not "Westminster Bridge var kay jhala?"
        return int(plain and len(kept) == 2 and kept[1].lower() not in _PLACES and
                   any(_MARATHI.get(w.lower(), w) in _BEING for w in rest))
    return n * plain


def _postposition(m: re.Match) -> str:
    """A postposition before the words typed before it, one word with them ("WhatsApp baddal" →
    "about·WhatsApp", "kontya show var" → "on which show")."""
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
    if post in ("adhi", "aadhi") and not (kept and (_NOUNS.get(kept[-1].lower(), "people") != "people" or
                                                    kept[-1][:1].isdigit() or "'s" in kept)):
        # "Masood adhi kuthe rahat hota?", "lok aadhi ...": earlier
        return m.group(0)
    if english == "from" and kept and re.fullmatch(r"\d{4}|kal|aaj|[A-Z]\w+day|\w+var|hallya|halla", kept[-1]):
        english = "since"
    rest = re.match(r"[^?.!,]*", m.string[m.end():]).group(0).split()
    n = _opens(kept, words, rest, m.string)
    words, kept = words + kept[:n], kept[n:]
    if kept and words and words[-1].lower() in _WHICH:
        return " ".join(words[:-1] + [english, words[-1]] + kept)
    if kept:
        return " ".join(words + ["·".join([*english.split(), *kept])])
    return " ".join(words + [english])


def _like(m: re.Match) -> str:
    """"WhatsApp sarkhya apps" → "apps_like_WhatsApp"."""
    noun = _MARATHI.get(m.group(2).lower(), m.group(2))
    if _frame(m.group(1)) or noun in _ENGLISH_FRAME:
        return m.group(0)
    return f"{noun} ".replace(" ", f"_like_{m.group(1)} ", 1).strip()


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
    # chat spellings of the story's verbs ("maarla", "bhosakla", "zhala")
    (r"\bmaar(?=l\w*|un\b)", "mar"), (r"\bbhosak(?=l[aie]\b)", "bhosk"),
    (r"\bzh?(?=al(?:[aie]|ya|e(?:l[aie]|lya))\b)", "jh"),
    # a perfect as a past ("lihilay"), a participle as its verb ("vaparlela chaku")
    (r"\b(\w+l)(?:ay|aay|ey)\b", lambda m: m.group(1) + "a" if (m.group(1) + "a").lower() in _VERBS else m.group(0)),
    # a participle and "hota" with no doer is passive ("car bhadyane ghetleli hoti")
    (r"\bbhadya(?:ne\s+ghet(?:le)?(?:la|li|le|lya)(?:\s+(%s))?|(?:chi|cha|che|var)\s+(%s))\b" % (_BE, _BE),
     lambda m: m.group(0) if _AGENT.search(m.string) else _passive("rented", m.group(1) or m.group(2) or "h")),
    (r"\b(\w+l)e(?:la|li|le|lya)\s+(%s)\b|\b(\w+l)[aie]\s+(%s)\b" % (_BE, _IS), _made),
    (r"\b(\w+)le(?:la|li|le|lya)\b", lambda m: m.group(1) + "la" if (m.group(1) + "la").lower() in _VERBS
     else m.group(0)),
    (r"\b(?:%s)\b" % "|".join(_LOCATIVES), lambda m: _LOCATIVES[m.group(0).lower()]),
    # "to" (he) opening a question or before a question word
    (r"(^\s*|[,;]\s*)to(?=\s+(?!whom\b)[\w'’-])|\bto(?=\s+(?:kon|kay|kuthe|kadhi|kevha|kasa|ka|kashala|ekta|"
     r"ektach|kharach|khara|rahat|pan|kiti)\b)", lambda m: (m.group(1) or "") + "he"),
    # asking whether: "ka" last, "ki nahi" (or not)
    (r"\b(?:ka|kaa)\s+(?:nahi|nay)" + _END, "or·not"), (r"\bki\s+(?:nahi|nay)" + _END, "or·not"),
    (r"\s+\b(?:ka|kaa)" + _END, ""), (r"\b(?:ka|kaa)\s+ki\b", "that"),
    # age, time, money, times
    (r"^\s*(.+?)\s+(?:(?:che|cha|chi|chya)\s+(?:vay|vaya|age)\s+(?:kiti|kay)|kiti\s+varsh\w*\s*(?:cha|chi|che)?)\s+"
     r"(%s)\b" % _BE, lambda m: f"how old {'was' if m.group(2).lower().startswith('h') else 'is'} "
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
    (r"\bkay\s+(?:jhala|ghadla|jhal|zal)\b", "what happened"),
    (r"\bkasha\s*(?:baddal|badal|varun|vishayi)\b", "about what"),
    (r"\b(?:kay\s+karan|karan\s+kay)\b", "why"),
    (r"^\s*(.+?)\s+kuthla\s+(%s)\b" % _BE, r"where \2 \1 from"),
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
    (r"^\s*(.+?)\s+(?:cha|chi|che|chya|la|kade)\s+criminal\s+record\s+%s\b" % _BE,
     r"did \1 have a criminal record"),
    (r"\b(?:kontya|konatya|kuthlya|konta|konti|konte)\s+(?:company|kampani|brand)\s*(?:chi|cha|che|chya)\s+(\w+)",
     lambda m: f"which {_MARATHI.get(m.group(1).lower(), m.group(1))}_make"),
    (r"\b(?:bhadyane|bhadyavar|bhadyachi|bhadyacha|bhadyachya)\b", "rented"),
    # one's own ("swatah chi car"), like ("WhatsApp sarkhya apps"), all this
    (r"\bswata(?:h|ha)?\s*(?:chi|cha|che|chya)\b", "his_own"),
    (r"\b([\w'’.-]+)\s+(?:sarkhya|sarkhe|sarkha|sarkhi)\s+([\w'’-]+)", _like),
    (r"\b(?:he|ha|hi|ya|hya)\s+sagl(?:[aie]|ya)\b", "all·this"), (r"\blokanna\b", "lok na"),
    (r"\bswata(?:h|ha)?\s+([\w'’-]+)", lambda m: m.group(0) if _frame(m.group(1)) else m.group(1) + "_himself"),
    # who said so ("X asa kon mhanla?"), none should be ("asu naye"), with ("asel tar")
    (r"^\s*(.+?)\s*,?\s+(?:asa|ase|asha|ashi)\s+((?:[\w'’.-]+\s+){0,3}?)(\w+)(?=\s*[?.!]*\s*$)",
     lambda m: f"{m.group(2)}{m.group(3)} that {m.group(1)}" if _VERBS.get(m.group(3).lower()) in _TO
     else m.group(0)),
    (r"\b(?:lapayla|lapnyasathi|lapnyachi|lapaychi|lapaila)\s+(?:jaga|jagah)\b", "place_to_hide"),
    (r"\b(?:([\w'’.-]+)\s+(?:na|la|nna|sathi)\s+)?([\w'’-]+)\s+(?:(?:asu|asli|asla)\s+(?:naye|nako)|nasav[aie])\b",
     lambda m: f"there should be no {m.group(2)}" + (f" for {m.group(1)}" if m.group(1) else "")),
    (r"\b([\w'’.-]+)\s+(?:asel|asla|asli|aslyas|aslyavar)\s+(?:tar|tr)\b", r"with·\1"),
    (r"\b([\w'’.-]+)\s+(?:cha|che|chi)\s+(?:mhanna|mhanne|mhanana)\s+%s\s+ki\b" % _BE, r"\1 says that"),
    (r"\b(?:([\w'’-]+)\s+(?:sathi|karita|la|na)\s+)?(?:jaga|jagah)\s+(?:nahi|nahiye)\b",
     lambda m: "is no place" + (f" for {m.group(1)}" if m.group(1) else "")),
    (r"\b(?:(ha|hya|ya|he)\s+)?(?:lekh|article|batmi|news|story)\s+(?:kon|kun)ach[aie]\s+%s\b" % _BE,
     lambda m: f"who wrote {'this' if m.group(1) else 'the'} article"),
    # how many were hurt ("jakhmi jhalelya lokanchi sankhya"), "listen in karne"
    (r"\b(?:(\w+)\s+jhale(?:lya|le)\s+)?lokan(?:chi|chya)\s+sankhya\s+kiti(?:\s+%s)?" % _BE,
     lambda m: "how many people" + (f" were {m.group(1)}" if m.group(1) else "")),
    (r"\b([\w'’-]+)\s+(?:chi|chya)\s+sankhya\s+kiti\b", r"how many \1"), (r"\b(\w+)\s+jhale(?:lya|le|la)\b", r"\1"),
    (r"\b([a-z][a-z-]+?)e?(\s+(?:in|out|up|open|down))?\s+(?:karne|karna)\b", lambda m: m.group(0) if
     _frame(m.group(1)) else m.group(1) + "ing" + (m.group(2) or "").replace(" ", "_")),
    (r"\b(?:ekta|ektach|ekata|ekatach|ekla|eklach|ekti|ektyane|ektyanech)\s+(?:kela|keli|kele|kam\s+kela)\b",
     "acted alone"),
    # a verb of two words
    (r"\b(?:(?:goli|golya)\s+(?:marun|ghalun)|shoot\s+karun)\s+(?:(?:thar|thaar)\s+)?(?:kela|marla|marle)"
     r"(\s+ge(?:la|li|le))?\b",
     lambda m: ("was " if m.group(1) else "") + "shot dead"),
    (r"\b(?:thar|thaar)\s+(?:marla|marle|kela|kele)\b", "killed"),
    (r"\b(thar|thaar|jakhmi|zakhmi|ghayal)\s+(jhal(?:[aie]|ya)|hot[aie])\b", lambda m: m.group(0) if
     m.group(1).lower().startswith("th") and m.group(2)[0] in "hH" else _passive(
         "killed" if m.group(1).lower().startswith("th") else "injured", m.group(2))),
    (r"\bkadhun\s+(?:takla|takle|takli)\b", "fired"), (r"\bmarun\s+(?:takla|takle|takli)\b", "killed"),
    (r"\bshiksha\s+jhal[ia]\b", "was convicted"),
    (r"\b([a-z]+)\s+karun\s+(?:deil|denar|dil)\b",
     lambda m: m.group(0) if _frame(m.group(1)) else f"will {m.group(1)}"),
    (r"\bmele\s+gele\b", "were killed"),
    (r"\b(?:atak|arrest)\s+(?:jhal[ia]|keli\s+geli|kela\s+gela)\b", "was arrested"),
    (r"\b([\w'’.-]+)\s+(?:cha|chi|che|chya)\s+(?:janm|janma|jalm)\s+((?:%s\s+)*)%s\b" % (_WH, _JHALA),
     r"\2\1 was born"),
    (r"\b(?:janm|janma|jalm)\s+jhal[ai]\b|\b(?:janmala|janmla|janmali|jalmala)\b", "was born"),
    _joined(r"jababdari|jabaabdari|javabdari|jababdaari|jimmedari|zimmedari|jabab\s*dari",
            r"ghetli|ghetla|swikarli|swikarali|svikarli|kabul\s+keli|ghetaliy", "claimed responsibility", "for "),
    _joined(r"dava|daava|dawa|claim", _DID + r"|karto|karte", "claimed"),
    _joined(r"halla|hamla|attack", _DID, "attacked", "on "),
    _joined(r"khun|khoon|hatya", _DID, "murdered"),
    _joined(r"atak|arrest", _DID, "arrested"),
    _joined(r"nakar|inkar|nakaar", r"dila|dile|dili|kela|keli", "refused"),
    _joined(r"madat|madad|help", r"keli|kela|kele|dili|dila|dile|karat", "helped"),
    _joined(r"dhadak|dhakka|dhadka", r"dili|dila|dile|marli|marla", "rammed"),
    _joined(r"uttar|javab|jawab|reply", r"dila|dile|dili|dilay", "answered"),
    _joined(r"pratisad|pratikriya|response", r"dila|dile|dili|dilay", "responded"),
    _joined(r"sahkarya|sahakarya|sahkary", _DID, "cooperated"),
    _joined(r"sahkarya|sahakarya|sahkary", r"karnar", "will cooperate"),
    _joined(r"sahkarya|sahakarya|sahkary", r"karat|karto|karte|kartat", "cooperates"),
    _joined(r"vapar|upyog|upayog|use", _DID, "used"),
    _joined(r"bhet|meeting", r"ghetli|ghetla|jhali|keli", "met", "with "),
    _joined(r"bhet|meeting", r"ghenar|honar", "will meet", "with "),
    _joined(r"charcha|baat|bolna", r"keli|kela", "talked", "about "),
    _joined(r"bandi|ban", r"ghatli|ghatla|aanli|keli|kela", "banned"),
    _joined(r"rajinama|rajeenama|rajinaama", r"dila|dile", "resigned"),
    _joined(r"nivedan|vidhan|statement", r"dila|dile|kela|keli|kele|jari\s+kela", "said"),
    _joined(r"goli|golya|gholi", r"marli|marlya|ghatli|zadli|zadlya|chalavli|maarli", "shot"),
    _joined(r"(?:chaku|chaaku|suri|sura|knife)(?:\s*ne)?|chakune|surine", r"marla|marle|marli|bhoskla|bhoskle|khupsla",
            "stabbed"),
    _joined(r"rented|rent\s+(?:ne|var)|kiraye", r"ghetli|ghetla|ghetle", "rented"),
    _joined(r"pata|patta|shodh", r"lagla|lagle|lavla|lavle", "found out"),
    _joined(r"musalman|muslim|islam", r"jhala|swikarla|kabul\s+kela", "converted to Islam"),
    _joined(r"magni|maagni|demand", r"keli|kela|kele", "demanded"),
    _joined(r"paise|pay|payment|paisa", r"dile|dila|bharle|bharla|kele|kela", "paid"),
    _joined(r"golibar|firing", _DID, "fired"), _joined(r"nirnay|faisla", r"ghetla|ghetli", "decided"),
    _joined(r"chaukashi|tapas|tapaas", r"keli|kela", "investigated"),
    _joined(r"mrutyu|maran|mrutu", r"jhala|pavla|pavle", "died", None), (r"\bjiv\s+gamavla\b", "died"),
    _joined(r"message|msg|sandesh", r"kela|keli|pathavla|pathavle|pathavli", "messaged"),
    # what was given or found, asked ("kay information dili": which information)
    (r"\bkay\s+(?=[a-z]+\s+(?:dila|dili|dile|milala|milali|milale|sapadla|sapadli|ghetla|ghetli)\b)", "konti "),
    (r"\b(?:gaadi|gadi|car|gaddi)\s+(?:ghatli|ghusavli|chadhavli)\b", "drove the car into"),
    # tenses of two words ("ghetli hoti", "vachu shakte"), an English verb and "karne"
    (r"\b(\w+)\s+(%s)\b" % _BE, _imperfect),
    (rf"{_B}([A-Za-z]+)\s+((?:{_WH}\s+)*)(kela|keli|kele|kelya|karto|karte|kartat|karat|karnar|{_JHALA}|"
     rf"{_GELA}){_E}", _english_verb), (r"\b()()([a-z]+)\s+(ge(?:la|li|le|lya))\b", _made),
    (r"\b(?:madat|madad)\s+kar(?=u\b|ayla\b|aila\b)", "help kar"),
    (r"\b(?:(\w+)\s+)?(\w+)\s+(?:naye|nako|nakos)\b", _infinitive("not should")),
    (r"\b([a-z][a-z-]+)\s+(?:karaycha|karaychi|karayche|karaychya)\b(?!\s+%s)" % _BE,
     lambda m: m.group(0) if _frame(m.group(1)) else f"used to {m.group(1)}"),
    (r"\b(?:(\w+)\s+)?(\w+)\s+(?:shakto|shakte|shakat|shaktat|shakel|shaktil)(?:\s+" + _IS + r")?\b",
     _infinitive("can")),
    (r"\b(?:(\w+)\s+)?(\w+)\s+(?:shakla|shakli|shakle)(?:\s+" + _WAS + r")?\b", _infinitive("could")),
    (r"\b(\w+)\s+(?:karave|karava|karavi|karayla\s+pahije|karaylach\s+pahije)\b",
     lambda m: m.group(0) if _frame(m.group(1)) else f"should {m.group(1)}"),
    (r"\b(?:karave|karava|karavi)(?:\s+(?:lagel|lagnar|lagla|lagle|lagli))?\b", "should do"),
    (r"\b(?:([\w'’.-]+)\s+(?:la\s+|na\s+)?)?([a-z]+)\s+(?:karayla|karaila)\b(?!\s+(?:pahije|%s))" % _BE, _purpose),
    (r"\b(\w+)\s+(?:karaycha|karaychi|karayche|karaychya)\s+%s\b" % _BE,
     lambda m: m.group(0) if _frame(m.group(1)) else f"wants to {m.group(1)}"),
    (r"\b(\w+)\s+%s(?=\s+(?:ka\b|nahi\b|or·not)|\s*(?:[?.!,]|$))" % _BE, _done),
    (r"\b(\w+)\s+(nahi|nahiye|nahee)(?=\s*(?:[?.!,]|$))", lambda m: f"{m.group(2)} {m.group(1)}" if _verb(m.group(1))
     else m.group(0)),
    # "la", "na": to, one who wants or knows, or whom a deed is done to; a doer after them first
    (r"^(\s*)((?:[\w'’.-]+\s+){1,3}?)(?:la|laa|na|nna)\s+((?:[\w'’.-]+\s+){1,3}?)(ne|ni|nni)\b",
     lambda m: m.group(0) if any(_frame(w) for w in (m.group(2) + m.group(3)).split())
     else f"{m.group(1)}{m.group(3)}{m.group(4)} {m.group(2)}la"),
    (r"(?P<run>(?:[\w'’.·-]+\s+){1,5}?)(?:la|laa|na|nna)(?![\w'’·-])", _dative),
    # a postposition before its noun, an owner before what it owns, "mate" (in one's view)
    (r"\b((?:(?-i:[A-Z])[\w'’.-]*\s+)*[\w'’.-]+)\s+(?:chya|cha|chi|che)\s+(?:mate|mhananyanusar|mhananya\s+pramane)\b",
     lambda m: "·".join(["according", "to", *m.group(1).split()])),
    (r"(?P<run>(?:[\w'’.·-]+\s+){1,6}?)(?P<p>%s)(?![\w'’·-])"
     % "|".join(sorted(_POSTPOSITIONS, key=len, reverse=True)), _postposition),
    (r"\b([\w'’.-]+)\s+(?:cha|chi|che|chya|cho)\s+(?=(?!(?:kay|kon|kiti|hota|hoti|hote|ahe|aahe)\b)[\w'’-])", _owner),
    # question words other languages share, here so that each counts once
    (r"\bkon\b|\bkaun\b", "who"), (r"\bkiti\b", "how many"), (r"\bkay\b", "what"),
])
# the words only the idioms gloss, which show Marathi as the table's do
_IDIOM_WORDS = frozenset("""kon kiti kay madat sahkarya bhet shevti shevati jababdari bhadyane janmala shakto shakte
    shaktat shakla shakli karaycha karayla karave lagel vachu ughadu pathavu hallyat lekhat gaadit kaydyat pulavar havay
    varshancha varshacha varshachi mhananyanusar karun kadhun takla lihilay kelay dilay sangitlay mhatlay ghetlay sarkha
    sarkhya sarkhe sarkhi lapayla lapnyasathi asel aslyas karu karne marun bhadyachi bhadyacha nasavi""".split()) | \
    frozenset(_IMPERFECT) | (frozenset(_POSTPOSITIONS) - frozenset(
        "var vr shi mule vina anusar purvi badal aadhi barobar dware kade".split()))

# -- words --

# the adjectives, which go with their noun into a postposition's phrase
_ADJECTIVES = frozenset("new other real first last this".split())

_NOUNS = glossary_of("""attack: halla hamla hallya; attacker: hallekhor aaropi; criminal: gunhegar; police: polis;
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
    dispute: vaad; powers: adhikar; money: paise; punishment: shiksha; role: bhumika; number: sankhya;
    example: udaharan udaaharan; names: naave; words: shabd shabda; view: mhanna mhanne mhanana; warrant: parvana""")
_VERBS = glossary_of("""said: mhanalya mhanla mhanala mhanali mhanli mhanle mhanale mhatla mhatle mhatli bolla bolli
    bolle; says: mhanto mhante; say: mhantat; told: sangitla sangitle sangitli; wrote: lihila lihile lihili; writes:
    lihito lihite; written: lihilela lihileli; happened: jhala jhali jhale zala zali zale ghadla ghadle ghadli; lasted:
    chalala chalali chalale; killed: marla marli marle marlelya marlela maarla maarli maarle; died: mela meli mele;
    stabbed: bhoskla bhoskle bhoskli bhosakla; rammed: udavla udavle udavli dhadakla dhadakli dhadakle; drove: chalavli
    chalavla chalavle; used: vaparla vaparli vaparle; uses: vaparto vaparte; use: vapartat; wants: pahije hava havi
    havay; want: pahijet; demanded: magitla magitli; demands: magto magte; asked: vicharla vicharli; found: sapadla
    sapadli sapadle shodhla milala milali milale; read: vachla vachli vachle; opened: ughadla ughadli ughadle; sent:
    pathavla pathavli pathavle; lived: rahila rahile rahili rahaycha rahaychi; lives: rahto rahte; caught: pakadla
    pakadle; met: bhetla bhetli bhetle; did: kela keli kele; does: karto karte; do: kartat; gave: dila dili dile; got:
    ghetla ghetli ghetle; brought: aanla aanli aanle anla; came: aala aali aale; went: gela geli gele; stopped: rokla
    thambavla thambavle thambavli; hid: lapavla lapavle; fired: kadhla kadhle; published: chhapla chhapli; refused:
    nakarla nakarle; knew: mahit mahiti; arrested: atak; will do: karnar karel; will give: deil denar; will come: yeil
    yetil yenar; will bring: aannar aanel; will meet: bhetnar; will be: honar asel""")
_OTHER = glossary_of("""who: koni kuni; whom: konala kunala; whose: konacha konachi konache konchya konachya kunacha
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
    real: khara khari khare; one: ek; all: sagle; never: kadhich; all·this: sagla sagli saglya; himself: swatah swata
    swataha; people §: lokanni lokani; people's: lokanchi lokancha lokanche lokanchya""")
_MARATHI = {**_NOUNS, **_VERBS, **_OTHER}
# particles and words of talk, left out ("re", "ga": hey), an ending left over
_MARATHI_DROPPED = frozenset("""re ga bhava yaar yar bro dada mitra mhanje jara zara tar tr ho hoy bara baray
    aho sang sanga sangal sangshil plz pls na cha chi che chya cho la laa nna""".split())
# words that are English too ("hi", "pan"), glossed only before Marathi or a name
_MARATHI_SHARED = frozenset("hi pan jar tar kal mag mi ek ki ky nav vel".split())
# the words that show Marathi: none of English, of Hindi ("nahi", "hota") nor of another language ("chi"
# Italian, "konta" Greek, "ne" Turkish); "kon" is Hindi's too, but no mark of it
_MARATHI_MARK = (frozenset(_MARATHI) | _MARATHI_DROPPED | _IDIOM_WORDS) - _MARATHI_SHARED - \
    frozenset(hindi_urdu.HINDI_ADD) - hindi_urdu.PARTICLES_ADD - frozenset("""ne ni la na nna ka kaa cha chi che chya
    cho ho hoy tar re ga bhau yaar yar bro dada plz pls ti te kai konta ekta kampani kalla aaj ghar desh sang
    sanga gela gele mela mele mahit nahi nai hota hoti hote sarkar gaadi gadi lekh lekhak mantri patrakar sandesh
    suraksha ghatna ghayal jakhmi zakhmi dharm dharma parivar naukri peedit samay paise dusra dusre adhikari chaku
    hamla bhava aathavda polis ha ya manse mala kasha kiva divas nave shastra mitra tine karat""".split()) | {"kon"}

# the verbs that end a question after its question word ("kay mhatla?")
_LAST = r"\s*[?.!]*\s*$"
_LAST_VERBS = "|".join(w for w in _VERBS if w in _MARATHI_MARK)
# those of a deed (fewer: the pattern is compiled on import)
_DEEDS = "|".join(w for w in _VERBS if w in _MARATHI_MARK and _VERBS[w] in _TO | _DONE_TO | {
    "did", "got", "told", "found", "happened", "asked"})
# Marathi however few its marks: its frames ("kon hota?"), Devanagari
_MARATHI_OPENING = re.compile(r"^(?=.*?(?:%s))" % "|".join([
    "कोण|काय|कधी|केव्हा|कुठे|किती|आहे|म्हण|मध्ये|बद्दल|च्या",
    r"\b(?:kon|kaun|kay|kaay|kiti|kuthe|kadhi|kevha|kashi|kasa|kase|konta|konti|konte)\s+"
    r"(?:hota|hoti|hote|hotya|ahe|aahe|ahet|aahet)\b",
    rf"\b(?:hota|hoti|hote|ahe|aahe|ahet|mela|mele|{_LAST_VERBS})\s+(?:ka|ka\s+nahi|ki\s+nahi){_LAST}",
    r"\b(?:kela|keli|kele|dila|dili|dile)\s+nahi\b",
    # a doer, whom it is done to and a verb ("X ne Y la kay reply dila?"), a question word, a last verb
    rf"\b(?:ne|ni|nni)\s+(?:[\w'’.-]+\s+){{1,3}}(?:la|na|nna)\s+(?:[\w'’.-]+\s+){{0,3}}(?:{_DEEDS})\b",
    rf"\b(?:kay|kon|koni|kuni|kuthe|kadhi|kevha|kasa|kashi|kase|kiti)\s+(?:[\w'’-]+\s+){{1,2}}(?:{_DEEDS}){_LAST}",
    r"[a-z](?:baddal|madhe|madhye|chya|kadun|pasun|sathi)\b",
    r"\b(?:cha|chi|che|chya)\s.*\b(?:kay|kon|kuthe|kuthun|kadhi|kevha|kiti|konta|konti|konte|kontya|kasa|kashi|kase|"
    r"kashala)\b",
    rf"\b(?:konta|konti|konte|kontya|kuthla|kuthli|kuthle)\b.*\b(?:hota|hoti|hote|ahe|aahe|ahet){_LAST}",
    rf"\b(?:ka|kay|kaay|kai|kon|kaun|koni|kuni|kuthe|kadhi|kevha|kasa|kashi|kase)\s+(?:[a-z]+\s+(?:kela|keli|kele)|"
    rf"karave|{_LAST_VERBS}){_LAST}",
    r"\bchya\s+(?:mate|mhananyanusar|nantar|adhi|baddal|madhe|kade|sathi|var)\b"]), re.I | re.S)


def _marathi_order(glossed: str) -> str:
    """A Marathi question glossed word for word, in English order ("Rudd § about·WhatsApp what said?" →
    "what did Rudd say about WhatsApp?"), a deed done to a word before "‡" passive."""
    parts = re.findall(r"[^?]+\?*", glossed)
    if len(parts) > 1:
        # each question of several in its own order
        return " ".join(_marathi_order(part.strip()) for part in parts)
    if "‡" in glossed:
        # (a subject of several words one: "police_officer")
        done, glossed = "|".join(_DONE_TO), re.sub(r"(?<=\w)¦(?=\w)", "_", glossed.replace(" ¦", " "))
        glossed = re.sub(rf"(?<!was )(?<!were )\b({done})\b(?!.*\b(?:{done})\b)", r"was \1",
                         glossed.replace(" ‡", ""), 1)
    said = re.match(r"^(.+?\b(?:said|told|claimed|wrote|asked|demanded|says?|claims))\s+that\s+(.+?)(\s*[?.!]*)$",
                    glossed)
    if said:
        # what is said is a clause of its own
        head = _english(punjabi_order(said.group(1) + "?"), False).rstrip("?")
        return _english(f"{head} that {' '.join(_clause(said.group(2).split()))}{said.group(3)}", False)
    # a postposition's phrase opens its clause (Punjabi's reading puts one last)
    m = re.match(r"^(.*?)(\s*(?:[?!,]|\.(?=\s*$)|$).*)$", glossed, re.S)
    body = m.group(1).split()
    glossed = " ".join([w for w in body if "·" in w] + [w for w in body if "·" not in w]) + m.group(2)
    # a name owning what follows another name is one phrase
    glossed = re.sub(r"(\b(?-i:[A-Z])[\w.-]*\s+)((?-i:[A-Z])[\w.-]*) 's (\w+)", r"\1\2·'s·\3",
                     glossed.replace("‡", ""))
    # two names and "and" are one subject; a doer after what is done to goes first if no "ne" tells it
    glossed = re.sub(r"\b((?-i:[A-Z])[\w.-]*) and ((?-i:[A-Z])[\w.-]*)(?= \w)", r"\1_and_\2", glossed)
    glossed = re.sub(r"^(\s*\S.*?)\s+(police|government)\b(?=\s+(?:can|could|should|will|wants)\b)", r"\2 \1", glossed)
    both = re.match(r"^(.+?)\s+and\s+((?:how|what|who|whom|where|when|why|which)\b.*)$", glossed)
    if both and "§" not in both.group(2):
        # two questions ("... killed and how many were injured?")
        return _marathi_order(both.group(1) + "?").rstrip("?") + " and " + _marathi_order(both.group(2))
    if "§" not in glossed:
        # a name before a named show is the subject ("on·Rudd·Andrew·Marr·show")
        glossed = re.sub(r"^([a-z]+)·([A-Z][\w.-]*)·([A-Z][\w.-]*·(?:[A-Z][\w.-]*·)*[a-z]+)(?=\s[^A-Z]*$)", r"\2 \1·\3",
                         glossed)
    return _english(punjabi_order(glossed))


def _clause(words: list[str]) -> list[str]:
    """What is said, in English order ("police § access wants" → "police wants access")."""
    lead, be = [w for w in words if "·" in w], {"was", "is", "were", "are"}
    words = [w for w in words if "·" not in w]
    if "§" not in words:
        return (words[:1] + words[-1:] + words[1:-1] if len(words) > 2 and words[-1] in be else words) + lead
    i, j = words.index("§"), len(words)
    while j > i + 1 and (words[j - 1] in be | _MODALS or english_base(words[j - 1]) or
                         j == len(words) and words[-2] in _MODALS):
        j -= 1
    return words[:i] + " ".join(words[j:]).replace("not should", "should not").split() + words[i + 1:j] + lead


_MODALS = frozenset("not should can could will".split())


def _english(out: str, speak: bool = True) -> str:
    """The reading's marks out; an untold subject's verb passive, one who says nothing speaks."""
    out = re.sub(r"\bwhich (\w+)_make\b", r"what make of \1", out.replace("§", "").replace("·", " "))
    out = re.sub(r"(?<=\w)_(?=\w)", " ", out.replace("_and_", " and ")).replace(" 's ", "'s ")
    out = re.sub(r"^((?:on|in|at) which \w+|where|when|why|how) (said|told) (.+?)(\s*[?.!]*)$", r"\1 was \3 \2\4", out)
    if speak and not out.startswith("what"):
        out = re.sub(r"\bsay\b(?=\s+(?:on|in|at|to|after)\b|\s*[?.!]*$)", "speak", out)
    return re.sub(r"\s{2,}", " ", re.sub(r"\btell\b(?=\s+(?:about|on|in|at)\b|\s*[?.!]*$)", "say", out)).strip()


MARATHI = Language(_MARATHI_IDIOMS, _MARATHI, _MARATHI_DROPPED, _MARATHI_MARK, reorder=_marathi_order,
                   shared=_MARATHI_SHARED, opening=_MARATHI_OPENING)
