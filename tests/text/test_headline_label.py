"""A quote is no headline unless the outlet made it its own: a page that opens on a winner's
words and calls its reader to read on is titled by what that call names. Own prose."""

from newsweave.text.headline import event_headline
from newsweave.text.headline_label import page_label


def test_a_page_opening_on_a_quote_is_titled_by_its_call_to_read_on() -> None:
    text = (
        '"I honestly thought the other song would take it."\n'
        "It is always a joy to stand by the stage door after the folk prizes.\n"
        "Read on for the first words of Ana Brook, Tom Reyes, Lila Stone, and others.\n"
        "Ana Brook won best album."
    )
    title = event_headline([None], [text])
    assert title == "First words of Ana Brook, Tom Reyes, Lila Stone and others"


def test_a_quote_stays_the_last_resort_without_a_call_to_read_on() -> None:
    text = '"She was such a joy to coach…. She never missed a practice," her trainer said.'
    assert event_headline([None], [text]) == '"She was such a joy to coach"'
    assert page_label(["Read on."]) == ""
