"""The ``facts`` stage: consensus facts and unique details.

It aligns statements across articles: units (:mod:`newsweave.synthesis.units`) whose
embeddings are close *and* that agree lexically (shared weighted content words, no
clash of numbers or days, same polarity) form one :class:`~newsweave.models.Fact`
with citations from each supporting article, counted by independent origin. Groups that
state one claim in different words, or split it differently ("demanded a ceasefire and
threatened sanctions" / "called for a ceasefire" ... "threatened sanctions"), are then merged
by their predicate-argument units (:class:`~newsweave.synthesis.frames.Predicate`) when one
wording is carried by every statement that backed a part; an article may then back a fact
with several statements together. A wording that states several claims ("demanded X and
threatened Y and Z") is cited only to articles whose statements name each of X, Y and Z
(:func:`~newsweave.synthesis.frames.claim_terms`), and a wording that only places its claim
after another happening ("X came hours after Y demanded ...") is stated from its claim on. Every
citation must state the claim itself, not another statement about the same people
(:func:`~newsweave.synthesis.support.states_claim`: its predicate, what it acts on, or most of
its words, from the same named speaker), and a passage that only tells another act of the same
people is not cited (:func:`~newsweave.synthesis.support.tells_another_act`). Two facts whose
wordings are close and back each other, left apart by the greedy grouping, are one
(:func:`_fold_repeats`). A fact is shown as it reads alone (:mod:`~newsweave.synthesis.standalone`:
no leading connective or narrative "then", its "He" or "She" named), and a wording whose
pronoun no source names, or in the first person (whose voice, the table does not show), is no
fact; nor is a caption, a credit line or words to a "you" two outlets print alike
(:func:`~newsweave.synthesis.captions.reports_nothing`). Statements that no other article
makes, or that no other article backs in one wording (close words from another speaker,
another number), become :class:`~newsweave.models.UniqueDetail`\\ s, ranked by
informativeness (:func:`~newsweave.synthesis.statements.unique_details`), save an outlet's
lead that another outlet's lead tells in its own words
(:func:`~newsweave.synthesis.fact_leads.leads_told_elsewhere`: the news itself, no one
outlet's detail), and save a quotation with no more than its speaker, which the Quotes
section shows (:mod:`~newsweave.synthesis.quote_lines`), and save a detail that tells a fact
or an earlier listed detail again in other words, adding no name or number to it
(:mod:`~newsweave.synthesis.detail_repeats`). A quotation that the sentence wording a
fact or detail cuts open is closed again (:func:`~newsweave.synthesis.standalone.closed_quotes`).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

from newsweave.models import Fact, Sentence, Span
from newsweave.nlp import doc_text
from newsweave.synthesis.captions import reports_nothing
from newsweave.synthesis.detail_repeats import restated_details
from newsweave.synthesis.fact_leads import closeness_to_leads, lead_rows, leads_told_elsewhere
from newsweave.synthesis.figures import counts_differ
from newsweave.synthesis.frames import Predicate
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.quote_lines import shown_quotations
from newsweave.synthesis.quoted_voices import (
    Voiced,
    all_quoted,
    direct_voices,
    one_quotation,
    voice_of,
)
from newsweave.synthesis.standalone import (
    Wording,
    closed_quotes,
    shown_start,
    standalone_wording,
)
from newsweave.synthesis.statements import (
    Alignment,
    detail_pages,
    furniture,
    struck_aside,
    to_reader,
    unique_details,
    writer_aside,
)
from newsweave.synthesis.support import states_claim, supports, tells_another_act
from newsweave.synthesis.units import (
    Features,
    Unit,
    checkable,
    claim_text,
    eligible,
    frame_match,
    frames_cover,
    leans,
    objects_cover,
    terms_cover,
    unit_penalty,
)
from newsweave.synthesis.wires import fact_origins
from newsweave.text.statement_patterns import own_voice

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
# Two statements sharing a predicate-argument unit (same verb family, an object in common)
# state one claim only if their embeddings are also this close: "demanded a ceasefire" /
# "called for a ceasefire" score 0.5-0.8 on the seeds, a shared verb and topic noun in
# different claims of one event ("agree to a ceasefire" in a condition) scores lower.
FRAME_SIM = 0.5
# Two facts' wordings this close (and each backing the other) state one claim told twice: the
# one multinews pair of one claim scores 0.97; wordings of two claims that share a verb and a
# topic word and so back each other ("we built social infrastructure like communities" / "help
# build those communities") score 0.5-0.6.
FOLD_SIM = 0.75


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
    """Two statements that cannot be one claim: different numbers, days or polarity. Each
    giving a number the other lacks is a difference even when they share another ("six of
    those arrested are Klan supporters and seven counter-protesters" vs "five Klan members
    ... and seven counter-protesters"), and so are two plural magnitudes ("thousands" /
    "hundreds"; :func:`counts_differ`); one adding a number to the other's is a detail."""
    if counts_differ(a.numbers, b.numbers) and not (a.dates & b.dates):
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
        "analyses",
        "quote_mentions",
        "quotes",
    ),
    provides=("facts", "unique", "details"),
)
def facts_stage(ws: Workspace) -> None:
    """Align statements across articles into facts; the rest become unique details."""
    assert ws.origin_of is not None and ws.sentences is not None and ws.units is not None
    keep = eligible(ws.units, ws.sentences, ws.excluded)
    if not keep:
        ws.facts, ws.unique, ws.details = [], [], []
        return
    al = _alignment(ws, keep)
    ok = _agreement(al)
    told = leads_told_elsewhere(al, ok)  # (before the grouping drops pairs of ``ok``)
    groups, free = _group_statements(al, ok)
    plain = [_Claim({a: (u,) for a, u in g.items()}, 1) for g in groups]
    claims = _merge_claims(al, plain, free, ws.sentences)
    assert ws.analyses is not None
    docs = {an.article.id: an.doc for an in ws.analyses}
    voices = direct_voices(ws.quotes or (), ws.quote_mentions or ())
    ws.facts, alone = _facts_of(al, claims, ws.origin_of, ws.sentences, docs, voices)
    pages = detail_pages(ws.sentences, docs)  # (read once for both lists)
    # (the brief's pool keeps a quotation with its speaker: a brief may tell it as a line)
    ws.details = unique_details(al, free, alone, ws.sentences, docs, pages, quoted=frozenset())
    shown = shown_quotations(ws.quotes or ())
    unique = unique_details(
        al, free & ~told, alone & ~told, ws.sentences, docs, pages, quoted=shown
    )
    ws.unique = restated_details(unique, ws.facts, docs)


