"""The checker's keyword prefilter and regex rewriting give exactly the plain answers."""

from __future__ import annotations

import json
import re
from pathlib import Path

from afterview.domain.checker import (
    conduct,
    courtesy,
    form,
    hostility,
    manner,
    presence,
    silence,
)
from afterview.domain.checker.keys import Keys, boundary_first
from afterview.domain.checker.text import Draft

DATA = Path(__file__).resolve().parents[1] / "data" / "drafts-probe.jsonl"
SAMPLES = [
    "I haven't heard back; it's been three weeks now!! Please, please let me know.",
    "Mr. Lee said no one else applied. I'd be thrilled to join Acme... Thanks to you.",
    "no \nno one\tby now   i'd be? i'm not sure. what's up with the no-show",
    "",
]


def _texts() -> list[str]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return SAMPLES + [row["text"] for row in rows]


def _keysets() -> list[Keys]:
    found = []
    for module in (conduct, courtesy, form, hostility, manner, presence, silence):
        for value in vars(module).values():
            if isinstance(value, Keys):
                found.append(value)
            if isinstance(value, tuple):
                found += [k for item in value if isinstance(item, tuple) for k in item
                          if isinstance(k, Keys)]
    return found


def test_sentences_with_matches_a_plain_substring_search() -> None:
    keysets = _keysets()
    assert len(keysets) > 10
    for text in _texts():
        draft = Draft(text, "status_email")
        for keys in keysets:
            expected = [s for s in draft.sentences if any(k in s.low for k in keys.keys)]
            assert draft.sentences_with(keys) == expected
            assert [draft.contains(s, keys) for s in draft.sentences] == [
                s in expected for s in draft.sentences
            ]


def test_keys_added_after_a_scan_are_still_found() -> None:
    draft = Draft("A zebra-crossing. Nothing here.", "status_email")
    assert draft.sentences_with(conduct._COMPLAINT_KEYS)  # scans with the current keys
    late = Keys("zebra-cro")
    assert [s.low for s in draft.sentences_with(late)] == ["a zebra-crossing."]


def test_boundary_first_keeps_the_regex() -> None:
    pattern = r"!{2,}|\bone\b|\btwo (?:a|\bb)|[|\b]x|\bthree|(?:\bfour|five)|\bsix"
    assert boundary_first(pattern) == (
        r"!{2,}|\b(?:one\b|two (?:a|\bb))|[|\b]x|\bthree|(?:\bfour|five)|\bsix"
    )
    before, after = re.compile(pattern), re.compile(boundary_first(pattern))
    for text in ["one two b x |x three four five six !!", "twob two a", *_texts()[:20]]:
        assert [m.span() for m in before.finditer(text)] == [
            m.span() for m in after.finditer(text)
        ]
