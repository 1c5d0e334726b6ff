"""Gujarati mixed into English questions, read in English.

Gujaratis type Gujarati in Latin letters around the story's names ("Rudd e WhatsApp vishe shu kahyu?"), in chat
spellings ("shu", "su"; "che", "chhe"), seldom in its script. Its verb comes last, its question word late, its case
endings apart ("Rudd e": Rudd, as doer; "Masood ne": Masood, as object; "attacker nu naam": the attacker's name;
"programme ma": in the programme), many verbs of two words ("rent kari": rented), a clause of "je" first ("je loko
marya emna naam": the names of the people that died). The idioms write those in English, a postposition before its
noun, an owner before what it owns; ``_gujarati_order`` puts the question word first and the verb after its subject
(the doer marked "§", the object "¤") where that is clear. Gujarati shares words with Hindi, read first ("kya" is
Hindi's what, Gujarati's where): its marks are its own words, its frames and script.
"""
from __future__ import annotations

import re
import unicodedata

from qabot.languages import EnglishVerbs, Idioms, Language, glossary_of, hindi_urdu

_glossary = glossary_of


# -- verbs --

# English pasts and their bases, for "did" to take
_IRREGULAR = dict(pair.split() for pair in """say said, tell told, write wrote, drive drove, send sent, shoot shot,
    find found, read read, know knew, hide hid, come came, give gave, take took, do did, meet met, pay paid, use used,
    catch caught, become became, see saw, die died, go went, win won, lose lost, speak spoke, have had,
    withdraw withdrew, bring brought""".split(","))
_PRESENT = {w: w[:-1] for w in "says wants knows lives uses writes happens comes sends considers recalls".split()}
_PRESENT.update(does="do", has="have")
_VERBS = EnglishVerbs(_IRREGULAR, _PRESENT)
_past, _base = _VERBS.past, _VERBS.base


# -- script --

# the commonest words in Gujarati script (a vowel sign is no \w: ``_glossed`` would split a word)
_SCRIPT = {unicodedata.normalize("NFC", k): v for k, v in dict(p.split(":") for p in """શું:shu કોણ:kon કોણે:kone
    ક્યારે:kyare ક્યાં:kya કેમ:kem કેટલા:ketla કેટલી:ketli કઈ:kai છે:che હતો:hato હતી:hati હતું:hatu એ:e ને:ne નું:nu
    ની:ni માં:ma વિશે:vishe કહ્યું:kahyu નામ:naam હુમલાખોર:humlakhor""".split()).items()}


def _script(m: re.Match) -> str:
    """A word in Gujarati script in Latin letters."""
    word = unicodedata.normalize("NFC", m.group(0))
    return _SCRIPT.get(word, word)


# -- idioms --

_B, _E = r"(?<![\w'’·-])", r"(?![\w'’·-])"
_ASK_GU = r"(?:shu|su|kon[eaiu]?|kyare|kyan?|kyathi|kem|ketl[aiu]|kay[uoa]|kai|kevi)"
# what may stand between a noun and its light verb: a question word, "not", "alone"
_WH = r"(?:shu|su|kone?|kyare|kyan?|kyathi|kem|how|why|when|where|na|nah?i|not|ekl[oia])"
_KARYU = r"(?:kar(?:y[uoa]|yun|i|iyu|el[uoia]?))"
_HATU = r"(?:ha?t[uoia])"
_CHE = r"(?:ch?he|6e|chee)"
_BE = rf"(?:{_HATU}|{_CHE})"
_END, _Q = r"(?=\s*(?:[?.!,]|$))", r"\s*[?.!]*\s*$"


_THING, _MAKE = r"(car|gaa?di|phone|fon|iPhone)", r"(?:company|kampani|brand|make|model)"


def _en(word: str) -> str:
    """``word`` in English, if glossed."""
    return _GUJARATI.get(word.lower(), word)


def _is(word: str) -> str:
    """"is" for "che", "was" for "hatu"."""
    return "is" if re.fullmatch(_CHE, word, re.I) else "was"


def _frame(word: str) -> bool:
    """Whether ``word`` is of the frame (a question word, a particle, a verb, a marker), no noun."""
    low = word.lower()
    if "·" in low:
        return any(part in _FRAME_EN for part in low.split("·"))
    return (low in _GUJARATI and low not in _NOUNS) or low in _GUJARATI_DROPPED or low in _FRAME_EN


# the idioms' English and markers, the endings as typed: no part of a noun's phrase
_FRAME_EN = frozenset("""§ ¤ e ae ye ey ne what who whom which when where why how not or that is was were are did does
    do can could should will and he""".split())


def _joined(words: str, verb: str, english: str, done_to: bool = True) -> tuple[str, object]:
    """A noun and its light verb in English, a question word between them first ("humlo kyare karyo" → "kyare
    attacked"), the noun's owner its object ("FBI ni madad" → "FBI ¤ helped") or, unless ``done_to``, subject."""
    def put(m: re.Match) -> str:
        owner = m.group("owner")
        if owner and _frame(owner):
            return f"{owner} {m.group('wh')}{english}"
        return (f"{owner}{' ¤' * done_to} " if owner else "") + f"{m.group('wh')}{english}"
    return (rf"{_B}(?:(?P<owner>[\w'’.-]+)\s+n[aiuo]\s+)?(?:{words})\s+(?P<wh>(?:{_WH}\s+)*)(?:{verb})"
            rf"(?:\s+{_BE})?{_E}", put)


def _english_verb(m: re.Match) -> str:
    """An English verb made with "karvu" ("rent kari": rented, "use kare che": uses, "unlock karva": to·unlock)."""
    word, low, form = m.group(1), m.group(1).lower(), m.group(3).lower()
    if _frame(word) or low in _GUJARATI or word[0].isupper() and word != "WhatsApp" or len(low) < 3:
        return m.group(0)
    english = low + ("es" if low.endswith(("s", "sh", "ch")) else "s") if form == "kare" else \
        f"to·{low}" if form.startswith("karv") else _past(low)
    return f"{m.group(2) or ''}{english}"


# the postpositions, which follow their noun ("WhatsApp vishe") and go before it in English
_POSTPOSITIONS = _glossary("""about: vishe vise; in: ma maa andar; on: par upar pe; from: thi; with: sathe saathe;
    for: mate maate; after: pachi pachhi baad; before: pehla pahela pela; until: sudhi; without: vagar vina; by:
    dwara dvara; between: vachhe vachche vacche; according to: pramane mujab anusar hisabe hisaabe; against: viruddh;
    during: dauran; outside: bahar baahar""")
_POST = "|".join(sorted(_POSTPOSITIONS, key=len, reverse=True))
_WHICH = frozenset("kayu kayo kai kayi kaya kyu".split())


