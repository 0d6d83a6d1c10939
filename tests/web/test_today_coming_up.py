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
