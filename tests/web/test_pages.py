"""Every page through the ASGI client: what it shows, and 4xx answers to bad input."""

from __future__ import annotations

from typing import Any

from tests.web.conftest import application, csrf


def test_every_answer_carries_the_security_headers(client: Any) -> None:
    answer = client.get("/")
    assert answer.status_code == 200
    policy = answer.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_no_inline_script_or_style_in_any_page(client: Any, saved: int) -> None:
    for path in ("/", "/pipeline", "/interviews/new", f"/interviews/{saved}",
                 f"/interviews/{saved}/edit", f"/interviews/{saved}/draft", "/stats",
                 "/settings"):
        html = client.get(path).text
        assert "<script>" not in html and " style=" not in html and "onclick" not in html, path


def test_today_lists_the_due_thank_you_and_logs_it_in_one_click(client: Any,
                                                                  saved: int) -> None:
    page = client.get("/").text
    assert "Harborline Logistics" in page and "Thank-you" in page
    answer = client.post("/steps/done", data={
        "csrf_token": csrf(client), "application": str(saved), "step": "thank_you",
        "channel": "email", "outcome": "sent"}, headers={"hx-request": "true"})
    assert answer.status_code == 200
    assert 'id="agenda"' in answer.text and "Logged" in answer.text
    shown = client.get(f"/api/applications/{saved}").json()
    assert shown["application"]["contacts"][0]["purpose"] == "thank_you"


def test_step_done_refuses_bad_input(client: Any, saved: int) -> None:
    token = csrf(client)
    assert client.post("/steps/done", data={"csrf_token": token, "step": "thank_you"}
                       ).status_code == 400
    assert client.post("/steps/done", data={"csrf_token": token, "application": "999",
                                            "step": "status"}).status_code == 404
    bad_outcome = client.post("/steps/done", data={
        "csrf_token": token, "application": str(saved), "step": "status", "outcome": "maybe"})
    assert bad_outcome.status_code == 400 and "outcome" in bad_outcome.text


def test_forms_without_the_csrf_token_are_refused(client: Any, saved: int) -> None:
    for path in ("/steps/done", "/interviews", f"/interviews/{saved}/contacts",
                 f"/interviews/{saved}/close", "/settings/profile", "/interviews/preview"):
        answer = client.post(path, data={"csrf_token": "forged", "company": "X"})
        assert answer.status_code == 403, path
    assert client.get(f"/api/applications/{saved}").json()["application"]["stage"] == "awaiting"


def test_new_interview_saves_and_shows_its_plan(client: Any) -> None:
    answer = client.post("/interviews", data={
        "csrf_token": csrf(client), "company": "Northwind", "position": "Product Manager",
        "interview_at": "2026-03-09T10:00", "timezone": "America/New_York", "country": "US",
        "deadline": "2026-03-13", "format": "panel", "tone": "formal",
        "scheduled_via": "email", "topics": "onboarding flow\nmetrics",
        "person-0-name": "Lee Chan", "person-0-email": "lee@northwind.example",
        "person-3-name": "Ana Ruiz", "final_followup": "on"}, follow_redirects=False)
    assert answer.status_code == 303
    page = client.get(answer.headers["location"]).text
    assert "Northwind" in page and "wait-for-deadline" in page and "Lee Chan" in page
    assert "Tue 17 Mar 2026" in page  # Friday 13th + 2 business days


def test_new_interview_shows_errors_beside_the_fields(client: Any) -> None:
    answer = client.post("/interviews", data={
        "csrf_token": csrf(client), "company": "", "position": "Analyst",
        "interview_at": "2026-03-09T10:00", "timezone": "America/New_York"})
    assert answer.status_code == 400
    assert 'id="e-company"' in answer.text and "company is required" in answer.text
    bad_email = client.post("/interviews", data={
        "csrf_token": csrf(client), "company": "A", "position": "B",
        "interview_at": "2026-03-09T10:00", "person-0-name": "Lee",
        "person-0-email": "not-an-email"})
    assert bad_email.status_code == 400 and 'id="e-person-0-email"' in bad_email.text
    bad_zone = client.post("/interviews", data={
        "csrf_token": csrf(client), "company": "A", "position": "B",
        "interview_at": "2026-03-09T10:00", "timezone": "Mars/Base"})
    assert bad_zone.status_code == 400 and "Mars/Base" in bad_zone.text