def _postposition(m: re.Match) -> str:
    """A postposition before the words as typed before it, one word with them ("WhatsApp vishe" →
    "about·WhatsApp", "kaya programme ma" → "in·which·programme")."""
    words, post = m.group("run").split(), m.group("p").lower()
    english = _POSTPOSITIONS[post].split()
    kept = []
    if words and words[-1] in _VERB_FORMS and english[0] in ("after", "before") and "§" in words:
        # a clause: "Trump e Comey ne kadhi mukya pachi" (after Trump fired Comey)
        return "·".join(english + _statement(words).split())
    while words and len(kept) < 4 and (not _frame(words[-1]) or english == ["between"] and words[-1] == "ane") and \
            words[-1].lower() not in _WHICH and not (kept and "'s·" in words[-1]):
        kept.insert(0, words.pop())
    # a name after a noun in lower case is the postposition's alone ("loko Westminster Bridge par")
    k = next((i for i in range(len(kept) - 1, 0, -1) if kept[i - 1].islower() and kept[i - 1] != "ane" and
              kept[i][:1].isupper()), 0)
    if k and all(w[:1].isupper() for w in kept[k:]):
        words, kept = words + kept[:k], kept[k:]
    first = not words and not m.string[:m.start()].strip()
    opens = first and not re.search(rf"\b{_BE}\W*$|\b(?:ketl[aie]|kon|koun|kone|kayu|kayo|kai|kaya)\b",
                                    m.string[m.end():], re.I) or words[-1:] == ["that"]
    if opens and len(kept) > 1 and kept[0][:1].isupper():
        # a name opening a clause is its subject: "Rudd tech companies sathe", "Rudd WhatsApp vishe"
        k = next((i for i, w in enumerate(kept) if i and (w.islower() or re.match(r".+[A-Z]", w))), 0)
        if k:
            words, kept = words + kept[:k], kept[k:]
    if kept and words and words[-1].lower() in _WHICH:
        return " ".join(words[:-1] + ["·".join(english + ["which"] + kept)])
    return " ".join(words + ["·".join(english + kept)])


def _owner(m: re.Match) -> str:
    """"attacker ni gaadi" → "attacker's·gaadi", one word; not after the frame or an English "is", "there"."""
    word = m.group(1)
    if _frame(word) or word.lower() in _NOT_OWNERS:
        return m.group(0)
    return f"{_en(word)}'s·{m.group(2)}"


def _relative(m: re.Match) -> str:
    """A clause of "je" (who, which) as English says it, one word ("je loko marya emna naam" → "the·names·of·the·
    people·that·died"); as typed if no verb ends it."""
    words = m.group(1).split()
    be = words.pop() if len(words) > 1 and re.fullmatch(_BE, words[-1], re.I) else "hatu"
    state, verb = words[-1].lower() in _NOUNS, _en(words.pop())
    if not (state or _base(verb.split("·")[0]) or verb.split("·")[0] in _MODALS):
        return m.group(0)
    # a postposition's phrase goes after the verb ("je loko bridge par marya": that died on the bridge)
    phrases, rest = [], []
    for w in words:
        k = len(rest) - 1
        while k > 0 and rest[k - 1][:1].isupper() and rest[k][:1].isupper():
            k -= 1
        if w.lower() in _POSTPOSITIONS and rest:
            phrases += [_POSTPOSITIONS[w.lower()], *rest[k:]]
            del rest[k:]
        else:
            rest.append(w)
    low = [w.lower() for w in rest] + [""]
    doer = next((i for i, w in enumerate(low) if w in ("e", "ae")), 0)
    k = next(i for i, w in enumerate(low) if w in ("e", "ae", "ne", ""))
    # the noun, and the clause's doer: after "ne" ("officer ne Masood e"), or a name after it ("car Masood e")
    j = next((i for i in range(1, k) if rest[i][:1].isupper() and rest[i - 1].islower()), k)
    head, by = rest[:j], rest[j:k] if j < k and doer == k else rest[k + 1:doer] if low[k] == "ne" else []
    rest = [w for w in rest[max(doer, k) + 1 if by else k + 1:] if w.lower() not in ("e", "ae", "ne", "¤")]
    noun = " ".join(map(_en, head)) or "one"
    many = bool(re.search(r"(?:people|police|s)$", noun))
    said = " ".join(map(_en, by + [verb] + rest if by else rest))
    if state:
        # no verb but a state: "je loko ghayal hata" (who were injured)
        said = f"{['is', 'are', 'was', 'were'][many + 2 * (_is(be) == 'was')]} {verb}"
    elif not by:
        said = f"{['', 'was ', 'were '][(low[k] == 'ne') * (1 + many)]}{verb} {said}"
    out = f"the {noun} that {said} {' '.join(map(_en, phrases))}".split()
    owned = m.group(2) or ""
    if owned and not _frame(owned):
        out, owned = ["the", _en(owned) + "s" * (many and _en(owned) == "name"), "of", *out], ""
    return " ".join(["·".join(out), owned, ""])


_NOT_OWNERS = frozenset("is was are were there any of for with and or in on at to by a an the be has have had".split())
_OWNER = rf"\b([\w'’.-]+)\s+n(?:a|i|u|o|un)\s+(?!(?:{_POST}|pase|kehva|{_ASK_GU}|{_BE}|na|nahi)\b)([\w'’·-]+)"
# the infinitives before "shake" (can), "joie" (should), "mange" (wants to), "kahyu" (told to)
_INFINITIVES = _glossary("""read: vanchi vanchvu vanchva vanchvi; open: kholi kholvu kholva; stop: rokvu rokva; prevent:
    atkavi atkavvu atkavva roki; send: mokli moklvu moklva; know: jani janvu janva; give: aapi aapvu aapva; do: kari
    karvu karva karvi; say: kahi kahevu kaheva; use: vapri vaparvu vaparva; see: joi jovu jova; meet: mali malvu malva;
    help: madad madat; cooperate: sahkar sahyog; catch: pakdva pakadva; replace: badalva; be: hovu hova hovi""")


def _modal(english: str):
    """"vanchi shake" → "can·read", "unlock karvu joie" → "should·unlock", "madad karvi joie" → "should·help"."""
    def put(m: re.Match) -> str:
        word, verb = m.group(1) or "", m.group(2).lower()
        base = _INFINITIVES.get(verb) or _INFINITIVES.get(verb[:-2])
        if base is None:
            return m.group(0)
        if base == "do" and word.lower() in _INFINITIVES:
            word, base = "", _INFINITIVES[word.lower()]
        elif base == "do" and word and not _frame(word) and word.islower() and word not in _GUJARATI:
            word, base = "", word
        return f"{word} {english}·{_past(base) if english == 'can·be' else base}".strip()
    return put


def _whether_asked(m: re.Match) -> str:
    """"shu" opening a question with no other question word asks whether ("shu Masood eklo hato?")."""
    rest = m.string[m.end():]
    return m.group(0) if re.search(rf"\b{_ASK_GU}\b", rest, re.I) or _frame(rest.split()[0]) else ""


