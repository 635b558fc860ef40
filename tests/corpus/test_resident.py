"""What an ingest loads of a large store: the events near its articles' dates, and the keys."""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from newsweave.corpus import resident
from newsweave.corpus.resident import MAX_WINDOW_DAYS, ResidentWindow, known_keys
from newsweave.corpus.store import Store
from newsweave.errors import StoreError
from newsweave.events.dedup import NearDuplicateIndex, signature
from newsweave.events.features import EntityKey
from newsweave.events.index import EventIndex, event_id_for
from newsweave.events.prepare import TERMS_DTYPE, PreparedArticle
from newsweave.models import Article

DAY0 = date(2025, 1, 1)


def _prepared(aid: str, day: date | None, topic: int) -> PreparedArticle:
    """An article of ``topic`` (its words, entity and embedding direction) on ``day``."""
    rng = np.random.default_rng(topic)
    emb = rng.normal(size=16).astype(np.float32)
    emb /= np.linalg.norm(emb)
    terms = np.array([(1000 * topic + k, 1.0) for k in range(6)], dtype=TERMS_DTYPE)
    text = f"Story {topic} told by {aid}: " + " ".join(f"word{topic}x{k}" for k in range(30))
    published = datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None
    art = Article(id=aid, text=text, url=f"https://example.org/{aid}", published=published)
    return PreparedArticle(
        article=art,
        embedding=emb.tobytes(),
        minhash=signature(text).tobytes(),
        terms=terms.tobytes(),
        entities=(EntityKey(f"place {topic}", f"Place {topic}", "GPE"),),
        excluded=(),
        day=day.toordinal() if day else None,
    )


@pytest.fixture
def year(tmp_path):
    """A store of one event of three articles every 20 days over a year, plus an undated one."""
    db = tmp_path / "year.db"
    with Store(db) as st, st.transaction():
        events = []
        for t in range(19):
            day = DAY0 + timedelta(days=20 * t)
            ids = [f"a{t}-{k}" for k in range(3)]
            for aid in ids:
                st.insert_article(_prepared(aid, day, t), None)
                st.set_event(aid, event_id_for(ids[0]))
            events.append(event_id_for(ids[0]))
        st.insert_article(_prepared("undated-0", None, 99), None)
        st.set_event("undated-0", event_id_for("undated-0"))
        events.append(event_id_for("undated-0"))
        st.refresh_events(events)
    return db


def _open(db, monkeypatch, budget: int) -> tuple[Store, EventIndex, ResidentWindow]:
    monkeypatch.setattr(resident, "RESIDENT_BUDGET", budget)
    st = Store(db)
    index = EventIndex()
    return st, index, ResidentWindow(st, index, NearDuplicateIndex())


def test_a_small_store_is_loaded_whole(year, monkeypatch):
    st, index, window = _open(year, monkeypatch, budget=10_000)
    with st:
        assert window.whole and len(index.docs) == 58 and len(window.dups) == 58
        window.cover([DAY0.toordinal()])  # nothing more to load
        assert len(index.docs) == 58


def test_a_large_store_loads_only_events_near_the_incoming_dates(year, monkeypatch):
    st, index, window = _open(year, monkeypatch, budget=3)
    with st:
        assert set(index.docs) == {"undated-0"}  # the latest undated articles, at open
        day = (DAY0 + timedelta(days=100)).toordinal()  # event 5's day
        window.cover([day])
        # as many days either side as 3 stored articles fill: events are 20 days apart
        assert window.reach == 19
        assert set(index.events) == {event_id_for("a5-0"), event_id_for("undated-0")}
        assert len(window.dups) == 4  # their signatures too
        # a later batch widens the window by the missing days only, each event loaded once
        window.cover([day + 20])
        assert (window.lo, window.hi) == (day - 19, day + 39)
        assert event_id_for("a6-0") in index.events and event_id_for("a7-0") not in index.events
        assert len(index.docs) == 7


def test_the_window_reaches_further_where_news_is_sparse(year, monkeypatch):
    st, _, window = _open(year, monkeypatch, budget=9)
    with st:
        window.cover([(DAY0 + timedelta(days=100)).toordinal()])
        assert window.reach == MAX_WINDOW_DAYS  # events 4, 5 and 6: nine articles


