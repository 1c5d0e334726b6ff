"""Bengali (Banglish) mixed into English questions, read in English.

Bengalis type Bengali in Latin letters around the story's names ("Rudd WhatsApp niye ki bolse?"), a word
in many spellings (Dhaka's "bolse", "silo", Kolkata's "bollo", "chhilo"), seldom in its script. The verb
comes last, endings and postpositions after the noun as words ("Masood er", "bridge e"), which the idioms
put before it, and an English verb takes "kora" (do: "claim korse", claimed); ``_bengali_order`` brings a
late question word first ("what did Rudd say about WhatsApp?").
"""
from __future__ import annotations

import re
import unicodedata

from qabot.languages import Idioms, Language

# -- verbs --

# the pasts not made with "-ed", and the bases of pasts, for "did" to take
_IRREGULAR = dict(pair.split() for pair in """drive drove, send sent, shoot shot, hit hit, find found, read read,
    say said, write wrote, take took, buy bought, pay paid, meet met, hide hid, get got, give gave, make made,
    tell told, know knew, go went, leave left, do did, win won, lose lost, come came, become became""".split(","))
_BASE_OF = {past: base for base, past in _IRREGULAR.items()}
_BASE_OF.update((b + "ed", b) for b in "happen kill want arrest open talk answer murder claim rent last call".split())
_BASE_OF.update({"died": "die", "lived": "live", "used": "use", "stabbed": "stab", "shot dead": "shoot dead",
                 "had": "have"})
_DOUBLED = frozenset("stab ban plan admit commit stop ship drop chat rob grab".split())


def _past(base: str) -> str:
    """The English past of ``base`` ("use" used, "stab" stabbed)."""
    low = base.lower()
    return _IRREGULAR.get(low) or (base + "d" if low.endswith("e") else base[:-1] + "ied"
                                   if re.search(r"[^aeiou]y$", low) else base + base[-1] + "ed"
                                   if low in _DOUBLED else base + "ed")


def _base(past: str) -> str | None:
    """The base of an English past ("claimed": claim, "fired": fire), none for a word that is no past."""
    low = past.lower()
    if low in _BASE_OF or not re.fullmatch(r"[a-z]{2,}[^e]ed", low):
        return _BASE_OF.get(low)
    if low.endswith("ied") or re.search(r"([bdgmnpt])\1ed$", low):
        return low[:-3] + ("y" if low.endswith("ied") else "")
    return low[:-2] + ("e" if re.search(r"(?:[cgsvzu]|[ao]t|[^aeiou][aiou][lmnr])$", low[:-2]) else "")


def _plural(noun: str) -> str:
    """``noun`` in the plural ("company gulo": companies)."""
    low = noun.lower()
    if low in ("police", "people", "staff", "media") or low.endswith("s") and not low.endswith("ss"):
        return noun
    return noun[:-1] + "ies" if re.search(r"[^aeiou]y$", low) else noun + "es" \
        if re.search(r"(?:s|x|ch|sh)$", low) else noun + "s"


def _glossary(*parts: str) -> dict[str, str]:
    """A table from its parts ("who: ke k kara; whom: kake")."""
    pairs = [p.split(":") for part in parts for p in part.split(";")]
    return {word: value.strip() for value, words in pairs for word in words.split()}


# the forms of "kora" (do), and what follows it: "na" (not), "chay" (wants to), "pare" (can), "hoise" (was)
_KORA = _glossary("past: korse koreche korechhe korechilo korechhilo korlo korsilo korechen korsen korlen korsilen "
                  "korchilo kortesilo korto korten; present: kore koren kor koro kori korche korchhe kortese korchen; "
                  "future: korbe korben; infinitive: korte korar; done: kora")
_HOY = _glossary("was: hoise hoyse hoyeche hoyechhe hoyechilo hoyechhilo hoisilo hoysilo holo hoilo hol hoyechen; "
                 "is: hoy hoi hon hocche hochhe; will be: hobe hoben")
_WANT = _glossary("wants: chay chai chan chacche; wanted: chaise cheyeche cheyechilo chaisilo; "
                  "refused: oswikar osshikar")
_CAN = _glossary("can: pare paren parbe; could: parse pereche perechilo parlo parto parsilo; "
                 "cannot: parena parbena")
# the Bengali nouns that "kora" makes verbs of ("khun korse": murdered)
_KORA_NOUNS = _glossary("murder: khun; kill: hotta; use: byabohar bebohar; claim: dabi; arrest: greftar greptar; "
                        "attack: hamla akromon; rent: bhara; refuse: oswikar osshikar; reject: prottakhan; "
                        "help: sahajjo; cooperate: sahojogita; ask: jiggesh; hide: gopon; ban: bondho; "
                        "investigate: todonto investigation; admit: swikar; appoint: niyog; injure: ahoto jokhom; "
                        "stab: churikaghat; meet: sakkhat meeting; work: kaj; practise: palon")


def _kora(m: re.Match) -> str:
    """A verb made with "kora" in English ("help kore nai": did not help); after Bengali or a name, as typed."""
    word, form, then = m.group(1), m.group(2).lower(), (m.group(3) or "").lower()
    low = word.lower()
    if low in _KORA_NOUNS:
        verb = _KORA_NOUNS[low]
    elif low in _BENGALI or not re.fullmatch(r"[a-z][a-z'’-]*", low) or word[0].isupper() and low != "whatsapp":
        return m.group(0)
    else:
        verb = word
    kind, tail = _KORA[form], f" {then}" if then else ""
    if kind == "done" and then in _HOY:
        return f"{_HOY[then]} {_past(verb)}"
    if kind == "infinitive" and (then in _WANT or then in _CAN):
        return f"{_WANT[then]} to {verb}" if then in _WANT else f"{_CAN[then]} {verb}"
    if then in ("na", "nai", "ni", "nei"):
        # "kore nai" (has not done) is a past, "kore na" (does not) a present
        return f"will not {verb}" if kind == "future" else f"did not {verb}" if kind == "past" or then != "na" \
            else f"does not {verb}"
    if kind in ("past", "done"):
        return _past(verb) + tail
    if kind == "present":
        return (verb if verb.endswith("s") else verb + "s") + tail
    return (f"will {verb}" if kind == "future" else f"to {verb}") + tail


