"""Punjabi mixed into English questions, read in English.

Punjabis in India and Pakistan type Punjabi in Latin letters around the story's names ("Rudd ne
WhatsApp baare ki keha?", "Masood kinne saal da si?"), a word in many chat spellings ("kithe",
"kitthe"; "keha", "kiha"), seldom in Gurmukhi or Shahmukhi, put in Latin letters first. As in Hindi
the verb comes last, a postposition after its noun ("WhatsApp baare": about WhatsApp) and the
question word late: the idioms put a postposition before its noun, an owner before what it owns
("Masood di gaddi": Masood's car) and a verb of two words in English ("zimmevari layi": claimed
responsibility, "rent kitti": rented); ``punjabi_order`` puts the question word first and the verb
after its subject (the words before "ne"). Punjabi shares its commonest words with Hindi, read first
("kaun", "naam", "hai", "ki"), so its own words ("kithe", "kado", "si", "vich", "keha") and frames
("ki si?", "da naam") show it.
"""
from __future__ import annotations

import re
import unicodedata

from qabot.languages import EnglishVerbs, Idioms, Language, glossary_of, hindi_urdu

# -- verbs --

# the English pasts the glossary and the idioms give, and their bases, for "did" to take
_IRREGULAR = dict(pair.split() for pair in """say said, tell told, write wrote, drive drove, send sent, shoot shot,
    find found, read read, know knew, hide hid, come came, give gave, take took, do did, meet met, pay paid,
    catch caught, get got, become became, see saw, die died, use used, go went, keep kept, bring brought""".split(","))
_PRESENT = {w: w[:-1] for w in "says wants knows lives uses writes gives happens demands issues works".split()}
_PRESENT.update(does="do", has="have")
_VERBS = EnglishVerbs(_IRREGULAR, _PRESENT)
# (Marathi, whose verb comes last too, reads with these)
english_past, english_base = _VERBS.past, _VERBS.base


# -- script --

# the commonest words in Gurmukhi and Shahmukhi, in Latin letters (a vowel sign is no \w to Python:
# ``_glossed`` would split a Gurmukhi word)
_SCRIPT = {unicodedata.normalize("NFC", k): v for k, v in dict(p.split(":") for p in """ਕੀ:ki ਕੌਣ:kaun
    ਕਿਸਨੇ:kisne ਕਦੋਂ:kadon ਕਿੱਥੇ:kithe ਕਿੱਥੋਂ:kithon ਕਿਉਂ:kyon ਕਿਵੇਂ:kiven ਕਿੰਨੇ:kinne ਕਿੰਨਾ:kinna ਕਿਹੜਾ:kehda
    ਕਿਹੜੀ:kehdi ਨੇ:ne ਨੂੰ:nu ਦਾ:da ਦੀ:di ਦੇ:de ਵਿੱਚ:vich ਤੋਂ:ton ਤੇ:te ਨਾਲ:naal ਬਾਰੇ:baare ਸੀ:si ਹੈ:hai ਹੋਇਆ:hoya
    ਕਿਹਾ:keha ਲਿਖਿਆ:likheya ਮਾਰਿਆ:maareya ਨਾਮ:naam ਸਾਲ:saal ਉਮਰ:umar ਲੋਕ:lok ਹਮਲਾ:hamla
    ਹਮਲਾਵਰ:hamlawar ਪੁਲਿਸ:police ਨਹੀਂ:nahi ਕੀਤਾ:kitta کی:ki کون:kaun کتھے:kithe کدوں:kadon کنے:kinne
    کیہڑا:kehda کیہڑی:kehdi کیہڑے:kehde کیویں:kiven کیوں:kyon نوں:nu وچ:vich سی:si""".split()).items()}


def _script(m: re.Match) -> str:
    """A word in Gurmukhi or Shahmukhi in Latin letters, if known."""
    word = unicodedata.normalize("NFC", m.group(0))
    return _SCRIPT.get(word, word)


# -- idioms --

_B, _E = r"(?<![\w'’-])", r"(?![\w'’-])"
# what may stand between a noun and its light verb: a question word, "not", "alone"
_WH = (r"(?:ki|kee|kisne|kaun|kon|kado|kadon|kithe|kitthe|kithon|kyon|kyun|kive|kiven|kinne|kinna|kinni|nahi|nahin|"
       r"nai|ikalle|kalle)")
_DID = (r"(?:kitta|kita|kitti|kiti|kitte|kite|kar\s+(?:ditta|ditti|dita|diti|ditte|litta|lita|litti|leya|laya)|"
        r"karta|kiya)")
_GAYA = r"(?:gaya|gayi|gaye|gya|gyi|gye|gai)"
_WAS = r"(?:si|sigi|sige|san|c)"
_IS = r"(?:hai|ae|e|aa|han|hega|hegi|ne)"
_END = r"(?=\s*(?:[?.!,]|$))"
_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*"
_WANT = r"(?:chahundi|chaundi|chahunda|chaunda|chahunde|chaunde)"


def _frame(word: str) -> bool:
    """Whether ``word`` is a word of Punjabi's frame (a question word, a particle, a verb), no noun."""
    return word.lower() in _PUNJABI and word.lower() not in _NOUNS or word.lower() in _PUNJABI_DROPPED


def _joined(words: str, verb: str, english: str, owned: str = "") -> tuple[str, object]:
    """A noun and its light verb in English, a question word between them before ("hamla kado kitta"
    → "kado attacked"), the noun's owner after ("attack di zimmevari layi" → "claimed responsibility
    for attack")."""
    def put(m: re.Match) -> str:
        owner = m.group("owner")
        if owner and _frame(owner):
            return f"{owner} {m.group('wh')}{english}"
        return f"{m.group('wh')}{english}" + (f" {owned}{owner}" if owner else "")
    return (rf"{_B}(?:(?P<owner>[\w'’.-]+)\s+d[aie]\s+)?(?:{words})\s+(?P<wh>(?:{_WH}\s+)*)(?:{verb})"
            rf"(?:\s+(?:{_WAS}|{_IS}))?{_E}", put)


