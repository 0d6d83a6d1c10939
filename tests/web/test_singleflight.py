"""One computation per change, however many requests wait for it."""

from __future__ import annotations

import threading
import time

import pytest

from afterview.web.singleflight import SingleFlight


def test_a_burst_of_requests_costs_one_computation() -> None:
    flight: SingleFlight[str] = SingleFlight()
    calls: list[tuple[int, object]] = []

    def compute(key: tuple[int, object]) -> str:
        calls.append(key)
        time.sleep(0.2)  # long enough for every thread below to arrive and wait
        return f"agenda v{key[0]}"

    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(
        flight.get((1, "tue"), compute))) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert results == ["agenda v1"] * 16
    assert calls == [(1, "tue")]
    assert flight.peek((1, "tue")) == "agenda v1"
    assert flight.peek((2, "tue")) is None  # a write happened: not fresh enough
    assert flight.peek((1, "wed")) is None  # another day
    assert flight.get((2, "tue"), compute) == "agenda v2"
    assert flight.peek((1, "tue")) == "agenda v2"  # newer data satisfies an older version
    assert len(calls) == 2


def test_a_failed_computation_lets_the_next_request_try() -> None:
    flight: SingleFlight[str] = SingleFlight()

    def broken(_key: tuple[int, object]) -> str:
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        flight.get((1, "tue"), broken)
    assert flight.get((1, "tue"), lambda key: "fine") == "fine"


def test_a_request_that_accepts_it_gets_the_previous_value_while_the_next_is_worked_out(
        ) -> None:
    flight: SingleFlight[str] = SingleFlight()
    assert flight.get((1, "tue"), lambda key: "v1") == "v1"
    release = threading.Event()

    def slow(key: tuple[int, object]) -> str:
        release.wait(timeout=10)
        return f"v{key[0]}"

    started = time.monotonic()
    assert flight.get((2, "tue"), slow, stale_after=0.05) == "v1"
    assert time.monotonic() - started < 5
    release.set()
    assert flight.get((2, "tue"), slow) == "v2"  # waits for the one computation running
