"""Any string in, findings out: no exception and bounded time, whatever the text."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview import check_draft
from afterview.domain.checker import KINDS
from afterview.domain.checker.rules_presence import RECORD, STATUS_OK

ODD_RECORDS = [None, RECORD, {}, {"candidate": None, "interviewers": "x", "topics": 5},
               {"candidate": {"name": 3}, "interviewers": [{"name": None}, "Ann", 7],
                "date": "not a date", "position": ["list"]}]


def _check_all(text: str, *, spelling: bool = True) -> None:
    for kind in KINDS:
        for record in ODD_RECORDS:
            for f in check_draft(text, kind=kind, interview=record, spelling=spelling):
                assert 0 <= f.start <= f.end <= len(text)
                assert f.severity in ("error", "warning")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_findings_not_exceptions(text: str) -> None:
    _check_all(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(
    ["Hi", "Dear", "[Name]", "{{", "}}", "<", ">", "!!", "?", "\n", "Mr.", "Tallis", "asap",
     "candidates", "thanks to", "am I in", "why", "delay", "😀", "  ", "\t", "ـ", "שלום"]),
    max_size=40))
def test_token_soup_from_the_rules_vocabulary(parts: list[str]) -> None:
    _check_all(" ".join(parts))


@pytest.mark.parametrize("text", [
    "",
    " ",
    "\x00\x01\x02\ufffd\ud800",
    "שלום, תודה רבה על הראיון. مرحبا، شكرا لك على المقابلة.",
    "\u202eReversed text\u202c with bidi controls \u200f",
    "İstanbul İİİ ǅ ß ﬁ",
])
def test_odd_strings(text: str) -> None:
    _check_all(text)


def test_binary_noise() -> None:
    noise = bytes(random.Random(4).randrange(256) for _ in range(20_000))
    _check_all(noise.decode("latin-1"))
    _check_all(noise.decode("utf-8", errors="surrogateescape"))


def test_one_megabyte_in_bounded_time() -> None:
    big = (STATUS_OK + "\n") * (1_000_000 // len(STATUS_OK))
    start = time.perf_counter()
    found = check_draft(big, kind="status_email", interview=RECORD)
    elapsed = time.perf_counter() - start
    assert any(f.rule == "too-long" for f in found)
    assert elapsed < 30, elapsed


def test_one_megabyte_of_one_character() -> None:
    for ch in ("a", "!", "[", " ", "\n", "_"):
        start = time.perf_counter()
        check_draft(ch * 1_000_000, kind="status_email", interview=RECORD)
        assert time.perf_counter() - start < 30, ch


def test_text_must_be_a_string() -> None:
    from afterview.domain.errors import InputError

    with pytest.raises(InputError):
        check_draft(b"bytes", kind="status_email")  # type: ignore[arg-type]
