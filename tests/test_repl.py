"""The REPL, driven with scripted input: piped conversations, each command, bad lines, the
terminal loop (prompt_toolkit on a pipe input) and the real ``qabot repl --json`` in a subprocess.

Real MiniLM, real Chroma store over the fixture corpus (built once for the module).
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qabot.repl import Repl, history_path, run_repl, split_who

from .conftest import fixture_store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, embedder):
    return fixture_store(tmp_path_factory.mktemp("repl"), embedder)


@pytest.fixture(scope="module")
def mod_engine(store_dir, embedder):
    from qabot.config import Settings
    from qabot.engine import Engine

    return Engine(Settings(store=store_dir), embedder=embedder)


@pytest.fixture
def repl_settings(mod_engine, tmp_path):
    return mod_engine.settings.model_copy(update={"history_file": tmp_path / "history"})


def piped(engine, settings, text: str, json_mode: bool = True) -> list:
    out = io.StringIO()
    run_repl(engine, settings, json_mode=json_mode, input=io.StringIO(text), output=out)
    if not json_mode:
        return out.getvalue()
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_she_said_about_warrants(mod_engine, repl_settings):
    first, second = piped(mod_engine, repl_settings, "Who is the Home Secretary?\nWhat did she say about warrants?\n")
    assert first["rewritten"] == "Who is the Home Secretary?"
    assert second["question"] == "What did she say about warrants?"
    assert second["rewritten"] == "What did Amber Rudd say about warrants?"
    top = second["quotes"][0]["text"]
    assert "warrantry" in top or "when they have a warrant" in top


def test_did_they_direct_him(mod_engine, repl_settings):
    _, second = piped(mod_engine, repl_settings, "Who claimed responsibility for the attack?\nDid they direct him?\n")
    assert "Islamic State group" in second["rewritten"]
    assert any("no evidence that the group directed him" in q["text"] for q in second["quotes"])
    assert "no evidence that the group directed him" in second["quotes"][0]["text"]


def test_each_line_is_a_turn_of_one_conversation_and_new_forgets(mod_engine, repl_settings):
    out = piped(mod_engine, repl_settings,
                "Who is the Home Secretary?\n/new\nWhat did she say about warrants?\n")
    assert out[1] == {"command": "text", "text": "New conversation: earlier questions are forgotten."}
    assert out[2]["rewritten"] == "What did she say about warrants?"


def test_commands_json(mod_engine, repl_settings):
    script = "\n".join([
        "/who Amber Rudd warrants",
        "/open 1",
        "/source 1",
        "/said a secret place for terrorists",
        "who said the first one?",
        "/stats",
        "/help",
        "/quit",
        "Who is the Home Secretary?",  # never read: /quit ended the loop
    ]) + "\n"
    who, opened, source, said, ref, stats, help_, *rest = piped(mod_engine, repl_settings, script)
    assert rest == []
    assert "warrant" in who["quotes"][0]["text"] and "Rudd" in who["question"]
    assert opened["command"] == "open"
    assert who["quotes"][0]["text"] in opened["text"]
    assert opened["start"] <= opened["quote"]["start"] < opened["quote"]["end"] <= opened["end"]
    assert source["article"]["path"].endswith("westminster_whatsapp.txt")
    assert source["article"]["title"].startswith("UK demands access")
    assert "a secret place for terrorists" in said["quotes"][0]["text"]
    assert ref["quotes"][0]["text"] == said["quotes"][0]["text"]
    assert stats["articles"] == 7 and stats["command"] == "stats"
    assert "/who NAME" in help_["text"] and "7 articles" in help_["text"]


def test_commands_plain_text(mod_engine, repl_settings):
    text = piped(mod_engine, repl_settings,
                 "What did Amber Rudd say about warrants?\n/open 1\n/source 1\n", json_mode=False)
    assert "From the sources" in text or "What" in text
    assert "»Rudd said attacks like Masood's" in text and "warrant.«" in text
    assert "path: " in text and "westminster_whatsapp.txt" in text


@pytest.mark.parametrize("line,message", [
    ("", "the question is empty"),
    ("x" * 3000, "characters long"),
    ("?!", "no words"),
    ("/open 1", "no answer yet"),
    ("/open one", "usage: /open N"),
    ("/source 0", "counts from 1"),
    ("/who", "usage: /who"),
    ("/said", "usage: /said"),
    ("/frobnicate", "unknown command /frobnicate"),
])
def test_bad_lines_give_one_error_and_continue(mod_engine, repl_settings, line, message):
    err, answer = piped(mod_engine, repl_settings, line + "\nWho is the Home Secretary?\n")
    assert list(err) == ["error"] and message in err["error"]
    assert not answer["abstained"]
    text = piped(mod_engine, repl_settings, line + "\n", json_mode=False)
    assert text.startswith("error: ") and text.count("\n") == 1


def test_open_out_of_range(mod_engine, repl_settings):
    out = piped(mod_engine, repl_settings, "Who is the Home Secretary?\n/open 9\n")
    assert "there is no quote 9" in out[1]["error"]


def test_split_who(mod_engine):
    match = mod_engine.speakers().match
    assert split_who("Amber Rudd warrants and WhatsApp", match) == ("Amber Rudd", "warrants and WhatsApp")
    assert split_who("Rudd", match) == ("Rudd", None)
    assert split_who("Nobody Known here", match) == ("Nobody Known here", None)


def test_history_path(tmp_path):
    from qabot.config import Settings

    assert history_path(Settings(store=tmp_path / "s")) == tmp_path / "repl_history"
    assert history_path(Settings(store=tmp_path / "s", history_file=tmp_path / "h")) == tmp_path / "h"


_TERMINAL_RUN = """
import io, sys
from pathlib import Path
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from qabot.config import Settings
from qabot.engine import Engine
from qabot.repl import run_repl

