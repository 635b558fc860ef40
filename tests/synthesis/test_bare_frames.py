"""The frames around a bare name that say what it is: a town an address writes with its state,
a person's home after their age, an outlet told something, a hashtag (own prose, shaped as the
untyped entities of the 250 multinews validation events in session 43)."""

from __future__ import annotations

import pytest

from newsweave.models import Entity
from newsweave.synthesis.bare_frames import a_hashtag, addressed_town, told_to


def _typed(entities: list[Entity], name: str) -> str | None:
    return next((e.type for e in entities if e.name == name), None)


def test_a_town_before_a_states_abbreviation_is_addressed() -> None:
    text = "Tom Ridley, 23, Granby, CT. Charged with one count. Also Ellis, Mass., and Vore, N.J."
    for town in ("Granby", "Ellis", "Vore"):
        at = text.index(town)
        assert addressed_town(text, at, at + len(town)), town
    at = text.index("Tom Ridley")
    assert not addressed_town(text, at, at + len("Tom Ridley"))  # ", 23," is an age


def test_a_home_after_an_age_is_addressed() -> None:
    text = "The second man, Carl Dunmore, 44, of Eastbrook, was also hurt."
    at = text.index("Eastbrook")
    assert addressed_town(text, at, at + len("Eastbrook"))
    at = text.index("Carl")
    assert not addressed_town(text, at, at + len("Carl Dunmore"))


def test_a_word_after_a_hash_is_a_hashtag() -> None:
    text = "Lights on all night #Rolling! said the post."
    assert a_hashtag(text, text.index("Rolling"))
    assert not a_hashtag(text, text.index("Lights"))


def test_told_to_reads_the_object_of_tell(settings) -> None:
    from newsweave.nlp import get_spacy

    doc = get_spacy(settings)(
        "The singer's manager, Ann Pryce, told Skyline in March that the tour was over."
    )
    told = [e for e in doc.ents if e.text == "Skyline"]
    if not told:
        pytest.skip("the small model found no Skyline here")
    assert told_to(told[0])


def test_towns_of_an_arrest_list_are_places(stage_entities) -> None:
    """Event 008: "Mansfield", "Beverly" and "Bolton" of an arrest list were shown untyped."""
    found = stage_entities(
        "On Friday, police arrested the following:\n\n"
        "Kevin Albright, 21, Tolland, CT. Charged with two counts of permitting a minor to "
        "possess alcohol.\n\nBrian Seltzer, 22, Tolland, CT. Charged with two counts of "
        "permitting a minor to possess alcohol.\n\nJason Pirelli, 20, Hebron, CT. Charged with "
        "possession of alcohol by a minor.",
    )
    assert _typed(found, "Tolland") == "GPE"
    assert _typed(found, "Hebron") == "GPE"


def test_a_bare_name_a_spokesman_told_something_is_an_outlet(stage_entities) -> None:
    """Events 107, 111, 112, 230: "told Billboard", "told Politico" were shown untyped."""
    found = stage_entities(
        "The band's publicist, Dana Whitfield, told Billboard in 2019 that the drummer was ill. "
        "The drummer, Carl Oakes, had played with the band for ten years."
    )
    assert _typed(found, "Billboard") == "ORG"


def test_a_child_told_something_stays_a_person(stage_entities) -> None:
    """Event 156: "son Ezra, 7, ... She told Ezra to run": a child told something is no
    outlet."""
    found = stage_entities(
        "Erin Dolan got herself and her two other children, son Tavi, 7, and daughter Mira, 5, "
        "off the bridge. She told Tavi to run to the west end of the bridge to get help."
    )
    assert _typed(found, "Tavi") != "ORG"
    assert _typed(found, "Mira") != "ORG"


def test_a_hashtag_is_no_entity(stage_entities) -> None:
    """Events 099, 130, 205: "#Spinning", "#Merylsayshi" were listed as entities."""
    found = stage_entities(
        "“Driving like someone’s about to deliver a baby! Cop car lights #Whirling!” the "
        "officer wrote on Twitter before the post was deleted."
    )
    assert not [e for e in found if e.name == "Whirling"]


def test_a_residents_home_is_a_place(stage_entities) -> None:
    """Events 055 and 119: "A Shalimar woman", "The 56-year-old Phoenixville woman" were shown
    untyped."""
    found = stage_entities(
        "A Shalimar woman has a warning for them. She says her implants nearly killed her."
    )
    assert _typed(found, "Shalimar") == "GPE"


def test_a_people_told_with_others_is_no_outlet(stage_entities) -> None:
    """Event 182: "told Latino and black community leaders" made "Latino" an outlet."""
    found = stage_entities(
        "But Representative Dana Whitfield of Arizona told Latino and black community leaders "
        "at a luncheon on Tuesday that the state needs more money."
    )
    assert _typed(found, "Latino") != "ORG"
