"""The online half of the event index: weights, scoring, candidate search, assignment, restore.

:class:`OnlineIndex` holds the state (events, their members' summed vectors, the running
document frequencies, the blocking index, the embedding centroids) and places each article
as it comes; :class:`~newsweave.events.index.EventIndex` adds the periodic refine pass that
re-places, merges and splits what the online step gathered. The design and the similarity
are described in :mod:`newsweave.events.index`.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import math
import operator
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsweave.events.features import (
    DocFeatures,
    RestoredEntities,
    RestoredVectors,
    RestoredWords,
    StoredArticles,
    StoredTerms,
    WordLimits,
    restored_entities,
    restored_words,
    sums_by_event,
    sums_in_order,
)

# ---------------------------------------------------------------- tuned on ECB+ (bench/bench_cluster.py)
# Weights of the three similarities (sum 1); words are the most discriminative on ECB+.
W_LEX = 0.5
W_EMB = 0.25
W_ENT = 0.25
# An article joins the group it is most similar to (plain average link) from this similarity on:
# low on purpose, since same-kind events (two Klitschko fights) are told apart by the split step
# (session 20: ECB+ 2-fold CV F1 0.919 at 0.06, 0.921 at 0.075, 0.905 at 0.1; Multi-News
# validation 0.866 / 0.872 / 0.870; AEB's mostly unrelated pages together: 119 / 110 / 104 pairs).
JOIN_THRESHOLD = 0.075
# Dates further apart than this (days) start to count against one event (follow-ups are common).
DATE_GRACE_DAYS = 30
# ...and the penalty grows linearly to its full weight over this many further days.
DATE_SCALE_DAYS = 335
# Full date penalty: enough to keep a year-apart article out of an otherwise similar event.
W_DATE = 0.15

# ---------------------------------------------------------------- search limits
# Candidate events per article from the embedding (besides those sharing a rare word or entity).
EMB_CANDIDATES = 20
# An article's word vector keeps its highest-weighted words: they name the event, and the
# similarity costs O(LEX_TERMS) per candidate event instead of O(vocabulary of the article).
LEX_TERMS = 48
# Words that index an article in the inverted index (its highest-weighted ones).
BLOCK_TERMS = 12
# Words seen in more than this share of documents are not used for blocking.
BLOCK_MAX_DF = 0.05
# ...nor keys (words or entities) seen in more than this many: a share alone lets a block, and
# the events scored per article, grow with the corpus (the US, police: no all-pairs step).
BLOCK_MAX_DOCS = 200
# Events sharing blocking keys with an article, the best this many (by the shared keys' weight)
# are scored: bounds the work per article whatever the corpus size.
BLOCK_CANDIDATES = 40

# --------------------------------------------------------------------------- the online index


@dataclass(frozen=True, slots=True)
class Assignment:
    article: str
    event: str
    score: float  # average-link similarity to the event (0 for a new event)
    new: bool


@dataclass(slots=True)
class EventState:
    """An event as the index holds it: its members and their summed word and entity vectors."""

    id: str
    seq: int  # creation order: ties in merges keep the older id
    members: list[str] = field(default_factory=list)
    lex: dict[int, float] = field(default_factory=dict)  # sum of members' weighted word vectors
    ent: dict[str, float] = field(default_factory=dict)
    days: list[int] = field(default_factory=list)


def _subtract(total: dict[Any, float], part: dict[Any, float]) -> None:
    """``total -= part`` for sparse weight dicts, dropping entries that fall to zero."""
    for k, v in part.items():
        left = total.get(k, 0.0) - v
        if abs(left) < 1e-9:
            total.pop(k, None)
        else:
            total[k] = left


def sparse_dot(x: dict[Any, float], y: dict[Any, float]) -> float:
    """``sum(v * y.get(k, 0.0) for k, v in x.items())``: the same products summed in the same
    order (the same float, to the bit), without a generator step per entry. Scoring candidate
    events is most of an ingest's clustering time (~2 million entries per 250 articles)."""
    return sum(map(operator.mul, x.values(), map(y.get, x.keys(), itertools.repeat(0.0))))


