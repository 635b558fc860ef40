"""A made headline tells what happened: not an outlet's pointer to its clips, an opinion, a
study's method, a caption, a paper's line, a list's label or a pronoun whose person is named
elsewhere; and a cut or an aside never leaves a broken clause. Own prose throughout."""

from __future__ import annotations

import pytest

from newsweave.text.headline import (
    event_headline,
    headline_from_sentence,
    is_caption,
    names_whom,
    teases,
)
from newsweave.text.headline_cut import stands

NEWS = (
    "The harbour authority closed the northern quay on Tuesday after a crane collapsed. "
    "No one was hurt, engineers said."
)


@pytest.mark.parametrize(
    "lead",
    [
        # an outlet pointing to its clips
        "Harbour Radio has clips of two of the crane driver's calls to the tower.",
        # an opinion on the news
        "One problem, in Mr. Berg's view, was the lack of inspections at the northern quay.",
        # whom the news matters to, before a judgement
        "For the dock workers of Nordvik, the harbour authority may finally have gone too far.",
        # a study's method
        "Each volunteer wore a camera on the northern quay during the crane's last shift.",
        # a speaker going on from words told before
        "Mr. Berg added that the day before the inspection, the driver had asked to stop work.",
    ],
)
def test_a_pointer_an_opinion_or_a_method_gives_way_to_the_news(lead: str) -> None:
    """The story's first sentence tells none of what happened: its next one does."""
    made = event_headline([None], [f"{lead} {NEWS}"])
    assert made.startswith("The harbour authority closed the northern quay on Tuesday"), made


def test_a_pronoun_needs_its_person_named() -> None:
    assert not names_whom("A stray bullet struck her as she ran to the safety of her home")
    assert not names_whom("Police found her dead on the road, wearing a black dress")
    assert not names_whom("No one knew who she was")
    assert names_whom("A once-worried mother is now expressing relief after her son was found")
    assert names_whom("Kari Berg says that she will sail again")
    assert names_whom("Berg said he would sail again")
    # a story whose lead leans on a name told after it: its next sentence names her
    text = (
        "A stray bullet struck her as she ran to the safety of her home on Tuesday. Kari Berg, "
        "7, was shot in the back outside her home in Nordvik, police said."
    )
    assert event_headline([None], [text]).startswith("Kari Berg, 7, was shot in the back")


def test_a_list_closes_no_aside() -> None:
    made = headline_from_sentence(
        "Dr. Lund promotes a program for harbour pilots called the ABCs, which stands for "
        "anchors, bearings and currents."
    )
    assert "ABCs bearings" not in made and "ABCs anchors" not in made, made
    assert made.startswith("Dr. Lund promotes a program for harbour pilots called the ABCs")


def test_a_subject_joined_in_the_asides_stays() -> None:
    made = headline_from_sentence(
        "Ben Lund, 21, a student at the harbour school in Nordvik, and his partner Kari Berg, "
        "have launched a ferry timetable app that already counts forty thousand users."
    )
    assert made.startswith("Ben Lund and his partner Kari Berg have launched"), made


def test_a_datelines_places_and_a_photo_credit_go() -> None:
    made = headline_from_sentence(
        "OSLO/BERGEN Former harbour pilot Kari Berg arrived in Nordvik on Tuesday for a "
        "five-day visit, her second this year."
    )
    assert made.startswith("Former harbour pilot Kari Berg arrived in Nordvik"), made
    made = headline_from_sentence(
        "Ola Lund, Business Insider The harbour authority is buying two new cranes in a "
        "$20 million deal."
    )
    assert made.startswith("The harbour authority is buying two new cranes"), made


def test_a_cut_never_leaves_what_was_said_without_its_verb() -> None:
    assert not stands("Mr. Berg added that the day before the planned trip")
    assert not stands("Scientists in Bergen have shown how variants")
    assert stands("Mr. Berg added that the pilot had asked to sail")


def test_a_wire_caption_with_its_place_mark_is_a_caption() -> None:
    assert is_caption("Harbour pilot Kari Berg (L) is greeted by Ola Lund after her release.")
    assert not is_caption("Kari Berg (R-Nordvik) greeted the pilots on Tuesday.")


def test_a_cut_keeps_a_particle_and_a_pair() -> None:
    assert not stands("The harbour master asked the police to turn")  # | over the logs
    assert not stands("The northern quay not only has the largest cranes")  # | but ...
    assert stands("The harbour master asked the police to leave")


def test_reference_numbers_and_a_closing_however_go() -> None:
    made = headline_from_sentence(
        "41 , 42 A recent review defined perceived safety as the extent to which a pilot "
        "believes a harbour is safe."
    )
    assert made.startswith("A recent review defined perceived safety"), made
    made = headline_from_sentence("Thousands of harbour pilots found a cheaper route, however.")
    assert made == "Thousands of harbour pilots found a cheaper route"


def test_a_role_without_a_name_leans_on_a_sentence_before() -> None:
    assert not names_whom("The actress hit the red carpet at the harbour gala")
    assert not names_whom("The pair were reconvicted of the crime last month")
    assert names_whom("The son of a Nordvik harbour pilot sailed alone to Bergen")


def test_a_dateline_with_its_country_and_date_goes() -> None:
    made = headline_from_sentence(
        "NORDVIK, Norway, Feb. 25 (UPI) -- Harbour pilot Kari Berg has sailed alone to Bergen."
    )
    assert made.startswith("Harbour pilot Kari Berg has sailed alone to Bergen"), made


