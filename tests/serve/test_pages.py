"""The front page (/) and its JSON (/api/front) over a real server and store."""

from __future__ import annotations

import re

import httpx

from ferry_story import store_ferry, store_quay_fire
from newsweave.corpus.refresh import utcnow
from newsweave.corpus.store import Store
from newsweave.serve.app import BackgroundServer, create_app


def test_the_front_page_says_where_the_two_outlet_stories_are(tmp_path):
    """A store of an archived story of two named outlets and today's undated reports showed
    "No story has two named outlets yet": the page says the last 36 hours have none and the
    store holds one older, with the link to all events; today's story is listed below."""
    db = tmp_path / "news.db"
    with Store(db) as st, st.transaction():
        store_quay_fire(st, "fire")
        store_ferry(st, "ferry", utcnow())
    with BackgroundServer(create_app(str(db))) as srv, httpx.Client() as http:
        front = http.get(f"{srv.url}/api/front").json()
        assert (front["stories"], front["outside"]) == ([], 1)
        assert [s["id"] for s in front["single_source"]] == ["ferry"]
        page = http.get(f"{srv.url}/").text
    said = re.search(r'<p class="empty">(.*?)</p>', page)
    assert said, page
    assert re.sub(r"<[^>]+>", "", said[1]) == (
        "No story in the last 36 hours has two named outlets; the store holds 1 older event "
        "with two or more: see all events."
    )
    assert '<a href="/events">all events</a>' in said[1]
    assert 'href="/events/ferry"' in page
