"""The acts told inside what a date dates when that is a claim or an incident: the happening
the claim or the incident is about.

A date may date the telling of a happening, not the happening's own verb: "Johnson made up a
claim in September that a gunman fired at his cruiser" and "the charges stem from a Sept. 2,
2015, incident in which he said he was attacked by a gunman who shot up his cruiser" (multinews
246) date a claim and an incident, which :mod:`newsweave.synthesis.dated_act` reads as two
acts of no common family ("make up", "incident"). The shooting told inside each is one ("fired
at" / "shot up" his cruiser, by a gunman): :mod:`newsweave.synthesis.retold` joins two groups
whose told acts (or a told act and a dated one) are one act with a party in common.
"""

from __future__ import annotations

from newsweave.synthesis.dated_act import (
    ACT_FAMILIES,
    DatedAct,
    dated_verb,
    thing_head,
    verb_act,
)
from newsweave.synthesis.predicates import PREDICATE_FAMILIES

# Nouns that name a happening by its telling, or leave it unnamed, and tell it in their own
# clause ("a claim that a gunman fired at his cruiser", "an incident in which he was attacked").
TELLING_NOUNS = frozenset({"claim", "allegation", "accusation", "incident"})
# Dependencies of what a verb of telling a claim tells it in: its object ("made up a claim")
# and the clause the parse hangs on the verb, not on the claim ("made up a claim in September
# that a gunman fired ...": "fired" is the verb's ccomp).
_TOLD_IN = frozenset({"dobj", "ccomp"})
# Families an act told inside must be of to be compared: those listed as data. A verb of no
# family ("crashed", "fled") is its own, and matches only itself.
LISTED_FAMILIES = frozenset(ACT_FAMILIES) | frozenset(PREDICATE_FAMILIES)


def told_acts(doc, start: int, end: int) -> tuple[DatedAct, ...]:
    """The acts (of :data:`LISTED_FAMILIES`) told inside the claim or incident
    (:data:`TELLING_NOUNS`) the date at ``start:end`` of ``doc`` dates: the noun it is a word of
    ("a Sept. 2, 2015, incident in which ..."), or the object of the verb it dates ("made up a
    claim in September that ..."); none when it dates neither."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ()
    holders = []
    head = thing_head(span)
    if head is not None and head.lemma_.lower() in TELLING_NOUNS:
        holders.append(head)
    verb = dated_verb(span)
    if verb is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TELLING_NOUNS for c in verb.children
    ):
        holders += [c for c in verb.children if c.dep_ in _TOLD_IN]
    verbs = dict.fromkeys(
        t for h in holders for t in h.subtree if t.pos_ == "VERB" and t not in span
    )
    acts = (verb_act(v, span) for v in verbs)
    return tuple(a for a in acts if a is not None and a.family in LISTED_FAMILIES)


def one_told_act(told: tuple[DatedAct, ...], acts: tuple[DatedAct, ...]) -> bool:
    """Whether an act of ``told`` (:func:`told_acts`) is one of ``acts``: one family, no names
    apart, and a party in common (a told act naming no one is no clue: a claim may tell any
    shooting)."""
    return any(
        x.family == y.family
        and not (x.names and y.names and not x.names & y.names)
        and bool(x.parties & y.parties)
        for x in told
        for y in acts
    )


__all__ = ["LISTED_FAMILIES", "TELLING_NOUNS", "one_told_act", "told_acts"]
