"""Dense search for readers: the sentences, chunks and titles nearest a query vector.

Two ways to the same answers:

``ExactSearch``
    Every sentence vector of the store's current generation in one float32 matrix (a
    memory-mapped copy in the store's cache, made once a generation), searched exactly with one
    matrix-vector product. A chunk's vector is by construction the normalised sum of its
    sentences' (``ingest``), so its cosine to the query comes from the same product:
    ``sum(q·s) / |sum(s)|``. No chromadb import and no HNSW load, so a cold ``qabot ask`` is
    fast, and no approximation, so nothing the approximate index would miss is missed.

``ShortlistSearch``
    The same for embedded stores of more than ``Settings.exact_limit`` sentences, where a scan
    at full width would cost too much: a scan of 64-dimensional projections picks a shortlist,
    scored exactly from the full vectors on disk.

``ChromaSearch``
    Chroma's HNSW indexes, for a Chroma server's store of more than ``Settings.exact_limit``
    sentences: the server holds the index, so a reader need not copy every vector.

Both speak in rows of a ``CorpusIndex`` (positions in ``index.rows``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

import numpy as np

from .retrieval import CorpusIndex
from .store import Store


class DenseSearch(Protocol):
    """What retrieval and the look-ups need from the vectors."""

    def sentences(self, qvec: np.ndarray, n: int, article_ids: set[str] | None = None) -> list[tuple[int, float]]:
        """The ``n`` rows nearest ``qvec`` (of ``article_ids`` only, if given): ``(row, cosine)``."""

    def chunks(self, qvec: np.ndarray, n: int, article_ids: set[str] | None = None) -> list[tuple[list[int], float]]:
        """The ``n`` chunks nearest ``qvec``: ``(rows of its sentences, cosine)``."""

    def vectors(self, rows: list[int]) -> np.ndarray:
        """The sentence vectors of ``rows`` (a zero row for one the store does not have)."""

    def titles(self, article_ids: list[str]) -> dict[str, np.ndarray]:
        """The title vector of each article."""


def _top(scores: np.ndarray, n: int) -> np.ndarray:
    """Positions of the ``n`` highest finite scores, best first (ties by position)."""
    n = min(n, int(np.isfinite(scores).sum()))
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    top = np.argpartition(-scores, n - 1)[:n]
    return top[np.lexsort((top, -scores[top]))]


class ExactSearch:
    """Exact search over a matrix of every sentence vector, rows aligned with ``index.rows``.

    Args:
        index: the corpus view the rows belong to.
        arrays: ``sentences`` (rows x dim), ``titles`` (articles x dim, in ``sorted(index.articles)``
            order) and ``chunk_norms`` (one a chunk of ``chunk_layout(index)``), as made by
            ``build_arrays``.
    """

    def __init__(self, index: CorpusIndex, arrays: dict[str, np.ndarray]) -> None:
        self.index = index
        self.matrix = arrays["sentences"]
        self.members, self.starts, self.first = chunk_layout(index)
        self.norms = np.asarray(arrays["chunk_norms"], dtype=np.float32)
        self.title_ids = {aid: i for i, aid in enumerate(sorted(index.articles))}
        self.title_matrix = arrays["titles"]
        self._last: tuple[bytes, np.ndarray] | None = None

    def _mask(self, article_ids: set[str] | None) -> np.ndarray | None:
        if article_ids is None:
            return None
        mask = np.zeros(len(self.index.rows), dtype=bool)
        for aid in article_ids:
            mask[self.index.by_article.get(aid, [])] = True
        return mask

    def _product(self, q: np.ndarray) -> np.ndarray:
        """Every sentence's cosine to the unit vector ``q``."""
        return self.matrix @ q

    def _scores(self, qvec: np.ndarray) -> np.ndarray:
        """``_product`` of ``qvec`` (a copy: callers mask it). One question asks for sentences
        and chunks with the same vector, so the last product is kept."""
        q = np.asarray(qvec, dtype=np.float32)
        key = q.tobytes()
        last = self._last
        if last is None or last[0] != key:
            last = self._last = (key, self._product(q))
        return last[1].copy()

    def _sentence_scores(self, qvec: np.ndarray, article_ids: set[str] | None) -> np.ndarray:
        """Every sentence's score, -inf outside ``article_ids`` (when given)."""
        scores = self._scores(qvec)
        mask = self._mask(article_ids)
        if mask is not None:
            scores[~mask] = -np.inf
        return scores

    def _chunk_scores(self, qvec: np.ndarray, article_ids: set[str] | None) -> np.ndarray:
        """Every chunk's score from its sentences', -inf outside ``article_ids`` (when given)."""
        scores = np.add.reduceat(self._scores(qvec)[self.members], self.starts) / self.norms
        mask = self._mask(article_ids)
        if mask is not None:
            scores[~mask[self.first]] = -np.inf
        return scores

    def _chunk_rows(self, c: int) -> np.ndarray:
        end = self.starts[c + 1] if c + 1 < len(self.starts) else len(self.members)
        return self.members[self.starts[c]:end]

    def sentences(self, qvec, n, article_ids=None):
        scores = self._sentence_scores(qvec, article_ids)
        return [(int(i), float(scores[i])) for i in _top(scores, n)]

    def chunks(self, qvec, n, article_ids=None):
        if not len(self.starts):
            return []
        scores = self._chunk_scores(qvec, article_ids)
        return [(self._chunk_rows(c).tolist(), float(scores[c])) for c in _top(scores, n)]

    def vectors(self, rows):
        return np.asarray(self.matrix[np.asarray(rows, dtype=np.int64)], dtype=np.float32)

    def titles(self, article_ids):
        return {a: np.asarray(self.title_matrix[self.title_ids[a]]) for a in article_ids if a in self.title_ids}