def _passive(words: str, aux: str, english: str) -> tuple[str, object]:
    """A passive in English: "maare gaye" were killed, "maareya gaya" was killed."""
    return rf"\b(?:{words})\s+({aux})\b", lambda m: f"{'were' if m.group(1)[-1] == 'e' else 'was'} {english}"


def _english_verb(m: re.Match) -> str:
    """An English verb made with "karna" ("rent kitti", "unlock kar ditta"), in its past."""
    word = m.group(1)
    if _frame(word) or word.lower() in _NOUNS or word[0].isupper() and word != "WhatsApp":
        return m.group(0)
    return f"{m.group(2) or ''}{english_past(word)}"


# the postpositions, which follow their noun ("WhatsApp baare") and go before it in English
_POSTPOSITIONS = glossary_of("""about: baare baarey bare; in: vich wich ch andar; from: vichon ton tho kolon;
    with: naal nal kol; for: layi lai vaaste; on: utte upar te tey; after: baad magron; before: ton-pehlan;
    until: tak; against: khilaf; to: nu-to; according to: mutabik mutabiq anusaar; during: dauran; through: zariye;
    without: bina bagair; towards: wal""")
# a pronoun before a postposition, as its object ("ohde baare": about him)
_OBJECT = glossary_of("him: ohde ohda usde; her: ohdi usdi; them: ohna ohnan unhan; this: ehde isde; these: ehna")
_OWNS = frozenset("da di de dian diyan".split())
_WHICH = frozenset("kehda kehdi kehde kehra kehri kehre kihda kihdi kihde kis kinne kinni kinna kisda kisdi kisde"
                   .split())


def _postposition(m: re.Match) -> str:
    """A postposition before the words as typed before it, one word with them ("WhatsApp baare" →
    "about·WhatsApp", "Masood de phone vich" → "in·Masood·'s·phone"); "te" after Punjabi is "and"."""
    words, post = m.group("run").split(), m.group("p").lower()
    english = _POSTPOSITIONS[post]
    kept: list[str] = []
    while words and len(kept) < 5:
        low = words[-1].lower()
        if low in _OWNS and len(words) > 1 and not _frame(words[-2]) and words[-2].lower() not in _OBJECT:
            # "Masood de phone vich": in Masood's phone; "Rudd de mutabik": according to Rudd
            kept[:0] = [words[-2], "'s"] if kept else [words[-2]]
            del words[-2:]
        elif not _frame(low) and low not in _OBJECT and low not in _OWNS and low not in ("the", "and", "or"):
            kept.insert(0, words.pop())
        else:
            break
    if post in ("te", "tey") and kept and english_base(kept[-1]):
        # "kaddeya te kyon": fired and why
        return " ".join(words + kept + ["and"])
    rest = re.match(r"[^?.!,]*", m.string[m.end():]).group(0).split()
    if len(kept) > 1 and not (kept[0][:1].isupper() and kept[1][:1].isupper()) and \
            not m.string[:m.start()].strip() and [w.lower() for w in words] in ([], ["ki"]) and \
            not re.search(r"\bne\b", m.string) and (words or all(_frame(w) for w in rest)) and \
            not any(w.lower() in _HAPPENED for w in rest):
        # its subject opens a question ("Masood birmingham ton si?": was Masood from Birmingham)
        words, kept = words + kept[:1], kept[1:]
    if kept and words and words[-1].lower() in _WHICH:
        return " ".join(words[:-1] + [english, words[-1]] + kept)
    if kept:
        return " ".join(words + ["·".join([*english.split(), *kept])])
    if words and words[-1].lower() in _OBJECT:
        return " ".join(words[:-1] + ["·".join([*english.split(), _OBJECT[words[-1].lower()]])])
    return " ".join(words + ["and" if post in ("te", "tey") else english])


_HAPPENED = frozenset("hoya hoyi hoye hoyea vapreya died".split())


def _owner(m: re.Match) -> str:
    """"Masood di gaddi" → "Masood 's gaddi" (Masood's car), not after a word of the frame."""
    return m.group(0) if _frame(m.group(1)) or m.group(1).lower() in _OBJECT else f"{m.group(1)} 's "


def _done(m: re.Match) -> str:
    """A verb without its "si" or "ae" ("chalayi si": drove, "chaundi ae": wants)."""
    word, low = m.group(1), m.group(1).lower()
    english = _PUNJABI.get(low, low) if low in _VERBS or not _frame(low) else ""
    return word if english and (english_base(english.split()[-1]) or english in _WANTS | _PLURAL) else m.group(0)


# the imperfect before "si" (was), in the past ("rehnda si": lived), a stem before "reha" too
_IMPERFECT = glossary_of("""lived: rehnd raind rehn reh; said: kehnd kaind keh bol; did: kard kar;
    wrote: likhd likh; drove: chalaund chala; used: vartd vart; sent: bhejd bhej; knew: jaand;
    wanted: chahund chaund; demanded: mangd mang; read: parhd padhd parh padh; gave: dind""")
_WANTS = frozenset("wants want wanted".split())
_PLURAL = frozenset("want use say know live give do".split())
# the infinitives before "chaundi" (wants to read) and "sakdi" (can read)
_INFINITIVES = glossary_of("""do: karna karni karne kar; read: parhna padhna parh padh; open: kholna khol;
    stop: rokna rok; send: bhejna bhej; write: likhna likh; meet: milna mil; say: kehna keh; know: jaanna jaan;
    give: dena de; see: vekhna""")


def _infinitive(modal: str):
    """"parh sakdi" → "can read", "unlock karna chaundi" → "wants to unlock", "ki karna chaundi" →
    "ki wants to do"."""
    def put(m: re.Match) -> str:
        word, verb = m.group(1) or "", m.group(2)
        english = _INFINITIVES.get(verb.lower())
        if english is None:
            # no infinitive: "ki chaundi ae" (what does he want)
            return f"{word} {verb} {modal.split()[0]}".strip()
        if word and english == "do" and not _frame(word) and not word[0].isupper():
            return f"{modal} {word}"
        return f"{word} {modal} {english}".strip()
    return put


