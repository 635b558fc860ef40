"""Contradictions: real conflicts between independent sources, told apart from updates
and from different measures; on the seeds and on hand-written statements."""

from __future__ import annotations

import pytest

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article, Origin
from newsweave.synthesis.pipeline import Workspace, run


def _workspace(articles, origins: dict[str, str] | None = None):
    """Run what the contradictions stage needs; ``origins`` (article → origin) overrides the
    origins stage so that a test can state which articles are one source."""
    ws = Workspace(list(articles))
    if origins is not None:
        ws.origin_of = dict(origins)
        groups: dict[str, list[str]] = {}
        for a, o in origins.items():
            groups.setdefault(o, []).append(a)
        ws.origins = [Origin(o, tuple(m), "set by the test") for o, m in groups.items()]
    return run(ws, ["contradictions"])


@pytest.fixture(scope="module")
def seed_ws(seed_articles):
    return _workspace(seed_articles)


def _check_claims(ws, c) -> None:
    arts = {a.id: a for a in ws.articles}
    assert len(c.claims) == 2 and c.note
    assert ws.origin_of[c.claims[0].article] != ws.origin_of[c.claims[1].article]
    for cl in c.claims:
        assert cl.citations
        for sp in cl.citations:
            assert sp.article == cl.article
            assert arts[sp.article].text[sp.start : sp.end] == cl.text


def test_seed_update_is_not_a_conflict(seed_ws) -> None:
    """001 "has yet to officially respond" / 004 "did not immediately respond" vs 003 "welcomed"."""
    status = [c for c in seed_ws.contradictions if c.kind == "status"]
    assert status and all(c.update for c in status)
    pending = {c.claims[0].article[:3] for c in status}
    assert pending & {"001", "004"}
    for c in status:
        _check_claims(seed_ws, c)
        assert c.claims[1].article.startswith("003") and "welcomed" in c.claims[1].text
        assert "yet" in c.claims[0].text or "did not immediately respond" in c.claims[0].text
        assert "update" in c.note


def test_seed_has_a_real_contradiction_between_outlets(seed_ws) -> None:
    real = [c for c in seed_ws.contradictions if not c.update]
    assert real
    for c in real:
        _check_claims(seed_ws, c)
    kinds = {c.kind for c in real}
    assert kinds <= {"number", "position", "date", "actor", "negation"}
    pos = [c for c in real if c.kind == "position"]
    # Ukraine's precondition: withdrawal (001) vs a ceasefire (003, Zelenskyy)
    assert any(
        {c.claims[0].article[:3], c.claims[1].article[:3]} == {"001", "003"} and "Ukraine" in c.note
        for c in pos
    )


def test_seed_different_measures_are_not_flagged(seed_ws) -> None:
    for c in seed_ws.contradictions:
        texts = " ".join(cl.text for cl in c.claims)
        # a 30-day ceasefire and a 72-hour/three-day truce are different things
        assert not ("30-day" in texts and ("72-hour" in texts or "three-day" in texts))
        assert "lives that will be saved" not in texts  # Trump's hope is not a death toll


def test_seed_death_tolls_subset_rule(seed_ws) -> None:
    tolls = [c for c in seed_ws.contradictions if c.kind == "number"]
    for c in tolls:
        assert "subset" in c.note or "overlap" in c.note
    # 004: hundreds of thousands of *soldiers* dead; 002: tens of thousands killed overall
    assert any({cl.article[:3] for cl in c.claims} == {"002", "004"} for c in tolls)


def _arts(*texts_outlets: tuple[str, str]) -> list[Article]:
    return [Article(f"a{i}", text, outlet=outlet) for i, (text, outlet) in enumerate(texts_outlets)]


def test_death_tolls_on_hand_written_reports() -> None:
    arts = _arts(
        (
            "A bomb exploded at the central market on Tuesday. Officials said 12 people were killed in the blast.",
            "Daily A",
        ),
        (
            "A bomb exploded at the central market on Tuesday. At least 40 people were killed in the blast, police said.",
            "Daily B",
        ),
        (
            "A bomb exploded at the central market on Tuesday. About 40 people died in the blast, a doctor said.",
            "Daily C",
        ),
    )
    ws = _workspace(arts, {"a0": "o0", "a1": "o1", "a2": "o2"})
    nums = [c for c in ws.contradictions if c.kind == "number"]
    pairs = {frozenset(cl.article for cl in c.claims) for c in nums}
    assert frozenset({"a0", "a1"}) in pairs and frozenset({"a0", "a2"}) in pairs
    assert frozenset({"a1", "a2"}) not in pairs  # "at least 40" and "about 40" agree
    for c in nums:  # one population: the reason says so (not the soldiers-subset rule)
        assert "same population" in c.note and "soldiers" not in c.note
    # the order the reports come in does not decide whether the conflict is seen
    flipped = _workspace(list(reversed(arts)), {"a0": "o0", "a1": "o1", "a2": "o2"})
    flipped_pairs = {
        frozenset(cl.article for cl in c.claims)
        for c in flipped.contradictions
        if c.kind == "number"
    }
    assert flipped_pairs == pairs
    # the same contradiction inside one origin (a reprint) is not reported
    ws2 = _workspace(arts, {"a0": "wire", "a1": "wire", "a2": "wire"})
    assert not ws2.contradictions


