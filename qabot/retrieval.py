"""Question -> scored candidate sentences, from dense search (Chroma) and BM25 together.

``CorpusIndex`` is the in-memory view of a store a reader needs: the articles, a table of every
sentence (id, article, paragraph, offsets) and a BM25 index over the sentences. It is built from
the store and rebuilt when the store's generation changes.

``Retriever.search`` gathers candidates from three places (nearest sentences, sentences of the
nearest chunks, best BM25 sentences) and scores each on a few features, so a sentence with the
question's exact names and numbers but a weaker embedding still comes through.
"""
from __future__ import annotations

import bisect
import functools
import json

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .models import Article, Paragraph
from .names_asked import HONORIFICS as _HONORIFICS, asked_person
from .spelling import COMMON_WORD, COMMONLY_SHORTENED, consonant_key, frequency, is_subsequence, unvowelled
from .store import Store
from .text import descriptor_links, refers_back

_WORD = re.compile(r"\w+", re.U)
_STOP = frozenset(
    """a an the of in on at to for from by with and or but is are was were be been being do does did
    what which who whom whose when where why how that this these those it its as into than then there
    their they them he she his her him i you we our your my me not no yes if so about did does has have
    had say said says tell told would could should will can may might much many any some""".split()
)


_FRAME = frozenset({"happen", "occur", "nam"})
# words of the asking, not of what is asked: "Anyone claimed it?", "Who exactly does she want
# ...?", "Did he really act alone?" (an answer says "The Islamic State group claimed ...")
_ASKING_WORDS = ("anyone anybody someone somebody anything something exactly really actually even supposedly ever "
                 # the asker's feelings and a thing unnamed: "Which bridge did this terrible thing happen on?"
                 "thing things stuff terrible awful dreadful horrible horrific shocking tragic sad "
                 # and their scorn: "Which TV show did Rudd go on to spout this nonsense?!"
                 "nonsense rubbish garbage drivel spout spouts spouted spouting stunt "
                 # and officialese: "the nature of the vehicle utilised", "with regard to the matter
                 # of", "the content thereof" ("stated" is no such word: its stem is "state"'s)
                 "regarding regard matter nature utilised utilized utilisation "
                 "thereof thereto therein advise advised confirmation "
                 # and how it ended: "What finally became of the attacker?"
                 "finally ultimately "
                 # a title before a name: "Which day did Mrs Rudd speak?" of "Rudd told ..."
                 + " ".join(sorted(_HONORIFICS)))
# names news gives the same thing (patterns; lower case: any case, else as written)
_ALIASES = [
    ("ISIS", "ISIL", "Daesh", "IS", "islamic state", r"jihadis[tm]s?"),
    ("FBI", r"feds", "federal bureau of investigation"),
    ("UK", "britain", "united kingdom"),
    ("EU", "european union"),
    ("UN", "united nations"),
    # and the idioms it says the same thing with ("Who took credit for the attack?" of "claimed
    # responsibility for the attack")
    (r"(?:take|takes|took|taken|taking)\s+credit", r"(?:claim|claims|claimed|claiming)\s+responsibility"),
    (r"(?:lose|loses|lost|losing)\s+(?:their|his|her|its|the)\s+li(?:fe|ves)", r"(?:kill|killed|killing|died|dead)"),
    (r"fatalit(?:y|ies)|death\s+toll", r"(?:kill|killed|killing|died|dead)"),
    (r"on\s+(?:his|her|their)\s+own|by\s+(?:him|her|them)sel(?:f|ves)|lone\s+wol(?:f|ves)", r"alone"),
    # whether anyone helped is answered by whether he acted alone
    (r"accomplices?|helpers?|co-?conspirators?|(?:working|worked|work)\s+with\s+(?:others|anyone|a\s+team)", r"alone"),
    # "Did ISIS tell him to do it?", "give him orders" of "the group directed him"
    (r"(?:tell|tells|told|order|orders|ordered|instruct|instructs|instructed)\s+(?:him|her|them)"
     r"|g(?:ive|ives|ave|iving|iven)\s+(?:him|her|them)\s+(?:orders|instructions)", r"(?:direct|directs|directed|directing)"),
    # what would stop attacks is what would prevent them (not "How was the attacker stopped?")
    (r"(?:stop|stops|stopped|stopping|thwart\w*|foil|foils|foiled|foiling|avert\w*)\s+(?:[\w'’-]+\s+){0,3}?"
     r"(?:attacks|plots?|terror\w*)\b|\b(?:attacks|plots)\b[^?]*?\b(?:stop|thwart|foil|avert)\b", r"prevent\w*"),
    # "Which group say they did it?" of "claimed responsibility"
    (r"(?:say|says|said)\s+(?:they|it)\s+(?:did|carried\s+out|was\s+behind|were\s+behind)",
     r"(?:claim|claims|claimed|claiming)\s+responsibility"),
    (r"(?:hire|hired|hiring)", r"(?:rent|rented|rental|renting)"),
    # the people an attack struck, and a phone by its make
    (r"crowds?|passers-?by|bystanders?|members\s+of\s+the\s+public|people\s+walking", r"pedestrians?"),
    (r"(?:cell|mobile|smart)?phones?", r"iphones?|smartphones?|handsets?|blackberr(?:y|ies)"),
    # a chat is a message sent; a capability an ability; a demand a call on someone
    (r"chats?|chatting|chatted|conversations?", r"messag\w*|communicat\w*"),
    (r"capabilit(?:y|ies)|capable", r"abilit(?:y|ies)|\bable\b"),
    (r"demand\w*|urg(?:e|es|ed|ing)|insist\w*", r"call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|demand\w*"),
    (r"ministers?", r"secretar(?:y|ies)"),
    # "Is WhatsApp the only app she's worried about?" of "WhatsApp, and there are plenty of
    # others like that"
    (r"only|solely|exclusively|besides", r"others|plenty\s+of|as\s+well\s+as|among\s+others"),
    (r"legislat\w*", r"laws?"),
    # "won't play ball" is not cooperating
    (r"play\s+(?:ball|along)|(?:say|says|said)\s+no|refus\w*|compl(?:y|ies|ied)", r"cooperat\w*"),
    # a row is a dispute, and a story likening one to another recalls it
    (r"rows?|clash(?:es)?|quarrels?|stand-?offs?|feuds?|spats?|wrangles?|battles?|showdowns?|arguments?|conflicts?",
     r"(?:disputes?|fights?)"),
    # "the tech firms" are the companies the article means
    (r"tech(?:nology)?\s+(?:firms?|compan(?:y|ies)|giants?|groups?)|tech(?:nology)?\s+(?=industry)", r"compan(?:y|ies)|firms?"),
    (r"(?:compar|liken|resembl|echo|remind)\w*", r"recall(?:s|ed|ing)?"),
    # "Which earlier dispute ...?" of "the fight ... last year"; "What old methods ...?" of "It
    # used to be that ..." (not "How old ...?")
    (r"earlier|previous|past|historical(?:ly)?|traditional(?:ly)?|(?<!how\s)old(?:er|-school|-fashioned)?|back\s+then",
     r"last\s+(?:year|month|week|decade)|ago|used\s+to|previously|formerly"),
    # how someone felt, as news quotes it: "Was she angry about it?" of "It is completely unacceptable"
    (r"angry|anger|cross|upset|furious|outraged|annoyed|frustrated|mad|livid|slam\w*|blast\w*|mouth\w*\s+off",
     r"unacceptable|outrag\w*|condemn\w*|disgrace\w*|appall\w*|furious|angry|slam\w*"),
    # the ways of listening in that news names: "What old-school snooping did she compare it to?"
    # of "people would steam-open envelopes or just listen in on phones"
    (r"surveil\w*|snoop\w*|spy|spying|spied|eavesdrop\w*|intercept\w*|monitor\w*|wiretap\w*",
     r"listen\w*\s+in|steam-open\w*|tap\w*\s+(?:\w+\s+)?(?:phones?|lines?)|read\s+(?:\w+\s+){0,2}messages"),
    # "Was IS pulling his strings?" is whether the group directed him
    (r"pull\w*\s+(?:his|her|their|the)\s+strings|(?:puppet\s*)?master\w*|masterminded|behind\s+(?:him|it)",
     r"(?:direct|directs|directed|directing)"),
    # a rampage is the attack, begun when he struck
    (r"rampage|went\s+on\s+the\s+rampage", r"attack\w*|struck|strike"),
    # what became of someone is how it ended for them: "He was shot dead by police."
    (r"fate", r"became\s+of", r"in\s+the\s+end", r"brought\s+to\s+an\s+end", r"end(?:ed|s)?\s+for",
     r"shot\s+dead|killed|died|dead|arrested|detained|jailed|captured|surrendered"),
]
# "When did the attack take place?" asks when it happened: "take place" is frame, as "happen" is
_TAKE_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+place\b", re.I)


# the pieces of a contraction, which are no words: "won't" is no "won" (the stem of "win") and
# "t", "Rudd's" no "s" (a negation or an owner is no word an answer must share)
_CONTRACTED = re.compile(r"\b(?:won|can|don|isn|aren|wasn|weren|doesn|didn|hasn|haven|hadn|wouldn|couldn|shouldn|"
                         r"mustn|needn|shan|ain)['’]t\b|(?<=\w)['’](?:s|t|re|ve|ll|d|m)\b")


def _one_letter_from(word: str) -> tuple[set[str], set[str]]:
    """The words (of four letters or more) one letter left out, added, changed or two swapped
    away from ``word``, and those of them two letters swapped."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    near = ({a + b[1:] for a, b in splits if b} | swapped
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS})
    return {w for w in near if w != word and len(w) > 3}, swapped


def skeleton(word: str) -> str:
    """A word's first letter and its consonants, doubled ones once: how a name misspelt by ear
    still sounds ("masud" and "masood" → "msd")."""
    return word[:1] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word[1:]))


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` that carry meaning (no stop words, no pieces of a
    contraction)."""
    return [w for w in _WORD.findall(_CONTRACTED.sub(" ", text.lower())) if w not in _STOP]