_PUNJABI_IDIOMS = Idioms([
    # the scripts in Latin letters; "attack'ch" apart; the words of talk out
    (r"[\u0a00-\u0a7f]+|[\u0600-\u06ff]+", _script), (r"(?<=\w)['’]ch\b", " ch"),
    (r"\s*\b(?:paaji|paji|praji|veere|veer|veerji|bhaji|ji|jee|yaar|yr)\b(?=\s*(?:[?.!,]|$))", ""),
    (r"\b(?:end|aakhir|akhir|aakhar)\s+(?:vich|ch|te)\b", "in the end"),
    # spellings of one word
    (r"\bkis\s+ne\b|\bkihne\b|\bkinhe\b", "kisne"), (r"\bkis\s+(?:nu|nuu|noo)\b", "kinnu"),
    (r"\bkis\s+d([aie])\b", r"kisd\1"), (r"\b(?:kis|kihde|kinhan|kihna)\s+(?:naal|nal)\b", "with whom"),
    (r"\bkis\s+(?:layi|lai)\b|\bkaahton\b|\bkahnu\b", "kyon"), (r"\bkis\s+tarah\b", "kiven"),
    (r"\b(?:ton|to|tho|de)\s+(?:pehlan|pehla|pehle|pahilan)\b", "ton-pehlan"),
    (r"\b(?:ton|to|tho|de)\s+(baad|magron)\b", r"\1"),
    (r"\bki\s+(?:nahi|nahin|nai)" + _END, "or not"), (r"\bki\s+ki\b", "ki"),
    (r"\bki\s+(?:hunda|hundi|hunde)(?:\s+" + _IS + r")?\b", "ki ae"),
    (r"\b([\w'’.-]+)\s+(?:wale|vaale|vale|waale)\s+din\b", lambda m: "on·the·day·of·" + m.group(1)),
    (r"^\s*is\s+(?=[a-z])", "this "), (r"\beh\s+gal\b", "this"),
    # age, where from, a record, time, money, times
    (r"^\s*(.+?)\s+(?:kin+[ei]y?\s+saal(?:an)?\s+d[aie]|d[aie]\s+(?:umar|umr|umer|age)\s+(?:ki|kee|kinni|kinne))\s+"
     r"(%s|%s)\b" % (_WAS, _IS), lambda m: f"how old {'was' if re.fullmatch(_WAS, m.group(2)) else 'is'} {m.group(1)}"),
    (r"\bkin+[ei]y?\s+saal(?:an)?\s+d[aie]\b", "how old"), (r"\bkinni\s+(?:umar|umr|umer)\b", "what age"),
    (r"^\s*(.+?)\s+(?:kithon|kitthon|kitho)\s+d[aie]\s+" + _WAS + r"\b", r"where was \1 from"),
    (r"^\s*(?:ki\s+)?(.+?)\s+d[aie]\s+(?:koi\s+)?(?:criminal|mujrimana)\s+(?:record|rikard)\s+" + _WAS + r"\b",
     r"did \1 have a criminal record"),
    (r"^\s*(.+?)\s+d[aie]\s+(gaddi|gadi|car|phone|fon)\s+(?:kehdi|kehda|kis)\s+(?:company|kampani|brand|make)\s+"
     r"d[aie]\s+" + _WAS + r"\b", lambda m: "·".join(f"what make of {m.group(2)} did {m.group(1)} have".split())),
    (r"\b(?:kehdi|kehda|kehde|kis)\s+(?:company|kampani|brand|make)\s+d[aie]\s+(gaddi|gadi|car|phone|fon)\b",
     r"what make of \1"),
    (r"\b(keemat|kimat|mull|jurmana|jurmaana|tankhah|paise)\s+(?:kinni|kinne)\b", r"\1 kinna"),
    (r"\bkin+[ae]y?\s+(?:paise|paisa|pese)\s+((?:[\w'’-]+\s+)?)(?:ditte|dite|ditta|dita|bhare|bharey)\b",
     r"how much \1paid"),
    (r"\bki\s+likh(?:eya|ya|ia|iya)\s+(?:hoya\s+)?(?:si|c|sigi|ae|hai)\b(?![^?]*\bne\b)", "what was written"),
    # "Rudd di companies naal meeting": Rudd's meeting with the companies
    (r"\b([\w'’.-]+)\s+d[aie]\s+((?:[\w'’.-]+\s+){1,3}?)(?:naal|nal)\s+(meeting|mulaqat|gal|baat)\b",
     lambda m: m.group(0) if _frame(m.group(1)) else
     f"{m.group(1)} 's {m.group(3)} with·" + "·".join(m.group(2).split())),
    (r"\b([\w'’.-]+)\s+([a-z]+)\s+(?:karan|karne|karn)\s+(?:layi|lai|vaaste)\b",
     lambda m: m.group(0) if _frame(m.group(2)) or m.group(2) in _NOUNS else f"to·{m.group(2)}·{m.group(1)}"),
    (r"\bkin+i\s+(?:der|dair)\b|\bkinn?a\s+(?:chir|cheer|time|samaa|waqt)\b", "how long"),
    (r"\bkad+o+n?\s+(?:ton|to|tho|thon)\b", "since when"), (r"\bkad+o+n?\s+(?:tak|takk)\b", "until when"),
    (r"\bkin+[ie]y?\s+(?:vaar|var|vari|vaari|waari|wari|waar|vaaran|dafa)\b", "how many times"),
    (r"\bkin+[ae]y?\s+(?:paise|paisa|pese|rupaye|dollar|pound)\b", "how much money"),
    (r"\b(?:kinne|kis|kehde|kihde)\s+(?:vaje|waje|vele|wele)\b", "what time"),
    (r"\b(?:kis|kehde|kihde|kehre)\s+din\b", "which day"),
    (r"\bki\s+(?:hoya|hoyea|hoeya|vapreya)\b", "what happened"),
    (r"\b(?:kis|kehdi)\s+kism\s+d[aie]\b", "what kind of"),
    # phrases
    (r"\b(?:aakhir|akhir|aakhar|akheer|ant)\s+(?:vich|ch|te)\b", "in·the·end"),
    (r"\bsach+\s+(?:vich|ch)\b", "really"),
    (r"\b(?:grih|home|grah)\s+mantri\b|\bwazir[\s-]*e[\s-]*dakhla\b", "Home Secretary"),
    (r"\b(?:pradhan|pardhan)\s+mantri\b|\bwazir[\s-]*e[\s-]*azam\b", "Prime Minister"),
    (r"\bislami\s+(?:riyasat|state)\b|\bdaish\b", "Islamic State"),
    (r"\b(?:mujrimana|mujramana)\s+(?:record|rikard)\b", "criminal record"),
    (r"\b(?:suraksha|khufia|khufiya)\s+(?:sevawan|agencian|agencies|idare|services)\b", "security services"),
    (r"\bkhabar\s+agency\b", "news agency"), (r"\bpolice\s*(?:wala|wale|afsar|mulazam)\b", "police officer"),
    (r"\bkiraye?\s+(?:di|wali|vali)\s+(?=\w)", "rented "),
    # a verb of two words ("goli maari gayi" first: was shot)
    (r"\bgoli(?:yan)?\s+(?:maari|mari|chalayi)\s+(?:gayi|gyi|gai|gaiyan|gaya|gya)\b", "was shot"),
    _joined(r"zim+[ae][vw]ari|zim+edari|jim+evari", r"layi|lai|laee|leyi|lyi|li|(?:kabool|qabool)\s+" + _DID,
            "claimed responsibility", "for "),
    _joined(r"daava|dawa|daawa|claim", _DID, "claimed"), _joined(r"hamla|humla|attack", _DID, "attacked", "on "),
    _joined(r"qatal|katal|qatl|katl|khoon", _DID, "murdered"),
    _joined(r"giraftaar|giraftar|griftar|girftar|arrest", _DID, "arrested"),
    _joined(r"inkaar|inkar|mana|naanh", _DID, "refused"),
    _joined(r"madad|madat", r"kitti|kiti|kitta|ditta", "helped"),
    _joined(r"jawab|jawaab|javab", r"ditta|dita|dite|ditte", "answered"),
    _joined(r"istemaal|istemal|istamal", _DID, "used"), _joined(r"mulaqat|mulakat|meeting", _DID, "met", "with "),
    _joined(r"gal|gall|baat", _DID + r"|kard[aie]\s+" + _WAS, "talked", "about "),
    _joined(r"pabandi|paabandi", _DID + r"|laayi|layi|lagai", "banned"),
    _joined(r"asteefa|astifa|istifa", r"ditta|dita|de\s+ditta", "resigned"),
    _joined(r"bayan|bayaan|statement", r"ditta|dita|jaari\s+kitta", "said"),
    _joined(r"goli|goliyan", r"maari|mari|maar\s+ditti|maar\s+diti|chalayi|chalai|chalaiyan", "shot"),
    _joined(r"(?:chaku|chaaku|chhuri|churi|chhura|chura)(?:\s+naal)?", r"maareya|mareya|maarya|maari|maar\s+ditta",
            "stabbed"),
    _joined(r"(?:kiraye|kiraaye|kiraya|rent)\s+(?:te|tey|utte)", r"lai|laii|layi|leyi|lyi|litti", "rented"),
    _joined(r"pata|pta", r"lagga|lageya|lagya|chaleya|chalya", "found out"),
    _joined(r"musalman|musalmaan|muslim", r"baneya|banya|bania|ban\s+gaya", "converted to Islam"),
    (r"\b([\w'’.-]+)\s+d[aie]\s+(?:janam|janm|jaman)\s+((?:%s\s+)*)(?:hoya|hoyea|hoeya)(?:\s+%s)?\b" % (_WH, _WAS),
     r"\2\1 was born"),
    _joined(r"paida|paidaa|janam|janm|jaman", r"hoya|hoyea|hoeya", "was born"),
    _joined(r"kadd|kad", r"ditta|dita|deta", "fired"), _joined(r"faisla|faisala|fesla", _DID, "decided"),
    _joined(r"jaari|jari", _DID, "issued"), _joined(r"jaari|jari", r"karda|kardi|karde", "issues"),
    _joined(r"(?:gaddi|gadi|car)\s+(?:chadha|charha)", r"ditti|diti|ditta|dita", "drove the car into"),
    (r"\bkadd?eya\b", "fired"),
    # passives: "maare gaye" were killed, "goli naal maareya gaya" was shot dead
    (r"\bgoli(?:yan)?\s+naal\s+maar(?:eya|ya|ea)\s+%s\b|\bgoli\s+naal\s+maar\s+(?:ditta|dita)\b" % _GAYA,
     "shot dead"),
    _passive(r"maare|maar(?:eya|ya|ea|ia|i)", _GAYA, "killed"), (r"\bmar\s+" + _GAYA + r"\b", "died"),
    _passive(r"zakhmi|jakhmi|ghayal", r"hoye|hoe|ho\s+gaye|hoya|hoyi|hoi|ho\s+gaya", "injured"),
    _passive(r"giraftaar|giraftar|griftar|arrest", r"(?:kitte|kite|kitta|kita)\s+%s|hoye|hoya" % _GAYA, "arrested"),
    _passive(r"fade|phade|fadde|fadeya|phadeya|fadya", _GAYA, "caught"),
    _passive(r"likh(?:eya|ya|ia|iya|i)", _GAYA, "written"),
    (r"\b(?:jam+eya|jamya|janmeya)(?:\s+" + _WAS + r")?\b|\bpaida\s+hoya\s+si\b", "was born"),
    (r"\b([a-z]+ed|shot|caught|hid|sent|paid)\s+(gaya|gayi|gya|gyi|gai|gaye|gye|gae)\b",
     lambda m: f"{'were' if m.group(2).lower() in ('gaye', 'gye', 'gae') else 'was'} {m.group(1)}"
     if english_base(m.group(1)) else m.group(0)),
    (r"\b([\w'’.-]+)\s+(?:gaya|gayi|gaye|gya|gyi)(?:\s+" + _WAS + r")?(?=\s*(?:[?.!,]|$))",
     lambda m: f"{m.group(1)} went" if _frame(m.group(1)) else f"went to {m.group(1)}"),
    # "ne" ending a question is "are" ("oh kithe ne?"); "san" ending one "were"
    (r"(?<=\w\s)ne" + _END, "han"), (r"(?<=\w\s)(?-i:san)" + _END, "sige"),
    # an English verb made with "karna" ("rent kitti": rented), modals, tenses of two words
    (rf"{_B}([A-Za-z]+)\s+((?:{_WH}\s+)*)(?:{_DID}|kard[aie]\s+{_WAS}){_E}", _english_verb),
    (r"\b(?:maar|mar)\s+(?:ditta|dita|ditte|dite|ditti|diti)\b", "maareya"),
    (r"\b(\w+)\s+(?:reha|rahi|rahe|riha|ri|re|rea)\s+" + _WAS + r"\b",
     lambda m: _IMPERFECT.get(m.group(1).lower(), m.group(0))),
    (r"\b(\w+?)[aie]\s+" + _WAS + r"\b", lambda m: _IMPERFECT.get(m.group(1).lower(), m.group(0))),
    (r"\b(?:(\w+)\s+)?(\w+)\s+" + _WANT + r"(?:\s+" + _IS + r")?\b", _infinitive("wants to")),
    (r"\b(?:(\w+)\s+)?(\w+)\s+(?:sakda|sakdi|sakde|skda|skdi)(?:\s+" + _IS + r")?\b", _infinitive("can")),
    (r"\b(?:(\w+)\s+)?(\w+)\s+(?:sakeya|sakya|sakia|saki|sake)(?:\s+" + _WAS + r")?\b", _infinitive("could")),
    (r"\b(?:(\w+)\s+)?(\w+)\s+(?:chahida|chahidi|chahide|chaida|chaidi)(?:\s+" + _IS + r")?\b",
     _infinitive("should")),
    (r"\b(\w+)\s+(?:" + _WAS + "|" + _IS + r")" + _END, _done),
    (r"\b(?:hovegi|hovega|hoyegi|hoyega|hoegi|hoega)\b", "will be"), (r"\b(hunda|hundi|hunde)\s+" + _IS + r"\b", r"\1"),
    # "ki" first asks whether ("Ki Masood ikalla si?"); after a verb of saying it is "that"
    (r"^\s*ki\s+(" + _NAME + r")\s+((?:[\w'’-]+\s+){0,1}[\w'’-]+)\s+(" + _WAS + "|" + _IS + r")" + _END, r"\3 \1 \2"),
    (r"\b(keha|kiha|aakhya|akhya|aakheya|dasya|dasseya|likheya|likhya|bolya|boleya)\s+ki(?=\s+\w)", r"\1 that"),
    # "nu" before a verb of saying is "to" ("companies nu ki aakhya"); a doer after "nu" goes first
    # ("hamlawar nu police ne": police ... the attacker)
    (r"\b(?:nu|nuu|noo)(?=\s+(?:%s\s+)*(?:keha|kiha|aakhya|akhya|dasya|dassya|dasseya|bhejeya|bhejya|ghalleya|"
     r"puchheya|likheya)\b)" % _WH, "nu-to"),
    (r"^(\s*)((?:[\w'’.-]+\s+){1,3}?)(?:nu|nuu|noo)\s+((?:[\w'’.-]+\s+){1,3}?)ne\b",
     lambda m: m.group(0) if any(_frame(w) for w in (m.group(2) + m.group(3)).split())
     else f"{m.group(1)}{m.group(3)}ne {m.group(2).strip()}"),
    # a postposition before its noun, an owner before what it owns
    (r"(?P<run>(?:[\w'’.-]+\s+){1,6}?)(?P<p>%s)(?![\w'’·-])" % "|".join(sorted(_POSTPOSITIONS, key=len, reverse=True)),
     _postposition),
    (r"\b([\w'’.-]+)\s+d[aie]\s+(?=(?!(?:ki|kee|si|hai|ae)\b)[\w'’-])", _owner),
])

