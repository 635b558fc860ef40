"""Reactions: each actor's stance, with the quotes and sentences behind it."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run


def _reactions(articles: list[Article]) -> Workspace:
    return run(Workspace(articles), ["reactions"])


def test_stances_from_cue_verbs_and_quoted_words():
    text = (
        "Premier Jonas Ekdahl on Monday offered to reopen the northern rail line. "
        "“We propose to open the line by June,” Ekdahl said.\n\n"
        "Union leader Petra Holm welcomed the offer as a “good first move,” but said work can start "
        "only if the safety budget is doubled.\n\n"
        "Opposition chief Arvid Lund dismissed the plan. “This is a stunt to buy time before the "
        "election,” Lund said.\n\n"
        "Transport minister Clara Vik said the ministry would study the timetable."
    )
    ws = _reactions([Article(id="a1", text=text)])
    by_actor = {r.actor: r for r in ws.reactions}
    assert by_actor["Jonas Ekdahl"].stance == "proposes"
    assert by_actor["Petra Holm"].stance == "conditional"
    assert by_actor["Arvid Lund"].stance in ("rejects", "skeptical")
    lund = by_actor["Arvid Lund"]
    assert lund.quotes and all(c.article == "a1" for c in lund.citations)
    assert {"dismissed"} <= set(lund.evidence) or "buy time" in lund.evidence
    # every citation points into the article and is the evidence sentence
    for r in ws.reactions:
        for c in r.citations:
            assert 0 <= c.start < c.end <= len(text)
        assert set(r.sources) == {c.article for c in r.citations}


def test_negated_verb_is_not_evidence():
    text = "Mayor Lena Voss did not reject the proposal on Tuesday, aides said."
    ws = _reactions([Article(id="n1", text=text)])
    assert not any(r.actor == "Lena Voss" and r.stance == "rejects" for r in ws.reactions)


@pytest.fixture(scope="module")
def seed_reactions(seed_articles):
    return _reactions(list(seed_articles))


def test_seed_reactions_for_the_main_actors(seed_reactions):
    ws = seed_reactions
    by_actor = {r.actor: r for r in ws.reactions}

    def find(surname: str):
        hits = [r for a, r in by_actor.items() if surname in a]
        assert hits, f"no reaction for {surname}: {sorted(by_actor)}"
        return hits[0]

    assert find("Putin").stance == "proposes"
    assert find("Trump").stance == "welcomes"
    assert find("Macron").stance == "skeptical"
    zel = find("Zelensk")
    assert zel.stance in ("conditional", "welcomes")
    quote_ids = {q.id for q in ws.quotes}
    pos = next(q for q in ws.quotes if q.text == "positive sign")
    assert pos.id in zel.quotes
    for r in ws.reactions:
        assert set(r.quotes) <= quote_ids
        for c in r.citations:
            assert c.article in r.sources
            assert ws.article(c.article).text[c.start : c.end].strip()
    assert "buy time" in find("Macron").evidence


def _cited(ws, r) -> list[str]:
    return [ws.article(c.article).text[c.start : c.end] for c in r.citations]


def test_seed_state_voices_are_one_actor_each(seed_reactions):
    """Ukraine, Kyiv and Zelenskyy are one actor (Zelenskyy nested as head of state); so are
    Russia, the Kremlin and Putin."""
    actors = [r.actor for r in seed_reactions.reactions]
    ukraine = [a for a in actors if "Ukraine" in a or "Kyiv" in a or "Zelensk" in a]
    assert len(ukraine) == 1, actors
    assert ukraine[0].startswith("Ukraine (") and "Zelensk" in ukraine[0]
    russia = [a for a in actors if "Russia" in a or "Kremlin" in a or "Putin" in a]
    assert len(russia) == 1, actors
    assert not {"Ukraine", "Kyiv", "Kremlin", "Russia", "Moscow"} & set(actors)
    zel = next(r for r in seed_reactions.reactions if r.actor == ukraine[0])
    assert any("Zelensk" in s for s in zel.speakers)


def test_seed_stances_come_from_statements_about_the_event(seed_reactions):
    """No stance from a sentence about something else: an earlier truce Ukraine dismissed,
    the concessions the Kremlin has (not) offered, grievances Kyiv rejected long ago."""
    ws = seed_reactions
    for r in ws.reactions:
        for text in _cited(ws, r):
            assert "truce declared by Russia" not in text, r
            assert "few concessions" not in text, r
            assert "rejected all of them" not in text, r
    ukraine = next(r for r in ws.reactions if r.actor.startswith("Ukraine"))
    assert ukraine.stance == "conditional"
    assert all("welcomed the offer" in t for t in _cited(ws, ukraine))
    russia = next(r for r in ws.reactions if r.actor.startswith("Russia"))
    assert russia.stance == "proposes"


def test_seed_remarks_before_the_event_are_not_reactions(seed_reactions):
    """Vance spoke on May 7, Macron's press conference was on Saturday: the event is Sunday's."""
    ws = seed_reactions
    assert not [r for r in ws.reactions if "Vance" in r.actor]
    listed = {qid for r in ws.reactions for qid in r.quotes}
    for words in ("We have just now", "In the event of a violation"):  # Saturday's press conference
        saturday = next(q for q in ws.quotes if q.text.startswith(words))
        assert saturday.id not in listed, words
    sunday = next(q for q in ws.quotes if q.text.startswith("An unconditional ceasefire"))
    assert sunday.id in listed  # told reporters on his way back, after Putin's offer
    macron = next(r for r in ws.reactions if "Macron" in r.actor)
    assert macron.stance == "skeptical"


def test_background_remark_and_third_party_description_are_not_reactions():
    text = (
        "Premier Jonas Ekdahl on Wednesday proposed reopening the northern rail line by June.\n\n"
        "Speaking at a rally on Monday, union leader Petra Holm said the line should stay shut.\n\n"
        "“We reject any plan that cuts jobs,” Holm said.\n\n"
        "So far, the rail union has offered few concessions on pay.\n\n"
        "Opposition chief Arvid Lund on Wednesday welcomed the proposal as a “good first step.”"
    )
    art = Article(id="r1", text=text, published=datetime(2025, 5, 14))
    ws = _reactions([art])
    by_actor = {r.actor: r for r in ws.reactions}
    assert by_actor["Arvid Lund"].stance == "welcomes"
    # Holm spoke on Monday, before Wednesday's proposal: background, not a reaction
    assert "Petra Holm" not in by_actor, by_actor
    # the union "offered few concessions": a description of the union, not its proposal
    assert not [r for r in ws.reactions if "union" in r.actor.lower() and r.stance == "proposes"]


def test_seed_outlet_relaying_the_story_is_not_an_actor(seed_reactions):
    """An outlet relaying the story ("…, Al Jazeera reported") is its source: a later "they
    jointly called for a ceasefire" (the European leaders) is not Al Jazeera's: no reaction."""
    ws = seed_reactions
    assert not any("Al Jazeera" in r.actor for r in ws.reactions)
    called = [m for m in ws.quote_mentions if m.text.startswith("a ceasefire to begin Monday")]
    assert called and all(m.speaker != "Al Jazeera" for m in called)
    # reported speech without a speaker is not listed as anybody's speech
    assert all(q.speaker for q in ws.quotes if q.form != "direct")


