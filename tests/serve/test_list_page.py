"""The served event list (/events, list.js) in a real headless Chromium, over a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

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
