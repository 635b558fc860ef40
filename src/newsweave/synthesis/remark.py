"""A date in a bracketed side remark dates only that remark, never the sentence around it.

"For the reunion shows the band will be joined by ... pianist Bruce Hornsby (who toured with
the Dead in 1992) and keyboardist Jeff Chimenti" stood on a multinews timeline (44) under
1992, and "It is far grislier than Sam Raimi's 1981 original (which was initially released
without a rating but acquired an NC-17 for a 1995 re-release)" (70) under 1995: the year is
the remark's, about someone else's past, and the shows and the comparison are not of it. The
timeline stage (:mod:`newsweave.synthesis.stages.timeline`) shows such a date by its remark.
"""

from __future__ import annotations

from newsweave.models import Span


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
    bracket without a verb (a bare date, a figure, a reference) is left to the rules that read
    those."""
    around = _bracket_around(text, clause, start, end)
    if around is None:
        return clause
    opened, closed = around
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