def test_seed_they_said_is_not_the_subject_of_what_they_said(seed_reactions):
    """In "The United States and other countries back the proposal, they said", "they" are
    the European leaders of the sentence before, not the United States, so "back" is not the
    United States' evidence."""
    ws = seed_reactions
    backed = [
        m for m in ws.quote_mentions if m.text.startswith("The United States and other countries")
    ]
    assert backed and all(m.speaker != "United States" for m in backed)
    us = [r for r in ws.reactions if r.actor.startswith("United States")]
    assert us and "back" not in us[0].evidence


def test_a_described_group_is_listed_as_speaking_but_is_no_actor():
    text = (
        "Premier Jonas Ekdahl on Monday offered to reopen the northern rail line.\n\n"
        "Nordic transport ministers rejected the offer and threatened to close the border "
        "crossings if the line stayed shut."
    )
    ws = _reactions([Article(id="g1", text=text)])
    said = [q for q in ws.quotes if q.speaker == "Nordic transport ministers"]
    assert said and all(q.form != "direct" for q in said)
    assert not [r for r in ws.reactions if "ministers" in r.actor.lower()], ws.reactions


def test_seed_european_leaders_threat_is_listed(seed_reactions):
    ws = seed_reactions
    threat = [q for q in ws.quotes if q.speaker == "European leaders" and q.cue == "threatened"]
    assert threat and "sanctions" in threat[0].text
    assert not [r for r in ws.reactions if r.actor == "European leaders"]


