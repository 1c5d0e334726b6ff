"""Nepali mixed into English questions, read in English ("Rudd le WhatsApp ko barema ke bhanyo?").

Its verb comes last, its question word late, "le" (the doer), "lai" (to), "ko" (of), "ma" (in) after their
nouns: the idioms make a postposition's phrase one word ("about·WhatsApp"), two words one verb ("rent garyo":
rented); ``_nepali_order`` puts the question word first, the verb after its subject (before "le", kept
as "§"). Its little words are Hindi's, read first ("ko", "ke", "hai"), or English's ("ho", "ma"): its own
("kina", "thiyo") and frames ("ke ho?") show it.
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language, hindi_urdu


def _glossary(text: str) -> dict[str, str]:
    """A table from "english: word word; english: ..."."""
    return {w: e.strip() for e, ws in (p.split(":") for p in text.split(";")) for w in ws.split()}


# -- English verbs, for "did" to take --

_IRREGULAR = dict(p.split() for p in """say said, tell told, write wrote, drive drove, send sent, shoot shot,
    find found, read read, know knew, hide hid, come came, give gave, take took, do did, meet met, pay paid,
    become became, go went, buy bought, speak spoke, win won, use used""".split(","))
_BASE_OF = {past: base for base, past in _IRREGULAR.items()}
_PRESENT = {w: w[:-1] for w in "says wants knows lives uses writes gives happens demands works needs takes".split()}
_PRESENT.update(does="do", has="have")


def _past(base: str) -> str:
    """The English past of ``base`` ("use" used, "stop" stopped)."""
    low = base.lower()
    if low in _IRREGULAR or low.endswith("e"):
        return _IRREGULAR.get(low, low + "d")
    return low[:-1] + "ied" if re.search(r"[^aeiou]y$", low) else low + low[-1] * bool(
        re.search(r"^[^aeiou]*[aeiou][bgnpt]$", low)) + "ed"


def _base(verb: str) -> str | None:
    """The base of an English past or present ("claimed" claim, "wants" want), if it is one."""
    low = verb.lower()
    if low in _BASE_OF or low in _PRESENT:
        return _BASE_OF.get(low) or _PRESENT[low]
    if not re.fullmatch(r"[a-z]{2,}[^e]ed", low) or low in ("need", "speed", "feed", "seed"):
        return None
    if low.endswith("ied") or re.search(r"([bgmnpt])\1ed$", low):
        return low[:-3] + ("y" if low.endswith("ied") else "")
    silent_e = re.search(r"(?:[cgsvzu]|[ao]t|[^aeiou][aiou][lmnr]|[^aeiou]at|[^aeiou]id)$", low[:-2])
    return low[:-2] + ("e" if silent_e else "")


# -- Nepali verbs --

# the stems and their English: "bhan" gives bhanyo, bhane, bhaneko (said), bhanchha (says), bhanna (say)
_STEMS = _glossary("""say: bhan; write: lekh; kill: mar; open: khol; read: padh; demand: mag maag; know: jan; live:
    bas; arrest: samat; stop: rok; speak: bol; ask: sodh; find: bhet; pay: tir; buy: kin; fire: nikal; win: jit;
    accept: man; become: ban; do: gar""")
# stems ending in a vowel
_VOWEL_VERBS = _glossary("""sent: pathayo pathaye pathain pathaeko pathayeko; send: pathauna pathaunu; sends:
    pathauchha pathaunchha; drove: chalayo chalaye chalain chalaeko chalayeko; drive: chalauna chalaunu; uses:
    chalauchha chalaunchha; told: batayo bataye batain bataeko; tell: bataunu; hid: lukayo lukaye lukaeko; hide:
    lukauna lukaunu; came: aayo aaye aayeko aaeko aae; went: gayo gaye gaeko gayeko; gave: diyo diye dieko diyeko
    diin; give: dinu; gives: dinchha; not gave: diena; not took: liena; took: liyo liye lieko liyeko liin; take: linu
    lina; takes: linchha; found: payo paayo paye paeko payeko; happened: bhayo bhaye bhayeko bhaeko bhai; happens:
    hunchha huncha; removed: hatayo hataye hatain hataeko; lasted: chalyo chaleko; was born: janmeko janmiyo janmeka
    janmeki janmyo; was written: lekhieko lekhiyeko lekhiyo; needs: chahinchha chahiyo; hit: hanyo hane haneko;
    identified: chinyo chine chineko""")


# the modals, after their verb
_MODALS = _glossary("""can: sakchha sakcha sakxa sakchhan sakchhin sakchan sakinchha; could: sakyo sake sakin sakeko;
    couldn't: sakena sakenan; can't: sakdaina sakdainan sakdina; refused to: inkar·garyo inkar·gare inkar·garin
    inkar·gareko mana·garyo mana·gare; agreed to: tayar·bhayo sahamat·bhayo; wants to: chahanchha chahancha chahanxa
    chahanchhin chahanchhan; wanted to: chahanthyo chahanthin chahanthe chaheko chahe; tried to: khojyo khoje khojeko
    khojin; tries to: khojchha; must: parchha parcha parxa; had to: paryo; should: parne""")


def _forms(stem: str, base: str) -> dict[str, str]:
    """A stem's forms in English."""
    past, present = _past(base), "does" if base == "do" else base + "s"
    return {stem + end: e for end, e in {"yo": past, "e": past, "eko": past, "chha": present, "na": base}.items()}


_VERBS = {**{w: e for s, eng in _STEMS.items() for w, e in _forms(s, eng).items()}, **_VOWEL_VERBS}
_VERBS.update((w, e.replace(" to", "")) for w, e in _MODALS.items() if "·" not in w)
for _w in ("kine", "jane"):  # English words
    _VERBS.pop(_w, None)
# the other endings typed, read as those (``_variant``): "-xa" (-chha), "-thyo", "-isakyo", "-daina" (not)
_VARIANT_ENDS = dict(p.split(":") for p in """cha:chha nu:na eka:eko eki:eko chhan:chha chhin:chha chan:cha xa:chha
    xan:chha xin:chha thyo:yo thiyo:yo the:e thin:yo in:yo isakyo:yo isake:e isakeko:eko nubhayo:yo nuvayo:yo
    daina:chha dainan:chha dina:chha ena:yo enan:yo enin:yo""".split())
