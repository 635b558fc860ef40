"""The ``facts`` stage: consensus facts and unique details.

It aligns statements across articles: units (:mod:`newsweave.synthesis.units`) whose
embeddings are close *and* that agree lexically (shared weighted content words, no
clash of numbers or days, same polarity) form one :class:`~newsweave.models.Fact`
with one citation per supporting article, counted by independent origin. Statements
that no other article makes become :class:`~newsweave.models.UniqueDetail`\\ s,
ranked by informativeness.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from newsweave.models import Fact, Sentence, UniqueDetail
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.units import (
    Features,
    Unit,
    eligible,
    supports,
    unit_penalty,
    unit_text,
)

# --------------------------------------------------------------------------- thresholds

# MiniLM cosine above which two sentences may say the same thing (paraphrases of one
# claim score 0.6-0.9 on the seeds and ECB+; different claims on one topic 0.3-0.6).
ALIGN_SIM = 0.6
# Above this cosine the lexical check is relaxed to a single shared content word.
ALIGN_STRONG = 0.82
# Shared words count as evidence only if they are not the event's topic words: IDF log(4)
# means the word is in fewer than a quarter of the event's statements ("Putin", "Kyiv" are not).
MIN_SHARED_IDF = 1.39
# Statements naming the same place and the same day (not the publication day) describe
# one happening even in different words ("on Thursday, in Istanbul" / "in Istanbul on May 15").
DATE_ALIGN_SIM = 0.45
# Weighted share of content words two aligned sentences must have in common.
LEX_MIN = 0.22
# A new member must be this close, on average, to the members already in its group
# (stops chaining A~B~C when A and C say different things).
GROUP_MIN_SIM = 0.5
# A second sentence of a member article this close to that article's own member says the
# same again (lead and body): it is covered by the fact, not a unique detail.
COVER_SIM = 0.72
# A sentence this close to any other article's sentence is not "only one outlet reports".
UNIQUE_MAX_SIM = 0.62
# A statement less similar than this to everything the other articles say is about another
# story (a pasted teaser, a stray paragraph), not a detail of this event.
UNRELATED_SIM = 0.2
# Unique details kept per article (ranked by informativeness): a reader skims, not reads.
MAX_UNIQUE_PER_ARTICLE = 6


def lemma_weights(feats: list[Features]) -> dict[str, float]:
    """IDF over the event's sentences: a word every sentence uses shows little."""
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.lemmas)
    n = max(len(feats), 1)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def lexical_overlap(a: Features, b: Features, w: dict[str, float]) -> float:
    """Weighted share of content words in common, relative to the shorter sentence."""
    shared = a.lemmas & b.lemmas
    if not shared:
        return 0.0
    wa = sum(w.get(x, 1.0) for x in a.lemmas)
    wb = sum(w.get(x, 1.0) for x in b.lemmas)
    return sum(w.get(x, 1.0) for x in shared) / max(min(wa, wb), 1e-9)


def conflict(a: Features, b: Features) -> bool:
    """Two statements that cannot be one claim: different numbers, days or polarity."""
    if a.numbers and b.numbers and not (a.numbers & b.numbers) and not (a.dates & b.dates):
        return True  # "talks on May 15" vs "talks in 2022"
    if a.dates and b.dates and not (a.dates & b.dates):
        return True
    return a.negated != b.negated


def agree(a: Features, b: Features, sim: float, w: dict[str, float]) -> bool:
    """Do two similar sentences make the same claim? Numbers, polarity and words must agree."""
    if conflict(a, b) and sim < 0.9:
        return False
    if a.dates & b.dates and a.places & b.places and sim >= DATE_ALIGN_SIM:
        return True  # same place, same (non-publication) day: the same happening
    if sim < ALIGN_SIM:
        return False
    lex = lexical_overlap(a, b, w)
    if sim >= ALIGN_STRONG:
        return lex > 0 or bool(a.entities & b.entities)
    distinctive = [x for x in a.lemmas & b.lemmas if w.get(x, MIN_SHARED_IDF) >= MIN_SHARED_IDF]
    return lex >= LEX_MIN and len(distinctive) >= 2


@dataclass(frozen=True)
class _Alignment:
    """The event's eligible units and how they relate; every row aligns with ``units``."""

    units: list[Unit]
    feats: list[Features]
    sim: np.ndarray  # cosine between units
    art_of: np.ndarray  # position of each unit's article in the input
    weights: dict[str, float]  # lemma IDF over the units