def test_a_stance_word_not_used_for_a_stance_is_no_evidence():
    """Multinews events read "welcomes" from "they weren't welcome in the community", from
    "presidential hopeful Herman Cain" and from "actively encouraging Senate Democrats to
    oppose his appointment"; a phrase said in earnest still counts."""
    text = (
        "Counter-protesters clashed with the marchers at the park on Saturday.\n\n"
        "Organiser Joe Castaneda said the marchers weren't welcome in the community.\n\n"
        "“Backing the march would lead us to actively encouraging Senate Democrats to oppose "
        "the mayor,” activist Tom Brandt said of the march on Saturday.\n\n"
        "“The march on Saturday is a hopeful sign,” Mayor Ana Ruiz said of the protest."
    )
    ws = _reactions([Article(id="h1", text=text)])
    by_actor = {r.actor: r for r in ws.reactions}
    assert by_actor["Ana Ruiz"].stance == "welcomes"
    for who in ("Joe Castaneda", "Tom Brandt"):
        assert who not in by_actor or by_actor[who].stance != "welcomes", by_actor[who]


def test_stance_words_of_feature_stories_are_no_stance():
    """Multi-News read stances from words that take no side on the news: a condition on
    anything ("everybody will become ill … unless", "as long as you don't give up"), a source
    speaking "on condition of anonymity", "not enough evidence", sailing "games", "way out
    of line", "stalling the timetable", "suggested" for "indicated", a refusal told in the pluperfect, what a country
    "usually supports", a speech dated to an earlier year. The same words taking a side on the
    news still count."""
    text = (
        "The harbour council on Tuesday approved the plan to dredge the northern harbour.\n\n"
        "Surgeon Mara Kell said, “Everybody on the quay will become ill from the mud, unless they "
        "move away first.”\n\n"
        "Port engineer Nils Ek said the dredging plan would start in May, speaking on condition of "
        "anonymity.\n\n"
        "“There was not enough evidence left,” said prosecutor Lena Dahl of the dredging plan.\n\n"
        "Analyst Per Olsen said the dredging plan would bring the sailing games to the harbour.\n\n"
        "Critic Sven Ahl called the dredging plan “way out of line.”\n\n"
        "Engineer Eva Nord said the dredging plan was stalling the ferry timetable.\n\n"
        "Engineer Britt Moe suggested that the dredging plan was unsafe.\n\n"
        "Fisherman Ole Strand had refused the dredging plan.\n\n"
        "Norway usually supports the harbour council on dredging plans.\n\n"
        "In a 2009 speech, Mayor Kari Lie warned that the dredging plan would fail.\n\n"
        "Senator Ilse Brandt said she would oppose the dredging plan unless the council promised "
        "a vote on the wetlands.\n\n"
        "“The dredging plan is not enough,” union leader Jon Berg said."
    )
    art = Article(id="f1", text=text, published=datetime(2016, 3, 2))
    ws = _reactions([art])
    by_actor = {r.actor: r for r in ws.reactions}
    no_stance = (
        "Mara Kell",
        "Nils Ek",
        "Lena Dahl",
        "Per Olsen",
        "Sven Ahl",
        "Eva Nord",
        "Britt Moe",
        "Ole Strand",
        "Norway",
        "Kari Lie",
    )
    for who in no_stance:
        assert who not in by_actor or by_actor[who].stance == "neutral", by_actor[who]
    assert not [r for r in ws.reactions if r.stance == "conditional" and "Brandt" not in r.actor]
    assert by_actor["Ilse Brandt"].stance == "conditional"
    assert by_actor["Jon Berg"].stance == "skeptical"


