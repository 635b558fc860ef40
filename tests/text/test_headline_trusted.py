"""Made headlines a reader can trust read alone: a clause with its verb, the other side of an
action, a person named in full, news rather than a feature's hook or a thing told before."""

from __future__ import annotations

from newsweave.text.headline import event_headline, headline_from_sentence
from newsweave.text.headline_cut import verb_cut_off
from newsweave.text.headline_names import full_name


def test_a_subject_whose_verb_was_cut_off_is_no_headline() -> None:
    # "minutes" reads as a verb by its shape; the sentence's verb is "were stamped", past the cut
    text = (
        "The harbour board minutes criticising the handling of a simulated oil spill at the north "
        'quay on Monday were stamped "Confidential" and "not for release."\n'
        "A fisherman found the minutes on a ferry bench on Tuesday.\n"
    )
    assert event_headline([None], [text]) == (
        "A fisherman found the minutes on a ferry bench on Tuesday"
    )


def test_verb_cut_off_needs_an_auxiliary_without_a_subject_of_its_own() -> None:
    left = "The harbour board minutes criticising the handling of a simulated oil spill"
    assert verb_cut_off(left, " at the north quay on Monday were stamped")
    # the auxiliary has its own subject, or is a name, or the words before have a verb
    assert not verb_cut_off(left, " at the quay where the ferry was moored")
    assert not verb_cut_off(left, " at the quay of Will Dahl and the crew")
    assert not verb_cut_off("The board has released minutes", " on the spill were stamped")
    # not a phrase that goes on the noun: a new clause ("experts have warned")
    assert not verb_cut_off(left, " experts have warned")


def test_the_other_side_of_a_suit_stays_and_a_body_reporting_itself_gives_way() -> None:
    assert headline_from_sentence(
        "A fishing company announced Friday that it had filed a lawsuit against the harbour "
        "authority for allegedly dredging the channel without a permit."
    ) == ("A fishing company filed a lawsuit against the harbour authority")
    assert headline_from_sentence(
        "A judge has thrown out two theft charges against a harbour pilot involving diesel "
        "taken from the ferry tanks in the winter."
    ) == ("A judge has thrown out two theft charges against a harbour pilot")


def test_a_relative_clause_a_comma_closes_before_a_verb_in_the_past_goes() -> None:
    assert headline_from_sentence(
        "A winter storm that was sweeping across the northern islands and beyond, left at least "
        "four people dead on the outer islands."
    ) == ("A winter storm left at least four people dead on the outer islands")
    # not after a subject with a verb of its own: the comma closes no aside on it
    said = "Police said the man who fled the quay, charged the barrier and escaped by boat."
    assert not headline_from_sentence(said).startswith("Police said the man charged")


def test_a_whole_clause_of_a_headlines_length_beats_one_cut_short() -> None:
    assert headline_from_sentence(
        "A Norwegian man who was believed to have been lost at sea for more than a week, has "
        "been able to tell rescuers that he is not hurt at all."
    ) == ("A Norwegian man has been able to tell rescuers that he is not hurt at all")


def test_what_a_source_calls_a_thing_is_no_closing_attribution() -> None:
    made = headline_from_sentence(
        "The museum has put on show what it says is the oldest ferry bell in Norway."
    )
    assert made == "The museum has put on show what it says is the oldest ferry bell"


def test_a_guess_at_what_the_subject_is_gives_way_to_what_happened() -> None:
    text = (
        "The harbour might be a lot of things to a lot of people today -- a marina, a fish "
        "market, a ferry port -- but this week it became a film set.\n"
        "The harbour authority opened a new ferry terminal on Tuesday.\n"
    )
    assert event_headline([None], [text]) == (
        "The harbour authority opened a new ferry terminal on Tuesday"
    )


def test_a_headline_ending_on_a_thing_told_before_gives_way_to_the_news() -> None:
    leaning = (
        'Reshoots for the ferry film "Nordlys" were shot at the site; the director also said in '
        "2009 that he wanted a scene on the quay.\n"
    )
    news = (
        "Investigators looking into the death of the film director Per Dahl said they still do "
        'not know why he fell from the ferry "Nordlys" off the cape on Sunday.\n'
    )
    quoted = (
        '"We do not know why he fell," investigators said of the death of film director Per '
        "Dahl on the ferry off the cape.\n"
    )
    title = event_headline([None, None, None], [leaning, news, quoted])
    assert title.startswith("Investigators looking into the death of the film director Per Dahl")


