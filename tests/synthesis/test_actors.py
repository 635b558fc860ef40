"""A state's voices are one actor: its name, capital, institutions and head of state."""

from __future__ import annotations

from newsweave.models import Entity
from newsweave.synthesis.actors import ActorNames, ActorRef, is_outlet, lower_words


def _entity(name: str, type_: str, *aliases: str, role: str | None = None) -> Entity:
    return Entity(name=name, type=type_, aliases=aliases, articles=("a",), role=role)


ENTITIES = [
    _entity("Ukraine", "GPE"),
    _entity("Kyiv", "GPE"),
    _entity("United Kingdom", "GPE", "UK"),
    _entity("Britain", "GPE"),
    _entity("Volodymyr Zelenskyy", "PERSON", "Zelensky", role="Ukrainian President"),
    _entity("Keir Starmer", "PERSON", "Starmer", role="British Prime Minister"),
    _entity("JD Vance", "PERSON", "Vance", role="U.S. Vice President"),
    _entity("Joe Biden", "PERSON", "Biden", role="Former US President"),
    _entity("Petra Holm", "PERSON", role="union leader"),
]


def test_capital_government_and_head_of_state_are_the_country():
    names = ActorNames(ENTITIES)
    for n in ("Ukraine", "Kyiv", "the Ukrainian government", "Ukraine's foreign ministry"):
        assert names(n) == ActorRef("Ukraine"), n
    for n in ("Zelensky", "Volodymyr Zelenskyy", "President Volodymyr Zelensky's office"):
        assert names(n) == ActorRef("Ukraine", "Volodymyr Zelenskyy"), n
    assert names("Starmer") == ActorRef("United Kingdom", "Keir Starmer")
    assert names("Britain") == names("London") == ActorRef("United Kingdom")


def test_other_office_holders_and_people_speak_for_themselves():
    names = ActorNames(ENTITIES)
    assert names("Vance") == ActorRef("JD Vance")  # a vice-president is not the head of state
    assert names("Biden") == ActorRef("Joe Biden")  # a former president no longer is
    assert names("Petra Holm") == ActorRef("Petra Holm")
    assert names("the Kremlin") == ActorRef("Russia")  # a seat of government, even unnamed
    assert names(None) is None


def test_a_speaker_that_names_nobody_is_no_actor():
    """Speakers of multinews events listed as actors: "Reports" ("Reports said ..."),
    "marijuana", "DA", "CEO". A word the articles also write in lower case, a lower-case
    word, or a short office abbreviation that is no entity of the event names nobody; a
    name the recogniser missed still speaks."""
    texts = ["Reports said the road was open. Earlier reports had said it was shut."]
    names = ActorNames(ENTITIES, lower_words(texts))
    for n in ("Reports", "marijuana", "DA", "CEO"):
        assert names(n) is None, n
    assert names("Amity Shlaes") == ActorRef("Amity Shlaes")
    assert names("Forbes") == ActorRef("Forbes")
    assert names("Kremlin") == names("the Kremlin") is not None  # a seat of government still is


def test_a_ministry_named_by_its_portfolio_is_not_the_portfolio():
    """Multi-News (mn-val-120, 249): "the Foreign Ministry said" became the actor "Foreign".
    A portfolio names no one: the event's entity for the whole name tells whose ministry it
    is, and without one the ministry is its own actor."""
    entities = [*ENTITIES, _entity("Ukrainian Foreign Ministry", "ORG", "Foreign Ministry")]
    assert ActorNames(entities)("Foreign Ministry") == ActorRef("Ukraine")
    assert ActorNames(ENTITIES)("Foreign Ministry") == ActorRef("Foreign Ministry")
    assert ActorNames(ENTITIES)("Defense Ministry") == ActorRef("Defense Ministry")
    assert ActorNames(entities)("Ukraine's Foreign Ministry") == ActorRef("Ukraine")
    named = [*ENTITIES, _entity("Foreign Ministry", "ORG", "Ukrainian Foreign Ministry")]
    assert ActorNames(named)("Foreign Ministry") == ActorRef("Ukraine")
    both = [
        *ENTITIES,
        _entity("Ukrainian Foreign Ministry", "ORG", "the Ukrainian Foreign Ministry"),
    ]
    assert ActorNames(both)("the Foreign Ministry") == ActorRef("Ukraine")
    two = [*entities, _entity("Polish Foreign Ministry", "ORG")]
    assert ActorNames(two)("Foreign Ministry") == ActorRef("Foreign Ministry")  # whose? no guess


def test_an_outlet_is_told_by_its_masthead_or_its_known_name_not_by_a_namesake():
    assert is_outlet("Harbor Herald", "ORG")
    assert is_outlet("the Valley Weekly", None)
    assert is_outlet("CNN", "ORG")
    assert is_outlet("The Guardian", "ORG")
    assert not is_outlet("Bloomberg", "PERSON")  # the mayor, not the newsroom
    assert not is_outlet("Dunmore Coal Company", "ORG")
