"""The source list: feeds, OPML files and site pages added, listed and removed, against a
real HTTP server on 127.0.0.1 serving pages made from ../shared (tests/feed_site.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from feed_site import ATOM_TITLE, RSS_TITLE, SITE_NAME, FeedSite
from newsweave.config import Settings
from newsweave.corpus.sources import add_sources, list_sources, remove_sources
from newsweave.corpus.store import Store
from newsweave.errors import InputError
from newsweave.sources.feeds import parse_opml
from newsweave.sources.fetch import Fetcher, origin_of

SETTINGS = Settings(embedder="hashing")


def quick() -> Fetcher:
    """Short limits, internal addresses refused but for the origins added by hand."""
    return Fetcher(
        read_timeout=0.5, connect_timeout=0.5, deadline=2.0, backoff=0.05, host_interval=0.0
    )


@pytest.fixture()
def site():
    with FeedSite() as s:
        yield s


def test_a_feed_an_opml_and_a_site_page_become_sources_with_outlets(site, tmp_path):
    db = tmp_path / "s.db"
    result = add_sources(
        db,
        [site.url("/feeds.opml"), site.url("/site/")],
        settings=SETTINGS,
        fetcher=quick(),
    )
    assert result.failed == ()
    by_url = {s.url: s for s in list_sources(db)}
    assert set(by_url) == {site.url("/rss.xml"), site.url("/atom.xml"), site.url("/site/feed.xml")}
    rss, atom, page = (by_url[site.url(p)] for p in ("/rss.xml", "/atom.xml", "/site/feed.xml"))
    assert (rss.kind, rss.name, rss.domain) == ("opml-member", RSS_TITLE, "127.0.0.1")
    assert (atom.kind, atom.name, atom.home) == ("opml-member", ATOM_TITLE, site.url("/aeb/"))
    # a page's source is the feed it advertises, named after the site (og:site_name), not
    # after the feed's own title ("Harbour Post: all stories")
    assert (page.kind, page.name, page.home) == ("page", SITE_NAME, site.url("/site/"))
    # the trust comes from what was typed: the OPML's URL, the page's URL
    assert rss.trusted_url == site.url("/feeds.opml") and page.trusted_url == site.url("/site/")
    assert all(s.last_polled is None and s.failures == 0 for s in by_url.values())


def test_add_list_remove_round_trip_and_a_name_given_by_hand(site, tmp_path):
    db = tmp_path / "s.db"
    first = add_sources(db, [site.url("/rss.xml")], settings=SETTINGS, fetcher=quick())
    assert [s.name for s in first.added] == [RSS_TITLE] and first.added[0].kind == "feed"
    again = add_sources(
        db, [site.url("/rss.xml")], name="Wire Service", settings=SETTINGS, fetcher=quick()
    )
    assert again.added == () and [s.name for s in again.updated] == ["Wire Service"]
    add_sources(db, [site.url("/atom.xml"), site.url("/rss.xml")], fetcher=quick())
    assert [s.name for s in list_sources(db)] == [ATOM_TITLE, "Wire Service"]  # still its name
    missing = remove_sources(db, [site.url("/rss.xml"), site.url("/nothing.xml")])
    assert missing == [site.url("/nothing.xml")]
    assert [s.url for s in list_sources(db)] == [site.url("/atom.xml")]


def test_a_local_opml_file_trusts_each_feed_it_lists(site, tmp_path):
    db = tmp_path / "s.db"
    opml = site.write_opml(tmp_path)
    result = add_sources(db, [str(opml)], settings=SETTINGS, fetcher=quick())
    assert result.failed == ()
    listed = list_sources(db)
    assert {s.kind for s in listed} == {"opml-member"}
    assert all(s.trusted_url == s.url and s.added_from == str(opml) for s in listed)


def test_inputs_that_are_not_feeds_are_errors_naming_them(site, tmp_path):
    db = tmp_path / "s.db"
    missing = tmp_path / "nowhere.opml"
    not_opml = tmp_path / "list.opml"
    not_opml.write_text("<html><body>no outlines</body></html>")
    result = add_sources(
        db,
        [
            site.url("/plain.html"),
            site.url("/gone.xml"),
            str(missing),
            str(not_opml),
            site.url("/rss.xml"),
        ],
        settings=SETTINGS,
        fetcher=quick(),
    )
    assert [s.url for s in result.added] == [site.url("/rss.xml")]
    plain, gone, nowhere, bad = result.failed
    assert plain.startswith(site.url("/plain.html")) and "advertises no feed" in plain
    assert gone.startswith(site.url("/gone.xml")) and "HTTP 404" in gone
    assert nowhere.startswith(str(missing)) and "no such file" in nowhere
    assert bad.startswith(str(not_opml)) and "OPML" in bad


def test_a_page_advertising_a_feed_on_another_internal_address_is_refused(site, tmp_path):
    """The page's own origin is trusted as typed; the feed it points at on 127.0.0.2 is not."""
    port = origin_of(site.base).port
    site.docs["/elsewhere/"] = (
        (
            '<html><head><link rel="alternate" type="application/atom+xml" '
            f'href="http://127.0.0.2:{port}/atom.xml"></head><body>hi</body></html>'
        ).encode(),
        "text/html",
    )
    result = add_sources(tmp_path / "s.db", [site.url("/elsewhere/")], fetcher=quick())
    (msg,) = result.failed
    assert msg.startswith(site.url("/elsewhere/")) and "127.0.0.2 is a loopback address" in msg
    assert site.count(200, "/atom.xml") == 0


def test_opml_outlines_nested_deduplicated_and_entities_refused():
    doc = b"""<?xml version="1.0"?>
<opml version="1.0"><body>
  <outline text="folder"><outline text="One" xmlUrl="/one.xml" htmlUrl="http://x/"/>
    <outline text="again" xmlUrl="/one.xml"/></outline>
  <outline title="Two" xmlUrl="http://feeds.example/two.xml"/>
  <outline text="not a feed"/>
</body></opml>"""
    feeds = parse_opml(doc, base="http://h.example/list.opml", locator="list.opml")
    assert [f.url for f in feeds] == ["http://h.example/one.xml", "http://feeds.example/two.xml"]
    assert feeds[0].home == "http://x/" and feeds[1].title == "Two"
    bomb = b'<!DOCTYPE opml [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' + doc[22:]
    with pytest.raises(InputError, match="declares XML entities"):
        parse_opml(bomb, base=None, locator="bomb.opml")
    with pytest.raises(InputError, match="lists no feed"):
        parse_opml(b"<opml><body><outline text='x'/></body></opml>", base=None, locator="e.opml")


def test_the_source_list_survives_reopening_and_migrates_with_the_store(site, tmp_path):
    db = tmp_path / "s.db"
    add_sources(db, [site.url("/rss.xml")], fetcher=quick())
    with Store(db) as store:
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
    assert {"sources", "source_items"} <= tables
    (s,) = list_sources(Path(db))
    assert s.trusted == frozenset({origin_of(site.base)})
