"""The event page, in two deliveries from one implementation.

``src/newsweave/web/`` holds the page: ``event.html`` (a template with three
slots), ``newsweave.css`` and ``event.js``. The JavaScript draws the event from
the report JSON embedded in ``<script type="application/json" id="nw-data">``.

* :func:`render_event_html` inlines the CSS, the JS and the data: one file that
  opens from disk with no server and no network (``newsweave brief --format html``); a
  ``<meta>`` Content-Security-Policy lets only that script and style run (:func:`file_policy`).
* :func:`render_event_page` links ``/static/newsweave.css`` and ``/static/event.js``
  and embeds only the data (the server's ``/events/{id}``; the browser caches
  the static files).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from newsweave.models import Article, EventReport

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
    page = asset("event.html")
    # Slots are filled in one pass so that nothing inserted is scanned for a later slot.
    slots = {
        "<!--nw:css-->": css,
        "<!--nw:data-->": data,
        "<!--nw:js-->": js,
        "{{title}}": html.escape(_title(report_json, meta.get("event"))),
        "{{home}}": html.escape(home if not inline else "#"),
    }
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


def render_event_html(report: EventReport) -> str:
    """The event page as ONE self-contained HTML file (CSS, JS and data inlined)."""
    return build_page(report.to_json(), inline=True)


def render_event_page(
    report_json: dict[str, Any], *, event_id: str | None = None, updated: str | None = None
) -> str:
    """The served event page: static files linked, the event's data embedded."""
    return build_page(report_json, inline=False, meta={"event": event_id, "updated": updated})
