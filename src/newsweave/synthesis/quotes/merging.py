"""The same utterance across outlets: mentions merged into quotes.

:func:`merge_quotes` merges mentions across articles into :class:`Quote` objects.
Wordings are compared after normalising marks, case, punctuation and spacing
(:func:`normalise_quote`): equal → one quote, ``verbatim``; a shorter quote found
word for word inside a longer one → its own quote, with the matching stretch of
the longer quote added as a variant and ``part_of`` = the index (in the returned
list) of the longer quote; a quote whose words are mostly (60 %) found in order in
another of the same speaker → ``translation variant`` when the two keep one
structure ("…and their sponsors" / "…and their curators"), ``paraphrase``
otherwise. Speakers must agree (or one be unknown) to merge. Only statements and
attributed terms become quotes; ids are ``q1, q2…`` by first appearance.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from newsweave.models import Entity, Quote, QuoteMention, QuoteVariant
from newsweave.text.names import resolve_entity

# Share of a quote's words found, in order, in another quote's window for both to be one
# utterance: two translations of one sentence keep ~3/4 of their words ("…and their sponsors"
# vs "…and their curators"), unrelated sentences sharing a phrase keep under half.
SAME_WORD_SHARE = 0.6
# Fewer words than this match by accident.
MIN_VARIANT_WORDS = 5
# A window of the longer quote may be at most this much longer than the shorter quote.
MAX_WINDOW_STRETCH = 1.6
# Below this length ratio (shorter/longer) a matching shorter quote is a fragment, not a variant.
FRAGMENT_LENGTH_RATIO = 0.75
# Fragments shorter than this (normalised characters) match by accident ("the war").
MIN_FRAGMENT_CHARS = 16
# Variants of one utterance less similar than this (character similarity, 0-100) or much
# shorter are a paraphrase, not two renderings of one sentence (a translation keeps its structure).
TRANSLATION_MIN_RATIO = 55

_APOS = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
)


def normalise_quote(text: str) -> tuple[str, list[int]]:
    """Lowercase words only (marks, punctuation, spacing dropped) and each char's original offset."""
    out: list[str] = []
    pos: list[int] = []
    pending_space = False
    for i, ch in enumerate(text.translate(_APOS)):
        if ch.isalnum():
            if pending_space and out:
                out.append(" ")
                pos.append(i)
            out.append(ch.lower())
            pos.append(i)
            pending_space = False
        elif ch == "'" and out and out[-1] != " ":
            continue  # it's = its: apostrophes vary between outlets
        else:
            pending_space = True
    return "".join(out), pos


@dataclass
class _Group:
    """Mentions of one utterance, and the longer quotes that contain it."""

    members: list[int]
    speaker: str | None
    extra: list[
        tuple[int, int, int, float]
    ]  # (mention index of the longer quote, start, end, score)
    parents: list[tuple[int, float]]  # (mention index of a longer quote containing this one, score)


@dataclass(frozen=True)
class _Mentions:
    """The mentions being merged, in article order, with their normalised wordings."""

    items: list[QuoteMention]
    norms: list[tuple[str, list[int]]]  # normalise_quote of each item
    order: dict[str, int]  # article id -> rank of first appearance


@dataclass(frozen=True)
class _Match:
    """How a shorter normalised wording relates to a longer one it resembles."""

    same: bool  # one utterance: the two mentions merge
    start: int = 0  # otherwise the window of the longer wording the shorter one matches
    end: int = 0
    score: float = 0.0  # share of the shorter wording's words in that window


def _find(parent: list[int], i: int) -> int:
    """The root of ``i`` in the union-find forest ``parent`` (compressing the path)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _compatible(a: str | None, b: str | None) -> bool:
    """Two speakers may be one person's: equal, or one of them unknown."""
    return a is None or b is None or a == b


def merge_quotes(
    mentions: list[QuoteMention], article_order: list[str] | None = None
) -> list[Quote]:
    """Merge mentions of the same utterance across articles into :class:`Quote` objects.

    ``article_order`` (article ids) orders sources and quotes by first appearance;
    quote ids are ``q1, q2…`` in that order. Only statements and attributed terms
    become quotes: an unattributed term is a scare quote, not somebody's words.
    """
    order = {a: k for k, a in enumerate(article_order or [])}
    ms = [m for m in mentions if m.kind == "statement" or m.speaker is not None]
    ms.sort(key=lambda m: (order.get(m.article, len(order)), m.article, m.start))
    mm = _Mentions(ms, [normalise_quote(m.text) for m in ms], order)
    parent, part_edges = _link(mm)
    groups = _groups(mm, parent, part_edges)
    ordered = sorted(groups.items(), key=lambda kv: min(kv[1].members))
    index_of_root = {root: k for k, (root, _) in enumerate(ordered)}
    quotes: list[Quote] = []
    for _root, g in ordered:
        part_of, speaker = _containing_quote(g, parent, groups, index_of_root)
        quotes.append(_quote(g, mm, part_of, speaker, f"q{len(quotes) + 1}"))
    return quotes


