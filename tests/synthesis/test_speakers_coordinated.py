"""Speakers a second pass over the reports found wrong: a verb the tense joins to the clause a
document reports, a document taken for the person a "he" goes on with, the owner of what a
sentence opens on, and the name index that gave that owner the wrong name and gender."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.mentions import name_runs
from newsweave.synthesis.quotes.speakers import honorific, title_gender


def _speaker(text: str, prefix: str) -> str | None:
    qs = extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))
    hits = [q for q in qs if q.text.startswith(prefix)]
    assert hits, f"no quote starting {prefix!r} in {[q.text for q in qs]}"
    return hits[0].speaker


def test_a_past_verb_joined_to_a_present_report_goes_on_with_the_reported_clause():
    text = (
        "Dmitri Karalis, a city contractor, was charged on Friday with bribing two building "
        "inspectors.\n\nThe lawsuit alleges Karalis contacted the inspector's wife in March and "
        'said the permits had become "a lot harder" to get.'
    )
    assert _speaker(text, "the permits had become") == "Dmitri Karalis"


def test_a_document_that_alleges_is_no_one_a_later_he_goes_on_with():
    text = (
        "Dmitri Karalis, a city contractor, was charged on Friday with bribing inspectors.\n\n"
        "He offered each inspector $2,000 to pass the building, the complaint alleged.\n\n"
        "He was working on a school annex when he met the inspectors in March and said the "
        "permits had become difficult to get.\n"
    )
    assert _speaker(text, "the permits had become") == "Dmitri Karalis"


def test_he_after_an_opening_phrase_is_its_owner():
    text = (
        "Senator Walter Brandt welcomed the mayor to the capitol on Tuesday.\n\n"
        "In Mayor Luis Ortega's speech to the council, he said the bridge would open in May.\n"
    )
    assert _speaker(text, "the bridge would open") == "Luis Ortega"


def test_a_people_in_the_plural_is_no_part_of_a_name():
    text = "Ruth was the least known of the four Americans Gregory cited in the speech."
    runs = [r.text for r in name_runs(get_spacy(Settings())(text))]
    assert "Americans Gregory" not in runs


def test_a_pope_is_a_man():
    assert title_gender(honorific("Pope")) == "m"


def test_he_goes_on_with_a_passive_main_subject_not_a_name_after_it():
    text = (
        "Tomas Reyes, a Miami lawyer, was charged with witness tampering on Friday.\n\n"
        "Reyes was arrested at the courthouse after a hearing before Judge Alan Burke.\n\n"
        'He had phoned the witness in March and said the case had become "much more '
        'complicated."'
    )
    assert _speaker(text, "the case had become") == "Tomas Reyes"
