"""Which articles of an event too big to weave whole are woven.

Sentence alignment is quadratic in an event's sentences, so one weave takes at most
:data:`~newsweave.synthesis.weave.MAX_EVENT_ARTICLES` articles; the biggest stories of a store
that grows for days have more. Such an event is woven from a subset, chosen before anything
is parsed, in the order a reader needs it: every outlet, by its first article (outlets are what
the independent origins and the framing count, and the first is where an outlet broke it); the
earliest reports (how the event started); the latest (where it stands: updates, corrections);
then articles spread over the time between. The choice reads only outlets, publication times
and input positions, so the same articles always give the same subset, and it says how it
chose (:class:`~newsweave.models.Subset`), which every page shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC

import numpy as np

from newsweave.clean.metadata import outlet_from_url
from newsweave.models import Article, Subset
from newsweave.text.names import outlet_key

# The share of the subset given to the event's first reports: they state the happening that
# later reports assume known (who, what, where), and they show how the story broke.
EARLIEST_SHARE = 0.1
# The share given to the latest reports: they carry the updates (a revised toll, an arrest, a
# correction) that a reader of a running story comes for.
LATEST_SHARE = 0.1


@dataclass(frozen=True, slots=True)
class Choice:
    """The articles to weave: ``members`` are positions in the given articles, ascending (the
    event keeps its articles' order), and ``subset`` the note the event carries."""

    members: tuple[int, ...]
    subset: Subset


def choose(articles: Sequence[Article], limit: int) -> Choice:
    """At most ``limit`` of ``articles``: every outlet's first, the earliest and the latest
    reports, then the rest spread over time (see the module's docstring)."""
    if limit < 1:
        raise ValueError(f"a subset needs room for at least one article, got {limit}")
    dated = sorted(
        (i for i, a in enumerate(articles) if a.published is not None),
        key=lambda i: (_seconds(articles[i]), i),
    )
    undated = [i for i, a in enumerate(articles) if a.published is None]
    picked: dict[int, None] = {}  # insertion-ordered set

    def take(ids: Sequence[int]) -> int:
        """Pick these in turn while there is room; how many were new."""
        before = len(picked)
        for i in ids:
            if len(picked) >= limit:
                break
            picked.setdefault(i)
        return len(picked) - before

    firsts = _outlet_firsts(articles, dated + undated)
    take(firsts)
    edge = [max(1, round(limit * share)) for share in (EARLIEST_SHARE, LATEST_SHARE)]
    ends = dated[: edge[0]] + dated[::-1][: edge[1]]
    take(ends)
    edges = bool(ends) and all(i in picked for i in ends)
    in_time = take(_spread_in_time(articles, dated, set(picked), limit - len(picked)))
    in_order = take(_spread_in_order(undated, set(picked), limit - len(picked)))
    rule = _rule(len(firsts), limit, edges, in_time > 0, in_order > 0)
    return Choice(tuple(sorted(picked)), Subset(total=len(articles), rule=rule))


def _seconds(a: Article) -> float:
    """Publication time as seconds; a time without a zone is read as UTC (as the store keeps
    times), so that zoned and unzoned times compare."""
    p = a.published
    assert p is not None
    return (p if p.tzinfo else p.replace(tzinfo=UTC)).timestamp()


def _outlet_firsts(articles: Sequence[Article], by_time: list[int]) -> list[int]:
    """Each outlet's first article, outlets in the order they first reported. Outlets are
    keyed as every count keys them (:func:`~newsweave.text.names.outlet_key` of the outlet's
    name, else its URL's), so the woven articles name every outlet the event's list counts."""
    seen: set[str] = set()
    firsts = []
    for i in by_time:
        name = articles[i].outlet or outlet_from_url(articles[i].url)
        if name and outlet_key(name) not in seen:
            seen.add(outlet_key(name))
            firsts.append(i)
    return firsts


def _spread_in_time(
    articles: Sequence[Article], dated: list[int], picked: set[int], room: int
) -> list[int]:
    """Up to ``room`` dated articles not yet picked, each the farthest in time from every
    article picked so far (the widest gap filled first; ties to the earlier)."""
    rest = [i for i in dated if i not in picked]
    if room <= 0 or not rest:
        return []
    times = np.array([_seconds(articles[i]) for i in rest])
    anchors = np.array([_seconds(articles[i]) for i in dated if i in picked])
    gap = (
        np.abs(times[:, None] - anchors[None, :]).min(axis=1)
        if anchors.size
        else np.full(len(rest), np.inf)
    )
    out = []
    for _ in range(min(room, len(rest))):
        k = int(np.argmax(gap))
        out.append(rest[k])
        gap = np.minimum(gap, np.abs(times - times[k]))
        gap[k] = -1.0  # taken
    return out


def _spread_in_order(undated: list[int], picked: set[int], room: int) -> list[int]:
    """Up to ``room`` undated articles not yet picked, evenly spaced in input order (a store
    gives its articles in the order they came in)."""
    rest = [i for i in undated if i not in picked]
    if room <= 0 or not rest:
        return []
    if room >= len(rest):
        return rest
    return [rest[k * len(rest) // room] for k in range(room)]


def _rule(outlets: int, limit: int, edges: bool, in_time: bool, in_order: bool) -> str:
    """How the subset was chosen, as the pages say it after "Woven from 200 of the 340
    articles": only what was done ("every outlet's first" only when every outlet fit)."""
    parts = []
    if outlets > limit:
        parts.append(f"the first articles of {limit} of its {outlets} outlets, the earliest first")
    elif outlets:
        parts.append("every outlet's first")
    if edges:
        parts.append("the earliest and the latest")
    if in_time and in_order:
        spread = "spread over time, the undated over the order they came in"
    else:
        spread = "spread over time" if in_time else "spread over the order they came in"
    if in_time or in_order:
        parts.append(f"then the rest {spread}" if parts else spread)
    return ", ".join(parts)
