"""A one-outlet detail that tells again, in other words, a claim the account already prints
(another outlet's detail, a fact) is left out; one that adds a name or a number, or tells
another act, stays (own prose, after multinews validation events 056, 121, 153 and 161)."""

from __future__ import annotations

import pytest

from newsweave.models import Fact, Span, UniqueDetail
from newsweave.synthesis.detail_repeats import restated_details

# One outlet's detail, listed first: who, where, when, and who says so.
FIRST = (
    "Ada Quinn and Tom Lyle were dropped off by their families at the North Pier near Marlow "
    "about 6 p.m. Sunday, the harbour office said."
)
# A fact's wording as one of its outlets gives it: a main clause and what it would bring.
FACT = "The harbour board hopes to open the new marina in May, which would double the moorings."


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp.load import get_spacy

    return get_spacy(settings)


def _listed(nlp, second: str) -> list[str]:
    """The details left of FIRST (outlet a) and ``second`` (outlet b), FACT printed (its
    sentence of outlet c)."""
    texts = {"a": FIRST, "b": second, "c": FACT}
    docs = {k: nlp(t) for k, t in texts.items()}
    details = [
        UniqueDetail(article=k, text=texts[k], citations=(Span(k, 0, len(texts[k])),))
        for k in ("a", "b")
    ]
    fact = Fact(
        text=FACT,
        citations=(Span("c", 0, len(FACT)),),
        sources=("c",),
        independent_sources=1,
    )
    return [d.text for d in restated_details(details, [fact], docs)]


@pytest.mark.parametrize(
    ("second", "told_again"),
    [
        # the same act of the same people, place and hour, in fewer words: told already
        ("Quinn and Lyle were dropped off at the North Pier about 6 p.m. Sunday.", True),
        # the fact's main clause alone: the table prints it
        ("The harbour board hopes to open the new marina in May.", True),
        # a number the first detail lacks: the outlet's own addition
        (
            "Quinn and Lyle were dropped off at the North Pier with 40 litres of water about "
            "6 p.m. Sunday.",
            False,
        ),
        # another act of the same people, place and hour
        ("Quinn and Lyle sailed from the North Pier about 6 p.m. Sunday.", False),
        # what the same people are, told with a verb of the first detail
        ("The two who were dropped off at the North Pier are believed to be students.", False),
        # the fact's verb, denied
        ("The harbour board does not hope to open the new marina in May.", False),
    ],
)
def test_a_detail_told_in_other_words_is_left_out(nlp, second: str, told_again: bool) -> None:
    listed = _listed(nlp, second)
    assert FIRST in listed, listed
    assert (second not in listed) is told_again, listed


def test_of_two_outlets_telling_one_claim_alike_the_first_listed_stays(nlp) -> None:
    """Two outlets' details that restate each other (no name or number either lacks): the
    reader gets the claim once, as the better-ranked detail tells it."""
    same = (
        "Ada Quinn and Tom Lyle were dropped off at the North Pier near Marlow by their "
        "families about 6 p.m. Sunday, the harbour office said."
    )
    assert _listed(nlp, same) == [FIRST]


def test_one_sentence_two_outlets_print_alike_is_listed_once(nlp) -> None:
    """Two outlets printing one wire's sentence word for word (its "She" kept it from the
    facts table): the claim is what something is, no act to compare, yet the words are the
    same."""
    said = "She said in a statement that crossings at the bridge are down 50 percent since 2008."
    docs = {k: nlp(said) for k in ("a", "b")}
    details = [
        UniqueDetail(article=k, text=said, citations=(Span(k, 0, len(said)),)) for k in ("a", "b")
    ]
    assert [d.article for d in restated_details(details, [], docs)] == ["a"]
