"""The ``origins`` stage: which articles are independent reports and which one story.

Articles are one origin when they are one wire story reprinted (long shared passages
outside quotation marks) or credit the same wire service in their own voice
(:mod:`newsweave.synthesis.wires`). A fact's support counts origins, not articles,
so two reprints of one Reuters story are one source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from newsweave.models import Article, Origin
from newsweave.synthesis.disjoint import UnionFind
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.wires import WireCredit, wire_citations, wire_credits
from newsweave.text.lexicons import quoted_ranges, ranges_mask

# Copied passage: a run of this many words shared outside quotation marks.
COPY_RUN_WORDS = 12
# Two articles sharing this many copied runs (or COPY_SHARE of the shorter's shingles)
# are one story reprinted.
COPY_MIN_RUNS = 2
COPY_SHARE = 0.3
# One verbatim passage this long outside quotes is itself a copy (two writers do not
# independently produce the same 20-word sentence).
COPY_ONE_RUN = 20
# Word n-gram size for the copied-passage test (8 words rarely repeat by chance).
COPY_NGRAM = 8


# A statement printed whole: the paragraph after a colon that introduces one and ends its line
# ('issued a statement taking the blame:\n\nWe sincerely apologize ...'), or the rest of the
# paragraph after one followed by an opening mark, whose closing mark a title quoted inside may
# hide ('released a statement: "We sincerely apologize to "Moonlight," "La La Land," Warren
# Beatty ...'). Outlets that print one statement share it, not a copy; text a colon introduces
# otherwise may be another outlet's ("From Asia & Japan Watch:"), which is a copy.
_STATEMENT = re.compile(r"\bstatements?\b[^.!?\n:]{0,80}:[ \t]*(?:\n\s*|(?=[\"“‘]))([^\n]+)", re.I)


@dataclass(frozen=True)
class _Ngrams:
    """An article's word n-grams outside quotation marks, in order, and those of them inside a
    statement it prints whole (:data:`_STATEMENT`)."""

    seq: list[tuple[str, ...]]
    printed: frozenset[tuple[str, ...]]


def _content_ngrams(text: str, n: int) -> _Ngrams:
    """Word n-grams of the text outside quotation marks (shared quotes prove nothing)."""
    quoted = ranges_mask(len(text), quoted_ranges(text))
    printed = ranges_mask(len(text), (m.span(1) for m in _STATEMENT.finditer(text)))
    found = [m for m in re.finditer(r"\w+", text) if not quoted[m.start()]]
    words = [m.group(0).lower() for m in found]
    inside = [printed[m.start()] == 1 for m in found]
    seq = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    return _Ngrams(seq, frozenset(g for i, g in enumerate(seq) if all(inside[i : i + n])))


def _copied_runs(a: list[tuple[str, ...]], b: set[tuple[str, ...]]) -> tuple[list[int], float]:
    """Lengths (in words) of the distinct passages of ``a`` also in ``b``, and the shared share
    of n-grams. A passage ``a`` repeats counts once: a list of the people charged repeats
    one charge's legal name ("charged with eight counts of permitting a minor to illegally
    possess alcohol") for each of them, which is one phrase two reports share, not three."""
    found: dict[tuple[tuple[str, ...], ...], int] = {}  # a passage's n-grams -> its length
    start = 0
    for k, g in enumerate([*a, None]):
        if g is not None and g in b:
            continue
        if k > start:
            found[tuple(a[start:k])] = k - start + COPY_NGRAM - 1
        start = k + 1
    runs = list(found.values())
    shared = sum(runs) - len(runs) * (COPY_NGRAM - 1)
    return runs, shared / max(min(len(a), len(b)), 1)


def _sharing_pairs(sets: list[set[tuple[str, ...]]]) -> list[tuple[int, int]]:
    """Pairs of articles (``i < j``) that share at least one n-gram, in order: only they can
    share a passage. Found through the n-grams rather than by reading every pair, since an
    event of a few hundred articles has tens of thousands of pairs and few share anything."""
    owners: dict[tuple[str, ...], list[int]] = {}
    for k, grams in enumerate(sets):
        for g in grams:
            owners.setdefault(g, []).append(k)
    return sorted({pair for ks in owners.values() for pair in combinations(ks, 2)})


