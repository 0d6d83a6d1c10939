"""End to end in Debian's Chromium: add an interview, see its plan, write a draft, see a
finding marked, fix it, log the contact, and watch Today update. Screenshots of every page
go to ``test-artifacts/screens/``."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.web.browser import SCREENS
from tests.web.conftest import NOW

pytestmark = pytest.mark.browser


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def test_the_main_flow(page: Any) -> None:
    from playwright.sync_api import expect

    page.goto("/")
    expect(page.get_by_role("heading", name="Nothing due this week")).to_be_visible()
    _shot(page, "01-today-empty")

    # add an interview; the preview reads the employer's words as you type
    page.goto("/interviews/new")
    page.fill("#f-company", "Harborline Logistics")
    page.fill("#f-position", "Senior Data Analyst")
    page.fill("#f-interview_at", "2026-03-10T14:00")
    page.fill("#f-timezone", "America/New_York")
    page.fill("#f-person-0-name", "Dana Whitfield")
    page.fill("#f-person-0-email", "dana@harborline.example")
    page.fill("#f-topics", "the carrier scorecard dashboard")
    page.locator("#f-timeline").press_sequentially("We'll decide by the end of next week.",
                                                   delay=5)
    expect(page.locator("#preview .deadline")).to_have_text("Fri 20 Mar 2026")
    expect(page.locator("#preview")).to_contain_text("wait-for-deadline")
    _shot(page, "02-new-interview")
    page.get_by_role("button", name="Save interview").click()

    # its plan, with each reason and rule id
    expect(page.get_by_role("heading", name="The plan")).to_be_visible()
    expect(page.locator(".timeline")).to_contain_text("thanks-24h")
    expect(page.locator(".timeline")).to_contain_text("Tue 24 Mar 2026")
    app_url = page.url
    _shot(page, "03-interview")

    # a draft; a desperate line is marked inline, with its suggestion under the caret
    page.get_by_role("link", name="Write a draft").click()
    expect(page.locator("#body")).to_contain_text("Dana")
    body = page.locator("#body")
    body.click()
    page.keyboard.press("Control+End")
    body.press_sequentially(" I really need this job ASAP!!!", delay=5)
    marked = page.locator('#backdrop mark.finding[data-rule*="desperate-tone"]')
    expect(marked.first).to_be_attached()
    expect(page.locator("#findings")).to_contain_text("desperate-tone")
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#tip")).to_be_visible()
    _shot(page, "04-draft-finding")

    # fix it: the mark goes away
    text = body.input_value().replace(" I really need this job ASAP!!!", "")
    body.fill(text)
    body.press("End")
    expect(marked).to_have_count(0)
    expect(page.locator("#findings")).not_to_contain_text("desperate-tone")
    _shot(page, "05-draft-fixed")

    # Today: the thank-you is overdue (the interview was two days ago); log it in one click
    page.goto("/")
    row = page.locator(".section-overdue .step-row", has_text="Harborline Logistics")
    expect(row).to_be_visible()
    _shot(page, "06-today")
    row.get_by_role("button", name="Done").click()
    expect(page.locator("#agenda")).to_contain_text("Logged")
    expect(page.locator(".section-overdue")).to_have_count(0)
    _shot(page, "07-today-after")

    # the contact is in the log; the plan marks the thank-you done
    page.goto(app_url)
    expect(page.locator("table.log")).to_contain_text("thank-you", ignore_case=True)
    expect(page.locator(".tl-step.state-done")).to_have_count(1)

    for path, name in (("/pipeline", "08-pipeline"), ("/stats", "09-stats"),
                       ("/settings", "10-settings")):
        page.goto(path)
        expect(page.locator("h1")).to_be_visible()
        _shot(page, name)


def test_pipeline_search_as_you_type(page: Any, web_config: Any) -> None:
    from playwright.sync_api import expect

    from afterview.store.database import open_store
    from afterview.store.tracker import add_application
    from tests.web.conftest import application

    store = open_store(web_config.database_url)
    for company in ("Harborline Logistics", "Cobalt Ridge Bank", "Northwind Health"):
        add_application(store, application(company=company), now=NOW)
    store.close()
    page.goto("/pipeline")
    expect(page.locator(".app-card")).to_have_count(3)
    page.get_by_label("Search").press_sequentially("cobalt", delay=20)
    expect(page.locator(".app-card")).to_have_count(1)
    expect(page.locator(".app-card")).to_contain_text("Cobalt Ridge Bank")
    expect(page).to_have_url(re.compile(r"q=cobalt(&|$)"))


def test_correct_and_remove_a_person(page: Any, web_config: Any) -> None:
    from playwright.sync_api import expect

    from afterview.store.database import open_store
    from afterview.store.tracker import add_application
    from tests.web.conftest import application

    store = open_store(web_config.database_url)
    app_id = add_application(store, application(), now=NOW)["id"]
    store.close()
    page.goto(f"/interviews/{app_id}")
    people = page.locator("ul.people")

    # a mistyped name: open the person's form, fix it, and the page shows the change
    page.get_by_text("Edit Dana Whitfield", exact=True).click()
    form = page.get_by_role("form", name="Edit Dana Whitfield")
    form.get_by_label("Name").fill("Dana Ruiz")
    _shot(page, "11-person-edit")
    form.get_by_role("button", name="Save Dana Whitfield").click()
    expect(people).to_contain_text("Dana Ruiz")
    expect(people).not_to_contain_text("Whitfield")

    # removing asks first
    page.get_by_text("Remove Sam Ortega", exact=True).click()
    confirm = page.get_by_role("button", name="Yes, remove Sam Ortega")
    expect(confirm).to_be_visible()
    _shot(page, "12-person-remove")
    confirm.click()
    expect(people).not_to_contain_text("Sam Ortega")
    expect(people.locator("li")).to_have_count(1)