def test_soldiers_and_civilians_are_different_measures() -> None:
    arts = _arts(
        (
            "Fighting raged near the border town. Five soldiers were killed in the fighting, the army said.",
            "Daily A",
        ),
        (
            "Fighting raged near the border town. Twenty civilians were killed in the fighting, medics said.",
            "Daily B",
        ),
    )
    ws = _workspace(arts, {"a0": "o0", "a1": "o1"})
    assert not [c for c in ws.contradictions if c.kind == "number"]


def test_status_update_on_hand_written_reports() -> None:
    arts = _arts(
        (
            "The French government has yet to respond to the offer of talks, which came late on Monday.",
            "Wire A",
        ),
        (
            "French President Emmanuel Macron rejected the offer of talks on Tuesday, calling it a stunt.",
            "Paper B",
        ),
    )
    ws = _workspace(arts, {"a0": "o0", "a1": "o1"})
    st = [c for c in ws.contradictions if c.kind == "status"]
    assert len(st) == 1 and st[0].update
    assert [cl.article for cl in st[0].claims] == ["a0", "a1"]
    assert "France" in st[0].note


def test_no_response_without_a_later_response_is_silent() -> None:
    arts = _arts(
        ("The French government has yet to respond to the offer of talks.", "Wire A"),
        (
            "French President Emmanuel Macron travelled to Berlin on Tuesday for a summit on trade.",
            "Paper B",
        ),
    )
    ws = _workspace(arts, {"a0": "o0", "a1": "o1"})
    assert not ws.contradictions


def test_a_countrywide_toll_and_one_citys_toll_are_different_measures() -> None:
    """#13, a multinews event (Homs, 2012): "125 people had died across Syria, many of them at a
    checkpoint in Homs" and "104 people were killed Monday in Homs" count different places:
    the toll's place is the one its death predicate names, not an aside of the sentence."""
    arts = _arts(
        (
            "Government forces shelled the city again. Activists said 125 people had died across "
            "Syria on Monday, many of them at a checkpoint in Homs.",
            "Daily A",
        ),
        (
            "Government forces shelled the city again. In all, 104 people were killed Monday in "
            "Homs, according to the activists.",
            "Daily B",
        ),
    )
    ws = _workspace(arts, {"a0": "o0", "a1": "o1"})
    assert not [c for c in ws.contradictions if c.kind == "number"], ws.contradictions
    # the same places, the same people, other figures: still a conflict
    arts[1] = Article(
        "a1",
        "Government forces shelled the city again. In all, 104 people died across Syria on "
        "Monday, according to the activists.",
        outlet="Daily B",
    )
    ws = _workspace(arts, {"a0": "o0", "a1": "o1"})
    assert [c for c in ws.contradictions if c.kind == "number"]


def test_a_named_group_is_not_everyone_killed() -> None:
    """ "2,000 members of its security forces" and "1,500 people" killed are different
    measures (the group is part of everyone, like soldiers, but not a military word)."""
    arts = _arts(
        (
            "The crackdown has gone on for a year. The government says that more than 2,000 "
            "members of its security forces have been killed in the uprising.",
            "Daily A",
        ),
        (
            "The crackdown has gone on for a year. Activists say that 1,500 people have been "
            "killed in the uprising.",
            "Daily B",
        ),
    )
    ws = _workspace(arts, {"a0": "o0", "a1": "o1"})
    assert not [c for c in ws.contradictions if c.kind == "number"], ws.contradictions


def test_a_toll_with_the_attackers_counted_is_another_measure() -> None:
    """Multinews 110: "left 20 people dead, including the three gunmen" and "militants killed 17
    people" agree (17 victims and 3 gunmen); a toll counting the attackers is not the victims'."""
    arts = _arts(
        (
            "The city has been on edge since the attacks. The January attacks on the newspaper "
            "and a supermarket left 20 people dead, including the three gunmen.",
            "Daily A",
        ),
        (
            "The city has been on edge since the attacks. Islamist militants killed 17 people in "
            "January in attacks on the newspaper and a supermarket.",
            "Daily B",
        ),
    )
    ws = _workspace(arts, {"a0": "o0", "a1": "o1"})
    assert not [c for c in ws.contradictions if c.kind == "number"], ws.contradictions


def test_as_many_as_is_a_ceiling_not_a_figure() -> None:
    """ "As many as 125 people died" allows 110; it does not allow at least 144."""
    day = "Shelling and raids went on across the country on Monday."
    ceiling = (f"{day} As many as 125 people died across the country on Monday.", "Daily A")
    arts = _arts(ceiling, (f"{day} Some 110 people died across the country on Monday.", "Daily B"))
    ws = _workspace(arts, {"a0": "o0", "a1": "o1"})
    assert not [c for c in ws.contradictions if c.kind == "number"], ws.contradictions
    more = (f"{day} At least 144 people died across the country on Monday.", "Daily B")
    ws = _workspace(_arts(ceiling, more), {"a0": "o0", "a1": "o1"})
    (c,) = [c for c in ws.contradictions if c.kind == "number"]
    assert "“As many as 125 people”" in c.note and "“At least 144 people”" in c.note
