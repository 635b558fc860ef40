"""Render an :class:`~newsweave.models.EventReport` as JSON, Markdown or HTML.

JSON is the versioned schema (``newsweave.event/1``, documented in
``schemas/event.schema.json``); Markdown is a readable report whose ``[n]``
markers point at a numbered source list; HTML is the self-contained event page
(:func:`newsweave.serve.webpage.render_event_html`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

from newsweave.clean.metadata import CAPTION_DATE
from newsweave.corpus.outlets import event_outlets, unnamed_articles
from newsweave.errors import ConfigError
from newsweave.models import Article, Event, EventReport, Quote, Span, Voice
from newsweave.serve.webpage import public_article, render_event_html

FORMATS = ("json", "md", "html")
# Long texts are shortened in the Markdown (the JSON keeps them whole): an omitted fact
# in the framing list, the start of an off-topic span.
OMIT_CHARS = 90
EXCLUDED_CHARS = 100
# Speakers named per outlet in the Framing list: its most quoted, the rest counted (the Quotes
# section lists every quote with its speaker).
VOICES_SHOWN = 4
# What the Framing line of an outlet whose page has no line to lead with says instead.
NO_LEAD = "no line of its page reads as its lead"


def render_report(report: EventReport, fmt: str) -> str:
    """The report as ``json``, ``md`` or ``html`` text."""
    if fmt == "json":
        return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_event_html(report)
    raise ConfigError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_markdown(report: EventReport) -> str:
    arts = {a.id: a for a in report.articles}
    out: list[str] = []
    for n, ev in enumerate(report.events):
        if n:
            out.append("\n---\n")
        out.extend(_event_md(ev, arts))
    aside = [a for a in report.articles if a.not_article]
    if aside:
        out += ["", "## Set aside: not articles", ""]
        out += [f"- {_code(a.id)}: {_md(a.not_article or '')}" for a in aside]
    return "\n".join(out).strip() + "\n"


def _source_name(a: Article | None) -> str:
    """An article's outlet as the Sources list and the Framing lines name it (in Markdown): its
    own name, else its URL's (see :func:`~newsweave.serve.webpage.public_article`), else that
    it names none; its headline follows in the Sources list, under the same number."""
    known = public_article(a).outlet if a is not None else None
    return f"**{_md(known)}**" if known else "*outlet not named*"


def _refs(number: dict[str, int], spans: Sequence[Span] | Sequence[str]) -> str:
    """``[1][3]``: the source numbers of the articles that spans (or article ids) point at."""
    ids = [s if isinstance(s, str) else s.article for s in spans]
    nums = sorted({number[i] for i in ids if i in number})
    return "".join(f"[{k}]" for k in nums)


def _event_md(ev: Event, arts: dict[str, Article]) -> list[str]:
    """One event's Markdown lines: its header, then each section that has content."""
    number = {aid: k + 1 for k, aid in enumerate(ev.articles)}
    L = _header_md(ev, arts)
    for section in _SECTIONS:
        L += section(ev, arts, number)
    return L


def _header_md(ev: Event, arts: dict[str, Article]) -> list[str]:
    """The title, then the event's counts as the list, the front page and the event page
    say them (:mod:`newsweave.corpus.outlets`)."""
    L: list[str] = [f"# {_md(ev.title)}", ""]
    members = [arts[i] for i in ev.articles if i in arts]
    outlets = event_outlets((a.outlet, a.url) for a in members)
    meta = [f"**Date:** {ev.date or 'unknown'}", f"**Articles:** {len(ev.articles)}"]
    named = f"**Named outlets:** {outlets.count}"
    if outlets.unnamed:
        named += f" ({unnamed_articles(outlets.unnamed)})"
    meta.append(named)
    if ev.origins:
        meta.append(f"**Independent origins:** {len(ev.origins)}")
    L += [" · ".join(meta), f"<sub>event id {_code(ev.id)}</sub>", ""]
    if ev.subset is not None:
        L += [f"*{_md(woven_from(ev))}*", ""]
    return L


def woven_from(ev: Event) -> str:
    """What an event woven from a subset of its articles (``Event.subset``) tells the reader,
    beside counts that are of the woven articles only: "Woven from 200 of the 340 articles
    (every outlet's first, the earliest and the latest, then the rest spread over time); every
    count here is of the 200 woven." (the event page's script says the same)."""
    if ev.subset is None:
        return ""
    n = len(ev.articles)
    return (
        f"Woven from {n} of the {ev.subset.total} articles ({ev.subset.rule}); "
        f"every count here is of the {n} woven."
    )


