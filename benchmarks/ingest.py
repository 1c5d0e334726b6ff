"""Ingest benchmark (issue 2): qabot's ingest against the bare model encoding the same texts.

    .venv/bin/python benchmarks/ingest.py [--corpus DIR] [--store DIR] [--json FILE]

1. ``qabot --store STORE ingest CORPUS --json`` runs in a child process into a fresh store:
   its wall time (process start to exit), the engine's own ingest seconds, articles per
   second, and the child's peak RSS (``ru_maxrss`` from ``wait4``).
2. In the same run, another child collects the texts qabot embeds with qabot's own chunking
   (``article_sentences(article, counter)``: every sentence of every body paragraph, cut to the
   model's window; plus each article's title, which the ingest embeds too) and times ``SentenceTransformer.encode`` on them alone, the bare model.
   The ratio pipeline / bare is the pipeline's overhead (reading, layout, chunking, quote
   extraction, Chroma writes, BM25 and quote indexes), target <= 1.5.
3. Tokens embedded against tokens in the articles, counted with the model's tokenizer, and
   the share of body characters covered by embedded sentences: nothing is cut off.

Not for CI: on the 2-core reference machine the train split (840 articles) takes minutes.
Default corpus: ../shared/eval/polnear/train/text. The default store is a fresh temporary
folder, deleted afterwards unless ``--keep`` (``--store DIR`` keeps it for ``ask.py --store``).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (PYTHON, QABOT, TRAIN, last_json, machine, run_measured,  # noqa: E402
                     write_json)

TARGET_RATIO = 1.5


def collect(corpus: Path):
    """The articles under ``corpus`` and, for each, the sentences qabot embeds."""
    from qabot.chunking import TokenCounter, article_sentences
    from qabot.embeddings import model_dir
    from qabot.errors import ReadError
    from qabot.readers import iter_sources, read_path

    counter = TokenCounter(model_dir())
    out = []
    for src in iter_sources([corpus]):
        if isinstance(src, ReadError):
            continue
        try:
            articles = read_path(src)
        except ReadError:
            continue
        for art in articles:
            out.append((art, article_sentences(art, counter)))
    return counter, out


def token_stats(counter, items) -> dict:
    """Word pieces in the articles and in what is embedded, and how much of the body is covered."""
    texts = [s.text for _, sents in items for s in sents]
    per_sentence = counter.count(texts)
    body_tokens = 0
    body_chars = covered_chars = 0
    for art, sents in items:
        body_tokens += sum(counter.count([art.text[p.start:p.end] for p in art.paragraphs]))
        mask = bytearray(len(art.text))
        for s in sents:
            mask[s.start:s.end] = b"\x01" * (s.end - s.start)
        for p in art.paragraphs:
            for i in range(p.start, p.end):
                if not art.text[i].isspace():
                    body_chars += 1
                    covered_chars += mask[i]
    return {
        "articles": len(items),
        "texts_embedded": len(texts) + len(items),
        "sentences_embedded": len(texts),
        "tokens_in_articles_whole_text": sum(counter.count([a.text for a, _ in items])),
        "tokens_in_article_bodies": body_tokens,
        "tokens_embedded": sum(min(n, counter.limit) for n in per_sentence),
        "tokens_embedded_titles": sum(min(n, counter.limit) for n in counter.count([a.title for a, _ in items])),
        "tokens_cut_by_the_model": sum(max(0, n - counter.limit) for n in per_sentence),
        "texts_over_window": sum(n > counter.limit for n in per_sentence),
        "window": counter.window,
        "longest_text_tokens": max(per_sentence, default=0),
        "body_chars_non_space": body_chars,
        "body_chars_embedded_share": round(covered_chars / body_chars, 6) if body_chars else None,
    }


def worker_bare(corpus: Path, batch_size: int, threads: int | None) -> None:
    """Child process: the bare model on the texts qabot embeds (prints one JSON line)."""
    t0 = time.perf_counter()
    counter, items = collect(corpus)
    # what Ingester.run embeds: every sentence, then each article's title (retrieval context)
    texts = [s.text for _, sents in items for s in sents] + [art.title for art, _ in items]
    collect_s = time.perf_counter() - t0
    stats = token_stats(counter, items)
    t1 = time.perf_counter()
    import torch
    from sentence_transformers import SentenceTransformer

    from qabot.embeddings import model_dir

    if threads:
        torch.set_num_threads(threads)
    model = SentenceTransformer(str(model_dir()), device="cpu")
    model.encode(["warm up"], show_progress_bar=False)
    load_s = time.perf_counter() - t1
    t2, c2 = time.perf_counter(), time.process_time()
    vecs = model.encode(texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                        show_progress_bar=False)
    encode_s, encode_cpu = time.perf_counter() - t2, time.process_time() - c2
    print(json.dumps({"collect_seconds": collect_s, "import_and_load_seconds": load_s,
                      "encode_seconds": encode_s, "encode_cpu_seconds": encode_cpu, "vectors": int(vecs.shape[0]),
                      "torch_threads": torch.get_num_threads(), "batch_size": batch_size, **stats}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=TRAIN)
    ap.add_argument("--store", type=Path, default=None, help="fresh store folder to build (kept)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary store")
    ap.add_argument("--batch-size", type=int, default=64, help="bare model's batch size (sentence-transformers' usual 64; qabot's int8 default is 16)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads of the bare model (default: torch's)")
    ap.add_argument("--skip-bare", action="store_true")
    ap.add_argument("--json", dest="json_out", default=None, help="also write the results to this file")
    ap.add_argument("--worker", choices=["bare"], help=argparse.SUPPRESS)
    ap.add_argument("--print", dest="print_json", default=None, help="print the table of a --json file and exit")
    args = ap.parse_args()
    if args.print_json:
        print_table(json.loads(Path(args.print_json).read_text()))
        return
    if args.worker == "bare":
        worker_bare(args.corpus, args.batch_size, args.threads)
        return

    tmp = None
    if args.store is None:
        tmp = Path(tempfile.mkdtemp(prefix="qabot-bench-ingest-"))
        store = tmp / "store"
    else:
        store = args.store
        if store.exists() and any(store.iterdir()):
            sys.exit(f"{store} is not empty: the ingest benchmark needs a fresh store")
    result: dict = {"corpus": str(args.corpus), "store": str(store), "machine": machine()}
    try:
        print(f"ingesting {args.corpus} into {store} ...", file=sys.stderr, flush=True)
        run = run_measured([QABOT, "--store", str(store), "ingest", str(args.corpus), "--json"])
        report = last_json(run["stdout"])
        articles = report["new"] + report["updated"] + report["unchanged"]
        result["pipeline"] = {
            "command": f"qabot --store {store} ingest {args.corpus} --json",
            "process_wall_seconds": round(run["seconds"], 2),
            "process_cpu_seconds": round(run["cpu_seconds"], 1),
            "ingest_seconds": report["seconds"],
            "articles": articles, "failed": report["failed"],
            "articles_per_second": round(articles / report["seconds"], 3),
            "sentences": report["sentences"], "chunks": report["chunks"], "quotes": report["quotes"],
            "peak_rss_mb": round(run["peak_rss_mb"], 1),
        }
        print(json.dumps(result["pipeline"]), file=sys.stderr, flush=True)
        if not args.skip_bare:
            print("bare model on the same texts ...", file=sys.stderr, flush=True)
            cmd = [PYTHON, __file__, "--worker", "bare", "--corpus", str(args.corpus),
                   "--batch-size", str(args.batch_size)] + (["--threads", str(args.threads)] if args.threads else [])
            bare_run = run_measured(cmd)
            bare = last_json(bare_run["stdout"])
            bare["peak_rss_mb"] = round(bare_run["peak_rss_mb"], 1)
            tokens = {k: bare.pop(k) for k in list(bare) if k.startswith(("tokens", "texts", "body", "window", "longest"))}
            result["bare"] = {k: (round(v, 2) if isinstance(v, float) else v) for k, v in bare.items()}
            result["tokens"] = tokens
            ratio = report["seconds"] / bare["encode_seconds"]
            result["ratio_pipeline_over_bare"] = round(ratio, 3)
            # CPU seconds are steadier than wall time when other work shares the machine; the
            # pipeline's include its start-up (imports, model load: ~10 s), so this ratio is a bit high
            result["ratio_cpu_pipeline_process_over_bare_encode"] = round(
                run["cpu_seconds"] / bare["encode_cpu_seconds"], 3)
            result["ratio_pipeline_over_bare_incl_model_load"] = round(
                report["seconds"] / (bare["encode_seconds"] + bare["import_and_load_seconds"]), 3)
            result["bare_tokens_per_second"] = round(
                (tokens["tokens_embedded"] + tokens.get("tokens_embedded_titles", 0)) / bare["encode_seconds"], 1)
            result["target_ratio"] = TARGET_RATIO
            result["ratio_ok"] = ratio <= TARGET_RATIO
    finally:
        if tmp is not None and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    write_json(args.json_out, result)
    print_table(result)


def print_table(r: dict) -> None:
    p = r["pipeline"]
    lines = [
        f"corpus: {r['corpus']}",
        f"qabot ingest: {p['articles']} articles in {p['ingest_seconds']:.1f} s "
        f"({p['articles_per_second']:.2f} articles/s; process wall {p['process_wall_seconds']:.1f} s), "
        f"{p['sentences']} sentences, {p['chunks']} chunks, {p['quotes']} quotes; peak RSS {p['peak_rss_mb']:.0f} MB",
    ]
    if "bare" in r:
        b, t = r["bare"], r["tokens"]
        lines += [
            f"bare SentenceTransformer.encode, same {b['vectors']} texts (batch {b['batch_size']}, "
            f"{b['torch_threads']} threads): {b['encode_seconds']:.1f} s "
            f"(+{b['import_and_load_seconds']:.1f} s import and load); {r['bare_tokens_per_second']:.0f} tokens/s; "
            f"peak RSS {b['peak_rss_mb']:.0f} MB",
            f"ratio pipeline / bare encode: {r['ratio_pipeline_over_bare']:.2f} "
            f"(target <= {r['target_ratio']}: {'OK' if r['ratio_ok'] else 'MISSED'}); "
            f"counting the model load on the bare side: {r['ratio_pipeline_over_bare_incl_model_load']:.2f}; "
            f"in CPU seconds (whole ingest process / bare encode): "
            f"{r.get('ratio_cpu_pipeline_process_over_bare_encode', float('nan')):.2f}",
            f"tokens: {t['tokens_embedded']:,} embedded in sentences (+{t.get('tokens_embedded_titles', 0):,} in titles); "
            f"{t['tokens_in_article_bodies']:,} in the article bodies "
            f"({t['tokens_in_articles_whole_text']:,} in the whole files, titles and bylines included); "
            f"cut by the model's {t['window']}-token window: {t['tokens_cut_by_the_model']} "
            f"({t['texts_over_window']} texts over it; longest {t['longest_text_tokens']}); "
            f"body characters embedded: {100 * t['body_chars_embedded_share']:.2f}%",
        ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
