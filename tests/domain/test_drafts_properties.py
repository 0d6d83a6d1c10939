"""Properties over many random complete records: every draft follows RULES.md §5.

The required elements and length limits are asserted directly; when the draft checker is
installed, every draft must also pass ``check_draft`` with no findings.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.domain.drafts import KINDS, TONES, Draft, render_draft, render_thank_yous
from afterview.domain.drafts.checking import check_text
from afterview.domain.drafts.speaking import word_count
from afterview.domain.policy import DEFAULT_POLICY as POLICY

FIRST = ["Chloe", "Priya", "Marcus", "Aisha", "Tomás", "Wei", "Hannah", "Kwame", "Siobhan",
         "Daniel", "Fatima", "Oliver", "Lucía", "James", "Mei", "Brandon", "Emily", "Omar"]
LAST = ["Adams", "Nair", "Bell", "Mohammed", "Herrera", "Zhang", "Schmidt", "Mensah",
        "Clarke", "Okafor", "Haddad", "Bennett", "Romano", "O'Connor", "Tanaka", "Lee",
        "Hoffmann", "Siddiqui", "Whitfield", "Foster"]
COMPANIES = ["Harborline Logistics", "Pinecrest Public Library", "Brightwater Health",
             "Keystone Talent Partners", "Riverbend Middle School", "Orbit Freight",
             "Thames Valley Housing Trust", "Blue Heron Biotech", "Halcyon Games",
             "Fenwick & Moore", "Evergreen Realty", "Northgate Credit Union"]
POSITIONS = ["Senior Data Analyst", "Youth Services Librarian", "Recruiter",
             "Backend Engineer", "Marketing Coordinator", "Paralegal", "Site Superintendent",
             "Claims Analyst", "Customs Compliance Specialist", "Technical Artist",
             "7th Grade Science Teacher", "Asset Management Surveyor", "Dental Office Manager",
             "Research Associate II", "Maintenance Technician"]
TOPICS = ["the summer reading challenge", "forecasting late deliveries with weather data",
          "rebuilding the carrier scorecard dashboard", "the egg-drop engineering unit",
          "classroom management with large classes", "weekly pipeline reviews with hiring "
          "managers", "the open-house email campaign", "rate limiting on the public API",
          "the prior authorization backlog", "subcontractor safety audits",
          "the stock condition survey programme", "preventive maintenance schedules",
          "the shader budget on the console port", "e-discovery review in Relativity",
          "outreach to Spanish-speaking families", "the new onboarding checklist",
          "dashboards migration", "claims triage workflow"]
PHONES = ["541-555-0187", "(617) 555-0142", "07700 900123", "503-555-0148"]

names = st.builds(lambda first, last: f"{first} {last}",
                  st.sampled_from(FIRST), st.sampled_from(LAST))
topic_lists = st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3, unique=True)


def email_for(name: str) -> str:
    return re.sub(r"[^a-z.]", "", name.lower().replace(" ", ".")) + "@example.com"


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    """A complete record: every fact any kind needs, in the store's full shape."""
    candidate = draw(names)
    people = draw(st.lists(names, min_size=1, max_size=3, unique=True))
    interviewers = [
        {"name": person, "email": email_for(person),
         "topics": draw(st.one_of(st.just([]), topic_lists))}
        for person in people
    ]
    record: dict[str, Any] = {
        "candidate": {"name": candidate, "email": email_for(candidate),
                      "phone": draw(st.sampled_from(PHONES))},
        "company": draw(st.sampled_from(COMPANIES)),
        "position": draw(st.sampled_from(POSITIONS)),
        "date": draw(st.dates(min_value=date(2024, 1, 1),
                              max_value=date(2027, 12, 31))).isoformat(),
        "country": draw(st.sampled_from(["US", "GB"])),
        "interviewers": interviewers,
        "topics": draw(topic_lists),
        "tone": draw(st.sampled_from(TONES)),
    }
    if draw(st.booleans()):
        contact = draw(names)
        record["primary_contact"] = {"name": contact, "email": email_for(contact)}
    if draw(st.booleans()):
        record["deadline"] = draw(st.dates(
            min_value=date(2024, 1, 1),
            max_value=date(2027, 12, 31))).isoformat()
    return record


