"""A made title names the event's story, not a detail: a wire's lead is read (its "(AP)" is
no photo credit), the clause a lead tells keeps its verb past an aside, a dated search is news
and not a scene, and a cut never leaves a judgement or a target behind (own prose, issue #13).
"""

from __future__ import annotations

from newsweave.text.headline import (
    event_headline,
    headline_from_sentence,
    lead_sentence,
)
from newsweave.text.headline_asides import without_relative
from newsweave.text.headline_cut import complement_left_open, without_participle_aside


def test_a_wire_dateline_does_not_make_the_lead_a_caption() -> None:
    """The lead paragraph opens with the wire's "(Reuters)": it is the story's lead, not a
    photo caption with its credit, and the title is made from it, not from a detail after."""
    text = (
        "NORDVIK (Reuters) - The harbour board of Nordvik said on Friday it had carried out its "
        "first rescue with a crewless lifeboat.\n\n"
        "The rescue was carried out on Wednesday at the northern quay, the board said in a "
        "statement."
    )
    assert lead_sentence(text).startswith("The harbour board of Nordvik said on Friday")
    assert event_headline([None], [text]).startswith("The harbour board of Nordvik said")
    ap = "OSLO (AP) — Seven fishermen were rescued Tuesday after their trawler sank off the cape."
    assert lead_sentence(ap).startswith("Seven fishermen were rescued Tuesday")


def test_a_participle_aside_with_a_place_goes_before_its_auxiliary() -> None:
    sentence = (
        "The remains of two harbour pilots, found in Nordvik 16 years after they vanished on "
        "one of the coast's roughest crossings, have been left where they lay, a diver said."
    )
    assert headline_from_sentence(sentence) == (
        "The remains of two harbour pilots have been left where they lay"
    )
    # a past form that may be the subject's own verb stays when no auxiliary follows it
    storm = (
        "A storm that was sweeping along the coast, left three trawlers sunk, closed the harbour "
        "and forced the ferries to stay in port."
    )
    assert without_participle_aside(storm) == storm


def test_an_including_phrase_that_names_someone_goes() -> None:
    sentence = (
        "Dozens of ferries carrying guests, including former harbour minister Kari Berg, sailed "
        "into Nordvik on Tuesday for the wedding of the shipowner's daughter."
    )
    made = headline_from_sentence(sentence)
    assert made.startswith("Dozens of ferries carrying guests sailed into Nordvik"), made


def test_a_search_dated_to_its_day_is_news_not_a_scene() -> None:
    """A search "Saturday for ... who were missing" dates the news; one "among the injured"
    tells who was hurt: neither is background that gives way to a later detail."""
    search = (
        "Rescue boats were searching Saturday for seven fishermen who were missing after their "
        "trawler sank off the northern cape.\n\n"
        "The trawler was back at its home port by sunset, its crew lined up on deck."
    )
    made = event_headline([None], [search])
    assert made.startswith("Rescue boats were searching Saturday for seven fishermen"), made
    injured = (
        "Seven fishermen are missing and the trawler's captain is among the injured after the "
        "trawler and a ferry collided off the northern cape.\n\n"
        "The trawler suffered severe damage to its bow."
    )
    assert event_headline([None], [injured]).startswith("Seven fishermen are missing"), injured


def test_a_scene_at_its_time_of_day_gives_way_to_the_news() -> None:
    text = (
        "The Berg family set out on a sailing trip on a calm summer evening, the young couple "
        "and their three children rowing out past the northern quay.\n\n"
        "Kari Berg and her son were rescued by a trawler on Sunday after their boat sank."
    )
    made = event_headline([None], [text])
    assert made.startswith("Kari Berg and her son were rescued by a trawler"), made


def test_years_after_a_premiere_is_an_opening_clause() -> None:
    made = headline_from_sentence(
        'Seventy-five years after the premiere of the film "Harbour Lights," new letters are '
        "shedding light on the quarrel between its producer and the town's council."
    )
    assert made.startswith("New letters are shedding light on the quarrel"), made


def test_a_relative_clause_after_a_longer_subject_goes() -> None:
    made = headline_from_sentence(
        "A 9-year-old boy hurt by a falling crane that toppled onto the ferry terminal at the "
        "northern quay was recovering Wednesday, his family said."
    )
    assert made.startswith("A 9-year-old boy hurt by a falling crane was recovering"), made
    # not after an opening phrase, and never into the next sentence
    phrase = "Towards the end of the season that was all the crews had. ... The crews have left."
    assert without_relative(phrase) == phrase


def test_a_cut_keeps_a_measure_with_whom_it_targets() -> None:
    made = headline_from_sentence(
        "Nordvik's highest-ranking harbour officials are increasing the pressure on the ferry "
        "company to publish its safety logs as the board's inquiry into the sinking drags on."
    )
    assert not made.endswith("increasing the pressure"), made


def test_a_cut_never_leaves_a_judgement_out() -> None:
    """A cut at "did not consider the order | , dated May 2, valid" would say he did not
    think about the order."""
    assert complement_left_open(
        "The pilot's lawyer said that he did not consider the harbour order", ", dated May 2, valid"
    )
    assert not complement_left_open("The harbour board closed the northern quay", " on Monday")


def test_a_newsletter_box_is_no_lead() -> None:
    text = (
        "Breaking News Emails Get breaking news alerts and special reports.\n\n"
        "The harbour board of Nordvik closed the northern quay on Tuesday after a crane "
        "collapsed."
    )
    assert lead_sentence(text).startswith("The harbour board of Nordvik closed")


def test_a_span_of_time_after_the_news_is_where_a_whole_clause_ends() -> None:
    made = headline_from_sentence(
        "A couple born on the same day at the same Nordvik hospital have exchanged vows more "
        "than two decades later."
    )
    assert made == "A couple born on the same day at the same Nordvik hospital have exchanged vows"


def test_a_claim_the_writer_disowns_is_no_title() -> None:
    """Cut before its hedge (too long to keep it), "The harbour board of the small fishing
    town of Nordvik is ready to sell the moon to anyone" would state the joke as fact: the
    next sentence tells what happened. (A claim short enough keeps its hedge:
    test_headline_lone.)"""
    text = (
        "The harbour board of the small fishing town of Nordvik is ready to sell the moon to "
        "anyone — or so it says on April Fools' Day.\n\n"
        "The board posted a price list for lunar moorings on its website on Saturday."
    )
    made = event_headline([None], [text])
    assert made.startswith("The board posted a price list for lunar moorings"), made
