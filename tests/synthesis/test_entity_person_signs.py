"""People typed as people: a full name the small recogniser types an organisation or a work is
a person's when the text shows one (an age, "Ms.", a husband, a credit line, "said he"), and no
organisation or place is made a person by a sign that belongs to another word (own prose,
shaped as the failures seen on the multinews validation events)."""

from __future__ import annotations

from newsweave.synthesis.entity_names import shaped_as_full_name


def test_a_saying_with_a_persons_pronoun_makes_a_person(types_of) -> None:
    """ "Lombardi said he understood", typed ORG: only a person says "he" of himself so."""
    types = types_of(
        "Marvik Lonsdale said he understood the pope's wish. Vatican officials declined to "
        "comment on the letter."
    )
    assert types["Marvik Lonsdale"] == "PERSON"


def test_an_age_or_a_husband_makes_a_person(types_of) -> None:
    """ "The 61-year-old Streep", "Aber Al-Rahabi, 21, told", typed ORG."""
    before = types_of(
        "The 58-year-old Quenby Harlowe will lead the museum from May. Harlowe's husband is a "
        "painter."
    )
    assert before["Quenby Harlowe"] == "PERSON"
    after = types_of(
        "Denver Holloway, 41, told the court that she had signed nothing. Holloway left "
        "without comment."
    )
    assert after["Denver Holloway"] == "PERSON"


def test_an_office_in_apposition_makes_a_person(types_of) -> None:
    """ "Andriy Parubiy, secretary of the national defense council, said ...", typed ORG."""
    types = types_of(
        "In a briefing, Andriy Vessel, secretary of the national security council, said troops "
        "would stay."
    )
    assert types["Andriy Vessel"] == "PERSON"


def test_a_wire_credit_line_names_people(types_of) -> None:
    """ "Writing by Lincoln Feast and Alex Richardson; Editing by ...", the first typed ORG."""
    types = types_of(
        "Officials in Tokyo and Bangkok confirmed the count. Writing by Lincoln Marsh and Alex "
        "Reed; Editing by Dean Yates"
    )
    assert types["Lincoln Marsh"] == "PERSON"
    assert types["Tokyo"] == "GPE"


def test_signs_of_a_person_leave_bodies_and_events_alone(types_of) -> None:
    """A bank that says, an age that is a volunteer's, a pageant's "Miss": no person."""
    types = types_of(
        "Sales at Morgan Stanley rose in the spring, Morgan Stanley said, and the bank hired "
        "staff. A 29-year-old Neighborhood Watch volunteer called police. Contestants hoped to "
        "compete in Miss America next year."
    )
    assert types["Morgan Stanley"] == "ORG"
    assert types.get("Neighborhood Watch", "") != "PERSON"
    assert types.get("Miss America", "") != "PERSON"


def test_a_full_names_shape_is_read_without_a_given_name() -> None:
    """ "Federico Lombardi" is written as a name is; a police force or a town is not."""
    assert shaped_as_full_name("Federico Lombardi")
    assert shaped_as_full_name("Lin-Manuel Miranda")
    assert not shaped_as_full_name("Indiana State Police")
    assert not shaped_as_full_name("Roeland Park")


def test_a_quotation_in_the_first_person_makes_a_person(types_of) -> None:
    """ "“I didn't see the girls,” Cheyenne ... Engles wrote", typed ORG: a body says "we"."""
    person = types_of(
        "“I only saw a man near the bridge and I never took the trail,” Sierra Tamika Holloway "
        "wrote."
    )
    assert person["Sierra Tamika Holloway"] == "PERSON"
    body = types_of(
        "“We regret the delay and we will refund every customer,” Sierra Tamika Holloway wrote."
    )
    assert body["Sierra Tamika Holloway"] == "ORG"


def test_a_work_that_speaks_under_a_full_name_is_a_person(types_of) -> None:
    """ "“This news brings great pride to France,” Marisol Touraine told BFM TV", typed
    WORK_OF_ART."""
    types = types_of(
        "“This result brings great pride to the country,” Tulsa Ranelle Voss told a radio station."
    )
    assert types["Tulsa Ranelle Voss"] == "PERSON"


def test_a_participle_with_her_makes_a_person(types_of) -> None:
    """ "Hailee Steinfeld walks past, holding her dress", typed FAC."""
    types = types_of(
        "The champagne is flowing backstage. Lark Ellington walks past, holding her dress with "
        "one hand and a phone with the other."
    )
    assert types["Lark Ellington"] == "PERSON"


def test_a_pal_is_a_person(types_of) -> None:
    """ "took pal La La Anthony to the Angel Ball", typed FAC."""
    types = types_of("Meanwhile, Kardashian took pal La Vonne Sutter to the Angel Ball on Monday.")
    assert types["La Vonne Sutter"] == "PERSON"
