"""Whether a statement dates its happening years before the news.

A news lead dates what it tells by the day ("died Tuesday", "said on Monday"); a sentence
dated by a year long before the latest year the event's reports write ("were swept away in
1999" in a story that found them in 2016, "made several rulings in a 2011 trial") tells what
came before the news. The brief's choice of opening (:mod:`newsweave.synthesis.brief_opening`)
weighs it down for it. Model-free: it reads the parse's DATE entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsweave.nlp import doc_ents
from newsweave.synthesis.dated import clause_tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# A year as news writes it: 1900 to 2099, not inside a longer number.
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
# A statement's year at least this many years before the latest year the event's reports
# write dates what came before the news. Reports filed early in a year often date the news by
# the year before ("died on Dec. 31, 2015" in a January 2016 story), and a story of one year
# counts a study or a season of the year before as news: two years back is still the news.
OLD_YEARS = 3
# Dependencies of a clause or phrase that describes a noun ("a history written by CIA
# officials in 1992", "Raimi's 1981 horror film"): its date says when that thing was made, not
# when the sentence's own happening was ("The history, released this summer, contains ...").
_DESCRIBING_DEPS = frozenset({"acl", "relcl", "appos"})
# Words (lemmas) of a change measured from a year or of a span since it ("up from 27% in
# 2011", "an increase of 16% from a recent low of $26,984 in 2009", "since 2009"): a year they
# govern is the baseline the news is measured against, not when it happened (multinews 018:
# "The average cost of a wedding last year exceeded $31,213, ..." lost its lead so).
_MEASURED_FROM = frozenset(
    {"since", "than", "compare", "versus", "up", "down", "increase", "decrease", "rise", "fall"}
    | {"drop", "jump", "gain", "decline", "low", "high"}
)


def latest_year(docs: Iterable[Doc]) -> int | None:
    """The latest year written in a DATE entity of the event's reports (None: no year)."""
    years = [
        int(y)
        for doc in docs
        for ent in doc_ents(doc)
        if ent.label_ == "DATE"
        for y in _YEAR.findall(ent.text)
    ]
    return max(years) if years else None


def dated_long_before(span: SpacySpan | None, latest: int | None) -> bool:
    """Whether ``span`` tells of something it dates (not in the future tense, not in a
    description of a noun, and not as the baseline of a change: :data:`_MEASURED_FROM`) by a
    year at least :data:`OLD_YEARS` before ``latest`` (:func:`latest_year`)."""
    if span is None or latest is None:
        return False
    doc = span.doc
    return any(
        int(y) <= latest - OLD_YEARS
        and not _describes(ent.root, span.root)
        and not _measured_from(ent.root, span.root)
        and clause_tense(doc, ent.start_char, ent.end_char) != "future"
        for ent in span.ents
        if ent.label_ == "DATE"
        for y in _YEAR.findall(ent.text)
    )


def _describes(tok: Token, root: Token) -> bool:
    """Whether ``tok`` sits in a clause or an apposition describing a noun below ``root``."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in _DESCRIBING_DEPS:
            return True
        tok = tok.head
    return False


def _measured_from(tok: Token, root: Token) -> bool:
    """Whether a word of change or of a span of time (:data:`_MEASURED_FROM`) governs ``tok``
    below ``root``: the date is what the news is measured from."""
    while tok.i != root.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != root.i and tok.lemma_.lower() in _MEASURED_FROM:
            return True
    return False
