"""Nepali mixed into English questions, read in English ("Rudd le WhatsApp ko barema ke bhanyo?").

Its verb comes last, its question word late, "le" (the doer), "lai" (to), "ko" (of), "ma" (in) after their
nouns, a clause before its noun ("goli hanne police": the police who shot): the idioms make a phrase one word
("about·WhatsApp", "police·who·shot"), two words one verb ("rent garyo": rented); ``_nepali_order`` puts the
question word first, the verb after its subject (before "le", kept as "§"). Its little words are Hindi's ("ko",
"ke") or English's ("ho", "ma"): its own ("kina", "thiyo") and their frames ("kun ... ma") show it.
"""
from __future__ import annotations

import re

from qabot.languages import EnglishVerbs, Idioms, Language, glossary_of, hindi_urdu

_glossary = glossary_of


def _joined(*words: str) -> str:
    """``words`` less the empty ones, one after the other."""
    return " ".join(filter(None, words))


# -- English verbs, for "did" to take --

_IRREGULAR = dict(p.split() for p in """say said, tell told, write wrote, drive drove, send sent, shoot shot,
    find found, read read, know knew, hide hid, come came, give gave, take took, do did, meet met, pay paid,
    become became, go went, buy bought, speak spoke, win won, use used, hit hit, describe described, die died,
    bring brought, make made""".split(","))
_PRESENT = {w: w[:-1] for w in "wants happens needs".split()}
_PRESENT.update(does="do", has="have")
_VERBS = EnglishVerbs(_IRREGULAR, _PRESENT)
_past, _base = _VERBS.past, _VERBS.base


# -- Nepali verbs --

# the stems and their English: "bhan" gives bhanyo, bhane, bhaneko (said), bhanchha (says), bhanna (say)
_STEMS = _glossary("""say: bhan; write: lekh; kill: mar maar; open: khol; read: padh; demand: mag maag; know: jan; live:
    bas; arrest: samat; stop: rok; speak: bol; ask: sodh; find: bhet; pay: tir; buy: kin; fire: nikal; win: jit;
    accept: man; become: ban; do: gar; hit: han; hide: luk; identify: chin""")
# stems ending in a vowel ("patha": pathayo, sent; pathauna, send), and verbs of their own
_VOWEL_STEMS = _glossary("""send: patha; drive: chala; tell: bata; hide: luka; bring: lya; call: bola; make: bana;
    identify: china; remove: hata""")
_VOWEL_VERBS = _glossary("""came: aayo aaye aayeko aaeko aae; went: gayo gaye gaeko gayeko; gave: diyo diye dieko
    diyeko diin diyin; give: dinu dina; gives: dinchha; not gave: diena; not took: liena; took: liyo liye lieko liyeko
    liin; take: linu lina; takes: linchha; found: payo paayo paye paeko payeko; happened: bhayo bhaye bhayeko bhaeko
    bhai bhako; lasted: chalyo chaleko; was born: janmeko janmiyo janmyo; was written: lekhieko lekhiyeko lekhiyo;
    was published: chhapiyo chhapiyeko chhapieko; needs: chahinchha chahiyo""")


# the modals, after their verb
_MODALS = _glossary("""can: sakchha sakcha sakxa sakchhan sakchhin sakchan sakinchha; could: sakyo sake sakin sakeko;
    couldn't: sakena sakenan; can't: sakdaina sakdainan sakdina; refused to: inkar·garyo inkar·gare inkar·garin
    inkar·gareko mana·garyo mana·gare; agreed to: tayar·bhayo sahamat·bhayo; wants to: chahanchha chahancha chahanxa
    chahanchhin chahanchhan; wanted to: chahanthyo chahanthin chahanthe chaheko chahe; tried to: khojyo khoje khojeko
    khojin; tries to: khojchha; must: parchha parcha parxa; had to: paryo; should: parne; must not: hudaina hunna""")


def _forms(stem: str, base: str) -> dict[str, str]:
    """A stem's forms in English."""
    past, present = _past(base), "does" if base == "do" else base + "s"
    ends = {"yo": past, "e": past, "eko": past, "chha": present, "na": base, "ne": base}
    return {stem + end: e for end, e in ends.items()}


_VERBS = {**{w: e for s, eng in _STEMS.items() for w, e in _forms(s, eng).items()}, **_VOWEL_VERBS}
_VERBS.update((s + end, e) for s, b in _VOWEL_STEMS.items() for ends, e in (
    ("yo ye in eko yeko", _past(b)), ("una unu une", b), ("uchha unchha", b + "s")) for end in ends.split())
_PRESENT.update((e, e[:-1]) for e in _VERBS.values() if e[-1:] == "s" and e[:-1] in _VERBS.values())
_VERBS.update((w, e.replace(" to", "")) for w, e in _MODALS.items() if "·" not in w)
for _w in ("kine", "jane"):  # English words
    _VERBS.pop(_w, None)
# the other endings typed, read as those (``_spelled``): "-xa" (-chha), "-thyo", "-isakyo", "-daina" (not), "-ya"
_VARIANT_ENDS = dict(p.split(":") for p in """cha:chha nu:na eka:eko eki:eko ya:eko yeko:eko chhan:chha chhin:chha
    chan:cha xa:chha xan:chha xin:chha thyo:yo thiyo:yo the:e thin:yo in:yo isakyo:yo isake:e isakeko:eko nubhayo:yo
    daina:chha dainan:chha dina:chha ena:yo enan:yo enin:yo""".split())
_VARIANTS = {s + end: (s, canon, end) for s in _STEMS for end, canon in _VARIANT_ENDS.items()
             if s + end not in ("basin", "marin", "kinin")}


def _spelled(m: re.Match) -> str:
    """A verb as the glossary spells it: "vanyo" bhanyo, "bhanxa" bhanchha, "bhandaina" not bhanchha."""
    low = re.sub("^v", "bh", m[0].lower())
    if low in _VARIANTS and low not in _GAR_TENSE:
        stem, canon, end = _VARIANTS[low]
        return "not " * end.startswith(("d", "en")) + stem + canon
    low = re.sub("ek[ai]$", "eko", low)
    return low if low in _VERBS or low == "bhanera" else m[0]


# -- idioms --