def _brief_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    if not ev.brief:
        return []
    L = ["## Brief", ""]
    L += [
        f"{f'*{b.label.capitalize()}:* ' if b.label else ''}{_md_line(b.text)} "
        f"{_refs(number, b.citations)}"
        for b in ev.brief
    ]
    L.append("")
    return L


def _sources_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    """The numbered source list (always), then which sources count as one origin."""
    L = ["## Sources", ""]
    for aid in ev.articles:
        a = arts.get(aid)
        # the outlet, or that there is none (the headline follows; as on the event page)
        bits = [f"[{number[aid]}] {_source_name(a)}"]
        if a is not None and a.title and a.title != public_article(a).outlet:
            bits.append(f"“{_md(a.title)}”")
        if a is not None and a.published:
            # a caption's date is the picture's, not the article's
            photo = "photo of " if a.published_source == CAPTION_DATE else ""
            bits.append(photo + a.published.date().isoformat())
        if a is not None and a.url:
            bits.append(_url(a.url))
        bits.append(_code(aid))
        L.append("- " + " — ".join(bits))
    L.append("")
    if ev.origins and len(ev.origins) < len(ev.articles):
        L += ["### Independence", ""]
        for o in ev.origins:
            if len(o.articles) > 1:
                L.append(
                    f"- {_refs(number, list(o.articles))} count as one origin ({_code(o.id)}): {_md(o.reason)}"
                )
        L.append("")
    return L


def _facts_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    if not ev.facts:
        return []
    L = ["## Facts", "", "| # | Fact | Sources | Independent |", "|---|---|---|---|"]
    for k, f in enumerate(ev.facts, 1):
        L.append(
            f"| {k} | {_cell(f.text)} | {len(f.sources)} {_refs(number, f.citations)} | {f.independent_sources} |"
        )
    L.append("")
    return L


def _unique_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    if not ev.unique:
        return []
    L = ["## Reported by one outlet only", ""]
    L += [f"- {_md(u.text)} {_refs(number, u.citations)}" for u in ev.unique]
    L.append("")
    return L


def _quotes_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    """One line per utterance with its speaker, and each outlet's wording (or piece of it)
    when they differ. Labels in quotation marks are terms, never anybody's quote. Reported
    speech comes last, without quotation marks of its own: it is the journalist's wording
    of the speaker's claim."""
    if not ev.quotes:
        return []
    direct = [q for q in ev.quotes if q.kind == "statement" and q.form == "direct"]
    reported = [q for q in ev.quotes if q.kind == "statement" and q.form != "direct"]
    terms = [q for q in ev.quotes if q.kind == "term"]
    L: list[str] = []
    if direct:
        L += ["## Quotes", ""]
        for q in direct:
            L.append(f"- **{_who(q.speaker)}**: “{_md(q.text)}” {_refs(number, list(q.sources))}")
            L += _wordings(q, number)
    if terms:
        L += ["", "### Terms in quotation marks", ""] if L else ["## Terms in quotation marks", ""]
        for q in terms:
            whose = f" — {_md(possessive(q.speaker))} term" if q.speaker else ""
            L.append(f"- “{_md(q.text)}”{whose} {_refs(number, list(q.sources))}")
    if reported:
        L += ["", "### Reported speech", ""] if L else ["## Reported speech", ""]
        for q in reported:
            cue = f" ({_md(q.cue)})" if q.cue else ""
            L.append(
                f"- **{_who(q.speaker)}**{cue}: {_md(q.text)} {_refs(number, list(q.sources))}"
            )
            L += _wordings(q, number)
    L.append("")
    return L


def _who(speaker: str | None) -> str:
    return _md(speaker) if speaker else "unattributed"


def _wordings(q: Quote, number: dict[str, int]) -> list[str]:
    """Each outlet's wording of one utterance, when they are not all the same. Within one
    article, pieces already in the line shown (a report's quoted words) are not repeated, and
    outlets left all giving the line's own words add nothing to it."""
    variants = [
        v
        for v in q.variants
        if not any(w.article == v.article and v.text in w.text and w != v for w in q.variants)
    ]
    if len({v.article for v in variants}) == 1:
        variants = [v for v in variants if v.text not in q.text]
    texts = {v.text for v in variants}
    if len(texts) <= 1 and (len(variants) == len(q.variants) or texts <= {q.text}):
        return []
    return [f"  - [{number.get(v.article, '?')}] “{_md(v.text)}”" for v in variants]


