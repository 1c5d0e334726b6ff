"""Per-generation pickles of what a reader builds from the store, so a new process (a cold
``qabot ask``) loads them instead of rebuilding them. Keyed by the store's location and
generation; written atomically; stale ones removed; a cache that cannot be read or written is
simply not used."""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
VERSION = 2  # bump when a cached class changes shape


def cached(folder: Path, name: str, location: str, generation: int, build: Callable[[], T]) -> T:
    """``build()``'s result, from ``folder`` when saved there for this store and generation."""
    key = hashlib.sha1(location.encode()).hexdigest()[:8]
    path = folder / f"{name}-{key}-{generation}-v{VERSION}.pkl"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in folder.glob(f"{name}-{key}-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only store folder still answers, without the cache
    return value
