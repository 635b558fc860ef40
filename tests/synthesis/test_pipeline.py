from __future__ import annotations

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
