"""Data models shared by every stage: files -> articles -> chunks/quotes -> hits -> answers.

All offsets are character offsets into ``Article.text``; for ``.txt`` and ``.md`` files that is
the file's text decoded as UTF-8 with newlines untranslated, so ``text[start:end]`` can be
checked against the file itself.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of an article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


class Paragraph(_Model):
    """A body paragraph: ``number`` counts from 1 in reading order (0 is the standfirst)."""

    number: int
    start: int
    end: int


class Article(_Model):
    """One news article, as read from a file or a record."""

    id: str
    path: str
    format: str
    title: str
    author: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    standfirst: str | None = None
    text: str = Field(repr=False)
    content_hash: str
    paragraphs: list[Paragraph] = Field(default_factory=list, repr=False)

    def paragraph_at(self, offset: int) -> int | None:
        """The number of the paragraph that holds ``offset``, if any."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p.number
        return None

    def citation(self) -> "ArticleRef":
        """The article's metadata as it is cited in answers."""
        return ArticleRef(
            id=self.id, title=self.title, path=self.path, author=self.author,
            date=self.date, url=self.url, source=self.source,
        )


class ArticleRef(_Model):
    """What an answer cites of an article."""

    id: str
    title: str
    path: str
    author: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


class Sentence(_Model):
    """A sentence of a paragraph, the unit answers are chosen from."""

    article_id: str
    paragraph: int
    start: int
    end: int
    text: str


class Chunk(_Model):
    """A run of whole sentences of one paragraph (or a piece of an over-long sentence),
    sized to fit the embedding model's window, overlapping its neighbour by a sentence."""

    id: str
    article_id: str
    paragraph: int
    start: int
    end: int
    text: str
    sentences: list[tuple[int, int]] = Field(default_factory=list)


class Statement(_Model):
    """An attributed statement: who said what, with every part located in the text."""

    content: list[Span]
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None
    speaker_description: str | None = None
    direct: bool = False


class Quote(_Model):
    """A verbatim passage offered as (part of) an answer."""

    text: str
    start: int
    end: int
    score: float
    paragraph: int | None = None
    speaker: str | None = None
    article: ArticleRef


class Answer(_Model):
    """What every front end renders: the question, whether the bot abstained, and quotes best first."""

    question: str
    abstained: bool
    quotes: list[Quote] = Field(default_factory=list)
    rewritten: str | None = None
    kind: str = "ask"
    message: str | None = None
    #: the score abstention was decided on: the best candidate's, without what may reorder
    #: answers but not make one (a follow-up's boost, re-scoring in context, the headline's words)
    confidence: float | None = None
    #: what the question asks that the passages nearest it do not give ("the officer's name",
    #: "injuries"), when that is why the bot abstained
    missing: str | None = None
