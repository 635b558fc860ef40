"""A person an illness is named after is no one in the story: the "he" of a quote after "was
diagnosed with Lou Gehrig's disease" is the patient's (:func:`~newsweave.synthesis.quotes.index.
eponym`). Texts are our own prose in the shape of the Multi-News failure they stand for."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_the_he_after_an_illness_named_after_someone_is_the_patient(apostrophe):
    # (049: "“By the way Mr Speaker, it is 2016,” he said" listed as Lou Gehrig's)
    # (a first name that tells no gender: the "he" looks for the one man the sentence names)
    text = (
        "Liberal MP Aurèle Ménard tabled a motion on Wednesday to rename the harbour park "
        "after the fishermen lost at sea.\n\n"
        f"Ménard, who was recently diagnosed with Lou Gehrig{apostrophe}s disease and can no "
        "longer speak, introduced the motion using a speech app. “By the way Mr Speaker, it "
        "is time,” he said in closing."
    )
    ms = extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))
    quote = next(m for m in ms if m.text.startswith("By the way"))
    assert quote.speaker == "Aurèle Ménard"
