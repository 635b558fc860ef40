"""The pages: the event page, in two deliveries from one implementation, and the front page.

``src/newsweave/web/`` holds the page: ``event.html`` (a template with three
slots), ``newsweave.css`` and ``event.js``. The JavaScript draws the event from
the report JSON embedded in ``<script type="application/json" id="nw-data">``.

* :func:`render_event_html` inlines the CSS, the JS and the data: one file that
  opens from disk with no server and no network (``newsweave brief --format html``); a
  ``<meta>`` Content-Security-Policy lets only that script and style run (:func:`file_policy`).
* :func:`render_event_page` links ``/static/newsweave.css`` and ``/static/event.js``
  and embeds only the data (the server's ``/events/{id}``; the browser caches
  the static files).

Both show each article as :func:`public_article` does: named by its URL when it names no
outlet, and a local path reduced to its file name. :func:`render_front_page` draws the
front page (``front.html``) on the server: ranked story cards that read without JavaScript.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import PurePath
from typing import Any

from newsweave.clean.metadata import outlet_from_url
from newsweave.corpus.frontpage import FrontCard, FrontPage
from newsweave.corpus.outlets import independent_origins, unnamed_articles
from newsweave.models import Article, EventReport
from newsweave.text.counts import noun, plural

WEB_PACKAGE = "newsweave.serve.web"


@lru_cache(maxsize=16)
def asset(name: str) -> str:
    """One file of the page, read once per process."""
    return resources.files(WEB_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def json_for_script(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element.

    ``<`` ``>`` ``&`` and the two JS line separators are escaped as ``\\uXXXX``,
    which is still valid JSON: no article text can close the element early.
    """
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (
        s.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _csp_hash(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def file_policy(script: str, style: str) -> str:
    """The standalone file's ``<meta>`` Content-Security-Policy: only the page's own inlined
    script and style run (by their hashes), nothing is loaded from anywhere, no referrer.

    A file opened from disk gets no HTTP headers, so ``frame-ancestors`` (ignored in a meta
    policy) and ``nosniff`` do not apply to it; what an article could inject is what matters.
    """
    policy = (
        f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return (
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="referrer" content="no-referrer">'
    )


def _inline_safe(code: str, tag: str) -> str:
    # A literal "</script" or "</style" inside the inlined file would end the element.
    return code.replace(f"</{tag}", f"<\\/{tag}")


def _title(report_json: dict[str, Any], event_id: str | None) -> str:
    events = report_json.get("events") or []
    for e in events:
        if event_id is None or e.get("id") == event_id:
            return str(e.get("title") or "Event")
    return "Event"


def build_page(
    report_json: dict[str, Any],
    *,
    inline: bool,
    meta: dict[str, Any] | None = None,
    static_prefix: str = "/static",
    home: str = "/",
) -> str:
    """Fill the template; ``report_json`` is an ``EventReport.to_json()`` dict."""
    meta = dict(meta or {})
    meta.setdefault("mode", "file" if inline else "served")
    if inline:
        style = f"\n{_inline_safe(asset('newsweave.css'), 'style')}\n"
        script = f"\n{_inline_safe(asset('event.js'), 'script')}\n"
        css = f"{file_policy(script, style)}\n<style>{style}</style>"
        js = f"<script>{script}</script>"
    else:
        css = f'<link rel="stylesheet" href="{static_prefix}/newsweave.css">'
        js = f'<script src="{static_prefix}/event.js" defer></script>'
    data = (
        f'<script type="application/json" id="nw-data">{json_for_script(report_json)}</script>\n'
        f'<script type="application/json" id="nw-meta">{json_for_script(meta)}</script>'
    )
    slots = {
        "<!--nw:css-->": css,
        "<!--nw:data-->": data,
        "<!--nw:js-->": js,
        "{{title}}": html.escape(_title(report_json, meta.get("event"))),
        "{{home}}": html.escape(home if not inline else "#"),
    }
    return fill_slots(asset("event.html"), slots)


def fill_slots(page: str, slots: dict[str, str]) -> str:
    """The template ``page`` with each ``<!--nw:...-->`` or ``{{...}}`` slot replaced, in one
    pass, so that nothing inserted (article text) is scanned for a later slot."""
    out: list[str] = []
    i = 0
    while i < len(page):
        j = page.find("<!--nw:", i)
        k = page.find("{{", i)
        nxt = min(x for x in (j, k, len(page)) if x >= 0)
        out.append(page[i:nxt])
        if nxt == len(page):
            break
        for slot, value in slots.items():
            if page.startswith(slot, nxt):
                out.append(value)
                i = nxt + len(slot)
                break
        else:
            out.append(page[nxt : nxt + 2])
            i = nxt + 2
    return "".join(out)


def with_removed(report: EventReport, articles: Iterable[Article]) -> EventReport:
    """The report with each article's removed segments (the page's struck-out view) put back.

    A woven report may carry articles without the audit trail of what cleaning removed;
    the page shows it on demand, so callers that still hold the cleaned articles (the
    server's store, ``newsweave brief``) re-attach it. Only an article with the very same
    text gets segments, so offsets cannot drift.
    """
    full = {a.id: a for a in articles}
    arts = tuple(
        replace(a, removed=full[a.id].removed)
        if not a.removed and a.id in full and full[a.id].text == a.text and full[a.id].removed
        else a
        for a in report.articles
    )
    return replace(report, articles=arts)


def public_article(article: Article) -> Article:
    """An article as the server shows it: one that names no outlet is named by its URL (a
    known outlet's name, else the bare domain), and a local path is reduced to its file name,
    which is all a reader needs and all a public server should tell about the machine."""
    return replace(
        article,
        outlet=article.outlet or outlet_from_url(article.url),
        path=PurePath(article.path).name if article.path else None,
    )


def public_report(report: EventReport) -> EventReport:
    """The report with each article as :func:`public_article` shows it."""
    return replace(report, articles=tuple(public_article(a) for a in report.articles))


def render_event_html(report: EventReport) -> str:
    """The event page as ONE self-contained HTML file (CSS, JS and data inlined)."""
    return build_page(public_report(report).to_json(), inline=True)


def render_event_page(
    report_json: dict[str, Any], *, event_id: str | None = None, updated: str | None = None
) -> str:
    """The served event page: static files linked, the event's data embedded."""
    return build_page(report_json, inline=False, meta={"event": event_id, "updated": updated})


# --------------------------------------------------------------------------- the front page

# Outlets named on a card; the rest are counted ("+3 more").
CARD_OUTLETS = 8


def ago(when: datetime, now: datetime) -> str:
    """A time as a reader says it: "just now", "25 min ago", "3 h ago", "2 days ago", a date."""
    s = (now - when).total_seconds()
    if s < 90:
        return "just now"
    if s < 59.5 * 60:
        return f"{round(s / 60)} min ago"
    if s < 36 * 3600:
        return f"{round(s / 3600)} h ago"
    if s < 45 * 86400:
        return f"{round(s / 86400)} days ago"
    return f"{when:%-d %b %Y}"


def _when(when: datetime, now: datetime) -> str:
    """A ``<time>`` with the relative time shown and the exact one on hover."""
    exact = f"{when:%-d %b %Y, %H:%M} UTC"
    return f'<time datetime="{when.isoformat()}" title="{exact}">{ago(when, now)}</time>'


def _bold_count(n: int, word: str) -> str:
    """A card's count with the number in bold: "<b>1</b> outlet", "<b>3</b> outlets"."""
    return f"<b>{n}</b> {noun(n, word)}"


def _origins(card: FrontCard) -> str:
    """The card's independent origins, the number in bold; while an ingest counts them, that
    they are being counted (:func:`~newsweave.corpus.outlets.independent_origins`)."""
    if card.origins_pending:
        return independent_origins(card.n_origins, pending=True)
    return _bold_count(card.n_origins, "independent origin")


def _outlet_list(names: tuple[str, ...], unnamed: int) -> str:
    """The card's outlets by name (the rest counted), then the reports that name none, which
    the outlet count leaves out: as the event's page says them."""
    shown = " · ".join(html.escape(n) for n in names[:CARD_OUTLETS])
    extra = len(names) - CARD_OUTLETS
    more = f' <span class="muted">+{extra} more</span>' if extra > 0 else ""
    none = (
        f'<span class="muted">{" · " if names else ""}{unnamed_articles(unnamed)}</span>'
        if unnamed
        else ""
    )
    return shown + more + none


def _story(n: int, card: FrontCard, now: datetime) -> str:
    e = html.escape
    first = f" · first by <b>{e(card.first_outlet)}</b>" if card.first_outlet else ""
    why = "".join(f"<li>{e(r)}</li>" for r in card.ranking.reasons())
    summary = f'<p class="summary">{e(card.summary)}</p>' if card.summary else ""
    return (
        f'<li class="story" id="story-{n}"><article>'
        f'<p class="story-meta"><span class="rank" aria-label="rank {n}">{n}</span>'
        f"Latest {_when(card.latest, now)}{first}</p>"
        f'<h2><a href="/events/{e(card.event_id)}">{e(card.title)}</a></h2>{summary}'
        f'<p class="counts"><span>{_bold_count(card.n_outlets, "named outlet")}</span>'
        f"<span>{_origins(card)}</span>"
        f"<span>{_bold_count(card.n_articles, 'article')}</span></p>"
        f'<p class="outlets">{_outlet_list(card.outlets, card.n_unnamed)}</p>'
        f'<details class="why"><summary>Why it ranks here</summary><ul>{why}</ul></details>'
        "</article></li>"
    )


def _single(card: FrontCard, now: datetime) -> str:
    e = html.escape
    who = e(card.outlets[0]) if card.outlets else "no named outlet"
    return (
        f'<li><a href="/events/{e(card.event_id)}">{e(card.title)}</a>'
        f'<span class="muted"> · {who} · {_when(card.latest, now)} · '
        f"{plural(card.n_articles, 'article')}</span></li>"
    )


def _no_story(page: FrontPage, now: datetime, span: str) -> str:
    """What the page says when no story in its window has two named outlets: where the store's
    stories that have are, when it holds some (a store of archived stories and today's undated
    ones said it had none), else how to get some."""
    if not page.outside:
        return (
            '<p class="empty">No story has two named outlets yet. Add sources with '
            "<code>newsweave sources add URL</code> and run <code>newsweave serve --watch</code>, "
            'or see <a href="/events">all events</a>.</p>'
        )
    if page.end == now:  # the window ends now: every story outside it is older
        hours = (page.end - page.start).total_seconds() / 3600
        when, which = f"in the last {hours:g} hours", plural(page.outside, "older event")
    else:
        when, which = f"from {span}", f"{plural(page.outside, 'event')} outside this window"
    return (
        f'<p class="empty">No story {when} has two named outlets; the store holds {which} '
        'with two or more: see <a href="/events">all events</a>.</p>'
    )


def render_front_page(page: FrontPage, *, now: datetime, feed: str = "/feeds/front.atom") -> str:
    """The front page as HTML, drawn on the server: it reads without JavaScript."""
    e = html.escape
    span = f"{page.start:%-d %b %H:%M} to {page.end:%-d %b %Y %H:%M} UTC"
    parts = [
        '<header class="front-head">',
        f'<p class="kicker">{page.end:%A %-d %B %Y}</p><h1>Today’s stories</h1>',
        '<p class="lede">Ranked by how many outlets cover each story, how recent its latest '
        f"report is and how fast it is growing; reports from {span}.</p>",
        '<form class="front-search" action="/events" role="search">'
        '<label class="sr-only" for="nw-q">Search all events</label>'
        '<input type="search" id="nw-q" name="q" placeholder="Search all events…">'
        '<button class="btn" type="submit">Search</button></form></header>',
    ]
    if page.note:
        parts.append(f'<p class="front-note" role="status">{e(page.note)}</p>')
    if page.stories:
        stories = "".join(_story(n, c, now) for n, c in enumerate(page.stories, 1))
        parts.append(f'<ol class="stories">{stories}</ol>')
    else:
        parts.append(_no_story(page, now, span))
    if page.more_stories:
        parts.append(
            f'<p class="more">{plural(page.more_stories, "more event")} ranked in this window: '
            '<a href="/events">all events</a></p>'
        )
    if page.single_source:
        items = "".join(_single(c, now) for c in page.single_source)
        more = f"<li class='muted'>and {page.more_single} more</li>" if page.more_single else ""
        parts.append(
            '<section class="single" aria-labelledby="single-h">'
            '<h2 id="single-h">Single-source stories</h2>'
            '<p class="sub">Reported by one named outlet so far, or only by articles that name'
            " none: not on the front page until a second named outlet reports them.</p>"
            f'<ul class="single-list">{items}{more}</ul></section>'
        )
    before = (page.end - timedelta(days=1)).date().isoformat()
    parts.append(
        f'<nav class="daynav" aria-label="Other days"><a href="/?day={before}">← The day before</a>'
        f'<a href="{e(feed)}">Follow in a feed reader (Atom)</a></nav>'
    )
    slots = {"{{title}}": "Today’s stories", "{{feed}}": e(feed), "<!--nw:front-->": "".join(parts)}
    return fill_slots(asset("front.html"), slots)
