"""The served event list (/events, list.js) in a real headless Chromium, over a real store."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from ferry_story import FERRY_DAY, store_ferry
from newsweave.corpus.refresh import utcnow
from newsweave.corpus.store import Store
from newsweave.serve.app import BackgroundServer, create_app
from uncounted_event import QUARRY, store_members


@pytest.fixture()
def pending_store(tmp_path: Path) -> Path:
    """A store whose one event an ingest has stored three articles into, not yet counted."""
    db = tmp_path / "news.db"
    with Store(db) as st, st.transaction():
        store_members(st, "ev", list(QUARRY))
        st.refresh_events(["ev"], origins=False)
    return db


def _card_text(browser, url: str) -> str:
    from test_webpage import DESKTOP, norm, open_page

    page, errors, _ = open_page(browser, url, ready=".event-card", viewport=DESKTOP)
    shown = norm(page.locator(".event-card").first.inner_text())
    assert not errors, errors
    page.context.close()
    return shown


@pytest.mark.browser
def test_the_list_says_origins_are_being_counted_until_they_are(browser, pending_store):
    """list.js showed a pending event's stored count (here 0: no origin count at all, where
    `newsweave events`, the front page and the feed say the origins are being counted);
    it says so too, then the count once the ingest has counted them."""
    with BackgroundServer(create_app(str(pending_store))) as srv:
        shown = _card_text(browser, f"{srv.url}/events")
        assert "3 articles" in shown, shown
        assert "independent origins being counted" in shown, shown
        assert "0 independent" not in shown, shown
        with Store(pending_store) as st, st.transaction():
            st.recount_origins(["ev"])
        shown = _card_text(browser, f"{srv.url}/events")
        assert "2 independent origins" in shown, shown
        assert "being counted" not in shown, shown


@pytest.mark.browser
def test_the_list_shows_the_day_the_event_s_page_shows(browser, tmp_path):
    """multinews 111, 153 and 177 with 232 were undated in the list (`newsweave events`,
    /api/events, /events) while their pages gave a day read from their texts: once the page
    is woven the list says its day, and the story stays on the front page, timed by its last
    change as an undated one."""
    db = tmp_path / "news.db"
    with Store(db) as st, st.transaction():
        store_ferry(st, "ev", utcnow())
    with BackgroundServer(create_app(str(db))) as srv, httpx.Client(timeout=300) as http:
        assert http.get(f"{srv.url}/api/events").json()["events"][0]["date"] is None
        page = http.get(f"{srv.url}/api/events/ev").json()["events"][0]
        assert page["date"] == FERRY_DAY
        listed = http.get(f"{srv.url}/api/events").json()
        assert [(e["id"], e["date"]) for e in listed["events"]] == [("ev", FERRY_DAY)]
        assert http.get(f"{srv.url}/api/events", params={"dated": True}).json()["total"] == 1
        assert "2 Mar 2021" in _card_text(browser, f"{srv.url}/events")
        front = http.get(f"{srv.url}/api/front").json()
        assert [s["id"] for s in front["single_source"]] == ["ev"]
