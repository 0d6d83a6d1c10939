"""Signing in and out in Debian's Chromium: the forms pass the Origin check, the cookie
set at sign-in opens the pages, and signing out closes them again."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest

pytestmark = pytest.mark.browser
PASSWORD = "correct horse"


@pytest.fixture
def web_config(web_config: Any) -> Any:
    return dataclasses.replace(web_config, password=PASSWORD)


def test_sign_in_and_out(page: Any) -> None:
    from playwright.sync_api import expect

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login$"))
    page.fill("#password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert cookies["afterview_session"]["httpOnly"]
    assert cookies["afterview_session"]["sameSite"] == "Strict"
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    page.goto("/pipeline")
    expect(page).to_have_url(re.compile(r"/login$"))
