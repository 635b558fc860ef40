"""The source list kept in the store: the feeds ``newsweave watch`` polls, with their outlets.

A source is one RSS/Atom feed, however it was added::

    newsweave sources add URL_OR_FILE... [--name NAME] [--db FILE] [--allow-private]
    newsweave sources list [--db FILE] [--format table|json]
    newsweave sources remove URL... [--db FILE]

``add`` takes a feed URL (kind ``feed``), an OPML file of feeds, a local path or a URL
(each listed feed becomes a source of kind ``opml-member``), or a site page that advertises
its feed with ``<link rel="alternate" type="application/rss+xml">`` or ``atom+xml`` (kind
``page``: the advertised feed is the source). Every feed is fetched once when added, so a
URL that is neither a feed nor advertises one is an error naming it, at once rather than at
the first poll. Each source carries an outlet identity, which every article ingested from
it carries too: a name (``--name``, else the site's own name for a page, the OPML entry's
title, the feed's title, the domain), its domain and its home page.

Trust is kept with the source, so that it holds across runs: ``trusted_url`` is the URL the
user typed (the feed, the page, the OPML's URL; for a local OPML file, each feed it lists, as
the user's own file names them by hand), and a poll fetches that origin even when it is
internal (:mod:`newsweave.sources.fetch`); every other internal address stays refused
unless ``allow_private``.

The poll state (validators for conditional requests, the last outcome, failures in a row
and when a failing source may be tried again) is written by :mod:`newsweave.corpus.watch`
through :meth:`SourceList.record_poll`; the item URLs a source has listed are kept in
``source_items``, so that a later poll fetches only items it has not seen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from newsweave.clean.metadata import domain, outlet_from_url
from newsweave.config import Settings
from newsweave.corpus.store import Store
from newsweave.errors import InputError
from newsweave.sources.feeds import (
    Feed,
    OpmlFeed,
    advertised_feeds,
    looks_like_feed,
    looks_like_opml,
    parse_opml,
    read_feed,
    site_name,
)
from newsweave.sources.fetch import MAX_BYTES, Fetched, Fetcher, Origin, is_url, trusted_as_given

SourceKind = Literal["feed", "opml-member", "page"]
# How one poll of a source went: new items looked at, nothing changed (304), the feed could
# not be fetched or read, or the source was not polled (still backing off after failures).
PollStatus = Literal["polled", "not-modified", "failed", "backing-off"]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class Source:
    """One feed of the source list, with its outlet identity and its poll state."""

    url: str  # the feed polled
    kind: SourceKind
    name: str  # the outlet's name, which its articles carry
    domain: str
    home: str | None  # the outlet's home page
    added_from: str  # what the user typed: the feed, the page or the OPML (URL or path)
    trusted_url: str  # its origin is fetched even when internal (see the module docstring)
    added_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    last_polled: datetime | None = None
    last_status: str | None = None  # "ok", "not modified", or the last failure's message
    failures: int = 0  # failed polls in a row
    next_poll: datetime | None = None  # a failing source is not polled before this; None: any run

    @property
    def trusted(self) -> frozenset[Origin]:
        return trusted_as_given(self.trusted_url)

    def due(self, now: datetime) -> bool:
        return self.next_poll is None or self.next_poll <= now

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        for k in ("added_at", "last_polled", "next_poll"):
            d[k] = _iso(d[k])
        return d


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one poll of one source did (``watch`` prints the failures and sums the rest)."""

    source: str  # the feed's URL
    name: str
    status: PollStatus
    items: int = 0  # entries the feed lists
    new_items: int = 0  # entries not seen before, whose pages were fetched
    articles: int = 0  # pages read as articles and handed to the ingest
    errors: tuple[str, ...] = ()  # the feed's failure, or items that could not be fetched or read
    etag: str | None = None
    last_modified: str | None = None
    next_poll: datetime | None = None  # set when the source failed: when it is tried again

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["errors"] = list(self.errors)
        d["next_poll"] = _iso(self.next_poll)
        return d


@dataclass(frozen=True, slots=True)
class AddResult:
    """What ``sources add`` did: sources new to the list, sources already listed (updated
    in place: kind, name, home; their poll state kept), and inputs that failed."""

    added: tuple[Source, ...]
    updated: tuple[Source, ...]
    failed: tuple[str, ...]


_COLUMNS = (
    "url, kind, name, domain, home, added_from, trusted_url, added_at, etag, last_modified,"
    " last_polled, last_status, failures, next_poll"
)