_VARIANTS = {s + end: (s, canon, end) for s in _STEMS for end, canon in _VARIANT_ENDS.items()
             if s + end not in ("basin", "marin", "kinin")}


def _variant(m: re.Match) -> str:
    """A verb typed with another ending ("bhanxa", "bhandaina") as in the glossary."""
    stem, canon, end = _VARIANTS[m.group(0).lower()]
    return ("not " if end[0] in "de" else "") + stem + canon


# -- script: Devanagari's common words in Latin letters (a vowel sign is no \w to Python) --

_SCRIPT = dict(p.split(":") for p in """के:ke को:ko कसले:kasle कसलाई:kaslai कहाँ:kaha कहिले:kahile किन:kina
    कति:kati कसरी:kasari कुन:kun छ:chha छन्:chhan थियो:thiyo हो:ho ले:le लाई:lai मा:ma भन्यो:bhanyo भनिन्:bhanin
    गरेन:garena गर्यो:garyo मरे:mare भयो:bhayo जना:jana आक्रमणकारी:aakramankari सरकार:sarkar बारेमा:barema""".split())
_DEVANAGARI = re.compile(r"[\u0900-\u097f\u200c\u200d]+")
_CASES = {"ले": "le", "लाई": "lai", "को": "ko", "मा": "ma", "बाट": "bata"}


def _script(m: re.Match) -> str:
    """A word of Devanagari in Latin letters, its case apart ("सरकारले": sarkar le)."""
    word = m.group(0).replace("\u200d", "").replace("\u200c", "")
    case = next((c for c in _CASES if word not in _SCRIPT and word.endswith(c) and (
        word[:-len(c)] in _SCRIPT or len(word) > len(c) + 1 and c in "लेलाई")), "")
    stem = word[:len(word) - len(case)]
    return _SCRIPT.get(stem, stem) + (" " + _CASES[case] if case else "")


# -- idioms --

_END = r"(?=\s*(?:[?.!,]|$))"
_IS = r"(?:chha|cha|xa|chhan|chan|ho|hun|hunchha|huncha|hunuhunchha)"
_WAS = r"(?:thiyo|thyo|thio|thiye|thie|thiin|thin|hunuhunthyo)"
_DI, _BHAYO = r"diyo|diye|dieko|diyeko|diin", r"bhayo|bhaye|bhaeko|bhayeko|bhayeka|bhaeka|bhai"
# question words between a noun and its light verb ("hamla kasle garyo")
_WH = r"(?:ke|k|kasle|kosle|kahile|kaile|kaha|kahaan|kata|kina|kin|kasari|kasri|not)"
# the forms of "garnu" (to do) after an English verb or a Nepali noun, by tense
_GAR_TENSE = {w: t for t, ws in {
    "past": "garyo gare garin gareko gareka gareki garisakyo garisake garnubhayo garyeko garthyo garthe",
    "present": "garchha garcha garxa garchhan garchan garchhin", "base": "garna garnu garne",
    "not past": "garena garenan garenin", "not present": "gardaina gardainan gardina"}.items() for w in ws.split()}
# the nouns made verbs with "garnu"
_LIGHT = _glossary("""attack: hamla hamala aakraman akraman; murder: hatya; arrest: pakrau giraftar; use: prayog
    istemal upayog; cooperate: sahayog; help: maddat madat; refuse: inkar; claim: dabi daabi; demand: maag; talk:
    kura; meet: bhet bhetghat; contact: sampark; pay: bhuktani; work: kaam kam; ban: pratibandha;
    support: samarthan""")


def _english_verb(m: re.Match) -> str:
    """A verb made with "garnu" in English ("rent garyo": rented, "X ko hatya garyo": murdered X)."""
    owner, word, wh, gar = m.group(1), m.group(2), m.group(3) or "", m.group(4).lower()
    low = word.lower()
    if (low in _NEPALI or _frame(word)) and low not in _LIGHT or word[:1].isupper() or low in _MODAL or low == "to":
        return m.group(0)
    base, tense = _LIGHT.get(low, low), _GAR_TENSE[gar]
    # ("garchhan": they do)
    third = base if gar.endswith("an") else base + ("es" if base.endswith(("s", "sh", "ch")) else "s")
    english = "not " * tense.startswith("not") + (_past(base) if "past" in tense else third if "present" in tense
                                                   else base)
    owned = f"{owner} " if owner and low in _LIGHT else f"{owner} ko " if owner else ""
    return f"{owned}{wh}{english}"


def _modal(m: re.Match) -> str:
    """A modal before its verb ("unlock garna kina inkar garyo" → "kina refused to unlock")."""
    english, verb, wh = m.group(1), m.group(2), m.group(3) or ""
    modal = _MODALS[re.sub(r"\s+", "·", m.group(4).lower())]
    if english:
        low = english.lower()
        if english[:1].isupper():
            return m.group(0)
        # ("ke garnu parchha": what must ... do)
        return f"{english} {wh}{modal} garna" if low in _NEPALI and low not in _LIGHT else \
            f"{wh}{modal} {_LIGHT.get(low, low)}"
    low = verb.lower()
    if low in _VERBS or low[-2:] in ("na", "nu") and low[:-2] in _STEMS or re.fullmatch(r"[a-z]+", verb) and \
            low not in _NEPALI:
        return f"{wh}{modal} {verb}"
    return m.group(0)


def _purpose(m: re.Match) -> str:
    """A verb of purpose, one word with its object ("iPhone unlock garna" → "to·unlock·iPhone")."""
    obj, verb = m.group(1), m.group(2)
    low = verb.lower()
    if low in _NEPALI and low not in _LIGHT or verb[:1].isupper():
        return m.group(0)
    done = "to·" + _LIGHT.get(low, low)
    return done if not obj else f"{obj} {done}" if _frame(obj) or obj == "§" else f"{done}·{obj}"


