"""A year that is what "it" is: the time someone speaks in or a story is set in, no happening.

"“By the way Mr Speaker, it is 2016,” he said in closing" (multinews 049, the last entry of its
timeline) stood on the timeline as a happening of that year: the year is what the time is,
not when anything was done. A clause that tells what happened then ("It was 2005 when the mill
closed", "It was 1999, and the band had just split") is one: it stays.
"""

from __future__ import annotations

# What a time is said of: a dummy "it" as the copula's subject.
TIME_SUBJECTS = frozenset({"it"})
# Dependencies of the copula's subject.
SUBJECT_DEPS_OF_BE = frozenset({"nsubj", "expl"})
# Clauses after the date, on the copula or the date, that tell what happened then ("when the
# mill closed", "that he left", "and the band had just split"); one before it frames it.
TELLING_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "conj"})


def dates_the_time(doc, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``doc`` is what a dummy "it" is (the complement of
    "be", :data:`TIME_SUBJECTS`), with no clause of :data:`TELLING_CLAUSES` after it."""
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
        c.dep_ in TELLING_CLAUSES and c.i > root.i for t in (be, root) for c in t.children
    )