def _alignment(ws: Workspace, keep: list[int]) -> Alignment:
    """The units at ``keep`` with their features, pairwise similarities and articles."""
    assert ws.units is not None and ws.unit_features is not None and ws.unit_vectors is not None
    units = [ws.units[k] for k in keep]
    feats = [ws.unit_features[k] for k in keep]
    vec = ws.unit_vectors[keep]
    weights = lemma_weights(feats)
    sim = vec @ vec.T
    order = [a.id for a in ws.articles]
    art_of = np.array([order.index(u.article) for u in units])
    return Alignment(units, feats, sim, art_of, weights, [unit_penalty(u) for u in units])


def _agreement(al: Alignment) -> np.ndarray:
    """Which pairs of units (of different articles) may state one claim."""
    sim, feats = al.sim, al.feats
    same_art = al.art_of[:, None] == al.art_of[None, :]
    ok = (sim >= min(ALIGN_SIM, DATE_ALIGN_SIM)) & ~same_art
    # lexical/number/date/polarity agreement, checked only where the embeddings already agree
    for a, b in zip(*np.nonzero(np.triu(ok, 1)), strict=True):
        if not agree(feats[a], feats[b], float(sim[a, b]), al.weights):
            ok[a, b] = ok[b, a] = False
    return ok


def _group_statements(al: Alignment, ok: np.ndarray) -> tuple[list[dict[int, int]], np.ndarray]:
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


def _best_anchor(al: Alignment, live: np.ndarray) -> int:
    """The free unit agreeing with units of the most articles (then the closest), or -1."""
    best, best_key = -1, (0, 0.0)
    for u in np.nonzero(live.any(1))[0]:
        nb = np.nonzero(live[u])[0]
        key = (len(set(al.art_of[nb].tolist())), float(al.sim[u, nb].sum()))
        if key > best_key:
            best, best_key = int(u), key
    return best


