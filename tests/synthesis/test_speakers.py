"""Speakers: namesakes kept apart, pronouns and descriptions resolved, speakers typed (#15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.speakers import (
    Namesake,
    Namesakes,
    pick_namesake,
    speaker_type,
    unnamed_group,
)

TWO_LOVES = Path(__file__).resolve().parents[1] / "fixtures" / "quotes" / "two_loves.txt"


def _mentions(text: str):
    from newsweave.synthesis.quotes.extraction import extract_quotes

    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def _chain(text: str, m) -> list[str]:
    return [text[s.start : s.end] for s in m.speaker_chain]


@pytest.fixture(scope="module")
def loves():
    text = TWO_LOVES.read_text(encoding="utf-8")
    return text, _mentions(text)


def _find(ms, prefix: str):
    hits = [m for m in ms if m.text.startswith(prefix)]
    assert hits, f"nothing starting {prefix!r} in {[m.text for m in ms]}"
    return hits[0]


def test_bare_surname_is_the_son_not_the_titled_father(loves):
    text, ms = loves
    m = _find(ms, "This was never about money")
    assert m.speaker == "Thomas Love" and m.speaker_type == "PERSON"
    assert _chain(text, m) == ["Love", "Thomas Love"]
    assert _find(ms, "It was about the river").speaker == "Thomas Love"


def test_rev_love_is_the_father_and_his_pronoun_follows(loves):
    text, ms = loves
    told = _find(ms, "the family had prayed")
    assert told.speaker == "Alexander Love" and told.form == "indirect"
    # the NER types "the Rev Alexander Love" ORG: the speaker is a person all the same
    assert told.speaker_type == "PERSON"
    proud = _find(ms, "I am proud of my son")
    assert proud.speaker == "Alexander Love"
    chain = _chain(text, proud)
    assert chain[0] == "he" and chain[1] == "Rev Love" and "Alexander Love" in chain[-1]


def test_mr_love_and_he_after_him_are_the_son(loves):
    text, ms = loves
    replant = _find(ms, "he would now replant")
    assert replant.speaker == "Thomas Love" and _chain(text, replant) == ["Mr Love", "Thomas Love"]
    warnings = _find(ms, "the board had ignored")
    assert warnings.speaker == "Thomas Love" and _chain(text, warnings)[0] == "He"


def test_description_resolves_to_the_name_in_apposition(loves):
    text, ms = loves
    m = _find(ms, "repairs to the embankment")
    assert m.speaker == "Nora Quill" and _chain(text, m) == ["The spokeswoman", "Nora Quill"]
    assert _find(ms, "the board had acted unlawfully").speaker == "Helen Marsh"


def test_pronoun_agrees_in_gender_past_a_nearer_person():
    text = "Peter Holm met Anna Berg in Oslo on Friday. She said the deal was fair."
    (m,) = _mentions(text)
    assert m.speaker == "Anna Berg" and _chain(text, m) == ["She", "Anna Berg"]


def test_they_resolves_to_an_organisation():
    text = (
        "The Environment Agency inspected the dam on Monday. "
        "They said it would hold through the winter."
    )
    (m,) = _mentions(text)
    assert "Environment Agency" in (m.speaker or "") and m.speaker_type == "ORG"
    assert _chain(text, m)[0] == "They"


def test_they_is_not_the_subject_of_its_own_report():
    text = (
        "The Nordic Council pressed the shipyard on Monday. "
        "The Harbour Authority and other agencies back the plan, they said."
    )
    m = _find(_mentions(text), "The Harbour Authority")
    assert m.speaker is not None and "Harbour Authority" not in m.speaker
    assert "Nordic Council" in m.speaker


def test_they_after_an_outlet_relaying_the_story_is_not_the_outlet():
    text = (
        "President Ola Brandt on Sunday offered talks with the union, Harbour Post reported.\n\n"
        "The mayors met in Bergen, where they jointly called for a strike to end on Monday."
    )
    m = _find(_mentions(text), "a strike")
    assert m.speaker != "Harbour Post"


def test_role_description_from_an_apposition():
    text = (
        "Cale Makar, the rookie defenceman, scored twice on Saturday. "
        "The rookie defenceman said the team deserved the win."
    )
    (m,) = _mentions(text)
    assert m.speaker == "Cale Makar"
    assert _chain(text, m) == ["The rookie defenceman", "Cale Makar"]


def test_pick_namesake_title_gender_and_recency():
    father = Namesake("Alexander Love", 20, "rev", "m", (100, 120))
    son = Namesake("Thomas Love", 2, None, "m", (0, 11))
    mother = Namesake("Ruth Love", 40, "mrs", "f", (200, 209))
    family = Namesakes.of([son, father, mother])
    assert pick_namesake(60, "rev", None, family) is father
    assert pick_namesake(60, "mrs", "f", family) is mother
    # a bare surname or a plain Mr: not the one the article always titles Rev
    father_and_son = Namesakes.of([son, father])
    assert pick_namesake(60, None, None, father_and_son) is son
    assert pick_namesake(60, "mr", "m", father_and_son) is son
    # two untitled namesakes: the nearest full mention before the surname, else the first after
    brother = Namesake("Jack Love", 50, None, "m", (300, 309))
    brothers = Namesakes.of([son, brother])
    assert pick_namesake(60, None, "m", brothers) is brother
    assert pick_namesake(10, None, "m", brothers) is son
    assert pick_namesake(1, None, "m", brothers) is son


def test_speaker_type_is_person_org_or_group_never_anything_else():
    assert speaker_type("PERSON", "Ana Berg") == "PERSON"
    assert speaker_type("GPE", "Turkey") == "ORG"
    assert speaker_type("GROUP", None) == "GROUP"
    assert speaker_type(None, "Thomas Love") == "PERSON"  # a known first name
    assert speaker_type("WORK_OF_ART", "Quartz Vane") is None


def test_unnamed_group_is_a_described_group_not_a_named_one():
    assert unnamed_group("European leaders", "GROUP")
    assert unnamed_group("officials", "GROUP")
    assert not unnamed_group("Republicans", "GROUP")  # a named group is an actor
    assert not unnamed_group("Kremlin officials", "ORG")
    assert not unnamed_group(None, "GROUP")
