from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsweave.errors import PipelineError
from newsweave.synthesis.pipeline import REGISTRY, Workspace, plan, run, stage


@pytest.fixture
def scratch_registry():
    saved = dict(REGISTRY)
    REGISTRY.clear()
    yield REGISTRY
    REGISTRY.clear()
    REGISTRY.update(saved)


def test_plan_puts_providers_before_their_users(scratch_registry):
    calls: list[str] = []

    @stage("b", needs=("sentences",), provides=("facts",))
    def b(ws):
        calls.append("b")
        ws.facts = []

    @stage("a", needs=("articles",), provides=("sentences",))
    def a(ws):
        calls.append("a")
        ws.sentences = []

    assert [s.name for s in plan(["b"])] == ["a", "b"]
    ws = run(Workspace(articles=[]), ["b"])
    assert calls == ["a", "b"]
    assert set(ws.timings) == {"a", "b"}
    run(ws, ["b"])  # already provided: nothing runs again
    assert calls == ["a", "b"]


def test_unmet_need_and_unknown_stage_are_clear_errors(scratch_registry):
    @stage("lonely", needs=("quotes",), provides=("reactions",))
    def lonely(ws):
        ws.reactions = []

    with pytest.raises(PipelineError, match="needs 'quotes'"):
        plan(["lonely"])
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        plan(["nope"])


def test_a_failing_stage_is_named(scratch_registry):
    @stage("boom", provides=("facts",))
    def boom(ws):
        raise ValueError("bad input")

    with pytest.raises(PipelineError, match="stage 'boom' failed: ValueError: bad input"):
        run(Workspace(articles=[]), ["boom"])


def test_a_stage_that_forgets_its_output_is_caught(scratch_registry):
    @stage("lazy", provides=("facts",))
    def lazy(ws):
        pass

    with pytest.raises(PipelineError, match="did not provide"):
        run(Workspace(articles=[]), ["lazy"])


_FIELDS = {f.name for f in dataclasses.fields(Workspace)}
# Every stage may read its input, the caller's options and settings, the timings, and add
# warnings (an article it had to leave out).
_ALWAYS_READABLE = {"articles", "options", "settings", "timings", "warnings"}


class _ReadRecorder(Workspace):
    """A Workspace that notes which of its fields are read (``reads``)."""

    reads: set[str]

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS:
            object.__getattribute__(self, "reads").add(name)
        return object.__getattribute__(self, name)


def test_every_stage_reads_only_what_it_needs(seed_articles):
    """A stage that reads a field it does not declare in ``needs`` works in weave's order
    but gets ``None`` when asked for on its own: every registered stage, run on the seeds
    in weave's order, reads only its needs, what it provides and what any stage may read."""
    from newsweave.synthesis.stages import STAGES

    stages = plan(STAGES)
    assert {info.name for info in stages} == set(REGISTRY)  # weave runs every registered stage
    ws = _ReadRecorder(articles=list(seed_articles))
    undeclared: dict[str, list[str]] = {}
    for info in stages:
        ws.reads = set()
        info.fn(ws)
        extra = ws.reads - set(info.needs) - set(info.provides) - _ALWAYS_READABLE
        if extra:
            undeclared[info.name] = sorted(extra)
    assert not undeclared, f"stages reading fields they do not declare in needs: {undeclared}"


# --------------------------------------------------------------------------- one article, not the event


def test_per_article_leaves_out_an_article_that_fails_or_runs_out_of_time(monkeypatch):
    """An error or an overrun budget on one article is a warning naming it; the rest go on."""
    import time

    from newsweave.models import StageWarning
    from newsweave.synthesis import pipeline

    monkeypatch.setattr(pipeline, "ARTICLE_BUDGET_S", 0.05)

    def work(item: str, deadline: pipeline.Deadline) -> str:
        if item == "bad":
            raise ValueError("no good")
        if item == "slow":
            time.sleep(0.1)
            deadline.check()
        return item.upper()

    warnings: list[StageWarning] = []
    out = pipeline.per_article(warnings, "demo", ["ok", "bad", "slow"], lambda i: i, work)
    assert out == ["OK", None, None]
    assert warnings == [
        StageWarning("demo", "bad", "ValueError: no good"),
        StageWarning("demo", "slow", "took longer than its budget of 0.05 s"),
    ]


