"""Both embedding backends give the same unit vectors from the packaged model."""
from __future__ import annotations

import numpy as np

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


def test_export_is_cached(tmp_path):
    first = ensure_onnx(folder=tmp_path)
    stamp = first.stat().st_mtime_ns
    assert ensure_onnx(folder=tmp_path) == first and first.stat().st_mtime_ns == stamp