def test_a_window_started_on_a_thread_is_the_one_cover_loads(year, monkeypatch, window_loads):
    """``start`` reads the first window on a thread of its own connection while the ingest
    prepares its next articles; the index it leaves is the synchronous ``cover``'s."""
    import threading

    day = (DAY0 + timedelta(days=100)).toordinal()
    other_st, other, other_window = _open(year, monkeypatch, budget=3)
    with other_st:
        other_window.cover([day])
    st, index, window = _open(year, monkeypatch, budget=3)
    window_loads.clear()
    with st:
        window.start([day])
        window.start([day + 20])  # one window at a time: a second start waits for cover
        window.cover([day])
        # the window's one read, on the thread
        assert [w.thread for w in window_loads] == ["newsweave-window"]
        assert not window.loading
        assert (window.lo, window.hi, window.reach) == (
            other_window.lo,
            other_window.hi,
            other_window.reach,
        )
        assert index.clusters() == other.clusters()
        assert len(window.dups) == len(other_window.dups)
        window.start([day + 20])  # loaded already: a wider window is read by cover
        assert not window.loading
        window.cover([day + 20])
        threads = [w.thread for w in window_loads]
        assert threads == ["newsweave-window", threading.current_thread().name]


def test_a_window_is_put_back_with_the_collector_paused(year, monkeypatch):
    """A window of 23,000 articles makes ~400,000 containers, none of them garbage: the cyclic
    collector waits while it is read and put back (its full passes were 0.5-0.7 s of the
    window's CPU) and runs again after, also when the window's read fails; a collector the
    program paused stays paused."""
    seen = []
    restore = EventIndex.restore

    def watched(index, stored):
        seen.append(gc.isenabled())
        restore(index, stored)

    monkeypatch.setattr(EventIndex, "restore", watched)
    day = (DAY0 + timedelta(days=100)).toordinal()
    st, index, window = _open(year, monkeypatch, budget=3)
    with st:
        window.cover([day])
        assert seen == [False, False] and gc.isenabled()  # the undated ones, then the window
        assert event_id_for("a5-0") in index.events
        monkeypatch.setattr(EventIndex, "restore", lambda index, stored: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            window.cover([day + 40])
        assert gc.isenabled()
        gc.disable()
        try:
            monkeypatch.setattr(EventIndex, "restore", watched)
            window.cover([day - 40])
            assert not gc.isenabled() and seen[-1] is False
        finally:
            gc.enable()


def test_a_failed_window_thread_fails_the_cover_that_waits_for_it(year, monkeypatch):
    st, _, window = _open(year, monkeypatch, budget=3)

    def broken(w, store, lo, hi):
        raise StoreError("the disk went away", path=str(year))

    with st:
        monkeypatch.setattr(ResidentWindow, "_reach", broken)
        window.start([DAY0.toordinal()])
        with pytest.raises(StoreError, match="the disk went away"):
            window.cover([DAY0.toordinal()])


def test_an_undated_batch_loads_the_window_of_the_latest_stored_day(year, monkeypatch):
    st, index, window = _open(year, monkeypatch, budget=3)
    with st:
        window.cover([None])
        assert event_id_for("a18-0") in index.events  # the last event of the year
        assert event_id_for("a17-0") not in index.events


def test_an_article_joins_its_loaded_event_and_the_store_keeps_the_ids(year, monkeypatch):
    st, index, window = _open(year, monkeypatch, budget=3)
    with st:
        p = _prepared("a5-new", DAY0 + timedelta(days=101), 5)
        window.cover([p.day])
        a = index.add(p.features())
        assert a.event == event_id_for("a5-0") and not a.new


def test_known_keys_hold_every_stored_hash_and_url(year):
    with Store(year) as st:
        keys = known_keys(st)
        stored = st.get_article("a3-1")
    assert keys.holds(stored)
    assert keys.holds(Article(id="x", text="other", url=stored.url))  # same url
    assert keys.holds(Article(id="x", text=stored.text))  # same text
    assert not keys.holds(Article(id="x", text="a story never stored", url="https://new.org/1"))
