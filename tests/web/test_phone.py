"""Every page on a 390×844 phone screen in Debian's Chromium: nothing wider than the screen,
every page reachable from the navigation, chart text readable, the live preview before Save.
Screenshots go to ``test-artifacts/screens/phone-*.png`` (and ``desktop-*.png``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.browser import SCREENS
from tests.web.conftest import NOW

pytestmark = pytest.mark.browser

# the widest elements on the page, with what they are, when they pass the viewport
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if ((box.width === 0 && box.height === 0) || el.closest('.skip, .sr-only')) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      const where = `${Math.round(box.left)}..${Math.round(box.right)}`;
      wide.push(`${el.tagName.toLowerCase()}.${el.className} ${where}`);
    }
  }
  return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
          wide: wide.slice(0, 8)};
}"""


def seed(web_config: Any) -> dict[str, int]:
    """The demo's applications, plus one with people, long words and a contact log."""
    from afterview.store.database import open_store
    from afterview.store.demo import demo_records
    from afterview.store.tracker import add_application, log_contact
    from afterview.store.transfer import import_records
    from tests.web.conftest import application

    store = open_store(web_config.database_url)
    try:
        import_records(store, demo_records(NOW.date(), NOW), now=NOW)
        record = application(
            company="Northwind Regional Healthcare Partnership",
            position="Principal Clinical Informatics Data Platform Engineer",
            timeline="We will get back to you by the end of next week.", deadline=None,
            format="panel", tone="formal")
        record["people"][0]["email"] = "dana.whitfield-hargreaves@northwind-healthcare.example"
        app_id = int(add_application(store, record, now=NOW)["id"])
        log_contact(store, app_id, {"at": "2026-03-10T16:00", "channel": "email",
                                    "purpose": "thank_you", "outcome": "sent",
                                    "notes": "Thanked Dana for the walkthrough of the "
                                             "carrier-scorecard-dashboard-migration."},
                    direction="outbound", now=NOW)
        log_contact(store, app_id, {"at": "2026-03-11T09:30", "channel": "call",
                                    "outcome": "voicemail"}, direction="inbound", now=NOW)
    finally:
        store.close()
    return {"app": app_id}


def _overflow(page: Any, what: str) -> str:
    """What passes the screen's edge on this page ("" when it all fits)."""
    found = page.evaluate(OVERFLOW_JS)
    if found["scroll"] > found["inner"] or found["wide"]:
        return f"{what}: {found['scroll']} px wide on {found['inner']} px: {found['wide']}"
    return ""


def _fits(page: Any, what: str) -> None:
    problem = _overflow(page, what)
    assert not problem, problem


def _pages(app_id: int) -> list[tuple[str, str]]:
    return [("today", "/"), ("pipeline", "/pipeline"), ("interview", f"/interviews/{app_id}"),
            ("new", "/interviews/new"), ("edit", f"/interviews/{app_id}/edit"),
            ("draft", f"/interviews/{app_id}/draft"),
            ("call-script", f"/interviews/{app_id}/draft?kind=call_script"),
            ("stats", "/stats"), ("settings", "/settings"),
            ("settings-template", "/settings?template=status_email.formal.j2")]


def test_every_page_fits_a_phone_screen(phone: Any, web_config: Any) -> None:
    from playwright.sync_api import expect

    ids = seed(web_config)
    problems = []
    for name, path in _pages(ids["app"]):
        phone.goto(path)
        expect(phone.locator("h1")).to_be_visible()
        # open every folded form and rule id, so what a tap reveals is measured too
        phone.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        phone.screenshot(path=str(SCREENS / f"phone-{name}.png"), full_page=True)
        problems.append(_overflow(phone, path))
    assert not any(problems), "\n".join(p for p in problems if p)


def test_the_navigation_reaches_every_page_on_a_phone(phone: Any) -> None:
    from playwright.sync_api import expect

    phone.goto("/")
    nav = phone.get_by_role("navigation", name="Main")
    width = phone.evaluate("() => window.innerWidth")
    for name in ("Today", "Pipeline", "New interview", "Stats", "Settings"):
        link = nav.get_by_role("link", name=name, exact=True)
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, \
            f"the {name} link is cut off at the screen's edge: {box}"
    nav.get_by_role("link", name="Settings", exact=True).click()
    expect(phone.get_by_role("heading", name="Settings", level=1)).to_be_visible()
    phone.get_by_role("navigation", name="Main").get_by_role("link", name="Stats").click()
    expect(phone.get_by_role("heading", name="Stats", level=1)).to_be_visible()


