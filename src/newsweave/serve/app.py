"""``newsweave serve``: the JSON API and the web page, one process over one store.

Routes (OpenAPI docs at ``/docs``, the schema at ``/openapi.json``)::

    GET  /                       the front page: today's stories, ranked (?day= ?since=)
    GET  /events                 the event list (search, filters)
    GET  /events/{id}            the event page (data embedded, static files linked)
    GET  /static/{file}          the page's CSS and JS (no CDN, no build step)
    GET  /api/health             liveness, store counts, whether writes are enabled
    GET  /api/front              the front page as JSON, each story with why it ranks
    GET  /api/events             list: ?q= &entity= &since= &until= &limit= &offset=
    GET  /api/events/{id}        one event's full synthesis ("newsweave.event/1")
    GET  /api/articles/{id}      one article with its removed segments
    POST /api/ingest             text/plain, text/html, application/json record(s),
                                 application/x-ndjson, or {"urls": [...]}  (token)
    GET  /feeds/front.atom       Atom: the front page
    GET  /feeds/events.atom      Atom: a search or an entity (/api/events' filters)

Reads are public; every write needs the token (``$NEWSWEAVE_TOKEN`` or ``serve
--token-file FILE``, never on the command line where ``ps`` shows it) as
``Authorization: Bearer TOKEN`` or ``X-Newsweave-Token``; a server started without a
token refuses writes. Every response carries the security headers of
:mod:`~newsweave.serve.security` (CSP without inline script, no framing, nosniff). Errors are JSON:
``{"error": {"code": "...", "message": "..."}}``. A client that accepts gzip gets every reply
over :data:`GZIP_MIN_BYTES` gzipped. A request that is rejected
(401, 400, 413, 415, 422) stores nothing: the whole body is read, parsed and
extracted before the store is touched.

The app is built from named pieces: the routers of :mod:`~newsweave.serve.api` (JSON
reads), :mod:`~newsweave.serve.ingest_api` (writes), :mod:`~newsweave.serve.pages` (the
web pages and their static files), :mod:`~newsweave.serve.atom` (Atom feeds) and
:mod:`~newsweave.serve.docs`; the error handlers of :mod:`~newsweave.serve.errors`; and
one :class:`~newsweave.serve.context.ServerContext` that they share. The library does the work: reads go through
:class:`newsweave.corpus.store.Store`, ingest through :mod:`newsweave.sources.files`
and :mod:`newsweave.corpus.ingest`. ``serve --watch`` also polls the store's sources in a
background thread for the server's lifetime (:func:`with_watcher`, :mod:`newsweave.corpus.watch`).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

import uvicorn
from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware

from newsweave import __version__
from newsweave.config import Settings
from newsweave.corpus.store import Store
from newsweave.serve import api, atom, docs, ingest_api, pages
from newsweave.serve.context import GZIP_LEVEL, LOG, ServerContext
from newsweave.serve.errors import MAX_BODY_BYTES, refuse_oversized_body, register_error_handlers
from newsweave.serve.security import SecurityHeaders

# Smallest reply body gzipped on the fly (lists, pages, static files): below about a
# kilobyte the header and the CPU cost more than the bytes saved. An event or a feed is gzipped once
# in the render cache and passes through as it is.
GZIP_MIN_BYTES = 1024
# How long BackgroundServer waits for uvicorn to listen before giving up.
START_TIMEOUT_S = 30
# How long BackgroundServer waits for uvicorn to finish on exit.
STOP_TIMEOUT_S = 10


def create_app(
    db: str, token: str | None = None, *, settings: Settings | None = None, create: bool = True
) -> FastAPI:
    """The FastAPI app over the store at ``db`` (created if missing, unless ``create`` is
    false: then a missing store is a :class:`~newsweave.errors.StoreError`). Writes need
    ``token``, else ``settings.api_token`` (``$NEWSWEAVE_TOKEN``); without ``settings`` the
    environment is read (:meth:`Settings.from_env`)."""
    settings = Settings.from_env() if settings is None else settings
    token = token or settings.api_token
    with Store(db, create=create):  # create / migrate once, so that readers find a schema
        pass
    app = FastAPI(
        docs_url=None,  # served by the docs router from local files: no CDN
        redoc_url=None,
        title="newsweave",
        version=__version__,
        description=(
            "Events woven from many outlets' articles, every statement citing its source spans. "
            f"Reads are public; POST /api/ingest needs the server's token. Bodies over "
            f"{MAX_BODY_BYTES} bytes are refused (413)."
        ),
    )
    app.state.ctx = ServerContext(db, token, settings)
    register_error_handlers(app)
    # innermost: it sees each route's reply whole (a body passed on by the middleware around
    # it arrives in pieces, and pieces are gzipped whatever their size)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    app.middleware("http")(refuse_oversized_body)
    app.add_middleware(SecurityHeaders)  # added last: outermost, so on every reply
    app.include_router(api.router)
    app.include_router(ingest_api.router)
    app.include_router(pages.router)
    app.include_router(atom.router)
    app.include_router(docs.router)
    return app


def serve(
    db: str,
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    *,
    watch: bool = False,
) -> None:
    """Run the app with uvicorn until interrupted, over an existing store only: a mistyped
    ``--db`` would otherwise serve a new, empty store as if it were the news. ``watch``: poll
    the store's sources every ``settings.watch_every_s`` in a background thread
    (:func:`with_watcher`)."""
    app = create_app(db, token, settings=settings, create=False)
    if watch:
        with_watcher(app, db, settings)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)


def with_watcher(app: FastAPI, db: str, settings: Settings) -> None:
    """Run :class:`newsweave.corpus.watch.Watcher` for the app's lifetime: started with the
    app, stopped in its shutdown (before uvicorn re-raises the signal that stopped it, which
    would end the process under a run half done), around the app's own lifespan."""
    from newsweave.corpus.watch import Watcher

    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a: FastAPI) -> AsyncIterator[Any]:
        watcher = Watcher(db, settings, report=LOG.info).start()
        try:
            async with inner(a) as state:
                yield state
        finally:
            await run_in_threadpool(watcher.stop)

    app.router.lifespan_context = lifespan


class BackgroundServer:
    """The app under uvicorn in a daemon thread on loopback (tests and benchmarks).

    ``port=0`` picks a free port; ``url`` is known once the context is entered.
    """

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> None:
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.host = host
        self.port = port
        self._thread = threading.Thread(
            target=self.server.run, name="newsweave-server", daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> BackgroundServer:
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        sock = self.server.servers[0].sockets[0]
        self.port = sock.getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=STOP_TIMEOUT_S)
