# qabot in a container: CPU torch, the packaged model, a non-root user, the store on a volume.
#   docker build -t qabot .
#   docker run --rm -v qabot-store:/data -v "$PWD/corpus:/corpus:ro" qabot ingest /corpus
#   docker run --rm -it -v qabot-store:/data qabot repl
#   docker run -d -e DISCORD_TOKEN -v qabot-store:/data qabot discord
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    QABOT_STORE=/data/store \
    QABOT_CORPUS=/corpus \
    QABOT_PROMPTS_DIR=/app/prompts

WORKDIR /app
# CPU torch first, pinned: an unpinned torch would pull a multi-GB CUDA build. Pass
# --build-arg TORCH_INDEX_URL=<PyTorch's CPU wheel index> where PyPI's default build is the CUDA one.
ARG TORCH_INDEX_URL=""
RUN if [ -n "$TORCH_INDEX_URL" ]; then pip install --index-url "$TORCH_INDEX_URL" "torch==2.13.0"; \
    else pip install "torch==2.13.0"; fi
COPY pyproject.toml README.md ./
COPY qabot ./qabot
COPY prompts ./prompts
RUN pip install .

RUN useradd --create-home --uid 10001 qabot && mkdir -p /data /corpus && chown qabot:qabot /data
USER qabot
# the ONNX export of the packaged model and its int8 copy, made once at build time rather than
# at every container's first question (~/.cache/qabot/onnx)
RUN python -c "from qabot.embeddings import ensure_onnx; ensure_onnx(int8=True)"
VOLUME ["/data"]
ENTRYPOINT ["qabot"]
CMD ["--help"]