# -- words --

_NOUNS = glossary_of("""attack: hamla hamle humla; attacker: hamlawar hamlaavar; perpetrator: mujrim;
    killer: qatil katil; police: pulis; police officer: sipahi; officer: afsar; bridge: pul; car: gaddi gadi gaadi
    kaar; cars: gaddiyan; pedestrians: paidal raahgir rahgir; people: lok lokan bande;
    man: banda; victims: peedit shikaar; injured: zakhmi jakhmi ghayal; body: laash;
    knife: chaku chaaku chhuri churi chhura; weapon: hathiyar hathyar; gun: bandook; bullet: goli; years: saal saalan;
    age: umar umr umer; week: hafta hafte; Sunday: aitvaar aithvaar;
    Wednesday: budhvaar budhwar; Monday: somvaar; Tuesday: mangalvaar; Thursday: veervaar;
    Friday: shukarvaar jumma; Saturday: shanivaar; time: vela samaa waqt; minutes: minat mint;
    hours: ghante; name: naam naa; article: lekh; news: khabar; headline: sirlekh surkhi; author: lekhak;
    journalist: patarkar patrakar sahafi; government: sarkar sarkaar hukumat; minister: mantri wazir;
    law: kanoon qanoon kanun; laws: kanoonan qanoonan; messages: sunehe; message: sunehaa suneha sandesh;
    company: kampani; companies: kampaniyan companiyan; services: sevawan; intelligence: khufia;
    security: suraksha hifazat; evidence: saboot sabut; group: giroh jathebandi tanzeem; soldier: fauji; phone: fon;
    secret: raaz gupt; place: jagah thaan; terrorists: aatankwadi dehshatgard; envelope: lifafa;
    access: pahunch; owner: maalik malik; religion: dharam dharm mazhab; job: kamm naukri; party: paarti;
    price: keemat kimat mull; fine: jurmana jurmaana; response: jawab; statement: bayan bayaan; home: ghar;
    city: shehar sheher shahar; country: mulk desh; incident: ghatna; motive: maqsad; reason: wajah karan;
    family: parivaar; wife: patni; children: bachche; new: navan nawan navi navein;
    old: purana; other: hor dooje; alone: kalla ikalla kalle ikalle akela; real: asli; first: pehli pehla;
    last: aakhri akhri; making: banaun banaon""")
