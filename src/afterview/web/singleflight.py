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
    ``rest`` and a version at least as new. Otherwise a computation runs in a thread of
    its own, one at a time: requests arriving meanwhile wait for it rather than start
    another, so a burst of requests after a write costs one computation. A request that
    accepts a slightly old answer (``stale_after``) waits that long at most, then takes
    the previous value while the computation finishes for later requests.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._kept: tuple[Key, V] | None = None
        self._running = False
        self._flight = 0  # number of the latest computation started
        self._failed: tuple[int, BaseException] | None = None

    def peek(self, key: Key) -> V | None:
        """The kept value if it satisfies ``key`` (no waiting, no computing)."""
        kept = self._kept
        return kept[1] if kept is not None and _satisfies(kept[0], key) else None

    def get(self, key: Key, compute: Callable[[Key], V], *, stale_after: float | None = None,
            timeout: float = 60.0) -> V:
        """The value for ``key``, or after ``stale_after`` seconds the previous one."""
        start = time.monotonic()
        deadline = start + timeout
        stale_at = deadline if stale_after is None else start + stale_after
        waited_on: int | None = None
        with self._cond:
            while True:
                kept = self._kept
                if kept is not None and _satisfies(kept[0], key):
                    return kept[1]
                failed = self._failed
                if failed is not None and failed[0] == waited_on:
                    raise failed[1]
                if not self._running:
                    self._running = True
                    self._flight += 1
                    threading.Thread(target=self._run, args=(self._flight, key, compute),
                                     daemon=True, name="agenda").start()
                waited_on = self._flight
                now = time.monotonic()
                if now >= stale_at and kept is not None and kept[0][1] == key[1]:
                    return kept[1]
                if now >= deadline:
                    raise TimeoutError("the agenda took too long to work out")
                has_stale = kept is not None and kept[0][1] == key[1]
                self._cond.wait((stale_at if has_stale else deadline) - now)

    def _run(self, flight: int, key: Key, compute: Callable[[Key], V]) -> None:
        try:
            value = compute(key)
        except Exception as exc:  # handed to the requests that waited for it
            with self._cond:
                self._running = False
                self._failed = (flight, exc)
                self._cond.notify_all()
            return
        with self._cond:
            self._running = False
            kept = self._kept
            if kept is None or kept[0][1] != key[1] or kept[0][0] <= key[0]:
                self._kept = (key, value)
            self._cond.notify_all()


def _satisfies(have: Key, want: Key) -> bool:
    return have[1] == want[1] and have[0] >= want[0]
