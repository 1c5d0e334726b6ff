"""The engine every front end calls: ingest, ask, who, said, stats, show.

It owns one store, one embedder and the in-memory corpus view, and turns questions into
``Answer`` objects. Front ends (CLI, REPL, Discord) only parse input, call it, and render.
Reads are safe from several threads; ``ingest`` takes the store's write lock.
"""
from __future__ import annotations

import re
import threading
import time
from contextvars import ContextVar
from pathlib import Path
from typing import Callable

from .answer import Answerer, DistinctQuotes, verify
from .cache import cached, cached_arrays
from .chunking import TokenCounter
from .config import Settings
from .dense import ChromaSearch, ExactSearch, ShortlistSearch, build_arrays
from .embeddings import Embedder, make_embedder, model_dir
from .errors import QabotError, QuestionError, ReadError, StoreError
from .filters import Filters, from_question, merge
from .ingest import Ingester, IngestReport
from .layout import caption_spans
from .lookup import (SpeakerIndex, StatementRow, asks_whether_said, expand_titles, texted_words, load_statements, name_tokens, parse_according,
                     parse_article_lookup, parse_described, parse_group_lookup, parse_identity,
                     parse_keyword_lookup, parse_lookup, parse_mention, parse_who_named, possessive, question_mark, quote_span,
                     rank_by_topic, reports_speech, restore_apostrophes, statement_vectors, strip_frame,
                     unshouted, written_out)
from .models import Answer, Article, Paragraph, Quote
from .retrieval import DOER_WORDS, QUOTED, CorpusIndex, Retriever, content_words, rerank_in_context, stems
from .spelling import is_english, typed_without_vowels
from .store import SCHEMA_VERSION, Store, read_generation, speaker_key

# Fitted on data (benchmarks/abstention.py): answerable SQuAD and seed questions against
# unanswerable ones asked of the same store (0.93 before passages close in meaning earned more:
# ``answer.CLOSE_IN_MEANING``).
DEFAULT_THRESHOLD = 0.96
# a who-lookup with a topic answers only when some statement is this close to the topic
# (benchmarks/who_topic.py: between the best off-topic and the worst on-topic pair)
WHO_TOPIC_THRESHOLD = 0.4
# a said-lookup without an exact match answers only when a statement is this close in meaning
SAID_THRESHOLD = 0.55
# the share of a quotation's content words a statement must hold more than, to be the one misremembered
SAID_WORDS_KEPT = 0.5


def holds_quotation(quotation: str, text: str) -> bool:
    """Whether ``text`` holds more than half of ``quotation``'s content words (by stem): a
    quotation misremembered keeps them, words only close in meaning do not."""
    wanted = stems(quotation)
    return not wanted or len(wanted & stems(text)) > SAID_WORDS_KEPT * len(wanted)
# how long a reader trusts its in-memory view before asking the store whether it changed
INDEX_TTL = 1.0
# whether the question being answered had capitals as typed (set by ``Engine.ask``)
_NAMES_TYPED: ContextVar[bool] = ContextVar("qabot_names_typed", default=True)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_question(question: str, max_chars: int) -> str:
    """The question with control characters removed and white space folded.

    Raises:
        QuestionError: when it is empty, over ``max_chars`` characters, or has no word in it.
    """
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    if len(question) > max_chars:
        raise QuestionError(f"the question is {len(question):,} characters long; the limit is {max_chars:,}")
    q = " ".join(_CONTROL.sub(" ", question).split())
    if not q:
        raise QuestionError("the question is empty; ask something, e.g. \"What did Amber Rudd say about WhatsApp?\"")
    if not re.search(r"\w", q):
        raise QuestionError("the question has no words in it")
    return q


# words never taken for names when a question comes in lower case
_NOT_RECASED = frozenset("""what who whom whose when where why how which did does the and for with about
    say said says tell told was were are has have had can could would should will may might must not
    any all from into over after before than then that this these those there their they them its""".split())

_SUBJECT = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al))*")
_NOT_SUBJECT = frozenset("""The A An In On At But And Or After Before When While As If Since Though Although
    Despite During For From By With Without Following Meanwhile However Still Yet So Then This That
    These Those It Its He She They His Her Their We I You Mr Mrs Ms Dr""".split())


def subject_before(text: str, start: int, at: int, statements: list) -> str | None:
    """The speaker of words quoted without a verb of saying ("Trump openly admires Putin as a
    'strong leader'"): the first name in the sentence before them, completed to the fullest name
    the article's statements give it."""
    for m in _SUBJECT.finditer(text, start, at):
        words = [w for w in m.group().split() if w.strip(".") not in _NOT_SUBJECT]
        if not words:
            continue
        name = " ".join(words).rstrip(".,")
        last = re.sub(r"['’]s$", "", words[-1]).lower()
        full = max((r.speaker for r in statements if r.speaker and last in r.speaker.lower().split()),
                   key=len, default=None)
        return full or re.sub(r"['’]s$", "", name)
    return None


def _paragraph_quote(art: Article, paragraph: Paragraph) -> Quote:
    """A whole paragraph of ``art`` (the standfirst is paragraph 0) as a verified quote."""
    return verify(Quote(text=art.text[paragraph.start:paragraph.end], start=paragraph.start, end=paragraph.end,
                        score=1.0, paragraph=paragraph.number, article=art.citation()), art)


