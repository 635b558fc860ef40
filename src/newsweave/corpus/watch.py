"""Continuous ingestion: poll every source of the store's list, ingest what is new.

::

    newsweave watch --db FILE [--every 15m] [--once] [--allow-private]
    newsweave serve --db FILE --watch [--every 15m]

One run (:func:`poll_sources`) goes over the sources of :mod:`newsweave.corpus.sources`
one after another, politely:

* **conditional requests**: the ETag and Last-Modified a feed last answered with are sent
  back (``If-None-Match`` / ``If-Modified-Since``); a 304 fetches nothing more;
* **only new items**: an item whose URL the store has seen (listed by a source before, or
  an article's URL) is not fetched again; the rest are fetched, read as articles of the
  source's outlet (:func:`newsweave.sources.feeds.item_article`: canonical URL, the item's
  publication time) and go through :func:`newsweave.corpus.ingest.ingest`, which stores
  them and assigns them to events;
* **bounded**: every request goes through the safe :class:`~newsweave.sources.fetch.Fetcher`
  (http/https only, a per-host rate, timeouts, retries, a size limit, internal addresses
  only for the origin the user added by hand), and each poll's fetching ends by
  :data:`POLL_DEADLINE_S`;
* **failures stay local**: a source whose feed cannot be fetched or read is reported (a line
  through ``report`` and its :class:`~newsweave.corpus.sources.PollOutcome`) while the others
  go on; it is tried again after a backoff that doubles with each failure in a row, from the
  run interval up to :data:`MAX_BACKOFF_S`. An item that fails for a reason that may pass
  (a timeout, a 5xx) is fetched again at the next run (the feed's validators are not kept,
  so the feed is read in full again); an item refused for what it is (an internal address, a
  ``file:`` URL, a 404) is not.

The items fetched are stored, and the poll state written, only after the ingest: a run that
is killed or stopped leaves nothing half-done, and the next run fetches the same items again.

:func:`watch` repeats runs every ``every`` seconds until ``stop`` is set; :class:`Watcher`
runs that loop in a background thread (what ``serve --watch`` uses). The loop keeps the event
indices of its last ingest for the next (:class:`~newsweave.corpus.ingest.Resident`): a run
into a store of 100,000 articles no longer loads the events near its dates each time (the
ingest of 20 articles: 23 s before, 3 s kept).
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from newsweave.config import Settings
from newsweave.corpus.ingest import IngestSummary, Resident, ingest
from newsweave.corpus.sources import PollOutcome, Source, SourceList, utc_now
from newsweave.corpus.store import Store
from newsweave.errors import FetchError, InputError, NewsweaveError
from newsweave.models import Article
from newsweave.sources.feeds import item_article, looks_like_feed, read_feed
from newsweave.sources.fetch import Fetcher, FetchRefused
from newsweave.text.counts import plural

# The longest a failing source waits before it is tried again: a feed down for days is still
# looked at daily, and never costs more than one request a day.
MAX_BACKOFF_S = 86_400.0
# Wall-clock seconds for the fetching of one poll: a poll of 50 feeds with 20 new items each at
# one request per second per host ends well within it, and a run of slow or hostile servers
# cannot hold the loop for hours.
POLL_DEADLINE_S = 1800.0
# The shortest interval `--every` accepts: a feed polled more often than once a minute is
# a nuisance to its server and rarely changes in between.
MIN_EVERY_S = 60.0
# How long Watcher.stop waits for a run to notice the stop (it checks between requests,
# each bounded by the Fetcher's deadline; an ingest under way finishes first).
STOP_WAIT_S = 60.0

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)

# where a run's lines go: a failing source, an item skipped, the summary
Report = Callable[[str], None]


def parse_every(text: str) -> float:
    """Seconds from ``90``, ``90s``, ``15m``, ``2h`` or ``1d``; a ValueError says why not."""
    m = _DURATION.match(text)
    if m is None:
        raise ValueError(f"not a duration: {text!r} (write e.g. 90s, 15m, 2h or 1d)")
    return float(m[1]) * _UNITS[(m[2] or "s").lower()]


def backoff_s(failures: int, every: float) -> float:
    """How long a source that failed ``failures`` times in a row waits: ``every`` doubled
    with each failure after the first, at most :data:`MAX_BACKOFF_S`."""
    return min(every * 2 ** max(0, failures - 1), MAX_BACKOFF_S)


def to_stderr(line: str) -> None:
    print(f"newsweave: {line}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class WatchRun:
    """What one run did: each source's outcome and the ingest of the new articles (None
    when there was nothing to ingest)."""

    outcomes: tuple[PollOutcome, ...]
    ingest: IngestSummary | None
    seconds: float
    stopped: bool = False  # stopped before the end: nothing was stored or recorded

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def polled(self) -> int:
        return len(self.outcomes) - self.count("backing-off")

    @property
    def new_articles(self) -> int:
        return self.ingest.added if self.ingest is not None else 0

    def describe(self) -> str:
        parts = [
            f"polled {plural(self.polled, 'source')} in {self.seconds:.1f}s",
            f"{self.count('not-modified')} not modified",
            plural(sum(o.new_items for o in self.outcomes), "new item"),
            plural(self.new_articles, "new article"),
            f"{self.count('failed')} failed",
        ]
        if waiting := self.count("backing-off"):
            parts.append(f"{waiting} backing off after failures")
        if self.ingest is not None and self.ingest.new_events:
            parts.append(plural(self.ingest.new_events, "new event"))
        if self.stopped:
            parts.append("stopped before the end: nothing stored")
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "polled": self.polled,
            "not_modified": self.count("not-modified"),
            "failed": self.count("failed"),
            "backing_off": self.count("backing-off"),
            "new_articles": self.new_articles,
            "seconds": round(self.seconds, 2),
            "stopped": self.stopped,
            "sources": [o.to_json() for o in self.outcomes],
            "ingest": self.ingest.to_json() if self.ingest is not None else None,
        }


@dataclass(frozen=True)
class _Polled:
    """One source's poll: its outcome, its articles, and the item URLs to remember."""

    outcome: PollOutcome
    articles: tuple[Article, ...] = ()
    seen: tuple[str, ...] = ()