def _shared_passages(arts: list[Article]) -> list[tuple[int, int, str]]:
    """Pairs of articles that share copied passages, with a reason a user can check."""
    # Own n-grams rather than dedup.shingles: these skip quotations, which independent
    # stories share verbatim when they quote the same statement.
    # A statement both print whole is theirs to share too (its source's words, whose marks a
    # quoted title may hide); one that prints as its own text what the other prints as a
    # statement is the statement's source, or copies it.
    grams = [_content_ngrams(a.text, COPY_NGRAM) for a in arts]
    sets = [set(g.seq) for g in grams]
    out: list[tuple[int, int, str]] = []
    for i, j in _sharing_pairs(sets):
        both = grams[i].printed & grams[j].printed
        runs, share = _copied_runs(grams[i].seq, sets[j] - both if both else sets[j])
        long_runs = [r for r in runs if r >= COPY_RUN_WORDS]
        if len(long_runs) >= COPY_MIN_RUNS or (
            runs and (share >= COPY_SHARE or max(runs) >= COPY_ONE_RUN)
        ):
            out.append(
                (
                    i,
                    j,
                    f"shares copied passages with {arts[j].id} ({len(long_runs)} passages of "
                    f"{COPY_RUN_WORDS}+ words outside quotes, longest {max(runs)} words; "
                    f"{share:.0%} of the shorter text)",
                )
            )
    return out


@stage("origins", needs=("articles",), provides=("origins", "origin_of"))
def origins_stage(ws: Workspace) -> None:
    """Group articles that are one origin: shared copied passages or the same wire credited."""
    arts = ws.articles
    uf = UnionFind(len(arts))
    reasons, wire_of = _credit_reasons(arts)
    for i, j, why in _shared_passages(arts):
        uf.union(i, j)
        reasons[i].append(f"{arts[i].id} {why}")
    by_wire: dict[str, list[int]] = {}
    for i, wires in wire_of.items():
        for w in wires:
            by_wire.setdefault(w, []).append(i)
    for members in by_wire.values():
        for m in members[1:]:
            uf.union(members[0], m)
    groups: dict[int, list[int]] = {}
    for i in range(len(arts)):
        groups.setdefault(uf.find(i), []).append(i)
    ws.origins, ws.origin_of = _name_origins(arts, groups, reasons, wire_of)


def _credit_reasons(arts: list[Article]) -> tuple[dict[int, list[str]], dict[int, set[str]]]:
    """Per article: the reasons shown to the user (wires credited, wires only cited) and
    the set of wires it credits."""
    reasons: dict[int, list[str]] = {i: [] for i in range(len(arts))}
    wire_of: dict[int, set[str]] = {}
    for i, a in enumerate(arts):
        credits = wire_credits(a)
        wire_of[i] = {c.wire for c in credits}
        for g in _grouped_credits(credits):
            shown = ", ".join(f"“{e}”" for e in g.evidence)
            reasons[i].append(f"{a.id} credits {g.wire} ({g.kind}: {shown})")
        cited = sorted(set(wire_citations(a)) - wire_of[i])
        if cited:
            reasons[i].append(
                f"{a.id} cites {', '.join(cited)} for single facts (not counted as a copy)"
            )
    return reasons, wire_of


def _name_origins(
    arts: list[Article],
    groups: dict[int, list[int]],
    reasons: dict[int, list[str]],
    wire_of: dict[int, set[str]],
) -> tuple[list[Origin], dict[str, str]]:
    """One :class:`Origin` per group (id from its wires, else its first article), and the
    map article id -> origin id."""
    origins: list[Origin] = []
    origin_of: dict[str, str] = {}
    used_ids: set[str] = set()
    for root in sorted(groups):
        members = groups[root]
        wires = sorted(set().union(*(wire_of[m] for m in members)))
        if wires:
            oid = "wire:" + "+".join(w.lower() for w in wires)
        elif len(members) > 1:
            oid = "copy:" + arts[members[0]].id
        else:
            oid = arts[members[0]].id
        while oid in used_ids:
            oid += "'"
        used_ids.add(oid)
        why = [r for m in members for r in reasons[m]]
        if not why:
            why = ["no shared passages with the other articles and no wire credited"]
        elif len(members) == 1 and not wires:
            why.insert(0, "independent")
        origins.append(Origin(oid, tuple(arts[m].id for m in members), "; ".join(why)))
        for m in members:
            origin_of[arts[m].id] = oid
    return origins, origin_of


@dataclass(frozen=True)
class _CreditGroup:
    """One wire credited one way by one article, with every distinct line that shows it."""

    wire: str
    kind: str
    evidence: tuple[str, ...]


def _grouped_credits(credits: list[WireCredit]) -> list[_CreditGroup]:
    """Credits in order of first sight, one per (wire, kind), each evidence line once: an
    article that credits Reuters twice in the wire's own voice is one line of the reason, not
    two that read as repeats."""
    groups: dict[tuple[str, str], list[str]] = {}
    for c in credits:
        lines = groups.setdefault((c.wire, c.kind), [])
        if c.evidence not in lines:
            lines.append(c.evidence)
    return [_CreditGroup(w, k, tuple(e)) for (w, k), e in groups.items()]
