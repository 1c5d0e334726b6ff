"""Sliding-window rate limits: at most N questions per S seconds, per user and per channel.

Not thread-safe: use it from the event loop only (that is where the bot checks it).
"""
from __future__ import annotations

import math
import re
import time
from collections import OrderedDict, deque
from typing import Callable, Hashable


def parse_rate(rate: str) -> tuple[int, float]:
    """``"5/60"`` -> ``(5, 60.0)``: five per sixty seconds.

    Raises:
        ValueError: for anything else, naming the expected form.
    """
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*", rate or "")
    if not m or int(m[1]) < 1 or float(m[2]) <= 0:
        raise ValueError(f"rate {rate!r} should look like 5/60 (five per sixty seconds)")
    return int(m[1]), float(m[2])


class RateLimit:
    """At most ``count`` hits per ``per`` seconds for each key.

    Args:
        rate: ``"COUNT/SECONDS"``.
        clock: seconds, monotonic (tests pass their own).
        max_keys: keys remembered; the least recently used are forgotten beyond that.
    """

    def __init__(self, rate: str, clock: Callable[[], float] = time.monotonic, max_keys: int = 10_000) -> None:
        self.count, self.per = parse_rate(rate)
        self.clock = clock
        self.max_keys = max_keys
        self._hits: OrderedDict[Hashable, deque[float]] = OrderedDict()

    def retry_after(self, key: Hashable) -> float:
        """Seconds until ``key`` may hit again (0 when it may now). Does not count a hit."""
        now = self.clock()
        hits = self._hits.get(key)
        if not hits:
            return 0.0
        while hits and hits[0] <= now - self.per:
            hits.popleft()
        if len(hits) < self.count:
            return 0.0
        return max(0.0, hits[0] + self.per - now)

    def hit(self, key: Hashable) -> None:
        """Count a hit for ``key``."""
        hits = self._hits.setdefault(key, deque())
        self._hits.move_to_end(key)
        hits.append(self.clock())
        while len(self._hits) > self.max_keys:
            self._hits.popitem(last=False)

    def describe(self) -> str:
        """E.g. "5 questions per 60 s"."""
        return f"{self.count} question{'s' if self.count != 1 else ''} per {self.per:g} s"


class Limits:
    """The per-user and per-channel limits, checked together: a question counts against both
    only when both allow it."""

    def __init__(self, user_rate: str, channel_rate: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.user = RateLimit(user_rate, clock)
        self.channel = RateLimit(channel_rate, clock)

    def acquire(self, user_id: int, channel_id: int | None) -> str | None:
        """Count a question by ``user_id`` in ``channel_id``; or, when over a limit, return a
        friendly message saying when to try again (and count nothing)."""
        wait = self.user.retry_after(user_id)
        if wait > 0:
            return (f"You're asking faster than I can keep up ({self.user.describe()} each). "
                    f"Try again in {math.ceil(wait)} s.")
        if channel_id is not None:
            wait = self.channel.retry_after(channel_id)
            if wait > 0:
                return (f"This channel is busy ({self.channel.describe()} per channel). "
                        f"Try again in {math.ceil(wait)} s.")
        self.user.hit(user_id)
        if channel_id is not None:
            self.channel.hit(channel_id)
        return None
