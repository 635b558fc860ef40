"""Timeline groups that tell one happening: the same thing told by two outlets (or twice by
one) in words the clause embeddings alone keep apart.

The timeline stage (:mod:`newsweave.synthesis.stages.timeline`) groups dated clauses by the
similarity of the date's own phrase, which a short or a relative clause reads poorly: "Flight
MH370 disappeared on 8 March with 239 people on board" and "the flight, which disappeared on
March 8" (multinews 209), "Lehmkuhl was elected in 2012 and ... failed to produce minutes" and
"Lehmkuhl, who was elected in 2012" (124), "Ms. Clifford began an intimate relationship with
Mr. Trump in the Summer of 2006" and "Clifford and Trump had an intimate relationship that
lasted from the summer of 2006 ..." (34) each stood as two entries. Two groups under one date
(or one whose month or year holds the other's day) are one happening when they share most of
their content words and their whole clauses read alike; a clause told twice, once inside a
longer one, is one too. Two days apart are never joined: on the multinews timelines such
pairs were nearly always two happenings ("Johnson was arrested June 17", "Smith was arrested
June 18").

Two groups whose dates date one act (:mod:`newsweave.synthesis.dated_act`: one kind of verb,
done by or to the same one) are one happening however little else they share ("Mr. Kantner
and Ms. Anderson died in 2016" / "Paul Kantner, who passed away in 2016", 229); two groups in
different parts of one year ("in spring 2017" / "in summer 2017", 130) never are. A date that
is a word of a noun ("the 2015 deal", "Saturday's attack") dates that thing, which is one
happening with an act of its family under the date ("In 2015, the two countries reached a
settlement", 168) or a telling that names it too (``_one_thing``); a clause whose dated act
is told again, all its words, inside a longer one is a fragment of it (``_told_inside``).
Under one day (``_one_day``) acts are compared as one day's: a violent act of one kind and one
of another are one happening, and an act that names no one is another's of its kind.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsweave.models import Span
from newsweave.nlp import Embedder
from newsweave.synthesis.dated_act import (
    DatedAct,
    DatedThing,
    same_act,
    tells_thing,
    thing_family,
)
from newsweave.synthesis.disjoint import UnionFind
from newsweave.synthesis.told_acts import one_told_act
from newsweave.text.dates import ResolvedDate

# Parts of speech whose lemmas tell what a clause is about (who, what, what was done, how many).
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "NUM", "ADJ"})
# Two groups tell one happening only when at least this share of the smaller one's content
# lemmas are the other's, and their clauses, date words masked, read alike at least
# :data:`RETOLD_SIM` (MiniLM cosine). Of the 458 pairs of groups of the 250 multinews timelines
# (session 40) under one date or a date within another's, about 25 read as retellings; those
# past both bars were all retellings, while below them retellings and two happenings mix
# (shared 0.3-0.5: "45% of couples went over budget" / "33% of couples hired pianists").
SHARED_WORDS = 0.55
RETOLD_SIM = 0.45
# A group with fewer content lemmas than this says too little to be compared.
MIN_CONTENT_WORDS = 2
# A group dated only by a month or a year joins a finer one within it at a higher similarity:
# a year holds many happenings of one person ("McCullum left Plaskett's office, he worked for a
# few months in 2016 for Rep. Wilson" is not "McCullum stopped working for Plaskett in June
# 2016", cosine 0.63; own prose of that shape 0.70), while one sentence told twice reads alike
# ("a four-month sentence ... for ripping up photos of the King of Bahrain in May 2012" and "a
# four-month sentence over another photo-ripping protest in 2012", multinews 127, 0.84).
REFINED_SIM = 0.75
# A clause shorter than this (characters) inside another is no retelling of it: too little.
MIN_CONTAINED_CHARS = 20
# Two ranges that overlap on at least this share of the longer one's days are one stretch as
# two outlets bound it ("between May 2014 and November 2015" / "from June 2014 through October
# 2015", multinews 241: 17 of 19 months), when they count the same thing alike ("sickened 87
# people" in both): one happening.
RANGE_OVERLAP = 0.8


@dataclass(frozen=True, slots=True)
class Wording:
    """What a clause is about: the lemmas of its content words (``words``) and, among them,
    of its proper names (``names``)."""

    words: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    counts: frozenset[str] = frozenset()  # the figures it counts things by ("87 people")


@dataclass(frozen=True, slots=True)
class Telling:
    """One timeline group as compared here: its ``date``, the wording of its clauses, its
    clauses with their date words masked (``texts``), the acts its dates date (``acts``) and
    the nouns they are words of (``things``: "the 2015 agreement")."""

    date: ResolvedDate
    wording: Wording
    texts: tuple[str, ...]
    acts: tuple[DatedAct, ...] = ()
    things: tuple[DatedThing, ...] = ()
    told: tuple[DatedAct, ...] = ()  # the acts told inside a claim or incident dated (told_acts)


def wording(doc, clause: Span, start: int, end: int) -> Wording:
    """The content words (:data:`CONTENT_POS`, no stop words), proper names and counts (a
    figure in digits with the noun it counts, "87 people") of ``clause`` outside the date's
    words at ``start:end``."""
    span = doc.char_span(clause.start, clause.end, alignment_mode="expand")
    if span is None:
        return Wording()
    content = [
        t
        for t in span
        if t.pos_ in CONTENT_POS and not t.is_stop and len(t.text) > 1 and not start <= t.idx < end
    ]
    return Wording(
        frozenset(t.lemma_.lower() for t in content),
        frozenset(t.lemma_.lower() for t in content if t.pos_ == "PROPN"),
        frozenset(
            f"{t.text} {t.head.lemma_.lower()}"
            for t in content
            if t.pos_ == "NUM" and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.is_digit
        ),
    )


def _within(fine: ResolvedDate, coarse: ResolvedDate) -> bool:
    """Whether the day or month ``fine`` lies inside the month or year ``coarse`` (no ranges)."""
    if fine.end is not None or coarse.end is not None or coarse.precision == "day":
        return False
    if fine.precision == coarse.precision or (fine.precision, coarse.precision) == (
        "year",
        "month",
    ):
        return False
    same = fine.date.year == coarse.date.year
    return same and (coarse.precision == "year" or fine.date.month == coarse.date.month)


def _overlapping(a: ResolvedDate, b: ResolvedDate) -> bool:
    """Whether ``a`` and ``b`` are two ranges that overlap on :data:`RANGE_OVERLAP` of the
    longer one's days."""
    if a.end is None or b.end is None:
        return False
    shared = (min(a.end, b.end) - max(a.date, b.date)).days + 1
    longer = max((a.end - a.date).days, (b.end - b.date).days) + 1
    return shared >= RANGE_OVERLAP * longer


