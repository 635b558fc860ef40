"""A date in a bracketed side remark dates only that remark, never the sentence around it.

"For the reunion shows the band will be joined by ... pianist Bruce Hornsby (who toured with
the Dead in 1992) and keyboardist Jeff Chimenti" stood on a multinews timeline (44) under
1992, and "It is far grislier than Sam Raimi's 1981 original (which was initially released
without a rating but acquired an NC-17 for a 1995 re-release)" (70) under 1995: the year is
the remark's, about someone else's past, and the shows and the comparison are not of it. The
timeline stage (:mod:`newsweave.synthesis.stages.timeline`) shows such a date by its remark.
"""

from __future__ import annotations

import re

from newsweave.models import Span

# A bracket that cites a work by its authors and year ("(Bader, Hasiotis & Martin, 2009)",
# "(Okafor et al. 2011; Lin, 2014)"): the year is the paper's, no happening of the sentence
# (multinews 33 listed a fossil quarry's finds under a cited paper's 2009).
_CITED = (
    r"[A-Z][\w'’-]+(?:(?:,\s*|,?\s+(?:&|and)\s+)[A-Z][\w'’-]+)*(?:\s+et\s+al\.?)?,?\s+"
    r"(?:19|20)\d\d[a-z]?"
)
REFERENCE = re.compile(rf"{_CITED}(?:;\s*{_CITED})*")


def _bracket_around(text: str, clause: Span, start: int, end: int) -> tuple[int, int] | None:
    """The innermost round bracket of ``clause`` that holds ``start:end`` (the offsets of its
    "(" and its ")"), when the clause has words outside it; None otherwise."""
    depth, opened = 0, -1
    for i in range(start - 1, clause.start - 1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                opened = i
                break
            depth -= 1
    if opened < 0:
        return None
    closed = text.find(")", end, clause.end)
    if closed < 0 or "(" in text[end:closed]:
        return None
    outside = text[clause.start : opened] + text[closed + 1 : clause.end]
    return (opened, closed) if any(c.isalpha() for c in outside) else None


def remark_shown(doc, text: str, clause: Span, start: int, end: int) -> Span | None:
    """What shows the date at ``start:end`` of the cited ``clause``: the clause itself, unless
    the date sits in a bracketed remark with a verb of its own inside a clause that says more.
    A remark about the noun before it is shown with that noun's phrase ("pianist Bruce Hornsby
    (who toured with the Dead in 1992)"), one that is a sentence of its own by its words; one
    that is neither (no noun before it, opening in lower case) says too little alone: None. A
    bracket holding only the date, or a reference (:data:`REFERENCE`), dates no happening the
    clause tells: None. Another bracket without a verb (a figure, a title's year) is left to the
    rules that read those."""
    lead = text[clause.start : start].rstrip()
    if lead.endswith("(") and text[end:].lstrip().startswith(")"):
        # a date alone in brackets dates the thing before it (a song's "(June 9, 2012)", "the
        # assassination of Lincoln the previous year (April 14, 1865)"), not the clause
        return clause if not any(c.isalpha() for c in lead) else None
    around = _bracket_around(text, clause, start, end)
    if around is None:
        return clause
    opened, closed = around
    if REFERENCE.fullmatch(text[opened + 1 : closed].strip()):
        return None  # a reference dates its paper
    inside = doc.char_span(opened + 1, closed, alignment_mode="expand")
    words = [t for t in inside if not (t.is_punct or t.is_space)] if inside is not None else []
    if not any(t.pos_ in {"VERB", "AUX"} and not start <= t.idx < end for t in words):
        return clause
    before = [t for t in doc[: inside[0].i] if t.idx < opened and not t.is_space]
    noun = before[-1] if before else None
    if noun is not None and noun.pos_ in {"NOUN", "PROPN"} and noun.idx >= clause.start:
        # a remark about the noun before it: shown with the noun's phrase
        return Span(clause.article, max(noun.left_edge.idx, clause.start), closed + 1)
    if words[0].text[:1].isupper():
        return Span(clause.article, words[0].idx, words[-1].idx + len(words[-1].text))
    return None


__all__ = ["remark_shown"]
