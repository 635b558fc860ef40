"""Ingest: inputs → cleaned articles → prepared features → events, committed to the store.

Two halves, so the same code runs locally and on Ray (:mod:`newsweave.scale.engine`):

* :func:`~newsweave.events.prepare.prepare_batch` is the pure per-document work, batched
  (off-topic cut, embedding, entities, word counts, MinHash); an engine runs it, here through
  :class:`PrepareNew`, which skips what the store already holds;
* :func:`ingest` then, on the driver, sequentially and in input order: recognises articles
  already stored (same url or same cleaned text), links near-duplicates, assigns each article
  to an event with the online :class:`~newsweave.events.index.EventIndex`, and commits every
  :data:`COMMIT_EVERY` articles in one transaction. A kill loses at most what is not
  committed yet; a re-run skips what was committed.

Into a large store the sequential half first puts back the events near the articles' dates
(:mod:`newsweave.corpus.resident`: ~23,000 articles of a million-a-year store, 2.5-5.5 s of
CPU by the day's machine), on a thread beside the NLP of the articles after the first batch, whose commits wait
for it; a long-running process keeps them from one ingest to the next (:class:`Resident`). The
sequential half of a one-off call of 250 prepared articles into a store of a million: 6.5 s of
CPU where it took 8.4 s, against 2.6-3.4 s for a poll of a process that kept its window
(2 cores under load ~10; an A/B of the same prepared shards, which gave the same events).
Measured before with ``bench/bench_store_scale.py`` (load ~12): 287 articles into a store of
100,000 at 9.1 articles/s, into a fresh store of 1,000 in the same run at 6.9/s; 263 into one
of 280,000 at 4.7/s (the window's ~26,000 articles).
"""

from __future__ import annotations

import dataclasses
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from newsweave.config import Settings
from newsweave.corpus.refresh import uncounted_events
from newsweave.corpus.resident import (
    RESIDENT_BUDGET,
    KnownKeys,
    ResidentWindow,
    StoredKeys,
    known_keys,
)
from newsweave.corpus.store import Store
from newsweave.errors import InputError
from newsweave.events.dedup import NearDuplicateIndex
from newsweave.events.index import EventIndex
from newsweave.events.prepare import PreparedArticle, prepare_batch
from newsweave.models import MAX_TEXT_CHARS, Article
from newsweave.scale.engine import is_prepared_dir, open_engine, prepared_shards, read_prepared
from newsweave.synthesis.dated import caption_story_days
from newsweave.text.counts import plural

# Size assumed for a terminal that does not report one (a bare pty).
BAR_COLUMNS = 80
BAR_ROWS = 24
# Articles per transaction: a kill loses at most this many (and the articles prepared while a
# large store's first window is read, which wait for it); commits stay a small share of the time.
COMMIT_EVERY = 64
# The refine pass (merge/split of events) runs after this many new articles and at the end.
REFINE_EVERY = 2000
# WARC records that are never pages (warcinfo, request, metadata: one or two per page in a
# crawl) are not counted as skipped in the summary: they would drown the reasons that matter.
WARC_BOOKKEEPING_SKIP = "not-response"
# A wait for another ingest shorter than this is not worth a word in the summary.
WAIT_REPORTED_S = 0.1
# Event ids per query when the summary counts events (well under SQLite's variable limit).
COUNT_CHUNK = 500
# A long-running process's kept indices are dropped beyond this many articles (their window
# loaded afresh): twice what one ingest loads, so a watch running for weeks holds about a
# window's worth, not every day it has seen.
KEPT_MAX_ARTICLES = 2 * RESIDENT_BUDGET
# BLAS threads of an ingest's numpy products: the event index multiplies a matrix of a few
# thousand event centroids by one article at a time, too small to share out; OpenBLAS's
# threads then wait on each other. Into a store of 100,000 articles (287 articles, the
# clustering half alone, 2 busy cores) one thread took 12.6 s where the default two took 27.4 s.
BLAS_THREADS = 1


@dataclass(frozen=True, slots=True)
class AlreadyStored:
    """An input recognised as stored before preparing it (same cleaned text or url)."""

    article: Article