# the participles "hoya" (be) makes passive ("nihoto hoyeche": was killed)
_DONE = _glossary("arrested: greftar greptar; killed: nihoto; injured: ahoto ahot jokhom jokhomi; "
                  "murdered: khun; banned: bondho; appointed: niyog; born: jonmo; known: porichito; "
                  "ended: shesh sesh; started: shuru suru")
_PARTICIPLE = r"[A-Za-z]\w*(?:ed|en)|shot|hit|born|hurt|known|arrest|kill|injure|ban|stab|convict|charge|release|pass"


def _passive(m: re.Match) -> str:
    """A participle and "hoya" in English ("injured hoyechilo": was injured, "shesh hoise": ended)."""
    word, aux = m.group(1), _HOY[m.group(2).lower()]
    low = word.lower()
    if low in _DONE:
        return _DONE[low] if _DONE[low] in ("ended", "started") else f"{aux} {_DONE[low]}"
    if low in _BENGALI:
        return m.group(0)
    return f"{aux} {word if re.search(r'(?:ed|en|shot|hit|born|hurt)$', low) else _past(word)}"


# -- Bengali script --

# its commonest words in Latin letters (a vowel sign is no \w to Python: ``_glossed`` would split a word)
_SCRIPT = {unicodedata.normalize("NFC", k): v for k, v in {
    "কে": "ke", "কি": "ki", "কী": "ki", "কবে": "kobe", "কখন": "kokhon", "কোথায়": "kothay", "কেন": "keno",
    "কত": "koto", "কিভাবে": "kivabe", "কোন": "kon", "কার": "kar", "কাকে": "kake", "বলেছে": "boleche",
    "লিখেছে": "likheche", "ছিল": "chilo", "আছে": "ache", "হয়েছিল": "hoyechilo", "মারা": "mara", "গেছে": "geche",
    "নাম": "naam", "বয়স": "boyosh", "হামলা": "hamla", "হামলাকারী": "hamlakari", "নিয়ে": "niye", "টা": "ta",
}.items()}
_SCRIPT_ENDS = [("", "")] + [(unicodedata.normalize("NFC", e), r) for e, r in
                             [("ের", " er"), ("র", " er"), ("কে", " ke"), ("তে", " te"), ("ে", " e"), ("টা", " ta")]]


def _script(m: re.Match) -> str:
    """A word in Bengali script in Latin letters, its ending apart ("হামলাকারীর": hamlakari er)."""
    word = unicodedata.normalize("NFC", m.group(0))
    for end, latin in _SCRIPT_ENDS:
        stem = word[:len(word) - len(end)]
        if word.endswith(end) and stem in _SCRIPT:
            return _SCRIPT[stem] + latin
    return word


# -- case endings and postpositions --

_POSTPOSITIONS = _glossary("about: niye somporke shomporke bishoye; from: theke; without: chara chhara; "
                           "with: sathe shathe songe shonge; for: jonno jonne; before: age aage; "
                           "after: por pore; to: kache kase; in: moddhe modhye; inside: bhitore; on: upor upore; "
                           "until: porjonto; against: biruddhe; during: somoy shomoy; by: dara; "
                           "according to: onujayi onusare mote")
# the noun an ending follows ("Masood er last WhatsApp message e"), with English words before it (``_noun``)
_HEAD = r"(?!(?:er|r|e|te)\b)(?:(?-i:[A-Z][a-z'’.-]+)(?:\s+(?-i:[A-Z][a-z'’.-]+))?|[\w'’-]+)"
_ADJECTIVE = r"(?:last|first|new|notun|shesh|prothom)\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?"
_NP = (r"(?P<pre>(?:(?!(?:last|first|new|notun|shesh|prothom|kon|ei|oi|sei|the)\b)(?-i:[a-z])[a-z'’-]*\s+){0,2})"
       r"(?P<ptr>(?:kon|ei|oi|sei|the)\s+)?(?P<np>(?:[\w'’-]+\s*[-'’]?\s*(?:er|r)\s+(?:%s)?|%s)?%s)"
       % (_ADJECTIVE, _ADJECTIVE, _HEAD))
_FUNCTION = frozenset("the a an of to in on at for with by from about and or is was did does not his her this "
                      "that".split())
# what one is on ("bridge e"), the Bengali places, what a plural owns ("victim der naam")
_ON = frozenset("bridge whatsapp phone iphone show programme tv twitter facebook telegram website radio setu fon "
                "robibar budhbar sunday wednesday".split())
_PLACES = frozenset("car bridge phone message day year years law place programme interview city country hospital "
                    "news report attack group company government".split())
_OWNED = frozenset("name age job religion owner names wife family statement message messages phone car".split())


def _noun(m: re.Match) -> tuple[str, str, bool]:
    """The words before a noun that stay, the noun with its pointer ("kon") and English ("health care bill")."""
    pre, ptr, np = m.group("pre").split(), m.group("ptr") or "", m.group("np")
    taken = []
    while pre and not ptr and re.fullmatch(r"[a-z]+", np) and pre[-1] not in _BENGALI and \
            pre[-1] not in _FUNCTION | set(_POSTPOSITIONS) | set(_BASE_OF) and not pre[-1].endswith("ed") and \
            not re.fullmatch(_NOUNS, pre[-1]):
        taken.insert(0, pre.pop())
    return " ".join(pre + [""]), ptr + " ".join(taken + [np]), bool(ptr)


def _post(m: re.Match) -> str:
    """A postposition before its noun ("WhatsApp niye": about WhatsApp)."""
    kept, noun, _ = _noun(m)
    return f"{kept}{_POSTPOSITIONS[m.group('post').lower()]} {noun}"


def _located(m: re.Match) -> str:
    """The ending "e", "te" as a preposition ("bridge e": on the bridge, "kon show te": in which show)."""
    head = m.group("np").split()[-1]
    if head.lower() in _BENGALI and _BENGALI[head.lower()] not in _PLACES:
        return m.group(0)
    kept, noun, pointed = _noun(m)
    article = "the " if not pointed and noun[:1].islower() and not noun.isdigit() else ""
    to = re.search(r"\b(?:answer\w*|respon\w*|convert\w*|jeto|gelo|gese)\b", m.string, re.I)
    return f"{kept}{'to' if to else 'on' if head.lower() in _ON else 'in'} {article}{noun}"


