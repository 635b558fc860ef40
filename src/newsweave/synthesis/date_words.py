"""Which words of a parsed article are dates: a four-digit number only where news writes a
year, and "Today" or "This Week" not when they are part of a name ("USA TODAY", ABC's "This
Week"); :mod:`newsweave.synthesis.dated` reads a date's clause, tense and anchor from there.
"""

from __future__ import annotations

import re

from newsweave.text.dates import SEASON_MONTHS

# A weekday inside one of these names is part of the name, not a date.
NAME_TYPES = frozenset({"ORG", "WORK_OF_ART", "PERSON", "FAC", "EVENT", "PRODUCT", "LAW"})


def is_year_context(doc, start: int, end: int) -> bool:
    """A bare four-digit number is a year only where news uses years ("in 2022", "the 2022 talks")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    if tok.ent_type_ == "DATE":
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and prev.lower_ in {
        "in",
        "since",
        "of",
        "by",
        "until",
        "before",
        "after",
        "from",
        "during",
        "till",
        "through",
    }:
        return not (nxt is not None and nxt.tag_ == "NNS")
    if _ends_a_range_of_years(doc, tok) or _opens_a_range_of_years(doc, tok):
        return True
    return bool(
        prev is not None
        and prev.lower_ in {"the", "'s", "’s"}
        and nxt is not None
        and nxt.pos_ in {"NOUN", "PROPN", "ADJ", "PUNCT"}
        and nxt.tag_ != "NNS"
    )


# The words that join the two years of a range ("from 2010 to 2014", "between 2011 and 2013").
_RANGE_JOINS = frozenset({"to", "and", "through", "-", "–", "—"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def _ends_a_range_of_years(doc, tok) -> bool:
    """Whether the number ``tok`` ends a range opened by a year: "from 2010 to 2014", "between
    2011 and 2013" (multinews 156: "an airman who served with Valencia del Toro from 2010 to
    2014" stood under 2010 alone)."""
    if tok.i < 3:
        return False
    join, first, opener = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i - 3]
    return (
        join.lower_ in _RANGE_JOINS
        and bool(_YEAR.fullmatch(first.text))
        and opener.lower_ in {"from", "between"}
    )


def _opens_a_range_of_years(doc, tok) -> bool:
    """Whether the number ``tok`` opens a range of years after "between": "a dispute over the
    Nautilus between 2014 and 2015" (multinews 038, where the parser took "Nautilus between
    2014" for a place, left the dispute under 2015 alone, beside another happening of 2015;
    "from 2010" is a year already)."""
    if tok.i < 1 or tok.i + 2 >= len(doc):
        return False
    return (
        doc[tok.i - 1].lower_ == "between"
        and doc[tok.i + 1].lower_ in _RANGE_JOINS
        and bool(_YEAR.fullmatch(doc[tok.i + 2].text))
    )


# A quoted title: the opening mark right before the words, the closing one right after them
# (a comma or full stop may sit inside it, as in ABC's “This Week,”).
_QUOTED_TITLE_OPEN = re.compile(r"[“\"‘']$")
_QUOTED_TITLE_CLOSE = re.compile(r"^[,.]?[”\"’'](?![a-z])")  # not the 's of "Today's"


def titled(doc, text: str, s: int, e: int) -> bool:
    """Whether a capitalised "Today" / "This Week" is part of a name: after a capitalised word
    of the same name ("USA TODAY", "The Tonight Show"), typed as a name, or a quoted title."""
    if not text[s : s + 1].isupper():
        return False
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    if span.root.ent_type_ in NAME_TYPES:
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.is_alpha and prev.text[:1].isupper() and not span[0].is_sent_start:
        return True
    return bool(_QUOTED_TITLE_OPEN.search(text[max(0, s - 1) : s])) and bool(
        _QUOTED_TITLE_CLOSE.match(text[e : e + 3])
    )


# A season written before a bare year ("in spring 2017", "during a meeting in summer 2017",
# multinews 130) puts the year's happening in a span of its months, as "the summer of 2017"
# does: :mod:`newsweave.text.dates` sorts both by the month the season opens (SEASON_MONTHS).
_SEASON = "|".join(SEASON_MONTHS)
# One season or two ("the summer and fall of 2013", multinews 195: from the first), right
# before the year.
_SEASON_BEFORE = re.compile(
    rf"\b({_SEASON})(?:\s+(?:and|or|to|through)\s+(?:{_SEASON}))?(?:\s+of)?\s+$", re.I
)
# How far before a year its season's words may start (characters).
SEASON_REACH = 30


def season_month(text: str, start: int) -> int | None:
    """The month the season written right before the year at ``start`` opens (the first of
    two, :data:`~newsweave.text.dates.SEASON_MONTHS`), or None when no season is."""
    m = _SEASON_BEFORE.search(text[max(0, start - SEASON_REACH) : start])
    return SEASON_MONTHS[m.group(1).lower()] if m else None


__all__ = ["NAME_TYPES", "is_year_context", "season_month", "titled"]
