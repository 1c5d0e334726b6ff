"""Fit the retrieval feature weights on SQuAD questions, with held-out articles.

Builds (or reuses) a store of ../shared/eval/squad/articles, dumps every candidate sentence's
features for N questions, then searches the weights on the questions of half the articles and
reports recall@1 of the best sentence on the other half (and the reverse), so the chosen weights
are judged on articles they were not fitted on.

    .venv/bin/python benchmarks/tune.py --store /tmp/squad-store -n 1000
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SQUAD = ROOT.parent / "shared" / "eval" / "squad"

from qabot.config import Settings  # noqa: E402
from qabot.engine import Engine  # noqa: E402
from qabot.evaluation import contains  # noqa: E402
from qabot.retrieval import Retriever  # noqa: E402

FEATURES = ["cos", "chunk_cos", "bm25", "title_cos", "type_bonus", "type_strong", "coverage", "idf_coverage",
            "ctx_coverage", "missing"]
# the name of each feature's weight in ``qabot.retrieval.WEIGHTS``
WEIGHT_NAMES = {"type_bonus": "type"}


def dump(engine: Engine, items: list[dict]) -> list[dict]:
    index = engine.index()
    retriever = Retriever(engine.dense(), index, n_dense=60, n_chunks=30, n_lexical=60)
    out = []
    for it in items:
        qvec = engine.embedder.encode([it["question"]])[0]
        cands = retriever.search(it["question"], qvec)
        feats = np.array([[getattr(c, f) for f in FEATURES] for c in cands], dtype=np.float32)
        hit = np.array([contains(index.text(c.row), it["answers"]) for c in cands])
        out.append({"article": it["article"], "x": feats, "y": hit})
    return out


def recall_at_1(rows: list[dict], w: np.ndarray) -> float:
    """Share of questions whose best-scored candidate holds the answer (all rows at once: the
    grid has thousands of weightings)."""
    key = id(rows)
    if _STACK.get("key") != key:
        kept = [r for r in rows if len(r["x"])]
        _STACK.update(key=key, x=np.concatenate([r["x"] for r in kept]), y=np.concatenate([r["y"] for r in kept]),
                      starts=np.cumsum([0] + [len(r["x"]) for r in kept[:-1]]),
                      lengths=np.array([len(r["x"]) for r in kept]))
    x, y, starts, lengths = _STACK["x"], _STACK["y"], _STACK["starts"], _STACK["lengths"]
    s = x @ w
    top = np.repeat(np.maximum.reduceat(s, starts), lengths)
    # the first best candidate of each question, as argmax would take it
    first = np.minimum.reduceat(np.where(s == top, np.arange(len(s)), len(s)), starts)
    return float(y[first].sum()) / len(rows)


_STACK: dict = {}


def search(rows: list[dict]) -> tuple[np.ndarray, float]:
    grid = {
        "cos": [1.0],
        "chunk_cos": [0.15, 0.25, 0.35],
        "bm25": [0.05, 0.15, 0.25],
        "title_cos": [0.0, 0.1],
        "type_bonus": [0.0, 0.04],
        "type_strong": [0.04, 0.1, 0.2],
        "coverage": [0.0],
        "idf_coverage": [0.3, 0.5, 0.7, 0.9],
        "ctx_coverage": [0.0, 0.1, 0.2, 0.3],
        "missing": [-0.1, -0.2],
    }
    best, best_w = -1.0, None
    for combo in itertools.product(*(grid[f] for f in FEATURES)):
        w = np.array(combo, dtype=np.float32)
        r = recall_at_1(rows, w)
        if r > best:
            best, best_w = r, w
    return best_w, best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, default=Path("/tmp/qabot-squad-store"))
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    engine = Engine(Settings(store=args.store))
    if engine.store().counts()["articles"] == 0:
        engine.ingest([SQUAD / "articles"])
    items = [json.loads(line) for line in open(SQUAD / "qa.jsonl")]
    random.Random(args.seed).shuffle(items)
    items = items[: args.n]
    rows = dump(engine, items)
    sys.stdout.reconfigure(line_buffering=True)
    titles = sorted({r["article"] for r in rows})
    half = set(titles[::2])
    folds = [[r for r in rows if r["article"] in half], [r for r in rows if r["article"] not in half]]
    from qabot.retrieval import WEIGHTS
    current = np.array([WEIGHTS[WEIGHT_NAMES.get(f, f)] for f in FEATURES], dtype=np.float32)
    # the answer type also ranks by a second weight that abstention leaves out
    current[FEATURES.index("type_strong")] += WEIGHTS["type_rank"]
    print(f"current weights {dict(zip(FEATURES, current.tolist()))}: recall@1 {recall_at_1(rows, current):.4f}")
    print(f"cosine only: recall@1 {recall_at_1(rows, np.eye(len(FEATURES), dtype=np.float32)[0]):.4f}")
    for i, (fit, held) in enumerate([(folds[0], folds[1]), (folds[1], folds[0])]):
        w, r = search(fit)
        print(f"fold {i}: fitted {dict(zip(FEATURES, w.tolist()))} recall@1 fit {r:.4f} held-out {recall_at_1(held, w):.4f}")
    w, r = search(rows)
    print(f"all: {dict(zip(FEATURES, w.tolist()))} recall@1 {r:.4f}")


if __name__ == "__main__":
    main()
