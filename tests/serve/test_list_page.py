"""The served event list (/events, list.js) in a real headless Chromium, over a real store."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from in_browser import DESKTOP, PHONE, norm, open_page

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


@pytest.mark.browser
def test_a_phone_reaches_the_links_of_the_list_s_and_the_front_page_s_top_bar(
    browser, pending_store
):
    """On a 390-px phone the list's "Front page", "Atom feed" and "API docs" and the front
    page's "All events" were gone: the fold of an event page's section links hid them, with
    no button to open them."""
    with BackgroundServer(create_app(str(pending_store))) as srv:
        for path, ready, first in (("/events", ".event-card", "Front page"),
                                   ("/", "main", "All events")):  # fmt: skip
            page, errors, _ = open_page(browser, srv.url + path, ready=ready, viewport=PHONE)
            links = page.locator(".topbar nav a")
            assert links.count() == 3 and norm(links.first.inner_text()) == first
            for k in range(links.count()):
                box = links.nth(k).bounding_box()
                assert links.nth(k).is_visible() and box is not None, (path, k)
                assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (path, box)
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            assert not errors, errors
            page.context.close()


@pytest.mark.browser
def test_a_card_whose_articles_name_no_outlet_says_so_once(browser, tmp_path):
    """Multi-News 133 in the list: "0 named outlets" beside "3 articles without a named
    outlet"; the event's page says only the second, and so does its card."""
    db = tmp_path / "news.db"
    with Store(db) as st, st.transaction():
        store_members(st, "ev", list(QUARRY))
        st.db.execute("UPDATE articles SET outlet = NULL")
        st.refresh_events(["ev"], origins=False)
        st.recount_origins(["ev"])
    with BackgroundServer(create_app(str(db))) as srv:
        shown = _card_text(browser, f"{srv.url}/events")
    assert "3 articles without a named outlet" in shown, shown
    assert "named outlets" not in shown.replace("without a named outlet", ""), shown


@pytest.mark.browser
def test_a_phone_keeps_the_two_dates_of_the_filter_side_by_side(browser, pending_store):
    """On a phone the filter put "Entity" beside "From" and "To" alone on a third row: the
    two ends of the date range are read together, on one row, under the text fields."""
    with BackgroundServer(create_app(str(pending_store))) as srv:
        page, errors, _ = open_page(browser, f"{srv.url}/events", ready=".event-card",
                                    viewport=PHONE)  # fmt: skip
        box = {n: page.locator(f"#nw-filters input[name={n}]").bounding_box()
               for n in ("q", "entity", "since", "until")}  # fmt: skip
        assert abs(box["since"]["y"] - box["until"]["y"]) < 1, box
        assert box["entity"]["y"] + box["entity"]["height"] <= box["since"]["y"], box
        assert box["since"]["x"] + box["since"]["width"] <= box["until"]["x"], box
        assert not errors, errors
        page.context.close()
        # a desktop has the four in one row, the date fields as tall as the text fields (they
        # were 2 px taller, their labels 2 px above the others)
        page, errors, _ = open_page(browser, f"{srv.url}/events", ready=".event-card",
                                    viewport=DESKTOP)  # fmt: skip
        tops = {(round(b["y"]), round(b["height"]))
                for b in page.locator("#nw-filters input").evaluate_all(
                    "els => els.map(e => e.getBoundingClientRect().toJSON())")}  # fmt: skip
        assert len(tops) == 1, tops
        assert not errors, errors
        page.context.close()