# -- "ke": who, or an object --

_ASKS = re.compile(r"\b(?:ki|kobe|kobey|kbe|keno|kno|kothay|kothai|kemne|kmne|kivabe|kibhabe|koto|kon|kokhon|kake|"
                   r"how|what|when|where|why|which|whom)\b", re.I)


def _object_ke(m: re.Match) -> str:
    """"ke" asks who, or marks an object when another word asks, another "ke" follows or a subject and a name go
    before ("Apple FBI ke help korse"); opening the question, its verb is passive ("Comey ke fire korse keno")."""
    text = m.group(0)
    k = re.search(r"^(.*?\S)\s+ke\b(?!\s*[?.!]*\s*$)", text, re.I)
    if not k:
        return text
    before, after = k.group(1), text[k.end():]
    again = re.search(r"\bke\b", after, re.I)
    if not (_ASKS.search(text.split(",")[0]) or again or
            re.search(r"(?:\b(?:gulo|gula|der|ra)|\S\s+(?-i:[A-Z])\S*)$", before)):
        return text
    doer = re.match(r"\s+((?-i:[A-Z])\S*|%s)\b" % _NOUNS, after)
    if doer and not again:
        # the doer after the object: "Masood ke police kemne marlo" (how did the police kill Masood)
        return f"{doer.group(1)} {before}{after[doer.end():]}"
    if not again and re.fullmatch(r"(?-i:[A-Z][a-z'’.-]+)(?:\s+(?-i:[A-Z][a-z'’.-]+))?|(?:police\s+officer|[\w'’-]+)"
                                  r"(?:\s+ta)?", before):
        after = re.sub(r"\b(?:(kor)(?:se|eche|echilo|lo)|(mer|mar)(?:eche|se|lo|echilo)|dhor(?:se|eche|lo))\b",
                       lambda v: "kora hoise" if v.group(1) else "mara hoise" if v.group(2) else "arrested hoise",
                       after, 1, re.I)
    return before + after


# -- idioms --

