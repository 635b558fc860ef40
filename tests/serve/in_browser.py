"""Reading a page in headless Chromium, as the page tests of tests/serve do: the two widths a
reader brings, the page opened with its errors collected, and text compared as it is read.

One module, so that the event page, the served pages and the list are read the same way
(test_webpage and test_event_page each wrote their own, and their desktops differed).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from newsweave.models import EventReport
from newsweave.serve.webpage import render_event_html

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def norm(s: str) -> str:
    """``s`` with its runs of white space as one space, as a reader reads it."""
    return re.sub(r"\s+", " ", s).strip()


def open_page(browser, url: str, ready: str | None = "body[data-ready]", **context):
    """A new page at ``url`` collecting its errors and requests; waits for ``ready``."""
    ctx = browser.new_context(**context)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    if ready is not None:
        page.wait_for_selector(ready, timeout=15_000)
    return page, errors, requests


def open_report(browser, path: Path, report: EventReport, viewport: dict):
    """``report``'s page written to ``path`` and opened; its errors collected."""
    path.write_text(render_event_html(report), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=viewport)
    return page, errors


def wait_until(page, expression: str, timeout: float = 5.0) -> None:
    """Poll a JS expression until it is true. Playwright's ``wait_for_function`` compiles its
    predicate with eval inside the page, which the page's Content-Security-Policy refuses."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"not true within {timeout}s: {expression}"
        time.sleep(0.05)
