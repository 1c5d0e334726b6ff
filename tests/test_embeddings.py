"""The embedding backends give the same unit vectors from the packaged model (int8: nearly)."""
from __future__ import annotations

import numpy as np
import pytest
from .conftest import ingest_texts

from qabot.embeddings import MiniLMEmbedder, OnnxEmbedder, ensure_onnx


def test_onnx_and_torch_agree():
    texts = ["Amber Rudd said WhatsApp must not be a secret place for terrorists.", "The mill opened in 1931.",
             "東京都 🙂 naïve Zürich", "word " * 200]
    a = OnnxEmbedder().encode(texts, batch_size=2)
    b = MiniLMEmbedder().encode(texts)
    assert a.shape == b.shape == (4, 384) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert (a * b).sum(axis=1).min() > 0.9999
    assert OnnxEmbedder().encode([]).shape == (0, 384)


def test_int8_is_close_to_fp32_and_named_apart():
    texts = ["Amber Rudd said WhatsApp must not be a secret place for terrorists.", "The mill opened in 1931.",
             "East Timor's president welcomed the result.", "word " * 200]
    q = OnnxEmbedder(int8=True)
    a, b = q.encode(texts), OnnxEmbedder().encode(texts)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    cos = (a * b).sum(axis=1)
    assert cos.min() > 0.97 and cos.max() < 0.99999  # close, but another model: stores keep them apart
    assert q.name == "all-MiniLM-L6-v2-int8" != OnnxEmbedder().name


def test_a_store_refuses_the_other_backend_with_a_hint(tmp_path, engine):
    from qabot.errors import StoreError
    from qabot.store import Store

    ingest_texts(engine, tmp_path / "docs", {"a.txt": "Title\n\nThe mill opened in 1931 in the valley.\n"})
    with pytest.raises(StoreError, match=r"holds all-MiniLM-L6-v2-int8 embeddings, not all-MiniLM-L6-v2\. "
                                         r"Run: qabot ingest --rebuild \(or keep it with QABOT_BACKEND=int8\)"):
        Store(engine.settings.store, model="all-MiniLM-L6-v2")


def test_export_is_cached(tmp_path):
    first = ensure_onnx(folder=tmp_path)
    stamp = first.stat().st_mtime_ns
    assert ensure_onnx(folder=tmp_path) == first and first.stat().st_mtime_ns == stamp
    quantised = ensure_onnx(folder=tmp_path, int8=True)
    assert quantised.parent == first.parent and quantised.stat().st_size < first.stat().st_size / 3