_GUJARATI_IDIOMS = Idioms([
    # the script in Latin letters; the words of talk out, "j" (just) too; "shu" first asking whether
    (r"[\u0a80-\u0aff]+", _script),
    (r"(?:^|,)\s*(?:bhai|ya+r|(?-i:ben)|bro)\s*,\s*|\s*,?\s*\b(?:bhai|ya+r|(?-i:ben)|bro|ji|plz|pls)" + _END,
     ""),
    (r"\b[jz]ara\s+(?:kah(?:o|ejo)|janavo|batavo)\b|\b(?:kah(?:o|ejo)|janavo|batavo)(?:\s+ne)?" + _END, ""),
    (r"(?<=\w)\s+(?-i:j)\b(?![.'’-])", ""), (r"^\s*(?:shu|su)\s+(?=\S)", _whether_asked),
    # an owner said last goes first ("headline shu che aa article nu"), a name's phrase before one ("Apple no FBI sathe
    # no jagdo": Apple's dispute with FBI)
    (rf"^(.+?\s{_ASK_GU}\s+{_BE})\s+((?:aa\s+)?\S+\s+n[uoia])(?={_Q})", r"\2 \1"),
    (r"\b(\S+\s+n[aiuo])\s+((?:[A-Z]\S*\s+)+(?:sathe|vishe))(?:\s+n[aiuo])?\s", r"\2 \1 "),
    # question words of two
    (r"\bkya\s*n?\s*thi\b|\bkyaa?thi\b|\bkya\s+n[aoiu](?=\s+" + _HATU + ")", "kyathi"),
    (r"\b(?:shaa?|shena)\s*maa?te\b", "kem"),
    (r"\bkya\s+(?=[a-z]+\s+(?:ma|maa|par|thi|ni|nu|no)\b)", "kai "),
    (r"\b(?:kevi|kai|kay|kaya)\s+(?:rite|ree?te|reet)\b", "how"),
    (r"\bkon[ai]\s+(?:d[wv]ara|thi)\b|\bkonathi\b", "by·whom"), (r"\bkon[ai]\s+sathe\b", "with·whom"),
    (r"\bkyar\s*e?\s*thi\b", "since·when"),
    (r"\bketl[iou]\s+(?:vaar|var|samay|time)\s+(?:sudhi\s+)?chal(?:yo|yu|i|ya)\b", "how·long lasted"),
    (r"\bketl[ia]\s+(?:vaa?r|vakhat|waar)\b", "how·many·times"),
    (r"\bketl[oau]\s+(?:samay|time|vakhat)\b", "how·long"),
    (r"\bketl[ai]\s+(varas|varsh|saal|years|mahina|divas|athvadiya)\s+(?:thi|sudhi)\b",
     lambda m: "for·how·many·" + {"mahina": "months", "divas": "days"}.get(m.group(1).lower(), "years")),
    (r"\bketl[auo]\s+(?:pais[ae]|rupiya|dollars?|pounds?)\b", "how·much·money"),
    (r"\b(?:ketl[ae]|kai)\s+vaa?gy?[ea]\b", "at·what·time"),
    (r"\bka(?:i|yi?|ya|yo|yu)\s+(?:divase?|dine|vaare?)\b", "on·which·day"),
    # "Masood nu shu thayu": what happened to Masood; "Masood no shu sambandh": what connection of Masood's
    (r"\b([\w'’.-]+)\s+n[uo]\s+(?=shun?\s+thay[uo]\b)", r"to·\1 "),
    (r"\bshun?\s+thay[uo](?:\s+gay[uo])?\b|\bshu\s+thai\s+gayu\b", "what happened"),
    (r"\b([\w'’.-]+\s+n[aiuo])\s+(shun?|su)\s+(?=\w)", r"\2 \1 "),
    # age, a record, had, a message's words, a make, knowing
    (rf"^\s*(.+?)\s+(?:(?:n[aiuo]\s+)?(?:umm?a?r|vay)\s+ketl[iau]|ketl[aiu]\s+(?:varas|varsh|saa?l|years?)\s+"
     rf"n[aiuo])\s+({_BE})\b", lambda m: f"how·old {_is(m.group(2))} {m.group(1)}"),
    (r"\bketl[aiu]\s+(?:varas|varsh|saa?l|years?)\s+n[aiuo]\b|\bumm?a?r\s+ketli\b", "how·old"),
    (r"\b(?:gunahit|gunegari|criminal|police)\s+(?:re[ck]ord|itihas)\b", "criminal·record"),
    (rf"^\s*(.+?)\s+(?:ni\s+)?pase\s+(.+?)\s+({_BE})(\s*(?:ke\s+(?:nahi|nai|na)\s*)?){_END}",
     lambda m: f"{m.group(1)} § {m.group(2)} {'has' if _is(m.group(3)) == 'is' else 'had'}" if re.search(
         rf"\b{_ASK_GU}\b", m.group(2)) else f"{'does' if _is(m.group(3)) == 'is' else 'did'} {m.group(1)} have "
     f"{m.group(2)}" + " or not" * bool(m.group(4).strip())),
    (rf"\bsh(?:u|un)\s+lakh(?:yu|elu|el)\s+{_HATU}\b(?![^?]*\s(?:e|ae|ne)\s)", "what was·written"),
    (rf"^\s*(?:(.+?)\s+n[aiuo]\s+)?{_THING}\s+(?:kai|kaya|kayu|kayo)\s+{_MAKE}\s+n[aiuo]\s+{_BE}{_END}",
     lambda m: "·".join(f"what make of {_en(m.group(2))} did {m.group(1)} have".split()) if m.group(1) else
     f"what·make·was·the·{_en(m.group(2))}"),
    (rf"\b{_THING}\s+n[aiuo]\s+{_MAKE}\s+(?:kai|kaya|kayu|shu|su)\s+({_BE}){_END}",
     lambda m: f"what·make {_is(m.group(2))} the·{_en(m.group(1))}"),
    (r"\bp[ae]h?e?la\s*thi\b|\bpehlethi\b", "already"),
    (rf"^\s*(.+?)\s+ne\s+(?:(.+?)\s+)?(?:khabar|jaan|mahiti)\s+({_BE})(?=\s*(?:ke\s+(?:nahi|na)\s*)?(?:[?.!,]|$))",
     lambda m: f"{m.group(1)} § {m.group(2) or ''} {'knows' if _is(m.group(3)) == 'is' else 'knew'}"),
    (r"\b(?:pachh?u|pacho)\s+(?:khechy[uo]|khenchyu|lidh[uo])\b", "withdrew"),
    # names and phrases; "yaad apave": recalls; "koi jagya na hovi joie": there should be no place; "X ne Y malyu":
    # X found Y
    (r"\bgr[ui]h\s*mantri\b|\bhome\s+(?:minister|mantri)\b", "Home Secretary"),
    (r"(?:\s+n[iua])?\s+yaa?d\s+(?:apa+v|karav|dilav)(e|i|y[uoa])\b",
     lambda m: " recalls" if m.group(1) == "e" else " recalled"),
    (r"\bkoi\s+(\w+)\s+na\s+hov[iua]\s+joie\b", r"there·should·be·no·\1"),
    (r"^\s*(.+?)\s+ne\s+(.+?)\s+mal(?:y[uoa]|i)\b", r"\1 § \2 found"),
    (r"\bpradhan\s*mantri\b", "Prime Minister"), (r"\b(?:heading|mathalu|shirshak)\b", "headline"),
    (r"\bislami[ck]?\s+(?:rajya|state|sangathan)\b", "Islamic State"),
    (r"\b(?:samachar|news)\s+(?:sanstha|agency)\b", "news·agency"),
    (r"\bpolice\s*(?:adhikari|karmachari|[vw]ala|jawan|officer)\b|\bpolisvalo\b", "police·officer"),
    (r"\btech(?:nology)?\s+(?:kampanio?|companies)\b", "tech·companies"),
    (r"\b(?:a?akhre|(?:aakhir|ant|last|chhelle)\s+maa?|chh?evte)\b", "in·the·end"),
    (r"\b(?:sach[uo]|asli|kharu)\s+naam\b", "real·name"),
    (r"\b((?-i:[A-Z])\w+day|ravivar|budhvar|somvar|shanivar)e?\s+e\b", lambda m: "on·" + _en(m.group(1))),
    (rf"\bka(?:i|yi?|ya|yo|yu)\s+(\w+)\s+n[aiuo]\s+({_BE})\b", r"kai \1 \2"),
    (r"\b([\w'’.-]+)\s+n[aiu]\s+kehva\s+(?:pramane|mujab)\b", r"\1 pramane"),
    (rf"\b(?:shu|su)\s+(?:kaa?m|naukri|dhandho)\s+kar(?:t[oia]|e)(?:\s+{_BE})?\b",
     lambda m: "what·job " + ("does" if m.group(0).lower().endswith(("e", "che", "chhe")) else "did")),
    # verbs of two words ("mari nakhya" first: killed)
    (r"\bmari\s+nakh(?:yo|ya|yu|i)\b", "killed"), (r"\bmari\s+gay[aoiu]\b", "died"),
    (r"\bgoli\s+(?:mari|maari)\s+(?:ne\s+)?killed\b|\bgoli\s+thi\s+killed\b", "shot·dead"),
    _joined(r"ja[wv]abdari|[jz]immedari", r"lidh[iu]|s[wv]ikari", "claimed·responsibility"),
    _joined(r"daa?v[ao]|claim", _KARYU, "claimed"),
    _joined(r"h[ua]ml[oa]|attack", _KARYU, "attacked"),
    _joined(r"goli", r"maa?ri|chalavi|mari\s+didhi", "shot"),
    _joined(r"(?:chhar[ia]|chari|chappu|chaku)(?:\s+thi|\s+n[ao]\s+gha)?", r"maa?ri|mary[oua]|ghonpi",
            "stabbed"),
    _joined(r"mada[dt]|sahkar|sahyog", _KARYU + r"|aapy[ou]|aapi", "helped"),
    _joined(r"inkaa?r|na", r"kar(?:yo|i|yu)|pa?adi|padyo", "refused"),
    _joined(r"dharpakad|giraftar|arrest", _KARYU, "arrested"), _joined(r"upa?yog|use", _KARYU, "used"),
    _joined(r"bhaa?de(?:thi)?|rent\s+par", r"lidh(?:[iuoa]|el[iuoa]?)|rakhi", "rented"),
    _joined(r"vaa?t|charcha", _KARYU, "talked"), _joined(r"mulakat|meeting", _KARYU, "met"),
    _joined(r"virodhi?", _KARYU, "opposed"),
    _joined(r"ja[wv]ab|uttar|pratikriya|reply", r"aapy[ou]|aapi|apyo", "answered"),
    _joined(r"raa?jinamu", r"aapy[uo]|apyu", "resigned"),
    _joined(r"pratibandh|ban", r"muky[ou]|lagavyo|" + _KARYU, "banned"),
    _joined(r"vote|vot|matdan", r"aapy[ou]|aapi|" + _KARYU, "voted"),
    _joined(r"kaa?dhi", r"muky[oau]|muki|nakhy[oa]", "fired"),
    _joined(r"kaa?m|naukri", rf"kart[oia](?:\s+{_HATU})?|{_KARYU}", "worked", False),
    _joined(r"jana?m", r"thay[ou]|thai|thayel[oia]", "was·born", False),
    _joined(r"mrutyu|mot|avsan", r"thay[uoa]|thai|pamy[ao]", "died", False),
    # passives: "ghayal thaya" were injured, "pakdai gayo" was caught
    (rf"\b(ghayal|ijagrast|injured|zakhmi|dharpakad|arrest|giraftar)\s+(thay[aou]|thai)(?:\s+{_HATU})?\b",
     lambda m: ("were" if m.group(2).lower() == "thaya" else "was") + ("·arrested" if m.group(1).lower() in (
         "dharpakad", "arrest", "giraftar") else "·injured")),
    (r"\bpakda(?:y[oa]|i)(?:\s+gay[oia])?\b", "was·caught"), (r"\bmara(?:y[oa]|i)(?:\s+gay[oia])?\b", "was·killed"),
    (rf"\bjanm(?:yo|ya|i)(?:\s+{_HATU})?\b", "was·born"),
    (r"\b(fail|pass|approve|reject|cancel|leak|block|hack|publish|release)\s+((?:%s\s+)*)(thay\w*|thai|thase)\b" % _WH,
     lambda m: m.group(2) + ("will·" + m.group(1) if m.group(3).lower() == "thase" else _past(m.group(1)))),
    # infinitives: "unlock karva mate" (to unlock), "shu karva kahyu" (told to do what)
    (r"\b(?:([\w'’.-]+)\s+ne\s+)?(\w+v[aā])(?:n[iuo])?\s+mate\b", lambda m: m.group(0)[:-5] if _INFINITIVES.get(
        m.group(2).lower(), "do") == "do" else "·".join(filter(None, ["to", _INFINITIVES[m.group(2).lower()],
                                                                      m.group(1)]))),
    (r"\b(?:([\w'’-]+)\s+)?(\w+v(?:a|anu|ani))\s+(?:kahy[uo]|kidhu|kahi)\b", _modal("told·to")),
    (rf"{_B}([A-Za-z]+)\s+((?:{_WH}\s+)*)({_KARYU}|kare|karvu|karva|karvani|karvanu)(?:\s+{_BE})?{_E}", _english_verb),
    (r"(?<![\w'’·-])([\w'’.-]+)\s+(?:ne\s+)?(to·[a-z]+)(?![\w'’·-])", lambda m: m.group(0) if _frame(m.group(1)) else
     f"{m.group(2)}·{m.group(1)}"),
    (r"\b(to·[\w'’·-]+)\s+((?:kem|kyare|why|when)\s+)?refused\b", r"\2refused·\1"),
    # modals, wanting, tenses of two words, "roki lidho" (stopped)
    (rf"\b(?:([\w'’-]+)\s+)?(\w+)\s+(?:shake|shakse|shaki\s+shake)(?:\s+{_CHE})?\b", _modal("can")),
    (rf"\b(?:([\w'’-]+)\s+)?(\w+)\s+shakay(?:\s+{_CHE})?\b", _modal("can·be")),
    (r"\b(?:([\w'’-]+)\s+)?(\w+)\s+shak(?:y[oau]|i)\b", _modal("could")),
    (rf"\b(?:([\w'’-]+)\s+)?(\w+)\s+jo(?:iy?e|ye)(?:\s+{_CHE})?\b", _modal("should")),
    (rf"\b(?:([\w'’-]+)\s+)?(\w+)\s+(?:(?:mange|ichhe|chahe)\s+{_CHE}|mangt[oia]\s+{_HATU})\b", _modal("wants·to")),
    (r"\b(\w+i)\s+(?:lidh|didh)[oiua]\b", lambda m: _VERBS.get(m.group(1).lower(), m.group(0))),
    (rf"(?<![\w·])([\w·]+)\s+(?:{_BE}|hase)\b", lambda m: m.group(1) if m.group(1).lower() in _VERB_FORMS or m.group(
        1).split("·")[0] in ("told", "refused", "claimed", *_MODALS) else m.group(0)),
    # "ke nahi" ending a question: or not; "ke" after a verb of saying: that, before a last answer or two: or
    (r"\b(?:ke|k)\s+(?:nahi|nai|na|nahin)" + _END, " or not"),
    (r"\b(kahy[uo]|kahi|kidh[uo]|boly[ao]|lakhy[uo]|kahe)\s+ke\b", r"\1 that"),
    (r"(?<=\s)ke\s+(?=(?:\S+\s+)?\S+\s*\?\s*$)", "or "),
    # "aa" (this), "aava" (such) one word with their noun ("aa dispute": this·dispute)
    (r"\b(aa|aava)\s+([\w'’-]+)", lambda m: m.group(0) if _frame(m.group(2)) or _base(m.group(2)) else
     f"{_en(m.group(1))}·{m.group(2)}"),
    # an owner's ending before a postposition says nothing ("Rudd na mate": for Rudd)
    (r"\b([\w'’.-]+)\s+n[aiuo]\s+(?=(?:mate|maate|vishe|sathe|pachi|pehla|vagar|dwara|viruddh|hisaa?be|pramane|"
     r"mujab)\b)", r"\1 "),
    # a clause of "je" (who, which), then "emnu" (whose) or "te" (that one): "je loko marya emna naam"
    (rf"\bje\s+((?:[^\s?,]+\s+){{1,8}}?)(?:(?:emn|ten|jen|temn|en)[uaio](?:\s+([^\s?,]+))?|(?:te|teo|e)\s+"
     rf"(?={_ASK_GU}\b|what\b))", _relative),
    # "kona officer e": which officer (the doer)
    (r"\bkon[ai]\s+((?:[\w'’.·-]+\s+){1,3}?)(?=(?:e|ae)\s)", r"kayo \1"),
    # "e" after a word marks its doer ("Rudd e": Rudd, §), "ne" its object ("Masood ne": Masood, ¤); "ene" after a
    # doer is him
    (r"(?<=[\w'’.])\s+(?:e|ae|ey|ye)(?=\s)", " §"), (r"(?<=[\w'’.])\s+ne(?=\s)", " ¤"),
    (r"^\s*(?:e|te)\s+(?=\w)", "he "), (r"(?<=§ )(?:tene|ene|emne)\b", "him"),
    (r"\b(?:tene|ene|emne|teme)\b", "he §"),
    # an owner before what it owns (twice: "Masood ni patni nu naam"), a postposition before its noun
    (_OWNER, _owner), (_OWNER, _owner),
    (rf"(?P<run>(?:[\w'’.·§¤-]+\s+){{1,6}}?)(?P<p>{_POST})(?![\w'’·-])", _postposition),
])