_SUFFIX = re.compile(r"(?:ing|ed|es|s|ly|est|ion|ions|al)$")
_IES = re.compile(r"(?<=\w\w)(?:ies|ied)$")
# a consonant doubled before a suffix ("planned", "stopping"), but not one doubled in the word
# itself ("fall", "pass", "buzz")
_DOUBLED = re.compile(r"([b-df-hj-kmnp-rtv-y])\1$")


# irregular verb forms (and a few plurals) to the word whose stem they share: "fought" meets
# "fight", "drove" meets "drive", "told" meets "tell"; forms that are mostly other words ("left",
# "rose", "saw", "found", "lay") are left out
_IRREGULAR_FORMS = """
arise arose arisen|beat beaten|begin began begun|bend bent|bleed bled|break broke broken|
bring brought|build built|buy bought|catch caught|choose chose chosen|come came|creep crept|
deal dealt|die died dies dying|dig dug|draw drew drawn|drive drove driven|eat eaten|feed fed|
feel felt|fight fought|flee fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten|
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|
grow grew grown|hang hung|hear heard|hide hid hidden|hold held|keep kept|kneel knelt|
know knew known|lead led|lend lent|lie lied lying|lose lost|make made|mean meant|meet met|
pay paid|ride rode ridden|ring rang rung|run ran|seek sought|sell sold|send sent|
shake shook shaken|shoot shot|sing sang sung|sink sank sunk|sit sat|sleep slept|speak spoke spoken|
spend spent|spin spun|stand stood|steal stole stolen|stick stuck|sting stung|strike struck stricken|
swear swore sworn|sweep swept|swing swung|take took taken|teach taught|tear tore torn|tell told|
think thought|throw threw thrown|understand understood|undertake undertook undertaken|
wake woke woken|wear wore worn|weep wept|win won|withdraw withdrew withdrawn|write wrote written|
child children|man men|woman women|person people|foot feet|tooth teeth|mouse mice"""
IRREGULAR = {form: group.split()[0] for group in _IRREGULAR_FORMS.replace("\n", "").split("|")
              for form in group.split()[1:]}


# four-letter words ending in "s" that are no plurals
_SHORT_S = frozenset("news this thus less plus goes does bias lens gas yes his its has was axis kiss".split())


@functools.lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """A light suffix-stripping stem, so "collapsed" meets "collapse", "votes" meets "voted",
    "planned" meets "plans", "carried" meets "carry" and "fought" meets "fight"; an agent noun
    stays itself ("the attacker's wife" is not "attacked his wife")."""
    word = IRREGULAR.get(word, word)
    if len(word) == 4:
        # short forms of short words: "used" / "uses" meet "use", "cars" meets "car"
        if word.endswith("ed") and word[1] != "e":
            return word[:-1]
        if word.endswith("s") and word[2] not in "su" and word not in _SHORT_S:
            return word[:-1]
    if len(word) > 4:
        if _IES.search(word):
            return word[:-3] + "y"
        word = _SUFFIX.sub("", word)
        word = _DOUBLED.sub(r"\1", word)
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def irregular_forms(stem_: str) -> list[str]:
    """The irregular forms whose stem is ``stem_`` ("fought" for "fight"): they do not start
    with it, so a search by prefix must name them."""
    return _FORMS_BY_STEM.get(stem_, [])


def stems(text: str) -> set[str]:
    """Stems of the content words of ``text``."""
    return {stem(w) for w in content_words(text)}


_ASKING_STEMS = frozenset(stems(_ASKING_WORDS))
# the article itself as the subject of a question: "does the article compare", "the writer says"
_THE_WRITING = re.compile(r"\b(?:the|this|that)\s+(?:news\s+)?(?:article|writer|story|piece|text)\b(?!['’]s\s+(?:title|headline|author|byline|date))",
                          re.I)
_WRITING_STEMS = frozenset(stems("article writer story piece text"))
# the words news and its readers use for whoever carried out an attack
DOER_WORDS = frozenset("attacker perpetrator assailant killer culprit suspect".split())
_DOER_STEMS = frozenset(stems(" ".join(DOER_WORDS)))
# nouns for anyone at all, which a "who" question uses and its answer's name replaces
# (words, not stems: "Manning" stems as "man" does)
_SOMEONE = frozenset("man men woman women person persons people guy guys bloke lady individual fellow chap "
                     "gentleman someone somebody".split())
# "the guy who did this": the person a relative clause describes
_SOMEONE_WHO = re.compile(r"\b(?:the|that|this)\s+(%s)\s+(?:who|that)\b" % "|".join(sorted(_SOMEONE)), re.I)
# the verbs and nouns of describing, which a description asked for does not use
_DESCRIBING_STEMS = frozenset(stems("describe described characterise characterised characterize characterized call "
                                    "called label labelled term termed word words adjective use"))

# the two choices of an either-or question, each up to three words beside "or": "Was it his own
# car he used or a hired one?" → "own car he used" / "a hired one"; not "whether or not"
_EITHER_OR = re.compile(r"((?:[\w'’-]+\s+){1,4}?)(?:,\s*)?\bor\s+(?!not\b|nah\b|so\b|what\b|something\b|anything\b|some\b|such\b|whatever\b|whoever\b)"
                        r"((?:[\w'’-]+\s*){1,6})", re.I)


# a choice is asked by a yes/no clause ("Was it ... or ...?", "..., or was it hired?"), not by
# "What often affects or facilitates ...?"
_CHOICE_ASKED = re.compile(r"(?:^|[,;:?—–-]\s*)(?:(?:and|but|so)\s+)?(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should)\b"
                           r"[^,;:?]*\bor\b"
                           # a note ("His own car or hired?"), or choices offered ("like bbc or sky")
                           r"|^(?!\s*(?:what|which|who|whom|whose|where|when|why|how)\b)[^,;:?]*\bor\b|\blike\s+[\w'’-]+\s+or\b"
                           # the choices after the question: "which bridge was it, Westminster or London Bridge?"
                           r"|,\s*(?:(?:the|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+or\s+[^,;:?]*\?*\s*$", re.I)


def alternatives(question: str, asked: Iterable[str]) -> list[tuple[set[str], set[str]]]:
    """(one choice's stems, the other's) both ways round, for the choices of an either-or
    question, among the stems ``asked``; [] for a question offering no choice."""
    asked = set(asked)
    out = []
    if not _CHOICE_ASKED.search(question):
        return out
    for m in _EITHER_OR.finditer(question):
        left, right = stems(m.group(1)) & asked, stems(m.group(2)) & asked
        left, right = left - right, right - left
        if left and right:
            out += [(left, right), (right, left)]
    return out


def title_stems(title: str) -> set[str]:
    """Stems of a title's content words, an agent noun also as its verb: a headline about the
    "attacker" is about the attack (in a sentence, ``stem`` keeps the two apart)."""
    words = content_words(title)
    return {stem(w) for w in words} | {stem(w[:-2]) for w in words if len(w) > 5 and w.endswith("er")}


_FORMS_BY_STEM: dict[str, list[str]] = {}
for _form, _base in IRREGULAR.items():
    _FORMS_BY_STEM.setdefault(stem(_base), []).append(_form)


@dataclass
class SentenceRow:
    """One sentence of the store."""

    id: str
    article_id: str
    paragraph: int
    start: int
    end: int
    n: int


class RowTable(Sequence):
    """Every sentence of the store, in text order within each article and articles in id
    order, held as integer columns; ``table[i]`` makes the ``SentenceRow`` when asked (a
    million row objects and their id strings took ~80% of the corpus view's memory)."""

    def __init__(self, article_order: list[str], versions: list[str], article: np.ndarray,
                 paragraph: np.ndarray, start: np.ndarray, end: np.ndarray, n: np.ndarray) -> None:
        self.article_order = article_order
        self.versions = versions
        self.article, self.paragraph, self.start, self.end, self.n = article, paragraph, start, end, n

    def __len__(self) -> int:
        return len(self.n)

    def ids(self) -> list[str]:
        """Every row's sentence id, in row order."""
        return [f"{self.article_order[a]}:{self.versions[a]}:s{n}"
                for a, n in zip(self.article.tolist(), self.n.tolist())]

    def __getitem__(self, i: int) -> SentenceRow:
        a = int(self.article[i])
        aid = self.article_order[a]
        n = int(self.n[i])
        return SentenceRow(f"{aid}:{self.versions[a]}:s{n}", aid, int(self.paragraph[i]), int(self.start[i]),
                           int(self.end[i]), n)


class RowIds:
    """``{sentence id: row}`` worked out from the id (``ARTICLE:VERSION:sN``) rather than stored."""

    def __init__(self, first: dict[str, tuple[str, int, int]]) -> None:
        self.first = first  # article id -> (version, its first row, its number of rows)

    def get(self, sid: str, default: int | None = None) -> int | None:
        try:
            aid, v, s = sid.rsplit(":", 2)
            version, first, count = self.first[aid]
            n = int(s[1:])
        except (KeyError, ValueError):
            return default
        return first + n if v == version and s[0] == "s" and 0 <= n < count else default

    def __contains__(self, sid: str) -> bool:
        return self.get(sid) is not None

    def __getitem__(self, sid: str) -> int:
        i = self.get(sid)
        if i is None:
            raise KeyError(sid)
        return i


