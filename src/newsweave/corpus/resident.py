"""What one ingest holds in memory of the store: the events new articles can still join.

An ingest assigns each article online (:class:`~newsweave.events.index.EventIndex`) and links
near-duplicates (:class:`~newsweave.events.dedup.NearDuplicateIndex`); both need the stored
articles in memory. A store of up to :data:`RESIDENT_BUDGET` articles is loaded whole when the
ingest opens it. A year of news (a million articles) is not: beyond the budget the ingest
loads, as its articles arrive, only the events and signatures dated within a few days of them
(as many days as :data:`RESIDENT_BUDGET` articles fill; one indexed range query on
``features.day`` per widening), plus the undated ones among the latest stored articles. An
event further away in time stays in the store and keeps its id; a story that comes back after
a longer gap opens a new event. The window is put back in bulk
(:meth:`~newsweave.events.index.EventIndex.restore`, :meth:`NearDuplicateIndex.extend
<newsweave.events.dedup.NearDuplicateIndex.extend>`: the same index, to the bit, as adding
the articles one by one; the weights of each article, the events' sums and the band keys
computed for all at once, one article's own vectors built only when a refine pass asks): the
23,326 articles (3.1 million words) of a window of a million-a-year store take 3.4-3.9 s of
CPU to read and restore where they took 4.7-5.4 s (2 cores under load ~7). Since, ``math.log``
weighs only the words that can be among an article's top words (numpy's estimate leaves the
others out: :func:`~newsweave.events.features.top_candidates`), the events' sums and blocking
sets are built in bulk, and the cyclic collector waits while the window is made: the first
window of a one-off call of 250 into a million took 5.3-5.5 s of CPU where it took 7.3-8.3 s
(alternated in one process on a day this machine ran ~1.75x slower). It is still the largest
fixed cost of a one-off ingest into a large store. So the ingest reads its first window on a
thread of its own read-only connection while its models prepare the next articles
(:meth:`ResidentWindow.start`; the window is known once the first batch is cleaned and dated):
one-off calls of 250 into a million went from 8.95 to 9.7 articles/s on a day this machine
ran ~2x slower than usual (alternated with the old way in one process; CPU +5%: the two
threads share the GIL for the per-word Python, and only SQLite, numpy and onnxruntime let
go of it). A long-running process keeps its window between ingests
(:class:`~newsweave.corpus.ingest.Resident`). The rows are read unsorted and
ordered here (an ``ORDER BY`` sorted ~75 MB of blobs in a temporary b-tree), as tuples.

:func:`known_keys` gives the content hashes and urls of every stored article as sorted 64-bit
digests read from the two indices that hold them (no table scan), small enough to pickle to
a Ray worker at a million articles; an ingest that prepares in its own process asks the store
instead (:class:`StoredKeys`).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import operator
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from newsweave.corpus.store import Store
from newsweave.models import Article

if TYPE_CHECKING:  # the clustering stack loads only when an ingest needs it
    from newsweave.events.dedup import NearDuplicateIndex
    from newsweave.events.index import EventIndex

# An ingest holds at most about this many stored articles (the events near its articles'
# dates): reading and restoring them costs ~0.1 ms of CPU an article on a quiet day (23,326 of a
# million-a-year store: 3.4-3.9 s in session 9, ~30% less since), and each one held makes assigning an article dearer (the centroid
# product, larger blocks). A store this small is loaded whole.
RESIDENT_BUDGET = 20_000
# The window reaches this many days either side of the incoming dates at most: the date
# penalty starts at DATE_GRACE_DAYS (30), and an older event keeps receiving nothing anyway.
MAX_WINDOW_DAYS = 30
# ...and at least this many, whatever the budget: a story's articles of the day before and
# after (time zones, late reports) always meet (at a million articles a year: ~15,000).
MIN_WINDOW_DAYS = 2
# Undated stored articles (and their events) among the latest this many are loaded too: an
# undated article is most likely recent news, and an undated event has no day to window on.
RECENT_UNDATED = 5_000
# Articles per IN (...) list when reading entities (well under SQLite's variable limit).
IN_CHUNK = 900


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """No automatic cyclic garbage collection while a window is read and put back: it makes
    ~400,000 containers (rows, features, blocking sets), none of them garbage, and each full
    collection they set off rescans the whole heap (3 a window of 23,000: 0.5-0.7 s; the
    window's CPU 5.2 -> 4.1 s paused). A collector paused already (by the program) is left so."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def digest(key: str) -> int:
    """A 64-bit digest of a content hash or url (collisions: ~1e-7 at a million keys)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass(frozen=True, slots=True, eq=False)
class KnownKeys:
    """Digests of the stored articles' content hashes and urls, sorted (to skip re-ingests
    before the models run; the commit still checks the store itself)."""

    hashes: np.ndarray  # uint64, sorted
    urls: np.ndarray  # uint64, sorted

    @staticmethod
    def _has(keys: np.ndarray, key: str) -> bool:
        d = np.uint64(digest(key))
        i = int(np.searchsorted(keys, d))
        return i < keys.size and keys[i] == d

    def holds(self, article: Article) -> bool:
        return self._has(self.hashes, article.content_hash) or bool(
            article.url and self._has(self.urls, article.url)
        )


def known_keys(store: Store) -> KnownKeys:
    """Every stored article's content hash and url, read from their indices."""

    def sorted_digests(sql: str) -> np.ndarray:
        keys = np.fromiter((digest(r[0]) for r in store.query(sql)), dtype=np.uint64)
        keys.sort()
        return keys

    return KnownKeys(
        hashes=sorted_digests("SELECT content_hash FROM articles INDEXED BY articles_hash"),
        urls=sorted_digests(
            "SELECT url FROM articles INDEXED BY articles_url WHERE url IS NOT NULL"
        ),
    )


