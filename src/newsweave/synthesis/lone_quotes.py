"""A paragraph that is one quotation and nothing else, with no one said to speak it: a post, a
letter or a translation the story sets apart ("“Doku Umarov promised an Allahuakbar in 2014 in
Sochi. If they blow something up ...”", multinews 184, a Russian tweet's translation under the
tweet, introduced only by "Here are some results:"). Its dates are its writer's, told in their
words, not the reporter's account of what happened: the timeline stage
(:mod:`newsweave.synthesis.stages.timeline`) reads its clauses as someone's words, which
corroborate a happening the reporter tells and are no entry alone.
"""

from __future__ import annotations

from newsweave.models import Span

# What may stand after a quotation's closing mark and still leave the paragraph only the
# quotation: a stop put outside the marks, spaces.
_AFTER_MARKS = " \t.!?;"


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The start and end of the paragraph (between line breaks) holding offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def in_a_lone_quotation(text: str, clause: Span, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``clause`` (in the article's ``text``) lies in a paragraph that is one of
    ``quotes`` and nothing else: words no one in the paragraph is said to speak. A quotation
    that runs on into the next paragraph (a statement quoted over several, each opening on a
    mark) is its speaker's, named around it, and is read as before."""
    start, end = _paragraph(text, clause.start)
    return any(
        start <= a <= clause.start < b <= end
        and not text[start:a].strip()
        and not text[b:end].strip(_AFTER_MARKS)
        for a, b in quotes
    )


__all__ = ["in_a_lone_quotation"]
