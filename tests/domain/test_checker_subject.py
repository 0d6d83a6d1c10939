"""A draft that starts with a ``Subject:`` line is checked as fully as one without."""

from __future__ import annotations

import pytest

from afterview.domain.checker import check_draft

RECORD = {
    "candidate": "Sam Lee", "interviewers": [{"name": "Priya Raman"}], "company": "Acme",
    "position": "Data Analyst", "date": "2026-12-01", "topics": ["the dashboards migration"],
}
BODY = ("Hi {name},\n\nThank you for the interview for the Data Analyst position. I enjoyed "
        "our talk about the dashboards migration and remain very interested.\n\nSam Lee\n")


@pytest.mark.parametrize("head", ["", "Subject: Thank you\n\n", "Subject: Thank you\n",
                                  "subject: Thank you\n\n\n", "Re: our interview\n\n"])
def test_a_wrong_name_after_a_subject_line_is_found(head: str) -> None:
    findings = check_draft(head + BODY.format(name="Patricia"), kind="thank_you_email",
                           interview=RECORD)
    hits = [f for f in findings if f.rule == "wrong-name"]
    assert len(hits) == 1
    text = head + BODY.format(name="Patricia")
    assert text[hits[0].start:hits[0].end] == "Patricia"


@pytest.mark.parametrize("head", ["", "Subject: Thank you\n\n"])
def test_the_right_name_after_a_subject_line_passes(head: str) -> None:
    findings = check_draft(head + BODY.format(name="Priya"), kind="thank_you_email",
                           interview=RECORD)
    assert [f.rule for f in findings if f.rule == "wrong-name"] == []


def test_findings_about_a_span_quote_the_flagged_text() -> None:
    text = ("Subject: Thank you\n\nHi Patricia,\n\nThank you for the intervew. Did I get the "
            "job?? I really need this.\n\nSam Lee\n")
    found = {f.rule: f.message for f in check_draft(text, kind="thank_you_email",
                                                    interview=RECORD)}
    assert found["spelling"] == "The word 'intervew' looks misspelt (spelling)."
    assert found["wrong-name"].startswith("'Patricia' is not")
    assert found["asks-if-hired"].startswith("'Did I get the job")
    # a missing element points at a sentence that is not the problem: nothing quoted
    assert found["no-position"] == "The role is not named (no-position)."