def top_two(scores: dict[str, float]) -> tuple[str | None, float, float]:
    """The best-scoring key of ``scores`` (the first of a tie), its score and the runner-up's
    (-1.0 where there is none)."""
    best, best_s, second_s = None, -1.0, -1.0
    for key, s in scores.items():
        if s > best_s:
            best, best_s, second_s = key, s, best_s
        elif s > second_s:
            second_s = s
    return best, best_s, second_s


def event_id_for(first_article: str) -> str:
    """Stable event id: derived from the article that opened the event."""
    return "ev_" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:12]


class OnlineIndex:
    """Online event assignment with centroid search: each article joins the event it is most
    similar to or opens one (:class:`~newsweave.events.index.EventIndex` refines the result)."""

    def __init__(self, *, join_threshold: float | None = None, dim: int | None = None) -> None:
        self.join_threshold = JOIN_THRESHOLD if join_threshold is None else join_threshold
        self.dim = dim or 0  # set by the first article when not given
        self.events: dict[str, EventState] = {}
        # ids of events that merged away or emptied: never given to another story (a saved
        # link to one answers with where its articles went, see corpus.store)
        self.retired: set[str] = set()
        # event id -> the earliest article shown under it: the id goes where that article goes
        # (kept for retired ids too: they answer as the event that holds it now)
        self.anchor: dict[str, str] = {}
        self.event_of: dict[str, str] = {}
        self.docs: dict[str, DocFeatures] = {}
        # weighted, normalised vectors at insertion
        self._lexw: RestoredVectors = RestoredVectors()
        self._entw: RestoredVectors = RestoredVectors()
        self._df: Counter[int] = Counter()
        self._edf: Counter[str] = Counter()
        self._n = 0
        self._seq = 0
        self._block: dict[Any, set[str]] = defaultdict(set)  # word / entity → events
        self._rows: dict[str, int] = {}  # event → row in the centroid matrix
        self._row_ids: list[str | None] = []
        self._emb_sum = np.zeros((0, self.dim), dtype=np.float32)
        self._count = np.zeros(0, dtype=np.float32)
        self._dirty: set[str] = set()  # events changed since the last refine pass
        self._checked: dict[str, int] = {}  # article -> size of its event when last re-placed
        self._split_checked: dict[str, int] = {}  # event -> its size when last split-checked

    # ------------------------------------------------------------ vectors
    def _weigh(self, f: DocFeatures) -> tuple[dict[int, float], dict[str, float]]:
        """An article's word weights, ``tf × log((n + 1) / (df + 0.5))``, and entity weights,
        the same log (:meth:`_weigh_entities`), normalised. The log is the rarity of a word or
        entity in the documents seen so far, falling to ~0 for one every document carries: a
        running document frequency, so text many pages share (newsletter and share-button
        paragraphs, a site's footer) stops linking their stories. (The smoothed ``log(...) + 1``
        it replaces kept such words at weight 1: four stories under one outlet's footer became
        one event.) Written out inline, not called per word: a stored article restores in half
        the time."""
        n, df = self._n + 1, self._df
        lex = {h: tf * math.log(n / (df[h] + 0.5)) for h, tf in f.terms}
        if len(lex) > LEX_TERMS:
            lex = dict(sorted(lex.items(), key=lambda kv: -kv[1])[:LEX_TERMS])
        norm = math.sqrt(sum(v * v for v in lex.values())) or 1.0
        lex = {h: v / norm for h, v in lex.items()}
        return lex, self._weigh_entities(f.entities, n)

    def _weigh_entities(self, entities: Sequence[str], n: int) -> dict[str, float]:
        """Entity weights of an article counted as the ``n - 1``-th document (running IDF)."""
        ent = {k: math.log(n / (self._edf[k] + 0.5)) for k in entities}
        norm = math.sqrt(sum(v * v for v in ent.values())) or 1.0
        return {k: v / norm for k, v in ent.items()}

    def _score(
        self,
        f: DocFeatures,
        lex: dict[int, float],
        ent: dict[str, float],
        ev: EventState,
        emb_dot: float,
        exclude_self: bool = False,
    ) -> float:
        n = len(ev.members) - (1 if exclude_self else 0)
        if n <= 0:
            return -1.0
        s_lex = sparse_dot(lex, ev.lex)
        s_ent = sparse_dot(ent, ev.ent)
        if exclude_self:
            s_lex -= sparse_dot(lex, lex)
            s_ent -= sparse_dot(ent, ent)
            emb_dot -= float(f.embedding @ f.embedding)
        sim = (W_LEX * s_lex + W_EMB * emb_dot + W_ENT * s_ent) / n
        return sim - self._date_penalty(f.day, ev, f.id if exclude_self else None)

    @staticmethod
    def _date_penalty(day: int | None, ev: EventState, skip: str | None) -> float:
        days = ev.days
        if day is None or not days:
            return 0.0
        if skip is not None and len(days) == 1:
            return 0.0
        lo, hi = min(days), max(days)
        gap = max(0, lo - day, day - hi)
        return W_DATE * min(1.0, max(0.0, (gap - DATE_GRACE_DAYS) / DATE_SCALE_DAYS))

    # ------------------------------------------------------------ bookkeeping
    def _new_event(self, first: str, event_id: str | None = None) -> EventState:
        """A new event opened by ``first``; ``event_id`` (a stored event being restored) is
        kept as it is, even when a redirect once named it (it was given back since)."""
        eid = event_id or self._unused(event_id_for(first))
        ev = EventState(eid, self._seq)
        self._seq += 1
        self.events[eid] = ev
        self.anchor[eid] = first
        row = len(self._row_ids)
        self._row_ids.append(eid)
        self._rows[eid] = row
        if row >= self._emb_sum.shape[0]:
            grow = max(64, row)
            self._emb_sum = np.vstack([self._emb_sum, np.zeros((grow, self.dim), np.float32)])
            self._count = np.concatenate([self._count, np.zeros(grow, np.float32)])
        return ev

    def _attach(
        self, doc: str, ev: EventState, *, block_words: Sequence[int] | None = None
    ) -> None:
        """``doc`` joins ``ev`` (``block_words``: its blocking words, when computed already)."""
        f = self.docs[doc]
        ev.members.append(doc)
        for h, v in self._lexw[doc].items():
            ev.lex[h] = ev.lex.get(h, 0.0) + v
        for k, v in self._entw[doc].items():
            ev.ent[k] = ev.ent.get(k, 0.0) + v
        if f.day is not None:
            ev.days.append(f.day)
        r = self._rows[ev.id]
        self._emb_sum[r] += f.embedding
        self._count[r] += 1
        self.event_of[doc] = ev.id
        self._dirty.add(ev.id)
        if block_words is None:
            keys = self._block_keys(doc)
        else:
            keys = [*block_words, *(("e", k) for k in self._entw[doc])]
        for key in keys:
            self._block[key].add(ev.id)

    def _detach(self, doc: str) -> EventState:
        ev = self.events[self.event_of.pop(doc)]
        f = self.docs[doc]
        ev.members.remove(doc)
        self._dirty.add(ev.id)
        _subtract(ev.lex, self._lexw[doc])
        _subtract(ev.ent, self._entw[doc])
        if f.day is not None:
            ev.days.remove(f.day)
        r = self._rows[ev.id]
        self._emb_sum[r] -= f.embedding
        self._count[r] -= 1
        if not ev.members:
            self._drop(ev)
        return ev

    def _drop(self, ev: EventState) -> None:
        self.retired.add(ev.id)
        r = self._rows.pop(ev.id)
        self._row_ids[r] = None
        self._emb_sum[r] = 0
        self._count[r] = 0
        del self.events[ev.id]

    def _block_keys(self, doc: str, *, all_entities: bool = True) -> list[Any]:
        lex = self._lexw[doc]
        limit = max(2, min(BLOCK_MAX_DF * self._n, BLOCK_MAX_DOCS))
        df = self._df  # stable, most weighted first (reverse keeps ties in dict order)
        top = sorted([h for h in lex if df[h] <= limit], key=lex.__getitem__, reverse=True)
        top = top[:BLOCK_TERMS]
        ents = self._entw[doc]
        if not all_entities:
            ents = {k: v for k, v in ents.items() if self._edf[k] <= limit}
        return top + [("e", k) for k in ents]

    def _top_voted(self, votes: Counter[str]) -> list[str]:
        """The :data:`BLOCK_CANDIDATES` live events with the most blocking votes."""
        live = [(v, e) for e, v in votes.items() if e in self.events]
        return [e for _, e in heapq.nlargest(BLOCK_CANDIDATES, live)]

    def _candidates(self, doc: str, f: DocFeatures) -> tuple[list[str], np.ndarray]:
        n_rows = len(self._row_ids)
        if not self.events:
            return [], np.zeros(0, np.float32)
        dots = self._emb_sum[:n_rows] @ f.embedding  # sum of member cosines, per event row
        means = np.where(self._count[:n_rows] > 0, dots / np.maximum(self._count[:n_rows], 1), -9)
        k = min(EMB_CANDIDATES, n_rows)
        top = np.argpartition(-means, k - 1)[:k] if k < n_rows else np.arange(n_rows)
        cands = {self._row_ids[r] for r in top if self._row_ids[r] is not None}
        lex, ent = self._lexw[doc], self._entw[doc]
        votes: Counter[str] = Counter()
        for key in self._block_keys(doc, all_entities=False):
            w = ent[key[1]] if isinstance(key, tuple) else lex[key]
            for e in self._block.get(key, ()):
                votes[e] += w
        cands.update(self._top_voted(votes))
        live = [e for e in cands if e in self.events]  # the blocking index keeps dropped events
        return sorted(live, key=lambda e: self.events[e].seq), dots

    # ------------------------------------------------------------ public API
    def best_event(self, doc: str, *, exclude_own: bool = False) -> tuple[str | None, float]:
        """The event ``doc`` is most similar to on average, and that similarity."""
        best, best_s, _ = self.nearest_two(doc, exclude_own=exclude_own)
        return best, best_s

    def nearest_two(self, doc: str, *, exclude_own: bool) -> tuple[str | None, float, float]:
        """The event ``doc`` is most similar to, that similarity, and the runner-up's (-1.0
        when there is none): how far the nearest event stands out from the rest."""
        return top_two(self.candidate_scores(doc, exclude_own=exclude_own))

    def candidate_scores(self, doc: str, *, exclude_own: bool) -> dict[str, float]:
        """``doc``'s similarity to each of its candidate events (:meth:`_candidates`), in the
        order the events were opened; its own event scored without it, or left out."""
        f = self.docs[doc]
        lex, ent = self._lexw[doc], self._entw[doc]
        cands, dots = self._candidates(doc, f)
        own = self.event_of.get(doc)
        return {
            eid: self._score(
                f, lex, ent, self.events[eid], float(dots[self._rows[eid]]), exclude_self=eid == own
            )
            for eid in cands
            if not (exclude_own and eid == own)
        }

    def _check_dim(self, f: DocFeatures) -> None:
        """The first article sets the embedding size; another size is another embedder's."""
        if not self.dim:
            self.dim = int(f.embedding.shape[0])
            self._emb_sum = np.zeros((0, self.dim), dtype=np.float32)
        elif f.embedding.shape[0] != self.dim:
            from newsweave.errors import ConfigError

            raise ConfigError(
                f"article {f.id!r} has a {f.embedding.shape[0]}-dimensional embedding but this index"
                f" holds {self.dim}-dimensional ones: use the embedder the store was built with"
                " (NEWSWEAVE_EMBEDDER)"
            )

    def add(self, f: DocFeatures, *, event_id: str | None = None) -> Assignment:
        """Assign ``f`` to its best event or open a new one (``event_id`` forces an event,
        used when an index is restored from the store)."""
        if f.id in self.docs:
            return Assignment(f.id, self.event_of[f.id], 1.0, False)
        self._check_dim(f)
        self._n += 1
        self._df.update(h for h, _ in f.terms)  # Counter counts an iterable in C
        self._edf.update(f.entities)
        self.docs[f.id] = f
        self._lexw[f.id], self._entw[f.id] = self._weigh(f)
        if event_id is not None:
            ev = self.events.get(event_id) or self._new_event(f.id, event_id)
            self._attach(f.id, ev)
            return Assignment(f.id, ev.id, 0.0, len(ev.members) == 1)
        best, score = self.best_event(f.id)
        if best is not None and score >= self.join_threshold:
            self._attach(f.id, self.events[best])
            return Assignment(f.id, best, round(score, 4), False)
        ev = self._new_event(f.id)
        self._attach(f.id, ev)
        return Assignment(f.id, ev.id, 0.0, True)

    def settle(self, event_ids: Iterable[str]) -> None:
        """Count restored events as refined: the ingest that stored them refined them, so a
        refine pass re-places their members (and splits them) only once they have grown by
        :data:`~newsweave.events.index.RECHECK_GROWTH`. Restoring marks events changed; left
        so, the first refine pass of every ingest re-placed every article it loaded (O(store)
        per ingest)."""
        for eid in event_ids:
            ev = self.events[eid]
            self._dirty.discard(eid)
            self._split_checked[eid] = len(ev.members)
            for d in ev.members:
                self._checked[d] = len(ev.members)

    def restore(self, stored: StoredArticles) -> None:
        """Put stored articles back into their stored events: the same state, to the bit, as
        ``add(f, event_id=e)`` for each in order and then :meth:`settle`. An ingest into a
        large store restores the events near its dates (~20,000 articles) before its first
        article: the running frequencies, the weights, their top :data:`LEX_TERMS`, the
        blocking words and the events' sums are computed for all at once, and an article's own
        weight vectors only when a refine pass needs them (:class:`RestoredVectors`). Only an
        article joining an event held already is attached one by one."""
        first: dict[str, int] = {}
        for i, aid in enumerate(stored.ids):
            if aid not in self.docs and aid not in first:  # add() keeps the first copy
                first[aid] = i
        if not first:
            return
        ids = list(first)
        todo = np.fromiter(first.values(), dtype=np.int64, count=len(first))
        keep = np.zeros(len(stored.ids), dtype=bool)
        keep[todo] = True
        per_word = np.repeat(keep, stored.lengths)
        h, tf, lens = stored.words[per_word], stored.tfs[per_word], stored.lengths[keep]
        entities = [stored.entities[i] for i in todo.tolist()]
        days = [stored.days[i] for i in todo.tolist()]
        passages = [stored.passages[i] for i in todo.tolist()]
        events = [stored.events[i] for i in todo.tolist()]
        limits = WordLimits(LEX_TERMS, BLOCK_TERMS, BLOCK_MAX_DF, BLOCK_MAX_DOCS)
        words = restored_words(h, tf, lens, self._n, self._df, limits)
        ents = restored_entities(entities, self._n, self._edf)
        emb = stored.embeddings[todo]
        ends = np.cumsum(lens).tolist()
        feats = [
            DocFeatures(
                id=aid,
                embedding=emb[j],
                terms=StoredTerms(h[e - n : e], tf[e - n : e]),
                entities=es,
                day=d,
                passages=q,
            )
            for j, (aid, n, e, es, d, q) in enumerate(
                zip(ids, lens.tolist(), ends, entities, days, passages, strict=True)
            )
        ]
        self._check_dim(feats[0])  # one array: one size
        self._n += len(ids)
        dict.update(self._df, zip(words.df_words, words.df_totals, strict=True))
        dict.update(self._edf, zip(ents.df_keys, ents.df_totals, strict=True))
        self.docs.update(zip(ids, feats, strict=True))
        self._lexw.defer(ids, words.vectors)
        self._entw.defer(ids, ents.vectors)
        fresh: dict[str, int] = {}  # events this restore opens, in order, and their first article
        for j, e in enumerate(events):
            if e not in self.events and e not in fresh:
                fresh[e] = j
        opened = [self._new_event(ids[j], e) for e, j in fresh.items()]
        number = {e: c for c, e in enumerate(fresh)}
        code = np.array([number.get(e, -1) for e in events], dtype=np.int64)
        self._restore_fresh(ids, days, events, code, opened, emb, words, ents)
        held = [j for j, c in enumerate(code.tolist()) if c < 0]
        block_of = words.vectors.owners()[words.block]
        block_at = np.searchsorted(block_of, np.arange(len(ids) + 1)).tolist()
        block_words = words.vectors.keys[words.block].tolist()
        for j in held:  # joins an event held already: one by one, in order
            self._attach(
                ids[j],
                self.events[events[j]],
                block_words=block_words[block_at[j] : block_at[j + 1]],
            )
        self.settle(dict.fromkeys(events[j] for j in held))

    def _restore_fresh(
        self,
        ids: list[str],
        days: list[int | None],
        events: list[str],
        code: np.ndarray,
        opened: list[EventState],
        emb: np.ndarray,
        words: RestoredWords,
        ents: RestoredEntities,
    ) -> None:
        """Attach restored articles to the events ``opened`` for them (``code``: the article's,
        -1 for another event) in bulk, and count those events as refined (:meth:`settle`)."""
        if not opened:
            return
        for aid, c, d, e in zip(ids, code.tolist(), days, events, strict=True):
            if c < 0:
                continue
            ev = opened[c]
            ev.members.append(aid)
            if d is not None:
                ev.days.append(d)
            self.event_of[aid] = e
        mine = code >= 0
        rows = np.array([self._rows[ev.id] for ev in opened], dtype=np.int64)
        n = len(opened)
        self._emb_sum[rows] += sums_in_order(code[mine], emb[mine], n)  # in order, as one by one
        self._count[rows] += np.bincount(code[mine], minlength=n).astype(np.float32)
        for side, packed, ints in (
            ("lex", words.vectors, words.vectors.keys),
            ("ent", ents.vectors, ents.key_codes),
        ):
            owner = packed.owners()
            sel = np.flatnonzero(code[owner] >= 0)
            sums = sums_by_event(
                code[owner[sel]], ints[sel], packed.keys[sel], packed.values[sel], n
            )
            for ev, total in zip(opened, sums, strict=True):
                setattr(ev, side, total)
        # blocking keys: each article's blocking words and all its entities name its event
        names = [ev.id for ev in opened]
        owner = words.vectors.owners()[words.block]
        sel = code[owner] >= 0
        self._block_in_bulk(words.vectors.keys[words.block[sel]], code[owner[sel]], names, None)
        owner = ents.vectors.owners()
        sel = code[owner] >= 0
        self._block_in_bulk(ents.key_codes[sel], code[owner[sel]], names, ents.df_keys)
        sizes = [len(ev.members) for ev in opened]
        self._dirty.difference_update(names)
        self._split_checked.update(zip(names, sizes, strict=True))
        self._checked.update(
            (aid, sizes[c]) for aid, c in zip(ids, code.tolist(), strict=True) if c >= 0
        )

    def _block_in_bulk(
        self, keys: np.ndarray, code: np.ndarray, names: list[str], entities: list[str] | None
    ) -> None:
        """``self._block[key].add(names[c])`` for each entry's key (a word, or the place of an
        entity key in ``entities``) and event ``c``: each pair once, each key's events as one
        set (a window's 350,000 entries one by one were 0.6 s of a one-off ingest)."""
        pairs, at = np.unique(keys.astype(np.int64) * len(names) + code, return_index=True)
        key, event = np.divmod(pairs, len(names))
        starts = np.flatnonzero(np.diff(key, prepend=-1))
        ends = np.append(starts[1:], len(pairs))
        came = np.argsort(np.minimum.reduceat(at, starts))  # keys in the order they came
        held = np.array(names, dtype=object)[event].tolist()
        labels = key[starts[came]].tolist()
        if entities is not None:
            labels = [("e", entities[k]) for k in labels]
        spans = map(slice, starts[came].tolist(), ends[came].tolist())
        groups = dict(zip(labels, map(set, map(held.__getitem__, spans)), strict=True))
        for k in groups.keys() & self._block.keys():
            self._block[k].update(groups.pop(k))
        self._block.update(groups)

    def add_many(self, feats: Iterable[DocFeatures]) -> list[Assignment]:
        return [self.add(f) for f in feats]

    def _unused(self, eid: str) -> str:
        """``eid``, or an id derived from it that no live or retired event has: an id once
        shown means one story."""
        while eid in self.events or eid in self.retired:
            eid = event_id_for(eid)
        return eid

    def clusters(self) -> dict[str, list[str]]:
        """Event id → member ids, events in creation order."""
        return {e.id: list(e.members) for e in sorted(self.events.values(), key=lambda e: e.seq)}
