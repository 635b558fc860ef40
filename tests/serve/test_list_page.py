"""The served event list (/events, list.js) in a real headless Chromium, over a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsweave.corpus.store import Store
from newsweave.serve.app import BackgroundServer, create_app

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

# Three reports of one weir's collapse (our own prose): the first two credit Reuters in their
# own voice, so they are one origin as the event's synthesis counts them; the third is its own.
WEIR = {
    "w1": (
        "The old mill weir on the river Tarn gave way on Sunday night and flooded two "
        "allotments below it, the county's flood officer said. Nobody was hurt.\n\nReuters "
        "contributed to this report."
    ),
    "w2": (
        "Water poured over the lane at Tarnbridge after part of the mill weir washed out. "
        "The weir's owner did not respond to Reuters' request for comment."
    ),
    "w3": (
        "Allotment holders at Tarnbridge waded in before dawn to save their seedlings, a "
        "parish councillor said, and asked the council to fence the broken weir for winter."
    ),
}


@pytest.fixture()
def pending_store(tmp_path: Path) -> Path:
    """A store whose one event an ingest has stored three articles into, not yet counted."""
    db = tmp_path / "news.db"
    with Store(db) as st, st.transaction():
        for k, aid in enumerate(WEIR):
            st.db.execute(
                "INSERT INTO articles (id, content_hash, outlet, text, published, ingested_at)"
                " VALUES (?,?,?,?,?,?)",
                (
                    aid,
                    aid,
                    f"Outlet {aid}",
                    WEIR[aid],
                    (NOW - timedelta(hours=3 - k)).isoformat(),
                    NOW.isoformat(),
                ),
            )
            st.set_event(aid, "ev")
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
