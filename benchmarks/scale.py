"""Scale benchmark (issue 8, item 7): stores of 10k, 100k (and 1M) chunks without the model.

    .venv/bin/python benchmarks/scale.py [--out /work/research/scale] [--sizes 10000,100000,1000000]
                                         [--budget-min 20] [-n 100] [--json FILE]

1. Prepare (once, cached in ``--out``): the real articles of ../shared/eval/polnear/train/text
   and ../shared/eval/squad/articles are read, split and chunked and their statements extracted
   with qabot's own functions (``read_path``, ``article_sentences``, ``chunk_sentences``,
   ``ingest.extract``); every sentence and title is embedded ONCE with
   ``qabot.embeddings.make_embedder()`` (``vectors.npy``), and so are the questions and the
   topics / phrases their look-ups embed (``questions.json`` + ``qvecs.npy``).
2. Build (one child process per size, its own store ``--out/store-<size>``): the base articles
   are replicated until the chunks collection holds ``size`` rows. Replica ``r`` of an article
   gets a new id and path, a few body words replaced by random letters of the same length (so
   every offset stays valid and the content hash differs), and its sentence and title vectors
   plus Gaussian noise (sigma ``--noise``, per dimension) re-normalised (cosine ~0.98 to the
   original). Rows are written as ``Ingester.run`` writes them: chunk vectors are
   ``_mean_rows`` of the sentence vectors, ``Store.write_articles`` a group of 24 articles.
   Timed (model excluded): hashing, building the row objects, the mean vectors, the writes.
   The segmentation of the base article is reused (the per-article cost of re-segmenting and
   extracting is measured once on the base articles and printed separately; it is linear).
3. No-op re-ingest (child): ``Ingester.run([])`` on the full store = ``repair()`` + ``hashes()``,
   the diffing every incremental ingest pays before reading a file.
4. Ask (child): ``Engine`` with an embedder that looks the precomputed vectors up (a miss is
   embedded for real and its time subtracted). Engine start = ``CorpusIndex`` (BM25, sentence
   table) + ``SpeakerIndex`` (all statements) + the first ask (Chroma loads its HNSW indexes);
   then 5 warm-up questions and ``-n`` timed ``Engine.ask`` calls (retrieval, quote selection,
   speaker attribution; no query embedding): p50/p95 overall and per kind. A second pass runs
   the questions under cProfile; the top functions by own time are kept in the JSON.
   Questions: half SQuAD questions (``qa.jsonl``), half ``ask.py``'s (titles, "What did X say
   about Y?"), ``random.Random(0)``.

Peak RSS is each child's own (``wait4``). Disk is the store folder's size. 1M is built only when
the 100k run extrapolates (by the measured 10k -> 100k growth) to under ``--budget-min`` minutes
and the disk it would need is free; otherwise the estimate is printed.
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, REPO, TRAIN, machine, percentile, run_measured, last_json, write_json  # noqa: E402

SQUAD = (REPO / ".." / "shared" / "eval" / "squad").resolve()
OUT = Path("/work/research/scale")
GROUP = 24  # articles a write, as Ingester
WARMUP = ("What happened?", "Who won the debate?", "What did Trump say about Mexico?",
          "What did Hillary Clinton say about emails?", "Why did the campaign change its strategy?")
TARGET_P50_MS = 100.0
TARGET_RSS_MB = 4096.0


# -- 1. prepare ------------------------------------------------------------------------------
def make_questions(n: int, seed: int = 0) -> list[dict]:
    from ask import make_questions as ask_questions

    rng = random.Random(seed)
    squad = [json.loads(x) for x in (SQUAD / "qa.jsonl").read_text().splitlines() if x.strip()]
    picked = [{"kind": "squad", "question": q["question"], "article": q["article"]}
              for q in rng.sample(squad, n // 2)]
    picked += ask_questions(n - n // 2, seed)
    rng.shuffle(picked)
    return picked


def texts_embedded_by(question: str) -> list[str]:
    """Every text ``Engine.ask`` may embed for ``question`` (itself, a who-topic, a said-phrase)."""
    from qabot.engine import clean_question
    from qabot.lookup import parse_lookup

    q = clean_question(question, 2000)
    out = [q]
    lk = parse_lookup(q)
    if lk:
        kind, text, topic = lk
        if kind == "said":
            out.append(clean_question(text, 2000).strip("\"'“”‘’ "))
        elif topic:
            out.append(clean_question(topic, 2000))
    return out


def prepare(out: Path, n_questions: int) -> dict:
    """Base articles with their segmentation, statements and vectors (cached)."""
    base_file, vec_file = out / "base.pkl", out / "vectors.npy"
    q_file, qv_file = out / "questions.json", out / "qvecs.npy"
    import numpy as np

    from qabot.embeddings import make_embedder

    info: dict = {}
    embedder = None
    if not (base_file.exists() and vec_file.exists()):
        from qabot.chunking import TokenCounter, article_sentences, chunk_sentences
        from qabot.embeddings import model_dir
        from qabot.ingest import extract
        from qabot.readers import read_path

        counter = TokenCounter(model_dir())
        files = sorted(TRAIN.glob("*.txt")) + sorted((SQUAD / "articles").glob("*.txt"))
        base, t_read, t_seg, t_ext = [], 0.0, 0.0, 0.0
        for f in files:
            t = time.perf_counter()
            for art in read_path(f):
                t1 = time.perf_counter()
                sents = article_sentences(art, counter)
                chunks = chunk_sentences(art, sents, counter)
                t2 = time.perf_counter()
                statements = extract(art)
                t3 = time.perf_counter()
                t_read += t1 - t
                t_seg += t2 - t1
                t_ext += t3 - t2
                base.append((art, sents, chunks, statements))
                t = time.perf_counter()
        texts = [s.text for _, sents, _, _ in base for s in sents] + [a.title for a, *_ in base]
        embedder = make_embedder()
        t = time.perf_counter()
        vecs = embedder.encode(texts, batch_size=64)
        info = {"embed_seconds": round(time.perf_counter() - t, 1), "texts_embedded": len(texts)}
        np.save(vec_file, vecs)
        per = {"read_ms": 1000 * t_read / len(base), "segment_ms": 1000 * t_seg / len(base),
               "extract_ms": 1000 * t_ext / len(base)}
        with open(base_file, "wb") as fh:
            pickle.dump({"base": base, "per_article": per, **info}, fh)
    if not (q_file.exists() and qv_file.exists()):
        questions = make_questions(n_questions)
        texts = sorted({t for q in [*WARMUP, *(x["question"] for x in questions)] for t in texts_embedded_by(q)})
        embedder = embedder or make_embedder()
        np.save(qv_file, embedder.encode(texts))
        q_file.write_text(json.dumps({"questions": questions, "texts": texts}))
    with open(base_file, "rb") as fh:
        meta = pickle.load(fh)
    base = meta["base"]
    return {"articles": len(base), "sentences": sum(len(s) for _, s, _, _ in base),
            "chunks": sum(len(c) for _, _, c, _ in base), "quotes": sum(len(q) for *_, q in base),
            "per_article_ms": {k: round(v, 2) for k, v in meta["per_article"].items()},
            "embed_seconds": meta.get("embed_seconds"), "texts_embedded": meta.get("texts_embedded")}


def hwm_mb() -> int:
    """This process's own peak RSS (``VmHWM``; ``wait4``'s ru_maxrss would include the parent's
    RSS at fork time, since it survives ``exec``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return -1