def _grow_group(al: Alignment, ok: np.ndarray, live: np.ndarray, best: int) -> dict[int, int]:
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
    al: Alignment, ok: np.ndarray, free: np.ndarray, members: dict[int, int]
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


def _cover_repeats(al: Alignment, free: np.ndarray, members: dict[int, int], best: int) -> None:
    """The same claim said twice in one member article (lead and body): covered, not unique."""
    for j in np.nonzero(free)[0]:
        own = members.get(int(al.art_of[j]))
        if own is not None and al.sim[own, j] >= COVER_SIM and al.sim[best, j] >= ALIGN_SIM:
            free[j] = False


@dataclass(frozen=True)
class _Claim:
    """The statements that make one claim: article position -> its units (a claim's support
    in an article is the union of them), and how many aligned groups were merged into it."""

    members: dict[int, tuple[int, ...]]
    parts: int
    rep: int | None = None  # a merged claim's wording, the one that carries every part

    def units(self) -> list[int]:
        return [u for us in self.members.values() for u in us]

    def joined(self, other: _Claim) -> _Claim:
        members = dict(self.members)
        for a, us in other.members.items():
            members[a] = tuple(sorted(set(members.get(a, ())) | set(us)))
        return _Claim(members, self.parts + other.parts)


@dataclass(frozen=True)
class _Wording:
    """A claim's wording (a unit) and, per article backing it, the units cited for it."""

    rep: int
    citations: dict[int, tuple[int, ...]]


def _linked(al: Alignment, a: int, b: int) -> bool:
    """Do units ``a`` and ``b`` share a predicate-argument unit (a core predicate of one
    stated by the other), read as one claim by the embeddings, with no clash?"""
    if al.sim[a, b] < FRAME_SIM or conflict(al.feats[a], al.feats[b]):
        return False
    return _shares_frame(al, a, b)


def _merge_claims(
    al: Alignment, claims: list[_Claim], free: np.ndarray, sentences: list[Sentence]
) -> list[_Claim]:
    """Groups that state one claim in different words ("demanded a ceasefire and threatened
    sanctions" / "called for a ceasefire" / "threatened sanctions") become one, and free
    statements of the claim join it, when one wording is then backed by every article that
    backed a part: that wording is the claim, and the requirement stops chaining A~B~C into
    what A and C differ on. Statements a claim takes are no longer ``free``.
    """
    out: list[_Claim] = []
    for claim in claims:  # best-connected first, as grouped
        for k, other in enumerate(out):
            if any(_linked(al, a, b) for a in claim.units() for b in other.units()):
                trial = other.joined(claim)
                merged = _merged_wording(al, trial, (other, claim), free, sentences)
                if merged is not None:
                    out[k] = merged
                    free[merged.units()] = False
                    break
        else:
            out.append(claim)
    taken = np.zeros(len(al.units), dtype=bool)
    for k, claim in enumerate(out):
        for j in np.nonzero(free & ~taken)[0].tolist():
            a = int(al.art_of[j])
            if a in claim.members and len(claim.members) > 1 and claim.parts == 1:
                continue  # a repeat in a member article adds no support to a plain claim
            if not any(_linked(al, j, u) for u in claim.units()):
                continue
            part = _Claim({a: (j,)}, 1)
            trial = claim.joined(part)
            merged = _merged_wording(al, trial, (claim, part), free & ~taken, sentences)
            if merged is not None:
                claim = out[k] = merged
                taken[merged.units()] = True
    free &= ~taken
    return out


