"""Ask benchmark (issue 2): warm ``ask`` latency, cold ``qabot ask`` start, peak memory.

    .venv/bin/python benchmarks/ask.py [--store DIR] [-n 200] [--cold-runs 5] [--json FILE]

The store is one built from ../shared/eval/polnear/train (840 articles): pass the one
``benchmarks/ingest.py --store DIR`` built, or leave ``--store`` out to build a fresh one first.

Questions (``-n``, default 200) are generated from the corpus's own annotations, none written by
hand, with ``random.Random(seed)`` (default 0):
- half are article titles from ``metadata.tsv`` (train rows), asked as they are: open questions
  that go through retrieval and quote selection;
- half are "What did <speaker> say about <topic>?", where <speaker> is a named source of an
  annotated attribution (PolNeAR's ``.ann`` files, pronouns and "who"/"which" left out) and
  <topic> the first five words of that attribution's content: the speaker look-up path.

Measured:
- warm latency: one child process opens the engine, answers 5 warm-up questions (not timed),
  then times ``Engine.ask`` on each question (query embedding, retrieval, quote selection,
  speaker attribution); p50, p95, mean, max, per kind; its peak RSS;
- the same questions through ``qabot ask --json -`` (one process, the CLI's batch mode): wall time;
- cold start: ``qabot --store DIR ask "<question>"`` from process start to exit (the answer is
  printed just before), ``--cold-runs`` times, median; the peak RSS of that process.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (ATTRIBUTIONS, METADATA, PYTHON, QABOT, TRAIN, last_json, machine,  # noqa: E402
                     percentile, run_measured, write_json)

TARGET_P50_MS = 60.0
TARGET_COLD_S = 8.0
_NOT_NAMES = frozenset("""he she they it i we you who which that this his her its their them one
    someone some many others other people critics officials sources experts reports report""".split())
# left out of topics, so a topic is words that carry meaning ("the epidemic was one" -> "epidemic")
_STOP = frozenset("""the a an and or but that this these those was were is are be been being has have had
    not for with from into onto about over than then there their they them his her its our your
    who whom which what when where why how would could should will can may might must shall just
    also very more most some any all such only own same so too out off again further once here
    said says say he she it we you i me him us my mr mrs ms""".split())


def title_questions(metadata: Path) -> list[tuple[str, str]]:
    """(title, article file stem) of each train article."""
    out = []
    lines = metadata.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(head, line.split("\t")))
        if row.get("compartment") == "train" and row.get("title"):
            out.append((row["title"].strip(), row["filename"]))
    return out


def speaker_questions(folder: Path) -> list[tuple[str, str]]:
    """("What did <source> say about <topic>?", article file stem) for named sources."""
    out = []
    for ann in sorted(folder.glob("*.ann")):
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 3:
                spans[parts[0]] = (parts[1].split()[0], parts[2])
            elif line.startswith("E") and len(parts) >= 2:
                events.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
        for ev in events:
            src, content = spans.get(ev.get("Source", ""), (None, "")), spans.get(ev.get("Content", ""), (None, ""))
            name = re.sub(r"['’]s$", "", " ".join(src[1].split()))
            words = [w for w in re.findall(r"[A-Za-z][\w'’-]+", content[1]) if w.lower() not in _STOP]
            if (not name or len(name.split()) > 3 or name.lower() in _NOT_NAMES
                    or not all(re.match(r"[A-Z]", w) for w in name.split()) or len(words) < 3):
                continue
            stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
            out.append((f"What did {name} say about {' '.join(words[:4])}?", stem))
    return out


def make_questions(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    titles = title_questions(METADATA)
    speakers = speaker_questions(ATTRIBUTIONS)
    picked = ([{"kind": "title", "question": q, "article": a} for q, a in rng.sample(titles, n // 2)]
              + [{"kind": "speaker", "question": q, "article": a} for q, a in rng.sample(speakers, n - n // 2)])
    rng.shuffle(picked)
    return picked


def worker_warm(store: Path, questions_file: Path) -> None:
    """Child process: warm ``Engine.ask`` latency over the questions (prints one JSON line)."""
    from qabot.config import load_settings
    from qabot.engine import Engine

    items = json.loads(questions_file.read_text())
    t0 = time.perf_counter()
    engine = Engine(load_settings(store=store))
    for q in ("What happened?", "Who won the debate?", "What did Trump say about Mexico?",
              "What did Hillary Clinton say about emails?", "Why did the campaign change its strategy?"):
        engine.ask(q)
    warmup_s = time.perf_counter() - t0
    rows = []
    for item in items:
        t = time.perf_counter()
        answer = engine.ask(item["question"])
        ms = (time.perf_counter() - t) * 1000
        top = answer.quotes[0].article.path if answer.quotes else ""
        rows.append({"kind": item["kind"], "ms": ms, "abstained": answer.abstained,
                     "quotes": len(answer.quotes), "top_from_source_article": Path(top).stem == item["article"]})
    print(json.dumps({"warmup_seconds": warmup_s, "rows": rows}))


def summary(ms: list[float]) -> dict:
    return {"n": len(ms), "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
            "mean_ms": round(statistics.fmean(ms), 1), "max_ms": round(max(ms), 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, default=None, help="a store built from the train split")
    ap.add_argument("--corpus", type=Path, default=TRAIN, help="ingested first when --store is not given")
    ap.add_argument("-n", type=int, default=200, help="questions")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--no-batch", action="store_true", help="skip the `qabot ask --json -` run")
    ap.add_argument("--json", dest="json_out", default=None, help="also write the results to this file")
    ap.add_argument("--worker", choices=["warm"], help=argparse.SUPPRESS)
    ap.add_argument("--questions", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker == "warm":
        worker_warm(args.store, args.questions)
        return

    tmp = Path(tempfile.mkdtemp(prefix="qabot-bench-ask-"))
    store = args.store
    result: dict = {"machine": machine()}
    if store is None:
        store = tmp / "store"
        print(f"building a store from {args.corpus} (minutes) ...", file=sys.stderr, flush=True)
        built = run_measured([QABOT, "--store", str(store), "ingest", str(args.corpus), "--json"])
        result["ingest_seconds"] = round(built["seconds"], 1)
    stats = last_json(run_measured([QABOT, "--store", str(store), "stats", "--json"])["stdout"])
    result["store"] = {k: stats.get(k) for k in ("store", "articles", "chunks", "sentences", "quotes")}

    items = make_questions(args.n, args.seed)
    qfile = tmp / "questions.json"
    qfile.write_text(json.dumps(items))
    result["questions"] = {"n": len(items), "seed": args.seed,
                           "kinds": {k: sum(i["kind"] == k for i in items) for k in ("title", "speaker")},
                           "examples": [i["question"] for i in items[:6]]}

    print(f"warm latency over {len(items)} questions ...", file=sys.stderr, flush=True)
    warm_run = run_measured([PYTHON, __file__, "--worker", "warm", "--store", str(store), "--questions", str(qfile)])
    warm = last_json(warm_run["stdout"])
    rows = warm["rows"]
    result["warm"] = {
        **summary([r["ms"] for r in rows]),
        "by_kind": {k: summary([r["ms"] for r in rows if r["kind"] == k]) for k in ("title", "speaker")},
        "abstained": sum(r["abstained"] for r in rows),
        "top_quote_from_the_questions_article": {
            k: round(statistics.fmean(r["top_from_source_article"] for r in rows if r["kind"] == k), 3)
            for k in ("title", "speaker")},
        "open_and_warm_up_seconds": round(warm["warmup_seconds"], 2),
        "peak_rss_mb": round(warm_run["peak_rss_mb"], 1),
        "target_p50_ms": TARGET_P50_MS,
        "p50_ok": percentile([r["ms"] for r in rows], 50) <= TARGET_P50_MS,
    }

    if not args.no_batch:
        print("batch mode: qabot ask --json - ...", file=sys.stderr, flush=True)
        text = "".join(i["question"] + "\n" for i in items)
        batch = run_measured([QABOT, "--store", str(store), "ask", "--json", "-"], stdin=text)
        answered = sum(1 for line in batch["stdout"].splitlines() if line.startswith("{"))
        result["batch_cli"] = {"command": "qabot --store STORE ask --json - < questions", "questions": answered,
                               "wall_seconds": round(batch["seconds"], 2), "peak_rss_mb": round(batch["peak_rss_mb"], 1)}

    question = items[0]["question"]
    print(f"cold start x{args.cold_runs}: qabot ask {question!r} ...", file=sys.stderr, flush=True)
    cold = []
    for _ in range(args.cold_runs):
        run = run_measured([QABOT, "--store", str(store), "ask", question])
        if not run["stdout"].strip():
            raise RuntimeError("qabot ask printed nothing")
        cold.append(run)
    secs = [c["seconds"] for c in cold]
    result["cold"] = {"command": f"qabot --store STORE ask {question!r}", "runs_seconds": [round(s, 2) for s in secs],
                      "median_seconds": round(statistics.median(secs), 2),
                      "peak_rss_mb": round(max(c["peak_rss_mb"] for c in cold), 1),
                      "target_seconds": TARGET_COLD_S, "ok": statistics.median(secs) <= TARGET_COLD_S}
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    write_json(args.json_out, result)
    print_table(result)


def print_table(r: dict) -> None:
    w, c, s, q = r["warm"], r["cold"], r["store"], r["questions"]
    lines = [
        f"store: {s['store']} ({s['articles']} articles, {s['sentences']} sentences, {s['chunks']} chunks, "
        f"{s['quotes']} quotes)",
        f"questions: {q['n']} generated (seed {q['seed']}): {q['kinds']['title']} article titles, "
        f"{q['kinds']['speaker']} 'What did <speaker> say about <topic>?'",
        f"warm ask: p50 {w['p50_ms']:.1f} ms, p95 {w['p95_ms']:.1f} ms, mean {w['mean_ms']:.1f} ms, max {w['max_ms']:.0f} ms "
        f"(target p50 <= {w['target_p50_ms']:.0f} ms: {'OK' if w['p50_ok'] else 'MISSED'}); "
        f"titles p50 {w['by_kind']['title']['p50_ms']:.1f} / p95 {w['by_kind']['title']['p95_ms']:.1f} ms, "
        f"speakers p50 {w['by_kind']['speaker']['p50_ms']:.1f} / p95 {w['by_kind']['speaker']['p95_ms']:.1f} ms",
        f"  top quote from the question's own article: titles {w['top_quote_from_the_questions_article']['title']:.0%}, "
        f"speakers {w['top_quote_from_the_questions_article']['speaker']:.0%}; abstained {w['abstained']}; "
        f"open + warm-up {w['open_and_warm_up_seconds']:.1f} s; peak RSS {w['peak_rss_mb']:.0f} MB",
    ]
    if "batch_cli" in r:
        b = r["batch_cli"]
        lines.append(f"batch CLI (qabot ask --json -): {b['questions']} questions in {b['wall_seconds']:.1f} s "
                     f"including start-up; peak RSS {b['peak_rss_mb']:.0f} MB")
    lines.append(f"cold qabot ask: median {c['median_seconds']:.2f} s over {len(c['runs_seconds'])} runs "
                 f"{c['runs_seconds']} (target <= {c['target_seconds']:.0f} s: {'OK' if c['ok'] else 'MISSED'}); "
                 f"peak RSS {c['peak_rss_mb']:.0f} MB")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