def test_preview_shows_the_plan_as_you_type(client: Any) -> None:
    answer = client.post("/interviews/preview", data={
        "csrf_token": csrf(client), "interview_at": "2026-03-10T14:00",
        "timezone": "America/New_York", "country": "US", "deadline": "2026-03-20"},
        headers={"hx-request": "true"})
    assert answer.status_code == 200
    assert 'id="preview"' in answer.text and "Tue 24 Mar 2026" in answer.text
    assert "wait-for-deadline" in answer.text
    half_typed = client.post("/interviews/preview", data={
        "csrf_token": csrf(client), "interview_at": "2026-03-1"})
    assert half_typed.status_code == 200 and "not complete" in half_typed.text


def test_preview_reads_an_invitation_to_call_from_the_words(client: Any) -> None:
    # no tick box: "feel free to call me" in their words is the invitation
    answer = client.post("/interviews/preview", data={
        "csrf_token": csrf(client), "interview_at": "2026-03-10T14:00",
        "timezone": "America/New_York", "country": "US",
        "timeline": "Feel free to call me if you haven't heard in two weeks."},
        headers={"hx-request": "true"})
    assert answer.status_code == 200
    assert "Tue 24 Mar 2026" in answer.text  # the date the words give
    assert 'class="invited"' in answer.text and "invited-to-call" in answer.text
    plain = client.post("/interviews/preview", data={
        "csrf_token": csrf(client), "interview_at": "2026-03-10T14:00",
        "timezone": "America/New_York", "country": "US",
        "timeline": "We'll be in touch within two weeks."}, headers={"hx-request": "true"})
    assert 'class="invited"' not in plain.text


def test_stored_script_in_notes_renders_inert(client: Any, app: Any) -> None:
    from afterview.store.tracker import add_application

    evil = "<script>alert('x')</script>"
    saved = add_application(app.state.av.store, application(
        company=f"Evil {evil}", notes=evil, topics=[evil]))["id"]
    for path in (f"/interviews/{saved}", "/", "/pipeline", f"/interviews/{saved}/edit",
                 f"/interviews/{saved}/draft?kind=status_email"):
        html = client.get(path).text
        assert evil not in html, path
    assert "&lt;script&gt;" in client.get(f"/interviews/{saved}").text


def test_interview_page_and_its_404(client: Any, saved: int) -> None:
    page = client.get(f"/interviews/{saved}").text
    for words in ("thanks-24h", "wait-for-deadline", "no-unsolicited-calls", "Contact log",
                  "Dana Whitfield", "route dashboards"):
        assert words in page
    assert client.get("/interviews/999").status_code == 404
    assert client.get("/interviews/abc").status_code == 422
    assert client.get("/nowhere").status_code == 404


def test_log_contact_and_reply_update_the_plan(client: Any, saved: int) -> None:
    token = csrf(client)
    sent = client.post(f"/interviews/{saved}/contacts", data={
        "csrf_token": token, "direction": "outbound", "channel": "email",
        "purpose": "thank_you", "outcome": "sent", "at": "2026-03-10T16:00"},
        follow_redirects=False)
    assert sent.status_code == 303
    reply = client.post(f"/interviews/{saved}/contacts", data={
        "csrf_token": token, "direction": "inbound", "channel": "email",
        "outcome": "next_round", "notes": "Second round next week"}, follow_redirects=False)
    assert reply.status_code == 303
    page = client.get(f"/interviews/{saved}").text
    assert "employer-replied" in page and "Second round next week" in page


def test_log_contact_errors_show_beside_the_form(client: Any, saved: int) -> None:
    answer = client.post(f"/interviews/{saved}/contacts", data={
        "csrf_token": csrf(client), "direction": "outbound", "channel": "pigeon"})
    assert answer.status_code == 400 and "channel must be one of" in answer.text
    future = client.post(f"/interviews/{saved}/contacts", data={
        "csrf_token": csrf(client), "direction": "outbound", "at": "2026-05-01T10:00"})
    assert future.status_code == 400 and "in the future" in future.text
    assert client.post("/interviews/999/contacts", data={
        "csrf_token": csrf(client)}).status_code == 404


