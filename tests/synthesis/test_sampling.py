"""A big event gets a page: an event of more articles than one weave takes is woven from a
chosen subset (every outlet's first, the earliest, the latest, then spread over time), and
the account says so. Texts are our own prose about an invented story."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import jsonschema
import pytest

import newsweave
import newsweave.synthesis.weave as weave_module
from bridge_story import START, bridge_articles
from newsweave.models import Article
from newsweave.serve.render import render_markdown
from newsweave.synthesis.sampling import EARLIEST_SHARE, LATEST_SHARE, choose
from newsweave.synthesis.weave import event_id, weave

# --------------------------------------------------------------------------- the choice


def _timed(n: int, outlets: int) -> list[Article]:
    """``n`` articles of ``outlets`` outlets in turn, an hour apart, then a late update."""
    arts = [
        Article(
            id=f"t{i}",
            text="x",
            outlet=f"Outlet {i % outlets}",
            published=START + timedelta(hours=i),
        )
        for i in range(n)
    ]
    return [
        *arts,
        Article(id="late", text="x", outlet="Outlet 0", published=START + timedelta(days=9)),
    ]


def test_the_subset_holds_every_outlet_the_earliest_and_the_latest():
    arts = _timed(300, 30)
    arts.append(Article(id="undated", text="x", outlet="Outlet 3"))
    limit = 100
    choice = choose(arts, limit)
    got = [arts[i] for i in choice.members]
    assert len(got) == limit and list(choice.members) == sorted(set(choice.members))
    assert {a.outlet for a in got} == {a.outlet for a in arts}
    # each outlet's first article, not just one of its articles
    assert {f"t{i}" for i in range(30)} <= {a.id for a in got}
    by_time = sorted((a for a in arts if a.published), key=lambda a: a.published)
    early, late = round(limit * EARLIEST_SHARE), round(limit * LATEST_SHARE)
    assert {a.id for a in by_time[:early] + by_time[-late:]} <= {a.id for a in got}
    assert "undated" not in {a.id for a in got}  # dated articles fill first
    # the rest is spread over time: the nine days after the burst are not left empty
    times = sorted(a.published for a in got if a.published)
    gaps = [b - a for a, b in pairwise(times)]
    assert max(gaps) < timedelta(days=2), max(gaps)
    assert choice.subset.total == 302
    assert choice.subset.rule == (
        "every outlet's first, the earliest and the latest, then the rest spread over time"
    )


def test_the_same_articles_give_the_same_subset_in_any_order():
    arts = _timed(250, 12)
    once = {arts[i].id for i in choose(arts, 60).members}
    shuffled = arts[::-1][::2] + arts[::-1][1::2]
    again = {shuffled[i].id for i in choose(shuffled, 60).members}
    assert once == again


def test_one_outlet_however_spelled_and_more_outlets_than_room():
    arts = [
        Article(id="g1", text="x", outlet="The Guardian", published=START),
        Article(id="g2", text="x", url="https://www.theguardian.com/a", published=START),
        Article(id="o1", text="x", outlet="Other", published=START + timedelta(hours=1)),
        Article(id="o2", text="x", outlet="Third", published=START + timedelta(hours=2)),
    ]
    # "The Guardian" and theguardian.com are one outlet, as every count keys them
    assert [arts[i].id for i in choose(arts, 3).members] == ["g1", "o1", "o2"]
    few = choose(arts, 2)
    assert [arts[i].id for i in few.members] == ["g1", "o1"]
    assert few.subset.rule == "the first articles of 2 of its 3 outlets, the earliest first"


def test_undated_articles_are_spread_over_the_order_they_came_in():
    arts = [Article(id=f"u{i}", text="x") for i in range(20)]
    choice = choose(arts, 5)
    assert choice.members == (0, 4, 8, 12, 16)
    assert choice.subset.rule == "spread over the order they came in"
    # dated articles first (by time), then the undated, and the rule says both
    mixed = [
        replace(a, published=START + timedelta(hours=i)) if i < 5 else a for i, a in enumerate(arts)
    ]
    both = choose(mixed, 10)
    assert both.members == (0, 1, 2, 3, 4, 5, 8, 11, 14, 17)
    assert both.subset.rule == (
        "the earliest and the latest, then the rest spread over time, "
        "the undated over the order they came in"
    )


# --------------------------------------------------------------------------- weaving


@pytest.fixture()
def small_limit(monkeypatch) -> int:
    """A limit of 6 articles instead of 200 keeps the weave fast; weave() reads the constant at
    call time, so patching the module's attribute is what a bigger event meets."""
    monkeypatch.setattr(weave_module, "MAX_EVENT_ARTICLES", 6)
    return 6