def _light(nouns: str, verbs: str, english: str, owned: str = "") -> tuple[str, object]:
    """A noun and its light verb in English ("hamla ko jimmebari kahile liyo" → "kahile claimed
    responsibility for·hamla")."""
    def put(m: re.Match) -> str:
        owner = m.group("owner")
        if owner and (_frame(owner.split()[-1]) or not owned):
            return f"{owner} {m.group('wh')}{english}"
        return f"{m.group('wh')}{english}" + (f" {owned}·{owner.replace(' ', '·')}" if owner else "")
    return (rf"(?:(?P<owner>(?:(?:yo|tyo)\s+)?[\w'’.-]+)\s+(?:ko|ka)\s+)?\b(?:{nouns})\s+(?P<wh>(?:{_WH}\s+)*)"
            rf"(?:{verbs})\b", put)


_POSTPOSITIONS = _glossary("""about: barema; in: ma maa; from: bata baata dekhi; with: sanga sang sita sath; after:
    pachi pachhi paxi pachhadi; before: aghi agadi; until: samma; according·to: anusar anusaar; by: dwara dwaara;
    for: lagi; against: biruddha birudh; on: mathi; without: bina; between: bichma; →: lai laai""")
_OWNS = frozenset("ko ka ki".split())
_WHICH = frozenset("kun kunchai kasko kati".split())
# the nouns of place or time "ma" is "on" before ("pul ma": on the bridge)
_ON = re.compile(r"(?i:bridge|pul|road|street|din|\w*day|\w+bar|date|tv|show|program|programme|karyakram)$")


def _frame(word: str) -> bool:
    """Whether ``word`` is of Nepali's frame (asking, a particle, a verb)."""
    low = word.lower()
    return (low in _NEPALI and low not in _NOUNS and low not in ("yo", "tyo", "yi", "ti", "ra")) or \
        low in _NEPALI_DROPPED or low in _POSTPOSITIONS or \
        low in ("how", "what", "who", "which", "when", "where", "why", "not", "old", "many", "much", "whom", "whose")


def _postposition(m: re.Match) -> str:
    """A postposition before its noun, one word ("Masood ko phone ma" → "in·Masood·'s·phone"), after a
    question word asking of it ("kun program ma": in kun program)."""
    words, english = m.group("run").split(), _POSTPOSITIONS[m.group("p").lower()]
    kept: list[str] = []
    while words and len(kept) < 4:
        low = words[-1].lower()
        if low in _OWNS and kept and len(words) > 1 and not _frame(words[-2]):
            kept[:0] = [words[-2], "'s"]
            del words[-2:]
        elif not _frame(low) and low not in _OWNS:
            kept.insert(0, words.pop())
        else:
            break
    english = "on" if english == "in" and kept and _ON.search(kept[-1]) else english
    plain = english.replace("·", " ").replace("→", "to")
    if kept and words and words[-1].lower() in _WHICH:
        return " ".join(words[:-1] + [plain, words[-1]] + kept)
    if kept and " ".join(words[-2:]).lower() in ("how many", "how much"):
        # "kati jana lai": to how many people
        return " ".join(words[:-2] + [plain] + words[-2:] + kept)
    rest = re.match(r"[^?.!,]*", m.string[m.end():]).group(0).split()
    if len(kept) > 1 and kept[0][:1].isupper() and not words and not m.string[:m.start()].strip() and \
            "§" not in m.string and "'s" not in kept and all(_frame(w) for w in rest) and \
            not {w.lower() for w in rest} & {"kati", "kun", "kasle", "ko", "who", "which", "how", "happened"}:
        # its subject opens the question ("Rudd WhatsApp bata ke chahanchhin?": what does Rudd want from WhatsApp)
        n = 2 if kept[-1] in ("Bridge", "House", "Street", "Road", "Office", "Square") and len(kept) > 2 else 1
        words, kept = kept[:-n], kept[-n:]
    return " ".join(words + (["·".join([*english.split("·"), *kept])] if kept else [plain]))


def _owner(m: re.Match) -> str:
    """"Masood ko gaadi" → "Masood·'s·gaadi" (Masood's car)."""
    owner, owned = m.group(1), m.group(2)
    return m.group(0) if _frame(owner) or _frame(owned) or owned.lower() in _OWNS else f"{owner}·'s·"


def _plural(m: re.Match) -> str:
    """"message haru": an English noun's plural ("messages")."""
    word = m.group(1)
    if word.lower() in _NEPALI or not re.fullmatch(r"[a-z]+", word) or word.endswith("s"):
        return word
    return word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"


