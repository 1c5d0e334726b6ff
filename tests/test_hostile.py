"""Hostile input: random files, odd questions, damaged stores. A clear message or a normal
answer, never a traceback; nothing already stored is lost."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from qabot.chunking import TokenCounter, article_sentences, chunk_sentences
from qabot.cli import cli
from qabot.embeddings import model_dir
from qabot.errors import QuestionError, ReadError, StoreError
from qabot.readers import read_path

COUNTER = TokenCounter(model_dir())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]))
def test_random_bytes_are_read_exactly_or_rejected_with_a_reason(tmp_path, data, suffix):
    p = tmp_path / f"fuzz{suffix}"
    p.write_bytes(data)
    try:
        arts = read_path(p)
    except ReadError as exc:
        assert exc.path.startswith(str(p)) and exc.reason and "\n" not in exc.reason
        return
    for art in arts:
        if suffix in (".txt", ".md"):
            with open(p, encoding="utf-8", newline="") as f:
                assert art.text == f.read()
        for s in article_sentences(art, COUNTER):
            assert art.text[s.start:s.end] == s.text
        for c in chunk_sentences(art, article_sentences(art, COUNTER), COUNTER):
            assert art.text[c.start:c.end] == c.text


@pytest.mark.parametrize("text", [
    "Title\r\n\r\nMixed\rnewlines\r\nhere. And more.\n",
    "T\n\n" + "x" * 200_000 + "\n",                       # one huge line
    "T\n\nZero\u200bwidth and com\u0301bining and \u202eright-to-left\u202c text.\n",
    "العنوان\n\nهذا نص عربي. وهذه جملة ثانية.\n",
])
def test_unusual_text_keeps_offsets(tmp_path, text):
    p = tmp_path / "odd.txt"
    p.write_text(text, encoding="utf-8", newline="")
    (art,) = read_path(p)
    sents = article_sentences(art, COUNTER)
    assert sents and all(art.text[s.start:s.end] == s.text for s in sents)
    assert max(COUNTER.count([s.text for s in sents])) <= COUNTER.limit


def test_nul_bytes_are_refused(tmp_path):
    p = tmp_path / "nul.txt"
    p.write_bytes(b"Title\n\nBody \x00 more")
    with pytest.raises(ReadError, match="binary file"):
        read_path(p)


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50_000_000)
    with pytest.raises(ReadError, match=r"file is 50.0 MB, over the 20 MB limit \(QABOT_MAX_FILE_MB\)"):
        read_path(p)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_unreadable_folder_is_reported_and_skipped(tmp_path):
    from qabot.readers import iter_sources

    d = tmp_path / "c"
    (d / "locked").mkdir(parents=True)
    (d / "a.txt").write_text("T\n\nBody.")
    (d / "locked").chmod(0)
    try:
        found = list(iter_sources([d]))
    finally:
        (d / "locked").chmod(0o755)
    assert any(isinstance(f, ReadError) and "cannot read folder" in f.reason for f in found)


@pytest.fixture
def loaded(engine, corpus):
    engine.ingest([corpus])
    return engine


@pytest.mark.parametrize("question", [
    "What did Amber\x00 Rudd\x1b[31m say about \x07WhatsApp?",
    "¿Qué dijo Amber Rudd sobre WhatsApp?",
    "安伯·拉德对WhatsApp说了什么？",
    "Что сказала Эмбер Радд?",
    "🙂🙂🙂 what?",
    "a" * 1999,
])
def test_odd_questions_get_a_normal_answer(loaded, question):
    answer = loaded.ask(question)
    assert isinstance(answer.abstained, bool)
    for q in answer.quotes:
        assert q.text in open(q.article.path, encoding="utf-8", newline="").read() or q.article.path.endswith(
            (".json", ".jsonl", ".html"))


@pytest.mark.parametrize("question, message", [
    ("", "the question is empty"),
    (" \n\t ", "the question is empty"),
    ("\x00\x01\x02", "the question is empty"),
    ("?!…—", "the question has no words in it"),
    ("q" * 100_000, "the question is 100,000 characters long; the limit is 2,000"),
])
def test_hostile_questions_get_a_clear_message(loaded, question, message):
    with pytest.raises(QuestionError, match=message):
        loaded.ask(question)


def test_hostile_questions_in_the_cli_batch_and_the_repl(loaded, corpus, monkeypatch, settings):
    from qabot import cli as cli_mod
    from qabot.repl import run_repl

    monkeypatch.setattr(cli_mod, "_engine", lambda ctx: loaded)
    lines = ["", "?!?", "q" * 100_000, "What did Amber Rudd say about WhatsApp?"]
    result = CliRunner().invoke(cli, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0 and "Traceback" not in result.output
    out = [json.loads(x) for x in result.output.splitlines()]
    assert [("error" in x) for x in out] == [True, True, False]
    import io

    stdin = io.StringIO("\n".join(["?!?", "q" * 100_000, "\x00", "Who claimed responsibility for the attack?"]) + "\n")
    stdout = io.StringIO()
    run_repl(loaded, settings, json_mode=True, input=stdin, output=stdout, tty=False)
    replies = [json.loads(x) for x in stdout.getvalue().splitlines()]
    assert ["error" in r for r in replies] == [True, True, True, False]


def test_store_of_another_version_is_a_clear_error_and_rebuild_recovers(engine, corpus, settings, embedder):
    if settings.chroma_url:
        pytest.skip("embedded store only")
    engine.ingest([corpus])
    meta = engine.store()._cols["qabot_articles"]
    meta.upsert(ids=["__qabot__"], embeddings=[[1.0] + [0.0] * 383], documents=["x"],
                metadatas=[{"schema": 0, "model": "all-MiniLM-L6-v2", "generation": 9, "kind": "meta"}])
    from qabot.engine import Engine

    fresh = Engine(settings, embedder=embedder)
    with pytest.raises(StoreError, match=r"written by another qabot version \(schema 0, this qabot reads 2\)\. Run: qabot ingest --rebuild"):
        fresh.stats()
    report = fresh.ingest([corpus], rebuild=True)
    assert report.new == 7 and fresh.stats()["articles"] == 7


def test_corrupted_store_is_a_clear_error_and_rebuild_recovers(engine, corpus, settings, embedder):
    if settings.chroma_url:
        pytest.skip("embedded store only")
    engine.ingest([corpus])
    del engine
    db = settings.store / "chroma.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    from qabot.engine import Engine

    broken = Engine(settings, embedder=embedder)
    with pytest.raises(StoreError, match=r"Run: qabot ingest --rebuild"):
        broken.stats()
    report = Engine(settings, embedder=embedder).ingest([corpus], rebuild=True)
    assert report.new == 7