class PrepareNew:
    """``prepare_batch`` that skips articles the store already holds (picklable, for Ray too).

    Re-ingesting a folder then costs a hash per article instead of the models' time.
    """

    def __init__(self, known: KnownKeys | StoredKeys) -> None:
        self.known = known

    def _known(self, a: Article) -> bool:
        return self.known.holds(a)

    def __call__(
        self, articles: list[Article], settings: Settings
    ) -> list[PreparedArticle | AlreadyStored]:
        todo = [a for a in articles if not self._known(a)]
        done = iter(prepare_batch(todo, settings))
        return [AlreadyStored(a) if self._known(a) else next(done) for a in articles]


@dataclass
class IngestSummary:
    """What one ingest did (``describe()`` is the line the CLI prints)."""

    db: str
    added: int = 0
    duplicates: int = 0  # already in the store before this run (same url or same text)
    repeated: int = 0  # the same article twice in this run's inputs: stored once
    near_duplicates: int = 0  # added, and linked to a reprint / wire copy
    non_articles: int = 0  # added, but set aside: not articles (widgets, crawl notices...)
    failed: list[str] = field(default_factory=list)  # error messages naming the input
    new_events: int = 0  # events standing at the end that hold only this run's articles
    events_touched: int = 0  # events standing at the end that this run made or changed
    # events stored before this run that now answer as another (merged into it): ids a reader
    # may have seen; this run's own new events merging while it clusters are not counted
    merged_events: int = 0
    seconds: float = 0.0
    engine: str = "local"
    waited: float = 0.0  # seconds spent waiting for another ingest into the same store
    # WARC records that could have been pages, passed over, by reason (http-404, not-html...)
    warc_skipped: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.added / self.seconds if self.seconds else 0.0

    def describe(self) -> str:
        parts = [
            f"ingested {plural(self.added, 'new article')} into {self.db} in {self.seconds:.1f}s"
            f" ({self.rate:.1f}/s, {self.engine} engine)",
            f"{self.duplicates} already stored",
            f"{self.repeated} repeated in the input",
            f"{self.near_duplicates} linked as near-duplicates",
            f"{self.non_articles} set aside as non-articles",
            f"{plural(self.new_events, 'new event')}, "
            f"{plural(self.events_touched - self.new_events, 'event')} updated",
        ]
        if self.merged_events:
            parts.append(f"{plural(self.merged_events, 'earlier event')} merged into others")
        if self.failed:
            parts.append(f"{plural(len(self.failed), 'input')} failed")
        if self.warc_skipped:
            reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.warc_skipped.items()))
            total = sum(self.warc_skipped.values())
            parts.append(f"{plural(total, 'WARC record')} skipped: {reasons}")
        if not (self.added or self.duplicates or self.repeated or self.failed):
            # read, yet nothing stored and nothing failed: without this line the run looks fine
            parts.append("nothing stored: the inputs held no usable article")
        if self.waited >= WAIT_REPORTED_S:
            parts.append(f"waited {self.waited:.1f}s for another ingest into the same store")
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["rate"] = round(self.rate, 2)
        return d


def _tell(enabled: bool) -> Callable[[str], None]:
    """Where the ingest says that it waits for another one: stderr, unless run quietly."""

    def tell(message: str) -> None:
        if enabled:
            print(f"newsweave: {message}", file=sys.stderr, flush=True)

    return tell


def _split_inputs(inputs: Iterable[str | Path | Article]) -> tuple[list[Any], list[str]]:
    from newsweave.sources.fetch import is_url

    local: list[Any] = []
    urls: list[str] = []
    for x in inputs:
        if isinstance(x, str) and is_url(x):
            urls.append(x)
        else:
            local.append(x)
    return local, urls


def _progress(total: int | None, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="art", desc="ingest", smoothing=0.1, **bar_geometry())


def bar_geometry() -> dict[str, Any]:
    """Where and how wide a progress bar is drawn: stderr, at the terminal's size, or an
    assumed one when it reports none (tqdm draws nothing in 0 x 0, as in a bare pty)."""
    size = shutil.get_terminal_size((BAR_COLUMNS, BAR_ROWS))
    return {
        "file": sys.stderr,
        "ncols": size.columns or BAR_COLUMNS,
        "nrows": size.lines or BAR_ROWS,
    }


