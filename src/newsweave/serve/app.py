"""``newsweave serve``: the JSON API and the web page, one process over one store.

Routes (OpenAPI docs at ``/docs``, the schema at ``/openapi.json``)::

    GET  /                       the event list (search, filters)
    GET  /events/{id}            the event page (data embedded, static files linked)
    GET  /static/{file}          the page's CSS and JS (no CDN, no build step)
    GET  /api/health             liveness, store counts, whether writes are enabled
    GET  /api/events             list: ?q= &entity= &since= &until= &limit= &offset=
    GET  /api/events/{id}        one event's full synthesis ("newsweave.event/1")
    GET  /api/articles/{id}      one article with its removed segments
    POST /api/ingest             text/plain, text/html, application/json record(s),
                                 application/x-ndjson, or {"urls": [...]}  (token)

Reads are public; every write needs the token (``--token`` or
``$NEWSWEAVE_TOKEN``) as ``Authorization: Bearer TOKEN`` or ``X-Newsweave-Token``;
a server started without a token refuses writes. Errors are JSON:
``{"error": {"code": "...", "message": "..."}}``. A request that is rejected
(401, 400, 413, 415, 422) stores nothing: the whole body is read, parsed and
extracted before the store is touched.

The library does the work: reads go through :class:`newsweave.corpus.store.Store`,
ingest through :mod:`newsweave.sources.files` and :mod:`newsweave.corpus.ingest`.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import html
import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsweave import __version__
from newsweave.errors import InputError, NewsweaveError, NotFound
from newsweave.models import Article
from newsweave.serve.webpage import asset, render_event_page, with_removed

# A request body larger than this is refused with 413 before it is read: 10 MiB holds
# hundreds of cleaned articles or a few large HTML pages, and bounds a request's memory.
MAX_BODY_BYTES = 10 * 1024 * 1024
# Records per ingest request: one request is one synchronous transaction; more is a batch job
# for `newsweave ingest`.
MAX_RECORDS = 500
# URLs per ingest request: each is fetched politely (timeouts, per-host rate) before replying.
MAX_URLS = 50
# Page size of /api/events: the default fills a screen, the cap bounds one response.
DEFAULT_LIMIT = 20
MAX_LIMIT = 200
# Rendered event JSON/pages kept in memory, keyed by the event's version: a stored event is
# served without re-serialising its synthesis.
CACHE_ENTRIES = 256
# gzip level for cached event bodies: 6 gets ~4x smaller pages for a few ms, once per version.
GZIP_LEVEL = 6
TOKEN_ENV = "NEWSWEAVE_TOKEN"
STATIC_TYPES = {
    "newsweave.css": "text/css; charset=utf-8",
    "event.js": "text/javascript; charset=utf-8",
    "list.js": "text/javascript; charset=utf-8",
}


class ApiError(Exception):
    """An error with an HTTP status, a stable machine code and a human message."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    body.update(extra)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": body}, status_code=status, headers=headers)


# --------------------------------------------------------------------------- store access


@dataclass(frozen=True)
class _Rendered:
    """A serialised event (JSON or page), its ETag, and its gzip encoding (made once)."""

    body: bytes
    etag: str
    gzipped: bytes


@dataclass
class _Ctx:
    db: str
    token: str | None
    write_lock: threading.Lock
    cache: OrderedDict[tuple[str, str, str], _Rendered]
    cache_lock: threading.Lock
    local: threading.local


def _store_cls() -> Any:
    from newsweave.corpus.store import Store

    return Store


@contextmanager
def _reader(ctx: _Ctx) -> Iterator[Any]:
    """A read-only Store for this worker thread, opened once and reused (SQLite WAL readers)."""
    store = getattr(ctx.local, "store", None)
    if store is None:
        store = _store_cls()(ctx.db, readonly=True)
        store.__enter__()
        ctx.local.store = store
    try:
        yield store
    except NewsweaveError:
        raise
    except Exception:
        # Anything unexpected: this connection is not reused.
        ctx.local.store = None
        with suppress(Exception):
            store.__exit__(None, None, None)
        raise


def _event_json(ev: Any) -> dict[str, Any]:
    d = ev.to_json()
    d["url"] = f"/events/{ev.id}"
    return d


