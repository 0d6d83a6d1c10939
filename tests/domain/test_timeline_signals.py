"""What real writing taught the reader (RULES.md §2 as amended), one case per class.

Each class was misread before the real-text set (tests/data/timeline-real.tsv) showed it;
the wording here is our own, so these test the signal, not the set's phrases.
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview import parse_timeline

SAID = date(2026, 3, 10)  # a Tuesday


def _read(text: str, country: str = "US") -> str:
    found = parse_timeline(text, said_on=SAID, country=country)
    if found.deadline is not None:
        return found.deadline.isoformat()
    return "VAGUE" if found.vague else "NONE"


@pytest.mark.parametrize(("text", "expected"), [
    # contact promised only to some candidates, with no time: no promise
    ("If you are shortlisted, we will contact you to arrange an interview.", "NONE"),
    ("Unsuccessful candidates will be notified by email.", "NONE"),
    ("If you are selected, our team will be in touch. We will then send you the details.",
     "NONE"),
    # ... both sides together reach everyone; with a time the promise counts
    ("Whether or not you are successful, we will let you know.", "VAGUE"),
    ("If you are shortlisted you will hear from us within two weeks.", "2026-03-24"),
    # expiries, the candidate's own limits, retention, future openings
    ("The assessment link expires in 5 days.", "NONE"),
    ("You will have 48 hours to accept the offer.", "NONE"),
    ("I have until Friday to give them my answer.", "NONE"),
    ("We regret that you were not selected. We will contact you should a similar role "
     "become available.", "NONE"),
    # advice, examples and the writer's guesses
    ("Employers usually get back to candidates within a week or two.", "NONE"),
    ("For example, you could say: we will decide by Friday.", "NONE"),
    ("I'm guessing they will decide on Thursday.", "NONE"),
    ("I still haven't heard back from them.", "NONE"),
    # reported speech in a candidate's note
    ("The recruiter will email me on Friday.", "2026-03-13"),
    ("I should find out tomorrow.", "2026-03-11"),
    ("The email said, \"early next week.\"", "2026-03-17"),
    ("They said they would call that afternoon.", "2026-03-10"),
    # spans from another event; elapsed time
    ("Results normally take 2-3 weeks from the date applications closed.", "VAGUE"),
    ("They said they'd get back to me within a week, but it has been two weeks now.",
     "2026-03-17"),
    ("She spoke to me on Friday and will call within five days.", "2026-03-15"),
])
def test_signal(text: str, expected: str) -> None:
    assert _read(text) == expected, text
