"""Who an "it" or a "they" subject stands for, named only where the sentence before leaves no
doubt (own prose shaped like multinews sentences)."""

from __future__ import annotations

import pytest

from newsweave.synthesis.group_subject import group_named


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp.load import get_spacy

    return get_spacy(settings)


def _pronoun(doc, word: str):
    return next(t for t in doc if t.lower_ == word and t.sent.start > 0)


def test_the_one_organisation_subject_names_the_it(nlp) -> None:
    """Multinews 227: "The Mercer Family Foundation kept expanding its political investments.
    Between 2011 and 2014, it gave nearly eleven million dollars to ..."."""
    doc = nlp(
        "The Harwick Rowing Trust kept expanding its youth programmes. Between 2011 and 2014, "
        "it gave eleven boats to the schools of the coast."
    )
    assert group_named(_pronoun(doc, "it")) == "The Harwick Rowing Trust"


def test_an_it_of_another_number_or_a_speaker_or_be_names_no_one(nlp) -> None:
    """Multinews 195 "The covert road trips occurred ... It began in June 2013" (the trips are
    not "it"), 244 "The ... container ship ..., NYK said. It was built in 2008" (the speaker
    is not the ship), 248 "It was election night 2012" (no one's act)."""
    plural = nlp("The Harwick Rowing Trusts kept expanding their youth programmes. It began then.")
    said = nlp("The old ferry has a crew of 20, Nordline Shipping said. It was built in 2008.")
    moment = nlp("The Harwick Rowing Trust kept expanding its youth programmes. It was a big year.")
    assert group_named(_pronoun(plural, "it")) is None
    assert group_named(_pronoun(said, "it")) is None
    assert group_named(_pronoun(moment, "it")) is None
