"""The web pages: the front page, the event list, one event's page, and the CSS and JS
they load.

No CDN and no build step: the files under ``newsweave/serve/web/`` are served as
they are (:func:`newsweave.serve.webpage.asset`); an event's page embeds its
report and is cached per event version like the JSON API. The front page (``/``) is drawn
on the server, at most once a minute per query, from what the store keeps about each event
(:mod:`newsweave.corpus.frontpage`), never from a weave, so it stays fast; ``?day=`` and
``?since=`` show another window, and the event list with its search is at ``/events``.
"""

from __future__ import annotations

import html
from contextlib import suppress
from datetime import UTC, date, datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from newsweave.corpus.frontpage import front_page, parse_time
from newsweave.errors import InputError, NewsweaveError, NotFound
from newsweave.models import EventReport
from newsweave.serve.context import (
    Context,
    ServerContext,
    cached_event,
    cached_page,
    conditional_response,
    merged_into,
    reader,
)
from newsweave.serve.errors import ApiError
from newsweave.serve.webpage import (
    asset,
    public_report,
    render_event_page,
    render_front_page,
    with_removed,
)

STATIC_TYPES = {
    "newsweave.css": "text/css; charset=utf-8",
    "event.js": "text/javascript; charset=utf-8",
    "list.js": "text/javascript; charset=utf-8",
}

router = APIRouter()


def _with_stored_removed(ctx: ServerContext, report: EventReport) -> EventReport:
    """The page shows each article's removed boilerplate: the store still has it."""
    arts = []
    with reader(ctx) as store:
        for a in report.articles:
            with suppress(NotFound):  # one query per article; a missing one shows no audit trail
                arts.append(store.get_article(a.id))
    return with_removed(report, arts)


def _error_page(exc: NewsweaveError) -> HTMLResponse:
    """A readable page instead of the JSON error: 404 for an unknown event, 400 for a bad
    query, else 500."""
    status, head = (
        (404, "No such event")
        if isinstance(exc, NotFound)
        else (400, "This page cannot be shown")
        if isinstance(exc, InputError)
        else (500, "This event cannot be shown")
    )
    page = (
        "<!doctype html><meta charset=utf-8><title>newsweave</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="stylesheet" href="/static/newsweave.css"><main><h1>{head}</h1>'
        f'<p class="note">{html.escape(str(exc))}</p><p><a href="/">The front page</a> · '
        '<a href="/events">All events</a></p></main>'
    )
    return HTMLResponse(page, status_code=status)


@router.get("/", include_in_schema=False)
def index(
    request: Request, ctx: Context, day: str | None = None, since: str | None = None
) -> Response:
    """Today's stories; ``day`` (YYYY-MM-DD) or ``since`` (an ISO time) for another window.
    Built at most once a minute per query (:func:`~newsweave.serve.context.cached_page`)."""
    try:
        on = date.fromisoformat(day) if day else None
    except ValueError:
        return _error_page(InputError(f"day must be an ISO date (YYYY-MM-DD), got {day!r}"))

    def build() -> bytes:
        now = datetime.now(UTC)
        when = parse_time(since, "since") if since else None
        with reader(ctx) as store:
            page = front_page(store, now=now, day=on, since=when)
        return render_front_page(page, now=now).encode()

    try:
        rendered = cached_page(ctx, "front", f"{day}|{since}", build)
    except InputError as exc:
        return _error_page(exc)
    return conditional_response(request, rendered, "text/html; charset=utf-8")


@router.get("/events", include_in_schema=False)
def event_list() -> HTMLResponse:
    """Every event, searched and filtered in the browser through ``/api/events``."""
    return HTMLResponse(asset("index.html"))


@router.get("/events/{event_id}", include_in_schema=False)
def event_page(event_id: str, request: Request, ctx: Context) -> Response:
    def build(report: EventReport, updated: str) -> bytes:
        report_json = public_report(_with_stored_removed(ctx, report)).to_json()
        return render_event_page(report_json, event_id=event_id, updated=updated).encode()

    try:
        rendered = cached_event(ctx, "page", event_id, build)
    except NotFound as exc:
        into = merged_into(ctx, event_id)
        if into is None:
            return _error_page(exc)
        return RedirectResponse(f"/events/{into}", status_code=308)  # merged: follow it there
    except NewsweaveError as exc:
        return _error_page(exc)
    return conditional_response(request, rendered, "text/html; charset=utf-8")


@router.get("/static/{name}", include_in_schema=False)
def static(name: str) -> Response:
    media = STATIC_TYPES.get(name)
    if media is None:
        raise ApiError(404, "not_found", f"no static file {name!r}")
    return Response(
        asset(name), media_type=media, headers={"Cache-Control": "public, max-age=3600"}
    )