class StoredKeys:
    """The store itself as the keys of what it holds, for an ingest that prepares in its own
    process (the local engine): two indexed lookups per article, where :func:`known_keys`
    digests every stored key first (2.8 s per ingest at 280,000 articles, warm; 35 s cold)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def holds(self, article: Article) -> bool:
        return self.store.find_existing(article) is not None


class ResidentWindow:
    """Loads stored events into ``index`` and signatures into ``dups`` as an ingest needs them:
    all at once for a store of up to :data:`RESIDENT_BUDGET` articles, else by date window
    (:meth:`cover`, called with each batch's days before it is assigned)."""

    def __init__(self, store: Store, index: EventIndex, dups: NearDuplicateIndex) -> None:
        self.store = store
        self.index = index
        self.dups = dups
        size = int(store.query("SELECT COALESCE(MAX(rowid), 0) FROM articles")[0][0])
        self.whole = size <= RESIDENT_BUDGET
        self.lo: int | None = None  # the loaded day range (inclusive), once one is loaded
        self.hi: int | None = None
        self.reach: int | None = None  # days loaded either side of the incoming dates
        self._loading: threading.Thread | None = None  # a window read by start()
        self._failed: BaseException | None = None  # ...and what stopped it
        if self.whole:
            self._load(store, "1", ())
        else:
            # driven by the rowid range (+ keeps features_day, all undated rows, out of the plan)
            self._load(store, "a.rowid > ? AND +f.day IS NULL", (size - RECENT_UNDATED,))
        index.retired.update(r[0] for r in store.query("SELECT id FROM event_redirects"))

    def start(self, days: Iterable[int | None]) -> None:
        """Begin :meth:`cover` of these days on a thread with a read-only connection of its
        own, while the ingest's models work on its next articles: the first window of a large
        store (2.5-5.5 s of CPU, by the day's machine) then mostly runs beside their NLP (onnxruntime, SQLite and
        numpy leave the GIL) instead of before it. The next :meth:`cover` waits for it; the
        caller commits nothing meanwhile, so the thread reads what the ingest found. Nothing to
        do for a store loaded whole, or once a window is loaded."""
        if self.whole or self.lo is not None or self._loading is not None:
            return
        self._loading = threading.Thread(
            target=self._cover_apart, args=(list(days),), name="newsweave-window", daemon=True
        )
        self._loading.start()

    @property
    def loading(self) -> bool:
        """A window started by :meth:`start` is still being read."""
        return self._loading is not None and self._loading.is_alive()

    def cover(self, days: Iterable[int | None]) -> None:
        """Load what articles of these days (ordinals; None: undated) can join, if not yet."""
        if self._loading is not None:
            self._loading.join()
            self._loading = None
            if self._failed is not None:  # the thread's error, raised in the ingest
                failed, self._failed = self._failed, None
                raise failed
        self._cover(self.store, days)

    def _cover_apart(self, days: list[int | None]) -> None:
        try:
            with Store(self.store.path, readonly=True) as own:
                self._cover(own, days)
        except BaseException as exc:  # handed to the ingest's thread by cover()
            self._failed = exc

    def _cover(self, store: Store, days: Iterable[int | None]) -> None:
        if self.whole:
            return
        dated = [d for d in days if d is not None]
        if not dated:
            if self.lo is not None:
                return  # an undated article joins what is loaded already
            last = store.query("SELECT MAX(day) FROM features")[0][0]
            if last is None:
                return
            dated = [int(last)]
        if self.reach is None:
            self.reach = self._reach(store, min(dated), max(dated))
        lo, hi = min(dated) - self.reach, max(dated) + self.reach
        if self.lo is None or self.hi is None:
            self._load(store, "f.day BETWEEN ? AND ?", (lo, hi))
            self.lo, self.hi = lo, hi
            return
        if lo < self.lo:
            self._load(store, "f.day BETWEEN ? AND ?", (lo, self.lo - 1))
            self.lo = lo
        if hi > self.hi:
            self._load(store, "f.day BETWEEN ? AND ?", (self.hi + 1, hi))
            self.hi = hi

    def _reach(self, store: Store, lo: int, hi: int) -> int:
        """The most days either side of ``lo..hi`` whose stored articles fit the budget
        (between :data:`MIN_WINDOW_DAYS` and :data:`MAX_WINDOW_DAYS`; counted on the index)."""

        def stored(d: int) -> int:
            return int(
                store.query(
                    "SELECT COUNT(*) FROM features WHERE day BETWEEN ? AND ?", (lo - d, hi + d)
                )[0][0]
            )

        low, high = MIN_WINDOW_DAYS, MAX_WINDOW_DAYS
        while low < high:
            mid = (low + high + 1) // 2
            if stored(mid) <= RESIDENT_BUDGET:
                low = mid
            else:
                high = mid - 1
        return low

    def _load(self, store: Store, where: str, params: tuple[int, ...]) -> None:
        """The events with an article matching ``where`` (on ``features f``, ``articles a``),
        whole, in stored order, and the signatures of the matching articles."""
        from newsweave.events.dedup import NUM_PERM
        from newsweave.events.features import PASSAGES_DTYPE
        from newsweave.events.index import StoredArticles
        from newsweave.events.prepare import TERMS_DTYPE

        index = self.index
        with _collection_paused():
            # in stored order (event, then article), sorted here: ORDER BY sorted the rows with
            # their blobs (~60 MB for a window of 20,000) in a temporary b-tree
            rows = store.query_tuples(
                "SELECT e.seq, a.rowid, f.article_id, m.event_id, f.day, f.embedding, f.terms,"
                " f.passages"
                " FROM event_articles m JOIN features f ON f.article_id = m.article_id"
                " JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id"
                " WHERE m.event_id IN (SELECT m.event_id FROM features f"
                " JOIN articles a ON a.id = f.article_id JOIN event_articles m"
                f" ON m.article_id = f.article_id WHERE {where})",
                params,
            )
            rows = [r for r in rows if r[3] not in index.events]  # loaded whole before
            rows.sort(key=operator.itemgetter(0, 1))
            if rows:  # (an empty window has no embedding size to read)
                _, _, ids, events, days, embeddings, blobs, quoted = zip(*rows, strict=True)
                ents = self._entities(store, list(ids))
                terms = np.frombuffer(b"".join(blobs), dtype=TERMS_DTYPE)
                index.restore(
                    StoredArticles(
                        ids=list(ids),
                        events=list(events),
                        embeddings=np.frombuffer(b"".join(embeddings), dtype=np.float32).reshape(
                            len(rows), -1
                        ),
                        words=terms["h"].astype(np.int64),
                        tfs=terms["tf"].astype(np.float64),
                        lengths=np.array([len(b) for b in blobs], dtype=np.int64)
                        // TERMS_DTYPE.itemsize,
                        entities=[tuple(ents.get(a, ())) for a in ids],
                        days=list(days),
                        passages=[np.frombuffer(q, dtype=PASSAGES_DTYPE) for q in quoted],
                    )
                )
            sigs = store.query_tuples(  # in any order: the index finds the same links
                "SELECT f.article_id, f.minhash FROM features f JOIN articles a ON a.id = f.article_id"
                f" WHERE {where}",
                params,
            )
            self.dups.extend(
                [r[0] for r in sigs],
                np.frombuffer(b"".join(r[1] for r in sigs), dtype=np.uint32).reshape(-1, NUM_PERM),
            )

    def _entities(self, store: Store, ids: list[str]) -> dict[str, list[str]]:
        """Entity keys per article, in stored order."""
        if self.whole:  # one pass over the table beats a million lookups
            found = store.query_tuples("SELECT rowid, article_id, key FROM entities")
        else:
            found = []
            for i in range(0, len(ids), IN_CHUNK):
                part = ids[i : i + IN_CHUNK]
                found += store.query_tuples(
                    "SELECT rowid, article_id, key FROM entities"
                    f" WHERE article_id IN ({','.join('?' * len(part))})",
                    part,
                )
        found.sort()  # by rowid: stored order
        out: dict[str, list[str]] = {}
        for _, aid, key in found:
            out.setdefault(aid, []).append(key)
        return out
