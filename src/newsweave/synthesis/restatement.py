"""Whether a brief sentence tells again the news the brief opens with.

Every outlet leads with the main fact, each in its own words: "Judge Olivera sentenced a retired
Green Beret to lock-up for a probation violation" and "A Cumberland County judge sentenced
veteran Joseph Serna to spend one night in jail" score well under the brief's repeat threshold
(different names, different details), yet a reader meets the sentencing twice. So an outlet's
lead is read against the brief's opening by what it tells, not only by its wording: the same
act (a verb of one family, :func:`~newsweave.synthesis.predicates.family_of`) told of a
someone or something the opening tells of too (a noun or name both mention) is the same news. Only leads are read
so: a later sentence that shares an act with the opening tells a side of it ("Of the 12
arrested, seven were booked"), which is what a brief adds after its opening.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from newsweave.synthesis.frames import GENERIC_LEMMAS
from newsweave.synthesis.predicates import family_of
from newsweave.synthesis.units import Unit

if TYPE_CHECKING:
    from spacy.tokens import Span

# An outlet's lead this close (cosine) to the opening tells its news again in other words even
# with no verb in common ("will reunite ... with three gigs" after "will join ... for three
# shows"). Read on the briefs of all 250 multinews validation events (session 28): the leads
# at 0.62 and above tell the opening's news again (one of them also named a comic's new series,
# which the brief then loses); between 0.50 and 0.60 about half tell something new ("Rihanna
# now trails only Madonna" after her 20th number one), and the shared act below finds the
# others. Both rules: 7 of the 250 briefs change, 6 for the better.
LEAD_REPEAT_SIM = 0.62

# Verbs that say nothing of what happened (a report of it, a try at it, a light verb): two
# sentences sharing one tell no act in common.
_EMPTY_VERBS = GENERIC_LEMMAS | frozenset(
    {"get", "go", "come", "take", "give", "use", "know", "see", "find", "show", "want"}
    | {"include", "become", "accord", "seem", "appear", "try", "call", "announce", "confirm"}
    | {"suggest", "claim", "allege", "write", "post", "note", "explain"}
)


def acts(span: Span) -> frozenset[str]:
    """The families of the verbs of ``span`` that tell what happened."""
    return frozenset(
        family_of(t.lemma_.lower())
        for t in span
        if t.pos_ == "VERB" and t.lemma_.lower() not in _EMPTY_VERBS
    )


def things(span: Span) -> frozenset[str]:
    """The nouns and names ``span`` tells of (lower-cased lemmas)."""
    return frozenset(
        t.lemma_.lower()
        for t in span
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in GENERIC_LEMMAS and not t.is_stop
    )


def restates_opening(
    opening: Span | None, lead: Span | None, similarity: float, *, same_outlet: bool
) -> bool:
    """Whether an outlet's lead (``lead``, cosine ``similarity`` to the brief's ``opening``)
    tells the opening's news again: as close in wording as :data:`LEAD_REPEAT_SIM`, or, from
    another outlet, the same act of the same someone or something. (The opening's own outlet
    tells one act once: its lead and the later sentence that opens the brief, sharing a verb,
    tell two sides of it.)"""
    if similarity >= LEAD_REPEAT_SIM:
        return True
    if same_outlet or opening is None or lead is None:
        return False
    return bool(acts(opening) & acts(lead)) and bool(things(opening) & things(lead))


def lead_sentences(units: Sequence[Unit], keep: Iterable[int]) -> dict[str, int]:
    """Article id -> the place (:attr:`Unit.index`) of its lead: the first of its sentences
    among ``keep`` (a scraped page's menu or headline before the story is no lead)."""
    out: dict[str, int] = {}
    for k in keep:
        u = units[k]
        out[u.article] = min(out.get(u.article, u.index), u.index)
    return out