def test_a_whole_headline_naming_the_story_beats_a_more_shared_one_cut_short() -> None:
    cut = (
        "Harbour historian Ines Berg writes that Nordvik ferry captain Ola Dahl and his crew of "
        "four young deckhands sailed the storm route every winter without a single loss.\n"
    )
    whole = (
        "Ferry crews were once fearless, a new book finds.\n"
        "Berg finds that the Nordvik crews had “more freedom” than their rivals.\n"
    )
    title = event_headline([None, None], [cut, whole])
    # (named in full as the other member names her: :func:`named_in_full`)
    assert title == "Ines Berg finds that the Nordvik crews had “more freedom” than their rivals"
    # one that names nothing says not which story: the cut one, more shared, still wins
    vague = "Ferry crews were once fearless, a new book finds.\nThe route is used in winter.\n"
    assert event_headline([None, None], [cut, vague]).endswith("…")
    # nor does a short one: it names too little to say which story
    short = "Ferry crews were once fearless, a new book finds.\nThe Nordvik route may be safe.\n"
    assert event_headline([None, None], [cut, short]).endswith("…")


def test_a_person_is_named_in_full_as_the_story_named_them_before() -> None:
    text = (
        '"I have had enough of this council," the harbour clerk wrote.\n'
        "She had denied she was idle, Maria Lund told the paper last year.\n"
        "Lund emailed a scathing resignation letter to the mayor on Monday.\n"
    )
    assert event_headline([None], [text]) == (
        "Maria Lund emailed a scathing resignation letter to the mayor on Monday"
    )


def test_full_name_takes_the_last_name_given_and_leaves_what_is_no_name() -> None:
    before = ["Dr. Jill Moen posted the pills to her daughter.", "Kari Moen was arrested."]
    assert full_name("Moen remains in jail", before) == "Kari Moen remains in jail"
    # a first name and the surname after it
    assert full_name("Heidi was hit by a stray bullet", ["His daughter Heidi Berg, 7"]) == (
        "Heidi Berg was hit by a stray bullet"
    )
    # a possessive is no name in full; a pair, an article and a body are left alone
    assert full_name("Anders wants to say hello", ["Anders Holm's wife spoke."]) == (
        "Anders wants to say hello"
    )
    assert full_name("Moen and Berg left", ["Kari Moen and Heidi Berg"]) == "Moen and Berg left"
    assert full_name("The ferry sank", ["The Nordlys ferry"]) == "The ferry sank"
    assert full_name("Obama was criticised", ["the Obama Administration said"]) == (
        "Obama was criticised"
    )
    # a first name is filled out only before a verb: "soldiers" may be a noun
    assert full_name("French soldiers patrol the square", ["French President Anne Moen"]) == (
        "French soldiers patrol the square"
    )
    # "Bill" names a person as well as a law
    assert full_name("Moen is responding", ["Bill Moen said"]) == "Bill Moen is responding"


def test_a_cut_leaves_neither_a_span_of_time_nor_ahead_waiting_for_their_phrase() -> None:
    assert headline_from_sentence(
        "The ferry captain has stood by his former first mate Ola Dahl in the years since they "
        "were both charged over the sinking, cleared and charged again."
    ) == ("The ferry captain has stood by his former first mate Ola Dahl")
    assert headline_from_sentence(
        "The veteran folk band from Bergen have released two previously unheard recordings ahead "
        "of the reissue of their first three albums in June."
    ) == ("The veteran folk band from Bergen have released two previously unheard recordings")


def test_a_quotation_closed_on_its_last_word_ends_a_phrase() -> None:
    assert headline_from_sentence(
        "The harbour master on Wednesday said he would move to close the north quay “even more” "
        "in the wake of a collision that left two ferries damaged, criticizing the council."
    ) == ("The harbour master said he would move to close the north quay “even more”")


def test_a_writers_frame_gives_way_to_the_fact_it_frames() -> None:
    for frame in (
        "What many sailors are unaware of is the importance of June 9 to islanders.",
        # whole at a headline's length, not cut short: still a frame
        "What many sailors are unaware of is the great importance of June 9 to the outer islanders.",
    ):
        text = (
            f"{frame}\nJune 9 marked the 150th anniversary of the harbour charter of the islands.\n"
        )
        assert event_headline([None], [text]) == (
            "June 9 marked the 150th anniversary of the harbour charter of the islands"
        )
