"""Continuous ingestion against a real HTTP server on 127.0.0.1 (tests/feed_site.py): what a
run stores, conditional requests, failing sources, refused links, the loop's stop."""

from __future__ import annotations

import itertools
import sqlite3
import time
from datetime import timedelta

import pytest

from feed_site import ATOM_TITLE, RSS_TITLE, SITE_NAME, FeedSite, Item
from newsweave.config import Settings
from newsweave.corpus.sources import add_sources, list_sources
from newsweave.corpus.watch import (
    MAX_BACKOFF_S,
    Watcher,
    backoff_s,
    parse_every,
    poll_sources,
)
from newsweave.sources.fetch import Fetcher
from newsweave.sources.files import extract_html

SETTINGS = Settings(embedder="hashing")
EVERY = 900.0


def quick() -> Fetcher:
    """Short limits; no --allow-private: the trust comes from the stored sources."""
    return Fetcher(
        read_timeout=0.4,
        connect_timeout=0.4,
        deadline=1.5,
        attempts=2,
        backoff=0.05,
        host_interval=0.0,
    )


@pytest.fixture()
def site():
    with FeedSite() as s:
        yield s


def _run(db, lines=None, **kw):
    report = (lambda line: lines.append(line)) if lines is not None else (lambda line: None)
    return poll_sources(db, SETTINGS, every=EVERY, fetcher=quick, report=report, **kw)


def _articles(db) -> dict[str, dict]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    rows = con.execute(
        "SELECT a.id, a.outlet, a.url, a.published, m.event_id FROM articles a"
        " LEFT JOIN event_articles m ON m.article_id = a.id"
    ).fetchall()
    con.close()
    return {r["url"]: dict(r) for r in rows}


def test_watch_once_stores_outlets_urls_times_and_a_second_run_fetches_nothing(site, tmp_path):
    db = tmp_path / "w.db"
    add = add_sources(db, [site.url("/feeds.opml"), site.url("/site/")], fetcher=quick())
    assert add.failed == ()
    site.responses.clear()

    first = _run(db)
    assert first.count("failed") == 0 and first.polled == 3
    stored = _articles(db)
    expected = [
        *((RSS_TITLE, it) for it in site.seed_items),
        *((ATOM_TITLE, it) for it in site.aeb_items),
        *((SITE_NAME, it) for it in site.site_items),
    ]
    assert first.new_articles == len(expected) == len(stored)
    for outlet, it in expected:
        a = stored[site.canonical[it.path]]  # the page's canonical URL (AEB: the original's)
        assert a["outlet"] == outlet
        assert a["published"] == it.iso  # the feed item's time, not the page's
        assert a["event_id"] is not None
    assert any(not u.startswith(site.base) for u in stored)  # AEB pages name their original

    site.responses.clear()
    second = _run(db)
    assert second.count("not-modified") == 3 and second.new_articles == 0
    assert site.count(304) == 3 and site.count(200) == 0  # conditional requests honoured
    assert len(_articles(db)) == len(expected)
    states = {s.url: s for s in list_sources(db)}
    assert all(s.etag and s.last_status == "not modified" for s in states.values())


def test_only_new_items_are_fetched_when_a_feed_changes(site, tmp_path):
    db = tmp_path / "w.db"
    add_sources(db, [site.url("/rss.xml")], fetcher=quick())
    _run(db)
    extra = site.site_items[0]
    site.docs["/rss.xml"] = (site.rss(RSS_TITLE, [*site.seed_items, extra]), "application/rss+xml")
    site.responses.clear()
    run = _run(db)
    (o,) = run.outcomes
    assert (o.status, o.items, o.new_items, run.new_articles) == ("polled", 4, 1, 1)
    assert site.count(200, "/seed/") == 0 and site.count(200, extra.path) == 1
    assert _articles(db)[site.canonical[extra.path]]["outlet"] == RSS_TITLE