def _failed(s: Source, message: str, now: datetime, every: float) -> _Polled:
    wait = backoff_s(s.failures + 1, every)
    return _Polled(
        PollOutcome(
            s.url,
            s.name,
            "failed",
            errors=(message,),
            next_poll=now + timedelta(seconds=wait),
        )
    )


def _poll(
    s: Source,
    listed: SourceList,
    fx: Fetcher,
    *,
    now: datetime,
    every: float,
    until: float,
    stop: threading.Event,
    taken: set[str],
) -> _Polled | None:
    """Poll one source: its feed (conditionally), then its unseen items (``taken``: the
    item URLs this run has fetched already, for another source). None when ``stop`` was
    set meanwhile."""
    if not s.due(now):
        return _Polled(PollOutcome(s.url, s.name, "backing-off", next_poll=s.next_poll))
    headers = {}
    if s.etag:
        headers["If-None-Match"] = s.etag
    if s.last_modified:
        headers["If-Modified-Since"] = s.last_modified
    try:
        f = fx.get(s.url, trusted=s.trusted, until=until, headers=headers)
        if f.not_modified:
            kept = PollOutcome(
                s.url,
                s.name,
                "not-modified",
                etag=f.etag or s.etag,
                last_modified=f.last_modified or s.last_modified,
            )
            return _Polled(kept)
        if not looks_like_feed(f):
            raise FetchError(
                f"no longer an RSS/Atom feed (content type {f.content_type or 'none'})",
                path=s.url,
            )
        feed = read_feed(f)
    except FetchError as exc:
        return _failed(s, str(exc), now, every)
    entries = {e.url: e for e in feed.entries}
    todo = [u for u in listed.unseen(list(entries)) if u not in taken]
    taken.update(todo)
    articles: list[Article] = []
    seen: list[str] = []
    errors: list[str] = []
    retry = False
    for url in todo:
        if stop.is_set():
            return None
        try:
            page = fx.get(url, trusted=s.trusted, until=until)
        except FetchRefused as exc:
            errors.append(str(exc))
            seen.append(url)
            continue
        except FetchError as exc:
            errors.append(str(exc))
            retry = True  # not remembered, and the feed read in full next time
            continue
        seen.append(url)
        try:
            articles.append(item_article(page, entries[url], s.name))
        except InputError as exc:
            errors.append(f"{url}: {exc.message}")
    outcome = PollOutcome(
        s.url,
        s.name,
        "polled",
        items=len(entries),
        new_items=len(todo),
        articles=len(articles),
        errors=tuple(errors),
        etag=None if retry else f.etag,
        last_modified=None if retry else f.last_modified,
    )
    return _Polled(outcome, tuple(articles), tuple(seen))


