"""A made headline names what it speaks of: not a "them" or a "there" that only a sentence
before it names; and a time in a relative clause after its cut dates that thing, not the
news. Own prose."""

from __future__ import annotations

from newsweave.text.headline import event_headline


def test_copies_of_them_is_no_title() -> None:
    text = (
        "Is any memo safe on a commuter train?\n"
        "A Harbour Times reporter found copies of them in a seat pocket of a train from "
        "Port Ellis.\n"
        "The harbour board has recalled every printed copy of its ferry safety reviews."
    )
    title = event_headline([None], [text])
    assert "of them" not in title
    assert title.startswith("The harbour board has recalled every printed copy")


def test_them_with_the_kind_named_after_it_is_named() -> None:
    sentence = (
        "A Harbour Times reporter found copies of them, along with other board papers, in a "
        "seat pocket of a train from Port Ellis."
    )
    assert event_headline([None], [sentence]).startswith(
        "A Harbour Times reporter found copies of board papers"
    )


def test_a_place_told_before_is_no_title() -> None:
    text = (
        "For a decade, a flag flew outside a small grey office on Quay Street in Port Ellis.\n"
        "The clerks working there were not officials of the harbour board.\n"
        "The harbour board shut the fake permit office in Port Ellis on Monday after ten years."
    )
    title = event_headline([None], [text])
    assert "working there" not in title
    assert title.startswith("The harbour board shut the fake permit office")


def test_a_time_in_an_object_relative_clause_is_not_background() -> None:
    """The decade dates the fake office, not the sacking: the lead is news, and wins."""
    lead = (
        "Two clerks of the Port Ellis harbour board will be sacked after inspectors shut "
        "down a fake permit office that has been operating for ten years on Quay Street."
    )
    other = "For years, ferry crews have paid for permits at offices along Quay Street."
    title = event_headline([None, None], [lead, other])
    assert title.startswith("Two clerks of the Port Ellis harbour board will be sacked")