# -- words --

_NOUNS = _glossary("""attack: humlo hamlo humla hamla humle; attacker: humlakhor hamlakhor humlavar; perpetrator:
    gunegar aaropi; police: polis pulis; bridge: pul; car: gadi gaadi motor; pedestrians: raahdaari rahdari padyatri;
    people: loko manaso manso lok; man: manas; victims: pidito; injured: ghayal ijagrast; dead: mrutak; knife: chappu
    chhari chhara; weapon: hathiyar; gun: bandook; bullet: goli; years: varas varsh; age: umar ummar umr vay; day:
    divas; week: athvadiyu athvadiya; month: mahino mahina; Sunday: ravivar ravivare; Wednesday: budhvar budhvare; time:
    samay samaye vakhat; minutes: minit; name: naam nam; article: lekh; news: samachar khabar; thing: vaat baat;
    headline: mathalu shirshak; author: lekhak; journalist: patrakar; programme: karyakram; interview: mulakat;
    government: sarkar; minister: mantri; law: kaydo kayda; laws: kaydao; warrant: vorant; message: sandesh; messages:
    sandesho; company: kampani; companies: kampanio; services: sevao; intelligence: guptchar; security: suraksha;
    evidence: puravo purava saboot; group: sangathan; soldier: sainik; phone: fon; secret: gupt chhupi chhupu; place:
    jagya jagyaa; terrorists: aatankvadio atankvadio aatankvadi atankvadi; envelope: parbidiyu kavar; owner: maalik
    malik; religion: dharm dharma; job: naukri dhandho; party: paksh; price: kimat bhav; fine: dand; meeting: baithak;
    response: javab jawab pratikriya uttar; statement: nivedan; home: ghar; city: shaher shahar; country: desh; reason:
    karan kaaran; family: parivar; wife: patni; children: balko; rent: bhadu; money: paisa rupiya; work: kaam; birth:
    janm janam; new: navo navi navu nava; other: bijo biji biju bija; alone: eklo ekli eklu ekla; real: asli sachu
    kharu; dispute: jagdo jhagdo vivad; incident: ghatna; spying: jaasoosi jasoosi jasusi jaasusi; old: juni juno junu
    juna; connection: sambandh; person: vyakti; hiding: chhupavani chhupavvani; first: pahelo paheli pehlo;
    last: chhello chhelli chhellu chhella""")
