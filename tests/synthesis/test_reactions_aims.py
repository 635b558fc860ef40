"""Reactions: whose stance verb a sentence holds, and what a verb is aimed at (#15)."""

from __future__ import annotations

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article, Span
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.synthesis.stance_evidence import Evidence, dedupe, reaction

TITLE = "Harbor Lines offers to buy stake in Lund Shipping"


def _reactions(text: str) -> dict:
    art = Article(id="a1", text=text, title=TITLE)
    return {r.actor: r for r in run(Workspace([art]), ["reactions"]).reactions}


def test_another_actors_verb_aimed_elsewhere_does_not_silence_the_speaker():
    """Multi-News (mn-val-178): "Democrats have threatened to filibuster Trump's nominee, and
    the Senate's top Democrat criticized Gorsuch's record" lost the Democrats' entry: the
    sentence's one stance verb, another speaker's, aimed at something else. Only the
    speaker's own stance verb aimed elsewhere says their words answer something else."""
    text = (
        "Harbor Lines offered on Monday to buy a stake in Lund Shipping.\n\n"
        "Senator Ada Berg has threatened to block the bid, and union chief Tom Reyes "
        "criticized the port's safety record."
    )
    assert _reactions(text)["Ada Berg"].stance == "neutral"
    # the speaker's own verb aimed elsewhere still tells what the words answer
    text_own = (
        "Harbor Lines offered on Monday to buy a stake in Lund Shipping.\n\n"
        "Union chief Tom Reyes criticized the port's safety record, saying workers "
        "were “tired of waiting”."
    )
    assert "Tom Reyes" not in _reactions(text_own)


def test_a_clause_after_a_colon_is_a_refusals_reason_not_its_aim():
    """Multi-News (mn-val-155): "She demanded that he not visit her. He refused: Ms. Nguyen is
    his only biological child" read as rejecting the event (the clause names its key word).
    He refused the demand; the clause set off by the colon is why."""
    text = (
        "Harbor Lines offered on Monday to buy a stake in Lund Shipping.\n\n"
        "His wife demanded that he stop trading. Trader Karl Bode refused: his stake is his "
        "only asset.\n\n"
        "Fund manager Eva Holm refused the Harbor offer on Tuesday."
    )
    by_actor = _reactions(text)
    assert "Karl Bode" not in by_actor or by_actor["Karl Bode"].stance == "neutral"
    assert by_actor["Eva Holm"].stance == "rejects"


def test_a_welcome_with_another_object_is_no_welcome_of_the_event():
    """Multi-News (mn-val-206): “we welcome the opportunity to dialogue with them,” said a
    college's spokesman of a sit-in, and was read as welcoming the sit-in. A stance verb
    quoted with an object welcomes that object; one aimed at the event welcomes it."""
    text = (
        "Harbor Lines offered on Monday to buy a stake in Lund Shipping.\n\n"
        "“We welcome the chance to talk with our staff,” said Lund spokesman Jon Vik.\n\n"
        "“We welcome Harbor's offer,” said union chief Tom Reyes."
    )
    by_actor = _reactions(text)
    assert by_actor["Jon Vik"].stance == "neutral"
    assert by_actor["Tom Reyes"].stance == "welcomes"


def _ev(trigger: str, weight: float, article: str, start: int, end: int) -> Evidence:
    return Evidence("welcomes", weight, trigger, Span(article, start, end), None, None)


def test_one_passage_read_twice_is_one_piece_of_evidence():
    """Multi-News (mn-val-152): “I'm happy for them” read as the phrase "happy for" and as the
    feeling "happy" would weigh double; in one passage it is one reading (the heavier), in
    two reports two, and the words are shown once ("happy for", not "happy for", "happy")."""
    phrase, feeling = _ev("happy for", 1.0, "a", 0, 40), _ev("happy", 2.0, "a", 0, 40)
    assert dedupe([phrase, feeling]) == [feeling]
    elsewhere = _ev("happy", 2.0, "b", 0, 40)
    assert dedupe([phrase, elsewhere]) == [phrase, elsewhere]
    # "pleased" is no word of "displeased"
    other = _ev("displeased", 1.0, "a", 0, 40)
    assert len(dedupe([other, _ev("pleased", 2.0, "a", 0, 40)])) == 2
    shown = reaction("Keith Hampton", [phrase, elsewhere], [], [])
    assert shown.stance == "welcomes"
    assert shown.evidence == ("happy for",)


def test_a_reference_placed_elsewhere_is_to_another_thing():
    """Multi-News (mn-val-144): a newsletter's "the Korea agreement has been endorsed by both
    the Chamber of Commerce and the UAW", beside news of a bank's fee, read as welcoming the
    event: "the agreement" refers back to the news, but one qualified by a place the event's
    words do not name is another agreement."""
    text = (
        "Harbor Lines offered on Monday to buy a stake in Lund Shipping.\n\n"
        "In addition, the Norway agreement has been endorsed by the Oslo Chamber of Commerce.\n\n"
        "The agreement was endorsed by the Lund Workers Union on Tuesday."
    )
    by_actor = _reactions(text)
    assert "Oslo Chamber of Commerce" not in by_actor
    assert by_actor["Lund Workers Union"].stance == "welcomes"
