"""What the pages say: human labels for settings and vocabulary values, one date style,
the right recipient on a call script, and rule ids a phone can open."""

from __future__ import annotations

import re
from typing import Any

from tests.web.conftest import NOW, application

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _text(html: str) -> str:
    """The words a reader sees: no tags, no form values, no textarea contents."""
    html = re.sub(r"<textarea.*?</textarea>", " ", html, flags=re.S)
    html = re.sub(r"<(script|style).*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _stored(app: Any, **overrides: Any) -> int:
    from afterview.store.tracker import add_application, log_contact

    store = app.state.av.store
    app_id = int(add_application(store, application(**overrides), now=NOW)["id"])
    log_contact(store, app_id, {"at": "2026-03-10T16:00", "channel": "email",
                                "purpose": "thank_you", "outcome": "sent"},
                direction="outbound", now=NOW)
    return app_id


def test_settings_name_each_policy_setting_in_words(client: Any) -> None:
    from dataclasses import fields

    from afterview.domain.policy import Policy

    text = _text(client.get("/settings").text)
    for raw in ("deadline earliest bd", "final followup", "move on without final bd"):
        assert raw not in text.lower()
    for f in fields(Policy):
        assert f.metadata["label"] in text


def test_the_record_says_no_deadline_in_words(client: Any, app: Any) -> None:
    app_id = _stored(app, deadline="NONE")
    text = _text(client.get(f"/interviews/{app_id}").text)
    assert "No deadline given" in text
    assert "NONE" not in text
    form = _text(client.get("/interviews/new").text)
    assert "VAGUE" not in form and "NONE" not in form


def test_vocabulary_values_read_as_labels_everywhere(client: Any, app: Any) -> None:
    app_id = _stored(app, format="small_team", scheduled_via="linkedin")
    page = client.get(f"/interviews/{app_id}").text
    text = _text(page)
    assert "Small team" in text and "LinkedIn" in text and "Awaiting an answer" in text
    outcomes = re.findall(r'<option value="voicemail"[^>]*>([^<]+)</option>', page)
    assert outcomes and set(outcomes) == {"Left a voicemail"}
    assert "_" not in "".join(re.findall(r"<option[^>]*>([^<]*)</option>", page))


def test_the_draft_picker_names_kinds_in_one_style(client: Any, app: Any) -> None:
    app_id = _stored(app)
    page = client.get(f"/interviews/{app_id}/draft").text
    kinds = re.findall(r'<option value="([a-z_]+)"[^>]*>([^<]+)</option>',
                       page.split('name="kind"')[1].split("</select>")[0])
    assert kinds
    for value, shown in kinds:
        assert shown[0].isupper() and "_" not in shown, (value, shown)
    assert "after rude call email" not in page


def test_one_date_style_on_every_page(client: Any, app: Any) -> None:
    app_id = _stored(app)
    for path in ("/", "/pipeline", f"/interviews/{app_id}", f"/interviews/{app_id}/draft",
                 "/stats", "/settings"):
        text = _text(client.get(path).text)
        assert not ISO_DAY.search(text), (path, ISO_DAY.findall(text))
    text = _text(client.get(f"/interviews/{app_id}").text)
    assert "Tue 10 Mar 2026, 16:00" in text  # the contact, as every date-time reads


def test_a_call_script_is_addressed_to_a_phone_number(client: Any, app: Any) -> None:
    app_id = _stored(app)
    page = client.get(f"/interviews/{app_id}/draft?kind=call_script").text
    to = _text(page.split('class="to"')[1].split("</p>")[0])
    assert "+1 617 555 0142" in to and "@" not in to
    assert 'href="tel:+16175550142"' in page
    assert "After sending it" not in page and "After the call" in page
    email = client.get(f"/interviews/{app_id}/draft?kind=status_email").text
    assert "sam@harborline.example" in _text(email.split('class="to"')[1].split("</p>")[0])
    assert "After sending it" in email


def test_rule_ids_open_on_a_tap_and_nothing_asks_to_hover(client: Any, saved: int) -> None:
    from afterview.domain.rules import RULES_BY_ID

    page = client.get(f"/interviews/{saved}").text  # no contacts yet: the rule is named alone
    assert "hover" not in page.lower() and "<abbr" not in page
    tips = re.findall(r'<details class="rule-tip"><summary><code class="rule-id">([a-z0-9-]+)'
                      r'</code></summary><span class="rule-text">([^<]+)', page)
    assert ("document-attempts", RULES_BY_ID["document-attempts"].explanation) in \
        [(i, t.strip()) for i, t in tips]
    preview = client.post("/interviews/preview", data={
        "csrf_token": _token(client), "interview_at": "2026-03-10T14:00",
        "timezone": "America/New_York", "timeline": "We will be in touch soon."}).text
    assert '<details class="rule-tip"><summary><code class="rule-id">thanks-24h' in preview
    assert RULES_BY_ID["said-soon"].explanation in preview


def _token(client: Any) -> str:
    from tests.web.conftest import csrf

    return csrf(client)