_VERBS = _glossary("""said: kahyu kahyo kahi kahya kidhu kidho kidhi kidha; spoke: bolyu bolyo boli bolya; says: kahe
    bole; told: janavyu janavyo janavi; wrote: lakhyu lakhyo lakhi lakhya; writes: lakhe; happened: thayu thayo thaya
    thai; happens: thay; will happen: thase; died: marya maryo maryu mari; drove: chalavi chalavyo chalavyu; lasted:
    chalyo chalyu chali chalya; used: vaparyu vaparyo vapari vaparya vapryu vapryo vapri; uses: vapre; wanted: mangyu
    mangyo mangi mangya; wants: mange ichhe chahe; knew: janto janti janta; knows: jane; found: shodhyu shodhyo shodhi
    malyu malyo; read: vanchyu vanchyo vanchya; opened: kholyu kholyo kholya kholta kholto; sent: moklyu moklyo mokli
    moklya; sends: mokle; lived: rehto raheto rahto rheto rehti raheti rehta raheta; lives: rahe; came: aavyo aavyu aavi
    aavya avyo; comes: aave; went: gayo gayu; gave: aapyu aapyo aapi aapya apyu apyo; took: lidhu lidho lidhi lidha;
    did: karyu karyo kari karya karto karti; does: kare; will do: karse karshe; will meet: malse malshe; will come:
    aavse; will bring: lavse lavshe laavse laavshe; will make: banavse banavshe; made: banavyo banavyu banavya; will
    consider: vicharse vicharshe; considers: vichare; killed: maarya maaryo maaryu; brought: lavya lavyo lavyu; stopped:
    rokyu rokyo roki rokya; prevented: atkavyu atkavyo atkavi atkavya; hid: chhupavyu chhupavyo chhupavi; forced:
    majbur; paid: chukavya chukavyu chukavyo; caught: pakdyo pakdi pakdya; became: banyo bani banya; accepted: mani
    manyu manyo; won: jityo jiti jitya; lost: haryo hari harya; can: shake shakay; could: shakyo shakya; should: joie
    joiye""")