def test_warnings_offers_and_rulings_are_stances_only_in_their_stance_sense():
    """Multi-News read "warned" of a danger as skeptical ("Terrorists are targeting France",
    "the search would be long"), a judge's "dismissed the charges" (the news itself) as a
    rejection, "offered this one redeeming act" as a proposal, and a participle hung on a
    reported clause as the act of that clause's subject ("…that Sediuk is not a journalist,
    refusing him credentials"). A warning about the protagonist's conduct, an offer of talks
    and a denial of allegations still count, and so does an invitation to talks."""
    text = (
        "Premier Jonas Ekdahl on Monday offered talks on the rail line.\n\n"
        "Minister Clara Vik warned that the rail talks would bring crowds to the stations.\n\n"
        "Opposition chief Arvid Lund warned that Ekdahl was stalling on the rail line.\n\n"
        "Judge Mira Holt dismissed the rail charges against the contractor on Monday.\n\n"
        "Mayor Ola Berg offered his thoughts on the rail talks to the council.\n\n"
        "Unions seem to have figured out that Ekdahl is no friend, rejecting the rail talks.\n\n"
        "Contractor Eli Dahl denied the allegations about the rail line on Monday.\n\n"
        "Mayor Siri Moen invited the unions to talks on the rail line on Tuesday."
    )
    art = Article(id="w1", text=text, title="Ekdahl offers rail talks as judge drops charges")
    by_actor = {r.actor: r for r in _reactions([art]).reactions}
    assert by_actor["Jonas Ekdahl"].stance == "proposes"
    assert by_actor["Arvid Lund"].stance == "skeptical"
    assert "warned" in by_actor["Arvid Lund"].evidence
    assert by_actor["Eli Dahl"].stance == "rejects"
    assert by_actor["Siri Moen"].stance == "proposes"
    for who in ("Clara Vik", "Mira Holt", "Ola Berg"):
        assert who not in by_actor or by_actor[who].stance == "neutral", by_actor[who]
    assert by_actor["Jonas Ekdahl"].stance != "rejects"


def test_an_invitation_to_dinner_is_no_proposal():
    """Multi-News (mn-val-081): in a memoir of a designer who died, his first wife's old dinner
    invitations to the writer were her reaction, "proposes" (“invited”)."""
    text = (
        "I met Oscar Mendel in 1974, when I arrived in Oslo. He was then wed to his first wife, "
        "Liv Berg, a former editor. Oscar and Liv took me under their wings.\n\n"
        "Oscar and his wife were the first to invite me to dinner in their home, with their "
        "friends; they also invited me to dinner when they were in Bergen.\n\n"
        "One day, Liv called me and said I had forgotten to come to lunch with her."
    )
    art = Article(id="d1", text=text, title="Oscar Mendel dies")
    by_actor = {r.actor: r for r in _reactions([art]).reactions}
    assert by_actor["Liv Berg"].stance == "neutral", by_actor["Liv Berg"]


def test_a_quote_opening_a_sentence_is_read_with_its_own_sentence():
    """Multi-News (mn-val-157, -200): a report right after someone else's sentence was read
    with that sentence ("It is a breakthrough," says Lacham-Kaplan. The work provides…, says
    Clark), giving Clark her welcome; the quoted words that run on past their sentence ("All
    I can say is wow! It is a breakthrough") are the speaker's evidence."""
    text = (
        "Scientists grew egg cells from stem cells in the lab.\n\n"
        '"All I can say is wow! It is a breakthrough," says Orla Lund, a biologist. '
        "The egg cells work as expected, says Anna Clark, a stem cell biologist."
    )
    art = Article(id="b1", text=text, title="Scientists grow egg cells from stem cells")
    by_actor = {r.actor: r for r in _reactions([art]).reactions}
    assert by_actor["Orla Lund"].stance == "welcomes"
    assert "Anna Clark" not in by_actor or by_actor["Anna Clark"].stance == "neutral"


def test_defending_anothers_act_is_a_welcome_defending_ones_own_is_none():
    """Multi-News (mn-val-126): "Graham also defended Trump's appointment of Whitaker" was
    no stance: "defend" was no stance verb. Standing up for another's act is a welcome of it;
    defending one's own act ("defended his plan") is the actor's own part in the news."""
    text = (
        "Governor Lia Hart on Monday named Omar Pell to run the state's water board.\n\n"
        "Senator Ruth Dale defended Hart's appointment of Pell on Tuesday.\n\n"
        "Hart defended her plan for the water board at a town hall on Tuesday."
    )
    ws = _reactions([Article(id="a1", text=text, title="Hart names Pell to water board")])
    by_actor = {r.actor: r for r in ws.reactions}
    assert by_actor["Ruth Dale"].stance == "welcomes"
    assert "defended" in by_actor["Ruth Dale"].evidence
    assert "Lia Hart" not in by_actor or by_actor["Lia Hart"].stance != "welcomes", by_actor
