"""Which found reports tell speech (:func:`tells_speech`), so that an event lists them as
someone's words: a report noun's topic and a person's find or show are found (PolNeAR counts
them) but are no words of anyone's."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.reported import tells_speech


def _cue(text: str, word: str) -> bool:
    """Whether ``word`` of ``text``, as a report's cue, tells speech."""
    doc = get_spacy(Settings())(text)
    return tells_speech(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Councillor Bram Osei raised questions about the ferry timetable on Monday.", "questions"),
        ("The mayor made remarks about the harbour fees at the meeting.", "remarks"),
    ],
)
def test_a_report_nouns_topic_tells_no_speech(text, word):
    # listed, "(questions): the ferry timetable" would read as what Osei said
    assert not _cue(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor's warning that the pier would flood went unheeded.", "warning"),
        ("The council ignored her claim that the ferry was unsafe.", "claim"),
    ],
)
def test_a_report_nouns_clause_tells_speech(text, word):
    assert _cue(text, word)


def test_what_a_person_found_or_showed_is_no_finding():
    assert not _cue("Councillor Bram Osei found a receptive audience for his plan.", "found")
    assert not _cue("She showed the crowd a map of the new quay.", "showed")


def test_what_a_survey_found_or_someone_found_to_be_so_is_a_finding():
    assert _cue("The harbour survey found broad support for the new pier.", "found")
    assert _cue("Councillor Bram Osei found that the pier was unsafe.", "found")
