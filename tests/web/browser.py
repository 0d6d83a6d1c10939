"""Chromium for the browser tests: the app served by uvicorn in a thread, and tabs that fail
their test on any console error or page error."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")
SCREENS = ROOT / "test-artifacts" / "screens"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(web_config: Any) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 in a thread of this process; yields its URL."""
    import uvicorn

    from afterview.web.app import create_app

    app = create_app(web_config)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        app.state.av.close()


@contextmanager
def tab(base_url: str, viewport: dict[str, int]) -> Iterator[Any]:
    """A Chromium tab of ``viewport`` size; any console error or page error fails the test."""
    if not CHROMIUM.exists():
        message = "Debian's chromium is not installed (scripts/setup --dev installs it)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    SCREENS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        # a phone-sized tab takes taps, as a phone does
        context = browser.new_context(viewport=viewport, base_url=base_url,
                                      has_touch=viewport["width"] < 600)
        page = context.new_page()
        page.on("console", lambda msg: errors.append(f"{msg.text} ({page.url})")
                if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(f"{exc} ({page.url})"))
        try:
            yield page
        finally:
            browser.close()
    assert not errors, f"errors in the browser console: {errors}"
