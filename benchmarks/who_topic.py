"""Set the topic threshold of "What did X say about Y?" from pairs of speakers and topics.

For each (speaker, topic) pair, the best score of the speaker's statements against the topic
(``lookup.rank_by_topic``: cosine + word overlap + a little for a direct quote). On-topic pairs
name something the speaker talked about, often in other words ("Rudd / spying on messages");
off-topic pairs name something the corpus holds but the speaker did not talk about ("Rudd /
the police officer", "Donald Tusk / the attack"). The threshold (engine.WHO_TOPIC_THRESHOLD)
belongs between the best off-topic and the worst on-topic score.

The store holds corpus/ and the PolNeAR dev articles:

    .venv/bin/python benchmarks/who_topic.py --store /tmp/seed-store
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "eval" / "polnear" / "dev" / "text"

from qabot.config import Settings  # noqa: E402
from qabot.engine import WHO_TOPIC_THRESHOLD, Engine  # noqa: E402
from qabot.lookup import rank_by_topic  # noqa: E402

ON_TOPIC = [
    ("Amber Rudd", "WhatsApp"), ("Amber Rudd", "warrants"), ("Rudd", "encrypted messaging"), ("Rudd", "terrorists"),
    ("Rudd", "new laws"), ("Rudd", "intelligence services"), ("Rudd", "envelopes"), ("Rudd", "the attack"),
    ("Rudd", "the government's plans"), ("Rudd", "spying on messages"), ("Rudd", "hiding places"), ("Rudd", "phones"),
    ("Adam Schiff", "Russia"), ("Obama", "cyber intrusions"), ("Donald Tusk", "Brexit"),
    ("Donald Tusk", "Britain leaving the EU"), ("Trump", "Clinton"), ("Trump", "the debate"),
    ("Jill Stein", "the debate"), ("Mike Pence", "Trump's taxes"), ("police", "the attacker"),
    ("police", "the shooting"),
]
OFF_TOPIC = [
    ("Donald Tusk", "the attack"), ("Jill Stein", "Gary Johnson"), ("Adam Schiff", "North Korea"),
    ("Rudd", "the election"), ("Rudd", "Hillary Clinton"), ("Trump", "WhatsApp"), ("Donald Tusk", "encryption"),
    ("Adam Schiff", "the Westminster attack"), ("Rudd", "football"), ("Rudd", "Brexit"), ("Rudd", "immigration"),
    ("Rudd", "the police officer"), ("Obama", "WhatsApp"), ("Jill Stein", "terrorism"), ("Rudd", "Apple"),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, default=Path("/tmp/qabot-seed-store"))
    args = ap.parse_args()
    engine = Engine(Settings(store=args.store))
    if engine.store().counts()["articles"] == 0:
        engine.ingest([ROOT / "corpus", DEV])
    speakers, index, dense = engine.speakers(), engine.index(), engine.dense()
    scores: dict[str, list[float]] = {"on": [], "off": []}
    for label, pairs in (("on", ON_TOPIC), ("off", OFF_TOPIC)):
        for name, topic in pairs:
            keys = speakers.match(name) if name[0].isupper() else [k for k in [name] if k in speakers.by_key]
            if not keys:
                print(f"  {label:3} {name!r} is not quoted in this store: skipped")
                continue
            ranked = rank_by_topic(speakers, keys[0], index, dense, engine.embedder.encode([topic])[0], topic)
            best = ranked[0][1] if ranked else 0.0
            scores[label].append(best)
            print(f"  {label:3} {best:6.3f}  {speakers.names[keys[0]]} / {topic}")
    worst_on, best_off = min(scores["on"]), max(scores["off"])
    print(f"on-topic {len(scores['on'])}: worst {worst_on:.3f}; off-topic {len(scores['off'])}: best {best_off:.3f}; "
          f"midpoint {(worst_on + best_off) / 2:.3f}; threshold in use {WHO_TOPIC_THRESHOLD}")
    right = sum(s >= WHO_TOPIC_THRESHOLD for s in scores["on"]) + sum(s < WHO_TOPIC_THRESHOLD for s in scores["off"])
    print(f"pairs on the right side of the threshold: {right} of {len(scores['on']) + len(scores['off'])}")


if __name__ == "__main__":
    main()