class ShortlistSearch(ExactSearch):
    """``ExactSearch`` for stores too large to scan at full width: every sentence vector is
    also kept projected on its ``REDUCED_DIM`` principal components (a sixth of the bytes); a
    question scans those, and the best ``SHORTLIST`` x n sentences (or chunks) are then scored
    exactly from the full vectors, which stay on disk, memory-mapped, read only for the
    shortlist. The arrays add ``basis`` (dim x r), ``mean`` (dim) and ``reduced`` (rows x r).
    """

    SHORTLIST = 50        # candidates scored exactly, per result asked for
    MIN_SHORTLIST = 1000

    def __init__(self, index: CorpusIndex, arrays: dict[str, np.ndarray]) -> None:
        super().__init__(index, arrays)
        self.basis = np.asarray(arrays["basis"], dtype=np.float32)
        self.mean = np.asarray(arrays["mean"], dtype=np.float32)
        self.reduced = arrays["reduced"]
        self.rows = RowReader(self.matrix)

    def _product(self, q: np.ndarray) -> np.ndarray:
        """Every sentence's approximate cosine to ``q``, from the projections."""
        return self.reduced @ (q @ self.basis) + float(q @ self.mean)

    def _exact(self, rows: np.ndarray, qvec: np.ndarray) -> np.ndarray:
        return self.rows.read(rows) @ np.asarray(qvec, dtype=np.float32)

    def vectors(self, rows):
        return self.rows.read(np.asarray(rows, dtype=np.int64))

    def _shortlist(self, approx: np.ndarray, n: int) -> np.ndarray:
        return _top(approx, max(self.SHORTLIST * n, self.MIN_SHORTLIST))

    def sentences(self, qvec, n, article_ids=None):
        short = self._shortlist(self._sentence_scores(qvec, article_ids), n)
        exact = self._exact(short, qvec)
        return [(int(short[i]), float(exact[i])) for i in _top(exact, n)]

    def chunks(self, qvec, n, article_ids=None):
        if not len(self.starts):
            return []
        short = self._shortlist(self._chunk_scores(qvec, article_ids), n)
        if not len(short):
            return []
        spans = [self._chunk_rows(c) for c in short]
        local = np.cumsum([0] + [len(x) for x in spans[:-1]])
        exact = np.add.reduceat(self._exact(np.concatenate(spans), qvec), local) / self.norms[short]
        return [(spans[i].tolist(), float(exact[i])) for i in _top(exact, n)]


class RowReader:
    """Rows of a large matrix saved as ``.npy``, read with ``os.pread`` (adjacent rows in one
    read) rather than through its memory map. A question's shortlist touches a few thousand
    rows scattered over gigabytes; through the map, every page read ahead around each row stayed
    mapped into the process, and after 100 questions at 1M chunks 2.4 GB of the 2.8 GB matrix
    counted in the reader's RSS. Read this way the rows stay in the page cache, shared and
    reclaimable, and the process holds only what it asked for. An in-memory matrix is indexed."""

    def __init__(self, matrix: np.ndarray) -> None:
        self.matrix = matrix
        self.offset = int(getattr(matrix, "offset", 0))
        self.width = matrix.shape[1] if matrix.ndim == 2 else 0
        self._fd: int | None = None
        path = getattr(matrix, "filename", None)
        if path and matrix.flags.c_contiguous:
            try:  # opened now: a newer generation's reader may remove the file (the map keeps it)
                self._fd = os.open(path, os.O_RDONLY)
            except OSError:
                pass

    def read(self, rows: np.ndarray) -> np.ndarray:
        """Rows ``rows`` (any order, repeats allowed) as a float32 array."""
        rows = np.asarray(rows, dtype=np.int64)
        if self._fd is None or not len(rows):
            return np.asarray(self.matrix[rows], dtype=np.float32).reshape(len(rows), self.width)
        wanted, back = np.unique(rows, return_inverse=True)
        out = np.empty((len(wanted), self.width), dtype=np.float32)
        size = self.width * 4
        # runs of consecutive rows: a chunk's sentences are adjacent in the file
        cuts = np.flatnonzero(np.diff(wanted) != 1) + 1
        for lo, hi in zip(np.concatenate(([0], cuts)).tolist(), np.concatenate((cuts, [len(wanted)])).tolist()):
            n = hi - lo
            buf = os.pread(self._fd, n * size, self.offset + int(wanted[lo]) * size)
            out[lo:hi] = np.frombuffer(buf, dtype=np.float32).reshape(n, self.width)
        return out[back.reshape(-1)]

    def __del__(self) -> None:
        if self._fd is not None:
            os.close(self._fd)


