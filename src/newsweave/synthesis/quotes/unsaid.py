"""Quoted words their cue's subject is said not to have said, or only to seem to have said.

"The mayor never said “the river will flood”", "denied saying “…”", "a translation made it
appear as if he said “…”", "a blog falsely quoted the mayor as saying “…”": the quote is found
and attributed like any other (PolNeAR annotates such an attribution, and its cue is listed
with its denial, :func:`~.cue_search.cue_text`), but the words are not the subject's; listed
under his name they would read as his; so is a report made only to seem his ("acts as if he
believes that taxes matter"). Only a verb of saying is denied so: a denied want or thought
keeps its words ("did not want “to get into a rhythm of responding”" quotes him). A negation
that asserts the saying is no denial: a conditional's inversion ("had the attorney general
not tweeted back, “…”": he did) or "not just" ("did not just say “…”, she shouted it"). A
falsehood on the cue itself is the speaker's ("the mayor falsely said “…”": his words,
untrue), on a verb above it the report's. A saying someone is asked to make ("asked the paper
to help him deny that he was Enoch", "urged her to say that…") is not made: the request is the
news, the words requested nobody's yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.nlp import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of saying whose denial denies the words ("never said", "did not ask"); a denied want
# or thought is the speaker's own words ("did not want “to get into a rhythm of responding”").
SAYING_VERBS = frozenset(
    {"say", "tell", "ask", "write", "tweet", "post", "state", "mention", "utter", "speak", "claim"}
)
# Marks of a supposed saying after "as": "as if he said", "as though she said".
SEEMING_MARKS = frozenset({"if", "though"})
# Verbs that make a saying their infinitive only seem to have happened ("appeared to say").
SEEMING_VERBS = frozenset({"appear", "seem", "sound"})
# Verbs whose clause or gerund is a saying denied ("denied saying", "denied that he said").
DENYING_VERBS = frozenset({"deny"})
# Relations of a saying that a denying verb governs ("denied saying", "denied that he said"),
# and by which one hangs under a request ("asked X to deny", "asked X to help him deny").
GOVERNED_DEPS = frozenset({"xcomp", "ccomp"})
# Relations by which a saying hangs under the verb that reports it ("quoted him as saying",
# "claimed that he said"): the chain a false report's adverb is looked for along. (Not a
# relative or adverbial clause: "…, who falsely claimed…, said" is another claim.)
REPORTED_BY_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep"})
# Verbs that ask someone (their object) to do what their infinitive says: a saying under one
# is only requested ("asked Salon to help him deny that…", "urged her to say…").
REQUESTING_VERBS = frozenset({"ask", "urge", "beg", "implore", "press"})
# Adverbs that call a report of the saying false ("falsely quoted him as saying").
FALSE_ADVERBS = frozenset({"falsely", "wrongly", "wrongfully", "mistakenly", "erroneously"})
# Adverbs after a negation that make it assert the saying ("did not just say").
NOT_ONLY = frozenset({"just", "only", "merely", "simply"})
# Auxiliaries that open a conditional by inversion ("had he not said", "were she not to say").
INVERTING = frozenset({"had", "were", "should"})


def unsaid(cue: Token) -> bool:
    """Whether the quote that ``cue`` attributes is words its subject did not say or only
    seems to have said (see the module docstring)."""
    return _denied(cue) or _supposed(cue) or _falsely_reported(cue) or _requested(cue)


def _denied(cue: Token) -> bool:
    """A negation of a verb of saying that denies it: not a conditional's inversion, an
    auxiliary before the subject, nor a "not just"."""
    # (a negation of its own, not a refusal: "declined to say who he meant" denies no words)
    if cue.lemma_.lower() not in SAYING_VERBS or not any(c.dep_ == "neg" for c in cue.children):
        return False
    # (the subject tells a conditional's inversion, "had he not said", by the aux before it)
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    # (the parse may hang the auxiliary elsewhere: "Had Ann Kessler not replied")
    inverted = subject is not None and (
        any(c.dep_ == "aux" and c.i < subject.i for c in cue.children)
        or (subject.left_edge.i > 0 and cue.doc[subject.left_edge.i - 1].lower_ in INVERTING)
    )
    emphatic = any(c.dep_ == "advmod" and c.lower_ in NOT_ONLY for c in cue.children)
    return not inverted and not emphatic


def _supposed(cue: Token) -> bool:
    """A saying supposed ("as if he said"), made to seem ("appeared to say") or denied by
    the verb above it ("denied saying", "denied that he said")."""
    marks = [c.lower_ for c in cue.children if c.dep_ in ("mark", "advmod") and c.i < cue.i]
    if "as" in marks and SEEMING_MARKS.intersection(marks):
        return True
    head = cue.head.lemma_.lower()
    if cue.dep_ == "xcomp" and head in SEEMING_VERBS:
        return True
    # (the saying after the denial: "argues that…, a claim Fitbit denies" is no denied saying)
    return cue.dep_ in GOVERNED_DEPS and head in DENYING_VERBS and cue.i > cue.head.i


def _falsely_reported(cue: Token) -> bool:
    """A verb above the cue called false ("a blog falsely quoted the mayor as saying")."""
    node = cue
    while node.dep_ in REPORTED_BY_DEPS and node.head != node:
        node = node.head
        if any(c.dep_ == "advmod" and c.lower_ in FALSE_ADVERBS for c in node.children):
            return True
    return False


def _requested(cue: Token) -> bool:
    """A saying asked of someone: up the infinitives and clauses above the cue, a requesting
    verb with its object, whose infinitive the chain came by ("asked Salon to help him deny
    that…"). Not a passive's "asked to comment, she said…": no one named is asked there, and
    the saying is another verb's."""
    node = cue
    while node.dep_ in GOVERNED_DEPS and node.head != node:
        below, node = node, node.head
        if (
            below.dep_ == "xcomp"
            and node.lemma_.lower() in REQUESTING_VERBS
            and any(c.dep_ == "dobj" for c in node.children)
        ):
            return True
    return False