def _counted_alike(a: Telling, b: Telling) -> bool:
    """Whether both count one thing by one figure ("sickened 87 people" / "87 people")."""
    return bool(a.wording.counts & b.wording.counts)


def in_part(d: ResolvedDate) -> bool:
    """Whether ``d`` is a part of a year (a season, its early, middle or late part: a span of
    months, sorted by its ``sort_key``), not the whole year."""
    return d.precision == "year" and d.sort_key is not None


def other_parts(a: ResolvedDate, b: ResolvedDate) -> bool:
    """Whether ``a`` and ``b`` lie in different parts of one year (:func:`in_part`): "In spring
    2017, Farrow played Oppenheim the audio" and "During a meeting in summer 2017, Oppenheim
    mentioned ..." (multinews 130) are two happenings, however alike they read."""
    return in_part(a) and in_part(b) and a.sort_key != b.sort_key


def _key(d: ResolvedDate) -> tuple:
    return (d.date, d.precision, d.end)


def _contained(a: Telling, b: Telling) -> bool:
    """Whether a clause of one is told inside a clause of the other (under one date)."""
    return any(
        len(x.strip()) >= MIN_CONTAINED_CHARS and x.strip() in y
        for xs, ys in ((a.texts, b.texts), (b.texts, a.texts))
        for x in xs
        for y in ys
    )


def _shared(a: Telling, b: Telling) -> bool:
    """Whether most of the smaller one's content lemmas are the other's (:data:`SHARED_WORDS`),
    and they name someone in common when both name someone: "Johnson was arrested ... and was
    being held on $2.09 million bail" and "Smith was arrested ... and was being held on about
    $2.07 million bail" are two arrests."""
    x, y = a.wording, b.wording
    fewer = min(len(x.words), len(y.words))
    if x.names and y.names and not x.names & y.names:
        return False
    return fewer >= MIN_CONTENT_WORDS and len(x.words & y.words) >= SHARED_WORDS * fewer


def _one_day(a: Telling, b: Telling) -> bool:
    """Whether both are dated by one day (no range)."""
    return _key(a.date) == _key(b.date) and a.date.precision == "day" and a.date.end is None


def _one_act(a: Telling, b: Telling) -> bool:
    """Whether a date of one and a date of the other date one act (:func:`same_act`, under one
    day when both are of one day, :func:`_one_day`)."""
    day = _one_day(a, b)
    return any(same_act(x, y, one_day=day) for x in a.acts for y in b.acts)


def _apart(names: frozenset[str], others: frozenset[str]) -> bool:
    """Whether both sets name someone and no one in common."""
    return bool(names and others and not names & others)


