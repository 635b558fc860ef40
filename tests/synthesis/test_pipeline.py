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
# Every stage may read its input, the caller's options and settings, and the timings.
_ALWAYS_READABLE = {"articles", "options", "settings", "timings"}


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
