"""``POST /api/ingest``: store article(s) sent in the request and assign them to events.

The body is text/plain, text/html, application/json (a record, a list of records,
``{"records": [...]}`` or ``{"urls": [...]}``) or application/x-ndjson. Writes need
the server's token. All or nothing: the whole body is read, parsed and extracted
(and every URL fetched) before the store is touched, so a rejected request (401,
400, 413, 415, 422) stores nothing; only a feed's item that fails is skipped, and listed in
the answer's ``failed``. URLs are fetched on the server's fetch pool
(:class:`~newsweave.sources.fetch.FetchPool`), never on a request thread; when it is
full the request is refused at once with 503 ``fetch_busy``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from newsweave.corpus.ingest import IngestSummary, ingest
from newsweave.errors import InputError
from newsweave.models import Article
from newsweave.serve.context import TOKEN_ENV, Context, ServerContext
from newsweave.serve.errors import MAX_BODY_BYTES, ApiError, body_too_large, declared_too_large
from newsweave.sources.feeds import fetch_articles
from newsweave.sources.files import article_from_record, charset_of, extract_page, extract_text

# Records per ingest request: one request is one synchronous transaction; more is a batch job
# for `newsweave ingest`.
MAX_RECORDS = 500
# URLs per ingest request: each is fetched politely (timeouts, per-host rate) before replying.
MAX_URLS = 50
# Wall-clock seconds for all of one request's fetching: 50 pages at one request per second per
# host fit well; what is not fetched by then fails the request (nothing stored).
FETCH_DEADLINE_S = 300.0

router = APIRouter()


def _check_token(ctx: ServerContext, request: Request) -> None:
    """Refuse a write without the server's token (403 when the server has none)."""
    if not ctx.token:
        raise ApiError(
            403,
            "writes_disabled",
            f"this server accepts no writes: start it with ${TOKEN_ENV} or --token-file",
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
    """The whole body, refused with 413 as soon as it is known to be over the limit."""
    too_large = declared_too_large(request)
    if too_large is not None:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise body_too_large(size)
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError) as exc:
        raise ApiError(
            400, "bad_encoding", f"the body is not valid {charset or 'utf-8'}: {exc}"
        ) from exc


@dataclass(frozen=True)
class _ParsedIngest:
    """What a request body holds: articles, or URLs to fetch them from."""

    articles: list[Article]
    urls: list[str]


def _parse_ingest(body: bytes, content_type: str, params: dict[str, str]) -> _ParsedIngest:
    """The request body → articles (or URLs), all or nothing."""
    if not body.strip():
        raise ApiError(400, "empty_body", "the request body is empty")
    mime = content_type.partition(";")[0].strip().lower()
    charset = charset_of(content_type)
    meta = {k: params[k] for k in ("url", "id") if params.get(k)}
    try:
        if mime in ("text/plain", "text/markdown"):
            return _ParsedIngest([extract_text(_decode(body, charset), **meta)], [])
        if mime in ("text/html", "application/xhtml+xml"):
            # the charset the request names, else the page's <meta>, as for a fetched page
            return _ParsedIngest([extract_page(body, declared=charset, **meta)], [])
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
        return _parse_json_doc(doc)
    raise ApiError(
        415,
        "unsupported_media_type",
        f"cannot ingest {mime or 'a body without Content-Type'}: send text/plain, text/html, "
        'application/json (a record, a list of records, {"records": [...]} or {"urls": [...]}) '
        "or application/x-ndjson",
    )


def _too_many(code: str, what: str, n: int, limit: int) -> ApiError:
    """413 for a request listing more items than one request may."""
    return ApiError(
        413, f"too_many_{code}", f"{n} {what}; at most {limit} per request", limit=limit
    )