def test_a_papers_sentence_with_its_reference_marks_is_no_headline() -> None:
    """Multi-News 243 was titled with a paper's line on the literature ("Several previous ...
    seismic studies have observed weak or absent Moho arrivals", reference numbers set
    against its words). Own prose of the same shape: the news story's line is made instead;
    the same words without the marks still make a headline."""
    paper = (
        "Several earlier seismic surveys have observed weak magma signals beneath volcanoes "
        "of the Arden arc14,16,18 (Fig. 1).\n\n"
        "The weak signals have been attributed to cold rock in the crust12,13."
    )
    story = (
        "Below most volcanoes of the Arden arc, the Earth packs deep heat and magma.\n\n"
        "Mount Arden is an exception, a new study suggests."
    )
    assert event_headline([None, None], [paper, story]) == (
        "Mount Arden is an exception, a new study suggests"
    )
    numbered = (  # a reference number the scrape left before the sentence (Multi-News 154)
        "12 As a step towards a survey of the Arden arc, earlier seismic surveys have observed "
        "weak magma signals beneath its volcanoes."
    )
    assert event_headline([None, None], [numbered, story]) == (
        "Mount Arden is an exception, a new study suggests"
    )
    unmarked = paper.replace("arc14,16,18 (Fig. 1)", "arc")
    made = event_headline([None, None], [unmarked, story])
    assert made.startswith("Several earlier seismic surveys have observed"), made


def test_a_ranked_lists_label_gives_way_to_a_title_that_tells() -> None:
    """Multi-News 018 was titled "Top 2014 Wedding Trends" (a planning site's list page) over
    another outlet's "The cost per wedding is at a five-year high". Own prose of the same
    shape; a title that only opens with "Top" still tells."""
    assert teases("Top 2019 Harbour Wedding Trends")
    assert teases("Top 10 Ferry Deals")
    assert not teases("Top court rules the northern quay must reopen")
    texts = [
        "The average cost of a harbour wedding rose to a five-year high last year, a survey "
        "of brides by the Nordvik wedding board found.",
        "Couples are booking ferry decks for their weddings. In 2019, the use of phones to "
        "plan a harbour wedding doubled.",
    ]
    titles = [
        "The cost per harbour wedding is at a five-year high",
        "Top 2019 Harbour Wedding Trends",
    ]
    assert event_headline(titles, texts) == "The cost per harbour wedding is at a five-year high"


def test_a_sentence_inside_a_quotation_is_no_headline() -> None:
    """The splitter cuts a quotation at each full stop; the sentences between its opening and
    its close are the speaker's words, not a title ("Mara wants to say hello" below)."""
    text = (
        "I had been volunteering at the harbour museum for a month when she came to visit. "
        '"Gather round, everyone! All guides! Mara wants to say hello." We crowded into the '
        "small office on the second floor of the museum.\n"
        "The museum board announced on Monday that its director, Mara Holt, would step down "
        "after a review of the accounts."
    )
    made = event_headline([None], [text])
    assert "hello" not in made
    assert made.startswith("The museum board announced")


def test_an_inference_about_a_past_year_is_news_not_background() -> None:
    """A modal perfect passive ("may have been taken ... in 1911") is what is found out now;
    a plain past in an old year ("was built in 1911") is background."""
    texts = [
        "A harbour diver who found a chest of silver bars may not keep them after all.\n"
        "The silver may have been taken from the Port Ellis customs house in 1911, according "
        "to a report in the local paper.",
        "The old customs house was built in 1911 on the north quay of Port Ellis.",
    ]
    made = event_headline([None, None], texts)
    assert made == "The silver may have been taken from the Port Ellis customs house in 1911"


def test_an_origin_or_who_runs_it_is_background_not_news() -> None:
    """A lead dating the subject's origin before what it does as a rule ("Established in 1996,
    the ... Service provides ...") and a sentence on who runs it ("... is run by the
    Ministry") tell what the subject is: a member's happening wins over both."""
    texts = [
        "A storm at sea is a constant danger for the fishing fleet of the northern coast.\n"
        "Established in 1996, the Coastal Warning Service provides early warning of storms in"
        " more than 40 harbours along the coast.\n"
        "The Coastal Warning Service is run by the Ministry of Fisheries and Harbours.",
        "The Coastal Warning Service documents critiquing the response to a simulated storm on"
        ' Regatta Sunday were marked "For Official Use Only."\n'
        "Ferry staff were told to keep them locked up.\n"
        "A Nordvik ferry deckhand discovered copies of them, along with other sensitive service"
        " maps, in the seat pocket of a coastal ferry.",
    ]
    made = event_headline([None, None], texts)
    assert made.startswith("A Nordvik ferry deckhand discovered copies of sensitive"), made


def test_a_stand_held_consistently_is_background_to_the_turn() -> None:
    """A stand "consistently" held tells one held for years, like "has long": the lead
    sets up the news its next sentence tells (she now doubts him)."""
    text = (
        "Kari Berg has consistently stood by her brother Nils in the years since they were"
        " convicted of the harbour fire.\n"
        "In a new interview with Nordvik Radio, Berg said she doubted her brother's account"
        " of the night of the fire."
    )
    made = event_headline([None], [text])
    assert made.startswith("Kari Berg said she doubted her brother's account"), made
