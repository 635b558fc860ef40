"""Dates that date no happening of the story, though a clause holds them: a year that measures
a figure ("up from 17% in 2009") or names a work ("Apocalypse Now (1979)"), a date in a clause
of what would have been ("if it had been proven in 1996"), and a date after "since", which
starts a state lasting until now ("has lived there since 1989"). The timeline stage
(:mod:`newsweave.synthesis.stages.timeline`) leaves them out; what a date is and which clause
it governs is read by :mod:`newsweave.synthesis.dated`.
"""

from __future__ import annotations

import re

from newsweave.synthesis.dated import DateMention

# A year in brackets after a name is the name's year (a work's release: "Apocalypse Now
# (1979)", "Jurassic Park (1993)"; a book's edition), no happening the sentence reports.
BRACKETED_AFTER_NAME = re.compile(r"[A-Z][\w'’:!?.-]*\s*\($")
# A year that a figure is measured in ("make up 14% in 2014", "down from 49% in 2009",
# "from a recent low of $26,984 in 2010") or that a figure follows ("from 2011 (33%)"): a
# statistic, no happening (18 entries of the 20 multinews timelines read in session 26 were
# a survey's figures, each dated by its own and its comparison's year).
MEASURED_BEFORE = re.compile(
    r"(?:(?:%|\bper ?cent)|\b(?:from|than|compared (?:with|to)|versus|vs\.?|low of|high of)"
    r"\s+(?:\w+\s+){0,3}?[$€£]?\d[\d.,]*(?:\s?(?:million|billion))?)\s+in\s+$",
    re.I,
)
MEASURED_AFTER = re.compile(r"\s*\(\s*[$€£]?\d[\d.,]*\s?(?:%|per ?cent)", re.I)
# How far before a year its measure or its name is looked for.
MEASURE_CHARS = 60


def dates_a_measure(text: str, dm: DateMention) -> bool:
    """Whether a bare year only dates a figure (:data:`MEASURED_BEFORE`, :data:`MEASURED_AFTER`)
    or a name written before it in brackets (:data:`BRACKETED_AFTER_NAME`), in the article's
    ``text``: no happening of that year."""
    if dm.kind != "year":
        return False
    before = text[max(0, dm.start - MEASURE_CHARS) : dm.start]
    return bool(
        BRACKETED_AFTER_NAME.search(before)
        or MEASURED_BEFORE.search(before)
        or MEASURED_AFTER.match(text, dm.end)
    )


# Words that open a condition or a question: a date inside the clause they open tells what
# would have been, or asks ("Even if this theory had been proven back in 1996, ... Burke
# would have been too young", multinews 69), no happening.
SUPPOSING_MARKS = frozenset({"if", "unless", "whether"})
# Modal auxiliaries that, with a perfect "have", tell what did not happen ("would have been
# forced to resign ... in 2013", "should have been covered"); "may have been stolen ... in
# 1900" tells what perhaps did, in words the entry shows.
_COUNTERFACTUAL_MODALS = frozenset({"would", "should", "'d"})


def dates_a_supposition(doc, dm: DateMention) -> bool:
    """Whether the date sits in a clause of what would have been or might be: under a verb
    opened by :data:`SUPPOSING_MARKS`, or whose first verb is a modal perfect ("would have
    been", "might have gone")."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return False
    tok, first = span.root, True
    while True:
        if tok.pos_ in {"VERB", "AUX"} and tok not in span:
            kids = {c.lower_ for c in tok.children if c.dep_ in {"mark", "aux", "auxpass"}}
            if kids & SUPPOSING_MARKS:
                return True
            if first and kids & _COUNTERFACTUAL_MODALS and "have" in kids:
                return True
            first = False
        if tok.head.i == tok.i:
            return False
        tok = tok.head


# The word before a date that makes it the start of a state that lasts until now ("has lived
# there since 1989", "the first video the band has released since 1999"): no happening of
# that date (the happening that began it, told on its own, is dated by its own clause).
_SINCE = re.compile(r"\bsince\s*$", re.I)


def dates_a_state_since(text: str, dm: DateMention) -> bool:
    """Whether the date follows "since": it starts a state, it dates no happening."""
    return bool(_SINCE.search(text[max(0, dm.start - 12) : dm.start]))


__all__ = ["dates_a_measure", "dates_a_state_since", "dates_a_supposition"]