def test_chart_text_is_readable_on_a_phone(phone: Any, web_config: Any) -> None:
    seed(web_config)
    phone.goto("/stats")
    sizes = phone.evaluate("""() => [...document.querySelectorAll(
        '.chart .bar-label, .chart .bar-value, .chart svg text')].map(t => {
        const svg = t.closest('svg');
        const scale = svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width
          ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        return parseFloat(getComputedStyle(t).fontSize) * scale;
      })""")
    assert sizes, "no chart text on the stats page"
    assert min(sizes) >= 11, f"chart text renders at {min(sizes):.1f} px (at least 11 wanted)"


def test_the_live_preview_comes_before_save_on_a_phone(phone: Any) -> None:
    from playwright.sync_api import expect

    phone.goto("/interviews/new")
    phone.fill("#f-interview_at", "2026-03-10T14:00")
    phone.locator("#f-timeline").press_sequentially("We'll decide by Friday.", delay=5)
    expect(phone.locator("#preview .deadline")).to_have_text("Fri 13 Mar 2026")
    preview = phone.locator("#preview").bounding_box()
    save = phone.get_by_role("button", name="Save interview").bounding_box()
    timeline = phone.locator("#f-timeline").bounding_box()
    assert preview and save and timeline
    assert preview["y"] < save["y"], "the preview sits below the Save button"
    assert preview["y"] > timeline["y"], "the preview should follow the fields it reads"


def test_typing_fast_and_saving_during_a_preview_logs_no_error(page: Any) -> None:
    """hx-sync used to abort the request in flight, which htmx logs as an error."""
    from playwright.sync_api import expect

    page.goto("/interviews/new")
    page.fill("#f-company", "Harborline Logistics")
    page.fill("#f-position", "Senior Data Analyst")
    page.fill("#f-interview_at", "2026-03-10T14:00")
    # slow every preview down, so that typing and saving land while one is in flight
    page.route("**/interviews/preview", lambda route: (page.wait_for_timeout(400),
                                                       route.continue_()))
    timeline = page.locator("#f-timeline")
    timeline.press_sequentially("We'll decide by", delay=120)
    page.locator("#f-topics").click()  # a change event while the input's preview is out
    timeline.press_sequentially(" Friday.", delay=120)
    page.get_by_role("button", name="Save interview").click()
    expect(page.get_by_role("heading", name="The plan")).to_be_visible()


def test_desktop_screenshots_read_well(page: Any, web_config: Any) -> None:
    from playwright.sync_api import expect

    ids = seed(web_config)
    for name, path in _pages(ids["app"]):
        page.goto(path)
        expect(page.locator("h1")).to_be_visible()
        page.screenshot(path=str(SCREENS / f"desktop-{name}.png"), full_page=True)
        _fits(page, path)


def test_the_login_page_fits_a_phone_screen(tmp_path: Any) -> None:
    from afterview.web.config import WebConfig
    from tests.web.browser import PHONE, serve, tab

    config = WebConfig(database_url=f"sqlite:///{tmp_path / 'locked.db'}",
                       config_dir=tmp_path, clock=lambda: NOW, password="correct horse")
    with serve(config) as url, tab(url, PHONE) as phone:
        phone.goto("/")
        assert phone.url.endswith("/login")
        phone.screenshot(path=str(SCREENS / "phone-login.png"), full_page=True)
        _fits(phone, "/login")
        phone.get_by_label("Password").fill("correct horse")
        phone.get_by_role("button", name="Sign in").click()
        phone.wait_for_url(f"{url}/")
        _fits(phone, "/ (signed in)")



def test_a_tap_on_a_rule_id_shows_its_guidance(phone: Any, web_config: Any) -> None:
    from playwright.sync_api import expect

    from afterview.domain.rules import RULES_BY_ID
    from afterview.store.database import open_store
    from afterview.store.tracker import add_application
    from tests.web.conftest import application

    store = open_store(web_config.database_url)
    app_id = add_application(store, application(), now=NOW)["id"]
    store.close()
    phone.goto(f"/interviews/{app_id}")
    guidance = phone.get_by_text(RULES_BY_ID["document-attempts"].explanation)
    expect(guidance).to_be_hidden()
    phone.locator("summary", has_text="document-attempts").tap()
    expect(guidance).to_be_visible()
