"""A detail that is only someone's quotation: the quotation, its speaker and a verb of saying
('"While today's news may be puzzling ...," Parker wrote.', '“I knew I would screw this up,”
said Kimmel, a first-time host.'). The Quotes section shows those words with that speaker
already; listed again among the details, the same words are printed twice
(:func:`quotation_line`). A quotation the line tells more about
('"This is very unfortunate ...," Kimmel said, trying to salvage the moment with a joke about
how Harvey had announced the wrong winner of the pageant in 2015.') stays a detail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsweave.models import Quote, Span
from newsweave.synthesis.quotes.cues import CUE_LEMMAS
from newsweave.text.lexicons import in_ranges, quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The most words a line says outside its quotation marks when they only tell whose words
# they are: a speaker with a title and a verb ("Delaware County District Attorney Jack Whelan
# said" is 7), a time or a medium ("said in a statement"). An added clause ("..., adding that
# the company would appeal") is more.
ATTRIBUTION_WORDS = 8
# ... and the least share of the line's characters inside its quotation marks: a line that
# quotes a term or a phrase ("Finch called the vote “the worst”") is its own report.
QUOTED_SHARE = 0.5
# Part of speech of a verb of saying in the parse.
_VERB_POS = frozenset({"VERB", "AUX"})
_WORD = re.compile(r"[\w'’-]+")


def shown_quotations(quotes: Iterable[Quote]) -> frozenset[Span]:
    """Where each direct quotation the Quotes section shows stands in its article (one span
    per outlet's wording)."""
    return frozenset(
        Span(v.article, v.start, v.end)
        for q in quotes
        if q.kind == "statement" and q.form == "direct"
        for v in q.variants
    )


def quotation_line(doc: Doc, span: Span, text: str, shown: frozenset[Span]) -> bool:
    """Whether a detail (``text``, at ``span`` of ``doc``) is a quotation the Quotes section
    shows (``shown``: :func:`shown_quotations`) with no more than its speaker and a verb of
    saying outside its marks (:data:`ATTRIBUTION_WORDS`, :data:`QUOTED_SHARE`)."""
    quotes = quoted_ranges(text)
    if not quotes or sum(e - s for s, e in quotes) < QUOTED_SHARE * len(text):
        return False
    ends, starts = [0] + [e for _, e in quotes], [s for s, _ in quotes] + [len(text)]
    outside = " ".join(text[a:b] for a, b in zip(ends, starts, strict=True) if a < b)
    if len(_WORD.findall(outside)) > ATTRIBUTION_WORDS:
        return False
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False
    marks = quoted_ranges(words.text)
    said = any(
        t.pos_ in _VERB_POS
        and t.lemma_.lower() in CUE_LEMMAS
        and not in_ranges(t.idx - words.start_char, marks)
        for t in words
    )
    return said and any(
        q.article == span.article and span.start <= q.start < span.end for q in shown
    )
