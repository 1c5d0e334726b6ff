"""The store: the only module that imports chromadb.

Four collections hold one ingested corpus:

    qabot_articles   one small row an article: path, title, content hash, version, counts (the
                     "commit record": an article counts as present only once this is written)
    qabot_sentences  one embedding a sentence, the unit answers are chosen from
    qabot_chunks     one embedding a chunk (a run of sentences of one paragraph)
    qabot_records    one row an article version: its text and metadata, the offsets of its
                     sentences and chunks, and its attributed statements (packed; see ``_pack``)

A statement's embedding is the mean of its sentences', computed when needed: storing it would
cost a third more vector writes for two rare look-ups.

Rows of the last three carry the article's ``version`` (its content hash, shortened). A write
adds the new version's rows first, then the article record, and only then deletes rows of other
versions; readers keep to rows whose version matches the article record. So a killed ingest
leaves at worst orphan rows, which ``repair`` removes, and an updated article stays answerable
from its old version until the new one is complete.

An embedded store also keeps each article version's sentence vectors in a file of its own
(``vectors/ARTICLE-VERSION.npy``, written before the rows, removed with them): a reader that
makes its caches reads those instead of asking Chroma for every vector, which would load the
whole HNSW segment of the sentence collection first (3.8 GB at a million chunks). A missing or
short file is read from Chroma instead. A server store has none (its readers ask the server).

Thread safety: reads are safe from several threads; writes must be serialised (``write_lock``).

The store's generation (``Store.generation``) changes with every write; readers key their caches
on it. The embedded store also mirrors it in a small file (``GENERATION_FILE``), removed while a
writer holds the lock and rewritten when it lets go, so that a new reader process can tell
whether its caches are current without importing chromadb (``read_generation``).
"""
from __future__ import annotations

import base64
import errno
import fcntl
import json
import os
import shutil
import time
import warnings
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from .errors import StoreError, StoreLockedError
from .models import Article, Chunk, Sentence, Statement

SCHEMA_VERSION = 2  # 2: no texts in rows, statements and chunk layout in the article record
_COLLECTIONS = ("qabot_articles", "qabot_sentences", "qabot_chunks", "qabot_records")
_BATCH = 4000
# A server store outgrowing the exact copy of its vectors is searched through Chroma's HNSW
# graph: ef_construction 64 (Chroma's default: 100) builds it 19% faster for 0.5 points of
# recall@50 against exact search on PolNeAR's 29k sentences. An embedded store is always searched
# from qabot's own copy (``dense``), but Chroma builds a graph for every collection anyway, so it
# gets the cheapest one that still answers a direct query sensibly: 27% less write time at 50k
# chunks, recall@10 0.80 instead of 0.92 (benchmarks/README.md).
_HNSW_SERVER = {"space": "cosine", "ef_construction": 64}
_HNSW_EMBEDDED = {"space": "cosine", "ef_construction": 32, "max_neighbors": 8}
_PAGE = 5000
GENERATION_FILE = "generation.json"
VECTOR_DIR = "vectors"


def _version(article: Article) -> str:
    return article.content_hash[:12]