_VERBS = glossary_of("""said: keha kiha kehya aakhya akhya aakheya akheya bolya boleya kahi;
    says: kehnda kehndi kainda kaindi; say: kehnde; told: dasya dassya dasseya daseya;
    wrote: likheya likhya likhia; writes: likhda likhdi; happens: hunda hundi;
    happened: hoya hoyea hoeya hoiya hoyi hoye vapreya vapriya; lasted: chaleya chalya;
    killed: maareya maarya mareya maare maari maarey; died: marya marey mare; drove: chalayi chalaai chalaayi;
    drives: chalaunda; wants: chahundi chaundi chahunda chaunda; want: chahunde chaunde;
    demanded: mangeya mangya mangi; demands: mangdi; asked: puchheya puchhya; knows: jaanda jaandi; know: jaande;
    found: labbheya labbhya labhya labbi mileya milya; read: parheya parhya padhya parh padh;
    used: vartiya varteya vartya; opened: kholeya kholya; open: khol; sent: bhejeya bhejya bheji ghalleya;
    lives: rehnda rehndi; live: rehnde rehn; stayed: reheya; came: aaya aayi aaye; stopped: rokeya rokya roka; stop: rok;
    hid: lukaaya chhupaya; hide: lukaunde; force: majboor; became: baneya banya; caught: fadeya phadeya;
    did: kitta kita kitti kiti kitte; does: karda kardi; do: karde karna; gave: ditta dita ditti diti ditte;
    gives: dinda dindi; give: dinde; uses: vartda vartdi; use: vartde varatde; kept: rakheya rakhya rakhia;
    accepted: manneya; will bring: layegi layega lavegi lavega; will do: karegi karega karenge;
    took: leya litta; got: laye; fired: kaddeya kadeya; claim: daava daawa dawa;
    saw: vekheya dekheya; called: sadeya; can: sakda sakdi sakde; should: chahida chahidi chahide""")