_NEPALI_IDIOMS = Idioms([
    # the script, a case apart ("Masood-le"), a plural ("haru"), a verb's other endings (a set looked up)
    (_DEVANAGARI.pattern, _script), (r"(?<=\w)[-'’](le|lai|ko|ki|ka|ma|bata|sanga)\b", r" \1"),
    (r"\b(\w+?)\s*-?haru\b", _plural),
    (r"\b(\w+)nu\s+(?:bhayo|vayo|bho)\b", lambda m: m.group(1) + "yo" if m.group(1).lower() in _STEMS else m.group(0)),
    (r"\b[a-z]+\b", lambda m: _variant(m) if m.group(0).lower() in _VARIANTS and m.group(0).lower() not in _GAR_TENSE
     else m.group(0)),
    # a perfect's copula ("bhaneko thiyo": said), words of talk, "ke ke" (what), "... ki nai?" (or not)
    (r"\b(\w+(?:eko|eka|eki|yeko|aeko|ieko|iyeko|yo))\s+(?:%s|%s|hola)\b" % (_IS, _WAS), r"\1"),
    (r"\s*\b(?:hai|ni|ta|re|la|dai|didi|bhai|yaar|yar|hajur|sir|please|plz|kripaya|bhannus|bataunus|"
     r"bhanidinus|na)\b(?=(?:\s+\w+)?\s*(?:[?.!]|$))", ""),
    (r"\b(ke|k|ko|kun|kaha)\s+\1\b", r"\1"),
    (r"\bki(?:\s+(?:nai|hoina|haina|chhaina|\w+(?:ena|enan|daina)))?" + _END, ""),
    # age, counts, times, places, kinds
    (r"\b(?:(?:ko|ki|ka)\s+)?(?:umer|umar|umeer|age)\s+(?:kati|k|ke)\b", " how old"),
    (r"\bkati\s+(?:barsa|barsha|barsh|varsa|varsha|saal|sal|years?)\s*(?:ko|ki|ka)\b", "how old"),
    (r"\bkati\s+jana\s+((?-i:[A-Z])[\w-]+)", lambda m: f"how many {m.group(1)}s"),
    (r"\bkati\s+jana\s+(?:police|prahari|pulis)(?:\s+(?:officer|adhikari)s?)?\b", "how many police officers"),
    (r"\bkati\s+jana(?:\s+(?:manche|manchhe|manis|log|janata|people))?\b", "how many people"),
    (r"\bkati\s+(?:choti|chot|patak|pataka|palta|paila)\b", "how many times"),
    (r"\bkati\s+(?:lamo|samaya|samay|der|(?:minet|ghanta|din|hapta|mahina|barsa)?\s*samma)\b", "how long"),
    (r"\bkati\s+(?:paisa|rupaiya|rupiya|dollar|pound|rakam)\b", "how much money"),
    (r"\bkati\s+(?:baje|bajey)\b|\bkun\s+(?:samaya|bela|time)\b", "what time"),
    (r"\bkati\s+(?:ota|wota|wata|oota|vota)\b", "how many"),
    (r"\b(?:kahile|kaile)\s+(?:dekhi|deki)\b", "since when"),
    (r"\b(?:kaha|kahaan|kahan|kata|kun\s+thau)\s*(?:bata|baata|dekhi)\b", "from where"),
    (r"\b(?:(?:kasto|kun|k|ke)\s+(?:kisim|prakar)(?:\s*(?:ko|ka|ki))?|kasto)\b", "what kind of"),
    (r"\bkun\s+(?:din|bar|baar)\b", "which day"), (r"\bkun\s+(?:sal|saal|barsa|barsha)\b", "which year"),
    (r"\b(?:ke|k)\s+(?:bhayo|bhaeko|bhayeko|vayo|bho)\b(?:\s+" + _WAS + r")?", "what happened"),
    (r"\b(?:ke|k)\s+(?:ko|ka)\s+lagi\b|\bke\s+kaaran\b", "why"), (r"\bkun\s*(?:chai|chahi|chahin)\b", "kun"),
    (r"\b(?:bhanda|ko)\s+(?:pahile|pahila|agadi)\b", "aghi"), (r"\bpahile\s*(?:dekhi|bata)\b", "pahile"),
    (r"\b(?:bich|beech)\s*ma\b", "bichma"),
    # names, phrases
    (r"\b(?:anta|antya|antim|akhir|aakhir|aakhri)\s*ma\b", "in·the·end"),
    (r"\b(?:sachchai|sacchai|sachai|sachhai)\s+(?:nai)?\b", "really "),
    (r"\b(?:griha|grih|grha|home)\s*mantri\b", "Home Secretary"), (r"\bpradhan\s*mantri\b", "Prime Minister"),
    (r"\b(?:islamik|islami|islamic)\s+(?:rajya|state|rastra)\b", "Islamic State"),
    (r"\b(?:aparadhik|apradhik|criminal)\s+(?:record|rekord|abhilekh|itihas)\b", "criminal record"),
    (r"^\s*(?:ke\s+)?(.+?)\s+(?:ko|ka|ki)\s+(?:kunai\s+|koi\s+)?criminal record\s+(?:thiyo|thyo|chha|cha)\b",
     lambda m: "·".join(f"did {m.group(1)} have a criminal record".split())),
    (r"\b(?:samachar|news)\s+(?:agency|samiti|sanstha)\b", "news agency"),
    (r"\b(?:prahari|pulis|police)\s+(?:adhikari|karmachari|officer|jawan)\b", "police officer"),
    (r"\b(?:suraksha|guptachar)\s+(?:nikaya|sewa|agency)\b", "security services"),
    (r"\bpaidal\s+(?:yatri|hidne)\b", "pedestrians"), (r"\blukne\s+(?:thau|thaun|sthan)\b", "hiding place"),
    (r"\b(?:asli|sachcha|sacho|vastavik|wastabik)\s+(?:naam|nam)\b", "real name"),
    (r"\b(?:bhada|bhaada|rent)\s*(?:ma|maa)\s+((?:\S+\s+){0,2}?)(?:liyeko|lieko|liyo|liye|lina|line)\b", r"\1rented"),
    (r"\b(eklai|eklo|ekle)\s+(?:kaam|kam)\s+(?=gar)", r"\1 act "),
    (r"\b(ke|k)\s+garna\s+bhan(?:yo|e|in|eko)\b", r"\1 told to·do"),
    (r"\b(?:hamla|aakraman|akraman|attack)\s+garne(?:\s+(?:manche|manchhe|byakti|vyakti|person|man))?\b", "attacker"),
    (r"(?:([\w'’.-]+)\s+(?:ma|bata)\s+)?\b(?:prayog|istemal)\s+(?:bhayeko|bhaeko|gariyeko|garieko)\s+([\w'’-]+)",
     lambda m: "·".join([m.group(2), "used"] + (["in", m.group(1)] if m.group(1) else []))),
    (r"\b([\w'’.-]+)\s+(?:ko|ka)\s+(?:thau|thaun|thaaun|sato)\s*ma\b", r"in·place·of·\1"),
    (r"\b(?:lai|laai)(?=\s+(?:[\w'’-]+\s+){0,2}(?:thaha|chahinchha|chahiyo)\b)", "le"),
    (r"\b(?:ghaite|ghayal)\s+(?:bhayeka|bhaeka|bhayeko|bhaeko)\s+(?=\w)", "injured "),
    # verbs of two words: "jimmebari liyo", "goli hanyo", "pakrau paryo", "ghaite bhaye"
    _light(r"jimmebari|jimmewari|zimmewari", r"liyo|lie|liye|lieko|liyeko|lina|linu", "claimed responsibility", "for"),
    (r"\bgoli\s+(?:hanera|lagera)\s+(?:maryo|mare|mareko|marin)\b", "shot dead"),
    (r"(?:([\w'’.-]+)\s+(?:lai|laai)\s+)?\b(goli|chakku|chhura)\s+hanne\s+([\w'’-]+)", lambda m: "·".join(
        [m.group(3), "who", "shot" if m.group(2).lower() == "goli" else "stabbed"] + [m.group(1) or ""]).strip("·")),
    _light(r"goli", r"hanyo|hane|haneko|hanin|chalayo|chalaye", "shot"),
    _light(r"chakku|chaku|chhura|chura|chhuri|churi|knife", r"(?:le\s+)?(?:hanyo|hane|haneko|hanin)", "stabbed"),
    (r"\b(?:pakrau|giraftar|arrest)\s+((?:%s\s+)*)(?:paryo|pare|pareko|parin|%s)\b" % (_WH, _BHAYO),
     lambda m: f"{m.group(1)}{'were' if m.group(0).lower().endswith(('pare', 'bhaye')) else 'was'} arrested"),
    (r"\b(?:ghaite|ghayal|injure|injured)\s+((?:%s\s+)*)(?:%s)\b" % (_WH, _BHAYO),
     lambda m: f"{m.group(1)}{'was' if m.group(0).lower().endswith('bhayo') else 'were'} injured"),
    _light(r"mrityu|death", _BHAYO, "died"),
    _light(r"jawaf|jawab|pratikriya|uttar", _DI, "responded"),
    _light(r"bayan|vaktavya|baktabya", _DI, "said"),
    _light(r"rajinama|resign", _DI, "resigned"),
    _light(r"janma|janm", _BHAYO, "was born"), _light(r"thaha", r"payo|paayo|paye|paeko", "found out"),
    _light(r"interview|antarbarta", r"liyo|lie|liye|lieko", "interviewed"),
    (r"\bthaha\s+(?:" + _WAS + r")\b", "knew"), (r"\bthaha\s+(?:" + _IS + r")\b", "knows"),
    _light(r"mat|bhot|vote", _DI, "voted"),
    (r"\b((?:[\w'’.-]+\s+(?:ko|ka)\s+)?(?:(?:Home|Prime|Foreign|FBI|US|naya|new)\s+)?(?:secretary|mantri|minister|"
     r"president|rashtrapati|director|pramukh|leader|neta|muslim|musalman))\s+((?:%s\s+)*)(?:bhayo|bhain|bhaye|banyo|"
     r"banin|bane|baneko|bhaeko)%s" % (_WH, _END), lambda m: f"{m.group(2)}became " + re.sub(
         r"\s+(?:ko|ka)\s+", "·'s·", m.group(1))),
    # a modal after its verb ("padhna sakchha": can read), a verb of purpose, a verb made with "garnu"
    (r"\b(?:([A-Za-z][\w'’-]*)\s+(?:garna|garnu|garne)|(\w+))\s+((?:%s\s+)*)(%s)\b" % (_WH, "|".join(
        sorted((k.replace("·", r"\s+") for k in _MODALS), key=len, reverse=True))), _modal),
    (r"(?<![\w'’·-])(?:([\w'’.§-]+)\s+)?([A-Za-z][\w'’-]*)\s+(?:garna|garnu)(?:\s+(?:ko\s+)?lagi)?(?=\s+(?!(?:aghi|"
     r"agadi|pachi|pachhi|bhanda|ko|ka|ma|lai|le)\b)\w)", _purpose),
    (r"(?<![\w'’·-])(?:([\w'’.-]+)\s+(?:ko|ka)\s+)?([A-Za-z][\w'’-]*)\s+((?:(?:%s)\s+)*)(%s)\b" % (_WH, "|".join(
        sorted(_GAR_TENSE, key=len, reverse=True))), _english_verb),
    # "kun company ko" (what make), "kun party ko neta" (leader of which party), "ko ho?" (who is)
    (r"\b(?:kun|kasto)\s+(?:company|kampani|brand)\s+(?:ko|ka)\b", "what make"),
    (r"\b(kun|kasto)\s+([\w'’-]+)\s+(?:ko|ka|ki)(?=\s+(?:%s|%s)%s)" % (_IS, _WAS, _END), r"\1 \2"),
    (r"\bkun\s+([\w'’-]+)\s+(?:ko|ka|ki)\s+([\w'’-]+)",
     lambda m: m.group(0) if _frame(m.group(2)) else f"{m.group(2)} of kun {m.group(1)}"),
    (r"(?:^|(?<=\s))ko(?=\s+(?:%s|%s)%s)" % (_IS, _WAS, _END), "who"), (r"^\s*ko\b(?=\s+\w)", "who"),
    (r"(?<=\s)ko(?=\s+(\w+)%s)" % _END, lambda m: "who" if m.group(1).lower() in _VERBS else m.group(0)),
    (r"\b(?:kasle|kosle|kasley|kun\s+le)\b", "who"),
    # a saying's "ki" (that); "le" (the doer: "§"), a postposition before its noun, an owner before its own
    (r"\b(bhan\w+|lekh\w+|said|says|told)\s+ki\b", r"\1 that"),
    (r"(?<=\w)\s+(?:le|ley|lay)(?=\s|$)", " §"), (r"\b(?:usle|unle|uhaale|uhale|tinle|unile)\b", "he §"),
    (r"(?P<run>(?:[\w'’.-]+\s+){1,6}?)(?:(?:ko|ka|ki)\s+)?(?P<p>%s)(?![\w'’·-])" % "|".join(
        sorted(_POSTPOSITIONS, key=len, reverse=True)), _postposition),
    (r"(?<![\w'’·-])([\w'’.·-]+)\s+(?:ko|ka|ki)\s+(?=([\w'’.-]+))", _owner),
])

