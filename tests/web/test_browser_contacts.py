"""Correcting and removing a logged contact in Chromium (the forms need no script)."""

from __future__ import annotations

from typing import Any

from tests.web.conftest import NOW


def test_correct_and_remove_a_contact(page: Any, web_config: Any) -> None:
    from playwright.sync_api import expect

    from afterview.store.database import open_store
    from afterview.store.tracker import add_application, log_contact
    from tests.web.conftest import application

    store = open_store(web_config.database_url)
    app_id = add_application(store, application(), now=NOW)["id"]
    log_contact(store, app_id, {"at": "2026-03-10T15:00", "purpose": "thank_you",
                                "notes": "thanked her"}, now=NOW)
    store.close()
    page.goto(f"/interviews/{app_id}")
    log = page.locator("table.log")

    page.get_by_text("Edit this contact", exact=True).click()
    form = page.get_by_role("form", name="Correct this contact")
    form.get_by_label("Notes").fill("thanked Dana for the dashboards tour")
    form.get_by_role("button", name="Save the correction").click()
    expect(log).to_contain_text("thanked Dana for the dashboards tour")

    page.get_by_text("Remove this contact", exact=True).click()
    confirm = page.get_by_role("button", name="Yes, remove it")
    expect(confirm).to_be_visible()
    confirm.click()
    expect(page.locator("#contacts")).to_contain_text("No contacts yet")
