"""The words of a stance: phrases read in quoted or reported words, cue forms (#15)."""

from __future__ import annotations

from newsweave.synthesis.stance_words import (
    OFFER_OBJECTS,
    RULING_OBJECTS,
    STANCE_VERBS,
    cue_lemma,
    phrase_hits,
)


def test_phrases_show_their_stance_and_a_refusal_of_anything_is_none() -> None:
    """Multi-News (mn-val-023, -103): "refuse" in someone's words refused something else ("I
    have decided to refuse the requests", "just refuse to go in the courtroom"); the verb,
    read for what it is aimed at, is the evidence of a refusal of the news."""
    assert ("rejects", "unacceptable") in phrase_hits("This is absolutely unacceptable to us.")
    assert phrase_hits("I have decided to refuse the requests.") == []
    assert phrase_hits("If you don't like a judge, just refuse to go in the courtroom.") == []
    assert ("skeptical", "buy time") in phrase_hits("He is merely trying to buy time.")
    assert phrase_hits("They weren't welcome in the community.") == []
    # (mn-val-103) "only once" ending its clause is a single time, no condition
    assert phrase_hits("And with homicide, one dies only once.") == []
    assert ("conditional", "only once") in phrase_hits("Talks can start only once the guns stop.")


def test_cue_forms_and_the_nouns_that_tell_a_verbs_sense() -> None:
    assert cue_lemma("dismissed") == "dismiss"
    assert cue_lemma("Offered") == "offer"
    assert cue_lemma("says") == "says"
    assert STANCE_VERBS["warn"] == "skeptical"
    assert "talk" in OFFER_OBJECTS and "condolence" not in OFFER_OBJECTS
    assert "charge" in RULING_OBJECTS and "allegation" not in RULING_OBJECTS


def test_glad_for_someone_is_a_welcome_and_a_puzzle_is_doubt() -> None:
    """Multi-News (mn-val-205, -217): "we're so happy for Moonlight" and "we find it puzzling
    given our public stance" showed no stance. Being glad for someone's news welcomes it;
    finding the other side's move puzzling doubts it; "not happy for" is no welcome."""
    assert ("welcomes", "happy for") in phrase_hits("We're so happy for the Harbor team.")
    assert ("welcomes", "thrilled for") in phrase_hits("I am thrilled for them both.")
    assert phrase_hits("We are not happy for anyone today.") == []
    assert ("skeptical", "puzzling") in phrase_hits("We find it puzzling given our stance.")


def test_good_news_said_of_something_welcomes_it_a_silver_lining_does_not() -> None:
    """Multi-News (mn-val-205, -019, -074): "the good news is, we got to see some extra
    speeches" (a host's joke on a fiasco), "we also saw some really good news in the economy"
    (other news) and "the study's good news, Lee said, is that…" welcomed nothing."""
    assert ("welcomes", "good news") in phrase_hits("This is really good news for the town.")
    assert ("welcomes", "good news") in phrase_hits("It's good news, she said.")
    assert phrase_hits("We hate to see it, but the good news is, we got more time.") == []
    assert phrase_hits("We also saw some good news in the harvest.") == []
    assert phrase_hits("The survey's good news, Lee said, is that rents fell.") == []
