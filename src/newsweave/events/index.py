"""The online event index: which articles report the same real-world event.

No number of events is given. Each article is a
:class:`~newsweave.events.features.DocFeatures` (a title+lead embedding, IDF-weighted
content words, named-entity keys, a publication date) and an online :class:`EventIndex`
assigns it to the event it is most similar to, or opens a new event when none is similar
enough.

Similarity of an article to an event is *average linkage*: the mean of its
similarities to the event's members, which for vectors is one dot product
with the members' mean vector, so assigning an article costs one pass over
the candidate events (no all-pairs step):

    sim = W_LEX · words + W_EMB · embedding + W_ENT · entities − date penalty

Content words and entities tell apart events of the same kind (two Waitrose
fires: Banstead 2008 vs Wellington 2013), the embedding carries paraphrase,
and dates far apart weigh against one event. Candidates are the events
sharing a rare word or entity with the article (an inverted index) plus the
nearest event centroids by embedding.

The join threshold is low on purpose: it gathers same-kind events into one
group (two Klitschko title fights share most of their words), and a periodic
:meth:`EventIndex.refine` pass then tells them apart. It re-places members
that no longer fit their group, merges groups whose centroids have converged,
and splits each changed group into events by average link over all pairs of
its members (bounded: ``SPLIT_MAX``), with words re-weighted by their rarity
*within the group*: the topic words every member shares fade, the words of one
event (Rahman vs Thompson) count. An article left alone then gets a second chance
to join the event it is most similar to (one story told at another length or from
another angle falls just short of the split threshold; another lone article only when it
stands out from the rest), from a lower similarity when that event stands out (lower still
when an event of two or more articles stands far out), from the join threshold when it
quotes a passage of quoted speech (8 words) that one event's articles quote and no other's,
from a little above it when it and one article of one event name the same three rare names
(people, places: words of the entities in either lead, found in both texts), and from the
join threshold when it names two rare names that every report of one story of three or more
names. Last, an article of a split group goes to another event as near to it whose articles
share far more of its whole text (every content word, not only the heaviest): the split's
average link decides near-ties by a hair; an article a move leaves alone gets its second
chance, and, the stories whole, a lone article joins the story of two or more articles whose
whole text it shares most, from a fifth of it (:mod:`~newsweave.events.lone_text`). Words and
entities weigh by a running document frequency that falls to ~0 for text every document
carries, so a paragraph many pages share (a newsletter pitch, a site footer) links no stories.
Event ids stay stable across runs and increments: a merge keeps the older event's id
(the other is retired, never reused), a split keeps the id for the part holding the
earliest article, a lone article's second chance keeps the id of the event it joins.

The online half (weights, scoring, candidate search, assignment, restoring stored events) is
:class:`~newsweave.events.online.OnlineIndex`; this module adds the refine pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.events.features import StoredArticles, gram, name_words, term_words
from newsweave.events.linkage import (
    TextVector,
    average_link_parts,
    group_local_vectors,
    mean_cosine,
    text_vector,
)
from newsweave.events.lone_text import particulars_vector, text_told_event
from newsweave.events.online import (
    DATE_GRACE_DAYS,
    DATE_SCALE_DAYS,
    EMB_CANDIDATES,
    LEX_TERMS,
    W_DATE,
    W_EMB,
    W_ENT,
    W_LEX,
    Assignment,
    EventState,
    OnlineIndex,
    event_id_for,
    sparse_dot,
    top_two,
)

# the index's public names (the store restores through StoredArticles, names events by event_id_for)
__all__ = ["Assignment", "EventChange", "EventIndex", "StoredArticles", "event_id_for"]

# ---------------------------------------------------------------- tuned on ECB+ (bench/bench_cluster.py)
# Articles are one event when their split similarity (below) reaches this, average-linked within
# their candidate group: the threshold that decides how fine events are (with W_LOCAL 0.7: ECB+
# B-cubed F1 0.910 at 0.10, 0.921 at 0.11, 0.909 at 0.12; both CV folds choose 0.10).
THRESHOLD = 0.11
# Merge two groups whose centroid similarity reaches this (well above the join threshold).
MERGE_THRESHOLD = 0.3
# Share of the group-local word similarity in the split similarity (the rest is the plain one):
# words re-weighted by their rarity *within* the group, so the words every member shares (the
# topic: Klitschko, heavyweight) fade and those of one event (Rahman vs Thompson) count.
# ECB+ 2-fold CV over topics (session 19's packages): 0.891 at 0.5, 0.907 at 0.6 (the folds peak
# at 0.13 and 0.10), 0.921 at 0.7 (both at 0.10-0.11); at 0.8 recall falls (all 0.83 at 0.13).
W_LOCAL = 0.7
# Groups smaller than this are split on the plain similarity first: too few members to tell
# topic words from event words (with two members every shared word is "rare in the group"). On
# AEB's 181 unlabelled pages, mostly unrelated stories, a group-local split from 4 members put
# 153 pairs of pages together (Black Friday deals, stabbings in San Francisco and Berlin), from 6:
# 124, from 8 and 12: 110. Multi-News B-cubed F1 0.864 from 12, 0.868 from 9, 0.872 from 8 (a
# story's angles meet: the Cannes stunt's four reports, Gone with the Wind's three); ECB+ level.
SPLIT_MIN = 8
# ...at this threshold (the plain similarity's), then each part again on the group's words
# (SMALL_GROUP_LOCAL_THRESHOLD), which parts same-kind stories the plain similarity joins.
# Multi-News B-cubed F1 over 10 input orders (the given one first), mean: 0.8830 at 0.22, 0.8820
# at 0.26, 0.8813 at 0.30 (a story's side pieces stay with its reports at the lower values: a
# column with the Cannes stunt). The plain split alone (session 19): 0.875 at 0.26-0.30.
SMALL_GROUP_THRESHOLD = 0.22
# ...and each part of two or more that split makes is split again, on its own rows of the group's
# split similarity (group-local words, as for larger groups), at this threshold: the local words
# only ever part what the plain similarity keeps together, never join, so the few-members weakness
# above (every shared word "rare in the group") links nothing. Two searches of one kind sit
# together on the plain similarity (MH370's satellite sightings and its submarine search days
# later) but share few words the whole group does not (0.13 across, 0.19-0.46 within each).
# Mean F1 over the 10 orders 0.8832 at 0.18, 0.8830 at 0.22, 0.8827 at 0.26; on the part's own
# rows, not the whole group's: there a stray the plain split leaves alone joins two of a story's
# five reports in the average link and parts them from the other three.
SMALL_GROUP_LOCAL_THRESHOLD = 0.22
# A lone article (a new story, or one a split left alone) gets a second chance: it joins the
# event it is most similar to on average from this similarity on. One story's articles written
# from other angles or at other lengths fall just short of the split threshold against a group
# whose average they would not lower much; this is above the join threshold, so a lone article
# that only shares a topic stays alone. Session 20, without the second chance → at 0.18:
# Multi-News validation B-cubed F1 0.827 → 0.872 (0.870 at 0.16, 0.872 at 0.20), ECB+ 0.919 →
# 0.921 (CV 0.921 either way); AEB's mostly unrelated pages: 85 pairs together → 110 (113 at
# 0.16; earlier, at 0.14, NASA's lander bids and the Davis Cup finals came together).
RESCUE_THRESHOLD = 0.18
# ...or from this lower similarity when that event stands out from the rest: the runner-up
# reaches at most RESCUE_DISTINCT_RATIO of it. A brief or a side piece of one story is near that
# story alone; an article as near to several events of one kind (budget talks, Sunday-show
# quotes) only shares their topic. Multi-News validation: of the lone articles whose nearest
# event scores 0.16-0.18, 5 of 5 that stand out so are of its story, 3 of 7 that do not.
# Session 20: B-cubed F1 0.869 without it → 0.872 from 0.16 (0.873 from 0.15, but AEB's
# unrelated pages: 108 pairs together → 116: a car launch beside two, a Russian page beside two);
# ECB+ level.
RESCUE_DISTINCT_THRESHOLD = 0.16
# The runner-up's share of the nearest event's similarity above which the nearest does not stand out.
# Whatever the similarity, another lone article must stand out so to be joined: near one story's
# several reports on average is that story's, near one other article may be near a kind of story
# (Multi-News validation, lone pairs so joined: 4 of 31 of two stories, budget talks, Iran talks,
# Trump's tweets, alcohol and cancer). Standing out asked of them: F1 0.8804 -> 0.8836 (those
# four apart, two join their own story then, one pair of one story, Conway on Fox, apart); ECB+
# level; AEB's unrelated pages together 116 -> 113 (car launches).
RESCUE_DISTINCT_RATIO = 0.7
# ...or, when that event holds two articles or more, from this lower similarity still when it
# stands far out: the runner-up reaches at most RESCUE_FAR_RATIO of it. A story's subject
# writing in the first person, or an essay from another angle, shares few words with the reports
# on that story, yet no other story comes near it. Multi-News validation: a teenage inventor's
# own essay joins the two reports on his invention (B-cubed F1 0.8815 -> 0.8827, the same from
# 0.07 to 0.11; in 10 shuffled input orders up in 8, level in 2, precision the same); ECB+ and
# its CV level; AEB's unrelated pages together: 113 from 0.10, 115 at
# 0.09 (a Portuguese page beside two others, 0.09 to them). Never into one lone article: so
# joined, Multi-News 2 lone pairs of one story, AEB 8 of two (stabbings in San Francisco and
# Berlin, Black Friday deals and a cartoon remake).
RESCUE_FAR_THRESHOLD = 0.10
# The runner-up's share of the nearest event's similarity at most, for the lower second chance:
# far lower than RESCUE_DISTINCT_RATIO (right join at 0.48; at 0.7 a wrong one, Multi-News P
# 0.9706 -> 0.9687, and ECB+ 0.9204 -> 0.9193 from 0.65).
RESCUE_FAR_RATIO = 0.6
# ...or from this similarity when the article and one article of that event name the same
# NAMING_WORDS rare names (:meth:`EventIndex.naming_event`): a background piece or an essay told
# from another angle shares few words with the news reports, but the people and places it names are
# theirs. Multi-News validation, lone articles so joined: from 0.09 five, all of their story
# (Peinovich's doxxing, the Nepal avalanche, the Kardashians, the dinosaur quarry, Sandy Hook),
# B-cubed F1 0.8723 -> 0.8783; from 0.11 four (0.8770); from the join threshold 0.075 the same
# five, and AEB's mostly unrelated pages together 116 -> 118 pairs. At 0.09, AEB 106 -> 116: two
# op-eds join the impeachment hearings' pages (7 pairs, one story), a Russian diet page joins
# three Russian pages already together (3: their function words pass for rare names). ECB+ level.
NAMING_THRESHOLD = 0.09
# How many names: words of an entity of either article's lead, found in both articles' whole text,
# and in at most NAMING_OUTSIDE articles outside that event. Multi-News F1 0.8774 with two (a sixth
# joins, Moscow's April Fools piece beside another story naming Vladimir Putin), 0.8783 with three,
# 0.8736 with four; AEB 118 / 116 / 112 pairs.
NAMING_WORDS = 3
# Outside that event: Multi-News F1 0.8757 at 1 (the quarry and Sandy Hook pieces stay out), 0.8783
# at 2 and 3; AEB 112 / 116 / 116 pairs. Counted in articles, not as a share: a story's names stay
# rare however large the store grows around it.
NAMING_OUTSIDE = 2
# Neither naming rescue acts in a store of fewer articles than this: a name "in at most
# NAMING_OUTSIDE articles outside the event" says it is the story's only where the outside is
# large enough for the news at large to show up in it. A name of the news at large is in about 1 %
# of articles (Multi-News validation: Putin 7 of 690, Moscow 8, Iran 7), so 300 articles hold it
# 3 times, more than NAMING_OUTSIDE. In a store of 31 (the five seeds of Putin's offer beside six
# other stories) Moscow's April Fools piece named Putin, Moscow and "Russian" as no other article
# did and joined the seeds. The benches refine at 621 (Multi-News) and 385-770 (ECB+) articles.
# A cost: in 40 stores of the seeds and six Multi-News stories each, B-cubed P 0.9966 -> 1.0, R
# 0.9399 -> 0.9312 (24 right pairs and 7 wrong ones no longer joined; one more name needed in a
# small store instead keeps the Moscow piece with the seeds). AEB's pages together 109 -> 102.
NAMING_MIN_STORE = 300
# ...and that event has this many articles at least: a story two reports tell. Two lone pages
# share rare words by chance when few pages of their site or language are in the store (AEB:
# Italian, Indonesian and Portuguese pages, two workshop-manual reviews).
NAMING_MIN_MEMBERS = 2
# The articles of an event whose names are compared with a lone article's: its latest ones, so
# that the check stays bounded in a large event (which undercounts the names it holds: stricter).
NAMING_MEMBERS = 32
# ...or from the join threshold when it names STORY_NAMES names that every one of that event's
# latest articles (NAMING_MEMBERS) names, STORY_MIN_MEMBERS of them at least, and that at most
# NAMING_OUTSIDE articles outside it name (:meth:`EventIndex.story_naming_event`): the names a
# story's every report carries are the story's, and an op-ed or a letter about it uses them
# whatever else it says. Multi-News validation: Biden's letter to the Stanford victim joins the
# five reports on Brock Turner's judge (B-cubed F1 0.8789 -> 0.8804), nothing else; ECB+ and AEB
# level. One name is not enough (five join, three by one name to another story: a creek, Comey,
# Moscow's April Fools piece beside the Crimea reports).
STORY_NAMES = 2
# From three reports: two pages may share names by chance or by saga (AEB, at two: Portuguese
# pages whose function words pass for names; Epstein's prison guards beside Prince Andrew's
# interview, 116 -> 123 pairs together).
STORY_MIN_MEMBERS = 3
# Words rare in a group link no pair whose plain similarity is below this (or the join threshold,
# when that is higher): within a group the words only two members share weigh most, so two strays
# of other stories that share a name would be one event by that word alone (Multi-News: a Taunton
# wedding and New England's April Fools' storm, plain 0.077, group-local 0.33 over
# "Massachusetts"). Below the join threshold 0.075 only, that pair stayed together; from 0.08 to
# 0.11 it is the one change (B-cubed F1 0.8783 -> 0.8789; at split thresholds 0.08-0.15 level or
# better, ECB+ unchanged at each); from 0.12 AEB's unrelated pages together 116 -> 120.
LOCAL_LINK_MIN = 0.10
# After the split and the second chances, an article of a split group, in an event of two or
# more, moves to another event it is about as similar to (plain similarity at most
# TEXT_MOVE_SLACK under its own event's) whose articles share TEXT_MOVE_RATIO times as much of its
# whole text (:func:`~newsweave.events.linkage.text_vector`: every content word, not only the top
# LEX_TERMS), and TEXT_MOVE_MIN at least. Near such a tie the split's average link decides by a
# hair; the particulars past an article's heaviest words tell which story an op-ed or a reaction
# is about (an op-ed on a president's remarks on a verdict sat with two reports of a lawsuit
# against the acquitted man, plain 0.285 against 0.283; whole text 0.073 against 0.140).
# Multi-News validation B-cubed F1 0.8827 -> 0.8894 (P 0.9706 -> 0.9775, R 0.8094 -> 0.8159: five
# articles move, four to their story, one within its story); ECB+ 0.9204 -> 0.9250, its 2-fold CV
# 0.9215 the same; AEB's unrelated pages together 113, the same pairs. In 10 shuffled input orders
# of Multi-News up in 8 (to +0.0037), level in 1, down 0.0008 in 1.
# Within this much of the own event's plain similarity (0.0 loses the op-ed above, F1 0.8860; an
# article 0.019 under its own event's moved to another story in one shuffled order).
TEXT_MOVE_SLACK = 0.015
# ...sharing this many times as much of its text (1.2 and 1.1: F1 0.8885, AEB 114 at 1.1; 1.4:
# ECB+ 0.9228).
TEXT_MOVE_RATIO = 1.3
# ...and this much at least (0.08-0.11: F1 0.8867, a Senate retirement piece joins a Supreme Court
# story at 0.120; 0.15: 0.8873, the op-ed above stays).
TEXT_MOVE_MIN = 0.13
# A group is average-linked exactly (all pairs) over this many of its members at most; the rest
# join the part they are most similar to, so a split costs O(SPLIT_MAX · group size).
SPLIT_MAX = 200
# A refine pass re-places an article again only once its event has grown by this factor since the
# article was last placed: a handful of new members barely moves an average link, and without
# this every pass re-scored every member of every touched event (ingest time per article grew
# with corpus size: 28 ms at 1,000, 44 ms at 20,000). Each article is re-placed O(log n) times.
RECHECK_GROWTH = 1.5
# A merge looks for partner events through the blocking keys of an event's latest members only:
# an event of 500 articles is found by its recent ones as well, at a bounded cost.
MERGE_BLOCK_MEMBERS = 32


@dataclass(frozen=True, slots=True)
class EventChange:
    """What a refine pass did: ``kind`` is "merge" (``event`` absorbed into ``into``) or "move"."""

    kind: str
    event: str
    into: str
    articles: tuple[str, ...]


def _due_a_check(size: int, last: int) -> bool:
    """Whether a group of ``size`` members, checked for a split at ``last``, is checked again:
    at any change while it was under :data:`SPLIT_MIN` when last checked (a small group's split
    is cheap, and what a later ingest joined to it online, at the permissive join threshold, was
    otherwise never split off: Multi-News ingested in 5 batches, B-cubed P 0.9434 against 0.9795
    in one), else once it has grown by :data:`RECHECK_GROWTH`."""
    if last < SPLIT_MIN:
        return size != last
    return size >= RECHECK_GROWTH * last


def _standing_out(scores: dict[str, float], events: Mapping[str, EventState]) -> str | None:
    """The event of ``scores`` a lone article is most similar to when that reaches
    :data:`RESCUE_THRESHOLD`, or :data:`RESCUE_DISTINCT_THRESHOLD` with the runner-up at most
    :data:`RESCUE_DISTINCT_RATIO` of it (at any similarity when that event is one article of
    ``events`` alone), or :data:`RESCUE_FAR_THRESHOLD` with the runner-up at most
    :data:`RESCUE_FAR_RATIO` of it when that event holds two articles or more; None otherwise."""
    best, score, runner_up = top_two(scores)
    if best is None or score < RESCUE_FAR_THRESHOLD:
        return None
    lone = len(events[best].members) == 1
    if score < RESCUE_DISTINCT_THRESHOLD:
        return None if lone or runner_up > RESCUE_FAR_RATIO * score else best
    if (score < RESCUE_THRESHOLD or lone) and runner_up > RESCUE_DISTINCT_RATIO * score:
        return None
    return best


class EventIndex(OnlineIndex):
    """Online event assignment (:class:`OnlineIndex`) with a periodic refine pass."""

    def __init__(
        self,
        threshold: float | None = None,
        *,
        merge_threshold: float | None = None,
        join_threshold: float | None = None,
        dim: int | None = None,
    ) -> None:
        super().__init__(join_threshold=join_threshold, dim=dim)
        self.threshold = THRESHOLD if threshold is None else threshold  # events (split)
        self.merge_threshold = (
            max(MERGE_THRESHOLD, self.join_threshold + 0.05)
            if merge_threshold is None
            else merge_threshold
        )

    def event_similarity(self, a: str, b: str) -> float:
        """Average-link similarity between two events (mean over member pairs)."""
        ea, eb = self.events[a], self.events[b]
        na, nb = len(ea.members), len(eb.members)
        small, big = (ea, eb) if len(ea.lex) < len(eb.lex) else (eb, ea)
        s_lex = sparse_dot(small.lex, big.lex)
        small, big = (ea, eb) if len(ea.ent) < len(eb.ent) else (eb, ea)
        s_ent = sparse_dot(small.ent, big.ent)
        s_emb = float(self._emb_sum[self._rows[a]] @ self._emb_sum[self._rows[b]])
        sim = (W_LEX * s_lex + W_EMB * s_emb + W_ENT * s_ent) / (na * nb)
        if ea.days and eb.days:
            gap = max(0, min(eb.days) - max(ea.days), min(ea.days) - max(eb.days))
            sim -= W_DATE * min(1.0, max(0.0, (gap - DATE_GRACE_DAYS) / DATE_SCALE_DAYS))
        return sim

    def refine(self, *, rounds: int = 2) -> list[EventChange]:
        """Re-place members (evict those that fit another group better or none at all), merge
        converged groups, then split each changed group into its events (:meth:`_split`), give
        lone articles a second chance (:meth:`_rescue`), and move a split group's article that
        the whole text places better (:meth:`_move_by_text`).

        Ids keep meaning the story first shown under them: an evicted article joins an existing
        event or opens one of its own; a merge keeps the older id (the other is retired and
        never reused); a split keeps the id for the part holding the earliest article.
        """
        changes: list[EventChange] = []
        # sizes at earlier passes decide what is re-placed; the rounds of this pass all use them
        before = dict(self._checked)
        touched: set[str] = set()
        for _ in range(rounds):
            dirty = {e for e in self._dirty if e in self.events}
            touched |= dirty
            self._dirty = set()
            if not dirty:
                break
            moved = self._reassign(changes, dirty, before)
            merged = self._merge(changes, dirty | {e for e in self._dirty if e in self.events})
            if not moved and not merged:
                break
        touched |= self._dirty
        parts = self._split(changes, {e for e in touched if e in self.events})
        rescued = {e for e in touched | self._dirty if e in self.events}
        self._rescue(changes, rescued)
        before_moves = len(changes)
        self._move_by_text(changes, {e for e in parts if e in self.events})
        # a move can leave one article behind: it gets the second chance a split's strays had
        left = {c.event for c in changes[before_moves:] if c.event in self.events}
        self._rescue(changes, left)
        # last, the stories whole, a lone article joins the one whose whole text it shares
        self._rescue(changes, {e for e in rescued | left if e in self.events}, by_text=True)
        self._keep_ids_with_anchors(changes)
        self._dirty = set()
        return changes

    def _keep_ids_with_anchors(self, changes: list[EventChange]) -> None:
        """An id names the story of the earliest article shown under it (its anchor): when a
        refine pass moved that article to another event, the id follows it there. The event
        it left keeps its other articles under a fresh id; a younger event that received the
        anchor takes the id over; an older one absorbs it (the id answers as that one)."""
        moved = [c.event for c in changes] + [c.into for c in changes]
        for x in dict.fromkeys(moved):
            a = self.anchor.get(x)
            if a is None or a not in self.event_of or self.event_of[a] == x:
                continue
            y = self.event_of[a]
            seq_x = self.events[x].seq if x in self.events else None
            if x in self.events:  # the articles left behind become a story of their own
                left = self.events[x]
                fresh = self._unused(event_id_for(left.members[0]))
                self._rename(x, fresh, left.members[0])
                changes.append(EventChange("move", x, fresh, tuple(left.members)))
            if seq_x is not None and self.events[y].seq > seq_x:  # the younger takes the id
                ev = self.events[y]
                self.retired.discard(x)
                self._rename(y, x, a)
                ev.seq = seq_x
                self.retired.add(y)
                changes.append(EventChange("move", y, x, tuple(ev.members)))
            else:  # an older event holds the anchor now: the id answers as that event
                self.retired.add(x)
                changes.append(EventChange("merge", x, y, ()))

    def _rename(self, old: str, new: str, anchor: str) -> None:
        """Give event ``old`` the id ``new`` (every index that names it follows)."""
        ev = self.events.pop(old)
        ev.id = new
        self.events[new] = ev
        r = self._rows.pop(old)
        self._rows[new] = r
        self._row_ids[r] = new
        for d in ev.members:
            self.event_of[d] = new
            for key in self._block_keys(d):
                ids = self._block[key]
                ids.discard(old)
                ids.add(new)
        if old in self._split_checked:
            self._split_checked[new] = self._split_checked.pop(old)
        self.anchor[new] = anchor  # the old id keeps its own: a retired id answers by it
        self._dirty.discard(old)

    def _rescue(self, changes: list[EventChange], ids: set[str], *, by_text: bool = False) -> None:
        """Give each lone article among ``ids`` a second chance: it joins the one event that
        quotes a passage it quotes (:meth:`quoting_event`), else the event it is most similar
        to (:func:`_standing_out`), else the one event that names the rare names it names
        (:meth:`naming_event`), else the one story whose every report names two of its names
        (:meth:`story_naming_event`), reported as a merge that keeps the older id; or, ``by_text``,
        the one story whose whole text it shares (:meth:`text_told_event`) alone. Its candidate
        events are scored once for the four."""
        vectors: dict[str, TextVector] = {}  # by_text: the articles' particulars, once a pass
        for eid in sorted(ids, key=lambda e: self.events[e].seq):
            ev = self.events.get(eid)
            if ev is None or len(ev.members) != 1:
                continue
            doc = ev.members[0]
            scores = self.candidate_scores(doc, exclude_own=True)
            best = (
                self.text_told_event(doc, scores, vectors)
                if by_text
                else self.quoting_event(doc, scores)
                or _standing_out(scores, self.events)
                or self.naming_event(doc, scores)
                or self.story_naming_event(doc, scores)
            )
            if best is None:
                continue
            into = self.events[best]
            if ev.seq < into.seq:  # the lone article's event is the older: its id survives
                docs = tuple(into.members)
                for d in docs:
                    self._detach(d)
                    self._attach(d, ev)
                self._split_checked[eid] = len(ev.members)  # not split again for one article
                changes.append(EventChange("merge", best, eid, docs))
                continue
            self._detach(doc)
            self._attach(doc, into)
            self._split_checked[best] = len(into.members)  # not split again for one article
            changes.append(EventChange("merge", eid, best, (doc,)))

    def _move_by_text(self, changes: list[EventChange], ids: set[str]) -> None:
        """Move each article of the events ``ids`` (of two articles or more) to the event whose
        articles share the most of its whole text, when that event is about as near to it by the
        plain similarity and shares far more (:data:`TEXT_MOVE_SLACK`, :data:`TEXT_MOVE_RATIO`,
        :data:`TEXT_MOVE_MIN`)."""
        vectors: dict[str, TextVector] = {}

        def vec(d: str) -> TextVector:
            if d not in vectors:
                vectors[d] = text_vector(self.docs[d].terms, self._df, self._n)
            return vectors[d]

        def text_share(d: str, members: Sequence[str]) -> float:
            return mean_cosine(vec(d), [vec(m) for m in members[-NAMING_MEMBERS:] if m != d])

        for eid in sorted(ids, key=lambda e: self.events[e].seq):
            for doc in list(self.events[eid].members) if eid in self.events else ():
                own = self.events[self.event_of[doc]]
                if len(own.members) < 2:
                    continue
                scores = self.candidate_scores(doc, exclude_own=True)
                own_s = self._own_score(
                    doc, own, float(self._emb_sum[self._rows[own.id]] @ self.docs[doc].embedding)
                )
                near = [e for e, s in scores.items() if s >= own_s - TEXT_MOVE_SLACK]
                if not near:
                    continue
                shares = {e: text_share(doc, self.events[e].members) for e in near}
                best = max(shares, key=lambda e: shares[e])
                own_t = text_share(doc, own.members)
                if shares[best] < max(TEXT_MOVE_MIN, TEXT_MOVE_RATIO * own_t):
                    continue
                into = self.events[best]
                self._detach(doc)
                self._attach(doc, into)
                self._split_checked[best] = len(into.members)  # not split again for one article
                changes.append(EventChange("move", own.id, best, (doc,)))

    def quoting_event(self, doc: str, scores: dict[str, float]) -> str | None:
        """The one event among ``doc``'s other candidates, ``scores`` its similarity to each
        (:meth:`candidate_scores`), whose members quote a passage ``doc`` quotes
        (:func:`~newsweave.events.features.quoted_passages`), when ``doc`` is at least as
        similar to it as a join needs; None when none does, or more than one (a passage two
        stories quote, a stock phrase or a slogan, names neither)."""
        f = self.docs[doc]
        if not f.passages.size:
            return None
        members = [(e, m) for e in scores for m in self.events[e].members]
        if not members:
            return None
        owners = [e for e, _ in members]
        quoted = [self.docs[m].passages for _, m in members]
        sizes = np.fromiter(map(len, quoted), np.int64, len(quoted))
        hit = np.repeat(np.arange(len(quoted)), sizes)[np.isin(np.concatenate(quoted), f.passages)]
        found = {owners[i] for i in np.unique(hit).tolist()}
        if len(found) != 1:
            return None
        best = found.pop()
        return best if scores[best] >= self.join_threshold else None

    def text_told_event(
        self, doc: str, scores: dict[str, float], vectors: dict[str, TextVector]
    ) -> str | None:
        """The event among ``doc``'s other candidates at least as similar to it as a join needs
        (``scores``) whose latest articles share the most of its whole text, when that is a
        story's (:func:`~newsweave.events.lone_text.text_told_event`); None otherwise.
        ``vectors``: the articles' particulars vectors computed so far in this pass (filled)."""

        def vec(d: str) -> TextVector:
            if d not in vectors:
                vectors[d] = particulars_vector(self.docs[d].terms, self._df, self._n)
            return vectors[d]

        near = {
            e: [vec(m) for m in self.events[e].members[-NAMING_MEMBERS:]]
            for e, s in scores.items()
            if s >= self.join_threshold
        }
        return text_told_event(vec(doc), near)

    def naming_event(self, doc: str, scores: dict[str, float]) -> str | None:
        """The one event of :data:`NAMING_MIN_MEMBERS` articles or more, among ``doc``'s other
        candidates at least :data:`NAMING_THRESHOLD` similar to it (``scores``), one of whose
        latest articles names :data:`NAMING_WORDS` of the names ``doc`` names
        (:meth:`_names_shared`); None when none does, or more than one (names of a kind of
        story, not of one), or in a store under :data:`NAMING_MIN_STORE`."""
        if self._n < NAMING_MIN_STORE:
            return None
        found = [
            e
            for e, s in scores.items()
            if s >= NAMING_THRESHOLD
            and len(self.events[e].members) >= NAMING_MIN_MEMBERS
            and self._names_shared(doc, self.events[e].members[-NAMING_MEMBERS:])
        ]
        return found[0] if len(found) == 1 else None

    def story_naming_event(self, doc: str, scores: dict[str, float]) -> str | None:
        """The one event of :data:`STORY_MIN_MEMBERS` articles or more, among ``doc``'s other
        candidates at least as similar to it as a join needs (``scores``), whose latest articles
        all name :data:`STORY_NAMES` names that ``doc`` names too (:meth:`_story_names`); None
        when none does, or more than one, or in a store under :data:`NAMING_MIN_STORE`."""
        if self._n < NAMING_MIN_STORE:
            return None
        found = [
            e
            for e, s in scores.items()
            if s >= self.join_threshold
            and len(self.events[e].members) >= STORY_MIN_MEMBERS
            and self._story_names(doc, self.events[e].members[-NAMING_MEMBERS:]) >= STORY_NAMES
        ]
        return found[0] if len(found) == 1 else None

    def _story_names(self, doc: str, members: Sequence[str]) -> int:
        """How many names ``doc`` shares with a story's ``members``: words of an entity of a
        member's lead, in ``doc``'s text and in every member's, and in at most
        :data:`NAMING_OUTSIDE` other articles (running document frequency; a name the story's
        earlier articles carry too counts as outside: stricter)."""
        names = np.fromiter(
            frozenset().union(*(name_words(self.docs[m].entities) for m in members)), np.int64
        )
        names = names[np.isin(names, term_words(self.docs[doc].terms))]
        for m in members:
            names = names[np.isin(names, term_words(self.docs[m].terms))]
        df = np.fromiter((self._df[h] for h in names.tolist()), np.int64, len(names))
        return int((df - len(members) - 1 <= NAMING_OUTSIDE).sum())

    def _names_shared(self, doc: str, members: Sequence[str]) -> bool:
        """Whether ``doc`` and one of ``members`` both name :data:`NAMING_WORDS` names: words of
        an entity of either one's lead, in both their texts, and in at most
        :data:`NAMING_OUTSIDE` other articles than ``doc`` and ``members`` (running document
        frequency): names of this story, not of the news at large."""
        f = self.docs[doc]
        own_words, own_names = term_words(f.terms), name_words(f.entities)
        texts = [term_words(self.docs[m].terms) for m in members]
        named: list[np.ndarray] = []
        for m, words in zip(members, texts, strict=True):
            both = np.fromiter(own_names | name_words(self.docs[m].entities), np.int64)
            named.append(both[np.isin(both, own_words) & np.isin(both, words)])
        if sum(map(len, named)) < NAMING_WORDS:
            return False
        names = np.unique(np.concatenate(named))
        inside = sum(np.isin(names, words).astype(np.int64) for words in texts)
        df = np.fromiter((self._df[h] for h in names.tolist()), np.int64, len(names))
        rare = names[df - inside - 1 <= NAMING_OUTSIDE]
        return any(np.isin(n, rare).sum() >= NAMING_WORDS for n in named)

    def split_similarity(
        self, members: Sequence[str], k: int | None = None, *, local: bool = True
    ) -> np.ndarray:
        """Similarity of a group's members to its first ``k`` (all by default) for the split:
        ``W_LOCAL`` × the cosine of word vectors weighted by global IDF × IDF *within the group*
        (words only some members use), plus the rest × the plain similarity (words, embedding,
        entities − date penalty); the plain similarity alone when not ``local``. Words rare in
        the group link no pair whose plain similarity is below :data:`LOCAL_LINK_MIN` (or the join
        threshold): two strays of a group that share a word or two (a pageant winner, a softball
        game; a wedding and a storm in one state) are not one event.

        Words and entities are weighed by the document frequencies of now (:meth:`_weigh`), not
        by those of when each member was added: a store's first articles were weighed among a
        handful of documents, where a story's own words are "common" (five reports of one offer,
        the first in a run, read 0.21-0.30 alike on their add-time weights and split 3 + 2 on
        their own words; 0.45-0.57 now). Multi-News B-cubed F1 0.8917 -> 0.8945, mean over 10
        input orders 0.8812 -> 0.8830; ECB+ 0.9261 -> 0.9304, its 2-fold CV 0.9215 -> 0.9291;
        AEB's unrelated pages put together 113 -> 109 (with the small-group re-split above)."""
        k = len(members) if k is None else k
        plain = self._plain_similarity(members, k)
        return self._local_similarity(members, plain, k) if local else plain

    def _plain_similarity(self, members: Sequence[str], k: int) -> np.ndarray:
        """The plain similarity of :meth:`split_similarity`: words, embedding and entities,
        weighed by the store as it is, less the date penalty."""
        feats = [self.docs[m] for m in members]
        emb = np.stack([f.embedding for f in feats])
        lexw, entw = zip(*(self._weigh(f) for f in feats), strict=True)
        plain = W_LEX * gram(lexw, k) + W_EMB * (emb @ emb[:k].T) + W_ENT * gram(entw, k)
        days = np.array([f.day if f.day is not None else -1 for f in feats], dtype=np.float64)
        gap = np.abs(days[:, None] - days[None, :k])
        pen = W_DATE * np.clip((gap - DATE_GRACE_DAYS) / DATE_SCALE_DAYS, 0.0, 1.0)
        pen[days < 0, :] = 0.0
        pen[:, days[:k] < 0] = 0.0
        return plain - pen

    def _local_similarity(self, members: Sequence[str], plain: np.ndarray, k: int) -> np.ndarray:
        """The group-local split similarity of :meth:`split_similarity`, from the ``plain``
        one (:meth:`_plain_similarity`) of the same rows."""
        terms = [self.docs[m].terms for m in members]
        weights = group_local_vectors(terms, self._df, self._n, LEX_TERMS)
        both = W_LOCAL * gram(weights, k) + (1.0 - W_LOCAL) * plain
        floor = max(LOCAL_LINK_MIN, self.join_threshold)
        return np.where(plain < floor, np.minimum(both, plain), both)

    def _split(self, changes: list[EventChange], ids: set[str]) -> set[str]:
        """Split each changed group into events: average link at :attr:`threshold` over
        :meth:`split_similarity` (a group under :data:`SPLIT_MIN`: :meth:`_small_group_parts`).
        The join step groups same-kind events together (their shared topic words dominate the
        plain similarity); within a group the event words stand out. A group is checked again
        when :func:`_due_a_check`. Returns the events of the groups it split (each part)."""
        parts_made: set[str] = set()
        for eid in sorted(ids, key=lambda e: self.events[e].seq):
            members = list(self.events[eid].members)
            last = self._split_checked.get(eid)
            if len(members) < 2 or (last is not None and not _due_a_check(len(members), last)):
                continue
            step = -(-len(members) // SPLIT_MAX)  # a spread sample of SPLIT_MAX at most
            core = members[::step]
            rest = [m for i, m in enumerate(members) if i % step]
            rows = core + rest
            if len(members) < SPLIT_MIN:
                parts = self._small_group_parts(rows)
            else:
                sim = self.split_similarity(rows, len(core))
                parts = average_link_parts(sim, len(core), self.threshold)
            order = {m: i for i, m in enumerate(members)}
            # the id stays with the part holding the event's earliest article: what was shown
            # under it first is what a saved link means
            groups = sorted(
                ([rows[r] for r in part] for part in parts),
                key=lambda g: min(order[m] for m in g),
            )
            for group in groups[1:]:
                for d in group:
                    self._detach(d)
                ev = self._new_event(group[0])
                for d in group:
                    self._attach(d, ev)
                self._split_checked[ev.id] = len(group)
                changes.append(EventChange("move", eid, ev.id, tuple(group)))
                parts_made |= {eid, ev.id}
            self._split_checked[eid] = len(groups[0])
        return parts_made

    def _small_group_parts(self, members: Sequence[str]) -> list[list[int]]:
        """The parts (rows of ``members``) of a group under :data:`SPLIT_MIN`: average link on
        the plain similarity at :data:`SMALL_GROUP_THRESHOLD`, then each part of two or more on
        its rows of the split similarity at :data:`SMALL_GROUP_LOCAL_THRESHOLD`. The group-local
        words only part what the plain similarity keeps together; with so few members they would
        join strays that share a word or two."""
        n = len(members)
        plain = self._plain_similarity(members, n)  # weighed once for both steps
        sim = self._local_similarity(members, plain, n)
        parts: list[list[int]] = []
        for part in average_link_parts(plain, len(members), SMALL_GROUP_THRESHOLD):
            if len(part) == 1:
                parts.append(part)
                continue
            own = sim[np.ix_(part, part)]
            parts += [
                [part[i] for i in sub]
                for sub in average_link_parts(own, len(part), SMALL_GROUP_LOCAL_THRESHOLD)
            ]
        return parts

    def _own_score(self, doc: str, ev: EventState, emb_dot: float) -> float:
        """``doc``'s similarity to its own event ``ev`` as if it were not in it (``emb_dot``:
        its embedding's dot with the event's embedding sum)."""
        return self._score(
            self.docs[doc], self._lexw[doc], self._entw[doc], ev, emb_dot, exclude_self=True
        )

    def _reassign(self, changes: list[EventChange], dirty: set[str], before: dict[str, int]) -> int:
        """Re-place the members of events changed since the last pass (incremental: no full sweep),
        skipping those whose event has not grown by :data:`RECHECK_GROWTH` since an earlier pass."""
        moved = 0
        docs = [
            d
            for e in sorted(dirty, key=lambda e: self.events[e].seq)
            for d in self.events[e].members
        ]
        for doc in docs:
            own = self.event_of[doc]
            size = len(self.events[own].members)
            if size < 2:
                continue
            last = before.get(doc)
            if last is not None and size < RECHECK_GROWTH * last:
                continue
            self._checked[doc] = size
            _, dots = self._candidates(doc, self.docs[doc])
            own_s = self._own_score(doc, self.events[own], float(dots[self._rows[own]]))
            best, best_s = self.best_event(doc, exclude_own=True)
            if best is not None and best_s >= self.join_threshold and best_s > own_s + 0.02:
                self._detach(doc)
                self._attach(doc, self.events[best])
                changes.append(EventChange("move", own, best, (doc,)))
                moved += 1
            elif own_s < self.join_threshold * 0.6:  # fits nowhere: a story of its own
                self._detach(doc)
                ev = self._new_event(doc)
                self._attach(doc, ev)
                changes.append(EventChange("move", own, ev.id, (doc,)))
                moved += 1
        return moved

    def _merge(self, changes: list[EventChange], dirty: set[str]) -> int:
        merged = 0
        ids = sorted((e for e in dirty if e in self.events), key=lambda e: self.events[e].seq)
        for eid in ids:
            if eid not in self.events:
                continue
            ev = self.events[eid]
            r = self._rows[eid]
            n_rows = len(self._row_ids)
            cen = self._emb_sum[r] / max(1.0, self._count[r])
            means = (self._emb_sum[:n_rows] @ cen) / np.maximum(self._count[:n_rows], 1)
            k = min(EMB_CANDIDATES, n_rows)
            top = np.argpartition(-means, k - 1)[:k] if k < n_rows else np.arange(n_rows)
            cands = {self._row_ids[x] for x in top} - {None, eid}
            votes: Counter[str] = Counter()
            for doc in ev.members[-MERGE_BLOCK_MEMBERS:]:
                for key in self._block_keys(doc, all_entities=False):
                    for e in self._block.get(key, ()):
                        votes[e] += 1
            votes.pop(eid, None)
            cands.update(self._top_voted(votes))
            best, best_s = None, self.merge_threshold
            for c in sorted(c for c in cands if c in self.events):
                s = self.event_similarity(eid, c)
                if s >= best_s:
                    best, best_s = c, s
            if best is None:
                continue
            a, b = self.events[eid], self.events[best]
            keep, gone = (a, b) if a.seq <= b.seq else (b, a)  # the older id survives
            docs = tuple(gone.members)
            for d in docs:
                self._detach(d)
                self._attach(d, keep)
            changes.append(EventChange("merge", gone.id, keep.id, docs))
            merged += 1
        return merged
