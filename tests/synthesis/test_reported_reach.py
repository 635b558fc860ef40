"""Reported speech the cue tables do not name, and how far an object's content reaches."""

from __future__ import annotations

import pytest

from conftest import reported_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Ana Lindqvist hypothesized that the bridge had cracked in the frost.",
            ("Ana Lindqvist", "hypothesized", "the bridge had cracked in the frost"),
        ),
        (
            "Councillor Maja Berg grumbled that the ferry was always late.",
            ("Maja Berg", "grumbled", "the ferry was always late"),
        ),
        (
            "Harbour master Lena Sarv surmised that the ferry would be cancelled.",
            ("Lena Sarv", "surmised", "the ferry would be cancelled"),
        ),
    ],
)
def test_a_verb_never_seen_reported_in_training_still_reports_a_named_persons_clause(
    text, expected
):
    """The model's general features (a person's name as subject, a "that" clause) speak for a
    cue lemma it has no weight of its own for."""
    assert reported_of(text) == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Councillor Oskar Brandt blamed the flooding on the old canal.",
            "the flooding on the old canal",
        ),
        (
            "Harbour master Lena Sarv estimated the repair bill at forty million crowns.",
            "the repair bill at forty million crowns",
        ),
        (
            "Mayor Ana Lindqvist recommended a ban on diesel ferries in the inner harbour.",
            "a ban on diesel ferries in the inner harbour",
        ),
    ],
)
def test_an_objects_content_goes_on_with_the_phrase_that_places_it(text, content):
    """After an object, "on", "at" and "in" tell what was said of it (where the blame lies,
    what the bill comes to), not how it was said."""
    ((_, _, got),) = reported_of(text)
    assert got == content


def test_a_phrase_of_when_or_in_what_it_was_said_stays_out_of_an_objects_content():
    text = (
        "Port director Ines Kallas announced the closure of the old pier in a letter to the "
        "council. The harbour board confirmed the closure of the north quay on Tuesday."
    )
    got = {(cue, content) for _, cue, content in reported_of(text)}
    assert got == {
        ("announced", "the closure of the old pier"),
        ("confirmed", "the closure of the north quay"),
    }


def test_a_clause_is_reported_on_less_certainty_than_an_object(monkeypatch):
    """A whole clause under a subject's verb is that subject's claim: the model's clauses are
    taken at patterns.CLAUSE_MIN_PROBABILITY, below the threshold of objects and phrases. The
    model's probability is held between the two, so that this asks the thresholds, not a
    refit's weights ("Many fishermen suspect the ferry will be cancelled" scored 0.262 with
    session 23's weights, 0.230 refit from the same code)."""
    from newsweave.config import Settings
    from newsweave.nlp import get_spacy
    from newsweave.synthesis.quotes import patterns

    between = (patterns.CLAUSE_MIN_PROBABILITY + patterns.MIN_PROBABILITY) / 2
    monkeypatch.setattr(patterns, "probability", lambda features: between)
    nlp = get_spacy(Settings())
    doc = nlp("Many fishermen suspect the ferry will be cancelled.")
    learned = patterns.learned_report(doc[2], "suspect")
    assert learned is not None and learned.candidate.relation == "ccomp"
    doc = nlp("Many fishermen distrust the new ferry timetable.")
    assert [c.relation for c in patterns.candidates(doc[2])] == ["dobj"]
    assert patterns.learned_report(doc[2], "distrust") is None


def test_a_verb_never_seen_reported_still_reports_its_clause():
    """A cue lemma the model never saw reported: its clause still counts as a claim."""
    assert [
        content for _, _, content in reported_of("Oskar Brandt reckons the ferry will be late.")
    ] == ["the ferry will be late"]


def test_a_second_clause_hung_on_the_cue_goes_on_the_content():
    """The parser hangs each clause of "said A, had B and C" on "said": all of them are what
    was said."""
    text = (
        "The harbour master said the inspection had found no cracks in the pier, had started "
        "after the storm and been finished in March."
    )
    ((_, _, content),) = reported_of(text)
    assert content == (
        "the inspection had found no cracks in the pier, had started after the storm and "
        "been finished in March"
    )


def test_a_clause_does_not_go_on_an_addressee():
    """ "points out to her husband, '…'": the quoted words are the direct quote, not more of
    the phrase naming whom they were said to."""
    text = (
        'Heading into the hall, Lena Sarv points out to her husband, "Your best friend is '
        'behind you, Oskar." Oskar looks back.'
    )
    assert ("Lena Sarv", "points out", "her husband") in reported_of(text)
