"""The JSON read API: health, the front page, the event list, one event, one article.

Reads are public and go through a read-only store (:func:`newsweave.serve.context.reader`);
an event's full synthesis is served from the render cache with an ETag.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from newsweave import __version__
from newsweave.corpus.frontpage import FRONT_LIMIT, SINGLE_LIMIT, front_page, parse_time
from newsweave.corpus.store import Store, StoredEvent
from newsweave.errors import InputError, NotFound
from newsweave.models import EventReport
from newsweave.serve.context import (
    Context,
    cached_event,
    conditional_response,
    merged_into,
    moved_response,
    reader,
)
from newsweave.serve.errors import MAX_BODY_BYTES, ApiError
from newsweave.serve.webpage import public_article, public_report

# Page size of /api/events: the default fills a screen, the cap bounds one response.
DEFAULT_LIMIT = 20
MAX_LIMIT = 200

router = APIRouter()


def _event_json(ev: StoredEvent) -> dict[str, Any]:
    d = ev.to_json()
    d["url"] = f"/events/{ev.id}"
    return d


def _list_events(
    store: Store,
    *,
    q: str | None,
    entity: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
    dated: bool = False,
    min_sources: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Filtered, paginated events, newest first (the store does the filtering in SQL)."""
    filters = {
        "since": since,
        "until": until,
        "entity": entity,
        "q": q,
        "dated": dated,
        "min_sources": min_sources,
    }
    total = store.count_events(**filters)
    events = store.list_events(**filters, limit=limit, offset=offset) if total > offset else []
    return total, [_event_json(e) for e in events]


def query_time(value: str | None, what: str) -> datetime | None:
    """A time given in the query string (``since``), or a 400 naming it, like FastAPI's own
    checks of the other parameters."""
    try:
        return parse_time(value, what) if value else None
    except InputError as exc:
        raise ApiError(400, "bad_request", str(exc)) from exc


def _report_json(report: EventReport, _updated: str) -> bytes:
    """The event's schema JSON, compact (the API's body; pages carry ``updated`` instead)."""
    body = public_report(report).to_json()
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


@router.get("/api/health", tags=["meta"], summary="Liveness and store counts")
def health(ctx: Context) -> dict[str, Any]:
    """Liveness, and what the store holds: ``articles`` (each in an event) apart from the
    documents ``set_aside`` as not articles (widgets, crawl notices: in no event; ``newsweave
    events --format json`` lists them with their reasons)."""
    with reader(ctx) as store:
        counts = store.counts().to_json()
    return {
        "status": "ok",
        "version": __version__,
        "writes": bool(ctx.token),
        "max_body_bytes": MAX_BODY_BYTES,
        **counts,
    }


@router.get(
    "/api/front",
    tags=["events"],
    summary="The front page: today's stories ranked by breadth, recency and growth",
)
def front(
    ctx: Context,
    day: Annotated[date | None, Query(description="the window ending at this day's end")] = None,
    since: Annotated[
        str | None, Query(max_length=40, description="from this ISO date or time to now")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = FRONT_LIMIT,
    single_limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = SINGLE_LIMIT,
) -> dict[str, Any]:
    """Stories of at least two named outlets, ranked, each with the reasons of its rank;
    stories of one (or of articles that name none) apart. When the last 36 hours hold
    nothing, the latest stories and a note; when they hold no story of two named outlets,
    ``outside`` counts those the store holds outside the window."""
    when = query_time(since, "since")
    with reader(ctx) as store:
        page = front_page(store, day=day, since=when, limit=limit, single_limit=single_limit)
    return page.to_json()


@router.get("/api/events", tags=["events"], summary="List events (search, filters, pagination)")
def list_events(
    ctx: Context,
    q: Annotated[str | None, Query(max_length=500, description="words in title/text")] = None,
    entity: Annotated[str | None, Query(max_length=200, description="entity or alias")] = None,
    since: Annotated[date | None, Query(description="on or after this date")] = None,
    until: Annotated[date | None, Query(description="on or before this date")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
    dated: Annotated[bool, Query(description="only events with a known date")] = False,
    min_sources: Annotated[int, Query(ge=0, description="at least this many named outlets")] = 0,
) -> dict[str, Any]:
    with reader(ctx) as store:
        total, events = _list_events(
            store,
            q=q or None,
            entity=entity or None,
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            limit=limit,
            offset=offset,
            dated=dated,
            min_sources=min_sources,
        )
    return {"total": total, "limit": limit, "offset": offset, "events": events}


@router.get(
    "/api/events/{event_id}",
    tags=["events"],
    summary="One event with its full synthesis (schema newsweave.event/1)",
)
def get_event(event_id: str, request: Request, ctx: Context) -> Response:
    """An event merged into another answers 308 with the new location (``merged_into``)."""
    try:
        rendered = cached_event(ctx, "json", event_id, _report_json)
    except NotFound:
        into = merged_into(ctx, event_id)
        if into is None:
            raise
        return moved_response(event_id, into, f"/api/events/{into}")
    return conditional_response(request, rendered, "application/json")


@router.get(
    "/api/articles/{article_id}",
    tags=["articles"],
    summary="One article with its removed segments",
)
def get_article(article_id: str, ctx: Context) -> dict[str, Any]:
    with reader(ctx) as store:
        art = store.get_article(article_id)  # NotFound for an unknown id
    return public_article(art).to_json()
