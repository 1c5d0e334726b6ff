"""Shared fixtures: a clean environment, one real MiniLM for the whole session, real Chroma stores.

Nothing here is mocked: every test that claims something about answers uses the packaged
all-MiniLM-L6-v2 and a real Chroma store in a temporary folder.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SEED = FIXTURES / "westminster_whatsapp.txt"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No developer setting leaks in: every QABOT_* variable is cleared and the store is a tmp folder."""
    for key in list(os.environ):
        if key.startswith("QABOT_") and key != "QABOT_TEST_CHROMA_URL":
            monkeypatch.delenv(key)
    monkeypatch.setenv("QABOT_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture(scope="session")
def embedder():
    """The real packaged model, loaded once per test session."""
    from qabot.embeddings import make_embedder

    e = make_embedder()
    e.encode(["warm up"])
    return e


@pytest.fixture
def settings(tmp_path):
    from qabot.config import Settings

    return Settings(store=tmp_path / "store", chroma_url=os.environ.get("QABOT_TEST_CHROMA_URL"))


@pytest.fixture
def engine(settings, embedder):
    """An engine over an empty store in tmp_path (or on the test Chroma server)."""
    from qabot.engine import Engine

    eng = Engine(settings, embedder=embedder)
    if settings.chroma_url:
        eng.store().reset()
    return eng


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder with the seed-like article and a few short articles of our own."""
    d = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", d)
    shutil.copy(SEED, d / SEED.name)
    return d


def ingest_texts(engine, folder: Path, articles: dict[str, str]):
    """Write hand-made articles (file name -> text) into ``folder`` and ingest them."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    engine.ingest([folder])
    return engine


def assert_answered_alike(engine, typed: str, proper: str) -> None:
    """``typed`` (in a hurry, with a slip) gets the answer ``proper`` gets, under its own words."""
    hurried, careful = engine.ask(typed), engine.ask(proper)
    assert hurried.question == typed
    assert hurried.abstained == careful.abstained
    assert [q.text for q in hurried.quotes] == [q.text for q in careful.quotes]
    assert hurried.message == careful.message


def fixture_store(root: Path, embedder) -> Path:
    """A store in ``root`` holding the fixture corpus and the seed-like article, for
    module-scoped fixtures that ingest once."""
    from qabot.config import Settings
    from qabot.engine import Engine

    corpus = root / "corpus"
    shutil.copytree(FIXTURES / "corpus", corpus)
    shutil.copy(SEED, corpus / SEED.name)
    Engine(Settings(store=root / "store"), embedder=embedder).ingest([corpus])
    return root / "store"


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared/eval is not present")
    return SHARED
