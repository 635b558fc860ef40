"""Length-limited selection: the sentences that cover most of what several outlets report.

A brief limited to N words (``--words N``) is compared with human summaries, so its content
selection has to generalize to news it has never seen. The rule is concept coverage
(Gillick & Favre, 2009): a *concept* is a word pair (a bigram with at least one content
word), weighted by how many articles use it; a pair only one article uses weighs nothing,
so what several outlets report outweighs what one embellishes. Sentences are taken greedily
by the weight of the concepts they add (each concept counts once, so repeats add nothing)
per word, plus a bonus for standing early in its article (outlets lead with the news).

Its few constants were tuned on the first 150 events of ../shared/data/multinews and checked on
the other 100; ``bench/bench_brief.py`` measures it on all 250 at 250 words: ROUGE-2 F1 16.9
against LexRank 14.8 and Lead 14.5 in the same run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS

from newsweave.synthesis.units import Unit

# A concept shared by this many articles counts (an event of one article: by that one).
MIN_SHARED_ARTICLES = 2
# Gain is divided by length to this power: below 1 favours longer sentences a little, which
# carry more context per selection (0.85 beat 0.5, 0.7 and 1.0 on the tuning events).
LENGTH_EXPONENT = 0.85
# Bonus for an article's first statement, decaying as 1 / (1 + position) ** LEAD_DECAY:
# without it ROUGE-2 fell from 17.4 to 13.4 on the tuning events (leads state the news).
LEAD_BONUS = 1.0
LEAD_DECAY = 1.0
# Shorter units are labels or fragments, not sentences a summary is built from.
MIN_WORDS = 5

_TOKEN = re.compile(r"[a-z0-9]+")


def _norm(word: str) -> str:
    """A crude plural fold ("talks" = "talk") so outlets' inflections meet."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def concepts(text: str) -> frozenset[tuple[str, str]]:
    """The word pairs of ``text`` that hold at least one content word."""
    toks = [_norm(t) for t in _TOKEN.findall(text.lower())]
    return frozenset((a, b) for a, b in pairwise(toks) if not (a in STOP_WORDS and b in STOP_WORDS))


def _value(
    k: int,
    new: frozenset[tuple[str, str]],
    weight: dict[tuple[str, str], float],
    length: int,
    lead: float,
) -> tuple[float, int]:
    """What a unit adds per word, plus its lead bonus; ties go to the earlier unit."""
    gain = sum(weight.get(c, 0.0) for c in new)
    return gain / length**LENGTH_EXPONENT + lead, -k


def cover(
    units: Sequence[Unit], texts: Mapping[int, str], candidates: Sequence[int], words: int
) -> list[int]:
    """Indices (into ``units``) chosen from ``candidates`` to fill at most ``words`` words,
    most valuable first; ``texts[k]`` is the wording of ``units[k]`` that would be shown."""
    cands = [k for k in candidates if len(texts[k].split()) >= MIN_WORDS]
    if not cands:
        return []
    bags = {k: concepts(texts[k]) for k in cands}
    per_article: dict[str, set[tuple[str, str]]] = {}
    for k in cands:
        per_article.setdefault(units[k].article, set()).update(bags[k])
    shared = Counter(c for bag in per_article.values() for c in bag)
    need = min(MIN_SHARED_ARTICLES, len(per_article))
    weight = {c: float(n) for c, n in shared.items() if n >= need}
    length = {k: len(texts[k].split()) for k in cands}
    lead = {k: LEAD_BONUS / (1 + units[k].index) ** LEAD_DECAY for k in cands}
    chosen: list[int] = []
    covered: set[tuple[str, str]] = set()
    used = 0
    left = set(cands)
    while left:
        fits = [k for k in left if used + length[k] <= words]
        if not fits:
            break
        best = max(fits, key=lambda k: _value(k, bags[k] - covered, weight, length[k], lead[k]))
        chosen.append(best)
        covered |= bags[best]
        used += length[best]
        left.discard(best)
    return chosen


__all__ = ["LEAD_BONUS", "LENGTH_EXPONENT", "MIN_SHARED_ARTICLES", "concepts", "cover"]
