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