_OTHER = _glossary("""what: shu su shun; who: kon koun kone je; whose: konu koni kono kona; when: kyare kyaare kyarey;
    where: kya kyan kyaa; where from: kyathi; why: kem; how many: ketla ketli ketle; how much: ketlu ketlo; which: kayu
    kayo kai kayi kaya kyu; what kind of: kevo kevi kevu keva; is: che chhe 6e hoy; was: hatu hato hati htu hto; were:
    hata; will be: hase; is not: nathi; was not: nahotu nahoto nahoti; were not: nahota; he: te; this: aa; his: teno
    teni tenu tena eno eni enu ena emno emni emnu emna; own: potano potani potanu potana; such: aava aavo aavu; taken:
    lidheli lidhelu lidhelo; him: tene; me: mane; and: ane; or: athva athwa; that: ke; also: pan; but: parantu; if: jo;
    because: kemke karanke; so: etle; not: na nahi nai nahin; only: fakt khali matra; exactly: barabar chokkas; really:
    kharekhar sache; already: pehlethi; still: haji; now: atyare; today: aaje aje; yesterday: gaikale; ever: kyarey;
    then: pachhi; earlier: pehla pahela pela; many: ghana; all: badha; any: koi; very: bahu""")
_GUJARATI = {**_POSTPOSITIONS, **_NOUNS, **_VERBS, **_OTHER}
# the verb forms an auxiliary after them adds nothing to ("kahyu hatu": said, "mange che": wants)
_VERB_FORMS = frozenset(_VERBS) | frozenset("""killed died claimed·responsibility attacked stabbed shot helped refused
    arrested used rented worked talked met answered fired recalls recalled happened""".split())
# particles and words of talk, left out ("jara": just, "kaho": tell)
_GUJARATI_DROPPED = frozenset("bhai bhaiya yaar yar ji jara zara plz pls kaho kahejo janavo batavo re ho bapu".split())
# words of English too ("pan", "mate", "par", "shake") or short tokens ("ma", "thai"), glossed only before a
# word of Gujarati or a name
_GUJARATI_SHARED = frozenset("pan mate par ma maa thai bane mane ghana lok nam hoy jo bhav dand shake".split())
# words only the idioms read, which show Gujarati too
_IDIOM_WORDS = frozenset("""divase bhade jawabdari javabdari kadhi mukya mukyo nakhyo nakhya dharpakad pakdayo
    janmyo vanchi kholi shakay shakse vagye pachu khechyu shaa sha shena inkar""".split())
# the words that show Gujarati: none of English, of Hindi ("kya", "naam", "thi"), nor a common word of another
# language ("shu" Arabizi, "kai" Greek, "nathi" Thai, "marya" Punjabi); but "ma" (in) and "nu" (of), no other's mark
_GUJARATI_MARK = (frozenset(_GUJARATI) | _GUJARATI_DROPPED | _IDIOM_WORDS) - _GUJARATI_SHARED - frozenset(
    hindi_urdu.HINDI_ADD) - hindi_urdu.PARTICLES_ADD - frozenset("""kya kyu koun naam nahi nai na thi kaam boli bole
    mari baad pe baat chhara majbur thay nathi jawab javab malik dharma janam pela koi ke te aa shu su kai kaya konu
    kono je sathe hata bhai yaar jara pls re ho navi manas karan paisa kaho bahu kare kari kahi rahe chahe jane
    khali fakt vay bhog ena eno mulakat kimat polis shaher shahar balko asli rehta nahin shun motor mange vina haji
    hari kayo ekla eni fon janto kampani minit roki tena hto bolya chalya kholya mangya marya rokya""".split()) | {
    "ma", "maa", "nu"}
# Gujarati however few its marks: its script; a question word and its verb ending the question ("kya", Hindi's
# what, not before Hindi's "boli", "mari"); "hatu?", "... vishe ... che?", "ke nahi?", "ma che?"; "shu che"; "je ...
# emnu"; "Rudd e ... kahyu?"
_GUJARATI_OPENING = re.compile("^(?=.*?(?:" + "|".join([
    r"[\u0a80-\u0aff]",
    rf"\b{_ASK_GU}\b.*?\b(?:\w\w+y(?:un?|o)|ch?he|hat[uoia]|thaya|karya|lidhi|rehto|raheto|malse|joie|shakay|"
    rf"nathi|aapi|lakhi|moklya|mokli|mukya){_Q}",
    rf"\b(?!kya\b){_ASK_GU}\b.*?\b(?:bolya|boli|marya|mari|kahi|shake){_Q}",
    r"\b(?:ha?t[uo]|chhe|nahot[uo])\s*(?:[?.!,]|$)",
    rf"\b(?:vishe|sathe|pase|pachh?i|vagar|sudhi|kharekhar)\b.*\b(?:hati|hata|che){_Q}",
    rf"\b(?:ke\s+(?:nahi|nai|na)|maa?\s+(?:ch?he|hat[uoia])){_Q}",
    r"\b(?:shu|kone?|kem|kyare|kya)\s+(?:ch?he|hat[uoia])\b|\b(?:shu|su)\s+thay[uo]\b",
    r"\bje\s.*\b(?:emn|ten|jen|temn)[uaio]\b",
    rf"\s(?:e|ae)\s.*\b(?:\w\w+y(?:u|o|un)|kari|mari|lidhi|aapi)(?:\s+(?:pan|{_HATU}))?{_Q}"]) + "))",
    re.I | re.S)

