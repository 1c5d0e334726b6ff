"""Scored sentences -> an ``Answer``: short verbatim quotes, or an abstention.

A quote is the best sentence plus the least context it needs: the sentence before it when it
opens with a pronoun, and a neighbouring sentence of the same paragraph when that one scored
nearly as well. A quote never exceeds three sentences or 500 characters. Quotes repeating one
already chosen (wire copy printed twice) are dropped. Every quote is checked against the article
text before it is returned: ``quote.text == article.text[start:end]``.
"""
from __future__ import annotations

import re

from .models import Answer, Article, Quote
from .events_asked import DESCRIBED, asks_count, counts_of_something_else, counts_what_is_asked, unreported
from .names_asked import CALENDAR_WORDS, asked_as_statement, asked_person, choice_names, lacks_asked_name, names_asked_person, yes_no_names, yes_no_subject
from .retrieval import Candidate, CorpusIndex, checks_statement, content_words, entity_terms, stem, stems
from .text import names_someone_before, opens_with_reference

MAX_QUOTE_CHARS = 500
# word-set overlap (Jaccard) above which two quotes count as the same text
NEAR_DUPLICATE = 0.8
# a candidate from an article not yet quoted is preferred to one from a quoted article unless
# the latter scores higher by more than this factor (broad questions draw on several articles)
DIVERSITY = 0.95
MAX_QUOTE_SENTENCES = 3
# a neighbouring sentence of the same paragraph joins the quote when it scores at least this
# share of the best sentence's score (FOLLOWS: the next one, when it opens with a pronoun)
NEIGHBOUR = 0.9
FOLLOWS = 0.5
# for a question whose best passage does not give what it asks (a person's name, an event), how
# many of the best candidates are looked through for one that does ("director Helen Voss")
ASKED_POOL = 10
# and how far under the threshold such a passage may score: it answers what the best one does not,
# but must still be near the question ("refused to help unlock an iPhone" is no answer to "Did
# WhatsApp comply with the request?")
ASKED_SLACK = 0.1


# a set phrase of three words or more joined by "to", "of", "by" or "for": "end-to-end",
# "state-of-the-art", "peer-to-peer" (not an asker's coinage, "tech-versus-government")
_SET_PHRASE = re.compile(r"\b[a-z]+-(?:to|of|by|for|in)-(?:the-)?[a-z]+\b", re.I)


def set_phrases(question: str) -> list[str]:
    """The hyphenated set phrases of a question ("end-to-end")."""
    return [m.group(0) for m in _SET_PHRASE.finditer(question)]


def _refers_to_someone_before(sentence: str) -> bool:
    """A sentence opening with a reference, or speaking of "him" or "her" as an object with
    nobody named in full ("... that the group directed him"; not "..., she warned, ...", whose
    speaker an earlier paragraph names)."""
    return opens_with_reference(sentence) or (names_someone_before(sentence)
                                              and bool(re.search(r"\b(?:him|her)\b(?!\s+\w+(?:s|ed)\b)", sentence)))


class VerbatimError(AssertionError):
    """A quote whose text is not the article's text at its offsets (a bug, never shown)."""