@dataclass
class Candidate:
    """A sentence with its features and combined score."""

    row: SentenceRow
    cos: float = 0.0
    chunk_cos: float = 0.0
    bm25: float = 0.0
    title_cos: float = 0.0
    type_bonus: float = 0.0
    type_strong: float = 0.0
    coverage: float = 0.0
    phrase: float = 0.0
    idf_coverage: float = 0.0
    ctx_coverage: float = 0.0
    context_cos: float = 0.0
    context_gain: float = 0.0
    missing: float = 0.0
    title_coverage: float = 0.0
    title_gain: float = 0.0
    type_gain: float = 0.0
    asks: float = 0.0
    asks_gain: float = 0.0
    boost: float = 0.0
    prior: float = 0.0
    score: float = 0.0
    features: dict = field(default_factory=dict)


def pack_lines(lines: list[str]) -> bytes:
    """Lines without newlines (JSON texts), compressed together (``unpack_lines`` reverses)."""
    return zlib.compress("\n".join(lines).encode()) if lines else b""


def unpack_lines(blob: bytes) -> list[str]:
    return zlib.decompress(blob).decode().split("\n") if blob else []


def _sentence_speakers(spans: np.ndarray, statements: list[dict], numbers: dict[str, int]) -> np.ndarray:
    """For each sentence of an article (``spans``: paragraph, start, end), the number in
    ``numbers`` of the speaker of a statement with a part in it (the first), else -1. New speakers
    are numbered as they come."""
    out = np.full(len(spans), -1, dtype=np.int32)
    if not len(spans):
        return out
    starts, ends = spans[:, 1].tolist(), spans[:, 2].tolist()
    for st in statements:
        name = st.get("speaker")
        if not name:
            continue
        n = numbers.setdefault(name, len(numbers))
        for part in [st.get("cue"), st.get("source"), *st.get("content", [])]:
            if part:
                for j in range(bisect.bisect_right(ends, part["start"]), bisect.bisect_left(starts, part["end"])):
                    if out[j] < 0:
                        out[j] = n
    return out


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


