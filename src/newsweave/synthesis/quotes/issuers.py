"""Who issued a statement: "a statement from Fitbit", or "the statement" told of before.

A statement speaks for whoever issued it. "According to a statement from a company
representative" names the issuer in its own phrase; "The statement goes on to say" names none
and stands for the statement the article told of last: "Fitbit said in a statement", "Fitbit
issued a statement", "a statement from Fitbit", "Fitbit's statement". The issuer is found only
where the article makes it plain: a statement told of with no issuer ("a statement was read
out") stops the search, and the statement is left to speak for itself (:mod:`.attribution`
names it by its description).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.cues import CUE_LEMMAS
from newsweave.synthesis.quotes.subjects import direct_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

# Texts someone issues, which speak for their issuer ("a statement from Fitbit said"), and which
# "the statement" takes up again after the article has told whose it is.
ISSUED_TEXTS = frozenset({"statement"})
# Verbs whose subject issues the text they take for object ("Fitbit issued a statement"), or
# whose agent does in the passive ("a statement was issued by the firm").
ISSUING_VERBS = frozenset({"issue", "release", "send", "publish", "post", "put"})
# Prepositions that bring a text's issuer ("a statement from Fitbit", "a statement by the firm").
ISSUER_PREPS = frozenset({"from", "by"})


def issuer(noun: Token) -> Token | None:
    """The word naming who issued the statement ``noun`` (one of :data:`ISSUED_TEXTS`) in its
    own mention: "a statement from X", "X's statement", "X said in a statement", "X issued a
    statement", "a statement was issued by X"; None when the mention names no one, or more
    than one ("a statement from the federation and the clinic": whose words are which, the
    article does not say)."""
    found = _named_issuer(noun) if noun.lemma_.lower() in ISSUED_TEXTS else None
    return None if found is None or found.conjuncts else found


def _named_issuer(noun: Token) -> Token | None:
    """The first word of whoever issued ``noun`` in its mention (see :func:`issuer`)."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ISSUER_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in CUE_LEMMAS:
        return direct_subject(head.head)  # "X said in a statement"
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in ISSUING_VERBS:
        return direct_subject(head)  # "X issued a statement", "… was issued by X" (its agent)
    return None


def earlier_issuer(noun: Token) -> Token | None:
    """The issuer of the statement a bare "the statement" (``noun``, no owner nor issuer of its
    own) takes up: that of the nearest statement told of before it, past other bare mentions of
    the same statement; None when that statement was told of with no issuer."""
    lemma = noun.lemma_.lower()
    if lemma not in ISSUED_TEXTS or issuer(noun) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for k in range(noun.i - 1, -1, -1):
        t = noun.doc[k]
        if t.tag_ != "NN" or t.lemma_.lower() != lemma:
            continue
        found = issuer(t)
        bare = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        if found is not None or not bare:
            return found
    return None