def _link(mm: _Mentions) -> tuple[list[int], list[tuple[int, int, int, int, float]]]:
    """Union the mentions of one utterance; collect (short, long, start, end, score) fragments."""
    ms, norms = mm.items, mm.norms
    n = len(ms)
    parent = list(range(n))
    speaker_of: dict[int, str | None] = {i: ms[i].speaker for i in range(n)}
    part_edges: list[tuple[int, int, int, int, float]] = []
    for i in range(n):
        ni = norms[i][0]
        if not ni:
            continue
        for j in range(i + 1, n):
            nj = norms[j][0]
            if not nj or ms[i].kind != ms[j].kind:
                continue
            if not _compatible(ms[i].speaker, ms[j].speaker):
                continue
            s_, l_ = (i, j) if len(ni) <= len(nj) else (j, i)
            match = _compare(norms[s_][0], norms[l_][0])
            if match is None:
                continue
            if not match.same:
                part_edges.append((s_, l_, match.start, match.end, match.score))
                continue
            ri, rj = _find(parent, i), _find(parent, j)
            if ri != rj and _compatible(speaker_of[ri], speaker_of[rj]):
                parent[rj] = ri
                speaker_of[ri] = speaker_of[ri] or speaker_of[rj]
    return parent, part_edges


def _compare(ns: str, nl: str) -> _Match | None:
    """Whether the shorter wording ``ns`` is ``nl``, a fragment of it, or unrelated (None)."""
    if ns == nl:
        return _Match(same=True)
    k = nl.find(ns)
    if (
        k >= 0
        and len(ns) >= MIN_FRAGMENT_CHARS
        and (k == 0 or nl[k - 1] == " ")
        and (k + len(ns) == len(nl) or nl[k + len(ns)] == " ")
    ):
        return _Match(same=False, start=k, end=k + len(ns), score=1.0)  # a verbatim fragment
    share, a, b = _word_align(ns, nl)
    if share < SAME_WORD_SHARE or len(ns.split()) < MIN_VARIANT_WORDS:
        return None
    if len(ns) / len(nl) >= FRAGMENT_LENGTH_RATIO:
        return _Match(same=True)
    return _Match(same=False, start=a, end=b, score=share)


def _groups(
    mm: _Mentions, parent: list[int], part_edges: list[tuple[int, int, int, int, float]]
) -> dict[int, _Group]:
    """The utterances by root mention, each with the longer quotes that contain it."""
    groups: dict[int, _Group] = {}
    for i in range(len(mm.items)):
        r = _find(parent, i)
        g = groups.setdefault(r, _Group([], None, [], []))
        g.members.append(i)
        g.speaker = g.speaker or mm.items[i].speaker
    for s_, l_, a, b, score in part_edges:
        gs, gl = groups[_find(parent, s_)], groups[_find(parent, l_)]
        if gs is gl or not _compatible(gs.speaker, gl.speaker):
            continue
        gs.parents.append((l_, score))
        gs.extra.append((l_, a, b, score))
    return groups


def _containing_quote(
    g: _Group, parent: list[int], groups: dict[int, _Group], index_of_root: dict[int, int]
) -> tuple[int | None, str | None]:
    """The index of the quote that best contains ``g`` (``part_of``), and ``g``'s speaker.

    An unattributed fragment takes the speaker of the longer quotes it is found in word
    for word, when they agree: the same words, attributed by another outlet.
    """
    part_of = None
    speaker = g.speaker
    if g.parents:
        l_best = max(g.parents, key=lambda p: (p[1], -p[0]))[0]
        part_of = index_of_root[_find(parent, l_best)]
        exact = {groups[_find(parent, l_)].speaker for l_, sc in g.parents if sc >= 1.0}
        if speaker is None and len(exact) == 1:
            speaker = exact.pop()  # the same words, attributed by another outlet
    return part_of, speaker


