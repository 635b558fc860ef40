"""Session 41: bands, firms, schools, works, places and broadcasters the small model typed a
person, a place or a people, and the signs that type them (own prose and names, shaped as the
failures seen on the 250 multinews validation events)."""

from __future__ import annotations

from newsweave.synthesis.entity_names import head_type
from newsweave.synthesis.entity_types import NameGroup, NameMention, entity_type


def _group(name: str, label: str, **signs: bool) -> NameGroup:
    """A group of one mention of ``name`` typed ``label``, with the mention's ``signs``."""
    tokens = tuple(name.lower().split())
    mention = NameMention("a", 0, len(name), name, tokens, label, **signs)
    return NameGroup(mentions=[mention], key=tokens, label=label)


def _type(group: NameGroup) -> str:
    return entity_type(group, {group.key}, frozenset(), frozenset(), frozenset())


def test_a_schools_or_a_places_head_types_the_name() -> None:
    """ "Kent State", "Virginia Tech" typed PERSON; "Upper West Side", "Oxford Circus" ORG."""
    assert head_type("Glenmore State", "PERSON") == "ORG"
    assert head_type("Arlington Tech", "PERSON") == "ORG"
    assert head_type("Washington State", "GPE") is None  # a state's name stands
    assert head_type("Upper North Side", "ORG") == "LOC"
    assert head_type("South Side", "LOC") is None
    assert head_type("Piccadilly Circus", "ORG") == "LOC"


def test_a_name_after_a_bodys_noun_or_with_one_in_apposition_is_a_body(types_of) -> None:
    """ "rock group Led Zeppelin", "Cambridge Analytica, a data analysis firm" typed PERSON."""
    types = types_of(
        "Legendary rock group Velvet Harbour have unveiled two unheard recordings from 1971. "
        "Donors also put money into Brightline Metrics, a data analysis firm that targets "
        "voters online."
    )
    assert types["Velvet Harbour"] == "ORG"
    assert types["Brightline Metrics"] == "ORG"


def test_a_name_ending_on_law_is_no_person_unless_something_says_so(types_of) -> None:
    """ "Harvard Law" typed PERSON; "Jude Law" stays one where he speaks."""
    school = types_of("She graduated from Harwick Law in 2009 and joined a firm in Boston.")
    assert school.get("Harwick Law") != "PERSON"
    actor = types_of("Actor Jude Law said he was thrilled to join the cast.")
    assert actor["Jude Law"] == "PERSON"


def test_a_kind_of_film_before_a_title_makes_it_a_work(types_of) -> None:
    """ "the historic gay romance Brokeback Mountain" typed LOC, "the 2008 Hollywood
    blockbuster Mamma Mia!" PERSON."""
    types = types_of(
        "Lloyd previously directed Streep in the Hollywood blockbuster Sunset Parade, "
        "which was based on a stage show."
    )
    assert types["Sunset Parade"] == "WORK_OF_ART"


def test_a_known_place_or_a_band_is_no_people() -> None:
    """ "the Aleppo area" typed NORP; "Phish guitarist Trey Anastasio", "Phish's Trey
    Anastasio" typed NORP; a people with a staff noun after it stays one ("British singer")."""
    assert _type(_group("Idlib", "NORP", place=True)) == "GPE"
    assert _type(_group("Quoll", "NORP", body=True, speaks=True)) == "ORG"
    assert _type(_group("British", "NORP", body=True)) == "NORP"


def test_a_broadcasters_initials_are_no_place() -> None:
    """ "told The New York Times and then CNN" typed GPE; a wire's credit, "(CNN) —", would
    make the network a dateline's place; a country's initials stand."""
    assert _type(_group("CNN", "GPE")) == "ORG"
    assert _type(_group("CNN", "ORG", dateline=True)) == "ORG"
    assert _type(_group("WIFI", "PERSON")) != "ORG"  # a station's shape, no station
    assert _type(_group("UAE", "GPE")) == "GPE"
