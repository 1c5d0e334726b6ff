"""``qabot eval``: score answers on a question set, beside a naive baseline, in one run.

Input lines are SQuAD-style ``{"question", "answers": [...]}`` or ``{"question", "expect": [...],
"abstain": bool}``; an answer counts as found in a quote when its normalised words appear, in
order, in the quote's normalised words. The baseline is the single sentence nearest the question
by embedding cosine over all sentences of the store (and its next two for the top three).
"""
from __future__ import annotations

import json
import re
import string
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .engine import Engine
from .errors import QabotError

_ARTICLES = re.compile(r"\b(a|an|the)\b")


def normalise(text: str) -> str:
    """SQuAD's normalisation: lower case, no punctuation, no articles, single spaces."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    return " ".join(_ARTICLES.sub(" ", text).split())


def contains(passage: str, answers: list[str]) -> bool:
    """True when any answer occurs in the passage: normalised, on word boundaries, or as written
    (ignoring case: "Rudd told the BBC" is in "Rudd told the BBC's", though normalised the
    passage reads "bbcs")."""
    p = f" {normalise(passage)} "
    if any(a and f" {a} " in p for a in (normalise(x) for x in answers)):
        return True
    return any(x.strip() and re.search(rf"(?<!\w){re.escape(x.strip())}(?!\w)", passage, re.I) for x in answers)


def hurried(question: str) -> str:
    """The question as typed in a hurry: lower case, without apostrophes or a final question
    mark ("What was Masood's age?" → "what was masoods age"), to measure how much care in
    typing the answers depend on."""
    return question.lower().replace("'", "").replace("’", "").rstrip().rstrip("?").rstrip()


def with_typo(question: str, rng) -> str:
    """The question with one slip of the keyboard: two neighbouring letters swapped inside one
    word of five letters or more, chosen by ``rng`` (a ``random.Random``); as it is when it has
    no such word."""
    words = list(re.finditer(r"[A-Za-z]{5,}", question))
    if not words:
        return question
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    return question[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + question[m.end():]


@dataclass
class Item:
    question: str
    answers: list[str]
    abstain: bool


def load_items(path: Path) -> list[Item]:
    """Read a question file; a bad line is a QabotError naming the line."""
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                answers = d.get("answers") or d.get("expect") or []
                items.append(Item(str(d["question"]), [str(a) for a in answers], bool(d.get("abstain", False))))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise QabotError(f"{path}:{n}: not a question line ({exc})") from exc
    return items


def metrics(ranks: list[int | None], abstained: list[bool], gold_abstain: list[bool],
            verbatim: list[bool], latencies: list[float]) -> dict:
    """The figures from per-question results.

    ``ranks[i]`` is the 1-based rank of the first quote holding an answer (None if none), over
    answerable questions only; abstention precision is the share of abstentions that were right.
    """
    answerable = [r for r, g in zip(ranks, gold_abstain) if not g]
    n = len(answerable)
    r1 = sum(1 for r in answerable if r == 1) / n if n else 0.0
    r3 = sum(1 for r in answerable if r is not None and r <= 3) / n if n else 0.0
    mrr = sum(1.0 / r for r in answerable if r) / n if n else 0.0
    tp = sum(1 for a, g in zip(abstained, gold_abstain) if a and g)
    pred = sum(abstained)
    gold = sum(gold_abstain)
    lat = np.array(latencies) * 1000 if latencies else np.zeros(1)
    return {
        "questions": len(ranks), "answerable": n, "unanswerable": gold,
        "recall_at_1": round(r1, 4), "recall_at_3": round(r3, 4), "mrr": round(mrr, 4),
        "abstain_precision": round(tp / pred, 4) if pred else None,
        "abstain_recall": round(tp / gold, 4) if gold else None,
        "answered_abstained": sum(1 for a, g in zip(abstained, gold_abstain) if a and not g),
        "verbatim": round(sum(verbatim) / len(verbatim), 4) if verbatim else 1.0,
        "latency_p50_ms": round(float(np.percentile(lat, 50)), 1),
        "latency_p95_ms": round(float(np.percentile(lat, 95)), 1),
    }


def _file_verbatim(quote, cache: dict) -> bool:
    path = quote.article.path
    if not path.endswith((".txt", ".md", ".markdown")):
        return True
    if path not in cache:
        try:
            with open(path, encoding="utf-8", newline="") as f:
                cache[path] = f.read()
        except OSError:
            cache[path] = None
    text = cache[path]
    return text is None or text[quote.start:quote.end] == quote.text


def evaluate(engine: Engine, items: list[Item], k: int = 3, baseline: bool = True) -> dict:
    """Score ``engine`` on ``items``; with ``baseline``, the naive nearest sentence too."""
    ranks, abst, gold, verb, lat = [], [], [], [], []
    b_ranks = []
    cache: dict = {}
    engine.ask("warm up", k=1)
    for it in items:
        t = time.perf_counter()
        ans = engine.ask(it.question, k=k)
        lat.append(time.perf_counter() - t)
        rank = next((i for i, q in enumerate(ans.quotes, 1) if contains(q.text, it.answers)), None)
        ranks.append(rank)
        abst.append(ans.abstained)
        gold.append(it.abstain)
        verb.extend(_file_verbatim(q, cache) for q in ans.quotes)
        if baseline:
            qvec = engine.embedder.encode([it.question])[0]
            idx = engine.index()
            texts = []
            # exact nearest sentences: an embedded store's HNSW graph is built cheaply and
            # never searched, so querying it would understate the baseline
            for row, _ in engine.dense().sentences(qvec, 3):
                r = idx.rows[row]
                texts.append(idx.articles[r.article_id].text[r.start:r.end])
            b_ranks.append(next((i for i, tx in enumerate(texts, 1) if contains(tx, it.answers)), None))
    out = {"qabot": metrics(ranks, abst, gold, verb, lat)}
    if baseline:
        b = metrics(b_ranks, [False] * len(items), gold, [True] * len(items), [0.0])
        out["baseline"] = {k: b[k] for k in ("recall_at_1", "recall_at_3", "mrr")}
        out["difference"] = {k: round(out["qabot"][k] - b[k], 4) for k in ("recall_at_1", "recall_at_3", "mrr")}
    return out