def page_gets(page: int = 10_000) -> None:
    """Make a whole-collection ``Collection.get`` read in pages of ``page`` rows: unpaged, Chroma
    1.5 fails with "too many SQL variables" once a collection passes ~32k rows (SQLite's limit).
    This is the fix the benchmark applies to measure past that point (see the README)."""
    from chromadb.api.models.Collection import Collection

    if getattr(Collection.get, "_paged", False):
        return
    plain = Collection.get

    def get(self, ids=None, where=None, limit=None, offset=None, where_document=None, include=None, **kw):
        if ids is not None or limit is not None or offset is not None:
            return plain(self, ids=ids, where=where, limit=limit, offset=offset, where_document=where_document,
                         include=include, **kw)
        out, k = None, 0
        while True:
            got = plain(self, where=where, limit=page, offset=k, where_document=where_document, include=include, **kw)
            if out is None:
                out = got
            else:
                for key, v in got.items():
                    if isinstance(v, list) and isinstance(out.get(key), list):
                        out[key].extend(v)
            if len(got["ids"]) < page:
                return out
            k += page

    get._paged = True
    Collection.get = get


# -- 2. build ----------------------------------------------------------------------------------
_BODY_WORD = re.compile(r"\b[a-z]{4,}\b")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def perturb(text: str, body: int, rng: random.Random, n: int = 5) -> str:
    """``text`` with ``n`` body words replaced by random letters of the same length."""
    words = [m.span() for m in _BODY_WORD.finditer(text, body)]
    if not words:
        return text + ""
    parts, last = [], 0
    for a, b in sorted(rng.sample(words, min(n, len(words)))):
        parts += [text[last:a], "".join(rng.choice(_LETTERS) for _ in range(b - a))]
        last = b
    parts.append(text[last:])
    return "".join(parts)