def _list_events(
    store: Any,
    *,
    q: str | None,
    entity: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
) -> tuple[int, list[dict[str, Any]]]:
    """Filtered, paginated events, newest first (the store does the filtering in SQL)."""
    filters = {"since": since, "until": until, "entity": entity, "q": q}
    total = store.count_events(**filters)
    events = store.list_events(**filters, limit=limit, offset=offset) if total > offset else []
    return total, [_event_json(e) for e in events]


def _counts(store: Any) -> dict[str, int]:
    return store.counts().to_json()


def _event_version(store: Any, event_id: str) -> tuple[str, str]:
    """(version, updated): the version changes whenever the event's synthesis would."""
    ev = store.get_event(event_id)  # NotFound for an unknown id
    return store.synthesis_key(ev.articles), ev.updated


# --------------------------------------------------------------------------- ingest parsing


def _check_token(ctx: _Ctx, request: Request) -> None:
    if not ctx.token:
        raise ApiError(
            403,
            "writes_disabled",
            f"this server accepts no writes: start it with --token or ${TOKEN_ENV}",
        )
    auth = request.headers.get("authorization", "")
    given = auth[7:].strip() if auth.lower().startswith("bearer ") else None
    given = given or request.headers.get("x-newsweave-token")
    if not given:
        raise ApiError(
            401,
            "missing_token",
            "writes need the server's token: send 'Authorization: Bearer TOKEN'",
        )
    if not hmac.compare_digest(given.encode(), ctx.token.encode()):
        raise ApiError(401, "bad_token", "the token does not match the server's token")


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _too_large(int(declared))
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large(size)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(size: int) -> ApiError:
    return ApiError(
        413,
        "body_too_large",
        f"request body of {size} bytes exceeds the limit of {MAX_BODY_BYTES} bytes "
        "(newsweave.serve.app.MAX_BODY_BYTES); split it or use `newsweave ingest`",
        limit=MAX_BODY_BYTES,
    )


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError) as exc:
        raise ApiError(
            400, "bad_encoding", f"the body is not valid {charset or 'utf-8'}: {exc}"
        ) from exc


@dataclass(frozen=True)
class _Parsed:
    articles: list[Article]
    urls: list[str]


