"""One computation per change, however many requests ask for it at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")
Key = tuple[int, Hashable]
"""(change version, everything else the value depends on)."""


class SingleFlight(Generic[V]):
    """The newest value worked out, and at most one computation of the next one.

    A request whose key (version, rest) the kept value satisfies gets it at once: same
    ``rest`` and a version at least as new. Otherwise one request computes while the
    others wait for it, then take its result if it satisfies them, else one of them
    computes next. So a burst of requests after a write costs one computation, and no
    request is answered from data older than the version it saw on arrival.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._kept: tuple[Key, V] | None = None
        self._running = False

    def peek(self, key: Key) -> V | None:
        """The kept value if it satisfies ``key`` (no waiting, no computing)."""
        kept = self._kept
        return kept[1] if kept is not None and _satisfies(kept[0], key) else None

    def get(self, key: Key, compute: Callable[[Key], V], *, timeout: float = 60.0) -> V:
        """The value for ``key``, computed here only when no other thread is computing."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                kept = self._kept
                if kept is not None and _satisfies(kept[0], key):
                    return kept[1]
                if not self._running:
                    self._running = True
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the agenda took too long to work out")
                self._cond.wait(remaining)
        value: V | None = None
        try:
            value = compute(key)
            return value
        finally:
            with self._cond:
                self._running = False
                if value is not None:
                    kept = self._kept
                    if kept is None or kept[0][1] != key[1] or kept[0][0] <= key[0]:
                        self._kept = (key, value)
                self._cond.notify_all()


def _satisfies(have: Key, want: Key) -> bool:
    return have[1] == want[1] and have[0] >= want[0]