def worker_build(out: Path, size: int, noise: float, resume: bool = False) -> None:
    """Child: a fresh store of ``size`` chunks (prints one JSON line). With ``resume``, a store
    left part-built keeps its articles: the same replicas are made in the same order (the
    random draws too) and only those not yet stored are written, and timed."""
    import numpy as np

    from qabot.ingest import _mean_rows
    from qabot.models import Chunk, Sentence, Span
    from qabot.readers import content_hash
    from qabot.store import ArticleRows, Store

    with open(out / "base.pkl", "rb") as fh:
        base = pickle.load(fh)["base"]
    vecs = np.load(out / "vectors.npy")
    offsets, k = [], 0
    for _, sents, _, _ in base:
        offsets.append(k)
        k += len(sents)
    title_vecs = vecs[k:]
    path = out / f"store-{size}"
    if path.exists() and not resume:
        shutil.rmtree(path)
    Store.forget_clients()
    store = Store(path)
    # under the write lock, as `qabot ingest` writes: the store ends marked complete
    lock = store.write_lock()
    lock.__enter__()
    if resume:
        store.repair()
    stored = store.versions() if resume else {}
    resumed = {"articles": 0, "chunks": 0}
    rng = random.Random(size)
    nrng = np.random.default_rng(size)
    t_prep = t_write = t_synth = 0.0
    totals = {"articles": 0, "sentences": 0, "chunks": 0, "quotes": 0}
    curve = []  # (chunks so far, seconds of writing so far)
    t_start = time.perf_counter()
    r = 0
    group: list[ArticleRows] = []
    while totals["chunks"] < size:
        for i, (art, sents, chunks, statements) in enumerate(base):
            if totals["chunks"] >= size:
                break
            # synthetic input, not timed: the replica's text and its "model" vectors
            t0 = time.perf_counter()
            body = art.paragraphs[0].start if art.paragraphs else 0
            text = art.text if r == 0 else perturb(art.text, body, rng)
            sv = vecs[offsets[i]:offsets[i] + len(sents)]
            tv = title_vecs[i]
            if r:
                sv = sv + nrng.normal(0.0, noise, sv.shape).astype(np.float32)
                sv /= np.linalg.norm(sv, axis=1, keepdims=True)
                tv = tv + nrng.normal(0.0, noise, tv.shape).astype(np.float32)
                tv /= np.linalg.norm(tv)
            # bookkeeping, timed: hashing and the rows, as Ingester.run builds them
            t1 = time.perf_counter()
            aid = f"{art.id}-r{r}"
            h = content_hash(json.dumps([text, {"replica": str(r)}]))
            a2 = art.model_copy(update={"id": aid, "path": f"{art.path}#r{r}", "text": text, "content_hash": h,
                                        "title": art.title if r == 0 else f"{art.title} ({r})"})
            s2 = [Sentence.model_construct(article_id=aid, paragraph=s.paragraph, start=s.start, end=s.end,
                                           text=text[s.start:s.end]) for s in sents]
            c2 = [Chunk.model_construct(id=f"{aid}:{h[:8]}:c{n}", article_id=aid, paragraph=c.paragraph,
                                        start=c.start, end=c.end, text=text[c.start:c.end], sentences=c.sentences)
                  for n, c in enumerate(chunks)]
            q2 = [st.model_copy(update={"content": [Span(start=x.start, end=x.end, text=text[x.start:x.end])
                                                    for x in st.content]}) for st in statements]
            index = {(s.start, s.end): j for j, s in enumerate(s2)}
            cv = _mean_rows(sv, [[index[tuple(x)] for x in c.sentences] for c in c2], sv.shape[1])
            if aid in stored:
                resumed["articles"] += 1
                resumed["chunks"] += len(c2)
            else:
                group.append(ArticleRows(a2, tv, s2, sv, c2, cv, q2))
            t2 = time.perf_counter()
            t_synth += t1 - t0
            t_prep += t2 - t1
            totals["articles"] += 1
            totals["sentences"] += len(s2)
            totals["chunks"] += len(c2)
            totals["quotes"] += len(q2)
            if len(group) >= GROUP or totals["chunks"] >= size:
                t3 = time.perf_counter()
                store.write_articles(group)
                t_write += time.perf_counter() - t3
                group = []
                if len(curve) == 0 or totals["chunks"] - curve[-1][0] >= max(size // 20, 1):
                    curve.append((totals["chunks"], round(t_write, 2)))
                    print(f"  {totals['chunks']:>9,} chunks  write {t_write:7.1f} s  prep {t_prep:6.1f} s",
                          file=sys.stderr, flush=True)
        r += 1
    if group:
        t3 = time.perf_counter()
        store.write_articles(group)
        t_write += time.perf_counter() - t3
    curve.append((totals["chunks"], round(t_write, 2)))
    lock.__exit__(None, None, None)
    counts = store.counts()
    print(json.dumps({**totals, "replicas": r, "counts": counts, "resumed_from": resumed, "prep_seconds": round(t_prep, 2),
                      "write_seconds": round(t_write, 2), "synthetic_seconds": round(t_synth, 2),
                      "wall_seconds": round(time.perf_counter() - t_start, 2), "write_curve": curve,
                      "hwm_mb": hwm_mb()}))


def worker_noop(out: Path, size: int) -> None:
    """Child: an incremental ingest with nothing new (repair + hashes: the diffing)."""
    from qabot.ingest import Ingester
    from qabot.store import Store

    t0 = time.perf_counter()
    store = Store(out / f"store-{size}", create=False)
    error = None
    try:
        t1 = time.perf_counter()
        with store.write_lock():  # as `qabot ingest` runs it
            report = Ingester(store, embedder=None, counter=None).run([])
    except Exception as exc:  # chromadb's "too many SQL variables" past ~32k rows a collection
        error = f"{type(exc).__name__}: {exc}"[:200]
        page_gets()
        t1 = time.perf_counter()
        with store.write_lock():
            report = Ingester(store, embedder=None, counter=None).run([])
    t2 = time.perf_counter()
    hashes = store.hashes()
    t3 = time.perf_counter()
    print(json.dumps({"open_seconds": round(t1 - t0, 2), "noop_ingest_seconds": round(t2 - t1, 2),
                      "hashes_seconds": round(t3 - t2, 2), "repaired": report.repaired, "articles": len(hashes), "hwm_mb": hwm_mb(),
                      "unpaged_error": error, "counts": store.counts()}))


# -- 4. ask --------------------------------------------------------------------------------------
class LookupEmbedder:
    """The precomputed vectors; a text not among them is embedded for real, its time noted."""

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self, table: dict) -> None:
        self.table = table
        self.missed_seconds = 0.0
        self.misses = 0
        self._real = None

    def encode(self, texts, batch_size: int = 64, progress=None):
        import numpy as np

        missing = [t for t in texts if t not in self.table]
        if missing:
            t0 = time.perf_counter()
            if self._real is None:
                from qabot.embeddings import make_embedder

                self._real = make_embedder()
            for t, v in zip(missing, self._real.encode(missing)):
                self.table[t] = v
            self.misses += len(missing)
            self.missed_seconds += time.perf_counter() - t0
        return np.asarray([self.table[t] for t in texts], dtype=np.float32).reshape(len(texts), self.dim)


