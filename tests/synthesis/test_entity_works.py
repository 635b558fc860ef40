"""A name written as a work's title is a work whatever the recogniser typed it; a band named
like its album stays a band; an office named after its holder keeps its possessive (own prose,
shaped as the failures seen on the 250 multinews validation events)."""

from __future__ import annotations

from newsweave.synthesis.entity_names import head_type, possessive_in_name


def test_a_release_dated_by_a_year_or_set_beside_album_is_a_work(types_of) -> None:
    """Session 33, event 21: "2006's Blood Money" typed ORG, "album, “Murda Muzik”" PERSON."""
    types = types_of(
        "The duo's catalogue grew quickly: 1997's Cold Harbor Nights, 2001's Glass Money "
        "and a final record for a small label. Their second album, “Mirdo Sessions,” "
        "sold poorly, and critics preferred the debut."
    )
    assert types["Glass Money"] == "WORK_OF_ART"
    assert types["Mirdo Sessions"] == "WORK_OF_ART"


def test_a_name_that_owns_its_singer_is_a_band_not_its_album(types_of) -> None:
    """Session 33, event 111: LFO, a band with a self-titled album, is not retyped a work."""
    types = types_of(
        "QVX singer Dana Lorn died on Tuesday, the band said. QVX released two albums, "
        "“QVX” and “Summer Lines,” before the members went their own ways."
    )
    assert types["QVX"] == "ORG"


def test_an_offices_possessive_is_part_of_its_name() -> None:
    """Session 33: "the Whitley County Sheriff’s Office" cut to a "Whitley County Sheriff";
    an owner's possessive is still cut ("Harwick's Marine Hospital")."""
    raw = "the Marlow County Sheriff’s Office"
    assert raw[possessive_in_name(raw) :] == "’s Office"
    raw = "New Year's Eve"
    assert raw[possessive_in_name(raw) :] == "'s Eve"
    assert possessive_in_name("Harwick's Marine Hospital") is None
    assert head_type("Marlow County Sheriff's Office", "LOC") == "ORG"
    assert head_type("Marlow County Sheriff's Department", "GPE") == "ORG"
    assert head_type("Oval Office", "FAC") is None


def test_an_offices_whole_name_is_the_entity(types_of) -> None:
    """The name the event lists is the office's, not its holder's title."""
    types = types_of(
        "A spokesman for the Whitby County Sheriff's Office said the two men were arrested "
        "on Friday."
    )
    assert types["Whitby County Sheriff's Office"] == "ORG"
    assert "Whitby County Sheriff" not in types


def test_a_costar_or_an_episode_names_a_work(types_of) -> None:
    """ "his American Hustle costar", "an episode of Black Mirror", typed ORG."""
    costar = types_of("He laughed as his American Hustle costar looked on.")
    assert costar["American Hustle"] == "WORK_OF_ART"
    episode = types_of("The gadget would fit in an episode of Black Mirror.")
    assert episode["Black Mirror"] == "WORK_OF_ART"


def test_episodes_of_a_kind_of_drama_name_no_work(types_of) -> None:
    """ "gripping episodes of Beltway drama": the drama is the object, the place qualifies it."""
    types = types_of("The hearing adds to the gripping episodes of Beltway drama this year.")
    assert types.get("Beltway") != "WORK_OF_ART"


def test_a_quoted_title_listed_with_quoted_works_is_a_work(types_of) -> None:
    """Multinews 205: “Arrival,” “Hacksaw Ridge,” listed after “La La Land,” (a work): the
    recogniser typed the later titles PERSON and GPE."""
    types = types_of(
        '"Starfall" won best picture over "The Long Road," "Hidden Stars," "Departure," '
        '"Hatchet Hill," and "Walls."'
    )
    assert types["Hatchet Hill"] == "WORK_OF_ART"


def test_a_band_named_like_a_person_with_members_is_a_band(types_of) -> None:
    """Multinews 229: "a member of its later incarnation Jefferson Starship", typed PERSON as
    its first word is a given name."""
    types = types_of(
        "Gary Wills, a co-founder of Jackson Rocket and a member of its later incarnation "
        "Jackson Orbit, died Thursday, his family said."
    )
    assert types["Jackson Orbit"] == "ORG"
    assert types["Gary Wills"] == "PERSON"


def test_two_quoted_names_joined_by_or_are_no_list_of_titles(types_of) -> None:
    """Multinews 106: "the “Utah Church” or “Mormon Church”", the second typed a work: what a
    body is called, no list of titles."""
    types = types_of(
        'Members usually referred to the larger body as the "Ogden Church" or "Mormon Church" '
        "in those years."
    )
    assert types["Ogden Church"] == "ORG"
