"""Find the parts of an article's text without changing a character.

News text scraped to plain text typically reads::

    Title line
    Standfirst: a one-sentence summary            (optional)
    Ben Ariel ,                                   (byline, optional; "By ..." too)
    Mar 26, 2017, 10:14 PM                        (date, optional)
    WhatsApp (illustration)                       (image caption, optional, may repeat)
    First paragraph of the body ...

``analyse`` returns these parts and the body's paragraphs as offsets. Captions and other
furniture (short lines with no sentence punctuation, lines that repeat) are left out of the
paragraphs, so they can never be quoted as answers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .models import Paragraph

_TERMINAL = re.compile(r"""[.!?…:;]["'”’)\]]*\s*$""")
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|al|bin|ibn|le|la))*"
_BYLINE = re.compile(
    rf"^\s*(?:(?:By|BY|by|Written by|Reporting by)\s+)?(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*[,|]?\s*(?:[|,–-]\s*[\w .]+)?\s*$"
)
_BY_PREFIX = re.compile(r"^\s*(?:By|BY|Written by|Reporting by)\s+\S")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(
    rf"""^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?
    (?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})
    (?:[\s,|-]+.*)?$""",
    re.X,
)
_CAPTION_HINT = re.compile(
    r"\((?:illustration|illustrative|photo|file|archive)[^)]*\)|\b(?:Reuters|AFP|Getty Images|iStock|Flash ?90|AP Photo|Photo:|Credit:)\b",
    re.I,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")


@dataclass
class Layout:
    """The parts found in an article's text, as offsets into it."""

    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    date: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    skipped: list[tuple[int, int]] = field(default_factory=list)


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of every line from ``start``, without its line break; handles \\n, \\r\\n and \\r."""
    out = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text[start:]):
        if not m.group(0):
            break
        a = start + m.start()
        b = a + len(m.group(0).rstrip("\r\n"))
        out.append((a, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "\ufeff\u200b"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "\u200b"):
        b -= 1
    return a, b


def looks_like_caption(line: str) -> bool:
    """Whether one line reads as a picture caption ("WhatsApp (illustration)", "Photo: Reuters")."""
    return "\n" not in line and len(line) <= 120 and bool(_CAPTION_HINT.search(line))


def caption_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each picture caption of an article's text ("WhatsApp (illustration)"),
    the first of each wording only: lines after the title that name a picture's kind or
    credit. Lines left out as furniture only because they repeat are no caption."""
    lines = [_trim(text, a, b) for a, b in _lines(text, 0)]
    lines = [(a, b) for a, b in lines if a < b][1:]
    counts: dict[str, int] = {}
    for a, b in lines:
        counts[text[a:b]] = counts.get(text[a:b], 0) + 1
    seen: set[str] = set()
    spans = []
    for a, b in lines:
        line = text[a:b]
        if line not in seen and _CAPTION_HINT.search(line) and _is_caption(line, counts):
            seen.add(line)
            spans.append((a, b))
    return spans


def _is_caption(line: str, counts: dict[str, int]) -> bool:
    if _TERMINAL.search(line) and not _CAPTION_HINT.search(line):
        return False
    if len(line) > 120:
        return False
    return bool(_CAPTION_HINT.search(line)) or counts.get(line, 0) > 1


def _is_byline(line: str) -> bool:
    if len(line) > 80 or _TERMINAL.search(line.rstrip(" ,")) and not _BY_PREFIX.match(line):
        return False
    if _BY_PREFIX.match(line):
        return True
    m = _BYLINE.match(line)
    # a bare name is a byline only when short (2-4 words) and ends with the scraped " ," or "|"
    return bool(m) and 1 < len(m.group("name").split()) <= 4 and bool(re.search(r"[,|]\s*$", line))


def analyse(text: str, body_start: int = 0, title_hint: str | None = None) -> Layout:
    """Split ``text[body_start:]`` into title, standfirst, byline, date and body paragraphs.

    Args:
        text: the whole text (offsets index it).
        body_start: where the article begins (after front matter, say).
        title_hint: a title known from metadata; when the text does not open with it, the
            first line is body, not title.
    Returns:
        A ``Layout`` whose paragraphs are numbered from 1; the standfirst, if any, is number 0.
    """
    layout = Layout()
    lines = [_trim(text, a, b) for a, b in _lines(text, body_start)]
    lines = [(a, b) for a, b in lines if a < b]
    if not lines:
        return layout
    counts: dict[str, int] = {}
    for a, b in lines:
        counts[text[a:b]] = counts.get(text[a:b], 0) + 1

    i = 0
    first = text[lines[0][0]:lines[0][1]]
    heading = re.sub(r"^#+\s*", "", first).strip()
    if title_hint and heading.casefold() != title_hint.strip().casefold():
        layout.title = title_hint.strip()
    else:
        layout.title = heading or first
        layout.skipped.append(lines[0])
        i = 1

    # front furniture: up to four short lines before the body
    standfirst: tuple[int, int] | None = None
    for _ in range(4):
        if i >= len(lines):
            break
        a, b = lines[i]
        line = text[a:b]
        if layout.byline is None and _is_byline(line):
            name = _BYLINE.match(line) or None
            by = re.sub(r"^\s*(?:By|BY|by|Written by|Reporting by)\s+", "", line).strip(" ,|")
            layout.byline = by if by else (name.group("name") if name else line)
        elif layout.date is None and _DATE.match(line) and len(line) < 60:
            layout.date = line.strip()
        elif _is_caption(line, counts):
            pass
        elif (standfirst is None and layout.byline is None and i + 1 < len(lines)
              and len(line) < 300 and _is_byline(text[lines[i + 1][0]:lines[i + 1][1]])):
            standfirst = (a, b)
        else:
            break
        layout.skipped.append((a, b))
        i += 1
    if standfirst is not None:
        layout.skipped.remove(standfirst)
        layout.standfirst = text[standfirst[0]:standfirst[1]]
        layout.paragraphs.append(Paragraph(number=0, start=standfirst[0], end=standfirst[1]))

    body = lines[i:]
    layout.paragraphs.extend(paragraphs_of(text, body, counts, start_number=1, layout=layout))
    return layout


def paragraphs_of(text: str, lines: list[tuple[int, int]], counts: dict[str, int],
                  start_number: int = 1, layout: Layout | None = None) -> list[Paragraph]:
    """Group body lines into paragraphs, dropping captions, headings and rules.

    Blank lines separate paragraphs. Within a block, a line that ends a sentence ends a
    paragraph (scraped news puts one paragraph a line); otherwise lines are joined, as in
    hard-wrapped text.
    """
    out: list[Paragraph] = []
    number = start_number
    current: tuple[int, int] | None = None
    prev_end = None

    def flush() -> None:
        nonlocal current, number
        if current is not None:
            out.append(Paragraph(number=number, start=current[0], end=current[1]))
            number += 1
            current = None

    for a, b in lines:
        line = text[a:b]
        blank_between = prev_end is not None and text.count("\n", prev_end, a) + text.count("\r", prev_end, a) - text.count("\r\n", prev_end, a) > 1
        prev_end = b
        if _is_caption(line, counts) or _MD_HEADING.match(line) or _RULE.match(line):
            flush()
            if layout is not None:
                layout.skipped.append((a, b))
            continue
        if blank_between:
            flush()
        if current is None:
            current = (a, b)
        else:
            current = (current[0], b)
        if _TERMINAL.search(line) or len(line) > 200:
            flush()
    flush()
    return out
