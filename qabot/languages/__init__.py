"""The languages people mix into English questions, each a ``Language`` record that
``code_mixed`` reads with: one module a language for those whose glossary is long, the shorter
ones (Hindi, Tagalog) kept in ``code_mixed``; and what several modules read with (a glossary
written as text, the English forms of a verb)."""
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


def glossary_of(text: str) -> dict[str, str]:
    """A table from "english: word word; english: word ..."."""
    return {w: e.strip() for e, ws in (p.split(":") for p in text.split(";")) for w in ws.split()}


def third_person(verb: str) -> str:
    """The English third person of ``verb``, which may be a phrasal verb ("run over" → "runs
    over", "search" → "searches", "deny" → "denies", "have" → "has")."""
    head, _, rest = verb.partition(" ")
    head = {"have": "has", "be": "is", "do": "does", "go": "goes"}.get(head) or (
        head[:-1] + "ies" if re.search(r"[^aeiou]y$", head) else head + "es" if re.search(r"(?:s|sh|ch|x|z)$", head)
        else head + "s")
    return f"{head} {rest}".strip()


class EnglishVerbs:
    """The English past of a verb and the base of a past or present, for a language whose
    reading puts "did" before a verb it glossed ("Rudd ne keha" → "Rudd said" → "what did Rudd
    say?"): ``irregular`` maps a base to its past, ``present`` a third person to its base (the
    dict itself, which a module may go on filling)."""

    def __init__(self, irregular: dict[str, str], present: dict[str, str]) -> None:
        self.irregular = irregular
        self.base_of = {past: base for base, past in irregular.items()}
        self.present = present

    def past(self, base: str) -> str:
        """The past of ``base`` ("use" used, "stab" stabbed, "unlock" unlocked)."""
        low = base.lower()
        if low in self.irregular or low.endswith("e"):
            return self.irregular.get(low, low + "d")
        # (one vowel before a last b, g, n, p or t doubles it: "stabbed", "planned")
        return low[:-1] + "ied" if re.search(r"[^aeiou]y$", low) else low + low[-1] * bool(
            re.search(r"^[^aeiou]*[aeiou][bgnpt]$", low)) + "ed"

    def base(self, verb: str) -> str | None:
        """The base of a past or present ("claimed" claim, "wants" want), none for any other word."""
        low = verb.lower()
        if low in self.base_of or low in self.present:
            return self.base_of.get(low) or self.present[low]
        if not re.fullmatch(r"[a-z]{2,}[^e]ed", low) or low in ("need", "speed", "feed", "seed"):
            return None
        if low.endswith("ied") or re.search(r"([bgmnpt])\1ed$", low):
            return low[:-3] + ("y" if low.endswith("ied") else "")
        # "used" use, "voted" vote, "fired" fire, "decided" decide, "claimed" claim, "passed" pass
        silent_e = re.search(r"(?:(?<!s)[cgsvz]|u|[ao]t|ir|[^aeiou][aiou][lmnr]|[^aeiou]id)$", low[:-2])
        return low[:-2] + "e" * bool(silent_e)


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
