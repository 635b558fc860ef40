"""An opening adverb of time or sequence leans on the article's day or the sentence before; a
headline made from the sentence leaves it out, but not a title's first word nor an adverb
before a verb."""

import pytest

from newsweave.text.headline import headline_from_sentence
from newsweave.text.headline_asides import without_subject_past_participle, without_time_opener


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "Today the harbour ferry will carry its ten millionth passenger since the service began.",
            "The harbour ferry will carry its ten millionth passenger since the service began",
        ),
        (
            "Yesterday Marta Ellis checked herself into a clinic outside the city.",
            "Marta Ellis checked herself into a clinic outside the city",
        ),
        (
            "Now a group at the state university has found a way to grow the cells.",
            "A group at the state university has found a way to grow the cells",
        ),
        (
            "Finally the governor has spoken about the bridge closure.",
            "The governor has spoken about the bridge closure",
        ),
    ],
)
def test_an_opening_time_adverb_is_left_out(sentence: str, headline: str) -> None:
    assert headline_from_sentence(sentence) == headline


@pytest.mark.parametrize(
    "text",
    [
        "Today Marks a Significant Milestone in Our Company History",  # a title in title case
        "Now is the time for the council to act on the bridge.",  # no subject after it
        "Today show host Dana Reyes interviewed the mayor on Monday.",  # a name's first word
        "Now the ferry runs.",  # too little left to stand
    ],
)
def test_the_opening_word_stays_where_it_is_no_adverb_before_a_subject(text: str) -> None:
    assert without_time_opener(text) == text


def test_a_participle_phrase_on_a_plural_subject_gives_way_to_a_whole_clause() -> None:
    """Own prose: "Nerve cells | linked to memory and early learning | appear to ..." is too
    long whole; the headline keeps the subject and its verb, not a clause cut with "…"."""
    made = headline_from_sentence(
        "According to the new paper, published in a journal of neurology last week, nerve "
        "cells linked to memory and early learning appear to fire more slowly in children "
        "who sleep badly."
    )
    assert made == "Nerve cells appear to fire more slowly in children who sleep badly"


def test_a_participle_phrase_is_kept_on_a_subject_that_is_no_plural_noun() -> None:
    # "The study" is no plural, "Police said" holds a verb: the phrase is not the subject's aside
    sentence = "The study published in the spring journal of the society was read by many."
    assert without_subject_past_participle(sentence) == sentence
    sentence = "Police arrested in the raid on the harbour warehouse two men who are still held."
    assert without_subject_past_participle(sentence) == sentence