_OTHER = glossary_of("""what: ki kee kii; who: kaun kon koun kisne; whom: kinnu kinu kisnu;
    whose: kisda kisdi kisde; which: kis kehda kehdi kehde kehra kehri kehre kihda kihdi kihde;
    from where: kithon kitthon kitho; when: kado kadon kaddon kadd; where: kithe kitthe kithey kitthey kithay;
    why: kyon kyun kiun kyo; how: kive kiven kiwe kiddan kidan kivein kidda kidaan;
    how many: kinne kinney kinni kinniyan; how much: kinna kinnaa; is: hai ae aa hega hegi; are: han hunde;
    was: si sigi c; were: sige; §: ne; he: oh; this: eh; he §: ohne usne ehne; him: ohnu usnu;
    his: ohda ohdi ohde usda usdi usde; they: ohna ohnan unhan; its: ehda ehdi ehde; me: mainu;
    you: tuhanu; own: apna apni apne; and: ate; or: ya; but: par lekin magar; if: je; because: kyonki kyunki;
    not: nahi nahin nai; only: sirf bas; exactly: bilkul theek; true: sach; really: sachi; now: hun; today: ajj;
    then: fer phir; ever: kade kadi; of: da di de dian diyan; in: vich ch; with: naal;
    on: te; from: ton; about: baare; for: layi lai; like: warge varge wargiyan vargiyan wargi; anything: kuch; until: tak; earlier: pehlan pehla; after: baad""")
_PUNJABI = {**_NOUNS, **_VERBS, **_OTHER}
# particles and words of talk, left out: "nu" (to whom), "ji", "paaji", "reha" (was doing)
_PUNJABI_DROPPED = frozenset("""nu nuu noo paaji paji praji veere veer veerji bhaji bhai ji jee yaar yr dasso zara oye
    aho haanji hanji accha acha taan tan vi hi ta reha rahi rahe riha gaya gayi gaye gya gyi gye kar koi""".split())
# the glossed words that are words of English too ("oh", "ton", "bare"), glossed only before a word of
# Punjabi or a name
_PUNJABI_SHARED = frozenset("ton bas han ya je mint mare c aa hun ch te di da de".split())
# the words that show Punjabi: none of English ("mare"), of Hindi ("kaun", "naam", "usne", "baare"),
# nor of another language read here ("nu" Romanian, "kitta" Tamil, "kitti" Malayalam); "si" is
# Spanish and Italian too, but little else of theirs is Punjabi
_PUNJABI_MARK = (frozenset(_PUNJABI) | _PUNJABI_DROPPED) - _PUNJABI_SHARED - frozenset(hindi_urdu.HINDI_ADD) - \
    hindi_urdu.PARTICLES_ADD - frozenset("""ki kee kii kaun koun kyon kyun kyo kisne kis hai naam saal sirf baad pehlan
    nahi nahin nai par apna apni apne ne nu noo naa malik bhai jee yaar hi vi ta tan taan kar gaya gayi gaye reha rahi
    rahe karan shehar jumma umer asli kaar banda bande lok karna parh padh khol rok majboor dharam kamm mull jawab kita
    kitta kitte maare maari bheji mileya dian aaya aayi tak layi dita diti vela akela fon karde ohde oye sige thaan koi
    dawa laye oh eh ate kahi gupt samaa qatil katil sipahi fauji giroh lifafa pahunch keemat kimat jurmana jurmaana
    kampani kampaniyan companiyan paidal raahgir rahgir shikaar sachi theek sarkaar usne somvaar mangalvaar shukarvaar
    shanivaar budhvaar budhwar chhupaya chhura jakhmi hamlaavar baare yr veer haanji hanji riha
    banya kitti paarti""".split())
