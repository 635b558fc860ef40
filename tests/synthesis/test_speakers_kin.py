"""A parent and a child who share a surname, told apart as the article tells them: "the
younger" is the one it calls a son or a daughter, "the elder" the parent (#15); a name the
recogniser typed an organisation is a person when a "her" goes on with it, so a "she said"
after it has her for its speaker, not no one."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.mentions import find_namesakes
from quoted_text import mentions, quote_with

FAMILY = (
    "Sen. Dan Merriwether has chaired the Senate Finance Committee since 2011. He will leave "
    "the Senate in January after six terms.\n\n"
    "His son Danny Merriwether, a software designer in Denver, backed the Democrat running "
    "for the seat on Sunday.\n\n"
    "Dan Merriwether did not answer calls on Monday.\n\n"
    '"We need fresh faces in this town," the younger Merriwether wrote.\n\n'
    "Danny Merriwether has given to Democrats before.\n\n"
    '"Washington has lost its way," the elder Merriwether told reporters on Monday.'
)


def test_the_younger_of_two_namesakes_is_the_one_the_article_calls_a_son() -> None:
    # the father is named just before, but "the younger" is the son whatever is nearest
    said = quote_with(mentions(FAMILY), "We need fresh faces")
    assert said.speaker == "Danny Merriwether"


def test_the_elder_of_two_namesakes_is_the_one_who_is_not_the_child() -> None:
    # the father has no role of his own ("his son" is the son's): the elder is the other one
    said = quote_with(mentions(FAMILY), "Washington has lost")
    assert said.speaker == "Dan Merriwether"


def test_an_age_word_picks_no_one_when_no_namesake_has_a_family_role() -> None:
    text = (
        "Dan Merriwether and Danny Merriwether both run for the city council this year.\n\n"
        "Dan Merriwether spoke first on Monday.\n\n"
        '"We need fresh faces in this town," the younger Merriwether said.'
    )
    # nothing says who is younger: the surname is read as a bare one, the nearest full name
    said = quote_with(mentions(text), "We need fresh faces")
    assert said.speaker == "Dan Merriwether"


STORM = (
    "The river crested two feet lower than forecast on Saturday, but it is still far above "
    "flood stage.\n\n"
    "Reporters watched Koni Aho race to pile sandbags around her bakery on the edge of town. "
    "A day later there was still no water inside.\n\n"
    '"I was not going to lose it," she said. "It is just sand. We can move it."'
)


def test_a_name_typed_an_organisation_that_a_her_goes_on_with_is_a_woman() -> None:
    doc = get_spacy(Settings())(STORM)
    assert any(e.text == "Koni Aho" and e.label_ == "ORG" for e in doc.ents)
    assert find_namesakes(doc).genders["Koni Aho"] == "f"
    said = quote_with(mentions(STORM), "I was not going to lose it")
    assert said.speaker == "Koni Aho"


def test_an_organisation_in_capitals_or_with_a_body_word_is_no_her() -> None:
    doc = get_spacy(Settings())(
        "The Grain Council raised prices on Monday, and her shop will pay more, a baker said."
    )
    assert "Grain Council" not in find_namesakes(doc).genders
