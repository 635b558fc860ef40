"""Entity lines a reader can trust: one office under its forms, a person's name with a nickname
in it, a band's name with its "and", an award's category, a call before a player's name and
titles known by a list or their quotation marks (own prose, shaped as the failures seen on the
250 multinews validation events in session 34)."""

from __future__ import annotations

from newsweave.models import Entity
from newsweave.synthesis.entity_names import award_category, held_by_party, office_key
from newsweave.text.names import clean_name


def _named(entities: list[Entity], form: str) -> list[Entity]:
    return [e for e in entities if form == e.name or form in e.aliases]


def test_an_office_under_its_forms_is_one_entity(stage_entities) -> None:
    """Events 153 and 180: "Carroll County Sheriff’s Office", "... Sheriff’s Department" and
    "the Madison County Sheriff's investigators" were two or three lines of one office."""
    found = stage_entities(
        "Deputies from the Harlan County Sheriff's Office searched the creek on Monday. "
        "The Harlan County Sheriff's investigators later served a warrant at the house.",
        "Anyone with information can call the Harlan County Sheriff's Department.",
    )
    offices = [e for e in found if e.name.startswith("Harlan County Sheriff")]
    assert len(offices) == 1, [e.name for e in offices]
    assert offices[0].type == "ORG"
    assert len(offices[0].articles) == 2


def test_office_key_drops_the_office_word_of_a_service_only() -> None:
    office = ("harlan", "county", "sheriff's", "office")
    assert office_key(office) == ("harlan", "county", "sheriff")
    assert office_key(("delphi", "police", "department")) == ("delphi", "police")
    assert office_key(("justice", "department")) == ("justice", "department")
    assert office_key(("police", "department")) == ("police", "department")


def test_a_nickname_inside_a_name_makes_one_person(stage_entities) -> None:
    """Event 153: 'Liberty “Libby” German' typed NORP, 'Abby" Williams' cut at the nickname."""
    found = stage_entities(
        "Police confirmed Wednesday the identities of the two bodies as Liberty “Libby” "
        "Gorman, 14, and Abigail “Abby” Kessler, 13. Libby Gorman had posted a photo of the "
        "trail that afternoon. Abigail Kessler was an eighth grader at the middle school.",
    )
    libby = _named(found, "Libby Gorman")
    assert len(libby) == 1 and libby[0].name == "Liberty Gorman"
    assert libby[0].type == "PERSON"
    abby = _named(found, "Abigail Kessler")
    assert len(abby) == 1 and abby[0].type == "PERSON"
    assert not [e for e in found if '"' in e.name or "“" in e.name]


def test_clean_name_drops_a_nickname_in_quotation_marks() -> None:
    assert clean_name("Liberty “Libby” Gorman") == ("Liberty Gorman", "")
    assert clean_name("Drop a Gem on ‘Em") == ("Drop a Gem on ‘Em", "")
    assert clean_name("Guns ‘N’ Roses") == ("Guns ‘N’ Roses", "")  # no nickname: one letter


def test_a_bands_name_with_its_and_is_one_name(stage_entities) -> None:
    """Event 201: "Mumford and Sons" listed as "Mumford" and "Sons"."""
    found = stage_entities(
        "Gyllenhaal joined Mumford and Sons and Old Crow Medicine Show on their tour. "
        "We apologize for not being up on our Mumford trivia."
    )
    assert "Sons" not in {e.name for e in found}
    band = _named(found, "Mumford and Sons")
    assert len(band) == 1 and "Mumford" in band[0].aliases


def test_an_awards_category_is_an_award() -> None:
    assert award_category("Best Supporting Actress")
    assert award_category("Outstanding Comedy Series")
    assert not award_category("Best Buy")
    assert not award_category("Actress")


def test_a_category_typed_a_body_is_an_award(types_of) -> None:
    """Event 205: "Best Picture" typed ORG over five articles, "Best Actor" ORG."""
    types = types_of(
        "She won Best Supporting Actress for her role in the film. The show was nominated "
        "for Best Comedy Series and Best Actor."
    )
    assert types["Best Supporting Actress"] == "WORK_OF_ART"
    assert types["Best Comedy Series"] == "WORK_OF_ART"
    assert types["Best Actor"] == "WORK_OF_ART"


def test_a_call_before_a_players_name_is_no_part_of_it(stage_entities) -> None:
    """Event 201: "Advantage Swift." listed as a person of its own."""
    found = stage_entities(
        "Taylor Swift wrote the song about a trip upstate. Swift has never said who it is "
        "about. Advantage Swift."
    )
    assert "Advantage Swift" not in {e.name for e in found}


def test_names_listed_before_other_shows_are_works(types_of) -> None:
    """Event 10: "Homeland, Modern Family, and other acclaimed shows" typed LOC and ORG."""
    types = types_of(
        "It was a night for winners from Homeland, Modern Family, and other acclaimed shows "
        "to wave their trophies."
    )
    assert types["Homeland"] == "WORK_OF_ART"
    assert types["Modern Family"] == "WORK_OF_ART"


def test_a_title_quoted_as_a_work_is_one_where_bare_mentions_are_typed_a_body(types_of) -> None:
    """Event 205: “Moonlight” typed WORK_OF_ART where quoted, ORG at most bare mentions."""
    types = types_of(
        "“Moonlight” won best picture on Sunday. Moonlight is clearly the winner, the "
        "producers said. “Moonlight” was made for $1.5 million. The Moonlight team came "
        "forward. Nobody expected Moonlight to win."
    )
    assert types["Moonlight"] == "WORK_OF_ART"


def test_a_partys_legislature_is_the_legislature(types_of) -> None:
    """Events 9 and 144: every "Congress" listed as "Republican Congress"."""
    types = types_of(
        "The Republican Congress has shown little appetite for an inquiry. Congress returns "
        "from recess next week, and Congress will take up the budget first."
    )
    assert "Republican Congress" not in types
    assert types["Congress"] == "ORG"
    assert held_by_party("Republican Senate") == "Senate"
    assert held_by_party("Republican Party") == "Republican Party"
    assert held_by_party("Republican Study Committee") == "Republican Study Committee"