def _questions(out: Path) -> tuple[dict, "LookupEmbedder"]:
    """The timed questions and an embedder that looks their vectors up."""
    import numpy as np

    spec = json.loads((out / "questions.json").read_text())
    return spec, LookupEmbedder(dict(zip(spec["texts"], np.load(out / "qvecs.npy"))))


def worker_prepare(out: Path, size: int) -> None:
    """Child: the first reader after an ingest, which makes the caches (corpus view, speakers,
    vectors) every later reader loads; its time and peak memory (one JSON line)."""
    from qabot.config import load_settings
    from qabot.engine import Engine

    spec, emb = _questions(out)
    t0 = time.perf_counter()
    engine = Engine(load_settings(store=out / f"store-{size}"), embedder=emb)
    engine.index()
    t1 = time.perf_counter()
    engine.speakers()
    t2 = time.perf_counter()
    engine.dense()
    t3 = time.perf_counter()
    print(json.dumps({"corpus_index_seconds": round(t1 - t0, 2), "speaker_index_seconds": round(t2 - t1, 2),
                      "vectors_seconds": round(t3 - t2, 2), "dense": type(engine.dense()).__name__,
                      "seconds": round(t3 - t0, 2), "hwm_mb": hwm_mb()}))


def worker_ask(out: Path, size: int, profile_n: int) -> None:
    """Child: engine start and warm ``Engine.ask`` latency without query embedding (one JSON line);
    run after ``worker_prepare``, so it loads the caches as any later reader does."""
    import cProfile
    import io
    import pstats

    from qabot.config import load_settings
    from qabot.engine import Engine

    spec, emb = _questions(out)
    error = None
    try:
        engine = Engine(load_settings(store=out / f"store-{size}"), embedder=emb)
        engine.index()
        engine.speakers()
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"[:200]
        page_gets()
    t0 = time.perf_counter()
    engine = Engine(load_settings(store=out / f"store-{size}"), embedder=emb)
    engine.index()
    t1 = time.perf_counter()
    engine.speakers()
    t2 = time.perf_counter()
    m = emb.missed_seconds
    engine.ask(WARMUP[0])
    t3 = time.perf_counter() - (emb.missed_seconds - m)
    for q in WARMUP[1:]:
        engine.ask(q)
    rows = []
    for item in spec["questions"]:
        m = emb.missed_seconds
        t = time.perf_counter()
        answer = engine.ask(item["question"])
        ms = (time.perf_counter() - t - (emb.missed_seconds - m)) * 1000
        rows.append({"kind": item["kind"], "ms": ms, "abstained": answer.abstained})
    prof = None
    if profile_n:
        p = cProfile.Profile()
        p.enable()
        for item in spec["questions"][:profile_n]:
            engine.ask(item["question"])
        p.disable()
        s = io.StringIO()
        pstats.Stats(p, stream=s).sort_stats("tottime").print_stats(15)
        prof = s.getvalue()
    ms = [r["ms"] for r in rows]
    kinds = sorted({r["kind"] for r in rows})
    print(json.dumps({
        "corpus_index_seconds": round(t1 - t0, 2), "speaker_index_seconds": round(t2 - t1, 2),
        "first_ask_seconds": round(t3 - t2, 2), "engine_start_seconds": round(t3 - t0, 2),
        "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
        "mean_ms": round(statistics.fmean(ms), 1),
        "by_kind": {k: round(percentile([r["ms"] for r in rows if r["kind"] == k], 50), 1) for k in kinds},
        "abstained": sum(r["abstained"] for r in rows), "embed_misses": emb.misses, "profile": prof,
        "hwm_mb": hwm_mb(), "unpaged_error": error}))