def _merged_wording(
    al: Alignment,
    trial: _Claim,
    parts: tuple[_Claim, _Claim],
    free: np.ndarray,
    sentences: list[Sentence],
) -> _Claim | None:
    """``trial`` worded by a wording that every statement backing a part's own wording
    carries (:func:`_carries`, with the other statements of its article, ``free`` ones
    included), stating the most core predicates; ``None`` if there is none: what each part
    said must be in the merged claim, so nothing is swallowed by a claim it does not state."""
    must: list[tuple[int, tuple[int, ...], int]] = []
    for part in parts:
        worded = _claim_wording(al, part, sentences, {}, citing=False)
        for a, us in worded.citations.items():
            if worded.rep in us or any(_shares_frame(al, worded.rep, u) for u in us):
                # (statements cited by the embeddings alone may go)
                must.append((a, us, worded.rep))
    if not must:
        return None
    units = al.units
    order = sorted(
        trial.units(),
        key=lambda u: (-len(checkable(al.feats[u].frames)), al.penalty[u], u),
    )
    for rep in order:
        if not checkable(al.feats[rep].frames) and not _named_act(al.feats[rep].frames):
            continue  # its main verb says nothing to check ("came hours after ..."): no wording
        text = claim_text(units[rep], al.feats[rep].lead, sentences)
        members = dict(trial.members)
        for a, us, own_rep in must:
            rest = members[a] + tuple(np.nonzero(free & (al.art_of == a))[0].tolist())
            # statements that backed this very wording in their part back it in the merge
            used = us if rep == own_rep else _carries(al, rep, text, us, rest)
            if used is None:
                break
            members[a] = tuple(sorted(set(members[a]) | set(used)))
        else:
            return _Claim(members, trial.parts, rep)
    return None


def _named_act(frames: tuple[Predicate, ...]) -> bool:
    """Whether a statement's own claim is a named person's act that takes no object
    ("Prodigy, one-half of Mobb Deep, has died"): :func:`frame_match` finds it elsewhere by
    the same family and actor ("Prodigy ... died in Las Vegas"), so it can word a claim."""
    return any(p.core and not p.objects and p.actors for p in frames)


def _states_part(own: tuple[Predicate, ...], wording: tuple[Predicate, ...]) -> bool:
    """Whether a statement (predicates ``own``) states part of a wording: its own main claim
    is in the wording (one that takes an object, or a named person's act without one:
    "Prodigy died" in "Prodigy has died"), or, when its main verb says nothing ("came hours
    after ..."), the wording's main claim is in it."""
    own_core = [p for p in own if p.core and p.objects]
    acts = [p for p in own if p.core and not p.objects and p.actors]
    if any(frame_match(p, q) for p in own_core + acts for q in wording):
        return True
    return not own_core and any(frame_match(p, q) for p in wording if p.core for q in own)


def _shares_frame(al: Alignment, a: int, b: int) -> bool:
    """Whether a core predicate of one unit is stated by the other."""
    fa, fb = al.feats[a].frames, al.feats[b].frames
    return any(frame_match(p, q) for p in fa if p.core for q in fb) or any(
        frame_match(p, q) for p in fb if p.core for q in fa
    )


def _clashes_beyond_days(claim: Features, other: Features) -> bool:
    """:func:`conflict` for one of several statements that together back a claim: the day it
    names may be of what it adds (a ceasefire "to start Monday" of a demand made on
    Saturday), so only numbers and polarity must agree; one of them must still agree on the
    claim's day."""
    return conflict(claim, replace(other, dates=frozenset()))


def _carries(
    al: Alignment, rep: int, text: str, own: tuple[int, ...], rest: tuple[int, ...]
) -> tuple[int, ...] | None:
    """The statements of one article that carry wording ``rep`` (``text``): ``own``, which
    state part of it, with those of ``rest`` that state its other core predicates; ``None``
    when they do not carry it."""
    if rep in own:
        return own
    feats = al.feats
    if any(_clashes_beyond_days(feats[rep], feats[u]) for u in own) or not any(
        _states_part(feats[u].frames, feats[rep].frames) for u in own
    ):
        return None
    core = [p for p in feats[rep].frames if p.core]
    extra = [
        u
        for u in rest
        if u not in own
        and not _clashes_beyond_days(feats[rep], feats[u])
        and any(frame_match(p, q) for p in core for q in feats[u].frames)
    ]
    pool = list(own) + extra
    frames = [q for u in pool for q in feats[u].frames]
    if (
        any(not conflict(feats[rep], feats[u]) for u in pool)
        and frames_cover(feats[rep].frames, frames)
        and terms_cover(feats[rep], [feats[u] for u in pool])
        and states_claim(feats[rep], [feats[u] for u in pool], al.weights)
        and supports(text, " ".join(al.units[u].text for u in pool))
    ):
        return tuple(pool)
    return None