def test_a_second_run_of_one_loop_goes_on_with_the_event_indices_of_the_first(
    site, tmp_path, window_loads
):
    from newsweave.corpus.ingest import Resident

    loads = window_loads
    db = tmp_path / "w.db"
    add_sources(db, [site.url("/rss.xml")], fetcher=quick())
    resident = Resident()
    first = _run(db, resident=resident)
    assert first.new_articles == len(site.seed_items) and len(loads) == 1
    extra = site.site_items[0]
    site.docs["/rss.xml"] = (site.rss(RSS_TITLE, [*site.seed_items, extra]), "application/rss+xml")
    second = _run(db, resident=resident)
    assert second.new_articles == 1 and len(loads) == 1  # the store was not read again
    assert _articles(db)[site.canonical[extra.path]]["event_id"] is not None


def test_an_item_without_a_time_in_the_feed_takes_the_pages_own_date(site, tmp_path):
    db = tmp_path / "w.db"
    page = site.aeb_items[0].path
    site.docs["/undated.xml"] = (site.rss("Undated", [Item(page, "no date", "", "")]), "text/xml")
    add_sources(db, [site.url("/undated.xml")], fetcher=quick())
    assert _run(db).new_articles == 1
    own = extract_html(site.docs[page][0], url=site.url(page)).published
    assert own is not None
    assert _articles(db)[site.canonical[page]]["published"] == own.isoformat()


def test_a_failing_source_is_reported_and_backs_off_while_the_others_go_through(site, tmp_path):
    db = tmp_path / "w.db"
    add_sources(
        db, [site.url("/rss.xml"), site.url("/atom.xml"), site.url("/site/")], fetcher=quick()
    )
    site.fail.update({"/rss.xml": "500", "/atom.xml": "slow"})
    lines: list[str] = []
    t0 = time.monotonic()
    run = _run(db, lines)
    assert time.monotonic() - t0 < 30
    by_name = {o.name: o for o in run.outcomes}
    assert by_name[RSS_TITLE].status == by_name[ATOM_TITLE].status == "failed"
    assert "HTTP 500" in by_name[RSS_TITLE].errors[0]
    assert (
        "timed out" in by_name[ATOM_TITLE].errors[0] or "deadline" in by_name[ATOM_TITLE].errors[0]
    )
    assert by_name[SITE_NAME].status == "polled" and run.new_articles == len(site.site_items)
    assert sum(f"source {RSS_TITLE} failed" in ln for ln in lines) == 1
    assert sum(f"source {ATOM_TITLE} failed" in ln for ln in lines) == 1
    assert "2 failed" in lines[-1]

    states = {s.name: s for s in list_sources(db)}
    failing = states[RSS_TITLE]
    assert failing.failures == 1 and "HTTP 500" in (failing.last_status or "")
    assert failing.next_poll == failing.last_polled + timedelta(seconds=EVERY)
    # the next run leaves the failing sources alone until their time comes
    site.fail.clear()
    site.responses.clear()
    again = _run(db)
    assert again.count("backing-off") == 2 and again.count("not-modified") == 1
    assert site.count(200, "/rss.xml") == site.count(200, "/atom.xml") == 0


def test_backoff_doubles_from_the_interval_up_to_a_day():
    assert [backoff_s(n, 60.0) for n in (1, 2, 3)] == [60.0, 120.0, 240.0]
    assert backoff_s(40, 900.0) == MAX_BACKOFF_S


def test_items_and_redirects_to_other_internal_addresses_and_files_are_refused(site, tmp_path):
    db = tmp_path / "w.db"
    add_sources(db, [site.url("/bad.xml")], fetcher=quick())
    run = _run(db)
    (o,) = run.outcomes
    assert o.status == "polled" and o.new_items == 4 and run.new_articles == 1
    joined = "\n".join(o.errors)
    assert len(o.errors) == 3
    assert "127.0.0.2 is a loopback address" in joined  # the item link
    assert "refused http://127.0.0.2" in joined  # the redirect's target
    assert "file scheme" in joined
    assert site.count(302, "/jump") == 1 and site.count(200, "/seed/") == 0
    (a,) = _articles(db).values()
    assert a["outlet"] == "Bad Links"
    # a refusal is final: the next run does not ask again (the feed answers 304)
    site.responses.clear()
    assert _run(db).count("not-modified") == 1 and site.count(302) == 0