@stage(
    "facts",
    needs=(
        "sentences",
        "origins",
        "origin_of",
        "excluded",
        "units",
        "unit_vectors",
        "unit_features",
    ),
    provides=("facts", "unique"),
)
def facts_stage(ws: Workspace) -> None:
    """Align statements across articles into facts; the rest become unique details."""
    assert ws.origin_of is not None and ws.sentences is not None and ws.units is not None
    keep = eligible(ws.units, ws.sentences, ws.excluded)
    if not keep:
        ws.facts, ws.unique = [], []
        return
    al = _alignment(ws, keep)
    ok = _agreement(al)
    groups, free = _group_statements(al, ok)
    ws.facts = _facts_of(al, groups, ws.origin_of, ws.sentences)
    ws.unique = _unique_details(al, free, ws.sentences)


def _alignment(ws: Workspace, keep: list[int]) -> _Alignment:
    """The units at ``keep`` with their features, pairwise similarities and articles."""
    assert ws.units is not None and ws.unit_features is not None and ws.unit_vectors is not None
    units = [ws.units[k] for k in keep]
    feats = [ws.unit_features[k] for k in keep]
    vec = ws.unit_vectors[keep]
    weights = lemma_weights(feats)
    sim = vec @ vec.T
    order = [a.id for a in ws.articles]
    art_of = np.array([order.index(u.article) for u in units])
    return _Alignment(units, feats, sim, art_of, weights)


def _agreement(al: _Alignment) -> np.ndarray:
    """Which pairs of units (of different articles) may state one claim."""
    sim, feats = al.sim, al.feats
    same_art = al.art_of[:, None] == al.art_of[None, :]
    ok = (sim >= min(ALIGN_SIM, DATE_ALIGN_SIM)) & ~same_art
    # lexical/number/date/polarity agreement, checked only where the embeddings already agree
    for a, b in zip(*np.nonzero(np.triu(ok, 1)), strict=True):
        if not agree(feats[a], feats[b], float(sim[a, b]), al.weights):
            ok[a, b] = ok[b, a] = False
    return ok


def _group_statements(al: _Alignment, ok: np.ndarray) -> tuple[list[dict[int, int]], np.ndarray]:
    """Greedy grouping of agreeing units, at most one per article (article -> unit), the
    best-connected anchor first; also which units no group took (``free``).

    ``ok`` loses the pairs of an anchor that every candidate clashed with.
    """
    free = np.ones(len(al.units), dtype=bool)
    groups: list[dict[int, int]] = []
    while True:
        live = ok & free[:, None] & free[None, :]
        best = _best_anchor(al, live)
        if best < 0:
            break
        members = _grow_group(al, ok, live, best)
        if len(members) < 2:  # every candidate clashed with the anchor: it anchors nothing
            ok[best, :] = ok[:, best] = False
            continue
        # second look: each article's statement that best fits the *rest* of the group
        # (the first pick was judged against a smaller group and may be a near miss)
        if len(members) > 2:
            _refit_members(al, ok, free, members)
        for m in members.values():
            free[m] = False
        _cover_repeats(al, free, members, best)
        groups.append(members)
    return groups, free


def _best_anchor(al: _Alignment, live: np.ndarray) -> int:
    """The free unit agreeing with units of the most articles (then the closest), or -1."""
    best, best_key = -1, (0, 0.0)
    for u in np.nonzero(live.any(1))[0]:
        nb = np.nonzero(live[u])[0]
        key = (len(set(al.art_of[nb].tolist())), float(al.sim[u, nb].sum()))
        if key > best_key:
            best, best_key = int(u), key
    return best


def _grow_group(al: _Alignment, ok: np.ndarray, live: np.ndarray, best: int) -> dict[int, int]:
    """The anchor's group: average linkage, adding the candidate closest to the whole group."""
    sim, art_of, feats = al.sim, al.art_of, al.feats
    members = {int(art_of[best]): best}
    cands = set(np.nonzero(live[best])[0].tolist())
    while cands:
        j = max(cands, key=lambda j: np.mean([sim[j, m] for m in members.values()]))
        cands.discard(j)
        a = int(art_of[j])
        if a in members or any(conflict(feats[j], feats[m]) for m in members.values()):
            continue
        if np.mean([sim[j, m] for m in members.values()]) < GROUP_MIN_SIM and not (
            sum(ok[j, m] for m in members.values()) * 2 > len(members)
        ):
            continue
        members[a] = j
    return members


def _refit_members(
    al: _Alignment, ok: np.ndarray, free: np.ndarray, members: dict[int, int]
) -> None:
    """Replace each member by its article's free unit that best fits the other members."""
    sim, art_of, feats = al.sim, al.art_of, al.feats
    for a in list(members):
        others = [m for b, m in members.items() if b != a]
        pool = [j for j in np.nonzero((art_of == a) & free)[0].tolist()]

        def fit(j: int, others: list[int] = others) -> float:
            shared_days = sum(bool(feats[j].dates & feats[m].dates) for m in others)
            return float(np.mean([sim[j, m] for m in others])) + 0.05 * shared_days

        pool = [
            j
            for j in pool
            if any(ok[j, m] for m in others)
            and not any(conflict(feats[j], feats[m]) for m in others)
        ]
        if pool:
            members[a] = max(pool, key=fit)


