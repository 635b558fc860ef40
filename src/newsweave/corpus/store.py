"""The embedded store: one SQLite file that a corpus grows in, incrementally.

* WAL mode: readers (the server, ``newsweave events``) never block the one
  writer (an ingest), and a killed writer loses only its open transaction;
* schema migrations: ``schema_version`` holds the version, the steps of
  :mod:`newsweave.corpus.migrations` are applied in order inside one transaction when a
  store is opened for writing;
* articles keep what cleaning removed (``removed``) and what the off-topic
  check excluded (``excluded``); clustering features (embedding, MinHash,
  word counts, entities) are stored so an ingest resumes without recomputing;
* events and their membership; near-duplicate links between articles;
* cached syntheses keyed on a hash of the sorted member ids and the code
  version: :meth:`Store.event_report` recomputes only when an event's
  articles (or newsweave) changed.

* the file's edges: another program's SQLite file (tables but not ours, or another
  ``application_id``) is refused before anything is written to it; a read-only file or
  folder is a clear error before SQLite is asked; commands that only read never create a
  store (``readonly=True`` or ``create=False``);
* one ingest at a time: :meth:`Store.ingest_lock` (a lock file beside the store, held for a
  whole ingest) makes a second ingest wait and then see everything the first one stored.

Everything the CLI and the HTTP API read goes through :class:`Store`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import json
import os
import sqlite3
import time
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from newsweave.config import Settings
from newsweave.corpus import refresh
from newsweave.corpus.migrations import MIGRATIONS, SCHEMA_VERSION
from newsweave.errors import InputError, NotFound, StoreError
from newsweave.models import Article, EventReport, RemovedSegment
from newsweave.text.names import entity_key

if TYPE_CHECKING:  # the clustering stack (spaCy's word lists) loads only when an ingest needs it
    from newsweave.events.prepare import PreparedArticle

DEFAULT_DB = "newsweave.db"
# A writer waits up to 30 s for another writer's transaction before giving up with a clear error.
BUSY_TIMEOUT_S = 30.0
# Default page size of list_events: a screenful for a person, cheap for the server.
DEFAULT_LIMIT = 50
# Upper bound on one page, so a request cannot make the server serialise the whole store.
MAX_LIMIT = 1000
# An entity filter or a search reads the latest this many matching articles (and the events
# holding them): a word in 7% of a year's articles (police) would otherwise cost 70,000 index
# lookups a request at a million articles; 2,000 cost ~10 ms and, articles being stored as they
# are published, hold the newest ~700 matching events (35 pages of the list).
MATCH_WINDOW = 2000
# SQLite page cache per connection (KiB; the default is 2 MB). An entity filter reads the
# latest MATCH_WINDOW articles naming it and their events: ~4,000 scattered pages (16 MB), read
# twice per request (the count, then the page). At 280,000 articles the frequent entity's
# subquery took 18-26 ms with the default cache, 10-14 ms with this one (a server's reader per
# thread keeps its cache between requests; the cache fills only as far as it is used).
CACHE_KB = 32_768
# Entity filters and searches whose matching events a connection keeps (the latest asked):
# a page asks twice for the same one (its count, its rows), a reader serves a few at a time.
MATCH_CACHE = 8
# The event filter's term for "dated events only", written as the events_order index's first
# column (``date IS NULL``) so that a date range is read from that index.
DATED = "(e.date IS NULL) = 0"
# SQLite's application_id header field for a newsweave store ("NWv1"): another program's
# database is told apart before anything is written to it.
APPLICATION_ID = 0x4E577631
# Suffix of the lock file beside the store that one ingest holds from start to end, so two
# ingests (two processes) take turns and each groups articles with everything stored before.
INGEST_LOCK_SUFFIX = ".ingest-lock"


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as listed: what a reader needs to pick one, without its synthesis."""

    id: str
    title: str
    date: str | None
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    n_sources: int  # distinct known outlets (:func:`newsweave.corpus.outlets.event_outlets`)
    n_unnamed: int  # member articles that name no outlet (no outlet name, no URL)
    n_origins: int  # independent origins, as the event's synthesis counts them
    origins_of: int  # the articles n_origins was counted over (fewer: an ingest is counting)
    created: str
    updated: str

    @property
    def origins_pending(self) -> bool:
        """An ingest stored articles into the event and counts its origins when it ends."""
        return self.origins_of != len(self.articles)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "articles": list(self.articles),
            "n_articles": len(self.articles),
            "outlets": list(self.outlets),
            "n_sources": self.n_sources,
            "n_unnamed": self.n_unnamed,
            "n_origins": self.n_origins,
            "origins_of": self.origins_of,
            "origins_pending": self.origins_pending,
            "created": self.created,
            "updated": self.updated,
        }


