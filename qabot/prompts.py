"""The texts the bot speaks with, as templates in ``prompts/`` that a curator can edit.

Each template is a text file; lines starting with ``#`` are comments (they document the
placeholders). Placeholders are ``{name}``; ``{{`` and ``}}`` stand for literal braces. Templates
are loaded at start and checked: an unknown placeholder or a stray brace is a ``TemplateError``
naming the file and the line.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

from .errors import TemplateError

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "answer": frozenset({"question", "count"}),
    "no_answer": frozenset({"question", "count"}),
    "no_answer_missing": frozenset({"question", "missing", "count"}),
    "citation": frozenset({"n", "title", "byline", "date", "paragraph", "location", "path", "start", "end",
                           "article_id", "url", "speaker"}),
    "who": frozenset({"speaker", "topic", "count"}),
    "who_unknown": frozenset({"name", "suggestions"}),
    "said": frozenset({"phrase", "count"}),
    "help": frozenset({"articles", "store"}),
    "asked_as": frozenset({"rewritten"}),
    "quote_said": frozenset({"speaker", "n"}),
    "quote_unattributed": frozenset({"n"}),
    "quote_source": frozenset({"n", "title", "path"}),
    "quote_open": frozenset({"n", "title"}),
    "quote_more": frozenset({"n", "title"}),
    "new_conversation": frozenset(),
    "author": frozenset({"title", "author"}),
    "author_missing": frozenset({"title"}),
    "author_none": frozenset({"title"}),
    "author_which": frozenset(),
    "summary": frozenset({"title"}),
    "summary_which": frozenset(),
    "headline": frozenset({"title"}),
    "headline_which": frozenset(),
    "standfirst": frozenset({"title"}),
    "standfirst_missing": frozenset({"title"}),
    "standfirst_which": frozenset(),
    "caption": frozenset({"title", "caption"}),
    "caption_missing": frozenset({"title"}),
    "caption_which": frozenset(),
    "writer": frozenset({"author", "title", "others"}),
    "published": frozenset({"title", "date"}),
    "published_missing": frozenset({"title"}),
    "published_which": frozenset(),
    "outlet": frozenset({"title", "source"}),
    "outlet_missing": frozenset({"title"}),
    "outlet_which": frozenset(),
}


def default_dir() -> Path:
    """``prompts/`` beside the package in a checkout, else the copy installed with it."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "prompts", here / "prompts"):
        if candidate.is_dir():
            return candidate
    return here.parent / "prompts"


@dataclass(frozen=True)
class Template:
    """One checked template."""

    name: str
    path: Path
    text: str

    def render(self, **values: object) -> str:
        """The text with its placeholders filled; missing values render empty."""
        full = {k: "" for k in PLACEHOLDERS[self.name]} | {k: ("" if v is None else v) for k, v in values.items()}
        return self.text.format(**full)


def _check(name: str, path: Path, raw: str) -> str:
    allowed = PLACEHOLDERS[name]
    body_lines = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        if line.startswith("#"):
            continue
        try:
            fields = list(string.Formatter().parse(line))
        except ValueError as exc:
            raise TemplateError(f"{path}:{lineno}: {exc} (write {{{{ or }}}} for a literal brace)") from None
        for _, field, spec, conv in fields:
            if field is None:
                continue
            if field not in allowed:
                raise TemplateError(
                    f"{path}:{lineno}: unknown placeholder {{{field}}}; {name} knows "
                    + ", ".join(f"{{{p}}}" for p in sorted(allowed)))
            if spec or conv:
                raise TemplateError(f"{path}:{lineno}: write {{{field}}} without a format or conversion")
        body_lines.append(line)
    return "\n".join(body_lines).strip("\n")


class Prompts:
    """All templates, loaded and checked from ``folder`` (default: ``prompts/``)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder else default_dir()
        self.templates: dict[str, Template] = {}
        for name in PLACEHOLDERS:
            path = self.folder / f"{name}.txt"
            try:
                raw = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise TemplateError(f"{path}: missing template (qabot needs {name}.txt in {self.folder})") from None
            except (OSError, UnicodeDecodeError) as exc:
                raise TemplateError(f"{path}: cannot read: {exc}") from None
            self.templates[name] = Template(name, path, _check(name, path, raw))

    def __getitem__(self, name: str) -> Template:
        return self.templates[name]

    def render(self, template: str, /, **values: object) -> str:
        """Template ``template`` with ``values`` filled in."""
        return self.templates[template].render(**values)