def test_an_article_whose_quotes_fail_is_left_out_of_the_quotes_only(seed_articles, monkeypatch):
    from newsweave.synthesis.stages import quotes as quotes_stage

    real = quotes_stage.extract_quotes
    victim = seed_articles[1].id

    def flaky(article, doc, **kw):
        if article.id == victim:
            raise RuntimeError("broken parse")
        return real(article, doc, **kw)

    monkeypatch.setattr(quotes_stage, "extract_quotes", flaky)
    ws = run(Workspace(articles=list(seed_articles)), ["quotes"])
    assert [(w.stage, w.article, w.message) for w in ws.warnings] == [
        ("quotes", victim, "RuntimeError: broken parse")
    ]
    speakers_from = {m.article for m in ws.quote_mentions}
    assert victim not in speakers_from and len(speakers_from) >= 3


@pytest.mark.slow
def test_an_article_that_cannot_be_parsed_degrades_only_itself_in_a_weave(
    seed_articles, monkeypatch
):
    """#13 item 6: a stage error on one article is reported in the event's warnings; the event
    is woven from the others (here the parse itself fails, so every later stage lacks it)."""
    from newsweave.config import Settings
    from newsweave.synthesis.stages import analyze as analyze_stage
    from newsweave.synthesis.weave import weave

    real = analyze_stage.parse_text
    victim = seed_articles[0].id

    def flaky(text, nlp, **kw):
        if kw.get("source") in (victim, seed_articles[0].path):
            raise IndexError("[E035] Error creating span")
        return real(text, nlp, **kw)

    monkeypatch.setattr(analyze_stage, "parse_text", flaky)
    report = weave(list(seed_articles), settings=Settings())
    ev = report.events[0]
    assert [(w.stage, w.article) for w in ev.warnings] == [("analyze", victim)]
    assert "E035" in ev.warnings[0].message
    assert ev.facts and ev.brief and ev.quotes
    cited = {c.article for f in ev.facts for c in f.citations}
    assert victim not in cited and len(cited) >= 3
    assert report.to_json()["events"][0]["warnings"][0]["article"] == victim


def test_a_cross_article_stage_failing_on_one_article_leaves_only_that_article_out(
    seed_articles, settings, monkeypatch
):
    """framing works across articles; made to break on one seed, the event still weaves
    without it, and says so in its warnings."""
    import dataclasses

    from newsweave.synthesis import pipeline
    from newsweave.synthesis.weave import weave

    bad = seed_articles[2].id
    info = pipeline.REGISTRY["framing"]

    def fragile(ws):
        if any(a.id == bad for a in ws.articles):
            raise ValueError("cannot frame this one")
        info.fn(ws)

    monkeypatch.setitem(pipeline.REGISTRY, "framing", dataclasses.replace(info, fn=fragile))
    report = weave(seed_articles, settings=settings)
    ev = report.events[0]
    assert bad not in ev.articles and len(ev.articles) == len(seed_articles) - 1
    assert [(w.stage, w.article) for w in ev.warnings] == [("event", bad)]
    assert "cannot frame this one" in ev.warnings[0].message
    assert ev.brief and ev.facts


def test_stages_run_on_one_blas_thread_and_the_callers_setting_comes_back(scratch_registry):
    from threadpoolctl import threadpool_info, threadpool_limits

    from newsweave.synthesis.pipeline import BLAS_THREADS

    seen: list[list[int]] = []

    @stage("count", provides=("facts",))
    def count(ws):
        seen.append([p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"])
        ws.facts = []

    with threadpool_limits(limits=2, user_api="blas"):
        before = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
        run(Workspace(articles=[]), ["count"])
        after = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
    assert seen and seen[0] and all(n == BLAS_THREADS for n in seen[0])
    assert after == before


def test_weave_embeds_an_events_sentences_after_its_vector_free_stages(
    seed_articles, settings, monkeypatch
):
    """weave parses the batch, then runs each event's stages in STAGES order: the stages that
    need no vector (entities, timeline, quotes ...) run before the event's sentences are asked
    for, beside the embedder's background thread, not after waiting for it."""
    import dataclasses

    from newsweave.synthesis import pipeline
    from newsweave.synthesis.weave import weave

    info = pipeline.REGISTRY["embed"]
    done_before: list[tuple[bool, bool]] = []

    def watched(ws):
        done_before.append((ws.entities is not None, ws.quotes is not None))
        info.fn(ws)

    monkeypatch.setitem(pipeline.REGISTRY, "embed", dataclasses.replace(info, fn=watched))
    report = weave(seed_articles, settings=settings)
    assert report.events[0].facts
    assert done_before == [(True, True)]
