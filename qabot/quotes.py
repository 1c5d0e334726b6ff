"""Rule-based extraction of attributed statements (who said what) from news text.

The approach, in order:

1. The text is cut into paragraphs (lines) and each paragraph into *units*: sentences that are
   never split inside a quotation, so ``"A. B," she said.`` is one unit.
2. Quotations are located per paragraph (curly pairs, straight marks toggling; an unclosed quote
   runs to the end of its paragraph, the newspaper convention for multi-paragraph quotes).
3. In every unit, *cues* (said, told, according to, argued, believes, ...) are found outside
   quotations. Each cue is read with a few clause patterns:
     A  ``CONTENT, SOURCE said [in a statement].`` / ``CONTENT, said SOURCE.``  (content first)
     B  ``SOURCE said [that] CONTENT.`` / ``SOURCE said: "CONTENT"``           (content after)
     D  ``"CONTENT1," SOURCE said, "CONTENT2."``                                (split quote)
     and ``according to SOURCE`` before or after its content.
4. Units that are only quotation and carry no cue continue the previous statement (also into the
   next paragraph), and a paragraph ending in ``X said:`` takes the next paragraph as content.
   Remaining quotations become statements of their own, attributed to the last speaker nearby.
5. Speakers are resolved over the whole article: a surname to the fullest name it ends, a pronoun
   to the most recent compatible name, a role ("the Home Secretary") to the name written next to
   that role, keeping the role as ``speaker_description``.

Everything is regular expressions and small word lists, so it runs at hundreds of articles a
second. Every span is checked against the text before it is returned.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from qabot.models import Span, Statement

__all__ = ["extract_statements", "statements_to_json"]

# ---------------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------------

def _forms(lemma: str) -> set[str]:
    """Regular inflections of a verb: argue -> argue, argues, argued, arguing."""
    if lemma.endswith("ee"):
        return {lemma, lemma + "s", lemma + "d", lemma + "ing"}
    if lemma.endswith("e") and not lemma.endswith("ye"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    if re.fullmatch(r".*[^aeiou][aeiou][bdgmnprt]", lemma) and lemma not in _NO_DOUBLING:
        # Stress is not visible in spelling ("rebut" doubles, "remember" does not): keep both.
        return {lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing",
                lemma + "ed", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "ed", lemma + "ing"}


_NO_DOUBLING = frozenset({"wonder", "liken", "consider", "favor", "bemoan", "counter", "answer", "threaten", "question", "mention", "reiterat", "offer", "visit", "credit", "listen", "happen"})

# Verbs of saying and reporting: they introduce a statement with or without quotation marks.
SPEECH_LEMMAS = """
add tweet retweet note argue explain claim insist warn urge suggest state declare acknowledge
admit concede recall reply respond observe remark stress emphasize predict promise vow pledge
assert contend counter complain joke quip wonder confirm deny reveal disclose estimate conclude
caution lament boast brag tout reiterate repeat mention announce report ask cite describe accuse
criticize blast slam praise defend dismiss reject question blame decry denounce condemn mock
deride lambaste rail assail rebuke liken reference refer point speculate comment recount shout
yell chant indicate signal hint imply allege inform assure remind testify answer demand endorse
agree disagree oppose call proclaim attack applaud highlight invoke label portray forecast
propose recommend threaten thank challenge tease acknowledge scoff sneer grumble muse interject
concur emphasise criticise clarify advise plead pledge insinuate characterize dub brand
bemoan retort retaliate exhort opine exclaim whisper gush snipe vent demur remember marvel rant
scold chide fume bristle lecture chime lash balk
"""
# Irregular and extra forms.
SPEECH_EXTRA = """
said says say saying told tells tell telling wrote writes write writing written posted
continued continues continuing read reads
"""

# Verbs of thinking, wanting and finding: annotators attribute these too (beliefs, polls).
BELIEF_LEMMAS = """
believe fear hope worry expect doubt want consider regard view suspect assume realize recognize
favor prefer insist show decline refuse express voice echo
"""
BELIEF_EXTRA = """
thinks think thought feels feel felt knows know knew sees see saw found finds find shown
"""

SPEECH = frozenset(set().union(*(_forms(w) for w in SPEECH_LEMMAS.split())) | set(SPEECH_EXTRA.split())) - {"state", "states"}
BELIEF = frozenset(set().union(*(_forms(w) for w in BELIEF_LEMMAS.split())) | set(BELIEF_EXTRA.split())) - SPEECH
ALL_CUES = SPEECH | BELIEF
# Base forms ("critics argue", "polls show") and forms that are as often nouns ("his comments",
# "new reports", "a phone call") count only after a subject-like word or before "that".
BASE_FORMS = frozenset(SPEECH_LEMMAS.split()) | frozenset(BELIEF_LEMMAS.split()) | frozenset(
    "say tell write think feel know see find".split())

# Multi-word cues tried before single verbs.
PHRASE_CUES = (
    r"according\s+to",
    r"pointed\s+out",
    r"has\s+learned",
    r"have\s+learned",
    r"said\s+in\s+a\s+statement",
    r"called\s+(?:for|on)",
    r"calls?\s+(?:for|on)",
    r"calling\s+(?:for|on)",
    r"puts?\s+it",
)

# Words allowed between a source and its cue ("Trump also said", "she has repeatedly argued").
SKIP_WORDS = frozenset("""
also has have had is was were are be been would will could may might should can did does do not
never then later previously recently once first again still even just already now reportedly
further often frequently publicly privately simply initially originally since quickly flatly
repeatedly always long earlier has've
""".split())

# Words at which a source noun phrase stops when read leftwards from its cue.
LEFT_STOP = frozenset("""
that and but because if when while as after before since so though although where whether than
or nor unless until whereas whom whose what how why in on at to for with by from of about into
over under during against without within
""".split())

# Relative pronouns that annotators mark as the source itself ("Smith, who said ...").
RELATIVE = frozenset({"who", "which", "that"})

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
MALE = frozenset({"he", "him", "his"})
FEMALE = frozenset({"she", "her", "hers"})
PLURAL = frozenset({"they", "them", "their"})

# Words that begin a trailing adverbial after a cue: "..., she said in a statement on Tuesday."
TAIL_START = frozenset("""
in on at to during from of after before last this earlier late via while when as about
monday tuesday wednesday thursday friday saturday sunday yesterday today tonight recently later
""".split())

# Titles that precede names and are dropped from the speaker's name.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "lady"})

# Capitalised words that are not names when they start a sentence or a name run.
NOT_NAMES = frozenset("""
The A An And But Or If In On At To For Of By With From As When While After Before Since That
This These Those There Their They He She It We I You His Her Its Our My Your Who What Why How
Where Which Mr Mrs Ms Dr So Yet Also Then Now Still However Although Though Because During
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Last Next Earlier Later According Meanwhile
Several Many Some Most Few All Both Other Others Another One Two Three Four Five Each Every Even Only Just Not No
""".split())

# Role words: "Home Secretary Amber Rudd", "the president", "campaign manager Kellyanne Conway".
ROLE_WORDS = frozenset("""
president secretary minister senator sen rep representative governor gov congressman
congresswoman chairman chairwoman chair spokesman spokeswoman spokesperson leader director
manager chief adviser advisor aide candidate nominee mayor judge justice attorney general
speaker ambassador commissioner chancellor premier prime home foreign vice deputy campaign
former executive officer founder ceo host anchor co-anchor professor analyst strategist pollster
strategist economist lawyer counsel press
""".split())

COMMON_FEMALE_NAMES = frozenset("""
amber hillary theresa nancy elizabeth sarah kellyanne melania ivanka michelle carly huma donna
debbie jill hope mary patricia jennifer linda barbara susan jessica margaret karen lisa betty
dorothy sandra ashley kimberly emily laura rebecca anna katherine kate catherine christine
samantha rachel nicole angela helen ruth maria heather diane julie joyce victoria kelly megyn
chelsea condoleezza janet loretta sheryl tammy kirsten claire dianne maxine marsha nikki jan
susana ann anne jane kathleen amy emma olivia sophia isabella grace alice ruth
""".split())

QUOTE_OPEN = "\u201c"
QUOTE_CLOSE = "\u201d"
QUOTE_CHARS = '"\u201c\u201d'

_WORD = re.compile(r"''|[A-Za-z](?:[\w.\-]|['\u2019](?=\w))*|\d(?:[\w%]|[.,](?=\d))*|[^\w\s]")
# Cue candidates: a multi-word phrase, else any single word (looked up in the sets, which is much
# faster than one huge alternation).
_PHRASE_RE = re.compile(r"\b(?:" + "|".join(PHRASE_CUES) + r")\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z]+")
_ABBREV = frozenset("""
mr mrs ms dr sen rep gov gen lt col sgt st jr sr inc co corp ltd vs no prof rev capt cmdr adm
maj jan feb mar apr jun jul aug sep sept oct nov dec ariz calif colo conn fla ga ill ind kan ky
la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo d r i u.s
""".split())
_NAME_RUN = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Adm|Maj|Capt)\.[^\S\n]+)?"
    r"[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:[A-Z][a-z\u00e0-\u00ff]+)?(?:-[A-Z]?[a-z\u00e0-\u00ff'\u2019]+)*(?:[^\S\n]+(?!(?:U\.[SNK]|E\.U|D\.C|N\.Y|L\.A)\.)(?:[A-Z]\.)+)*"
    r"(?:[^\S\n]+(?:de|van|von|da|del|la|le|al|bin)?[^\S\n]*[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:[A-Z][a-z\u00e0-\u00ff]+)?(?:-[A-Z]?[a-z\u00e0-\u00ff'\u2019]+)*)*"
    r"(?:[^\S\n]+(?:Jr|Sr)\.?)?"
)


# ---------------------------------------------------------------------------------------------
# Data structures
# ---------------------------------------------------------------------------------------------

@dataclass
class _Unit:
    """A sentence-like stretch of one paragraph, never cut inside a quotation."""

    start: int
    end: int
    para: int
    quotes: list[tuple[int, int]]


@dataclass
class _Draft:
    """A statement before speaker resolution; spans are (start, end) pairs."""

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    unit: int
    strong: bool = True
    open_colon: bool = False  # "X said:" at the end of a paragraph, content follows
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Segmentation
# ---------------------------------------------------------------------------------------------

def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\r\n]+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        if text[a:b].strip():
            out.append((a, b))
    return out


def _quotes_in(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Quotation spans (marks included) in text[a:b]; an unclosed quote runs to b.

    Curly marks pair up; straight marks (and the doubled apostrophe some papers use) toggle.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    i = a
    while i < b:
        ch = text[i]
        width = 2 if text.startswith("''", i) else 1
        if ch == QUOTE_OPEN:
            if open_at is None:
                open_at = i

        elif ch == QUOTE_CLOSE:
            if open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
        elif ch == '"' or width == 2:
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i + width))
                open_at = None
        i += width
    if open_at is not None and b - open_at > 2:
        spans.append((open_at, b))
    return spans


def _starts_quote(text: str, i: int) -> bool:
    return text[i] in QUOTE_CHARS or text.startswith("''", i)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < pos < e - 1 or s == pos for s, e in spans)


_SUBJECT_WORDS = frozenset("he she they it we i the a an his her their its this that".split())


def _attribution_follows(text: str, pos: int, b: int) -> bool:
    """True when text[pos:] opens with a short ``SOURCE said`` clause (a name or pronoun, then a
    verb of saying), which attaches to the quotation before it rather than starting a sentence."""
    m = re.match(r"[^.!?\"\u201c\u201d;:]{0,80}", text[pos:b])
    words = re.findall(r"[\w'\u2019\-]+|,", m.group() if m else "")[:7]
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in SPEECH and w.islower():
            # 'He said.' / 'Trump asked the crowd.' but not 'He said the FBI has not ...'
            rest = re.match(r"[^.!?\"\u201c\u201d;:,]*", text[pos:b][text[pos:b].find(w) + len(w):])
            n = len(re.findall(r"[\w'\u2019]+", rest.group()))
            first = re.match(r"\s*(\w+)", rest.group())
            if lw in OBJECT_VERBS and n <= 8 and not re.search(r"\bthat\b", rest.group()):
                # '"..." Renteria told reporters during Tuesday's call.'
                return k > 0
            # 'Trump said to a crowd of about 500.': a setting after the cue, not new content.
            setting = bool(first) and first.group(1).lower() in TAIL_START and n <= 12 \
                and not re.search(r"\bthat\b", rest.group())
            return k > 0 and (n <= 5 or setting)
        if w == ",":
            # '"..." Miller, a retired worker from a plant, said pleasantly into the phone.'
            app = re.match(r"[^.!?\"\u201c\u201d;:,]{2,80},\s+(?:[a-z]+\s+)??([a-z]+)\b([^.!?\"\u201c\u201d;:,]*)",
                           text[pos:b][text[pos:b].find(",") + 1:])
            return k > 0 and app is not None and app.group(1) in SPEECH and \
                len(re.findall(r"[\w'\u2019]+", app.group(2))) <= 5
        if not (w[:1].isupper() or lw in _SUBJECT_WORDS or lw in SKIP_WORDS or lw in ROLE_WORDS):
            return False
    return False


def _units(text: str, para_idx: int, a: int, b: int, quotes: list[tuple[int, int]]) -> list[_Unit]:
    """Split a paragraph into sentences, but never inside a quotation."""
    cuts = [a]
    for m in re.finditer(r"[.!?]+[\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018'(]*[A-Z0-9])", text[a:b]):
        pos = a + m.end()
        dot = a + m.start()
        closed = a + m.end() - (len(m.group()) - len(m.group().rstrip()))
        if any(s < dot and e > closed for s, e in quotes):
            continue  # the period belongs to quoted speech that continues
        if closed > dot and text[closed - 1] in QUOTE_CHARS and _attribution_follows(text, pos, b):
            continue  # "Why not?" Clinton asked.  -- the attribution belongs to the quotation
        word = re.search(r"([\w.]+)$", text[a:dot])
        if word and text[dot] == ".":
            w = word.group(1).lower()
            if w in _ABBREV or re.fullmatch(r"[a-z]", w) or "." in w:
                continue
        cuts.append(pos)
    cuts.append(b)
    units = []
    for s, e in zip(cuts, cuts[1:]):
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            units.append(_Unit(s, e, para_idx, [q for q in quotes if q[0] >= s and q[0] < e]))
    return units


# ---------------------------------------------------------------------------------------------
# Span helpers
# ---------------------------------------------------------------------------------------------

def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Drop surrounding blanks and separating punctuation, keeping quotation marks."""
    while s < e and (text[s].isspace() or text[s] in ",;:\u2014\u2013-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.\u2014\u2013-!?)"):
        if text[e - 1] in "!?" and e - 2 >= s and text[e - 2] not in ",;:. ":
            break
        e -= 1
    if s < e and text[s] in "(" and ")" not in text[s:e]:
        s += 1
    if e - s < 2 or not re.search(r"\w", text[s:e]):
        return None
    return s, e


