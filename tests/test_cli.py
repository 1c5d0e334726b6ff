"""The command line, driven through click's CliRunner and once as a real subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from qabot.cli import cli


@pytest.fixture
def run(engine):
    """Invoke the CLI in-process, reusing the test session's loaded model."""
    def invoke(*args, input=None):
        runner = CliRunner()
        result = runner.invoke(cli, list(args), input=input, obj=None, catch_exceptions=False,
                               standalone_mode=True, env={"COLUMNS": "200"})
        return result
    from qabot import cli as cli_mod

    original = cli_mod._engine

    def shared_engine(ctx):
        ctx.obj["engine"] = engine
        return engine
    cli_mod._engine = shared_engine
    yield invoke
    cli_mod._engine = original


@pytest.fixture
def ingested(run, corpus):
    result = run("ingest", str(corpus), "--json")
    assert result.exit_code == 0, result.output
    return corpus


def test_ingest_summary_and_json(run, corpus):
    result = run("ingest", str(corpus), "--json")
    data = json.loads(result.output)
    assert (data["new"], data["updated"], data["unchanged"], data["failed"]) == (7, 0, 0, 0)
    assert data["store"]["articles"] == 7
    again = run("ingest", str(corpus))
    assert again.exit_code == 0
    assert "0 new, 0 updated, 7 unchanged, 0 failed" in again.output
    assert "store: 7 articles, " in again.output
    from qabot.render import count

    assert (count(1, "article"), count(0, "chunk"), count(2, "quote")) == ("1 article", "0 chunks", "2 quotes")


def test_ingest_errors_are_one_line_and_the_rest_goes_on(run, corpus, tmp_path):
    (corpus / "bad.json").write_text("[1, 2")
    result = run("ingest", str(corpus))
    assert result.exit_code == 0
    assert f"error: {corpus / 'bad.json'}: malformed JSON: Expecting ',' delimiter (line 1, column 6)" in result.output
    assert "7 new, 0 updated, 0 unchanged, 1 failed" in result.output
    strict = run("ingest", str(corpus), "--strict")
    assert strict.exit_code == 1
    nothing = run("ingest", str(tmp_path / "missing"))
    assert nothing.exit_code == 1
    assert f"error: {tmp_path / 'missing'}: no such file or folder" in nothing.output


def test_ask_json_shape(run, ingested):
    result = run("ask", "--json", "What did Amber Rudd say about WhatsApp?")
    data = json.loads(result.output)
    assert set(data) == {"question", "abstained", "quotes"}
    assert data["question"] == "What did Amber Rudd say about WhatsApp?"
    assert data["abstained"] is False
    assert 1 <= len(data["quotes"]) <= 3
    for q in data["quotes"]:
        assert set(q) == {"text", "start", "end", "score", "paragraph", "speaker", "article"}
        assert set(q["article"]) == {"id", "title", "path", "author", "date", "url", "source"}
        with open(q["article"]["path"], encoding="utf-8", newline="") as f:
            assert f.read()[q["start"]:q["end"]] == q["text"]
    assert any("secret place for terrorists" in q["text"] for q in data["quotes"])


def test_ask_batch_from_stdin(run, ingested):
    result = run("ask", "--json", "-", input="How many homes will the sea wall protect?\n\nWhat is the capital of Mongolia?\n")
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert [x["question"] for x in lines] == ["How many homes will the sea wall protect?", "What is the capital of Mongolia?"]
    assert [x["abstained"] for x in lines] == [False, True]
    assert "about 300 homes" in lines[0]["quotes"][0]["text"]


def test_ask_human_output(run, ingested):
    result = run("ask", "How much will the Portwell sea wall cost?")
    assert result.exit_code == 0
    assert "4.2 million pounds" in result.output
    assert "Harbour council approves new sea wall — by Maria Keane · ¶1 ·" in result.output


@pytest.mark.parametrize("question, message", [
    ("", "Error: the question is empty"),
    ("x" * 2001, "Error: the question is 2,001 characters long; the limit is 2,000"),
])
def test_ask_bad_question(run, ingested, question, message):
    result = run("ask", question)
    assert result.exit_code == 1
    assert result.output.startswith(message)
    assert "Traceback" not in result.output


def test_ask_without_a_store(run):
    result = run("ask", "anything")
    assert result.exit_code == 1
    assert "No qabot store at" in result.output and "Run: qabot ingest PATH" in result.output


def test_stats_and_show(run, ingested):
    stats = json.loads(run("stats", "--json").output)
    assert stats["articles"] == 7 and stats["model"] == "all-MiniLM-L6-v2-int8" and stats["backend"] == "embedded"
    shown = json.loads(run("show", "--json", "harbour").output)
    assert shown["title"] == "Harbour council approves new sea wall"
    assert [p["number"] for p in shown["paragraphs"]] == [0, 1, 2, 3, 4]
    human = run("show", "harbour")
    assert "¶2 Council leader Tom Barrow said" in human.output
    missing = run("show", "nosuch")
    assert missing.exit_code == 1 and "no article with id 'nosuch'" in missing.output


def test_module_entry_point_runs(tmp_path):
    env = dict(os.environ, QABOT_STORE=str(tmp_path / "s"))
    out = subprocess.run([sys.executable, "-m", "qabot", "--help"], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and "qabot answers questions" in out.stdout