class ChromaSearch:
    """The same searches through Chroma's HNSW indexes (large stores)."""

    def __init__(self, store: Store, index: CorpusIndex) -> None:
        self.store = store
        self.index = index

    @staticmethod
    def _where(article_ids: set[str] | None) -> dict | None:
        return {"article_id": {"$in": sorted(article_ids)}} if article_ids is not None else None

    def sentences(self, qvec, n, article_ids=None):
        out = []
        for sid, cos, _ in self.store.query("sentences", qvec, n, self._where(article_ids), metadata=False):
            i = self.index.by_id.get(sid)
            if i is not None:  # a row of another version than the index's is not found
                out.append((i, cos))
        return out

    def chunks(self, qvec, n, article_ids=None):
        out = []
        for cid, cos, _ in self.store.query("chunks", qvec, n, self._where(article_ids), metadata=False):
            rows = self.index.chunk_rows(cid)
            if rows:
                out.append((rows, cos))
        return out

    def vectors(self, rows):
        ids = [self.index.rows[i].id for i in rows]
        got = self.store.get("sentences", ids=sorted(set(ids)), embeddings=True) if ids else {"ids": [], "embeddings": []}
        found = {sid: np.asarray(v, dtype=np.float32) for sid, v in zip(got["ids"], got["embeddings"])}
        out = np.zeros((len(rows), self.store.dim), dtype=np.float32)
        for n, sid in enumerate(ids):
            if sid in found:
                out[n] = found[sid]
        return out

    def titles(self, article_ids):
        return self.store.title_vectors(sorted(article_ids))


