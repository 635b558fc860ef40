"""Ingest: inputs → cleaned articles → prepared features → events, committed to the store.

Two halves, so the same code runs locally and on Ray (:mod:`newsweave.scale.engine`):

* :func:`prepare_batch` is the pure per-document work, batched: the
  off-topic cut, a title+lead embedding (one embedder call per batch), named
  entities of the lead (one spaCy pass, NER only), content-word counts and a
  MinHash signature. Its output, :class:`PreparedArticle`, is a frozen,
  picklable dataclass of bytes and tuples.
* :func:`ingest` runs it through an engine, then on the driver, sequentially
  and in input order: recognises articles already stored (same url or same
  cleaned text), links near-duplicates, assigns each article to an event with
  the online :class:`~newsweave.events.cluster.EventIndex`, and commits every
  :data:`COMMIT_EVERY` articles in one transaction. A kill loses at most the
  open transaction; a re-run skips what was committed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newsweave.corpus.store import TERMS_DTYPE, Store
from newsweave.errors import InputError
from newsweave.events.cluster import (
    ENTITY_CHARS,
    DocFeatures,
    EntityKey,
    EventIndex,
    extract_entities,
    feature_text,
    find_date,
    lead_text,
    term_counts,
)
from newsweave.events.dedup import NearDuplicateIndex, signature
from newsweave.events.offtopic import decide_offtopic, plan_offtopic
from newsweave.models import Article, Span

# Articles per transaction: a kill loses at most this many; commits stay a small share of the time.
COMMIT_EVERY = 64
# The refine pass (merge/split of events) runs after this many new articles and at the end.
REFINE_EVERY = 2000
# Articles larger than this (cleaned text) are cut here: a 2 MB "article" is a dump, not a story.
MAX_TEXT_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """One article with everything the driver needs to store and cluster it (picklable)."""

    article: Article
    embedding: bytes  # float32[dim], L2-normalised, title + lead
    minhash: bytes  # uint32[NUM_PERM] over 4-word shingles
    terms: bytes  # TERMS_DTYPE records: hashed content word, 1 + log tf
    entities: tuple[EntityKey, ...]
    excluded: tuple[Span, ...]  # off-topic spans, cut before clustering
    day: int | None  # publication date (proleptic ordinal)

    def features(self) -> DocFeatures:
        t = np.frombuffer(self.terms, dtype=TERMS_DTYPE)
        return DocFeatures(
            id=self.article.id,
            embedding=np.frombuffer(self.embedding, dtype=np.float32),
            terms=tuple(zip(t["h"].tolist(), t["tf"].tolist(), strict=True)),
            entities=tuple(e.key for e in self.entities),
            day=self.day,
        )

    def with_id(self, new_id: str) -> PreparedArticle:
        art = dataclasses.replace(self.article, id=new_id)
        spans = tuple(Span(new_id, s.start, s.end) for s in self.excluded)
        return dataclasses.replace(self, article=art, excluded=spans)


def prepare_batch(articles: list[Article]) -> list[PreparedArticle]:
    """The per-document work for a batch (pure: same input, same output; no store access).

    One embedder call embeds every article's title + lead (for clustering) together with the
    blocks the off-topic word test left in doubt (compared with those same lead vectors), and
    one NER pass reads every lead. The two run at once: onnxruntime releases the GIL, so NER
    (spaCy, one core) overlaps the embedding instead of waiting for it. NER reads the text
    before the off-topic cut; an article whose cut reaches into the characters NER or the
    lead embedding read is redone after the cut (never seen on ECB+ or the seeds: cuts do
    not touch the lead blocks), so the result is the same as running them one after the other.
    """
    if not articles:
        return []
    from newsweave.nlp import get_embedder

    embedder = get_embedder()
    plan = plan_offtopic(articles)
    whole = [feature_text(a) for a in articles]
    leads = [lead_text(a, t) for a, t in zip(articles, whole, strict=True)]
    heads = [_head(a, t) for a, t in zip(articles, whole, strict=True)]
    n = len(articles)
    with ThreadPoolExecutor(max_workers=1) as pool:
        emb = pool.submit(embedder.encode, leads + plan.suspect_texts())
        ents = extract_entities(heads)
        vecs = emb.result()
    lead_vecs = np.array(vecs[:n], dtype=np.float32)
    excluded = decide_offtopic(articles, plan, lead_vecs, vecs[n:])
    texts = [feature_text(a, ex) if ex else t for a, t, ex in zip(articles, whole, excluded, strict=True)]
    cut = [i for i in range(n) if excluded[i]]
    redo = [i for i in cut if lead_text(articles[i], texts[i]) != leads[i]]
    if redo:
        lead_vecs[redo] = embedder.encode([lead_text(articles[i], texts[i]) for i in redo])
    redo = [i for i in cut if _head(articles[i], texts[i])[:ENTITY_CHARS] != heads[i][:ENTITY_CHARS]]
    if redo:
        for i, en in zip(redo, extract_entities([_head(articles[i], texts[i]) for i in redo]), strict=True):
            ents[i] = en
    out = []
    for a, t, ex, v, en in zip(articles, texts, excluded, lead_vecs, ents, strict=True):
        terms = np.array(list(term_counts(_head(a, t))), dtype=TERMS_DTYPE)
        d = find_date(a, t)
        out.append(
            PreparedArticle(
                article=a,
                embedding=v.tobytes(),
                minhash=signature(t).tobytes(),
                terms=terms.tobytes(),
                entities=tuple(en),
                excluded=tuple(ex),
                day=d.toordinal() if d else None,
            )
        )
    return out


def _head(article: Article, text: str) -> str:
    """Title + text: what entities and content words are read from."""
    return (article.title or "") + "\n" + text


@dataclass(frozen=True, slots=True)
class AlreadyStored:
    """An input recognised as stored before preparing it (same cleaned text or url)."""

    article: Article


class PrepareNew:
    """``prepare_batch`` that skips articles the store already holds (picklable, for Ray too).

    Re-ingesting a folder then costs a hash per article instead of the models' time.
    """

    def __init__(self, hashes: frozenset[str], urls: frozenset[str]) -> None:
        self.hashes = hashes
        self.urls = urls

    def _known(self, a: Article) -> bool:
        return a.content_hash in self.hashes or bool(a.url and a.url in self.urls)

    def __call__(self, articles: list[Article]) -> list[PreparedArticle | AlreadyStored]:
        todo = [a for a in articles if not self._known(a)]
        done = iter(prepare_batch(todo))
        return [AlreadyStored(a) if self._known(a) else next(done) for a in articles]


@dataclass
class IngestSummary:
    """What one ingest did (``describe()`` is the line the CLI prints)."""

    db: str
    added: int = 0
    duplicates: int = 0  # already in the store (same url or same text) or repeated in the input
    near_duplicates: int = 0  # added, and linked to a reprint / wire copy
    failed: list[str] = field(default_factory=list)  # error messages naming the input
    new_events: int = 0
    events_touched: int = 0
    merged_events: int = 0
    seconds: float = 0.0
    engine: str = "local"

    @property
    def rate(self) -> float:
        return self.added / self.seconds if self.seconds else 0.0

    def describe(self) -> str:
        parts = [
            f"ingested {self.added} new articles into {self.db} in {self.seconds:.1f}s"
            f" ({self.rate:.1f}/s, {self.engine} engine)",
            f"{self.duplicates} already stored",
            f"{self.near_duplicates} linked as near-duplicates",
            f"{self.new_events} new events, {self.events_touched} events updated",
        ]
        if self.merged_events:
            parts.append(f"{self.merged_events} events merged")
        if self.failed:
            parts.append(f"{len(self.failed)} inputs failed")
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["rate"] = round(self.rate, 2)
        return d


def _split_inputs(inputs: Iterable[str | Path | Article]) -> tuple[list[Any], list[str]]:
    from newsweave.sources.feeds import is_url

    local: list[Any] = []
    urls: list[str] = []
    for x in inputs:
        if isinstance(x, str) and is_url(x):
            urls.append(x)
        else:
            local.append(x)
    return local, urls


def _make_engine(engine: str, address: str | None, progress: bool):
    if engine == "local":
        from newsweave.scale.engine import LocalEngine

        return LocalEngine()
    if engine == "ray":
        from newsweave.scale.engine import RayEngine

        return RayEngine(address)
    from newsweave.errors import ConfigError

    raise ConfigError(f"unknown engine {engine!r}: use 'local' or 'ray'")


def _progress(total: int | None, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="art", desc="ingest", file=sys.stderr, smoothing=0.1)


def ingest(
    inputs: Iterable[str | Path | Article],
    db: str | Path = "newsweave.db",
    engine: str = "local",
    address: str | None = None,
    progress: bool = True,
    *,
    refine_every: int = REFINE_EVERY,
    threshold: float | None = None,
) -> IngestSummary:
    """Add files, folders, JSON/JSONL, WARC, feeds and URLs (or Article objects) to the store."""
    t0 = time.perf_counter()
    summary = IngestSummary(db=str(db), engine=engine)
    local, urls = _split_inputs(inputs)
    sources: list[Any] = list(local)
    if urls:
        from newsweave.sources.feeds import fetch_articles

        for item in fetch_articles(urls):
            if isinstance(item, InputError):
                summary.failed.append(str(item))
            else:
                sources.append(item)
    for p in local:
        if isinstance(p, (str, Path)) and not Path(p).exists():
            summary.failed.append(f"{p}: no such file or folder")
    sources = [s for s in sources if not (isinstance(s, (str, Path)) and not Path(s).exists())]
    from newsweave.scale.engine import is_prepared_dir, prepared_shards, read_prepared

    # folders of Parquet shards from `ingest --parquet` are prepared already: only the
    # sequential half (dedup, events, store) runs on them
    prepared: list[str | Path] = []
    rest: list[Any] = []
    for src in sources:
        (prepared if isinstance(src, (str, Path)) and is_prepared_dir(src) else rest).append(src)
    sources = rest
    with Store(db) as store:
        index = EventIndex(threshold)
        store.load_index(index)
        dups = NearDuplicateIndex()
        for aid, sig in store.load_minhashes():
            dups.add(aid, sig)
        touched: set[str] = set()
        bar = _progress(None, progress)
        pending: list[PreparedArticle] = []
        since_refine = 0

        def flush(*, refine: bool) -> None:
            """Commit what is pending; refine the events when enough new articles came in."""
            nonlocal pending, since_refine
            if pending:
                since_refine += _commit(store, index, dups, pending, summary, touched)
                if bar is not None:
                    bar.update(len(pending))
                pending = []
            if refine and since_refine >= refine_every:
                _refine(store, index, summary, touched)
                since_refine = 0

        for shard in (p for folder in prepared for p in prepared_shards(folder)):
            try:
                for item in read_prepared(shard):
                    pending.append(item)
                    if len(pending) >= COMMIT_EVERY:
                        flush(refine=True)
            except InputError as exc:  # a damaged shard: its uncommitted rows are dropped
                summary.failed.append(str(exc))
                pending = []
            flush(refine=False)  # each shard ends in a commit: a later bad shard cannot take it down
        if sources:
            known = store.known_keys()
            with _make_engine(engine, address, progress) as eng:
                for item in eng.run(sources, PrepareNew(*known)):
                    if isinstance(item, InputError):
                        summary.failed.append(str(item))
                        continue
                    if isinstance(item, AlreadyStored):
                        summary.duplicates += 1
                        continue
                    pending.append(item)
                    if len(pending) >= COMMIT_EVERY:
                        flush(refine=True)
        flush(refine=False)
        if since_refine:
            _refine(store, index, summary, touched)
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _commit(
    store: Store,
    index: EventIndex,
    dups: NearDuplicateIndex,
    batch: Sequence[PreparedArticle],
    summary: IngestSummary,
    touched_all: set[str],
) -> int:
    """Store a batch in one transaction; returns how many articles were new."""
    added = 0
    touched: set[str] = set()
    with store.transaction():
        for p in batch:
            art = p.article
            if len(art.text) > MAX_TEXT_CHARS:
                summary.failed.append(
                    f"{art.path or art.url or art.id}: article text of {len(art.text)} characters"
                    f" exceeds the limit of {MAX_TEXT_CHARS}"
                )
                continue
            if store.find_existing(art) is not None:
                summary.duplicates += 1
                continue
            if store.has_article_id(art.id):  # same id, different article: keep both
                p = p.with_id(f"{art.id}~{art.content_hash[:8]}")
                if store.has_article_id(p.article.id):
                    summary.duplicates += 1
                    continue
            store.insert_article(p)
            links = dups.add(p.article.id, np.frombuffer(p.minhash, dtype=np.uint32))
            for link in links:
                store.add_duplicate(link.a, link.b, link.jaccard)
            if links:
                summary.near_duplicates += 1
            a = index.add(p.features())
            if a.new:
                summary.new_events += 1
            store.set_event(a.article, a.event, a.score)
            touched.add(a.event)
            added += 1
        store.refresh_events(sorted(touched))
    summary.added += added
    touched_all.update(touched)
    summary.events_touched = len(touched_all)
    return added


def _refine(store: Store, index: EventIndex, summary: IngestSummary, touched_all: set[str]) -> None:
    changes = index.refine()
    if not changes:
        return
    touched: set[str] = set()
    with store.transaction():
        for ch in changes:
            for doc in ch.articles:
                store.set_event(doc, index.event_of[doc])
                touched.add(index.event_of[doc])
            touched.update((ch.event, ch.into))
            if ch.kind == "merge":
                summary.merged_events += 1
        store.refresh_events(sorted(touched))
    touched_all.update(e for e in touched if e in index.events)
    summary.events_touched = len(touched_all)


def iter_prepared(articles: Iterable[Article], batch: int = 32) -> Iterator[PreparedArticle]:
    """prepare_batch over a stream, in batches (for callers without an engine)."""
    buf: list[Article] = []
    for a in articles:
        buf.append(a)
        if len(buf) >= batch:
            yield from prepare_batch(buf)
            buf = []
    if buf:
        yield from prepare_batch(buf)


def corpus_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