def poll_sources(
    db: str | Path,
    settings: Settings | None = None,
    *,
    every: float | None = None,
    fetcher: Callable[[], Fetcher] | None = None,
    report: Report = to_stderr,
    stop: threading.Event | None = None,
    deadline: float = POLL_DEADLINE_S,
    resident: Resident | None = None,
) -> WatchRun:
    """One run over the store's sources (see the module docstring). ``every``: the run
    interval, the first step of a failing source's backoff (default
    ``settings.watch_every_s``). ``fetcher`` makes the run's
    :class:`~newsweave.sources.fetch.Fetcher` (default: the standard limits, with
    ``settings.allow_private``); a new one per run, so a host unreachable once is tried
    again at the next run. ``resident``: the event indices a loop of runs keeps from one
    ingest to the next (:class:`~newsweave.corpus.ingest.Resident`)."""
    settings = Settings.from_env() if settings is None else settings
    every = settings.watch_every_s if every is None else every
    stop = threading.Event() if stop is None else stop
    t0 = time.perf_counter()
    until = time.monotonic() + deadline
    now = utc_now()
    make = fetcher or (lambda: Fetcher(allow_private=settings.allow_private))
    polls: list[_Polled] = []
    taken: set[str] = set()
    with Store(db, create=False) as store, make() as fx:
        listed = SourceList(store)
        for s in listed.all():
            if stop.is_set():
                break
            p = _poll(s, listed, fx, now=now, every=every, until=until, stop=stop, taken=taken)
            if p is None:
                break
            polls.append(p)
    if stop.is_set():
        stopped = WatchRun(tuple(p.outcome for p in polls), None, time.perf_counter() - t0, True)
        report(f"watch: {stopped.describe()}")
        return stopped
    articles = [a for p in polls for a in p.articles]
    summary = None
    if articles:
        summary = ingest(articles, db=db, progress=False, settings=settings, resident=resident)
        for msg in summary.failed:
            report(f"skipped {msg}")
    with Store(db) as store:
        listed = SourceList(store)
        for p in polls:
            if p.seen:
                listed.mark_seen(p.outcome.source, p.seen, now)
            if p.outcome.status != "backing-off":
                listed.record_poll(p.outcome, now)
    for p in polls:
        _tell(p.outcome, report)
    run = WatchRun(tuple(p.outcome for p in polls), summary, time.perf_counter() - t0)
    report(f"watch: {run.describe()}")
    return run


def _tell(o: PollOutcome, report: Report) -> None:
    if o.status == "failed":
        when = o.next_poll.isoformat() if o.next_poll else "the next run"
        report(f"source {o.name} failed: {o.errors[0]} (next try after {when})")
        return
    for e in o.errors:
        report(f"source {o.name}: skipped {e}")


def watch(
    db: str | Path,
    settings: Settings | None = None,
    *,
    every: float | None = None,
    once: bool = False,
    stop: threading.Event | None = None,
    fetcher: Callable[[], Fetcher] | None = None,
    report: Report = to_stderr,
    on_run: Callable[[WatchRun], None] | None = None,
) -> WatchRun | None:
    """Runs of :func:`poll_sources`, one every ``every`` seconds (counted from each run's
    start), until ``stop`` is set, or one only with ``once``; each run is handed to
    ``on_run``, and the last one returned (None if none completed). A run that raises a
    newsweave error (a store that cannot be written) is reported and the loop goes on;
    ``once`` raises it. The loop keeps its event indices from one run's ingest to the next
    (:class:`~newsweave.corpus.ingest.Resident`): a run loads the events near its articles'
    dates only when another process has stored articles since."""
    settings = Settings.from_env() if settings is None else settings
    every = settings.watch_every_s if every is None else every
    stop = threading.Event() if stop is None else stop
    resident = Resident()
    last = None
    while not stop.is_set():
        start = time.monotonic()
        try:
            run = poll_sources(
                db,
                settings,
                every=every,
                fetcher=fetcher,
                report=report,
                stop=stop,
                resident=resident,
            )
        except NewsweaveError as exc:
            if once:
                raise
            report(f"watch: the run failed: {exc}")
        else:
            last = run
            if on_run is not None:
                on_run(run)
        if once:
            break
        stop.wait(max(0.0, every - (time.monotonic() - start)))
    return last


class Watcher:
    """:func:`watch` in a daemon thread, stopped by :meth:`stop` (the server's shutdown)."""

    def __init__(
        self,
        db: str | Path,
        settings: Settings,
        *,
        every: float | None = None,
        fetcher: Callable[[], Fetcher] | None = None,
        report: Report = to_stderr,
    ) -> None:
        self._stop = threading.Event()
        self.last: WatchRun | None = None  # the latest run that completed
        self.runs = 0

        def done(run: WatchRun) -> None:
            self.last = run
            self.runs += 1

        def loop() -> None:
            watch(
                db,
                settings,
                every=every,
                stop=self._stop,
                fetcher=fetcher,
                report=report,
                on_run=done,
            )

        self._thread = threading.Thread(target=loop, name="newsweave-watch", daemon=True)

    def start(self) -> Watcher:
        self._thread.start()
        return self

    def stop(self, wait: float = STOP_WAIT_S) -> bool:
        """Ask the loop to stop and wait for it; True when it has ended."""
        self._stop.set()
        self._thread.join(timeout=wait)
        return not self._thread.is_alive()

    def __enter__(self) -> Watcher:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
