"""Metadata filters: ``--since``, ``--until``, ``--source``, ``--author``, and the same read from a
question when it says so explicitly ("in 2016", "according to the Post", "by Dan Riehl").

A filter selects articles. Explicit filters (flags) are strict. Filters read from a question are
soft: articles whose date or source is unknown stay in, so do articles whose text names the year
asked about, and a filter that would leave nothing is dropped, so a question that merely mentions
a year is never left unanswerable by it.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .models import Article

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def parse_date(text: str | None) -> date | None:
    """A date from ISO (2016-09-12), "September 12, 2016", "12 Sept 2016" or a bare year (its 1 January)."""
    if not text:
        return None
    t = str(text).strip()
    m = re.search(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", t)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.search(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})", t)
        if m and m.group(1)[:3].lower() in _MONTHS:
            return date(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
        m = re.search(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})", t)
        if m and m.group(2)[:3].lower() in _MONTHS:
            return date(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
        m = re.fullmatch(r"(\d{4})", t)
        if m:
            return date(int(m.group(1)), 1, 1)
    except ValueError:
        return None
    return None


def article_date(article: Article) -> date | None:
    """The article's date: its metadata, else a YYYY-MM-DD in its file name."""
    return parse_date(article.date) or parse_date(re.sub(r".*/", "", article.path))


@dataclass(frozen=True)
class Filters:
    """Which articles may answer. Empty fields select everything."""

    since: date | None = None
    until: date | None = None
    source: str | None = None
    author: str | None = None
    soft: bool = False

    def __bool__(self) -> bool:
        return any((self.since, self.until, self.source, self.author))

    def accepts(self, article: Article) -> bool:
        """Whether ``article`` passes."""
        return self._accepts(article, article_date(article))

    def year_asked(self) -> str | None:
        """The one year a question's filter names ("in 2012", "in March 2017"), else None. A
        question's year may be when something happened, not when it was reported."""
        if self.soft and self.since and self.until and self.since.year == self.until.year:
            return str(self.since.year)
        return None

    def _accepts(self, article: Article, d: date | None, names_year: bool = False) -> bool:
        if (self.since or self.until) and not names_year:
            if d is None:
                if not self.soft:
                    return False
            elif (self.since and d < self.since) or (self.until and d > self.until):
                return False
        if self.source:
            where = " ".join(x for x in (article.source, article.url, article.path) if x).lower()
            if not where:
                if not self.soft:
                    return False
            elif not _mentions(where, self.source):
                return False
        if self.author:
            if not article.author:
                if not self.soft:
                    return False
            elif not _mentions(article.author.lower(), self.author):
                return False
        return True

    def select(self, articles: dict[str, Article], dates: Mapping[str, date | None] | None = None,
               naming_year: Collection[str] = ()) -> set[str] | None:
        """Ids of the articles accepted, or None when nothing is filtered (or a soft filter
        would leave nothing). ``dates``: each article's ``article_date``, when known.
        ``naming_year``: articles whose text names ``year_asked()``; a soft filter keeps them
        whatever their date ("What happened to Stein in 2012?" asked of a 2016 article)."""
        if not self:
            return None
        if dates is None:
            dates = {aid: article_date(art) for aid, art in articles.items()}
        naming_year = set(naming_year) if self.soft else set()
        ids = {aid for aid, art in articles.items() if self._accepts(art, dates.get(aid), aid in naming_year)}
        if self.soft and (not ids or len(ids) == len(articles)):
            return None
        return ids


def _mentions(haystack: str, needle: str) -> bool:
    words = re.findall(r"\w+", needle.lower())
    words = [w for w in words if w not in ("the", "a", "an")]
    if not words:
        return False
    if all(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", haystack) for w in words):
        return True
    # publishers often appear run together in file names and hosts: "washingtonpost"
    return len(words) > 1 and "".join(words) in re.sub(r"[^a-z0-9]", "", haystack)


_YEAR = re.compile(r"\b(?:in|during|since|before|after|until)\s+((?:19|20)\d{2})\b", re.I)
_MONTH_YEAR = re.compile(r"\bin\s+([A-Z][a-z]+)\s+((?:19|20)\d{2})\b")
_SOURCE = re.compile(r"\baccording to\s+(?:the\s+)?((?:[A-Z][\w.&'-]*\s?){1,4})", re.U)
_BY = re.compile(r"\b(?:written|reported)\s+by\s+((?:[A-Z][\w.'-]*\s?){1,3})")


def from_question(question: str) -> Filters:
    """Soft filters a question states explicitly: a year or month ("in 2016", "in March 2017",
    "since 2015"), a source ("according to the Post"), an author ("written by Dan Riehl")."""
    since = until = None
    m = _MONTH_YEAR.search(question)
    if m and m.group(1)[:3].lower() in _MONTHS:
        y, mo = int(m.group(2)), _MONTHS[m.group(1)[:3].lower()]
        since = date(y, mo, 1)
        until = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
    else:
        m = _YEAR.search(question)
        if m:
            y = int(m.group(1))
            word = question[m.start():m.start(1)].strip().lower()
            if word == "since" or word == "after":
                since = date(y, 1, 1) if word == "since" else date(y + 1, 1, 1)
            elif word in ("before", "until"):
                until = date(y - 1, 12, 31) if word == "before" else date(y, 12, 31)
            else:
                since, until = date(y, 1, 1), date(y, 12, 31)
    source = None
    m = _SOURCE.search(question)
    if m:
        source = m.group(1).strip().rstrip("?.,")
    author = None
    m = _BY.search(question)
    if m:
        author = m.group(1).strip().rstrip("?.,")
    return Filters(since=since, until=until, source=source, author=author, soft=True)


def merge(explicit: Filters | None, inferred: Filters) -> Filters:
    """Explicit filters (flags), strictly, when any is given; else what the question says, softly."""
    if explicit:
        return replace(explicit, soft=False)
    return inferred