def ingest(
    inputs: Iterable[str | Path | Article],
    db: str | Path = "newsweave.db",
    engine: str = "local",
    address: str | None = None,
    progress: bool = True,
    *,
    refine_every: int = REFINE_EVERY,
    threshold: float | None = None,
    settings: Settings | None = None,
    resident: Resident | None = None,
) -> IngestSummary:
    """Add files, folders, JSON/JSONL, WARC, feeds and URLs (or Article objects) to the store.

    ``settings`` chooses the models (the CLI and the server pass the one they built; without
    it the environment is read, :meth:`Settings.from_env`). ``resident``: a long-running
    process's indices, kept from its previous ingest and for its next (:class:`Resident`)."""
    settings = Settings.from_env() if settings is None else settings
    t0 = time.perf_counter()
    summary = IngestSummary(db=str(db), engine=engine)
    prepared, sources = _split_prepared(
        _readable_sources(inputs, summary, allow_private=settings.allow_private)
    )
    with (
        threadpool_limits(limits=BLAS_THREADS, user_api="blas"),
        Store(db) as store,
        store.ingest_lock(_tell(progress)) as waited,
    ):
        summary.waited = waited
        run = _Committer(
            store,
            summary,
            settings,
            threshold=threshold,
            refine_every=refine_every,
            progress=progress,
            kept=resident.take(store, threshold) if resident is not None else None,
        )
        for shard in (p for folder in prepared for p in prepared_shards(folder)):
            run.add_shard(shard)
        if sources:
            run.add_prepared(sources, engine, address)
        run.finish()
        if resident is not None:
            resident.keep(store, threshold, run)
    summary.seconds = time.perf_counter() - t0 - summary.waited
    return summary


def _readable_sources(
    inputs: Iterable[str | Path | Article], summary: IngestSummary, *, allow_private: bool
) -> list[Any]:
    """The local inputs that exist and the articles fetched from the URLs among ``inputs``
    (trusted as given; ``allow_private``: links to internal addresses too); a URL that
    cannot be fetched and a missing path go to ``summary.failed``."""
    local, urls = _split_inputs(inputs)
    sources: list[Any] = list(local)
    if urls:
        from newsweave.sources.feeds import fetch_articles

        for item in fetch_articles(urls, allow_private=allow_private):
            if isinstance(item, InputError):
                summary.failed.append(str(item))
            else:
                sources.append(item)
    for p in local:
        if isinstance(p, (str, Path)) and not Path(p).exists():
            summary.failed.append(f"{p}: no such file or folder")
    return [s for s in sources if not (isinstance(s, (str, Path)) and not Path(s).exists())]


def _split_prepared(sources: list[Any]) -> tuple[list[str | Path], list[Any]]:
    """Folders of Parquet shards from ``ingest --parquet`` (prepared already: only the
    sequential half runs on them), and the rest."""
    prepared: list[str | Path] = []
    rest: list[Any] = []
    for src in sources:
        (prepared if isinstance(src, (str, Path)) and is_prepared_dir(src) else rest).append(src)
    return prepared, rest


@dataclass(frozen=True, slots=True, eq=False)
class KeptIndex:
    """An ingest's event and near-duplicate indices over one store, as it left them."""

    db: str
    threshold: float | None
    index: EventIndex
    dups: NearDuplicateIndex
    window: ResidentWindow
    last_rowid: int  # the store's newest article then: a newer one was stored by someone else


class Resident:
    """What a long-running process (``watch``, ``serve --watch``) keeps between its ingests
    into one store: the event index, the near-duplicate index and the window they cover. The
    next ingest goes on with them, as one long ingest would, instead of loading the window
    again (a 20-article round at 100,000 articles: 23.1 s before, 3.2 s; at 280,000: 19.2 s,
    1.7 s; the process holds ~300 MB more between rounds). They are
    dropped, and the window loaded afresh, when another process stored articles meanwhile
    (it holds the ingest lock, so its events are not in ours), when the ingest failed, and
    once they hold more than :data:`KEPT_MAX_ARTICLES` (a window that moved on with the days)."""

    def __init__(self) -> None:
        self._kept: KeptIndex | None = None

    def take(self, store: Store, threshold: float | None) -> KeptIndex | None:
        """The kept indices if they still describe ``store`` (taken: a failed ingest leaves
        none behind)."""
        kept, self._kept = self._kept, None
        if kept is None or kept.db != _where(store) or kept.threshold != threshold:
            return None
        if len(kept.index.docs) > KEPT_MAX_ARTICLES or _last_rowid(store) != kept.last_rowid:
            return None
        return kept

    def keep(self, store: Store, threshold: float | None, run: _Committer) -> None:
        self._kept = KeptIndex(
            _where(store), threshold, run.index, run.dups, run.window, _last_rowid(store)
        )


def _where(store: Store) -> str:
    return str(Path(store.path).resolve())