_END = r"(?=\s*(?:[?.!,]|$))"
_IS = r"(?:chha|cha|xa|chhan|chan|ho|hun|hunchha|huncha|hunuhunchha)"
_WAS = r"(?:thiyo|thyo|thio|thiye|thie|thiin|thin|hunuhunthyo)"
_DI, _BHAYO = r"diyo|diye|dieko|diyeko|diin", r"bhayo|bhaye|bhaeko|bhayeko|bhai|bhako"
# question words between a noun and its light verb ("hamla kasle garyo")
_WH = r"(?:ke|k|kasle|kosle|kahile|kaile|kaha|kahaan|kata|kina|kin|kasari|kasri|not)"
# the forms of "garnu" (to do) after an English verb or a Nepali noun, by tense
_GAR_TENSE = {w: "not " * end.startswith(("d", "en")) + {"chha": "present", "na": "base", "ne": "base"}.get(c, "past")
              for w, (_, c, end) in {**{w: (0, w[3:], "") for w in _forms("gar", "do")}, **_VARIANTS}.items()
              if w[:3] == "gar"}
# the nouns made verbs with "garnu"
_LIGHT = _glossary("""attack: hamla hamala aakraman akraman; murder: hatya; arrest: pakrau giraftar; use: prayog
    istemal upayog; cooperate: sahayog; help: maddat madat; refuse: inkar; claim: dabi daabi; demand: maag; talk:
    kura; meet: bhet bhetghat; contact: sampark; pay: bhuktani; work: kaam kam; ban: pratibandha;
    support: samarthan""")
_PRESENT.update((e + "s", e) for e in _LIGHT.values())


def _english_verb(m: re.Match) -> str:
    """A verb made with "garnu" in English ("rent garyo": rented, "X ko hatya garyo": murdered X)."""
    owner, word, wh, gar = m[1], m[2], m[3] or "", m[4].lower()
    low = word.lower()
    if (low in _NEPALI or _frame(word)) and low not in _LIGHT or word[:1].isupper() or low in _MODAL | {"to", "le"}:
        return m[0]
    base, tense = _LIGHT.get(low, low), _GAR_TENSE[gar]
    # ("garchhan": they do)
    third = base if gar.endswith("an") else base + ("es" if base.endswith(("s", "sh", "ch")) else "s")
    english = "not " * tense.startswith("not") + (_past(base) if "past" in tense else third if "present" in tense
                                                   else base)
    owned = f"{owner} " if owner and low in _LIGHT else f"{owner} ko " if owner else ""
    return f"{owned}{wh}{english}"


def _modal(m: re.Match) -> str:
    """A modal before its verb ("unlock garna kina inkar garyo" → "kina refused to unlock")."""
    english, verb, wh = m[1], m[2], m[3] or ""
    modal = _MODALS[re.sub(r"\s+", "·", m[4].lower())]
    if english:
        low = english.lower()
        if english[:1].isupper():
            return m[0]
        # ("ke garnu parchha": what must ... do)
        return f"{english} {wh}{modal} garna" if low in _NEPALI and low not in _LIGHT else \
            f"{wh}{modal} {_LIGHT.get(low, low)}"
    low = verb.lower()
    if low in _VERBS or low[-2:] in ("na", "nu") and low[:-2] in _STEMS or re.fullmatch(r"[a-z]+", verb) and \
            low not in _NEPALI:
        return f"{wh}{modal} {verb}"
    return m[0]


def _purpose(m: re.Match) -> str:
    """A verb of purpose, one word with its object ("iPhone unlock garna" → "to·unlock·iPhone")."""
    obj, verb = m[1], m[2]
    low = verb.lower()
    if low in _NEPALI and low not in _LIGHT or verb[:1].isupper():
        return m[0]
    done = "to·" + _LIGHT.get(low, low)
    return done if not obj else f"{obj} {done}" if _frame(obj) or obj == "§" else f"{done}·{obj}".replace(" ", "·")


def _light(nouns: str, verbs: str, english: str, owned: str = "") -> tuple[str, object]:
    """A noun and its light verb in English ("hamla ko jimmebari liyo" → "claimed responsibility for·hamla")."""
    def put(m: re.Match) -> str:
        owner = m["owner"]
        if owner and (_frame(owner.split()[-1]) or not owned):
            return f"{owner} {m['wh']}{english}"
        return f"{m['wh']}{english}" + (f" {owned}·{owner.replace(' ', '·')}" if owner else "")
    return rf"(?:(?P<owner>(?:(?:yo|tyo) )?`+) (?:ko|ka) )?\b(?:{nouns}) (?P<wh>(?:{_WH} )*)(?:{verbs})\b", put


_POSTPOSITIONS = _glossary("""about: barema; in: ma maa; from: bata baata dekhi; with: sanga sang sita sath; after:
    pachi pachhi paxi pachhadi; before: aghi agadi; until: samma; according·to: anusar anusaar; by: dwara dwaara; for:
    lagi; against: biruddha birudh; on: mathi; without: bina; between: bichma bich; outside: bahira baahira; →:
    lai laai""")
_OWNS = frozenset("ko ka ki".split())
_WHICH = frozenset("kun kunchai kasko kati".split())
# the nouns of place or time "ma" is "on" before ("pul ma": on the bridge)
_ON = re.compile(r"(?i:bridge|pul|road|street|din|\w*day|\w+bar|date|tv|show|programm?e?|karyakram)$")


def _frame(word: str) -> bool:
    """Whether ``word`` is of Nepali's frame (asking, a particle, a verb)."""
    low = word.lower()
    return (low in _NEPALI and low not in _NOUNS and low not in ("yo", "tyo", "yi", "ti", "ra")) or \
        low in _NEPALI_DROPPED or low in _POSTPOSITIONS or \
        low in "how what who which when where why not old many much whom whose".split()


