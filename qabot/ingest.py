"""Files -> store: read, split, extract statements, embed and write, incrementally.

An article whose content hash is already stored is skipped; a changed one is replaced; with
``prune``, articles whose files are gone are deleted. Every sentence is embedded once (never
truncated: see ``chunking``); a chunk's vector is the normalised mean of its sentences' vectors
so the model runs once per sentence (and once per distinct sentence: repeats are not re-run).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .chunking import TokenCounter, article_sentences, chunk_sentences
from .embeddings import Embedder
from .errors import ReadError
from .models import Article, Statement
from .readers import iter_sources, read_path
from .store import ArticleRows, Store


@dataclass
class IngestReport:
    """What an ingest did; ``failures`` holds one ``(file, reason)`` a problem."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    pruned: int = 0
    repaired: int = 0
    refreshed: int = 0
    chunks: int = 0
    sentences: int = 0
    quotes: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ingested(self) -> int:
        return self.new + self.updated + self.unchanged

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("new", "updated", "unchanged", "failed", "pruned", "repaired",
                                               "refreshed", "chunks", "sentences", "quotes", "seconds")} | {
            "failures": [{"file": f, "reason": r} for f, r in self.failures]}


def _mean_rows(vecs: np.ndarray, groups: list[list[int]], dim: int) -> np.ndarray:
    out = np.zeros((len(groups), dim), dtype=np.float32)
    for i, g in enumerate(groups):
        if g:
            v = vecs[g].mean(axis=0)
            out[i] = v / (np.linalg.norm(v) or 1.0)
    return out


def encode_unique(embedder: Embedder, texts: list[str], batch_size: int) -> np.ndarray:
    """``embedder.encode(texts)``, running the model once a distinct text (news repeats its
    boilerplate: 3.5% of PolNeAR's sentences are repeats)."""
    first: dict[str, int] = {}
    slot = np.fromiter((first.setdefault(t, len(first)) for t in texts), dtype=np.int64, count=len(texts))
    return embedder.encode(list(first), batch_size=batch_size)[slot]


try:
    from .quotes import EXTRACTOR_VERSION
except ImportError:  # pragma: no cover - the extractor is part of the package
    EXTRACTOR_VERSION = 1


def extract(article: Article) -> list[Statement]:
    """Attributed statements of the article body (empty if the extractor is unavailable)."""
    try:
        from .quotes import extract_statements
    except ImportError:
        return []
    body = article.paragraphs[0].start if article.paragraphs else len(article.text)
    return extract_statements(article.text, body)