# the verbs that end a Punjabi question ("ki likheya?"), each alone a mark of one
_LAST_VERBS = "|".join(sorted({w for w in _VERBS if w in _PUNJABI_MARK} | {"hunde"}, key=len, reverse=True))
# Punjabi however few its marks: its scripts, "ki si" ending a clause, "da naam", "ne ... kitta?", a last verb
_PUNJABI_OPENING = re.compile(
    r"^(?=.*?[\u0a00-\u0a7f])|^(?=.*?(?:کتھے|کدوں|کنے|کیہڑ|کیویں|نوں|وچ))|"
    r"^(?=.*?\b(?:ki|kee|kaun|kon|kithe|kado|kadon)\s+(?:si|sigi|san|c|ae)\s*(?:[?.!,]|$))|"
    r"^(?=.*?\bd[aie]\s+(?:naam|naa|umar|umr)\b)|^(?=.*?\b(?:si|c)\s+ki\s+(?:nahi|nai|nahin)\b)|"
    r"^(?=.*?\b\w+(?:eya|iya|ya|da|di|de|gaya|gayi|gaye)\s+(?:si|sigi)\s*[?.!]*\s*$)|"
    r"^(?=.*?\b(?:ton|tho)\s+(?:si|sigi|c)\s*[?.!]*\s*$)|^(?=\s*ki\s.*\b(?:ae|si|sigi|hega)\s*[?.!]*\s*$)|"
    r"^(?=.*?\b(?:ne|kisne|ohne)\s(?:.*\s)?(?:kitta|kitti|kitte|ditta|ditti)\s*[?.!]*\s*$)|"
    r"^(?=.*?\bne\s+(?:ki|kee)\s+(?:[a-z]+\s+){0,2}[a-z]+\s*[?.!]*\s*$)|"
    rf"^(?=.*?\b(?:{_LAST_VERBS})(?:\s+(?:si|c|sigi|ae|hai|e|ne|han))?\s*[?.!]*\s*$)", re.I | re.S)

# -- order --

_ASKED = (r"(?:(?:in|on|at|about|with|from|for|to|by)\s+)?(?:how many times|how many|how much money|how much|how old|"
          r"how long|since when|until when|from where|with whom|whom|what kind of|what happened|what time|which day|"
          r"what age|whose|which|what|who|when|where|why|how)")
_PREPOSITION = r"(?:in|on|at|about|with|from|for|after|before|during|against|until|towards|according)"
# the verbs that do nothing to anyone ("when did the attack happen")
_UNDONE = frozenset("happened died came lived stayed lasted resigned happens lives".split())
_COPULA = frozenset("is was are were".split())
_MODAL = frozenset("can could should will".split())
# what a question word asks with a noun of time or place, never who did it ("which day did it happen")
_WHEN_WHERE = r"\b(?:day|time|year|date|month|week|city|country|place|programme|show|hospital|party)$"
_ADVERBS = frozenset("earlier ever really already finally now then".split())
_PARTICIPLES = frozenset("born written shot injured killed arrested caught".split())
# who may be a subject: a name, a noun and its owner ("Masood 's car"), a pronoun
_SUBJECT = (r"(?:(?:the|this|his|her|their)\s+)?(?:(?:new|old|other|real|last|first)\s+)?(?:(?-i:[A-Z])[\w.'’-]*"
            r"(?:\s+(?-i:[A-Z])[\w.'’-]*)*|[\w-]+|[\u0a00-\u0a7f]+)(?:\s+['’]s\s+[\w-]+)?")
# the story's nouns, which Punjabi leaves bare ("how old was the attacker")
_BARE = re.compile(r"\b(is|was|were|did|does|of|in|on|at|about|from|for|with|before|after|by|stab|stabbed|kill|"
                   r"killed|drive|drove|write|wrote|rent|rented|read)\s+(?=(?:(?:new|last|first)\s+)?(?:police|"
                   r"attacker|attack|government|article|headline|car|victims|bridge|messages?|laws?|phone)\b)", re.I)


def _verb_at(words: list[str]) -> int | None:
    """Where the last verb of ``words`` is ("was" of "was killed", "can" of "can read"), if any."""
    for k in range(len(words) - 1, -1, -1):
        low = words[k].lower()
        if "·" in low or k and (words[k][:1].isupper() or words[k - 1].lower() == "to"):
            continue
        if low in _COPULA | _MODAL or english_base(low) or low in _PLURAL or low == "be":
            return k - 1 if k and words[k - 1].lower() in _COPULA | _MODAL else k
    return None


def _lead(words: list[str]) -> tuple[list[str], list[str]]:
    """The phrases of a preposition opening ``words`` ("on·Westminster·Bridge ..."), and the rest."""
    k = 0
    while k < len(words) - 1 and "·" in words[k]:
        k += 1
    if not k:
        m = re.match(r"(%s\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*|[\w'’-]+))\s+(.+)$" % _PREPOSITION, " ".join(words))
        return (m.group(1).split(), m.group(2).split()) if m else ([], words)
    return words[:k], words[k:]


def _split_subject(words: list[str], agent: int | None) -> tuple[str, list[str]]:
    """The subject among ``words``: those before "ne" if it stood there (at ``agent``), else the
    first; and the rest, a phrase before the subject put last."""
    if agent is None:
        lead, words = _lead(words)
        m = re.match(r"(%s)(?:\s+(.*))?$" % _SUBJECT, " ".join(words))
        return (m.group(1), (m.group(2) or "").split() + lead) if m else ("", words + lead)
    before, after = words[:agent], words[agent:]
    lead, rest = _lead(before)
    if not rest or len(rest) > 3 and not re.fullmatch(_SUBJECT, " ".join(rest)):
        # "before·Attack Masood §": the subject is the last name
        m = re.search(r"(?:^|\s)(%s)$" % _SUBJECT, " ".join(before))
        if not m:
            return "", words
        lead, rest = " ".join(before)[:m.start(1)].split(), m.group(1).split()
    return " ".join(rest), after + lead


def _two_names(words: list[str]) -> list[str]:
    """A phrase of two names opening ``words``, its first name apart, the subject ("from·Rudd·WhatsApp":
    "Rudd", "from·WhatsApp")."""
    if not re.fullmatch(r"[a-z]+(?:·(?-i:[A-Z])[\w'’.-]*){2,}", words[0]):
        return words
    pp = words[0].split("·")
    return [pp[1], "·".join(pp[:1] + pp[2:])] + words[1:]


