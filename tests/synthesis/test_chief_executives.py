"""A company's chief executive speaks for it, nested under it as a head of state under the
state (own prose shaped like multinews 217: "American Airlines CEO Doug Parker", "American's
chief executive, Doug Parker")."""

from __future__ import annotations

from newsweave.models import Article, Entity, Span
from newsweave.synthesis.actors import ActorNames, ActorRef
from newsweave.synthesis.chief_executives import chief_executives

TEXT = (
    "Harbor Freight Lines CEO Ines Moro wrote to staff on Monday. "
    "Tomas Verley, the chief financial officer of Harbor Freight Lines, said nothing. "
    "Later, Ines Moro called the offer puzzling. "
    "Anna Lind, chief executive of Osprey Air, welcomed it."
)


def _mentions(name: str) -> tuple[Span, ...]:
    spans, at = [], TEXT.find(name)
    while at >= 0:
        spans.append(Span("a", at, at + len(name)))
        at = TEXT.find(name, at + 1)
    return tuple(spans)


def _entity(name: str, type_: str) -> Entity:
    return Entity(name=name, type=type_, aliases=(), articles=("a",), mentions=_mentions(name))


ENTITIES = [
    _entity("Harbor Freight Lines", "ORG"),
    _entity("Osprey Air", "ORG"),
    _entity("Ines Moro", "PERSON"),
    _entity("Tomas Verley", "PERSON"),
    _entity("Anna Lind", "PERSON"),
]


def test_a_chief_executive_named_beside_the_company_heads_it() -> None:
    """The title before the name with the company before it, or after the name with the
    company after it; another officer ("chief financial officer") does not speak for it."""
    heads = chief_executives([Article("a", TEXT)], ENTITIES)
    assert heads == {"Ines Moro": "Harbor Freight Lines", "Anna Lind": "Osprey Air"}, heads


def test_a_chief_executive_is_nested_under_the_company() -> None:
    names = ActorNames(ENTITIES, chiefs=chief_executives([Article("a", TEXT)], ENTITIES))
    assert names("Ines Moro") == ActorRef("Harbor Freight Lines", "Ines Moro")
    assert names("Harbor Freight Lines") == ActorRef("Harbor Freight Lines")
    assert names("Tomas Verley") == ActorRef("Tomas Verley")
