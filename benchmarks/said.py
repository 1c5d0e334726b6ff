"""Who-said look-ups on real annotated news (issue 3): with the PolNeAR dev articles and the
demonstration article ingested, a phrase of 6-10 words taken from a direct quote should get the
right speaker first.

For every gold attribution of ../shared/eval/polnear/dev whose content is a direct quote and
which has a source, a phrase of 6-10 consecutive words is taken from inside the quotation marks
(random.Random(0)); ``qabot said PHRASE`` is asked, and the top result counts as right when it
comes from the right article and its statement's source mention overlaps the gold source, or
its speaker shares a name word with the gold source mention (in any article: wire copy reprints
the same quote).

Also times ``qabot quotes`` extraction alone, in articles per second.

    .venv/bin/python benchmarks/said.py --store /tmp/said-store
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(EVAL))

from score_quotes import gold_files, parse_ann, read_text  # noqa: E402

from qabot.config import Settings  # noqa: E402
from qabot.engine import Engine  # noqa: E402
from qabot.quotes import extract_statements  # noqa: E402

QUOTE = re.compile(r"[\"“”]")


def cases(split: Path, rng: random.Random) -> list[dict]:
    out = []
    for txt, ann in gold_files(split).items():
        text = read_text(txt)
        for g in parse_ann(ann):
            if not g["source"] or len(g["content"]) != 1:
                continue
            a, b = g["content"][0]
            inner = text[a:b]
            if not QUOTE.search(inner):
                continue
            words = list(re.finditer(r"[^\s\"“”]+", inner))
            inside = [w for w in words if not QUOTE.search(w.group())]
            if len(inside) < 6:
                continue
            n = rng.randint(6, min(10, len(inside)))
            i = rng.randint(0, len(inside) - n)
            phrase = " ".join(w.group() for w in inside[i:i + n]).strip(",.;:")
            out.append({"file": txt.name, "phrase": phrase, "source": g["source"],
                        "source_text": " ".join(text[s:e] for s, e in g["source"])})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, default=Path("/tmp/qabot-said-store"))
    ap.add_argument("-n", type=int, default=300)
    args = ap.parse_args()
    split = EVAL / "polnear" / "dev"
    texts = sorted((split / "text").glob("*.txt"))
    t = time.perf_counter()
    for p in texts:
        text = read_text(p)
        extract_statements(text, text.find("\n") + 1)
    speed = len(texts) / (time.perf_counter() - t)
    engine = Engine(Settings(store=args.store))
    if engine.store().counts()["articles"] == 0:
        engine.ingest([split / "text", ROOT / "corpus"])
    rng = random.Random(0)
    items = cases(split, rng)
    rng.shuffle(items)
    items = items[: args.n]
    speakers = engine.speakers()
    right = 0
    for it in items:
        ans = engine.said(it["phrase"], k=3)
        if not ans.quotes:
            continue
        top = ans.quotes[0]
        ok = False
        if Path(top.article.path).name == it["file"]:
            rows = [r for r in speakers.by_article.get(top.article.id, [])
                    if any(c.start < top.end and top.start < c.end for c in r.statement.content)]
            ok = any(r.statement.source and any(r.statement.source.start < e and s < r.statement.source.end
                                                for s, e in it["source"]) for r in rows)
        # the same quote reprinted by another publisher, with the speaker named: right too
        gold_words = {w.lower() for w in re.findall(r"[A-Z]\w+", it["source_text"])}
        ok = ok or bool(top.speaker and gold_words & {w.lower() for w in re.findall(r"\w+", top.speaker)})
        right += ok
    result = {"phrases": len(items), "right_speaker_first": round(right / len(items), 4) if items else 0.0,
              "extraction_articles_per_second": round(speed, 1)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
