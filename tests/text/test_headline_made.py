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


def test_a_made_headline_keeps_the_article_its_subject_opens_with() -> None:
    """Multi-News 147 was titled "Head of the Nuclear Regulatory Commission has been
    dispatched to a nuclear power plant": a whole clause, its grammar broken to save a word.
    Own prose of the same shape: the article stays, and the clause ends whole within
    MAX_HEADLINE_WORDS."""
    made = headline_from_sentence(
        "The head of the Coastal Safety Board has been dispatched to a flooded ferry terminal "
        "in Nordvik, Vt., where a seawall collapsed Sunday, but the public is in no danger, "
        "officials said."
    )
    assert made == (
        "The head of the Coastal Safety Board has been dispatched to a flooded ferry terminal"
    ), made


def test_a_long_clause_ends_before_a_second_verb_in_the_past() -> None:
    """Multi-News 210 kept its whole clause only by leaving out its opening "The". Own prose:
    the clause of MAX_HEADLINE_WORDS ends before its second verb in the past ("... sent her
    rude messages | and made lofty promises ...") with the article kept."""
    made = headline_from_sentence(
        "The young man who is alleging that Councillor Dale Orrin began a months-long online "
        "feud with him says the harbour ward council candidate repeatedly sent him rude text "
        "messages and made lofty promises that were later broken."
    )
    assert made == (
        "The young man says the harbour ward council candidate repeatedly sent him rude text "
        "messages"
    ), made


def test_a_phrase_cut_is_undone_for_the_name_a_thing_came_from() -> None:
    """Multi-News 23 was titled "Israel has made public a decades-old handwritten plea for
    clemency": whose plea, the news, was the phrase cut off ("from Nazi war criminal Adolf
    Eichmann"). Own prose of that shape; "from" before no name is where, and stays cut."""
    made = headline_from_sentence(
        "Norway has made public a century-old handwritten letter of apology from Arctic "
        "explorer Harald Vik for his role in the loss of the ship, dated two days before he "
        "died."
    )
    assert made == (
        "Norway has made public a century-old handwritten letter of apology from Arctic "
        "explorer Harald Vik"
    ), made
    pulled = headline_from_sentence(
        "The coast guard has pulled a stranded fisherman from the water off Nordvik harbour "
        "after his boat capsized in a storm on Sunday night."
    )
    assert pulled == (
        "The coast guard has pulled a stranded fisherman from the water off Nordvik harbour"
    ), pulled