def _claim_wording(
    al: Alignment,
    claim: _Claim,
    sentences: list[Sentence],
    voices: dict[str, list[Voiced]],
    *,
    citing: bool,
) -> _Wording:
    """A wording two articles back without the writer's aside (:func:`writer_aside`, which
    :func:`_facts_of` drops), then the one the most articles back (the union of each article's
    statements must carry it, :func:`_backing`), then one whose voice is known (not "And we now
    know ...", which :func:`_facts_of` drops too), then the one stating most of a merged
    claim's core predicates, then the most central plainly worded one. ``citing`` as in
    :func:`_backing`."""
    units, sim = al.units, al.sim
    idx = claim.units()
    central = {
        u: float(np.mean([sim[u, v] for v in idx if v != u])) if len(idx) > 1 else 1.0 for u in idx
    }
    order = sorted(idx, key=lambda u: (-(central[u] - al.penalty[u]), u))
    if claim.rep is not None:
        order = [claim.rep]
    best: tuple[tuple[int, bool, int, int], _Wording] | None = None
    for rank, rep in enumerate(order):
        text = claim_text(units[rep], al.feats[rep].lead, sentences)
        cites = {}
        for a, us in claim.members.items():
            backing = _backing(al, rep, text, us, citing=citing)
            if backing:
                cites[a] = backing
        ncore = len(checkable(al.feats[rep].frames)) if claim.parts > 1 else 0
        cited = _Backed(rep, tuple(u for us in cites.values() for u in us), 0.0)
        voiced = (
            not own_voice(text) or voice_of([units[k] for k in cited.cited], voices) is not None
        )
        plain = len(cites) > 1 and not writer_aside(struck_aside(text))  # no writer's aside
        key = (plain, len(cites), voiced, ncore, -rank)
        if best is None or key > best[0]:
            best = (key, _Wording(rep, cites))
    assert best is not None
    return best[1]


def _backing(
    al: Alignment, rep: int, text: str, units: tuple[int, ...], *, citing: bool
) -> tuple[int, ...]:
    """The units of one article that back wording ``rep`` (``text``): the closest one that
    does alone (:func:`supports`), else those that together state each of its core
    predicates; ``()`` when the article does not back it. For a compound wording ("demanded
    X and threatened Y") a backer must state every core predicate: one shared word does not
    carry both halves.

    ``citing``: the units are to be cited for the wording, so they must not tell another act
    of the same people (:func:`tells_another_act`); a merge of claims asks only which
    statements state a part ("urged Kyiv to return to the table without preconditions" and
    "propose ... to resume the talks ... without any preconditions" are one claim), and
    cites nothing."""
    if rep in units:
        return (rep,)
    feats = al.feats
    strict = len(checkable(feats[rep].frames)) > 1
    alone = [
        u
        for u in units
        if not conflict(feats[rep], feats[u])
        and supports(text, al.units[u].text)
        and states_claim(feats[rep], [feats[u]], al.weights)
        and not (citing and tells_another_act(feats[rep], [feats[u]], al.weights))
        and terms_cover(feats[rep], [feats[u]])
        and (not strict or objects_cover(feats[rep].frames, feats[u].frames))
    ]
    if alone:
        return (max(alone, key=lambda u: al.sim[rep, u]),)
    core = [p for p in feats[rep].frames if p.core]
    useful = tuple(
        u
        for u in units
        if not _clashes_beyond_days(feats[rep], feats[u])
        and any(frame_match(p, q) for p in core for q in feats[u].frames)
    )
    frames = [q for u in useful for q in feats[u].frames]
    joined = " ".join(al.units[u].text for u in useful)
    if (
        len(useful) > 1
        and any(not conflict(feats[rep], feats[u]) for u in useful)
        and frames_cover(feats[rep].frames, frames)
        and terms_cover(feats[rep], [feats[u] for u in useful])
        and states_claim(feats[rep], [feats[u] for u in useful], al.weights)
        and not (citing and tells_another_act(feats[rep], [feats[u] for u in useful], al.weights))
        and supports(text, joined)
    ):
        return useful
    return ()