# -- driver --------------------------------------------------------------------------------------
def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_size(out: Path, size: int, noise: float, profile_n: int, reuse: bool = False, resume: bool = False) -> dict:
    me = [PYTHON, str(Path(__file__).resolve())]
    args = ["--out", str(out)]
    print(f"size {size:,}: building", file=sys.stderr, flush=True)
    record = out / f"build-{size}.json"
    if reuse and record.exists() and (out / f"store-{size}").exists():
        b = json.loads(record.read_text())
    else:
        b = run_measured(me + ["_build", str(size), "--noise", str(noise)] + args + (["--resume"] if resume else []))
        sys.stderr.write(b["stderr"][-2000:])
        record.write_text(json.dumps(b))
    build = last_json(b["stdout"])
    build["peak_rss_mb"] = build["hwm_mb"]
    disk = du(out / f"store-{size}")
    print(f"size {size:,}: no-op ingest", file=sys.stderr, flush=True)
    n = run_measured(me + ["_noop", str(size)] + args)
    noop = last_json(n["stdout"])
    noop["peak_rss_mb"] = noop["hwm_mb"]
    print(f"size {size:,}: first reader (makes the caches)", file=sys.stderr, flush=True)
    f = run_measured(me + ["_prepare", str(size)] + args)
    first = last_json(f["stdout"])
    print(f"size {size:,}: asking", file=sys.stderr, flush=True)
    a = run_measured(me + ["_ask", str(size), "--profile", str(profile_n)] + args)
    ask = last_json(a["stdout"])
    ask["peak_rss_mb"] = ask["hwm_mb"]
    return {"size": size, "build": build, "noop": noop, "first_reader": first, "ask": ask,
            "disk_mb": round(disk / 1e6), "cache_mb": round(du(out / f"store-{size}" / "cache") / 1e6)}


