"""What every route shares: the store, the write token and lock, and the rendered-event cache.

One :class:`ServerContext` per app, stored on ``app.state`` and handed to routes
through the :data:`Context` dependency. Reads go through :func:`reader` (one
read-only store per worker thread); event JSON and pages through
:func:`cached_event`, which serialises an event once per version and answers
conditional requests (:func:`conditional_response`).
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import Response

from newsweave.config import Settings
from newsweave.corpus.store import Store
from newsweave.errors import NewsweaveError
from newsweave.models import EventReport

TOKEN_ENV = "NEWSWEAVE_TOKEN"
# Rendered event JSON/pages kept in memory, keyed by the event's version: a stored event is
# served without re-serialising its synthesis.
CACHE_ENTRIES = 256
# gzip level for cached event bodies: 6 gets ~4x smaller pages for a few ms, once per version.
GZIP_LEVEL = 6


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


@dataclass(frozen=True)
class ServerContext:
    """The app's shared state. ``token`` None: the server refuses writes; ``settings`` are the
    models events are woven with.

    ``write_lock`` serialises writers (ingest, weaving an event for the first time);
    ``local`` holds each worker thread's read-only store.
    """

    db: str
    token: str | None
    settings: Settings
    write_lock: threading.Lock = field(default_factory=threading.Lock)
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
        # Not woven yet (or stale): weave once with a writable store, which caches it.
        with ctx.write_lock, Store(ctx.db) as writer:
            report = writer.event_report(event_id, settings=ctx.settings)
    body = build(report, updated)
    rendered = Rendered(
        body, '"' + hashlib.sha1(body).hexdigest()[:20] + '"', gzip.compress(body, GZIP_LEVEL)
    )
    ctx.cache.put(key, rendered)
    return rendered


def conditional_response(request: Request, rendered: Rendered, media: str) -> Response:
    """304 when the client holds this version, gzip when it accepts it, else the body."""
    headers = {"ETag": rendered.etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
    if request.headers.get("if-none-match") == rendered.etag:
        return Response(status_code=304, headers=headers)
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(rendered.gzipped, media_type=media, headers=headers)
    return Response(rendered.body, media_type=media, headers=headers)