_NAME = r"((?-i:[A-Z][a-z'’.-]+)(?:\s+(?-i:[A-Z][a-z'’.-]+))?|[\w'’-]+)"
_BENGALI_IDIOMS = Idioms([
    (r"[\u0980-\u09ff]+", _script), (r"\b([\w.]+)[-'’](er|r|e|te|ke|ta|ti|der|ra|gulo|gula)\b", r"\1 \2"),
    (r"\b(?:ko[yi]ta|kota)\s+bajh?e\b", "at what time"),
    # asking in more words than one ("boyosh koto": how old)
    (r"\b%s\s*(?:[-'’]?\s*\b(?:er|r))?\s+(?:boyo\w*|bayas|age)\s+(?:koto|kto|ki)\b(\s+(?:chilo|chhilo|silo|cilo|"
     r"chilen|hoyechilo|hoisilo))?" % _NAME,
     lambda m: f"how old {'was' if m.group(2) else 'is'} {'the ' if m.group(1).islower() else ''}{m.group(1)}"),
    (r"\bkoto\s+bochor\s*e?r\b|\b(?:koto\s+bochor|koto|kto)\s+(?:boyo\w*|bochor\s+boyo\w*)|"
     r"\b(?:boyo\w*|age)\s+(?:koto|kto)\b", "how old"),
    (r"\b(?:koto|koi|koy)\s*(?:jon|jn)\b(?:\s+(lok|manush|people|police officers?|police|officers?|victims?|"
     r"pedestrians?|soldiers?|terrorists?|attackers?))?|\bkoto\s+(?:lok|manush)\b",
     lambda m: "how many " + ("people" if not m.group(1) or m.group(1).lower() in ("lok", "manush", "people")
                              else _plural(m.group(1)))),
    (r"\b(?:koto|koi|koy)\s*bar\b", "how many times"),
    (r"\bkoto\s*(?:din|bochor|ghonta|minit|minute|khon|kkhon|shomoy|somoy|time)\s+dhore\b|\bkoto\s*(?:k?khon|"
     r"shomoy|somoy|time)\b|\bkotok?khon\b", "how long"),
    (r"\bkoto\s+(?:minute|minit|ghonta|shomoy|somoy|din)\s+(?=chol|lag)", "how long "),
    (r"\bkoto\s*(?:gula|gulo|ta)\b|\b(?:koy|koi)\s*ta\b", "how many"),
    (r"\bkoto\s+(?:taka|dollar|pound|dam|daam)\b|\b(?:dam|daam|mullo)\s+koto\b", "how much money"),
    (r"\b(?:kobe|kbe|kokhon|kokhn)\s+theke\b", "since when"),
    (r"\b(\S+)\s+kothakar\s+(?:lok|manush)\b", r"where is \1 from"),
    (r"\b(?:kothay|kothai|kotha|kon\s+jayga|kon\s+jaiga)\s+theke\b|\bkothakar\b", "from where"),
    (r"\b(?:kar|kader)\s+(?:sathe|shathe|songe|shonge)\b", "with whom"), (r"\b(?:kar|kader)\s+kache\b", "to whom"),
    (r"\b(?:kon|ki)\s+(?:dhoroner|rokom|rokomer|type\s+er|typer)\b", "what kind of"),
    (r"\b(?:kemon|ki)\s*(?:kore|bhabe|vabe|babe)\b", "how"),
    (r"\b(?:ki|kon)\s+(?:somoy|shomoy|time)\b", "what time"), (r"\bkon\s+(?:shal|sal|bochor)\b", "what year"),
    (r"\bki\s+(?:holo|hoilo|hoise|hoyeche|hoyechilo|hoisilo|ghoteche|ghotechilo|ghotlo)\b", "what happened"),
    (r"\bki\s+(?:likha|lekha)\s+(?:chilo|silo|chhilo|ache|ase|hoyechilo|hoisilo)\b", "what was written"),
    (r"\bki\s+jinish\b", "what"), (r"\b(?:ki|kon)\s+karone\b", "why"),
    (r"\bki\s+korte\s+(%s)\b" % "|".join([*_CAN, *_WANT]),
     lambda m: f"what {_CAN.get(m.group(1).lower()) or _WANT[m.group(1).lower()] + ' to'} do"),
    # "message gula ki encrypted?": are the messages encrypted
    (r"^(.+?)\s+ki\s+([a-z]+ed)(\s*[?.!]*\s*)$",
     lambda m: "%s %s %s%s" % ("are" if re.search(r"\b(?:gula|gulo|ra|der)$", m.group(1)) else "is", *m.groups())),
    (r"\b(Home Secretary|minister|montri|president|rashtropoti|Prime Minister|PM|leader|chief)\s+(?:hoise|hoyeche|"
     r"hoyechilo|holo|hoilo|hoisilo|hoyechen|hon)\b", r"became \1"),
    (r"\bkach(?:e)?\s+theke\b", "theke"),
    (r"\bdekhte\s+(?:dibe|debe)\b", "will show"), (r"\b(?:vote|bhot)\s+(?:dise|diyeche|dilo|diyechilo)\b", "voted"),
    (r"\bki\s+na\b", "or not"), (r"\bkon\s*(?:ta|ti)\b", "kon"), (r"\b(?:age|aage)\s+theke\b", "before"),
    # the story's phrases ("attack er dayitto nise": claimed responsibility for the attack)
    (r"\b(?:ki\s+)?(?:([\w'’-]+)\s*[-'’]?\s*(?:er|r)\s+)?(?:dayi?t+w?o|daitto|dai)\s+(?:sikar|shikar|swikar|shwikar|"
     r"svikar|nise|niyeche|nilo|niyechilo|nisilo|dabi)(?:\s+kor\w*)?\b",
     lambda m: "claimed responsibility" + (f" for the {m.group(1)}" if m.group(1) else "")),
    (r"\b(?:criminal|oporadh\w*|police)\s+(?:record|rekord|itihash|itihas|history)\b", "criminal record"),
    (r"\b%s\s*[-'’]?\s*(?:er|r)\s+(?:kono\s+|ki\s+)?criminal record\s+(chilo|chhilo|silo|ache|achhe|ase)\b" % _NAME,
     lambda m: f"{'did' if m.group(2).lower().endswith('lo') else 'does'} {m.group(1)} have a criminal record"),
    (r"\b(?:asol|ashol|asl|asli)\s+(?:naam|nam)\b", "real name"),
    (r"\bislam(?:ic|ik|i)\s+(?:state|stet|rashtro|rashtra)\b", "Islamic State"),
    (r"\b(?:shorashtro|swarashtro|swarashtra)\s*(?:montri|mantri)\b|\bhome\s+montri\b", "Home Secretary"),
    (r"\b(?:goenda|gowenda)\s+(?:songstha|sangstha|bahini|sheba)\b", "intelligence services"),
    (r"\b(?:songbad|shongbad)\s+(?:songstha|sangstha)\b", "news agency"),
    (r"\b(?:projukti|tech)\s+(?:kompani|company|companies|songstha)(?:\s*-?(?:gulo|gula|gulor|der))?\b",
     "tech companies"),
    (r"\b(?:shesh|sesh)\s+(?:porjonto|e|mesh)\b|\bsheshe\b|\bseshe\b|\bobosheshe\b", "in the end"),
    (r"\b((?-i:[A-Z])[\w'’-]*)\s*[-'’]?\s*(?:er|r)\s+(?:kotha|bishoye)\s+bol\w*", r"talked about \1"),
    (r"\bki\s+kotha\b", "what"), (r"\bkotha\s+bol\w*", "talked"),
    # (before the verbs "ke" may make passive)
    (r"^.+", _object_ke),
    # the verbs of more words than one ("mara gese": died, "guli kore mere fello": shot dead)
    (r"\bmara\s+(?:gelo|gese|geche|gechilo|gesilo|giyechilo|gelen|gesen|gechen|gechhe)\b", "died"),
    (r"\bmara\s+(?:jay|jan)\b", "died"), (r"\bmara\s+(?:hoy|hoi)\w*\b", "was killed"),
    (r"\bguli\s+(?:kore\s+)?(?:mere|mereche|marse|marlo|merechilo|mara)(?:\s+fel\w*)?\b", "shot dead"),
    (r"\bguli\s+(?:korse|koreche|korechilo|korlo|chaliyeche|chalaise)\b", "shot"),
    (r"\bguli\s+(?:khay|kheyeche|khaise|kheyechilo|khelo)\b", "was shot"), (r"\bmere\s+fel\w*", "killed"),
    (r"\b(?:c?hh?uri|chh?ura|chaku)\s+(?:diye\s+)?(?:mere|mereche|marse|marlo|merechilo|marsilo|chaliyeche|"
     r"chalaise|aghat\s+kor\w*)\b", "stabbed"),
    (r"\bbhara\s+(?:nise|niyeche|niyechilo|nilo|nisilo|korse|koreche|korechilo|korlo)\b", "rented"),
    (r"\b(?:uttor|jobab|reply|response)\s+(?:dise|diyeche|dilo|diyechilo|diyechen|dilen)\b", "answered"),
    (r"\bjonmo(?:grohon)?\s+(?:hoy\w*|hoi\w*|kor\w*|nen|niyechilo|nisilo)\b|\bjonm(?:echilo|eche|aise|aisilo|ay)\b",
     "was born"),
    (r"\bporichito\s+(?:chilo|chhilo|silo|ache|ase)\b", "was known"),
    (r"\b%s\s*(?:er|r)\s+kache\s+(.+?)\s+(?:chilo|silo|chhilo)\b" % _NAME, r"\1 had \2"),
    # "porte pare" (can read), a verb made with "kora", a passive
    (r"\b(porte|khulte|likhte|bolte|pathate|chalate|lukate|jante)\s+(%s)\b" % "|".join([*_CAN, *_WANT]),
     lambda m: f"{_CAN.get(m.group(2).lower()) or _WANT[m.group(2).lower()] + ' to'} {_BENGALI[m.group(1).lower()]}"),
    (r"\b([\w'’-]+)\s+(%s)\b(?:\s+(%s)\b(?:\s+kor\w*)?)?" % ("|".join(sorted(_KORA, key=len, reverse=True)),
                                             "|".join(["na", "nai", "ni", "nei", *_WANT, *_CAN, *_HOY])), _kora),
    (r"\b(%s|%s)\s+(%s)\b" % ("|".join(_DONE), _PARTICIPLE, "|".join(_HOY)), _passive),
    # a plural ("company gulo", "victim der naam"), an article ("article ta", "ei gari ta")
    (r"\b([A-Za-z][\w'’-]*?)(?:\s+|-)(?:gulo|gula|(gulor|gular|der)|ra)\b(?!\s*[-'’])(?=\s*(\w*))",
     lambda m: m.group(0) if m.group(1).lower() in _BENGALI else _plural(m.group(1)) + (
         "’" if m.group(2) and m.group(3) and m.group(3).lower() not in _POSTPOSITIONS and
         _BENGALI.get(m.group(3).lower(), "name") in _OWNED else "")),
    (r"\b(?:ei|ai)\s+([\w'’-]+)\s*-?t[ai]\b", r"this \1"), (r"\b(?:oi|sei|shei)\s+([\w'’-]+)\s*-?t[ai]\b", r"that \1"),
    (r"(?<!\ber\s)\b((?:(?:new|notun|last|shesh)\s+)?[\w'’-]+)\s+t[ai](?=\s|[?.!,]|$)",
     lambda m: m.group(1) if m.group(1).lower() in ("kon", "ki", "koy") else f"the {m.group(1)}"),
    (r"\b(article|attacker|car|bridge|law|app|phone|message|show|report|headline|company|warrant|knife|attack|gari)"
     r"t[ai]\b", r"the \1"),
    # the endings and postpositions after a noun, before it in English
    (r"\b%s\s+(?:[-'’]?(?:er|r)\s+)?(?P<post>%s)\b(?!\s*[-'’])" % (_NP, "|".join(_POSTPOSITIONS)), _post),
    (r"\b%s(?:\s+|\s*[-'’]\s*)(?:e|te|tey|ey)\b(?![-'’])" % _NP, _located),
    (r"(?<=[\w.)])\s*(?:[-'’]\s*(?:er|r)|\s(?:er|r))\b(?=\s+\w)(?!\s+(?:chilo|chhilo|silo|chilen|ache|achhe|ase|"
     r"hoy|hobe|noy)\b)", " 's"),
    # particles: "bolo to" (tell me), a last "to"
    (r"\b(?:bol(?:o|en|un))\s+toh?\b", ""), (r"\bto\s*(?=[?.!]*\s*$)", ""),
])

