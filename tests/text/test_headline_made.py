"""Made headlines that read whole: a clause too long for a cut at MADE_HEADLINE_WORDS ends
before a phrase it can do without (up to MAX_HEADLINE_WORDS) rather than with "…", and no cut
parts a subject from its verb. Texts are our own prose, shaped like the Multi-News leads that
were cut ("… will join the four living original members…")."""

from __future__ import annotations

from newsweave.text.headline import MAX_HEADLINE_WORDS, event_headline
from newsweave.text.headline_cut import WORD
from newsweave.text.headline_made import headline_from_sentence, reads_as_headline, whole_phrase


def test_a_long_clause_ends_before_a_phrase_of_place_not_with_an_ellipsis() -> None:
    made = headline_from_sentence(
        "In a pairing few fans expected, folk singer Mara Quill will join the three surviving "
        "founding members of The Lantern Boys for two reunion concerts next June at the "
        "Olympia Theatre."
    )
    assert made == (
        "Folk singer Mara Quill will join the three surviving founding members of The Lantern Boys"
    )
    assert len(WORD.findall(made)) <= MAX_HEADLINE_WORDS


def test_a_second_verb_phrase_joined_by_and_is_left_out() -> None:
    made = headline_from_sentence(
        "The missing oil painting of the old harbour was discovered inside the Sterling "
        "Memorial Research Library and was returned to its owner by the police."
    )
    assert made == (
        "The missing oil painting of the old harbour was discovered inside the Sterling "
        "Memorial Research Library"
    )


def test_a_participle_after_ever_is_no_verb_left_open() -> None:
    made = headline_from_sentence(
        "A new study of bones dug up in Montana describes the longest dinosaur tail ever found "
        "and identifies it as a titanosaur, a group of giant plant-eaters."
    )
    assert made == (
        "A new study of bones dug up in Montana describes the longest dinosaur tail ever found"
    )


def test_a_comma_inside_a_closing_quote_ends_the_clause() -> None:
    made = headline_from_sentence(
        'By contrast, harbour master Ellen Brody says the new port board had "far more '
        'freedom," which let its small staff answer every complaint from the fishing fleet '
        "within a day."
    )
    assert made == 'Harbour master Ellen Brody says the new port board had "far more freedom"'


def test_no_cut_parts_a_subject_from_its_verb() -> None:
    # "Research suggests that the length ... big toe" reads finished but says nothing: the
    # verb of what research suggests ("may be") is in the phrase cut off
    made = headline_from_sentence(
        "Research suggests that the length of the second toe and of the big toe in women may "
        "be predictive of foot disorders."
    )
    assert made.endswith("…")


def test_a_name_after_a_verb_cut_off_is_no_auxiliary() -> None:
    # "Will" in "Will Okafor" is a name, not the verb of the words before the cut
    made = headline_from_sentence(
        "Security video from a Baton Rouge bakery appears to show a collision between two "
        "trucks matching those driven by former Saints player Will Okafor and a neighbour "
        "minutes before the fight."
    )
    assert made == "Security video from a Baton Rouge bakery appears to show a collision"


def test_no_whole_cut_parts_a_person_from_where_they_are_from() -> None:
    clause = (
        "The mayor is considering naming the retired district court judge from Galway to lead "
        "the long public inquiry into the harbour fire"
    )
    assert whole_phrase(clause, MAX_HEADLINE_WORDS) == ""


def test_an_event_whose_lead_was_cut_gets_a_whole_headline() -> None:
    lead = (
        "In a pairing few fans expected, folk singer Mara Quill will join the three surviving "
        "founding members of The Lantern Boys for two reunion concerts next June at the "
        "Olympia Theatre. Tickets go on sale on Friday."
    )
    quote = (
        '"We never thought we would stand on one stage again," the band\'s drummer said.\n'
        "Ticket sales open on Friday."
    )
    headline = event_headline([None, None], [lead, quote])
    assert headline == (
        "Folk singer Mara Quill will join the three surviving founding members of The Lantern Boys"
    )


def test_a_short_main_clause_before_a_second_one_beats_a_cut() -> None:
    made = headline_from_sentence(
        "The ferry season is here, and as families take their children down to the quay for "
        "the first crossings of the year, the harbour cafes are filling up fast."
    )
    assert made == "The ferry season is here"


def test_a_made_headline_ending_on_its_verb_of_saying_says_nothing() -> None:
    made = headline_from_sentence(
        "Harbour lawyer Jon Lie of Lie & Berg stated: “We asked two captains to test the new "
        "ferry radar, and both found it failed in fog.”"
    )
    assert not reads_as_headline(made), made
    assert reads_as_headline("The winners of the Nordvik ferry race were announced")
