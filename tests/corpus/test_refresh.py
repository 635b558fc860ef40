"""An event's row while an ingest is still storing into it: what the list, the API and the
front page say of its origins before they are counted, and after (a real store, our own
prose, and the seeds through a real ingest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.corpus.frontpage import FrontCard, front_page
from newsweave.corpus.ingest import ingest
from newsweave.corpus.store import Store
from newsweave.models import Article
from newsweave.serve.atom import atom_feed
from newsweave.serve.webpage import render_front_page
from newsweave.sources.files import extract_text
from uncounted_event import NOW, store_members


def atom_entry(card: FrontCard) -> str:
    """The card's entry as the front page's Atom feed writes it."""
    feed = atom_feed([card], site="http://desk.test", title="t", feed_path="/f", page_path="/")
    return feed.decode("utf-8")


def test_an_event_an_ingest_is_storing_says_its_origins_are_being_counted(tmp_path):
    """Found in session 28: a new event showed one origin per article until the ingest ended
    (3 here, where its page says 2). Mid-ingest the list, the API, the front page and the
    feed say the origins are being counted; counted, they say 2."""
    with Store(tmp_path / "news.db") as st:
        with st.transaction():
            store_members(st, "ev", ["q1", "q2", "q3"])
            assert st.refresh_events(["ev"], origins=False) == ["ev"]
        ev = st.get_event("ev")
        assert ev.origins_pending and (ev.n_origins, ev.origins_of) == (0, 0)
        listed = ev.to_json()  # as /api/events and `newsweave events --format json` give it
        assert (listed["origins_of"], listed["n_articles"], listed["origins_pending"]) == (
            0,
            3,
            True,
        )
        page = front_page(st, now=NOW)
        (card,) = page.stories
        assert card.origins_pending and card.to_json()["origins_pending"] is True
        assert "independent origins being counted" in card.ranking.reasons()[1]
        html = render_front_page(page, now=NOW)
        assert "independent origins being counted" in html and "0 independent" not in html
        assert "independent origins being counted" in atom_entry(card)

        with st.transaction():
            st.recount_origins(["ev"])
        ev = st.get_event("ev")
        assert not ev.origins_pending and (ev.n_origins, ev.origins_of) == (2, 3)
        (card,) = front_page(st, now=NOW).stories
        assert not card.origins_pending and card.ranking.reasons()[1].startswith(
            "2 independent origins"
        )
        assert "2 independent origins" in atom_entry(card)


def test_a_stored_event_keeps_its_count_and_says_what_it_covers(tmp_path):
    """A stored event an ingest adds to keeps the count of the articles it had (not a count
    of one origin per new article) until the ingest counts it again."""
    with Store(tmp_path / "news.db") as st:
        with st.transaction():
            store_members(st, "ev", ["q1", "q2"])
            st.refresh_events(["ev"])
        assert (st.get_event("ev").n_origins, st.get_event("ev").origins_of) == (1, 2)
        with st.transaction():
            store_members(st, "ev", ["q3"])
            st.refresh_events(["ev"], origins=False)
        ev = st.get_event("ev")
        assert len(ev.articles) == 3 and (ev.n_origins, ev.origins_of) == (1, 2)
        assert ev.origins_pending


class Killed(Exception):
    """The ingest's process ends before it counts its events' origins."""


def test_the_next_ingest_counts_what_a_killed_one_left(tmp_path, seeds_dir, monkeypatch):
    """An ingest killed after its last batch left the seeds' event with no count; the next
    ingest, with nothing new to store, counts it (4 origins of 5 articles: two credit
    Reuters)."""
    db = tmp_path / "news.db"

    def killed(self: Store, event_ids: list[str]) -> None:
        raise Killed

    with monkeypatch.context() as m:
        m.setattr(Store, "recount_origins", killed)
        with pytest.raises(Killed):
            ingest([str(seeds_dir)], db=db, progress=False)
    with Store(db, readonly=True) as st:
        (ev,) = st.list_events()
        assert len(ev.articles) == 5 and ev.origins_pending
    again = ingest([str(seeds_dir)], db=db, progress=False)
    assert again.added == 0 and again.duplicates == 5
    with Store(db, readonly=True) as st:
        (ev,) = st.list_events()
        assert ev.n_origins == 4  # it stayed at one origin per article
        assert (ev.origins_of, ev.origins_pending) == (5, False)


def test_set_aside_documents_are_counted_apart_from_articles(tmp_path: Path, seeds_dir):
    """/api/health's counts (Store.counts): the articles in events and the documents set aside
    as not articles, each on its own (it said 6 articles for the seeds and a widget)."""
    widget = tmp_path / "in" / "widget.txt"
    widget.parent.mkdir()
    widget.write_text(
        "Tweet with a location\n\nYou can add location information to your Tweets, such as "
        "the town you post from, from the web. You can always remove your Tweet location "
        "history.\n",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    ingest([str(seeds_dir), str(widget.parent)], db=db, progress=False)
    with Store(db, readonly=True) as st:
        counts = st.counts()
        assert counts.articles == 5
        assert (counts.set_aside, counts.events) == (1, 1)
        assert sum(len(e.articles) for e in st.list_events()) == counts.articles


def test_the_events_list_says_origins_are_being_counted_until_they_are(tmp_path, capsys):
    """`newsweave events` printed the pending event's stored 0 as "0 independent origins";
    it says they are being counted, then the count."""
    from newsweave.cli import main

    db = tmp_path / "news.db"
    with Store(db) as st, st.transaction():
        store_members(st, "ev", ["q1", "q2", "q3"])
        st.refresh_events(["ev"], origins=False)
    assert main(["events", "--db", str(db)]) == 0
    (row,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("ev\t")]
    assert "independent origins being counted" in row and "0 independent" not in row
    with Store(db) as st, st.transaction():
        st.recount_origins(["ev"])
    assert main(["events", "--db", str(db)]) == 0
    (row,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("ev\t")]
    assert "  2 independent origins" in row


# A flood story (our own prose) as two pages give it: one dated only by a photo's caption (a
# week before the story, which never names that day), one by its dateline.
CAPTION = (
    "Volunteers stack sandbags along the river wall in Lakeport on Tuesday, March 3, 2020, "
    "as the water rises."
)
FLOOD = (
    "The river that runs through Lakeport burst its banks overnight and flooded the lower "
    "town, the county's emergency office said on Friday.\n\n"
    "About 400 residents spent the night in the school gym, and the ferry to the islands was "
    "halted until the current slows, officials said."
)


def flood_pages() -> tuple[Article, Article]:
    """The two pages, cleaned as an ingest cleans them."""
    pictured = extract_text(f"{CAPTION}\n\nLAKEPORT, Ore. (AP) — {FLOOD}", id="pictured")
    datelined = extract_text(
        f"Lakeport flood forces 400 from homes\nMarch 13, 2020\n\n{FLOOD}", id="datelined"
    )
    assert (pictured.published_source, datelined.published_source) == ("caption", "dateline")
    return pictured, datelined


def test_a_photo_caption_s_day_does_not_date_the_event(tmp_path):
    """Multinews 126 and 56: the list dated an event by a photo's day (a lower bound: the
    picture may be years older) where its page says the date is unknown. Ingested, the
    caption's day stays the article's, labelled as a caption's, and dates no event."""
    pictured, _ = flood_pages()
    db = tmp_path / "news.db"
    ingest([pictured], db=db, progress=False)
    with Store(db, readonly=True) as st:
        (ev,) = st.list_events()
        assert ev.date is None
        stored = st.get_article("pictured")
        assert stored.published_source == "caption"
        assert stored.published is not None and stored.published.date().isoformat() == "2020-03-03"


