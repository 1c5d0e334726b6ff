"""Who said what: look statements up by speaker (``who``) or by their words (``said``), and
recognise questions that are really such look-ups ("What did Amber Rudd say about WhatsApp?",
"Who said 'a secret place for terrorists'?").

Statements come from the store's article records, extracted at ingest by ``quotes``. A quote
shown for a statement is the whole sentence(s) holding its content, so the attribution clause
("she said") comes with it; when that would exceed the quote limits, the content alone is shown.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .models import Statement
from .code_mixed import read_code_mixed
from .names_asked import asked_as_statement, asked_person
from .spelling import frequency
from .retrieval import IRREGULAR, QUOTED, CorpusIndex, content_words, skeleton, stems, unpack_lines
from .store import speaker_key
from .text import names_someone_before

_ROLE_WORDS = frozenset(
    """the a an home foreign defence defense interior justice prime chief deputy general former
    secretary minister president vice senator sen rep representative governor gov mayor leader
    spokesman spokeswoman spokesperson chairman chairwoman chair director attorney commissioner
    candidate nominee democratic republican labour conservative party us u.s. uk british american
    mr mrs ms dr sir lady lord""".split()
)

# the titles of ministers called secretaries (folded as ``speaker_key`` folds a role)
_CABINET_SECRETARY = re.compile(
    r"\b(?:home|foreign|defen[cs]e|health|justice|culture|education|transport|environment|business|trade|"
    r"energy|treasury|interior|northern ireland|scottish|welsh|brexit|work and pensions)\s+secretary\b"
    r"|\bsecretary\s+of\s+state\b|\bcabinet\s+secretary\b")

_WHO_SAID = re.compile(
    r"""^\s*who\s+(?:said|says|wrote|tweeted|claimed|stated|warned|called\s+\w+|described\s+\w+\s+as|came\s+up\s+with|coined|uttered)\s*[,:]?\s*
        (?:that\s+)?["“'‘](?P<q>.+?)["”'’]\s*\??\s*$|
        ^\s*who\s+(?:(?:said|says|wrote|tweeted|stated)\s+(?:that\s+)?|claimed\s+that\s+)(?P<p>.+?)\s*\??\s*$""",
    re.I | re.X,
)
_WHAT_SAID = re.compile(
    r"""^\s*(?:what|how)\s+(?:did|does|do|has|have|had)\s+(?P<name>.+?)\s+
        (?:say|said|think|tell\s+\w+|claim|argue|warn|write|tweet|told\s+\w+|thinks|ask|ask\s+\w+|conclude|believe|
           announce|admit|deny|suggest|report|reveal|respond|reply|comment|insist|explain|promise|predict|state|add|react|
           threaten|threatened)
        (?:\s+back)?
        # "in its statement", "in response", "in an interview" frame the words; they are no topic
        (?:\s+in\s+(?:(?:its|his|her|their|the|a|an)\s+)?(?:statement|response|reply|interview|speech|remarks|letter|tweet|post)s?
           (?=\s+(?:about|on|to)\b|\s*\??\s*$))?
        (?:\s+(?:about|on|of|regarding|concerning|over|when\s+asked\s+about|in\s+(?:response|reply)\s+to|after|before|during|since|to
                 # "What did Rudd threaten if the firms refuse?"
                 |(?<=threaten\s)if|(?<=threatened\s)if|(?<=threaten\s)unless|(?<=threatened\s)unless)
           \s+(?P<topic>.+?))?\s*\??\s*$""",
    re.I | re.X,
)
# "What old surveillance methods did Rudd mention?": what someone said of the thing named
_WHAT_THING_SAID = re.compile(
    r"""^\s*(?:what|which)\s+(?P<topic>(?!(?:did|does|do|has|have|had|is|was)\b)[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+
        # "Which FBI case does the article mention?" asks the article, which says nothing
        (?:did|does|has|had)\s+(?!(?:the|this|that|your)\s+(?:article|story|piece|report|text|corpus|news)\b)(?P<name>.+?)\s+
        # not "call for" or "demand": news reports a demand ("called on WhatsApp to give access")
        # more often than it quotes one
        (?:say|said|mention|mentioned|cite|cited|describe|described|warn\s+(?:about|of)|warned\s+(?:about|of))
        \s*\??\s*$""",
    re.I | re.X,
)
# "Show me what the police said", "Quote Amber Rudd on terrorism", "Give me Rudd's words on
# encryption": the same look-up, asked as a request
_SHOW_SAID = re.compile(
    r"""^\s*(?:please\s+)?(?:
          (?:(?:show(?:\s+me)?|tell\s+me|give\s+me|find|list)\s+)?what\s+(?P<name1>(?!(?:did|does|do|has|have|had|is|was|are|were)\b).+?)\s+
              (?:said|says|say|thinks?|wrote|writes|told\s+\w+)
        | quote\s+(?P<name2>.+?)
        | (?:show(?:\s+me)?|give\s+me|find|list)\s+(?P<name3>.+?)['’]s?\s+
              (?:words|quotes?|statements?|comments?|remarks?)
        )(?:\s+(?:about|on|regarding|concerning)\s+(?P<topic>.+?))?\s*[.?!]*\s*$""",
    re.I | re.X,
)
# "Give me the quote where Rudd mentions envelopes", "Find the part where the police talk about
# the group": the same look-up, the topic after the verb
_QUOTE_WHERE = re.compile(
    r"""^\s*(?:please\s+)?(?:(?:show|give|find|get)(?:\s+me)?|list|quote)\s+(?:the\s+|a\s+|any\s+)?
        (?:quotes?|quotations?|statements?|passages?|parts?|bits?|lines?|words|sentences?|places?)\s+
        (?:where|in\s+which|when)\s+(?P<name>.+?)\s+
        (?:mentions?|mentioned|talks?\s+about|talked\s+about|speaks?\s+(?:about|of)|spoke\s+(?:about|of)|says|said|
           refers?\s+to|referred\s+to|discuss(?:es|ed)?|brings?\s+up|brought\s+up)
        \s+(?P<topic>.+?)\s*[.?!]*\s*$""",
    re.I | re.X,
)
_QUOTE_BY = re.compile(
    r"""^\s*(?:please\s+)?(?:show(?:\s+me)?|give\s+me|find|list)\s+(?:the\s+|a\s+|any\s+)?
        (?:quotes?|quotations?|statements?|words|comments?|remarks?)\s+(?:about|on|regarding)\s+(?P<topic>.+?)
        \s+(?:by|from)\s+(?P<name>.+?)\s*[.?!]*\s*$""",
    re.I | re.X,
)
# "Did Rudd say WhatsApp was acceptable?", "Did Facebook comment on the demand?": whether someone
# said something is answered by their statements, or by nothing
_DID_SAY = re.compile(
    r"""^\s*(?:did|has|have|does|do)\s+(?P<name>.+?)\s+
        # (not "Did ISIS tell him to do it?": an order, which a passage reports in its own words)
        (?:say|said|comment(?:ed)?|respond(?:ed)?|react(?:ed)?|repl(?:y|ied)|admit(?:ted)?|deny|denied|confirm(?:ed)?|
           claim(?:ed)?|warn(?:ed)?|suggest(?:ed)?|tell\s+\w+\b(?!\s+to\s)|told\s+\w+\b(?!\s+to\s)|think|believe|call(?:ed)?\s+for)\b
        # "Did Trump say anything about ...?": the topic is what follows
        (?:\s+(?:anything|something))?
        (?:\s+(?:that|about|on|to|in\s+(?:response|reply)\s+to)\b)?\s*(?P<topic>.*?)\s*\??\s*$""",
    re.I | re.X,
)

# "Do the police think he had help?": whether someone said or thinks something, a clause
_WHETHER_SAID = re.compile(r"^\s*(?:did|has|have|does|do)\b.*?\b(?:say|said|think|thought|believe|believed|claim|"
                           r"confirm|deny|admit|suggest)\s+(?!about\b|on\b|to\b|anything\b|something\b|so\b)\w",
                           re.I)


def asks_whether_said(question: str) -> bool:
    """True for "Did police believe he acted alone?", "Does Rudd think encryption should end?":
    whether someone holds that a thing is so, which a passage reporting them may tell in other
    words than their statements' ("they believe he acted alone"); not "Did Rudd say anything
    about Facebook?"."""
    return bool(_WHETHER_SAID.match(question))


# "What is WhatsApp's response to Rudd?", "What was Amber Rudd's view on encryption?": what someone
# said, asked through the noun for it
_SAID_NOUN = re.compile(
    r"""^\s*what\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?P<name>[^?]+?)['’]s?\s+
        (?:(?:official|public|formal|first|initial|own|exact)\s+)?
        (?:(?:response|reaction|reply|answer|comments?|remarks?|stance|views?|opinion)
           (?:\s+(?:to|on|about|regarding|concerning|over)\s+(?P<topic>.+?))?
         # "What is Rudd's position?" asks for her job; "... position on encryption?" for her words
         |position\s+(?:on|about|regarding|concerning|over)\s+(?P<topic2>.+?))\s*\??\s*$
    # "What was the reaction from WhatsApp?"
    |^\s*what\s+(?:is|was|has\s+been)\s+(?:the\s+)?(?:response|reaction|reply|answer|comment)\s+(?:from|of)\s+
        (?P<name2>(?:the\s+)?[A-Z][^?]*?)(?:\s+(?:to|on|about|regarding)\s+(?P<topic3>.+?))?\s*\??\s*$""",
    re.I | re.X,
)


class StatementSource:
    """The statement bodies of a corpus view (``CorpusIndex.statements``: each article's
    statements as compressed JSON lines), parsed one statement at a time when a row's
    ``statement`` is read (a cold reader unpickles every row of the store but looks at a few),
    the last 65,536 kept (and the last 1,024 articles' lines). The bodies are the corpus view's,
    not a copy: pickled rows leave them out, and ``attach`` points them at the view again."""

    def __init__(self, blobs: dict[str, bytes] | None) -> None:
        self.attach(blobs)

    def attach(self, blobs: dict[str, bytes] | None) -> None:
        self.blobs = blobs
        self.get = lru_cache(maxsize=65_536)(self._parse)
        self._lines = lru_cache(maxsize=1_024)(self._unpack)

    def _unpack(self, article_id: str) -> list[str]:
        return unpack_lines(self.blobs[article_id])

    def _parse(self, article_id: str, n: int) -> Statement:
        if self.blobs is None:
            raise RuntimeError("statement rows read before their source was attached")
        return Statement.model_validate_json(self._lines(article_id)[n])

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self.__init__(None)


@dataclass(slots=True)  # slots: a store holds one of these a statement (~90k at 100k chunks)
class StatementRow:
    """One stored statement: its speaker fields, and its body read from ``source`` on use."""

    article_id: str
    version: str
    speaker: str
    key: str
    description: str
    n: int
    source: StatementSource = field(repr=False, compare=False)

    @property
    def id(self) -> str:
        """``ARTICLE:VERSION:qN``, as the store names statements (worked out: a string a row
        of the largest table a reader holds)."""
        return f"{self.article_id}:{self.version}:q{self.n}"

    @property
    def statement(self) -> Statement:
        return self.source.get(self.article_id, self.n)


def load_statements(index: CorpusIndex, article_ids: list[str] | None = None) -> list[StatementRow]:
    """Every statement of the index's articles (or of ``article_ids`` only), in reading order."""
    rows = []
    source = StatementSource(index.statements)
    for aid in sorted(index.statements if article_ids is None else article_ids):
        art = index.articles.get(aid)
        if art is None:
            continue
        v = art.content_hash[:12]
        for n, raw in enumerate(index.statement_dicts(aid)):
            speaker = raw.get("speaker") or ""
            # interned: a speaker's name, key and role recur in thousands of rows
            rows.append(StatementRow(aid, v, sys.intern(speaker), sys.intern(speaker_key(speaker or None)),
                                     sys.intern(raw.get("speaker_description") or ""), n, source))
    return rows


def statement_rows(index: CorpusIndex, row: StatementRow) -> list[int]:
    """The index rows of the sentences a statement's content overlaps, in order."""
    found: set[int] = set()
    for c in row.statement.content:
        found.update(index.rows_overlapping(row.article_id, c.start, c.end))
    return sorted(found)


def statement_vectors(dense, index: CorpusIndex, rows: list[StatementRow]) -> list[np.ndarray | None]:
    """Each statement's embedding: the normalised mean of its sentences' (as ingest made them);
    None for a statement with no stored sentence. ``dense`` is a ``dense.DenseSearch``."""
    members = [statement_rows(index, r) for r in rows]
    wanted = sorted({i for m in members for i in m})
    vecs = dense.vectors(wanted) if wanted else np.zeros((0, 1), dtype=np.float32)
    at = {i: n for n, i in enumerate(wanted)}
    out: list[np.ndarray | None] = []
    for m in members:
        v = vecs[[at[i] for i in m]].sum(axis=0) if m else None
        norm = float(np.linalg.norm(v)) if v is not None else 0.0
        out.append(v / norm if norm else None)
    return out


def name_tokens(name: str) -> set[str]:
    """The words of a name that identify a person (no titles or roles)."""
    return {w for w in speaker_key(name).split() if w not in _ROLE_WORDS}


@dataclass
class TopicData:
    """One speaker's statements, in ``SpeakerIndex.by_key`` order, ready to rank by topic."""

    spans: list[tuple[int, int, int]]
    stems: list[frozenset[str]]
    vectors: np.ndarray


class SpeakerIndex:
    """Statements grouped by speaker, with name matching."""

    def __init__(self, rows: list[StatementRow]) -> None:
        self.rows = rows
        self.source = rows[0].source if rows else StatementSource({})
        self.by_article: dict[str, list[StatementRow]] = {}
        for r in rows:
            self.by_article.setdefault(r.article_id, []).append(r)
        self.by_key: dict[str, list[int]] = {}
        self.names: dict[str, str] = {}
        for i, r in enumerate(rows):
            if r.key:
                self.by_key.setdefault(r.key, []).append(i)
                # the fullest spelling seen names the speaker
                if len(r.speaker) > len(self.names.get(r.key, "")):
                    self.names[r.key] = r.speaker

        # key -> its identifying words; word -> keys holding it: a name is matched without
        # scanning every speaker (PolNeAR's train split has 3,000)
        self.key_words = {k: [w for w in k.split() if w not in _ROLE_WORDS] for k in self.by_key}
        self.by_word: dict[str, set[str]] = {}
        for k, ws in self.key_words.items():
            for w in ws:
                self.by_word.setdefault(w, set()).add(k)
        self.roles: dict[str, set[str]] = {}  # key -> the roles its statements give it, folded
        for i, r in enumerate(rows):
            if r.key and r.description:
                self.roles.setdefault(r.key, set()).add(speaker_key(r.description))
        self._topics: dict[str, "TopicData"] = {}

    def topic_data(self, key: str, index: CorpusIndex, dense) -> "TopicData":
        """What ``who NAME TOPIC`` ranks a speaker's statements by, worked out on the speaker's
        first such question and kept: the passage shown, its word stems and the statement's
        embedding. Per speaker, not for all at once: a large corpus has a million statements."""
        got = self._topics.get(key)
        if got is None:
            rows = [self.rows[i] for i in self.by_key.get(key, ())]
            spans = [quote_span(index, r) for r in rows]
            words = [frozenset(passage_stems(index, r, a, b)) for r, (a, b, _) in zip(rows, spans)]
            vecs = statement_vectors(dense, index, rows)
            dim = next((len(v) for v in vecs if v is not None), 1)
            matrix = np.zeros((len(rows), dim), dtype=np.float32)
            for n, v in enumerate(vecs):
                if v is not None:
                    matrix[n] = v
            got = self._topics[key] = TopicData(spans, words, matrix)
        return got

    def __getstate__(self) -> dict:
        # topic data follows the store's vectors, which the pickled cache does not key on
        return {k: v for k, v in self.__dict__.items() if k != "_topics"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._topics = {}

    def match(self, name: str) -> list[str]:
        """Speaker keys that ``name`` refers to: "Rudd", "amber rudd", "Home Secretary Amber Rudd"
        and "the Home Secretary" all find Amber Rudd."""
        q = name_tokens(name)
        if not q:
            role = speaker_key(name)
            role = re.sub(r"^(the|a|an)\s+", "", role)
            if not role:
                return []
            found = [k for k, roles in self.roles.items() if any(role in d for d in roles)]
            if re.fullmatch(r"(?:(?:government|cabinet|senior|british|uk)\s+)?ministers?", role):
                # a secretary of a cabinet is a minister ("the minister" of Home Secretary Amber
                # Rudd), not a press or party secretary
                found += [k for k, roles in self.roles.items()
                          if k not in found and any(_CABINET_SECRETARY.search(d) for d in roles)]
            # the role may also stand as the speaker itself ("the Home Secretary said")
            found += [k for k in self.by_key if k not in found and re.search(rf"\b{re.escape(role)}\b", k)]
            national = re.match(r"(?:uk|us|u\.k\.|u\.s\.|[a-z]+(?:ish|ian|ese|an|ch))\s+(?=\w)", role)
            if not found and national:
                # "the British Home Secretary" is the Home Secretary the articles call "Britain's"
                return self.match(role[national.end():])
            return sorted(found, key=lambda k: -len(self.by_key[k]))
        # "Rudd" and "amber rudd" name the key "amber rudd" (q within the key); a key that is the
        # name less a first name ("clinton" for "Bill Clinton") counts only when no key holds it all
        ordered = [w for w in speaker_key(name).split() if w not in _ROLE_WORDS]
        within = set.intersection(*(self.by_word.get(w, set()) for w in q))
        keys = list(within)
        if not keys and len(ordered) > 1:
            keys = [k for k in self.by_word.get(ordered[-1], ()) if self.key_words[k] == ordered[1:]
                    and not self._common_noun(k)]
        # "Clinton" may name several people; prefer the most quoted when the name is partial
        return sorted(keys, key=lambda k: -len(self.by_key[k]))

    def _common_noun(self, key: str) -> bool:
        """True when the articles write the speaker in lower case somewhere ("according to
        police"): a group, not a surname, so "Metropolitan Police" is not "police" the way "Bill
        Clinton" is "Clinton"."""
        for i in self.by_key.get(key, ()):
            src = self.rows[i].statement.source
            if src is not None and src.text.strip() == src.text.strip().lower():
                return True
        return False

    def correct(self, name: str) -> str | None:
        """The speaker key a misspelt ``name`` stands for ("Amber Rud", "Adam Shiff"): every
        identifying word of the name close to a word of the key (same first letter, similarity
        0.8 or more, in order), and no other person as close (keys meeting the same words are
        one person: the most quoted is taken). None when nobody, or several people, fit."""
        q = [w for w in speaker_key(name).split() if w not in _ROLE_WORDS]
        if not q:
            return None

        def close(a: str, b: str) -> bool:
            # one letter wrong in a four-letter name ("Ruud" for "Rudd") is a ratio of 0.75; a
            # name misspelt by ear sounds the same ("Rood", "Masud")
            need = 0.75 if min(len(a), len(b)) <= 4 else 0.8
            return a[0] == b[0] and (difflib.SequenceMatcher(None, a, b).ratio() >= need
                                     or len(a) >= 4 and skeleton(a) == skeleton(b))

        # candidates share a word's first letter with the name's last word (its surname)
        near = {k for w, keys in self.by_word.items() if w[0] == q[-1][0] for k in keys}
        fits: dict[tuple[str, ...], list[str]] = {}   # the key words the name met -> keys
        for k in near:
            words = self.key_words[k]
            at, met = 0, []
            for w in q:
                at = next((j + 1 for j in range(at, len(words)) if close(w, words[j])), -1)
                if at < 0:
                    break
                met.append(re.sub(r"[’']s$", "", words[at - 1]))
            if at > 0:
                fits.setdefault(tuple(met), []).append(k)
        if len(fits) != 1:
            return None
        # "Donald Trmp" meets "donald trump" and "donald j. trump": one person, the most quoted
        return max(next(iter(fits.values())), key=lambda k: len(self.by_key[k]))

    def suggest(self, name: str, n: int = 5) -> list[str]:
        """The speakers whose names are closest to ``name``."""
        names = {self.names[k]: k for k in self.by_key}
        # a misspelt name mostly keeps its words' first two letters: compare with those first
        heads = {w[:2] for w in speaker_key(name).split()}
        near = [x for x in names if heads & {w[:2] for w in self.key_words[names[x]]}]
        close = difflib.get_close_matches(name, near, n=n, cutoff=0.4)
        if not close:
            close = difflib.get_close_matches(name, list(names), n=n, cutoff=0.4)
        if len(close) < n:
            q = set(speaker_key(name).split())
            extra = sorted(names, key=lambda x: -len(q & set(speaker_key(x).split())) - 0.001 * len(self.by_key[names[x]]))
            close += [x for x in extra if x not in close and q & set(speaker_key(x).split())][: n - len(close)]
        if not close:
            close = sorted(names, key=lambda x: -len(self.by_key[names[x]]))[:n]
        return close


_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<owner>.+?)['’]s?\s+(?P<role>[\w -]+)$", re.I)


def possessive(name: str) -> tuple[str, str] | None:
    """``(owner, role)`` when ``name`` is someone described through another ("Stein's
    spokeswoman", "the president's lawyer"): not the owner, so not the owner's statements."""
    m = _POSSESSIVE.match(name.strip())
    if not m or not m.group("role").strip():
        return None
    return m.group("owner").strip(), m.group("role").strip()


# verbs (and "according to") that report what someone said, wrote or thought
_SPEECH = re.compile(
    r"\b(?:says?|said|tells?|told|stated|add(?:s|ed)|warn(?:s|ed)|argu(?:es|ed)|claim(?:s|ed)|"
    r"wr(?:ites|ote)|tweet(?:s|ed)|announc(?:es|ed)|respond(?:s|ed)|repl(?:ies|ied)|comment(?:s|ed)|"
    r"insist(?:s|ed)|explain(?:s|ed)|not(?:es|ed)|declin(?:es|ed)|den(?:ies|ied)|confirm(?:s|ed)|"
    r"acknowledg(?:es|ed)|urg(?:es|ed)|call(?:s|ed|ing)|according|spokes(?:man|woman|person))\b", re.I)


# a speaker named just after the verb ("said Rudd", "according to Fox News"); not a listener
# ("said to Andrew Marr", "told the BBC's Andrew Marr Show")
# ("said Home Secretary Amber Rudd", "according to the BBC": only a title or "the" between; "said
# attacks like Masood's" is not Masood speaking)
_SPOKEN_BY = re.compile(r"(?i:\baccording\s+to|\b(?:says|said|add(?:s|ed)|wr(?:ites|ote)|tweet(?:s|ed)|not(?:es|ed)|"
                        r"explain(?:s|ed)|argu(?:es|ed)|warn(?:s|ed)|claim(?:s|ed))\b(?!\s+to\b))"
                        r"(?:\s+(?:[Tt]he|[Aa]n?|[A-Z][\w.'’-]*)){0,2}\s*$")


# the collective voices of the state in an investigation
_OFFICIALDOM = frozenset("authorities police officials investigators detectives prosecutors officers".split())


def reports_speech(passage: str, name: str) -> bool:
    """True when ``passage`` reports what ``name`` said: a word of the name (of the role, for
    "Stein's spokeswoman") within a few words before a verb of saying ("WhatsApp said", "Rudd
    told the BBC", "a WhatsApp spokesman said") or just after one ("said Rudd", "according to
    WhatsApp"). Merely naming them ("called on WhatsApp to ...") is not reporting them."""
    described = possessive(name)
    words = ({w for w in re.findall(r"\w+", described[1].lower()) if w not in {"the", "a", "an"}}
             if described else {w for w in name_tokens(name) if len(w) > 2})
    if words and words <= _OFFICIALDOM:
        # news reports the authorities as police, officials or investigators, one for another
        words = set(_OFFICIALDOM)
    if not words:
        return False
    low = passage.lower()
    for m in re.finditer(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(words))), low):
        if re.match(r"['’]s\b", low[m.end():m.end() + 2]):
            continue  # "attacks like Masood's": his, not his words
        after = " ".join(passage[m.end():].split()[:7])
        before = " ".join(passage[:m.start()].split()[-3:])
        verb = _SPEECH.search(after)
        # "In a Facebook message posted Friday, Cruz said": someone else named says it
        if verb and re.search(r",\s+(?:[A-Z][\w'’.-]*\s+)+$", after[:verb.start()]):
            verb = None
        # "said Rudd", "according to WhatsApp"; but "told the BBC's Andrew Marr Show" is told to him
        if verb or _SPOKEN_BY.search(before):
            return True
    return False


_AUTHOR = re.compile(
    r"""^\s*(?:(?:wait|so|ok|okay|and|but|um|hey)[\s,]+)*
        (?:who\s+(?:(?:even|actually|really|exactly)\s+)?(?:wrote|writes?|authored|reported|(?:is|was)\s+(?:the\s+)?(?:author|writer|reporter|journalist)\s+(?:of|on|behind)
             # a learner's "Who is write this article?"
             |(?:is|was|did)\s+(?:write|writes|writing|written|wrote)(?=\s+(?:this|that|the)\s+(?:news\s+)?(?:article|story|piece|report|item)\b)
             |(?:is|was)\s+(?:the\s+)?byline\s+(?:of|on|for)
             |(?:is|was)\s+credited\s+(?:as\s+the\s+(?:author|writer|reporter)\s+of|with\s+(?:writing|the\s+byline\s+(?:of|on)))
             # "Who is the author?": of the conversation's article, or the bot asks which
             |(?:is|was)\s+the\s+(?:author|writer|reporter)(?=\s*\??\s*$))
        |which\s+(?:journalist|reporter|writer|author)\s+(?:wrote|reported)(?:\s+(?:on|about))?
        # "Name the reporter with the byline on this one."
        |name\s+the\s+(?:author|writer|reporter|journalist)(?:\s+(?:with\s+the\s+byline|who\s+wrote|behind))?(?:\s+(?:on|of|for))?
          (?=\s+(?:this|that|the|it)\b)
        |whose\s+(?:article|story|piece|report)\s+(?:is|was)
        |whose\s+(?:name|byline)\s+(?:is|was|appears)\s+(?:on|under|at\s+the\s+top\s+of)
        # "What is the author's name?", "What's the name of the writer of this piece?"
        # (of an article: "the name of the author of the study" asks the passages)
        |(?:what(?:['’]s|\s+is|\s+was)\s+)?(?:the\s+)?(?:name\s+of\s+the\s+(?:author|writer|reporter|journalist)
            (?=\s*\??\s*$|\s+(?:of|on|behind)\s+(?:the|this|that)\s+(?:news\s+)?(?:article|story|piece|report|item)\b)
            (?:\s+(?:of|on|behind))?
          |(?:author|writer|reporter|journalist)(?:['’]s)?\s+name(?=\s*\??\s*$)))
        (?:\s+|(?=\s*\??\s*$))(?P<about>.*?)\s*[?.!]*\s*$""",
    re.I | re.X,
)
_WRITING = re.compile(r"^(?:(?:the|this|that|an?)\s+)?(?:(?:news\s+)?(?:article|story|piece|report|item)s?|news\b(?!\s+(?!(?:about|on|that|called|titled|headlined|which)\b)\w))\b"
                      r"\s*(?:(?:about|on|that|called|titled|headlined|which)\b\s*)?", re.I)

_THE_WRITING = re.compile(r"(?:the|this|that|your)\s+(?:news\s+)?(?:article|story|piece|report|item|text|writer|"
                          r"author|journalist|reporter|paper|headline|source)", re.I)
# "the WhatsApp article", "the WhatsApp article about Westminster"
_WRITING_AFTER = re.compile(r"^(?:the|this|that|an?)\s+(?P<d>.+?)\s+(?:news\s+)?(?:article|story|piece|report|item)"
                            r"(?:\s+(?:about|on)\s+(?P<d2>.+?))?\s*$", re.I)


def _described(named: "re.Match[str]") -> str:
    """What a ``_WRITING_AFTER`` match describes: "WhatsApp Westminster" of "the WhatsApp
    article about Westminster"."""
    return " ".join(x for x in (named.group("d"), named.group("d2")) if x)


# whether someone wrote it, asked of a name: "Was the article written by Ben Ariel?", "Did Ben Ariel
# write this piece?", "Is Ben Ariel the author?" (the byline answers, whoever it names)
_NAME_TYPED = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
_IT_WRITTEN = (r"(?:it|this|that|(?:the|this|that)\s+(?:[\w-]+\s+)?(?:news\s+)?(?:article|story|piece|report)"
               r"(?:\s+(?:about|on)\s+[^?]+?)?)")
_AUTHOR_CHECKED = re.compile(
    rf"^\s*(?:(?:was|is)\s+(?P<w>{_IT_WRITTEN})\s+(?:(?:really|actually)\s+)?(?:written|authored|reported|filed|by)\s+(?:by\s+)?{_NAME_TYPED}"
    rf"|did\s+{_NAME_TYPED}\s+(?:really\s+|actually\s+)?(?:write|author|report|file)\s+(?P<w2>{_IT_WRITTEN})"
    rf"|(?:is|was)\s+{_NAME_TYPED}\s+(?:really\s+|actually\s+)?the\s+(?:author|writer|reporter|journalist)(?:\s+of\s+(?P<w3>{_IT_WRITTEN}))?"
    rf"|(?:is|was)\s+the\s+(?:author|writer|reporter|byline)(?:\s+of\s+(?P<w4>{_IT_WRITTEN}))?\s+{_NAME_TYPED}"
    # put as a statement to check: "The article was written by Ben Ariel?", "Ben Ariel wrote it?"
    rf"|(?P<w5>{_IT_WRITTEN})\s+(?:was|is)\s+(?:written|authored|reported|filed|by)\s+(?:by\s+)?{_NAME_TYPED}"
    rf"|{_NAME_TYPED}\s+(?:wrote|authored|filed)\s+(?P<w6>{_IT_WRITTEN}))"
    r"\s*[?.!]*\s*$", re.I)


# words that end a question without describing anything: "Who wrote this article now then?"
_TAG_WORDS = frozenset("now then again anyway anyways exactly eh please pls mate bro lol though tho actually "
                       "really even originally".split())


def parse_author(question: str) -> str | None:
    """What a "Who wrote the article about X?" question describes ("X"; "" for "Who wrote
    it?"), or None when it does not ask for an author. "Who wrote 'a secret place'?" asks who
    said a phrase, not who wrote an article. Whether a name wrote it is asked of the author too
    ("Was the article written by Ben Ariel?"): the byline answers it."""
    checked = _AUTHOR_CHECKED.match(question)
    if checked:
        written = next((w for w in checked.groups() if w), "it")
        writing, named = _WRITING.match(written), _WRITING_AFTER.match(written)
        if writing and writing.end() < len(written):
            return written[writing.end():].strip()  # "the article about WhatsApp"
        return _described(named) if named and not writing else ""
    m = _AUTHOR.match(re.sub(r"^(\s*who)['’]s\b", r"\1 is", question, flags=re.I))
    if not m:
        return None
    about = m.group("about").strip()
    if about[:1] and about[:1] in "\"“'‘":
        return None
    writing = _WRITING.match(about)
    if writing:
        # "this piece of surveillance cheerleading" is this piece; "this article, eh" and "this
        # article: A) Andrew Marr B) Ben Ariel" describe no other
        rest = about[writing.end():].strip()
        tags = all(w in _TAG_WORDS for w in re.findall(r"\w+", rest.lower()))
        return "" if re.match(r"of\s|[,:;(?.!-]", rest, re.I) or tags or not content_words(rest) else rest
    named = _WRITING_AFTER.match(about)
    if named:
        return _described(named)  # "the WhatsApp article"
    # "Who wrote it?" / "Who reported this?" ask about the conversation's article
    if about.lower() in ("it", "this", "that"):
        return ""
    # "Which reporter wrote about the Westminster attack?" describes the article directly
    return about if not m.group(0).lower().lstrip().startswith(("who wrote", "who reported", "who authored")) else None


_MENTION = re.compile(
    r"""^\s*(?:(?:is|are)\s+there|do\s+(?:you|we)\s+have|have\s+(?:you|we)\s+got|does\s+(?:the\s+)?(?:corpus|store)\s+(?:have|hold))
        \s+(?:anything|something|any\s+(?:articles?|stories|news|passages?|mentions?|quotes?))
        \s+(?:about|on|regarding|concerning|of|mentioning)\s+(?P<topic>.+?)
        (?:\s+in\s+(?:the\s+)?(?:corpus|articles|news|store))?\s*\??\s*$
      |^\s*(?:does|do)\s+(?:any\s+(?:article|story|passage)s?|the\s+(?:corpus|articles?|store))\s+(?:mention|talk\s+about|say\s+anything\s+about)
        \s+(?P<topic2>.+?)\s*\??\s*$
      # "What does the article say about Apple?": the article is no speaker (though some
      # article quotes "the article")
      |^\s*what\s+(?:does|do|did)\s+(?:the|this|that|your)\s+(?:article|story|piece|text|corpus|news|articles|stories|sources?)
        \s+(?:say|tell\s+(?:us|me)|report|mention|write)\s+(?:about|on|regarding|concerning|of)\s+(?P<topic3>.+?)\s*\??\s*$""",
    re.I | re.X,
)


def parse_mention(question: str) -> str | None:
    """What "Is there anything about Apple in the corpus?", "Does any article mention
    WhatsApp?" or "What does the article say about Apple?" asks to find mentioned ("Apple",
    "WhatsApp"), else None."""
    m = _MENTION.match(question)
    if not m:
        return None
    topic = m.group("topic") or m.group("topic2") or m.group("topic3")
    return topic if content_words(topic) else None


_SUMMARY = re.compile(
    r"""^\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?
        (?:summari[sz]e|sum\s+up|give\s+(?:me\s+)?(?:a\s+)?(?:summary|gist)\s+of|what\s+is\s+the\s+gist\s+of)
        \s+(?P<about>.+?)\s*[?.!]*\s*$
      |^\s*what(?:\s+is|['’]s)\s+(?P<about2>(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:news\s+)?(?:article|story|piece|report)\b.*?)
        \s+about\s*\??\s*$""",
    re.I | re.X,
)


def parse_summary(question: str) -> str | None:
    """What a "Summarise the article about X" or "What is the article about X about?" question
    describes ("X"; "" for "Summarise it"), else None."""
    m = _SUMMARY.match(question)
    if not m:
        return None
    about = (m.group("about") or m.group("about2")).strip()
    if about.lower() in ("it", "this", "that", "this article", "the article", "that article", "this story",
                         "the story"):
        return ""
    writing = _WRITING.match(about)
    if writing:
        return about[writing.end():].strip()
    named = _WRITING_AFTER.match(about)
    return _described(named) if named else about


def _heading_pattern(words: str) -> re.Pattern:
    """The forms of "What is the <headline> of the article about X?" for ``words`` (an
    alternation naming that part of an article)."""
    return re.compile(
        rf"""^\s*(?:what|which)(?:\s+(?:is|was)|['’]s)\s+(?:the\s+)?(?:{words})\s+(?:of|for|on|in)\s+(?P<about>.+?)\s*\??\s*$
          |^\s*(?:what|how)(?:\s+(?:is|was)|['’]s)\s+(?P<about2>(?:the|this|that)\s+.*?)\s+(?:called|titled|headlined)\s*\??\s*$
          |^\s*what(?:\s+(?:is|was)|['’]s)\s+(?:the|its)\s+(?:{words})\s*\??\s*$
          |^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:show|give|tell)\s+me\s+the\s+(?:{words})
            (?:\s+(?:of|for|on)\s+(?P<about3>.+?))?\s*[?.!]*\s*$
          # "What does the article's subheading say?", "What's the story's headline?"
          |^\s*what(?:\s+(?:is|was|does|did)|['’]s)\s+(?:(?:the\s+)?(?:article|story|piece|report)['’]s|its)\s+(?:{words})
            (?:\s+say)?\s*\??\s*$
          |^\s*what\s+(?:does|did)\s+the\s+(?:{words})\s+say\s*\??\s*$
          # "What does the headline say of the news about the UK?" (from "What says the headline ...")
          |^\s*what\s+(?:does|did)\s+the\s+(?:{words})\s+say\s+(?:of|about|for|on|in)\s+(?P<about4>.+?)\s*\??\s*$""",
        re.I | re.X,
    )


_HEADLINE = _heading_pattern(r"(?:(?:exact|full|actual|original|main)\s+)?(?:headline|title|name)")
# the line under the headline: "Home Secretary says encrypted messaging apps must not become ..."
_STANDFIRST = _heading_pattern(r"subtitle|sub-?headline|subhead(?:ing)?|standfirst|strapline|sub-?title"
                               r"|(?:(?:summary|short|little|small|first|intro(?:ductory)?)\s+)?"
                               r"(?:bit|line|text|sentence|part|blurb)\s+(?:under|below|beneath)\s+the\s+(?:title|headline)")


# how a part of an article is wanted, which describes no article: "..., exactly", "word for word"
_HOW_QUOTED = re.compile(r"\b(?:exactly|precisely|verbatim|please|again|in\s+full|word\s+for\s+word|as\s+it\s+(?:ran|reads|was\s+printed))\b",
                         re.I)


def _heading_about(pattern: re.Pattern, question: str) -> str | None:
    m = pattern.match(question)
    if not m:
        return None
    about = (m.group("about") or m.group("about2") or m.group("about3") or m.group("about4") or "").strip()
    if about.lower() in ("", "it", "this", "that", "this one", "that one") or re.fullmatch(
            r"(?:(?:the|this|that)\s+)?(?:(?:news\s+)?(?:article|story|piece|report|item)|news)", about, re.I):
        return ""
    writing = _WRITING.match(about)
    if writing:
        # "What is the headline of the article, exactly?" describes no article
        rest = _HOW_QUOTED.sub("", about[writing.end():]).strip(" ,;:-")
        return (rest if content_words(rest) else "") if about[writing.end():].strip() else None
    named = _WRITING_AFTER.match(about)
    if named and re.search(r"\b(?:writer|author|reporter|journalist)s?\b", named.group("d"), re.I):
        # "What is the name of the writer who has composed this article?" asks for its author
        return None
    # "What is the name of the attacker?" asks for a name, not an article's
    return _described(named) if named else None


def parse_headline(question: str) -> str | None:
    """What a "What is the headline of the article about X?" / "What is the X article called?"
    question describes ("X"; "" for "What was the headline?" and "... of it"), else None."""
    return _heading_about(_HEADLINE, question)


def parse_standfirst(question: str) -> str | None:
    """What a "What is the subtitle of the article about X?" question describes ("X"; "" for
    "What is the subtitle of the article?"), else None; "What is the X article called?" is
    ``parse_headline``'s."""
    if parse_headline(question) is not None:
        return None
    return _heading_about(_STANDFIRST, question)


# when an article came out: "When was this article published?", "What is the publication date of
# the article about X?", "date?"; not "When was the attack?", which its passages answer
_PUBLISHED = re.compile(
    r"""^\s*when\s+(?:was|is|were)\s+(?P<about>(?:it|this|that|(?:the|this|that)\s+.*?))\s+
          (?:first\s+)?(?:published|written|posted|dated|released|put\s+out|out|filed|printed|run)\s*[?.!]*\s*$
      |^\s*when\s+did\s+(?P<about2>(?:it|this|that|(?:the|this|that)\s+.*?))\s+(?:come\s+out|appear|run|go\s+online)\s*[?.!]*\s*$
      |^\s*(?:what|which)(?:\s+(?:is|was)|['’]s)\s+(?:the|its)\s+(?:publication|publishing|published|release|issue)\s+date
          (?:\s+(?:of|for|on)\s+(?P<about3>.+?))?\s*[?.!]*\s*$
      |^\s*(?:what|which)(?:\s+(?:is|was)|['’]s)\s+the\s+date\s+(?:of|on)\s+(?P<about4>(?:the|this|that)\s+(?:news\s+)?
          (?:article|story|piece|report|item)\b.*?)\s*[?.!]*\s*$
      |^\s*(?:what|which)\s+date\s+(?:is|was)\s+(?P<about5>(?:it|this|that|(?:the|this|that)\s+.*?))\s+
          (?:published|written|posted|dated|released|filed)\s*[?.!]*\s*$
      |^\s*(?:(?:the|its)\s+)?(?:publication|publishing|release)\s+date\s*[?.!]*\s*$
      |^\s*(?:what|which|where)(?:\s+(?:is|was)|['’]s)\s+the\s+date\s+(?:that\s+)?(?P<about6>it|this|that|(?:the|this|that)\s+
          (?:news\s+)?(?:article|story|piece|report|item))\s+was\s+(?:published|written|posted|dated|released|filed)\s*[?.!]*\s*$
      |^\s*(?:(?:the|this|its)\s+)?(?:(?:article|story|piece)\s+)?(?:date\s+published|published\s+date|date\s+of\s+publication)\s*[?.!]*\s*$
      |^\s*when\s+published\s*[?.!]*\s*$""",
    re.I | re.X,
)


def parse_published(question: str) -> str | None:
    """What a "When was the article about X published?" question describes ("X"; "" for "When
    was it published?" and "Publication date?"), else None. "When was the attack?" asks the
    passages, and "When was Rudd's speech published?" an article only if the words say one."""
    m = _PUBLISHED.match(question)
    if not m:
        return None
    return _article_described(next((m.group(g) for g in ("about", "about2", "about3", "about4", "about5", "about6")
                                    if m.group(g)), ""))


def _article_described(about: str, writing_only: bool = False) -> str | None:
    """What a look-up's words for an article describe: "" for "it" / "this article", "X" for "the
    article about X" or "the X story", else None (no article named). ``writing_only``: only
    "the article about X" (for "the source for the X story" may ask whom the article cites)."""
    about = about.strip()
    if about.lower() in ("", "it", "this", "that"):
        return ""
    writing = _WRITING.match(about)
    if writing:
        return about[writing.end():].strip()
    named = None if writing_only else _WRITING_AFTER.match(about)
    return _described(named) if named else None


# where an article came out: "Which publication originally ran this article?", "Where was it
# published?", "What is the source of the article about X?"
_OUTLET = re.compile(
    r"""^\s*(?:which|what)\s+(?:publication|newspaper|paper|outlet|news\s+outlet|site|website|news\s+site|agency|
          news\s+agency|media\s+outlet|magazine|organi[sz]ation)\s+(?:originally\s+|first\s+)?
          (?:ran|run|published|publishes|carried|printed|put\s+out|is|was)\s+(?P<about>it|this|that|(?:the|this|that)\s+.*?)
          (?:\s+from)?\s*[?.!]*\s*$
      |^\s*where\s+(?:was|is)\s+(?P<about2>it|this|that|(?:the|this|that)\s+.*?)\s+(?:originally\s+|first\s+)?
          (?:published|printed|run|carried|from)\s*[?.!]*\s*$
      |^\s*(?:what|which)(?:\s+(?:is|was)|['’]s)\s+(?:the|its)\s+(?:source|publication|publisher|outlet)
          (?:\s+(?:of|for)\s+(?P<about3>.+?))?\s*[?.!]*\s*$""",
    re.I | re.X,
)


def parse_outlet(question: str) -> str | None:
    """What a "Which publication ran the article about X?" question describes ("X"; "" for
    "Where was it published?"), else None. "Where was the attack?" asks the passages."""
    m = _OUTLET.match(question)
    if not m:
        return None
    # "What is the source for the Apple and FBI story?" asks whom the article cites for it
    return _article_described(next((m.group(g) for g in ("about", "about2", "about3") if m.group(g)), ""),
                              writing_only=bool(m.group("about3")))


# The parts of an article a question may name anywhere in its words ("Can you give me the headline
# exactly as it ran?", "What does the subhead (the line under the headline) claim?", "Who has written
# this article? Kindly tell the author name."): tried after the set forms above, which also read
# what the article is described as. The line under the headline is looked for before the headline.
_WRITING_WORD = r"(?:article|artical|story|piece|report(?!ers?\b)|write-?up|item)"
_PART_NAMED = (
    ("standfirst", re.compile(r"\b(?:sub-?head(?:ing|line)?s?|standfirst|strap-?line|sub-?title|(?:line|bit|text|sentence|part|"
                              r"blurb|print|words?)\s+(?:right\s+|just\s+)?(?:under|below|beneath|underneath)\s+(?:the|its)\s+"
                              r"(?:headline|title))\b", re.I)),
    ("headline", re.compile(r"\bheadlines?\b|\b(?:title\s+of\s+(?:the|this|that|your)\s+(?:news\s+)?" + _WRITING_WORD +
                            r"|" + _WRITING_WORD + r"(?:['’]s)?\s+title)\b", re.I)),
    ("author", re.compile(r"\b(?:author|byline|writer)s?\b|\bwho\s+(?:has\s+|had\s+|actually\s+|really\s+)?(?:wrote|written|rote|penned|authored)\b"
                          r"|\bwritten\s+by\s+(?:who|whom)\b", re.I)),
)
# the article a question names: "this article", "the WhatsApp piece", "the article about the attack"
_WRITING_NAMED = re.compile(r"\b(?:the|this|that|your)\s+(?P<d>(?:(?!(?:the|this|that|of|in|on|by|for|to|from|as|with)\b)"
                            r"[\w'’-]+\s+){0,4}?)(?:news\s+)?" + _WRITING_WORD +
                            r"\b(?:\s+(?:about|on)\s+(?P<d2>[^?,.;!]+))?", re.I)
# words of a description that describe no article: "this whole article", "the original story"
_NOT_DESCRIBING = frozenset("whole original same full entire actual news first".split())


def parse_article_part(question: str) -> tuple[str, str] | None:
    """``(kind, about)`` for a question naming a part of an article ("headline", "standfirst",
    "author") anywhere in its words, as ``parse_article_lookup`` gives: "" for the conversation's
    article (or one named only as "this article"), else the words describing the article named.
    A question for a person names a headline only in passing. An author is asked only of an
    article named ("Who has written this article?"; "Who is the author of the study?" asks the
    passages), and never of a phrase quoted ("Who wrote 'a secret place'?" asks who said it)."""
    for kind, pattern in _PART_NAMED:
        if not pattern.search(question):
            continue
        if kind != "author" and re.match(r"\s*(?:who|whom|whose)\b", question, re.I):
            # "Whom does the article name as the attacker, given that the headline does not?"
            # asks for a person, whom no headline names
            continue
        named = _WRITING_NAMED.search(question)
        if kind == "author" and (named is None or QUOTED.search(question)):
            return None
        if named is None:
            return kind, ""
        described = " ".join(w for w in f"{named.group('d')} {named.group('d2') or ''}".split()
                             if w.lower() not in _NOT_DESCRIBING)
        return kind, described if content_words(described) else ""
    return None


# a question about the picture that goes with an article ("What's the caption on the picture?",
# "Is the WhatsApp picture with the story from the attacker's phone?", "is that pic real or
# nah"), not about pictures the story speaks of ("I remember the pictures of people sheltering")
_PICTURE = r"(?:pictures?|photos?|photographs?|images?|illustrations?|pics?|graphics?)"
_CAPTION_ASKED = re.compile(
    r"\bcaptions?\b"
    rf"|\b{_PICTURE}\s+(?:\w+\s+){{0,2}}?(?:in|with|on|of|accompanying|used\s+(?:in|with|for)|at\s+the\s+top\s+of|"
    rf"above|under|beside|for)\s+(?:the|this|that|your)\s+(?:\w+\s+){{0,2}}?{_WRITING_WORD}\b"
    rf"|\b{_WRITING_WORD}(?:['’]s)?\s+(?:\w+\s+)?{_PICTURE}\b"
    rf"|\b(?:the|that|this)\s+(?:\w+\s+)?{_PICTURE}\s+(?:\w+\s+)?(?:real|genuine|fake|legit|authentic|actual(?:ly)?\s+(?:from|of))\b"
    rf"|\b(?:real|actual|genuine|authentic)\s+{_PICTURE}\s+(?:from|of)\s+the\s+(?:scene|attack|bridge|phone)\b"
    rf"|^\s*{_PICTURE}\b|^\s*(?:what|where)(?:['’]s|\s+is|\s+was)\s+(?:the|that|this)\s+{_PICTURE}\s*\??\s*$", re.I)
# who made the picture: no caption here tells that
_PICTURE_MAKER = re.compile(r"\b(?:who|whom)\s+(?:\w+\s+)?(?:took|shot|made|drew|created|snapped)\b|\bphotographer|\bcredit", re.I)


def parse_caption(question: str) -> str | None:
    """``about`` (as ``parse_article_lookup`` gives it) for a question about the picture that goes
    with an article, which its caption answers ("What does the photo caption say?"), else None.
    Who took the picture is not asked of the caption."""
    if not _CAPTION_ASKED.search(question) or _PICTURE_MAKER.search(question):
        return None
    named = _WRITING_NAMED.search(question)
    if named is None:
        return ""
    described = " ".join(w for w in f"{named.group('d')} {named.group('d2') or ''}".split()
                         if w.lower() not in _NOT_DESCRIBING)
    return described if content_words(described) else ""


_WHO_IS = re.compile(r"^\s*who\s+(?:is|was|are|were)\s+(?P<role>(?:the|a|an)\s+[^?]+?)\s*\??\s*$", re.I)


def parse_article_lookup(question: str) -> tuple[str, str] | None:
    """``(kind, about)`` for a question about an article rather than what it says: "author"
    ("Who wrote the article about X?"), "summary" ("Summarise it"), "headline" ("What is the
    headline of the X article?"), "standfirst" ("What is its subtitle?"), "published" ("When was
    it published?"), "outlet" ("Which publication ran it?") or "caption" ("What does the photo
    caption say?"); ``about`` describes the article, "" for the conversation's."""
    # a word alone, typed as into a search box: "headline", "author?"
    # ("Headline as it ran.", "Standfirst - what's the gist", "Author please")
    # ("article writer", "Article writer, who is? please tell me")
    alone = re.fullmatch(r"\s*(?:the\s+)?(?:(?:article|story|piece)(?:['’]s)?\s+)?(headline|title|author|byline|writer|subtitle|standfirst)"
                         r"(?:\s+(?:as\s+(?:it\s+ran|published|printed|written|filed|it\s+was\s+filed)|please|again|pls)|\s*[-–—:]\s*[^?.!]{0,30}"
                         r"|\s*,\s*(?:who|what)\s+is\s*\??(?:\s+please(?:\s+tell\s+me)?)?)?"
                         r"\s*[?.!]*\s*", question, re.I)
    if alone:
        word = alone.group(1).lower()
        return {"title": "headline", "byline": "author", "writer": "author", "subtitle": "standfirst"}.get(word, word), ""
    # "Who wrote this piece? Is there a byline?": the first question asks, the second says it again
    first = re.match(r"^([^?]+\?)\s*(?:[^?\s]+\s*){1,5}\?\s*$", question)
    if first and parse_article_lookup(first.group(1)) is not None:
        return parse_article_lookup(first.group(1))
    for kind, parse in (("author", parse_author), ("summary", parse_summary), ("headline", parse_headline),
                        ("standfirst", parse_standfirst), ("published", parse_published), ("outlet", parse_outlet)):
        about = parse(question)
        if about is not None:
            return kind, about
    part = parse_article_part(question)
    if part is not None:
        return part
    about = parse_caption(question)
    if about is not None:
        return "caption", about
    # who wrote it, asked last, after words of the asker's own ("I'm doing a media literacy unit
    # ... Who's the byline on it?", "kdo napsal tenhle článek? author?"); not "the thing of Apple
    # and FBI, who reports it? What is the source?", which asks whom the article cites
    sentences = re.split(r"(?<=[.?!])\s+", question.strip())
    last = parse_article_lookup(sentences[-1]) if len(sentences) > 1 else None
    return last if last is not None and last[0] == "author" else None


_ACCORDING = re.compile(r"^\s*according\s+to\s+(?P<name>[^,?]+?)\s*,\s*(?P<q>.+?)\s*$"
                        r"|^\s*(?P<q2>.+?)\s*,?\s+according\s+to\s+(?P<name2>[^,?]+?)\s*[?.!]*\s*$", re.I)


def parse_according(question: str) -> tuple[str, str] | None:
    """``(name, question)`` for "According to Rudd, what must not happen?" or "How many others
    are there, according to Rudd?": a question put to someone's statements, else None."""
    m = _ACCORDING.match(question)
    if not m:
        return None
    name, rest = (m.group("name"), m.group("q")) if m.group("name") else (m.group("name2"), m.group("q2"))
    return (name.strip(), rest.strip()) if content_words(rest) else None


_WHO_NAMED = re.compile(r"^\s*(?i:who)\s+(?i:is|was)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*\??\s*$")


def parse_who_named(question: str) -> str | None:
    """The name a "Who is Ben Ariel?" question asks about (capitalised words only), else None."""
    m = _WHO_NAMED.match(question)
    return m.group("name") if m else None


_WHO_DESCRIBED = re.compile(
    r"^\s*(?:who\s+(?:is|was|were)|what(?:\s+(?:is|was)|['’]s)\s+the\s+name\s+of|who\s+(?:is|was)\s+the\s+person\s+called)"
    r"\s+(?P<phrase>the\s+(?:[\w'’-]+\s+){0,3}?(?P<word>[a-z]+))\s*\??\s*$"
    # "What was the attacker's name?"
    r"|^\s*what(?:\s+(?:is|was)|['’]s)\s+(?P<phrase2>the\s+(?:[\w'’-]+\s+){0,3}?(?P<word2>[a-z]+?))(?:['’]s?|(?<=[a-z]{4})s)\s+(?:full\s+)?name"
    r"\s*\??\s*$"
    # typed as into a search box: "Name of the attacker?", "westminster attacker name"
    r"|^\s*(?:the\s+)?(?:full\s+)?name\s+of\s+(?P<phrase3>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?P<word3>[a-z]+))\s*\??\s*$"
    r"|^\s*(?!(?:what|who|which|how|where|when|why|whose|is|was|are|were)\b)(?P<phrase4>(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?P<word4>[a-z]+))(?:['’]s?)?\s+(?:full\s+)?name\s*\??\s*$", re.I)


# "the man who carried out the attack" is the attacker: a deed and the noun for its doer
_DOER = re.compile(r"\b(?:the\s+)?(?:man|guy|person|woman|individual|one|bloke|assailant)\s+(?:who|that)\s+"
                   r"(?:(?:did|carried\s+out|committed|was\s+behind|launched|staged|perpetrated|is\s+behind|made|mounted|"
                   r"conducted|executed|caused)\s+"
                   r"(?:(?:this|the|that)\s+(?:[\w'’-]+\s+){0,2}?)?(attack|bombing|shooting|stabbing|killing|killings|murders?|"
                   r"hijacking|kidnapping|robbery)\b"
                   # "who's the man who did it?": the attacker
                   r"|(?:did|done|committed)\s+(?:it|this|that)\b)", re.I)
_DOERS = {"attack": "attacker", "bombing": "bomber", "shooting": "shooter", "stabbing": "attacker",
          "killing": "killer", "killings": "killer", "murder": "murderer", "murders": "murderer",
          "hijacking": "hijacker", "kidnapping": "kidnapper", "robbery": "robber"}


def parse_described(question: str) -> tuple[str, str] | None:
    """(description, its last word) for "Who was the Westminster attacker?" / "What was the name
    of the gunman?": a person the question knows only as an article describes them; "the man who
    carried out the attack" is "the attacker"."""
    doer = _DOER.search(question)
    if doer and re.match(r"\s*(?:who|what|whats|what['’]s|name|full\s+name)\b", question, re.I) \
            and re.search(r"\b(?:who\s+(?:is|was)|who['’]s|name)\b", question[:doer.start()], re.I):
        return doer.group(0), _DOERS[doer.group(1).lower()] if doer.group(1) else "attacker"
    m = _WHO_DESCRIBED.match(question)
    if not m:
        return None
    n = next(i for i in ("", "2", "3", "4") if m.group("word" + i))
    # "the attacker of Westminster" describes an attacker (a place or a name follows)
    placed = re.search(r"\b([a-z]+)\s+(?:of|in|from|at|on)\s+(?:the\s+)?[A-Z][\w'’-]*$", m.group("phrase" + n))
    return m.group("phrase" + n), (placed.group(1) if placed else m.group("word" + n)).lower()


def parse_identity(question: str) -> str | None:
    """The role a "Who is the Home Secretary?" question asks to put a name to, when it is a role
    (role words only, no name: "Who is Amber Rudd?" is an ordinary question)."""
    m = _WHO_IS.match(question)
    if not m or name_tokens(m.group("role")):
        return None
    return m.group("role")


# the frames of a formal asker: "May I humbly inquire ...", "Please allow me to ask ...", "I would be
# grateful to know ...", "I wish to know ...", "Could you kindly inform me ..."
_FORMAL_FRAME = (r"may\s+i\s+(?:humbly\s+|kindly\s+|please\s+|respectfully\s+)?(?:ask|inquire|enquire|know)(?:\s+(?:of\s+)?you)?"
                 r"|(?:please\s+)?allow\s+me\s+to\s+(?:ask|inquire|enquire)(?:\s+you)?"
                 r"|i\s+would\s+be\s+(?:most\s+|very\s+|so\s+)?grateful\s+(?:to\s+(?:know|learn)|if\s+you\s+(?:could|would)\s+"
                 r"(?:please\s+|kindly\s+)?(?:tell|inform|advise)\s+me(?:\s+(?:of|about|as\s+to))?)"
                 r"|i\s+(?:wish|want|would\s+like|['’]d\s+like|hope|should\s+like)\s+to\s+(?:know|ask|inquire|enquire|confirm|learn)"
                 r"|(?:could|would|can)\s+you\s+(?:please\s+|kindly\s+)?(?:inform|advise)\s+me(?:\s+(?:of|about|as\s+to))?")
# "I'd like to know which group ...", "Can you tell me who ...": a polite frame around a question,
# whose words are no part of what it asks
_POLITE_FRAME = re.compile(
    r"""^\s*(?:(?:ok|okay|so|hi|hello|hey)[,!\s]+)?(?:please\s+|kindly\s+)?
        (?:(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:tell|show|let)\s+me(?:\s+know)?
          |tell\s+me|let\s+me\s+know|remind\s+me
          |i(?:['’]d|\s+would)\s+like\s+to\s+know|i\s+want\s+to\s+know|i\s+need\s+to\s+know
          |i(?:['’]m|\s+am|\s+was)\s+(?:curious|wondering)(?:\s+about)?|i\s+wonder(?:ed)?
          |do\s+you\s+know|any\s+idea|does\s+(?:the|any)\s+(?:article|corpus|story)\s+say
          # asking the crowd: "Does anyone know ...", "Can someone tell me ..."
          |(?:does\s+)?any(?:one|body)\s+know|(?:can|could)\s+(?:someone|anyone|somebody|anybody)\s+(?:please\s+)?tell\s+me
          |according\s+to\s+(?:the|this|that|your)\s+(?:news\s+)?(?:article|story|piece|report|text|corpus|sources?)
          # a prompt as people write them to chat bots: "Based on the article, who ...", "In the
          # passage, what ...", "Using the article only, ...", "Answer in one word: ..."
          |(?:(?:(?:based|drawing)\s+on|going\s+by|using|from|in|per)\s+(?:the|this|that|your)\s+(?:news\s+)?
            (?:article|story|piece|report|text|passage|corpus|sources?)(?:\s+(?:only|alone|above|given|provided))?
            |answer\s+(?:in\s+(?:one|a\s+few|two|three)\s+words?|briefly|in\s+brief))
          |""" + _FORMAL_FRAME + r"""
          # a command to a search box: "Find who actually shot Masood", "Get me the bit about how
          # many people died", "Show me where he lived"
          |(?:search(?:\s+(?:for|up))?|look(?:\s+it)?\s+up|find(?:\s+out)?|pull\s+up|dig\s+up|fetch|get\s+me|show\s+me)
            (?:\s+(?:the|a)\s+(?:bit|part|passage|section|line|sentence|paragraph)s?\s+(?:about|on))?
          # where in the article a thing is told: "Where does it say how old he was?", "Which
          # sentence tells you what happened to him?", "Is there a line about who claimed it?"
          |where\s+(?:in\s+(?:the|this)\s+(?:article|story|piece|text)\s+)?(?:does|did)\s+(?:it|the\s+(?:article|story|piece|text|writer|author))
            \s+(?:say|mention|tell\s+(?:us|you|me)|state|give|explain|report|show)
          # a quotation asked for: "Quote the line where it says how many ...", "Give me the
          # sentence that tells us who ..."
          |(?:quote|give\s+me|show\s+me|find|copy|read\s+me)\s+(?:the|a|any)\s+(?:exact\s+)?(?:line|sentence|passage|bit|part|paragraph|quote|words)
            \s+(?:where|that|which|in\s+which)\s+(?:it\s+|the\s+(?:article|story|piece|text|writer|author)\s+)?
            (?:says?|mentions?|tells\s+(?:us|you|me)|states?|reports?|explains?)
          |(?:which|what)\s+(?:paragraph|sentence|line|part|bit|passage|section)(?:\s+of\s+(?:the|this)\s+(?:article|story|piece))?
            \s+(?:actually\s+)?(?:tells?\s+(?:you|us|me)|says?|explains?|reveals?|shows?|gives?|states?|mentions?)
          |(?:is|are)\s+there\s+(?:a|any)\s+(?:line|sentence|bit|part|passage|paragraph)s?\s+(?:saying|that\s+says|telling\s+(?:you|us|me)|on|about)
          # a homework sheet's instruction: "Describe how ...", "Explain why ...", "State what ..."
          |(?:describe|explain|state|identify|outline|say|write\s+down|find\s+out)(?:\s+(?:briefly|in\s+your\s+own\s+words))?)
        [\s,:]+(?:please\s+)?(?=(?:(?:on|at|in|from|to|about|by|for|with|under|through)\s+)?(?:who|whom|whose|what|when|where|why|which|how)\b)""",
    re.I | re.X,
)


# "..., according to the article?": the article is where every answer comes from
# ("... named in the story?"; not the verb itself: "Which app is mentioned in the piece?")
_PER_WRITING = re.compile(r",?(?:\s+according\s+to|(?:(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)"
                          r"\s+(?:as\s+)?(?:named|mentioned|quoted|described|cited|reported))?\s+in)"
                          r"\s+(?:the|this|that|your)\s+(?:news\s+)?(?:article|story|piece|report|text|"
                          r"corpus|sources?)"
                          # "..., according to the article's account of the incident?"
                          r"(?:['’]s\s+(?:account|telling|version|description|report)(?:\s+of\s+(?:the|this|that|its)\s+[\w-]+)?)?"
                          r"\s*([?.!]*)\s*$"
                          # "..., according to contemporary reporting?", "..., as reported at the time?":
                          # the reporting is the article
                          r"|,?\s+(?:according\s+to\s+(?:the\s+)?(?:(?:contemporary|contemporaneous|press|news|media|initial|"
                          r"early|first|official|later)\s+)?(?:reporting|reports|accounts|coverage)(?:\s+(?:of|at)\s+the\s+(?:day|time))?"
                          r"|as\s+(?:it\s+was\s+|was\s+)?(?:reported|recorded)(?:\s+at\s+the\s+time)?)\s*([?.!]*)\s*$", re.I)


# "And what was the headline?", "ok so who wrote it?": words that lead into a question
_FILLER = re.compile(r"^\s*(?:(?:and|so|ok|okay|also|then|but|well|right|hi|hello|hey|yo|@\w+|bot|quick\s+q(?:uestion)?|"
                     r"just\s+(?:to\s+)?(?:check|checking|confirm|confirming|wondering)|one\s+more(?:\s+thing)?|"
                     r"another\s+(?:one|question)|btw|by\s+the\s+way|eish|ja|quick\s+one"
                     # a historian's "At the time, ...": the article's time is every answer's
                     r"|at\s+the\s+time(?=\s*,)"
                     # a troll's bait before the question: "admit it, ...", "be honest, ...", "c'mon, ...",
                     # "lol useless bot, ..."
                     r"|admit\s+it|be\s+honest|c['’]?mon|come\s+on|seriously|honestly"
                     r"|(?:you\s+)?(?:useless|stupid|dumb|rubbish)\s+(?:bot|machine|thing)"
                     # whom the message is addressed to: "Hello brother, who ...", "Please sir, ..."
                     r"|(?:please\s+)?(?:brother|sister|bro|sis|mate|sir|madam|ma['’]am|boss|buddy|pal|dear)(?=\s*[,!])"
                     # "exactly how many minutes ...?" asks how many
                     r"|(?:exactly|precisely|roughly|approximately)(?=\s+(?:how|what|when|where|who|which)\b))\b[,:!.\s-]+)+(?=\w)",
                     re.I)
# a remark after the question mark that asks nothing: "whats the attackers name again? forgot lol"
_AFTERTHOUGHT = re.compile(r"\?\s*(?![^?]*\b(?:who|whom|whose|what|which|when|where|why|how)\b)(?:[\w'’]+[\s,.!]*){1,4}$", re.I)


# titles as people shorten them: "the Home Sec", "the PM"
_TITLE_SHORT = [
    (re.compile(r"\b(?i:(home|foreign|defen[cs]e|health|justice|business|culture|transport|environment|education|"
                r"treasury|press|cabinet|general)\s+sec)\b\.?"), lambda m: m.group(1).capitalize() + " Secretary"),
    # "What did IS call Masood?": the Islamic State, in capitals and not opening the question
    (re.compile(r"(?<=[a-z,]\s)IS\b(?!\s+(?:the|a|an|it|there|this|that)\b)"), "Islamic State"),
    # the group's other names ("ISIS", "Daesh"), read as its full name: news writes that most, and
    # the model matches a passage saying "ISIS" to it all the same
    (re.compile(r"\b(?i:isis|isil|daesh)\b"), "Islamic State"),
    # not the time of day: "at 3 PM"; in lower case only after "the": "at 3 pm", "pm" alone
    (re.compile(r"(?<!\d)(?<!\d\s)\bPM\b|(?<=\bthe\s)pm\b"), "Prime Minister"),
    # a wire desk's "hsec"; a British "PC" (police constable) is a police officer
    (re.compile(r"\b(?i:hsec|h\.?\s?sec)\b\.?"), "Home Secretary"), (re.compile(r"\bPC\b(?!s)"), "police officer"),
]


# contractions typed without their apostrophe ("whats the headline", "id like to know"): only
# forms that are no other English word ("its", "wont", "were", "shell" and "ill" are)
_BARE_CONTRACTIONS = {
    **{w + "s": w + "'s" for w in ("what", "who", "where", "when", "how", "why", "that", "there", "here",
                                   "he", "she")},
    **{w + "nt": w + "n't" for w in ("did", "does", "do", "is", "was", "are", "could", "would", "should",
                                     "has", "have", "had", "must", "need", "were")},
    "cant": "can't", "wouldve": "would've", "couldve": "could've", "shouldve": "should've",
    "theyre": "they're", "youre": "you're", "theyve": "they've", "weve": "we've", "ive": "I've",
    "im": "I'm", "id": "I'd", "itll": "it'll", "theyll": "they'll",
}
_BARE = re.compile(r"\b(%s)\b" % "|".join(sorted(_BARE_CONTRACTIONS, key=len, reverse=True)), re.I)


# the shorthand of chat, written out as the articles write it ("how many ppl died", "what's the
# govt gonna do"); only forms that are no English word of their own ("cop" is one, but news
# writes "police officer": "which cop shot him" asks for an officer's name)
_SHORTHAND = {
    "ppl": "people", "ppls": "people's", "govt": "government", "govts": "governments", "gov't": "government",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "msg": "message", "msgs": "messages",
    "u": "you", "ur": "your", "abt": "about", "bc": "because",
    "cuz": "because", "coz": "because", "tho": "though", "thru": "through", "b4": "before",
    "w/o": "without", "w/": "with", "rn": "right now", "tmrw": "tomorrow", "tmr": "tomorrow",
    "yrs": "years", "yr": "year", "hrs": "hours", "mins": "minutes", "dept": "department",
    "intl": "international", "info": "information", "pic": "picture", "pics": "pictures",
    "wat": "what", "wut": "what", "cop": "police officer", "cops": "police officers",
    "cop's": "police officer's", "convo": "conversation", "approx": "approximately",
}
# words spelt as they sound ("wot did rud say", "hoo sed they did it", "how meny peple"), and the
# words of Jamaican and Yorkshire speech English writes otherwise ("wha Rudd seh bout WhatsApp", "a
# who do di attack", "what did t Home Secretary want", "owt about his family?"); only words that
# are no English word in a question, or that English would not put there
_SPOKEN = {
    "wot": "what", "whot": "what", "whut": "what", "wha": "what", "wen": "when", "wich": "which",
    "whitch": "which", "hoo": "who", "wy": "why", "sed": "said", "sez": "says", "peple": "people",
    "pepul": "people", "pple": "people", "meny": "many", "enuf": "enough", "sumthing": "something",
    "smth": "something", "anyfing": "anything", "nuffink": "nothing", "fink": "think", "tink": "think",
    "befor": "before", "afta": "after", "becos": "because", "becoz": "because", "bcoz": "because",
    "seh": "say", "pon": "on", "fi": "for", "inna": "in", "nuh": "not", "di": "the", "dem": "them",
    "dis": "this", "dat": "that", "waan": "want", "deh": "there", "ting": "thing", "bout": "about",
    "owt": "anything", "nowt": "nothing", "summat": "something", "itsen": "itself", "nobbut": "only",
    "anyroad": "anyway",
    # slips of fast thumbs on short words, which no one-letter mending reaches
    # London's young ("the man dat did it bruv", "ppl wiv"), and a wire desk's shorthand ("cfm",
    # "reax", "hed")
    "msging": "messaging", "msged": "messaged", "wiv": "with", "wivout": "without", "cfm": "confirm",
    "reax": "reaction", "hed": "headline", "th": "the", "wt": "what",
    "teh": "the", "hte": "the", "waht": "what", "whta": "what", "taht": "that", "adn": "and", "wsa": "was",
    "thier": "their", "becuase": "because", "whcih": "which", "wehre": "where", "whne": "when",
}
_SHORTHAND.update(_SPOKEN)
# Scots as people type it ("Whit did the polis dae?", "How auld was he?", "Did IS tell him tae dae
# it?"), written in the English the articles use; a word Scots shares with English only where it is
# Scots ("o" and "an" between lower-case words, "wan" after a determiner)
_SCOTS = {
    "whit": "what", "dae": "do", "daes": "does", "didnae": "didn't", "disnae": "doesn't", "dinnae": "don't",
    "cannae": "can't", "wasnae": "wasn't", "isnae": "isn't", "wouldnae": "wouldn't", "widnae": "wouldn't",
    "couldnae": "couldn't", "hasnae": "hasn't", "havnae": "haven't", "havenae": "haven't", "willnae": "won't",
    "werenae": "weren't", "shouldnae": "shouldn't", "tae": "to", "intae": "into", "auld": "old", "mony": "many",
    "ony": "any", "onybody": "anybody", "naebody": "nobody", "folk": "people", "ower": "over", "ain": "own",
    "hale": "whole", "polis": "police", "fae": "from", "frae": "from", "afore": "before", "efter": "after",
    "naw": "no", "nae": "no", "aw": "all", "oot": "out", "wi": "with", "cawed": "called", "caw": "call",
    "lang": "long", "ye": "you", "yer": "your", "aboot": "about", "doon": "down", "toon": "town",
    "telt": "told", "tellt": "told", "kent": "knew", "wid": "would", "wis": "was", "wiz": "was",
    "sae": "so", "twa": "two", "thon": "that", "oor": "our", "himsel": "himself", "hersel": "herself",
    "mibbe": "maybe", "mebbe": "maybe", "gonnae": "going to", "oan": "on", "ahint": "behind",
}
_SCOTS_WORD = re.compile(r"(?<![\w'’/])(%s)(?![\w'’/])|(?<=[a-z,] )(?-i:o)(?-i:(?= [a-z]))"
                         r"|(?:(?<=[a-z,] )|^)(?-i:[Aa]n)(?-i:(?= [b-df-gj-np-tv-z][a-z]))|(?<=\bye )ken\b|(?<=\byou )ken\b"
                         r"|(?P<det>\b(?:which|the|that|this|every)\s+)wan\b" % "|".join(sorted(_SCOTS, key=len, reverse=True)), re.I)


def _scots(text: str) -> str:
    """``text`` with its words of Scots in English, a capital kept ("Whit" → "What")."""
    def english(m: re.Match) -> str:
        if m.group("det"):
            return m.group("det") + "one"
        word = m.group(0)
        if word[0].isupper() and re.search(r"[\w,]\s+$", text[:m.start()]):
            return word  # a name inside a sentence: "born in Kent", "Mr Lang"
        plain = {"o": "of", "an": "and", "ken": "know"}.get(word.lower()) or _SCOTS[word.lower()]
        return plain[0].upper() + plain[1:] if word[0].isupper() else plain
    return _SCOTS_WORD.sub(english, text)


_SHORT = re.compile(r"(?<![\w'’/])(%s)(?![\w'’/])" % "|".join(
    re.escape(w) for w in sorted(_SHORTHAND, key=len, reverse=True)), re.I)
# the slang of British talk and tabloids, as news writes it ("who's the bloke who did it?", "where'd
# he knife the copper?", "did they nab him?", "the spooks"); a verb only where it is one ("a knife"
# stays)
_SLANG = [(re.compile(p, re.I), plain) for p, plain in [
    # texting's words with digits ("drove in2 ppl")
    (r"\bin2\b", "into"), (r"\bon2\b", "onto"), (r"\b2day\b", "today"),
    (r"\bblokes\b", "men"), (r"\bbloke\b", "man"), (r"\bfella\b|\bgeezer\b", "man"),
    (r"\bcoppers\b|\bthe\s+old\s+bill\b|\bthe\s+filth\b", "police officers"), (r"\bcopper\b", "police officer"),
    (r"\btelly\b", "TV"), (r"\bspooks\b", "intelligence agencies"), (r"\bnutter\b|\bmaniac\b|\bmadman\b", "attacker"),
    (r"\bnabbed\b|\bnicked\b(?=\s+(?:him|her|them)\b)", "arrested"),
    (r"\bnab\b(?=\s+(?:him|her|them|the)\b)", "arrest"),
    (r"\bknifed\b", "stabbed"), (r"(?<!\bof )(?<!\ba )(?<!\bthe )(?<!\bhis )(?<!\bwhich )(?<!\bwhat )\bknife\b(?=\s+(?:him|her|them|the|a|an|that|this|someone)\b)", "stab"),
    (r"\bkick(?:ed)?\s+off\b", "start"), (r"\bpoor\s+souls\b", "people"),
    (r"\bmow(?:ed|ing)?\s+(?:(\w+)\s+)?down\b", r"drove into \1"),
    (r"\bout\s+of\s+order\b", "unacceptable"),
    # "the guy that pulled off the attack", "the bloke who done it" (a capital "Guy" is a name)
    (r"(?-i:\bguy\b)(?=\s+(?:that|who)\b)", "man"), (r"(?-i:\bguys\b)(?=\s+(?:that|who)\b)", "men"), (r"\bpull(?:ed|s)?\s+off\b", "carried out"),
    (r"\b(who|that)\s+done\b", r"\1 did"),
    # corporate English: "the threat actor behind the incident", "the casualty count", "the end
    # state for the attacker"
    (r"\bthreat\s+actors?\b", "attacker"), (r"\b(?:casualty|death|body)\s+(?:count|toll)\b", "number of people killed"),
    # a troll's name for the article: "who even wrote this garbage?"
    (r"\bthis\s+(?:garbage|rubbish|trash|crap|nonsense|drivel|rag)\b", "this article"),
    # Indian English: "What is the good name of the attacker?", "As per the Home Secretary, ...",
    # "in the olden days"
    (r"\bgood\s+name\b", "name"), (r"^(\s*)as\s+per\b", r"\1According to"), (r"\bolden\s+days\b", "old days"),
    # a German or Spanish speaker's "name from" ("der Name von", "el nombre de"): the name of
    (r"\bname\s+from\s+(?=the\b)", "name of "),
    # Australian: "Which pollie is carrying on about it?", "this whole WhatsApp stoush"
    (r"\bpollies\b", "politicians"), (r"\bpollie\b", "politician"), (r"\bstoush\b", "fight"),
    (r"\barvo\b", "afternoon"),
    # Nigerian English and Pidgin: "Abeg, how did he end up?", "How old was he sef?", "the Home
    # Secretary wey dey make these demands", "this WhatsApp palava", "How far, ..."
    (r"\babeg\b", "please"), (r"\s+(?-i:sef|o)\b(?=\s*(?:[?.!,]|$))", ""), (r"\bwey\s+dey\b", "who is"),
    (r"\bpalav(?:a|er)\b", "dispute"), (r"\bwahala\b", "trouble"), (r"^(\s*)how\s+far\s*[,!.]\s*", r"\1"),
    # "Which is her job?", "Which was the name of the attacker?": a Portuguese or Spanish
    # speaker's "qual" is "what" before a thing named
    (r"^(\s*)which(?=\s+(?:is|was|are|were)\s+(?:the|his|her|their|its)\b)", r"\1what"),
    # "hwo old" is how old, "hwo wrote it" who wrote it
    (r"\bhwo\b(?=\s+(?:old|many|much|long|far|often)\b)", "how"), (r"\bhwo\b", "who"),
    # a name taken up again by a pronoun, as Arabic and spoken English do: "Masood he was known
    # to MI5?" is "Masood was known to MI5?"
    (r"^(\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)\s+(?:he|she|they)\s+(?=(?:was|is|were|are|did|does|had|has)\b)", r"\1 "),
    # Jamaican "a who ...?" ("it is who"), Yorkshire "t" for "the" ("what did t Home Secretary want")
    (r"^(\s*)a\s+(?=(?:who|what|wha|when|wen|where|weh|how)\b)", r"\1"), (r"(?<=[a-z] )(?<!\bthe )(?<!\ba )(?-i:t)(?= \w)", "the"),
    # a question word heard as an English word, where only the question word fits: "ware did he
    # rent the car", "y did she say that"
    (r"^(\s*)(?:ware|wear|wair)(?=\s+(?:did|does|do|is|was|were|are)\b)", r"\1where"),
    (r"^(\s*)(?:y|wy)(?=\s+(?:did|does|do|is|was|were|are|would|should)\b)", r"\1why"),
]]
# words of chat that ask nothing: "was he directed by isis or nah", "tbh", "lol"
_CHAT_NOISE = re.compile(r"[\s,]*\b(?:or\s+nah|or\s+nope|tbh|lol|lmao|fr|ngl|imo|imho|pls|plz|please|anyway|anyhow|"
                         # the young's ("how many died no cap", "lowkey why does she ...", "spill, what
                         # did rudd say"), and an "or" left hanging ("did isis tell him to do it or")
                         r"no\s+cap|lowkey|highkey|deadass|bestie|bruh|bruv|blud|innit|wagwan|istg|periodt|ong|"
                         r"^\s*spill(?=\s*[,:])|or(?=\s*\??\s*$)|"
                         # a wire desk's slug before the query: "UK-ATTACK // attacker age?", "RUDD-WHATSAPP:"
                         r"^\s*(?-i:[A-Z]+(?:-[A-Z]+)+)\s*(?://|:|-)\s*|"
                         # a South African "..., hey?"
                         r"(?:(?<=,)|(?<=,\s))hey(?=\s*[?.!]*\s*$)|"
                         # a word of address or of feeling at either end: "who wrote this article
                         # mate?", "..., guv?", Ghana's "chale ..." and "... paa?"
                         r"(?<=\w)\s*,?\s*(?:mate|guv|fam|bro|dude|chale|paa)(?=\s*[?.!]*\s*$)|^\s*(?:chale|ei+)\b[,!\s]*|"
                         # the particles that end a Cantonese or Singaporean speaker's question, in
                         # lower case before its mark: "the attacker how old ah?", "which day wor?"
                         r"(?<=\w\s)(?-i:ah|ar|lah|la|lor|leh|meh|wor|hor|mah|ga|ge|liao)(?=\s*(?:[?!]|$))|"
                         r"um+|uh+|uhm|erm|hmm+)\b", re.I)
# a question said again in other words after "like", as people talk: "who wrote this article like
# whos the reporter", "where was he from like what town did he live in"; the first asks it
_SAID_AGAIN = re.compile(r"^(?P<q>\s*(?:who|what|which|where|when|why|how|is|are|was|were|do|does|did)\b(?:\s+\S+){2,}?)"
                         r",?\s+like\s+(?:whos|who['’]s|who\s+(?:is|was|were|are)|"
                         r"what\s+\w+\s+(?:did|does|do|was|is|were|are)\s+\w+)\b.*$", re.I)


# a question word spelt as it sounds is a noun after an article: "what did the wen say"
_SPOKEN_QUESTION_WORDS = frozenset(w for w, plain in _SPOKEN.items() if plain in ("what", "when", "which", "who", "why"))


def _written_in_full(m: re.Match) -> str:
    word = m.group(0).lower()
    if word in _SPOKEN_QUESTION_WORDS and re.search(r"\b(?:the|an?)\s+$", m.string[:m.start()], re.I):
        return m.group(0)
    return _SHORTHAND[word]


# a hashtag or a handle in a question put as a post ("#Westminster attacker name??", "which show
# was @AmberRudd_MP on"): its words (a mention opening the message is to the bot, and stays)
_TAGGED = re.compile(r"(?<![\w@#])[#@](?P<w>[A-Za-z][A-Za-z0-9]*)(?:_\w*)?")


def _untagged(question: str) -> str:
    """``question`` with its hashtags and handles written as words: "#WestminsterAttack" →
    "Westminster Attack", "@AmberRudd_MP" → "Amber Rudd"; a plain handle opening it (the bot's)
    stays."""
    def words(m: re.Match) -> str:
        if m.group(0)[0] == "@" and not question[:m.start()].strip() and not re.search(r"[a-z][A-Z]|_", m.group(0)):
            # ("@qabot who wrote it" is to the bot; "@AmberRudd_MP job title?" asks of her)
            return m.group(0)
        return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m.group("w"))
    return _TAGGED.sub(words, question)


# punctuation said aloud and typed as words by dictation: "who wrote this article question
# mark", "what did rudd say comma exactly", "quote secret place unquote"
_SAID_MARKS = [(re.compile(p, re.I), mark) for p, mark in [
    (r"\b(?:open\s+)?quote\s+(.+?)\s+(?:unquote|end\s+quote|close\s+quote)\b", r'"\1"'),
    (r"\s+question\s+mark\b", "?"), (r"\s+exclamation\s+(?:mark|point)\b", "!"),
    # ("in that period" is a span of time)
    (r"(?<=\w)\s+comma\b(?=\s+\w)", ","),
    (r"(?<!\bthe)(?<!\bthat)(?<!\bthis)(?<!\ba)(?<!\bsame)(?<!\bwhat)(?<!\bwhich)\s+(?:full\s+stop|period)\s*$", "."),
]]


def _rewritten(text: str, rules: list[tuple[re.Pattern, object]]) -> str:
    """``text`` with each rule's pattern replaced in turn (a table of ``_SLANG``'s kind)."""
    for pattern, plain in rules:
        text = pattern.sub(plain, text)
    return text


# texting's "2" and "b" for "to" and "be" after the words they follow ("what happened 2 masood",
# "would b easier"), read once the words around them are mended ("hppnd 2"); "killed 2 people"
# keeps its number
_TEXTED = [(re.compile(p, re.I), plain) for p, plain in [
    (r"\b(happened|happen|used|use|able|going|want|wants|wanted|need|needs|needed|have|has|had|got|due|according|"
     r"acc|similar|next|close|access|respond|responded|reply|replied|talk|talked|speak|spoke|said|sent|send|listen|"
     r"went|go|come|came|tried|try|trying|way|ways|order|refuse|refused|agree|agreed|up|back|belong|belongs|"
     r"belonged|like|plan|planned|supposed|meant|allowed) 2(?= [a-z])", r"\1 to"),
    (r"\b((?:would|could|should|will|can|to|might|must|gonna|wld|cld|shld)(?: (?:it|he|she|they|we|you|i|that|this|there))?) "
     r"b(?= [a-z])", r"\1 be"),
]]


def texted_words(question: str) -> str:
    """``question`` with texting's "2" and "b" written out where a word before them shows they
    stand for "to" and "be"."""
    return _rewritten(question, _TEXTED)


def written_out(question: str) -> str:
    """The question with chat shorthand written out ("ppl" → "people", "govt" → "government",
    "cop" → "police officer") and the words of chat and speech that ask nothing left out ("or
    nah", "tbh", "um"), as the articles and the threshold's questions write them; a question
    said again after "like" ("... like whos the reporter") is asked as first said."""
    # a quoted phrase stays as written: "Who said 'u up'?"
    parts = re.split(r"(\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)|‘[^’]*’)", read_code_mixed(_untagged(_rewritten(question, _SAID_MARKS))))
    for i in range(0, len(parts), 2):
        part = _rewritten(_scots(parts[i]), _SLANG)
        parts[i] = _SHORT.sub(_written_in_full, _CHAT_NOISE.sub("", part))
    # a word of chat taken from a sentence's start takes its comma too ("Good evening. Please, who
    # is ...?" → "Good evening. Who is ...?"), and a sentence after the first opens with a capital,
    # as typed with care, so that it is told apart: "who wrote the article? i need the author for
    # my bibliography" asks one thing
    q = re.sub(r"^[\s,]+", "", "".join(parts))
    q = re.sub(r"([.!?])[,\s]+([a-z])", lambda m: m.group(1) + " " + m.group(2).upper(), q).strip()
    if len(parts) == 1:
        q = _SAID_AGAIN.sub(lambda m: m.group("q").rstrip(" ,;"), q)
    return q if q else question


def restore_apostrophes(question: str) -> str:
    """The question with the apostrophes of its contractions put back ("whats the headline" →
    "what's the headline"; "id like to know" → "I'd like to know"), so that it reads as the
    look-ups and the threshold expect. "id" only before "like", "love" or "want": "the id
    of the article" stays."""
    def fix(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        if w.isupper():
            return w        # "IM apps", "ID cards": an acronym
        if low == "id" and not re.match(r"\s+(?:like|love|want|prefer)\b", question[m.end():], re.I):
            return w
        full = _BARE_CONTRACTIONS[low]
        return full[0].upper() + full[1:] if w[0].isupper() else full
    return _BARE.sub(fix, question)


# a word typed in capitals for emphasis is a common English word ("Who WROTE this article?", "the
# NAME of the man"); an acronym is none ("FBI", "ISIS", "AIDS"), and "WHO" may be the agency
_EMPHASIS_FREQUENCY = 20000
_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{3,}(?![\w-])")


def unshouted(question: str) -> str:
    """A question typed all in capitals ("WHO CLAIMED THE WESTMINSTER ATTACK?"), in lower case:
    capitals mark names, and ``Engine._recased`` gives back those the corpus writes. In a
    question typed in both cases, a common word in capitals for emphasis is in lower case too."""
    if re.search(r"[A-Z].*[A-Z].*[A-Z]", question) and not re.search(r"[a-z]", question):
        return question.lower()
    if not re.search(r"[a-z]", question):
        return question
    return _CAPITALS.sub(lambda m: m.group(0).lower() if m.group(0) != "WHO"
                         and frequency(m.group(0).lower()) >= _EMPHASIS_FREQUENCY else m.group(0), question)


_ASKING = re.compile(r"^\s*(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|"
                     r"will|would|has|have|had|should)\b[^?!.]*$", re.I)


def question_mark(question: str) -> str:
    """The question with the question mark a hurried typist leaves out ("who is amber rudd"), or
    types as a full stop ("Who wrote this article."): the threshold was fitted on questions that
    have one, and it moves their embedding."""
    if _ASKING.match(question):
        return question + "?"
    if question.endswith(".") and not question.endswith("..") and _ASKING.match(question[:-1]):
        return question[:-1] + "?"
    # a question trailing off: "Who wrote this article..."
    trailing = re.sub(r"\s*(?:\.{2,}|…)\s*$", "", question)
    if trailing != question and _ASKING.match(trailing):
        return trailing + "?"
    return question


def expand_titles(question: str) -> str:
    """The question with short forms of titles written out ("What did the Home Sec say?" → "What
    did the Home Secretary say?"), as the articles write them."""
    for pattern, full in _TITLE_SHORT:
        question = pattern.sub(full, question)
    return question


# politeness after the question: "..., may I ask?", "..., please."
_POLITE_TAIL = re.compile(r"\s*,\s*(?:please|thanks|thank\s+you|may\s+I\s+ask|if\s+I\s+may(?:\s+ask)?|"
                          r"if\s+you\s+(?:don['’]t|do\s+not)\s+mind(?:\s+my\s+asking)?|if\s+you\s+(?:can|could|know)|"
                          r"do\s+you\s+know|remind\s+me|any\s+idea)"
                          r"\s*[?.!]*\s*$", re.I)
# the asker's own guess after the question: "How old was he, in his fifties wasn't he?", "How old
# was the officer, I think he was in his forties?" (the question asks; the guess would be looked
# for as if it were the answer's words). A thing guessed stays ("What did she call it, a secret
# place?"): its words may well be the answer's
_GUESS_TAIL = re.compile(r"^(?P<q>\s*(?:who|whom|whose|what|which|when|where|why|how)\b[^,?]*?\S)\s*,\s*"
                         r"(?:i\s+(?:think|believe|guess|reckon|thought)\b[^,?]*"
                         r"|in\s+(?:his|her|their)\s+[\w-]+"
                         r"|(?:was|is|were|are|did|does|do|had|has)\s*n['’]?t\s+(?:he|she|it|they)"
                         # a name guessed: "Who wrote this article, wasn't it Ben Ariel?"
                         r"|(?:was|is)\s*n['’]?t\s+it\s+(?:[A-Z][\w'’.-]*\s*){1,3}"
                         r"|(?:was|is)\s+it|right|correct|yes|no"
                         # a name guessed the other way round: ", was it Question Time?", ", was that the
                         # Saturday?", ", London Bridge or another one?"
                         r"|(?:was|is)\s+(?:it|that|this)\s+(?:the\s+|a\s+|an\s+)?(?-i:(?:[A-Z][\w'’.-]*\s*){1,4})"
                         r"|(?-i:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+or\s+(?:another|some\s*other|a\s+different)\s+\w+"
                         # an aside naming what the asker thinks it was: ", another Sunday morning stunt?"
                         r"|(?:another|yet\s+another|just\s+another|probably|maybe|perhaps|presumably)\s+[^,?]*"
                         # a guess left open: ", a truck or what?", ", they lock him up or what?"
                         r"|(?:a|an|the|they|he|she|it|did|was)\b[^,?]*\bor\s+(?:what|something|not)"
                         # a reason aside about someone: ", since he's apparently the new poster boy ..."
                         r"|(?:since|seeing\s+as|now\s+that|given\s+that)\s+(?:he|she|they|it|we|you|i)\b[^,?]*)"
                         r"(?:\s*,?\s*(?:was|is|were|are|did|does|do|had|has)\s*n['’]?t\s+(?:he|she|it|they))?"
                         r"\s*[?.!]*\s*$", re.I)
# a fact-checker's instruction around what is checked: "Confirm attacker age.", "Rudd on Marr
# show - what exactly?", "IS description of Masood - quote needed" (what is checked is asked)
_CHECK_FRAME = re.compile(r"^\s*(?:(?:please\s+)?(?:confirm|verify|check|double[\s-]?check|fact[\s-]?check|quick\s+check|claim|"
                          r"(?:is|was)\s+it\s+(?:true|correct|right|accurate)(?:\s+to\s+(?:understand|say|think|believe|assume))?|true\s+or\s+false|"
                          r"fact\s+or\s+fiction|right\s+or\s+wrong|correct\s+me(?:\s+if\s+i['’]?m\s+wrong)?)"
                          r"(?:\s+(?:that|whether|if))?\s*[:,-]?\s+)(?=\S+\s+\S)", re.I)
_CHECK_TAIL = re.compile(r"\s+[-–—:]+\s*(?:(?:please\s+)?(?:confirm|verify|check)(?:\s+\w+){0,3}|quote\s+needed|"
                         r"need\s+(?:the\s+)?(?:exact\s+)?(?:quote|wording|words)|(?:exact|direct)\s+(?:quote|wording|words)|"
                         r"spelling(?:\s+check)?|what\s+exactly|exactly\s+what|verbatim|in\s+full)\s*[?.!]*\s*$"
                         r"|\s*[.,;:-]+\s*(?:true\s+or\s+false|fact\s+or\s+fiction|right\s+or\s+wrong|is\s+that\s+(?:true|right|correct)|"
                         r"right|yes\s+or\s+no)\s*[?.!]*\s*$"
                         # "What's the attacker's full name as reported?"
                         r"|\s+as\s+(?:reported|given|written|stated|printed|published|quoted)\s*[?.!]*\s*$", re.I)
# a thing asked for in a few words, as a note: "Rudd's job title?", "Number dead?", "Number of
# people killed" (asked as "What is Rudd's job title?", "How many dead?")
# (not "Police officer's name?": a name asked, read as it stands)
_OWNED_THING = re.compile(r"^\s*(?!(?:he|she|it|that|there|here|what|who|where|this)['’]s\b)(?P<thing>(?:the\s+)?[a-z][\w-]*(?:\s+[\w-]+)?['’]s?\s+(?:[\w-]+\s+){0,2}"
                          r"(?!names?\b)[a-z][\w-]*)\s*[?.]*\s*$", re.I)
_NUMBER_OF = re.compile(r"^\s*(?:the\s+)?(?:number|count|total)\s+(?:of\s+)?(?P<thing>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
                        r"\s*[?.]*\s*$", re.I)
# the question word said last, as people type in a hurry or ask again in surprise: "injured how
# many?", "rudd spoke when?", "she said what?"; not after "or" ("he's dead or what?")
_ASKED_LAST = re.compile(r"^\s*(?P<rest>(?:[\w'’-]+\s+){0,5}(?!(?:or|and|so|but)\b)[\w'’-]+)\s*,?\s+"
                         r"(?P<wh>how\s+(?:many|much|old|long|often|far)|when|where|who|whom|what|which|why|how)"
                         r"\s*[?.!]*\s*$", re.I)
_OPENS_QUESTION = re.compile(r"^\s*(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|"
                             r"could|will|would|has|have|had|should)\b", re.I)
# "Could you tell me the headline?": a thing asked for, not a question
_FRAME_THEN_THING = re.compile(r"^\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?tell\s+me|tell\s+me|"
                               r"(?:does\s+)?any(?:one|body)\s+know|(?:can|could)\s+(?:someone|anyone|somebody|anybody)\s+tell\s+me|"
                               + _FORMAL_FRAME + r")"
                               r"\s+(?=(?:the|his|her|their|its)\s)", re.I)
# "how old the attacker was": a question asked inside a frame keeps a statement's order (its
# subject a name, a pronoun or a noun with its determiner: "what kind of knife was used" and "what
# time it was" are asked as they stand)
# ("how the FBI got in": "how" alone, its subject after it)
_WH_PHRASE = r"(?:how\s+(?!(?:the|an?|his|her|their|its|this|that|these|those|he|she|they|it|we|you|i)\b)\w+|what\s+(?:kind|type|sort|make|brand)\s+of\s+\w+|what|who|whom|where|when|why|which\s+\w+|how)"
_SUBJECT = r"(?=(?i:the|an?|his|her|their|its|this|that|these|those|he|she|they|it|we|you|i)\b|(?-i:[A-Z]))"
_EMBEDDED = re.compile(rf"^({_WH_PHRASE})\s+{_SUBJECT}(.+?)\s+(was|is|were|are)\s*([?.]?)\s*$", re.I)
# "who Masood was messaging before the attack": the same, its verb going on after the auxiliary
_AUX = r"(?:was|is|were|are|has|had|have|will|would|can|could|should)"
_EMBEDDED_MID = re.compile(rf"^({_WH_PHRASE})\s+{_SUBJECT}"
                           rf"((?:(?!{_AUX}\b)[\w'’.-]+\s+){{0,3}}?(?!{_AUX}\b)[\w'’.-]+)\s+({_AUX})\s+(.+)$", re.I)
# "where Khalid Masood lived", "who Masood sent his message to": the same in the past tense, its
# verb's base form after "did"
_EMBEDDED_PAST = re.compile(rf"^({_WH_PHRASE})\s+{_SUBJECT}((?:[\w'’.-]+\s+){{0,3}}?)([a-z]+ed|{'|'.join(sorted(IRREGULAR))})\b(.*)$",
                            re.I)


def _base_form(past: str) -> str | None:
    """The base form of a verb in the past tense ("lived" → "live", "sent" → "send", "carried"
    → "carry", "stopped" → "stop"), the commonest English word of its candidates; None when
    none is one."""
    past = past.lower()
    if past in IRREGULAR:
        return IRREGULAR[past]
    stem = past[:-2]
    others = [stem] + ([stem[:-1] + "y"] if stem.endswith("i") else []) \
        + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    best = max(others, key=frequency)
    # "used" is "use", though "us" is commoner: a word ending in "e" that is one takes the "d"
    if frequency(stem + "e") >= frequency(best) / 10:
        best = stem + "e"
    return best if frequency(best) > 0 else None


# a request for a thing rather than a question: "Show me WhatsApp's response to Rudd.", "Name the
# Westminster attacker.", "List the victims." (not a request for someone's words or a passage,
# which the look-ups read: "Give me Rudd's words on encryption", "Find the part where ...")
_REQUEST = re.compile(
    r"""^\s*(?:please\s+)?(?P<verb>(?:show|give|get|find|fetch|pull\s+up|dig\s+up)\s+me|name|list|identify|state|give|
        find|fetch|pull\s+up|dig\s+up|look\s+up|search\s+for)\s+
        (?P<thing>(?:the|his|her|their|its|[A-Z][\w-]*['’]s)\s+
        (?!(?:[\w'’-]+\s+){0,3}?(?:words|quotes?|quotations?|statements?|comments?|remarks?|lines?|parts?|bits?|
             passages?|sentences?|paragraphs?|section|places?|text|headline|title|subtitle|summary|byline)\b)
        [^?.!]+?)\s*[?.!]*\s*$""",
    re.I | re.X,
)
# "How was called the attacker?" (word for word from Spanish or French): what he was called
_HOW_CALLED = re.compile(r"^\s*how\s+(is|was|were|are)\s+called\s+(.+?)\s*([?.!]*)\s*$", re.I)
_PERSON_CALLED = re.compile(r"^\s*what\s+(is|was|were|are)\s+(.+?)\s+called\s*[?.!]*\s*$", re.I)
# "What says the headline?", "What said the minister about it?": the verb before its subject
_WHAT_SAYS = re.compile(r"^\s*(what|how)\s+(says|said|responded|replied|answered|wants|wanted|thinks|thought)\s+"
                        r"((?:the|this|that|(?-i:[A-Z]))[^?,]*?)(\s+(?:about|of|on|to)\s+[^?,]*)?(\s*,[^?]*)?\s*[?.!]*\s*$",
                        re.I)
_VERB_BASE = {"says": "say", "said": "say", "responded": "respond", "replied": "reply", "answered": "answer",
              "wants": "want", "wanted": "want", "thinks": "think", "thought": "think"}


# courtesies around a question, which ask nothing: "Thank you kindly.", "Good morning."
_COURTESY = re.compile(r"^\s*(?:(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:so\s+much|very\s+much|kindly|in\s+advance|for\s+[^.!?]*))?"
                       r"|(?:kind(?:est)?|best|warm)\s+regards|cheers|much\s+appreciated|(?:good\s+)?(?:morning|afternoon|evening)"
                       r"|hello(?:\s+there)?|hi(?:\s+there)?|dear\s+\w+|regards"
                       r"|i\s+would\s+be\s+(?:most\s+)?grateful(?!\s+(?:to\s+(?:know|learn)|if\s+you\s+(?:could|would)\s+(?:\w+\s+)?(?:tell|inform|advise)\s+me\s+\w))[^.!?]*"
                       # a frame alone, the question said before it: "... Could you kindly tell me?"
                       r"|(?:could|can|would)\s+you\s+(?:please\s+|kindly\s+)?(?:tell|inform|advise)\s+me|may\s+i\s+ask|if\s+i\s+may"
                       r"|bless\s+you|god\s+bless|take\s+care"
                       r"|(?:please\s+)?(?:forgive|pardon|excuse)\s+(?:me|my|an?|the)\b[^.!?]*|(?:sorry|apologies)\b[^.!?]*)"
                       r"(?:\s*,\s*\w+)?\s*[.!?]*\s*$", re.I)
# what the asker says of themselves before the question, in the same sentence: "My grandson uses
# this WhatsApp thing, so I was wondering: on which day ...?"
_PREAMBLE = re.compile(r"^[^?]*?,\s*(?:so|and|but)\s+(?:i\s+(?:was|am)\s+wondering|i['’]m\s+wondering|i\s+wonder(?:ed)?|"
                       r"i(?:['’]d|\s+would)\s+(?:like|love)\s+to\s+know)\s*(?:[:,]\s*|\s+)(?=\w)", re.I)
# a statement of the asker's about themselves ("My grandson uses WhatsApp.", "I taught history for
# thirty years."), not one recalling the story ("I heard she wants to read messages.")
_ABOUT_THE_ASKER = re.compile(r"^\s*(?:i|my|we|our|as\s+an?|being)\b(?![^.!?]*\b(?:heard|hear|saw|seen|understand|"
                              r"gather|believe|think|thought|recall|remember|said|says|told|reported|according|"
                              r"apparently)\b)", re.I)
# where a sentence ends: at a stop before a capital, not after an initial or a title ("the U.S.
# Army", "Mr. Smith") nor inside a number ("$5.11")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?][\"”’')])|(?<=[.!?]))(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)"
                           r"\s+(?=[A-Z\"“‘(])")


_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them|it|his|its|their)\b", re.I)
# what a pronoun may stand for within its own sentence: a name (not the sentence's first word) or
# "the attacker"
_ANTECEDENT = re.compile(r"(?<=\s)(?-i:[A-Z][\w'’-]+)|\bthe\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:er|or|ist|man|woman|police|group|company|minister|secretary)\b",
                         re.I)


def _unresolved_pronoun(sentence: str) -> bool:
    """True when ``sentence`` speaks of someone by a pronoun it names nobody before ("Did she
    say ...?"), not when it names them first ("Who was the attacker and how old was he?",
    "What vehicle did Masood use, was it his own car?")."""
    m = _PRONOUN.search(sentence)
    return bool(m) and not _ANTECEDENT.search(sentence[:m.start()])


def asked_sentences(question: str) -> str:
    """The sentences of a message that ask, with what it recalls of the story but without what
    the asker says of themselves or the courtesies around them: "I used to teach geography. On
    which bridge did the attacker drive into people? Thank you." → "On which bridge did the
    attacker drive into people?"; "I heard she wants to read our messages. Did she say they'd
    need permission?" stays whole. A message of one sentence, or with no sentence that asks,
    is left as it is."""
    parts = [p.strip() for p in _SENTENCE_END.split(question) if p.strip()]
    if len(parts) < 2:
        return question
    def asks(p: str) -> bool:
        end = p.rstrip("\"”’') ")
        # "When I was a girl, ..." opens as a question does, but ends as a statement
        # (an ellipsis trails off, and ends no statement: "Who WROTE this article... I like to know")
        return end.endswith("?") or bool(_POLITE_FRAME.match(p)) or bool(_FRAME_THEN_THING.match(p)) or (
            bool(_OPENS_QUESTION.match(p)) and (not end.endswith((".", "!")) or end.endswith(("...", "…"))))
    asking = [i for i, p in enumerate(parts) if not _COURTESY.match(p) and asks(p)]
    if not asking:
        return question
    # what it recalls is needed only by a question that speaks of someone it named: "Did she say
    # ...?" ("What was the name of the man who carried out the attack?" says it all)
    recalls = any(_unresolved_pronoun(parts[i]) or len(content_words(parts[i])) <= 2 and not _ANTECEDENT.search(parts[i])
                  for i in asking)
    kept = [p for i, p in enumerate(parts[:asking[-1] + 1]) if not _COURTESY.match(p) and (
        i in asking or recalls and not _ABOUT_THE_ASKER.match(p))]
    return " ".join(kept)


def _requested(verb: str, thing: str) -> str:
    """The question a request asks: "name the Westminster attacker" → "what is the name of the
    Westminster attacker?", "identify the attacker" the same (but "identify the weapon" → "what
    is the weapon?"), "list the victims" → "what are the victims?", "show me WhatsApp's
    response" → "what is WhatsApp's response?"."""
    verb = verb.lower().split()[0]
    if verb == "name" or (verb == "identify" and asked_person(f"the name of {thing}")):
        return f"what is the name of {thing}?"
    return f"what {'are' if verb == 'list' else 'is'} {thing}?"


# what a question ends with that asks nothing: "... that story again", "Who wrote this anyway?!",
# "... lol"; and a run of marks, one of them a question mark ("?!", "??")
_TAIL_WORDS = re.compile(r"(?:\s*,)?\s+(?:again|anyway|anyways|lol|haha|tbh|fr|ngl|for\s+the\s+record|just\s+to\s+(?:check|be\s+sure|confirm))\b(?=\s*[?!.]*\s*$)", re.I)
_MARKS = re.compile(r"(?=[?!]*\?)[?!]{2,}(?=\s*$)")


# "WhatsApp is a 'secret place' for terrorists now?! Who came up with that line??": who said the
# phrase the message quoted before
_WHO_SAID_THAT = re.compile(r"\bwho\s+(?:said|says|came\s+up\s+with|coined|wrote|uttered|used)\s+(?:that|this|the)\s+"
                            r"(?:line|phrase|quote|remark|comment|expression|words?|description)\b[^?.!]*[?.!]*\s*$", re.I)


def _who_said_that(question: str) -> str | None:
    """"Who said '<phrase>'?" for a message asking who said a phrase it quoted before, else None."""
    that = _WHO_SAID_THAT.search(question)
    if not that:
        return None
    phrases = [m.group(1) or m.group(2) for m in QUOTED.finditer(question[:that.start()])]
    return f'Who said "{phrases[-1]}"?' if phrases else None


# two questions in one: "Who wrote it, also when was it published?", "what's the headline and
# whats it about"
_TWO_QUESTIONS = re.compile(r"^(?P<q1>.+?)(?:\s*,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?)"
                            r"(?=(?:who|what|when|where|why|how|which)(?:['’]?s)?\b)", re.I)


# officialese: "Please advise as to the programme on which ...", "Confirmation is sought as to the
# name of ...": a request for a thing, which asks what it is
_ADVISE = re.compile(
    r"""^\s*(?:(?:please|kindly)\s+)?(?:advise|confirm|clarify|indicate|specify|set\s+out|outline)\s+
          (?:as\s+to|on|regarding|in\s+respect\s+of|with\s+regard\s+to)\s+(?P<thing>[^?]+?)\s*[?.!]*\s*$
      |^\s*(?:confirmation|clarification|information|details?|advice|an?\s+indication|particulars)\s+(?:is|are)\s+
          (?:hereby\s+)?(?:sought|requested|required|needed)\s+(?:as\s+to|on|of|regarding|in\s+respect\s+of|
          with\s+regard\s+to|concerning)\s+(?P<thing2>[^?]+?)\s*[?.!]*\s*$""",
    re.I | re.X,
)
# and the subject put first: "With regard to the matter of the attacker, please advise as to his
# stated age." (the question is asked first, its subject after it)
_REGARDING = re.compile(r"^\s*(?:with\s+(?:regard|respect|reference)\s+to|in\s+(?:respect|relation)\s+(?:of|to)|as\s+regards|"
                        r"regarding|concerning|further\s+to)\s+(?:the\s+(?:matter|question|issue|subject)\s+of\s+)?"
                        r"(?P<topic>[^,?]+?)(?:\s*,\s*|\s+(?=(?:please\s+|kindly\s+)?(?:advise|confirm|clarify|indicate|specify)\b))"
                        r"(?P<q>\w.+?)\s*[?.!]*\s*$", re.I)


def _officialese(question: str) -> str:
    """A question of officialese as plainly asked: "With regard to the matter of the attacker,
    please advise as to his stated age." → "what is his stated age, regarding the attacker?"."""
    topic = ""
    regarding = _REGARDING.match(question)
    if regarding:
        question, topic = regarding.group("q"), regarding.group("topic")
    advise = _ADVISE.match(question)
    if advise:
        thing = advise.group("thing") or advise.group("thing2")
        whether = re.match(r"whether\s+(.+)$", thing, re.I)
        question = f"{whether.group(1)}?" if whether else f"what is {thing}?"
    if not topic:
        return question
    return f"{question.rstrip(' ?.!')}, regarding {topic}?"


# legal drafting, in plain words ("What was the age of the said individual at the time of the
# commission of the offence?" → "What was the age of the individual?"): "the said individual",
# "the aforementioned Home Secretary", "members of the public", "a member of the constabulary";
# and what it adds that asks nothing ("at the time of the commission of the offence", "as
# identified in the said report", "if any", "in question", "that is to say ...")
_LEGALESE = [(re.compile(p, re.I), plain) for p, plain in [
    (r"\b(?:the|this|that)\s+(?:said|aforementioned|aforesaid|above-?mentioned|foregoing)\s+", "the "),
    (r"\b(?:aforementioned|aforesaid|above-?mentioned)\s+", ""),
    (r"\bthe\s+party\s+responsible\b", "the person responsible"),
    (r"\bmembers?\s+of\s+the\s+public\b", "people"), (r"\ba\s+member\s+of\s+the\s+constabulary\b", "a police officer"),
    (r"\bthe\s+constabulary\b", "the police"), (r"\boccasioned\b", "caused"),
    (r"\s*,?\s*\b(?:at\s+the\s+time\s+of|in\s+the\s+course\s+of|following|during|in|upon)\s+the\s+commission\s+of\s+"
     r"the\s+(?:said\s+)?(?:offen[cs]es?|crimes?|acts?)\b(?:\s+in\s+question)?(?:\s+upon\s+[^,?]+)?", ""),
    (r"\s*,?\s*\b(?:as\s+)?(?:identified|referred\s+to|described|named|set\s+out|reported|stated)\s+in\s+the\s+"
     r"(?:said\s+)?(?:article|report|piece|story|text)\b", ""),
    (r"\s*,?\s*\bper\s+the\s+(?:article|report|piece|story|text)\b", ""),
    (r"\bper\s+(?=the\s+[\w\s]+['’]s\s+(?:statement|account|words)\b)", "according to "),
    (r"\s+giving\s+rise\s+to\s+the\s+present\s+matter\b", ""), (r"\s+in\s+question\b", ""),
    (r"\s*,\s*if\s+any\s*,", ""), (r"\s*,\s*that\s+is\s+to\s+say\b", ","),
    (r"\s*,?\s*\b(?:pursuant\s+to|according\s+to|per)\s+the\s+account\s+given(?:\s+in\s+the\s+(?:article|report|piece|story|text))?", ""),
    # "By whom was the article authored?": who authored it
    (r"^(\s*)by\s+whom\s+(?:was|were|is|are)\s+(.+?)\s+((?:[a-z]+ed|written|made|done|taken|given|shot|said)(?:\s+out)?)\b",
     r"\1who \3 \2"),
]]


# a question begun, broken off and asked again, as speech does: "who was the, no wait, what was the
# attacker called", "what did he drive, I mean whose car was it"; the last is asked
_ASKED_AGAIN = re.compile(r"^.*?(?:,|\s+or)\s*(?:no\s+wait|no\s+hang\s+on|hang\s+on|wait|sorry|i\s+mean|or\s+rather|"
                          r"rather|scratch\s+that|no|(?:or\s+)?actually)\s*[,.]?\s+"
                          r"(?P<q>(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could)\b.+)$",
                          re.I)


# how unsure the asker is, which asks nothing: "kinda fuzzy on that", "correct me if I'm wrong",
# "Wednesday I think but not sure", "pretty sure it was", "or something like that"
_HEDGES = re.compile(r",?\s*\b(?:kinda|kind\s+of|sort\s+of|a\s+bit)\s+(?:fuzzy|unsure|hazy|confused|vague)\s+on\s+(?:that|this|it)\b"
                     r"|,?\s*\bcorrect\s+me\s+if\s+i['’]?m\s+wrong\b|,?\s*\b(?:but\s+)?(?:i['’]?m\s+)?not\s+(?:100%\s+|totally\s+|entirely\s+)?sure\b"
                     r"|,?\s*\bor\s+something(?:\s+like\s+that)?\b|,?\s*\bsomething\s+like\s+that\b"
                     r"|\bi\s+(?:think|reckon|believe)(?=\s*(?:[,?.!]|$|but\b))|\bpretty\s+sure\b\s*", re.I)


def _question_order(embedded: str) -> str:
    """An embedded question in a question's order ("who Masood was" → "who was Masood?",
    "who Masood was messaging" → "who was Masood messaging?", "where Masood lived" → "where did
    Masood live?"); as it is when it is in none of these forms."""
    inverted = _EMBEDDED.match(embedded)
    mid = _EMBEDDED_MID.match(embedded)
    if inverted:
        return f"{inverted.group(1)} {inverted.group(3)} {inverted.group(2)}?"
    if mid:
        asked = f"{mid.group(1)} {mid.group(3)} {mid.group(2)} {mid.group(4).rstrip(' .!')}"
        return asked if asked.endswith("?") else asked + "?"
    past = _EMBEDDED_PAST.match(embedded)
    if past and (base := _base_form(past.group(3))):
        return f"{past.group(1)} did {past.group(2)}{base}{past.group(4).rstrip(' .!?')}?"
    return embedded


# a worksheet's gap: "The attacker was ___ years old.", "Fill in: Rudd appeared on the ______
# Show", "The attacker's name was ______ ______."
_GAP = re.compile(r"_{2,}(?:\s+_{2,})*")
# a question set out as in a quiz, a prompt or a homework sheet: "Q: What was the attacker's name?
# A:", "3. (1 mark) How old ...?", "Q6) On what day ...?", "b) State ...", "[2 marks] Name ...",
# "Task 2 - According to ...", "... (3 marks)"
_MARKS_WORDS = r"[\[(]\s*\d+\s*marks?\s*[\])]"
_QA_MARKS = re.compile(rf"^(?:\s*(?:{_MARKS_WORDS}|Q(?:uestion)?\s*\d*\s*[:.)]|Q\s*\d+\b|\d{{1,2}}\s*[.)]|[a-h]\)|"
                       rf"Task\s+\d+\s*[-–—:.)]))+\s*(?=\S)"
                       rf"|(?<=[?.!])\s*A\s*:\s*$|\s*{_MARKS_WORDS}(?=\s*[?.!]*\s*$)", re.I)
_FILL_IN = re.compile(r"^\s*(?:fill\s+in(?:\s+the\s+(?:blanks?|gaps?|date))?|complete(?:\s+the\s+sentence)?"
                      # "Complete Rudd's quote: ...", "Complete the quote from Rudd: ..."
                      r"|(?P<said>complete\s+(?:the|this|that|his|her|their|[A-Z][\w'’-]*['’]s?)\s+(?:quote|quotation|"
                      r"statement|remark|words)(?:\s+(?:from|by|of)\s+[\w'’ -]+?)?))\s*[:.\-–—]\s*", re.I)
# "Complete the text of X: ...": what is to be completed
_COMPLETE_WHAT = re.compile(r"^\s*(?:complete|fill\s+in)\s+(?P<thing>(?:the|his|her|their|its|[A-Z][\w'’-]*['’]s?)\s+[^:]+?)\s*:", re.I)
# a quotation to complete, quoted whole after the instruction
_QUOTED_WHOLE = re.compile(r"^\s*[\"“'‘](?P<q>[^\"“”]+?)[\"”'’]\s*[?.!]*\s*$")
# a gap after "born" asks where or when: either is a birth ("Masood was born ___.")
_BORN_GAP = re.compile(r"\bborn(?:\s+(?:in|on|at))?\s*$", re.I)


def _gap_asked(question: str) -> str:
    """A sentence with a gap to fill asked as a question: the gap is what is asked ("The attacker
    was ___ years old." → "The attacker was how many years old?", "Rudd appeared on the ___ Show"
    → "Rudd appeared on the what Show?"); any other question as it is."""
    if not _GAP.search(question):
        return question
    instruction = _FILL_IN.match(question)
    instructed = _FILL_IN.sub("", question)
    quoted = _QUOTED_WHOLE.match(instructed)
    asked = _COMPLETE_WHAT.match(question)
    if asked and not re.sub(r"[_\s\"“”'‘’.,?!]", "", question[asked.end():]):
        # "Complete the text of Masood's last WhatsApp message: \"___\"": a gap alone asks the thing
        return f"What was {asked.group('thing')}?"
    if quoted and instruction and instruction.group("said"):
        # "Complete the quote: \"There should be no place for ___\"" is found by the words it
        # quotes, as "Who said ...?" finds them: the statement they open is its completion
        words = max((part.strip(" .,;:") for part in _GAP.split(quoted.group("q"))), key=lambda w: len(w.split()))
        if len(words.split()) >= 3:
            return f'Who said "{words}"?'
    asked = _GAP.sub(lambda m: "how many" if re.match(r"\s+(?:years|people|days|hours|minutes|weeks|months|times|"
                                                       r"men|women|children|officers|victims)\b",
                                                       m.string[m.end():], re.I)
                     else "where" if _BORN_GAP.search(m.string[:m.start()]) else "what",
                     instructed, count=1)
    asked = _GAP.sub("", asked)
    return re.sub(r"\s*[.!?]*\s*$", "?", asked)


# a quotation asked for by what it tells: "Quote the line where Rudd talks about ...", "Give me
# the sentence that names the bridge ..."
_QUOTE_ASKED = re.compile(
    r"""^\s*(?:please\s+)?(?:quote|give\s+me|show\s+me|find|copy|read\s+me)\s+(?:the|a|any)\s+(?:exact\s+)?
        (?:line|sentence|passage|bit|part|paragraph|quote|words)\s+
        (?:(?:where|in\s+which)\s+(?P<who>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)|he|she|they|the\s+\w+)\s+
           (?:talks?|speaks?|talked|spoke|comments?|commented)\s+(?:about|on)\s+(?P<topic>[^?.!]+?)
          |(?:that|which)\s+(?:names|gives|identifies|states)\s+(?P<thing>(?:the|his|her|its|their)\s+[^?.!]+?))
        \s*[?.!]*\s*$""", re.I | re.X)


_NEGATIVE_OPENING = re.compile(r"^(\s*)(did|does|do|was|were|is|are|has|have|had|could|would|should|ca|wo)n['’]?t\b", re.I)


def _positive(m: re.Match) -> str:
    """A ``_NEGATIVE_OPENING``'s auxiliary without its "n't" ("Wasn't" → "Was", "Won't" → "Will")."""
    aux = {"ca": "can", "wo": "will"}.get(m.group(2).lower(), m.group(2))
    return m.group(1) + (aux[0].upper() + aux[1:] if m.group(2)[0].isupper() else aux)


def strip_frame(question: str) -> str:
    """The question without the words that lead into it ("And what was the headline?") or a
    polite frame around it ("I'd like to know which group claimed the attack" → "Which group
    claimed the attack", "Could you tell me how old the attacker was, please?" → "How old was
    the attacker?", "Could you kindly tell me the headline?" → "What is the headline?"); a
    question typed in lower case stays in lower case."""
    said_that = _who_said_that(question)
    if said_that is not None:
        return said_that
    question = _gap_asked(_QA_MARKS.sub("", question))
    again = _ASKED_AGAIN.match(question)
    if again:
        question = again.group("q")
    rest = _POLITE_TAIL.sub("?", _FILLER.sub("", _AFTERTHOUGHT.sub("?", _PREAMBLE.sub("", asked_sentences(question)))))
    rest = _MARKS.sub("?", _TAIL_WORDS.sub("", rest))
    unhedged = re.sub(r"\s+([?.!,])", r"\1", _HEDGES.sub("", rest)).strip()
    if len(content_words(unhedged)) >= 1:
        rest = unhedged
    rest = _officialese(_rewritten(rest, _LEGALESE))
    # "the attack understood to have been carried out": what is known, however it came to be known
    rest = re.sub(r"\s+(?:understood|believed|thought|considered|deemed)\s+to\s+have\s+been\b", "", rest, flags=re.I)
    # "What became of the attacker himself?": of the attacker (not "by himself", nor "kill himself")
    rest = re.sub(r"\b((?i:the)\s+[a-z]+|[A-Z][\w'’-]+)\s+(?:himself|herself|themselves)\b", r"\1", rest)
    # "who actually wrote this article?" asks who wrote it
    rest = re.sub(r"^(\s*(?:who|what|which)\s+)(?:actually|really|exactly|even)\s+(?=\w+)", r"\1", rest,
                  flags=re.I)
    # a yes/no question asked in the negative asks what the positive one does: "Wasn't Masood
    # living in Birmingham?", "Isn't it true that ...?" (not "Why didn't WhatsApp ...?")
    rest = _NEGATIVE_OPENING.sub(_positive, rest)
    checked = _CHECK_TAIL.sub("?", _CHECK_FRAME.sub("", rest))
    if len(checked.split()) >= 2:
        asked = re.sub(r"\s*[.!?]*\s*$", "?", checked, count=1)
        if checked != rest and asked_as_statement(asked):
            # a claim put to be checked asks whether it holds: "True or false: four people were
            # killed." is "Four people were killed?" ("Confirm attacker age." stays a note)
            checked = asked
        rest = checked
    quote_asked = _QUOTE_ASKED.match(rest)
    if quote_asked:
        # "Quote the line where Rudd talks about a secret place" asks what she said about it;
        # "Quote the sentence that names the bridge ..." asks what the bridge is
        if quote_asked.group("who"):
            rest = f"what did {quote_asked.group('who')} say about {quote_asked.group('topic')}?"
        else:
            rest = f"what is {quote_asked.group('thing')}?"
    m = _POLITE_FRAME.match(rest)
    if m:
        rest = _question_order(rest[m.end():])
    else:
        thing = _FRAME_THEN_THING.match(rest)
        request = _REQUEST.match(rest)
        if thing:
            rest = "what is " + rest[thing.end():]
        elif request:
            rest = _requested(request.group("verb"), request.group("thing"))
    called = _HOW_CALLED.match(rest)
    if called:
        rest = f"what {called.group(1)} {called.group(2)} called?"
    person_called = _PERSON_CALLED.match(rest)
    if person_called and asked_person(rest):
        # "What was the attacker called?" asks his name, not who "called on" anyone (a thing's
        # name is often given as what it is "called": "a feature called 'Search the Collections'")
        rest = f"what {person_called.group(1)} the name of {person_called.group(2)}?"
    says = _WHAT_SAYS.match(rest)
    if says:
        verb = says.group(2).lower()
        aux = "does" if verb.endswith("s") else "did"
        rest = f"{says.group(1)} {aux} {says.group(3)} {_VERB_BASE[verb]}{says.group(4) or ''}{says.group(5) or ''}?"
    guess = _GUESS_TAIL.match(rest)
    if guess and not re.match(r"\s*why\b", guess.group("q"), re.I):
        # ("Why did she want access, since they had warrants?" asks why, given that)
        rest = guess.group("q") + "?"
    # a remark after a dash asking nothing of the article: "What did he drive into people — are
    # they going to demand backdoors into cars next??"
    aside = re.match(r"^(?P<q>\s*(?:who|whom|whose|what|which|when|where|how)\b[^?—–]*?\S)\s+(?:[—–]|--?)\s+"
                     r"(?:are|is|was|were|will|would|can|could|should|do|does|did)\s+(?:they|we|you|i)\b[^?]*\?+\s*$", rest, re.I)
    if aside:
        rest = aside.group("q") + "?"
    if not _OPENS_QUESTION.match(rest):
        owned, counted = _OWNED_THING.match(rest), _NUMBER_OF.match(rest)
        trailing = _ASKED_LAST.match(rest)
        if trailing:
            asked = re.sub(r"^(?:The|A|An|His|Her|Its|Their|This|That)\b", lambda m: m.group(0).lower(), trailing.group("rest"))
            # "the attacker's name was what?" asks what it was
            # ("Rudd said the situation is which?" asks what she said it is; "which" alone, as a
            # Portuguese or Spanish speaker's "qual", is "what")
            copula = re.match(r"^(.+?)\s+(was|is|were|are)$", asked, re.I)
            saying = re.search(r"\b(?:said|says|told|tells|thinks?|thought|called|calls|claimed|believes?)\b", asked, re.I)
            wh = "what" if trailing.group("wh").lower() == "which" else trailing.group("wh")
            rest = (f"{wh} {asked}?" if copula and saying
                    else f"{wh} {copula.group(2)} {copula.group(1)}?" if copula
                    else _question_order(f"{wh} {asked}?"))
        elif owned:
            rest = f"what is {owned.group('thing')}?"
        elif counted:
            rest = f"how many {counted.group('thing')}?"
    # "what is the headline of the article, the headline?": a word said again after a comma
    again = re.match(r"^(?P<q>.*\b(?P<word>[a-z]{4,})\b[^,?]*),\s*(?:the\s+)?(?P=word)\s*\?+\s*$", rest, re.I)
    if again:
        rest = again.group("q") + "?"
    unwritten = _PER_WRITING.sub(lambda m: m.group(1) or m.group(2) or "", rest)
    if len(unwritten.split()) >= 3:
        # "What is in the article?" is not "What is?"
        rest = unwritten
    first = _TWO_QUESTIONS.match(rest)
    if first and any(parse(first.group("q1") + "?") is not None for parse in
                     (parse_author, parse_headline, parse_standfirst, parse_published, parse_outlet)):
        # "Who wrote this WhatsApp article, also when was it published?": a look-up asked first
        # is answered (the second is asked on its own)
        rest = first.group("q1") + "?"
    if rest == question:
        return question
    return rest[0].upper() + rest[1:] if question.lstrip()[:1].isupper() else rest


def parse_lookup(question: str) -> tuple[str, str, str | None] | None:
    """``("said", phrase, None)`` or ``("who", name, topic)`` when the question is a look-up."""
    m = _WHO_SAID.match(question)
    if m:
        phrase = (m.group("q") or m.group("p") or "").strip()
        if phrase and len(phrase.split()) >= 2:
            return ("said", phrase, None)
    for pattern in (_WHAT_SAID, _DID_SAY, _SHOW_SAID, _QUOTE_BY, _QUOTE_WHERE, _SAID_NOUN, _WHAT_THING_SAID):
        m = pattern.match(question)
        if m:
            name = _name_of(m)
            if _DETERMINER.fullmatch(name.strip()):
                # "What did the claim of responsibility call Masood?": a determiner is nobody, its
                # noun ("claim") no verb of saying
                continue
            if _THE_WRITING.fullmatch(name):
                # "Does the piece claim that ...?" asks what the article reports: its passages
                return None
            # "What did the report say" is not a person: require a capitalised word or a role
            if re.search(r"\b[A-Z]", name) or name_tokens(name) != set(speaker_key(name).split()):
                topic = (m.group("topic") or m.groupdict().get("topic2") or m.groupdict().get("topic3")
                         or "").strip() or None
                return ("who", name, topic)
    return None


# typed as into a search box: "rudd whatsapp quote", "amber rudd quotes on warrants", "police
# said", "Rudd comments encryption" is no such query (no word of quoting last or before "on")
_KEYWORDS_SAID = re.compile(
    r"""^\s*(?!(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|
                 has|have|had|should|show|give|find|list|quote|tell|please)\b)
        (?P<words>[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)\s+
        (?:quotes?|quotations?|said|says|words|comments?|remarks?|statements?)
        (?:\s+(?:on|about|re|regarding)\s+(?P<after>[^?.!]+?))?\s*[?.!]*\s*$""",
    re.I | re.X,
)


def parse_keyword_lookup(question: str) -> list[tuple[str, str | None]]:
    """The ways a search-box query asking for someone's words splits into (speaker, topic),
    longest name first, up to three words: "Amber Rudd WhatsApp quote" → [("Amber Rudd
    WhatsApp", None), ("Amber Rudd", "WhatsApp"), ("Amber", "Rudd WhatsApp")]; [] for any other
    question. Which split names a speaker, the corpus tells."""
    m = _KEYWORDS_SAID.match(question)
    if not m:
        return []
    words = m.group("words").split()
    out = []
    for n in (3, 2, 1):
        if len(words) >= n:
            topic = " ".join(words[n:] + ([m.group("after")] if m.group("after") else [])).strip() or None
            out.append((" ".join(words[:n]), topic))
    return out


def parse_group_lookup(question: str) -> tuple[str, str | None] | None:
    """``(name, topic)`` for "What did (the) police say about X?": a lower-case speaker that
    ``parse_lookup`` leaves alone (it may be "the report" or "people"). The engine routes it only
    when the corpus quotes a speaker of exactly that name."""
    m = (_WHAT_SAID.match(question) or _SHOW_SAID.match(question) or _QUOTE_BY.match(question)
         or _QUOTE_WHERE.match(question) or _WHAT_THING_SAID.match(question))
    if not m:
        return None
    if _DETERMINER.fullmatch(_name_of(m).strip()):
        return None  # "What did the claim of responsibility call him?" ("the" is nobody)
    name = re.sub(r"^(?:the|a|an)\s+", "", _name_of(m), flags=re.I)
    return (name, (m.group("topic") or "").strip() or None) if name else None


# a determiner alone, which a pattern for "What did X claim ...?" may take for X
_DETERMINER = re.compile(r"(?i:the|an?|this|that|these|those|its|his|her|their)")


def _name_of(m: "re.Match[str]") -> str:
    """The speaker a look-up pattern matched, whichever of its forms did."""
    name = next((m.group(g) for g in ("name", "name1", "name2", "name3") if g in m.groupdict() and m.group(g)),
                "").strip()
    # "What did Amber Rudd actually say ...?": the adverb is no part of the name
    return re.sub(r"(?:\s+(?:actually|really|exactly|even|ever|just|first|originally|also|then))+$", "", name, flags=re.I)


def quote_span(index: CorpusIndex, row: StatementRow, max_chars: int = 500) -> tuple[int, int, int]:
    """(start, end, paragraph) of the verbatim passage shown for a statement: the sentences holding
    its content (with the attribution clause), else the content itself."""
    st = row.statement
    lo = min(c.start for c in st.content)
    hi = max(c.end for c in st.content)
    if st.cue:
        lo, hi = min(lo, st.cue.start), max(hi, st.cue.end)
    if st.source:
        lo, hi = min(lo, st.source.start), max(hi, st.source.end)
    inside = [index.rows[i] for i in index.rows_overlapping(row.article_id, lo, hi)]
    if inside and len(inside) <= 3 and inside[-1].end - inside[0].start <= max_chars:
        return inside[0].start, inside[-1].end, inside[0].paragraph
    c = st.content[0]
    a, b = c.start, c.end
    if b - a > max_chars:
        text = index.articles[row.article_id].text
        b = a + max_chars
        while b > a and not text[b - 1].isspace():
            b -= 1
        b = b - 1 if b > a else a + max_chars
    para = index.paragraph_at(row.article_id, a)
    return a, b, para if para is not None else 0


def lexical(topic: str, text: str) -> float:
    """Share of the topic's content words found in ``text`` (by stem: "warrants" meets "warrant")."""
    t = stems(topic)
    return len(t & stems(text)) / len(t) if t else 0.0


def passage_stems(index: CorpusIndex, row: "StatementRow", start: int, end: int) -> set[str]:
    """The word stems of the passage showing a statement, and of the sentence before when the
    statement's own words speak of someone that one named ("Police said ... the group directed
    him" is about Masood; the "she" of "she warned" is the speaker, and does not count)."""
    text = index.articles[row.article_id].text
    got = stems(text[start:end])
    content = " ".join(text[c.start:c.end] for c in row.statement.content)
    if names_someone_before(content):
        rows = index.rows_overlapping(row.article_id, start, start + 1)
        prev = index.previous_row(rows[0]) if rows else None
        if prev is not None:
            got |= stems(index.text(index.rows[prev]))
    return got


def rank_by_topic(speakers: SpeakerIndex, key: str, index: CorpusIndex, dense, tvec: np.ndarray,
                  topic: str) -> list[tuple[int, float]]:
    """The statements of speaker ``key`` (as ``SpeakerIndex.rows`` positions) scored against a
    topic, best first: cosine of the statement's embedding, plus word overlap with the passage
    shown and, less, with its article's title (a grower quoted under "Cider makers fear a poor
    apple harvest" talks about the harvest without saying the word; police quoted under "... the
    Westminster attacker's ..." about the attacker), plus a little for a direct quote (the
    speaker's own words)."""
    ids = speakers.by_key.get(key, [])
    if not ids:
        return []
    data = speakers.topic_data(key, index, dense)
    cos = data.vectors @ tvec.astype(np.float32)
    t = stems(topic)
    # the first name the topic gives ("Westminster" in "the Westminster attack"): a statement of
    # an article that never names it speaks of something else (Trump's words on "attacks" of
    # Islamic State in an article about the campaign); only the first, and not a capital opening
    # the topic or a sentence ("the Andrew Neil show" misremembered is still Rudd's interview, as
    # "Andrew" says)
    first_name = next((re.sub(r"['’]s$", "", m.group(0)).lower()
                       for m in re.finditer(r"(?<=[\w,;:]\s)(?-i:[A-Z][\w'’-]+)", topic)), None)
    titles: dict[str, float] = {}
    lacking: dict[str, bool] = {}
    out = []
    for n, i in enumerate(ids):
        lex = len(t & data.stems[n]) / len(t) if t else 0.0
        aid = speakers.rows[i].article_id
        if aid not in titles:
            titles[aid] = lexical(topic, index.articles[aid].title) if aid in index.articles else 0.0
            lacking[aid] = first_name is not None and not index.article_has(aid, first_name)
        direct = 0.1 if speakers.rows[i].statement.direct else 0.0
        out.append((i, float(cos[n]) + 0.5 * lex + 0.3 * titles[aid] + direct - (0.5 if lacking[aid] else 0.0)))
    return sorted(out, key=lambda x: -x[1])


def statement_json_meta(row: StatementRow) -> dict:
    return json.loads(row.statement.model_dump_json())
