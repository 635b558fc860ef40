"""Clustering without a store: files or articles in, events out (``newsweave cluster``).

The method is the store's (:class:`~newsweave.events.index.EventIndex`): off-topic blocks
are cut (:mod:`newsweave.events.offtopic`), each article gets its
:mod:`~newsweave.events.features`, the index assigns them online in input order, and one
refine pass splits and merges the events. Nothing is kept between runs.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newsweave.config import Settings
from newsweave.errors import EmptyInput
from newsweave.events.features import DocFeatures, features
from newsweave.events.index import EventIndex
from newsweave.events.offtopic import offtopic_spans_batch
from newsweave.models import Article
from newsweave.nlp import get_embedder
from newsweave.sources.files import iter_articles

# Articles whose features are computed in one call between two progress reports: big enough
# for the embedder's batches, small enough for a bar that moves.
FEATURE_CHUNK = 64


@dataclass(frozen=True, slots=True)
class Cluster:
    """One event found: its id and its members' document ids, in input order."""

    id: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SetAside:
    """A document left out of every event because it is not an article, and why."""

    id: str
    reason: str


@dataclass(frozen=True, slots=True)
class ClusterResult:
    """What ``newsweave cluster`` prints: the events, the split threshold used, unread inputs."""

    clusters: tuple[Cluster, ...]
    threshold: float
    skipped: tuple[str, ...] = ()  # inputs that could not be read (their error messages)
    # documents that are not articles (Article.not_article), in no event
    set_aside: tuple[SetAside, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "clusters": [{"id": c.id, "members": list(c.members)} for c in self.clusters],
            "threshold": self.threshold,
            "skipped": list(self.skipped),
            "set_aside": [{"id": x.id, "reason": x.reason} for x in self.set_aside],
        }

    def labels(self) -> dict[str, str]:
        """Document id → event id (how benchmarks score a clustering)."""
        return {m: c.id for c in self.clusters for m in c.members}


def cluster_documents(
    feats: Sequence[DocFeatures], threshold: float | None = None, *, refine: bool = True
) -> ClusterResult:
    """Cluster precomputed features: online assignment in input order, then a refine pass."""
    index = EventIndex(threshold)
    index.add_many(feats)
    if refine:
        index.refine()
    clusters = tuple(Cluster(eid, tuple(m)) for eid, m in index.clusters().items())
    return ClusterResult(clusters, index.threshold)


def cluster_articles(
    articles: Sequence[Article],
    settings: Settings,
    threshold: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ClusterResult:
    """Cluster articles (off-topic blocks cut first, see :mod:`newsweave.events.offtopic`);
    documents that are not articles join no event and are listed as set aside.
    ``progress(done, total)`` is told as the articles' features are computed (the CLI's bar)."""
    real = [a for a in articles if a.not_article is None]
    aside = tuple(SetAside(a.id, a.not_article) for a in articles if a.not_article is not None)
    if not real:
        return ClusterResult((), EventIndex(threshold).threshold, set_aside=aside)
    excluded = offtopic_spans_batch(real, embedder=get_embedder(settings))
    feats: list[DocFeatures] = []
    for start in range(0, len(real), FEATURE_CHUNK):  # features are per article: chunks agree
        end = start + FEATURE_CHUNK
        feats += features(real[start:end], settings, excluded[start:end])
        if progress is not None:
            progress(len(feats), len(real))
    res = cluster_documents(feats, threshold)
    return dataclasses.replace(res, set_aside=aside)


def cluster_paths(
    paths: Sequence[str],
    settings: Settings,
    threshold: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ClusterResult:
    """``newsweave cluster``: read files/folders/JSONL and cluster their documents.

    A JSONL record's document id is its ``id`` field; a file's is its path.
    """
    articles: list[Article] = []
    skipped: list[str] = []
    for item in iter_articles(list(paths)):
        if isinstance(item, Article):
            if item.path and item.source_format != "json" and not _from_records(item):
                item = _with_id(item, item.path)
            articles.append(item)
        else:
            skipped.append(str(item))
    if not articles:
        raise EmptyInput("no readable document among the inputs", path=" ".join(paths))
    seen: Counter[str] = Counter(a.id for a in articles)
    dup = [i for i, c in seen.items() if c > 1]
    if dup:
        raise EmptyInput(f"document ids are not unique: {', '.join(dup[:5])}", path=" ".join(paths))
    res = cluster_articles(articles, settings, threshold, progress)
    return dataclasses.replace(res, skipped=tuple(skipped))


def _from_records(a: Article) -> bool:
    """Read from a JSON/JSONL record (its id is the record's own), not from a file of its own."""
    return bool(a.path) and str(a.path).split(":")[0].endswith((".jsonl", ".json", ".jsonl.gz"))


def _with_id(a: Article, new_id: str) -> Article:
    return dataclasses.replace(a, id=new_id)
