"""Headlines tell the main happening: datelines, background and scenes, asides and the reader
addressed are not a title (own prose, issue #13)."""

from __future__ import annotations

from newsweave.text.headline import (
    event_headline,
    has_finite_verb,
    headline_from_sentence,
    lead_sentence,
    reads_as_headline,
)


def test_a_weekday_dateline_with_its_date_is_not_part_of_the_lead() -> None:
    text = (
        "MONDAY, July 2 -- The harbour board of Port Ellis closed the northern quay after a storm."
    )
    assert lead_sentence(text).startswith("The harbour board of Port Ellis closed")
    made = headline_from_sentence(text)
    assert "MONDAY" not in made and made.startswith("The harbour board")


def test_a_background_lead_gives_way_to_any_member_that_tells_the_news() -> None:
    """Every member names the ferry and the quay in its scene-setting lead, so the scene shares
    the most words; the happening (the vote to scrap it) is the title all the same."""
    scene = "For more than a decade, the old Ellis ferry has been rusting at the northern quay."
    texts = [
        f"{scene}\n\nThe harbour board voted on Tuesday to scrap the old Ellis ferry.",
        f"{scene}\n\nIts owners could not be reached.",
        "Years ago, the old Ellis ferry carried a thousand people a day from the northern quay."
        "\n\nIts owners could not be reached.",
    ]
    assert event_headline([None, None, None], texts) == (
        "The harbour board voted on Tuesday to scrap the old Ellis ferry"
    )


def test_what_a_lead_cut_short_goes_on_to_tell_counts_as_background() -> None:
    """The made title stops before "two weeks ago", but the clause it cut tells what came
    before the news: a member's sentence that tells the news is preferred."""
    lead = (
        "A ferry clerk in Port Ellis said she opened a ticket stall on the northern quay two "
        "weeks ago to keep travellers out of the rain."
    )
    texts = [
        f"{lead}\n\nA crane fell onto the stall on Tuesday and injured two travellers.",
        f"{lead}\n\nA crane fell onto her stall, injuring two travellers.",
        "A crane fell onto a ticket stall on the northern quay of Port Ellis, injuring two "
        "travellers.",
    ]
    made = event_headline([None, None, None], texts)
    assert "crane fell" in made.lower(), made


def test_a_relative_clause_between_subject_and_verb_is_left_out() -> None:
    made = headline_from_sentence(
        "A retired ferry captain who was believed to have been lost at sea for more than a "
        "decade, has returned to his home port of Ellis on a fishing boat."
    )
    assert made.startswith("A retired ferry captain has returned"), made


def test_common_irregular_pasts_are_verbs() -> None:
    assert has_finite_verb("Two sailors from Port Ellis set off from the northern quay at dawn")
    assert has_finite_verb("The harbour board put the old ferry up for sale")


def test_a_sentence_that_addresses_the_reader_is_not_a_headline() -> None:
    assert not reads_as_headline("A steady wage on the ferries keeps you close to home")
    assert reads_as_headline("A steady wage on the ferries keeps crews close to home")


def test_a_photo_caption_is_not_the_title() -> None:
    """Own prose: one member's scraped text opens with its photo's caption; the title is
    made from a sentence that tells the news."""
    texts = [
        "The damaged crane is pictured at the northern quay of Port Ellis in this photo "
        "released by the harbour board on Tuesday.\n\n"
        "A crane collapsed onto the northern quay of Port Ellis on Tuesday night.",
        "A crane collapsed onto the northern quay at Port Ellis, crushing two lorries.",
    ]
    made = event_headline([None, None], texts)
    assert "pictured" not in made and "crane collapsed" in made, made
