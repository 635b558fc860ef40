"""Made headlines: what a headline can lose (a day, the "that" of speech, an age, a home town,
an "A" before a name) goes before the core clause is cut with "…"; names and short clauses keep
their words, and a clause its opening "The"."""

from __future__ import annotations

from newsweave.text.headline import event_headline, headline_from_sentence


def test_a_day_and_the_that_of_reported_speech_give_way_to_a_whole_clause() -> None:
    assert headline_from_sentence(
        "Mayor Ann Lee said Tuesday that the two fishing companies had agreed to merge their fleets."
    ) == ("Mayor Ann Lee said the two fishing companies had agreed to merge their fleets")
    assert headline_from_sentence(
        "Mayor Ann Lee suggested on Sunday that she was not interested in running for a seat on "
        "the harbour board."
    ) == ("Mayor Ann Lee suggested she was not interested in running for a seat")
    # a clause that fits keeps its day; a named day is no time adverb
    assert headline_from_sentence("Mayor Ann Lee said on Tuesday that the quay will close.") == (
        "Mayor Ann Lee said on Tuesday that the quay will close"
    )
    assert headline_from_sentence(
        "Super Tuesday voters in the harbour towns said that the two fishing companies had "
        "agreed to merge their fleets."
    ).startswith("Super Tuesday voters")


def test_an_age_and_a_home_town_give_way_to_a_whole_clause_the_opening_article_stays() -> None:
    assert headline_from_sentence(
        "A 52-year-old man from Bergen, Norway, recently had to be airlifted off a fishing "
        "trawler after his hand was crushed by a winch."
    ) == ("A man had to be airlifted off a fishing trawler")
    assert headline_from_sentence(
        "The harbour pilots quietly agreed to a new contract that raises their pay by a fifth "
        "over the next four years."
    ) == ("The harbour pilots quietly agreed to a new contract that raises their pay by a fifth")


def test_a_clause_ends_before_whose_or_a_cause_rather_than_with_an_ellipsis() -> None:
    assert headline_from_sentence(
        "Coast guard officials are investigating the sinking of a trawler whose crew had "
        "complained about its leaking hull for months."
    ) == ("Coast guard officials are investigating the sinking of a trawler")
    assert headline_from_sentence(
        "The veteran harbour master of the northern quay was taken to hospital days earlier due "
        "to a heart attack brought on by the cold."
    ) == ("The veteran harbour master of the northern quay was taken to hospital days earlier")


def test_a_number_with_thousands_separators_and_initials_are_one_word_each() -> None:
    assert headline_from_sentence(
        "South Korean and U.S. navy divers searched the sunken hull of the harbour trawler."
    ) == ("South Korean and U.S. navy divers searched the sunken hull of the harbour trawler")
    # and an initialism at the end keeps its full stop
    assert headline_from_sentence("The crane fell onto the northern quay at 7:15 p.m.") == (
        "The crane fell onto the northern quay at 7:15 p.m."
    )
    assert headline_from_sentence(
        "The harbour board approved a 4,500,000-pound loan to rebuild the quay and its crane."
    ) == ("The harbour board approved a 4,500,000-pound loan to rebuild the quay and its crane")


def test_officials_said_after_the_subjects_own_noun_is_no_closing_attribution() -> None:
    assert headline_from_sentence(
        "Harbour police said on Tuesday that the crane operator had been arrested over the "
        "collapse."
    ) == ("Harbour police said on Tuesday that the crane operator had been arrested")


def test_police_saying_he_lean_on_a_name_told_before_and_make_no_headline() -> None:
    texts = [
        "Police said Tuesday he had worked on the northern quay crane.",
        "The northern quay crane collapsed on Monday night.",
    ]
    for order in (texts, texts[::-1]):
        assert event_headline([None, None], order) == (
            "The northern quay crane collapsed on Monday night"
        )


def test_a_name_does_not_go_on_past_as() -> None:
    assert headline_from_sentence(
        "Councillor Ann Lee took a narrow 1,204-vote lead over Mayor Tom Berg as Northport's "
        "election officials counted the last ballots."
    ) == ("Councillor Ann Lee took a narrow 1,204-vote lead over Mayor Tom Berg")


def test_a_phrase_cut_gives_way_to_a_whole_clause_that_tells_more() -> None:
    # cut at "for", the clause lost whom the words were for; with the day and the relative
    # clause left out, it ends whole
    assert (
        headline_from_sentence(
            "Former harbour master Ann Lee on Sunday had some choice words for Mayor Tom Hale, who "
            "said at a meeting last week that the old pier was safe for ferries."
        )
        == "Former harbour master Ann Lee had some choice words for Mayor Tom Hale"
    )
    # cut at "and", the second verb phrase is what happened
    assert (
        headline_from_sentence(
            "Jack the ferry dog escaped from his travel crate and disappeared into the harbour town "
            "on Friday."
        )
        == "Jack the ferry dog escaped from his travel crate and disappeared into the harbour town"
    )


def test_a_phrase_cut_stands_against_a_time_or_a_scene() -> None:
    # what the longer clause would add is only when ("on Saturday night"), or the scene after
    # a comma: the cut clause stays
    tickets = headline_from_sentence(
        "The harbour town's ferry company gave out 15,000 paper tickets honouring its retired "
        "captain Ann Lee to passengers on Saturday night."
    )
    assert tickets.startswith("The harbour town's ferry company gave out 15,000 paper tickets")
    assert not tickets.endswith("Saturday night")
    assert (
        headline_from_sentence(
            "Fishermen at the northern quay occupied the harbour office, eating cold chips and "
            "sleeping on the floor, to demand a meeting with the port's director."
        )
        == "Fishermen at the northern quay occupied the harbour office"
    )


def test_an_objects_maker_by_name_goes_before_a_clause_is_cut() -> None:
    """A noun's "organised by" a name, with the relative aside after it, is left out when the
    clause would be cut with "…" otherwise: the verb keeps its second phrase."""
    assert headline_from_sentence(
        "Mayor Ann Lee compared last year's harbour festival organised by Portline, which was "
        "widely mocked by traders as chaotic, with the spring market held by the guild."
    ) == (
        "Mayor Ann Lee compared last year's harbour festival with the spring market held by the "
        "guild"
    )
    # a passive verb keeps its agent
    assert headline_from_sentence("The ferry was operated by Portline with a crew of four.") == (
        "The ferry was operated by Portline with a crew of four"
    )