def _facts_of(
    al: Alignment,
    claims: list[_Claim],
    origin_of: dict[str, str],
    sentences: list[Sentence],
    docs: dict[str, Doc],
    voices: dict[str, list[Voiced]],
) -> tuple[list[Fact], np.ndarray]:
    """One fact per claim, worded as :func:`_claim_wording` says and cited to the statements
    that back that wording; best supported first, then closest to the leads. Also which units
    were left alone: those of claims no two outlets back in one wording that reads on its own,
    each a statement of its own outlet only."""
    units, sim = al.units, al.sim
    backed: list[_Backed] = []
    claims_of: list[_Claim] = []  # the claim of each backed wording
    alone = np.zeros(len(units), dtype=bool)
    for claim in claims:
        wording = _claim_wording(al, claim, sentences, voices, citing=True)
        if len(wording.citations) < 2:
            alone[claim.units()] = True  # no wording two outlets both back
            continue
        cited = sorted(
            (u for us in wording.citations.values() for u in us),
            key=lambda u: (al.art_of[u], units[u].start),
        )
        pair = [sim[a, b] for k, a in enumerate(cited) for b in cited[k + 1 :]]
        b = _Backed(wording.rep, tuple(cited), float(np.mean(pair)))
        if leans(units[b.rep]) and not _whole_backed(b, units, sentences):
            alone[claim.units()] = True  # backed only as a clause no reader can take alone
            continue
        backed.append(b)
        claims_of.append(claim)
    facts: list[Fact] = []
    near_leads: list[float] = []  # of each fact, aligned with ``facts``
    leads = lead_rows(al)
    claim_units = {b.rep: claim.units() for b, claim in zip(backed, claims_of, strict=True)}
    backed = _fold_repeats(al, backed, sentences)
    for b in _fold_sentences(backed, units, sentences, al.art_of):
        rep = units[b.rep]
        whole = leans(rep)  # shown as its sentence, cited whole (:func:`_whole_backed`)
        wording = _wording(al, b, sentences, docs, whole)
        wording = replace(wording, text=struck_aside(wording.text))
        raw = wording.text  # (as its outlet words it, before a speaker is named for it)
        if (
            not wording.named
            and own_voice(wording.text)
            and all_quoted(wording.text)
            and (who := voice_of([units[k] for k in b.cited], voices))
        ):  # "PwC: We sincerely apologize …", its cut quotation closed after the name
            wording = Wording(f"{who}: {closed_quotes(wording.text)}", True)
        elif wording.named and one_quotation(closed_quotes(wording.text)):
            # “The band was the real deal.”: someone's words, shown as theirs or not at all
            who = voice_of([units[k] for k in b.cited], voices)
            wording = Wording(f"{who}: {closed_quotes(wording.text)}" if who else "", bool(who))
        if not wording.named or to_reader(wording.text) or furniture(wording.text):
            # "He was hanged …", "I will take …": whose, no source says; "… surely deserves …"
            # (:func:`writer_aside`, which :func:`to_reader` reads): the writer's, no report;
            # "Watch the trip in the clip above", "Here are two lessons from …": the writer to
            # the reader, the page's own media or list
            alone[[*claim_units.get(b.rep, ()), *b.cited]] = True
            continue
        span = sentences[rep.sentence].span if whole else rep.span
        if reports_nothing(raw, docs[rep.article], span, voiced=wording.text != raw):
            continue  # nor are its statements details: each as much a caption or a question
        cited = _spans(b.cited, units, sentences, rep.sentence if whole else None)
        sources = tuple(dict.fromkeys(s.article for s in cited))
        origins = fact_origins(list(cited), {a: doc_text(docs[a]) for a in sources}, origin_of)
        facts.append(
            Fact(
                text=closed_quotes(wording.text),  # (its quote cut open by the sentence closed)
                citations=tuple(cited),
                sources=sources,
                independent_sources=len(origins),
                origins=origins,
                score=round(b.score, 4),
            )
        )
        near_leads.append(closeness_to_leads(al, b.cited, leads))
    order = sorted(
        range(len(facts)),
        key=lambda k: (-facts[k].independent_sources, -len(facts[k].sources), -near_leads[k]),
    )
    return [facts[k] for k in order], alone


