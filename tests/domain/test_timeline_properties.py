"""Properties of the timeline parser: it reads any text without an exception, in bounded time,
and what it returns hangs together."""

from __future__ import annotations

import statistics
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.domain.errors import InputError
from afterview.domain.timeline import parse_timeline

# Pieces that exercise the grammar: keywords, numbers, dates, breaks, odd characters.
PIECES = [
    "by", "Friday", "next", "week", "end", "of", "the", "month", "in", "3", "10", "-", "–",
    "to", "business", "days", "a", "couple", "few", "soon", "we'll", "let", "you", "know",
    "hear", "back", "3/14", "14/3/2026", "2026-02-30", "21st", "the 31st", "Q3", "quarter",
    "Christmas", "Thanksgiving", "bank holiday", "after", "once", ".", ",", ";", "\n",
    "\n\n", "nxt", "tmrw", "twenty", "-one", "99999999999", "0", "hours", "1.5", "mid",
    "early", "late", "this", "coming", "following", "'", "\u2019", "\u201c", "!", "?",
    "May", "may", "Sat", "decision", "please", "reply", "9999-12-31", "12/31/9999",
    "need", "give", "take", "and then", "then", "we'll call", "ten", "days", "hiring",
]
SEPARATORS = [" ", "", ",", ".", "\n", "-", "/", ":", ". ", "\n\n"]
SAID_ON = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
BUDGET_MS = 50.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300), said_on=SAID_ON, country=st.sampled_from(["US", "GB"]))
def test_any_text_reads_without_error(text: str, said_on: date, country: str) -> None:
    result = parse_timeline(text, said_on=said_on, country=country)
    assert not (result.deadline is not None and result.vague)
    if result.matched is not None:
        assert result.span is not None
        assert " ".join(text[result.span[0]:result.span[1]].split()) == result.matched


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=60), said_on=SAID_ON)
def test_keyword_soup_reads_without_error(pieces: list[str], said_on: date) -> None:
    result = parse_timeline(" ".join(pieces), said_on=said_on, country="US")
    if result.deadline is not None:
        assert result.matched


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)),
                       max_size=40),
       said_on=SAID_ON, country=st.sampled_from(["US", "GB"]))
def test_keywords_glued_by_any_punctuation_read_without_error(
        pieces: list[tuple[str, str]], said_on: date, country: str) -> None:
    text = "".join(piece + sep for piece, sep in pieces)
    result = parse_timeline(text, said_on=said_on, country=country)
    assert not (result.deadline is not None and result.vague)


def test_needed_time_with_no_time_expression_at_all() -> None:
    # "need" asks whether a length of time follows; here nothing in the message is a time.
    result = parse_timeline("we need ten\nand then a decision", said_on=date(2029, 8, 24))
    assert result.deadline is None and result.vague


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=40),
       said_on=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_deadlines_are_never_before_the_day_said_unless_dated(pieces: list[str],
                                                              said_on: date) -> None:
    text = " ".join(p for p in pieces if not any(ch.isdigit() for ch in p))
    result = parse_timeline(text, said_on=said_on, country="GB")
    if result.deadline is not None:
        assert result.deadline >= said_on


def _median_ms(text: str, runs: int = 5) -> float:
    """Median CPU time of a few reads: the parser's own work, whatever else the machine runs
    (a wall clock would measure the parallel test workers too)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        parse_timeline(text, said_on=date(2026, 3, 4), country="US")
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_any_100kb_text_is_read_in_bounded_time(pieces: list[str]) -> None:
    chunk = " ".join(pieces) or "x"
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    assert _median_ms(text) < BUDGET_MS


LONG_INPUTS = {
    "email thread": (
        "Hi Sam,\n\nThanks for coming in on Tuesday. We're interviewing through Thursday and "
        "will let you know by the 20th.\n\nBest,\nJane\n\n> On Mon, Mar 2, 2026 at 9:14 AM "
        "Sam wrote:\n> Thank you for your time today!\n"
    ) * 400,
    "one word": "next " * 20_000,
    "numbers and dashes": "1-" * 50_000,
    "slash dates": "1/2/" * 25_000,
    "no breaks": "a" * 100_000,
    "breaks only": ".\n" * 50_000,
    "dense promises": "We'll decide by Friday, or in 3 to 5 business days. " * 2_000,
}


@pytest.mark.parametrize("name", sorted(LONG_INPUTS))
def test_long_input_is_read_in_bounded_time(name: str) -> None:
    text = LONG_INPUTS[name][:100_000]
    parse_timeline(text, said_on=date(2026, 3, 4))  # warm the holiday tables
    assert _median_ms(text) < BUDGET_MS


def test_long_email_still_finds_the_promise() -> None:
    text = LONG_INPUTS["email thread"][:100_000]
    assert parse_timeline(text, said_on=date(2026, 3, 16)).deadline == date(2026, 3, 20)


def test_bad_said_on_and_country_are_input_errors() -> None:
    with pytest.raises(InputError):
        parse_timeline("by Friday", said_on="2026-03-04", country="US")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        parse_timeline("by Friday", said_on=date(2026, 3, 4), country="XX")


def test_result_is_frozen_and_explains_itself() -> None:
    result = parse_timeline("We'll decide by the end of next week.", said_on=date(2026, 3, 2))
    assert result.kind == "deadline"
    assert result.matched == "by the end of next week"
    assert "13 Mar 2026" in result.explanation
    with pytest.raises(AttributeError):
        result.deadline = None  # type: ignore[misc]
    assert result.to_dict()["deadline"] == "2026-03-13"