settings = Settings(store=Path(sys.argv[1]), history_file=Path(sys.argv[2]))
out = io.StringIO()
with create_pipe_input() as inp:
    inp.send_text(sys.argv[3])
    run_repl(Engine(settings), settings, tty=True, output=out, pt_input=inp, pt_output=DummyOutput())
sys.stdout.write(out.getvalue())
"""


def test_terminal_loop_history_completion_and_ctrl_d(store_dir, tmp_path):
    """The prompt_toolkit loop on a pipe input: answers rendered with rich, history written to the
    history file and read back by the next run, Ctrl-C drops the line typed, Ctrl-D quits.

    In a fresh interpreter: inside the full suite, prompt_toolkit's event loop now and then met a
    failing callback on every turn (an inherited descriptor of an earlier test's, by all signs)
    and the test spun until memory ran out, about one full run in four."""
    hist = tmp_path / "history"
    keys = "half a question\x03Who is the Home Secretary?\rWhat did she say about warrants?\r/frob\r\x04"
    done = subprocess.run([sys.executable, "-c", _TERMINAL_RUN, str(store_dir), str(hist), keys],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, HF_HUB_OFFLINE="1"))
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "(asked as: What did Amber Rudd say about warrants?)" in text
    assert "warrant" in text
    assert "error: unknown command /frob" in text
    assert "half a question" not in text
    assert "What did she say about warrants?" in hist.read_text()
    # a second run starts with the first run's history
    from prompt_toolkit.history import FileHistory

    assert "Who is the Home Secretary?" in list(FileHistory(str(hist)).load_history_strings())


def test_completer(mod_engine, repl_settings):
    from prompt_toolkit.document import Document

    from qabot.prompts import Prompts
    from qabot.repl import _Completer

    comp = _Completer(Repl(mod_engine, repl_settings, Prompts()))
    assert [c.text for c in comp.get_completions(Document("/s"), None)] == ["/said", "/source", "/stats"]
    names = [c.text for c in comp.get_completions(Document("/who Amb"), None)]
    assert any("Amber Rudd" in n for n in names)
    assert [c.text for c in comp.get_completions(Document("What"), None)] == []


def test_real_cli_piped_json(store_dir):
    """``printf ... | qabot repl --json``: the real command, stdin not a terminal."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QABOT_")}
    env["QABOT_STORE"] = str(store_dir)
    env["HF_HUB_OFFLINE"] = "1"
    proc = subprocess.run([sys.executable, "-m", "qabot", "repl", "--json"],
                          input="Who is the Home Secretary?\nWhat did she say about warrants?\n\n",
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[1]["rewritten"] == "What did Amber Rudd say about warrants?"
    assert "warrant" in lines[1]["quotes"][0]["text"]
    assert "error" in lines[2]
