"""A state's voices are one actor: its name, capital, institutions and head of state."""

from __future__ import annotations

from newsweave.models import Entity, Span
from newsweave.synthesis.actors import (
    ActorNames,
    ActorRef,
    is_outlet,
    lower_words,
    shortened_names,
)


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


def test_an_administration_is_not_its_head_in_person():
    """Multi-News (mn-val-009): "The Trump administration is denying…" was listed as Trump's
    own stance. The administration of someone who heads no state the event names is its own
    actor; a head of state's office still speaks for the state."""
    entities = [*ENTITIES, _entity("Dana Holt", "PERSON", "Holt", role="Mayor")]
    names = ActorNames(entities)
    assert names("the Holt administration") == ActorRef("Holt administration")
    assert names("Holt") == ActorRef("Dana Holt")
    assert names("Zelensky's office") == ActorRef("Ukraine", "Volodymyr Zelenskyy")


def test_a_described_voice_speaks_for_the_body_it_names():
    """Multi-News (mn-val-167, -120): "an American Civil Liberties Union official" and "the
    Polish prime minister" were actors of their own. An official or spokesman of a body the
    event knows speaks for that body, and a country's head of government, unnamed, for the
    country; a former head, or a body the event does not know, does not."""
    entities = [*ENTITIES, _entity("Harbour Workers Union", "ORG"), _entity("Poland", "GPE")]
    names = ActorNames(entities)
    assert names("a Harbour Workers Union official") == ActorRef("Harbour Workers Union")
    assert names("a Kremlin spokeswoman") == ActorRef("Russia")
    assert names("the Polish prime minister") == ActorRef("Poland")
    assert names("the former Polish prime minister") == ActorRef("the former Polish prime minister")
    assert names("a Dock Guild official") == ActorRef("a Dock Guild official")


def test_a_name_lengthened_by_its_reading_is_the_name_as_written():
    """Multi-News (mn-val-142, -088): "a claim Fitbit denies" was read as the tracker "Fitbit
    Charge HR", "Google" as its "Google Gnome". Where the reading only lengthens a written name
    into a thing the event names less often, and the written name is an entity of the event,
    the written name is the actor. A first name read as the full name (mn-val-181 "George"),
    a common word or a nationality read as the name it opens (mn-val-202 "Department",
    mn-val-217 "American" for American Airlines), a surname, or a word
    inside a longer name stays the reading's."""
    texts = ["The department said on Monday that it would look again."]
    entities = [
        *ENTITIES,
        _entity_mentioned("Pulsewell", "ORG", 9),
        _entity_mentioned("Pulsewell Stride", "ORG", 2),
        _entity_mentioned("George", "PERSON", 3),
        _entity_mentioned("George Lund", "PERSON", 1),
        _entity_mentioned("Department", "ORG", 4),
        _entity_mentioned("Department of Ports", "ORG", 2),
        _entity_mentioned("Holm", "PERSON", 5),
        _entity_mentioned("Eva Holm", "PERSON", 2),
        _entity_mentioned("Polish", "NORP", 6),
        _entity_mentioned("Polish Lines", "ORG", 3),
    ]
    names = ActorNames(entities, lower_words(texts))
    assert names.as_written("Pulsewell", "Pulsewell Stride") == ActorRef("Pulsewell")
    assert names.as_written("George", "George Lund") == ActorRef("George Lund")
    assert names.as_written("Department", "Department of Ports") == ActorRef("Department of Ports")
    assert names.as_written("Holm", "Eva Holm") == ActorRef("Eva Holm")
    assert names.as_written("Polish", "Polish Lines") == ActorRef("Polish Lines")
    assert names.as_written("Stride", "Pulsewell Stride") == ActorRef("Pulsewell Stride")
    assert names.as_written("Zelensky", None) is None


def _entity_mentioned(name: str, type_: str, mentions: int) -> Entity:
    spans = tuple(Span("a", 10 * k, 10 * k + 5) for k in range(mentions))
    return Entity(name=name, type=type_, aliases=(), articles=("a",), mentions=spans)


def test_a_company_with_and_without_its_legal_form_is_one_actor():
    """Multi-News (mn-val-244): "Nippon Yusen K.K." and "Nippon Yusen" were listed as two
    speakers. A name that is another's with a company's legal form added is that actor; a
    name ending in a word that is no legal form is not."""
    merged = shortened_names({"Tolva Shipping", "Tolva Shipping K.K.", "Acme", "Acme, Inc."}, set())
    assert merged == {"Tolva Shipping": "Tolva Shipping K.K.", "Acme": "Acme, Inc."}
    assert shortened_names({"Harbour", "Harbour Trust"}, set()) == {}


def test_an_outlet_glued_to_the_next_name_is_no_part_of_the_actor():
    """Multi-News (mn-val-242, -207, -169): "told KOIN 6 News the agency…" was read as one
    entity "KOIN 6 News BOLI", and "Bloomberg News Sprint" listed as a speaker. The name after
    the outlet's is the actor when it is a name of the event; a company whose name opens with
    an outlet's and goes on with no name of the event keeps its whole name."""
    entities = [
        *ENTITIES,
        _entity("Harbor Herald Dock Board", "ORG", "Dock Board"),
        _entity("CNN Tolva", "PERSON", "Tolva"),
        _entity("Harbor Herald Company", "ORG"),
        _entity("News Lane Bakery", "ORG"),
    ]
    names = ActorNames(entities)
    assert names("Dock Board") == ActorRef("Dock Board")
    assert names("Harbor Herald Dock Board") == ActorRef("Dock Board")
    assert names("CNN Tolva") == ActorRef("Tolva")
    assert names("Harbor Herald Company") == ActorRef("Harbor Herald Company")
    assert names("News Lane Bakery") == ActorRef("News Lane Bakery")


def test_a_thing_is_no_actor():
    """Multi-News (mn-val-154): "The Report on Carcinogens identifies…" listed "Report" as a
    speaker. A name the event types as a product, a work, a law or an event says nothing; an
    organisation of a name alike does."""
    entities = [*ENTITIES, _entity("Harbour Report", "WORK_OF_ART"), _entity("Pulsewell", "ORG")]
    names = ActorNames(entities)
    assert names("Harbour Report") is None
    assert names("Pulsewell") == ActorRef("Pulsewell")


def test_an_office_of_no_one_the_event_names_is_its_own_actor():
    """Multi-News (mn-val-150): "the Santa Clara County Coroner's Office said…" was listed as
    "Coroner". An office is its owner's only when the owner is someone the event names."""
    names = ActorNames([*ENTITIES, _entity("Coroner’s Office", "ORG")])
    assert names("Coroner’s Office") == ActorRef("Coroner’s Office")
    assert names("Zelensky's office") == ActorRef("Ukraine", "Volodymyr Zelenskyy")
