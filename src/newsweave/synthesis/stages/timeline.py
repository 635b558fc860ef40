"""The event's timeline: every dated happening, its date resolved to ISO and cited.

Dates are found and given their clause, tense and anchor by :mod:`newsweave.synthesis.dated`
and resolved by the rules of :mod:`newsweave.text.dates` (weekdays by the news convention,
yearless dates by the nearest year the tense allows, precision ``day``/``month``/``year``,
ranges with an ``end``). Entries resolved against an inferred anchor say so in ``note``.
An offset ("three days before launching his invasion") is resolved here, against the
dated happening it names.

Grouping: mentions of one happening on one date across articles become one
:class:`~newsweave.models.TimelineEntry` (clause embeddings, average linkage);
a month- or year-level mention joins a finer entry inside its period when it
clearly says the same thing ("in February 2022" → the invasion on 2022-02-24).
Each entry's ``text`` is the most representative clause, every citation is the
clause span it came from, and ``expressions`` cites the exact date words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from newsweave.models import Span, TimelineEntry
from newsweave.nlp import Embedder, get_embedder
from newsweave.synthesis.dated import (
    DateMention,
    event_anchors,
    find_dates,
    focus_text,
    is_happening,
)
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.text.dates import OFFSET_PATTERN, ResolvedDate, parse_count

# Two clauses on the same date describe the same happening above this cosine (MiniLM).
SAME_HAPPENING_SIM = 0.5
# A month/year-level clause joins a finer entry only when clearly the same happening.
COARSE_MERGE_SIM = 0.65


@dataclass
class _Item:
    """One dated mention on its way into the timeline: its resolved date, cited clause and
    notes, and ``order`` (its article's position in the event, for ties)."""

    mention: DateMention
    date: ResolvedDate
    text: str  # the cited clause
    note: str | None
    order: int
    focus: str = ""  # the date's own phrase, date words masked, for similarity


_QUOTED = re.compile(r"[\"“”]|(?:^|\s)['‘]\w|[,.!?]['’](?:\s|$)")


def _offset_targets(items: list[_Item], ref: str) -> ResolvedDate | None:
    """Resolve "three days before launching his invasion" against a dated happening named by ``ref``."""
    words = [w for w in re.findall(r"[a-z]+", ref.lower()) if len(w) > 4]
    if not words:
        return None
    head = words[-1]
    cands = [
        it
        for it in items
        if it.date.precision == "day" and not it.date.end and head in it.text.lower()
    ]
    if not cands:
        return None
    counts = Counter(it.date.date for it in cands)
    target = max(counts, key=lambda d: (counts[d], d))
    return ResolvedDate(target, "day")


_RANK = {"day": 0, "month": 1, "year": 2}


def _within(fine: ResolvedDate, coarse: ResolvedDate) -> bool:
    if coarse.end is not None:
        return coarse.date <= fine.date <= coarse.end
    if coarse.precision == "year":
        return fine.date.year == coarse.date.year
    return (fine.date.year, fine.date.month) == (coarse.date.year, coarse.date.month)


def _finer(hd: ResolvedDate, gd: ResolvedDate) -> bool:
    return _RANK[hd.precision] < _RANK[gd.precision] or bool(gd.end and not hd.end)


def _compared(items: list[_Item]) -> list[bool]:
    """Which items :func:`_group` ever compares: those sharing a date key with another item,
    and those a coarser or finer item may merge with. Only these need a vector; an item
    alone on its date stays a group of one whatever its vector says."""
    keys = [(it.date.date, it.date.precision, it.date.end) for it in items]
    count = Counter(keys)
    need = [count[k] > 1 for k in keys]
    for i, a in enumerate(items):
        for j, b in enumerate(items):
            if keys[i] != keys[j] and _finer(b.date, a.date) and _within(b.date, a.date):
                need[i] = need[j] = True
    return need


def _group(items: list[_Item], vecs: np.ndarray) -> list[list[int]]:
    """Average-linkage groups of items sharing one date key, then coarse items into finer groups."""
    keys: dict[tuple, list[int]] = {}
    for i, it in enumerate(items):
        keys.setdefault((it.date.date, it.date.precision, it.date.end), []).append(i)
    sims = vecs @ vecs.T if len(items) else np.zeros((0, 0))
    groups: list[list[int]] = []
    for idx in keys.values():
        cl = [[i] for i in idx]
        while len(cl) > 1:
            best, pair = -1.0, None
            for a in range(len(cl)):
                for b in range(a + 1, len(cl)):
                    s = float(np.mean(sims[np.ix_(cl[a], cl[b])]))
                    if s > best:
                        best, pair = s, (a, b)
            if pair is None or best < SAME_HAPPENING_SIM:
                break
            a, b = pair
            cl[a] += cl.pop(b)
        groups.extend(cl)
    # coarse → fine
    rank = _RANK
    within = _within

    groups.sort(key=lambda g: (rank[items[g[0]].date.precision], items[g[0]].date.end is not None))
    merged: list[list[int]] = []
    for g in groups:
        gd = items[g[0]].date
        best, target = -1.0, None
        for h in merged:
            hd = items[h[0]].date
            if _finer(hd, gd) and within(hd, gd):
                s = float(np.mean(sims[np.ix_(g, h)]))
                if s > best:
                    best, target = s, h
        if target is not None and best >= COARSE_MERGE_SIM:  # mean similarity, below
            target.extend(g)
        else:
            merged.append(list(g))
    return merged


def _relative_item(dm: DateMention, text: str, anchor_note: str | None, order: int) -> _Item:
    """The item of a mention resolved by :func:`find_dates`; a date read against the anchor
    (a weekday, "last week", a yearless date) carries the anchor's note when it was inferred."""
    assert dm.clause is not None and dm.resolved is not None
    relative = dm.kind in {"weekday", "deictic", "period", "ago", "month"} or (
        dm.kind in {"mdy", "dmy"} and not re.search(r"\d{4}", dm.expression)
    )
    notes = [n for n in (dm.resolved.note, anchor_note if relative else None) if n]
    return _Item(
        dm,
        dm.resolved,
        text[dm.clause.start : dm.clause.end],
        "; ".join(notes) or None,
        order,
        focus_text(text, dm),
    )


def _dated_items(
    analyses, excluded: list[Span] | tuple[Span, ...], order: dict[str, int]
) -> tuple[list[_Item], list[DateMention]]:
    """Every happening's resolved date mention outside the ``excluded`` spans, in article
    and text order, and apart the offsets ("three days before ..."), which need those items."""
    anchors = event_anchors(analyses)
    skip = [(s.article, s.start, s.end) for s in excluded]
    items: list[_Item] = []
    offsets: list[DateMention] = []
    for an in analyses:
        anchor, anchor_note = anchors[an.article.id]
        text = an.article.text
        for dm in find_dates(an, anchor):
            if any(a == dm.article and s <= dm.start < e for a, s, e in skip):
                continue
            if not is_happening(text, dm):
                continue  # a dateline or caption stub, not a happening
            if dm.kind == "offset":
                offsets.append(dm)
                continue
            items.append(_relative_item(dm, text, anchor_note, order[dm.article]))
    return items, offsets


def _offset_item(items: list[_Item], dm: DateMention, text: str, order: int) -> _Item | None:
    """The item of an offset mention, dated from the happening it names among ``items``
    (None: no such happening, or an offset in weeks or more, too loose for a day)."""
    m = OFFSET_PATTERN.fullmatch(dm.expression)
    if m is None:
        return None
    target = _offset_targets(items, m.group("ref"))
    if target is None:
        return None
    n, unit = parse_count(m.group("n")), m.group("u").lower()
    if unit != "day":
        return None  # weeks/months before a day are too loose to print as a day
    sign = -1 if m.group("dir").lower() == "before" else 1
    d = target.date + timedelta(days=sign * n)
    assert dm.clause is not None
    note = (
        f"{n} day(s) {m.group('dir').lower()} {target.date.isoformat()} ({m.group('ref').strip()})"
    )
    return _Item(
        dm,
        ResolvedDate(d, "day"),
        text[dm.clause.start : dm.clause.end],
        note,
        order,
        focus_text(text, dm),
    )


def _vectors(items: list[_Item], embedder: Embedder) -> np.ndarray:
    """One row per item: the embedding of its focus (else its clause) for the items
    :func:`_compared` says are compared, zeros for the others (their vectors are never read)."""
    texts = [it.focus or it.text for it in items]
    need = _compared(items)
    # one sentence often carries several dates: each distinct text is embedded once
    uniq = list(dict.fromkeys(t for t, n in zip(texts, need, strict=True) if n))
    vecs = np.zeros((len(items), 1), dtype=np.float32)  # no item is compared: vectors unread
    if uniq:
        uvecs = embedder.encode(uniq)
        row = {t: k for k, t in enumerate(uniq)}
        vecs = np.zeros((len(items), uvecs.shape[1]), dtype=np.float32)
        hit = [i for i, n in enumerate(need) if n]
        vecs[hit] = uvecs[[row[texts[i]] for i in hit]]
    return vecs


def _representative(items: list[_Item], same: list[int], vecs: np.ndarray) -> _Item:
    """The most central clause among ``same`` (a group's items of its finest precision);
    shorter and outside quotation marks reads best."""
    sub = vecs[same]
    centre = sub.mean(axis=0)
    scores = (
        sub @ centre
        - 0.0005 * np.array([len(items[i].text) for i in same])
        - 0.2 * np.array([bool(_QUOTED.search(items[i].text)) for i in same])
    )
    return items[same[int(np.argmax(scores))]]


def _entry(items: list[_Item], g: list[int], vecs: np.ndarray) -> tuple[tuple, TimelineEntry]:
    """The timeline entry of one group of items, with its sort key (date, precision, then
    the most widely reported first)."""
    members = [items[i] for i in g]
    finest = min(members, key=lambda it: (_RANK[it.date.precision], it.order))
    same = [i for i in g if items[i].date.precision == finest.date.precision]
    rep = _representative(items, same, vecs)
    cites: dict[tuple[str, int, int], None] = {}
    exprs: dict[tuple[str, int, int], None] = {}
    for it in sorted(members, key=lambda it: (it.order, it.mention.start)):
        c = it.mention.clause
        assert c is not None
        cites[(c.article, c.start, c.end)] = None
        exprs[(it.mention.article, it.mention.start, it.mention.end)] = None
    notes = list(dict.fromkeys(it.note for it in members if it.note))
    sources = tuple(dict.fromkeys(a for a, _, _ in cites))
    d = finest.date
    entry = TimelineEntry(
        date=d.iso,
        precision=d.precision,
        text=rep.text,
        citations=tuple(Span(a, s, e) for a, s, e in cites),
        expression=rep.mention.expression,
        sources=sources,
        end=d.end.isoformat() if d.end else None,
        note="; ".join(notes) or None,
        expressions=tuple(Span(a, s, e) for a, s, e in exprs),
    )
    return (d.sort_key or d.date, _RANK[d.precision], -len(sources)), entry


def build_timeline(
    analyses, embedder: Embedder, excluded: list[Span] | tuple[Span, ...] = ()
) -> list[TimelineEntry]:
    """The sorted, grouped, cited timeline of one event's parsed articles (``embedder`` tells
    whether two dated clauses name the same happening)."""
    order = {an.article.id: i for i, an in enumerate(analyses)}
    items, offsets = _dated_items(analyses, excluded, order)
    for dm in offsets:
        # an offset may name a happening dated by an earlier offset: items grows as it goes
        item = _offset_item(items, dm, analyses[order[dm.article]].article.text, order[dm.article])
        if item is not None:
            items.append(item)
    if not items:
        return []
    vecs = _vectors(items, embedder)
    entries = [_entry(items, g, vecs) for g in _group(items, vecs)]
    entries.sort(key=lambda t: t[0])
    return [e for _, e in entries]


@stage("timeline", needs=("analyses", "excluded"), provides=("timeline",))
def timeline_stage(ws: Workspace) -> None:
    """Every dated happening, resolved to ISO against each article's publication date, grouped and cited."""
    assert ws.analyses is not None
    ws.timeline = build_timeline(ws.analyses, get_embedder(ws.settings), ws.excluded or ())


__all__ = ["build_timeline", "timeline_stage"]