# -- the glossary --

_BENGALI = _glossary(
    # asking (in full by the idioms: "kotojon" how many people)
    "who: ke k kara; whom: kake; whose: kar kader; what: ki kiser; which: kon konta; "
    "when: kobe kobey kbe kokhon kokhn; why: keno kno; where: kothay kothai kothae kotha kothakar; "
    "how much: kototuku; how many: koto kto koyta koita kotojon koyjon koijon kotobar koybar; "
    "how: kemne kmne kivabe kibhabe kemon",
    # pointing, numbers, pronouns, joining, negation
    "this: ei eta; that: oi ota sei shei seta je; a: ekta ekti; one: ek; two: dui; three: tin; I: ami; me: amake; "
    "my: amar; you: apni tumi; your: apnar tomar; he: se tini uni; his: tar unar onar; their: tader oder; "
    "him: take unake; they: ora tara; own: nijer; himself: nije; anyone: keu; anything: kichu kisu; all: sob shob; "
    "everyone: sobai; other: onno; more: aro; and: ar abong ebong; also: o; or: ba; but: kintu tobe; if: jodi; "
    "because: karon; so: tai; not: na nai nei noy noi ni",
    # to be, to happen, can, must, do
    "was: chilo chhilo silo chilen; is: ache achhe ase achen hoy hoi; will be: hobe; "
    "happened: hoyechilo hoisilo hoyeche hoise hoyse holo hoilo ghoteche ghotechilo ghotlo; did not happen: hoyni; "
    "happens: ghote; can: pare parbe; could: parse pereche parlo; cannot: parena; should: uchit; need: dorkar; "
    "needs: lagbe; did: korse koreche korechilo korlo korsilo korechen korsen; does: kore koren; will do: korbe; "
    "do: korte; done: kora",
    # the verbs of the story
    "said: bolse boleche bolechilo bollo bolsilo bolechen bolsen bolechhe bola; says: bolche bolen bole; "
    "tell: bolo bolun; say: bolte; wrote: likhse likheche likhechilo likhlo likhechen likhsilo; writes: lekhe; "
    "write: likhte; written: lekha likha; killed: mereche merechilo marse marlo nihoto; "
    "died: moreche morse morlo morechilo; dead: mrito; injured: ahoto ahot jokhom jokhomi; death: mrittu; "
    "murder: khun; shot: guli; knife: churi chhuri chaku; stabbing: churikaghat; weapon: ostro; gun: bonduk; "
    "drove: chalachhilo chalacchilo chalaisilo chalalo chaliyechilo; drives: chalay; drive: chalate; rent: bhara; "
    "rented: bharay; use: byabohar bebohar; sent: pathaise pathiyeche pathiyechilo pathaisilo pathalo; sends: pathay; "
    "gave: dise diyeche dilo diyechilo; called: dakse dekeche daklo; went: gelo gese geche jeto; "
    "took: nise niyeche niyechilo nisilo; will come: ashbe asbe; lasted: cholechilo choleche cholse; "
    "won: jitse jiteche jitlo; lost: harse hereche; claim: dabi; responsibility: dayitto daitto; "
    "wants: chay chai chan chacche; wanted: chaise cheyeche cheyechilo; ask: jiggesh; request: anurodh; knows: jane; "
    "knew: janto jenechilo; know: jante jano janen; found out: jeneche; known: porichito; "
    "found: peyeche paise pelo peyechilo; read: porse poreche porlo porte pora; opened: khulse khuleche khullo; "
    "open: khulte khola; lives: thake; lived: thakto thakten thakchilo thaksilo; birth: jonmo; "
    "was born: jonmechilo jonmeche; birthplace: jonmosthan; came: esechilo elo aise; arrest: greftar greptar; "
    "arrested: dhorse dhoreche dhorlo; alone: eka ekai ekla; answer: uttor jobab; cooperation: sahojogita; "
    "help: sahajjo; refuse: oswikar; reject: prottakhan; prevent: atkate; hides: lukay; hiding: lukiye; hide: lukate; "
    "secret: gopon; force: jor; angry: rege; any: kono; when: jokhon; problem: somossa; see: dekhte; will give: dibe",
    # the nouns of the story
    "attack: hamla hamlar akromon; in the attack: hamlay; attacker: hamlakari; attacker's: hamlakarir; "
    "terror: shontrash; terrorists: shontrashi sontrashi; militant: jongi; police: pulish pulis; bridge: setu shetu; "
    "car: gari; people: lok lokjon manush jon; pedestrians: pothochari; wife: bou stri; victims: bhuktobhogi; "
    "years: bochor bosor; age: boyosh boyos boyoshe; day: din; week: shoptaho; Sunday: robibar; on Sunday: robibare; "
    "Wednesday: budhbar; on Wednesday: budhbare; time: somoy shomoy; minutes: minit; hours: ghonta; month: mash; "
    "date: tarikh; year: shal sal; today: ajke; yesterday: gotokal kal; now: ekhon akhon; then: tokhon tarpor; "
    "name: naam nam; real: asol ashol; actually: asole; author: lekhok; journalist: sangbadik songbadik; "
    "headline: shironam; report: protibedon; news: khobor songbad; newspaper: potrika; programme: onushthan; "
    "interview: sakkhatkar; government: sorkar shorkar; minister: montri; law: ain; new: notun nutun; old: purono; "
    "warrant: parwana porowana; message: barta; letter: chithi; envelope: kham; company: kompani protishthan; "
    "agency: songstha sangstha; service: sheba; intelligence: goenda; security: nirapotta; evidence: proman; "
    "group: dol gosthi; soldier: soinik; phone: fon; place: jayga jaiga; access: probesh",
    # adverbs
    "only: shudhu sudhu matro; really: sotti shotti; exactly: thik; before: aage age; already: agei; after: pore; "
    "first: prothom prothome; last: shesh sesh; still: ekhono; ever: kokhono; again: abar",
    # what a passage must tell (``events_asked``)
    "owner: malik; price: dam daam mullo; salary: beton; money: taka; fine: jorimana; punishment: shasti; "
    "meeting: baithak boithok; reaction: protikriya; statement: bibriti; religion: dhormo dhormer; job: kaj chakri; "
    "profession: pesha; crime: oporadh; criminal: oporadhi; case: mamla; court: adalot; hospital: hashpatal; "
    "mosque: masjid; thing: jinish; city: shohor; country: desh; content: bishoybostu; president: rashtropoti; "
    "election: nirbachon; vote: bhot; parliament: songsod",
    # the postpositions the idioms leave
    "about: niye; from: theke; with: sathe diye; for: jonno; to: kache; in: moddhe; without: chara",
)
# talk, left out: what shows Bengali ("naki": is it), what shows none ("bhai") and the endings left
_TALK = frozenset("naki shuni shunlam ektu gulo".split())
_BENGALI_DROPPED = _TALK | frozenset("bhai apu dada didi toh re ta ti gula guli ra der hae haa mane er r e te tey ey "
                                     "plz".split())
