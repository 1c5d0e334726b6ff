"""Per-generation copies of what a reader builds from the store, so a new process (a cold
``qabot ask``) loads them instead of rebuilding them: pickles of objects, and folders of numpy
arrays that are memory-mapped rather than read. Keyed by the store's location and generation;
written atomically; stale ones removed; a cache that cannot be read or written is simply not
used."""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from pathlib import Path
from typing import Callable, TypeVar

import numpy as np

T = TypeVar("T")
VERSION = 25  # bump when a cached class changes shape


def _key(location: str) -> str:
    return hashlib.sha1(location.encode()).hexdigest()[:8]


def cached(folder: Path, name: str, location: str, generation: str, build: Callable[[], T]) -> T:
    """``build()``'s result, from ``folder`` when saved there for this store and generation."""
    key = _key(location)
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


def cached_arrays(folder: Path, name: str, location: str, generation: str,
                  build: Callable[[Path | None], dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """``build(scratch)``'s arrays, memory-mapped from ``folder`` when saved there for this store
    and generation (read-only; pages are read as they are used, and shared between processes).

    ``build`` may write an array straight to ``scratch / f"{name}.npy"`` (``numpy.lib.format.
    open_memmap``) instead of holding it in memory; ``scratch`` is None when the folder cannot be
    written. Once saved, the arrays are returned memory-mapped, so the process that made them
    holds no more than any later reader."""
    key = _key(location)
    path = folder / f"{name}-{key}-{generation}-v{VERSION}"
    try:
        return _load_arrays(path)
    except (OSError, ValueError):
        pass
    tmp = folder / f".{path.name}.tmp{os.getpid()}"
    try:
        tmp.mkdir(parents=True, exist_ok=True)
    except OSError:
        return build(None)  # a read-only store folder still answers, without the cache
    try:
        arrays = build(tmp)
        for n, a in arrays.items():
            if isinstance(a, np.memmap):
                a.flush()
            else:
                np.save(tmp / f"{n}.npy", np.ascontiguousarray(a))
        # written last: a folder without it is incomplete and never read
        (tmp / "arrays.txt").write_text("\n".join(arrays))
        try:
            os.replace(tmp, path)
        except OSError:  # another process saved the same generation first
            shutil.rmtree(tmp, ignore_errors=True)
        for old in folder.glob(f"{name}-{key}-*"):
            if old != path and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
        del arrays
        return _load_arrays(path)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return build(None)


def _load_arrays(path: Path) -> dict[str, np.ndarray]:
    names = (path / "arrays.txt").read_text().split()
    return {n: np.load(path / f"{n}.npy", mmap_mode="r") for n in names}