@dataclass(frozen=True, slots=True)
class StoreCounts:
    """What a store holds, as ``/api/health`` says it."""

    articles: int  # articles, each in one event
    set_aside: int  # documents stored but set aside as not articles (in no event)
    events: int
    duplicates: int
    syntheses: int
    schema_version: int

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# --------------------------------------------------------------------------- the store


class Store:
    """A newsweave SQLite store; use as a context manager.

    ``readonly=True`` opens the file read-only (it must exist); the store is
    otherwise created (unless ``create=False``) and migrated on open.
    """

    def __init__(
        self, path: str | Path = DEFAULT_DB, readonly: bool = False, *, create: bool = True
    ) -> None:
        """Open the store at ``path``; ``create=False`` (and ``readonly``) refuse a missing file
        instead of creating an empty store there (commands that only read or show)."""
        self.path = str(path)
        self.readonly = readonly
        self._matches: dict[tuple[str, str, int], str] = {}  # see _matching_events
        self._matches_version: int | None = None
        if (readonly or not create) and not Path(self.path).exists():
            raise StoreError(
                f"no store at {self.path}: run `newsweave ingest --db {self.path} ...` first",
                path=self.path,
            )
        _check_access(self.path, readonly)
        try:
            if readonly:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.db = sqlite3.connect(
                    uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False
                )
            else:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(
                    self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False
                )
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from exc
        try:
            self.db.isolation_level = None  # explicit transactions only
            self.db.row_factory = sqlite3.Row
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
            self._check_identity()  # before any write: another program's file stays as it is
            if not readonly:
                mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise StoreError(
                        f"cannot switch {self.path} to WAL mode (got {mode})", path=self.path
                    )
                self.db.execute(
                    "PRAGMA synchronous = NORMAL"
                )  # WAL: durable at checkpoints, never corrupt
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except BaseException as exc:
            self.close()
            if isinstance(exc, sqlite3.DatabaseError):
                raise _store_error(exc, self.path) from exc
            raise

    def _check_identity(self) -> None:
        """Refuse an SQLite file that another program made: it has tables but not ours, or
        another application id. An empty database (a new path, a 0-byte file) is fine."""
        app_id = int(self.db.execute("PRAGMA application_id").fetchone()[0])
        tables = sorted(
            r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
        if app_id == APPLICATION_ID or (app_id == 0 and (not tables or "schema_version" in tables)):
            return
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(
            f"not a newsweave store: an SQLite database of another program "
            f"(application id {app_id:#x}, tables: {shown or 'none'}); it was left untouched, "
            "give another --db",
            path=self.path,
        )

    # ------------------------------------------------------------ lifecycle
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    @property
    def schema_version(self) -> int:
        """The store's schema version; 0 for a database without newsweave's tables yet."""
        try:
            row = self.db.execute("SELECT version FROM schema_version").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return 0
            raise _store_error(exc, self.path) from exc
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store schema v{version} is newer than this newsweave's v{SCHEMA_VERSION}; upgrade newsweave",
                path=self.path,
            )
        if version == SCHEMA_VERSION:
            return
        if self.readonly and version == 0:
            raise StoreError(
                f"an empty database, not a newsweave store yet: run `newsweave ingest --db "
                f"{self.path} ...` first",
                path=self.path,
            )
        if self.readonly:
            raise StoreError(
                f"store schema v{version} needs migrating to v{SCHEMA_VERSION}: "
                f"run `newsweave migrate --db {self.path}`",
                path=self.path,
            )
        with self.transaction():
            version = self.schema_version  # re-read under the write lock
            if version == 0:
                self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self.db.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
                )
                self.db.execute("DELETE FROM schema_version")
                self.db.execute("INSERT INTO schema_version VALUES (0)")
            for n, step in enumerate(MIGRATIONS[version:], start=version + 1):
                step(self.db)
                self.db.execute("UPDATE schema_version SET version = ?", (n,))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (taken immediately, so two writers queue instead of deadlocking)."""
        if self.readonly:
            raise StoreError("this store was opened read-only", path=self.path)
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from exc
        try:
            yield self.db
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):  # the transaction's own error is raised
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):  # a write failed (read-only, disk full)
                raise _store_error(exc, self.path) from exc
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from exc
        finally:
            self._matches.clear()  # data_version counts other connections' commits only

    @contextlib.contextmanager
    def ingest_lock(self, on_wait: typing.Callable[[str], None]) -> Iterator[float]:
        """Hold the store's ingest lock (a file beside it) for one whole ingest; yields the
        seconds waited. A second ingest (another process too) waits here, after telling
        ``on_wait`` why, and then groups its articles with everything the first one stored."""
        lock_path = self.path + INGEST_LOCK_SUFFIX
        try:
            fh = open(lock_path, "a+b")  # noqa: SIM115 - held open for the whole ingest
        except OSError as exc:
            raise StoreError(
                f"cannot create the ingest lock {lock_path}: {exc}", path=self.path
            ) from exc
        with fh:
            t0 = time.monotonic()
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                on_wait(f"another ingest into {self.path} is running; waiting for it to finish")
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield time.monotonic() - t0
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Rows of one read; an SQLite failure becomes a :class:`StoreError` naming the store."""
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from exc

    def query_tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of one read as plain tuples (read by position): an ingest's window reads
        ~150,000 entity rows and 20,000 feature rows, where a :class:`sqlite3.Row` each is
        a Python object more to build."""
        try:
            cur = self.db.cursor()
            cur.row_factory = None
            return cur.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from exc

    # ------------------------------------------------------------ writing (ingest)
    def find_existing(self, article: Article) -> str | None:
        """The stored id of the same article: same url, same cleaned text, or same raw input."""
        if article.url:
            row = self.query("SELECT id FROM articles WHERE url = ?", (article.url,))
            if row:
                return row[0]["id"]
        row = self.query("SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,))
        if row:
            return row[0]["id"]
        return None

    def has_article_id(self, article_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def insert_article(self, p: PreparedArticle, story_day: date | None) -> None:
        """Insert a prepared article and its features (inside the caller's transaction);
        ``story_day``: the day its parse put the story of its photo caption on, where only
        the parse tells (:func:`~newsweave.synthesis.dated.caption_story_days`), else None."""
        a = p.article
        self.db.execute(
            "INSERT INTO articles (id, url, content_hash, raw_sha1, title, outlet, byline, published,"
            " path, language, source_format, text, removed, excluded, ingested_at, not_article,"
            " published_source, story_day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                a.url,
                a.content_hash,
                a.raw_sha1,
                a.title,
                a.outlet,
                a.byline,
                a.published.isoformat() if a.published else None,
                a.path,
                a.language,
                a.source_format,
                a.text,
                json.dumps(  # not dataclasses.asdict: its deep copies were half the insert time
                    [
                        {"text": r.text, "reason": r.reason, "start": r.start, "end": r.end}
                        for r in a.removed
                    ],
                    ensure_ascii=False,
                ),
                json.dumps([[s.start, s.end] for s in p.excluded]),
                refresh.utcnow(),
                a.not_article,
                a.published_source,
                story_day.isoformat() if story_day else None,
            ),
        )
        self.db.execute(
            "INSERT INTO features (article_id, embedding, minhash, terms, day, passages)"
            " VALUES (?,?,?,?,?,?)",
            (a.id, p.embedding, p.minhash, p.terms, p.day, p.passages),
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO entities (article_id, key, name, label) VALUES (?,?,?,?)",
            [(a.id, e.key, e.name, e.label) for e in p.entities],
        )

    def add_duplicate(self, a: str, b: str, jaccard: float) -> None:
        a, b = sorted((a, b))
        self.db.execute("INSERT OR REPLACE INTO duplicates VALUES (?,?,?)", (a, b, jaccard))

    def set_event(self, article_id: str, event_id: str, score: float = 0.0) -> None:
        self.db.execute(
            "INSERT INTO event_articles (article_id, event_id, score) VALUES (?,?,?)"
            " ON CONFLICT(article_id) DO UPDATE SET event_id = excluded.event_id, score = excluded.score",
            (article_id, event_id, score),
        )

    def refresh_events(
        self,
        event_ids: Sequence[str],
        seqs: dict[str, int] | None = None,
        *,
        origins: bool = True,
    ) -> list[str]:
        """Rewrite these events' rows from their members (in a transaction); see
        :func:`newsweave.corpus.refresh.refresh_events`, which returns the events whose
        origins are left to count (``origins=False``)."""
        return refresh.refresh_events(self.db, event_ids, seqs, origins=origins)

    def recount_origins(self, event_ids: Sequence[str]) -> None:
        """Count the independent origins of these events again (in a transaction)."""
        refresh.recount_origins(self.db, event_ids)

    def add_redirect(self, event_id: str, anchor_article: str) -> None:
        """``event_id`` merged away (or emptied): it answers from now on as the event that
        holds ``anchor_article``, the earliest article shown under it."""
        self.db.execute(
            "INSERT OR REPLACE INTO event_redirects (id, anchor_article, at) VALUES (?,?,?)",
            (event_id, anchor_article, refresh.utcnow()),
        )

    def has_event(self, event_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM events WHERE id = ?", (event_id,)))

    def follow(self, event_id: str) -> str | None:
        """The live event a retired id answers as (the one holding its anchor), else None."""
        rows = self.query("SELECT anchor_article FROM event_redirects WHERE id = ?", (event_id,))
        live = self.article_event(rows[0][0]) if rows else None
        return live if live != event_id else None

    def load_minhashes(self) -> Iterator[tuple[str, np.ndarray]]:
        for r in self.query(
            "SELECT f.article_id, f.minhash FROM features f JOIN articles a ON a.id = f.article_id ORDER BY a.rowid"
        ):
            yield r[0], np.frombuffer(r[1], dtype=np.uint32)

    # ------------------------------------------------------------ reading (CLI, API)
    def counts(self) -> StoreCounts:
        one = lambda sql: int(self.query(sql)[0][0])  # noqa: E731
        set_aside = self.count_non_articles()
        return StoreCounts(
            articles=one("SELECT COUNT(*) FROM articles") - set_aside,
            set_aside=set_aside,
            events=one("SELECT COUNT(*) FROM events"),
            duplicates=one("SELECT COUNT(*) FROM duplicates"),
            syntheses=one("SELECT COUNT(*) FROM syntheses"),
            schema_version=self.schema_version,
        )

    def _event_filter(
        self,
        since: str | date | None,
        until: str | date | None,
        entity: str | None,
        q: str | None,
        dated: bool = False,
        min_sources: int = 0,
    ) -> tuple[str, list[Any]]:
        where, params = [], []
        if dated or until:  # dated events only: the range of events_order that holds them
            where.append(DATED)
        if since:  # an undated event may be recent: it stays unless only dated ones are asked
            where.append("e.date >= ?" if dated or until else "(e.date >= ? OR e.date IS NULL)")
            params.append(_iso_day(since, "since"))
        if min_sources > 0:  # events of articles that name no outlet have none
            where.append("e.n_sources >= ?")
            params.append(int(min_sources))
        if until:
            where.append("e.date <= ?")
            params.append(_iso_day(until, "until"))
        if entity:  # the latest MATCH_WINDOW articles naming it (entities_key is in rowid order)
            where.append("e.id IN (SELECT value FROM json_each(?))")
            params.append(
                self._matching_events(
                    "SELECT DISTINCT m.event_id FROM event_articles m WHERE m.article_id IN"
                    " (SELECT n.article_id FROM entities n WHERE n.key = ? ORDER BY n.rowid DESC"
                    " LIMIT ?)",
                    entity_key(entity),
                )
            )
        if q:  # the latest MATCH_WINDOW articles holding the words (FTS5 reads rowids backwards)
            where.append("e.id IN (SELECT value FROM json_each(?))")
            params.append(
                self._matching_events(
                    "SELECT DISTINCT m.event_id FROM articles a INDEXED BY articles_rowid_id"
                    " JOIN event_articles m ON m.article_id = a.id WHERE a.rowid IN"
                    " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                    " ORDER BY rowid DESC LIMIT ?)",
                    _fts_query(q),
                )
            )
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def _matching_events(self, sql: str, arg: str) -> str:
        """The events of the latest MATCH_WINDOW articles an entity or search matches (``sql``
        on ``arg``), as a JSON list: read once for a page's count and its rows, and again
        only once the store has changed (``PRAGMA data_version``: another connection's commit;
        this one's own commits clear it too). At 280,000 articles the frequent entity's
        lookups were ~60% of its page, done twice."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._matches_version:
            self._matches.clear()
            self._matches_version = version
        key = (sql, arg, MATCH_WINDOW)
        if key not in self._matches:
            if len(self._matches) >= MATCH_CACHE:
                self._matches.pop(next(iter(self._matches)))  # the oldest
            ids = [r[0] for r in self.query(sql, (arg, MATCH_WINDOW))]
            self._matches[key] = json.dumps(ids)
        return self._matches[key]

    def list_events(
        self,
        since: str | date | None = None,
        entity: str | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        *,
        until: str | date | None = None,
        dated: bool = False,
        min_sources: int = 0,
    ) -> list[StoredEvent]:
        """Events, newest date first (then most articles); filters combine with AND.

        ``since``/``until``: ISO dates (inclusive); ``entity``: a name as written
        ("Vladimir Putin"); ``q``: words that must all occur in a member article; an undated
        event passes ``since`` unless ``dated``; ``min_sources``: at least that many outlets.
        ``entity`` and ``q`` look at the latest :data:`MATCH_WINDOW` matching articles.
        """
        where, params = self._event_filter(since, until, entity, q, dated, min_sources)
        limit = DEFAULT_LIMIT if limit is None else max(0, min(int(limit), MAX_LIMIT))
        # only dated events: the order's first term is constant, and SQLite reads the index in
        # order only when the ORDER BY leaves it out (else it sorts the whole date range)
        order = "" if DATED in where else "e.date IS NULL, "
        rows = self.query(
            "SELECT e.* FROM events e"
            + where
            + f" ORDER BY {order}e.date DESC, e.n_articles DESC, e.seq LIMIT ? OFFSET ?",
            [*params, limit, max(0, int(offset))],
        )
        return self._with_members(rows)

    def count_events(
        self,
        since: str | date | None = None,
        entity: str | None = None,
        q: str | None = None,
        *,
        until: str | date | None = None,
        dated: bool = False,
        min_sources: int = 0,
    ) -> int:
        where, params = self._event_filter(since, until, entity, q, dated, min_sources)
        return int(self.query("SELECT COUNT(*) FROM events e" + where, params)[0][0])

    def _with_members(self, rows: list[sqlite3.Row]) -> list[StoredEvent]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        members: dict[str, list[str]] = {i: [] for i in ids}
        marks = ",".join("?" * len(ids))
        for m in self.query(
            f"SELECT m.event_id, m.article_id FROM event_articles m JOIN articles a"
            f" ON a.id = m.article_id WHERE m.event_id IN ({marks}) ORDER BY a.rowid",
            ids,
        ):
            members[m[0]].append(m[1])
        out = []
        for r in rows:
            out.append(
                StoredEvent(
                    id=r["id"],
                    title=r["title"] or "",
                    date=r["date"],
                    articles=tuple(members[r["id"]]),
                    outlets=tuple(json.loads(r["outlets"])),
                    n_sources=r["n_sources"],
                    n_unnamed=r["n_unnamed"],
                    n_origins=r["n_origins"],
                    origins_of=r["origins_of"],
                    created=r["created"],
                    updated=r["updated"],
                )
            )
        return out

    def get_event(self, event_id: str) -> StoredEvent:
        rows = self.query("SELECT * FROM events WHERE id = ?", (event_id,))
        if not rows:
            raise NotFound(f"no event {event_id!r} in the store", path=self.path)
        return self._with_members(rows)[0]

    def non_articles(self, limit: int | None = None) -> list[Article]:
        """Documents set aside as non-articles (their reason in ``not_article``), oldest first."""
        sql = "SELECT * FROM articles WHERE not_article IS NOT NULL ORDER BY rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_article(r) for r in self.query(sql)]

    def count_non_articles(self) -> int:
        return int(self.query("SELECT count(*) FROM articles WHERE not_article IS NOT NULL")[0][0])

    def get_article(self, article_id: str) -> Article:
        rows = self.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFound(f"no article {article_id!r} in the store", path=self.path)
        return _article(rows[0])

    def article_event(self, article_id: str) -> str | None:
        rows = self.query("SELECT event_id FROM event_articles WHERE article_id = ?", (article_id,))
        return rows[0][0] if rows else None

    def article_ids(self, limit: int | None = None, offset: int = 0) -> list[str]:
        sql = "SELECT id FROM articles ORDER BY rowid"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [int(limit), int(offset)]
        return [r[0] for r in self.query(sql, params)]

    def synthesis_key(self, article_ids: Sequence[str]) -> str:
        return refresh.synthesis_key(article_ids)

    def cached_report(self, event_id: str) -> EventReport | None:
        """The cached synthesis if it is still current for the event's members, else None."""
        ev = self.get_event(event_id)
        rows = self.query("SELECT key, report FROM syntheses WHERE event_id = ?", (event_id,))
        if rows and rows[0]["key"] == self.synthesis_key(ev.articles):
            try:
                return report_from_json(json.loads(rows[0]["report"]))
            except (ValueError, TypeError, KeyError):
                return None  # an unreadable cache entry is recomputed
        return None

    def event_articles(self, event_id: str) -> list[Article]:
        """The event's member articles, in store order (what its synthesis is woven from)."""
        return [self.get_article(i) for i in self.get_event(event_id).articles]

    def cache_report(self, event_id: str, article_ids: Sequence[str], report: EventReport) -> None:
        """Store ``report`` as the event's synthesis of exactly ``article_ids`` (one short
        transaction); if the members changed meanwhile, its key no longer matches and the next
        read weaves again. Else the event's date becomes the report's, which its page shows: the
        list, ``show`` and the API then say the same day (multinews 111, 153: listed undated
        while their pages read the day from their texts)."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO syntheses (event_id, key, report, created) VALUES (?,?,?,?)"
                " ON CONFLICT(event_id) DO UPDATE SET key = excluded.key, report = excluded.report,"
                " created = excluded.created",
                (
                    event_id,
                    self.synthesis_key(article_ids),
                    json.dumps(report.to_json(), ensure_ascii=False),
                    refresh.utcnow(),
                ),
            )
            # an article the weave had to leave out (a stage's failure) is no origin on its
            # page either; an event woven from a subset of its articles (too many) counts the
            # origins of the subset, and the list keeps the whole event's count (refresh)
            ev = report.events[0] if report.events else None
            members = self.db.execute(
                "SELECT article_id FROM event_articles WHERE event_id = ?", (event_id,)
            ).fetchall()
            if ev is not None and sorted(r[0] for r in members) == sorted(article_ids):
                # the list shows the day the page shows (refresh.shown_day), once woven
                self.db.execute("UPDATE events SET date = ? WHERE id = ?", (ev.date, event_id))
            if ev is not None and ev.origins and ev.subset is None:
                self.db.execute(
                    "UPDATE events SET n_origins = ?, origins_of = ? WHERE id = ?",
                    (len(ev.origins), len(article_ids), event_id),
                )

    def event_report(
        self, event_id: str, *, settings: Settings, words: int | None = None
    ) -> EventReport:
        """The event's synthesis: cached, or woven now with ``settings``' models (and cached
        when the store is writable)."""
        if words is None:
            cached = self.cached_report(event_id)
            if cached is not None:
                return cached
        articles = self.event_articles(event_id)
        report = weave_event(event_id, articles, settings=settings, words=words)
        if words is None and not self.readonly:
            self.cache_report(event_id, [a.id for a in articles], report)
        return report


def weave_event(
    event_id: str, articles: Sequence[Article], *, settings: Settings, words: int | None = None
) -> EventReport:
    """Weave a stored event's articles into its report, which keeps the stored event's id."""
    from newsweave.synthesis.weave import weave

    report = weave(list(articles), words=words, settings=settings)
    return dataclasses.replace(
        report, events=tuple(dataclasses.replace(e, id=event_id) for e in report.events)
    )


def _check_access(path: str, readonly: bool) -> None:
    """A clear error, before SQLite is asked, when the file or its folder cannot be used: SQLite
    in WAL mode writes the file and keeps ``-wal`` and ``-shm`` files beside it."""
    file, folder = Path(path), Path(path).parent
    if file.is_dir():
        raise StoreError(
            f"is a folder, not a store file: give a file in it, such as {file / 'news.db'}",
            path=path,
        )
    if not file.exists():
        return
    if not os.access(file, os.R_OK):
        raise StoreError("the store file cannot be read (check its permissions)", path=path)
    if not readonly and not os.access(file, os.W_OK):
        raise StoreError(
            "the store file is read-only: this command writes to it; check its permissions, "
            "or use a command that only reads (`newsweave events`, `newsweave show`)",
            path=path,
        )
    beside = ("-shm",) if readonly else ("-shm", "-wal")
    if not os.access(folder, os.W_OK) and not all(Path(path + x).exists() for x in beside):
        raise StoreError(
            f"the store's folder {folder} is read-only: SQLite (WAL mode) needs to create "
            f"{file.name}-wal and {file.name}-shm beside the store; copy it to a writable folder",
            path=path,
        )


# --------------------------------------------------------------------------- rows and errors


def _article(r: sqlite3.Row) -> Article:
    pub = r["published"]
    return Article(
        id=r["id"],
        text=r["text"],
        title=r["title"],
        outlet=r["outlet"],
        byline=r["byline"],
        published=datetime.fromisoformat(pub) if pub else None,
        url=r["url"],
        path=r["path"],
        language=r["language"],
        removed=tuple(RemovedSegment(**x) for x in json.loads(r["removed"] or "[]")),
        source_format=r["source_format"] or "text",
        raw_sha1=r["raw_sha1"],
        published_source=r["published_source"],
        not_article=r["not_article"],
    )


def _iso_day(value: str | date, what: str) -> str:
    if isinstance(value, date):
        return value.isoformat()[:10]
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError as exc:
        raise InputError(f"--{what} must be an ISO date (YYYY-MM-DD), got {value!r}") from exc


def _fts_query(q: str) -> str:
    """User words → an FTS5 query where every word must occur (quoted: no operator injection)."""
    import re

    words = re.findall(r"\w+", q)
    return " ".join('"' + w.replace('"', "") + '"' for w in words) or '""'


def _store_error(exc: sqlite3.DatabaseError, path: str) -> StoreError:
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return StoreError(
            f"the store is locked by another writer (waited {BUSY_TIMEOUT_S:.0f}s): {msg}",
            path=path,
        )
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return StoreError(
            f"not a readable newsweave store (corrupt or not SQLite): {msg}", path=path
        )
    if "readonly" in msg or "read-only" in msg:
        return StoreError(
            f"the store cannot be written here (the file or its folder is read-only): {msg}",
            path=path,
        )
    if "unable to open" in msg:
        return StoreError(
            f"cannot open the store (its folder may be missing or not writable): {msg}", path=path
        )
    return StoreError(f"store error: {msg}", path=path)


# --------------------------------------------------------------------------- JSON → dataclasses


def report_from_json(d: dict[str, Any]) -> EventReport:
    """Read back an :class:`EventReport` written by ``EventReport.to_json``."""
    return EventReport(
        articles=tuple(Article.from_json(a) for a in d.get("articles", ())),
        events=tuple(_load(_models_type("Event"), e) for e in d.get("events", ())),
        generator=d.get("generator", "newsweave"),
    )


def _models_type(name: str) -> type:
    from newsweave import models

    return getattr(models, name)


_HINTS: dict[type, dict[str, Any]] = {}


def _load(tp: Any, v: Any) -> Any:
    if v is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _load(args[0], v) if len(args) == 1 else v
    if origin is tuple:
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        return tuple(_load(inner, x) for x in v)
    if origin is typing.Literal or tp is Any:
        return v
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if tp is Article:
            return Article.from_json(v)
        hints = _HINTS.get(tp)
        if hints is None:
            from newsweave import models

            hints = _HINTS[tp] = typing.get_type_hints(tp, vars(models))
        kwargs = {
            f.name: _load(hints[f.name], v[f.name]) for f in dataclasses.fields(tp) if f.name in v
        }
        return tp(**kwargs)
    if tp is datetime:
        return datetime.fromisoformat(v)
    return v
