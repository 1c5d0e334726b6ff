"""Fit the abstention threshold on data, and report its precision and recall.

A store holds half of the SQuAD articles, the PolNeAR dev articles and the seed-like fixture.
Questions: SQuAD questions of the ingested half (answerable) and of the other half
(unanswerable, though many of their words are in the store), plus benchmarks/data/seed_questions.jsonl
(answerable questions about the seed article and near misses such as "What did Angela Merkel say
about encryption?"). For every threshold on the best candidate's score it prints abstention
precision and recall and the share of answerable questions lost.

    .venv/bin/python benchmarks/abstention.py --store /tmp/abst-store
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"

from qabot.config import Settings  # noqa: E402
from qabot.engine import Engine  # noqa: E402
from qabot.evaluation import contains  # noqa: E402


def build(store: Path) -> set[str]:
    arts = sorted((EVAL / "squad" / "articles").glob("*.txt"))
    half = arts[::2]
    engine = Engine(Settings(store=store))
    if engine.store().counts()["articles"] == 0:
        src = Path(tempfile.mkdtemp())
        for a in half:
            shutil.copy(a, src / a.name)
        shutil.copy(ROOT / "tests" / "fixtures" / "westminster_whatsapp.txt", src)
        engine.ingest([src, EVAL / "polnear" / "dev" / "text"])
    return {a.stem for a in half}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, default=Path("/tmp/qabot-abstention-store"))
    ap.add_argument("-n", type=int, default=800)
    ap.add_argument("--step", type=float, default=0.05, help="threshold step of the table")
    args = ap.parse_args()
    present = build(args.store)
    engine = Engine(Settings(store=args.store, abstain_threshold=-1e9))
    squad = [json.loads(x) for x in open(EVAL / "squad" / "qa.jsonl")]
    random.Random(0).shuffle(squad)
    items = [{"question": q["question"], "answers": q["answers"], "abstain": q["article"] not in present,
              "set": "squad"} for q in squad[: args.n]]
    for line in open(ROOT / "benchmarks" / "data" / "seed_questions.jsonl"):
        d = json.loads(line)
        items.append({"question": d["question"], "answers": d.get("expect", []),
                      "abstain": d.get("abstain", False), "set": "seed"})
    rows = []
    for it in items:
        ans = engine.ask(it["question"])
        top = ans.quotes[0] if ans.quotes else None
        # the score the engine decides on (the top quote's may include what only reorders answers)
        score = ans.confidence if ans.confidence is not None else (top.score if top else -1.0)
        rows.append({"set": it["set"], "gold": it["abstain"], "score": score,
                     "forced": bool(ans.abstained),
                     "right": bool(top) and contains(top.text, it["answers"])})
    scores = np.array([r["score"] for r in rows])
    gold = np.array([r["gold"] for r in rows])
    forced = np.array([r["forced"] for r in rows])
    print(f"{len(rows)} questions: {int(gold.sum())} unanswerable; "
          f"{int(forced.sum())} abstained whatever the threshold (unknown names)")
    print("threshold  abst_P  abst_R  answerable_lost  seed_abst_R  seed_lost")
    seed = np.array([r["set"] == "seed" for r in rows])
    for t in np.arange(0.3, 1.21, args.step):
        abst = forced | (scores < t)
        tp = (abst & gold).sum()
        p = tp / abst.sum() if abst.sum() else 1.0
        r = tp / gold.sum()
        lost = (abst & ~gold).sum() / (~gold).sum()
        s_r = (abst & gold & seed).sum() / max(1, (gold & seed).sum())
        s_l = (abst & ~gold & seed).sum() / max(1, (~gold & seed).sum())
        print(f"{t:9.2f}  {p:6.3f}  {r:6.3f}  {lost:15.3f}  {s_r:11.3f}  {s_l:9.3f}")


if __name__ == "__main__":
    main()
