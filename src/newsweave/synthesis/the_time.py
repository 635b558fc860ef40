"""A year that is what "it" is: the time someone speaks in or a story is set in, no happening.

"“By the way Mr Speaker, it is 2016,” he said in closing" (multinews 049, the last entry of its
timeline) stood on the timeline as a happening of that year: the year is what the time is,
not when anything was done. A clause that tells what happened then ("It was 2005 when the mill
closed", "It was 1999, and the band had just split") is one: it stays. One in the present is a
story's present, no happening: a review's "played by Samuel L. Jackson--it's 1973, in the
waning days of the Vietnam conflict, and he's still smarting from ..." (multinews 046, its only
entry) tells where a film is set.

So is a year that is the subject of such a copula: "Even though 2010 was a successful election
year for Republicans, the candidates ... both lost" (multinews 227) says what kind of year it
was, no happening of it.
"""

from __future__ import annotations

# What a time is said of: a dummy "it" as the copula's subject.
TIME_SUBJECTS = frozenset({"it"})
# Dependencies of the copula's subject.
SUBJECT_DEPS_OF_BE = frozenset({"nsubj", "expl"})
# Clauses after the date, on the copula or the date, that tell what happened then ("when the
# mill closed", "that he left", "and the band had just split"); one before it frames it.
TELLING_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "conj"})
# The tag of a verb or auxiliary in the past: a telling clause tells a happening in it ("closed",
# "had just split"); one in the present ("he's still smarting") is the story's present.
PAST_TAG = "VBD"


def dates_the_time(doc, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``doc`` is what a dummy "it" is (the complement of
    "be", :data:`TIME_SUBJECTS`), with no clause of :data:`TELLING_CLAUSES` in the past after it
    (:func:`_in_the_past`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root, be = span.root, span.root.head
    if root.dep_ != "attr" or be.lemma_ != "be":
        return False
    subjects = [c.lower_ for c in be.children if c.dep_ in SUBJECT_DEPS_OF_BE]
    if len(subjects) != 1 or subjects[0] not in TIME_SUBJECTS:
        return False
    return not any(
        c.dep_ in TELLING_CLAUSES and c.i > root.i and _in_the_past(c)
        for t in (be, root)
        for c in t.children
    )


def _in_the_past(verb) -> bool:
    """Whether ``verb`` or one of its auxiliaries is in the past (:data:`PAST_TAG`)."""
    return verb.tag_ == PAST_TAG or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == PAST_TAG for c in verb.children
    )


# The noun after the copula that says what a year was ("a successful election year").
COMPLEMENT_DEP = "attr"


def dates_a_described_year(doc, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``doc`` is the subject of "be" with a noun after it
    (:data:`COMPLEMENT_DEP`) and no clause of :data:`TELLING_CLAUSES` in the past on either
    ("2005 was the year the mill closed" tells that happening): the sentence says what the time
    was, it tells no happening."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root, be = span.root, span.root.head
    if root.dep_ not in SUBJECT_DEPS_OF_BE or be.lemma_ != "be":
        return False
    complements = [c for c in be.children if c.dep_ == COMPLEMENT_DEP]
    return bool(complements) and not any(
        c.dep_ in TELLING_CLAUSES and _in_the_past(c)
        for t in (be, *complements)
        for c in t.children
    )