def _words(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(s + m.start(), s + m.end(), m.group()) for m in _WORD.finditer(text[s:e])]


def _nwords(text: str, s: int, e: int) -> int:
    return len(re.findall(r"\w+", text[s:e]))


_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", '"', "''", QUOTE_OPEN, QUOTE_CLOSE, "\u2014", "\u2013", "[", "]"})
_DETERMINERS = frozenset("""
a an the his her their its this that these those our my your some any every each no
""".split())
# Trailing time or setting phrases between a subject and its cue: "Trump on Tuesday said".
_TIME_TAIL = re.compile(
    r"(?:,?\s+(?:on|last|this|earlier|late|in|at|during|over)\s+(?:an?\s+|the\s+|this\s+|last\s+|his\s+|her\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|"
    r"month|year|night|morning|afternoon|evening|statement|interview|speech|tweet|email|rally|debate|"
    r"call|conference|letter|post)s?"
    r"|,?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight))\s*,?\s*$",
    re.IGNORECASE,
)


# Words after which a new clause (and so a new subject) begins.
_CLAUSE_WORDS = frozenset("that and but because while although though as so when if".split())


def _skip_back(toks: list[tuple[int, int, str]], i: int) -> int:
    """Step left over adverbs and auxiliaries between a subject and its verb."""
    while i >= 0:
        w = toks[i][2]
        if (w.lower() in SKIP_WORDS and not w[:1].isupper()) or (w.endswith("ly") and w.islower() and len(w) > 4):
            i -= 1
        else:
            break
    return i


