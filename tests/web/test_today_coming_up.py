"""Coming up lists what is ahead; it offers no Done for a step whose time has not come."""

from __future__ import annotations

from typing import Any


def test_coming_up_rows_offer_a_draft_but_no_done(client: Any, saved: int) -> None:
    page = client.get("/").text
    # Thu 12 March: the thank-you is late (Overdue, with Done); the status window opens on
    # the 17th, and logging it now would be the early inquiry not-too-soon warns against
    overdue, coming_up = page.split('id="h-overdue"')[1].split('id="h-coming_up"')
    assert ">Done</button>" in overdue
    coming_up = coming_up.split("</section>")[0]
    assert "Status follow-up" in coming_up
    assert f'<a class="small button" href="/interviews/{saved}/draft?kind=' in coming_up
    assert ">Done</button>" not in coming_up and 'action="/steps/done"' not in coming_up


def test_the_preview_keeps_outweighed_reasons_apart_as_the_plan_does(client: Any) -> None:
    from tests.web.conftest import csrf

    answer = client.post("/interviews/preview", data={
        "csrf_token": csrf(client), "interview_at": "2026-03-10T14:00",
        "timezone": "America/New_York", "country": "US", "format": "one_on_one",
        "timeline": "Feel free to call me if you haven't heard in two weeks."},
        headers={"hx-request": "true"}).text
    status = answer.split("Status follow-up")[1].split("Final follow-up")[0]
    assert "channel-call" in status  # the call was invited, so the advice is a call ...
    decided, _, weighed = status.partition("outweighed")
    # ... and "email is the default" reads as weighed and outweighed, not as a reason for it
    assert "invited-to-call" in decided and "no-unsolicited-calls" not in decided, status
    assert "no-unsolicited-calls" in weighed
