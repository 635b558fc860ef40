"""Timeline items grouped by happening: items of one date key by the average linkage of their
clause vectors, then a month- or year-level group into the finer group within its period that
clearly says the same thing ("in February 2022" → the invasion on 2022-02-24). Read by
:mod:`newsweave.synthesis.stages.timeline`, which knows the items; here they are their dates.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import numpy as np
from scipy.cluster.hierarchy import linkage
from scipy.spatial.distance import squareform

from newsweave.synthesis.retold import in_part, other_parts
from newsweave.text.dates import ResolvedDate

# Two clauses on the same date describe the same happening above this cosine (MiniLM).
SAME_HAPPENING_SIM = 0.5
# A month/year-level clause joins a finer entry only when clearly the same happening.
COARSE_MERGE_SIM = 0.65
# The cosine distance set between two items in different parts of one year (``other_parts``):
# the farthest two vectors can be, so that average linkage keeps them apart.
APART = 2.0

# Precisions from the finest: a finer date may lie within a coarser one.
RANK = {"day": 0, "month": 1, "year": 2}


def fineness(d: ResolvedDate) -> tuple[int, bool]:
    """How fine ``d`` is, finest first: its precision (:data:`RANK`), then a date before a range
    of that precision. A range joined to a date within it is no wording of that date: "the
    first from June 2014 through March 2015" stood as the text of a February 2015 entry
    (multinews 241)."""
    return RANK[d.precision], d.end is not None


def _date_arrays(dates: list[ResolvedDate]) -> dict[str, np.ndarray]:
    """Day number, year, month, precision rank, range flag and range end of each date, as
    arrays, so that "which dates lie within this coarse one" is one vectorised comparison."""
    return {
        "day": np.array([d.date.toordinal() for d in dates], dtype=np.int64),
        "year": np.array([d.date.year for d in dates], dtype=np.int64),
        "month": np.array([d.date.month for d in dates], dtype=np.int64),
        "rank": np.array([RANK[d.precision] for d in dates], dtype=np.int64),
        "ranged": np.array([d.end is not None for d in dates], dtype=bool),
        "end": np.array([(d.end or d.date).toordinal() for d in dates], dtype=np.int64),
    }


def _finer_within(arr: dict[str, np.ndarray], coarse: ResolvedDate) -> np.ndarray:
    """Which dates of ``arr`` are finer than ``coarse`` and lie within it (a day in its month or
    year, a day or a month in its range; a date without an end within a range)."""
    rank = RANK[coarse.precision]
    finer = arr["rank"] < rank
    if coarse.end is not None:
        finer |= ~arr["ranged"]
        return (
            finer & (arr["day"] >= coarse.date.toordinal()) & (arr["day"] <= coarse.end.toordinal())
        )
    same = arr["year"] == coarse.date.year
    if coarse.precision != "year":
        same &= arr["month"] == coarse.date.month
    return finer & same


def _coarse(d: ResolvedDate) -> bool:
    """Whether a finer date can lie within ``d`` (a month, a year or a range)."""
    return d.precision != "day" or d.end is not None


def compared(dates: list[ResolvedDate]) -> list[bool]:
    """Which items (by their ``dates``) :func:`group` ever compares: those sharing a date key
    with another item, and those a coarser or finer item may merge with. Only these need a
    vector; an item alone on its date stays a group of one whatever its vector says."""
    keys = [(d.date, d.precision, d.end) for d in dates]
    count = Counter(keys)
    need = np.array([count[k] > 1 for k in keys], dtype=bool)
    arr = _date_arrays(dates)
    for i, d in enumerate(dates):
        if _coarse(d):
            inside = _finer_within(arr, d)
            if inside.any():
                need |= inside
                need[i] = True
    return need.tolist()


def _average_link(idx: list[int], vecs: np.ndarray, dates: list[ResolvedDate]) -> list[list[int]]:
    """Average-linkage groups of the items ``idx`` (one date key, ``dates`` theirs), merged
    while the mean cosine between two groups reaches :data:`SAME_HAPPENING_SIM`; two items in
    different parts of one year (``other_parts``: "spring 2017", "summer 2017") stand
    :data:`APART`.

    scipy's linkage finds the same merges as merging the best pair again and again, in
    time quadratic in the items instead of cubic; each group lists its items as that loop
    would (the group holding the lower first item first).
    """
    if len(idx) == 1:
        return [list(idx)]
    sub = vecs[idx].astype(np.float64)
    dist = np.clip(1.0 - sub @ sub.T, 0.0, None)
    parted = [k for k, d in enumerate(dates) if in_part(d)]
    for a, b in combinations(parted, 2):
        if other_parts(dates[a], dates[b]):
            dist[a, b] = dist[b, a] = APART
    np.fill_diagonal(dist, 0.0)
    merges = linkage(squareform(dist, checks=False), method="average")
    nodes: dict[int, list[int]] = {k: [i] for k, i in enumerate(idx)}
    for step, (a, b, d, _n) in enumerate(merges):
        if 1.0 - d < SAME_HAPPENING_SIM:
            break  # average linkage never merges closer after a farther merge
        left, right = nodes.pop(int(a)), nodes.pop(int(b))
        nodes[len(idx) + step] = left + right if left[0] < right[0] else right + left
    return sorted(nodes.values(), key=lambda g: g[0])


def group(dates: list[ResolvedDate], vecs: np.ndarray) -> list[list[int]]:
    """Average-linkage groups of items (by their ``dates``, their vectors ``vecs``) sharing one
    date key, then coarse items into finer groups
    (not a part of a year, :func:`in_part`: "During a meeting in summer 2017, Oppenheim
    mentioned ..." read 0.65 like "By August 2017, Farrow was prepared to fly ...", multinews
    130; it joins a month of it only as a retelling, :mod:`newsweave.synthesis.retold`)."""
    keys: dict[tuple, list[int]] = {}
    for i, d in enumerate(dates):
        keys.setdefault((d.date, d.precision, d.end), []).append(i)
    groups: list[list[int]] = []
    for idx in keys.values():
        groups.extend(_average_link(idx, vecs, [dates[i] for i in idx]))
    # coarse → fine: a month- or year-level group joins the finer group within its period
    # whose mean similarity is highest (the mean of a block of dot products is the dot
    # product of the groups' vector sums over their sizes: no block is formed)
    groups.sort(key=lambda g: (RANK[dates[g[0]].precision], dates[g[0]].end is not None))
    firsts = [dates[g[0]] for g in groups]
    arr = _date_arrays(firsts)
    sums = np.array([vecs[g].astype(np.float64).sum(axis=0) for g in groups])
    sizes = np.array([len(g) for g in groups], dtype=np.float64)
    merged: list[int] = []  # positions in ``groups`` of the groups kept, in order
    for k, g in enumerate(groups):
        cand = np.array(merged, dtype=np.int64)
        if _coarse(firsts[k]) and not in_part(firsts[k]) and len(cand):
            cand = cand[_finer_within({n: a[cand] for n, a in arr.items()}, firsts[k])]
            if len(cand):
                sims = (sums[cand] @ sums[k]) / (sizes[cand] * sizes[k])
                best = int(np.argmax(sims))  # the first of equal maxima, as a scan would
                if sims[best] >= COARSE_MERGE_SIM:
                    t = int(cand[best])
                    groups[t].extend(g)
                    sums[t] += sums[k]
                    sizes[t] += sizes[k]
                    continue
        merged.append(k)
    return [groups[k] for k in merged]


__all__ = ["COARSE_MERGE_SIM", "RANK", "SAME_HAPPENING_SIM", "compared", "fineness", "group"]