def _one_thing(a: Telling, b: Telling) -> bool:
    """Whether a date of one is a word of a noun (its thing: "the 2015 agreement", "Saturday's
    attack") that the other tells: as the act its date dates (:func:`tells_thing`: "reached a
    settlement in 2015", multinews 168), or, unless the two name someone and no one in common
    (three people's statements "Sunday night", 112), as its own dated thing of that family or
    among its words ("Clifford signed the agreement ... on Oct. 28, 2016" beside "the Oct. 28,
    2016, hush agreement", 034). A thing that names someone ("the Senate's vote") is
    another's only where the other names them too."""
    for x, y in ((a, b), (b, a)):
        for t in x.things:
            if _apart(t.names, y.wording.names):
                continue
            if any(tells_thing(act, t, one_day=_one_day(a, b)) for act in y.acts):
                return True
            family = thing_family(t.lemma)
            if _apart(x.wording.names, y.wording.names):
                continue
            kin = [u for u in y.things if thing_family(u.lemma) == family]
            if any(not _apart(u.names, x.wording.names) for u in kin):
                return True
            if t.lemma in y.wording.words and not kin:
                return True
    return False


def _told_inside(a: Telling, b: Telling) -> bool:
    """Whether one's dated act is told again, all its words, inside the other's clause under
    the same date ("she didn't mention the subject Thursday" beside "Davis ... declared her
    candidacy for governor Thursday, but she didn't mention abortion rights, the subject that
    ...", multinews 230): the shorter one a fragment of the longer, however apart their whole
    clauses read."""
    if _apart(a.wording.names, b.wording.names):
        return False
    for x, y in ((a, b), (b, a)):
        words = x.wording.words
        if (
            len(words) >= MIN_CONTENT_WORDS
            and words <= y.wording.words
            and any(
                act.parties and act.family in {thing_family(w) for w in words} for act in x.acts
            )
        ):
            return True
    return False


def _one_told(a: Telling, b: Telling) -> bool:
    """Whether a claim or an incident one dates tells an act the other dates or tells too
    (:func:`one_told_act`: "made up a claim in September that a gunman fired at his cruiser" /
    "a Sept. 2, 2015, incident in which ... a gunman who shot up his cruiser", multinews 246),
    unless the two name someone and no one in common."""
    if _apart(a.wording.names, b.wording.names):
        return False
    return one_told_act(a.told, (*b.acts, *b.told)) or one_told_act(b.told, a.acts)


def retellings(tellings: list[Telling], embedder: Embedder) -> list[list[int]]:
    """The groups (indices of ``tellings``) that tell one happening, each list in order, every
    index in one list: a pair under one date key, or one within the other's month or year, is
    joined when its dates date one act (:func:`_one_act`), when one's clause is told inside
    the other's (one date key), or when they share their content words (:func:`_shared`) and
    read alike (:data:`RETOLD_SIM`, :data:`REFINED_SIM`); two ranges of one stretch
    (:func:`_overlapping`) are joined when they count one thing alike (:func:`_counted_alike`)."""
    pairs: list[tuple[int, int, float]] = []  # with the similarity they need
    joined: list[tuple[int, int]] = []
    for i, a in enumerate(tellings):
        for j in range(i + 1, len(tellings)):
            b = tellings[j]
            same = _key(a.date) == _key(b.date)
            if not same and _overlapping(a.date, b.date):
                if _counted_alike(a, b):
                    joined.append((i, j))
                continue
            if other_parts(a.date, b.date) or not (
                same or _within(a.date, b.date) or _within(b.date, a.date)
            ):
                continue
            if (
                _one_act(a, b)
                or _one_thing(a, b)
                or _one_told(a, b)
                or (same and (_contained(a, b) or _told_inside(a, b)))
            ):
                joined.append((i, j))
            elif _shared(a, b):
                pairs.append((i, j, RETOLD_SIM if same else REFINED_SIM))
    if pairs:
        need = sorted({k for i, j, _ in pairs for k in (i, j)})
        texts = [t for k in need for t in tellings[k].texts]
        vecs = np.asarray(embedder.encode(texts), dtype=np.float64)
        means: dict[int, np.ndarray] = {}
        at = 0
        for k in need:
            n = len(tellings[k].texts)
            m = vecs[at : at + n].mean(axis=0)
            means[k] = m / (np.linalg.norm(m) or 1.0)
            at += n
        joined += [(i, j) for i, j, sim in pairs if float(means[i] @ means[j]) >= sim]
    sets = UnionFind(len(tellings))
    for i, j in joined:
        sets.union(i, j)
    parts: dict[int, list[int]] = {}
    for k in range(len(tellings)):
        parts.setdefault(sets.find(k), []).append(k)
    return list(parts.values())


__all__ = ["Telling", "Wording", "in_part", "other_parts", "retellings", "wording"]
