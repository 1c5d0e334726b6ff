"""The scale-out path: the same store behaviour on a Chroma server (run by .ci/run)."""
from __future__ import annotations

import os

import pytest

from qabot.errors import StoreError
from qabot.store import Store

URL = os.environ.get("QABOT_TEST_CHROMA_URL")
pytestmark = pytest.mark.skipif(not URL, reason="QABOT_TEST_CHROMA_URL is not set (.ci/run sets it)")


def test_engine_uses_the_server_not_a_local_file(engine, corpus, settings):
    report = engine.ingest([corpus])
    assert report.new == 7
    stats = engine.stats()
    assert stats["backend"] == "http" and stats["store"] == URL
    assert not (settings.store / "chroma.sqlite3").exists()
    assert "about 300 homes" in engine.ask("How many homes will the sea wall protect?").quotes[0].text


def test_unreachable_server_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot reach the Chroma server at http://127.0.0.1:9"):
        Store(tmp_path, url="http://127.0.0.1:9")
