"""A people's noun is a people (NORP), whatever the small model typed it: a nationality joined
to "man" or "woman", a nationality's plural, a people named "-ites" (own prose)."""

from __future__ import annotations

from newsweave.synthesis.peoples import names_a_people


def test_a_nationality_joined_to_man_or_woman_is_a_people() -> None:
    assert names_a_people("Frenchwoman")
    assert names_a_people("Irishmen")
    assert not names_a_people("Superman")  # no people's name
    assert not names_a_people("Fishman")  # a surname ending as "Irish" does


def test_the_plural_of_a_nationality_is_a_people() -> None:
    assert names_a_people("Pakistanis")
    assert names_a_people("Nevadans")
    assert names_a_people("Canadians")  # "Canada" drops its "a"
    assert not names_a_people("Kardashians")  # a family: no place's name before "ian"


def test_a_people_named_with_ites_is_a_people() -> None:
    assert names_a_people("Moabites")
    assert not names_a_people("Ites")


def test_an_adjective_before_a_peoples_plural_keeps_it_a_people() -> None:
    """Events 089 and 185: "Chalcolithic Iranians" typed PERSON, "Aboriginal Tasmanians" ORG."""
    assert names_a_people("Neolithic Iranians")
    assert names_a_people("Coastal Tasmanians")
    assert not names_a_people("Cleveland Indians")  # a town's team
    assert not names_a_people("Neolithic Farmers")


def test_a_peoples_noun_the_model_leaves_untyped_is_a_people(types_of) -> None:
    """ "Pakistanis" and "Frenchmen" left untyped, "Moabites" untyped and "Edomites" a LOC."""
    types = types_of(
        "Thousands of Pakistanis queued outside the consulate on Monday. Two Frenchmen were "
        "among them. The tablet lists the Edomites and the Moabites among the king's enemies."
    )
    assert types["Pakistanis"] == "NORP"
    assert types["Frenchmen"] == "NORP"
    assert types["Edomites"] == "NORP" and types["Moabites"] == "NORP"
