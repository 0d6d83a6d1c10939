"""Issue 12 in the browser's pages and the JSON API: the plan box, a thank-you per
interviewer, reasons apart, overdue windows, move-on wording, correcting the contact log."""

from __future__ import annotations

import re
from typing import Any

from tests.web.conftest import NOW, application, csrf

PANEL = [{"name": "Dana Whitfield", "role": "interviewer"},
         {"name": "Tom Hale", "role": "interviewer"},
         {"name": "Sam Ortega", "role": "recruiter", "primary": True}]


def _add(app: Any, **overrides: Any) -> dict[str, Any]:
    from afterview.store.tracker import add_application

    return add_application(app.state.av.store, application(**overrides), now=NOW)


def _log(app: Any, app_id: int, **contact: Any) -> dict[str, Any]:
    from afterview.store.tracker import log_contact

    return log_contact(app.state.av.store, app_id, contact, now=NOW)


def _callout(page: str) -> str:
    found = re.search(r'<p class="callout[^"]*">(.*?)</p>', page, re.S)
    assert found, "no plan callout"
    return " ".join(re.sub(r"<[^>]+>", "", found.group(1)).split())


def test_the_plan_box_leaves_out_a_thank_you_already_sent(client: Any, app: Any) -> None:
    added = _add(app)
    dana = added["people"][0]["id"]
    _log(app, added["id"], at="2026-03-10T15:00", purpose="thank_you", person=dana)
    box = _callout(client.get(f"/interviews/{added['id']}").text)
    assert box.startswith("Next: Status follow-up")
    assert "Thank-you" not in box and "thank-you" not in box


def test_the_plan_box_names_the_interviewers_still_to_thank(client: Any, app: Any) -> None:
    added = _add(app, people=PANEL, format="panel", interview_at="2026-03-12T08:00")
    dana, tom = (p["id"] for p in added["people"][:2])
    _log(app, added["id"], at="2026-03-12T10:00", purpose="thank_you", person=dana)
    page = client.get(f"/interviews/{added['id']}").text
    box = _callout(page)
    assert box.startswith("Next: Thank-you to Tom Hale")
    assert "Dana" not in box
    assert "Thank-you to Dana Whitfield" in page and "Thank-you to Tom Hale" in page
    steps = client.get(f"/api/applications/{added['id']}").json()["plan"]["steps"]
    assert [(s["person"]["id"], s["state"]) for s in steps if s["step"] == "thank_you"] == [
        (dana, "done"), (tom, "due")]


def test_reasons_that_decided_are_shown_apart_from_those_outweighed(client: Any, app: Any
                                                                    ) -> None:
    added = _add(app, people=PANEL, format="panel", tone="formal")
    page = client.get(f"/interviews/{added['id']}").text
    status = page.split("Status follow-up", 1)[1].split("Final follow-up", 1)[0]
    decided, weighed = status.split("Weighed, and outweighed by the reasons above:")
    assert "no-unsolicited-calls" in decided and "group-interview" in decided
    assert "deadline-passed" in weighed and "deadline-passed" not in decided
    assert "a call is allowed" not in page
    reasons = client.get(f"/api/applications/{added['id']}").json()["plan"]["steps"]
    roles = {r["rule"]: r["role"] for s in reasons if s["step"] == "status"
             for r in s["reasons"]}
    assert roles["deadline-passed"] == "weighed" and roles["group-interview"] == "decided"


def test_an_overdue_step_shows_the_day_advised_and_the_window_missed(client: Any, app: Any
                                                                     ) -> None:
    added = _add(app, interview_at="2026-02-09T10:00", deadline="2026-02-13")
    _log(app, added["id"], at="2026-02-09T15:00", purpose="thank_you")
    page = client.get(f"/interviews/{added['id']}").text
    dates = re.findall(r'<div class="tl-date">(.*?)</div>', page, re.S)
    missed = [d for d in dates if "missed" in d]
    assert len(missed) == 1 and "<span>to " not in missed[0]  # no "12 Mar to 19 Feb"
    shown = client.get(f"/api/applications/{added['id']}").json()["plan"]
    step = next(s for s in shown["steps"] if s["step"] == "status")
    assert step["earliest"] == "2026-03-12"
    # Presidents' Day (16 Feb) is no business day
    assert step["missed_window"] == {"earliest": "2026-02-18", "latest": "2026-02-19"}


def test_move_on_neither_claims_a_skip_nor_an_archive(client: Any, app: Any) -> None:
    added = _add(app, interview_at="2026-01-12T10:00", deadline=None)
    _log(app, added["id"], at="2026-01-12T15:00", purpose="thank_you")
    _log(app, added["id"], at="2026-01-21T10:00", purpose="status")
    page = client.get(f"/interviews/{added['id']}").text
    assert "time to move on" in page
    assert "archived" not in page
    assert ">skipped" not in page.lower() and "not needed" in page.lower()
    assert "close the application when you are ready" in page