class Store:
    """A qabot corpus in Chroma, embedded (``PersistentClient``) or on a server (``HttpClient``).

    Args:
        path: the local store folder (Chroma's files when embedded; the lock and caches always).
        url: ``http://host:port`` of a Chroma server, or None for the embedded store.
        model: the embedding model's name, recorded so a store is never queried with another;
            None for a reader that never embeds.
    """

    def __init__(self, path: Path, url: str | None = None, model: str | None = None,
                 create: bool = True, dim: int = 384, check: bool = True) -> None:
        self.path = Path(path)
        self.url = url
        self.model = model
        self.dim = dim
        if not url and not create and not (self.path / "chroma.sqlite3").exists():
            raise StoreError(f"No qabot store at {self.path}. Run: qabot ingest PATH")
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            self.client = self._connect()
            self._cols = {name: self._collection(name) for name in _COLLECTIONS}
        except StoreError:
            raise
        except Exception as exc:  # chromadb raises many types; all mean the same to a user
            raise StoreError(f"cannot open the store at {self.location}: {exc}. The store may be damaged. "
                             "Run: qabot ingest --rebuild") from exc
        if check:
            self._check_schema()

    # -- opening ---------------------------------------------------------------------------
    def _connect(self):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        if self.url:
            from urllib.parse import urlparse

            u = urlparse(self.url if "://" in self.url else f"http://{self.url}")
            try:
                client = chromadb.HttpClient(host=u.hostname or "localhost", port=u.port or 8000,
                                             ssl=u.scheme == "https", settings=settings)
                client.heartbeat()
            except Exception as exc:
                raise StoreError(f"cannot reach the Chroma server at {self.url}: {exc}") from exc
            return client
        return chromadb.PersistentClient(path=str(self.path), settings=settings)

    def _collection(self, name: str):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return self.client.get_or_create_collection(
                name, embedding_function=None,
                configuration={"hnsw": _HNSW_SERVER if self.url else _HNSW_EMBEDDED},
            )

    @property
    def location(self) -> str:
        """Where the data lives, for messages and ``stats``."""
        return self.url or str(self.path)

    def _meta(self) -> dict:
        got = self._cols["qabot_articles"].get(ids=["__qabot__"], include=["metadatas"])
        return (got["metadatas"] or [{}])[0] if got["ids"] else {}

    def _check_schema(self) -> None:
        meta = self._meta()
        if not meta:
            return
        if meta.get("schema") != SCHEMA_VERSION:
            raise StoreError(
                f"the store at {self.location} was written by another qabot version "
                f"(schema {meta.get('schema')}, this qabot reads {SCHEMA_VERSION}). "
                "Run: qabot ingest --rebuild")
        if self.model is None or not meta.get("model"):  # a reader that never embeds takes what is there
            self.model = self.model or meta.get("model")
        elif meta.get("model") != self.model:
            raise StoreError(
                f"the store at {self.location} holds {meta.get('model')} embeddings, not {self.model}. "
                f"Run: qabot ingest --rebuild{_backend_hint(meta.get('model'))}")

    def _write_meta(self, bump: bool = False, **changes) -> None:
        """Rewrite the meta row with ``changes`` (and the generation one up with ``bump``)."""
        meta = self._meta()
        # the epoch is new with every new (or rebuilt) store, so a generation number met again
        # after a rebuild never finds the caches of the store that was there before
        new = {"schema": SCHEMA_VERSION, "model": self.model or "", "generation": int(meta.get("generation", 0)) + bump,
               "epoch": meta.get("epoch") or os.urandom(4).hex(), "clean": bool(meta.get("clean", False)),
               "kind": "meta"} | changes
        self._cols["qabot_articles"].upsert(
            ids=["__qabot__"], embeddings=[[1.0] + [0.0] * (self.dim - 1)], documents=["qabot store"],
            metadatas=[new])

    def _touch(self) -> None:
        self._write_meta(bump=True)

    @property
    def generation(self) -> str:
        """A token that changes whenever the store's content does (for caches)."""
        return _token(self._meta())

    def _publish_generation(self) -> None:
        """Mirror the generation in ``GENERATION_FILE`` (embedded store only)."""
        if self.url:
            return
        meta = self._meta()
        path = self.path / GENERATION_FILE
        if not meta:
            path.unlink(missing_ok=True)
            return
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps({"generation": _token(meta), "schema": meta.get("schema"),
                                   "model": meta.get("model")}))
        os.replace(tmp, path)

    # -- locking ---------------------------------------------------------------------------
    @contextmanager
    def write_lock(self, wait: float = 0.0) -> Iterator[None]:
        """Hold the store's write lock; wait up to ``wait`` seconds, then raise StoreLockedError."""
        lock_path = self.path / ".write.lock"
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
                        raise StoreLockedError(
                            f"another qabot ingest (pid {holder}) is writing to {self.location}; "
                            "wait for it to finish, or pass --wait SECONDS") from None
                    time.sleep(0.2)
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            # readers that go by the file fall back to asking Chroma while a write is under way
            # (or after one was killed: the file is only back once a writer finishes)
            (self.path / GENERATION_FILE).unlink(missing_ok=True)
            # "clean" is set when a writer lets go normally: a store without it may hold rows of
            # a write that was killed, and only then does ``repair`` need to scan every row
            meta = self._meta()
            self._repair_needed = meta.get("clean") is not True
            if meta.get("clean"):
                self._write_meta(clean=False)
            try:
                yield
                if self._meta():
                    self._write_meta(clean=True)
            finally:
                self._repair_needed = True
                try:
                    self._publish_generation()
                except Exception:
                    pass  # without the file readers ask Chroma: slower, never wrong
        finally:
            os.close(fd)

    def _get(self, col, ids: list[str] | None = None, where: dict | None = None,
             include: list[str] | None = None) -> dict:
        """``col.get`` in pages: Chroma 1.5 fails with "too many SQL variables" when one call
        returns more than about 32,000 rows, so whole-collection reads must be paged."""
        include = ["metadatas"] if include is None else include
        out: dict = {"ids": [], **{k: [] for k in include}}
        if ids is not None:
            for i in range(0, len(ids), _PAGE):
                got = col.get(ids=ids[i:i + _PAGE], where=where, include=include)
                out["ids"] += got["ids"]
                for k in include:
                    out[k] += list(got[k]) if got[k] is not None else []
            return out
        offset = 0
        while True:
            got = col.get(where=where, include=include, limit=_PAGE, offset=offset)
            out["ids"] += got["ids"]
            for k in include:
                out[k] += list(got[k]) if got[k] is not None else []
            if len(got["ids"]) < _PAGE:
                return out
            offset += _PAGE

    # -- sentence vector files ---------------------------------------------------------------
    @property
    def _vector_dir(self) -> Path | None:
        return None if self.url else self.path / VECTOR_DIR

    def _vector_file(self, article_id: str, version: str) -> Path | None:
        folder = self._vector_dir
        return None if folder is None else folder / f"{article_id}-{version}.npy"

    def _save_vectors(self, article_id: str, version: str, vecs: np.ndarray) -> None:
        path = self._vector_file(article_id, version)
        if path is None:
            return
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as f:
            np.save(f, np.asarray(vecs, dtype=np.float32))
        # whole or absent: a killed write leaves at worst a .tmp, never a short file
        os.replace(tmp, path)

    def _drop_vectors(self, article_id: str, version: str) -> None:
        path = self._vector_file(article_id, version)
        if path is not None:
            path.unlink(missing_ok=True)

    def _drop_other_vectors(self, article_id: str, keep: str | None) -> None:
        """Every vector file of ``article_id`` but version ``keep``'s (a scan of the folder: only
        for the rare delete whose version is unknown)."""
        folder = self._vector_dir
        if folder is None or not folder.is_dir():
            return
        for path in folder.glob(f"{article_id}-*"):
            # "a-b-VERSION.npy" is article "a-b": the glob also finds article "a-b-c"'s files
            aid, _, version = path.name.split(".")[0].rpartition("-")
            if aid == article_id and version != keep:
                path.unlink(missing_ok=True)

    def sentence_vectors(self, article_id: str, version: str, rows: np.ndarray) -> np.ndarray | None:
        """The vectors of sentences ``rows`` (their numbers) of an article version, from its
        vector file; None when there is none or it does not hold them all."""
        path = self._vector_file(article_id, version)
        if path is None:
            return None
        try:
            vecs = np.load(path)
        except (OSError, ValueError):
            return None
        if vecs.ndim != 2 or vecs.shape[1] != self.dim or (len(rows) and int(rows.max()) >= len(vecs)):
            return None
        return vecs[rows]

    # -- writing ---------------------------------------------------------------------------
    def _write_rows(self, name: str, ids: list[str], vecs: np.ndarray, metas: list[dict]) -> None:
        # No documents: a row's text is the article's at the row's offsets, so storing it again
        # would only feed Chroma's full-text index, which halves its write speed (measured).
        # Sentence and chunk rows are added, not upserted (15% less write time): an id names an
        # article version, whose rows never change, and rows of a write that did not finish are
        # removed by ``repair`` before the next one, so an id is never written twice with other
        # contents. Records, which carry the file's path, are upserted.
        col = self._cols[name]
        write = col.upsert if name == "qabot_records" else col.add
        for i in range(0, len(ids), _BATCH):
            write(ids=ids[i:i + _BATCH], embeddings=vecs[i:i + _BATCH], metadatas=metas[i:i + _BATCH])

    def write_article(self, article: Article, title_vec: np.ndarray, sentences: list[Sentence],
                      sentence_vecs: np.ndarray, chunks: list[Chunk], chunk_vecs: np.ndarray,
                      statements: list[Statement]) -> None:
        """Store one article and everything derived from it (see ``write_articles``)."""
        self.write_articles([ArticleRows(article, title_vec, sentences, sentence_vecs, chunks, chunk_vecs,
                                         statements)])

    def write_articles(self, items: list["ArticleRows"]) -> None:
        """Store articles and everything derived from them, crash-safely (see the module doc):
        all their rows first, then their records (the commit), then their old versions' rows.

        The article record carries the title's embedding: retrieval uses it as context for
        every sentence of the article."""
        if not items:
            return
        old = self._records([it.article.id for it in items])
        ids: dict[str, list] = {n: [] for n in _COLLECTIONS[1:]}
        vecs: dict[str, list] = {n: [] for n in _COLLECTIONS[1:]}
        metas: dict[str, list] = {n: [] for n in _COLLECTIONS[1:]}

        def add(name: str, i: str, v, m: dict) -> None:
            ids[name].append(i)
            vecs[name].append(v)
            metas[name].append(m)

        for it in items:
            art, v = it.article, _version(it.article)
            self._save_vectors(art.id, v, it.sentence_vecs)
            base = {"article_id": art.id, "version": v}
            # Chroma writes a row per metadata key, so rows carry only what is filtered on or
            # cannot be found elsewhere: a sentence's offsets are in the article record
            for i, vec in enumerate(it.sentence_vecs):
                add("qabot_sentences", f"{art.id}:{v}:s{i}", vec, base)
            for i, vec in enumerate(it.chunk_vecs):
                add("qabot_chunks", f"{art.id}:{v}:c{i}", vec, base)
            add("qabot_records", f"{art.id}:{v}:r0", it.title_vec,
                {**base, "record": _pack({"article": art.model_dump(),
                                          "sentences": [[x.paragraph, x.start, x.end] for x in it.sentences],
                                          "chunks": [c.sentences for c in it.chunks],
                                          "statements": [st.model_dump(mode="json") for st in it.statements]})})
        for name in _COLLECTIONS[1:]:
            if ids[name]:
                self._write_rows(name, ids[name], np.asarray(vecs[name], dtype=np.float32), metas[name])
        self._cols["qabot_articles"].upsert(
            ids=[it.article.id for it in items],
            embeddings=np.asarray([it.title_vec for it in items], dtype=np.float32),
            metadatas=[{"kind": "article", "version": _version(it.article), "content_hash": it.article.content_hash,
                        "path": it.article.path, "title": it.article.title, "n_sentences": len(it.sentences),
                        "n_chunks": len(it.chunks), "n_quotes": len(it.statements),
                        "extractor": it.extractor} for it in items],
        )
        for it in items:
            previous = old.get(it.article.id)
            if previous and previous.get("version") != _version(it.article):
                self._delete_rows(it.article.id, previous)
                self._drop_vectors(it.article.id, previous["version"])
        self._touch()

    def replace_statements(self, items: list[tuple[str, list[Statement]]], extractor: int) -> None:
        """Store new statements for unchanged articles (a newer extractor's), keeping their
        text, sentences, chunks and vectors: the record row first, then the article's mark, so
        an interrupted refresh is redone by the next ingest."""
        if not items:
            return
        marks = self._records([aid for aid, _ in items])
        ids, metas, done = [], [], []
        for aid, statements in items:
            mark = marks.get(aid)
            if not mark:
                continue
            rid = f"{aid}:{mark['version']}:r0"
            got = self._cols["qabot_records"].get(ids=[rid], include=["metadatas"])
            if not got["ids"]:
                continue
            meta = dict(got["metadatas"][0])
            record = _unpack(meta["record"])
            record["statements"] = [st.model_dump(mode="json") for st in statements]
            meta["record"] = _pack(record)
            ids.append(rid)
            metas.append(meta)
            done.append((aid, {**mark, "n_quotes": len(statements), "extractor": extractor}))
        for k in range(0, len(ids), _BATCH):
            self._cols["qabot_records"].update(ids=ids[k:k + _BATCH], metadatas=metas[k:k + _BATCH])
        for k in range(0, len(done), _BATCH):
            part = done[k:k + _BATCH]
            self._cols["qabot_articles"].update(ids=[a for a, _ in part], metadatas=[m for _, m in part])
        self._touch()

    def _records(self, article_ids: list[str]) -> dict[str, dict]:
        got = self._get(self._cols["qabot_articles"], ids=article_ids, include=["metadatas"])
        return dict(zip(got["ids"], got["metadatas"]))

    def _delete_rows(self, article_id: str, record: dict) -> None:
        """Delete the rows of the version ``record`` describes: by id when its counts are known
        (cheap), else by a metadata filter."""
        v = record.get("version")
        if v is None or "n_sentences" not in record:
            self._delete_other_versions(article_id, None)
            return
        for name, letter, n in (("qabot_sentences", "s", int(record["n_sentences"])),
                                ("qabot_chunks", "c", int(record["n_chunks"])), ("qabot_records", "r", 1)):
            doomed = [f"{article_id}:{v}:{letter}{i}" for i in range(n)]
            for k in range(0, len(doomed), _BATCH):
                self._cols[name].delete(ids=doomed[k:k + _BATCH])

    def _delete_other_versions(self, article_id: str, keep: str | None) -> None:
        where: dict = {"article_id": article_id}
        if keep is not None:
            where = {"$and": [{"article_id": article_id}, {"version": {"$ne": keep}}]}
        for name in _COLLECTIONS[1:]:
            self._cols[name].delete(where=where)
        self._drop_other_vectors(article_id, keep)

    def delete_article(self, article_id: str) -> None:
        """Remove an article: its record first (so it stops counting), then its rows."""
        record = self._records([article_id]).get(article_id)
        self._cols["qabot_articles"].delete(ids=[article_id])
        if record:
            self._delete_rows(article_id, record)
            if record.get("version") is not None:
                self._drop_vectors(article_id, record["version"])
        self._touch()

    def needs_repair(self) -> bool:
        """False only while holding the write lock of a store its last writer left complete."""
        return getattr(self, "_repair_needed", True)

    def repair(self) -> int:
        """Delete rows left by an interrupted write (no article record, or another version).

        Returns:
            how many rows were removed.
        """
        current = self.versions()
        removed = 0
        for name in _COLLECTIONS[1:]:
            col = self._cols[name]
            # a row id is ARTICLE:VERSION:ROW, so ids alone tell a stale row (no metadata read)
            got = self._get(col, include=[])
            stale = [i for i in got["ids"] if current.get(i.rsplit(":", 2)[0]) != i.rsplit(":", 2)[-2]]
            for k in range(0, len(stale), _BATCH):
                col.delete(ids=stale[k:k + _BATCH])
            removed += len(stale)
        folder = self._vector_dir
        if folder is not None and folder.is_dir():
            for path in folder.iterdir():
                aid, _, version = path.name.split(".")[0].rpartition("-")
                if current.get(aid) != version or not path.name.endswith(".npy"):
                    path.unlink(missing_ok=True)
        if removed:
            self._touch()
        return removed

    def reopen(self) -> None:
        """Open the embedded store afresh, to see what another process wrote.

        Chroma keeps one client system a path per process and its vector index in memory: a
        long-running reader (the Discord bot, a REPL) would otherwise never find vectors that an
        ingest in another process added (measured: 0 of 20 found before, 20 of 20 after)."""
        if self.url:
            return
        from chromadb.api.shared_system_client import SharedSystemClient

        key = str(self.path)
        SharedSystemClient._identifier_to_system.pop(key, None)
        SharedSystemClient._identifier_to_refcount.pop(key, None)
        self.client = self._connect()
        self._cols = {name: self._collection(name) for name in _COLLECTIONS}

    @staticmethod
    def forget_clients() -> None:
        """Drop chromadb's per-process client cache (after a store's files were removed)."""
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()

    def reset(self) -> None:
        """Delete everything (``ingest --rebuild``)."""
        (self.path / GENERATION_FILE).unlink(missing_ok=True)
        if self._vector_dir is not None:
            shutil.rmtree(self._vector_dir, ignore_errors=True)
        for name in _COLLECTIONS:
            try:
                self.client.delete_collection(name)
            except Exception:
                pass
        self._cols = {name: self._collection(name) for name in _COLLECTIONS}

    # -- reading ---------------------------------------------------------------------------
    def versions(self) -> dict[str, str]:
        """``{article_id: version}`` of every complete article."""
        got = self._get(self._cols["qabot_articles"], where={"kind": "article"}, include=["metadatas"])
        return {i: m["version"] for i, m in zip(got["ids"], got["metadatas"])}

    def hashes(self) -> dict[str, tuple[str, str]]:
        """``{article_id: (content_hash, path)}`` of every complete article."""
        return {i: (h, p) for i, (h, p, _) in self.article_marks().items()}

    def article_marks(self) -> dict[str, tuple[str, str, int]]:
        """``{article_id: (content_hash, path, extractor)}`` of every complete article, in one
        read; ``extractor`` is the version its statements come from (1 for articles stored
        before the version was kept)."""
        got = self._get(self._cols["qabot_articles"], where={"kind": "article"}, include=["metadatas"])
        return {i: (m["content_hash"], m["path"], int(m.get("extractor", 1)))
                for i, m in zip(got["ids"], got["metadatas"])}

    def title_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The title embedding of each of the articles ``ids``."""
        got = self._get(self._cols["qabot_articles"], ids=ids, include=["embeddings"])
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"])}

    def load_records(self) -> dict[str, "ArticleRecord"]:
        """Every complete article with what was derived from it at ingest."""
        return {r.article.id: r for r in self.iter_records()}

    def iter_records(self) -> Iterator["ArticleRecord"]:
        """``load_records`` one at a time, read a page at a time: a reader building its view of
        a large store need not hold every record (and every statement as a dict) at once."""
        ids = [f"{aid}:{v}:r0" for aid, v in self.versions().items()]
        col = self._cols["qabot_records"]
        for i in range(0, len(ids), _PAGE):
            got = col.get(ids=ids[i:i + _PAGE], include=["metadatas"])
            for meta in got["metadatas"]:
                record = _unpack(meta["record"])
                yield ArticleRecord(Article.model_validate(record["article"]), record["sentences"],
                                    record["chunks"], record["statements"])

    def load_articles(self) -> dict[str, tuple[Article, list[list[int]]]]:
        """Every complete article with its sentence offsets ``[paragraph, start, end]``."""
        return {i: (r.article, r.sentences) for i, r in self.load_records().items()}

    def query(self, name: str, vec: np.ndarray, n: int, where: dict | None = None,
              metadata: bool = True) -> list[tuple[str, float, dict | None]]:
        """Nearest rows of collection ``name``: ``(id, cosine similarity, metadata)``."""
        col = self._cols[f"qabot_{name}"]
        # Chroma returns fewer rows when it has fewer, so no count() round trip is needed
        res = col.query(query_embeddings=[vec], n_results=n, where=where,
                        include=["distances", "metadatas"] if metadata else ["distances"])
        metas = res["metadatas"][0] if metadata else [None] * len(res["ids"][0])
        return [(i, 1.0 - d, m) for i, d, m in zip(res["ids"][0], res["distances"][0], metas)]

    def get(self, name: str, ids: list[str] | None = None, where: dict | None = None,
            embeddings: bool = False) -> dict:
        """Rows of collection ``name`` by id or filter: ids, metadatas (and embeddings)."""
        include = ["metadatas"] + (["embeddings"] if embeddings else [])
        return self._get(self._cols[f"qabot_{name}"], ids=ids, where=where, include=include)

    def counts(self) -> dict[str, int]:
        """How many articles, sentences, chunks and quotes (attributed statements) are stored."""
        got = self._get(self._cols["qabot_articles"], where={"kind": "article"}, include=["metadatas"])
        return {
            "articles": len(got["ids"]),
            "sentences": self._cols["qabot_sentences"].count(),
            "chunks": self._cols["qabot_chunks"].count(),
            "quotes": sum(int(m.get("n_quotes", 0)) for m in got["metadatas"]),
        }

    def size_bytes(self) -> int | None:
        """Bytes on disk of the embedded store (None for a server)."""
        if self.url:
            return None
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())


@dataclass
class ArticleRows:
    """One article with everything derived from it, ready to be written."""

    article: Article
    title_vec: np.ndarray
    sentences: list[Sentence]
    sentence_vecs: np.ndarray
    chunks: list[Chunk]
    chunk_vecs: np.ndarray
    statements: list[Statement]
    extractor: int = 1


@dataclass
class ArticleRecord:
    """An article as stored: sentences as ``[paragraph, start, end]``, each chunk as the
    ``[start, end]`` of its sentences, statements as ``Statement`` dicts."""

    article: Article
    sentences: list[list[int]]
    chunks: list[list[list[int]]]
    statements: list[dict]


def _token(meta: dict) -> str:
    return f"{meta.get('epoch', '0')}.{int(meta.get('generation', 0))}"


def read_generation(path: Path) -> dict | None:
    """``{"generation", "schema", "model"}`` of the embedded store at ``path`` as its last writer
    left it, or None while a write is under way (or the file is missing or unreadable): then
    ask ``Store.generation``. Reads one small file; does not import chromadb."""
    try:
        info = json.loads((Path(path) / GENERATION_FILE).read_text())
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and isinstance(info.get("generation"), str) else None


def _pack(record: dict) -> str:
    """An article record as compact text: JSON, deflated, base64. Kept in metadata, not as a
    document, because Chroma feeds documents to a trigram full-text index that qabot never
    queries (measured: 2.4x the write time for these records)."""
    return base64.b64encode(zlib.compress(json.dumps(record, separators=(",", ":")).encode(), 1)).decode("ascii")


def _unpack(text: str) -> dict:
    return json.loads(zlib.decompress(base64.b64decode(text)))


def _backend_hint(model: str | None) -> str:
    """How to keep reading a store written with another embedding backend."""
    if model == "all-MiniLM-L6-v2":
        return " (or keep it with QABOT_BACKEND=onnx)"
    if model == "all-MiniLM-L6-v2-int8":
        return " (or keep it with QABOT_BACKEND=int8)"
    return ""


def speaker_key(name: str | None) -> str:
    """A speaker's name folded for matching: lower case, no titles, initials or punctuation
    ("Donald J. Trump" is "donald trump")."""
    if not name:
        return ""
    import re

    words = re.findall(r"[\w'’-]+", name.lower())
    kept = [w for w in words if w not in _TITLES and (len(w) > 1 or not w.isalpha())]
    return " ".join(kept or words)


_TITLES = frozenset("mr mrs ms dr sir lady lord prof president senator sen rep gov governor".split())