def _cover_repeats(al: _Alignment, free: np.ndarray, members: dict[int, int], best: int) -> None:
    """The same claim said twice in one member article (lead and body): covered, not unique."""
    for j in np.nonzero(free)[0]:
        own = members.get(int(al.art_of[j]))
        if own is not None and al.sim[own, j] >= COVER_SIM and al.sim[best, j] >= ALIGN_SIM:
            free[j] = False


def _facts_of(
    al: _Alignment,
    groups: list[dict[int, int]],
    origin_of: dict[str, str],
    sentences: list[Sentence],
) -> list[Fact]:
    """One fact per group, worded by its most central plain unit; best supported first."""
    units, sim, art_of = al.units, al.sim, al.art_of
    facts: list[Fact] = []
    for members in groups:
        idx = sorted(members.values(), key=lambda u: (art_of[u], units[u].start))
        pair = [sim[a, b] for k, a in enumerate(idx) for b in idx[k + 1 :]]
        central = {u: float(np.mean([sim[u, v] for v in idx if v != u])) for u in idx}
        order = sorted(idx, key=lambda u: (-(central[u] - unit_penalty(units[u])), u))
        rep, idx = _supported_wording(order, units, sentences)
        if len(idx) < 2:
            continue  # no wording two outlets both back: their statements stay unique details
        sources = tuple(units[u].article for u in idx)
        origins = tuple(sorted({origin_of.get(a, a) for a in sources}))
        facts.append(
            Fact(
                text=unit_text(units[rep], sentences),
                citations=tuple(units[u].span for u in idx),
                sources=sources,
                independent_sources=len(origins),
                origins=origins,
                score=round(float(np.mean(pair)), 4),
            )
        )
    facts.sort(key=lambda f: (-f.independent_sources, -len(f.sources), -f.score))
    return facts


def _supported_wording(
    order: list[int], units: list[Unit], sentences: list[Sentence]
) -> tuple[int, list[int]]:
    """The best-ranked wording that every member backs (:func:`supports`); if none, the one
    the most members back. Members that do not back it are dropped from its citations."""
    best: tuple[int, list[int]] | None = None
    for rep in order:
        text = unit_text(units[rep], sentences)
        backers = [u for u in order if u == rep or supports(text, units[u].text)]
        if len(backers) == len(order):
            return rep, sorted(backers)
        if best is None or len(backers) > len(best[1]):
            best = (rep, sorted(backers))
    assert best is not None
    return best


def _unique_details(
    al: _Alignment, free: np.ndarray, sentences: list[Sentence]
) -> list[UniqueDetail]:
    """Statements only one article makes (and that are about this event), most informative
    first, at most MAX_UNIQUE_PER_ARTICLE per article."""
    units, feats, sim, art_of, weights = al.units, al.feats, al.sim, al.art_of, al.weights
    other = art_of[:, None] != art_of[None, :]
    cand: list[tuple[float, int]] = []
    for u in np.nonzero(free)[0]:
        mask = other[u]
        if mask.any() and float(sim[u][mask].max()) >= UNIQUE_MAX_SIM:
            continue  # another outlet says something close: not unique
        if mask.any() and float(sim[u][mask].max()) < UNRELATED_SIM:
            continue  # close to nothing the others say: another story, not a detail of this one
        f = feats[u]
        info = (
            sum(min(weights.get(x, 1.0), 4.0) for x in f.lemmas) * 0.25
            + len(f.entities)
            + 0.5 * len(f.numbers)
            - 5 * unit_penalty(units[u])
        )
        cand.append((info, int(u)))
    cand.sort(key=lambda t: -t[0])
    taken = {(units[u].article, units[u].start) for u in np.nonzero(~free)[0]}
    per_art: Counter[int] = Counter()
    out: list[UniqueDetail] = []
    for info, u in cand:
        a = int(art_of[u])
        if per_art[a] >= MAX_UNIQUE_PER_ARTICLE or info <= 0:
            continue
        per_art[a] += 1
        un = units[u]
        if un.standalone is None:  # a clause or quote fragment: show and cite its sentence
            sent = sentences[un.sentence]
            if (sent.article, sent.start) in taken:
                continue  # its main clause is a fact already: the rest is not a detail alone
            out.append(UniqueDetail(article=un.article, text=sent.text, citations=(sent.span,)))
        else:
            out.append(UniqueDetail(article=un.article, text=un.standalone, citations=(un.span,)))
    return out
