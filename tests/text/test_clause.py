"""Where a cited clause ends: over the bracket it leaves open, before a page's reference mark
(own prose)."""

from __future__ import annotations

import pytest

from newsweave.text.clause import bracket_closed_end


@pytest.mark.parametrize(
    ("text", "cut", "shown"),
    [
        ("Fares rose from 2012 (21%) to 2015 (48%).", "(48", "to 2015 (48%)"),
        ("The mill closed that spring (March 3, 2014).", "2014", "(March 3, 2014)"),
        ("A panel was set up in 1996.[7] It met twice.", "[7", "set up in 1996."),
        ("The mill closed (it said) in 2014.", "2014", "closed (it said) in 2014"),
        ("Rents rose (by a third in 2014, said the council.", "2014", "(by a third in 2014"),
    ],
)
def test_a_clause_ends_over_its_bracket_and_before_a_reference_mark(
    text: str, cut: str, shown: str
) -> None:
    end = text.index(cut) + len(cut)
    assert text[: bracket_closed_end(text, 0, end)].endswith(shown)
