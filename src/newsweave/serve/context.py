"""What every route shares: the store, the write token and lock, and the rendered-event cache.

One :class:`ServerContext` per app, stored on ``app.state`` and handed to routes
through the :data:`Context` dependency. Reads go through :func:`reader` (one
read-only store per worker thread); event JSON and pages through
:func:`cached_event`, which serialises an event once per version and answers
conditional requests (:func:`conditional_response`). An event not woven yet is woven by
:func:`weave_once` under its own lock only: never under the write lock, so health, reads,
other events and ingests answer while it runs.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import JSONResponse, Response

from newsweave.config import Settings
from newsweave.corpus.store import Store, weave_event
from newsweave.errors import NewsweaveError, StoreError
from newsweave.models import EventReport
from newsweave.sources.fetch import FetchPool

TOKEN_ENV = "NEWSWEAVE_TOKEN"
# The server's log (uvicorn's), where a problem that does not fail the request is reported.
LOG = logging.getLogger("uvicorn.error")
# Rendered event JSON/pages kept in memory, keyed by the event's version: a stored event is
# served without re-serialising its synthesis.
CACHE_ENTRIES = 256
# gzip level for cached event bodies: 6 gets ~4x smaller pages for a few ms, once per version.
GZIP_LEVEL = 6
# The front page and its feed are rebuilt at most this often (seconds) per query: their times
# read "3 h ago", and a new story shows within a minute of being stored.
PAGE_TTL_S = 60


@dataclass(frozen=True)
class Rendered:
    """A serialised event (JSON or page), its ETag, and its gzip encoding (made once)."""

    body: bytes
    etag: str
    gzipped: bytes


class RenderCache:
    """The most recently used rendered events, keyed by (kind, event id, version); thread-safe."""

    def __init__(self, capacity: int = CACHE_ENTRIES) -> None:
        self.capacity = capacity
        self._entries: OrderedDict[tuple[str, str, str], Rendered] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str, str]) -> Rendered | None:
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
            return hit

    def put(self, key: tuple[str, str, str], rendered: Rendered) -> None:
        with self._lock:
            self._entries[key] = rendered
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)


class SingleFlight:
    """One lock per key, made on demand: the same event is woven by one thread at a time while
    other events are woven side by side (thread-safe; a key's lock is dropped when unused)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, tuple[threading.Lock, int]] = {}

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        with self._guard:
            lock, users = self._locks.get(key, (threading.Lock(), 0))
            self._locks[key] = (lock, users + 1)
        try:
            with lock:
                yield
        finally:
            with self._guard:
                lock, users = self._locks[key]
                if users == 1:
                    del self._locks[key]
                else:
                    self._locks[key] = (lock, users - 1)


@dataclass(frozen=True)
class ServerContext:
    """The app's shared state. ``token`` None: the server refuses writes; ``settings`` are the
    models events are woven with.

    ``write_lock`` serialises the server's ingests; ``weaving`` lets one thread at a time weave
    a given event, under no global lock (a weave can take long: reads, ingests and other
    events go on meanwhile); ``local`` holds each worker thread's read-only store.
    """

    db: str
    token: str | None
    settings: Settings
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    weaving: SingleFlight = field(default_factory=SingleFlight)
    # URL ingests fetch here, off the request threads, with a bounded backlog (ingest_api)
    fetches: FetchPool = field(default_factory=FetchPool)
    cache: RenderCache = field(default_factory=RenderCache)
    local: threading.local = field(default_factory=threading.local)


async def server_context(request: Request) -> ServerContext:
    """The app's context (async: resolved on the event loop, no thread hop)."""
    ctx: ServerContext = request.app.state.ctx
    return ctx


Context = Annotated[ServerContext, Depends(server_context)]


@contextmanager
def reader(ctx: ServerContext) -> Iterator[Store]:
    """A read-only Store for this worker thread, opened once and reused (SQLite WAL readers)."""
    store: Store | None = getattr(ctx.local, "store", None)
    if store is None:
        store = Store(ctx.db, readonly=True)
        ctx.local.store = store
    try:
        yield store
    except NewsweaveError:
        raise  # an expected outcome (NotFound, ...): the connection is fine
    except Exception:
        # Anything unexpected: this connection is not reused.
        ctx.local.store = None
        store.close()
        raise


def merged_into(ctx: ServerContext, event_id: str) -> str | None:
    """The live event a retired id (merged away) now answers as, else None."""
    with reader(ctx) as store:
        return store.follow(event_id)


def moved_response(event_id: str, into: str, url: str) -> Response:
    """308 to where a merged event's articles are now, saying so in the body too."""
    body = {"error": "merged", "event": event_id, "merged_into": into, "location": url}
    return JSONResponse(body, status_code=308, headers={"Location": url})


def _event_version(store: Store, event_id: str) -> tuple[str, str]:
    """(version, updated): the version changes whenever the event's synthesis would."""
    ev = store.get_event(event_id)  # NotFound for an unknown id
    return store.synthesis_key(ev.articles), ev.updated


def cached_event(
    ctx: ServerContext, kind: str, event_id: str, build: Callable[[EventReport, str], bytes]
) -> Rendered:
    """An event's JSON or page (``build(report, updated)``), rebuilt only when its members change.

    The store caches the synthesis (recomputed when the articles change); this
    process also keeps the serialised JSON / page, keyed by the same version.
    """
    with reader(ctx) as store:
        version, updated = _event_version(store, event_id)
        key = (kind, event_id, version)
        hit = ctx.cache.get(key)
        if hit is not None:
            return hit
        report = store.cached_report(event_id)
    if report is None:
        report = weave_once(ctx, event_id)
    rendered = rendered_body(build(report, updated))
    ctx.cache.put(key, rendered)
    return rendered


def rendered_body(body: bytes) -> Rendered:
    """``body`` with its ETag and its gzip encoding."""
    return Rendered(
        body, '"' + hashlib.sha1(body).hexdigest()[:20] + '"', gzip.compress(body, GZIP_LEVEL)
    )


def cached_page(ctx: ServerContext, kind: str, query: str, build: Callable[[], bytes]) -> Rendered:
    """A page that depends on the clock (the front page, its feed), built at most once per
    :data:`PAGE_TTL_S` for a given ``query`` and served from memory in between."""
    key = (kind, query, str(int(time.time() // PAGE_TTL_S)))
    hit = ctx.cache.get(key)
    if hit is None:
        hit = rendered_body(build())
        ctx.cache.put(key, hit)
    return hit


def weave_once(ctx: ServerContext, event_id: str) -> EventReport:
    """Weave an event not woven yet (or stale), one thread per event and outside every global
    lock; the report is then cached in one short transaction. A thread that waited for another
    one's weave of the same event takes its result from the store."""
    with ctx.weaving.hold(event_id):
        with reader(ctx) as store:
            report = store.cached_report(event_id)
            if report is not None:
                return report
            articles = store.event_articles(event_id)
        report = weave_event(event_id, articles, settings=ctx.settings)
        try:
            with Store(ctx.db, create=False) as writer:
                writer.cache_report(event_id, [a.id for a in articles], report)
        except StoreError as exc:  # the report is good: serve it, weave again next time
            LOG.warning("event %s was woven but could not be cached: %s", event_id, exc)
    return report


def conditional_response(request: Request, rendered: Rendered, media: str) -> Response:
    """304 when the client holds this version, gzip when it accepts it, else the body."""
    headers = {"ETag": rendered.etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
    if request.headers.get("if-none-match") == rendered.etag:
        return Response(status_code=304, headers=headers)
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(rendered.gzipped, media_type=media, headers=headers)
    return Response(rendered.body, media_type=media, headers=headers)