def inside_quotation(text: str) -> bool:
    """True when ``text`` (a paragraph's beginning) ends inside a quotation: an odd number of
    straight double quotes, or more opening curly ones than closing."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def verify(quote: Quote, article: Article) -> Quote:
    """Return ``quote`` if it is verbatim, else raise ``VerbatimError``."""
    if article.text[quote.start:quote.end] != quote.text:
        raise VerbatimError(f"quote {quote.start}:{quote.end} of {article.id} is not verbatim")
    return quote


def _norm(text: str) -> str:
    return " ".join(content_words(text))


def ranking_gain(c: Candidate) -> float:
    """What a candidate gained (or lost) to rank by only: re-scoring in context, the headline's
    words, the answer type's second part, a sentence that is itself a question, and the corpus
    folder's prior, which may reorder answers but were not there when the threshold was fitted
    (whether the corpus holds an answer is judged as if every article were alike)."""
    return c.context_gain + c.title_gain + c.type_gain + c.asks_gain + c.prior


# a passage whose meaning is this close to the question (embedding cosine) is trusted beyond its
# words: "Is the government prepared to legislate to compel the messaging companies?" shares
# few words with "the government would consider new laws to force them" (cosine 0.47); the
# near misses sharing many words ("What was the calendar date of the Westminster attack?",
# cosine 0.22) are not close in meaning. Each hundredth of cosine above it counts twice
# (benchmarks/README.md, eleventh session)
CLOSE_IN_MEANING = 0.45
MEANING_WEIGHT = 2.0


def decision_score(c: Candidate) -> float:
    """The score abstention is decided on: without a follow-up's boost or ``ranking_gain``, with
    what a passage close in meaning earns beyond its words."""
    return c.score - c.boost - ranking_gain(c) + MEANING_WEIGHT * max(0.0, c.cos - CLOSE_IN_MEANING)


class DistinctQuotes:
    """Which quotes are already shown: the same span, or nearly the same words in another
    article (wire copy reprinted with small edits, or one file ingested from two places), is
    shown once."""

    def __init__(self) -> None:
        self._spans: set[tuple[str, int, int]] = set()
        self._words: list[set[str]] = []

    def add(self, article_id: str, start: int, end: int, text: str) -> bool:
        """Remember this quote and return True, unless it repeats one already added."""
        words = set(_norm(text).split())
        if (article_id, start, end) in self._spans or any(
                len(words & seen) >= NEAR_DUPLICATE * len(words | seen) for seen in self._words):
            return False
        self._spans.add((article_id, start, end))
        self._words.append(words)
        return True


def _diverse(candidates: list[Candidate], first: frozenset[int] = frozenset()):
    """Candidates best first, except that a close runner-up from an article not yet quoted goes
    before another passage of an article already quoted, and the candidates whose ``id`` is in
    ``first`` go before all others."""
    remaining = list(candidates)
    used: set[str] = set()
    while remaining:
        best = max(range(len(remaining)), key=lambda i: (id(remaining[i]) in first, remaining[i].score
                   * (DIVERSITY if remaining[i].row.article_id in used else 1.0)))
        cand = remaining.pop(best)
        used.add(cand.row.article_id)
        yield cand


# the words a statement put to be checked ends with, which tell nothing of it
_CHECK_WORDS = frozenset("right correct true wrong yes no innit".split())


def _tells_the_rest(question: str, text: str) -> bool:
    """Whether ``text`` (an article) tells what the statement ``question`` says but its names:
    every one of its other words, as a stem (one may be missing from three or more)."""
    named = {w.lower() for m in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", question) for w in re.findall(r"\w+", m)}
    asked = [stem(w) for w in content_words(question) if w not in named and w not in _CHECK_WORDS]
    told = stems(text)
    lacking = sum(w not in told for w in asked)
    return bool(asked) and lacking <= (1 if len(asked) >= 3 else 0)


class Answerer:
    """Turns scored candidates into an Answer.

    Args:
        index: the corpus view the candidates come from.
        threshold: answer only when the best candidate scores at least this.
        min_cos: and when its cosine to the question is at least this.
    """

    def __init__(self, index: CorpusIndex, threshold: float, min_cos: float = 0.0) -> None:
        self.index = index
        self.threshold = threshold
        self.min_cos = min_cos

    def abstains(self, best: Candidate | None) -> bool:
        """True when even the best candidate is too weak to be called an answer."""
        return best is None or decision_score(best) < self.threshold or best.cos < self.min_cos

    def _expand(self, cand: Candidate, by_pos: dict[tuple[str, int], Candidate],
                shown: bool = True) -> tuple[int, int, int, int]:
        """(first sentence n, last sentence n, start, end) of the quote built around ``cand``.
        ``shown``: for a quote to show, which takes the sentence naming whom it speaks of; False
        for the passage judged on what it gives (an event of the sentence before is not its)."""
        idx = self.index
        row = cand.row
        rows = idx.by_article[row.article_id]
        text = idx.articles[row.article_id].text

        def at(n: int):
            """Sentence ``n`` of the article (its rows are in order: n = 0, 1, ...)."""
            return idx.rows[rows[n]] if 0 <= n < len(rows) else None
        first = last = row
        # a neighbour in the same paragraph that scored nearly as well is part of the answer
        for n in (row.n + 1, row.n - 1):
            nb = by_pos.get((row.article_id, n))
            other = at(n)
            # the next sentence continues this one when it opens with a pronoun ("It blamed ...")
            follows = n == row.n + 1 and other is not None and opens_with_reference(text[other.start:other.end])
            need = FOLLOWS if follows else NEIGHBOUR
            if nb and other and other.paragraph == row.paragraph and nb.score >= need * cand.score:
                if other.end - min(first.start, other.start) <= MAX_QUOTE_CHARS and \
                        max(last.end, other.end) - other.start <= MAX_QUOTE_CHARS:
                    first = other if other.n < first.n else first
                    last = other if other.n > last.n else last
                    break
        # a pronoun at the start needs its antecedent, as does "him" with nobody named ("Police
        # said ... that the group directed him" after "The Islamic State group claimed ...")
        prev = at(first.n - 1)
        refers = _refers_to_someone_before if shown else opens_with_reference
        if (refers(text[first.start:first.end]) and prev is not None
                and prev.paragraph in (first.paragraph, first.paragraph - 1)
                and last.n - prev.n + 1 <= MAX_QUOTE_SENTENCES and last.end - prev.start <= MAX_QUOTE_CHARS):
            first = prev

        def fits(lo, hi) -> bool:
            return hi.n - lo.n + 1 <= MAX_QUOTE_SENTENCES and hi.end - lo.start <= MAX_QUOTE_CHARS
        # a quotation is shown whole: 'There should be no place for terrorists to hide," Rudd
        # told ...' opens inside the quotation its sentence before began ('"It is completely
        # unacceptable.'); a sentence may also end inside one the next closes
        head = first
        while (prev := at(head.n - 1)) is not None and prev.paragraph == first.paragraph:
            head = prev
        opening = head.start
        while ((prev := at(first.n - 1)) is not None and prev.paragraph == first.paragraph
               and inside_quotation(text[opening:first.start]) and fits(prev, last)):
            first = prev
        while ((nxt := at(last.n + 1)) is not None and nxt.paragraph == last.paragraph
               and inside_quotation(text[opening:last.end]) and fits(first, nxt)):
            last = nxt
        return first.n, last.n, first.start, last.end

    def answer(self, question: str, candidates: list[Candidate], k: int = 3, check_asked: bool = True,
               names_typed: bool = True) -> Answer:
        """The answer: up to ``k`` quotes best first; abstained, with the nearest passages, when
        nothing scores well enough, or when no passage near the best gives what the question
        asks (a person's name, an event: ``_gives_asked``). ``check_asked``: False when the
        question already holds the name it asks for, found by the engine ("Who is the Home
        Secretary? Amber Rudd?"). ``names_typed``: False when the question's capitals were put
        back by the engine, not typed, so that they are no sign of a name asked about."""
        by_pos = {(c.row.article_id, c.row.n): c for c in candidates}
        # what is asked is judged on the candidate that led before any re-scoring in context;
        # whether anything answers, on the strongest by the decision's own score (the sentence
        # close in meaning may not lead: "He was shot dead by police" after "... a rented car")
        best = max(candidates, key=lambda c: c.score - ranking_gain(c)) if candidates else None
        strongest = max(candidates, key=decision_score) if candidates else None
        abstained = self.abstains(strongest)
        first: frozenset[int] = frozenset()
        missing = lead = None
        if check_asked and not abstained:
            # judged on the best passage and on the one that would be quoted first, where they
            # differ ("How old was the attacker's wife?": the best by score tells Katharina's age
            # at her marriage to Luther; the first quote, Masood's age, names no wife)
            for lead in (best,) if candidates[0] is best else (best, candidates[0]):
                missing = self._lacking(question, self._passage(lead, by_pos))
                if missing:
                    break
        if missing:
            # "What was the name of the officer Masood killed?" is answered only by a passage naming
            # him, "How many were injured?" only by one speaking of injuries: the best says "a
            # police officer", "killing three people". A passage of its article that gives what
            # is asked leads instead (a person named by the noun asked: "director Helen Voss"),
            # and without one the bot abstains (another article's "police officer Betty Shelby"
            # is another officer)
            counting = asks_count(question)
            found = [c for c in candidates[:ASKED_POOL] if c.row.article_id == lead.row.article_id
                     and decision_score(c) >= self.threshold - ASKED_SLACK
                     and not self._lacking(question, self._passage(c, by_pos), instead=True,
                                           around=self._paragraph(c) if counting else None)]
            first = frozenset(map(id, found[:1]))
            abstained = not found
            missing = None if found else missing
        if check_asked and not abstained and candidates:
            # "Did Theresa May back her up?" is not answered from an article that never names her
            subject = yes_no_subject(question)
            aid = candidates[0].row.article_id
            # a statement put to be checked ("Al-Qaeda claimed responsibility for the attack?"):
            # a name of its that the article lacks is corrected by the article's own where the
            # article tells the rest of it ("The Islamic State group claimed responsibility ..."),
            # and not told where it does not ("Khalid Masood was born in Kent?")
            stated = asked_as_statement(question) and not checks_statement(question)
            subject_absent = bool(subject) and not any(self.index.article_has(aid, w) for w in subject)
            names = yes_no_names(question) if names_typed else []
            absent = [w for w in names if not self.index.article_has(aid, w)]
            # (the article's words are stemmed only when a name is missing)
            told = stated and bool(subject_absent or absent) and _tells_the_rest(
                question, self.index.articles[aid].text)
            if subject_absent and not told:
                # (the name as typed: after the question's first word, or opening a statement asked)
                at = 0 if asked_as_statement(question) else 1
                abstained, missing = True, " ".join(question.split()[at:at + len(subject)]).rstrip("?,.")
            elif names_typed:
                # "Did Rudd mention Telegram?" is not answered by an article that never names it;
                # but a name checked ("Was it al-Qaeda that claimed it?") may be corrected by the
                # article's own, where it holds another name of the question's
                # a choice offered ("on Sky News or on the Andrew Marr Show?") is answered by the
                # article holding one of its names; the others are the wrong answers offered
                choices = choice_names(question)
                if absent and any(self.index.article_has(aid, w) for w in choices):
                    absent = [w for w in absent if w not in choices]
                if absent and stated:
                    # (a day checked is corrected by the article's day: "the attack was on
                    # Monday, right?")
                    absent = [] if told else [w for w in absent if w not in CALENDAR_WORDS]
                elif absent and checks_statement(question):
                    # (a day checked is corrected by the article's day: "Was it the Thursday that
                    # the attack happened?")
                    absent = [] if len(absent) < len(names) else [w for w in absent if w not in CALENDAR_WORDS]
                if absent:
                    abstained, missing = True, absent[0]
        phrases = set_phrases(question) if check_asked and not abstained and candidates else []
        if phrases:
            # "How does end-to-end encryption work?": a set phrase of the question's that the
            # answering article never uses is what it asks about, and the article does not tell
            text = self.index.articles[candidates[0].row.article_id].text.lower()
            absent = [p for p in phrases if p.lower() not in text]
            if absent:
                abstained, missing = True, absent[0]
        quotes: list[Quote] = []
        taken: list[tuple[str, int, int]] = []
        distinct = DistinctQuotes()
        for cand in _diverse(candidates, first):
            if len(quotes) >= k:
                break
            aid = cand.row.article_id
            if any(a == aid and lo <= cand.row.n <= hi for a, lo, hi in taken):
                continue
            lo, hi, start, end = self._expand(cand, by_pos)
            if any(a == aid and not (hi < tlo or lo > thi) for a, tlo, thi in taken):
                lo, hi, start, end = cand.row.n, cand.row.n, cand.row.start, cand.row.end
            article = self.index.articles[aid]
            text = article.text[start:end]
            if not distinct.add(aid, start, end, text):
                continue
            taken.append((aid, lo, hi))
            quotes.append(verify(Quote(text=text, start=start, end=end, score=round(cand.score, 4),
                                       paragraph=cand.row.paragraph, speaker=None,
                                       article=article.citation()), article))
        confidence = None if strongest is None else round(decision_score(strongest), 4)
        return Answer(question=question, abstained=abstained, quotes=quotes, confidence=confidence, missing=missing)

    @staticmethod
    def _lacking(question: str, passage: str, instead: bool = False, around: str | None = None) -> str | None:
        """What ``question`` asks for that ``passage`` does not give ("the officer's name",
        "injuries"), else None: a new name when it asks for a person's, every event it asks about,
        an amount for "How many ...?". ``instead``: in place of the best passage, which takes
        more: the name beside the noun asked, the amount before the thing counted, and a
        paragraph (``around``, or the passage itself) naming something the count asks about."""
        noun = asked_person(question)
        if noun is not None:
            named = names_asked_person(question, passage) if instead else not lacks_asked_name(question, passage)
            if not named:
                # "the names of the killed", not "the killed's name"
                return f"the names of the {noun}" if noun.endswith("ed") or noun in ("dead", "missing") else f"the {noun}'s name"
        event = unreported(question, passage, instead=instead)
        if event is None and instead and not counts_what_is_asked(question, passage):
            event = "amount"
        if event is None and instead and around is not None and counts_of_something_else(
                question, f"{around}\n{passage}", [t for t in entity_terms(question) if not t.isdigit()]):
            event = "amount"
        return DESCRIBED[event] if event else None

    def _paragraph(self, cand: Candidate) -> str:
        """The text of the paragraph that holds ``cand`` and of the one before it (news gives a
        paragraph to "Eleven people were taken to hospital" after the one naming the storm)."""
        rows, row = self.index.rows, cand.row
        span = self.index.by_article[row.article_id]
        first = last = span.start + row.n
        while first > span.start and rows.paragraph[first - 1] >= row.paragraph - 1:
            first -= 1
        while last + 1 < span.stop and rows.paragraph[last + 1] == row.paragraph:
            last += 1
        return self.index.articles[row.article_id].text[int(rows.start[first]):int(rows.end[last])]

    def _passage(self, cand: Candidate, by_pos: dict[tuple[str, int], Candidate]) -> str:
        """The text of the passage around ``cand`` that what is asked is judged on."""
        _, _, start, end = self._expand(cand, by_pos, shown=False)
        return self.index.articles[cand.row.article_id].text[start:end]
