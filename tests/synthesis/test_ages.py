"""Ages of one named person that independent sources give differently: reported as a
contradiction, never for two people who share a surname, an age dated to another year, or a
reprint."""

from __future__ import annotations

import functools

import pytest

from newsweave.models import Article

_FALL = "A toddler fell down an elevator shaft in a Brooklyn apartment building on Tuesday."


@pytest.fixture
def ages_between(contradictions_of):
    """The age contradictions the stage finds between articles."""
    return functools.partial(contradictions_of, notes=("Ages differ",))


def _report(id_: str, text: str, outlet: str) -> Article:
    return Article(id_, f"{_FALL} {text}", outlet=outlet)


def test_one_person_given_two_ages(ages_between) -> None:
    a = _report(
        "a", "Karim Haddad, 70, the child's grandfather, said the family was in shock.", "A"
    )
    # a surname alone may be any Haddad: the grandfather in one report, his brother in another
    x = _report("a", "Haddad, 70, said the family was grieving.", "A")
    y = _report("b", "Haddad, 77, told reporters that the family was grieving.", "B")
    assert not ages_between(x, y)
    b = _report(
        "b", "Karim Haddad, 77, the grandfather of the little girl, spoke to reporters.", "B"
    )
    (c,) = ages_between(a, b)
    assert c.kind == "number" and not c.update
    assert "“Karim Haddad, 70”" in c.note and "“Karim Haddad, 77”" in c.note
    assert "birthday" not in c.note
    for claim, art in zip(c.claims, (a, b), strict=True):
        (span,) = claim.citations
        assert art.text[span.start : span.end] == claim.text and "Haddad" in claim.text


def test_an_age_before_the_name_a_year_apart_allows_a_birthday(ages_between) -> None:
    a = _report("a", "The teacher, identified as 29-year-old Dana Whitfield, faces charges.", "A")
    b = _report("b", "Dana Whitfield, 28, was charged on Wednesday, the station reported.", "B")
    (c,) = ages_between(a, b)
    assert "“29-year-old Dana Whitfield”" in c.note and "birthday" in c.note


def test_relatives_surnames_other_years_quotes_and_reprints_are_no_conflict(ages_between) -> None:
    base = _report("a", "Karim Haddad, 70, the child's grandfather, said the family grieved.", "A")
    others = [
        "His wife, Leila Haddad, 66, was at the hospital with the girl's mother.",  # a relative
        "In 1990, Karim Haddad, 43, moved the family to Brooklyn from Beirut.",  # another year
        "“Karim Haddad, 77, is a broken man now,” a neighbour said of the grandfather.",  # quoted
    ]
    for text in others:
        assert not ages_between(base, _report("b", text, "B")), text
    # a surname alone may be any Haddad: the grandfather in one report, his brother in another
    x = _report("a", "Haddad, 70, said the family was grieving.", "A")
    y = _report("b", "Haddad, 77, told reporters that the family was grieving.", "B")
    assert not ages_between(x, y)
    b = _report(
        "b", "Karim Haddad, 77, the grandfather of the little girl, spoke to reporters.", "B"
    )
    assert not ages_between(base, b, one_origin=True)


def test_a_source_giving_both_ages_itself_is_named(ages_between) -> None:
    """Outlet B writes 70 in its story and 77 in a caption: the note says B is at odds with
    itself instead of guessing which source has it wrong."""
    a = _report("a", "Karim Haddad, 70, the child's grandfather, said the family grieved.", "A")
    b = _report(
        "b",
        "“I can't believe it,” said Karim Haddad, 70, the little girl's grandfather. "
        "Karim Haddad, 77, grandfather of the little girl, talks about the accident.",
        "B",
    )
    (c,) = ages_between(a, b)
    assert "B gives both ages itself" in c.note and "one source has it wrong" not in c.note
    assert "“Karim Haddad, 77”" in c.note


def test_a_name_with_its_middle_name_is_the_same_person(ages_between) -> None:
    """Police give the suspect's name without his middle name, court records with it."""
    a = _report("a", "Daniel Lee Foster, 24, was charged with assault on Friday.", "A")
    b = _report("b", "Police said Daniel Foster, 25, was arrested at his home.", "B")
    (c,) = ages_between(a, b)
    assert "“Daniel Lee Foster, 24”" in c.note and "“Daniel Foster, 25”" in c.note
    # another middle name, or another first name, is another man
    x = _report("a", "Daniel Lee Foster, 24, was charged with assault on Friday.", "A")
    y = _report("b", "Daniel Ray Foster, 52, the suspect's father, was at the hearing.", "B")
    assert not ages_between(x, y)
    z = _report("b", "Police said Robert Foster, 52, was at the hearing.", "B")
    assert not ages_between(x, z)


def test_outlets_agreeing_against_one_statement_make_one_item(ages_between) -> None:
    """Three outlets give one age and a fourth another: one disagreement citing all four, not
    three pairs that repeat the fourth outlet's statement."""
    texts = [
        "Police said Daniel Foster, 25, was arrested at his home on Friday.",
        "Daniel Lee Foster, 24, was charged with assault, court records show.",
        "Daniel Foster, 25, was arrested after a search of his home, police said.",
        "Officers said Daniel Foster, 25, was taken into custody at his home.",
    ]
    arts = [_report(k, t, k.upper()) for k, t in zip("abcd", texts, strict=True)]
    (c,) = ages_between(*arts)
    assert c.note.startswith(
        "Ages differ: A, C and D say “Daniel Foster, 25”, B says “Daniel Lee Foster, 24”: "
    )
    assert [cl.article for cl in c.claims] == ["a", "b", "c", "d"]