class CorpusIndex:
    """What the reader side holds in memory for a store generation."""

    def __init__(self, store: Store) -> None:
        import bm25s

        self.generation = store.generation
        # one record at a time, each made compact at once: holding every record (statements as
        # dicts) before building was most of a first reader's memory on a large store
        self.articles: dict[str, Article] = {}
        self._descriptors: dict[str, list[tuple[str, str]]] = {}
        # articles without their paragraph objects (half the view's article memory): the
        # paragraphs stay as one small integer array an article (``article``, ``paragraph_at``)
        self._paragraphs: dict[str, np.ndarray] = {}
        # statements stay compressed JSON text until asked for (``statement_lines``): a cold
        # start loads this index from a pickle, where statement dicts cost a third of the time,
        # and compressed they take a quarter of the memory of plain JSON
        self.statements: dict[str, bytes] = {}
        spans: dict[str, np.ndarray] = {}      # an article's sentences: paragraph, start, end
        chunk_spans: dict[str, list] = {}
        # who says each sentence (a statement's cue, source or content lies in it), as a number in
        # ``speakers``: "If the companies do not cooperate, she warned" is said by Amber Rudd
        self.speakers: list[str] = []
        speaker_no: dict[str, int] = {}
        said_by: dict[str, np.ndarray] = {}
        for r in store.iter_records():
            aid = r.article.id
            self._paragraphs[aid] = np.array([(p.number, p.start, p.end) for p in r.article.paragraphs],
                                             dtype=np.int32).reshape(-1, 3)
            self.articles[aid] = r.article.model_copy(update={"paragraphs": []})
            self.statements[aid] = pack_lines([json.dumps(x) for x in r.statements])
            spans[aid] = np.asarray(r.sentences, dtype=np.int32).reshape(-1, 3)
            said_by[aid] = _sentence_speakers(spans[aid], r.statements, speaker_no)
            chunk_spans[aid] = r.chunks
        order = sorted(self.articles)
        self.speakers = list(speaker_no)
        self.said_by = (np.concatenate([said_by.pop(a) for a in order]) if order
                        else np.zeros(0, dtype=np.int32))
        cols: list[np.ndarray] = []            # article, paragraph, start, end, n
        first: dict[str, tuple[str, int, int]] = {}
        self.by_article: dict[str, range] = {}
        # an article's chunks as the rows of their sentences: chunk n is rows[ends[n-1]:ends[n]]
        self._chunks: dict[str, tuple[str, np.ndarray, np.ndarray]] = {}
        base = 0
        for k, aid in enumerate(order):
            v = self.articles[aid].content_hash[:12]
            sp = spans.pop(aid)
            cols.append(np.column_stack([np.full(len(sp), k, dtype=np.int32), sp,
                                         np.arange(len(sp), dtype=np.int32)]))
            first[aid] = (v, base, len(sp))
            self.by_article[aid] = range(base, base + len(sp))
            at = {(int(a), int(b)): base + j for j, (_, a, b) in enumerate(sp.tolist())}
            members = [[at[tuple(x)] for x in c if tuple(x) in at] for c in chunk_spans.pop(aid)]
            self._chunks[aid] = (v, np.fromiter((i for m in members for i in m), dtype=np.int32),
                                 np.cumsum([len(m) for m in members], dtype=np.int64))
            base += len(sp)
        table = np.concatenate(cols) if cols else np.zeros((0, 5), dtype=np.int32)
        cols = [np.ascontiguousarray(table[:, j]) for j in range(5)]
        del table
        self.rows = RowTable(order, [first[a][0] for a in order], *cols)
        self.by_id = RowIds(first)
        texts = [self.articles[order[a]].text[x:y] for a, x, y in
                 zip(self.rows.article.tolist(), self.rows.start.tolist(), self.rows.end.tolist())]
        # inverse document frequency of stems over sentences, for weighted word overlap
        df: dict[str, int] = {}
        for t in texts:
            for w in stems(t):
                df[w] = df.get(w, 0) + 1
        n = max(1, len(texts))
        self.idf = {w: float(np.log((n + 1) / (c + 0.5))) for w, c in df.items()}
        self.max_idf = float(np.log((n + 1) / 0.5))
        # BM25 is indexed with bm25s, but only its score matrix is kept (word by word: data,
        # sentence numbers, pointers), so a reader loading the view imports neither bm25s nor
        # scipy (a third of a cold start's imports)
        self.bm25: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        if texts:
            tokens = bm25s.tokenize(texts, stopwords="en", show_progress=False)
            bm25 = bm25s.BM25()
            bm25.index(tokens, show_progress=False)
            self.bm25 = (np.asarray(bm25.scores["data"], dtype=np.float32),
                         np.asarray(bm25.scores["indices"], dtype=np.int32),
                         np.asarray(bm25.scores["indptr"], dtype=np.int64))
            self.vocab = tokens.vocab
            del bm25
        # which articles hold each word, for "is the question's subject here at all?": one
        # sorted array of article numbers a word (a set of words per article took 200 MB for
        # 4,600 articles; this takes a tenth of that)
        self.article_order = order
        self._article_no = {aid: n for n, aid in enumerate(self.article_order)}
        postings: dict[str, list[int]] = {}
        for n, aid in enumerate(self.article_order):
            for w in set(_WORD.findall(self.articles[aid].text.lower())):
                postings.setdefault(w, []).append(n)
        self._word_no = {w: i for i, w in enumerate(postings)}
        self._spelled: dict[str, str | None] = {}
        self._post_ptr = np.cumsum([0] + [len(v) for v in postings.values()], dtype=np.int64)
        self._post = np.fromiter((n for v in postings.values() for n in v), dtype=np.int32,
                                 count=int(self._post_ptr[-1]))
        # each article's date, parsed once: a question naming a year is filtered on it, and
        # parsing every article's date per question took 137 ms at 4,600 articles
        from .filters import article_date

        self.dates = {aid: article_date(art) for aid, art in self.articles.items()}

    def rows_overlapping(self, article_id: str, start: int, end: int) -> list[int]:
        """The rows of article ``article_id`` whose sentences overlap ``[start, end)``."""
        rows = self.by_article.get(article_id, range(0))
        # an article's sentences are in text order and do not overlap: starts and ends ascend
        starts = self.rows.start[rows.start:rows.stop].tolist()
        ends = self.rows.end[rows.start:rows.stop].tolist()
        return list(rows[bisect.bisect_right(ends, start):bisect.bisect_left(starts, end)])

    def _articles_of(self, word: str) -> np.ndarray:
        i = self._word_no.get(word)
        return self._post[self._post_ptr[i]:self._post_ptr[i + 1]] if i is not None else self._post[:0]

    def articles_with(self, words: set[str]) -> list[str]:
        """Ids of the articles holding every one of ``words`` (lower-cased), in id order."""
        found = None
        for w in sorted(words, key=lambda w: len(self._articles_of(w))):
            got = self._articles_of(w)
            found = got if found is None else np.intersect1d(found, got, assume_unique=True)
            if not len(found):
                return []
        return [self.article_order[n] for n in found] if found is not None else list(self.article_order)

    def name_form(self, word: str, sample: int = 20) -> str | None:
        """How the articles write ``word`` (lower-cased) as a name ("UK", "WhatsApp", "Rudd"),
        when they write it with a capital, not at a sentence's start, three times as often as
        without; else None ("police" is "police", and "bill", a bill or Bill Clinton, is left
        alone). Judged on up to ``sample`` of the articles holding it."""
        # asked of a question's opening word each time, and of every word of one in lower case
        cache = self.__dict__.setdefault("_name_forms", {})
        if (word, sample) not in cache:
            if len(cache) > 50_000:
                cache.clear()
            cache[(word, sample)] = self._name_form(word, sample)
        return cache[(word, sample)]

    def _name_form(self, word: str, sample: int) -> str | None:
        def capital(form: str, text: str, at: int) -> bool | None:
            if not form[0].isupper():
                return False
            # a capital after a full stop or at a paragraph's start says nothing, unless there
            # are more ("UK", "WhatsApp")
            if any(c.isupper() for c in form[1:]) or not re.search(
                    r"(?:[.!?][\"”’']?\s+|\n\s*|^\s*)$", text[max(0, at - 4):at]):
                return True
            return None
        ids = [self.article_order[n] for n in self._articles_of(word)[:sample]]
        return self._usual_form(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", ids, capital, 3)

    def pair_form(self, first: str, second: str, sample: int = 20) -> str | None:
        """How the articles write two words (lower-cased) as one name ("Home Secretary",
        "Islamic State", "Ben Ariel"), when they write them so, the second with its capital,
        more often than in lower case; else None. Judged on up to ``sample`` of the articles
        holding both."""
        def capital(form: str, text: str, at: int) -> bool:
            return form[0].isupper() and form.split()[1][0].isupper()
        ids = self.articles_with({first, second})[:sample]
        return self._usual_form(rf"(?<![\w'’-]){re.escape(first)}\s+{re.escape(second)}(?![\w-])", ids, capital, 1)

    def pair_near(self, first: str, second: str, sample: int = 10) -> str | None:
        """The two-word name of the corpus that two words (lower case) stand for when the second
        is a real word one letter from the name's ("amber rude" → "Amber Rudd", "andrew mars" →
        "Andrew Marr", "islamic stare" → "Islamic State"): an autocorrecting phone's slip, which
        no spelling check catches. None when the two are such a name already, or when none or
        several are near. Judged on up to ``sample`` of the articles holding ``first``."""
        form = self.name_form(first) if len(second) >= 3 else None
        if form is None:
            return None
        seconds = self.__dict__.setdefault("_seconds", {})
        if first not in seconds:
            # the capitalised words the articles put after it as they write it: "Amber" → {"rudd"}
            if len(seconds) > 50_000:
                seconds.clear()
            after = re.compile(rf"(?<![\w'’-]){re.escape(form)}\s+([A-Z][\w-]+)")
            seconds[first] = {m.group(1).lower() for aid in self.articles_with({first})[:sample]
                              for m in after.finditer(self.articles[aid].text)}
        names = seconds[first]
        if second in names:
            return None
        near = names & _one_letter_from(second)[0] if names else set()
        if len(near) != 1:
            return None
        return self.pair_form(first, next(iter(near)))

    def _usual_form(self, pattern: str, article_ids: list[str], capital, ratio: int) -> str | None:
        """The most common form of ``pattern`` (case aside) in the given articles that
        ``capital(form, text, at)`` calls a name's (True; False for lower case, None for no
        evidence), when such forms outnumber the lower-case ones ``ratio`` times; else None."""
        found = re.compile(pattern, re.I)
        forms: dict[str, int] = {}
        lower = 0
        for aid in article_ids:
            text = self.articles[aid].text
            for m in found.finditer(text):
                form = " ".join(m.group(0).split())
                verdict = capital(form, text, m.start())
                if verdict:
                    forms[form] = forms.get(form, 0) + 1
                elif verdict is False:
                    lower += 1
        if sum(forms.values()) <= ratio * lower:
            return None
        return max(forms, key=lambda f: (forms[f], f))

    def descriptor_links(self, article_id: str) -> list[tuple[str, str]]:
        """The people article ``article_id`` describes, then names (``text.descriptor_links``), once."""
        links = self._descriptors.get(article_id)
        if links is None:
            links = self._descriptors[article_id] = descriptor_links(self.articles[article_id].text)
        return links

    def spelled(self, word: str) -> str | None:
        """The word of the corpus a misspelt ``word`` (lower case, not itself in the corpus)
        stands for: one letter left out, added, changed, or two swapped ("attcak" → "attack",
        "abmer" → "amber", "goverment" → "government"); of several, the one held by twice as
        many articles as any other, or none.
        Failing that, the English word it stands for ("warrnats" → "warrants", where the corpus
        has "warrant"; ``spelling``). None when there is none."""
        if word in self._spelled:
            return self._spelled[word]
        near, swapped = _one_letter_from(word)
        # two letters swapped is the likeliest slip: "whree" is "where" before "three"
        found = sorted(((len(self._articles_of(w)), w) for w in near & swapped if w in self._word_no), reverse=True) \
            or sorted(((len(self._articles_of(w)), w) for w in near if w in self._word_no), reverse=True)
        if found:
            # two words as near, neither much more common, are a guess ("Barow": Barrow or Barlow?)
            got = found[0][1] if len(found) == 1 or found[0][0] >= 2 * found[1][0] else None
        else:
            # an English word the corpus holds in another form ("warrnats" → "warrants", the
            # corpus's "warrant"): the most frequent, if common (not "combinatory" → "comminatory")
            english = [[(f, w) for w in group if (f := frequency(w)) >= COMMON_WORD] for group in (near & swapped, near)]
            english = english[0] or english[1]
            got = max(english)[1] if english else None
        self._spelled[word] = got
        return got

    def sounded(self, word: str) -> str | None:
        """The name of the corpus a misspelt name (lower case, not itself in the corpus) sounds
        like, two letters or more away: the same first letter and consonants ("masud" →
        "masood", "khaled" → "khalid"), a word the articles write as a name; of several, the one
        held by twice as many articles as any other, or none."""
        if len(word) < 4 or any(w in self._word_no for w in _one_letter_from(word)[0]):
            # one letter from a word of the corpus is ``spelled``'s to judge ("Barow": Barrow or
            # Barlow, a guess either way)
            return None
        by_skeleton = self._grouped("_skeletons", skeleton, min_length=4)
        return self._commonest(w for w in by_skeleton.get(skeleton(word), ())
                               if abs(len(w) - len(word)) <= 2 and self.name_form(w) is not None)

    def _grouped(self, name: str, key, min_length: int) -> dict[str, list[str]]:
        """The corpus's words of ``min_length`` letters or more grouped by ``key`` (a word's
        skeleton, its consonants), built at the first word that needs them and kept as ``name``."""
        groups = self.__dict__.get(name)
        if groups is None:
            groups = {}
            for w in self._word_no:
                if len(w) >= min_length and w.isalpha():
                    groups.setdefault(key(w), []).append(w)
            self.__dict__[name] = groups
        return groups

    def _commonest(self, words: Iterable[str]) -> str | None:
        """Of ``words`` (the corpus's), the one held by twice as many articles as any other, else
        None: two as common are a guess ("Barow": Barrow or Barlow?)."""
        found = sorted(((len(self._articles_of(w)), w) for w in words), reverse=True)
        if not found or len(found) > 1 and found[0][0] < 2 * found[1][0]:
            return None
        return found[0][1]

    def unvowelled(self, word: str) -> str | None:
        """The word a ``word`` (lower case) typed without its vowels stands for: a common
        English word with its consonants ("ws" → "was", "brdg" → "bridge"), else the corpus's
        word with them held by twice as many articles as any other ("rdd" → "rudd", "whtsapp" →
        "whatsapp"), else a rarer English word ("attckr" → "attacker"), else None; a plural's
        or owner's "s" is kept ("rdds" → "rudds")."""
        found = self._unvowelled(word)
        if found is None and word.endswith("s") and (base := self._unvowelled(word[:-1])):
            found = base + "s"
        return found

    def _unvowelled(self, word: str) -> str | None:
        english = unvowelled(word)
        # (a word of two letters is more often an abbreviation: "pc", "ft", "lb" are no "piece",
        # "feet", "lab"; one of three with no vowel is the commonest word only: "mln" is no "melon")
        common = COMMONLY_SHORTENED * (5 if len(word) == 2 else 1)
        if english and english[0] >= common:
            return english[1]
        if english and len(word) < 4:
            english = None
        by_key = self._grouped("_consonant_keys", consonant_key, min_length=2)
        # (a short word is the corpus's only when little longer: "rdd" is "rudd", but "mln" is
        # no "melania", and one of two letters is no name: "km" is no "kim")
        found = self._commonest(w for w in by_key.get(consonant_key(word), ()) if w != word and is_subsequence(word, w)
                                and (len(word) >= 4 or len(word) == 3 and len(w) <= 5))
        return found or (english[1] if english else None)

    def knows(self, word: str) -> bool:
        """Whether any article holds ``word`` (lower-cased) as a word."""
        return word in self._word_no

    def article_has(self, article_id: str, word: str) -> bool:
        """Whether article ``article_id`` holds ``word`` (lower-cased) as a word."""
        got = self._articles_of(word)
        n = self._article_no.get(article_id, -1)
        i = int(np.searchsorted(got, n))
        return i < len(got) and got[i] == n

    def previous_row(self, i: int) -> int | None:
        """The row before row ``i`` in its article, when in the same or the previous paragraph."""
        rows = self.rows
        if i == 0 or rows.article[i - 1] != rows.article[i]:
            return None
        return i - 1 if rows.paragraph[i - 1] >= rows.paragraph[i] - 1 else None

    def chunk_rows(self, chunk_id: str) -> list[int]:
        """The rows of the sentences of chunk ``chunk_id`` (none if it is of another version)."""
        aid, v, c = chunk_id.rsplit(":", 2)
        got = self._chunks.get(aid)
        n = int(c[1:])
        if got is None or got[0] != v or n >= len(got[2]):
            return []
        lo = int(got[2][n - 1]) if n else 0
        return got[1][lo:int(got[2][n])].tolist()

    def article(self, article_id: str) -> Article:
        """The stored article ``article_id`` whole, paragraphs included (``articles`` holds
        them without)."""
        art = self.articles[article_id]
        paras = [Paragraph(number=int(n), start=int(a), end=int(b)) for n, a, b in self._paragraphs[article_id]]
        return art.model_copy(update={"paragraphs": paras})

    def paragraph_at(self, article_id: str, offset: int) -> int | None:
        """The number of the paragraph of article ``article_id`` that holds ``offset``, if any."""
        paras = self._paragraphs.get(article_id)
        if paras is None or not len(paras):
            return None
        i = int(np.searchsorted(paras[:, 1], offset, side="right")) - 1
        return int(paras[i, 0]) if i >= 0 and offset < paras[i, 2] else None

    def statement_dicts(self, article_id: str) -> list[dict]:
        """The attributed statements of an article, as stored."""
        return [json.loads(x) for x in unpack_lines(self.statements.get(article_id, b""))]

    def text(self, row: SentenceRow) -> str:
        return self.articles[row.article_id].text[row.start:row.end]

    def bm25_scores(self, question: str) -> np.ndarray:
        if self.bm25 is None:
            return np.zeros(0)
        words = [w for w in _WORD.findall(question.lower()) if len(w) > 1 and w in self.vocab]
        if not words:
            return np.zeros(len(self.rows))
        data, rows, ptr = self.bm25
        scores = np.zeros(len(self.rows), dtype=np.float32)
        # summed word by word in the question's order, a repeated word counting again, as
        # bm25s's own get_scores does (tests/test_retrieval.py checks they agree)
        for w in words:
            t = self.vocab[w]
            a, b = ptr[t], ptr[t + 1]
            scores[rows[a:b]] += data[a:b]
        return scores


_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WHEN = re.compile(rf"\b(1[0-9]{{3}}|20[0-9]{{2}}|{_MONTHS}|{_DAYS}|century|decade|today|yesterday)\b"
                   # a time given by another event: "minutes before he struck"
                   r"|\b(?:seconds|minutes|hours|days|weeks|moments|shortly|just|soon|immediately)\s+(?:before|after)\b")
_NUMBER = re.compile(r"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|million|billion|dozen|percent)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
_PLACE = re.compile(rf"\b(?<!call )(?<!called )(?<!calls )(?<!calling )(?:in|at|near|from|on|outside|inside)\s+(?:the\s+)?"
                    rf"(?!(?:{_DAYS}|{_MONTHS})\b)[A-Z]\w+")
_SPEAKING = re.compile(r"\b(?:speak|spoke|spoken|speaking|say|said|tell|told|talk|talked|interview|interviewed|"
                       r"comment|commented|announce|announced|appear|appeared)\b", re.I)
_VENUE = re.compile(r"\b(?:told|telling|tells|tell)\s+(?:the\s+)?[A-Z]\w+|\binterview\s+(?:with|on)\s+(?:the\s+)?[A-Z]\w+|"
                    r"\b(?:on|at)\s+(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)*\s+(?:Show|Programme|Program|Hour|Today|News|Conference|Summit|Convention|Rally)\b")
STRONG_TYPES = ("when", "number", "where", "if", "describe")
# how someone described a state of things: "How did Rudd describe the situation?", "What did she
# call it?", "What word did she use?" (not "What did Rudd call for?", "called on")
_DESCRIBE_ASKED = re.compile(
    r"^(?:so\s+|and\s+)?(?:how\s+(?:did|does|do|has|had)\s+(?:[\w'’-]+\s+){1,5}?(?:describe|characteri[sz]e|call|label|term|sum\s+up)\b"
    r"|what\s+(?:did|does|do|has|had)\s+(?:[\w'’-]+\s+){1,3}?call\b(?!\s+(?:for|on|upon)\b)"
    r"|what\s+(?:word|words|term|adjective)\s+(?:did|does|do|has|had)\s+)"
    r"|\bwhat\s+(?:word|words|term|adjective)\s+(?:did|does|do)\s+\w+\s+use\b")
# a verdict on a state of things, as news quotes it: "It is completely unacceptable."
_VERDICT = re.compile(r"\b(?:it|this|that|which|the\s+situation)\s+(?:is|was|are|were|'s|’s|remains)\s+(?:not\s+)?"
                      r"(?:(?:completely|totally|utterly|absolutely|quite|very|simply|entirely|deeply|wholly|clearly|"
                      r"just|so|too|really|frankly|plainly|extremely)\s+)?"
                      r"(?!(?:a|an|the|that|what|not|being|going)\b)[a-z]+(?:able|ible|ful|ous|ive|ic|al|ing|ed|ent|ant|less|ly|ate)\b",
                      re.I)
_ASKS = re.compile(r"\?[\"”’']?\s*$")
_AGE_ASKED = re.compile(r"\bhow\s+old\b|\bwhat\s+age\b|\bage\b", re.I)
_AGE = re.compile(r"[A-Za-z.’'],\s+\d{1,3}\s*(?:,|\)|$|[―—–])|\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|"
                  r"\bage\s+(?:of\s+)?\d{1,3}\b|\b\d{1,3}\s+years\s+old\b|\(\d{1,3}\)", re.I)
# a word a question names the kind of its answer by, and that kind of answer
_KINDS = [(word, re.compile(pattern)) for word, pattern in [
    ("year", r"\b(?:1[0-9]{3}|20[0-9]{2})\b"),
    ("month", rf"\b(?:{_MONTHS})\b"),
    ("day", rf"\b(?:{_DAYS}|today|yesterday|tonight)\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b"),
    ("date", rf"\b(?:{_DAYS}|{_MONTHS}|1[0-9]{{3}}|20[0-9]{{2}})\b"),
    ("century", r"\bcentury\b|\b\d{1,2}(?:st|nd|rd|th)\s+century"),
]] + [(word, _AGE) for word in ("age", "old")] + [
    (word, _VENUE) for word in ("programme", "program", "show", "tv", "television", "channel", "station",
                                "broadcaster", "broadcast", "outlet", "newspaper", "interview")] + [
    # "What's Amber Rudd's official title?" of "Home Secretary Amber Rudd"
    *[(word, re.compile(r"\b(?:secretar(?:y|ies)|ministers?|president|director|chief|executive|senator|governor|mayor|"
                        r"spokes(?:man|woman|person)|leader|chairman|chairwoman|editor|commissioner|chancellor|"
                        r"ambassador|judge|attorney|minister)\b", re.I))
      for word in ("title", "position")],
    # "What vehicle did he use?" of "drove a rented car"
    ("vehicle", re.compile(r"\b(?:cars?|vans?|trucks?|lorr(?:y|ies)|buses|bus|suvs?|jeeps?|motorbikes?|motorcycles?|4x4s?)\b", re.I))]


# (not "What kind of knife?": a kind the answer must name)
_CATEGORY_ASKED = re.compile(r"\b(?:what|which)\s+(?:[\w'’-]+\s+){0,3}?(method|way|means|technique|tactic|approach|manner)s?\b",
                             re.I)
_DAY_OR_MONTH = re.compile(rf"\b(?:{_DAYS}|{_MONTHS})\b")
_DAY_OR_MONTH_OR_NUMBER = re.compile(rf"\b(?:{_DAYS}|{_MONTHS})\b|\b\d[\d,.]*\b")
# which one it was, asked of one guessed: "Was it al-Qaeda that claimed it?", "... Was it
# Facebook?", or a belief stated and put to the bot: "..., if I remember rightly?", "Have I got
# that right?"
_CLEFT_PATTERN = (r"^\s*(?:was|is|were)\s+it\s+(?!true\b|right\b|correct\b)|(?:^|[.?!]\s+)(?:was|is)\s+it\s+(?:the\s+|an?\s+)?"
                  r"[\w'’-]+\s*\?|\bor\s+was\s+it\b"
                  # after a clause that asks nothing: "In last year's dispute, was it Google that ...?"
                  r"|^(?!\s*(?:who|whom|whose|what|which|when|where|why|how)\b)[^?]*,\s*(?:was|is|were)\s+it\s+(?!true\b|right\b|correct\b)"
                  r"|\bif\s+i\s+remember\s+(?:rightly|correctly)\b|\bif\s+i['’]?m\s+not\s+mistaken\b|"
                  r"\bhave\s+i\s+got\s+(?:that|it)\s+right\b")
_CLEFT = re.compile(_CLEFT_PATTERN, re.I)
# a statement checked: "The attack was on Monday, right?", "..., didn't she?", "so they say", and
# the guesses above
_CHECKED = re.compile(r"\b(?:right|correct|true|yes|no|innit|isn['’]?t\s+it|wasn['’]?t\s+it)\s*[?!.]*\s*$"
                      r"|,?\s*\b(?:didn|wasn|weren|isn|aren|hasn|haven|doesn|don|hadn)['’]?t\s+(?:he|she|it|they|there|we)\s*[?!.]*\s*$"
                      r"|\bso\s+they\s+say\b|" + _CLEFT_PATTERN, re.I)


def checks_statement(question: str) -> bool:
    """Whether the question checks which one it was, of one guessed ("Was it al-Qaeda that
    claimed it?", "Was it the Thursday that it happened?"): the name it gives may be wrong, and
    the article's own (a correction) answers. ("Rudd is a Conservative, isn't she?" checks a
    fact about her, which an article naming no party does not tell.)"""
    return bool(_CLEFT.search(question))


# a name that is no sentence's first word: one of the kind a checked name is covered by
_LATER_CAPITAL = re.compile(r"(?<![.!?\"“]\s)(?<=\s)[A-Z][\w'’-]+")
_DAY_OF_WEEK = re.compile(r"\bdays?\s+of\s+the\s+week\b", re.I)
_QUESTION_WORDS = frozenset("what who whom whose when where why how which is are was were do does did can could will would has have had should in on at the a an and or of according".split())


# a phrase a question puts in quotation marks (group 1 or 2)
QUOTED = re.compile(r"""["“]([^"”]{3,200})["”]|(?:^|\s)['‘]([^'’]{3,200})['’](?=\s|[?.,!]|$)""")


def quoted_phrases(question: str) -> list[re.Pattern]:
    """Patterns for the phrases of two words or more that a question puts in quotation marks,
    matching them case-insensitively across any punctuation and white space."""
    out = []
    for m in QUOTED.finditer(question):
        words = _WORD.findall(m.group(1) or m.group(2) or "")
        if len(words) >= 2:
            out.append(re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.I))
    return out


def phrase_words(pattern: re.Pattern) -> set[str]:
    """The lower-cased words a ``quoted_phrases`` pattern is made of."""
    body = pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
    return {w.lower() for w in body.split(r"\W+")}


# things written in capitals that name no one: "What TV show was she on?" is answered by "the
# BBC's Andrew Marr Show", which never says "TV"
# (not "MP": "Which MP was killed?" is rightly no question for an article that names none)
_COMMON_ACRONYMS = frozenset({"tv"})


def entity_terms(question: str) -> list[str]:
    """The names and numbers a question is about: capitalised words not opening it, and digits.

    A question naming something its best passage's article never mentions is probably not
    answered there (the near-miss case: "What did Angela Merkel say about encryption?").
    """
    terms = []
    for m in re.finditer(r"\b([A-Z][\w'’-]*|\d[\d,.]*)", question):
        word = re.sub(r"['’]s$", "", m.group(1)).strip(".,").lower()
        if not word or word in _QUESTION_WORDS or word in _COMMON_ACRONYMS or word in _HONORIFICS:
            continue
        if m.start() == 0 or question[:m.start()].rstrip().endswith(("?", ".", "!", '"', "“")):
            continue
        terms.extend(w for w in _WORD.findall(word) if w not in _STOP)
    return terms


def full_names(question: str) -> list[tuple[re.Pattern, set[str]]]:
    """The names of two or more capitalised words a question uses ("Amber Rudd"), each as (a
    pattern for its last word as a name, its lower-case words): news names a person in full once,
    then by surname ("Rudd told the BBC"), and such a sentence is about the whole name."""
    out = []
    for m in _NAME.finditer(question):
        words = m.group(0).split()
        while words and words[0].lower() in _QUESTION_WORDS:
            words = words[1:]
        if len(words) >= 2:
            out.append((re.compile(rf"\b{re.escape(words[-1])}\b"), {w.lower() for w in words}))
    return out


def question_type(question: str) -> str:
    """who / when / where / number / why / yesno / what, from the question's first words."""
    q = question.strip().lower()
    if re.match(r"(who|whom|whose)\b", q) or re.search(r"\bwhich (person|man|woman|company|group|team)\b", q):
        return "who"
    if re.match(r"when\b", q) or re.search(r"\b(what|which) (year|date|day|month|century|decade|time)\b", q):
        return "when"
    if re.match(r"where\b", q) or re.search(r"\b(what|which) (country|city|state|place|region)\b", q):
        return "where"
    # "Which programme did Rudd appear on?": where someone spoke (see type_bonus)
    if re.search(r"\b(what|which) (?:\w+ ){0,2}(programme|program|show|channel|station|network|newspaper|outlet|"
                 r"broadcaster|broadcast|interview)s?\b", q):
        return "where"
    if re.search(r"\bhow (many|much|long|old|far|large|big)\b|\bwhat (percentage|percent|number|amount|age)\b"
                 r"|['’]s age\b|\bage of\b|^\w+(?: \w+)? age\W*$|\b(?:his|her|their)\s+(?:\w+\s+)?age\b", q):
        return "number"
    if re.match(r"why\b", q):
        return "why"
    # "What happens if WhatsApp won't cooperate?", "What's the threat?": a consequence, which news
    # gives as a condition ("If the companies do not cooperate, ... would ...")
    # ("What will the government do if they refuse?")
    if re.match(r"(?:so\s+|and\s+)?what\s+(?:happens|will\s+happen|would\s+happen|if)\b", q) \
            or re.match(r"(?:so\s+|and\s+)?if\b[^,?]*,\s*(?:then\s+)?what\b", q) \
            or re.match(r"(?:so\s+|and\s+)?what\s+(?:will|would|could|can|might)\s+[^?]*?\bdo\s+if\b", q) \
            or re.match(r"(?:so\s+|and\s+)?what(?:['’]s|\s+(?:is|are|does|do|did|the))?\b[^?]{0,60}?\b(?:to\s+do|will\s+do|"
                        r"would\s+do|gonna\s+do|going\s+to\s+do)\s+(?:then\s+|now\s+)?(?:if|unless)\b", q) \
            or re.search(r"\bthreat\w*\s+(?:[\w'’-]+\s+){0,3}?if\b", q) \
            or re.search(r"\bwhat(?:\s+is|['’]s)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:threat|consequence|penalty)\b", q):
        return "if"
    if _DESCRIBE_ASKED.search(q):
        return "describe"
    if re.match(r"(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b", q):
        return "yesno"
    if asked_person(question):
        # "What was the name of the man who did it?", "What was the attacker called?": a name
        return "who"
    return "what"


def type_bonus(qtype: str, sentence: str, question: str) -> float:
    """How well the sentence offers the kind of thing the question asks for (0 to 1)."""
    if qtype == "when":
        return 1.0 if _WHEN.search(sentence) else 0.0
    if qtype == "number":
        if _AGE_ASKED.search(question):
            # news gives an age in its own forms: "Khalid Masood, 52, drove", "a 40-year-old man"
            return 1.0 if _AGE.search(sentence) else 0.0
        return 1.0 if _NUMBER.search(sentence) else 0.0
    if qtype == "who":
        qwords = set(_WORD.findall(question.lower()))
        names = [n for n in _NAME.findall(sentence) if not set(n.lower().split()) <= qwords]
        return 1.0 if names else 0.0
    if qtype == "where":
        # "Where did Rudd speak?" asks for a programme or an interview as much as a place
        if _SPEAKING.search(question) and _VENUE.search(sentence):
            return 1.0
        return 1.0 if _PLACE.search(sentence) else 0.0
    if qtype == "why":
        return 1.0 if re.search(r"\b(because|due to|since|so that|in order to|as a result|reason)\b", sentence, re.I) else 0.0
    if qtype == "describe":
        return 1.0 if _VERDICT.search(sentence) else 0.0
    if qtype == "if":
        return 1.0 if re.search(r"\b(?:if|unless)\b[^.;]*\b(?:would|will|could|might|must)\b"
                                r"|\b(?:would|will|could|might)\b[^.;]*\b(?:if|unless)\b", sentence, re.I) else 0.0
    return 0.0


def content_only(text: str, row: SentenceRow, statements: list[dict]) -> str:
    """A sentence with what frames a statement in it (who speaks, the verb of saying and what
    stands between, "Rudd on Sunday called on") blanked out, the words said kept."""
    chars = list(text)
    for st in statements:
        spans = [st["source"], st["cue"], *st["content"]]
        spans = [x for x in spans if x]
        lo, hi = min(x["start"] for x in spans), max(x["end"] for x in spans)
        if hi <= row.start or lo >= row.end:
            continue
        keep = [(x["start"], x["end"]) for x in st["content"]]
        for pos in range(max(lo, row.start), min(hi, row.end)):
            if not any(a <= pos < b for a, b in keep):
                chars[pos - row.start] = " "
    return "".join(chars)


# Weights of the features, fitted on SQuAD questions (see benchmarks/tune.py), a few moved later
# where the seed-like questions gained and SQuAD did not lose (benchmarks/README.md); the score is
# a linear mix so that each part stays explainable in --json output.
WEIGHTS = {"phrase": 0.3, "cos": 1.0, "chunk_cos": 0.15, "bm25": 0.15, "title_cos": 0.0, "type": 0.0,
           "type_strong": 0.1, "type_rank": 0.1, "coverage": 0.0, "idf_coverage": 0.5, "ctx_coverage": 0.3,
           "missing": -0.2, "title_coverage": 0.3, "asks": -0.1, "form_rank": 0.3}


class Retriever:
    """Finds candidate sentences for a question and scores them.

    Args:
        dense: the vector search (one of ``dense``'s: exact, shortlist or Chroma's index).
        index: the in-memory view of the same store.
        n_dense: sentences taken from the nearest-sentence search.
        n_chunks: chunks taken from the nearest-chunk search.
        n_lexical: sentences taken from BM25.
        n_prior: sentences taken from the ``prior_articles`` by each of the two.
    """

    def __init__(self, dense, index: CorpusIndex, n_dense: int = 40, n_chunks: int = 20,
                 n_lexical: int = 40, weights: dict | None = None, n_prior: int = 10) -> None:
        self.dense = dense
        self.index = index
        self.n_dense = n_dense
        self.n_chunks = n_chunks
        self.n_lexical = n_lexical
        self.n_prior = n_prior
        self.weights = weights or WEIGHTS

    def search(self, question: str, qvec: np.ndarray, article_ids: set[str] | None = None,
               boost_articles: dict[str, float] | None = None,
               prior_articles: dict[str, float] | None = None) -> list[Candidate]:
        """Candidates for ``question``, best first.

        Args:
            question: the (rewritten) question.
            qvec: its embedding.
            article_ids: keep only sentences of these articles (metadata filters), if given.
            boost_articles: a small additive boost per article (follow-up questions).
            prior_articles: an additive prior per article that ranks but does not decide
                (``Candidate.prior``): the corpus folder's articles, the conversation's subject
                before it has one. A candidate gets it only when its article holds every name
                and number the question has.
        """
        idx = self.index
        cands: dict[int, Candidate] = {}

        def add(i: int) -> Candidate:
            c = cands.get(i)
            if c is None:
                c = cands[i] = Candidate(row=idx.rows[i])
            return c

        for i, cos in self.dense.sentences(qvec, self.n_dense, article_ids):
            add(i).cos = cos
        for rows, cos in self.dense.chunks(qvec, self.n_chunks, article_ids):
            for i in rows:
                c = add(i)
                c.chunk_cos = max(c.chunk_cos, cos)
        # a phrase quoted in the question is looked for word for word, wherever it is
        phrases = quoted_phrases(question)
        for pattern in phrases:
            # only articles holding every word of the phrase can hold the phrase
            for aid in idx.articles_with(phrase_words(pattern)):
                art = idx.articles[aid]
                for m in pattern.finditer(art.text):
                    for i in idx.rows_overlapping(aid, m.start(), m.start() + 1):
                        add(i).phrase = 1.0
        scores = idx.bm25_scores(question)
        if len(scores):
            # the n best without sorting every sentence of the corpus
            n = min(self.n_lexical, len(scores))
            top = np.argpartition(-scores, n - 1)[:n]
            top = top[np.argsort(-scores[top], kind="stable")]
            best = float(scores[top[0]]) if len(top) else 0.0
            for i in top:
                if scores[i] > 0:
                    add(int(i))
            for i, c in cands.items():
                c.bm25 = float(scores[i]) / best if best > 0 else 0.0
        if prior_articles:
            # the corpus folder's best sentences by meaning and by words come up whatever the
            # rest of the store holds: "what tv show was she on" is answered by "Rudd told the
            # BBC's Andrew Marr Show", which an archive's "said to the TV" would push out
            home = set(prior_articles) if article_ids is None else set(prior_articles) & article_ids
            found = dict(self.dense.sentences(qvec, self.n_prior, home)) if home else {}
            rows = [np.arange(r.start, r.stop) for a in home if (r := idx.by_article.get(a)) is not None]
            if rows and len(scores):
                rows = np.concatenate(rows)
                found.update((int(i), 0.0) for i in rows[np.argsort(-scores[rows], kind="stable")[:self.n_prior]]
                             if scores[i] > 0 and int(i) not in found)
            top_score = float(scores.max()) if len(scores) else 0.0
            for i, cos in found.items():
                if i not in cands:
                    c = add(i)
                    c.cos = cos
                    c.bm25 = float(scores[i]) / top_score if top_score > 0 else 0.0
        # a sentence about what the one before names ("Police said ... the group directed him")
        # comes up through that sentence: its own words rarely bring it up
        for i in list(cands):
            j = i + 1
            if (j < len(idx.rows) and j not in cands and idx.previous_row(j) == i
                    and refers_back(idx.text(idx.rows[j]))):
                add(j)
        if article_ids is not None:
            cands = {i: c for i, c in cands.items() if c.row.article_id in article_ids}
        if not cands:
            return []
        # exact cosines for candidates that came from chunks or BM25 only
        missing = [i for i, c in cands.items() if c.cos == 0.0]
        if missing:
            for i, cos in zip(missing, self.dense.vectors(missing) @ np.asarray(qvec, dtype=np.float32)):
                cands[i].cos = float(cos)
        floor = min((c.chunk_cos for c in cands.values() if c.chunk_cos > 0), default=0.0)
        titles = self.dense.titles(sorted({c.row.article_id for c in cands.values()}))
        title_cos = {aid: float(v @ qvec) for aid, v in titles.items()}
        qtype = question_type(question)
        qwords = set(content_words(question))
        terms = entity_terms(question)
        opening = re.match(r"\s*([A-Z][\w'’-]*)", question)
        if opening:
            # "Rudd made these comments on Monday, correct?": a name may open the question; the
            # corpus tells it from a capital any first word has
            word = re.sub(r"['’]s$", "", opening.group(1)).lower()
            if word not in _QUESTION_WORDS and word not in _STOP and idx.name_form(word) is not None:
                terms.append(word)
        # "The attack was last Monday, right?" is answered by the day it was ("on Wednesday"): a
        # day, month or number a statement checks is covered by one of its kind, and is no name
        # an article must hold
        checked = _CHECKED.search(question)
        checked_kinds = [(m.group(0).lower(), _NUMBER if m.group(0)[0].isdigit() else _DAY_OR_MONTH)
                         for m in _DAY_OR_MONTH_OR_NUMBER.finditer(question)] if qtype == "yesno" or checked else []
        terms = [t for t in terms if t not in {word for word, _ in checked_kinds}]
        # "Was it the Foreign Secretary, Boris Johnson, who went after WhatsApp?": a name checked
        # that the corpus holds nowhere near the rest is covered by another ("Amber Rudd"), and is
        # no name the article must hold, where it holds one of the others
        checked_names = [t for t in terms if not t.isdigit()] if checks_statement(question) and len(terms) > 1 else []
        t_idf = {t: idx.idf.get(stem(t), idx.max_idf) for t in terms}
        t_total = sum(t_idf[t] for t in terms) or 1.0
        # "What happened to ..." asks about an event; "happened" is the question's frame, not
        # something the answer says
        qstems = stems(question) - _FRAME - _ASKING_STEMS
        # "What old-fashioned spying methods did she mention?" of "people would steam-open
        # envelopes": the kind of answer asked for, which an answer shows rather than names
        qstems -= {stem(m.group(1).lower()) for m in _CATEGORY_ASKED.finditer(question)}
        words = content_words(question)
        relative = _SOMEONE_WHO.search(question)
        if qtype == "who" or relative:
            # "Who was the man who drove the car?" of "Khalid Masood, 52, drove ...": the name
            # given is the person asked for, who is rarely also called "the man" ("How old was
            # the guy who did this?" the same)
            # (the first such noun, which names whom the question asks: not "people's" in "Who
            # is the lady asking for people's messages?")
            someone = relative.group(1).lower() if relative else next((w for w in words if w in _SOMEONE), None)
            if someone is not None and sum(w == someone for w in words) == 1:
                qstems -= {stem(someone)} - {stem(w) for w in words if w != someone}
        if _THE_WRITING.search(question):
            # "Which earlier dispute does the article compare this to?": the article is where
            # every answer comes from, no word of the answer
            qstems -= _WRITING_STEMS
        if _TAKE_PLACE.search(question):
            qstems -= stems("take place")
        if qtype == "describe":
            # "What did Rudd call the situation?": the verb asks for her words, which do not use it
            qstems -= _DESCRIBING_STEMS
        if checked:
            # "..., right?" asks whether; "right" is no word of the answer
            qstems -= stems(checked.group(0))
        q_idf = {w: idx.idf.get(w, idx.max_idf) for w in qstems}
        q_total = sum(q_idf.values())
        # the question's words naming the kind of answer it asks for ("age", "year", "programme"),
        # which an answer of that kind ("52,", "2016", "told the BBC's Andrew Marr Show") covers
        # without using them
        kinds = [(stem(word), pattern) for word, pattern in _KINDS
                 if stem(word) in qstems and (word not in ("age", "old") or qtype == "number")
                 and (pattern is not _VENUE or qtype == "where")]
        if _DAY_OF_WEEK.search(question):
            # "On which day of the week ...?": "on Wednesday" gives the week's day as much as the day
            kinds.append((stem("week"), dict(_KINDS)["day"]))
        for word, kind in checked_kinds:
            kinds.append((stem(word), kind))
        absent_in: dict[str, tuple[list[str], list[str]]] = {}

        def absent(aid: str) -> tuple[list[str], list[str]]:
            """The question's names article ``aid`` lacks, and those of them that are checked
            names (when it holds another of the question's names)."""
            if aid not in absent_in:
                lacked = [t for t in terms if not idx.article_has(aid, t)]
                absent_in[aid] = (lacked, [t for t in checked_names if t in lacked] if len(lacked) < len(terms) else [])
            return absent_in[aid]
        names = full_names(question)
        w = self.weights

        named_in: dict[str, list] = {}
        described_in: dict[str, list] = {}

        def described(aid: str) -> list[tuple[re.Pattern, set[str]]]:
            """(pattern, the question's stems it covers) for each person of article ``aid`` the
            question calls by the article's description ("the attacker") or by name ("Masood"):
            a sentence naming the one covers the other."""
            if aid not in described_in:
                out = []
                for word, name in idx.descriptor_links(aid):
                    name_words = [x.lower() for x in name.split()]
                    name_stems = {stem(x) for x in name_words} & q_idf.keys()
                    # "the attack" is what the attacker did: a sentence naming him tells of it
                    word_stems = {stem(word)} | ({stem(word[:-2])} if word.endswith("er") and len(word) > 5 else set())
                    if stem(word) in _DOER_STEMS:
                        # "the perpetrator" of an article calling him "the attacker"
                        word_stems |= _DOER_STEMS
                    if word_stems & q_idf.keys():
                        out.append((re.compile(rf"\b{re.escape(name.split()[-1])}\b"), word_stems & q_idf.keys()))
                    if name_stems:
                        out.append((re.compile(rf"\b[Tt]he\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(word)}\b"), name_stems))
                described_in[aid] = out
            return described_in[aid]

        # "did ISIS direct the attack?" of a passage on "the Islamic State group": another name
        # the news uses for what the question names covers its words
        aliases = []
        for group in _ALIASES:
            for name in group:
                said = re.search(rf"\b{name}\b", question, re.I if name.islower() else 0)
                if said:
                    covers = stems(said.group(0)) & q_idf.keys()
                    others = [o for o in group if o != name]
                    if covers:
                        aliases.append((re.compile(r"\b(?:%s)\b" % "|".join(others), re.I), covers))

        # "Was it his own car or a hired one?": a passage giving one of the choices ("a rented
        # car") answers, and the words of the other are no more to be looked for
        choices = alternatives(question, q_idf.keys())

        def chosen(got: set[str]) -> set[str]:
            for one, other in choices:
                # most of a choice's words, not any one ("did isis direct him" is not given by
                # every sentence on Islamic extremism)
                if 2 * len(got & one) >= len(one):
                    got = got | other
            return got

        def covered(text: str, found: set[str], aid: str) -> set[str]:
            """The question's stems a passage covers: those ``found`` in it, plus a full name's
            when the passage has its surname and the article names it in full somewhere, and a
            person's description or name when the passage uses the other (``described``)."""
            got = set(found)
            if names:
                if aid not in named_in:
                    named_in[aid] = [(surname, {stem(x) for x in name}) for surname, name in names
                                     if all(idx.article_has(aid, x) for x in name)]
                for surname, name_stems in named_in[aid]:
                    if surname.search(text):
                        got |= name_stems
            for pattern, covers in described(aid):
                if pattern.search(text):
                    got |= covers
            for pattern, covers in aliases:
                if pattern.search(text):
                    got |= covers
            return got

        # the question's stems are found in a sentence without stemming all its words: a stem is
        # a prefix of every word it comes from ("-ies" words aside, whose stem ends in "y")
        prefixes = sorted({x[:-1] if x.endswith("y") else x for x in q_idf}
                          | {f for x in q_idf for f in irregular_forms(x)}, key=len, reverse=True)
        stem_words = re.compile(r"\b(?:%s)\w*" % "|".join(map(re.escape, prefixes))) if prefixes else None
        words_of: dict[int, tuple[str, set[str], set[str]]] = {}

        def words(i: int) -> tuple[str, set[str], set[str]]:
            """Row ``i``'s text, its words, and the question's stems among them, once (a
            sentence is often also the one before another candidate)."""
            if i not in words_of:
                t = idx.text(idx.rows[i])
                low = t.lower()
                found = {stem(m) for m in stem_words.findall(low) if m not in _STOP} if stem_words else set()
                words_of[i] = t, set(_WORD.findall(low)), found & q_idf.keys()
            return words_of[i]

        # "Rudd on Sunday called on WhatsApp ...": a date between who speaks and the verb of
        # saying is when they spoke, no answer to when something else happened
        about_speaking = bool(_SPEAKING.search(question))
        statements_in: dict[str, list[dict]] = {}

        def statements(aid: str) -> list[dict]:
            if aid not in statements_in:
                statements_in[aid] = idx.statement_dicts(aid)
            return statements_in[aid]

        missing_in: dict[str, float] = {}
        title_in: dict[str, float] = {}
        speaker_in: dict[int, set[str]] = {}

        def spoken(i: int) -> set[str]:
            """The question's stems in the name of who says row ``i`` ("she warned" covers
            "Rudd" when the statement is Amber Rudd's)."""
            n = int(idx.said_by[i])
            if n < 0:
                return set()
            if n not in speaker_in:
                speaker_in[n] = stems(idx.speakers[n]) & q_idf.keys()
            return speaker_in[n]

        if q_total:
            # a sentence naming the person the question calls by the article's description, or
            # telling of what they did ("When did the attack happen?": "Khalid Masood, 52, drove
            # ..."), comes up through its article: its own words rarely bring it up
            added = []
            for aid in {c.row.article_id for c in cands.values()}:
                patterns = described(aid)
                for j in idx.by_article[aid] if patterns else ():
                    if j not in cands and any(p.search(idx.text(idx.rows[j])) for p, _ in patterns):
                        added.append(j)
            if added:
                for j, cos in zip(added, self.dense.vectors(added) @ np.asarray(qvec, dtype=np.float32)):
                    add(j).cos = float(cos)

        for i, c in cands.items():
            text, swords, sstems = words(i)
            if c.chunk_cos == 0.0:
                c.chunk_cos = floor
            c.title_cos = title_cos.get(c.row.article_id, 0.0)
            # a sentence that is itself a question ("How many are going to die?") asks, it does not tell
            c.asks = 1.0 if _ASKS.search(text) else 0.0
            c.asks_gain = w["asks"] * c.asks
            typed = text
            if qtype == "when" and not about_speaking and idx.said_by[i] >= 0 and not spoken(i):
                typed = content_only(text, c.row, statements(c.row.article_id))
            bonus = type_bonus(qtype, typed, question)
            # a date for "when", a number for "how many", a place for "where" are strong signs;
            # a name for "who" or "because" for "why" are not (fitted on SQuAD)
            if qtype in STRONG_TYPES:
                c.type_strong = bonus
                # as much again to rank by, not to decide on: near misses ("When was Masood
                # born?") meet a date as often as answers do
                # a consequence asked ("What if WhatsApp won't cooperate?") is given by a condition
                # whatever it calls the one who would not ("If the companies do not cooperate, ...
                # would ..."), a description by a verdict ("It is completely unacceptable."): the
                # sentence's form says more than for a date or a number
                c.type_gain = w["form_rank" if qtype in ("if", "describe") else "type_rank"] * bonus
            else:
                c.type_bonus = bonus
            c.coverage = len(qwords & swords) / len(qwords) if qwords else 0.0
            if q_total:
                aid = c.row.article_id
                got = covered(text, sstems, aid) | spoken(i)
                # "What was the attacker's age?" of "Khalid Masood, 52, ...": the age given is
                # the "age" asked for, as "on Wednesday" is the "day"
                got |= {k for k, pattern in kinds if pattern.search(text)}
                if checked_names and _LATER_CAPITAL.search(text):
                    got |= {stem(t) for t in absent(aid)[1]}
                got = chosen(got)
                c.idf_coverage = sum(q_idf[x] for x in got if x in q_idf) / q_total
                # with the sentence before it (same or previous paragraph): a sentence often
                # answers about what the one before named ("... the group directed him")
                prev = idx.previous_row(i)
                if prev is not None:
                    ptext, _, pstems = words(prev)
                    got = chosen(got | covered(ptext, pstems, aid) | spoken(prev))
                c.ctx_coverage = sum(q_idf[x] for x in got if x in q_idf) / q_total
                # "He was shot dead" is about whom the sentence before names
                if prev is not None and refers_back(text):
                    c.idf_coverage = c.ctx_coverage

            if q_total:
                # the question's words in the article's headline: the same for each of its
                # sentences, so it ranks articles, not sentences within one ("When did the attack
                # happen?" is about the article headlined "... Westminster attacker's ...")
                aid = c.row.article_id
                if aid not in title_in:
                    title_in[aid] = sum(q_idf[x] for x in title_stems(idx.articles[aid].title or "")
                                        if x in q_idf) / q_total
                c.title_coverage = title_in[aid]
                c.title_gain = w["title_coverage"] * c.title_coverage
            if terms:
                aid = c.row.article_id
                if aid not in missing_in:
                    # a rare name missing says more than a common one ("Rudd" than "Monday")
                    lacked, checked_lacked = absent(aid)
                    missing_in[aid] = sum(t_idf[t] for t in lacked if t not in checked_lacked) / t_total
                c.missing = missing_in[aid]
            if boost_articles:
                c.boost = boost_articles.get(c.row.article_id, 0.0)
            if prior_articles and c.missing == 0.0:
                c.prior = prior_articles.get(c.row.article_id, 0.0)
            c.score = (w["cos"] * c.cos + w["chunk_cos"] * c.chunk_cos + w["bm25"] * c.bm25
                       + w["title_cos"] * c.title_cos + w["type"] * c.type_bonus + w["type_strong"] * c.type_strong
                       + w["coverage"] * c.coverage + w["idf_coverage"] * c.idf_coverage
                       + w["ctx_coverage"] * c.ctx_coverage

                       + w["missing"] * c.missing + w["phrase"] * c.phrase + c.boost + c.prior + c.title_gain + c.type_gain
                       + c.asks_gain)
        return sorted(cands.values(), key=lambda c: -c.score)


# a question is uncertain, and worth re-scoring in context, when its best two candidates are this close
RERANK_MARGIN = 0.2


def rerank_in_context(candidates: list[Candidate], index: CorpusIndex, embedder, qvec: np.ndarray, n: int,
                      margin: float = RERANK_MARGIN) -> list[Candidate]:
    """Re-score the best ``n`` candidates of an uncertain question with an embedding of each
    sentence read after the one before it, embedded together at question time.

    "Police said ... that the group directed him" means little alone; after "The Islamic State
    group claimed responsibility ..." it answers "Did the Islamic State direct the attacker?". A
    mean of the two sentence vectors does not capture that (measured: no change); the model
    reading both does. A candidate gains what that cosine adds to its own. Skipped when the best
    candidate leads the next by ``margin`` or more: the encoding costs a few ms a sentence.
    """
    top = candidates[:n]
    if n <= 0 or len(top) < 2 or top[0].score - top[1].score >= margin:
        return candidates
    pairs: list[tuple[Candidate, str]] = []
    for c in top:
        rows = index.rows_overlapping(c.row.article_id, c.row.start, c.row.start + 1)
        prev = index.previous_row(rows[0]) if rows else None
        if prev is not None:
            pairs.append((c, index.text(index.rows[prev]) + " " + index.text(c.row)))
    if not pairs:
        return candidates
    cos = embedder.encode([t for _, t in pairs]) @ np.asarray(qvec, dtype=np.float32)
    for (c, _), v in zip(pairs, cos):
        c.context_cos = float(v)
        c.context_gain = max(0.0, c.context_cos - c.cos)
        c.score += c.context_gain
    return sorted(top, key=lambda c: -c.score) + candidates[n:]