# the words that are English too, glossed only before Bengali or a name ("take mereche", not "take place")
_BENGALI_SHARED = frozenset("""take tar tin age pore dam chai chan ora tara parse morse ache holo
    pare nam sob eta oi jane ba ar o ek k bole""".split())
# the words that show Bengali, less those of English ("hoy", "koto": a harp), Hindi ("ki", "naam", "hamla", "bhot": very), the
# other languages mixed in (Greek "konta", Chinese "shei", Dutch "kon", Hebrew "kara") and names ("Kobe")
_BENGALI_MARK = (frozenset(_BENGALI) | _TALK | frozenset(_POSTPOSITIONS) | frozenset(_KORA)) - \
    _BENGALI_SHARED - frozenset("""ki ke kara kar kon kobe kto ei sei seta ota ami amar apni tomar uni je tai na nai
    nei noi ni ase hoy hoi kore kora korte kor koro kori bolo bola elo pelo pora porte eka lok gari ain malik naam
    desh kaj dol jor setu taka beton diye dara songe kintu khola bolte oder chay keu kisu niye aro sheba jano ghote
    lekha tini soinik kham aise thik chara por mote somoy kase chaku chhuri churi dui hamla hamlay jodi koita konta
    kono likha masjid minit paise pulis shei shohor tarikh bhot daam chithi mamla pesha baithak khun stri bhara uchit
    jante thake kache aage korar din kal mash sal se jon koto""".split())
# the verbs that end a question ("kon gari chalacchilo?") or follow "ki" ("ki bolse")
_FINITE = "|".join(sorted((w for w, e in _BENGALI.items() if w in _BENGALI_MARK and e in (
    "was is said says wrote happened killed died drove sent wanted wants lived found opened arrested came did could "
    "lasted won lost knew took read can gave went called").split() + ["will give"]), key=len, reverse=True))
# Bengali however few its marks: the script, "ki bolse", "naam ki?", a last verb, "porte pare", "kobe"
_BENGALI_OPENING = re.compile(
    r"^(?=.*?[\u0980-\u09ff]|.*?\b(?:ki|ke|k)\s+(?:bole|ache|achhe|ase|hoy|kore|chay|jinish|%s)\b|"
    # ("... ki?" last, not after an English question's opening: "Was it ka-ching or ki?")
    r"(?!\s*(?:was|is|were|are|did|does|do|who|what|which|when|where|why|how|can|could|will|would|should|has|have|"
    r"had)\b).*?\b(?:ki|ke)\s*\?|.*?\b(?:%s)\s+(?:ki|ke)\b|"
    r".*?\bki\s+[a-z]+ed\s*\?|.*?\b(?:ase|achhe|achen|hoyni|%s)\s*(?:naki\s*)?(?:[?.!,]|$)|"
    r".*?\b\w+te\s+(?:pare|parbe|parse|pereche|parlo|parena|chay|chai|chan|chaise)\b|.*?(?-i:\bkobe\b))"
    % (_FINITE, _FINITE, _FINITE), re.I | re.S)

