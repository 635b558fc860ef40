"""Epithets: a definite description that goes on about the person just told of, no one new.

"“I have young kids,” says the mom of two" names no new speaker: news calls the person it is
about by what she is ("the mother of two", "the father of three boys") as by her age ("the
67-year-old"), and :mod:`.attribution` finds whom such a word stands for as it does a "she".
The mother of someone the article counts ("the mother of two of the victims", "the father of
the three boys") is someone else: only a bare count of children makes the epithet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# The parents' nouns an epithet opens on ("the mom of two", "the father of three").
PARENT_NOUNS = frozenset({"mother", "mom", "mum", "father", "dad"})
# What the count of an epithet may count ("the father of three young boys"): children.
CHILDREN_NOUNS = frozenset({"child", "kid", "son", "daughter", "boy", "girl"})


def parent_epithet(tok: Token) -> bool:
    """Whether ``tok`` heads "the mom of two", "the father of three young boys": a parent's
    noun with "the" and an "of" phrase that is only a count of children (a number alone, or
    a children's noun with a number and nothing else but an adjective); not "the mother of two
    of the victims", "the father of the three boys", "a mother of two" (someone introduced)."""
    if tok.lemma_.lower() not in PARENT_NOUNS or tok.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if counted is None or len(list(of.children)) != 1:
        return False
    kids = list(counted.children)
    if counted.like_num:
        return not kids
    deps = [c.dep_ for c in kids]
    return (
        counted.lemma_.lower() in CHILDREN_NOUNS
        and deps.count("nummod") == 1
        and all(d in ("nummod", "amod") for d in deps)
        and all(c.like_num for c in kids if c.dep_ == "nummod")
    )
