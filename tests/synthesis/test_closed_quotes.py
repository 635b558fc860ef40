"""A fact or detail worded by one sentence of a quote that runs over several shows where the
speaker's words end: the quotation the sentence cuts open is closed again, and marks that do
not pair up as one cut quotation are left alone."""

from __future__ import annotations

from newsweave.synthesis.standalone import closed_quotes


def test_a_quote_cut_open_by_its_sentence_is_closed() -> None:
    """The first sentence of a longer quote gets its closing mark, the last its opening one,
    in the marks the text uses."""
    assert (
        closed_quotes('Dana Reyes: "We know the ferry timetable has errors in it.')
        == 'Dana Reyes: "We know the ferry timetable has errors in it."'
    )
    assert (
        closed_quotes("Concluding, Reyes said: “Because the route pays, it will stay.")
        == "Concluding, Reyes said: “Because the route pays, it will stay.”"
    )
    assert (
        closed_quotes('It is not going to run itself," she said.')
        == '"It is not going to run itself," she said.'
    )
    assert closed_quotes("Older ferries are slower.”") == "“Older ferries are slower.”"


def test_marks_that_pair_up_or_do_not_make_one_cut_quote_stay() -> None:
    """A whole quotation, a mix of curly and straight marks that pairs up, and a scrape's
    stray marks (a closing mark after a quotation already closed, a double prime, two single
    marks, a mark it could not decode) are left as they are."""
    whole = "“The route pays,” Reyes said, “and it will stay.”"
    assert closed_quotes(whole) == whole
    mixed = '“The timetable was fixed last year," the operator said.'
    assert closed_quotes(mixed) == mixed
    stray = 'The star of "Tide," \'\'Harbour Lights," and "Fog" fame opened a shop.'
    assert closed_quotes(stray) == stray
    primed = 'She posed with her "Harbour Lights 2″ co-stars at the pier.'
    assert closed_quotes(primed) == primed
    doubled = "The new “Harbour Lights’’ is far slower than the first."
    assert closed_quotes(doubled) == doubled
    lost = "The word “ferry\ufffd? does not appear in the timetable."
    assert closed_quotes(lost) == lost
    plain = "The ferry left at noon."
    assert closed_quotes(plain) == plain
