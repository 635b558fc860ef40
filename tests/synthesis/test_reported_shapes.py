"""Shapes of reported speech the parse hides: a clause across a paragraph break, a report in
another's extension, an object inside another's content, intentions, title-case headlines."""

from __future__ import annotations

from conftest import reported_of
from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.reported import tells_speech


def test_a_clause_in_the_paragraph_before_is_not_the_cues():
    # the parser runs the quote's sentence on into the next paragraph and hangs it on "said"
    text = (
        '"Does he really need to wonder why I did not speak?"\n\n'
        'Ms. Khan said Mr. Trump was "ignorant" of Islam and criticized him.'
    )
    assert reported_of(text) == [
        ("Khan", "said", 'Mr. Trump was "ignorant" of Islam and criticized him')
    ]


def test_a_clause_before_whose_words_reach_into_the_cues_paragraph_is_not_the_cues():
    # the parser hangs "Moments earlier" / "Like a sister" on the quote's clause before the
    # break, so that clause's edge lies in the cue's paragraph; the clause after is what was said
    text = (
        '"That is what I like, and that is what the town likes."\n\n'
        "Moments earlier, in her opening remarks, Holt said she was ideally suited for the job."
    )
    assert reported_of(text) == [("Holt", "said", "she was ideally suited for the job")]
    text = (
        '"It was soup in the kitchen with Mara."\n\n'
        "Like a sister, Okafor said it is sometimes hard for her to watch the attacks on her friend."
    )
    assert reported_of(text) == [
        ("Okafor", "said", "it is sometimes hard for her to watch the attacks on her friend")
    ]


def test_a_speech_verbs_object_inside_another_report_is_part_of_it():
    text = "Councillor Mira Holt said the mayor had given paid speeches since announcing his bid."
    assert reported_of(text) == [
        ("Mira Holt", "said", "the mayor had given paid speeches since announcing his bid")
    ]


def test_a_report_in_the_words_a_content_runs_on_over_is_a_report_of_its_own():
    # "and hopes…" goes on with what was welcomed, yet it is a second report, not a nested one
    found = reported_of("Holt welcomed the budget and hopes the council will fund the harbour.")
    assert ("Holt", "hopes", "the council will fund the harbour") in found
    assert ("Holt", "welcomed", "the budget and hopes the council will fund the harbour") in found


def test_an_intention_reports_its_infinitive():
    assert reported_of(
        "Mayor Lindqvist's decision to close the harbour angered the fishermen."
    ) == [("Lindqvist", "decision", "to close the harbour")]
    assert reported_of(
        "Mayor Ana Lindqvist's refusal to sell the ferry surprised the council."
    ) == [("Ana Lindqvist", "refusal", "to sell the ferry")]


def test_a_title_case_headline_gives_its_claim_to_the_name_before_its_verb():
    text = (
        "Conservative Icon Morton Blackwell Endorses Ted Cruz\n\n"
        "Blackwell spoke to supporters in Virginia on Friday."
    )
    doc = get_spacy(Settings())(text)
    (m,) = [m for m in extract_quotes(Article(id="t", text=text), doc) if m.form != "direct"]
    assert (m.speaker, m.text) == ("Morton Blackwell", "Ted Cruz")
    verb = doc.char_span(m.cue_span.start, m.cue_span.end)
    assert verb is not None and verb.text == "Endorses" and tells_speech(verb[0])


def test_according_to_a_source_and_its_description_reports_the_clause_before():
    # multinews validation 191: "..., according to Everytown for Gun Safety, a group created
    # by the merger of ...": the description of the source is not what it reported
    text = (
        "Some 40 crossings, including night and weekend runs, have been cancelled across three "
        "ports since March, according to Harbour Watch for Safe Ferries, a group created by the "
        "merger of Passengers Against Delays, founded by former Port Ellis Mayor Ann Weir and "
        "Crews for Safety in Norway, a group founded after the strike."
    )
    ((_, cue, content),) = reported_of(text)
    assert cue == "according to" and content.startswith("Some 40 crossings"), content


def _headline_claims(text: str) -> list[tuple[str | None, str]]:
    doc = get_spacy(Settings())(text)
    ms = extract_quotes(Article(id="t", text=text), doc)
    end = text.index("\n")
    return [(m.speaker, m.text) for m in ms if m.start < end]


def test_a_headline_source_may_name_whom_it_spoke_to_or_follow_a_kicker():
    body = "\n\nThe governor Ingrid Halversen spoke in the harbour town on Friday."
    assert _headline_claims("Halversen to Fishermen: The harbour will stay open" + body) == [
        ("Ingrid Halversen", "The harbour will stay open")
    ]
    assert _headline_claims("EXCLUSIVE – Ingrid Halversen: The ferry will run" + body) == [
        ("Ingrid Halversen", "The ferry will run")
    ]


def test_a_headline_asking_about_a_name_is_no_claim_of_theirs():
    text = (
        "Ingrid Halversen: A reformer or another career politician?\n\n"
        "The governor Ingrid Halversen spoke in the harbour town on Friday."
    )
    assert _headline_claims(text) == []


def test_whom_a_headline_quote_speaks_about_is_not_its_speaker():
    text = (
        "Halversen on Brandt: “He kept every promise he made to the town.”\n\n"
        "The governor Ingrid Halversen praised the minister Tobias Brandt on Friday."
    )
    assert _headline_claims(text) == [
        ("Ingrid Halversen", "He kept every promise he made to the town.")
    ]


def _cues(text: str) -> list[str]:
    doc = get_spacy(Settings())(text)
    return [q.cue for q in extract_quotes(Article(id="t", text=text), doc) if q.form != "direct"]


def test_a_passive_naming_verb_without_the_name_reports_nothing():
    # a meeting called together is nobody's words; the model fit on PolNeAR may score it
    assert "called" not in _cues("When the meeting was called, the members walked out.")


def test_a_passive_naming_verb_with_the_name_is_reported():
    assert "called" in _cues("The mayor's plan was called a disgrace by the harbour council.")
