"""What a recognised name looks like from its words alone: a page's furniture, a full name."""

from __future__ import annotations

import pytest

from newsweave.synthesis.entity_names import (
    era_or_zone,
    head_type,
    page_control,
    page_furniture,
    plural_title,
    possessive_in_name,
    reads_as_full_name,
    run_in_heading,
    state_code,
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


def test_a_pages_control_is_no_name_whatever_its_label() -> None:
    """Multinews' "Replay More Videos", typed WORK_OF_ART: an imperative and a page's noun; a
    show's or a company's name holding only one of them is kept."""
    assert page_control("Replay More Clips") is False  # no page's noun
    assert page_control("Replay More Videos")
    assert page_control("View Photos")
    assert not page_control("Watch What Happens Live")
    assert not page_control("Getty Images")


def test_a_plural_title_a_state_code_and_a_run_in_heading() -> None:
    """Multinews' "former Presidents Leonid Kravchuk and ...", "Bolton, CT.", "Gift Registry:
    Brides ...", written anew."""
    assert plural_title("Presidents Leonid Kravchuk") == "Presidents"
    assert plural_title("Senators Wanda Frye") == "Senators"
    assert plural_title("Generals Motors Group") == ""
    assert plural_title("President Leonid Kravchuk") == ""
    text = "Dominic Godi, 21, Bolton, CT. Charged with possession. The CT scan was clear."
    at = text.index("CT")
    assert state_code(text, at, at + 2)
    at = text.index("CT", at + 2)
    assert not state_code(text, at, at + 2)
    text = (
        "Couples spent less. Gift Registry: Brides in Kentucky registered. Her Gift Registry list"
    )
    at = text.index("Gift")
    assert run_in_heading(text, at, at + len("Gift Registry"))
    at = text.index("Gift", at + 1)
    assert not run_in_heading(text, at, at + len("Gift Registry"))


def test_a_given_name_written_with_its_accents_is_known() -> None:
    """ "György Ligeti’s Musica ricercata", typed ORG: the list of given names is unaccented."""
    assert reads_as_full_name("György Halmos")
    assert reads_as_full_name("José Quintana")
