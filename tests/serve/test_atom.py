"""The Atom feeds over a real server on loopback, parsed back with feedparser and checked
against RFC 4287's required elements, on the constructed store of tests/desk_store.py."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.etree import ElementTree as ET

import feedparser
import httpx

ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(srv, path: str, **params) -> tuple[bytes, feedparser.FeedParserDict]:
    r = httpx.get(srv.url + path, params=params, timeout=60)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(r.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return r.content, parsed


def check_required(body: bytes) -> None:
    """RFC 4287: a feed has id, title, updated and an author (or every entry has one); every
    entry has id, title, updated and a link to its page."""
    feed = ET.fromstring(body)
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "author"):
        assert feed.find(ATOM + tag) is not None, tag
    for entry in feed.findall(f"{ATOM}entry"):
        for tag in ("id", "title", "updated", "summary"):
            assert (entry.findtext(ATOM + tag) or "").strip(), tag
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None


def test_front_feed_follows_the_front_page(desk_server, desk):
    body, feed = fetch(desk_server, "/feeds/front.atom")
    check_required(body)
    front = httpx.get(desk_server.url + "/api/front").json()
    assert [e.link for e in feed.entries] == [
        f"{desk_server.url}/events/{s['id']}" for s in front["stories"]
    ]
    assert feed.feed.title == "newsweave: today's stories"
    assert any(link.rel == "self" for link in feed.feed.links)
    by_link = {e.link: e for e in feed.entries}
    seeds = by_link[f"{desk_server.url}/events/{desk.events['seeds']}"]
    assert seeds.id == seeds.link  # absolute, from the request
    assert [a.name for a in seeds.authors] == [
        "The Epoch Times",
        "news.example.org",
        "AFP",
        "Al Jazeera",
    ]
    card = next(s for s in front["stories"] if s["id"] == desk.events["seeds"])
    assert seeds.summary == card["summary"] and "Putin" in seeds.summary
    assert datetime(*seeds.updated_parsed[:6], tzinfo=UTC) >= datetime.fromisoformat(card["latest"])
    # the counts as the card says them: the file given by hand names no outlet and is
    # counted apart (it was a fifth "outlet"); a count of one is said in the singular
    content = seeds.content[0].value
    assert f"4 named outlets · {card['n_origins']} independent origin" in content
    assert "Al Jazeera, 1 article without a named outlet" in content
    # a story of one outlet, found by its headline's words: "1 named outlet", not "1 outlets"
    lone = next(s for s in front["single_source"] if s["id"] == desk.events["lone"])
    _, found = fetch(desk_server, "/feeds/events.atom", q=" ".join(lone["title"].split()[:3]))
    entry = next(e for e in found.entries if e.link.endswith(lone["id"]))
    assert "1 named outlet · " in entry.content[0].value
    assert f"{lone['n_articles']} articles" in entry.content[0].value
    # a single-source story is not in the front page's feed
    assert f"{desk_server.url}/events/{desk.events['lone']}" not in by_link


def test_search_and_entity_feeds_match_the_api(desk_server, desk):
    for params in ({"q": "Istanbul"}, {"entity": "Vladimir Putin"}, {"q": "beagles"}):
        body, feed = fetch(desk_server, "/feeds/events.atom", **params)
        check_required(body)
        listed = httpx.get(desk_server.url + "/api/events", params=params).json()["events"]
        assert listed, params
        assert [e.link for e in feed.entries] == [
            f"{desk_server.url}/events/{e['id']}" for e in listed
        ]
        assert next(iter(params.values())) in feed.feed.title
    _, putin = fetch(desk_server, "/feeds/events.atom", entity="Vladimir Putin")
    assert f"{desk_server.url}/events/{desk.events['seeds']}" in {e.link for e in putin.entries}
    _, none = fetch(desk_server, "/feeds/events.atom", q="zzqx nonexistentword")
    assert none.entries == []
    r = httpx.get(desk_server.url + "/feeds/events.atom", params={"since": "yesterday"})
    assert r.status_code == 400 and r.json()["error"]["code"]