def test_an_item_that_fails_for_now_is_fetched_again_next_time(site, tmp_path):
    db = tmp_path / "w.db"
    add_sources(db, [site.url("/rss.xml")], fetcher=quick())
    flaky = site.seed_items[1].path
    site.fail[flaky] = "500"
    first = _run(db)
    assert first.new_articles == len(site.seed_items) - 1 and len(first.outcomes[0].errors) == 1
    site.fail.clear()
    site.responses.clear()
    second = _run(db)
    # the feed's validators were not kept: it is read in full, and only the failed item fetched
    assert site.count(200, "/rss.xml") == 1 and site.count(200, "/seed/") == 1
    assert second.new_articles == 1
    assert site.canonical[flaky] in _articles(db)


def test_the_loop_runs_repeatedly_and_stops_cleanly(site, tmp_path):
    db = tmp_path / "w.db"
    add_sources(db, [site.url("/rss.xml")], fetcher=quick())
    watcher = Watcher(db, SETTINGS, every=0.2, fetcher=quick, report=lambda line: None)
    with watcher:
        deadline = time.monotonic() + 60
        while watcher.runs < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    assert watcher.runs >= 3
    assert not watcher._thread.is_alive()
    assert site.count(304, "/rss.xml") >= 2


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90", 90.0), ("90s", 90.0), ("15m", 900.0), ("2h", 7200.0), ("1d", 86400.0)],
)
def test_every_reads_durations(text, seconds):
    assert parse_every(text) == seconds


def test_every_refuses_what_is_not_a_duration():
    with pytest.raises(ValueError, match="not a duration"):
        parse_every("soon")


def test_a_stop_during_a_run_ends_it_at_the_next_request_with_nothing_half_stored(site, tmp_path):
    db = tmp_path / "w.db"
    add_sources(db, [site.url("/rss.xml")], fetcher=quick())
    site.fail[site.seed_items[0].path] = "slow"  # the first item holds its answer
    watcher = Watcher(db, SETTINGS, every=EVERY, fetcher=quick, report=lambda line: None).start()
    deadline = time.monotonic() + 30
    while not any(p == site.seed_items[0].path for p, _ in site.hits):
        assert time.monotonic() < deadline, "the run never reached the item"
        time.sleep(0.02)
    t0 = time.monotonic()
    assert watcher.stop()
    assert time.monotonic() - t0 < 5  # one request's limit, not the run's
    assert watcher.runs == 1 and watcher.last is not None and watcher.last.stopped
    assert _articles(db) == {}
    (s,) = list_sources(db)
    assert s.last_polled is None and s.etag is None  # the next run starts over


def test_requests_to_one_host_are_spaced_by_the_host_interval(site, tmp_path):
    db = tmp_path / "w.db"
    add_sources(db, [site.url("/rss.xml")], fetcher=quick())
    site.hits.clear()
    interval = 0.25

    def spaced() -> Fetcher:
        return Fetcher(read_timeout=1.0, connect_timeout=1.0, host_interval=interval)

    poll_sources(db, SETTINGS, every=EVERY, fetcher=spaced, report=lambda line: None)
    times = [t for _, t in site.hits]
    assert len(times) == 1 + len(site.seed_items)
    # measured where the requests arrive, so a little scheduling jitter is allowed for
    assert times[-1] - times[0] >= (len(times) - 1) * interval * 0.9
    assert min(b - a for a, b in itertools.pairwise(times)) >= interval / 2