class Engine:
    """One corpus, ready to answer.

    Args:
        settings: where the store is and how to behave.
        embedder: the embedding model (loaded on first use); tests pass a shared one.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings.backend, settings.threads)
        self.counter = TokenCounter(model_dir())
        self._store: Store | None = None
        self._index: CorpusIndex | None = None
        self._dense: tuple[str, object] | None = None
        self._speakers: tuple[str, SpeakerIndex] | None = None
        self._checked = 0.0
        self._statement_cache: dict = {}
        self._curated_for: tuple[object, list[str]] = (None, [])
        self._lock = threading.Lock()

    # -- plumbing ----------------------------------------------------------------------------
    def store(self, create: bool = True) -> Store:
        """The store, opened on first use."""
        if self._store is None:
            self._store = Store(self.settings.store, self.settings.chroma_url, self.embedder.name,
                                create=create, dim=self.embedder.dim)
        return self._store

    def generation(self) -> str:
        """The store's current generation: from the file the last writer left beside the
        embedded store when it is there and fits this qabot (no chromadb import: a cold
        ``qabot ask`` needs only the caches), else from the store itself."""
        if not self.settings.chroma_url:
            info = read_generation(self.settings.store)
            if info and info.get("schema") == SCHEMA_VERSION and info.get("model") == self.embedder.name:
                return info["generation"]
        return self.store(create=False).generation

    def index(self) -> CorpusIndex:
        """The in-memory corpus view, rebuilt when the store has changed (another process's
        ingest is seen within ``INDEX_TTL`` seconds)."""
        with self._lock:
            now = time.monotonic()
            if self._index is not None and now - self._checked < INDEX_TTL:
                return self._index
            generation = self.generation()
            if self._index is None or self._index.generation != generation:
                if self._index is not None and self._store is not None:
                    self._store.reopen()  # another process wrote: see its vectors too
                # keyed by the generation read before building: an index saved under it holds that
                # generation's content or newer, and a generation is never asked for again once passed
                self._index = cached(self.settings.store / "cache", "index", self._location(), generation,
                                     lambda: CorpusIndex(self.store(create=False)))
                self._index.generation = generation  # what it is known by, even if built a little later
            self._checked = now
            return self._index

    def _location(self) -> str:
        return self.settings.chroma_url or str(self.settings.store)

    def dense(self):
        """The vector search for the current index (see ``dense``): exact over a memory-mapped
        copy of the vectors up to ``Settings.exact_limit`` sentences; beyond, a shortlist from
        reduced vectors scored exactly (embedded store) or the Chroma server's HNSW index."""
        index = self.index()
        with self._lock:
            if self._dense is None or self._dense[0] != index.generation:
                folder, where, gen = self.settings.store / "cache", self._location(), index.generation
                if len(index.rows) <= self.settings.exact_limit:
                    arrays = cached_arrays(folder, "vectors", where, gen,
                                           lambda scratch: build_arrays(self.store(create=False), index,
                                                                        scratch=scratch))
                    search = ExactSearch(index, arrays)
                elif self.settings.chroma_url:
                    search = ChromaSearch(self.store(create=False), index)
                else:
                    arrays = cached_arrays(folder, "shortlist", where, gen,
                                           lambda scratch: build_arrays(self.store(create=False), index, reduced=True,
                                                                        scratch=scratch))
                    search = ShortlistSearch(index, arrays)
                self._dense = (index.generation, search)
            return self._dense[1]

    def prompts(self):
        """The prompt templates, loaded and checked once."""
        if getattr(self, "_prompts", None) is None:
            from .prompts import Prompts

            self._prompts = Prompts(self.settings.prompts_dir)
        return self._prompts

    def speakers(self) -> SpeakerIndex:
        """Statements by speaker, for the store's current content."""
        index = self.index()
        with self._lock:
            if self._speakers is None or self._speakers[0] != index.generation:
                speakers = cached(self.settings.store / "cache", "speakers", self._location(), index.generation,
                                  lambda: SpeakerIndex(load_statements(index)))
                speakers.source.attach(index.statements)  # the bodies stay the corpus view's
                self._speakers = (index.generation, speakers)
            return self._speakers[1]

    @property
    def threshold(self) -> float:
        t = self.settings.abstain_threshold
        return DEFAULT_THRESHOLD if t is None else t

    # -- writing -----------------------------------------------------------------------------
    def ingest(self, paths: list[Path], prune: bool = False, rebuild: bool = False, wait: float = 0.0,
               on_error: Callable[[ReadError], None] | None = None,
               progress: Callable[[str, int, int], None] | None = None) -> IngestReport:
        """Ingest files and folders into the store (see ``Ingester.run``)."""
        if rebuild:
            self._rebuild_store()
        store = self.store()
        with store.write_lock(wait):
            ingester = Ingester(store, self.embedder, self.counter, batch_size=self.settings.batch_size,
                                max_bytes=int(self.settings.max_file_mb * 1_000_000),
                                group=self.settings.ingest_group)
            report = ingester.run(paths, prune=prune, on_error=on_error, progress=progress)
        self._index = None
        self._dense = None
        self._speakers = None
        return report

    def _rebuild_store(self) -> None:
        """Start the store afresh, whatever state it is in (``--rebuild``)."""
        import shutil

        self._store = None
        self._index = None
        try:
            Store(self.settings.store, self.settings.chroma_url, self.embedder.name,
                  dim=self.embedder.dim, check=False).reset()
            return
        except StoreError:
            if self.settings.chroma_url:
                raise
        # damaged beyond opening: remove its files and start again
        path = self.settings.store
        if path.exists():
            for child in path.iterdir():
                if child.name != ".write.lock":
                    shutil.rmtree(child) if child.is_dir() else child.unlink()
        Store.forget_clients()

    # -- reading -----------------------------------------------------------------------------
    def ask(self, question: str, k: int | None = None, boost_articles: dict[str, float] | None = None,
            filters: Filters | None = None) -> Answer:
        """Answer ``question`` with up to ``k`` verbatim quotes, or abstain.

        ``boost_articles`` adds a small score to sentences of the given articles (a conversation's
        earlier articles, for follow-up questions); better passages elsewhere still win.
        ``filters`` keeps to articles by date, source or author; without it, the same are read
        from the question when it states them ("in 2016", "according to the Post"), softly.

        Raises:
            QuestionError: for an empty or over-long question.
            StoreError: when there is no store yet.
        """
        q = clean_question(question, self.settings.max_question_chars)
        k = k or self.settings.top_k
        index = self.index()
        if not index.rows:
            return Answer(question=q, abstained=True, message="The store is empty. Run: qabot ingest PATH")
        # names put back into a question typed in lower case are guesses ("a lone wolf" → "Wolf"):
        # whether its article names them tells nothing of the answer
        token = _NAMES_TYPED.set(bool(re.search(r"[A-Z]", unshouted(q))))
        try:
            answer = self._route(self._read(q), k, boost_articles, filters)
        finally:
            _NAMES_TYPED.reset(token)
        return answer if answer.question == q else answer.model_copy(update={"question": q})

    def _read(self, q: str) -> str:
        """The question as if typed with care, which the look-ups and the threshold expect; the
        answer keeps the user's words. In this order: capitals typed throughout taken away,
        chat shorthand written out ("ppl", "govt"), contractions' apostrophes put back (before the frame, which may be "id like to know"),
        slips of the keyboard mended (before the frame, which may be misspelt), the frame
        around the question dropped, its question mark put back, names' capitals and owners'
        apostrophes put back, short titles written out ("the home sec") last: their capitals
        would make a question typed in lower case look typed with care."""
        q = texted_words(self._spelled(restore_apostrophes(written_out(unshouted(q)))))
        return expand_titles(self._recased(question_mark(strip_frame(q))))

    def _spelled(self, q: str) -> str:
        """The question with its slips of the keyboard mended from the corpus's words ("Who
        claimed the Westminster attcak?" → "... attack?", "What did Abmer Rudd say?" → "...
        Amber ..."): one letter wrong, missing, added or swapped.

        Only a word of four letters or more that no article holds and that is no English word
        (``spelling``: "accomplices" and "unify" are, though one letter from "unity"), nor the
        plural or owner of a word the corpus holds ("rudds"), nor an acronym of four letters or
        fewer, is mended; a name the corpus never mentions and none of its words is near
        ("Zuckerberg") stays as it is."""
        index = self.index()

        def mend(m: re.Match) -> str:
            w = m.group(0)
            low = w.lower()
            # an acronym is anybody's guess ("CITA" is not "CITY")
            if (w.isupper() and len(w) <= 4) or index.knows(low) or is_english(low):
                return w
            fixed = None
            if low.endswith("s") and index.knows(low[:-1]) and len(low) > 2:
                return w
            if typed_without_vowels(low):
                # typed without its vowels ("wht ws th attckr nm", "wht is amber rdds job"): the
                # word with those consonants, before one a letter away ("clmd" is "claimed", not
                # "clad")
                fixed = index.unvowelled(low)
            if fixed is None and len(low) < 4:
                return w
            if fixed is None:
                fixed = index.spelled(low)
            if fixed is None and w[0].isupper() and len(low) >= 4:
                # a name misspelt by ear, further than one letter: "Khaled Masud"
                fixed = index.sounded(low)
            if fixed is None and len(low) >= 4:
                # typed without its vowels: "attckr", "hppnd", "whtsapp"
                fixed = index.unvowelled(low)
            if fixed is None:
                return w
            if w[0].isupper():
                # as the articles write it: "Whatsap" → "WhatsApp"
                return index.name_form(fixed) or (fixed.upper() if w.isupper() else fixed.capitalize())
            return fixed
        # a name's second word autocorrected into another real word ("Amber Rude", "the Andrew
        # Mars show"): the name the corpus holds one letter away
        words = list(re.finditer(r"[A-Za-z]+", q))
        typed = bool(re.search(r"[A-Z]", q))
        for a, b in reversed(list(zip(words, words[1:]))):
            # (a name's words as typed: with their capitals, unless nothing has one; "Was Amber
            # rude to the BBC?" stays)
            if not q[a.end():b.start()].isspace() or (typed and not (a.group(0)[0].isupper() and b.group(0)[0].isupper())) \
                    or not index.knows(a.group(0).lower()):
                continue
            pair = index.pair_near(a.group(0).lower(), b.group(0).lower())
            if pair is not None:
                second = pair.split()[1]
                q = q[:b.start()] + (second if typed else second.lower()) + q[b.end():]
        # a name heard as two words ("west minster", "what's app"): one the corpus writes as a
        # name ("Westminster", "WhatsApp"), unless both are its words ("new york" stays)
        words = list(re.finditer(r"[A-Za-z]+(?:['’]s)?", q))
        joined_at = len(q) + 1
        for a, b in reversed(list(zip(words, words[1:]))):
            if b.end() > joined_at or not q[a.end():b.start()].isspace():
                continue
            first, second = a.group(0).lower(), b.group(0).lower()
            joined = re.sub(r"['’]", "", first + second)
            plain = not re.search(r"['’]", first)
            if index.knows(joined) and index.name_form(joined) is not None and not (
                    plain and index.knows(first) and index.knows(second)):
                # (in a question typed in lower case, capitals are put back with the others)
                q = q[:a.start()] + (index.name_form(joined) if re.search(r"[A-Z]", q) else joined) + q[b.end():]
                joined_at = a.start()
        # a word, or an owner before "'s" ("Maosod's")
        return re.sub(r"(?<!['’\w-])[A-Za-z]+(?=['’]s\b|(?![\w'’-]))", mend, q)

    def _recased(self, q: str) -> str:
        """The question with the capitals and apostrophes a hurried typist leaves out put back,
        from what the corpus knows: names are found by their capitals, owners by their
        apostrophe.

        - "masoods wife" → "Masood's wife": a word no article holds whose stem the corpus writes
          as a name;
        - in a question typed all in lower case, capitals on the words the corpus writes as
          names, as they write them ("what did rudd say" → "what did Rudd say", "uk" → "UK");
        - in one typed with care, an English word shouted ("Did ISIS DIRECT him?") in lower case;
        - and on two words the corpus writes as one name ("home secretary", "ben ariel"), or on
          a word before a name that it never writes ("boris johnson").
        """
        index = self.index()
        # (a capital opening a second sentence is put there by ``written_out``, not typed)
        lower = not re.search(r"(?<![.!?] )[A-Z]", q)

        def fix(m: re.Match) -> str:
            w = m.group(0)
            low = w.lower()
            if len(low) >= 3 and low.endswith("s") and not index.knows(low):
                owner = index.name_form(low[:-1])
                if owner is not None:
                    return (owner if lower else w[:-1]) + "'s"
            if not lower and len(w) >= 3 and w.isupper() and is_english(low) and index.name_form(low) is None:
                # a word shouted in a question typed with care ("Did ISIS actually DIRECT him?",
                # "or EVERY messaging app?!") is no name, unless the corpus writes it as one
                return low
            if not lower or len(w) < 2 or low in _NOT_RECASED:
                return w
            form = index.name_form(low)
            if form is not None:
                return form
            return w
        q = re.sub(r"(?<!['’])\b[A-Za-z]+\b", fix, q)
        if not lower:
            return q

        # two words the articles write as one name: "home secretary" → "Home Secretary", "ben
        # Ariel" → "Ben Ariel" (a first name is often no name alone: a capital at a line's start
        # says nothing of "Ben"); and "boris Johnson" → "Boris Johnson" where no article holds
        # "boris". Each word is tried with the next, left to right (the question's white space
        # is single spaces: ``clean_question``)
        parts = q.split(" ")
        for i in range(len(parts) - 1):
            first = re.fullmatch(r"[A-Za-z]+", parts[i])
            second = re.fullmatch(r"([A-Za-z]+?)(s?)((?:'s)?\W*)", parts[i + 1])
            if not first or not second or parts[i].lower() in _NOT_RECASED \
                    or second.group(1).lower() in _NOT_RECASED:
                continue
            word = second.group(1) + second.group(2)
            form = index.pair_form(parts[i].lower(), word.lower())
            owner = ""
            if form is None and second.group(2) and not index.knows(word.lower()):
                # "home secretarys name": the owner's apostrophe left out
                form = index.pair_form(parts[i].lower(), second.group(1).lower())
                owner = "'s"
            if form is not None:
                parts[i], name = form.split(" ")
                parts[i + 1] = name + owner + second.group(3)
            elif parts[i].islower() and word[0].isupper() and not index.knows(parts[i]):
                parts[i] = parts[i].capitalize()
        return " ".join(parts)

    def _route(self, q: str, k: int, boost_articles: dict[str, float] | None,
               filters: Filters | None) -> Answer:
        """The answer by the kind of question: a look-up (author, summary, headline, mention, who
        said what, whom a role or a description names) or a search of the passages."""
        index = self.index()
        article_lookup = parse_article_lookup(q)
        if article_lookup is not None:
            kind, about = article_lookup
            answer_by = {"author": self.author, "summary": self.summary, "headline": self.headline,
                         "standfirst": self.standfirst, "published": self.published, "outlet": self.outlet,
                         "caption": self.caption}[kind]
            return answer_by(q, about, k, boost_articles, filters)
        topic = parse_mention(q)
        if topic is not None:
            return self.mentions(q, topic, k, boost_articles, filters)
        named = parse_who_named(q)
        if named is not None:
            writer = self.writer(q, named, k)
            if writer is not None:
                return writer
        according = parse_according(q) if not filters else None
        if according is not None:
            name, rest = according
            # "According to Rudd, what must not happen with WhatsApp?" asks her statements;
            # "according to the Post" names a source (a filter), not a speaker. When none of the
            # speaker's statements is on it, the question is asked as it stands ("according to
            # the theory" is attributed in some passage that says so)
            if possessive(name) is None and (self.speakers().match(name) or self.speakers().correct(name)):
                routed = self.who(name, rest, k)
                if not routed.abstained:
                    return routed.model_copy(update={"question": q, "kind": "ask"})
        lookup = parse_lookup(q) if not filters else None
        if lookup is not None:
            kind, text, topic = lookup
            if kind == "said":
                quoted = bool(QUOTED.search(q))
                routed = self.said(text, k, quoted=quoted)
                if not routed.abstained:
                    return routed.model_copy(update={"question": q, "kind": "ask"})
                plain = self._ask(q, k, boost_articles, filters)
                if quoted and len(stems(text)) >= 3 and not plain.abstained and plain.quotes and \
                        not holds_quotation(text, plain.quotes[0].text):
                    # nobody said the words quoted, nor most of them: a passage close in meaning
                    # ("We will defeat radical Islamic terrorism") is no answer to who said "we
                    # will never waver in the face of terrorism"
                    return plain.model_copy(update={"abstained": True})
                return plain
            elif possessive(text) is None and (self.speakers().match(text) or self.speakers().correct(text)):
                # a speaker the corpus quotes: their statements answer, or nothing does; but
                # whether they hold that a thing is so ("Do the police think he had help?") a
                # passage reporting them may tell in other words ("they believe he acted alone")
                routed = self.who(text, topic, k)
                if routed.abstained and asks_whether_said(q):
                    plain, reported = self._reporting(q, text, k, boost_articles, filters)
                    if reported:
                        return plain
                return routed.model_copy(update={"question": q, "kind": "ask"})
            else:
                # nobody of that name is quoted: a passage may still report what they said, but
                # only one that reports them saying something counts as an answer (a passage
                # naming WhatsApp is not one where WhatsApp said anything)
                plain, reported = self._reporting(q, text, k, boost_articles, filters)
                if reported:
                    return plain
                message = self.who(text, topic, k).message
                return plain.model_copy(update={"abstained": True, "message": message})
        for name, topic in parse_keyword_lookup(q) if lookup is None and not filters else ():
            # "rudd whatsapp quote": a search-box query for the words of a speaker the corpus
            # quotes (a split naming nobody it quotes is no look-up: "apple fbi quote")
            words = name_tokens(name)
            if possessive(name) is None and words and any(
                    words <= name_tokens(self.speakers().names[key]) for key in self.speakers().match(name)):
                routed = self.who(name, topic, k)
                if not routed.abstained:
                    return routed.model_copy(update={"question": q, "kind": "ask"})
                # (a speaker with no words on it: the query is searched as it stands, as any
                # query of keywords is)
                break
        group = parse_group_lookup(q) if lookup is None and not filters else None
        if group is not None and speaker_key(group[0]) in self.speakers().by_key:
            # "What did police say about ...?": a speaker the corpus quotes under that very name
            routed = self.who(group[0], group[1], k, exact=True)
            return routed.model_copy(update={"question": q, "kind": "ask"})
        if group is not None and any(not index.articles_with({w}) for w in re.findall(r"\w+", group[0].lower())):
            # "what did ruud say ...": a word the corpus never uses, in a name one speaker's is
            # close to; "what did telegram say ...", close to none, is a speaker it never quotes
            key = self.speakers().correct(group[0])
            name = self.speakers().names[key] if key is not None else group[0]
            routed = self.who(name, group[1], k)
            return routed.model_copy(update={"question": q, "kind": "ask"})
        role = parse_identity(q) if not filters else None
        if role is not None:
            # the speakers' roles put a name to "the Home Secretary": the passage naming both
            # answers, not one about the role alone ("Home Secretary says ...")
            keys = self.speakers().match(role)
            if len(keys) == 1:
                named = f"{q.rstrip(' ?')} {self.speakers().names[keys[0]]}?"
                return self._ask(named, k, boost_articles, filters, check_asked=False).model_copy(update={"question": q})
        described = parse_described(q)
        plain = self._ask(q, k, boost_articles, filters)
        if described is not None:
            # "Who was the Westminster attacker?": the article that answers describes him so, then
            # names him ("Khalid Masood, 52, drove ..."); the passage naming him answers
            for aid in dict.fromkeys(qt.article.id for qt in plain.quotes):
                # "the suspect" of an article calling him "the attacker" is the same man
                names = [name for word, name in index.descriptor_links(aid) if word == described[1]
                         or (word in DOER_WORDS and described[1] in DOER_WORDS)]
                if names:
                    named = f"{q.rstrip(' ?')} {names[0]}?"
                    return self._ask(named, k, boost_articles, filters, check_asked=False).model_copy(update={"question": q})
        return plain

    def _reporting(self, q: str, name: str, k: int, boost_articles: dict[str, float] | None,
                   filters: Filters | None) -> tuple[Answer, bool]:
        """The passages' answer to ``q``, those reporting ``name``'s words first, and whether it
        answers with any such passage (True) or not (False: the answer as the passages gave it)."""
        plain = self._ask(q, k, boost_articles, filters)
        reporting = [qt for qt in plain.quotes if reports_speech(qt.text, name)]
        if plain.abstained or not reporting:
            return plain, False
        rest = [qt for qt in plain.quotes if qt not in reporting]
        return plain.model_copy(update={"quotes": reporting + rest}), True

    def _ask(self, q: str, k: int, boost_articles: dict[str, float] | None = None,
             filters: Filters | None = None, check_asked: bool = True) -> Answer:
        index = self.index()
        wanted = merge(filters, from_question(q))
        year = wanted.year_asked()
        ids = wanted.select(index.articles, index.dates, index.articles_with({year}) if year else ())
        if ids is not None and not ids:
            return Answer(question=q, abstained=True, message="No article matches the filters given.")
        # "Which programme did the Home Secretary appear on?" is searched for as "Which programme
        # did Amber Rudd appear on?": the passages call her Rudd
        searched = q
        for role, name in self._roles_held(q):
            searched = re.sub(rf"\bthe\s+{re.escape(role)}\b(?!\s+{re.escape(name)})", name, searched, count=1)
        qvec = self.embedder.encode([searched])[0]
        # before a conversation has a subject, the curator's articles are it
        prior = None if boost_articles else self._corpus_prior()
        candidates = Retriever(self.dense(), index).search(searched, qvec, article_ids=ids,
                                                           boost_articles=boost_articles, prior_articles=prior)
        if self.settings.rerank:
            candidates = rerank_in_context(candidates, index, self.embedder, qvec, self.settings.rerank)
        answer = Answerer(index, self.threshold).answer(q, candidates, k, check_asked=check_asked,
                                                        names_typed=_NAMES_TYPED.get())
        return self._with_speakers(answer)

    def _roles_held(self, q: str) -> list[tuple[str, str]]:
        """(role, name) for each role the question names ("the Home Secretary") that the
        speakers of the corpus give to one person ("Amber Rudd")."""
        held = []
        for m in re.finditer(r"\bthe\s+((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)", q):
            role = re.sub(r"['’]s$", "", m.group(1))
            if name_tokens(role):
                continue        # a name, not a role: "the Islamic State"
            keys = self.speakers().match(role)
            if len(keys) == 1:
                held.append((role, self.speakers().names[keys[0]]))
        return held

    def mentions(self, question: str, topic: str, k: int, boost_articles: dict[str, float] | None = None,
                 filters: Filters | None = None) -> Answer:
        """For "Is there anything about ``topic`` in the corpus?": the passages naming every word
        of ``topic`` (any form of it), best first; abstained, with the nearest passages, when
        none does. A passage naming Apple answers, however weakly it matches as a question."""
        found = self._ask(topic, 3 * k, boost_articles, filters)
        # a name is looked for as written ("Apple" the company, not the apple harvest)
        names = re.findall(r"\b[A-Z][\w'’-]*", topic)
        want = stems(re.sub(r"\b[A-Z][\w'’-]*", " ", topic))
        hits = [qt for qt in found.quotes if want <= stems(qt.text)
                and all(re.search(rf"\b{re.escape(n)}", qt.text) for n in names)]
        if hits:
            return found.model_copy(update={"question": question, "abstained": False, "quotes": hits[:k]})
        if len(content_words(topic)) > 3 and not found.abstained and found.quotes and all(
                re.search(rf"\b{re.escape(n)}", found.quotes[0].article.title + "\n" + self.index().articles[
                    found.quotes[0].article.id].text) for n in names):
            # a topic told at length ("WhatsApp being a secret place for terrorists to talk") is
            # a question in other words: a passage answering it, of an article naming what it
            # names, is what is looked for
            return found.model_copy(update={"question": question, "quotes": found.quotes[:k]})
        return found.model_copy(update={"question": question, "abstained": True, "quotes": found.quotes[:k]})

    def _article_for(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None,
                     filters: Filters | None, which: str = "author_which") -> tuple[str, list[Quote]] | Answer:
        """The article ``about`` describes, with the passages that matched it; for "" (asked of
        "it"), the conversation's article, or the store's only one. An Answer to give instead
        when there is none."""
        if about:
            found = self._ask(about, k, boost_articles, filters)
            if found.abstained or not found.quotes:
                return found.model_copy(update={"question": question})
            aid = found.quotes[0].article.id
            return aid, [qt for qt in found.quotes if qt.article.id == aid]
        if boost_articles:
            return max(boost_articles, key=boost_articles.__getitem__), []
        articles = self.index().articles
        if len(articles) == 1:
            # "Who wrote it?" of a corpus of one article (the demonstration corpus) has one answer
            return next(iter(articles)), []
        curated = self._curated()
        if len(curated) == 1:
            # "Who wrote this article?" asked of the curator's one article among others ingested
            # from elsewhere (an evaluation set, an archive) means the curator's
            return curated[0], []
        return Answer(question=question, abstained=True, message=self.prompts().render(which))

    def _curated(self) -> list[str]:
        """The ids of the articles read from the configured corpus folder (``--corpus``), the
        curator's own, as against those ingested from paths named on the command line (worked
        out once a store generation: resolving every path took milliseconds a question)."""
        index = self.index()
        key = (index.generation, self.settings.corpus)
        if self._curated_for[0] != key:
            root = self.settings.corpus.resolve()
            self._curated_for = (key, [aid for aid, art in index.articles.items()
                                       if Path(art.path).resolve().is_relative_to(root)])
        return self._curated_for[1]

    def _corpus_prior(self) -> dict[str, float] | None:
        """The rank prior of the corpus folder's articles (``Settings.corpus_prior``), when the
        store holds others too; None when it holds only these, or none of them."""
        if not self.settings.corpus_prior:
            return None
        curated = self._curated()
        if not curated or len(curated) == len(self.index().articles):
            return None
        return dict.fromkeys(curated, self.settings.corpus_prior)

    def summary(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None = None,
                filters: Filters | None = None) -> Answer:
        """The article ``about`` describes in its own words: its standfirst and opening paragraph,
        or its first two paragraphs (the writer's summary; qabot writes none of its own)."""
        found = self._article_for(question, about, k, boost_articles, filters, which="summary_which")
        if isinstance(found, Answer):
            return found
        aid, _ = found
        index = self.index()
        art = index.article(aid)
        standfirst = [p for p in art.paragraphs if p.number == 0][:1]
        opening = standfirst + [p for p in art.paragraphs if p.number >= 1][:2 - len(standfirst)]
        quotes = [_paragraph_quote(art, p) for p in opening]
        return self._with_speakers(Answer(question=question, abstained=not quotes, quotes=quotes, kind="ask",
                                          message=self.prompts().render("summary", title=art.title)))

    def author(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None = None,
               filters: Filters | None = None) -> Answer:
        """Who wrote the article ``about`` describes (or, for "Who wrote it?", the conversation's
        article): the byline quoted where the text holds it, then the passages that matched."""
        prompts = self.prompts()
        index = self.index()
        found = self._article_for(question, about, k, boost_articles, filters)
        if isinstance(found, Answer):
            return found
        aid, matched = found
        art = index.article(aid)
        if not art.author:
            return Answer(question=question, abstained=True, quotes=matched[:k],
                          message=prompts.render("author_missing" if about else "author_none", title=art.title))
        quotes = self._quote_of(aid, art.author)
        quotes += matched[:max(0, k - len(quotes))]
        return Answer(question=question, abstained=False, quotes=quotes,
                      message=prompts.render("author", title=art.title, author=art.author))

    def writer(self, question: str, name: str, k: int) -> Answer | None:
        """For "Who is Ben Ariel?": the bylines of the articles ``name`` wrote, newest first, when
        the corpus knows the name only as a byline (a writer the news also speaks of is a
        question for the passages); else None."""
        index = self.index()
        wrote = [aid for aid, art in index.articles.items() if (art.author or "").lower() == name.lower()]
        if not wrote:
            return None
        # the name anywhere but a byline is news about that person: a question for the passages
        pattern = re.compile(rf"\b{re.escape(name)}\b", re.I)
        for aid in index.articles_with({w.lower() for w in re.findall(r"\w+", name)}):
            art = index.articles[aid]
            byline = 1 if (art.author or "").lower() == name.lower() and pattern.search(art.text) else 0
            if len(pattern.findall(art.text)) > byline:
                return None
        wrote.sort(key=lambda aid: (index.articles[aid].date or "", aid), reverse=True)
        quotes = [qt for aid in wrote for qt in self._quote_of(aid, index.articles[aid].author)][:k]
        first = index.articles[wrote[0]]
        others = len(wrote) - 1
        return Answer(question=question, abstained=False, quotes=quotes, kind="ask",
                      message=self.prompts().render(
                          "writer", author=first.author, title=first.title,
                          others="" if not others else f" and {others} other article{'s' * (others > 1)}"))

    def _quote_of(self, aid: str, words: str | None) -> list[Quote]:
        """``words`` (a byline, a headline) quoted from article ``aid`` where its text holds them:
        one verified quote, or none."""
        index = self.index()
        art = index.article(aid)
        at = art.text.find(words) if words else -1
        if at < 0:
            return []
        return [verify(Quote(text=words, start=at, end=at + len(words), score=1.0,
                             paragraph=index.paragraph_at(aid, at), article=art.citation()), art)]

    def headline(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None = None,
                 filters: Filters | None = None) -> Answer:
        """The headline of the article ``about`` describes (or, for "What was the headline?", the
        conversation's article): quoted where the text holds it, then the passages that matched."""
        found = self._article_for(question, about, k, boost_articles, filters, which="headline_which")
        if isinstance(found, Answer):
            return found
        aid, matched = found
        art = self.index().article(aid)
        # a .txt article opens with its headline; front matter or JSON may give one the text lacks
        quotes = self._quote_of(aid, art.title)
        shown = {qt.start for qt in quotes}
        quotes += [qt for qt in matched if qt.start not in shown][:max(0, k - len(quotes))]
        return Answer(question=question, abstained=not art.title, quotes=quotes, kind="ask",
                      message=self.prompts().render("headline", title=art.title or "(none)"))

    def standfirst(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None = None,
                   filters: Filters | None = None) -> Answer:
        """The standfirst (the line under the headline) of the article ``about`` describes, or of
        the conversation's article: quoted, then the passages that matched; abstained, with
        those passages, when the article has none."""
        found = self._article_for(question, about, k, boost_articles, filters, which="standfirst_which")
        if isinstance(found, Answer):
            return found
        aid, matched = found
        art = self.index().article(aid)
        line = next((p for p in art.paragraphs if p.number == 0), None)
        if line is None:
            return Answer(question=question, abstained=True, quotes=matched[:k], kind="ask",
                          message=self.prompts().render("standfirst_missing", title=art.title or "(untitled)"))
        quotes = [_paragraph_quote(art, line)]
        quotes += [qt for qt in matched if qt.start != line.start][:max(0, k - 1)]
        return Answer(question=question, abstained=False, quotes=quotes, kind="ask",
                      message=self.prompts().render("standfirst", title=art.title or "(untitled)"))

    def caption(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None = None,
                filters: Filters | None = None) -> Answer:
        """The caption of the picture that goes with the article ``about`` describes (or the
        conversation's): quoted, then the passages that matched; abstained, with those passages
        or its headline, when its text holds no caption. Captions are never quoted as answers
        to other questions (``layout``): here the question is about the picture itself."""
        found = self._article_for(question, about, k, boost_articles, filters, which="caption_which")
        if isinstance(found, Answer):
            return found
        aid, matched = found
        art = self.index().article(aid)
        title = art.title or "(untitled)"
        spans = caption_spans(art.text)
        if not spans:
            return Answer(question=question, abstained=True, quotes=matched[:k] or self._quote_of(aid, art.title),
                          kind="ask", message=self.prompts().render("caption_missing", title=title))
        start, end = spans[0]
        quotes = [verify(Quote(text=art.text[start:end], start=start, end=end, score=1.0, paragraph=None,
                               article=art.citation()), art)]
        quotes += [qt for qt in matched if qt.start != start][:max(0, k - 1)]
        return Answer(question=question, abstained=False, quotes=quotes, kind="ask",
                      message=self.prompts().render("caption", title=title, caption=quotes[0].text))

    def published(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None = None,
                  filters: Filters | None = None) -> Answer:
        """When the article ``about`` describes (or the conversation's) came out: its date, quoted
        where the text holds it, then the passages that matched; abstained, with its headline,
        when it gives no date (a date is never guessed from the text's "on Sunday")."""
        return self._article_detail(question, about, k, boost_articles, filters, "published", "date",
                                    lambda art: art.date)

    def outlet(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None = None,
               filters: Filters | None = None) -> Answer:
        """Where the article ``about`` describes (or the conversation's) came out: its source (or,
        without one, its address), quoted where the text holds it, then the passages that
        matched; abstained, with its headline, when the article names neither."""
        return self._article_detail(question, about, k, boost_articles, filters, "outlet", "source",
                                    lambda art: art.source or art.url)

    def _article_detail(self, question: str, about: str, k: int, boost_articles: dict[str, float] | None,
                        filters: Filters | None, template: str, placeholder: str,
                        detail: Callable[[Article], str | None]) -> Answer:
        """An answer giving one detail of an article's metadata (``detail``), in the words of the
        templates ``template``, ``template_missing`` and ``template_which``."""
        found = self._article_for(question, about, k, boost_articles, filters, which=f"{template}_which")
        if isinstance(found, Answer):
            return found
        aid, matched = found
        art = self.index().article(aid)
        title = art.title or "(untitled)"
        value = detail(art)
        if not value:
            quotes = matched[:k] or self._quote_of(aid, art.title)
            return Answer(question=question, abstained=True, quotes=quotes, kind="ask",
                          message=self.prompts().render(f"{template}_missing", title=title))
        quotes = self._quote_of(aid, value)
        shown = {qt.start for qt in quotes}
        quotes += [qt for qt in matched if qt.start not in shown][:max(0, k - len(quotes))]
        return Answer(question=question, abstained=False, quotes=quotes, kind="ask",
                      message=self.prompts().render(template, title=title, **{placeholder: value}))

    def _with_speakers(self, answer: Answer) -> Answer:
        """Give each quote the speaker of the statement it quotes, where one is attributed."""
        by_article = self._statements_of({qt.article.id for qt in answer.quotes})
        quotes = []
        for qt in answer.quotes:
            best, overlap = None, 0
            for r in by_article.get(qt.article.id, []):
                if not r.speaker:
                    continue
                o = sum(max(0, min(c.end, qt.end) - max(c.start, qt.start)) for c in r.statement.content)
                if o > overlap:
                    best, overlap = r, o
            quotes.append(qt.model_copy(update={"speaker": best.speaker}) if best else qt)
        return answer.model_copy(update={"quotes": quotes})

    def _statements_of(self, article_ids: set[str]) -> dict[str, list]:
        """Statements of a few articles, without loading every statement of the store (a plain
        question needs only those of the articles it quotes)."""
        if self._speakers is not None and self._speakers[0] == self.index().generation:
            return self._speakers[1].by_article
        index = self.index()
        cache = self._statement_cache
        if cache.get("generation") != index.generation:
            cache.clear()
            cache["generation"] = index.generation
        missing = sorted(a for a in article_ids if a not in cache)
        if missing:
            for aid in missing:
                cache[aid] = []
            for row in load_statements(index, missing):
                cache[row.article_id].append(row)
        return {a: cache[a] for a in article_ids}

    def _statement_quote(self, row, score: float) -> Quote:
        index = self.index()
        art = index.articles[row.article_id]
        a, b, para = quote_span(index, row)
        return verify(Quote(text=art.text[a:b], start=a, end=b, score=round(score, 4), paragraph=para,
                            speaker=row.speaker or None, article=art.citation()), art)

    def who(self, name: str, topic: str | None = None, k: int = 10, exact: bool = False) -> Answer:
        """What ``name`` said, ranked by relevance to ``topic`` when given, else in reading order.

        A misspelt name is taken for the one speaker it comes close to (``SpeakerIndex.correct``);
        an unknown name gives an abstained answer whose message suggests the closest speakers.
        ``exact`` takes only the speaker of exactly that name ("police", not "Nassau County police").
        """
        name = clean_question(name, self.settings.max_question_chars)
        topic = clean_question(topic, self.settings.max_question_chars) if topic and topic.strip() else None
        speakers = self.speakers()
        prompts = self.prompts()
        keys = ([speaker_key(name)] if speaker_key(name) in speakers.by_key else []) if exact else speakers.match(name)
        if not keys and not exact:
            # a misspelt name ("Amber Rud") that only one person's comes close to
            fixed = speakers.correct(name)
            keys = [fixed] if fixed else []
        if not keys:
            suggestions = ", ".join(speakers.suggest(name)) or "none yet"
            return Answer(question=name, abstained=True, kind="who",
                          message=prompts.render("who_unknown", name=name, suggestions=suggestions))
        # the corpus folder's articles first ("the minister" naming several people; "What did
        # the police say?" of the police it quotes, not an archive's); it ranks, it does not decide
        prior = self._corpus_prior() or {}
        if len(keys) > 1 and prior:
            keys = sorted(keys, key=lambda k: not any(speakers.rows[i].article_id in prior for i in speakers.by_key[k]))
        # a partial name ("Clinton") naming several people: take the most quoted, say which
        key = keys[0]
        ids = list(speakers.by_key[key])
        distinct = DistinctQuotes()
        quotes: list[Quote] = []
        if topic:
            tvec = self.embedder.encode([topic])[0]
            ranked = rank_by_topic(speakers, key, self.index(), self.dense(), tvec, topic)
            best = ranked[0][1] if ranked else 0.0
            order = sorted(ranked, key=lambda x: -(x[1] + (prior.get(speakers.rows[x[0]].article_id, 0.0)
                                                          if x[1] >= WHO_TOPIC_THRESHOLD else 0.0)))
        else:
            best = 1.0
            order = sorted(((i, 1.0) for i in ids),
                           key=lambda x: (speakers.rows[x[0]].article_id not in prior, speakers.rows[x[0]].article_id,
                                          speakers.rows[x[0]].statement.content[0].start))
        for i, score in order:
            qt = self._statement_quote(speakers.rows[i], score)
            if not distinct.add(qt.article.id, qt.start, qt.end, qt.text):
                continue
            quotes.append(qt)
            if len(quotes) >= k:
                break
        header = prompts.render("who", speaker=speakers.names[key], topic=f" about {topic}" if topic else "",
                                count=len(quotes))
        abstained = bool(topic) and best < WHO_TOPIC_THRESHOLD
        return Answer(question=header, abstained=abstained, kind="who", quotes=quotes,
                      message=None if not abstained else header + " (nothing on that topic; nearest statements below)")

    def said(self, phrase: str, k: int = 5, quoted: bool = True) -> Answer:
        """Who said ``phrase``: exact occurrences first, then statements close in meaning.
        ``quoted``: the phrase is a quotation, not words on a topic ("said something about
        steaming open letters"), so a statement close in meaning must also hold most of its words."""
        phrase = clean_question(phrase, self.settings.max_question_chars)
        phrase = phrase.strip("\"'“”‘’ ")
        index = self.index()
        speakers = self.speakers()
        words = re.findall(r"\w+", phrase)
        quotes: list[Quote] = []
        distinct = DistinctQuotes()

        def add(q: Quote) -> None:
            if len(quotes) < k and distinct.add(q.article.id, q.start, q.end, q.text):
                quotes.append(q)

        if words:
            pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.I)
            by_article = speakers.by_article
            # only articles holding every word of the phrase can hold the phrase
            for aid in index.articles_with({w.lower() for w in words}):
                art = index.articles[aid]
                for m in pattern.finditer(art.text):
                    holder = next((r for r in by_article.get(aid, [])
                                   if any(c.start <= m.start() and m.end() <= c.end for c in r.statement.content)), None)
                    if holder is not None:
                        add(self._statement_quote(holder, 1.0))
                    else:
                        para = index.paragraph_at(aid, m.start())
                        if para is None:
                            continue
                        row = next((index.rows[i] for i in index.rows_overlapping(aid, m.start(), m.start() + 1)),
                                   None)
                        a, b = (row.start, row.end) if row else (m.start(), m.end())
                        speaker = subject_before(art.text, a, m.start(), speakers.by_article.get(aid, []))
                        add(Quote(text=art.text[a:b], start=a, end=b, score=1.0, paragraph=para,
                                  speaker=speaker, article=art.citation()))
        exact = bool(quotes)
        best = 1.0 if exact else 0.0
        if len(quotes) < k:
            # statements holding the sentences nearest the phrase, ranked by their own embedding
            pvec = self.embedder.encode([phrase])[0]
            cands: dict[str, StatementRow] = {}
            for i, _ in self.dense().sentences(pvec, 10 * k):
                r = index.rows[i]
                for row in speakers.by_article.get(r.article_id, ()):
                    if any(r.start < c.end and c.start < r.end for c in row.statement.content):
                        cands[row.id] = row
            rows = list(cands.values())
            scored = [(float(v @ pvec), row) for v, row in zip(statement_vectors(self.dense(), index, rows), rows)
                      if v is not None]
            for cos, row in sorted(scored, key=lambda x: -x[0])[:3 * k]:
                quote = self._statement_quote(row, cos)
                # words close in meaning are someone's only when they hold most of the phrase's
                # own: "We will defeat radical Islamic terrorism" is not who said "we will never
                # waver in the face of terrorism" (a quotation misremembered keeps its words)
                if not quoted or holds_quotation(phrase, quote.text):
                    best = max(best, cos)
                add(quote)
        abstained = not exact and best < SAID_THRESHOLD
        return Answer(question=phrase, abstained=abstained, kind="said", quotes=quotes)

    def article(self, article_id: str) -> Article:
        """A stored article by id (or a unique prefix of it)."""
        index = self.index()
        if article_id in index.articles:
            return index.article(article_id)
        matches = [i for i in index.articles if i.startswith(article_id)]
        if len(matches) == 1:
            return index.article(matches[0])
        if not matches:
            raise QabotError(f"no article with id {article_id!r}; `qabot stats` lists the store")
        raise QabotError(f"{article_id!r} matches {len(matches)} articles; give more of the id")

    def stats(self) -> dict:
        """Counts, store location and size, and model."""
        store = self.store(create=False)
        counts = store.counts()
        return {**counts, "store": store.location, "size_bytes": store.size_bytes(),
                "model": self.embedder.name, "backend": "http" if store.url else "embedded"}