# A page dated only by a photo of Saturday, June 3, 2017 (our own prose), above a story told on
# the Monday after it: which of its weekdays are told in the past only the parse tells.
WATER = (
    "Residents line up for bottled water in Harwick on Saturday, June 3, 2017, after a main "
    "burst under the high street.\n\nHARWICK, Maine (AP) — Water returned to most homes in "
    "Harwick, the town's utility said Monday, two days after a main burst under the high street "
    "on Saturday.\n\nCrews worked through Sunday night to lay a new pipe, and the high street "
    "stayed closed to traffic, officials said."
)


def test_a_caption_s_story_day_only_the_parse_tells_dates_the_event_as_its_page(tmp_path, settings):
    """Multinews 076, 146, 234, 027, 077, 204: the page dated the event by a caption's story,
    the list showed it undated. The ingest parses such a page (8 of 660 Multi-News articles)
    and keeps the day; the list shows the page's day."""
    pictured = extract_text(WATER, id="water")
    assert pictured.published_source == "caption"
    db = tmp_path / "news.db"
    ingest([pictured], db=db, progress=False, settings=settings)
    with Store(db) as st:
        (ev,) = st.list_events()
        assert ev.date == "2017-06-05"
        assert st.event_report(ev.id, settings=settings).events[0].date == ev.date
        (told,) = st.db.execute("SELECT story_day FROM articles WHERE id = 'water'").fetchone()
        assert told == "2017-06-05"
    # a caption whose story day its weekdays alone give is parsed for nothing
    flood, _ = flood_pages()
    ingest([flood], db=db, progress=False, settings=settings)
    with Store(db, readonly=True) as st:
        (told,) = st.db.execute("SELECT story_day FROM articles WHERE id = 'pictured'").fetchone()
        assert told is None


def test_a_dateline_still_dates_the_event_beside_a_caption(tmp_path):
    """One publication day against one photo's day: the list took the earlier of the tie, the
    picture's; the dateline's day dates the event."""
    with Store(tmp_path / "news.db") as st:
        with st.transaction():
            for a in flood_pages():
                st.db.execute(
                    "INSERT INTO articles (id, content_hash, text, published, published_source,"
                    " ingested_at) VALUES (?,?,?,?,?,?)",
                    (
                        a.id,
                        a.content_hash,
                        a.text,
                        a.published.isoformat(),
                        a.published_source,
                        NOW.isoformat(),
                    ),
                )
                st.set_event(a.id, "flood")
            st.refresh_events(["flood"])
        assert st.get_event("flood").date == "2020-03-13"