# -- order --

_ASK_WORDS = r"(?:whom|who|whose|what|which|when|where|why|how)"
# said after a clause's verb in English ("where did Masood live earlier")
_ADVERBS = frozenset("earlier already really still now today yesterday ever also only exactly in·the·end".split())
_COPULA = frozenset("is was are were".split())
_AUX = ("was", "were", "is", "can", "could", "should", "will")
_MODALS = (*_AUX, "wants")
# the verbs that do nothing to anyone ("why did the bill fail"), those done to someone ("when was Comey fired")
_UNDONE = frozenset("happen die come live go work last fail pass".split())
_DONE_TO = frozenset("fired shot stabbed killed arrested caught helped stopped".split())
# the story's nouns, which Gujarati leaves bare ("how old was the attacker")
_BARE = re.compile(r"\b(is|was|were|did|does|will|of|in|on|at|about|from|for|with|before|after|by|stab(?:bed)?|"
                   r"kill(?:ed)?|drive|drove|write|wrote|rent(?:ed)?|read|shoot|shot|send|sent|used?|know|withdraw)\s+"
                   r"(?=(?:(?:new|last|first|real)\s+)?(?:police|attack(?:er)?|government|article|headline|car|victims|"
                   r"bridge|messages?|laws?|phone|perpetrator|health care bill|Republicans)\b)", re.I)


def _joined_asked(body: str) -> str:
    """``body``, its asking phrases and auxiliaries one word each: "how·many·votes", "which·car", "will·meet"."""
    body = re.sub(r"\bhow (?:many|much|old|long)\b|\bwhere from\b|\bwhat kind of\b|\b(?:will|can|could|should|is|was|"
                  r"were) (?:not )?(?=(?!(?:%s)\b)[a-z])" % "|".join(_FRAME_EN), lambda m: m.group(0).replace(" ", "·"),
                  body)
    return re.sub(r"(?<![\w·])((?:\w+·)*(?:which|whose|how·many|how·much|what·kind·of))\s+(?!(?:%s)\b)"
                  r"((?:(?:new|old|other|last|first|real|secret)\s+)?[\w'’-]+)" % "|".join(_FRAME_EN | _COPULA),
                  _joined_noun, body)


def _joined_noun(m: re.Match) -> str:
    """"which car" → "which·car", "how many vote" → "how·many·votes"; not before a verb."""
    noun = m.group(2).replace(" ", "·")
    plural = m.group(1).endswith("many") and noun.islower() and noun[-1] != "s" and noun not in ("people", "police")
    return m.group(0) if _base(m.group(2)) else f"{m.group(1)}·{noun}" + "s" * plural


def _subject(words: list[str]) -> tuple[list[str], list[str]]:
    """The words with no postposition (a subject, an object), and the phrases of one, put last."""
    phrases = [w for w in words if "·" in w and w.split("·")[0] in _PREPOSITIONS]
    return [w for w in words if w not in phrases], phrases


_PREPOSITIONS = frozenset(" ".join(_POSTPOSITIONS.values()).split()) | {"to", "at"}


def _roles(before: list[str]) -> tuple[list[str], list[str], list[str], bool]:
    """The doer ("§"), the objects (one "¤" may come first: "humlakhor ne police e"), the phrases, and whether
    an object was marked, of the words before a verb."""
    k = before.index("§")
    j = max((i for i, w in enumerate(before[:k]) if w == "¤"), default=-1)
    doer, lead = _subject(before[j + 1:k])
    objects, phrases = _subject([w for w in before[:max(j, 0)] + before[k + 1:] if w != "¤"])
    return doer, objects, lead + phrases, "¤" in before


def _verb_phrase(base: str, tail: list[str], objects: list[str], marked: bool) -> list[str]:
    """A verb and its objects: "tell tech companies to do", "say to WhatsApp", "claim responsibility"."""
    if base in ("say", "talk") and objects and (marked or base == "talk"):
        objects = ["to" if base == "say" else "about", *objects]
    return [base, *objects, *tail] if tail[:1] in (["to"], ["dead"]) else [base, *tail, *objects]


def _compose(words: list[str]) -> str | None:
    """``words``, one asking phrase among them and a verb last, in English order; none if not so."""
    out = _asked([w.replace("where·from", "where") for w in words])
    return out and out + " from" * ("where·from" in words)


