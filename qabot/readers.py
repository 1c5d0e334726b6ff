"""Files -> ``Article`` objects, one function per format.

``read_path`` turns one file into its articles (a ``.jsonl`` file may hold many) or raises a
``ReadError`` naming the file and the reason. ``iter_sources`` walks folders, so a bad file or an
unreadable folder is reported and skipped while the rest goes on.

For ``.txt`` and ``.md`` the article text is the file's text exactly (UTF-8, newlines
untranslated), so every offset can be checked against the file; the layout (title, standfirst,
byline, date, captions, paragraphs) is found by ``layout.analyse`` without changing a character.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from .errors import ReadError
from .layout import analyse
from .models import Article

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
SKIPPED_NAMES = re.compile(r"^(README|LICENSE|CHANGELOG)(\.|$)", re.I)


def content_hash(text: str) -> str:
    """A stable hash of an article's text and metadata-bearing source."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_id(path: Path, record: str | None = None) -> str:
    """A stable, readable id: the file's stem as a slug plus a short hash of its full path."""
    key = str(path.resolve()) + (f"#{record}" if record is not None else "")
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:40] or "article"
    if record is not None:
        stem = f"{stem}-{re.sub(r'[^a-z0-9]+', '-', str(record).lower()).strip('-')[:20]}"
    return f"{stem}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"


def _read_text(path: Path, max_bytes: int) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise ReadError(
            str(path),
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (QABOT_MAX_FILE_MB)",
        )
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as exc:
        raise ReadError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise ReadError(str(path), "empty file")
    if b"\x00" in raw[:8192]:
        raise ReadError(str(path), "binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(
            str(path), f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from exc
    if "\x00" in text:
        raise ReadError(str(path), "binary file (contains NUL bytes)")
    return text


def _article(path: Path, fmt: str, text: str, meta: dict, body_start: int = 0,
             record: str | None = None, title_hint: str | None = None) -> Article:
    layout = analyse(text, body_start, title_hint=title_hint or meta.get("title"))
    if layout.title is None:
        raise ReadError(str(path), "no text found")
    def pick(key: str) -> str | None:
        value = meta.get(key)
        return str(value).strip() or None if value not in (None, "") else None
    return Article(
        id=pick("id") or article_id(path, record),
        path=str(path),
        format=fmt,
        title=pick("title") or layout.title,
        author=pick("author") or layout.byline,
        date=pick("date") or layout.date,
        url=pick("url"),
        source=pick("source"),
        standfirst=layout.standfirst,
        text=text,
        content_hash=content_hash(json.dumps([text, {k: str(v) for k, v in sorted(meta.items())}])),
        paragraphs=layout.paragraphs,
    )


def read_txt(path: Path, max_bytes: int) -> list[Article]:
    """A plain-text article: the first non-empty line is the title."""
    return [_article(path, "txt", _read_text(path, max_bytes), {})]


_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.S)


def read_md(path: Path, max_bytes: int) -> list[Article]:
    """Markdown with optional YAML front matter (title, author, date, url, source)."""
    import yaml

    text = _read_text(path, max_bytes)
    meta: dict = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            line = f" at line {where.line + 2}" if where is not None else ""
            raise ReadError(str(path), f"malformed front matter{line}: {getattr(exc, 'problem', exc)}") from exc
        if not isinstance(loaded, dict):
            raise ReadError(str(path), "malformed front matter: expected key: value pairs")
        meta = {str(k).lower(): v for k, v in loaded.items() if v is not None}
        body_start = m.end()
    elif text.lstrip("\ufeff").startswith("---"):
        raise ReadError(str(path), "malformed front matter: no closing '---' line")
    return [_article(path, "md", text, meta, body_start)]