def _parse_urls(urls: Any) -> _ParsedIngest:
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise ApiError(422, "bad_urls", '"urls" must be a non-empty list of strings')
    if len(urls) > MAX_URLS:
        raise _too_many("urls", "URLs", len(urls), MAX_URLS)
    bad = [u for u in urls if not u.lower().startswith(("http://", "https://"))]
    if bad:
        raise ApiError(422, "bad_urls", f"not an http(s) URL: {bad[0]!r}")
    return _ParsedIngest([], list(dict.fromkeys(urls)))


def _parse_json_doc(doc: Any) -> _ParsedIngest:
    if isinstance(doc, dict) and "urls" in doc:
        return _parse_urls(doc["urls"])
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
        raise _too_many("records", "records", len(records), MAX_RECORDS)
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
    return _ParsedIngest(articles, [])


@dataclass(frozen=True)
class _FetchedUrls:
    """The articles a request's URLs gave, and the feed items that could not be used."""

    articles: list[Article]
    skipped: list[InputError]


def _fetch_urls(urls: list[str], allow_private: bool) -> _FetchedUrls:
    """Fetch every URL first: if one the request names fails, the request fails and nothing
    is stored. A feed's item that fails is skipped and listed (a feed always has a dead link
    or two; it must not keep the rest of the feed out).

    The URLs come from a holder of the write token, so they are trusted as given (a page on
    the server's own intranet works); their feeds' links and redirects elsewhere are checked
    (:mod:`newsweave.sources.fetch`). All of one request's fetching ends by
    :data:`FETCH_DEADLINE_S`."""
    named = set(urls)
    articles: list[Article] = []
    failures: list[InputError] = []
    skipped: list[InputError] = []
    for item in fetch_articles(urls, allow_private=allow_private, deadline=FETCH_DEADLINE_S):
        if isinstance(item, InputError):
            (failures if item.path in named else skipped).append(item)
        else:
            articles.append(item)
    if failures:
        raise ApiError(
            422,
            "fetch_failed",
            f"{len(failures)} of {len(urls)} URLs could not be used; nothing was stored: "
            + str(failures[0]),
            problems=[str(f) for f in failures + skipped],
        )
    if not articles:
        raise ApiError(
            422,
            "fetch_failed",
            "no article could be read from the URLs",
            problems=[str(f) for f in skipped],
        )
    return _FetchedUrls(articles, skipped)


async def _fetched(ctx: ServerContext, urls: list[str]) -> _FetchedUrls:
    """The URLs' articles, fetched on the context's fetch pool while this request only awaits:
    no request thread waits on the network, so health and reads always answer. A full pool
    answers 503 at once."""
    job = ctx.fetches.try_submit(_fetch_urls, urls, ctx.settings.allow_private)
    if job is None:
        raise ApiError(
            503,
            "fetch_busy",
            f"the server is already fetching or queueing {ctx.fetches.capacity} URL ingests; "
            "nothing was stored: try again in a minute",
        )
    fetched: _FetchedUrls = await asyncio.wrap_future(job)
    return fetched


def _summary_json(summary: IngestSummary) -> dict[str, Any]:
    out = summary.to_json()
    out["summary"] = summary.describe()
    return out


@router.post(
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
async def post_ingest(request: Request, ctx: Context) -> JSONResponse:
    _check_token(ctx, request)
    body = await _read_body(request)
    parsed = await run_in_threadpool(
        _parse_ingest, body, request.headers.get("content-type", ""), dict(request.query_params)
    )

    articles, skipped = parsed.articles, []
    if parsed.urls:
        fetched = await _fetched(ctx, parsed.urls)
        articles, skipped = fetched.articles, fetched.skipped

    def work() -> IngestSummary:
        with ctx.write_lock:
            return ingest(
                list(articles), db=ctx.db, engine="local", progress=False, settings=ctx.settings
            )

    summary = await run_in_threadpool(work)
    summary.failed.extend(str(exc) for exc in skipped)
    out = _summary_json(summary)
    out["received"] = len(articles)
    return JSONResponse(out, status_code=201)
