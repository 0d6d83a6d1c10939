"""Rules as data: every rule has examples, the examples hold, the issue's cases hold."""

from __future__ import annotations

import pytest

from afterview import check_draft
from afterview.domain.checker import KINDS, RULES, Finding
from afterview.domain.checker.docs import rules_markdown
from afterview.domain.checker.rules_presence import CALL_OK, RECORD, STATUS_OK
from afterview.domain.errors import InputError
from tests.paths import ROOT

RULES_SPEC = {
    "no-self-intro", "no-position", "no-interview-date", "no-specific-topic", "no-gratitude",
    "no-interest", "no-status-question", "complains-about-wait", "asks-if-hired",
    "questions-delay", "mentions-other-candidates", "desperate-tone", "too-long",
    "placeholder-left", "spelling", "grammar", "too-informal", "wrong-name",
}


def rules_of(text: str, kind: str = "status_email", **kw: object) -> set[str]:
    kw.setdefault("interview", RECORD)
    return {f.rule for f in check_draft(text, kind=kind, **kw)}  # type: ignore[arg-type]


def test_every_rule_of_the_spec_is_defined_once() -> None:
    ids = [r.id for r in RULES]
    assert sorted(ids) == sorted(RULES_SPEC)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_examples_both_ways(rule) -> None:  # type: ignore[no-untyped-def]
    assert any(e.triggers for e in rule.examples), f"{rule.id}: no example that triggers"
    assert any(not e.triggers for e in rule.examples), f"{rule.id}: no example that passes"
    assert rule.message and rule.suggestion and rule.why and rule.sources
    assert f"({rule.id})" in rule.message
    assert rule.kinds <= set(KINDS)


@pytest.mark.parametrize(
    "rule, example",
    [(r, e) for r in RULES for e in r.examples],
    ids=lambda x: getattr(x, "id", None) or ("triggers" if x.triggers else "passes"),
)
def test_rule_examples_behave(rule, example) -> None:  # type: ignore[no-untyped-def]
    found = rules_of(example.text, example.kind, interview=example.interview)
    assert (rule.id in found) == example.triggers, (rule.id, example.text, found)


def test_clean_drafts_are_clean() -> None:
    assert rules_of(STATUS_OK) == set()
    assert rules_of(CALL_OK, "call_script") == set()


def with_sentence(sentence: str) -> str:
    return STATUS_OK.replace("\n\nBest regards", f" {sentence}\n\nBest regards")


@pytest.mark.parametrize(
    "sentence, rule, flagged",
    [
        ("I've been refreshing my inbox all week.", "complains-about-wait", True),
        ("So… am I in?", "asks-if-hired", True),
        ("I'd welcome any update on next steps.", "asks-if-hired", False),
        ("Thanks for explaining why the timeline shifted.", "questions-delay", False),
        ("I enjoyed the demo from Candidate Labs.", "mentions-other-candidates", False),
    ],
)
def test_judge_meaning_not_stock_phrases(sentence: str, rule: str, flagged: bool) -> None:
    assert (rule in rules_of(with_sentence(sentence))) == flagged


def test_status_question_is_fine_as_a_request() -> None:
    text = STATUS_OK.replace("Could you share an update on the timeline?",
                             "I'd welcome any update on next steps.")
    assert rules_of(text) == set()


def test_asking_if_hired_is_not_also_a_missing_status_question() -> None:
    text = STATUS_OK.replace("Could you share an update on the timeline?", "Did I get the job?")
    assert "asks-if-hired" in rules_of(text)
    assert "no-status-question" not in rules_of(text)


def test_findings_carry_spans_into_the_text() -> None:
    text = with_sentence("Please, any news ASAP!!")
    found = [f for f in check_draft(text, kind="status_email", interview=RECORD)
             if f.rule == "desperate-tone"]
    assert {text[f.start:f.end] for f in found} == {"ASAP", "!!"}
    assert all(isinstance(f, Finding) and f.severity == "error" and f.suggestion for f in found)


def test_unknown_kind_is_an_input_error() -> None:
    with pytest.raises(InputError):
        check_draft("Hi", kind="letter")


def test_record_may_list_several_interviewers_and_a_candidate_dict() -> None:
    record = {
        "candidate": {"name": "Lena Ford", "email": "lena@example.org", "phone": "555-0100"},
        "interviewers": [{"name": "Omar Haddad", "title": "Lead", "topics": ["cycle counts"]},
                         {"name": "Priya Shah", "title": "Buyer", "topics": ["the scorecard"]}],
        "company": "Tallis Foods", "position": "Inventory Planner", "date": "2025-03-04",
    }
    text = STATUS_OK.replace("Dear Omar", "Dear Priya")
    assert rules_of(text, interview=record) == set()
    assert "wrong-name" in rules_of(STATUS_OK.replace("Dear Omar", "Dear Petra"),
                                    interview=record)


def test_names_topics_and_user_words_are_not_misspellings() -> None:
    record = dict(RECORD, candidate="Zofia Wrzesniewska", interviewer="Tanvir Oyelaran",
                  company="Quorvane Ltd", topics=["the kvorn pipeline"])
    text = ("Dear Tanvir,\n\nThank you for our talk about the kvorn pipeline at Quorvane and "
            "the Inventory Planner role. I remain keen on the role. Any update on timing? "
            "I also use planr daily.\n\nBest,\nZofia Wrzesniewska")
    assert "spelling" in rules_of(text, interview=record)
    assert "spelling" not in rules_of(text, interview=record, words=["planr"])


def test_british_and_american_spellings_both_pass() -> None:
    for sentence in ("I admire the organisation's programme and its colour scheme.",
                     "I admire the organization's program and its color scheme."):
        assert "spelling" not in rules_of(with_sentence(sentence))


def test_spelling_can_be_switched_off() -> None:
    text = with_sentence("I look foward to it.")
    assert "spelling" in rules_of(text)
    assert "spelling" not in rules_of(text, spelling=False)


def test_without_a_record_no_wrong_name_and_no_crash() -> None:
    found = {f.rule for f in check_draft(STATUS_OK, kind="status_email")}
    assert "wrong-name" not in found
    assert "no-self-intro" not in found
    assert "no-position" not in found


def test_rules_page_is_current() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == rules_markdown(), (
        "run: python -m afterview.domain.checker.docs > docs/rules.md")