def _source(r: Sequence[Any]) -> Source:
    return Source(
        url=r[0],
        kind=r[1],
        name=r[2],
        domain=r[3],
        home=r[4],
        added_from=r[5],
        trusted_url=r[6],
        added_at=datetime.fromisoformat(r[7]),
        etag=r[8],
        last_modified=r[9],
        last_polled=_when(r[10]),
        last_status=r[11],
        failures=int(r[12]),
        next_poll=_when(r[13]),
    )


class SourceList:
    """The ``sources`` and ``source_items`` tables of one open (writable) store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self) -> list[Source]:
        rows = self.store.db.execute(f"SELECT {_COLUMNS} FROM sources ORDER BY name, url")
        return [_source(r) for r in rows.fetchall()]

    def get(self, url: str) -> Source | None:
        row = self.store.db.execute(f"SELECT {_COLUMNS} FROM sources WHERE url = ?", (url,))
        found = row.fetchone()
        return None if found is None else _source(found)

    def put(self, s: Source) -> bool:
        """Add ``s``, or update its identity when its URL is listed (the poll state is
        kept); True when it was new."""
        with self.store.transaction() as db:
            new = db.execute("SELECT 1 FROM sources WHERE url = ?", (s.url,)).fetchone() is None
            db.execute(
                f"INSERT INTO sources ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, name = excluded.name,"
                " domain = excluded.domain, home = excluded.home,"
                " added_from = excluded.added_from, trusted_url = excluded.trusted_url",
                (
                    s.url,
                    s.kind,
                    s.name,
                    s.domain,
                    s.home,
                    s.added_from,
                    s.trusted_url,
                    _iso(s.added_at),
                    s.etag,
                    s.last_modified,
                    _iso(s.last_polled),
                    s.last_status,
                    s.failures,
                    _iso(s.next_poll),
                ),
            )
        return new

    def remove(self, urls: Iterable[str]) -> list[str]:
        """Remove these sources; returns the URLs that were not listed. Their articles stay
        in the store, and so do the item URLs they listed (re-adding a source does not
        fetch its old items again)."""
        missing = []
        with self.store.transaction() as db:
            for url in urls:
                if db.execute("DELETE FROM sources WHERE url = ?", (url,)).rowcount == 0:
                    missing.append(url)
        return missing

    def record_poll(self, outcome: PollOutcome, when: datetime) -> None:
        """Write one poll's outcome into its source's state (a source removed meanwhile is
        left removed)."""
        with self.store.transaction() as db:
            if outcome.status == "failed":
                db.execute(
                    "UPDATE sources SET last_polled = ?, last_status = ?,"
                    " failures = failures + 1, next_poll = ? WHERE url = ?",
                    (_iso(when), outcome.errors[0], _iso(outcome.next_poll), outcome.source),
                )
            else:
                status = "not modified" if outcome.status == "not-modified" else "ok"
                db.execute(
                    "UPDATE sources SET last_polled = ?, last_status = ?, failures = 0,"
                    " next_poll = NULL, etag = ?, last_modified = ? WHERE url = ?",
                    (_iso(when), status, outcome.etag, outcome.last_modified, outcome.source),
                )

    def unseen(self, urls: Sequence[str]) -> list[str]:
        """The item URLs of ``urls`` the store has neither listed before (from any source)
        nor holds as an article's URL, in their order."""
        db = self.store.db
        out = []
        for url in urls:
            seen = db.execute(
                "SELECT 1 FROM source_items WHERE url = ?"
                " UNION ALL SELECT 1 FROM articles WHERE url = ? LIMIT 1",
                (url, url),
            ).fetchone()
            if seen is None:
                out.append(url)
        return out

    def mark_seen(self, source: str, urls: Iterable[str], when: datetime) -> None:
        """Remember these item URLs of ``source``: a later poll does not fetch them again."""
        with self.store.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO source_items (url, source, seen_at) VALUES (?,?,?)",
                [(u, source, _iso(when)) for u in urls],
            )


# --------------------------------------------------------------------------- adding


def _home_of(url: str) -> str:
    u = urlsplit(url)
    return f"{u.scheme}://{u.netloc}/"


def _feed_source(
    feed: Feed,
    *,
    kind: SourceKind,
    name: str | None,
    home: str | None,
    added_from: str,
    trusted_url: str,
    url: str,
) -> Source:
    home = home or feed.home or _home_of(url)
    return Source(
        url=url,
        kind=kind,
        name=name or feed.title or outlet_from_url(home) or _home_of(url),
        domain=domain(home) or domain(url) or urlsplit(url).netloc,
        home=home,
        added_from=added_from,
        trusted_url=trusted_url,
        added_at=utc_now(),
    )


def _fetch_feed(url: str, fx: Fetcher, trusted_url: str) -> Feed:
    """``url`` fetched and read as a feed, or an InputError naming ``url``."""
    f = fx.get(url, trusted=trusted_as_given(trusted_url))
    if not looks_like_feed(f):
        raise InputError(
            f"not an RSS/Atom feed (content type {f.content_type or 'none'})", path=url
        )
    return read_feed(f)