# -- words --

_NOUNS = _glossary("""attack: hamla aakraman akraman; attacker: hamlakari aakramankari akramankari hamlawar;
    perpetrator: aparadhi doshi; killer: hatyara hatyaro; police: prahari pulis; officer: adhikari; bridge: pul; car:
    gaadi gadi gaari; people: manche manchhe manis janata log; persons: jana; victims: pidit; dead: mrit; death:
    mrityu; injured: ghaite ghayal; years: barsa barsha varsha saal; age: umer umar; day: din; week: hapta; month:
    mahina; Sunday: aaitabar aitabar; Monday: sombar; Tuesday: mangalbar; Wednesday: budhabar budhbar; Thursday:
    bihibar; Friday: sukrabar; Saturday: sanibar; time: samaya samay bela; minutes: minet; hours: ghanta; name: naam
    nam; article: lekh; headline: shirshak sirshak; author: lekhak lekhika; journalist: patrakar; programme:
    karyakram; interview: antarbarta; government: sarkar sarkaar; minister: mantri; law: kanun kanoon; warrant:
    purji; message: sandesh sandes; company: kampani; services: sewa; intelligence: guptachar; security: suraksha;
    evidence: praman sabut; group: samuha sangathan; party: dal; news: samachar khabar; soldier: sainik sipahi;
    phone: fon; secret: gopya; place: thau thaun sthan; terrorists: aatankakari atankakari aatankabadi; envelope:
    khaam; access: pahuch pahunch; owner: malik maalik dhani; religion: dharma dharm; job: jagir pesha; price: mulya
    daam; weapon: hathiyar; knife: chakku chhura chhuri; gun: banduk; bullet: goli; fine: jariwana; meeting: baithak;
    response: jawaf pratikriya; statement: bayan bhanai; reason: karan kaaran; president: rashtrapati; election:
    chunab nirbachan; country: desh; city: sahar shahar; house: ghar; family: pariwar parivar; wife: shrimati
    srimati; member: sadasya; demand: maag; leader: neta; money: paisa rakam; new: naya nayaa; other: aru arko anya;
    real: asli; last: antim; first: pahilo; work: kaam; answer: uttar""")