COLUMNS = [
    ("chunks", lambda r: r["build"]["chunks"], "{:,}"),
    ("articles", lambda r: r["build"]["articles"], "{:,}"),
    ("sentences", lambda r: r["build"]["sentences"], "{:,}"),
    ("quotes", lambda r: r["build"]["quotes"], "{:,}"),
    ("prep s", lambda r: r["build"]["prep_seconds"], "{:.1f}"),
    ("write s", lambda r: r["build"]["write_seconds"], "{:.1f}"),
    ("build RSS MB", lambda r: r["build"]["peak_rss_mb"], "{:,}"),
    ("no-op ingest s", lambda r: r["noop"]["noop_ingest_seconds"], "{:.2f}"),
    ("no-op RSS MB", lambda r: r["noop"]["peak_rss_mb"], "{:,}"),
    ("first reader s (makes caches)", lambda r: r.get("first_reader", {}).get("seconds", 0), "{:.1f}"),
    ("first reader RSS MB", lambda r: r.get("first_reader", {}).get("hwm_mb", 0), "{:,}"),
    ("CorpusIndex s", lambda r: r["ask"]["corpus_index_seconds"], "{:.2f}"),
    ("SpeakerIndex s", lambda r: r["ask"]["speaker_index_seconds"], "{:.2f}"),
    ("first ask s", lambda r: r["ask"]["first_ask_seconds"], "{:.2f}"),
    ("ask p50 ms", lambda r: r["ask"]["p50_ms"], "{:.1f}"),
    ("ask p95 ms", lambda r: r["ask"]["p95_ms"], "{:.1f}"),
    ("ask RSS MB", lambda r: r["ask"]["peak_rss_mb"], "{:,}"),
    ("disk MB", lambda r: r["disk_mb"], "{:,}"),
    ("of which caches MB", lambda r: r.get("cache_mb", 0), "{:,}"),
]


