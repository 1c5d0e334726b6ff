"""Sentence boundaries in news prose, as character offsets.

A rule-based splitter: a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes and
brackets after it) followed by white space and an upper-case letter, digit or opening quote,
unless the word before the full stop is a known abbreviation or an initial. Offsets are kept,
never the text rewritten, so every sentence is ``text[start:end]``.
"""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr sgt adm gov sen rep rev hon pres
    supt insp det atty jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    inc ltd co corp bros dept univ assn est approx vs etc no nos vol op fig al ave blvd rd
    u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a""".split()
)

_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9À-ÖØ-Þ])|[.!?…]+["'”’)\]]*(?=\s*$)""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.", "D.C.")
    return len(word) == 1 and word.isalpha() or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding white space.

    Args:
        text: the whole article text.
        start, end: the stretch to split (a paragraph, usually).
    Returns:
        ``(start, end)`` pairs in order, covering every non-space character of the stretch.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    s = start
    segment = text[start:end]
    for m in _END.finditer(segment):
        stop = start + m.end()
        first_dot = start + m.start()
        if text[first_dot] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, first_dot):
            continue
        spans.append((s, stop))
        s = stop
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


_PRONOUN_START = re.compile(
    r"""^["“‘']?(He|She|They|It|This|That|These|Those|His|Her|Their|Its|The (?:company|group|firm|agency|move|decision|report|statement))\b""")


def opens_with_reference(sentence: str) -> bool:
    """True when a sentence opens with a pronoun or a "the group"-like reference to something the
    sentence before named: it needs that sentence to be understood."""
    return bool(_PRONOUN_START.match(sentence))


# "In 2012, again the Green Party nominee, she was arrested": the subject is a pronoun after an
# opening phrase
_PRONOUN_SUBJECT = re.compile(r"""^["“‘']?[A-Z][^.;:!?"“”]{0,80},\s+(?:he|she|they)\s+[a-z]""")


# a person referred to inside the sentence, and nobody named in it by full name
_PERSON_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def refers_back(sentence: str) -> bool:
    """True when a sentence opens with a reference (``opens_with_reference``), its subject after
    an opening phrase is a pronoun, or it speaks of "him" or "her" without naming anyone in full
    ("Police said ... that the group directed him"): what it says is about an earlier sentence's."""
    return (opens_with_reference(sentence) or bool(_PRONOUN_SUBJECT.match(sentence))
            or (bool(_PERSON_PRONOUN.search(sentence)) and not _FULL_NAME.search(sentence)))
