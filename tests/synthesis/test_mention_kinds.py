"""What the words around a mention say it names: one vehicle of a make (own prose, shaped as the
vehicles typed ORG on the 250 multinews validation events)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsweave.synthesis.mention_kinds import names_an_instance


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp import get_spacy

    return get_spacy(settings)


def _span(doc, words: str) -> Span:
    start = next(t.i for t in doc if doc[t.i :].text.startswith(words))
    return Span(doc, start, start + len(words.split()), label="ORG")


@pytest.mark.parametrize(
    ("text", "name", "one"),
    [
        ("The director parked his Toyota Prius on the bridge.", "Toyota Prius", True),
        ("He drove a white Toyota Camry to the station.", "Toyota Camry", True),
        ("She was struck by the Chevy Tahoe driven by the commander.", "Chevy Tahoe", True),
        # the maker, a company, or a name before a noun: not one vehicle of a make
        ("He parked the Ford Transit van by the gate.", "Ford Transit", False),
        ("He praised his White House staff and his State Department.", "State Department", False),
        ("The Chevy Tahoe sold well last year, the company said.", "Chevy Tahoe", False),
        ("Analysts at the Goldman Sachs bank disagreed.", "Goldman Sachs", False),
    ],
)
def test_a_make_and_model_driven_or_parked_is_one_vehicle(
    nlp, text: str, name: str, one: bool
) -> None:
    assert names_an_instance(_span(nlp(text), name)) is one


def test_a_list_is_joined_by_and_not_by_a_comma_alone(nlp) -> None:
    """Multinews' "Speaking to Al Jazeera, Ahmad Jibreel, a Libyan diplomat" is no list of two
    people; "starring Matt Damon and Cecile De France" is."""
    from newsweave.synthesis.mention_kinds import joined_by_and

    doc = nlp("The film stars Matt Damon and Cecile Ardent as two strangers.")
    assert joined_by_and(_span(doc, "Cecile Ardent"))
    doc = nlp("Speaking to Radio Qamar, Ahmad Farouki, a diplomat, confirmed the report.")
    assert not joined_by_and(_span(doc, "Radio Qamar"))


def _labelled(doc, words: str, label: str) -> Span:
    start = next(t.i for t in doc if doc[t.i :].text.startswith(words))
    return Span(doc, start, start + len(words.split()), label=label)


def test_a_show_that_wraps_or_whose_alum_is_named_is_a_work(nlp) -> None:
    """Multinews' "if Breaking Bad wrapped with a happy ending" and "the Gossip Girl alum",
    both typed PERSON; a network airs a show, with an object, and a school has alums too."""
    from newsweave.synthesis.mention_kinds import names_a_work

    doc = nlp("Asked if he would be sad if Copper Lane wrapped with a happy ending, he laughed.")
    assert names_a_work(_labelled(doc, "Copper Lane", "PERSON"))
    doc = nlp("Westline aired the interview on Monday night.")
    assert not names_a_work(_labelled(doc, "Westline", "ORG"))
    doc = nlp("The Harbor Lights alum swept onto the red carpet in pink pleats.")
    assert names_a_work(_labelled(doc, "Harbor Lights", "PERSON"))
    assert not names_a_work(_labelled(doc, "Harbor Lights", "ORG"))
    doc = nlp("The Yale alum swept onto the red carpet in pink pleats.")
    assert not names_a_work(_labelled(doc, "Yale", "PERSON"))


def test_a_member_or_founder_of_a_name_makes_it_a_body(nlp) -> None:
    """Multinews' "a co-founder of Jefferson Airplane and a member of its later incarnation
    Jefferson Starship" (typed PERSON): no person has members."""
    from newsweave.synthesis.mention_kinds import names_a_body

    doc = nlp(
        "Gary Wills, a co-founder of Jackson Rocket and a member of its later incarnation "
        "Jackson Orbit, died Thursday."
    )
    assert names_a_body(_labelled(doc, "Jackson Rocket", "PERSON"))
    assert names_a_body(_labelled(doc, "Jackson Orbit", "PERSON"))
    doc = nlp("Gary Wills, a friend of Jackson Orbit, died Thursday.")
    assert not names_a_body(_labelled(doc, "Jackson Orbit", "PERSON"))


def test_a_founder_named_after_the_body_is_no_body(nlp) -> None:
    """Multinews 083: "One of the founders of The Robin Collective, Brandy Wright, said": the
    body has founders, the name set off after it is one of them."""
    from newsweave.synthesis.mention_kinds import of_members

    doc = nlp("One of the founders of The Harbor Guild, Mara Finch, said the cups smell sweet.")
    assert of_members(_labelled(doc, "Harbor Guild", "ORG"))
    assert not of_members(_labelled(doc, "Mara Finch", "PERSON"))
