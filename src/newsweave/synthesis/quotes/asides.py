"""The writer's aside about a name, closing a reported content: not what the source said.

A content after its cue runs, by the parse, to the end of the phrase it heads, and so takes in
a relative clause the writer set after a name in it to say who or what that is: "said she
would debate Trump[, who has insulted women, Mexicans and Muslims]", "said he plans to repeal
the Dodd-Frank Act[, which was passed in 2010]". Listed, it reads as the source's words.
PolNeAR's annotators end the content before it. On PolNeAR train, the model refit:
all-attribution P/R/F1 0.8481/0.7522/0.7973 -> 0.8478/0.7519/0.7970, strict 0.7732/0.6858/
0.7269 -> 0.7747/0.6871/0.7283 (a report it no longer holds is found on its own); dev all
0.8500/0.7368/0.7893 -> 0.8496/0.7368/0.7892, strict 0.7180 -> 0.7193. Not a clause telling
what happened next ("rear-ended the Mercedes, which then hit a van": the account goes on).

Tried and dropped there: any relative clause opened by a relative word, whatever it follows
(strict 0.7302, all 0.7961: after a common noun the clause is often the source's own, "the
tax, which would…"); an appositive (all 0.7949; after a name only, 0.7964); a clause of
contrast (", while…", all 0.7962).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Marks that set an aside off from the content before it.
ASIDE_OPENERS = frozenset([",", "—", "–", "--"])
# Relative words opening a non-restrictive relative clause: who or what a name is.
ASIDE_RELATIVES = frozenset(["which", "who", "whom", "whose", "where", "when"])
# Adverbs by which a relative clause tells what happened next: the account going on ("rear-ended
# the Mercedes, which then hit a van", "waved to Berg, who would then bring the cash"), no aside.
SEQUENCE_ADVERBS = frozenset(["then", "later", "subsequently"])
# An aside is cut only when this many words of the content, names apart, are left before it:
# a content that is no more than the name is the clause's to tell ("backed Cruz, who…" is left
# whole, and so is "had some choice words for President Barack Obama, who said …", multinews
# 232, whose cut left the name alone listed as what Gingrich said).
MIN_LEFT_WORDS = 3


def before_aside(cue: Token, lo: int, hi: int) -> int:
    """The last token of a content after its cue (tokens ``lo`` to ``hi``) before the writer's
    aside that closes it, or ``hi`` when none does: a relative clause hung on a name in the
    content, opened by a comma or a dash and a relative word, running to the content's end,
    that does not tell what happened next."""
    if lo <= cue.i:
        return hi
    doc = cue.doc
    for t in doc[lo + 1 : hi + 1]:
        first = t.left_edge.i
        if t.dep_ != "relcl" or t.head.pos_ != "PROPN" or not lo <= t.head.i < first:
            continue
        if first <= lo or doc[first - 1].text not in ASIDE_OPENERS or t.right_edge.i < hi:
            continue
        if doc[first].lower_ not in ASIDE_RELATIVES or _goes_on(t):
            continue
        if (
            sum(1 for w in doc[lo : first - 1] if w.is_alpha and w.pos_ != "PROPN")
            >= MIN_LEFT_WORDS
        ):
            return first - 2
    return hi


def _goes_on(clause: Token) -> bool:
    """Whether a relative clause tells what happened next (see :data:`SEQUENCE_ADVERBS`)."""
    return any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS for c in clause.children)