# -- order --

_ASKED = (r"how many times|how many people|how many|how much money|how much|how old|how long|since when|from where|"
          r"with whom|to whom|what kind of|what happened|what was written|what time|what year|whose|whom|which|what|"
          r"who|when|where|why|how")
_PREPOSITION = r"(?:in|on|at|about|with|from|to|for|by|during|after|before|without|according to)"
_PRESENT = frozenset("says writes wants knows lives drives sends hides needs happens answers".split())
# the verbs with no object ("how many people died" asks of the subject; "Rudd ki resign korse" asks whether)
_UNDONE = frozenset("happened died came lived happens lasted".split())
_ALONE = frozenset("resigned died retired converted acted agreed".split())
_DONE_AS = {"wrote": "written", "drove": "driven", "took": "taken", "gave": "given", "hid": "hidden", "knew": "known"}
# who may be a subject ("Amber Rudd"; "Apple FBI" is two; "Masood's wife"), what is done to
_NOUNS = (r"police officers?|police|attackers?|attack|perpetrator|government|minister|author|journalist|"
          r"tech companies|companies|company|terrorists?|soldier|group|news agency|laws?|article|headline|car|victims")
_SUBJECT = (r"(?:(?:the|this|that|his|her|their)\s+(?:(?:new|last|first|secret|real)\s+)?(?:%s|[\w-]+)|"
            r"(?-i:[A-Z][a-z.-]+)(?:\s+(?-i:[A-Z][a-z.-]+)){0,3}|(?-i:[A-Z])[\w.-]*|(?:new\s+)?(?:%s)|he|she|"
            r"they|it)(?:['’]s\s+(?:(?:last|first|new|real)\s+)?[\w'’-]+)?" % (_NOUNS, _NOUNS))
_THINGS = r"car|vehicle|phone|iPhone|message|messages|knife|weapon|article|headline|law|laws|warrant|app"
_ADVERB = r"really|also|ever|finally|already|first|alone"
_AUXILIARY = frozenset("was were is are has had did does will can could cannot".split())
_PHRASE = (r"%s\s+(?:the\s+)?(?:(?:new|last|first)\s+)?(?:(?-i:[A-Z][a-z'’.-]+)(?:\s+(?-i:[A-Z][a-z'’.-]+))?|"
           r"(?!(?:the|new|last|first)\b)[\w'’-]+)" % _PREPOSITION)


def _verb_at(words: str) -> re.Match | None:
    """The verb ending ``words``: 2 after "did not", 3 "wants" and 4 its verb, 5 a modal and 6 its verb, 7 "was"
    and 8 a participle, 9 "was" alone, 10 a verb alone."""
    m = re.search(r"(?:^|\s)((?:did|does|will|can|could|cannot)\s+not\s+(\w+)|(wants|wanted|refused)\s+to\s+(\w+)|"
                  r"(will|can|could|cannot)\s+(\w+)|(was|were|is|are)\s+(born|[\w'’-]+ed|written|known|shot|hit|"
                  r"hurt)|(was|were|is|are|has)|(shot dead|[\w'’-]+))\s*$", words, re.I)
    if m and m.group(10) and not (_base(m.group(10)) or m.group(10).lower() in _PRESENT):
        return None
    return m


def _pp_last(more: str) -> str:
    """``more`` with its opening phrase after the object ("in the end iPhone" → "iPhone in the end")."""
    m = re.match(r"\s*(%s)\s+((?-i:[A-Z]|i[A-Z])[\w'’.-]*|(?:the|a)\s+[\w'’-]+)$" % _PHRASE, more)
    return f" {m.group(2)} {m.group(1)}" if m else more


def _did(asked: str, who: str, verb: str, more: str) -> str:
    """``asked`` with "did" or "does", ``who`` and the base of ``verb``."""
    low, more = verb.lower(), _pp_last(more)
    if low in _PRESENT:
        return f"{asked} does {who} {low[:-1]} {more}"
    return f"{asked} did {who} {_base(low)} {more}"