def _members(
    feeds: list[OpmlFeed], given: str, fx: Fetcher, name: str | None, *, local: bool
) -> Iterator[Source | InputError]:
    for m in feeds:
        trusted_url = m.url if local else given
        try:
            feed = _fetch_feed(m.url, fx, trusted_url)
        except InputError as exc:
            yield InputError(f"listed in {given}: {exc.message}", path=m.url)
            continue
        yield _feed_source(
            feed,
            kind="opml-member",
            name=name or m.title,
            home=m.home,
            added_from=given,
            trusted_url=trusted_url,
            url=m.url,
        )


def _read_local_opml(path: str) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise InputError(
            "no such file: give a feed URL, a site URL that advertises its feed, or an OPML file",
            path=path,
        )
    if p.stat().st_size > MAX_BYTES:
        raise InputError(f"larger than {MAX_BYTES} bytes: not an OPML list of feeds", path=path)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from exc


def discover(
    inputs: Iterable[str], fx: Fetcher, *, name: str | None = None
) -> Iterator[Source | InputError]:
    """The sources each input stands for (see the module docstring), fetched through ``fx``
    and checked to be feeds; an input that fails is yielded as an error naming it."""
    for given in inputs:
        if not is_url(given):
            try:
                feeds = parse_opml(_read_local_opml(given), base=None, locator=given)
            except InputError as exc:
                yield exc
                continue
            yield from _members(feeds, given, fx, name, local=True)
            continue
        try:
            f = fx.get(given, trusted=trusted_as_given(given))
            if looks_like_opml(f.content):
                feeds = parse_opml(f.content, base=f.url, locator=given)
                yield from _members(feeds, given, fx, name, local=False)
            elif looks_like_feed(f):
                feed = read_feed(f)
                yield _feed_source(
                    feed,
                    kind="feed",
                    name=name,
                    home=None,
                    added_from=given,
                    trusted_url=given,
                    url=given,
                )
            else:
                yield _advertised(f, given, fx, name)
        except InputError as exc:
            yield exc


def _advertised(f: Fetched, given: str, fx: Fetcher, name: str | None) -> Source:
    """The source a site page stands for: the first feed it advertises."""
    feeds = advertised_feeds(f)
    if not feeds:
        raise InputError(
            "neither an RSS/Atom feed nor an OPML file, and the page advertises no feed "
            '(no <link rel="alternate" type="application/rss+xml" or "application/atom+xml">)',
            path=given,
        )
    try:
        feed = _fetch_feed(feeds[0], fx, given)
    except InputError as exc:
        raise InputError(f"the feed it advertises failed: {exc}", path=given) from exc
    return _feed_source(
        feed,
        kind="page",
        name=name or site_name(f),
        home=f.url,
        added_from=given,
        trusted_url=given,
        url=feeds[0],
    )


def add_sources(
    db: str | Path,
    inputs: Iterable[str],
    *,
    name: str | None = None,
    settings: Settings | None = None,
    fetcher: Fetcher | None = None,
) -> AddResult:
    """Add the sources ``inputs`` stand for to the store at ``db`` (created if missing).
    ``name`` overrides the outlet name of every source added (a source listed already keeps
    its name unless ``name`` is given); ``settings.allow_private`` lets
    feeds listed or advertised on other internal hosts in (used when no ``fetcher`` is given)."""
    settings = Settings.from_env() if settings is None else settings
    own = fetcher is None
    fx = Fetcher(allow_private=settings.allow_private) if fetcher is None else fetcher
    added: list[Source] = []
    updated: list[Source] = []
    failed: list[str] = []
    try:
        with Store(db) as store:
            listed = SourceList(store)
            for item in discover(inputs, fx, name=name):
                if isinstance(item, InputError):
                    failed.append(str(item))
                    continue
                before = listed.get(item.url)
                if before is not None and name is None:
                    item = dataclasses.replace(item, name=before.name)  # a name given stays
                if listed.put(item):
                    added.append(item)
                else:
                    updated.append(item)
    finally:
        if own:
            fx.close()
    return AddResult(tuple(added), tuple(updated), tuple(failed))


def list_sources(db: str | Path) -> list[Source]:
    """The store's sources, by name (a store of an older newsweave is migrated first)."""
    with Store(db, create=False) as store:
        return SourceList(store).all()


def remove_sources(db: str | Path, urls: Iterable[str]) -> list[str]:
    """Remove these sources from the store at ``db``; returns the URLs that were not listed."""
    with Store(db, create=False) as store:
        return SourceList(store).remove(urls)