def _postposition(m: re.Match) -> str:
    """A postposition before its noun, one word ("Masood ko phone ma" → "in·Masood·'s·phone"), after a
    question word asking of it ("kun program ma": in kun program)."""
    words, english = m["run"].split(), _POSTPOSITIONS[m["p"].lower()]
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
    rest = re.match(r"[^?.!,]*", m.string[m.end():])[0].split()
    if len(kept) > 1 and kept[0][:1].isupper() and not words and not m.string[:m.start()].strip() and \
            "§" not in m.string and "'s" not in kept and all(_frame(w) for w in rest) and \
            not {w.lower() for w in rest} & {"kati", "kun", "kasle", "ko", "who", "which", "how", "happened"}:
        # its subject opens the question ("Rudd WhatsApp bata ke chahanchhin?": what does Rudd want from WhatsApp)
        n = 2 if kept[-1] in ("Bridge", "House", "Street", "Road", "Office", "Square") and len(kept) > 2 else 3 if \
            kept[-1] == "Show" and len(kept) > 3 else len(kept) - kept.index("or") + 1 if "or" in kept[1:] else 1
        words, kept = kept[:-n], kept[-n:]
    return " ".join(words + (["·".join([*english.split("·"), *kept])] if kept else [plain]))


def _plural(m: re.Match) -> str:
    """"message haru": an English noun's plural ("messages")."""
    word = m[1]
    if word.lower() in _NEPALI or not re.fullmatch(r"[a-z]+", word) or word.endswith("s"):
        return word
    return word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"


_NUMBERS = dict(zip("ek euta dui tin teen char chaar panch paanch chha saat sat aath nau das".split(),
                    "one one two three three four four five five six seven seven eight nine ten".split()))
_NUMBER = r"\d+|" + "|".join(_NUMBERS)


_PERSON = re.compile(r"(?i:manche|manchhe|manis|byakti|police|prahari|officer|adhikari|attacker|man|person|jana)$")


def _relative(m: re.Match) -> str:
    """A clause before its noun, after it ("Masood lai goli hanne police" → "police·who·shot·Masood")."""
    agent, obj, light, verb, noun = m.groups()
    low, light, what = verb.lower(), light or "", (light or "").lower()
    if _frame(noun.split()[-1]) or re.match(_WH + "$", light, re.I):
        return m[0]
    english = _past(_VERBS[low]) if low[-2:] == "ne" and _VERBS.get(low, "").isalpha() else _VERBS.get(
        re.sub(r"i?y?ek[oai]$", "eko", low), "")
    if what in ("goli", "chakku", "chhura") and low[:3] in ("han", "cha"):
        english, light = "shot" if what == "goli" else "stabbed", ""
    elif low[:3] == "gar" and (what in _LIGHT or re.fullmatch("[a-z]+", light) and not _frame(light)) or \
            low[:3] == "bha" and what in ("prayog", "istemal"):
        # ("rent gareko car": the car rented; "prayog bhayeko car": the car used)
        english, light, low = _past(_LIGHT.get(what, light)), "", "ieko" if low[:3] == "bha" else low
    if not re.fullmatch("[a-z]+", english) or english == "happened":
        return m[0]
    person = _PERSON.search(noun)
    done = ["talked·about" if english == "said" and not person else english]
    done += ["to" if _base(english) in _TO else "", obj] if obj else []
    who = "who" if person else "that"
    if agent:
        clause = ["that", agent, *done]
    elif re.search(r"iy?ek[oai]$", low):
        clause = [who, "were" if re.search(r"(?i:s|manche|people|jana)$", noun) else "was", *done]
    elif person or english in _UNDONE or english == "killed":
        clause = [who, *(["died", *done[1:]] if english == "killed" and not obj else done)]
    else:
        return m[0]
    return _joined(light, "·".join(filter(None, [*noun.split(), *clause])).replace(" ", "·"))