# Stance words shown beside a reaction (the JSON keeps them all).
REACTION_EVIDENCE_SHOWN = 3
# Actors quoted without a stance named on the report's one line (a feature story quotes dozens;
# the JSON keeps them all, the page folds them).
PLAIN_ACTORS_SHOWN = 12


def _reactions_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    """Each actor's stance, the words that gave it, and the sources that report it."""
    if not ev.reactions:
        return []
    L = ["## Reactions", ""]
    # A stance is what a reader looks for here; actors quoted without one (most of a feature
    # story's cast) are named on one line instead of a list of "neutral" rows.
    plain = [r for r in ev.reactions if r.stance == "neutral"]
    for r in ev.reactions:
        if r.stance == "neutral":
            continue
        words = ", ".join(f"“{_md(w)}”" for w in r.evidence[:REACTION_EVIDENCE_SHOWN])
        shown = f" ({words})" if words else ""
        L.append(f"- **{_md(r.actor)}** — {_md(r.stance)}{shown} {_refs(number, list(r.sources))}")
    if plain:
        names = ", ".join(
            f"**{_md(r.actor)}** {_refs(number, list(r.sources))}"
            for r in plain[:PLAIN_ACTORS_SHOWN]
        )
        if len(plain) > PLAIN_ACTORS_SHOWN:
            names += f" and {len(plain) - PLAIN_ACTORS_SHOWN} more"
        lead = (
            "Also speaking, without a stance on it"
            if len(plain) < len(ev.reactions)
            else ("Speaking, without a stance on it")
        )
        L.append(f"- {lead}: {names}")
    L.append("")
    return L


def _entities_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    if not ev.entities:
        return []
    L = ["## Entities", ""]
    for e in ev.entities:
        alias = [x for x in e.aliases if x != e.name]
        extra = f" (also: {_md(', '.join(alias))})" if alias else ""
        role = f", {_md(e.role)}" if e.role else ""
        # (an entity the event types surely shows its type; one it does not, none)
        kind = f" — {e.type}" if e.type else ""
        L.append(f"- **{_md(e.name)}**{role}{kind}{extra} {_refs(number, list(e.articles))}")
    L.append("")
    return L


def _to_precision(iso: str, precision: str) -> str:
    """An ISO day shown only to ``precision``: "2010-05" for a month, "2010" for a year."""
    return iso if precision == "day" else iso[: 7 if precision == "month" else 4]


def _timeline_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    """Dated items, each date shown only to its precision (day, month or year)."""
    if not ev.timeline:
        return []
    L = ["## Timeline", ""]
    for t in ev.timeline:
        date = _to_precision(t.date, t.precision)
        if t.end is not None:  # a range: "2010-05 – 2011-05", "2025-05-08 – 2025-05-10"
            date += " – " + _to_precision(t.end, t.precision)
        L.append(f"- **{date}** — {_md(t.text)} {_refs(number, t.citations)}")
    L.append("")
    return L


def _contradictions_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    if not ev.contradictions:
        return []
    L = ["## Contradictions and updates", ""]
    for c in ev.contradictions:
        tag = "update" if c.update else c.kind
        L.append(f"- *{tag}*: {_md(_in_prose(c.note, number))}")
        for cl in c.claims:
            L.append(
                f"  - {_refs(number, cl.citations) or _refs(number, [cl.article])} {_md(cl.text)}"
            )
    L.append("")
    return L


def _in_prose(note: str, number: dict[str, int]) -> str:
    """A synthesis note names an article no outlet names by its id ("article mn-4-0 says …");
    a reader knows it by its number in the source list, as the page says it ("source 1").
    Longer ids first: "mn-4-10" is not "mn-4-1" and a zero."""
    for article in sorted(number, key=len, reverse=True):
        note = note.replace(f"article {article}", f"source {number[article]}")
    return note


