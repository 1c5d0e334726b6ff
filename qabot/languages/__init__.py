"""The languages people mix into English questions, each a ``Language`` record that
``code_mixed`` reads with: one module a language for those whose glossary is long (Indonesian and
Malay, Czech, Greek, Arabic typed in Latin letters), the shorter ones kept in ``code_mixed``."""
from __future__ import annotations

import re
from typing import Callable, Iterator, NamedTuple


class Language(NamedTuple):
    """A language mixed into English questions: its idioms (glossed first), its words in English,
    its words left out, the words that show it, how its glossing is put in English order, its
    words that are English ones too (glossed only before a word of the language or a name), and
    an opening that shows it however few its other words ("ma ..." in Hebrew)."""
    idioms: list
    words: dict[str, str]
    dropped: frozenset[str]
    marks: frozenset[str]
    reorder: Callable[[str], str] | None = None
    shared: frozenset[str] = frozenset()
    opening: re.Pattern | None = None


def with_plain_spellings(words: dict[str, object], plain: dict[int, str] | Callable[[str], str]) -> dict[str, object]:
    """``words`` each also as typed without its letters' marks (``plain``, a ``str.maketrans``
    table, "značka" as "znacka", or a function for marks stacked on a letter: Vietnamese); a
    word listed as it stands keeps its own English."""
    strip = plain if callable(plain) else (lambda w: w.translate(plain))
    return {**{strip(w): e for w, e in words.items()}, **words}


class Idioms:
    """A language's idioms as (pattern, English) pairs, compiled when a question first shows the
    language: the long glossaries' patterns take a quarter of a second to compile, which a
    question in English never needs."""

    def __init__(self, pairs: list[tuple[str, object]], prepare: Callable[[str], str] = lambda p: p) -> None:
        self._pairs, self._prepare = pairs, prepare
        self._compiled: list[tuple[re.Pattern, object]] | None = None

    def __iter__(self) -> Iterator[tuple[re.Pattern, object]]:
        if self._compiled is None:
            self._compiled = [(re.compile(self._prepare(p), re.I), plain) for p, plain in self._pairs]
        return iter(self._compiled)