# (a space is any run of them, "~" a word's letter, "`" a name's too: "U.S.")
_NEPALI_IDIOMS = Idioms([
    # a case apart ("Masood-le"), a plural ("haru"), a verb's other spellings
    (r"(?<=\w)[-'’](le|lai|ko|ki|ka|ma|bata|sanga)\b", r" \1"),
    (r"\b(\w+?)\s*-?haru\b", _plural),
    (r"\b(\w+)nu (?:bhayo|vayo|bho)\b", lambda m: m[1] + "yo" if m[1].lower() in _STEMS else m[0]),
    (r"\b[a-z]+\b", _spelled),
    # a perfect's copula ("bhaneko thiyo": said), words of talk, "ke ke" (what), "... ki nai?" (or not)
    (r"\b(\w+)eko (?:thiena|thiyena|chhaina|chaina|xaina)\b", r"\1ena"),
    (r"\b(\w+(?:ek[oai]|yo)) (?:%s|%s|hola)\b" % (_IS, _WAS), r"\1"),
    (r"\s*\b(?:hai|ni|ta|re|la|dai|didi|bhai|yaar|yar|hajur|sir|please|plz|kripaya|bhannus|bataunus|"
     r"bhanidinus|na)\b(?=(?: \w+)?\s*(?:[?.!]|$))", ""),
    (r"\b(ke|k|ko|kun|kaha|kasle) \1\b", r"\1"),
    (r"\bki(?: (?:nai|hoina|haina|chhaina|\w+(?:ena|enan|daina)))?" + _END, ""),
    # "ki" between two: or ("afnai thiyo ki rent ma liyeko?": own or rented), but "bhanyo ki" (said that)
    (r"(\S+) (le|lai|ma|bata) (\w+) ki (\S+(?: \S+)?) \2" + _END, r"\1 or \4 \2 \3"),
    (r"\b(~+) ki (?!nai\b|hoina\b|haina\b)([^?.!,]*\w)", lambda m: m[0] if m[1].lower()[:4] in ("bhan", "lekh") or not
     re.fullmatch(_IS + "|" + _WAS, m[1].lower()) and m[1].lower() not in _VERBS | _VARIANTS else f"or {m[2]} {m[1]}"),
    # what one is called ("lai ke bhanera chinayo") or described as; age, counts, times, places
    (r"\b(la?ai )(?:(ke|k) (?:bhanera \w+|chin\w+|bola\w+)|(?:kasto|kasari) (?:bhan|bata|lekh)\w*)",
     lambda m: m[1] + ("ke call" if m[2] else "kasari describe") + " garyo"),
    (r"\b(rang|naam|nam) kasto\b", r"\1 ke"),
    (r"\b(?:(?:ko|ki|ka) )?(?:umer|umar|umeer|age) (?:kati|k|ke)\b", " how old"),
    (r"\bkati (?:barsa|barsha|barsh|varsa|varsha|saal|sal|years?)\s*(?:ko|ki|ka)\b", "how old"),
    (r"\bkati jana ((?-i:[A-Z])[\w-]+)", lambda m: f"how many {m[1]}s"),
    (r"\bkati jana (?:police|prahari|pulis)(?: (?:officer|adhikari)s?)?\b", "how many police officers"),
    (r"\bkati jana(?: (?:manche|manchhe|manis|log|janata|people))?\b", "how many people"),
    (r"\bkati (?:choti|chot|patak|pataka|palta|paila)\b", "how many times"),
    (r"\b(%s)\s*(?:(jana)|ota|wota|wata)\b" % _NUMBER,
     lambda m: _NUMBERS.get(m[1].lower(), m[1]) + " people" * bool(m[2])),
    (r"\bkati (?:lamo|samaya|samay|der|(?:minet|ghanta|din|hapta|mahina|barsa)?\s*samma)\b", "how long"),
    (r"\bkati (?:paisa|rupaiya|rupiya|dollar|pound|rakam)\b", "how much money"),
    (r"\bkati (?:baje|bajey)\b|\bkun (?:samaya|bela|time)\b", "what time"),
    (r"\bkati (?:ota|wota|wata|oota|vota)\b", "how many"),
    (r"\b(?:kahile|kaile) (?:dekhi|deki)\b", "since when"),
    (r"\b(?:kaha|kahaan|kahan|kata|kun thau)\s*(?:bata|baata|dekhi)\b", "from where"),
    (r"\b(?:(?:kasto|kun|k|ke) (?:kisim|prakar)(?:\s*(?:ko|ka|ki))?|kasto(?! (?:%s|%s)\b))\b" % (_IS, _WAS),
     "what kind of"),
    (r"\bkun (?:din|bar|baar)\b", "which day"), (r"\bkun (?:sal|saal|barsa|barsha)\b", "which year"),
    (r"\b(?:ke|k) (?:bhayo|bhaeko|bhayeko|bhako|bho)\b(?: " + _WAS + r")?", "what happened"),
    (r"\b(?:ke|k) (?:ko|ka) lagi\b|\bke kaaran\b", "why"), (r"\bkun\s*(?:chai|chahi|chahin)\b", "kun"),
    (r"\b(~+) (?:(?:garnu|hunu|garne|hune) )?bhanda kati(?: \w+)? (?:(agadi|aghi|pahile|pahila)|pachi|pachhi)\b",
     lambda m: f"how long {'before' if m[2] else 'after'}·{m[1]}"),
    (r"\b(?:(?:garnu|hunu|garne|hune|bhanda|ko) )+(?:(?:kehi|%s) \w+ )?(?:agadi|aghi|pahile|pahila)\b" % _NUMBER,
     "aghi"),
    (r"\b(?:gare|bhaye|gareko|bhayeko)\s*(?=pachi|pachhi|paxi)", ""), (r"\bpahile\s*(?:dekhi|bata)\b", "pahile"),
    (r"\b(`+) (?:jasta|jasto) (~+)(?= (?:le|lai|ko|ma)\b)", r"\2·like·\1"),
    (r"\b(?:bich|beech)\s*ma\b", "bichma"), (r"\bba+re ma\b", "barema"),
    (r"\b(?:ko|ka) (?:bichar|bichaar|vichar|hisab|hisaab|anusar)(?:\s*(?:ma|le|anusar)\b)?", " anusar"),
    (r"\bbhanne (?:kasle|ko) (?:ho|hun|thiyo|thie)\b", "kasle bhanyo"), (r"\b(\w+ne) (?:ho|hun)" + _END, r"will \1"),
    (r"\ble (\w+eko) (?:kura|baat) (ke|k)\b(?: (?:ho|thiyo))?", r"le \2 \1"),
    # names, phrases
    (r"\b(?:anta|antya|antim|akhir|aakhir|aakhri)\s*ma\b", "in·the·end"),
    (r"\b(?:griha|grih|grha|home)\s*mantri\b", "Home Secretary"), (r"\bpradhan\s*mantri\b", "Prime Minister"),
    (r"\b(?:islamik|islami|islamic) (?:rajya|state|rastra)\b", "Islamic State"),
    (r"\b(?:aparadhik|apradhik|criminal) (?:record|rekord|abhilekh|itihas)\b", "criminal record"),
    (r"^\s*(?:ke )?(.+?) (?:ko|ka|ki) (?:kunai |koi )?((?:criminal|jail|police) record) (?:thiyo|thyo|chha|cha)\b",
     lambda m: "·".join(f"did {m[1]} have a {m[2]}".split())),
    (r"\b(?:samachar|news) (?:agency|samiti|sanstha)\b", "news agency"),
    (r"\b(?:prahari|pulis|police) (?:adhikari|karmachari|officer|jawan)\b", "police officer"),
    (r"(?:(\S+) (?:la?ai|ko lagi) )?(?:kunai )?lukne (?:thau|thaun|sthan) (?:chhaina|(?:hunu |dinu )?"
     r"hudaina|hunna)\b", lambda m: "no·place·for·%s·to·hide" % (m[1] or "terrorists")),
    (r"\bpaidal (?:yatri|hidne)\b", "pedestrians"), (r"\blukne (?:thau|thaun|sthan)\b", "hiding place"),
    (r"\b(WhatsApp|app|phone|fon|iPhone|internet) chala(?:yo|ye|eko|yeko|in)\b", r"\1 prayog garyo"),
    # "lukna dinu hudaina": must not let hide; "rokna sajilo": easy to stop
    (r"(?:(`+) la?ai )?((?:%s )*)(\w+?)na (?:dinu|dina) (?:hudaina|hunna)\b" % _WH,
     lambda m: f"{m[2]}{m[1] or 'anyone'} not must be·allowed·to·{m[3]}na"),
    (r"\b(\w+?)na (sajilo|aasan|garo|gaaro|kathin) (?:%s|%s|hola|bhayo)\b" % (_IS, _WAS), lambda m: (
        "makes it·%s·to·%sna" if " le " in m.string[:m.start()] else "%s·to·%sna is") % (_OTHER[m[2].lower()], m[1])),
    (r"\b(?:bhada|bhaada|rent)\s*(?:ma|maa) ((?:\S+ ){0,2}?)(?:liyeko|lieko|liyo|liye|lina|line)\b", r"\1rented"),
    (r"\b(eklai|eklo|ekle) (?:kaam|kam) (?=gar)", r"\1 act "),
    (r"\b(ke|k) garna bhan(?:yo|e|in|eko)\b", r"\1 told to·do"),
    (r"\b(?:hamla|aakraman|akraman|attack) garne(?: (?:manche|manchhe|byakti|vyakti|person|man))?\b", "attacker"),
    (r"\bgoli (?:hanne|chalaune)(?= (?:ko|ka|le|lai)\b)", "shooter"),
    (r"\b(`+) (?:ko|ka) (?:kura|bhanai)\b", r"\1·'s·point"),
    (r"\b(?:lai|laai)(?= (?:~+ ){0,3}thaha\b| (?:~+ ){0,6}(?:chahinchha|chahiyo)\b)", "le"),
    (r"\b(?:ghaite|ghayal) (?:bhayeko|bhaeko) (?=\w)", "injured "),
    # verbs of two words: "jimmebari liyo", "goli hanyo", "pakrau paryo", "ghaite bhaye"
    _light(r"jimmebari|jimmewari|zimmewari", r"liyo|lie|liye|lieko|liyeko|lina|linu", "claimed responsibility", "for"),
    (r"\bgoli (?:hanera|lagera) (?:maryo|mare|mareko|marin)\b", "shot dead"),
    # a clause before its noun ("hamla bhayeko din": the day of the attack; "goli hanne police")
    (r"\b(~+) (?:bhayeko|bhaeko|bhako) (din|bar|samay|bela|thau)\b", r"\2·of·\1"),
    (r"(?:((?:(?-i:[A-Z])`* )*`+) le )?(?:(`+) la?ai )?(?:(~+) )?(\w+(?:eko|eka|eki|ne)) ((?:(?:naya|nayaa|new|arko|"
     r"antim|pahilo) )?~+(?: (?:officer|agency|company|show|program|messages?))?)\b", _relative),
    _light(r"goli", r"hanyo|hane|haneko|hanin|chalayo|chalaye", "shot"),
    _light(r"chakku|chaku|chhura|chura|chhuri|churi|knife", r"(?:le )?(?:hanyo|hane|haneko|hanin)", "stabbed"),
    (r"\b(?:pakrau|giraftar|arrest) ((?:%s )*)(?:paryo|pare|pareko|parin|%s)\b" % (_WH, _BHAYO),
     lambda m: f"{m[1]}{'were' if m[0].lower().endswith(('pare', 'bhaye')) else 'was'} arrested"),
    (r"\b(?:ghaite|ghayal|injure|injured) ((?:%s )*)(?:%s)\b" % (_WH, _BHAYO),
     lambda m: f"{m[1]}{'was' if m[0].lower().endswith('bhayo') else 'were'} injured"),
    _light(r"mrityu|death", _BHAYO, "died"),
    _light(r"jawaf|jawab|pratikriya|uttar|response|reply", _DI, "responded"),
    _light(r"nirdesh?an|nirdesh|aadesh|adesh|order", _DI, "directed"),
    _light(r"thaha", r"paa?u(?:n)?(?:the|thyo|thin)", "used to find out"),
    _light(r"bayan|vaktavya|baktabya", _DI, "said"),
    _light(r"rajinama|resign", _DI, "resigned"),
    _light(r"janma|janm", _BHAYO, "was born"), _light(r"thaha", r"payo|paayo|paye|paeko", "found out"),
    _light(r"interview|antarbarta", r"liyo|lie|liye|lieko", "interviewed"),
    (r"\bthaha (?:" + _WAS + r")\b", "knew"), (r"\bthaha (?:" + _IS + r")\b", "knows"),
    _light(r"mat|bhot|vote", _DI, "voted"), _light(r"prakashit|published|publish", _BHAYO, "was published"),
    (r"\b((?:`+ (?:ko|ka) )?(?:(?:Home|Prime|Foreign|FBI|US|naya|new) )?(?:secretary|mantri|minister|"
     r"president|rashtrapati|director|pramukh|leader|neta|muslim|musalman)) ((?:%s )*)(?:bhayo|bhain|bhaye|banyo|"
     r"banin|bane|baneko|bhaeko)%s" % (_WH, _END), lambda m: f"{m[2]}became " + re.sub(
         r"\s+(?:ko|ka)\s+", "·'s·", m[1])),
    # a modal after its verb ("padhna sakchha": can read), a verb of purpose, a verb made with "garnu"
    (r"\b(?:([A-Za-z]~*) (?:garna|garnu|garne)|(\w+)) ((?:%s )*)(%s)\b" % (_WH, "|".join(
        sorted((k.replace("·", " ") for k in _MODALS), key=len, reverse=True))), _modal),
    (r"\b(\w+na)(?=(?: (?:ko )?lagi)? (~+))", lambda m: m[0] if m[1].lower() not in _VERBS or m[1].lower() in
     _GAR_TENSE or _frame(m[2]) else _VERBS[m[1].lower()] + " garna"),
    (r"(?<![\w'’·-])(?:((?:(?-i:[A-Z])~* )?[\w'’.§-]+) )?([A-Za-z]~*) (?:garna|garnu)(?: (?:ko )?lagi)?(?= (?!(?:aghi|"
     r"agadi|pachi|pachhi|bhanda|ko|ka|ma|lai|le)\b)\w)", _purpose),
    (r"(?<![\w'’·-])(?:(`+) (?:ko|ka) )?([A-Za-z]~*) ((?:(?:%s) )*)(%s)\b" % (_WH, "|".join(
        sorted(_GAR_TENSE, key=len, reverse=True))), _english_verb),
    # "kun company ko" (what make), "kun party ko neta" (leader of which party), "ko ho?" (who is)
    (r"\b(?:kun|kasto) (?:company|kampani|brand) (?:ko|ka)\b", "what make"),
    (r"\b(kun|kasto) (~+) (?:ko|ka|ki)(?= (?:%s|%s)%s)" % (_IS, _WAS, _END), r"\1 \2"),
    (r"\bkun (~+) (?:ko|ka|ki) (~+)", lambda m: m[0] if _frame(m[2]) else f"{m[2]} of kun {m[1]}"),
    (r"(?:^|(?<=\s))ko(?= (?:%s|%s)%s)" % (_IS, _WAS, _END), "who"), (r"^\s*ko\b(?= \w)", "who"),
    (r"(?<=\s)ko(?= (\w+)%s)" % _END, lambda m: "who" if m[1].lower() in _VERBS else m[0]),
    (r"\b(?:kasle|kosle|kasley|kun le)\b", "who"),
    # a saying's "ki" (that); "le" (the doer: "§"), a postposition before its noun, an owner before its own
    # ("Masood ko gaadi": Masood·'s·gaadi)
    (r"\b(bhan\w+|lekh\w+|said|says|told) ki\b", r"\1 that"),
    (r"(?<=\w) (?:le|ley|lay)(?=\s|$)", " §"), (r"\b(?:usle|unle|uhaale|uhale|tinle|unile)\b", "he §"),
    (r"(?P<run>(?:[\w'’.·-]+ ){1,6}?)(?:(?:ko|ka|ki) )?(?P<p>%s)(?![\w'’·-])" % "|".join(
        sorted(_POSTPOSITIONS, key=len, reverse=True)), _postposition),
    (r"(?<![\w'’·-])([\w'’.·-]*·(?:who|that)·[\w'’.·-]+|(?:between|about|outside|against)·[\w'’.·-]+) (?:ko|ka|ki)"
     r" (~+)", lambda m: m[0] if _frame(m[2]) else f"{m[2]}·" + "of·" * (
         "·who·" in m[1] or "·that·" in m[1]) + m[1]),
    (r"(?<![\w'’·-])([\w'’.·-]+) (?:ko|ka|ki) (?=(`+))",
     lambda m: m[0] if _frame(m[1]) or _frame(m[2]) or m[2].lower() in _OWNS else f"{m[1]}·'s·"),
], lambda p: p.replace(" ", r"\s+").replace("~", r"[\w'’-]").replace("`", r"[\w'’.-]"))