_OTHER = _glossary("""what: ke k; who: kasle kosle; whom: kaslai koslai; whose: kasko kosko; which: kun kunchai;
    when: kahile kaile kailey kahiley; where: kaha kahaan kahan kata; why: kina; how: kasari kasri; how many: kati;
    is: chha cha ho hun hunchha hunuhunchha raichha; are: chhan chan; was: thiyo thyo thio hunuhunthyo thiin thin;
    were: thiye thie; is not: chhaina chaina hoina haina; was not: thiena thiyena; of: ko ka; earlier: pahile pahila;
    he: u uni; they: uniharu tiniharu; his: usko unko uhako; its: yasko tyasko; this: yo yi; that: tyo ti; and: ra
    ani tatha; but: tara; or: wa va; because: kinabhane kinaki; if: yadi yedi; not: na; also: pani; only: matra
    matrai; alone: eklai eklo ekle; exactly: thyakkai thyakai; really: sachai sachchai sacchai sachi sacchi sachhi;
    actually: vastavma wastabma; now: aile ahile; today: aaja aja; yesterday: hijo; all: sabai; any: kunai; some:
    kehi; again: feri pheri; finally: antama; said: bhane; like: jasto""")
_NEPALI = {**{w: e.replace("·", " ") for w, e in _POSTPOSITIONS.items() if e != "→"}, **_NOUNS, **_VERBS, **_OTHER,
           "xa": "is", "xaina": "is not", "xan": "are"}
# particles and words of talk, left out: "re" (they say), "chai" (as for), "dai" (brother)
_NEPALI_DROPPED = frozenset("""hai ni ta re la dai didi bhai yaar yar hajur kripaya bhannus bataunus bhanidinus
    chai chahi nai haru hola kyare ki garne kura""".split())
# the words English has too ("ho", "din", "mare"), glossed only before a word of Nepali or a name
_NEPALI_SHARED = frozenset("""ho din mare bane base bole tire pare ban u ti na dal log nam man sang bhet aru jana
    hun hanna janna lina mage sake chan thin mane chine manna""".split()) & frozenset(_NEPALI)
# the words that show Nepali: none of English ("ho"), Hindi ("ko", "ke", "naam"), nor another language read
# here ("le", "gare" French, "hola" Spanish, "kun" Danish, "kati" Greek, "aayo" Malayalam)
_NEPALI_MARK = (frozenset(_NEPALI) | _NEPALI_DROPPED | frozenset(_VARIANTS)) - _NEPALI_SHARED - \
    frozenset(hindi_urdu.HINDI_ADD) - hindi_urdu.PARTICLES_ADD - frozenset("""aayo aile aja ani antim asli baithak
    bata bela bhai bina budhbar cha chai chan chhura daam dai dekhi dharma didi doshi dwaara fon gare garna gaye hai
    hamlakari hatyara hijo hola janata k ka kaam kaha kahaan kahan kampani karan kata kati ke ki kinna kinnu ko kun
    kura la lagi lekhe ma maa malik manche naam nai naya nayaa ni pahile pahunch paisa pani paye pesha ra re rokna saal
    sachi sahar samma sarkaar sewa shahar sipahi sita ta tara thin tyo umer uni va wa yaar yedi yo""".split())
_ASKING = frozenset("ke k ko kun kasto kaha kina kati kasari kahile kaile kasle kaslai kasko".split())
# what "kati" counts: "kati jana" (how many people) is Nepali, "kati" alone Greek too
_COUNTED = frozenset("jana ota wota choti patak palta barsa baje samma paisa lamo din minet".split())