def test_an_event_over_the_limit_is_woven_and_says_so(small_limit):
    arts = bridge_articles()
    report = weave(arts)
    (ev,) = report.events
    assert len(ev.articles) == small_limit
    assert ev.subset is not None and ev.subset.total == len(arts)
    woven = [a for a in arts if a.id in ev.articles]
    # every outlet is represented: the Senn Times is one outlet, named by its URL first
    seen = {a.outlet or a.url for a in woven if a.outlet or a.url}
    assert seen == {
        "Lowmere Courier",
        "https://www.senntimes.com/news/bridge",
        "Valley Post",
        "Radio Senn",
    }
    assert "bridge-0" in ev.articles and "bridge-8" in ev.articles  # the earliest, the latest
    # the event is the whole event: its id is of every article, its day the busiest of all
    assert ev.id == event_id(arts) and ev.date == "2025-03-04"
    # the report carries the woven articles only, and every citation points into one
    assert {a.id for a in report.articles} == set(ev.articles)
    cited = {s.article for f in ev.facts for s in f.citations}
    cited |= {s.article for b in ev.brief for s in b.citations}
    assert cited and cited <= set(ev.articles)
    # the Markdown says "N of M" beside counts that are of the woven articles
    md = render_markdown(report)
    assert f"**Articles:** {small_limit}" in md
    assert f"Woven from {small_limit} of the {len(arts)} articles (every outlet" in md
    assert f"every count here is of the {small_limit} woven" in md
    # the JSON carries it and is valid under the schema
    data = json.loads(json.dumps(report.to_json()))
    assert data["events"][0]["subset"] == {"total": 9, "rule": ev.subset.rule}
    schema_path = Path(newsweave.__file__).parent / "schemas" / "event.schema.json"
    validator = jsonschema.Draft202012Validator(json.loads(schema_path.read_text("utf-8")))
    assert not list(validator.iter_errors(data))


def test_an_event_at_the_limit_is_woven_whole(small_limit):
    arts = bridge_articles()[:small_limit]
    report = weave(arts)
    (ev,) = report.events
    assert ev.subset is None and len(ev.articles) == small_limit
    assert "Woven from" not in render_markdown(report)
    assert report.to_json()["events"][0]["subset"] is None


def test_a_cluster_over_the_limit_is_woven_from_a_subset(small_limit):
    """--split: the bridge story and an unrelated one; the bridge cluster is over the limit."""
    other = [
        Article(
            id=f"choir-{k}",
            text=text,
            outlet=outlet,
            published=START + timedelta(days=20, hours=k),
        )
        for k, (text, outlet) in enumerate(
            [
                (
                    "The Harrowgate children's choir won the national singing contest in "
                    "Belcastle on Saturday with a medley of folk songs, the jury announced.",
                    "Belcastle Herald",
                ),
                (
                    "Harrowgate's children's choir took first prize at the national singing "
                    "contest in Belcastle on Saturday, singing a medley of folk songs.",
                    "North Gazette",
                ),
            ]
        )
    ]
    arts = bridge_articles()
    report = weave(arts + other, single_event=False)
    bridge = [e for e in report.events if any(a.startswith("bridge") for a in e.articles)]
    assert len(bridge) == 1, [e.articles for e in report.events]
    (ev,) = bridge
    assert ev.subset is not None and ev.subset.total == len(arts)
    assert len(ev.articles) == small_limit
    choir = [e for e in report.events if e is not ev]
    assert all(e.subset is None for e in choir)
    # the articles not woven are nowhere in the report; the choir's are
    assert {a.id for a in report.articles} == {i for e in report.events for i in e.articles}
