"""A lone article's last second chance: the story whose whole text it shares.

An author's own post on what the news reports about (a chief executive's letter beside two
reports on it), or a background piece on a company's troubles beside its earnings reports,
shares few of the heavy words the similarity weighs and stands out from no event by it; yet
its whole text repeats that story's particulars (its cause, its people, its figures) and no
other story's as much. Run after the other second chances, once the stories are whole.

Words every page of a language carries are left out of the comparison: in a store holding
few pages of a language, its function words are rare, and two unrelated pages in it (AEB's
Portuguese pages) shared a fifth of their text by them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from newsweave.clean.metadata import common_words
from newsweave.events.features import StoredTerms, term_counts
from newsweave.events.linkage import TextVector, mean_cosine, text_vector

Terms = tuple[tuple[int, float], ...] | StoredTerms

# The share of its whole text (mean cosine over the story's articles) a lone article needs. Multi-
# News validation, lone articles whose nearest by whole text is a story of two or more: of its
# story 0.185 (Zuckerberg's own post beside two reports on it) and 0.205 (a piece on Keurig's
# coffee-maker lock beside its earnings reports); of another 0.166 (an April Fools' Day storm
# update beside another storm's reports) and 0.159 (Republicans' unease beside two Senate
# reports). B-cubed F1 0.8894 -> 0.8917 (P 0.9775 the same, R 0.8159 -> 0.8198); in 10 shuffled
# input orders up in 10 (+0.0013 to +0.0035; in 2 a Watergate essay on Comey's firing joins five
# reports on the Russia inquiry, where the input order's split already puts it: P -0.0024);
# ECB+ and its CV the same (nothing joins); AEB's unrelated pages together 113 in the input order
# and in 10 shuffled ones the same (at 0.12: 115, a Lexus concept beside a roundup of new models;
# with every language's function words kept, a Portuguese page beside two: 115).
TOLD_SHARE_MIN = 0.18
# ...and that story has this many articles at least: two lone pages sharing text are as often
# of two stories of a kind (AEB: two car launches, two workshop-manual reviews, 0.20-0.23).
TOLD_MIN_MEMBERS = 2


@lru_cache(maxsize=1)
def _common_hashes() -> frozenset[int]:
    """:func:`~newsweave.clean.metadata.common_words`, hashed as the features hash words."""
    return frozenset(h for h, _ in term_counts(" ".join(sorted(common_words()))))


def particulars_vector(terms: Terms, df: Mapping[int, int], n_docs: int) -> TextVector:
    """An article's whole text as a :func:`~newsweave.events.linkage.text_vector` without the
    words every page of some language carries."""
    common = _common_hashes()
    return text_vector(((h, tf) for h, tf in terms if h not in common), df, n_docs)


def text_told_event(own: TextVector, candidates: Mapping[str, Sequence[TextVector]]) -> str | None:
    """The event among ``candidates`` (each with its articles' :func:`particulars_vector`)
    whose articles share the most of an article's whole text (``own``, its own vector), when
    that is :data:`TOLD_SHARE_MIN` at least and the event holds :data:`TOLD_MIN_MEMBERS`
    articles; None otherwise."""
    if not candidates:
        return None
    shares = {e: mean_cosine(own, members) for e, members in candidates.items()}
    best = max(shares, key=shares.__getitem__)
    if shares[best] < TOLD_SHARE_MIN or len(candidates[best]) < TOLD_MIN_MEMBERS:
        return None
    return best