def print_table(results: list[dict]) -> None:
    head = "| measure | " + " | ".join(f"{r['build']['chunks']:,} chunks" for r in results)
    growth = [f"x{results[i]['size'] // results[i - 1]['size']} growth" for i in range(1, len(results))]
    print(head + "".join(f" | {g}" for g in growth) + " |")
    print("|---" * (1 + len(results) + len(growth)) + "|")
    for name, get, fmt in COLUMNS[1:]:
        vals = [get(r) for r in results]
        cells = [fmt.format(v) for v in vals]
        ratios = []
        for i in range(1, len(results)):
            scale = results[i]["build"]["chunks"] / results[i - 1]["build"]["chunks"]
            ratios.append(f"{vals[i] / vals[i - 1]:.1f}x" if vals[i - 1] else "-")
            del scale
        print(f"| {name} | " + " | ".join(cells) + "".join(f" | {x}" for x in ratios) + " |")
    for r in results:
        print(f"\n{r['build']['chunks']:,} chunks: ask p50 by kind {r['ask']['by_kind']}, "
              f"abstained {r['ask']['abstained']}, embedding misses {r['ask']['embed_misses']}, "
              f"write curve (chunks, cumulative write s) {r['build']['write_curve']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("worker", nargs="?", choices=["_build", "_noop", "_prepare", "_ask"])
    ap.add_argument("size", nargs="?", type=int)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--budget-min", type=float, default=20.0, help="largest size only if its build fits")
    ap.add_argument("--noise", type=float, default=0.01)
    ap.add_argument("-n", type=int, default=100, help="questions timed")
    ap.add_argument("--profile", type=int, default=30, help="questions run under cProfile (0: none)")
    ap.add_argument("--json")
    ap.add_argument("--reuse", action="store_true", help="keep a store already built (build-<size>.json)")
    ap.add_argument("--resume", action="store_true", help="finish a store whose build was stopped")
    ap.add_argument("--print", dest="print_file", help="print the table of a --json file again")
    a = ap.parse_args()
    if a.worker == "_build":
        return worker_build(a.out, a.size, a.noise, a.resume)
    if a.worker == "_noop":
        return worker_noop(a.out, a.size)
    if a.worker == "_prepare":
        return worker_prepare(a.out, a.size)
    if a.worker == "_ask":
        return worker_ask(a.out, a.size, a.profile)
    if a.print_file:
        return print_table(json.loads(Path(a.print_file).read_text())["results"])
    a.out.mkdir(parents=True, exist_ok=True)
    info = machine()
    t = time.perf_counter()
    base = prepare(a.out, a.n)
    print(f"base: {base} ({time.perf_counter() - t:.0f} s)", file=sys.stderr, flush=True)
    sizes = [int(s) for s in a.sizes.split(",")]
    results, skipped = [], []
    for size in sizes:
        if len(results) >= 2 and size > results[-1]["size"]:
            prev, last = results[-2], results[-1]
            f = size / last["size"]
            t_last = last["build"]["prep_seconds"] + last["build"]["write_seconds"]
            t_prev = prev["build"]["prep_seconds"] + prev["build"]["write_seconds"]
            # extrapolate with the growth measured between the last two sizes
            per_10x = (t_last / t_prev) if t_prev else f
            est = t_last * per_10x ** (len(str(int(f))) - 1)
            disk = last["disk_mb"] * f
            free = shutil.disk_usage(a.out).free / 1e6
            if est > a.budget_min * 60 or disk > 0.5 * free:
                msg = (f"skipped {size:,} chunks: build estimated {est / 60:.0f} min "
                       f"(budget {a.budget_min:.0f}), disk ~{disk / 1e3:.1f} GB of {free / 1e3:.0f} GB free")
                print(msg, file=sys.stderr, flush=True)
                skipped.append({"size": size, "estimated_build_seconds": round(est), "estimated_disk_mb": round(disk),
                                "reason": msg})
                continue
        results.append(run_size(a.out, size, a.noise, a.profile, a.reuse, a.resume))
        write_json(a.json, {"machine": info, "base": base, "results": results, "skipped": skipped})
    print(f"base corpus: {base}")
    for r in results:
        for part in ("noop", "ask"):
            if r[part].get("unpaged_error"):
                print(f"{r['build']['chunks']:,} chunks, {part}: FAILED unpaged ({r[part]['unpaged_error']}); "
                      "figures below are with whole-collection gets paged (page_gets)")
    print_table(results)
    for s in skipped:
        print(s["reason"])
    for r in results:
        if r["ask"].get("profile"):
            print(f"\n--- cProfile, {r['build']['chunks']:,} chunks, {a.profile} asks, by own time ---")
            print("\n".join(r["ask"]["profile"].splitlines()[:30]))
    write_json(a.json, {"machine": info, "base": base, "results": results, "skipped": skipped})


if __name__ == "__main__":
    main()
