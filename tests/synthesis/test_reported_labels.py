"""Which PolNeAR attributions the reported-speech model learns from (``bench/learn_reported``):
an attribution the rules' output matches counts as found only when it is matched by a report
of its own cue (issue #15).

Why a test: a report whose content runs on over a second attribution ("criticized the mayor
[and challenged him to a debate]") matches that second one by the bench's measure; counted
as found, its own cue's candidates were negatives, and the model learned not to report it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsweave.models import QuoteMention, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_quotes import Attribution
from learn_reported import matched_at_cue

TEXT = "Councillor Osei criticized the mayor and challenged him to a debate on the ferry."


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _mention(content: str, cue: str) -> QuoteMention:
    start, end = _at(content)
    cue_start, cue_end = _at(cue)
    return QuoteMention(
        article="t",
        text=content,
        start=start,
        end=end,
        speaker="Osei",
        cue=cue,
        form="indirect",
        cue_span=Span("t", cue_start, cue_end),
    )


def _annotated() -> tuple[list[Attribution], dict, list[dict[str, str]]]:
    """Two attributions, as PolNeAR marks them: one per cue."""
    gold = [
        Attribution([_at("the mayor")], "indirect", None),
        Attribution([_at("him to a debate on the ferry")], "indirect", None),
    ]
    spans = {
        "T1": ("Content", [_at("the mayor")], "the mayor"),
        "T2": ("Cue", [_at("criticized")], "criticized"),
        "T3": ("Content", [_at("him to a debate on the ferry")], "him to a debate on the ferry"),
        "T4": ("Cue", [_at("challenged")], "challenged"),
    }
    rels = [{"Content": "T1", "Cue": "T2"}, {"Content": "T3", "Cue": "T4"}]
    return gold, spans, rels


def test_a_report_running_on_over_a_second_attribution_does_not_count_as_finding_it():
    gold, spans, rels = _annotated()
    run_on = _mention("the mayor and challenged him to a debate on the ferry", "criticized")
    # the bench pairs the long content with the second attribution, whose cue it is not
    assert matched_at_cue([run_on], gold, spans, rels) == set()


def test_each_report_at_its_own_cue_counts_as_finding_its_attribution():
    gold, spans, rels = _annotated()
    mentions = [
        _mention("the mayor", "criticized"),
        _mention("him to a debate on the ferry", "challenged"),
    ]
    assert matched_at_cue(mentions, gold, spans, rels) == {0, 1}
