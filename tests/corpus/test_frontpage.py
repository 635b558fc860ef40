"""The front page's ranking on a constructed store (tests/desk_store.py): breadth, recency
and growth each decide one comparison; single-source stories and old ones stay off it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desk_store import build_desk
from ferry_story import FERRY_DAY, store_ferry, store_quay_fire
from newsweave.corpus.frontpage import (
    GROWTH_WINDOW,
    MIN_OUTLETS,
    WINDOW,
    front_page,
    parse_time,
)
from newsweave.corpus.store import Store
from newsweave.errors import InputError
from newsweave.models import Event, EventReport
from newsweave.text.names import outlet_key

NOW = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def desk(tmp_path_factory, seeds_dir, data_dir):
    return build_desk(tmp_path_factory.mktemp("desk") / "desk.db", seeds_dir, data_dir, NOW)


@pytest.fixture(scope="module")
def page(desk):
    with Store(desk.db, readonly=True) as st:
        return front_page(st, now=NOW)


def position(page, event_id: str) -> int:
    ids = [c.event_id for c in page.stories]
    assert event_id in ids, f"{event_id} is not on the front page: {ids}"
    return ids.index(event_id)


def card(page, event_id: str):
    return page.stories[position(page, event_id)]


def test_breadth_decides(page, desk):
    wide, narrow = card(page, desk.events["seeds"]), card(page, desk.events["narrow"])
    assert (wide.n_outlets, narrow.n_outlets) == (4, 2)
    # the other parts are level: the latest report at the same time, nothing recent
    assert wide.latest == narrow.latest == NOW - timedelta(hours=9)
    assert wide.ranking.recency == narrow.ranking.recency
    assert wide.ranking.growth == narrow.ranking.growth == 0
    assert position(page, desk.events["seeds"]) < position(page, desk.events["narrow"])


def test_recency_decides(page, desk):
    fresh, stale = card(page, desk.events["fresh"]), card(page, desk.events["stale"])
    assert fresh.n_outlets == stale.n_outlets == 2 and fresh.n_origins == stale.n_origins
    assert fresh.ranking.growth == stale.ranking.growth == 0
    assert fresh.latest == NOW - timedelta(hours=7) and stale.latest == NOW - timedelta(hours=28)
    assert position(page, desk.events["fresh"]) < position(page, desk.events["stale"])


def test_growth_decides(page, desk):
    growing, steady = card(page, desk.events["growing"]), card(page, desk.events["steady"])
    assert growing.n_outlets == steady.n_outlets == 3 and growing.n_origins == steady.n_origins
    assert growing.latest == steady.latest == NOW - timedelta(hours=1)
    assert (growing.ranking.recent, steady.ranking.recent) == (2, 1)
    assert position(page, desk.events["growing"]) < position(page, desk.events["steady"])


def test_single_source_and_old_stories_stay_off_the_front_page(page, desk):
    front = {c.event_id for c in page.stories}
    single = {c.event_id for c in page.single_source}
    assert desk.events["lone"] in single and desk.events["lone"] not in front
    assert all(c.n_outlets >= MIN_OUTLETS for c in page.stories)
    assert all(c.n_outlets < MIN_OUTLETS for c in page.single_source)
    (lone,) = [c for c in page.single_source if c.event_id == desk.events["lone"]]
    assert lone.outlets == ("Lone Gazette",) and lone.n_articles == 2
    assert desk.events["old"] not in front | single
    assert page.end == NOW and page.start == NOW - WINDOW and page.note is None


def test_cards_name_their_outlets_and_say_why(page, desk):
    seeds = card(page, desk.events["seeds"])
    # two seeds name no outlet: one URL is a known outlet's, one only a domain; the file
    # given by hand names none: it is counted apart, not as an outlet
    assert seeds.outlets == ("The Epoch Times", "news.example.org", "AFP", "Al Jazeera")
    assert (seeds.n_outlets, seeds.n_unnamed, seeds.n_articles) == (4, 1, 5)
    assert seeds.first_outlet == "The Epoch Times"
    assert seeds.first == NOW - timedelta(hours=12) and seeds.latest == NOW - timedelta(hours=9)
    assert seeds.summary_from == "lead" and "Putin" in seeds.summary
    growing = card(page, desk.events["growing"])
    reasons = growing.ranking.reasons()
    assert reasons[0].startswith("3 named outlets")
    assert reasons[2].startswith("latest report 1 h old")
    hours = GROWTH_WINDOW.total_seconds() / 3600
    assert reasons[3].startswith(f"2 of 3 reports in the last {hours:g} h")
    assert growing.ranking.score == pytest.approx(
        sum(float(r.rsplit("+", 1)[1].rstrip(")")) for r in reasons), abs=0.2
    )


def test_a_cached_brief_gives_the_summary(desk, settings):
    with Store(desk.db) as st:
        report = st.event_report(desk.events["narrow"], settings=settings)
    first = " ".join(report.events[0].brief[0].text.split())
    with Store(desk.db, readonly=True) as st:
        narrow = card(front_page(st, now=NOW), desk.events["narrow"])
    assert narrow.summary_from == "brief" and narrow.summary == first


def test_another_day_and_an_empty_window(desk):
    with Store(desk.db, readonly=True) as st:
        three_days_ago = front_page(st, now=NOW, day=(NOW - timedelta(days=3)).date())
        assert desk.events["old"] in {c.event_id for c in three_days_ago.stories}
        assert desk.events["seeds"] not in {c.event_id for c in three_days_ago.stories}
        # since: only what was reported from then on
        recent = front_page(st, now=NOW, since=NOW - timedelta(hours=2))
        assert {c.event_id for c in recent.stories} == {
            desk.events["growing"],
            desk.events["steady"],
        }
        # a week later nothing is new: the latest stories are shown, and the page says so
        later = front_page(st, now=NOW + timedelta(days=7))
        assert later.note and "latest stories" in later.note
        assert later.end == NOW - timedelta(hours=1)
        assert desk.events["growing"] in {c.event_id for c in later.stories}
        # a day with nothing at all is empty, without a fallback (the reader asked for it)
        empty = front_page(st, now=NOW, day=date(2020, 1, 1))
        assert not empty.stories and not empty.single_source and empty.note is None
        with pytest.raises(InputError, match="at most 7 days"):
            front_page(st, now=NOW, since=NOW - timedelta(days=30))
        with pytest.raises(InputError, match="not both"):
            front_page(st, now=NOW, day=date(2026, 3, 9), since=NOW)


def test_outlet_identity_and_times():
    assert outlet_key("The Guardian") == outlet_key("theguardian.com") == "theguardian"
    assert outlet_key("BBC") == outlet_key("bbc.co.uk")
    assert outlet_key("Reuters") != outlet_key("AFP")
    assert parse_time("2026-03-10", "since") == datetime(2026, 3, 10, tzinfo=UTC)
    assert parse_time("2026-03-10T14:00:00+02:00", "since") == datetime(2026, 3, 10, 12, tzinfo=UTC)
    with pytest.raises(InputError, match="since must be an ISO date"):
        parse_time("yesterday", "since")


def test_cards_count_as_the_list_and_the_event_page_do(page, desk):
    """A card's outlets, unnamed reports and origins are the stored event's (one definition,
    :mod:`newsweave.corpus.outlets`): the seeds' card said 5 outlets where their page said 4
    named outlets and 1 article without one, and its origins were capped at its outlets."""
    with Store(desk.db, readonly=True) as st:
        for c in (*page.stories, *page.single_source):
            ev = st.get_event(c.event_id)
            assert (c.n_outlets, c.n_unnamed, c.n_origins, c.n_articles) == (
                ev.n_sources,
                ev.n_unnamed,
                ev.n_origins,
                len(ev.articles),
            ), c.event_id
            assert c.ranking.outlets == c.n_outlets and c.ranking.origins == c.n_origins


def test_a_photo_caption_s_day_is_not_when_a_story_was_reported(tmp_path):
    """A caption's day is the picture's (here years before the story): the card said the story
    was first reported then; the report is timed when it was stored, as an undated one is."""
    stored = NOW - timedelta(hours=1)
    reports = (  # id, outlet, published, where that came from
        ("r1", "Valley Herald", NOW - timedelta(hours=2), "dateline"),
        ("r2", "Coast Courier", datetime(2019, 5, 1, tzinfo=UTC), "caption"),
    )
    with Store(tmp_path / "news.db") as st:
        with st.transaction():
            for aid, outlet, published, source in reports:
                st.db.execute(
                    "INSERT INTO articles (id, content_hash, outlet, text, published,"
                    " published_source, ingested_at) VALUES (?,?,?,?,?,?,?)",
                    (
                        aid,
                        aid,
                        outlet,
                        f"Report {aid}.",
                        published.isoformat(),
                        source,
                        stored.isoformat(),
                    ),
                )
                st.set_event(aid, "ev")
            st.refresh_events(["ev"])
        (story,) = front_page(st, now=NOW).stories
    assert (story.first, story.first_outlet) == (NOW - timedelta(hours=2), "Valley Herald")
    assert story.latest == stored


def test_a_window_without_a_two_outlet_story_counts_those_outside_it(tmp_path):
    """A store of an archived story of two named outlets and today's undated reports said "No
    story has two named outlets yet": the window has none, the store one, older. A woven
    undated story stays on the page, timed by its last change, though the list shows the day
    its page gives."""
    with Store(tmp_path / "news.db") as st:
        with st.transaction():
            store_quay_fire(st, "fire")
            store_ferry(st, "ferry", (NOW - timedelta(hours=1)).isoformat())
        page = front_page(st, now=NOW)
        assert not page.stories and [c.event_id for c in page.single_source] == ["ferry"]
        assert page.outside == 1 and page.to_json()["outside"] == 1
        assert front_page(st, now=NOW, day=date(2025, 5, 11)).outside == 0  # it is on that day
        st.cache_report("ferry", ["f1", "f2"], _woven_ferry())
        assert st.get_event("ferry").date == FERRY_DAY
        assert [c.event_id for c in front_page(st, now=NOW).single_source] == ["ferry"]


def _woven_ferry() -> EventReport:
    return EventReport(articles=(), events=(Event("ferry", "Ferry back", FERRY_DAY, ("f1", "f2")),))