def _parse_ingest(body: bytes, content_type: str, params: dict[str, str]) -> _Parsed:
    """The request body → articles (or URLs), all or nothing."""
    from newsweave.sources.files import article_from_record, extract_html, extract_text

    if not body.strip():
        raise ApiError(400, "empty_body", "the request body is empty")
    mime, _, rest = content_type.partition(";")
    mime = mime.strip().lower()
    charset = None
    for part in rest.split(";"):
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            charset = v.strip().strip('"')
    meta = {k: params[k] for k in ("url", "id") if params.get(k)}
    try:
        if mime in ("text/plain", "text/markdown"):
            return _Parsed([extract_text(_decode(body, charset), **meta)], [])
        if mime in ("text/html", "application/xhtml+xml"):
            return _Parsed([extract_html(body, **meta)], [])
    except InputError as exc:
        raise ApiError(422, "unusable_article", f"request body: {exc.message}") from exc
    if mime in ("application/json", "application/x-ndjson", "application/jsonl"):
        text = _decode(body, charset)
        try:
            if mime == "application/json":
                doc = json.loads(text)
            else:
                doc = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise ApiError(
                400,
                "malformed_json",
                f"the body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            ) from exc
        return _parse_json_doc(doc, article_from_record)
    raise ApiError(
        415,
        "unsupported_media_type",
        f"cannot ingest {mime or 'a body without Content-Type'}: send text/plain, text/html, "
        'application/json (a record, a list of records, {"records": [...]} or {"urls": [...]}) '
        "or application/x-ndjson",
    )


def _parse_json_doc(doc: Any, article_from_record: Any) -> _Parsed:
    if isinstance(doc, dict) and "urls" in doc:
        urls = doc["urls"]
        if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
            raise ApiError(422, "bad_urls", '"urls" must be a non-empty list of strings')
        if len(urls) > MAX_URLS:
            raise ApiError(
                413,
                "too_many_urls",
                f"{len(urls)} URLs; at most {MAX_URLS} per request",
                limit=MAX_URLS,
            )
        bad = [u for u in urls if not u.lower().startswith(("http://", "https://"))]
        if bad:
            raise ApiError(422, "bad_urls", f"not an http(s) URL: {bad[0]!r}")
        return _Parsed([], list(dict.fromkeys(urls)))
    if isinstance(doc, dict) and isinstance(doc.get("records"), list):
        records = doc["records"]
    elif isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        records = doc["articles"]
    elif isinstance(doc, dict):
        records = [doc]
    elif isinstance(doc, list):
        records = doc
    else:
        raise ApiError(422, "unusable_article", "expected a JSON object or a list of records")
    if not records:
        raise ApiError(422, "unusable_article", "no record in the body")
    if len(records) > MAX_RECORDS:
        raise ApiError(
            413,
            "too_many_records",
            f"{len(records)} records; at most {MAX_RECORDS} per request",
            limit=MAX_RECORDS,
        )
    articles, problems = [], []
    for i, rec in enumerate(records):
        loc = f"request[{i}]"
        if not isinstance(rec, dict):
            problems.append({"record": i, "message": f"{loc}: a record must be a JSON object"})
            continue
        try:
            articles.append(article_from_record(rec, locator=loc))
        except InputError as exc:
            problems.append({"record": i, "message": str(exc)})
    if problems:
        raise ApiError(
            422,
            "unusable_article",
            f"{len(problems)} of {len(records)} records cannot be used; nothing was stored: "
            + problems[0]["message"],
            problems=problems,
        )
    return _Parsed(articles, [])


def _fetch_urls(urls: list[str]) -> list[Article]:
    """Fetch every URL first: if one fails, the request fails and nothing is stored."""
    from newsweave.sources.feeds import fetch_articles

    articles, failures = [], []
    for item in fetch_articles(urls):
        (failures if isinstance(item, InputError) else articles).append(item)
    if failures:
        raise ApiError(
            422,
            "fetch_failed",
            f"{len(failures)} of {len(urls)} URLs could not be used; nothing was stored: "
            + str(failures[0]),
            problems=[str(f) for f in failures],
        )
    if not articles:
        raise ApiError(422, "fetch_failed", "no article could be read from the URLs")
    return articles


def _ingest_articles(db: str, articles: list[Article]) -> Any:
    from newsweave.corpus.ingest import ingest

    return ingest(list(articles), db=db, engine="local", progress=False)


def _summary_json(summary: Any) -> dict[str, Any]:
    out = summary.to_json()
    out["summary"] = summary.describe()
    return out


# --------------------------------------------------------------------------- app


def create_app(db: str, token: str | None = None) -> Any:
    """The FastAPI app over the store at ``db`` (created if missing)."""
    token = token or os.environ.get(TOKEN_ENV) or None
    Store = _store_cls()
    with Store(db) as _s:  # create / migrate once, so that readers find a schema
        pass
    ctx = _Ctx(db, token, threading.Lock(), OrderedDict(), threading.Lock(), threading.local())

    app = FastAPI(
        docs_url=None,  # served below from local files: no CDN
        redoc_url=None,
        title="newsweave",
        version=__version__,
        description=(
            "Events woven from many outlets' articles, every statement citing its source spans. "
            f"Reads are public; POST /api/ingest needs the server's token. Bodies over "
            f"{MAX_BODY_BYTES} bytes are refused (413)."
        ),
    )
    app.state.ctx = ctx

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, **exc.extra)

    @app.exception_handler(NotFound)
    async def _not_found(_: Request, exc: NotFound) -> JSONResponse:
        return _error(404, "not_found", exc.message)

    @app.exception_handler(InputError)
    async def _input_error(_: Request, exc: InputError) -> JSONResponse:
        return _error(422, "unusable_input", str(exc))

    @app.exception_handler(NewsweaveError)
    async def _nw_error(_: Request, exc: NewsweaveError) -> JSONResponse:
        code = re.sub(
            r"(?<!^)(?=[A-Z])", "_", type(exc).__name__
        ).lower()  # PipelineError → pipeline_error
        return _error(500, code, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        # Logged by uvicorn with its traceback; the client still gets a JSON error.
        return _error(500, "internal_error", f"{type(exc).__name__}: {exc}")

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errs = exc.errors()
        first = errs[0] if errs else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "query")
        return _error(400, "bad_request", f"{where}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))

    @app.middleware("http")
    async def _limit_size(request: Request, call_next: Any) -> Response:
        # Refuse an oversized body from its header, before any handler reads it.
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            e = _too_large(int(declared))
            return _error(e.status, e.code, e.message, **e.extra)
        return await call_next(request)

    def _cached(kind: str, event_id: str, build: Any) -> _Rendered:
        """An event's JSON or page, rebuilt only when the event's members change.

        The store caches the synthesis (recomputed when the articles change); this
        process also keeps the serialised JSON / page, keyed by the same version.
        """
        with _reader(ctx) as store:
            version, updated = _event_version(store, event_id)
            key = (kind, event_id, version)
            with ctx.cache_lock:
                hit = ctx.cache.get(key)
                if hit is not None:
                    ctx.cache.move_to_end(key)
                    return hit
            report = store.cached_report(event_id)
        if report is None:
            # Not woven yet (or stale): weave once with a writable store, which caches it.
            with ctx.write_lock, _store_cls()(ctx.db) as writer:
                report = writer.event_report(event_id)
        body = build(report, updated)
        rendered = _Rendered(
            body, '"' + hashlib.sha1(body).hexdigest()[:20] + '"', gzip.compress(body, GZIP_LEVEL)
        )
        with ctx.cache_lock:
            ctx.cache[key] = rendered
            while len(ctx.cache) > CACHE_ENTRIES:
                ctx.cache.popitem(last=False)
        return rendered

    def _with_stored_removed(report: Any) -> Any:
        """The page shows each article's removed boilerplate: the store still has it."""
        with _reader(ctx) as store:
            arts = []
            for a in report.articles:
                with suppress(NotFound):
                    arts.append(store.get_article(a.id))
        return with_removed(report, arts)

    def _conditional(request: Request, r: _Rendered, media: str) -> Response:
        headers = {"ETag": r.etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
        if request.headers.get("if-none-match") == r.etag:
            return Response(status_code=304, headers=headers)
        if "gzip" in request.headers.get("accept-encoding", ""):
            headers["Content-Encoding"] = "gzip"
            return Response(r.gzipped, media_type=media, headers=headers)
        return Response(r.body, media_type=media, headers=headers)

    # ---------------------------------------------------------------- API

    @app.get("/api/health", tags=["meta"], summary="Liveness and store counts")
    def health() -> dict[str, Any]:
        with _reader(ctx) as store:
            counts = _counts(store)
        return {
            "status": "ok",
            "version": __version__,
            "writes": bool(ctx.token),
            "max_body_bytes": MAX_BODY_BYTES,
            **counts,
        }

    @app.get("/api/events", tags=["events"], summary="List events (search, filters, pagination)")
    def list_events(
        q: Annotated[str | None, Query(max_length=500, description="words in title/text")] = None,
        entity: Annotated[str | None, Query(max_length=200, description="entity or alias")] = None,
        since: Annotated[date | None, Query(description="on or after this date")] = None,
        until: Annotated[date | None, Query(description="on or before this date")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        with _reader(ctx) as store:
            total, events = _list_events(
                store,
                q=q or None,
                entity=entity or None,
                since=since.isoformat() if since else None,
                until=until.isoformat() if until else None,
                limit=limit,
                offset=offset,
            )
        return {"total": total, "limit": limit, "offset": offset, "events": events}

    @app.get(
        "/api/events/{event_id}",
        tags=["events"],
        summary="One event with its full synthesis (schema newsweave.event/1)",
    )
    def get_event(event_id: str, request: Request) -> Response:
        rendered = _cached(
            "json",
            event_id,
            lambda r, _: json.dumps(
                r.to_json(), ensure_ascii=False, separators=(",", ":")
            ).encode(),
        )
        return _conditional(request, rendered, "application/json")

    @app.get(
        "/api/articles/{article_id}",
        tags=["articles"],
        summary="One article with its removed segments",
    )
    def get_article(article_id: str) -> dict[str, Any]:
        with _reader(ctx) as store:
            art = store.get_article(article_id)
        if art is None:
            raise NotFound(f"no article with id {article_id!r}")
        return art.to_json()

    @app.post(
        "/api/ingest",
        tags=["ingest"],
        status_code=201,
        summary="Store article(s) and assign them to events (token required)",
        openapi_extra={
            "requestBody": {
                "content": {
                    "text/plain": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}},
                    "application/json": {"schema": {"type": "object"}},
                    "application/x-ndjson": {"schema": {"type": "string"}},
                }
            }
        },
    )
    async def post_ingest(request: Request) -> JSONResponse:
        _check_token(ctx, request)
        body = await _read_body(request)
        parsed = await run_in_threadpool(
            _parse_ingest, body, request.headers.get("content-type", ""), dict(request.query_params)
        )

        articles = parsed.articles
        if parsed.urls:
            articles = await run_in_threadpool(_fetch_urls, parsed.urls)

        def work() -> Any:
            with ctx.write_lock:
                return _ingest_articles(ctx.db, articles)

        summary = await run_in_threadpool(work)
        out = _summary_json(summary)
        out["received"] = len(articles)
        return JSONResponse(out, status_code=201)

    # ---------------------------------------------------------------- page

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(asset("index.html"))

    @app.get("/events/{event_id}", include_in_schema=False)
    def event_page(event_id: str, request: Request) -> Response:
        try:
            rendered = _cached(
                "page",
                event_id,
                lambda r, updated: render_event_page(
                    _with_stored_removed(r).to_json(), event_id=event_id, updated=updated
                ).encode(),
            )
        except NewsweaveError as exc:
            found = not isinstance(exc, NotFound)
            page = (
                "<!doctype html><meta charset=utf-8><title>newsweave</title>"
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="stylesheet" href="/static/newsweave.css"><main>'
                f"<h1>{'This event cannot be shown' if found else 'No such event'}</h1>"
                f'<p class="note">{html.escape(str(exc))}</p><p><a href="/">All events</a></p></main>'
            )
            return HTMLResponse(page, status_code=500 if found else 404)
        return _conditional(request, rendered, "text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if _swagger_dir() is not None:
            from fastapi.openapi.docs import get_swagger_ui_html

            return get_swagger_ui_html(
                openapi_url="/openapi.json",
                title="newsweave API",
                swagger_js_url="/docs-static/swagger-ui-bundle.js",
                swagger_css_url="/docs-static/swagger-ui.css",
                swagger_favicon_url="/docs-static/favicon-32x32.png",
            )
        return HTMLResponse(_plain_docs(app.openapi()))

    @app.get("/docs-static/{name}", include_in_schema=False)
    def docs_static(name: str) -> Response:
        root = _swagger_dir()
        media = DOCS_FILES.get(name)
        if root is None or media is None or not (root / name).is_file():
            raise ApiError(404, "not_found", f"no docs file {name!r}")
        return Response(
            (root / name).read_bytes(),
            media_type=media,
            headers={"Cache-Control": "public, max-age=86400"},
        )

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        media = STATIC_TYPES.get(name)
        if media is None:
            raise ApiError(404, "not_found", f"no static file {name!r}")
        return Response(
            asset(name), media_type=media, headers={"Cache-Control": "public, max-age=3600"}
        )

    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db, token)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)


DOCS_FILES = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "favicon-32x32.png": "image/png",
}