def _np_back(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """Index of the first token of the noun phrase that ends at ``toks[j]``."""
    end = j
    first: int | None = None
    while j >= 0:
        w = toks[j][2]
        lw = w.lower()
        if w == ")":
            # Step over a parenthetical such as "(D-Md.)": it belongs to the phrase.
            k = j
            while k >= 0 and toks[k][2] != "(":
                k -= 1
            if k < 0:
                break
            j = k - 1
            continue
        if not (re.match(r"[\w%$]", w) or w in {"&", "-", "."}):
            break
        if w.islower() and lw in ALL_CUES and lw not in BASE_FORMS:
            break  # "said he hopes": another verb of saying ends the phrase
        if lw in LEFT_STOP:
            if lw == "and" and first is not None and j > 0 and toks[j - 1][2][:1].isupper() \
                    and toks[first][2][:1].isupper():
                first, j = j, j - 1
                continue
            if lw == "of" and first is not None:
                first, j = j, j - 1
                continue
            if lw in RELATIVE and first is None:
                first = j
            break
        first, j = j, j - 1
        if end - first >= 11:
            break
    while first is not None and first <= end and toks[first][2].lower() in {"of", "and"}:
        first += 1
    if first is None or first > end:
        return None
    if toks[end][2].lower() in _DETERMINERS and toks[end][2].lower() not in RELATIVE:
        return None
    return first


def _left_source(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase just left of a cue, read back to a clause boundary.

    Handles "Smith said", "Smith also said", "Trump on Tuesday said", "who said", and one or two
    appositives: "Hans Schellnhuber, the director of the institute, said".
    """
    m = _TIME_TAIL.search(text, lo, cue_start)
    if m and m.group().rstrip().endswith(",") and not m.group().startswith(","):
        m = None  # "Cruz, who has proposed it over five years, said": an appositive, not a time
    if m and m.start() > lo:
        cue_start = m.start()
    toks = _words(text, lo, cue_start)
    i = _skip_back(toks, len(toks) - 1)
    if i < 0:
        return None
    if toks[i][2] != ",":
        f = _np_back(toks, i)
        if f is None or not re.search(r"\w", text[toks[f][0]:toks[i][1]]):
            return None
        return toks[f][0], toks[i][1]
    k = i
    for _ in range(4):
        j = k - 1
        while j >= 0 and toks[j][2] not in _CLAUSE_PUNCT:
            j -= 1
        if j <= 0 or toks[j][2] != ",":
            return None
        f = _np_back(toks, j - 1)
        if f is not None and any(t[2][:1].isupper() for t in toks[f:j]) and \
                (f == 0 or toks[f - 1][2] in _CLAUSE_PUNCT or toks[f - 1][2].lower() in _CLAUSE_WORDS):
            return toks[f][0], toks[i - 1][1]
        k = j
    return None


# Words that open a scene-setting phrase before the subject: "Amid the protests, ...".
_OPENERS = frozenset("earlier later last then amid outside inside despite following shortly".split())


def _clause_subject(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The subject at the start of the clause, for "Trump ..., saying" and "X did Y and said"."""
    toks = _words(text, lo, cue_start)
    # A dateline: "DECATUR, Ill. — Sen. Ted Cruz ...", "Washington (AFP) – Hillary Clinton ...".
    for k in range(min(len(toks), 8)):
        if toks[k][2] in {"\u2014", "\u2013", "--"} and k > 0 and toks[0][2][:1].isupper() and \
                not any(t[2] in QUOTE_CHARS for t in toks[:k]):
            toks = toks[k + 1:]
            break
    i = 0
    while i < len(toks) and (toks[i][2] in QUOTE_CHARS or toks[i][2].lower() in {"but", "and", "so", "yet", "still", "however", "meanwhile", ","}):
        i += 1
    # An opening adverbial ends at the first comma: "At a meeting Tuesday, some senators vented".
    if i < len(toks) and (toks[i][2].lower() in LEFT_STOP | _OPENERS or (
            toks[i][2].lower().endswith("ing") and toks[i][2].lower() not in {"king", "sterling", "during"})) \
            and any(t[2] == "," for t in toks[i:]):
        while i < len(toks) and toks[i][2] != ",":
            i += 1
        i += 1
    else:
        # "Eight years ago, he supported Obama and said": a short opening phrase, then a pronoun.
        k = next((k for k in range(i, min(len(toks), i + 6)) if toks[k][2] == ","), None)
        if k is not None and k + 1 < len(toks) and toks[k + 1][2].lower() in {"he", "she", "they", "we", "i"}:
            i = k + 1
    if i >= len(toks):
        return None
    w = toks[i][2]
    if w.lower() in PRONOUNS:
        return toks[i][0], toks[i][1]
    nm = _NAME_RUN.match(text, toks[i][0])
    if nm and w not in NOT_NAMES:
        return nm.start(), nm.end()
    j = i
    while j < len(toks) and j - i < 5:
        lw = toks[j][2].lower()
        if j > i and (not re.match(r"\w", lw) or lw in ALL_CUES or lw in SKIP_WORDS or
                      (lw.endswith("ed") and toks[j][2].islower())):
            break
        j += 1
    if j == i:
        return None
    return toks[i][0], toks[j - 1][1]


def _right_source(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue: ``said Smith, a professor at Yale.``"""
    m = re.match(r"\s*([^,;:\u2014(\"\u201c]+)", text[s:e])
    if not m:
        return None
    a, b = s + m.start(1), s + m.end(1)
    for dot in re.finditer(r"\.(?=\s|$)", text[a:b]):
        word = re.search(r"(\w+)$", text[a:a + dot.start()])
        if not word or (word.group(1).lower() not in _ABBREV and len(word.group(1)) > 1):
            b = a + dot.start()
            break
    words = text[a:b].split()
    if not words:
        return None
    first = words[0]
    if not (first[:1].isupper() or first.lower() in {"the", "a", "an", "one", "his", "her", "their",
                                                      "its", "he", "she", "they"}
            or any(w[:1].isupper() for w in words[1:6])):
        return None
    if first.lower() in TAIL_START or first in NOT_NAMES - {"The", "A", "An", "He", "She", "They", "His", "Her", "Their", "Mr", "Mrs", "Ms", "Dr"}:
        return None
    rel = next((k for k, w in enumerate(words) if k > 0 and w in {"who", "whose"}), None)
    if rel is not None:
        # "said Sen. Jim Whelan who represents Atlantic City": the relative clause is part of
        # the source; only the words before it must look like a name.
        words = words[:rel]
    if len(words) > 12:
        return None
    if any(w in _AUX for w in words) or text[b:b + 1] in QUOTE_CHARS:
        return None  # "..., said Carson had been led astray by "insiders"": a clause, not a name
    return _trim(text, a, b)


_AUX = frozenset("is was were are has had have would will could should can did does do may might".split())


# ---------------------------------------------------------------------------------------------
# Reading one cue
# ---------------------------------------------------------------------------------------------

# Forms that are as often nouns as verbs: "his comments", "new reports".
NOUNISH = BASE_FORMS | frozenset("""
comments questions views reports claims promises notes demands signals answers estimates shows
hints fears hopes worries doubts counters statements calls points attacks labels rails chants
posts tweets vows pledges jokes quips references remarks thanks attacks reports written
""".split())
# Verbs that only report speech when a quotation or colon follows ("continued his push" is not).
NEEDS_QUOTE = frozenset({"continued", "continues", "continuing", "posted", "read", "reads"})
# Verbs whose object comes before the content: "told reporters that ...", "asked him whether".
OBJECT_VERBS = frozenset("""
told tells telling tell asked asks asking urged urges urging warned warns reminded reminding
assured informed
""".split())
_SEPARATOR_END = (",", '"', QUOTE_CLOSE, "''", "\u2014", "\u2013", "--", ":")


# "called the system “rotten to the core”": a quotation within a few words of the verb.
_CALLED_QUOTE = re.compile(r"(?:\s+[\w'\u2019\-.]+){0,6}?\s+[\"\u201c]")


_RARE_VERB = r"(?:[a-z]{2,}ed(?:\s+(?:back|in|on|up))?|went\s+on|shot\s+back|cut\s+in|broke\s+in|began|spoke|sang)"
_AFTER_QUOTE = re.compile(
    r"\s+(?:(?P<s>he|she|they|I|we|(?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*)\s+(?P<v>" + _RARE_VERB
    + r")\b(?=\s*[,.;:\u2014]|\s+(?:and|as|in|on|at|to|after|before|while|when|during|from|with|via|"
    r"before|back|again|[A-Z]\w*)\b|\s*$)"
    r"|(?P<v2>" + _RARE_VERB + r")\s+(?P<n>[A-Z][\w'\u2019\-]*))")
# Verbs after a quotation that do not report it.
_NOT_SAYING = frozenset("""
used appeared happened showed referenced included added titled named labeled entitled headlined
""".split())


def _find_cues(text: str, unit: _Unit) -> list[tuple[int, int, str]]:
    cues = []
    phrases = list(_PHRASE_RE.finditer(text, unit.start, unit.end))
    singles = [m for m in _WORD_RE.finditer(text, unit.start, unit.end)
               if m.group().lower() in ALL_CUES and not any(p.start() <= m.start() < p.end() for p in phrases)]
    for m in sorted(phrases + singles, key=lambda m: m.start()):
        if _inside(m.start(), unit.quotes):
            continue
        word = re.sub(r"\s+", " ", m.group().lower())
        # Capitalised cue words mid-sentence are usually names or titles ("Says", "Reports").
        if m.group()[0].isupper() and m.start() != unit.start and word != "according to" and \
                not re.search(r"(?:^|[,\"\u201d'])\s*$", text[unit.start:m.start()]):
            continue
        prev = re.search(r"([\w'\u2019\-]+)\W*$", text[unit.start:m.start()])
        prev_word = prev.group(1).lower() if prev else ""
        # "a confirmed report", "the reported deal": adjectives, not cues.
        adjacent = prev is not None and not text[unit.start + prev.end(1):m.start()].strip()
        if prev_word in _DETERMINERS and prev_word not in RELATIVE and word != "according to" and adjacent:
            continue
        after = text[m.end():m.end() + 40]
        if prev_word.endswith(("-", "'s", "\u2019s")) and word in NOUNISH | {"called", "reported", "expected"}:
            continue  # "so-called", "Trump's remarks"
        if word == "pledged" and re.match(r"\s+delegate", after):
            continue
        if word in {"put it", "puts it"} and not re.match(r"\s*(?:[,.:;\u2014]|this\s+way|$)", after):
            continue  # "as Smith put it, ..." but not "put it on the table"
        if word == "called" and (re.match(r"\s+into\b", after) or not (
                prev is None or prev.group(1)[:1].isupper() or prev_word in PRONOUNS | RELATIVE | SKIP_WORDS
                or (prev_word in {"and", "but"} and _CALLED_QUOTE.match(text, m.end(), unit.end))
                or prev.group(1)[-1:] in ",\"" or text[m.start() - 2:m.start()].strip() in {",", '"', QUOTE_CLOSE})):
            continue  # "a program called BleachBit"
        if word in NOUNISH and not re.match(r"\s*(?:that\b|:|,?\s*[\"\u201c])", after) and \
                not (prev and (prev.group(1)[:1].isupper() or prev_word in PRONOUNS | RELATIVE | SKIP_WORDS
                               or (prev_word.endswith("s") and prev_word not in LEFT_STOP | _DETERMINERS))):
            continue
        if word in NEEDS_QUOTE and not re.match(r"\s*[,:]?\s*[\"\u201c]|\s*:", after) and \
                not re.search(r"[,\"\u201d]\s*[\w.' ]{0,40}$", text[unit.start:m.start()]):
            continue
        cues.append((m.start(), m.end(), word))
    # Any verb right after a quotation closed by a comma attributes it, rare verbs included:
    # '"Go back to Univision," Trump barked', '"...," Hannity pressed', '"...," reacted Trump'.
    for q in unit.quotes:
        if q[1] - 2 < unit.start or text[q[1] - 2] not in ",?!" or text[q[1] - 1] not in QUOTE_CHARS:
            continue
        m = _AFTER_QUOTE.match(text, q[1], unit.end)
        if m is None:
            continue
        g = "v" if m.group("v") else "v2"
        if any(c[0] <= m.start(g) < c[1] or m.start(g) <= c[0] < m.end(g) for c in cues):
            continue
        subj = m.group("s") or m.group("n")
        verb = re.sub(r"\s+", " ", m.group(g))
        if subj.split()[0] in NOT_NAMES - {"He", "She", "They", "I", "We"} or verb in _NOT_SAYING:
            continue
        cues.append((m.start(g), m.end(g), verb))
        cues.sort()
    return cues


def _content_after(text: str, s: int, e: int, cue_word: str) -> tuple[int, int] | None:
    """Reported or quoted content to the right of a cue, up to the end of the unit."""
    seg = text[s:e]
    if cue_word.split()[0] in OBJECT_VERBS:
        # "told reporters that ...", "told CNN: ..." -> start after the object.
        m = re.match(r"[^\"\u201c,:;.]{0,60}?\b(that)\b|[^\"\u201c,:;.]{0,60}?([:,])\s*(?=[\"\u201c])", seg)
        if m:
            s = s + (m.end(1) if m.group(1) else m.end(2))
    else:
        m = re.match(r"\s*(?:that\b|:|,)", seg)
        if m:
            s += m.end()
        else:
            # "said on CNN that ...", "said Friday that ...": a setting before the content.
            m = _SETTING_THAT.match(seg)
            if m:
                s += m.end()
    return _trim(text, s, e)


_SETTING_THAT = re.compile(
    r"\s*(?:(?:on|in|at|during|to|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|yesterday|today|recently)\b)[^,;:\"\u201c\u201d.]{0,50}?\bthat\b", re.IGNORECASE)


def _tail_is_adverbial(text: str, ce: int, ue: int, word: str, body_end: int | None = None) -> bool:
    """After a content-first cue only a setting may follow: "in a statement", "on Tuesday".

    After a quotation closed by a comma (``"...," she told CNN when asked ...``) anything may.
    """
    if body_end is not None and re.search(r"[,?!][\"\u201d]\s*$", text[:body_end][-4:]):
        return True
    tail = re.split(r"[,;\u2014]|--", text[ce:ue], maxsplit=1)[0] if text[ce:ue].strip()[:1] not in ",;" else text[ce:ue]
    stripped = tail.strip()
    if not stripped or stripped[0] in ",;.!?" or stripped[:1] in QUOTE_CHARS:
        return True
    words = re.findall(r"[\w'\u2019]+", tail)
    if not words:
        return True
    if words[0].lower() in TAIL_START or len(words) <= 2:
        return True
    if word.split()[0] in OBJECT_VERBS and len(words) <= 8 and "that" not in (w.lower() for w in words):
        return True
    return False


def _continuation(text: str, unit: _Unit, ce: int) -> tuple[int, int] | None:
    """D: the quotation resumes after the cue: ``"A," she said, "B."``."""
    m = re.match(r"[^\"\u201c]{0,80}?[,:;]\s*(?=[\"\u201c]|'')", text[ce:unit.end])
    if m and any(w.lower().endswith("ing") and w.lower() in SPEECH for w in re.findall(r"[A-Za-z]+", m.group())):
        return None  # '"A," she said, adding, "B."': the second quotation has a cue of its own
    if m and any(q[0] == ce + m.end() for q in unit.quotes):
        return _trim(text, ce + m.end(), unit.end)
    return None


_BE = frozenset("was were is are be been being get gets got getting".split())
_PARTICIPLES = frozenset("said told written shown known thought found seen".split())


def _is_passive(left: str, word: str) -> bool:
    """ "was asked", "is widely expected", "When asked": a participle after a form of *be*."""
    w = word.split()[0]
    if not (w.endswith("ed") or w in _PARTICIPLES):
        return False
    if left.rstrip().endswith(_SEPARATOR_END):
        return False  # '"... will be," said Smith': the quotation ends before the cue
    words = re.findall(r"[\w']+", left.lower())[-4:]
    while words and (words[-1] in {"also", "not", "never", "widely", "repeatedly", "often", "later",
                                    "previously", "reportedly", "publicly", "privately", "first"}
                     or (words[-1].endswith("ly") and len(words[-1]) > 4)):
        words.pop()
    if not words:
        return False
    if words[-1] == "once" and re.search(r"\w\s+once\s*$", left, re.IGNORECASE):
        return False  # "Pacheco once said": an adverb, not "once asked"
    return words[-1] in _BE or (words[-1] in {"when", "if", "after", "once", "unless", "as"} and len(words) >= 1)


_INTRO_WORDS = frozenset("""
in on at after before during since for as when while last earlier later despite although if but
and though with without by from to under over this that
""".split())


def _is_intro(text: str, s: int, e: int) -> bool:
    """ "In a later vote, he warned": the words before the comma set the scene, they are not content."""
    seg = text[s:e]
    first = re.match(r"\W*(\w+)", seg)
    return bool(first) and (first.group(1).lower() in _INTRO_WORDS or (
        first.group(1).endswith("ing") and first.group(1)[:1].isupper())) and _nwords(text, s, e) <= 8 \
        and not any(q in seg for q in QUOTE_CHARS)


def _read_cue(text: str, unit: _Unit, cue: tuple[int, int, str], idx: int,
              earlier: list[_Draft], cues: tuple = ()) -> _Draft | None:
    cs, ce, word = cue
    us, ue = unit.start, unit.end
    strong = word.split()[0] in SPEECH or word in {"according to", "has learned", "have learned"}

    if word == "according to":
        return _read_according(text, unit, cs, ce, idx)

    left = text[us:cs].rstrip()
    lead = re.fullmatch(r"[\"\u201c\u201d'(]*(?:(?:And|But|In|While|After|When|Before)\s+)?", text[us:cs])
    if lead is not None and text[cs].isupper():
        d = _read_leading_cue(text, unit, cs, ce, word, idx, strong)
        if d is not None:
            return d
    if _is_passive(left, word):
        # "he was asked whether ...", "Trump is expected to ...": no source in the clause.
        content = _content_after(text, ce, ue, word)
        if content is None or _nwords(text, *content) < 2:
            return None
        return _Draft([content], (cs, ce), None, idx, strong)
    # --- A: content first, then "SOURCE said" or "said SOURCE" ---------------------------------
    src = _left_source(text, us, cs)
    source_a: tuple[int, int] | None = None
    body_end = None
    pre = text[us:src[0]].rstrip() if src is not None else ""
    if pre.endswith(" as") or pre.endswith(" As"):
        pre = pre[:-3].rstrip()  # '"...," as one aide put it.'
    if src is not None and pre.endswith(_SEPARATOR_END):
        source_a, body_end = src, us + len(pre)
    else:
        sep = None
        for sep in re.finditer(r",[\"\u201d]?|[\"\u201d]|''|\u2014|--", left):
            pass
        if sep is not None and text[us + sep.end():cs].strip():
            between = _trim(text, us + sep.end(), cs)
            if between and _nwords(text, *between) <= 12 and not any(q in text[between[0]:between[1]] for q in QUOTE_CHARS):
                toks = _words(text, *between)
                k = _skip_back(toks, len(toks) - 1)
                if k >= 0 and toks[0][2].lower() not in LEFT_STOP | {"it", "this", "there"} \
                        and toks[k][2].lower() not in LEFT_STOP and not (
                            toks[0][2].islower() and toks[0][2].endswith(("ed", "ing"))):
                    source_a, body_end = (toks[0][0], toks[k][1]), us + sep.end()
    if source_a is not None and body_end is not None and _is_intro(text, us, body_end) \
            and _nwords(text, ce, ue) >= 3:
        source_a = None  # "In a later vote, he warned that ...": a setting, not content
    if source_a is not None and body_end is not None and re.match(r"\s*[,:]?\s*[\"\u201c]", text[ce:ue]) \
            and not re.search(r"[\"\u201d]\W*$", text[us:body_end]):
        source_a = None  # "..., he said, "quote"": the content follows the cue
    if source_a is not None and body_end is not None and \
            (_nwords(text, us, body_end) >= 2 or _starts_quote(text, us)) and \
            _tail_is_adverbial(text, ce, ue, word, body_end):
        body = _trim(text, us, body_end)
        if body and body[0] == us and text[body[1] - 1] in QUOTE_CHARS:
            # "Trump asserted that ...: "France is no longer France," he claimed.": only the
            # quotation belongs to this cue, the words before it to the earlier one.
            q = next((q for q in unit.quotes if q[0] > us and q[1] >= body[1] - 1 and q[0] < body[1]), None)
            if q is not None and (text[us:q[0]].rstrip().endswith(":") or any(
                    c[0] < q[0] and c[0] != cs and c[2].split()[0] in SPEECH for c in cues)):
                body = _trim(text, q[0], body[1])
        if body:
            contents = [body]
            more = _continuation(text, unit, ce)
            if more is None and text[ce:ue].lstrip()[:1] == "," and not unit.quotes:
                # "The economy, he said, is strong."
                m3 = re.match(r"\s*,", text[ce:ue])
                more = _trim(text, ce + m3.end(), ue) if m3 else None
                if more and _nwords(text, *more) < 3:
                    more = None
            if more:
                contents.append(more)
            return _Draft(contents, (cs, ce), source_a, idx, strong)
    if left.endswith(_SEPARATOR_END) and (_nwords(text, us, cs) >= 2 or _starts_quote(text, us)) \
            and not word.endswith("ing") \
            and (word.split()[0] not in OBJECT_VERBS or re.search(r"[\"\u201d]\W*$", left)):
        # "..., said Smith, a professor at Yale." (inverted)
        inv = _right_source(text, ce, ue)
        body = _trim(text, us, us + len(left))
        if inv and body:
            contents = [body]
            more = _continuation(text, unit, ce)
            if more:
                contents.append(more)
            return _Draft(contents, (cs, ce), inv, idx, strong)

    # --- B: "SOURCE said (that) CONTENT" --------------------------------------------------------
    prev_word = re.search(r"([\w']+)\W*$", left)
    pw = prev_word.group(1).lower() if prev_word else ""
    if (word.endswith("ing") and left.endswith(",")) or pw in {"and", "but"} or src is None:
        main = earlier[0] if earlier and word.endswith("ing") and left.endswith(",") else None
        if main is not None and main.source and main.cue and main.cue[0] < cs and \
                not _overlaps(main.source, (cs, ce)) and main.strong:
            # ", saying ...": the subject of the sentence's first verb of saying, not of a
            # reported clause in between ("Carson said he saw ..., telling ...").
            src = main.source
        elif earlier and earlier[-1].source and (word.endswith("ing") or pw in {"and", "but"}):
            src = earlier[-1].source
        elif src is None or word.endswith("ing") or pw in {"and", "but"}:
            src = _clause_subject(text, us, cs)
    content = _content_after(text, ce, ue, word)
    if content is None:
        if re.match(r"\s*:\s*$", text[ce:ue]) and src:
            return _Draft([], (cs, ce), src, idx, strong, open_colon=True)
        return None
    if word == "called" and _CALLED_QUOTE.match(text, ce, ue):
        # "Trump called Cruz the "ultimate hypocrite," linking to ...": the name given is the
        # content; what follows the quotation is another clause.
        q = next((q for q in unit.quotes if content[0] <= q[0] < content[1]), None)
        if q is not None and q[1] < content[1]:
            content = _trim(text, content[0], q[1]) or content
    if _nwords(text, *content) < 2 and not (src and _starts_quote(text, content[0])):
        return None
    if src is None and not strong:
        return None
    return _Draft([content], (cs, ce), src, idx, strong)


_INVERTED_OPENERS = frozenset("said says added adds wrote writes explained noted recalled declared continued".split())


def _read_leading_cue(text: str, unit: _Unit, cs: int, ce: int, word: str, idx: int,
                      strong: bool) -> _Draft | None:
    """A cue that opens the sentence.

    ``Said Comey, "..."`` -- an inverted verb: the source follows, then the content.
    ``Citing "obligations in Tennessee," the spokeswoman told ...`` -- a participle whose content
    runs to the first comma and whose source is the subject of the main clause.
    """
    ue = unit.end
    if word.endswith("ing"):
        m = re.compile(r"[,\u2014]|--").search(text, ce, ue)
        if not m:
            return None
        # A comma inside a quotation that closes right after it still ends the phrase.
        end = m.start()
        nxt = m.end()
        if text[nxt:nxt + 1] in QUOTE_CHARS and _inside(nxt - 1, unit.quotes):
            nxt += 1
        content = _trim(text, ce, end if not _inside(end, unit.quotes) else nxt)
        if content is None or _nwords(text, *content) < 1:
            return None
        src = _clause_subject(text, nxt, ue)
        if src is None:
            return None
        return _Draft([content], (cs, ce), src, idx, strong)
    if word not in _INVERTED_OPENERS:
        return None
    src = _right_source(text, ce, ue)
    if src is None:
        return None
    q = next((q for q in unit.quotes if q[0] >= src[1]), None)
    if q is not None:
        content = _trim(text, q[0], ue)
    else:
        m = re.compile(r"\s*[,:]").match(text, src[1], ue)
        content = _trim(text, m.end(), ue) if m else None
    if content is None or _nwords(text, *content) < 2:
        return None
    return _Draft([content], (cs, ce), src, idx, strong)


def _read_according(text: str, unit: _Unit, cs: int, ce: int, idx: int) -> _Draft | None:
    us, ue = unit.start, unit.end
    m = re.match(r"\s*([^,;:\u2014]+)", text[ce:ue])
    if not m:
        return None
    src = _trim(text, ce + m.start(1), ce + m.end(1))
    if src is None:
        return None
    before = _trim(text, us, cs)
    if before and _nwords(text, *before) >= 2:
        return _Draft([before], (cs, ce), src, idx, True)
    after = _trim(text, src[1], ue)
    if after and _nwords(text, *after) >= 2:
        return _Draft([after], (cs, ce), src, idx, True)
    return None


# ---------------------------------------------------------------------------------------------
# Article-level assembly
# ---------------------------------------------------------------------------------------------

def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _unit_statements(text: str, unit: _Unit, idx: int) -> list[_Draft]:
    drafts: list[_Draft] = []
    cues = _find_cues(text, unit)
    for cue in cues:
        d = _read_cue(text, unit, cue, idx, drafts, cues)
        if d is not None:
            drafts.append(d)
    if len(drafts) < 2:
        return drafts
    # "X said ..., according to Reuters." / "..., the Times reported.": the trailing attribution
    # takes the whole sentence, the reported statement inside it included.
    outer = drafts[-1]
    if outer.cue and outer.source and outer.content and _is_outer_cue(text, outer.cue) \
            and outer.content[0][1] <= outer.cue[0] and outer.content[0][0] <= unit.start + 1 \
            and all(d.cue and d.cue[1] <= outer.content[0][1] for d in drafts[:-1]):
        return [outer]
    # A content-first statement ("..., X said.") bounds the content of earlier cues.
    kept: list[_Draft] = []
    for d in sorted(drafts, key=lambda d: (not d.strong, d.cue[0] if d.cue else 0)):
        clash = False
        for k in kept:
            if d.cue and any(_overlaps(d.cue, c) for c in k.content):
                clash = True
            if k.cue and any(_overlaps(k.cue, c) for c in d.content):
                # Clip the content so that it stops before the other cue's source.
                stop = min(x for x in [k.cue[0]] + ([k.source[0]] if k.source else []))
                new = []
                for c in d.content:
                    if c[0] < stop < c[1]:
                        t = _trim(text, c[0], stop)
                        if t:
                            new.append(t)
                    elif not _overlaps(c, k.cue):
                        new.append(c)
                d.content = new
        if d.content and not clash and not any(c1 == c2 for k in kept for c1 in k.content for c2 in d.content):
            kept.append(d)
        elif d.content and clash and d.strong and d.source:
            # A nested attribution ("X said Y told him ...") is annotated too.
            kept.append(d)
    return kept


_OUTER_CUES = frozenset({"according to", "reported", "reports"})


def _is_outer_cue(text: str, cue: tuple[int, int]) -> bool:
    return re.sub(r"\s+", " ", text[cue[0]:cue[1]].lower()) in _OUTER_CUES


def _only_quote(text: str, unit: _Unit) -> bool:
    """True when the unit is (almost) all quotation."""
    if not unit.quotes:
        return False
    inside = sum(e - s for s, e in unit.quotes)
    return _starts_quote(text, unit.start) and inside >= 0.8 * (unit.end - unit.start)


_LABEL_COLON = re.compile(r"(?:Q|A|[A-Z][\w.\-'\u2019]*(?:\s+[A-Z(][\w.\-'\u2019)]*){0,5})\s*:\s+(?=\S)")
_NOT_SPEAKER_LABELS = frozenset("""
note update photo photos related editor video watch read source sources image images credit
advertisement see also correction clarification disclosure
""".split())


def _colon_statement(text: str, units: list[_Unit], ui: int) -> _Draft | None:
    """Interview and transcript style: ``Q: ...``, ``TRUMP: ...``, ``Clinton: "..."``.

    The label must look like a speaker (Q/A, capitals, or a name) and the content runs to the end
    of the paragraph.
    """
    unit = units[ui]
    m = _LABEL_COLON.match(text, unit.start, unit.end)
    if not m:
        return None
    label = text[unit.start:m.end()].rstrip().rstrip(":").strip()
    words = label.lower().replace("'", " ").split()
    if not words or words[0] in _NOT_SPEAKER_LABELS or any(w in ALL_CUES for w in words):
        return None
    quoted = _starts_quote(text, m.end())
    name = _NAME_RUN.fullmatch(label)
    namelike = label in {"Q", "A"} or (label.isupper() and len(label) > 2) or \
        (name is not None and label.split()[0] not in NOT_NAMES)
    if not (namelike or quoted):
        return None
    para_end = max(u.end for u in units[ui:] if u.para == unit.para)
    if quoted:
        # 'Clinton: "..." Bush: "..."': a second label ends the first speaker's quotation.
        q = next((q for q in unit.quotes if q[0] == m.end()), None)
        nxt = re.compile(r"\s*").match(text, q[1]).end() if q is not None else para_end
        m2 = _LABEL_COLON.match(text, nxt, para_end) if nxt < para_end else None
        if m2 is not None and m2.end() < para_end and _starts_quote(text, m2.end()):
            para_end = q[1]
    content = _trim(text, m.end(), para_end)
    if content is None or (_nwords(text, *content) < 3 and not quoted):
        return None
    colon = text.index(":", unit.start + len(label))
    last = max(i for i in range(ui, len(units)) if units[i].para == unit.para and units[i].start < content[1])
    return _Draft([content], (colon, colon + 1), (unit.start, unit.start + len(label)), last, True)


def _colon_quote(text: str, unit: _Unit, ui: int) -> list[_Draft]:
    """A quotation introduced by a name and a colon inside a sentence, with no verb:
    ``The surge doesn't surprise pollster Daron Shaw: "..."``, ``More from the report: "..."``."""
    for q in unit.quotes:
        m = re.search(r":\s*$", text[unit.start:q[0]])
        if not m or m.start() == 0:
            continue
        colon = unit.start + m.start()
        before = text[unit.start:colon]
        if _inside(colon, unit.quotes) or re.search(r"[\"\u201c\u201d]\s*$", before):
            continue
        tail = re.search(r"(?:^|[.\u2014\u2013\-]\s|\b(?:[Ff]rom|by|surprise|surprises|is|was|[Hh]ere's|"
                         r"[Hh]ere\u2019s)\s)((?:the\s+)?[\w.'\u2019\-]+(?:\s+[\w.'\u2019\-]+){0,5})\s*$", before)
        if not tail:
            continue
        a, b = unit.start + tail.start(1), unit.start + tail.end(1)
        lead = re.match(r"(?:(?:[Mm]ore\s+)?[Ff]rom|[Hh]ere[\u2019']s|[Bb]y)\s+", text[a:b])
        if lead:
            a += lead.end()
        words = text[a:b].split()
        if not words or (words[0].lower() not in {"the", "a", "an"} and any(w.lower() in ALL_CUES for w in words)):
            continue
        # Keep a trailing name run ("Republican pollster Daron Shaw"), else the noun phrase.
        run = None
        for nm in _NAME_RUN.finditer(text, a, b):
            if text[nm.start():nm.end()].split()[0] not in NOT_NAMES:
                run = nm
        if run is not None:
            src = (run.start(), run.end())
        elif words[0].lower() in {"the", "a", "an"} and len(words) <= 4:
            src = (a, b)
        else:
            continue
        content = _trim(text, q[0], q[1])
        if content is None or _nwords(text, *content) < 3:
            continue
        return [_Draft([content], (colon, colon + 1), src, ui, True)]
    return []


_SIGNED = re.compile(r"\s*([\"\u201c\u201d].*[\"\u201d.!?])\s*([\u2015\u2014\u2013]|--)\s*([A-Z][^\n.!?]{1,60}?)\.?\s*$")


def _signed_quote(text: str, units: list[_Unit], ui: int) -> _Draft | None:
    """A paragraph that is a quotation signed with a dash: ``"..." ― Jane Doe``."""
    para = [u for u in units[ui:] if u.para == units[ui].para]
    a, b = para[0].start, para[-1].end
    m = _SIGNED.match(text[a:b])
    if not m:
        return None
    content = _trim(text, a + m.start(1), a + m.end(1))
    src = _trim(text, a + m.start(3), a + m.end(3))
    if content is None or src is None:
        return None
    return _Draft([content], (a + m.start(2), a + m.end(2)), src, ui + len(para) - 1, True)


def _para_start(units: list[_Unit], ui: int) -> int:
    i = ui
    while i > 0 and units[i - 1].para == units[ui].para:
        i -= 1
    return units[i].start


def _draft_statements(text: str, start: int, end: int) -> list[_Draft]:
    units: list[_Unit] = []
    for pi, (a, b) in enumerate(_paragraphs(text, start, end)):
        units.extend(_units(text, pi, a, b, _quotes_in(text, a, b)))

    drafts: list[_Draft] = []
    last: _Draft | None = None
    signed: dict[int, _Draft | None] = {}
    for ui, unit in enumerate(units):
        if unit.para not in signed:
            signed[unit.para] = _signed_quote(text, units, ui)
            if signed[unit.para] is not None:
                drafts.append(signed[unit.para])
                last = signed[unit.para]
        if signed[unit.para] is not None:
            continue
        if drafts and drafts[-1].unit > ui:
            continue  # consumed by a transcript-style statement
        lab = _LABEL_COLON.match(text, unit.start, unit.end)
        colon = _colon_statement(text, units, ui) if unit.start == _para_start(units, ui) or (
            lab is not None and lab.end() < unit.end and _starts_quote(text, lab.end())) else None
        found = [colon] if colon else _unit_statements(text, unit, ui)
        if not found:
            found = _colon_quote(text, unit, ui)
        if found:
            drafts.extend(found)
            # "'...,' X said when asked about Y. 'More.'": the quotation goes on with X, not
            # with the sourceless "asked".
            # A quotation that follows goes on with the last *quoted* statement, not with a
            # relative clause in between ('"...," said Pardo, who said he ... "More."').
            last = next((d for d in reversed(found) if d.source is not None and
                         any(_starts_quote(text, c[0]) for c in d.content)), None) or \
                next((d for d in reversed(found) if d.source is not None), found[-1])
            continue
        prev = last
        gap = ui - prev.unit if prev is not None else 99
        para_gap = unit.para - units[prev.unit].para if prev is not None else 99
        if prev is not None and prev.open_colon and gap <= 1:
            # "Trump said:" closing a paragraph: the next unit is what he said.
            c = _trim(text, unit.start, unit.end)
            if c:
                prev.content.append(c)
                prev.open_colon = False
                prev.unit = ui
            continue
        if _only_quote(text, unit):
            c = _trim(text, unit.start, unit.end)
            if c is None:
                continue
            direct_prev = prev is not None and any(_starts_quote(text, x[0]) for x in prev.content)
            if gap == 1 and para_gap <= 1 and direct_prev:
                # The quotation goes on after "…," she said.
                prev.content.append(c)
                prev.unit = ui
                continue
            d = _Draft([c], None, None, ui, False)
            if prev is not None and gap <= 2 and para_gap <= 1:
                # A quotation on its own belongs to the speaker just before it.
                d.extra["inherit"] = prev
            drafts.append(d)
            last = d
        elif text[unit.end - 1] == ":":
            # "Partial transcript as follows:", "The Times reported:" with an unknown cue.
            src = _clause_subject(text, unit.start, unit.end - 1)
            d = _Draft([], (unit.end - 1, unit.end), src, ui, False, open_colon=True)
            drafts.append(d)
            last = d
    return [d for d in drafts if d.content]


# ---------------------------------------------------------------------------------------------
# Speaker resolution
# ---------------------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$")
# Last words of organisations, programmes and places: never a he or a she.
ORG_WORDS = frozenset("""
show news times post journal party committee group agency association network radio tv magazine
press program programme institute university college foundation council department ministry office
house senate congress court campaign company bank corporation club center centre channel service
services commission administration team union league review tribune herald daily today weekly
""".split())


def _drop_possessor(words: list[str]) -> list[str]:
    """ "Britain's Home Secretary Amber Rudd" -> "Home Secretary Amber Rudd": the possessor is
    not part of the name (a final possessive, "Rudd's", is kept for the caller to strip)."""
    for k in range(len(words) - 2, -1, -1):
        if _POSSESSIVE.search(words[k]):
            return words[k + 1:]
    return words


def _is_org(name: str) -> bool:
    return name.split()[-1].lower().strip(".") in ORG_WORDS if name.split() else False


@dataclass
class _Mention:
    start: int
    end: int
    name: str          # the name as written, honorifics dropped
    female: bool


class _Names:
    """Names seen in the article, for resolving surnames, pronouns and roles."""

    def __init__(self, text: str, start: int, end: int, body_start: int | None = None) -> None:
        self.text = text
        self.mentions: list[_Mention] = []
        self.full_by_last: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self.female_names: set[str] = set()
        self._full_counts: dict[str, dict[str, int]] = {}
        self.female_full: set[str] = set()  # full names of women ("Hillary Clinton", not "Bill Clinton")
        quoted: list[tuple[int, int]] = []
        for a, b in _paragraphs(text, start, end):
            quoted.extend(_quotes_in(text, a, b))
        q_starts = [q[0] for q in quoted]
        for m in self._runs(text, start, end, start if body_start is None else body_start):
            raw = m.group()
            parts = raw.split()
            hon = parts[0].rstrip(".").lower() if parts else ""
            words = [p for p in parts if p.rstrip(".").lower() not in HONORIFICS
                     and p.rstrip(".").lower() not in _TITLE_ABBREV]
            while words and (words[0] in NOT_NAMES or words[0].lower() in SPEECH):
                words = words[1:]
            words = _drop_possessor(words)
            role_words: list[str] = []
            while len(words) > 1 and words[0].lower().rstrip(".") in ROLE_WORDS:
                role_words.append(words.pop(0).lower().rstrip("."))
            if not words:
                continue
            name = " ".join(words)
            if role_words:
                # "Home Secretary Amber Rudd": the role names her elsewhere in the article.
                self.roles.setdefault(" ".join(role_words), name)
                self.roles.setdefault(role_words[-1], name)
            female = hon in FEMALE_HONORIFICS or words[0].lower() in COMMON_FEMALE_NAMES
            last = words[-1].rstrip(".")
            if len(words) >= 2:
                seen_full = self._full_counts.setdefault(last, {})
                seen_full[name] = seen_full.get(name, 0) + 1
            if female:
                self.female_names.add(last)
                if len(words) >= 2:
                    self.female_full.add(name)
            s = m.start() + raw.index(words[0])
            k = bisect.bisect_right(q_starts, s) - 1
            if k >= 0 and quoted[k][0] < s < quoted[k][1]:
                continue  # a name inside a quotation is talked about, not talking
            self.mentions.append(_Mention(s, s + len(name), name, female))
            self._learn_role(text, m.start(), name)
        self.full_by_last = {last: _most_used(counts) for last, counts in self._full_counts.items()}
        self.starts = [mm.start for mm in self.mentions]

    @staticmethod
    def _runs(text: str, start: int, end: int, body_start: int) -> list["re.Match[str]"]:
        """The runs of capitalised words of ``text[start:end]``. A headline before
        ``body_start`` is in title case ("Elizabeth Warren Hammers Wells Fargo"): there a run is
        cut to the words the body also capitalises ("Elizabeth Warren", "Wells Fargo")."""
        runs = list(_NAME_RUN.finditer(text, start, end))
        body = next((i for i, m in enumerate(runs) if m.start() >= body_start), len(runs))
        if body == 0:
            return runs
        seen = {w for m in runs[body:] for w in m.group().split()}
        out = []
        for m in runs[:body]:
            words = list(re.finditer(r"\S+", m.group()))
            i = 0
            while i < len(words):
                if words[i].group() not in seen:
                    i += 1
                    continue
                j = i
                while j + 1 < len(words) and words[j + 1].group() in seen:
                    j += 1
                a, b = m.start() + words[i].start(), m.start() + words[j].end()
                sub = _NAME_RUN.match(text, a, b)
                if sub is not None and sub.end() == b:
                    out.append(sub)
                i = j + 1
        return out + runs[body:]

    def _learn_role(self, text: str, name_start: int, name: str) -> None:
        """Remember "Home Secretary Amber Rudd" as role "home secretary" -> "Amber Rudd"."""
        before = text[max(0, name_start - 60):name_start]
        words = re.findall(r"[A-Za-z.\-]+", before)
        role: list[str] = []
        for w in reversed(words):
            if w.lower().rstrip(".") in ROLE_WORDS:
                role.insert(0, w.lower().rstrip("."))
            else:
                break
        if role and re.search(r"[A-Za-z.]\s$", before):
            key = " ".join(role)
            self.roles.setdefault(key, name)
            self.roles.setdefault(role[-1], name)
        after = text[name_start + len(name):name_start + len(name) + 80]
        m = re.match(r",\s+(?:the|a|an)\s+([a-z][a-z\s\-]{2,40}?)(?:\s+(?:of|for|at|to)\b|,)", after)
        if m:
            key = m.group(1).strip().lower()
            if any(w in ROLE_WORDS for w in key.split()):
                self.roles.setdefault(key, name)

    def full(self, name: str, female: bool | None = None) -> str:
        """The full name a surname stands for; ``female`` (from "Mrs.", "Mr.", "she", "he")
        picks among people of one surname ("Mrs. Clinton" beside Bill Clinton)."""
        last = name.split()[-1].rstrip(".") if name.split() else name
        full = self.full_by_last.get(last)
        counts = self._full_counts.get(last, {})
        if female is not None and len(counts) > 1:
            fitting = [x for x in counts if (x in self.female_full) == female]
            if not fitting:
                return name  # several people of that surname, none known to fit: say no more
            full = _most_used({x: counts[x] for x in fitting})
        if full and (len(full) >= len(name)) and full.endswith(last):
            return full
        return name

    def is_female(self, name: str) -> bool:
        if name in self.female_full:
            return True
        last = name.split()[-1] if name.split() else name
        if len(name.split()) >= 2 and name in self._full_counts.get(last.rstrip("."), {}):
            return False  # a full name known, and not a woman's: Bill Clinton beside Hillary
        return last in self.female_names

    def before(self, pos: int, pronoun: str) -> str | None:
        """The most recent compatible name mentioned before ``pos``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        fallback = None
        looked = 0
        while i >= 0 and looked < 40:
            m = self.mentions[i]
            i -= 1
            looked += 1
            gender = True if pronoun in FEMALE else False if pronoun in MALE else None
            name = self.full(m.name, True if m.female else gender)
            if pronoun not in PLURAL and pronoun not in {"it", "which"} and _is_org(name):
                continue  # "the BBC's Andrew Marr Show" is not a she
            if len(name.split()) < 2 and name not in self.full_by_last.values():
                # A lone capitalised word that never appears as part of a full name: an org or noise.
                if pronoun not in PLURAL and pronoun not in {"it", "which"}:
                    continue
            fem = m.female or name in self.female_full or (len(name.split()) < 2 and self.is_female(name))
            if pronoun in FEMALE:
                if fem:
                    return name
                fallback = fallback or name
            elif pronoun in MALE:
                if not fem:
                    return name
            else:
                return name
        return fallback


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _most_used(counts: dict[str, int]) -> str:
    """The full name a surname stands for: the one the article uses most ("Donald Trump", not
    "Republican Donald Trump" said once), then the one with more words, initials aside
    ("George H.W. Bush" is no fuller than "Jeb Bush")."""
    return max(counts, key=lambda x: (counts[x], len([w for w in x.split() if not _INITIALS.fullmatch(w)])))
_TITLE_ABBREV = frozenset("sen rep gov gen col lt sgt adm maj capt cpl pvt st gens cmdr supt insp".split())


# ("A" alone is a transcript label, "A: Nothing at all")
_BARE_SOURCE = re.compile(r"(?:[Tt]he|an|An|a|[Tt]his|[Tt]hese|[Tt]hose|[Tt]here|[Hh]ere)")


def _speaker(names: _Names, text: str, source: tuple[int, int] | None) -> tuple[str | None, str | None]:
    """(speaker, speaker_description) for a source span."""
    if source is None:
        return None, None
    s, e = source
    raw = text[s:e]
    low = raw.lower().strip()
    if low in {"i", "we", "you", "me", "us"}:
        return None, None
    if _BARE_SOURCE.fullmatch(raw.strip()):
        # a source cut down to its article ("The reports show", or "The first attack was
        # treated" with a noun read as the cue) names nobody: no speaker called "The"
        return None, None
    if low in {"he", "she", "they", "him", "her", "it"} or low in RELATIVE:
        return names.before(s, low), None
    # A name inside the source phrase wins ("Mr. Obama", "Hans Schellnhuber, the director of ...");
    # but in "the Florida senator" the capitalised word is part of a role.
    role_like = re.match(r"(the|a|an|another|one of the)\s", low) is not None
    runs = [] if role_like else list(_NAME_RUN.finditer(text, s, e))
    # "Army Capt. Christian Pardo", "former Obama adviser David Axelrod": a title or a word used
    # as a modifier comes before the name itself.
    while len(runs) > 1 and (
            (text[runs[0].end():runs[0].end() + 1] == "." and
             runs[0].group().split()[-1].lower() in _TITLE_ABBREV) or
            (re.fullmatch(r"(?:\.?\s+[a-z][\w\-]*){1,3}\s+", text[runs[0].end():runs[1].start()]) and
             not re.search(r"\b(?:who|whose|which|that|of|at|for|from|with|and|or|on|in|to|by|during|after|before)\b",
                           text[runs[0].end():runs[1].start()]))):
        runs = runs[1:]
    # "Jill Stein's spokeswoman, Meleiza Figueroa": the name after; "Keith Lamont Scott's wife",
    # no name: a person described through another, not Scott
    while runs and _POSSESSIVE.search(runs[0].group().split()[-1]) and re.match(r"\s*[a-z]", text[runs[0].end():e]):
        if len(runs) == 1:
            return raw.strip(), None
        runs = runs[1:]
    for m in runs:
        parts = [p for p in m.group().split() if p.rstrip(".").lower() not in HONORIFICS
                 and p.rstrip(".").lower() not in _TITLE_ABBREV]
        while parts and (parts[0] in NOT_NAMES or parts[0].lower() in SPEECH):
            parts = parts[1:]
        parts = _drop_possessor(parts)
        if not parts:
            continue
        name = " ".join(parts)
        role_words = [w for w in name.split() if w.lower() in ROLE_WORDS]
        if role_words and len(role_words) == len(name.split()):
            continue  # "Home Secretary" alone is a role, handled below
        # "President Barack Obama": drop leading role words from the name, keep them as description.
        desc = None
        words = name.split()
        k = 0
        while k < len(words) - 1 and words[k].lower() in ROLE_WORDS:
            k += 1
        if k:
            desc = " ".join(words[:k])
            name = " ".join(words[k:])
        rest = text[m.end():e].strip(" ,")
        if not desc and rest:
            desc = rest
        hon = re.match(r"(?i)(mrs|ms|miss|mr)\.?\s", m.group())
        return names.full(name, None if hon is None else hon.group(1).lower() != "mr"), desc
    # A role: "the Home Secretary", "the president".
    key = re.sub(r"^(the|a|an)\s+", "", low)
    key = re.sub(r"[^\w\s\-]", "", key).strip()
    if key in names.roles:
        return names.full(names.roles[key]), raw.strip()
    last = key.split()[-1] if key.split() else key
    if last in names.roles and any(w in ROLE_WORDS for w in key.split()):
        return names.full(names.roles[last]), raw.strip()
    return raw.strip(), None


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------

def _span(text: str, se: tuple[int, int]) -> Span:
    return Span(start=se[0], end=se[1], text=text[se[0]:se[1]])


_MISUSED_OPEN = re.compile(r"(?<=[\w,.?!])\u201c(?=[\s,.;:)]|$)", re.MULTILINE)
_MISUSED_CLOSE = re.compile(r"(?<=[\s(])\u201d(?=\w)")


def _fix_marks(text: str) -> str:
    """Curly marks typed the wrong way round (``“It's unusual,“ said``), turned right.

    The result has the same length as the text, so every offset stays valid.
    """
    if QUOTE_OPEN not in text and QUOTE_CLOSE not in text:
        return text
    text = _MISUSED_OPEN.sub(QUOTE_CLOSE, text)
    return _MISUSED_CLOSE.sub(QUOTE_OPEN, text)


# Bumped whenever extraction changes what it finds: an ingest re-extracts the statements of
# unchanged articles stored by an older extractor (stores without the mark count as 1).
EXTRACTOR_VERSION = 4


def extract_statements(text: str, start: int = 0, end: int | None = None) -> list[Statement]:
    """Every attributed statement found in ``text[start:end]``, in reading order."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    original, text = text, _fix_marks(text)
    drafts = _draft_statements(text, start, end)
    names = _Names(text, 0, len(text), body_start=start)
    out: list[Statement] = []
    last_named: tuple[int, str] | None = None   # (offset, name) of the last named speaker
    for d in sorted(drafts, key=lambda d: d.content[0][0]):
        src = d.source
        inherit = d.extra.get("inherit")
        if src is None and d.cue is None and inherit is not None:
            src = inherit.source
        speaker, desc = _speaker(names, text, src)
        if src is not None:
            low = text[src[0]:src[1]].lower()
            if low in {"he", "she"} and last_named is not None and src[0] - last_named[0] < 800:
                # A pronoun usually continues with the speaker just quoted, if the gender fits.
                if names.is_female(last_named[1]) == (low == "she"):
                    speaker = last_named[1]
            elif speaker and speaker[:1].isupper() and low not in PRONOUNS | RELATIVE:
                last_named = (src[0], speaker)
        direct = any(_starts_quote(text, c[0]) for c in d.content)
        st = Statement(
            content=[_span(original, c) for c in sorted(set(d.content))],
            cue=_span(original, d.cue) if d.cue else None,
            source=_span(original, src) if src else None,
            speaker=speaker,
            speaker_description=desc,
            direct=direct,
        )
        for sp in st.content + [x for x in (st.cue, st.source) if x is not None]:
            assert sp.text == original[sp.start:sp.end], sp
        out.append(st)
    return out


def statements_to_json(statements: list[Statement]) -> list[dict]:
    """Plain dicts: content spans, cue, source, speaker and whether the content is quoted."""
    def sp(x: Span | None) -> dict | None:
        return None if x is None else {"start": x.start, "end": x.end, "text": x.text}

    return [
        {
            "content": [sp(c) for c in s.content],
            "cue": sp(s.cue),
            "source": sp(s.source),
            "speaker": s.speaker,
            "direct": s.direct,
        }
        for s in statements
    ]