def _wording(
    al: Alignment, b: _Backed, sentences: list[Sentence], docs: dict[str, Doc], whole: bool
) -> Wording:
    """A fact's wording as the table shows it (:func:`standalone_wording`): its sentence when
    shown whole, else its claim's wording; the other outlets' cited passages may name its
    pronoun."""
    rep = al.units[b.rep]
    if whole:
        text, start = sentences[rep.sentence].text, sentences[rep.sentence].start
    else:
        text = claim_text(rep, al.feats[b.rep].lead, sentences)
        start = shown_start(rep, text, sentences)
    cited = [
        docs[u.article].char_span(u.start, u.end, alignment_mode="expand")
        for u in (al.units[k] for k in b.cited)
        if u.article != rep.article
    ]
    return standalone_wording(text, start, docs[rep.article], [c for c in cited if c is not None])


@dataclass(frozen=True, slots=True)
class _Backed:
    """A claim two outlets back: its wording unit, the units cited for it (in article order)
    and their mean similarity."""

    rep: int
    cited: tuple[int, ...]
    score: float


def _whole_backed(b: _Backed, units: list[Unit], sentences: list[Sentence]) -> bool:
    """Whether the claim is worded by a clause that leans on its sentence
    (:func:`~newsweave.synthesis.units.leans`: "Which opposes …", "But said …") and every
    cited outlet backs that whole sentence: then the reader gets the sentence, cited whole.
    Otherwise no wording two outlets back reads on its own, and the statements stay their
    outlets' own: a main clause one outlet adds is not lent to the others ("Kyiv and the West
    have rejected all of them, saying …" where another only has "an imperial-style land
    grab"), and "Saying Russia's offensive is …" tells a reader nothing."""
    rep = units[b.rep]
    if not leans(rep):
        return False
    sent = sentences[rep.sentence]
    cited: dict[str, list[str]] = {}
    for span, text in _spans(b.cited, units, sentences, rep.sentence).items():
        cited.setdefault(span.article, []).append(text)
    # each of its clauses too: to the word check the sentence may be one clause, which one
    # shared word backs ("It uses the Aura UI, which launches videos" for "..., the kickstand
    # lowers the system until it's lying flat, a move that also launches the Aura software")
    parts = [sent.text, *(u.text for u in units if u.sentence == rep.sentence)]
    return all(all(supports(p, " ".join(texts)) for p in parts) for texts in cited.values())


def _fold_repeats(al: Alignment, backed: list[_Backed], sentences: list[Sentence]) -> list[_Backed]:
    """One fact for two claims whose wordings state one claim: each wording backs the other
    (:func:`_backing`) and every article cited for the second backs the first. Grouping is
    greedy, so a loose group can take one outlet's statement of a claim ("We sincerely
    apologize to ...") while the other outlets' statements of it form a group of their own.
    When claims are merged (:func:`_merge_claims`) the loose group is worded by another claim
    its statements back loosely ("... ended up fumbling the presentation"), so the two are
    rightly kept apart; once citations must not tell another act, that wording loses its
    backers and the group comes to be worded by the outlet's apology, and the reader would
    get the apology twice. The claim backed by more articles keeps its wording; each article
    is then cited for the closest of its statements in either that backs it."""
    units = al.units
    text = {b.rep: claim_text(units[b.rep], al.feats[b.rep].lead, sentences) for b in backed}
    order = sorted(range(len(backed)), key=lambda k: (-len(_per_article(al, backed[k])), k))
    out: dict[int, _Backed] = {}
    for i in order:
        b = backed[i]
        k = next((k for k, kept in out.items() if _same_claim(al, kept, b, text)), None)
        if k is None:
            out[i] = b
        else:
            out[k] = _joined(al, out[k], b, text[out[k].rep])
    return [out[k] for k in sorted(out)]


