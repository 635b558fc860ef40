"""What a recognised name looks like from its words alone: a page's furniture, a full name."""

from __future__ import annotations

import pytest

from newsweave.synthesis.entity_names import (
    era_or_zone,
    head_type,
    page_furniture,
    possessive_in_name,
    reads_as_full_name,
    unbracketed,
    without_dangling_link,
    written_span,
)


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        # a page's controls, captions and shouted labels (own words, shaped like multinews')
        ("Replay Older Clips", True),
        ("Follow Harbourwatch", True),
        ("Slideshow", True),
        ("Bonus Goal - UNLOCKED", True),
        ("CLOSE Storm-battered", True),
        ("Harbour SWAT", True),
        # people, whatever words their names share with a page
        ("Glenn Close", False),
        ("Thomas More", False),
        ("Clement VIII", False),
        ("ILSE MARTEN", False),
        ("DJ Tavo", False),
    ],
)
def test_a_pages_furniture_is_told_from_a_name(name: str, furniture: bool) -> None:
    assert page_furniture(name) is furniture


def test_a_full_name_and_a_head_word() -> None:
    assert reads_as_full_name("Ilse Marten")
    assert not reads_as_full_name("Ilse Marten Hospital")
    assert head_type("Marlow Borough", "PERSON") == "GPE"
    assert head_type("Borough", "PERSON") is None


def test_a_hyphenated_given_name_opens_a_full_name() -> None:
    """[021] "Lin-Manuel Miranda", [221] "Louis-Napoleon Bonaparte" typed ORG: a pair of given
    names joined by a hyphen, one of them known, is a given name; a hyphenated word of no known
    given name opens no person's name."""
    assert reads_as_full_name("Anna-Liesl Brandt")
    assert reads_as_full_name("Tovah-Maria Quell")
    assert not reads_as_full_name("Baden-Kessler Weiss")
    assert not reads_as_full_name("Anna-liesl Brandt")


def test_what_a_cut_name_keeps() -> None:
    """Session 26, on multinews entities: "Red Cross of" (the rest typed apart) is the Red
    Cross, "Book of" no name, "Children’s Hospital" no "Children"; "[Janet] Napolitano" loses an editor's brackets; "BC" and "GMT"
    name nothing; "Illinois - Chicago" holds "Chicago" where it is written, not where its folded
    form puts it."""
    assert without_dangling_link("Red Cross of") == "Red Cross"
    assert without_dangling_link("Inspired Version of the") == "Inspired Version"
    assert without_dangling_link("Book of") == ""
    assert without_dangling_link("Bank of England") == "Bank of England"
    assert unbracketed("Janet] Napolitano") == "Janet Napolitano"
    assert unbracketed("Book of Mormon (1830") == "Book of Mormon"
    assert unbracketed("Slideshow (2 Images)") == "Slideshow (2 Images)"
    assert era_or_zone("B.C.") and era_or_zone("GMT") and not era_or_zone("BBC")
    surface = "Illinois - Chicago"
    start, end = written_span(surface, ("chicago",))
    assert surface[start:end] == "Chicago"
    assert written_span(surface, ("boston",)) is None
    raw = "the Children’s Hospital of Harwick"
    assert raw[possessive_in_name(raw) :].startswith("’s Hospital")
    assert possessive_in_name("Harwick's Marine Hospital") is None  # a place's: an owner
    assert head_type("Farringdon Station", "PERSON") == "FAC"
    assert head_type("Metropolitan Railway", "PERSON") == "ORG"