PLACEHOLDER = re.compile(r"\[|\]|\{|\}|<|>|_{3,}|\bNone\b")
GRATITUDE = re.compile(r"\b(thank|thanks|grateful|appreciate)", re.I)
INTEREST = re.compile(r"\b(interested|interest in|keen|excited|glad to join|love to be part)",
                      re.I)
STATUS_TOPIC = re.compile(r"\b(update|news|next steps|timeline)\b", re.I)
STATUS_ASK = re.compile(
    r"\?|ask (whether|if)|see if|welcome any|glad to hear it|love to hear", re.I)


def assert_follows_section_5(draft: Draft, record: dict[str, Any]) -> None:
    """RULES.md §5 checked directly: placeholders, required elements, lengths."""
    text = draft.body
    for part in (text, draft.subject or ""):
        assert not PLACEHOLDER.search(part), part
    candidate = record["candidate"]["name"]
    spec = KINDS[draft.kind]
    if spec.checker_kind is None:
        assert candidate in text or draft.kind == "rude_call_line"
        return
    if spec.spoken:
        assert candidate in text.split(".")[0], "a caller gives the full name first"
        assert draft.speaking_seconds is not None
    else:
        assert candidate in text
    assert record["position"] in text
    assert GRATITUDE.search(text)
    # RULES.md §5: a final follow-up is checked as a status email; a closing note and the
    # email after a rude call are emails that need no topic, interest or status question.
    checked = {"final_email": "status_email"}.get(spec.checker_kind, spec.checker_kind)
    if checked in {"call_script", "voicemail"}:
        weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                   "Sunday")
        assert any(day in text for day in weekday)
    if checked in {"thank_you_email", "status_email", "call_script"}:
        assert draft.topic is not None and draft.topic in text
        assert INTEREST.search(text)
    if checked in {"status_email", "call_script", "voicemail"}:
        assert STATUS_TOPIC.search(text) and STATUS_ASK.search(text)
    if spec.email:
        assert word_count(text) <= POLICY.email_max_words
    if checked == "call_script":
        assert draft.speaking_seconds is not None
        assert draft.speaking_seconds <= POLICY.call_max_seconds
    if checked == "voicemail":
        assert word_count(text) * 60 <= POLICY.voicemail_max_seconds * POLICY.words_per_minute
    if checked == "text_message":
        assert len(text) <= POLICY.text_max_chars
    assert "!!" not in text


def checker_findings(draft: Draft, record: dict[str, Any]) -> list[Any] | None:
    """The checker's findings on the draft as sent, or None when it is not installed."""
    text = draft.text() if draft.subject else draft.body
    try:
        return check_text(text, draft.kind, record)
    except ImportError:
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records(), kind=st.sampled_from(list(KINDS)), tone=st.sampled_from(TONES))
def test_every_draft_follows_the_rules(record: dict[str, Any], kind: str, tone: str) -> None:
    draft = render_draft(kind, record, tone=tone)
    assert_follows_section_5(draft, record)
    findings = checker_findings(draft, record)
    if findings is not None:
        assert findings == [], (draft.text(), [(f.rule, f.message) for f in findings])


@settings(max_examples=60, deadline=None)
@given(record=records(), tone=st.sampled_from(TONES))
def test_every_thank_you_names_a_topic_of_its_interviewer(
    record: dict[str, Any], tone: str
) -> None:
    drafts = render_thank_yous(record, tone=tone)
    assert len(drafts) == len(record["interviewers"])
    for draft, person in zip(drafts, record["interviewers"], strict=True):
        assert draft.to.name == person["name"]
        if person["topics"]:
            assert draft.topic == person["topics"][0]
        assert draft.topic in draft.body
        assert_follows_section_5(draft, record)
        findings = checker_findings(draft, record)
        if findings is not None:
            assert findings == [], (draft.text(), [(f.rule, f.message) for f in findings])