def chunk_layout(index: CorpusIndex) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every non-empty chunk of the index as ``(members, starts, first)``: chunk ``c`` is the
    rows ``members[starts[c]:starts[c + 1]]``; ``first[c]`` is its first row."""
    members, starts = [], []
    total = 0
    for aid in sorted(index._chunks):
        _, rows, ends = index._chunks[aid]
        lo = 0
        for hi in ends.tolist():
            if hi > lo:
                starts.append(total)
                members.append(rows[lo:hi])
                total += hi - lo
            lo = hi
    m = np.concatenate(members).astype(np.int64) if members else np.zeros(0, dtype=np.int64)
    s = np.asarray(starts, dtype=np.int64)
    return m, s, m[s] if len(s) else np.zeros(0, dtype=np.int64)


REDUCED_DIM = 64


def build_arrays(store: Store, index: CorpusIndex, reduced: bool = False,
                 scratch: Path | None = None) -> dict[str, np.ndarray]:
    """The arrays ``ExactSearch`` reads (with ``reduced``, ``ShortlistSearch``), fetched from
    the store for the index's rows; the large ones written straight into ``scratch`` (a folder)
    when given, rather than held in memory (see ``cache.cached_arrays``)."""
    dim = store.dim
    matrix = _fetch_vectors(store, index, dim, scratch)
    # read back by pread (``RowReader``): through a map, every page of the matrix would count in
    # this process's memory on top of Chroma's copy
    rows = RowReader(matrix)
    aids = sorted(index.articles)
    tv = store.title_vectors(aids)
    titles = np.zeros((len(aids), dim), dtype=np.float32)
    for n, a in enumerate(aids):
        if a in tv:
            titles[n] = tv[a]
    members, starts, _ = chunk_layout(index)
    norms = np.ones(len(starts), dtype=np.float32)
    # a block of chunks at a time: every chunk's rows at once (overlap repeats rows) would be a
    # second, larger copy of the matrix
    block = 8_192
    for c0 in range(0, len(starts), block):
        c1 = min(c0 + block, len(starts))
        lo, hi = starts[c0], (starts[c1] if c1 < len(starts) else len(members))
        sums = np.add.reduceat(rows.read(members[lo:hi]), starts[c0:c1] - lo)
        norms[c0:c1] = np.linalg.norm(sums, axis=1)
    norms[norms == 0] = 1.0
    arrays = {"sentences": matrix, "titles": titles, "chunk_norms": norms}
    if reduced:
        arrays |= project(matrix, out=_empty(scratch, "reduced", (len(matrix), REDUCED_DIM)), rows=rows)
    return arrays


def _fetch_vectors(store: Store, index: CorpusIndex, dim: int, scratch: Path | None) -> np.ndarray:
    """Every sentence vector of the index, in row order: written page by page to
    ``scratch / "sentences.npy"`` and returned memory-mapped, or in memory without ``scratch``.
    Each article's vectors come from its vector file when the store has one (see ``store``),
    else from Chroma. Page by page: the whole store's vectors as Python objects at once would
    take several times the matrix's memory."""
    rows = index.rows
    n = len(rows)
    out = None if scratch is None else open(scratch / "sentences.npy", "wb")
    matrix = np.zeros((n, dim), dtype=np.float32) if out is None else None
    # rows come grouped by article: the row ranges of each
    cuts = np.flatnonzero(np.diff(rows.article)) + 1 if n else np.zeros(0, dtype=np.int64)
    starts, ends = np.concatenate([[0], cuts]).astype(np.int64), np.concatenate([cuts, [n]]).astype(np.int64)
    try:
        if out is not None:
            np.lib.format.write_array_header_1_0(
                out, {"descr": np.lib.format.dtype_to_descr(np.dtype(np.float32)), "fortran_order": False,
                      "shape": (n, dim)})
        a = 0
        while a < len(starts) and n:
            # whole articles, about 5,000 rows a page
            b = a + 1
            while b < len(starts) and ends[b] - starts[a] <= 5000:
                b += 1
            lo, hi = int(starts[a]), int(ends[b - 1])
            page = np.zeros((hi - lo, dim), dtype=np.float32)
            missing: list[str] = []
            for s, e in zip(starts[a:b].tolist(), ends[a:b].tolist()):
                art = int(rows.article[s])
                aid, version = rows.article_order[art], rows.versions[art]
                numbers = rows.n[s:e]
                vecs = store.sentence_vectors(aid, version, numbers)
                if vecs is not None:
                    page[s - lo:e - lo] = vecs
                else:
                    missing.extend(f"{aid}:{version}:s{k}" for k in numbers.tolist())
            for i in range(0, len(missing), 5000):
                got = store.get("sentences", ids=missing[i:i + 5000], embeddings=True)
                if got["ids"]:
                    at = np.fromiter((index.by_id[x] - lo for x in got["ids"]), dtype=np.int64, count=len(got["ids"]))
                    page[at] = np.asarray(got["embeddings"], dtype=np.float32)
            if out is None:
                matrix[lo:hi] = page
            else:
                out.write(page.tobytes())
            a = b
    finally:
        if out is not None:
            out.close()
    return matrix if out is None else np.load(scratch / "sentences.npy", mmap_mode="r")


def _empty(scratch: Path | None, name: str, shape: tuple[int, int]) -> np.ndarray:
    if scratch is None:
        return np.zeros(shape, dtype=np.float32)
    return np.lib.format.open_memmap(scratch / f"{name}.npy", mode="w+", dtype=np.float32, shape=shape)


def project(matrix: np.ndarray, dim: int | None = None, sample: int = 20_000, seed: int = 0,
            out: np.ndarray | None = None, rows: "RowReader | None" = None) -> dict[str, np.ndarray]:
    """The principal components of ``matrix``'s rows (fitted on a sample) and every row
    projected on them: ``basis`` (d x dim, default ``REDUCED_DIM``, or ``out``'s width), ``mean``
    (d), ``reduced`` (rows x dim; written into ``out`` when given)."""
    dim = out.shape[1] if out is not None else (dim or REDUCED_DIM)
    rng = np.random.default_rng(seed)
    pick = np.sort(rng.choice(len(matrix), size=min(sample, len(matrix)), replace=False))
    rows = rows or RowReader(matrix)
    part = rows.read(pick)
    mean = part.mean(axis=0)
    _, _, vt = np.linalg.svd(part - mean, full_matrices=False)
    basis = np.zeros((matrix.shape[1], dim), dtype=np.float32)
    # a sample of fewer rows than ``dim`` has fewer components: the rest stay zero
    basis[:, :min(dim, len(vt))] = vt[:dim].T
    reduced = out if out is not None else np.empty((len(matrix), basis.shape[1]), dtype=np.float32)
    for i in range(0, len(matrix), 65_536):
        reduced[i:i + 65_536] = (rows.read(np.arange(i, min(i + 65_536, len(matrix)))) - mean) @ basis
    return {"basis": basis, "mean": mean.astype(np.float32), "reduced": reduced}
