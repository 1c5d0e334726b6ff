"""Settings, read from ``QABOT_*`` environment variables (and overridden by command-line flags).

The store lives in ``QABOT_STORE`` or, by default, ``~/.local/share/qabot/store``
(``$XDG_DATA_HOME/qabot/store`` where that is set). ``QABOT_CHROMA_URL`` switches from the
embedded store to a Chroma server; the local store folder then still holds the lock and caches.
"""
from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_store_dir() -> Path:
    """Where the store lives when neither ``--store`` nor ``QABOT_STORE`` says otherwise."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "qabot" / "store"


class Settings(BaseSettings):
    """Every knob qabot has. Each field is also the env var ``QABOT_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="QABOT_", extra="ignore")

    store: Path = Field(default_factory=default_store_dir, description="store folder")
    corpus: Path = Field(Path("corpus"), description="folder ingested when no path is given")
    chroma_url: str | None = Field(None, description="http://host:port of a Chroma server")
    batch_size: int = Field(16, ge=1, description="texts per embedding batch")
    ingest_group: int = Field(128, ge=1, description="articles embedded and written together: an "
                              "interrupted ingest loses at most one group; smaller groups cost more CPU")
    max_file_mb: float = Field(20.0, gt=0, description="files larger than this are refused")
    max_question_chars: int = Field(2000, ge=1)
    top_k: int = Field(3, ge=1, le=20, description="quotes per answer")
    abstain_threshold: float | None = Field(None, description="override the fitted threshold")
    raise_errors: bool = Field(False, description="let unexpected exceptions propagate")
    history_file: Path | None = Field(None, description="REPL history (default: beside the store)")
    prompts_dir: Path | None = Field(None, description="folder of prompt templates")
    threads: int | None = Field(None, ge=1, description="threads for embedding (default: all cores)")
    exact_limit: int = Field(250_000, ge=0, description="stores of up to this many sentences are searched "
                             "exactly over a memory-mapped copy of their vectors; larger ones through Chroma's HNSW")
    corpus_prior: float = Field(0.5, ge=0, description="added to the rank (not the confidence) of passages of "
                                "the corpus folder's articles when the store holds others too (archives, "
                                "evaluation sets ingested by path), for a question that names nothing they "
                                "lack: a question naming nothing (\"which bridge was it?\") is taken to be about "
                                "the curator's articles (0: off)")
    rerank: int = Field(5, ge=0, le=50, description="re-score the best N candidates of an uncertain question "
                        "with an embedding of each sentence read after the one before it (0: off; 5 gains "
                        "about 2 points of recall@1 on seed-like questions for a p95 of ~60 ms, see README)")
    backend: str = Field("int8", pattern="^(int8|onnx|torch)$",
                         description="embedding backend: int8 (ONNX, quantised), onnx (fp32) or torch")
    # Discord (see README "Discord"); the token itself is read from DISCORD_TOKEN or discord_token_file
    discord_token_file: Path | None = Field(None, description="file holding the bot token")
    discord_guild: int | None = Field(None, description="sync slash commands to this guild only")
    discord_allowed_guilds: list[int] = Field(default_factory=list, description="empty: any guild")
    discord_allowed_channels: list[int] = Field(default_factory=list, description="empty: any channel")
    discord_dms: bool = Field(True, description="answer direct messages")
    discord_thread_mentions_only: bool = Field(False, description="in a bot thread, answer only messages that mention the bot")
    discord_user_rate: str = Field("5/60", description="questions per seconds per user")
    discord_channel_rate: str = Field("20/60", description="questions per seconds per channel")


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with the non-None ``overrides`` (command-line flags) on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