def _quote(g: _Group, mm: _Mentions, part_of: int | None, speaker: str | None, qid: str) -> Quote:
    """One utterance as a :class:`Quote`: its variants, relation, leading wording and cue."""
    ms, norms = mm.items, mm.norms
    members = sorted(g.members)
    variants, texts = _variants(g, members, mm)
    sources = tuple(dict.fromkeys(v.article for v in variants))
    verbatim = len(set(texts)) == 1
    if len(sources) <= 1:
        relation = "single"
    elif verbatim:
        relation = "verbatim"
    else:
        relation = _variant_relation(texts)
    # the most frequent wording, the earliest on a tie
    counts: dict[str, int] = {}
    for t in texts[: len(members)]:
        counts[t] = counts.get(t, 0) + 1
    top = max(counts.values())
    lead = next(i for i in members if counts[norms[i][0]] == top)
    cues = [ms[i].cue for i in members if ms[i].cue]
    # the most frequent cue, the earliest on a tie (a set's order changes from run to run)
    cue = max(dict.fromkeys(cues), key=cues.count) if cues else None
    kind = "term" if all(ms[i].kind == "term" for i in members) else "statement"
    return Quote(
        text=ms[lead].text,
        speaker=speaker,
        sources=sources,
        verbatim=verbatim and len(sources) > 1,
        variants=tuple(variants),
        relation=relation,  # type: ignore[arg-type]
        cue=cue,
        part_of=part_of,
        id=qid,
        kind=kind,  # type: ignore[arg-type]
    )


def _variants(g: _Group, members: list[int], mm: _Mentions) -> tuple[list[QuoteVariant], list[str]]:
    """The members' wordings, plus the best matching stretch of each article quoting it longer.

    Returns the variants in article order and the normalised texts (members first).
    """
    ms, norms, order = mm.items, mm.norms, mm.order
    variants: list[QuoteVariant] = [
        QuoteVariant(ms[i].article, ms[i].text, ms[i].start, ms[i].end) for i in members
    ]
    texts = [norms[i][0] for i in members]
    have = {v.article for v in variants}
    best_extra: dict[str, tuple[int, int, int, float]] = {}
    for l_, a, b, score in g.extra:
        art = ms[l_].article
        if art in have:
            continue
        if art not in best_extra or score > best_extra[art][3]:
            best_extra[art] = (l_, a, b, score)
    for art, (l_, a, b, _score) in best_extra.items():
        pos = norms[l_][1]
        m = ms[l_]
        start = m.start + pos[a]
        end = m.start + pos[b - 1] + 1
        variants.append(QuoteVariant(art, m.text[pos[a] : pos[b - 1] + 1], start, end))
        texts.append(norms[l_][0][a:b])
    variants.sort(key=lambda v: (order.get(v.article, len(order)), v.article, v.start))
    return variants, texts


def _word_align(short: str, long_: str) -> tuple[float, int, int]:
    """Share of ``short``'s words matched in order in ``long_``, and the matched char window."""
    sw, lw = short.split(), long_.split()
    sm = SequenceMatcher(None, sw, lw, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return 0.0, 0, 0
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size
    # words of the short quote before the first / after the last match were reworded
    # ("sponsors" / "curators"): widen the window by as many words, within the longer quote
    first = max(0, first - blocks[0].a)
    last = min(len(lw), last + (len(sw) - blocks[-1].a - blocks[-1].size))
    if last - first > MAX_WINDOW_STRETCH * len(sw):
        return 0.0, 0, 0
    share = sum(b.size for b in blocks) / len(sw)
    starts = [0]
    for w in lw[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    return share, starts[first], starts[last - 1] + len(lw[last - 1])


def _variant_relation(texts: list[str]) -> str:
    """Same structure with other words → translation variant; reworded or cut → paraphrase."""
    distinct = list(dict.fromkeys(texts))
    for a in distinct:
        for b in distinct:
            if a < b:
                short, long_ = sorted((a, b), key=len)
                similarity = 100 * SequenceMatcher(None, a, b, autojunk=False).ratio()
                if (
                    len(short) / len(long_) < FRAGMENT_LENGTH_RATIO
                    or similarity < TRANSLATION_MIN_RATIO
                ):
                    return "paraphrase"
    return "translation variant"


def canonical_speakers(
    mentions: list[QuoteMention], entities: list[Entity] | None
) -> list[QuoteMention]:
    """Speakers as the event's canonical entity names ("Zelenskyy" → "Volodymyr Zelensky").

    Outlets spell and shorten names differently; the entities stage has already decided
    which spellings are one person, so merging and reactions see one name.
    """
    if not entities:
        return mentions
    out = []
    for m in mentions:
        if m.speaker:
            ent = resolve_entity(entities, m.speaker)
            if ent is not None and ent.name != m.speaker:
                m = replace(m, speaker=ent.name)
        out.append(m)
    return out