class Ingester:
    """Runs an ingest into ``store`` with ``embedder``; one at a time per store (write lock)."""

    def __init__(self, store: Store, embedder: Embedder, counter: TokenCounter,
                 batch_size: int = 16, max_bytes: int = 20_000_000, group: int = 128) -> None:
        self.store = store
        self.embedder = embedder
        self.counter = counter
        self.batch_size = batch_size
        self.max_bytes = max_bytes
        self.group = group

    def run(self, paths: list[Path], prune: bool = False, on_error: Callable[[ReadError], None] | None = None,
            progress: Callable[[str, int, int], None] | None = None) -> IngestReport:
        """Ingest every article file under ``paths``.

        Args:
            paths: files and folders.
            prune: delete stored articles whose files are no longer under ``paths``.
            on_error: called with each file's ``ReadError`` as it happens.
            progress: called as ``progress(phase, done, total)``.
        """
        t0 = time.perf_counter()
        report = IngestReport()
        report.repaired = self.store.repair() if self.store.needs_repair() else 0
        marks = self.store.article_marks()
        stored = {aid: (h, path) for aid, (h, path, _) in marks.items()}
        seen: set[str] = set()
        pending: list[tuple[Article, bool]] = []
        stale: list[Article] = []   # unchanged, but their statements are an older extractor's
        sources = list(iter_sources(paths))
        for n, src in enumerate(sources, 1):
            if progress:
                progress("reading", n, len(sources))
            if isinstance(src, ReadError):
                self._fail(report, src, on_error)
                continue
            try:
                articles = read_path(src, self.max_bytes)
            except ReadError as exc:
                self._fail(report, exc, on_error)
                continue
            for art in articles:
                if art.id in seen:
                    continue
                seen.add(art.id)
                old = stored.get(art.id)
                if old and old[0] == art.content_hash:
                    report.unchanged += 1
                    if marks[art.id][2] != EXTRACTOR_VERSION:
                        stale.append(art)
                else:
                    pending.append((art, old is not None))
        # the same file under the same name, stored from another place (the repository cloned
        # again or moved): the copy read now replaces the old ones once written, rather than
        # doubling every answer
        by_file: dict[tuple[str, str], list[str]] = {}
        for aid, (h, path) in stored.items():
            if aid not in seen:
                by_file.setdefault((h, path), []).append(aid)
        moved: set[str] = set()
        for n, (art, is_update) in enumerate(pending):
            old_ids = by_file.pop((art.content_hash, art.path), [])
            moved.update(old_ids)
            if old_ids and not is_update:
                pending[n] = (art, True)
        for art_id in seen & stored.keys():
            moved.update(by_file.pop(stored[art_id], []))  # left by an ingest from elsewhere before
        # Pipelined: the model encodes one group (in its own threads, outside the GIL) while
        # this thread segments the next group and writes the previous one, so the Python and
        # Chroma work no longer leaves a core idle. Groups are still written one at a time, in
        # order, which is what crash safety needs.
        from concurrent.futures import ThreadPoolExecutor

        done = 0
        with ThreadPoolExecutor(1, thread_name_prefix="qabot-encode") as encoder:
            waiting = None  # (a prepared group, the future of its vectors)
            for i in range(0, len(pending) + self.group, self.group):
                prepared = [self._prepare(art, is_update) for art, is_update in pending[i:i + self.group]]
                finished = (waiting[0], waiting[1].result()) if waiting else None
                waiting = None
                if prepared:
                    texts = [s.text for p in prepared for s in p[2]] + [p[0].title for p in prepared]
                    waiting = (prepared, encoder.submit(encode_unique, self.embedder, texts, self.batch_size))
                if finished:
                    self._write(*finished, report)
                    done += len(finished[0])
                    if progress:
                        progress("embedding", done, len(pending))
        for old_id in moved:
            self.store.delete_article(old_id)
        # an upgraded extractor reaches stored articles without embedding them again
        for i in range(0, len(stale), self.group):
            part = [(art.id, extract(art)) for art in stale[i:i + self.group]]
            self.store.replace_statements(part, EXTRACTOR_VERSION)
            report.refreshed += len(part)
            report.quotes += sum(len(statements) for _, statements in part)
        if prune:
            present = {str(p.resolve()) for p in paths}
            for aid, (_, path) in stored.items():
                if aid not in seen and aid not in moved and any(_under(path, root) for root in present):
                    self.store.delete_article(aid)
                    report.pruned += 1
        report.seconds = round(time.perf_counter() - t0, 2)
        return report

    def _prepare(self, art: Article, is_update: bool) -> tuple:
        sentences = article_sentences(art, self.counter)
        return art, is_update, sentences, chunk_sentences(art, sentences, self.counter), extract(art)

    def _write(self, prepared: list[tuple], vecs: np.ndarray, report: IngestReport) -> None:
        """Store one group: ``vecs`` holds its sentences' vectors, then its titles'."""
        n_texts = sum(len(p[2]) for p in prepared)
        title_vecs = vecs[n_texts:]
        k = 0
        rows = []
        for n, (art, is_update, sentences, chunks, statements) in enumerate(prepared):
            svecs = vecs[k:k + len(sentences)]
            k += len(sentences)
            index = {(s.start, s.end): j for j, s in enumerate(sentences)}
            cvecs = _mean_rows(svecs, [[index[tuple(x)] for x in c.sentences] for c in chunks], svecs.shape[1])
            rows.append(ArticleRows(art, title_vecs[n], sentences, svecs, chunks, cvecs, statements, EXTRACTOR_VERSION))
            report.updated += is_update
            report.new += not is_update
            report.chunks += len(chunks)
            report.quotes += len(statements)
            report.sentences += len(sentences)
        # one write a group: its rows, then its records, so a crash leaves no half article
        self.store.write_articles(rows)

    @staticmethod
    def _fail(report: IngestReport, exc: ReadError, on_error) -> None:
        report.failed += 1
        report.failures.append((exc.path, exc.reason))
        if on_error:
            on_error(exc)


def _under(path: str, root: str) -> bool:
    p = str(Path(path).resolve())
    return p == root or p.startswith(root.rstrip("/") + "/")
