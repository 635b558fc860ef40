"""The pure arithmetic of the refine pass's split (:meth:`EventIndex._split
<newsweave.events.index.EventIndex._split>`): a group's word vectors re-weighted by rarity
*within the group*, and the average-link partition of its members. Kept apart from the index,
which holds the state these are computed from, so that each module stays readable."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np


def group_local_vectors(
    terms: Sequence[Sequence[tuple[int, float]]], df: Mapping[int, int], n_docs: int, top: int
) -> list[dict[int, float]]:
    """Each member's word vector (``terms``: its ``(word, tf)`` pairs) weighted by the word's
    rarity among all ``n_docs`` documents (``df``: the documents each word is in; the running
    IDF of :meth:`~newsweave.events.online.OnlineIndex._weigh`) × its rarity within the group,
    its ``top`` heaviest words, normalised: the topic words every member shares fade, those of
    one event among them count."""
    n = len(terms)
    ldf: Counter[int] = Counter(h for t in terms for h, _ in t)
    out = []
    for t in terms:
        w = {
            h: tf * math.log((n_docs + 1) / (df[h] + 0.5)) * math.log((n + 1) / (ldf[h] + 0.5))
            for h, tf in t
            if ldf[h] > 1  # a word of one member alone links it to no one
        }
        if len(w) > top:
            w = dict(heapq.nlargest(top, w.items(), key=lambda kv: kv[1]))
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        out.append({h: v / norm for h, v in w.items()})
    return out


def average_link_parts(sim: np.ndarray, n_core: int, cut: float) -> list[list[int]]:
    """The rows of ``sim`` (each row's similarity to the first ``n_core`` rows) in parts: the
    core rows average-linked (all pairs) until the parts' similarity falls below ``cut``, then
    every other row in the part it is most similar to on average (a split costs
    O(core × group size), not O(group size²))."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dist = np.clip(1.0 - (sim[:n_core] + sim[:n_core].T) / 2, 0.0, None)
    np.fill_diagonal(dist, 0.0)
    labels = fcluster(linkage(squareform(dist, checks=False), "average"), 1.0 - cut, "distance")
    parts: dict[int, list[int]] = defaultdict(list)
    for r, lab in enumerate(labels):
        parts[int(lab)].append(r)
    if len(sim) > n_core:
        keys = list(parts)
        share = np.zeros((n_core, len(keys)))
        for j, lab in enumerate(keys):
            share[parts[lab], j] = 1.0 / len(parts[lab])
        for r, j in enumerate(np.argmax(sim[n_core:] @ share, axis=1), start=n_core):
            parts[keys[int(j)]].append(r)
    return list(parts.values())


@dataclass(frozen=True, slots=True)
class TextVector:
    """An article's whole text as a sparse unit vector: its word hashes, sorted, and their
    weights."""

    words: np.ndarray
    weights: np.ndarray


def text_vector(
    terms: Iterable[tuple[int, float]], df: Mapping[int, int], n_docs: int
) -> TextVector:
    """An article's whole text as a vector: every content word (``terms``: its ``(word, tf)``
    pairs), weighted by its rarity among ``n_docs`` documents (``df``: the running document
    frequencies), normalised. Not only the top words the event vectors keep: an op-ed or a
    background piece names its story's particulars past its heaviest words."""
    pairs = sorted(terms)
    words = np.fromiter((h for h, _ in pairs), np.int64, len(pairs))
    w = np.fromiter(
        (tf * math.log((n_docs + 1) / (df.get(h, 0) + 0.5)) for h, tf in pairs),
        np.float64,
        len(pairs),
    )
    norm = float(np.sqrt(w @ w)) or 1.0
    return TextVector(words, w / norm)


def mean_cosine(vec: TextVector, others: Sequence[TextVector]) -> float:
    """The mean cosine of a :func:`text_vector` with each of ``others`` (0.0 when none)."""
    if not others:
        return 0.0
    total = 0.0
    for o in others:
        _, i, j = np.intersect1d(vec.words, o.words, assume_unique=True, return_indices=True)
        total += float(vec.weights[i] @ o.weights[j])
    return total / len(others)
