"""A pronoun's speaker agrees with what the article tells of each person: the gender a
namesake, a pronoun no one else can take or a family role gives them, the description a
sentence opens on, a name the recogniser mistyped (#15)."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.attribution import resolve_subject
from newsweave.synthesis.quotes.index import article_index, person_gender, pronoun_genders
from quoted_text import mentions, quote_with


def _index(text: str):
    return article_index(get_spacy(Settings())(text))


def test_a_bare_surname_has_the_gender_of_the_one_person_named_in_full_with_it() -> None:
    # "he" found no male Brandt: the surname is still Carla Brandt, no "he"
    idx = _index(
        "Carla Brandt, a student from Leeds, was killed in her flat in 2007.\n\n"
        "Detectives said the door was open when police found Brandt's body."
    )
    assert person_gender("Brandt", idx) == "f"


def test_a_pronoun_after_a_preposition_of_the_persons_own_verb_is_someone_else() -> None:
    # one writes to another: "her" is not Vantelli, and gives him no gender
    idx = _index(
        "Ilario Vantelli was freed on appeal last year.\n\n"
        "A letter Vantelli had written to her was read out in court on Monday."
    )
    assert "Ilario Vantelli" not in pronoun_genders(idx)


def test_a_pronoun_none_of_the_others_in_its_sentence_can_take_is_the_one_left() -> None:
    idx = _index(
        "Ilario Vantelli was freed on appeal last year.\n\n"
        "Vantelli said Nora Pike left his flat early that morning."
    )
    assert person_gender("Ilario Vantelli", idx) == "m"


def test_she_after_a_name_the_recogniser_mistyped_is_that_woman_not_her_grandson() -> None:
    text = (
        "Navy officials said the search would go on overnight, and Kenji Sato of the coast "
        "guard said the area was busy.\n\n"
        '"Just heard his voice and saw his face. He is fine. Thank you for the prayers," Mabel '
        "Harrow of Dothan, Alabama, posted after talking with her 19-year-old grandson, "
        "Jackson Harrow, via Skype.\n\n"
        '"It could have been much worse, so we are grateful," she said by phone.'
    )
    assert _index(text).genders["Jackson Harrow"] == "m"
    assert quote_with(mentions(text), "It could have been").speaker == "Mabel Harrow"


def test_he_goes_on_with_the_described_subject_before_it_not_a_name_further_back() -> None:
    text = (
        '"Nothing the government does now will calm the markets," said Arthur Penrose, an '
        "economist at a London bank.\n\n"
        "The 70-year-old leader has clung to power despite the scandals and two trials in "
        "Rome. He insisted that there was no alternative to his government."
    )
    said = quote_with(mentions(text), "there was no alternative")
    assert said.speaker == "the 70-year-old leader"


def test_she_goes_on_with_an_earlier_she_the_article_names_no_one_for() -> None:
    # the site the NER types a person is no "she": the woman described speaks on
    text = (
        "The young woman who says she dated Blake Harlan spoke to a reporter on Tuesday.\n\n"
        "The woman said their chats began last summer.\n\n"
        '"It got personal very quickly," she said.\n\n'
        "Within days, the two were writing to each other on Formspring and by email, she said. "
        "They also talked on the phone often, she said."
    )
    assert quote_with(mentions(text), "They also talked").speaker == "the woman"


def test_she_is_not_whom_a_he_beside_her_stands_for() -> None:
    text = (
        "A woman who worked for Dale Kessing spoke to a reporter on Tuesday.\n\n"
        "The woman said the messages began last summer.\n\n"
        '"It got personal very quickly," she said.\n\n'
        "Soon the conversations moved to other sites, including Tumblr and Formspring, she said. "
        "He always called from a hidden number, she said."
    )
    assert quote_with(mentions(text), "He always called").speaker == "the woman"


def test_he_is_not_a_name_that_only_names_a_place_for_someone() -> None:
    # "the Reagan Library" is a building: the rival named beside it is whom "he" goes on with
    text = (
        "Q: One of your likely rivals, Chris Halloran, governor of Ohio, very tough speech at the "
        'Reagan Library last week. He called you "a spectator in the White House."'
    )
    assert quote_with(mentions(text), "a spectator").speaker == "Chris Halloran"


def test_he_is_never_a_state_the_recogniser_typed_as_a_person() -> None:
    # "Chechen Republic" comes out PERSON and nearer than the man the sentence names
    text = (
        "Who runs the site? It was set up by Ruslan Dadayev, the deputy prime minister and "
        "chief spokesman for the former Chechen Republic of Ichkeria. Today, he uses the site "
        "to raise money for the fighters."
    )
    doc = get_spacy(Settings())(text)
    he = next(t for t in doc if t.lower_ == "he")
    assert resolve_subject(he, article_index(doc)).name == "Ruslan Dadayev"


def test_a_name_an_emphatic_himself_goes_with_is_a_person_the_he_after_it_is() -> None:
    # the recogniser types the singer's one-word name ORG; "himself" makes him a person, and
    # the "he" of his quote in the same sentence is his, not the actor's named before
    text = (
        "Drakeo marked April Fools' Day by reviving the oldest rumour about his career: the "
        "pirate film Saltbeard.\n\n"
        "Fans have long confused the film that never was with the real Blackwater, starring "
        "Tom Harlan as a pirate.\n\n"
        'Drakeo himself has long denied that he was ever cast as a pirate – "Nobody my age '
        'remembers this so-called pirate film, only people who were kids back then," he wrote '
        "in March – but that did not stop the singer from playing along."
    )
    assert quote_with(mentions(text), "Nobody my age").speaker == "Drakeo"