def _compose(asked: str, rest: str, who: str = "") -> str:
    """A question word (none when asking whether) and the rest of its clause, of subject ``who`` if known, in
    English order ("what", "Rudd about WhatsApp said" → "what did Rudd say about WhatsApp")."""
    low, moved, subject_at = asked.lower(), "", re.escape(who) if who else _SUBJECT
    if low == "who" and rest and (_base(rest.split()[0]) or rest.split()[0] in _PRESENT):
        # "ke bolse ...": who said, and what was said as typed
        return f"{asked} {rest}"
    # a phrase before the subject goes last ("before the attack Masood ...")
    lead = re.match(r"(%s)\s+(?=%s\s)" % (_PHRASE, subject_at), rest)
    if lead and low != "who" and not low.startswith(("how many", "what happened")):
        rest, moved = rest[lead.end():], " " + lead.group(1)
    v = _verb_at(rest)
    if v is None:
        # a verb before its subject ("ki bolse Rudd") or object ("Islamic State claimed responsibility")
        first = re.match(r"([\w'’-]+)\s+(%s)(?=\s|$)(.*)$" % subject_at, rest)
        if first and _base(first.group(1)) and low not in ("who", "what happened"):
            return _did(asked, first.group(2), first.group(1), first.group(3)) + moved
        s = re.match(r"(%s)\s+((?:%s)\s+)?([\w'’-]+)\b(.*)$" % (subject_at, _ADVERB), rest)
        if s and _base(s.group(3)) and not low.endswith("happened"):
            if low == "who":
                return f"who {s.group(3)} {s.group(1)}{s.group(4)}{moved}"
            return _did(asked, s.group(1) + " " + (s.group(2) or ""), s.group(3), s.group(4)) + moved
        verbless = not any(_base(w) or w in _AUXILIARY for w in rest.lower().split())
        be = "is " if low and verbless and not low.startswith(("how old", "what happened", "what was")) else ""
        return f"{asked} {be}{rest}{moved}"
    verb, before = v.group(1), rest[:v.start(1)].strip()
    if v.group(9):
        # to be: "attacker's name what was" → "what was attacker's name"
        return f"{asked} {'were' if low.startswith('how many') and verb.lower() == 'was' else verb} {before}{moved}"
    subject = re.match(r"(%s)(?=\s|$)\s*(.*)$" % subject_at, before)
    if low in ("who", "what happened") or low and ((v.group(10) or "").lower() in _UNDONE or v.group(7) or
                                                    not subject) and not re.search(r"(?:day|year|time|date)$", low) \
            and (low.startswith(("how many", "which", "whose", "what kind")) or low == "what"):
        # asked of the subject: "who wrote the article", "how many people died on the bridge"
        if v.group(7) and low.startswith("how many") and v.group(7).lower() == "was":
            verb = "were " + v.group(8)
        return f"{asked} {verb} {before}{moved}"
    if not subject:
        if (v.group(5) or v.group(7)) and before:
            # "House e vote kobe hobe": when will the vote be in the House
            pp = re.match(r"(%s)\s+(.+)$" % _PHRASE, before) or re.match("()(.+)", before)
            return f"{asked} {v.group(5) or v.group(7)} {pp.group(2)} {v.group(6) or v.group(8)} {pp.group(1)}{moved}"
        return f"{asked} {verb} {before}{moved}"
    who, more = subject.group(1), _pp_last(subject.group(2)) + moved
    if low == "how old" and v.group(10):
        return f"how old was {who} when he {v.group(10)} {more}"
    if v.group(10) and re.fullmatch(r"(?:the|this|that)\s+(?:%s)" % _THINGS, who) and \
            _base(v.group(10)) and v.group(10).lower() not in _UNDONE:
        # a thing done to, its doer untold: "from where was the car rented"
        return f"{asked} was {who} {_DONE_AS.get(v.group(10).lower(), v.group(10))} {more}"
    if v.group(7) or v.group(5):
        return f"{asked} {v.group(7) or v.group(5)} {who} {v.group(8) or v.group(6)} {more}"
    if v.group(3):
        want = v.group(3).lower()
        return f"{asked} {'does' if want == 'wants' else 'did'} {who} {'refuse' if want == 'refused' else 'want'} " \
               f"to {v.group(4)} {more}"
    if v.group(2):
        return f"{asked} {verb.split()[0]} {who} not {v.group(2)} {more}"
    return _did(asked, who, v.group(10), more)


# the story's nouns, which Bengali leaves bare ("how old was the attacker")
_BARE = re.compile(r"\b(is|was|were|did|does|of|in|on|at|to(?!\s+attack)|about|from|for|with|before|after|during|by|"
                   r"killed|kill|"
                   r"stabbed|stab|drove|drive|wrote|write|unlock|unlocked|help|helped|use|used|rent|rented)\s+"
                   r"(?=(?:(?:new|last|first)\s+)?(?!terrorist)(?:%s|bridge|message)\b)" % _NOUNS, re.I)


def _bengali_order(glossed: str) -> str:
    """A Bengali question glossed word for word in English order where that is clear ("Masood which car drove"
    → "which car did Masood drive"); a "what" inside the clause asks whether ("Masood what alone was")."""
    glossed = re.sub(r"\s+(['’]s)\b", r"\1", glossed)
    m = re.match(r"^(.*?)(\s*(?:[?!,]|\.(?=\s*$)|$).*)$", glossed, re.S)
    body, tail = m.group(1).strip(), m.group(2)
    asked = list(re.finditer(r"(?<![\w'’-])(?:%s\s+)?(?:%s)(?![\w'’-])" % (_PREPOSITION, _ASKED), body, re.I))
    if len(asked) > 1 or not body or not asked and (body.split()[0] in _AUXILIARY or not (
            _verb_at(body) or any(_base(w) for w in body.split()[1:]))):
        return _BARE.sub(r"\1 the ", glossed)
    if not asked:
        return _BARE.sub(r"\1 the ", re.sub(r"\s{2,}", " ", _compose("", body)).strip() + tail)
    a = asked[0]
    phrase, before, after = a.group(0), body[:a.start()].strip(), body[a.end():].strip()
    word = re.sub(r"^%s\s+" % _PREPOSITION, "", phrase, flags=re.I).lower()
    if (word in ("which", "whose", "how many", "what kind of", "how much") or word == "what" and re.match(
            r"(?:weapon|car|phone|job|religion|brand|model|app|law|show)\b", after)) and after:
        # the noun asked of: "which show", "how many messages", "which police officer"
        n = re.match(r"(police officers?|news agency|tech companies|Home Secretary|[\w'’-]+)\s*(.*)$", after)
        if n and not _verb_at(n.group(1)) and n.group(1).lower() not in _AUXILIARY:
            noun = _plural(n.group(1)) if word == "how many" and n.group(1).islower() else n.group(1)
            phrase, after = f"{phrase} {noun}", n.group(2)
    v = _verb_at(after) if phrase == "what" and before else None
    done = re.match(r"(?:(?:%s)\s+)?(\S+)\s+(?!%s\b)\S" % (_ADVERB, _PREPOSITION), after)
    if v and (after[:v.start(1)].strip() or (v.group(10) or "").lower() in _ALONE) or \
            phrase == "what" and before and done and _base(done.group(1)):
        # "Masood ki eka chilo", "IS ki attack er dayitto nise": "ki" after the subject, apart from the verb or
        # before a verb and its object, asks whether
        phrase = ""
    who = before if not phrase and re.fullmatch(_SUBJECT, before) else ""
    out = re.sub(r"\s{2,}", " ", _compose(phrase, f"{before} {after}".strip(), who)).strip()
    return _BARE.sub(r"\1 the ", out + tail)


BENGALI = Language(_BENGALI_IDIOMS, _BENGALI, _BENGALI_DROPPED, _BENGALI_MARK, reorder=_bengali_order,
                   shared=_BENGALI_SHARED, opening=_BENGALI_OPENING)
