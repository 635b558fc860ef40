"""Render an :class:`~newsweave.models.EventReport` as JSON, Markdown or HTML.

JSON is the versioned schema (``newsweave.event/1``, documented in
``schemas/event.schema.json``); Markdown is a readable report whose ``[n]``
markers point at a numbered source list; HTML is helper E's self-contained page
(:func:`newsweave.serve.webpage.render_event_html`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from newsweave.errors import ConfigError, PipelineError
from newsweave.models import Article, Event, EventReport, Span

FORMATS = ("json", "md", "html")
# Long spans are shortened in the Markdown source list; the JSON keeps exact offsets.
QUOTE_CHARS = 160


def render_report(report: EventReport, fmt: str) -> str:
    """The report as ``json``, ``md`` or ``html`` text."""
    if fmt == "json":
        return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        try:
            from newsweave.serve.webpage import render_event_html  # type: ignore[attr-defined]
        except ImportError as exc:
            raise PipelineError(
                "HTML output needs newsweave.serve.webpage.render_event_html, which is not available "
                f"in this installation ({exc}); use --format md or json"
            ) from exc
        return render_event_html(report)
    raise ConfigError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_markdown(report: EventReport) -> str:
    arts = {a.id: a for a in report.articles}
    out: list[str] = []
    for n, ev in enumerate(report.events):
        if n:
            out.append("\n---\n")
        out.extend(_event_md(ev, arts))
    return "\n".join(out).rstrip() + "\n"


def _outlet(a: Article | None, aid: str) -> str:
    if a is None:
        return aid
    return a.outlet or a.title or aid


def _event_md(ev: Event, arts: dict[str, Article]) -> list[str]:
    number = {aid: k + 1 for k, aid in enumerate(ev.articles)}

    def refs(spans: Sequence[Span] | Sequence[str]) -> str:
        ids = [s if isinstance(s, str) else s.article for s in spans]
        nums = sorted({number[i] for i in ids if i in number})
        return "".join(f"[{k}]" for k in nums)

    L: list[str] = [f"# {ev.title}", ""]
    meta = [f"**Date:** {ev.date or 'unknown'}", f"**Articles:** {len(ev.articles)}"]
    if ev.origins:
        meta.append(f"**Independent origins:** {len(ev.origins)}")
    L += [" · ".join(meta), f"<sub>event id `{ev.id}`</sub>", ""]

    if ev.brief:
        L += ["## Brief", ""]
        L += [f"{b.text} {refs(b.citations)}" for b in ev.brief]
        L.append("")

    L += ["## Sources", ""]
    for aid in ev.articles:
        a = arts.get(aid)
        bits = [f"[{number[aid]}] **{_outlet(a, aid)}**"]
        if a is not None and a.title and a.title != _outlet(a, aid):
            bits.append(f"“{a.title}”")
        if a is not None and a.published:
            bits.append(a.published.date().isoformat())
        if a is not None and a.url:
            bits.append(f"<{a.url}>")
        bits.append(f"`{aid}`")
        L.append("- " + " — ".join(bits))
    L.append("")
    if ev.origins and len(ev.origins) < len(ev.articles):
        L += ["### Independence", ""]
        for o in ev.origins:
            if len(o.articles) > 1:
                L.append(f"- {refs(list(o.articles))} count as one origin (`{o.id}`): {o.reason}")
        L.append("")

    if ev.facts:
        L += ["## Facts", "", "| # | Fact | Sources | Independent |", "|---|---|---|---|"]
        for k, f in enumerate(ev.facts, 1):
            L.append(f"| {k} | {_cell(f.text)} | {len(f.sources)} {refs(f.citations)} | {f.independent_sources} |")
        L.append("")
    if ev.unique:
        L += ["## Reported by one outlet only", ""]
        L += [f"- {u.text} {refs(u.citations)}" for u in ev.unique]
        L.append("")
    if ev.quotes:
        L += ["## Quotes", ""]
        for q in ev.quotes:
            who = q.speaker or "unattributed"
            src = refs(list(q.sources))
            L.append(f"- **{who}**: “{q.text}” {src}")
            texts = {v.text for v in q.variants}
            if len(texts) > 1:
                for v in q.variants:
                    L.append(f"  - [{number.get(v.article, '?')}] “{v.text}”")
        L.append("")
    if ev.reactions:
        L += ["## Reactions", ""]
        L += [f"- **{r.actor}** — {r.stance} {refs(list(r.sources))}" for r in ev.reactions]
        L.append("")
    if ev.entities:
        L += ["## Entities", ""]
        for e in ev.entities:
            alias = [x for x in e.aliases if x != e.name]
            extra = f" (also: {', '.join(alias)})" if alias else ""
            role = f", {e.role}" if e.role else ""
            L.append(f"- **{e.name}**{role} — {e.type}{extra} {refs(list(e.articles))}")
        L.append("")
    if ev.timeline:
        L += ["## Timeline", ""]
        for t in ev.timeline:
            date = t.date if t.precision == "day" else t.date[: 7 if t.precision == "month" else 4]
            L.append(f"- **{date}** — {t.text} {refs(t.citations)}")
        L.append("")
    if ev.contradictions:
        L += ["## Contradictions and updates", ""]
        for c in ev.contradictions:
            tag = "update" if c.update else c.kind
            L.append(f"- *{tag}*: {c.note}")
            for cl in c.claims:
                L.append(f"  - {refs(cl.citations) or refs([cl.article])} {cl.text}")
        L.append("")
    if ev.framing:
        L += ["## Framing", ""]
        for fr in ev.framing:
            if not (fr.lead or fr.omits or fr.loaded_terms):
                continue
            name = f"[{number.get(fr.article, '?')}] {_outlet(arts.get(fr.article), fr.article)}"
            L.append(f"- **{name}** leads with: {fr.lead}" + (f" (fact {fr.lead_fact + 1})" if fr.lead_fact is not None else ""))
            if fr.omits:
                L.append(f"  - omits: {'; '.join(_short(o, 90) for o in fr.omits)}")
            if fr.loaded_terms:
                L.append(f"  - loaded terms: {', '.join(fr.loaded_terms)}")
        L.append("")
    if ev.excluded:
        L += ["## Left out as off-topic", ""]
        for s in ev.excluded:
            a = arts.get(s.article)
            snippet = _short(a.text[s.start : s.end], 100) if a else ""
            L.append(f"- [{number.get(s.article, '?')}] chars {s.start}–{s.end}: {snippet}")
        L.append("")
    return L


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