def _asked(words: list[str]) -> str | None:
    """``_compose``, the question word one of ``_ASK_WORDS``."""
    asked = [k for k, w in enumerate(words) if re.match(r"(?:\w+·)*%s(?:·|$)" % _ASK_WORDS, w)]
    if len(asked) != 1:
        return None
    a = asked[0]
    wh, before, after = words[a], words[:a], words[a + 1:]
    # "kaya group e": which group (the doer asked); "ketla loko ne": how many people (the object)
    doer_asked, object_asked = after[:1] == ["§"], after[:1] == ["¤"]
    neg, after = "not" in after, [w for w in after[doer_asked or object_asked:] if w != "not"]
    if len(after) > 1 and _base(after[0].split("·")[0]) and "§" in after:
        # the verb first, its doer after it ("shu kahyu Rudd e ...": what did Rudd say)
        before, after = before + after[1:], after[:1]
    elif 1 < len(after) <= 4 and not {"that", "and", "or"} & set(after):
        # the subject after the question word ("kyathi Masood aavyo": where did Masood come from)
        before, after = before + after[:-1], after[-1:]
    if len(after) != 1 or after[0] in ("§", "¤"):
        return None
    agent, verb, first = "§" in before, after[0], re.search(_ASK_WORDS, wh).group(0)
    wh_text = wh.replace("·", " ")
    plain = [w for w in before if w not in ("§", "¤")]
    subject, phrases = _subject(plain)
    if verb.lower() in _COPULA:
        # "attacker's name what was" → "what was attacker's name"
        return " ".join(["what" if wh == "which" else wh_text, verb] + ["not"] * neg + subject + phrases)
    parts = verb.split("·")
    subject_like = first in ("who", "what") and not wh.startswith(("in·", "on·", "at·", "about·", "with·", "by·",
                                                                    "for·", "from·")) or \
        not subject and re.match(r"(?:how·many|which)·(?!times$)(?!.*·(?:day|time|year|programme|show|city|place|"
                                 r"country)$)", wh)
    if parts[0] in _MODALS:
        # a passive or a modal: "where was·born" → "where was Masood born"
        aux, tail = ("does", ["want", *parts[1:]]) if parts[0] == "wants" else (parts[0], parts[1:])
        if doer_asked or not agent and (aux in ("was", "were") or first == "who") and subject_like:
            return " ".join([wh_text, aux] + ["not"] * neg + tail + subject + phrases)
        if agent:
            doer, objects, phrases, _ = _roles(before)
            return " ".join([wh_text, aux, *doer] + ["not"] * neg + tail + objects + phrases)
        return " ".join([wh_text, aux] + subject + ["not"] * neg + tail + phrases)
    base = _base(parts[0])
    if base is None:
        return None
    if agent and verb == "died":
        verb, base, parts = "killed", "kill", ["killed"]
    if first == "what" and base == "speak":
        verb, base, parts = "said", "say", ["said"]
    if doer_asked or subject_like and not agent and not object_asked and not (
            first == "what" and verb != "happened" and subject):
        # asked of the subject: "who wrote the article", "how many people died", "who shot Masood"
        return " ".join([wh_text] + ([f"did not {base}"] if neg else parts) + subject + phrases)
    if first == "who" and agent:
        wh_text = "to whom" if base in ("send", "give", "tell", "write", "message", "say") else "whom"
    if not agent and "¤" in before and verb in _DONE_TO and first != "what":
        # "Comey ne kyare kadhi mukya": when was Comey fired
        return " ".join([wh_text, "was"] + subject + ["not"] * neg + [verb.replace("·", " ")] + phrases)
    if agent:
        doer, objects, phrases, marked = _roles(before)
    else:
        doer, objects, marked = (subject, [], False) if base in _UNDONE else (subject[:1], subject[1:], False)
        # a name of several words is one subject ("Amber Rudd", "Islamic State")
        while objects and doer[-1][:1].isupper() and objects[0][:1].isupper():
            doer, objects = doer + objects[:1], objects[1:]
    if not doer:
        return None
    aux = "did" if verb.lower() not in _PRESENT else "do" if doer == ["they"] or len(doer) == 1 and re.fullmatch(
        r"[a-z]+[^s']s|[A-Z]\w+ans", doer[0]) else "does"
    return " ".join([wh_text, aux, *doer] + ["not"] * neg + _verb_phrase(base, parts[1:], objects, marked) + phrases)


def _whether(words: list[str]) -> str | None:
    """``words``, asking whether, in English order: "Apple § FBI ¤ helped" → "did Apple help FBI"."""
    if len(words) < 2:
        return None
    verb, neg = words[-1], words[-2] == "not"
    body, parts = words[:-2 if neg else -1], words[-1].split("·")
    if "§" in body and body[0] != "§":
        doer, objects, phrases, marked = _roles(body)
        if parts[0] in _MODALS[3:] and len(parts) > 1:
            return " ".join([parts[0], *doer] + ["not"] * neg + parts[1:] + objects + phrases)
        base = _base(parts[0])
        return base and " ".join(["does" if verb in _PRESENT else "did", *doer] + ["not"] * neg + _verb_phrase(
            base, parts[1:], objects, marked) + phrases)
    subject, phrases = _subject([w for w in body if w not in "§¤"])
    if subject and re.match("[A-Z]|the·", subject[0]) and (verb in _COPULA or parts[0] in _AUX and len(parts) > 1):
        # "Masood alone was": was Masood alone; "police messages can·read": can police read messages
        k = 1
        while k < len(subject) and subject[k][:1].isupper():
            k += 1
        return " ".join(parts[:1] + subject[:k] + ["not"] * neg + parts[1:] + subject[k:] + phrases)
    if subject and parts[0] in _AUX and len(parts) > 1:
        return " ".join(parts[:1] + subject[:1] + ["not"] * neg + parts[1:] + subject[1:] + phrases)
    return None


def _statement(words: list[str]) -> str:
    """A clause said, not asked, its verb after its subject: "Rudd § said", "WhatsApp for·terrorists place is"."""
    if len(words) > 2 and words[-1] in _COPULA and words[0][:1].isupper():
        subject, phrases = _subject(words[1:-1])
        return " ".join([words[0], words[-1], *subject, *phrases])
    if "§" in words and words[0] != "§" and (_base(words[-1].split("·")[0]) or words[-1].split("·")[0] in _MODALS):
        doer, objects, phrases, _ = _roles(words[:-1])
        return " ".join([*doer, words[-1], *objects, *phrases])
    return " ".join(words)


def _gujarati_order(glossed: str) -> str:
    """A Gujarati question glossed word for word, in English order where that is clear ("Rudd § about·WhatsApp
    what said?" → "what did Rudd say about WhatsApp?"); a phrase ("about·WhatsApp") or an adverb goes last."""
    m = re.match(r"^(.*?)(\s*(?:[?!,]|\.(?=\s*$)|$).*)$", glossed, re.S)
    body, tail = m.group(1).strip(), re.sub(r"\s*[§¤]", "", m.group(2))
    # "... or not", "... or rented" said last
    ornot = re.search(r"\s+or\s+((?:\S+\s+)?\S+)$", body)
    body = _joined_asked(body[:ornot.start()] if ornot else body)
    body, _, said = body.partition(" that ")
    clauses = []
    for clause in re.split(r"\s+and\s+(?=.*?(?<![\w'’-])%s)" % _ASK_WORDS, body):
        # (an adverb goes last: "pehla Masood kya rehto hato?": where did Masood live earlier)
        words = clause.split()
        adverbs, words = [w for w in words if w in _ADVERBS], [w for w in words if w not in _ADVERBS]
        asks = re.search(r"(?<![\w'’-])%s" % _ASK_WORDS, clause)
        out = _compose(words) if asks else None if re.search(r"\b%s\b" % _ASK_WORDS, said) else _whether(words)
        if out is None and asks and clauses:
            # a clause after "ane" (and) leaves its subject out: "... ane kya rehto hato?" (and where did he live)
            out = _compose(["he", *words])
        clauses.append(" ".join([out, *adverbs]) if out else _statement(words + adverbs))
    out = " and ".join(clauses) + (f" that {_statement(said.split())}" if said else "") + (
        f" or {ornot.group(1)}" if ornot else "")
    out = re.sub(r"\s{2,}", " ", " ".join(w for w in out.split() if w not in "§¤").replace("·", " ")).strip()
    out = re.sub(r"\b(have|had|has)\s+(?=criminal record\b)", r"\1 a ", _BARE.sub(r"\1 the ", out))
    return out.replace("make of the ", "make of ").replace("is the names", "are the names") + tail


GUJARATI = Language(_GUJARATI_IDIOMS, _GUJARATI, _GUJARATI_DROPPED, _GUJARATI_MARK, reorder=_gujarati_order,
                    shared=_GUJARATI_SHARED, opening=_GUJARATI_OPENING)