def _per_article(al: Alignment, b: _Backed) -> dict[int, tuple[int, ...]]:
    """The units cited for a claim, by article."""
    per: dict[int, tuple[int, ...]] = {}
    for u in b.cited:
        per[int(al.art_of[u])] = (*per.get(int(al.art_of[u]), ()), u)
    return per


def _same_claim(al: Alignment, kept: _Backed, b: _Backed, text: dict[int, str]) -> bool:
    """Whether the wordings of ``kept`` and ``b`` state one claim (see :func:`_fold_repeats`):
    close embeddings (``FOLD_SIM``), a shared predicate and each backing the other. A wording
    that leans on its sentence is shown whole and folded by :func:`_fold_sentences` instead."""
    if leans(al.units[kept.rep]) or leans(al.units[b.rep]) or al.sim[kept.rep, b.rep] < FOLD_SIM:
        return False
    if not _linked(al, kept.rep, b.rep):
        return False
    if not _backing(al, kept.rep, text[kept.rep], (b.rep,), citing=True) or not _backing(
        al, b.rep, text[b.rep], (kept.rep,), citing=True
    ):
        return False
    # (an article cited for both backs ``kept`` by its statements of either, as it is cited
    # once joined: :func:`_joined`)
    per = _per_article(al, kept)
    return all(
        _backing(al, kept.rep, text[kept.rep], tuple(sorted({*per.get(a, ()), *us})), citing=True)
        for a, us in _per_article(al, b).items()
    )


def _joined(al: Alignment, kept: _Backed, b: _Backed, text: str) -> _Backed:
    """``kept`` cited, in each article of either claim, for what backs its wording: its own
    citations, and in an article only ``b`` cites, ``b``'s statements that back it."""
    per = _per_article(al, kept)
    for a, us in _per_article(al, b).items():
        if a in per:
            continue  # already cited for ``kept``'s own wording: that citation stands
        # (the closest backer; statements that back only together stay as they were: those
        # of ``b`` back ``kept``, :func:`_same_claim`)
        per[a] = _backing(al, kept.rep, text, us, citing=True) or us
    cited = [u for us in per.values() for u in us]
    cited.sort(key=lambda u: (al.art_of[u], al.units[u].start))
    pair = [al.sim[x, y] for k, x in enumerate(cited) for y in cited[k + 1 :]]
    return _Backed(kept.rep, tuple(cited), float(np.mean(pair)))


def _fold_sentences(
    backed: list[_Backed], units: list[Unit], sentences: list[Sentence], art_of: np.ndarray
) -> list[_Backed]:
    """One claim for a sentence shown whole and the claim worded by its main clause, when
    every outlet cited for either backs the sentence: shown whole, it states the main
    clause's claim too, and two facts would tell it twice."""
    # (a leaning claim left in ``backed`` is whole-backed: _facts_of let no other through)
    at = {units[b.rep].sentence: j for j, b in enumerate(backed) if leans(units[b.rep])}
    out = list(backed)
    gone: set[int] = set()
    for i, b in enumerate(backed):
        j = at.get(units[b.rep].sentence)
        if j is None or units[b.rep].kind != "main":
            continue
        cited = sorted({*out[j].cited, *b.cited}, key=lambda u: (art_of[u], units[u].start))
        both = replace(out[j], cited=tuple(cited), score=max(out[j].score, b.score))
        if _whole_backed(both, units, sentences):
            out[j] = both
            gone.add(i)
    return [b for i, b in enumerate(out) if i not in gone]


def _spans(
    cited: tuple[int, ...], units: list[Unit], sentences: list[Sentence], shown: int | None
) -> dict[Span, str]:
    """The citations of ``cited`` units, in article order, with their texts. When sentence
    ``shown`` is the fact's text, it is cited whole, and so is any sentence whose leaning
    clause, or both of whose clauses, are cited."""
    per: dict[int, list[int]] = {}
    for u in cited:
        per.setdefault(units[u].sentence, []).append(u)
    out: dict[Span, str] = {}
    for sent, us in per.items():
        if shown is not None and (sent == shown or len(us) > 1 or any(leans(units[u]) for u in us)):
            out[sentences[sent].span] = sentences[sent].text
        else:
            out.update((units[u].span, units[u].text) for u in us)
    return out