class _Shown:
    """Whether a question shows Nepali however few its marks (``Language.opening``): a verb of Nepali last
    ("... thiyo ki nai?") or after a question word ("ke ho?"), "kati jana", its script read in Latin letters."""

    def match(self, question: str) -> bool:
        words = [w.lower() for w in re.findall(r"[\w'’-]+", _DEVANAGARI.sub(_script, question))]
        while words and words[-1] in _NEPALI_DROPPED | {"nai", "hoina", "haina"}:
            words.pop()
        if len(words) > 2 and words[-2] == "ki" and re.search(r"(?:ena|enan|enin|aina)$", words[-1]):
            words = words[:-2]
        last, asking = (words or [""])[-1], _ASKING.intersection(words[:-1])
        return last in _LAST or any(a == "kati" and b in _COUNTED for a, b in zip(words, words[1:])) or bool(
            asking) and (last in _VERBS or last in ("ho", "hun", "chha", "cha") and words[-2] in _ASKING or last in (
                "ho", "hun") and bool(asking - {"ko", "ke", "k", "kaha"}) and not _OWNS.isdisjoint(words))


# the verbs and copulas of Nepali that end a question
_LAST = (frozenset(_VERBS) | frozenset(_VARIANTS) | frozenset(_GAR_TENSE) | frozenset(
    w for w, e in _OTHER.items() if e.split()[0] in ("is", "are", "was", "were"))) & _NEPALI_MARK
_NEPALI_OPENING = _Shown()

# -- order --

_PREPOSITION = r"(?:in|on|at|of|about|with|from|for|to|by|after|before|according to)"
_PREPOSITIONS = frozenset("in on at about with from for to by after before according until against without".split())
_ASKED = (rf"(?:{_PREPOSITION}\s+)?(?:how many times|how many|how much money|how much|how old|how long|since when|"
          r"from where|what kind of|what happened|what time|what make|which day|which year|whom|whose|"
          r"which|what|who|when|where|why|how)")
_COPULA = frozenset("is was are were".split())
_MODAL = frozenset("can could should must will can't couldn't".split())
# the nouns a noun describes ("kun TV program": which TV program)
_HEADS = r"program|programme|show|channel|compan(?:y|ies)|apps?|agency|party|car|phone|hospital|laws?|group|" \
         r"officers?|services"
# the verbs done to no one ("when did the attack happen")
_UNDONE = frozenset("happened died came lived went survived fled became happens lives lasted".split())
_PARTICIPLES = frozenset("born written shot injured killed arrested caught stabbed".split())
# the verbs whose "lai" is "to" ("kaslai pathayo": to whom did he send); elsewhere an object
_TO = frozenset("say send give write speak talk explain show pay respond".split())
_ADVERBS = frozenset("really actually finally ever already again alone exactly first earlier".split())
_SUBJECT = (r"(?:(?:the|this|his|her|their)\s+)?(?:(?:new|old|other|real|last|first)\s+)?(?:(?-i:[A-Z])[\w.'’-]*"
            r"(?:\s+(?-i:[A-Z])[\w.'’-]*)*|[\w'’.-]+)(?:·['’]s·[\w'’.-]+)*")
# the story's nouns, left bare ("how old was the attacker"), and the words they follow
_BARE = re.compile(r"\b(?<!kind )([\w'’]+)\s+(?=(?:(?:new|last|first)\s+)?(?:police|attacker|attack|government|article|"
                   r"headline|car|victims|bridge|messages?|laws?|phone|author|minister|warrant|compan(?:y|ies)|app|"
                   r"pedestrians|terrorists|evidence|programme|interview|FBI|White House|Senate|iPhone|Congress)\b)")
_BEFORE_BARE = frozenset("""is was were did does do can could will must should can't couldn't of in on at about from
    for with before after by to according help say tell stab kill shoot drive write rent read open unlock claim use
    send remove fire arrest find know""".split())


def _verb_at(words: list[str]) -> int | None:
    """Where the last verb of ``words`` is ("was" of "was born"), if any."""
    for k in range(len(words) - 1, -1, -1):
        low = words[k].lower()
        if "·" in low or k and (words[k][:1].isupper() or words[k - 1].lower() == "to"):
            continue
        if low in _COPULA | _MODAL or _base(low) or low in ("want", "know", "use", "live", "say", "have"):
            return k - 1 if k and words[k - 1].lower() in _COPULA | _MODAL else k
    return None


def _lead(words: list[str]) -> tuple[list[str], list[str]]:
    """``words`` less the phrases of postpositions, and those (put last)."""
    lead = [w for w in words if "·" in w and w.split("·")[0] in _PREPOSITIONS]
    return [w for w in words if w not in lead], lead


def _split(words: list[str], agent: int | None) -> tuple[str, list[str]]:
    """The subject among ``words``, the last before "le" (at ``agent``) or else the first, and the rest."""
    if agent is not None:
        before, lead = _lead(words[:agent])
        k = len(before) - 1
        while k > 0 and (before[k][:1].isupper() and before[k - 1][:1].isupper() or before[k - 1].lower() in (
                "the", "this", "new", "police", "news", "security", "his", "her", "their")):
            k -= 1
        return " ".join(before[k:]), before[:k] + words[agent:] + lead
    rest, lead = _lead(words)
    m = re.match(r"(%s)(?:\s+(.*))?$" % _SUBJECT, " ".join(rest))
    return (m.group(1), (m.group(2) or "").split() + lead) if m else ("", rest + lead)


def _objects(words: list[str], base: str) -> list[str]:
    """A verb's objects, then its phrases; "→·X" ("X lai") "to X" after a verb of saying or sending."""
    rest, lead = _lead([w[2:] if w[:2] == "→·" and base not in _TO else "to" + w[1:] if w[:1] == "→" else w
                        for w in words])
    return rest + lead