# -- words --

_NOUNS = _glossary("""attack: hamla aakraman akraman; attacker: hamlakari aakramankari akramankari hamlawar;
    perpetrator: aparadhi doshi; killer: hatyara hatyaro; police: prahari pulis; officer: adhikari; bridge: pul; car:
    gaadi gadi gaari; people: manche manchhe manis janata log; persons: jana; victims: pidit; dead: mrit; death: mrityu;
    injured: ghaite ghayal; years: barsa barsha varsha saal; age: umer umar; day: din; week: hapta; month: mahina;
    Sunday: aaitabar aitabar; Monday: sombar; Tuesday: mangalbar; Wednesday: budhabar budhbar; Thursday: bihibar;
    Friday: sukrabar; Saturday: sanibar; time: samaya samay bela; minutes: minet; hours: ghanta; name: naam nam;
    article: lekh; headline: shirshak sirshak; author: lekhak lekhika; journalist: patrakar; programme: karyakram;
    interview: antarbarta; government: sarkar sarkaar; minister: mantri; law: kanun kanoon; warrant: purji; message:
    sandesh sandes; company: kampani; services: sewa; intelligence: guptachar; security: suraksha; evidence: praman
    sabut; link: sambandha sambandh; dispute: jhagada jhagda bibad vivad; colour: rang; group: samuha sangathan; party:
    dal; news: samachar khabar; soldier: sainik sipahi; phone: fon; secret: gopya; place: thau thaun sthan; terrorists:
    aatankakari atankakari aatankabadi; envelope: khaam; access: pahuch pahunch; owner: malik maalik dhani; religion:
    dharma dharm; job: jagir pesha; price: mulya daam; weapon: hathiyar; knife: chakku chhura chhuri; gun: banduk;
    bullet: goli; fine: jariwana; meeting: baithak; response: jawaf pratikriya; statement: bayan bhanai; reason: karan
    kaaran; president: rashtrapati; election: chunab nirbachan; country: desh; city: sahar shahar; house: ghar; family:
    pariwar parivar; wife: shrimati srimati; member: sadasya; demand: maag; leader: neta; money: paisa rakam; new: naya
    nayaa; other: aru arko anya; real: asli; own: afnai aphnai aafnai afno aphno aafno; last: antim; first: pahilo;
    work: kaam; answer: uttar; question: prashna prasna; side: taraf""")