def read_html(path: Path, max_bytes: int) -> list[Article]:
    """An HTML page: the main text is extracted with trafilatura; offsets index that text."""
    import trafilatura

    html = _read_text(path, max_bytes)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise ReadError(str(path), "no article text found in the HTML")
    meta_obj = trafilatura.extract_metadata(html)
    meta = {}
    if meta_obj is not None:
        for key, attr in (("title", "title"), ("author", "author"), ("date", "date"),
                          ("url", "url"), ("source", "sitename")):
            value = getattr(meta_obj, attr, None)
            if value:
                meta[key] = value
    title = meta.get("title")
    if title:
        return [_article(path, "html", text, meta, 0, title_hint=title)]
    return [_article(path, "html", text, meta)]


def _records(path: Path, text: str, jsonl: bool) -> Iterator[tuple[str, dict]]:
    if jsonl:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield str(n), json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReadError(f"{path}:{n}", f"malformed JSON: {exc.msg} (column {exc.colno})") from exc
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(str(path), f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        yield "", data
    elif isinstance(data, list):
        for n, item in enumerate(data):
            yield str(n), item
    else:
        raise ReadError(str(path), "JSON must be an object, a list of objects or {\"articles\": [...]}")


def read_json(path: Path, max_bytes: int, jsonl: bool = False) -> list[Article]:
    """Records with ``text`` (required), ``title``, ``author``, ``date``, ``url``, ``source``, ``id``."""
    out = []
    for record, item in _records(path, _read_text(path, max_bytes), jsonl):
        where = f"{path}:{record}" if jsonl else (f"{path}[{record}]" if record else str(path))
        if not isinstance(item, dict):
            raise ReadError(where, "each record must be a JSON object")
        body = item.get("text") or item.get("body") or item.get("content")
        if not isinstance(body, str) or not body.strip():
            raise ReadError(where, "record has no \"text\"")
        meta = {k: item[k] for k in ("title", "author", "date", "url", "source", "id") if item.get(k)}
        if "id" in meta:
            meta["id"] = re.sub(r"[^A-Za-z0-9_.:-]+", "-", str(meta["id"]))[:80]
        title = meta.get("title")
        out.append(_article(path, "jsonl" if jsonl else "json", body, meta, 0,
                            record=record or None, title_hint=str(title) if title else None))
    if not out:
        raise ReadError(str(path), "no records")
    return out


def read_path(path: Path, max_bytes: int = 20_000_000) -> list[Article]:
    """Read one file into its articles.

    Raises:
        ReadError: naming the file and the reason (unreadable, binary, not UTF-8, empty,
            malformed JSON or front matter, unsupported type, too large).
    """
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return read_txt(path, max_bytes)
    if suffix in (".md", ".markdown"):
        return read_md(path, max_bytes)
    if suffix in (".html", ".htm"):
        return read_html(path, max_bytes)
    if suffix == ".json":
        return read_json(path, max_bytes)
    if suffix == ".jsonl":
        return read_json(path, max_bytes, jsonl=True)
    raise ReadError(str(path), f"unsupported file type {suffix or '(none)'}; use one of {', '.join(SUFFIXES)}")


def iter_sources(paths: list[Path]) -> Iterator[Path | ReadError]:
    """Every article file under ``paths``, in a stable order; problems come as ``ReadError``.

    Folders are walked recursively without following symlinks to folders (so a symlink loop
    cannot trap the walk); hidden files and README/LICENSE files are skipped.
    """
    seen: set[Path] = set()
    for root in paths:
        if not root.exists():
            yield ReadError(str(root), "no such file or folder")
            continue
        if root.is_file():
            if root.resolve() not in seen:
                seen.add(root.resolve())
                yield root
            continue
        errors: list[OSError] = []
        for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if name.startswith(".") or SKIPPED_NAMES.match(name) or p.suffix.lower() not in SUFFIXES:
                    continue
                try:
                    real = p.resolve(strict=True)
                except (OSError, RuntimeError):
                    yield ReadError(str(p), "broken or looping symlink")
                    continue
                if real in seen:
                    continue
                seen.add(real)
                yield p
        for exc in errors:
            yield ReadError(str(getattr(exc, "filename", root)), f"cannot read folder: {exc.strerror or exc}")
