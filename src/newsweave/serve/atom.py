"""Atom feeds out, so that a reader follows the front page, a search or a person in the feed
reader they already use.

    GET /feeds/front.atom     today's ranked stories (``?day=`` ``?since=`` as the front page)
    GET /feeds/events.atom    the events of a search or an entity, with /api/events' filters:
                              ``?q=`` ``&entity=`` ``&since=`` ``&until=`` ``&min_sources=``

Each entry is one event: its id and link are the event page's absolute URL (from the request,
so the feed works behind any host name), its summary is the brief's first sentence (or the
lead of the first report when the event was not woven yet), its ``updated`` is when the
event last changed in the store, so a reader sees a story again when new reports join it,
and its authors are the outlets that reported it. Built with ``xml.etree`` (RFC 4287).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Annotated
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from newsweave import __version__
from newsweave.corpus.frontpage import FrontCard, describe_events, front_page
from newsweave.corpus.outlets import independent_origins, unnamed_articles
from newsweave.serve.api import query_time
from newsweave.serve.context import Context, cached_page, conditional_response, reader
from newsweave.text.counts import plural

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
# Entries per feed: a feed reader keeps what it has seen, so a feed needs only the latest.
FEED_ENTRIES = 50
# Outlets named as an entry's authors; the entry's text counts the rest.
MAX_AUTHORS = 12

router = APIRouter()


def _site(request: Request) -> str:
    """The server's own address as the client reached it (``http://host:port``)."""
    return str(request.base_url).rstrip("/")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _entry_html(card: FrontCard) -> str:
    """The entry's content: the summary, the counts and the outlets, as escaped HTML."""
    p = ET.Element("div")
    if card.summary:
        ET.SubElement(p, "p").text = card.summary
    ET.SubElement(p, "p").text = (  # the counts as the front page's card says them
        f"{plural(card.n_outlets, 'named outlet')} · "
        f"{independent_origins(card.n_origins, card.origins_pending)} · "
        f"{plural(card.n_articles, 'article')} · latest report {card.latest:%d %b %Y %H:%M} UTC"
    )
    reporters = list(card.outlets)
    if card.n_unnamed:
        reporters.append(unnamed_articles(card.n_unnamed))
    if reporters:
        ET.SubElement(p, "p").text = "Reported by " + ", ".join(reporters)
    return ET.tostring(p, encoding="unicode", method="html")


def atom_feed(
    cards: Sequence[FrontCard], *, site: str, title: str, feed_path: str, page_path: str
) -> bytes:
    """An Atom document of ``cards``, one entry per event, every link absolute under ``site``;
    the feed's id is its own URL."""
    self_url = site + feed_path
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", self_url)
    _sub(feed, "title", title)
    newest = max((_updated(c) for c in cards), default=datetime.now(UTC).replace(microsecond=0))
    _sub(feed, "updated", newest.isoformat())
    _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=site + page_path)
    _sub(_sub(feed, "author"), "name", "newsweave")
    _sub(feed, "generator", "newsweave", version=__version__)
    for c in cards:
        url = f"{site}/events/{c.event_id}"
        entry = _sub(feed, "entry")
        _sub(entry, "id", url)
        _sub(entry, "title", c.title)
        _sub(entry, "updated", _updated(c).isoformat())
        _sub(entry, "published", c.first.isoformat())
        _sub(entry, "link", rel="alternate", type="text/html", href=url)
        for name in c.outlets[:MAX_AUTHORS]:
            _sub(_sub(entry, "author"), "name", name)
        _sub(entry, "summary", c.summary or c.title, type="text")
        _sub(entry, "content", _entry_html(c), type="html")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _updated(card: FrontCard) -> datetime:
    """When the entry last changed: the event's last change in the store, or its latest
    report if that is later (a report dated after it was stored)."""
    stored = datetime.fromisoformat(card.updated)
    stored = stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored.astimezone(UTC)
    return max(stored, card.latest)


def _atom(body: bytes) -> Response:
    return Response(body, media_type=ATOM_TYPE, headers={"Cache-Control": "no-cache"})


@router.get("/feeds/front.atom", tags=["feeds"], summary="Atom feed of the front page")
def front_feed(
    request: Request,
    ctx: Context,
    day: Annotated[date | None, Query(description="the window ending at this day's end")] = None,
    since: Annotated[str | None, Query(max_length=40, description="from this time")] = None,
) -> Response:
    when = query_time(since, "since")
    query = {k: v for k, v in (("day", day and day.isoformat()), ("since", since)) if v}
    suffix = "?" + urlencode(query) if query else ""
    site = _site(request)

    def build() -> bytes:
        with reader(ctx) as store:
            page = front_page(store, day=day, since=when, limit=FEED_ENTRIES, single_limit=0)
        return atom_feed(
            page.stories,
            site=site,
            title="newsweave: today's stories",
            feed_path="/feeds/front.atom" + suffix,
            page_path="/" + suffix,
        )

    # built at most once a minute per query and host, like the front page
    return conditional_response(
        request, cached_page(ctx, "front.atom", f"{site}{suffix}", build), ATOM_TYPE
    )


@router.get(
    "/feeds/events.atom", tags=["feeds"], summary="Atom feed of a search or an entity's events"
)
def events_feed(
    request: Request,
    ctx: Context,
    q: Annotated[str | None, Query(max_length=500, description="words in title/text")] = None,
    entity: Annotated[str | None, Query(max_length=200, description="entity or alias")] = None,
    since: Annotated[date | None, Query(description="on or after this date")] = None,
    until: Annotated[date | None, Query(description="on or before this date")] = None,
    min_sources: Annotated[int, Query(ge=0, description="at least this many named outlets")] = 0,
) -> Response:
    filters = {
        "q": q or None,
        "entity": entity or None,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "min_sources": min_sources or None,
    }
    query = urlencode({k: v for k, v in filters.items() if v})
    suffix = f"?{query}" if query else ""
    with reader(ctx) as store:
        events = store.list_events(
            q=filters["q"],
            entity=filters["entity"],
            since=filters["since"],
            until=filters["until"],
            min_sources=min_sources,
            limit=FEED_ENTRIES,
        )
        cards = describe_events(store, [e.id for e in events])
    return _atom(
        atom_feed(
            cards,
            site=_site(request),
            title=_feed_title(q, entity),
            feed_path="/feeds/events.atom" + suffix,
            page_path="/events" + suffix,
        )
    )


def _feed_title(q: str | None, entity: str | None) -> str:
    parts = [f"“{q}”" if q else "", f"about {entity}" if entity else ""]
    said = " ".join(p for p in parts if p)
    return f"newsweave: events {said}" if said else "newsweave: all events"
