"""Crash safety and concurrency with real processes: kill an ingest at random moments, re-run,
and compare with a clean ingest; two ingests at once; questions during an ingest."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SEED

QUESTIONS = [
    "What did Amber Rudd say about WhatsApp?",
    "Who claimed responsibility for the Westminster attack?",
    "What did the New York Post report about Hillary Clinton's health?",
]


def qabot(store: Path, *args: str, group: int | None = None, **kw) -> subprocess.Popen:
    env = dict(os.environ, QABOT_STORE=str(store), HF_HUB_OFFLINE="1")
    if group:
        env["QABOT_INGEST_GROUP"] = str(group)
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([sys.executable, "-m", "qabot", *args], env=env, text=True, **kw)


def run(store: Path, *args: str, group: int | None = None) -> tuple[int, str, str]:
    p = qabot(store, *args, group=group)
    out, err = p.communicate(timeout=900)
    return p.returncode, out, err


def snapshot(store: Path) -> dict:
    code, out, err = run(store, "stats", "--json")
    assert code == 0, err
    stats = json.loads(out)
    answers = []
    for q in QUESTIONS:
        code, out, err = run(store, "ask", "--json", q)
        assert code == 0, err
        answers.append([(x["article"]["id"], x["start"], x["end"]) for x in json.loads(out)["quotes"]])
    return {"articles": stats["articles"], "chunks": stats["chunks"], "quotes": stats["quotes"],
            "sentences": stats["sentences"], "answers": answers}


def complete_articles_only(store: Path) -> None:
    """Every article counted as present has all of its rows, and no row lacks its article."""
    from qabot.store import Store

    s = Store(store, create=False)
    versions = s.versions()
    loaded = s.load_articles()
    got = s.get("sentences")
    per_article: dict[str, int] = {}
    for meta in got["metadatas"]:
        if versions.get(meta["article_id"]) == meta["version"]:
            per_article[meta["article_id"]] = per_article.get(meta["article_id"], 0) + 1
    for aid, (_, sentences) in loaded.items():
        assert per_article.get(aid, 0) == len(sentences), aid


@pytest.mark.slow
def test_killed_ingests_repair_to_a_clean_store(shared_eval, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted((shared_eval / "polnear" / "dev" / "text").glob("*.txt"))[:40]:
        (corpus / f.name).write_bytes(f.read_bytes())
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    crashed, clean = tmp_path / "crashed", tmp_path / "clean"
    # the clean ingest first, to know how long one takes: every kill then lands inside one
    started = time.monotonic()
    # groups of 8 articles: a run over these 41 articles commits several times, so kills land
    # between commits as well as inside one
    code, _, err = run(clean, "ingest", str(corpus), group=8)
    assert code == 0, err
    took = time.monotonic() - started
    rng = random.Random(int(os.environ.get("QABOT_TEST_SEED", "7")))
    killed_mid_way = 0
    for n in range(3):
        p = qabot(crashed, "ingest", str(corpus), group=8)
        # each run resumes the last one, so it has less left to do: aim at the first part of it
        time.sleep(rng.uniform(0.15, 0.6) * took / (n + 1))
        killed_mid_way += p.poll() is None
        p.send_signal(signal.SIGKILL)
        p.communicate()
        if (crashed / "chroma.sqlite3").exists():
            complete_articles_only(crashed)
    assert killed_mid_way >= 2
    code, out, err = run(crashed, "ingest", str(corpus), "--json", group=8)
    assert code == 0, err
    complete_articles_only(crashed)
    assert snapshot(crashed) == snapshot(clean)
    # and a further run changes nothing
    code, out, _ = run(crashed, "ingest", str(corpus), "--json")
    report = json.loads(out)
    assert (report["new"], report["updated"], report["unchanged"], report["repaired"]) == (0, 0, 41, 0)


def test_second_ingest_fails_clearly_while_one_runs(tmp_path):
    from qabot.store import Store

    store = Store(tmp_path / "store")
    with store.write_lock():
        code, out, err = run(tmp_path / "store", "ingest", str(SEED))
    assert code == 1
    assert f"another qabot ingest (pid {os.getpid()}) is writing to {tmp_path / 'store'}" in err
    assert "Traceback" not in err


def test_questions_keep_answering_during_an_ingest(shared_eval, tmp_path, engine, embedder):
    store = tmp_path / "store"
    code, _, err = run(store, "ingest", str(SEED))
    assert code == 0, err
    # its output goes nowhere: a pipe nobody reads could fill and stall the writer mid-write
    writer = qabot(store, "ingest", str(shared_eval / "polnear" / "dev" / "text"),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from qabot.config import Settings
    from qabot.engine import Engine

    reader = Engine(Settings(store=store), embedder=embedder)
    answered = 0
    try:
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and writer.poll() is None:
            answer = reader.ask("What did Amber Rudd say about WhatsApp?")
            assert any("secret place for terrorists" in q.text for q in answer.quotes)
            answered += 1
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.communicate()
    assert answered >= 3


def test_a_running_reader_sees_what_another_process_ingests(tmp_path, embedder):
    """Embedded Chroma keeps its vector index in memory per process: without reopening, a
    long-running bot would never find newly ingested passages by embedding."""
    from qabot.config import Settings
    from qabot.engine import Engine

    from .conftest import FIXTURES

    store = tmp_path / "store"
    code, _, err = run(store, "ingest", str(SEED))
    assert code == 0, err
    reader = Engine(Settings(store=store), embedder=embedder)
    assert reader.ask("How many homes will the sea wall protect?").abstained
    code, _, err = run(store, "ingest", str(FIXTURES / "corpus" / "harbour.txt"))
    assert code == 0, err
    time.sleep(1.1)  # the reader checks the store's generation at most once a second
    qvec = embedder.encode(["How many homes will the sea wall protect?"])[0]
    idx = reader.index()
    dense = [idx.rows[idx.by_id[sid]] for sid, _, _ in reader.store().query("sentences", qvec, 3)]
    assert any("about 300 homes" in idx.articles[r.article_id].text[r.start:r.end] for r in dense)
    assert "about 300 homes" in reader.ask("How many homes will the sea wall protect?").quotes[0].text