def test_a_contact_is_corrected_and_removed_on_the_interview_page(client: Any, app: Any
                                                                  ) -> None:
    added = _add(app)
    app_id, dana = added["id"], added["people"][0]["id"]
    cid = _log(app, app_id, at="2026-03-10T15:00", purpose="thank_you")["contact"]["id"]
    token = csrf(client, f"/interviews/{app_id}")
    page = client.get(f"/interviews/{app_id}").text
    assert f'action="/interviews/{app_id}/contacts/{cid}"' in page
    assert f'action="/interviews/{app_id}/contacts/{cid}/remove"' in page
    form = {"csrf_token": token, "at": "2026-03-10T16:30", "channel": "email",
            "purpose": "thank_you", "outcome": "sent", "person": str(dana), "notes": "fixed"}
    saved = client.post(f"/interviews/{app_id}/contacts/{cid}", data=form,
                        follow_redirects=False)
    assert saved.status_code == 303
    contact = client.get(f"/api/applications/{app_id}").json()["application"]["contacts"][0]
    assert (contact["at"][:16], contact["person"], contact["notes"]) == (
        "2026-03-10T16:30", dana, "fixed")
    future = client.post(f"/interviews/{app_id}/contacts/{cid}",
                         data={**form, "at": "2026-03-13T09:00"})
    assert future.status_code == 400 and "is in the future" in future.text
    assert '<details class="contact-edit" open>' in future.text
    removed = client.post(f"/interviews/{app_id}/contacts/{cid}/remove",
                          data={"csrf_token": token}, follow_redirects=False)
    assert removed.status_code == 303
    assert client.get(f"/api/applications/{app_id}").json()["application"]["contacts"] == []
    assert client.post(f"/interviews/{app_id}/contacts/{cid}/remove",
                       data={"csrf_token": token}).status_code == 404


def test_api_patch_and_delete_a_contact(client: Any, app: Any) -> None:
    added = _add(app)
    app_id = added["id"]
    logged = client.post(f"/api/applications/{app_id}/contacts",
                         json={"at": "2026-03-10T15:00", "purpose": "thank_you"})
    cid = logged.json()["contact"]["id"]
    fixed = client.patch(f"/api/applications/{app_id}/contacts/{cid}",
                         json={"notes": "to Dana", "channel": "linkedin"})
    assert fixed.status_code == 200
    assert (fixed.json()["contact"]["notes"], fixed.json()["contact"]["channel"]) == (
        "to Dana", "linkedin")
    assert fixed.json()["plan"]["steps"][0]["state"] == "done"
    ahead = client.patch(f"/api/applications/{app_id}/contacts/{cid}",
                         json={"at": "2026-03-12T23:00-04:00"})
    assert ahead.status_code == 400 and "in the future" in ahead.json()["detail"]
    assert client.patch(f"/api/applications/{app_id}/contacts/999",
                        json={"notes": "x"}).status_code == 404
    assert client.patch(f"/api/applications/999/contacts/{cid}",
                        json={"notes": "x"}).status_code == 404
    gone = client.delete(f"/api/applications/{app_id}/contacts/{cid}")
    assert gone.status_code == 200 and gone.json()["removed"]["id"] == cid
    assert gone.json()["plan"]["steps"][0]["state"] == "overdue"  # due on 11 March
    assert client.delete(f"/api/applications/{app_id}/contacts/{cid}").status_code == 404


def test_settings_names_the_computers_zone_not_the_profiles(client: Any, app: Any) -> None:
    from afterview.localzone import system_timezone

    page = client.get("/settings").text
    assert f"this computer’s ({system_timezone()})" in page
    if system_timezone() != "America/New_York":  # the profile's zone in these tests
        assert "this computer’s (America/New_York)" not in page


def test_stats_leave_out_a_follow_up_sent_yesterday(client: Any, app: Any) -> None:
    added = _add(app)
    _log(app, added["id"], at="2026-03-11T10:00", purpose="status")
    rows = client.get("/api/stats").json()["by_channel"]
    assert rows == [{"channel": "email", "follow_ups": 0, "waiting": 1, "answered": 0,
                     "response_rate": None, "median_days": None, "mean_days": None}]


def test_the_calendar_feed_has_a_thank_you_per_interviewer(client: Any, app: Any) -> None:
    _add(app, people=PANEL, format="panel", interview_at="2026-03-12T08:00")
    feed = client.get("/calendar/feed-secret-token.ics").text.replace("\r\n ", "")
    uids = re.findall(r"UID:(\S+)", feed)
    assert len(uids) == len(set(uids))
    assert "Thank-you email to Dana Whitfield" in feed and "Thank-you email to Tom Hale" in feed
