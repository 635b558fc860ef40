"""Reactions: each actor's stance, with the quotes and sentences behind it."""

from __future__ import annotations

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