_OTHER = _glossary("""what: ke k; who: kasle kosle; whom: kaslai koslai; whose: kasko kosko; which: kun kunchai; when:
    kahile kaile kailey kahiley; where: kaha kahaan kahan kata; why: kina; how: kasari kasri; how many: kati; is: chha
    cha xa ho hun hunchha hunuhunchha raichha; are: chhan chan xan; was: thiyo thyo thio hunuhunthyo thiin thin; were:
    thiye thie; is not: chhaina chaina xaina hoina haina; was not: thiena thiyena; of: ko ka; earlier: pahile pahila;
    he: u uni; they: uniharu tiniharu; his: usko unko uhako; its: yasko tyasko; this: yo yi; that: tyo ti; and: ra ani
    tatha; but: tara; or: wa va; because: kinabhane kinaki; if: yadi yedi; not: na; also: pani; only: matra matrai;
    alone: eklai eklo ekle; exactly: thyakkai thyakai; really: sachai sachchai sacchai sachi sacchi sachhi; actually:
    vastavma wastabma; now: aile ahile; today: aaja aja; yesterday: hijo; all: sabai; any: kunai; some: kehi; again:
    feri pheri; finally: antama; said: bhane; like: jasto; how: kasto; right: thik thikk; easy: sajilo aasan; hard: garo
    gaaro kathin; possible: sambhav; impossible: asambhav""")
_NEPALI = {**{w: e.replace("·", " ") for w, e in _POSTPOSITIONS.items() if e != "→"}, **_NOUNS, **_VERBS, **_OTHER}
# particles and words of talk, left out: "re" (they say), "chai" (as for), "dai" (brother)
_NEPALI_DROPPED = frozenset("""hai ni ta re la dai didi bhai yaar yar hajur kripaya bhannus bataunus bhanidinus
    chai chahi nai haru hola kyare ki garne kura bhanera wala""".split())