def test_close_from_today_and_a_bad_reason(client: Any, saved: int) -> None:
    token = csrf(client)
    assert client.post(f"/interviews/{saved}/close", data={
        "csrf_token": token, "reason": "because"}).status_code == 400
    closed = client.post(f"/interviews/{saved}/close", data={
        "csrf_token": token, "reason": "withdrawn", "back": "/"}, follow_redirects=False)
    assert closed.status_code == 303 and closed.headers["location"] == "/"


def test_edit_form_prefills_and_saves(client: Any, saved: int) -> None:
    form = client.get(f"/interviews/{saved}/edit").text
    assert 'value="Harborline Logistics"' in form
    answer = client.post(f"/interviews/{saved}", data={
        "csrf_token": csrf(client), "company": "Harborline", "position": "Lead Analyst",
        "interview_at": "2026-03-10T10:00", "deadline": "2026-03-13",
        "timezone": "America/New_York"}, follow_redirects=False)
    assert answer.status_code == 303
    assert "Lead Analyst" in client.get(f"/interviews/{saved}").text
    bad = client.post(f"/interviews/{saved}", data={
        "csrf_token": csrf(client), "company": "Harborline", "position": "Lead Analyst",
        "interview_at": "2026-03-10T10:00", "duration_min": "-5"})
    assert bad.status_code == 400 and 'id="e-duration_min"' in bad.text


def test_pipeline_search_and_filters(client: Any, app: Any, saved: int) -> None:
    from afterview.store.tracker import add_application

    add_application(app.state.av.store, application(company="Cobalt Ridge Bank",
                                                     position="Risk Analyst"))
    page = client.get("/pipeline").text
    assert "Harborline" in page and "Cobalt Ridge" in page
    found = client.get("/pipeline?q=cobalt", headers={"hx-request": "true",
                                                      "hx-target": "results"})
    assert found.status_code == 200 and found.text.startswith('<div id="results">')
    assert "Cobalt Ridge" in found.text and "Harborline" not in found.text
    assert "Nothing matches" in client.get("/pipeline?stage=offer").text
    assert client.get("/pipeline?stage=nonsense&due=whenever").status_code == 200


def test_draft_editor_marks_findings_and_offers_eml(client: Any, saved: int) -> None:
    page = client.get(f"/interviews/{saved}/draft?kind=status_email")
    assert page.status_code == 200 and 'id="backdrop"' in page.text
    checked = client.post(f"/interviews/{saved}/draft/check", data={
        "csrf_token": csrf(client), "kind": "status_email", "subject": "Checking in",
        "body": "Hey Dana, why is this taking so long??? I really need this job ASAP!!!"},
        headers={"hx-request": "true"})
    assert checked.status_code == 200
    assert '<mark class="finding' in checked.text and 'hx-swap-oob="true"' in checked.text
    assert "questions-delay" in checked.text or "desperate-tone" in checked.text
    eml = client.post(f"/interviews/{saved}/draft/eml", data={
        "csrf_token": csrf(client), "kind": "status_email", "subject": "Following up",
        "body": "Dear Sam,\n\nThank you.\n\nPriya Nair"})
    assert eml.status_code == 200 and eml.headers["content-type"].startswith("message/rfc822")
    assert b"Subject: Following up" in eml.content and b"sam@harborline.example" in eml.content


def test_draft_editor_bad_kind_and_missing_facts(client: Any, saved: int) -> None:
    assert client.get(f"/interviews/{saved}/draft?kind=sonnet").status_code == 400
    assert client.get(f"/interviews/{saved}/draft?kind=status_email&tone=rude"
                      ).status_code == 400
    assert client.get("/interviews/999/draft").status_code == 404


def test_stats_page_draws_svg_charts(client: Any, saved: int) -> None:
    client.post(f"/interviews/{saved}/contacts", data={
        "csrf_token": csrf(client), "direction": "inbound", "channel": "email",
        "outcome": "replied"})
    page = client.get("/stats").text
    assert "<svg" in page and "Interviews answered by format" in page


