"""The SQLite store: migrations, errors, reads for the API, the synthesis cache."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import DATA, need, unprivileged
from ferry_story import FERRY_DAY, store_ferry
from newsweave.config import Settings
from newsweave.corpus import store as store_module
from newsweave.corpus.migrations import MIGRATIONS, SCHEMA_VERSION
from newsweave.corpus.refresh import synthesis_key
from newsweave.corpus.store import APPLICATION_ID, DEFAULT_LIMIT, Store
from newsweave.errors import NotFound, StoreError
from newsweave.events.features import PASSAGES_DTYPE, quoted_passages
from newsweave.models import Article, Event, EventReport


def _ecb_articles(n: int, topics: tuple[int, ...] = (1, 2)) -> list[Article]:
    path = need(DATA / "ecbplus" / "documents.jsonl", "ECB+")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["topic"] in topics:
                out.append(Article(id=rec["id"], text=rec["text"]))
    return out[:n]


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    """A store with the seeds and two ECB+ topics, ingested once for the module."""
    from newsweave.corpus.ingest import ingest
    from newsweave.sources.files import iter_articles

    seeds = need(DATA.parent / "seeds", "the seeds")
    db = tmp_path_factory.mktemp("store") / "news.db"
    arts = [a for a in iter_articles([str(seeds)]) if isinstance(a, Article)]
    s = ingest(arts + _ecb_articles(40), db=db, progress=False)
    assert s.added == 45 and not s.failed
    return db


def test_migrations_from_empty(tmp_path):
    db = tmp_path / "new.db"
    with Store(db) as st:
        assert st.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        tables = {r[0] for r in st.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {
            "articles",
            "features",
            "entities",
            "events",
            "event_articles",
            "syntheses",
            "duplicates",
            "schema_version",
            "articles_fts",
        } <= tables
        assert st.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert st.counts().articles == 0
    with Store(db) as st:  # reopening migrates nothing and keeps the version
        assert st.schema_version == SCHEMA_VERSION


def test_migration_from_v1_keeps_data_and_adds_search(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema_version VALUES (1)")
    MIGRATIONS[0](con)
    con.execute(
        "INSERT INTO articles (id, content_hash, title, text, ingested_at) VALUES (?,?,?,?,?)",
        (
            "a1",
            "h",
            "Quake hits island",
            "An earthquake struck the island of Sumbawa.",
            "2024-01-01",
        ),
    )
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="needs migrating"):
        Store(db, readonly=True)
    with Store(db) as st:
        assert st.schema_version == SCHEMA_VERSION
        hits = st.db.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'sumbawa'"
        ).fetchall()
        assert len(hits) == 1
        assert st.get_article("a1").title == "Quake hits island"


def _store_at(db: Path, version: int) -> sqlite3.Connection:
    """A store file as release ``version`` of the schema left it, open for old rows."""
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema_version VALUES (?)", (version,))
    for step in MIGRATIONS[:version]:
        step(con)
    return con


def test_outlets_are_counted_one_way_and_stored_events_are_recounted(tmp_path):
    """One outlet however it is spelled or named (its URL when the article names none), as the
    front page and the event page count it; an article naming none is counted apart, not as an
    outlet; a store of the old exact-name count is recounted."""
    db = tmp_path / "v6.db"
    con = _store_at(db, 6)
    members = [  # (id, outlet, url)
        ("g1", "The Guardian", None),
        ("g2", None, "https://www.theguardian.com/world/1"),
        ("b1", None, "https://www.bbc.co.uk/news/2"),
        ("b2", "BBC", None),
        ("x1", None, None),
    ]
    for aid, outlet, url in members:
        con.execute(
            "INSERT INTO articles (id, content_hash, outlet, url, text, ingested_at)"
            " VALUES (?,?,?,?,?,?)",
            (aid, aid, outlet, url, f"Text of {aid}.", "2024-01-01"),
        )
        con.execute("INSERT INTO event_articles (article_id, event_id) VALUES (?, 'ev')", (aid,))
    con.execute(  # as the old count left it: two exact names, each unnamed article apart
        "INSERT INTO events (id, seq, n_articles, outlets, created, updated, n_sources)"
        " VALUES ('ev', 1, 5, '[\"BBC\", \"The Guardian\"]', '2024-01-01', '2024-01-01', 5)"
    )
    con.commit()
    con.close()
    with Store(db) as st:
        ev = st.get_event("ev")
        assert (ev.n_sources, ev.n_unnamed, list(ev.outlets)) == (2, 1, ["BBC", "The Guardian"])
        with st.transaction():
            st.refresh_events(["ev"])
        ev = st.get_event("ev")
        assert (ev.n_sources, ev.n_unnamed) == (2, 1)


def test_a_store_of_v10_keeps_its_rows_and_learns_where_dates_came_from(tmp_path):
    """Migration 11 adds each article's ``published_source`` (a caption's day is no publication
    day): an old store keeps every row and its event's date, the old articles' source unknown
    (NULL, read as a publication day, as before), and the publication-time index holds both."""
    db = tmp_path / "v10.db"
    con = _store_at(db, 10)
    for aid, day in (("p1", "2024-05-02T09:00:00"), ("p2", "2024-05-02T15:30:00")):
        con.execute(
            "INSERT INTO articles (id, content_hash, title, text, published, ingested_at)"
            " VALUES (?,?,?,?,?,?)",
            (aid, aid, "Ferry strike ends", f"Text of {aid}.", day, "2024-05-03"),
        )
        con.execute("INSERT INTO event_articles (article_id, event_id) VALUES (?, 'ev')", (aid,))
    con.execute(
        "INSERT INTO events (id, seq, date, n_articles, created, updated)"
        " VALUES ('ev', 1, '2024-05-02', 2, '2024-05-03', '2024-05-03')"
    )
    con.commit()
    con.close()
    with Store(db) as st:
        assert st.schema_version == SCHEMA_VERSION
        rows = st.db.execute("SELECT id, published, published_source FROM articles ORDER BY id")
        assert [tuple(r) for r in rows] == [
            ("p1", "2024-05-02T09:00:00", None),
            ("p2", "2024-05-02T15:30:00", None),
        ]
        assert st.get_article("p1").published_source is None
        assert st.get_event("ev").date == "2024-05-02"
        with st.transaction():
            st.refresh_events(["ev"])
        assert st.get_event("ev").date == "2024-05-02"
        columns = [r[2] for r in st.db.execute("PRAGMA index_info(articles_published)")]
        assert columns == ["published", "published_source"]


def test_a_store_of_v11_keeps_its_rows_and_its_captions_stay_unparsed(tmp_path):
    """Migration 12 adds the day the parse puts a caption's story on (``story_day``), which
    an ingest fills where only the parse tells it: an old store keeps every row, parses
    nothing as it opens, and its event stays undated where only the parse would date it."""
    db = tmp_path / "v11.db"
    con = _store_at(db, 11)
    text = "Crowds gathered on Saturday. The council meets on Monday."
    con.execute(
        "INSERT INTO articles (id, content_hash, title, text, published, published_source,"
        " ingested_at) VALUES ('c1', 'c1', 'Crowds gather', ?, '2017-06-03T00:00:00',"
        " 'caption', '2017-06-06')",
        (text,),
    )
    con.execute("INSERT INTO event_articles (article_id, event_id) VALUES ('c1', 'ev')")
    con.execute(
        "INSERT INTO events (id, seq, date, n_articles, created, updated)"
        " VALUES ('ev', 1, NULL, 1, '2017-06-06', '2017-06-06')"
    )
    con.commit()
    con.close()
    with Store(db) as st:
        assert st.schema_version == SCHEMA_VERSION
        row = st.db.execute(
            "SELECT id, text, published, published_source, story_day FROM articles"
        ).fetchone()
        assert tuple(row) == ("c1", text, "2017-06-03T00:00:00", "caption", None)
        with st.transaction():
            st.refresh_events(["ev"])
        assert st.get_event("ev").date is None
        # the day an ingest's parse gave counts once it is there
        with st.transaction():
            st.db.execute("UPDATE articles SET story_day = '2017-06-05'")
            st.refresh_events(["ev"])
        assert st.get_event("ev").date == "2017-06-05"


def _woven(event_id: str, day: str | None, ids: tuple[str, ...]) -> EventReport:
    """A synthesis of ``ids`` whose page gives ``day``, as a weave returns it."""
    return EventReport(articles=(), events=(Event(event_id, "Ferry back", day, ids),))


def test_the_list_shows_the_day_the_event_s_page_shows(tmp_path):
    """multinews 111, 153 and 177 with 232: listed undated while their pages read the day from
    the articles (a dated statement of the main fact, weekdays resolved across them), which no
    stamp tells. The day a weave gives is stored with its synthesis and listed, and it stays
    while the members are the ones woven; a new member leaves the event to its stamps."""
    with Store(tmp_path / "news.db") as st:
        with st.transaction():
            store_ferry(st, "ev", "2026-01-05T09:00:00+00:00")
        assert st.get_event("ev").date is None
        st.cache_report("ev", ["f1", "f2"], _woven("ev", FERRY_DAY, ("f1", "f2")))
        assert st.get_event("ev").date == FERRY_DAY
        assert [(e.id, e.date) for e in st.list_events(dated=True)] == [("ev", FERRY_DAY)]
        assert st.count_events(since="2021-03-01", until="2021-03-03") == 1
        with st.transaction():  # an ingest touching it without changing its members
            st.refresh_events(["ev"])
        assert st.get_event("ev").date == FERRY_DAY
        with st.transaction():  # a third report: the cached page is no longer this event's
            st.db.execute(
                "INSERT INTO articles (id, content_hash, text, ingested_at)"
                " VALUES ('f3', 'f3', 'Ferries ran late.', '2026-01-05T10:00:00+00:00')"
            )
            st.set_event("f3", "ev")
            st.refresh_events(["ev"])
        assert st.get_event("ev").date is None
        # a weave of the members before the third dates nothing (it raced with the ingest)
        st.cache_report("ev", ["f1", "f2"], _woven("ev", "2021-03-09", ("f1", "f2")))
        assert st.get_event("ev").date is None
        st.cache_report("ev", ["f1", "f2", "f3"], _woven("ev", FERRY_DAY, ("f1", "f2", "f3")))
        assert st.get_event("ev").date == FERRY_DAY
        # the front page still times it by its last change: no stamp dates it
        stamped = st.db.execute("SELECT stamped_day FROM events WHERE id = 'ev'").fetchone()
        assert stamped[0] is None


def test_a_store_of_v12_lists_the_day_its_cached_pages_show(tmp_path):
    """Migration 13: an event listed undated whose synthesis, cached for exactly its members,
    gives a day is listed on that day; a synthesis of other members dates nothing; every row
    is kept, and the day the stamps give is kept apart for the front page."""
    db = tmp_path / "v12.db"
    con = _store_at(db, 12)
    members = {"ev": ("f1", "f2"), "stale": ("s1", "s2"), "dated": ("d1",)}
    for eid, ids in members.items():
        for aid in ids:
            con.execute(
                "INSERT INTO articles (id, content_hash, text, ingested_at) VALUES (?,?,?,?)",
                (aid, aid, f"Text of {aid}.", "2026-01-05"),
            )
            con.execute(
                "INSERT INTO event_articles (article_id, event_id) VALUES (?,?)", (aid, eid)
            )
        con.execute(
            "INSERT INTO events (id, seq, date, n_articles, created, updated) VALUES (?,?,?,?,?,?)",
            (eid, len(ids), "2024-05-02" if eid == "dated" else None, len(ids), "x", "x"),
        )
    for eid, woven, day in (("ev", ("f1", "f2"), FERRY_DAY), ("stale", ("s1",), "2020-01-01")):
        con.execute(
            "INSERT INTO syntheses (event_id, key, report, created) VALUES (?,?,?,?)",
            (eid, synthesis_key(woven), json.dumps(_woven(eid, day, woven).to_json()), "x"),
        )
    con.commit()
    con.close()
    with Store(db) as st:
        assert st.schema_version == SCHEMA_VERSION
        rows = st.db.execute("SELECT id, date, stamped_day FROM events ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [
            ("dated", "2024-05-02", "2024-05-02"),
            ("ev", FERRY_DAY, None),
            ("stale", None, None),
        ]
        assert st.counts().articles == 5 and st.counts().syntheses == 2
        assert st.cached_report("ev").events[0].date == FERRY_DAY


# Three reports of one harbour fire (our own prose): two carry a Reuters credit in their own
# voice, so they are one origin, as the event's synthesis counts them; no two share a passage,
# so the near-duplicate links the store had counted origins by make three.
HARBOUR_FIRE = {
    "w1": (
        "A warehouse fire closed the container terminal at Port Ellery on Sunday, the harbour "
        "authority said. Firefighters worked through the night.\n\nReuters contributed to "
        "this report."
    ),
    "w2": (
        "Smoke hung over Port Ellery as crews fought a blaze in a dockside warehouse. The "
        "terminal's operator did not respond to Reuters' request for comment."
    ),
    "w3": (
        "Dock workers at Port Ellery were sent home after fire broke out in a storage shed, "
        "their union said, and shipping was diverted to Carrow."
    ),
}


def test_a_stored_event_counts_origins_and_outlets_as_its_page_does(tmp_path):
    """Found on the seeds: the list said 5 origins and 5 outlets where the event's page said 4
    independent origins (two articles credit Reuters) and 2 named outlets (three name none). A
    store of the old counts is recounted; a refresh counts the same way."""
    db = tmp_path / "v8.db"
    con = _store_at(db, 8)
    members = [("w1", "Ellery Post", None), ("w2", None, None), ("w3", None, None)]
    for aid, outlet, url in members:
        con.execute(
            "INSERT INTO articles (id, content_hash, outlet, url, text, ingested_at)"
            " VALUES (?,?,?,?,?,?)",
            (aid, aid, outlet, url, HARBOUR_FIRE[aid], "2024-01-01"),
        )
        con.execute("INSERT INTO event_articles (article_id, event_id) VALUES (?, 'ev')", (aid,))
    con.execute(  # as the old counts left it: each unnamed article an outlet, no shared text
        "INSERT INTO events (id, seq, n_articles, outlets, created, updated, n_sources,"
        " n_origins) VALUES ('ev', 1, 3, '[\"Ellery Post\"]', '2024-01-01', '2024-01-01', 3, 3)"
    )
    con.commit()
    con.close()
    with Store(db) as st:
        ev = st.get_event("ev")
        assert (ev.n_sources, ev.n_unnamed, ev.n_origins) == (1, 2, 2)
        with st.transaction():
            st.refresh_events(["ev"])
        ev = st.get_event("ev")
        assert (ev.n_sources, ev.n_unnamed, ev.n_origins) == (1, 2, 2)
        assert ev.to_json()["n_unnamed"] == 2


def test_counts_stored_before_are_taken_as_covering_every_article(tmp_path):
    """A store of schema 9 had no record of what its counts of origins covered: they are taken
    as counted over every article, so an upgrade does not show every event as being counted."""
    db = tmp_path / "v9.db"
    con = _store_at(db, 9)
    for aid in HARBOUR_FIRE:
        con.execute(
            "INSERT INTO articles (id, content_hash, text, ingested_at) VALUES (?,?,?,?)",
            (aid, aid, HARBOUR_FIRE[aid], "2024-01-01"),
        )
        con.execute("INSERT INTO event_articles (article_id, event_id) VALUES (?, 'ev')", (aid,))
    con.execute(
        "INSERT INTO events (id, seq, n_articles, outlets, created, updated, n_origins)"
        " VALUES ('ev', 1, 3, '[]', '2024-01-01', '2024-01-01', 2)"
    )
    con.commit()
    con.close()
    with Store(db) as st:
        ev = st.get_event("ev")
        assert (ev.n_origins, ev.origins_of, ev.origins_pending) == (2, 3, False)


def test_stored_articles_get_their_quoted_passages_as_an_ingest_computes_them(tmp_path):
    """A store written before articles kept their quoted passages gets them from each stored
    title, text and off-topic cut: a quotation inside the cut gives none, as at ingest."""
    said = '"We will keep the ferry running through the whole of the winter," the mayor said.'
    db = tmp_path / "v7.db"
    con = _store_at(db, 7)
    cut = len("Ferry news. ")
    for aid, text, excluded in (
        ("kept", "Ferry news. " + said, []),
        ("cut", "Ferry news. " + said, [[cut, cut + len(said)]]),
    ):
        con.execute(
            "INSERT INTO articles (id, content_hash, text, excluded, ingested_at)"
            " VALUES (?,?,?,?,?)",
            (aid, aid, text, json.dumps(excluded), "2024-01-01"),
        )
        con.execute(
            "INSERT INTO features (article_id, embedding, minhash, terms) VALUES (?,?,?,?)",
            (aid, b"", b"", b""),
        )
    con.commit()
    con.close()
    with Store(db) as st:
        rows = dict(st.query_tuples("SELECT article_id, passages FROM features"))
    kept = np.frombuffer(rows["kept"], dtype=PASSAGES_DTYPE).tolist()
    assert (
        kept == quoted_passages("Ferry news. " + said).tolist() and len(kept) == 5
    )  # 12 words: 5 runs of 8
    assert rows["cut"] == b""


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "future.db"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 5,))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer than this newsweave"):
        Store(db)


def test_corrupt_and_missing_stores_give_clear_errors(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all\n" * 200)
    with pytest.raises(StoreError, match="not a readable newsweave store") as exc:
        Store(bad)
    assert str(bad) in str(exc.value)
    with pytest.raises(StoreError, match="run `newsweave ingest"):
        Store(tmp_path / "missing.db", readonly=True)


@pytest.mark.parametrize("readonly", [False, True])
def test_a_folder_given_as_the_store_is_named_as_one(tmp_path, readonly):
    """`--db` naming a folder said "its folder may be missing or not writable"."""
    with pytest.raises(StoreError) as exc:
        Store(tmp_path, readonly=readonly)
    assert str(exc.value) == (
        f"{tmp_path}: is a folder, not a store file: give a file in it, such as "
        f"{tmp_path / 'news.db'}"
    )


def test_reads_for_the_api(filled):
    with Store(filled, readonly=True) as st:
        counts = st.counts()
        assert counts.articles == 45
        events = st.list_events(limit=1000)
        assert len(events) == counts.events == st.count_events()
        assert sum(len(e.articles) for e in events) == 45
        seeds = next(e for e in events if "004_0695376d25cec0db" in e.articles)
        js = seeds.to_json()
        assert {"id", "title", "date", "articles", "outlets", "n_sources", "updated"} <= set(js)
        assert js["date"] == "2025-05-11" and "Putin" in js["title"]
        # filters: date, entity, words; pagination
        assert [e.id for e in st.list_events(since="2025-01-01", dated=True)] == [seeds.id]
        # an undated event may be recent: --since keeps it unless only dated ones are asked
        recent = [e for e in st.list_events(since="2025-01-01", limit=1000)]
        assert seeds.id in [e.id for e in recent]
        assert all(e.date is None for e in recent if e.id != seeds.id)
        assert seeds.id in [e.id for e in st.list_events(entity="Istanbul")]
        assert [e.id for e in st.list_events(q="Putin Istanbul")] == [seeds.id]
        assert st.list_events(q="zzzunknownword") == []
        page1 = st.list_events(limit=2)
        page2 = st.list_events(limit=2, offset=2)
        assert len(page1) == 2 and not {e.id for e in page1} & {e.id for e in page2}
        art = st.get_article("000_3016f4a61fb5a44f")
        assert art.title and art.text and art.published is not None
        assert st.article_event(art.id) == seeds.id
        with pytest.raises(NotFound):
            st.get_article("nope")
        with pytest.raises(NotFound):
            st.get_event("ev_nope")
        with pytest.raises(NotFound):
            st.event_report("ev_nope", settings=Settings())


def _plan(st: Store, read, select: str = "SELECT e.* FROM events e") -> str:
    """The query plan of the ``select`` (the event list's by default) that ``read(st)`` runs."""
    sqls: list[str] = []
    st.db.set_trace_callback(sqls.append)
    try:
        read(st)
    finally:
        st.db.set_trace_callback(None)
    sql = next(s for s in sqls if s.startswith(select))
    return " | ".join(r[3] for r in st.query("EXPLAIN QUERY PLAN " + sql))


def test_the_event_list_is_read_in_order_and_stops_at_its_limit(filled):
    """A year holds ~400,000 events: the front page reads its 20 from the order's index
    instead of sorting every event (a temporary B-tree)."""
    with Store(filled, readonly=True) as st:
        for read in (
            lambda s: s.list_events(limit=20),
            lambda s: s.list_events(until="2025-06-01"),  # a date range: from the same index
            lambda s: s.list_events(since="2025-01-01", dated=True),
        ):
            plan = _plan(st, read)
            assert "INDEX events_order" in plan and "TEMP B-TREE" not in plan
        assert [e.id for e in st.list_events(until="2025-06-01")] == [
            e.id for e in st.list_events(limit=1000) if e.date and e.date <= "2025-06-01"
        ][:DEFAULT_LIMIT]
        # a search or an entity filter reads a bounded window of matching articles, once for
        # the count and the page
        plan = _plan(st, lambda s: s.list_events(q="Putin"), "SELECT DISTINCT m.event_id")
        assert "articles_rowid_id" in plan and "SCAN a " not in plan
        reads: list[str] = []
        st.db.set_trace_callback(reads.append)
        assert st.count_events(entity="Putin") == len(st.list_events(entity="Putin")) >= 1
        st.db.set_trace_callback(None)
        assert sum(r.startswith("SELECT DISTINCT m.event_id") for r in reads) == 1


def test_search_and_entity_filter_read_the_latest_matching_articles(filled, monkeypatch):
    with Store(filled, readonly=True) as st:
        key, name = st.query(
            "SELECT key, MIN(name) FROM entities GROUP BY key ORDER BY COUNT(*) DESC LIMIT 1"
        )[0]
        said = {e.id for e in st.list_events(q="said", limit=1000)}
        named = {e.id for e in st.list_events(entity=name, limit=1000)}
        assert len(said) > 1 and len(named) > 1
        newest_said = st.query(
            "SELECT a.id FROM articles a WHERE a.rowid = (SELECT MAX(rowid) FROM articles_fts"
            " WHERE articles_fts MATCH 'said')"
        )[0][0]
        newest_named = st.query(
            "SELECT article_id FROM entities WHERE key = ? ORDER BY rowid DESC LIMIT 1", (key,)
        )[0][0]
        monkeypatch.setattr(store_module, "MATCH_WINDOW", 1)
        assert [e.id for e in st.list_events(q="said")] == [st.article_event(newest_said)]
        assert [e.id for e in st.list_events(entity=name)] == [st.article_event(newest_named)]
        assert st.count_events(q="said") == st.count_events(entity=name) == 1


def test_a_reader_sees_what_another_connection_stored_since_its_last_filter(filled, tmp_path):
    """The matching events a reader keeps for a page's count and rows are read again once
    another connection has committed (a watch storing news while the server answers)."""
    db = tmp_path / "copy.db"
    shutil.copyfile(filled, db)
    with Store(db, readonly=True) as reader, Store(db) as writer:
        before = {e.id for e in reader.list_events(entity="Putin", limit=1000)}
        moved = reader.get_event(sorted(before)[0]).articles[0]
        with writer.transaction():
            writer.set_event(moved, "ev_moved_here")
            writer.refresh_events(["ev_moved_here", sorted(before)[0]])
        after = {e.id for e in reader.list_events(entity="Putin", limit=1000)}
        assert "ev_moved_here" in after and "ev_moved_here" not in before


def test_removed_segments_survive_the_store(filled, seed_articles):
    with Store(filled, readonly=True) as st:
        for a in seed_articles:
            got = st.get_article(a.id)
            assert got.text == a.text
            assert got.removed == a.removed


def test_synthesis_is_cached_until_members_change(filled, monkeypatch):
    import newsweave.synthesis.weave as synthesis

    with Store(filled) as st:
        small = min(
            (e for e in st.list_events(limit=1000) if len(e.articles) == 2),
            key=lambda e: e.id,
            default=None,
        )
        if small is None:
            small = min(st.list_events(limit=1000), key=lambda e: len(e.articles))
        rep = st.event_report(small.id, settings=Settings())
        assert rep.events[0].id == small.id
        assert {a.id for a in rep.articles} == set(small.articles)

        def boom(*a, **k):
            raise AssertionError("weave called although the cache is current")

        monkeypatch.setattr(synthesis, "weave", boom)
        again = st.event_report(small.id, settings=Settings())
        assert again.to_json() == rep.to_json()
        # a new member invalidates the cache: the store asks for a new synthesis
        with st.transaction():
            st.set_event("000_3016f4a61fb5a44f", small.id)
        with pytest.raises(AssertionError, match="weave called"):
            st.event_report(small.id, settings=Settings())


# --------------------------------------------------------------------------- edges of the file


def test_another_programs_sqlite_file_is_refused_before_it_is_touched(tmp_path):
    db = tmp_path / "app.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO users (name) VALUES ('ada')")
    con.commit()
    con.close()
    before = db.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StoreError, match=r"not a newsweave store.*users") as exc:
            Store(db, readonly=readonly)
        assert str(db) in str(exc.value)
    assert db.read_bytes() == before  # no tables, no WAL mode, no schema_version
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.db"]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    # a database of another program that set its own application id
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("PRAGMA application_id = 1234")
    con.execute("CREATE TABLE schema_version (version INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="application id 0x4d2"):
        Store(other)


def test_new_paths_and_empty_files_become_stores_only_for_writing(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="empty database, not a newsweave store"):
        Store(empty, readonly=True)
    with Store(empty) as st:  # a 0-byte file is a new store for a writing command
        assert st.schema_version == SCHEMA_VERSION
        assert st.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    for kwargs in ({"readonly": True}, {"create": False}):
        missing = tmp_path / "sub" / f"missing-{len(kwargs)}.db"
        with pytest.raises(StoreError, match="no store at"):
            Store(missing, **kwargs)
        assert not missing.parent.exists()  # nothing created on the way
    with Store(tmp_path / "new" / "news.db") as st:
        assert st.counts().articles == 0


_OPEN = """
import sys
from newsweave.corpus import store as store_module
from newsweave.corpus.store import APPLICATION_ID, DEFAULT_LIMIT, Store
from newsweave.errors import StoreError
try:
    with Store(sys.argv[1], readonly=sys.argv[2] == "ro") as st:
        with st.transaction():
            st.db.execute("INSERT INTO meta VALUES ('probe', '1')")
    print("wrote")
except StoreError as exc:
    print("StoreError:", exc)
"""


def test_read_only_file_and_folder_give_clear_errors(tmp_path):
    """Found by the audit: a read-only file gave a traceback from the first INSERT, and in a
    read-only folder a read-only open said "schema v0 needs migrating"."""
    src = tmp_path / "src.db"
    Store(src).close()
    (tmp_path / "file").mkdir()
    ro_file = tmp_path / "file" / "news.db"
    shutil.copy(src, ro_file)
    ro_file.chmod(0o444)
    ro_dir = tmp_path / "dir"
    ro_dir.mkdir()
    shutil.copy(src, ro_dir / "news.db")
    (ro_dir / "news.db").chmod(0o444)
    ro_dir.chmod(0o555)

    def run(path: Path, mode: str) -> str:
        r = subprocess.run(
            [*unprivileged(), sys.executable, "-c", _OPEN, str(path), mode],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "Traceback" not in r.stderr, r.stderr
        return r.stdout

    try:
        out = run(ro_file, "rw")
        assert "StoreError" in out and "the store file is read-only" in out, out
        assert "needs migrating" not in run(ro_file, "ro")
        out = run(ro_dir / "news.db", "ro")
        assert "folder" in out and "is read-only" in out and "needs migrating" not in out, out
    finally:
        ro_dir.chmod(0o755)


def test_an_event_over_the_limit_is_woven_from_a_subset_and_keeps_its_count(tmp_path, monkeypatch):
    """A store's biggest stories grow past what one weave takes: their synthesis is woven
    from a subset and cached, and the list keeps the whole event's count of origins (the
    subset's own count, fewer, is on its page, said to be of the woven articles)."""
    import newsweave.synthesis.weave as synthesis
    from bridge_story import bridge_articles
    from newsweave.corpus.ingest import ingest

    arts = bridge_articles()
    db = tmp_path / "news.db"
    ingest(arts, db=db, progress=False)
    # weave() reads the limit at call time: 6 instead of 200 keeps the weave fast
    monkeypatch.setattr(synthesis, "MAX_EVENT_ARTICLES", 6)
    with Store(db) as st:
        (big,) = [e for e in st.list_events(limit=10) if len(e.articles) == len(arts)]
        assert not big.origins_pending
        whole = big.n_origins
        rep = st.event_report(big.id, settings=Settings())
        (ev,) = rep.events
        assert ev.id == big.id and len(ev.articles) == 6
        assert ev.subset is not None and ev.subset.total == len(arts)
        assert len(ev.origins) < whole  # the subset's own count, which the list must not take
        assert st.get_event(big.id).n_origins == whole
        assert st.cached_report(big.id) == rep  # cached, subset and all