def _compose(asked: str, words: list[str]) -> str:
    """``asked`` (none when asking whether) and its clause ``words`` in English order."""
    agent = words.index("§") if "§" in words else None
    words = [w for w in words if w != "§"]
    low, v = asked.lower(), _verb_at(words)
    if v is None:
        be = "" if not asked or low.startswith(("how old", "what happened")) else "is"
        return " ".join(filter(None, [asked, be, *words]))
    vlow, before, after = words[v].lower(), words[:v], words[v + 1:]
    negated = bool(before) and before[-1] == "not"
    neg = "not" if negated else ""
    if negated:
        before = before[:-1]
        agent = min(agent, len(before)) if agent is not None else None
    if vlow in _COPULA | _MODAL and after and (vlow in _MODAL or after[0].lower() in _PARTICIPLES or
                                                english_base(after[0])):
        # "was killed", "can read"
        if low in ("who", "what happened") or low.startswith(("how many", "which", "what kind")) and \
                agent in (None, 0) and low != "how many times":
            vlow = "were" if low.startswith("how many") and vlow == "was" else vlow
            return " ".join([asked, vlow, *after, *before])
        subject, rest = _split_subject(before, agent)
        return " ".join(filter(None, [asked, vlow, subject, neg, *after, *rest]))
    if vlow in _COPULA and not asked and len(before) == 1:
        before = _two_names(before)
    if vlow in _COPULA:
        # to be: "attacker 's name what was" → "what was attacker 's name", a phrase of a postposition last
        vlow = "were" if low.startswith("how many") and vlow == "was" else vlow
        lead, rest = [w for w in before if "·" in w], [w for w in before if "·" not in w]
        return " ".join(filter(None, [asked, vlow, neg, *rest, *after, *lead]))
    verb = words[v]
    base = english_base(vlow) or vlow
    aux = "does" if vlow in _PRESENT else "do" if vlow == base else "did"
    if low in ("who", "what happened") or low.startswith(("how many", "which", "what kind", "whose")) and (
            agent == 0 or vlow in _UNDONE and agent is None and not re.search(_WHEN_WHERE, low)):
        # asked of the subject: "who wrote the article", "how many people died on the bridge"
        return " ".join(filter(None, [asked, "did not" if negated else "", base if negated else verb, *after,
                                      *before]))
    if vlow in _UNDONE and agent is None:
        lead, rest = _lead(before)
        return " ".join(filter(None, [asked, aux, *rest, neg, base, *after, *lead]))
    subject, rest = _split_subject(before, agent)
    if after[:1] == ["dead"]:
        # "shot dead Masood" → "shot Masood dead"
        after, rest = after[1:], rest + ["dead"]
    if not subject and before and len(_two_names(before[:1])) > 1:
        subject, *rest = _two_names(before[:1]) + before[1:]
    if not subject:
        return " ".join(filter(None, [asked, verb, *after, *before]))
    return " ".join(filter(None, [asked, aux, subject, neg, base, *after, *rest]))


def punjabi_order(glossed: str) -> str:
    """A Punjabi question glossed word for word, in English order where that is clear ("Rudd §
    about·WhatsApp what said?" → "what did Rudd say about WhatsApp?", "Khalid Masood who was?" → "who
    was Khalid Masood?"); a phrase of a postposition, one word ("about·WhatsApp"), goes last."""
    m = re.match(r"^(.*?)(\s*(?:[?!,]|\.(?=\s*$)|$).*)$", glossed, re.S)
    body, tail = m.group(1).strip(), m.group(2).replace("§", "")
    asked = list(re.finditer(r"(?<![\w'’·-])%s(?![\w'’·-])" % _ASKED, body))
    words = body.split()
    out = " ".join(w for w in words if w != "§")
    if len(asked) == 1:
        a = asked[0]
        phrase, before, after = a.group(0), body[:a.start()].split(), body[a.end():].split()
        word = re.sub(r"^\w+\s+(?=\w)", "", phrase) if " " in phrase and not phrase.startswith("how") else phrase
        if word in ("which", "whose", "how many", "how much", "what kind of") and after and not english_base(after[0]) \
                and after[0].lower() not in _COPULA | _MODAL and "·" not in after[0] and after[0] != "§":
            # the noun asked of: "which car", "how many people", "how many police officers"
            two = len(after) > 1 and after[0].lower() in ("police", "news", "tech", "security", "home") and \
                after[1].islower() and not english_base(after[1]) and after[1] not in _COPULA | _MODAL
            noun = " ".join(after[:2] if two else after[:1])
            if word == "how many" and noun.islower() and not noun.endswith(("s", "people", "police")):
                noun = noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"
            phrase, after = f"{phrase} {noun}", after[2 if two else 1:]
        elif word == "which" and after and after[0].lower() in _COPULA:
            phrase = phrase.replace("which", "what")
        if after[:1] == ["§"] or not before and word in ("how many", "which") and "§" not in after:
            # the doer asked: "kehde group ne ... layi" (which group claimed), "kinne desh WhatsApp vartde"
            before, after = ["§"], before + [w for w in after if w != "§"]
        if phrase == "what" and not before and len([w for w in after if w != "§"]) > 2 and \
                _verb_at(after) not in (None, 0) and _verb_at(after[:1]) is None:
            # "Ki police Masood nu jaandi si?": did the police know Masood (what is asked of no word)
            phrase = ""
        # "from where did Masood come" → "where did Masood come from"; an adverb last ("... live earlier")
        where_from = phrase == "from where"
        adverbs = [w for w in before + after if w in _ADVERBS]
        out = _compose("where" if where_from else phrase, [w for w in before + after if w not in _ADVERBS])
        out = " ".join([out] + ["from"] * where_from + adverbs)
    elif not asked and words and ("§" in words or _verb_at(words) not in (None, 0)):
        # asking whether: "Apple § FBI helped" → "did Apple help FBI"
        out = " ".join([_compose("", [w for w in words if w not in _ADVERBS])] +
                       [w for w in words if w in _ADVERBS])
    out = re.sub(r"\s+(['’]s)\b", r"\1", re.sub(r"\s{2,}", " ", out.replace("·", " "))).strip()
    return _BARE.sub(r"\1 the ", out + tail)


PUNJABI = Language(_PUNJABI_IDIOMS, _PUNJABI, _PUNJABI_DROPPED, _PUNJABI_MARK, reorder=punjabi_order,
                   shared=_PUNJABI_SHARED, opening=_PUNJABI_OPENING)
