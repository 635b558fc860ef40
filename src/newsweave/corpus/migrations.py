"""The store's schema, as ordered migrations (the sqlite-utils / datasette way).

``MIGRATIONS[i]`` takes a store from schema version ``i`` to ``i + 1``; a store records its
version in ``schema_version``, and :class:`~newsweave.corpus.store.Store` applies the missing
steps in order, inside one transaction, when it opens a file for writing. A step is never
edited once released: a change of schema is a new step appended to :data:`MIGRATIONS`.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Callable

from newsweave.corpus.outlets import count_origins, event_outlets
from newsweave.corpus.refresh import shown_day
from newsweave.models import Article, Span

# Articles read per step when passages are computed for a stored corpus (bounded memory).
PASSAGE_CHUNK = 2000


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one (``executescript`` would commit the migration's transaction)."""
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            db.execute(buf)
            buf = ""
    if buf.strip():
        db.execute(buf)


def _m1_initial(db: sqlite3.Connection) -> None:
    """The first schema: articles with their features and entities, near-duplicate links,
    events and their members, cached syntheses."""
    _script(
        db,
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            content_hash TEXT NOT NULL,
            raw_sha1 TEXT,
            title TEXT, outlet TEXT, byline TEXT, published TEXT,
            path TEXT, language TEXT, source_format TEXT,
            text TEXT NOT NULL,
            removed TEXT NOT NULL DEFAULT '[]',
            excluded TEXT NOT NULL DEFAULT '[]',
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE features (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            embedding BLOB NOT NULL,
            minhash BLOB NOT NULL,
            terms BLOB NOT NULL,
            day INTEGER
        );
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            key TEXT NOT NULL, name TEXT NOT NULL, label TEXT NOT NULL,
            PRIMARY KEY (article_id, key)
        );
        CREATE INDEX entities_key ON entities(key);
        CREATE TABLE duplicates (
            a TEXT NOT NULL, b TEXT NOT NULL, jaccard REAL NOT NULL, PRIMARY KEY (a, b)
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            title TEXT, date TEXT,
            n_articles INTEGER NOT NULL DEFAULT 0,
            outlets TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL, updated TEXT NOT NULL
        );
        CREATE INDEX events_date ON events(date);
        CREATE TABLE event_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL,
            score REAL NOT NULL DEFAULT 0
        );
        CREATE INDEX event_articles_event ON event_articles(event_id);
        CREATE TABLE syntheses (
            event_id TEXT PRIMARY KEY,
            key TEXT NOT NULL,
            report TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """,
    )


def _m2_fulltext(db: sqlite3.Connection) -> None:
    """Full-text search over titles and texts (the API's ``q``), kept in sync by triggers."""
    _script(
        db,
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid'
        );
        INSERT INTO articles_fts(rowid, title, text) SELECT rowid, title, text FROM articles;
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        """,
    )


def _m3_not_article(db: sqlite3.Connection) -> None:
    """Documents that are not articles (widgets, crawl notices...) are kept with the reason,
    in no event; the index lists them cheaply."""
    _script(
        db,
        """
        ALTER TABLE articles ADD COLUMN not_article TEXT;
        CREATE INDEX articles_not_article ON articles(rowid) WHERE not_article IS NOT NULL;
        """,
    )


def _m4_redirects(db: sqlite3.Connection) -> None:
    """Ids of events that merged away (or emptied) and the earliest article shown under
    each: the id answers as whichever event holds that article now, so a saved link never
    shows another story. Events also keep how many outlets and independent origins report
    them, which the list filters and shows."""
    _script(
        db,
        """
        CREATE TABLE event_redirects (
            id TEXT PRIMARY KEY,
            anchor_article TEXT NOT NULL,
            at TEXT NOT NULL
        );
        ALTER TABLE events ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN n_origins INTEGER NOT NULL DEFAULT 0;
        """,
    )
    # existing events: outlets (an article of unknown outlet counts on its own); origins are
    # counted when an event next changes (the ingest refreshes it), outlets until then
    db.execute(
        "UPDATE events SET n_sources = (SELECT COUNT(DISTINCT a.outlet) + SUM(a.outlet IS NULL)"
        " FROM event_articles m JOIN articles a ON a.id = m.article_id"
        " WHERE m.event_id = events.id)"
    )
    db.execute("UPDATE events SET n_origins = n_sources")


def _m5_sources(db: sqlite3.Connection) -> None:
    """The source list ``newsweave watch`` polls (:mod:`newsweave.corpus.sources`): each
    feed's outlet identity, the URL its trust comes from, and its poll state; and the item
    URLs each source listed, so that a poll fetches only items it has not seen."""
    _script(
        db,
        """
        CREATE TABLE sources (
            url TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('feed', 'opml-member', 'page')),
            name TEXT NOT NULL,
            domain TEXT NOT NULL,
            home TEXT,
            added_from TEXT NOT NULL,
            trusted_url TEXT NOT NULL,
            added_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_polled TEXT,
            last_status TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_poll TEXT
        );
        CREATE TABLE source_items (
            url TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            seen_at TEXT NOT NULL
        );
        """,
    )


def _m6_scale(db: sqlite3.Connection) -> None:
    """Indices for a store of a year (a million articles), each chosen from the query plan of
    the read or write it serves (``EXPLAIN QUERY PLAN`` before: a scan of every row):

    * ``events_order``: the event list's order (undated last, newest, largest, oldest id), so a
      page is read in order and stops at its LIMIT instead of sorting every event;
    * ``events_seq``: the next event's sequence number (``MAX(seq)``) without a scan;
    * ``features_day``: an ingest loads the events dated near its articles
      (:mod:`newsweave.corpus.resident`) by a range of days;
    * ``articles_rowid_id``: a search maps full-text matches (rowids) to article ids from this
      small index instead of the article rows, whose texts make each lookup 5x slower;
    * ``event_articles_cover``: the events of those articles (and of an entity's) from the
      index alone, one lookup instead of two."""
    _script(
        db,
        """
        CREATE INDEX events_order ON events(date IS NULL, date DESC, n_articles DESC, seq);
        CREATE INDEX events_seq ON events(seq);
        CREATE INDEX features_day ON features(day);
        CREATE INDEX articles_rowid_id ON articles(rowid, id);
        CREATE INDEX event_articles_cover ON event_articles(article_id, event_id);
        """,
    )


def _m7_outlet_counts(db: sqlite3.Connection) -> None:
    """Events' outlets counted one way (:func:`newsweave.corpus.outlets.event_outlets`), as the
    front page and the event page count them: spellings of one outlet folded, an article
    without an outlet name named by its URL. Counts stored before were of exact names, with
    each unnamed article on its own. One read of every member's outlet and URL (the columns
    before the text: its overflow pages are not read)."""
    rows = db.execute(
        "SELECT m.event_id, a.outlet, a.url FROM event_articles m"
        " JOIN articles a ON a.id = m.article_id ORDER BY m.event_id"
    )
    for eid, members in itertools.groupby(rows, key=lambda r: r[0]):
        outlets = event_outlets((r[1], r[2]) for r in members)
        db.execute(
            "UPDATE events SET outlets = ?, n_sources = ? WHERE id = ?",
            (json.dumps(outlets.names, ensure_ascii=False), outlets.count, eid),
        )


def _m8_passages(db: sqlite3.Connection) -> None:
    """Each article's quoted passages (:func:`~newsweave.events.features.quoted_passages`) as
    a features column, computed for the articles stored before it from their stored title,
    text and off-topic cut, as an ingest computes them now: the event index's second chance
    for a lone article (:meth:`~newsweave.events.index.EventIndex.quoting_event`) reads them
    from articles restored out of the store as from those just ingested."""
    # (imported here: the features module loads spaCy, which opening a store must not)
    from newsweave.events.features import article_passages

    db.execute("ALTER TABLE features ADD COLUMN passages BLOB NOT NULL DEFAULT x''")
    last = 0
    while True:
        rows = db.execute(
            "SELECT a.rowid, a.id, a.title, a.text, a.excluded FROM articles a"
            " JOIN features f ON f.article_id = a.id WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?",
            (last, PASSAGE_CHUNK),
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        updates = []
        for _, aid, title, text, excluded in rows:
            art = Article(id=aid, text=text, title=title)
            spans = [Span(aid, a, b) for a, b in json.loads(excluded)]
            updates.append((article_passages(art, spans).tobytes(), aid))
        db.executemany("UPDATE features SET passages = ? WHERE article_id = ?", updates)


def _m9_counts(db: sqlite3.Connection) -> None:
    """Events' counts as every page shows them (:mod:`newsweave.corpus.outlets`): outlets
    only the known ones, the members that name no outlet apart (``n_unnamed``), and origins as
    the event's synthesis counts them (copied passages and wire credits) where the store had
    counted near-duplicate links. One read of every member, event by event."""
    db.execute("ALTER TABLE events ADD COLUMN n_unnamed INTEGER NOT NULL DEFAULT 0")
    rows = db.execute(
        "SELECT m.event_id, a.outlet, a.url, a.id, a.text, a.byline FROM event_articles m"
        " JOIN articles a ON a.id = m.article_id ORDER BY m.event_id, a.rowid"
    )
    for eid, group in itertools.groupby(rows, key=lambda r: r[0]):
        members = list(group)
        outlets = event_outlets((r[1], r[2]) for r in members)
        origins = count_origins([Article(id=r[3], text=r[4], byline=r[5]) for r in members])
        db.execute(
            "UPDATE events SET outlets = ?, n_sources = ?, n_unnamed = ?, n_origins = ?"
            " WHERE id = ?",
            (
                json.dumps(outlets.names, ensure_ascii=False),
                outlets.count,
                outlets.unnamed,
                origins,
                eid,
            ),
        )


def _m10_origins_of(db: sqlite3.Connection) -> None:
    """How many of an event's articles its ``n_origins`` covers: an ingest counts origins once,
    at its end, and a page shows an event whose count covers fewer articles than it holds as
    being counted (:mod:`newsweave.corpus.refresh`); the index finds the ones a killed ingest
    left for the next to count. Stored counts are taken to cover every article (one a killed
    ingest left short before this step is counted when its event next changes)."""
    db.execute("ALTER TABLE events ADD COLUMN origins_of INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE events SET origins_of = n_articles")
    db.execute("CREATE INDEX events_uncounted ON events(id) WHERE origins_of != n_articles")


def _m11_published_source(db: sqlite3.Connection) -> None:
    """Where each article's ``published`` came from (``Article.published_source``): a photo
    caption's day is no publication day, and the event list, the front page and a stored
    event's page tell it apart as the page woven from the files does. Articles stored before
    keep NULL (not known), which every reader takes as a publication day, as before. The
    publication-time index holds it too: the front page reads a day's publication times from
    the index alone, where the column, stored after the text, would read every text's overflow
    pages."""
    _script(
        db,
        """
        ALTER TABLE articles ADD COLUMN published_source TEXT;
        DROP INDEX articles_published;
        CREATE INDEX articles_published ON articles(published, published_source);
        """,
    )


def _m12_story_day(db: sqlite3.Connection) -> None:
    """The day the parse puts the story of an article dated by a photo's caption on, where the
    text names the caption's day and only the parse tells which day of the week after it the
    story is told on (:func:`~newsweave.synthesis.dated.caption_story_days`): an ingest
    parses these few, so that the event list dates their events as their pages do. Articles
    stored before keep NULL (not parsed): their events are listed as before, undated where
    only the parse would tell, never misdated; opening a store parses nothing."""
    db.execute("ALTER TABLE articles ADD COLUMN story_day TEXT")


def _m13_shown_day(db: sqlite3.Connection) -> None:
    """An event's date is the one its page shows (:mod:`newsweave.corpus.refresh`): where a
    synthesis of exactly its members is cached, the day that synthesis gives, which the stamps
    could not tell (multinews 111, 153: listed undated while their pages gave a day). The day
    the stamps alone give is kept as ``stamped_day``, which the front page reads: an event
    that no stamp dates is timed by its last change, as before, found through the partial
    index ``events_unstamped``. Every row is kept; a synthesis cached for other members (or by
    another version) dates nothing until the event is woven again."""
    _script(
        db,
        """
        ALTER TABLE events ADD COLUMN stamped_day TEXT;
        UPDATE events SET stamped_day = date;
        CREATE INDEX events_unstamped ON events(updated) WHERE stamped_day IS NULL;
        """,
    )
    rows = db.execute(
        "SELECT m.event_id, m.article_id, e.stamped_day FROM syntheses s"
        " JOIN events e ON e.id = s.event_id JOIN event_articles m ON m.event_id = s.event_id"
        " ORDER BY m.event_id"
    ).fetchall()
    for eid, group in itertools.groupby(rows, key=lambda r: r[0]):
        members = list(group)
        day = shown_day(db, eid, [r[1] for r in members], members[0][2])
        db.execute("UPDATE events SET date = ? WHERE id = ?", (day, eid))


# Every step, oldest first: a store at version v needs MIGRATIONS[v:].
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _m1_initial,
    _m2_fulltext,
    _m3_not_article,
    _m4_redirects,
    _m5_sources,
    _m6_scale,
    _m7_outlet_counts,
    _m8_passages,
    _m9_counts,
    _m10_origins_of,
    _m11_published_source,
    _m12_story_day,
    _m13_shown_day,
)
# The version a store has once every step ran.
SCHEMA_VERSION = len(MIGRATIONS)
