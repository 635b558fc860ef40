"""A poll's or a survey's finding, told as "In the poll, X leads Y", and hearsay told by an
adverb, "X is reportedly…" (issue #15)."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes


def _reported(text: str):
    qs = extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))
    return [q for q in qs if q.form != "direct"]


def test_a_clause_opened_by_in_a_poll_is_the_polls_finding():
    (m,) = _reported(
        "In the latest Harbor Institute poll, Lindqvist leads Berg by 12 points among likely voters."
    )
    assert m.cue == "in" and m.form == "indirect"
    assert m.text == "Lindqvist leads Berg by 12 points among likely voters"


def test_a_clause_closed_by_in_polls_is_their_finding_without_the_phrase():
    (m,) = _reported("Berg is still ahead in national polls.")
    assert m.cue == "in" and m.text == "Berg is still ahead"


def test_a_speech_verb_in_the_clause_reports_it_not_the_phrase():
    (m,) = _reported("In the poll, most voters said the ferry should stay.")
    assert m.cue == "said" and m.text == "the ferry should stay"


def test_in_anything_but_a_poll_or_survey_reports_nothing():
    assert _reported("In the harbour, the old ferry sank during the storm.") == []
    assert _reported("In the spring, Lindqvist leads Berg by 12 points.") == []


def test_a_poll_inside_a_relative_clause_reports_nothing():
    assert (
        _reported("Lindqvist, who trailed in the spring poll, now leads Berg by 12 points.") == []
    )


def test_a_poll_phrase_on_the_clauses_object_reports_the_whole_clause():
    # the phrase hangs on "lead", the clause's object, and sits inside the clause: it stays
    (m,) = _reported("Lindqvist holds a wide lead in the polls over Berg.")
    assert m.cue == "in" and m.text == "Lindqvist holds a wide lead in the polls over Berg"


def test_a_poll_finding_starts_at_its_subject_and_stops_at_a_second_verb():
    text = "But Lindqvist enjoys a strong lead in the polls and spends little on advertising."
    (m,) = _reported(text)
    assert m.cue == "in" and m.text == "Lindqvist enjoys a strong lead in the polls"


def test_a_poll_phrase_in_a_phrase_of_circumstance_reports_nothing():
    # the polls measured the standing, not what Lindqvist did despite it
    text = "Despite her low standing in the polls, Lindqvist opened a campaign office by the pier."
    assert [m for m in _reported(text) if m.cue == "in"] == []


def test_a_clause_parsed_with_two_subjects_is_no_finding():
    # the parser takes "name" for a compound and "studied" for the root with both subjects:
    # the survey is where the farms were studied, nothing it found
    text = "Inspectors wouldn’t name farms studied in the new survey."
    assert [m.cue for m in _reported(text)] == []


def test_reportedly_tells_its_clause_as_hearsay_of_no_one_named():
    (m,) = _reported("The harbour board is reportedly weighing a sale of the old ferry.")
    assert (m.cue, m.speaker, m.form) == ("reportedly", None, "indirect")
    assert m.text == "The harbour board is reportedly weighing a sale of the old ferry"


def test_reported_hearsay_starts_at_its_clauses_subject():
    (m,) = _reported("When the vote was called, the delegates reportedly booed the chairman.")
    assert m.text == "the delegates reportedly booed the chairman"


def test_hearsay_inside_a_report_is_part_of_it():
    text = "Councillor Osei said the mayor had reportedly sold the pier."
    assert [(m.cue, m.text) for m in _reported(text)] == [
        ("said", "the mayor had reportedly sold the pier")
    ]