def _swagger_dir() -> Path | None:
    """Swagger UI's files from the ``swagger-ui-bundle-v2`` package, if installed."""
    try:
        import swagger_ui_bundle
    except ImportError:
        return None
    p = Path(swagger_ui_bundle.swagger_ui_path)
    return p if (p / "swagger-ui-bundle.js").is_file() else None


def _plain_docs(spec: dict[str, Any]) -> str:
    """A plain list of the routes when Swagger UI's files are not installed."""
    rows = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            rows.append(
                f"<li><code>{html.escape(method.upper())} {html.escape(path)}</code> — "
                f"{html.escape(op.get('summary', ''))}</li>"
            )
    return (
        '<!doctype html><meta charset="utf-8"><title>newsweave API</title>'
        '<link rel="stylesheet" href="/static/newsweave.css"><main><h1>newsweave API</h1>'
        f"<p>The OpenAPI schema is at <a href='/openapi.json'>/openapi.json</a>.</p>"
        f"<ul>{''.join(rows)}</ul></main>"
    )


class BackgroundServer:
    """The app under uvicorn in a daemon thread on loopback (tests and benchmarks).

    ``port=0`` picks a free port; ``url`` is known once the context is entered.
    """

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        import uvicorn

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
        import time

        self._thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        sock = self.server.servers[0].sockets[0]
        self.port = sock.getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)
