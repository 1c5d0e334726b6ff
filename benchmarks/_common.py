"""Shared helpers of the benchmarks: paths, child processes with their own peak RSS, percentiles.

The benchmarks are run by hand on the 2-core reference machine (never in CI): each heavy step
runs in a child process, so the peak RSS reported is that step's own.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRAIN = (REPO / ".." / "shared" / "eval" / "polnear" / "train" / "text").resolve()
METADATA = (REPO / ".." / "shared" / "eval" / "polnear" / "metadata.tsv").resolve()
ATTRIBUTIONS = (REPO / ".." / "shared" / "eval" / "polnear" / "train" / "attributions").resolve()
PYTHON = sys.executable
QABOT = str(Path(sys.executable).with_name("qabot"))

# nothing may be downloaded at run time; set before any Hugging Face library is imported
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
os.environ.update({k: v for k, v in OFFLINE_ENV.items() if k not in os.environ})


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(OFFLINE_ENV)
    env.update(extra)
    return env


def run_measured(cmd: list[str], stdin: str | None = None, env: dict[str, str] | None = None,
                 cwd: Path | None = None) -> dict:
    """Run ``cmd`` to completion; its wall time from spawn to exit, its own peak RSS (MB), output.

    ``os.wait4`` gives the rusage of exactly this child, so its ``ru_maxrss`` is its own peak.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env or child_env(), cwd=cwd)
    out, err = _communicate(proc, stdin)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{err[-3000:]}")
    return {"seconds": wall, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024,
            "stdout": out, "stderr": err}


def _communicate(proc: subprocess.Popen, stdin: str | None) -> tuple[str, str]:
    # like Popen.communicate, but without reaping the child (wait4 does that, for its rusage)
    import threading

    chunks: dict[str, str] = {}

    def read(name, stream):
        chunks[name] = stream.read()

    threads = [threading.Thread(target=read, args=(n, s)) for n, s in (("out", proc.stdout), ("err", proc.stderr))]
    for t in threads:
        t.start()
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    for t in threads:
        t.join()
    return chunks["out"], chunks["err"]


def last_json(stdout: str) -> dict:
    """The last line of ``stdout`` that is a JSON object."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError(f"no JSON line in output: {stdout[-500:]!r}")


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (linear interpolation, like numpy's default)."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def machine() -> dict:
    """What the figures were measured on."""
    import importlib.metadata as md

    def version(name: str) -> str | None:
        try:
            return md.version(name)
        except md.PackageNotFoundError:
            return None

    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "load_avg_1m_at_start": round(os.getloadavg()[0], 2),
            **{pkg: version(pkg) for pkg in ("torch", "sentence-transformers", "chromadb", "qabot")}}


def write_json(path: str | None, data: dict) -> None:
    if path:
        Path(path).write_text(json.dumps(data, indent=2) + "\n")