def _last_rowid(store: Store) -> int:
    return int(store.query("SELECT COALESCE(MAX(rowid), 0) FROM articles")[0][0])


class _Committer:
    """The sequential half over one open store: dedup, events, batched commits, refine passes."""

    def __init__(
        self,
        store: Store,
        summary: IngestSummary,
        settings: Settings,
        *,
        threshold: float | None,
        refine_every: int,
        progress: bool,
        kept: KeptIndex | None = None,
    ) -> None:
        self.store = store
        self.summary = summary
        self.settings = settings
        self.refine_every = refine_every
        if kept is None:
            self.index = EventIndex(threshold)
            self.dups = NearDuplicateIndex()
            self.window = ResidentWindow(store, self.index, self.dups)
        else:
            self.index, self.dups, self.window = kept.index, kept.dups, kept.window
            self.window.store = store
        self.touched: set[str] = set()
        self.bar = _progress(None, progress)
        self.added_ids: set[str] = set()  # stored by this run: a second copy is "repeated"
        self.pending: list[PreparedArticle] = []
        self.since_refine = 0
        self.uncounted: set[str] = set()  # events whose origins are counted at the end
        self.made: set[str] = set()  # events this run stored first (not there before it)
        self.merged_stored: set[str] = set()  # events there before it, merged into others

    def add(self, item: PreparedArticle) -> None:
        """Queue one prepared article; a full batch is committed. The first batch into a large
        store starts its event window on a thread (:meth:`ResidentWindow.start`) and the next
        articles are prepared meanwhile: their batches queue up until the window is in, then
        go in the same batches and order as they would have."""
        self.pending.append(item)
        if len(self.pending) < COMMIT_EVERY:
            return
        self.window.start(p.day for p in self.pending[:COMMIT_EVERY])
        if not self.window.loading:
            self.flush(refine=True, full_only=True)

    def add_shard(self, shard: Path) -> None:
        """Queue a Parquet shard's articles, then commit: a later bad shard cannot take it down.
        A damaged shard is reported and its uncommitted rows are dropped."""
        try:
            for item in read_prepared(shard):
                self.add(item)
        except InputError as exc:
            self.summary.failed.append(str(exc))
            self.pending = []
        self.flush(refine=False)

    def add_prepared(self, sources: list[Any], engine: str, address: str | None) -> None:
        """Run the parallel half on ``engine`` over ``sources`` and queue what it prepares."""
        # a Ray worker gets the stored keys' digests; in this process the store answers
        known = StoredKeys(self.store) if engine == "local" else known_keys(self.store)
        with open_engine(engine, self.settings, address=address) as eng:
            for item in eng.run(sources, PrepareNew(known)):
                if isinstance(item, InputError):
                    self.summary.failed.append(str(item))
                    continue
                if isinstance(item, AlreadyStored):  # stored by this run too (the store answers)
                    self._count_duplicate(self.store.find_existing(item.article))
                    continue
                self.add(item)
        self.summary.warc_skipped = {
            reason: n
            for reason, n in sorted(eng.stats.skipped.items())
            if reason != WARC_BOOKKEEPING_SKIP
        }

    def flush(self, *, refine: bool, full_only: bool = False) -> None:
        """Commit what is pending, :data:`COMMIT_EVERY` articles a transaction (``full_only``:
        a last, smaller batch waits for more); refine the events when enough new articles came
        in."""
        while self.pending and (len(self.pending) >= COMMIT_EVERY or not full_only):
            batch, self.pending = self.pending[:COMMIT_EVERY], self.pending[COMMIT_EVERY:]
            self.since_refine += self._commit(batch)
            if self.bar is not None:
                self.bar.update(len(batch))
            if refine and self.since_refine >= self.refine_every:
                self._refine()
                self.since_refine = 0

    def finish(self) -> None:
        """Commit the rest and run a last refine pass over what came in since the previous one."""
        self.flush(refine=False)
        if self.since_refine:
            self._refine()
        # once per event, not at each batch (corpus.refresh), with those a killed ingest left
        uncounted = self.uncounted.union(uncounted_events(self.store.db))
        if uncounted:
            with self.store.transaction():
                self.store.recount_origins(sorted(uncounted))
            self.uncounted = set()
        self._count_events()
        if self.bar is not None:
            self.bar.close()

    def _count_events(self) -> None:
        """The summary's events, counted once at the end: the ones this run made or changed
        that still stand, and among them the new ones, whose every article it stored (a
        refine pass gives fresh ids and merges away events made earlier in the same run)."""
        standing = sorted(e for e in self.touched if e in self.index.events)
        ours = Counter(self.index.event_of[a] for a in self.added_ids if a in self.index.event_of)
        new = 0
        for i in range(0, len(standing), COUNT_CHUNK):
            chunk = standing[i : i + COUNT_CHUNK]
            marks = ",".join("?" * len(chunk))
            for eid, n in self.store.query_tuples(
                f"SELECT id, n_articles FROM events WHERE id IN ({marks})", chunk
            ):
                new += ours[eid] == n
        self.summary.new_events = new
        self.summary.events_touched = len(standing)

    def _count_duplicate(self, existing: str | None) -> None:
        """An article already stored: by this run (repeated in the input) or before it (None:
        a digest of its keys matched, the store's lookup found nothing)."""
        if existing is not None and existing in self.added_ids:
            self.summary.repeated += 1
        else:
            self.summary.duplicates += 1

    def _commit(self, batch: Sequence[PreparedArticle]) -> int:
        """Store a batch in one transaction; returns how many articles were new. The few
        whose photo caption's story day only the parse tells are parsed first, outside it.

        A text over :data:`MAX_TEXT_CHARS` is turned away here, once, before anything reads
        it: neither parsed for its caption's day (a dump would spend the parse's time) nor
        stored."""
        store, summary = self.store, self.summary
        added = 0
        touched: set[str] = set()
        kept: list[PreparedArticle] = []
        for p in batch:
            art = p.article
            if len(art.text) <= MAX_TEXT_CHARS:
                kept.append(p)
                continue
            summary.failed.append(
                f"{art.path or art.url or art.id}: article text of {len(art.text)} characters"
                f" exceeds the limit of {MAX_TEXT_CHARS}"
            )
        story_days = caption_story_days(
            (p.article for p in kept if p.article.not_article is None), self.settings
        )
        with store.transaction():
            self.window.cover(p.day for p in batch)
            for p in kept:
                art = p.article
                existing = store.find_existing(art)
                if existing is not None:
                    self._count_duplicate(existing)
                    continue
                if store.has_article_id(art.id):  # same id, different article: keep both
                    p = p.with_id(f"{art.id}~{art.content_hash[:8]}")
                    if store.has_article_id(p.article.id):
                        self._count_duplicate(p.article.id)
                        continue
                store.insert_article(p, story_days.get(art.id))
                self.added_ids.add(p.article.id)
                links = self.dups.add(p.article.id, np.frombuffer(p.minhash, dtype=np.uint32))
                for link in links:
                    store.add_duplicate(link.a, link.b, link.jaccard)
                if links:
                    summary.near_duplicates += 1
                if art.not_article:
                    summary.non_articles += 1  # kept, with its reason, in no event
                    added += 1
                    continue
                a = self.index.add(p.features())
                store.set_event(a.article, a.event, a.score)
                touched.add(a.event)
                added += 1
            self._note_made(touched)
            self.uncounted.update(store.refresh_events(sorted(touched), origins=False))
        summary.added += added
        self.touched.update(touched)
        return added

    def _note_made(self, touched: set[str]) -> None:
        """Note which of the events about to be written this run makes: a merge of one of them
        later in the run is clustering at work, not a change to an event a reader has seen."""
        self.made.update(
            e for e in touched if e in self.index.events and not self.store.has_event(e)
        )

    def _refine(self) -> None:
        """A refine pass of the index; its moves and merges are written in one transaction."""
        index, summary = self.index, self.summary
        changes = index.refine()
        if not changes:
            return
        touched: set[str] = set()
        with self.store.transaction():
            for ch in changes:
                for doc in ch.articles:
                    self.store.set_event(doc, index.event_of[doc])
                    touched.add(index.event_of[doc])
                touched.update((ch.event, ch.into))
                if ch.event not in index.events:  # merged away or emptied: its id answers as
                    self.store.add_redirect(ch.event, index.anchor[ch.event])  # its anchor's event
                    if ch.event not in self.made and self.store.has_event(ch.event):
                        self.merged_stored.add(ch.event)  # (not stored: made in this pass)
            self._note_made(touched)
            self.uncounted.update(self.store.refresh_events(sorted(touched), origins=False))
        self.touched.update(e for e in touched if e in index.events)
        summary.merged_events = len(self.merged_stored)
