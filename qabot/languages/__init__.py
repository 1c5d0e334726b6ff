"""The languages people mix into English questions, each a ``Language`` record that
``code_mixed`` reads with: one module a language for those whose glossary is long (Indonesian and
Malay, Czech, Greek, Arabic typed in Latin letters), the shorter ones kept in ``code_mixed``."""
from __future__ import annotations

import re
from typing import Callable, NamedTuple


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
