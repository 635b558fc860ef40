"""Reactions: a feeling about the news is a stance on it (#15)."""

from __future__ import annotations

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run


def test_a_feeling_about_the_event_is_a_stance_and_about_nothing_named_none():
    """Multi-News (mn-val-217, -024, -141): "we aren't particularly excited about Qatar's
    outreach", "I'm really disgusted by this latest news" and "she was pleased with the
    judge's ruling" were listed without a stance. Gladness about the event welcomes it,
    disgust rejects it, a gladness denied is lukewarm (skeptical); a feeling about something
    else, about nothing named, or only supposed ("we'd be delighted if…") is none."""
    text = (
        "Harbor Lines offered on Monday to buy a stake in Lund Shipping.\n\n"
        "“We aren't particularly excited about Harbor's offer,” said Lund chief Ada Berg.\n\n"
        "Union leader Tom Reyes said he was pleased with the offer.\n\n"
        "“I'm really disgusted by this news,” said shareholder Nils Dahl.\n\n"
        "“We are not happy to see prices rise,” said economist Eva Holm.\n\n"
        "“I'm disappointed,” said trader Karl Bode.\n\n"
        "“We'd be delighted if Harbor came back with more,” said banker Ola Fisk."
    )
    art = Article(id="f1", text=text, title="Harbor Lines offers to buy stake in Lund Shipping")
    by_actor = {r.actor: r for r in run(Workspace([art]), ["reactions"]).reactions}
    assert by_actor["Ada Berg"].stance == "skeptical"
    assert by_actor["Ada Berg"].evidence == ("aren't particularly excited",)
    assert by_actor["Tom Reyes"].stance == "welcomes"
    assert by_actor["Nils Dahl"].stance == "rejects"
    for name in ("Eva Holm", "Karl Bode", "Ola Fisk"):
        assert by_actor[name].stance == "neutral", by_actor[name]


def test_a_judgement_of_the_event_as_wrong_rejects_it():
    """Multi-News (mn-val-114): "Siegel called the administration's decision 'a huge
    disappointment'" showed no stance. Calling the event a disappointment, or saying it is
    outrageous in one's own words, rejects it; a judgement of something else, or one denied,
    is none."""
    text = (
        "Harbor Lines offered on Monday to buy a stake in Lund Shipping.\n\n"
        "Analyst Karin Lind called the offer a huge disappointment.\n\n"
        "“Harbor's offer is outrageous,” said councillor Jon Vik.\n\n"
        "“This weather is ridiculous,” said skipper Bo Ek.\n\n"
        "“The offer is not absurd,” said trader Eva Holm."
    )
    art = Article(id="j1", text=text, title="Harbor Lines offers to buy stake in Lund Shipping")
    by_actor = {r.actor: r for r in run(Workspace([art]), ["reactions"]).reactions}
    assert by_actor["Karin Lind"].stance == "rejects"
    assert by_actor["Jon Vik"].stance == "rejects"
    assert by_actor["Bo Ek"].stance == "neutral"
    assert by_actor["Eva Holm"].stance == "neutral"


def test_criticizing_or_opposing_the_law_the_event_passed_rejects_it():
    """Multi-News (mn-val-120, -049): "Neighboring Ukraine also criticized the Polish law" and
    "she will oppose … Bélanger's second attempt" showed no stance: "criticize" and "oppose"
    were no stance verbs, and "the law" did not refer back to the event. A stance verb aimed
    at the law the event is about rejects it; one aimed at another thing is none."""
    text = (
        "The Harwick council voted on Monday to pass a law closing the harbour to tankers.\n\n"
        "Mayor Ann Holt criticized the law on Tuesday.\n\n"
        "Senator Bo Lind said she will oppose the law in the regional assembly.\n\n"
        "Captain Eva Moe criticized the weather forecast, saying ships had sailed anyway."
    )
    art = Article(id="l1", text=text, title="Harwick council votes to close harbour to tankers")
    by_actor = {r.actor: r for r in run(Workspace([art]), ["reactions"]).reactions}
    assert by_actor["Ann Holt"].stance == "rejects"
    assert by_actor["Bo Lind"].stance == "rejects"
    assert "Eva Moe" not in by_actor or by_actor["Eva Moe"].stance == "neutral"


def test_it_is_disappointing_that_judges_the_clause_that_follows():
    """Multi-News (mn-val-144): “It’s disappointing and puzzling that the President would
    attack a private corporation…” read as skeptical ("puzzling") without the judgement.
    After an "it" that stands for a clause, the clause is what is judged; it judges the event
    when it names it, here by the title the headline names the news-maker by ("the Mayor").
    A clause about something else is none."""
    text = (
        "Mayor Ann Lee said on Monday that shop owners should pay more for parking.\n\n"
        "“It’s disappointing and puzzling that the Mayor would attack small businesses,” said "
        "Tom Reyes, who heads the traders' group.\n\n"
        "“It's disappointing that the weather turned cold,” said Eva Holm."
    )
    art = Article(id="d1", text=text, title="The remarks from the Mayor angered shop owners")
    by_actor = {r.actor: r for r in run(Workspace([art]), ["reactions"]).reactions}
    assert by_actor["Tom Reyes"].stance == "rejects"
    assert "disappointing" in by_actor["Tom Reyes"].evidence
    assert by_actor["Eva Holm"].stance == "neutral"