def _framing_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    """Per outlet: what it leads with, what it omits, its loaded terms, whom it quotes (if any
    of these)."""
    if not ev.framing:
        return []
    L = ["## Framing", ""]
    for fr in ev.framing:
        if not (fr.lead or fr.omits or fr.loaded_terms or fr.voices):
            continue
        name = f"[{number.get(fr.article, '?')}] {_source_name(arts.get(fr.article))}"
        # (a page whose every line is a caption, a credit or the page's own leads with nothing
        # a reader would take for its news: said so, not "leads with: " and a blank)
        L.append(
            (f"- {name} leads with: {_md(fr.lead)}" if fr.lead else f"- {name}: {NO_LEAD}")
            + (f" (fact {fr.lead_fact + 1})" if fr.lead_fact is not None else "")
        )
        if fr.omits:
            L.append(f"  - omits: {_md('; '.join(_short(o, OMIT_CHARS) for o in fr.omits))}")
        if fr.loaded_terms:
            L.append(f"  - loaded terms: {_md(', '.join(fr.loaded_terms))}")
        if fr.voices:
            L.append(f"  - quotes: {_md(_voices(fr.voices))}")
    L.append("")
    return L


def _voices(voices: Sequence[Voice]) -> str:
    """ "Ana Ruiz (3), the mayor (1) and 2 more": the most quoted speakers with their counts."""
    shown = ", ".join(f"{v.speaker} ({v.quotes})" for v in voices[:VOICES_SHOWN])
    rest = len(voices) - VOICES_SHOWN
    return shown + (f" and {rest} more" if rest > 0 else "")


def possessive(name: str) -> str:
    """A speaker's possessive: "residents'" for a plural group in lower case ("homeless
    shelter residents"), "Putin's" and "police's" otherwise (a name ending in "s" takes "'s":
    "Chris Evans's")."""
    last = name.split()[-1]
    plural = last[:1].islower() and last.endswith("s") and not last.endswith("ss")
    return name + ("'" if plural else "'s")


def _excluded_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    if not ev.excluded:
        return []
    L = ["## Left out as off-topic", ""]
    for s in ev.excluded:
        a = arts.get(s.article)
        snippet = _short(a.text[s.start : s.end], EXCLUDED_CHARS) if a else ""
        L.append(f"- [{number.get(s.article, '?')}] chars {s.start}–{s.end}: {_md(snippet)}")
    L.append("")
    return L


# The report's sections after the header, in order; each is empty when the event has none.
def _warnings_md(ev: Event, arts: dict[str, Article], number: dict[str, int]) -> list[str]:
    """Articles a stage had to leave out (an error, or its time budget), and why."""
    if not ev.warnings:
        return []
    L = ["## Warnings", ""]
    for w in ev.warnings:
        L.append(f"- {w.stage}: article {_code(w.article)} left out: {_md(w.message)}")
    L.append("")
    return L


_SECTIONS: tuple[Callable[[Event, dict[str, Article], dict[str, int]], list[str]], ...] = (
    _brief_md,
    _sources_md,
    _facts_md,
    _unique_md,
    _quotes_md,
    _reactions_md,
    _entities_md,
    _timeline_md,
    _contradictions_md,
    _framing_md,
    _excluded_md,
    _warnings_md,
)


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|")


# Characters that Markdown (or HTML inside it) would read as markup in article text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")
# An "&" that starts an entity ("&lt;"): written as "&amp;" so the entity shows as typed.
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
# A line that starts like a heading, quote, list item or rule would change the structure.
_MD_LINE_START = re.compile(r"^(\d*)([#>+=-]|(?<=\d)[.)])")
# The only URLs written as links: http(s), without spaces or angle brackets.
_WEB_URL = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)


def _md(text: str) -> str:
    """Article text as inline Markdown that shows it literally: no HTML (``<script>``, ``<img
    onerror>``), no entity, no link or emphasis of its own, on one line."""
    flat = " ".join(text.split())
    flat = _MD_ENTITY.sub("&amp;", flat).replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", flat)


def _md_line(text: str) -> str:
    """:func:`_md` for text that starts a line: no heading, quote or list of its own either."""
    return _MD_LINE_START.sub(r"\1\\\2", _md(text))


def _code(text: str) -> str:
    """An id as inline code; a backtick inside it cannot close the span."""
    return "`" + text.replace("`", "'") + "`"


def _url(url: str) -> str:
    """An http(s) URL as a link; anything else (``javascript:``, ``data:``) as plain text."""
    return f"<{url}>" if _WEB_URL.fullmatch(url) else _md(url)


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