# the words English has too ("ho", "din", "mare"), glossed only before a word of Nepali or a name
_NEPALI_SHARED = frozenset("""ho din mare bane base bole tire pare ban u ti na dal log nam man sang bhet aru jana
    hun hanna janna lina mage sake chan thin mane chine manna""".split()) & frozenset(_NEPALI)
# the words that show Nepali ("v" for "bh" too): none of English ("ho"), Hindi ("ko", "ke", "naam"), nor another
# language read here ("le", "gare" French, "hola" Spanish, "kun" Danish, "kati" Greek, "aayo" Malayalam)
_NEPALI_MARK = (frozenset(_NEPALI) | _NEPALI_DROPPED | frozenset(_VARIANTS)) - _NEPALI_SHARED - \
    frozenset(hindi_urdu.HINDI_ADD) - hindi_urdu.PARTICLES_ADD - frozenset("""aayo aile aja ani antim asli baithak bata
    bela bhai bina budhbar cha chai chhura daam dai dekhi dharma didi doshi dwaara fon gare garna gaye hai hamlakari
    hatyara hijo hola janata k ka kaam kaha kahaan kahan kampani karan kata kati ke ki kinna kinne kinnu ko kun kura la
    lagi lekhe ma maa malik manche naam nai naya nayaa ni pahile pahunch paisa pani paye pesha ra re rokna saal sachi
    sahar samma sarkaar sewa shahar sipahi sita ta tara tyo umer uni va wa yaar yedi yo""".split())
_NEPALI_MARK |= {"v" + w[2:] for w in _NEPALI_MARK if w[:2] == "bh" and (len(w) > 5 or w == "bhayo")}
_ASKING = frozenset("ke k ko kun kasto kaha kina kati kasari kahile kaile kasle kaslai kasko".split())


# little words of other languages' too ("le" French, "kun" Danish) in frames only Nepali's: two show it
_FRAMES = [re.compile(p.replace(" ", r"\s+")) for p in (
    r"\w le \w", r"\w la?ai \w", r"\bkun (?:\S+ ){0,2}?(?:ma|le|lai|ko|bar|din)\b", r"\b(?:ko|ka) (?:bichar|hisab)",
    r"\b(?:ko|ke|k|kun) (?:ho|hun|thiyo|chha)\b", r"\bko (?:\S+ )?(?:ke|kun|kati|kasto|ko) (?:ho|thiyo|chha|hun)\b",
    r"\w(?:eko|ne) (?:ho|thiyo|hun)\W*$", r"\b(?:%s)\b" % "|".join(_ASKING - {"ko"}),
    rf"\b(?:kati|{_NUMBER})\s*jana\b", rf"\w ki(?: (?:{_NUMBER})\s*jana)?\W*$", r"\b(?:mare|bhane|pare|sake)\W*$")]


class _Shown:
    """Whether a question shows Nepali however few its marks (``Language.opening``): two frames, "X ho ki Y", a
    Nepali verb last."""

    def match(self, question: str) -> bool:
        question = re.sub(r"\bv[a-z]+", _spelled, question)
        if sum(bool(f.search(question)) for f in _FRAMES) > 1 or re.search(
                r"\b(?:ho|hun|thiyo)\s+ki\s+\w|\b(ma|le|lai|bata)\s+\w+\s+ki\s+\S+\s+\1\b", question):
            return True
        words = [w.lower() for w in re.findall(r"[\w'’-]+", question)]
        while words and words[-1] in _NEPALI_DROPPED | {"hoina", "haina"}:
            words.pop()
        if len(words) > 2 and words[-2] == "ki" and re.search(r"(?:ena|enan|enin|aina)$", words[-1]):
            words = words[:-2]
        last, asking = (words or [""])[-1], _ASKING.intersection(words[:-1])
        return last in _LAST or bool(asking) and (
            last in _VERBS or last in ("ho", "hun", "chha", "cha") and words[-2] in _ASKING or
            last in ("ho", "hun") and bool(asking - {"ko", "ke", "k", "kaha"}) and not _OWNS.isdisjoint(words))


# the verbs and copulas of Nepali that end a question
_LAST = (frozenset(_VERBS) | frozenset(_VARIANTS) | frozenset(_GAR_TENSE) | frozenset(
    w for w, e in _OTHER.items() if e.split()[0] in ("is", "are", "was", "were"))) & _NEPALI_MARK
_NEPALI_OPENING = _Shown()

# -- order --

_PREPOSITION = r"(?:in|on|at|of|about|with|from|for|to|by|after|before|according to)"
_PREPOSITIONS = frozenset("""in on at about with from for to by after before according until against without between
    outside as""".split())
_ASKED = (rf"(?:{_PREPOSITION}\s+)?(?:how long (?:before|after)·\S+|how many times|how many|how much money|how much|"
          r"how old|how long|since when|from where|what kind of|what happened|what time|what make|which day|which year|"
          r"whom|whose|which|what|who|when|where|why|how)")
_COPULA = frozenset("is was are were".split())
_MODAL = frozenset("can could should must will can't couldn't".split())
# the nouns a noun describes ("kun TV program": which TV program)
_HEADS = r"programm?e?|show|channel|compan(?:y|ies)|apps?|agency|party|car|phone|hospital|laws?|group|" \
         r"officers?|services"
# the verbs done to no one ("when did the attack happen")
_UNDONE = frozenset("happened died came lived went survived fled became happens lives lasted".split())
_PARTICIPLES = frozenset("born written shot injured killed arrested caught stabbed".split())
# the verbs whose "lai" is "to" ("kaslai pathayo": to whom did he send); elsewhere an object
_TO = frozenset("say send give write speak talk explain show pay respond do".split())
_ADVERBS = frozenset("really actually finally ever already again alone exactly first earlier".split())
_SUBJECT = (r"(?:(?:the|this|his|her|their)\s+)?(?:(?:new|old|other|real|last|first)\s+)?(?:(?-i:[A-Z])[\w.'’-]*"
            r"(?:\s+(?-i:[A-Z])[\w.'’-]*)*|[\w'’.-]+)(?:·['’]s·[\w'’.-]+)*")