def test_settings_profile_policy_and_templates(client: Any, web_config: Any) -> None:
    token = csrf(client)
    page = client.get("/settings").text
    assert "/calendar/feed-secret-token.ics" in page and "wait-for-deadline" in page
    bad = client.post("/settings/profile", data={"csrf_token": token, "email": "nope"})
    assert bad.status_code == 400 and "not an email address" in bad.text
    assert client.post("/settings/profile", data={
        "csrf_token": token, "name": "Priya N.", "email": "p@example.com",
        "country": "GB", "subdivision": "", "timezone": "Europe/London"},
        follow_redirects=False).status_code == 303
    assert 'name = "Priya N."' in web_config.profile_path.read_text()
    bad_policy = client.post("/settings/policy", data={"csrf_token": token,
                                                       "deadline_earliest_bd": "lots"})
    assert bad_policy.status_code == 400
    fields = {"csrf_token": token, "default_duration_min": "60", "deadline_earliest_bd": "3",
              "deadline_latest_bd": "4", "no_deadline_earliest_days": "7",
              "no_deadline_latest_days": "14", "final_after_bd": "5",
              "move_on_after_final_bd": "5", "move_on_without_final_bd": "10",
              "email_max_words": "200", "call_max_seconds": "120",
              "voicemail_max_seconds": "30", "words_per_minute": "130",
              "text_max_chars": "320", "final_followup": "on"}
    assert client.post("/settings/policy", data=fields,
                       follow_redirects=False).status_code == 303
    assert "deadline_earliest_bd = 3" in web_config.policy_path.read_text()
    name = "status_email.neutral.j2"
    assert "Subject:" in client.get(f"/settings?template={name}").text
    broken = client.post("/settings/templates", data={
        "csrf_token": token, "template": name, "text": "{% if %}", "action": "save"})
    assert broken.status_code == 400 and "line 1" in broken.text
    escape = client.post("/settings/templates", data={
        "csrf_token": token, "template": "../../evil.j2", "text": "x", "action": "save"})
    assert escape.status_code == 400
    assert client.post("/settings/templates", data={
        "csrf_token": token, "template": name, "text": "Subject: Hi\n\nHello",
        "action": "save"}, follow_redirects=False).status_code == 303
    assert (web_config.templates_dir / name).read_text() == "Subject: Hi\n\nHello"
    import stat

    # what the settings page writes is private: the profile holds the feed's secret
    assert {stat.S_IMODE(p.stat().st_mode) for p in (
        web_config.profile_path, web_config.policy_path, web_config.templates_dir / name)} \
        == {0o600}
    assert stat.S_IMODE(web_config.templates_dir.stat().st_mode) == 0o700


def test_calendar_feed_at_the_secret_url_only(client: Any, saved: int) -> None:
    feed = client.get("/calendar/feed-secret-token.ics")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in feed.content and b"Harborline" in feed.content
    assert client.get("/calendar/guess.ics").status_code == 404
    token = csrf(client, "/settings")
    client.post("/settings/calendar", data={"csrf_token": token})
    assert client.get("/calendar/feed-secret-token.ics").status_code == 404


def test_unknown_host_is_refused(client: Any) -> None:
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_static_files_and_vendored_htmx_licence(client: Any) -> None:
    assert client.get("/static/vendor/htmx.min.js").status_code == 200
    assert "Zero-Clause BSD" in client.get("/static/vendor/htmx.LICENSE").text
    assert client.get("/static/app.css").status_code == 200


def test_today_sees_writes_from_another_process(client: Any, web_config: Any) -> None:
    from afterview.store.database import open_store
    from afterview.store.tracker import add_application

    assert "Nothing due this week" in client.get("/").text  # computed and kept
    other = open_store(web_config.database_url)  # as the command line would
    add_application(other, application(company="Brightloop"))
    other.close()
    assert "Brightloop" in client.get("/").text


def test_a_template_override_that_reaches_for_python_is_refused(
    client: Any, web_config: Any
) -> None:
    token = csrf(client, "/settings")
    name = "status_email.neutral.j2"
    payload = "Subject: Hi\n\n{{ cycler.__init__.__globals__.os.popen('id').read() }}\n"
    answer = client.post("/settings/templates", data={
        "csrf_token": token, "template": name, "text": payload, "action": "save"})
    assert answer.status_code == 400
    assert "not allowed in a template" in answer.text and "line 3" in answer.text
    assert "uid=" not in answer.text
    assert not (web_config.templates_dir / name).exists()
    shared = client.post("/settings/templates", data={
        "csrf_token": token, "template": "_signature.j2",
        "text": "{{ ''.__class__.__mro__ }}", "action": "save"})
    assert shared.status_code == 400 and "not allowed" in shared.text