def _compose(asked: str, words: list[str]) -> str:
    """``asked`` (none asking whether) and its clause ``words`` in English order."""
    agent = words.index("§") if "§" in words else None
    adverbs = [w for w in words if w.lower() in _ADVERBS]
    words = [w for w in words if w != "§" and w not in adverbs]
    low, v = asked.lower(), _verb_at(words)
    if v is None:
        return " ".join(filter(None, [asked, "" if not asked or low.startswith(("how old", "what happened")) else "is",
                                      *words, *adverbs]))
    vlow, before, after = words[v].lower(), words[:v], words[v + 1:]
    neg = before[-1:] if before[-1:] == ["not"] else []
    before = before[:len(before) - len(neg)]
    agent = None if agent is None else min(agent, len(before))
    subject_asked = low in ("who", "what happened") or low.startswith(("how many", "which", "what kind", "whose")) \
        and (agent in (None, 0) and not re.search(r"\b(?:day|year|time|place|city|programme|show)$", low))
    if vlow in _COPULA | _MODAL:
        vlow = "were" if low.startswith("how many") and vlow == "was" else vlow
        if vlow in _MODAL or after and (after[0].lower() in _PARTICIPLES or _base(after[0])):
            # "was born", "can read"
            if subject_asked and agent in (None, 0):
                return " ".join([asked, vlow, *neg, *_objects(after + before, ""), *adverbs])
            subject, rest = _split(before, agent)
            return " ".join(filter(None, [asked, vlow, subject, *neg, *adverbs,
                                          *_objects(after + rest, after[0].lower() if after else "")]))
        rest, lead = _lead(before)
        return " ".join(filter(None, [asked, vlow, *neg, *rest, *after, *lead, *adverbs]))
    verb = words[v]
    base = _base(vlow) or vlow
    if low == "whom" and base in _TO:
        asked = "to whom"
    elif low.startswith("to ") and base not in _TO:
        asked = asked[3:]
    if vlow == "killed" and agent is None and not any(w[:1] == "→" for w in words) and \
            low not in ("who", "whom"):
        vlow, verb, base = "died", "died", "die"
    aux = "does" if vlow in _PRESENT else "do" if vlow == base else "did"
    if subject_asked and (agent == 0 or agent is None and (low == "who" or vlow in _UNDONE)):
        # asked of the subject: "who wrote the article", "how many people died on the bridge"
        return " ".join(filter(None, [asked, "did not" if neg else "", base if neg else verb, *adverbs,
                                      *_objects(after + before, base)]))
    if vlow in _UNDONE and agent is None:
        rest, lead = _lead(before)
        return " ".join(filter(None, [asked, aux, *rest, *neg, base, *after, *lead, *adverbs]))
    subject, rest = _split(before, agent)
    if after[:1] == ["dead"]:
        after, rest = after[1:], rest + ["dead"]
    if not subject and (low.startswith("to ") or low == "whom") and base != vlow:
        # "kati jana lai pakrau garyo": how many people were arrested
        return " ".join(filter(None, [asked.replace("to ", "", 1), "was" if low == "whom" else "were", verb,
                                      *_objects(after + before, base), *adverbs]))
    if not subject:
        return " ".join(filter(None, [asked, verb, *_objects(after + before, base), *adverbs]))
    early = [w for w in adverbs if w.lower() in ("really", "actually", "finally", "ever", "already")]
    return " ".join(filter(None, [asked, aux, subject, *neg, *early, base, *_objects(after + rest, base),
                                  *(w for w in adverbs if w not in early)]))


def _nepali_order(glossed: str) -> str:
    """A question glossed word for word in English order ("Rudd § about·WhatsApp what said?" → "what did
    Rudd say about WhatsApp?")."""
    m = re.match(r"^(.*?)(\s*(?:[?!,]|\.(?=\s*$)|$).*)$", glossed, re.S)
    body, tail = m.group(1).strip(), m.group(2).replace("§", "")
    asked = list(re.finditer(r"(?<![\w'’·-])%s(?![\w'’·-])" % _ASKED, body))
    words = body.split()
    out = " ".join(w for w in words if w != "§")
    if len(asked) == 1:
        a = asked[0]
        phrase, before, after = a.group(0), body[:a.start()].split(), body[a.end():].split()
        word = re.sub(rf"^{_PREPOSITION}\s+(?=\w)", "", phrase)
        if word in ("which", "whose", "how many", "how much", "what", "what kind of") and after and \
                not _base(after[0]) and after[0].lower() not in _COPULA | _MODAL | _ADVERBS | {"not", "§"} and \
                "·" not in after[0] and (word != "what" or re.fullmatch(_HEADS + "|kind|time|day|year|religion|make|"
                                                                         "brand|weapon|job", after[0].lower())):
            # the noun asked of: "which car", "how many people", "which TV program"
            two = len(after) > 1 and bool(re.fullmatch(_HEADS, after[1]))
            noun = " ".join(after[:2] if two else after[:1])
            if word == "how many" and noun.islower() and not noun.endswith(("s", "people", "police")):
                noun += "s"
            phrase, after = f"{phrase} {noun}", after[2 if two else 1:]
        elif word == "which" and after and after[0].lower() in _COPULA:
            phrase = phrase.replace("which", "what")
        if after[:1] == ["§"] or not before and word in ("how many", "which") and "§" not in after:
            # the doer asked: "kun group le ... liyo" (which group claimed), "kati jana mare"
            before, after = ["§"], before + [w for w in after if w != "§"]
        if phrase == "what" and not before and len(after) > 2 and _verb_at(after) not in (None, 0) and \
                _verb_at(after[:1]) is None:
            # "ke" opening a question of yes or no ("Ke Apple le FBI lai help garyo?": did Apple help the FBI)
            phrase = ""
        out = _compose("where" if phrase == "from where" else phrase, before + after) + " from" * (
            phrase == "from where")
    elif not asked and words and ("§" in words or _verb_at(words) not in (None, 0)):
        # asking whether: "Apple § →·FBI helped" → "did Apple help FBI"
        out = _compose("", words)
    out = re.sub(r"\s+(?:·)?['’]s\b", "'s", re.sub(r"\s{2,}", " ", out.replace("·", " "))).strip()
    return _BARE.sub(lambda m: m.group(0) + "the " * (m.group(1).lower() in _BEFORE_BARE or bool(_base(m.group(1)))),
                     out.replace("s's ", "s' ") + tail)


NEPALI = Language(_NEPALI_IDIOMS, _NEPALI, _NEPALI_DROPPED, _NEPALI_MARK, reorder=_nepali_order,
                  shared=_NEPALI_SHARED, opening=_NEPALI_OPENING)