# the story's nouns, left bare ("how old was the attacker"), and the words they follow
_BARE = re.compile(r"\b(?<!kind )([\w'’]+)\s+(?=(?:(?:new|last|first)\s+)?(?:police|attacker|attack|government|article|"
                   r"headline|car|victims|bridge|name|day|dispute|colour|messages?|laws?|phone|author|minister|warrant|"
                   r"compan(?:y|ies)|app|pedestrians|terrorists|evidence|programme|interview|FBI|White House|Senate|"
                   r"iPhone|Congress)\b)")
_BEFORE_BARE = frozenset("""is was were did does do can could will must should can't couldn't of in on at about from
    for with before after by to according help say tell stab kill shoot drive write rent read open unlock claim use
    send remove fire arrest find know""".split())


def _verb_at(words: list[str]) -> int | None:
    """Where the last verb of ``words`` is ("was" of "was born"), if any."""
    for k in range(len(words) - 1, -1, -1):
        low = words[k].lower()
        if "·" in low or k and (words[k][:1].isupper() or words[k - 1].lower() == "to"):
            continue
        # ("IS", the group, is no "is")
        if words[k] in _COPULA | _MODAL or _base(low) or low in ("want", "know", "use", "live", "say", "have"):
            return k - 1 if k and words[k - 1] in _COPULA | _MODAL else k
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
        # ("Islamic State", "Amaq news agency", "Fox News or BBC", "the police")
        while k > 0 and (before[k - 1][:1].isupper() and (before[k][:1].isupper() or before[k] == "news") or "or" in
                         before[k - 1:k + 1] or before[k - 1].lower() in ("new", "police", "news", "security") or
                         before[k - 1].lower() in ("the", "this", "his", "her", "their") and before[k].islower()):
            k -= 1
        return " ".join(before[k:]), before[:k] + words[agent:] + lead
    rest, lead = _lead(words)
    m = re.match(r"(%s)(?:\s+(.*))?$" % _SUBJECT, " ".join(rest))
    return (m[1], (m[2] or "").split() + lead) if m else ("", rest + lead)


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
        return _joined(asked, "" if not asked or low.startswith(("how old", "what happened")) else "is",
                       *words, *adverbs)
    vlow, before, after = words[v].lower(), words[:v], words[v + 1:]
    neg = before[-1:] if before[-1:] == ["not"] else []
    before = before[:len(before) - len(neg)]
    agent = None if agent is None else min(agent, len(before))
    subject_asked = low in ("who", "what happened") or low.startswith(("how many", "which", "what kind", "whose")) \
        and (agent in (None, 0) and not re.search(r"\b(?:day|year|times?|place|city|programme|show)$", low))
    if vlow in _COPULA | _MODAL:
        vlow = "were" if low.startswith("how many") and vlow == "was" else vlow
        if vlow in _MODAL or after and (after[0].lower() in _PARTICIPLES or _base(after[0])):
            # "was born", "can read"
            if subject_asked and agent in (None, 0):
                return " ".join([asked, vlow, *neg, *_objects(after + before, ""), *adverbs])
            subject, rest = _split(before, agent)
            return _joined(asked, vlow, subject, *neg, *adverbs,
                           *_objects(after + rest, after[0].lower() if after else ""))
        rest, lead = _lead(before)
        return _joined(asked, vlow, *neg, *rest, *after, *lead, *adverbs)
    verb = words[v]
    base = _base(vlow) or vlow
    if low == "whom" and base in _TO:
        asked = "to whom"
    elif low.startswith("to ") and base not in _TO:
        asked = asked[3:]
    if vlow == "killed" and agent is None and not any(w[:1] == "→" for w in words) and \
            low not in ("who", "whom"):
        vlow, verb, base = "died", "died", "die"
    aux = "does" if vlow in _PRESENT else "do" if vlow == base and _IRREGULAR.get(base) != base else "did"
    if subject_asked and (agent == 0 or agent is None and (low == "who" or vlow in _UNDONE)):
        # asked of the subject: "who wrote the article", "how many people died on the bridge"
        return _joined(asked, "did not" if neg else "", base if neg else verb, *adverbs,
                       *_objects(after + before, base))
    if vlow in _UNDONE and agent is None:
        rest, lead = _lead(before)
        return _joined(asked, aux, *rest, *neg, base, *after, *lead, *adverbs)
    subject, rest = _split(before, agent)
    if after[:1] == ["dead"]:
        after, rest = after[1:], rest + ["dead"]
    if not subject and (low.startswith("to ") or low == "whom") and base != vlow:
        # "kati jana lai pakrau garyo": how many people were arrested
        return _joined(asked.replace("to ", "", 1), "was" if low == "whom" else "were", verb,
                       *_objects(after + before, base), *adverbs)
    if not subject:
        return _joined(asked, verb, *_objects(after + before, base), *adverbs)
    early = [w for w in adverbs if w.lower() in ("really", "actually", "finally", "ever", "already")]
    return _joined(asked, aux, subject, *neg, *early, base, *_objects(after + rest, base),
                   *(w for w in adverbs if w not in early))


def _nepali_order(glossed: str) -> str:
    """A question glossed word for word in English order ("Rudd § about·WhatsApp what said?" → "what did
    Rudd say about WhatsApp?")."""
    m = re.match(r"^(.*?)(\s*(?:[?!,]|\.(?=\s*$)|$).*)$", glossed, re.S)
    body, tail = m[1].strip(), m[2].replace("§", "")
    asked = list(re.finditer(r"(?<![\w'’·-])%s(?![\w'’·-])" % _ASKED, body))
    words = body.split()
    out = " ".join(w for w in words if w != "§")
    if len(asked) == 1:
        a = asked[0]
        phrase, before, after = a[0], body[:a.start()].split(), body[a.end():].split()
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
    return _BARE.sub(lambda m: m[0] + "the " * (m[1].lower() in _BEFORE_BARE or bool(_base(m[1]))),
                     out.replace("s's ", "s' ") + tail)


NEPALI = Language(_NEPALI_IDIOMS, _NEPALI, _NEPALI_DROPPED, _NEPALI_MARK, reorder=_nepali_order,
                  shared=_NEPALI_SHARED, opening=_NEPALI_OPENING)
