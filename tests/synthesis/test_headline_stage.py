"""The headline stage chooses the event's headline once: the reactions stage reads it and the
report prints it (own prose)."""

from __future__ import annotations

import newsweave.synthesis.stages  # noqa: F401  (registers the stages)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.synthesis.weave import weave
from newsweave.text.headline import event_headline

BODIES = [
    "The harbour board in Vestby raised ferry fares by a tenth on Thursday, the first rise in "
    "six years.\n\nBoard chairman Anders Lunde said the money would pay for a second night "
    "crossing.\n\nIsland residents said the rise would hit commuters hardest.",
    "Ferry fares in Vestby will rise by ten percent, the harbour board decided on Thursday.\n\n"
    '"We cannot run a night crossing on goodwill," chairman Anders Lunde said.\n\n'
    "Commuters from the outer islands called the rise unfair.",
]


def _articles() -> list[Article]:
    return [Article(id=f"fares-{i}", text=t) for i, t in enumerate(BODIES)]


def test_reactions_read_the_headline_stage_and_the_report_prints_it(settings):
    arts = _articles()
    ws = run(Workspace(arts, settings=settings), ["reactions"])
    expected = event_headline([a.title for a in arts], [a.text for a in arts])
    assert expected
    assert ws.headline == expected
    assert "headline" in ws.timings  # planned as what reactions need, run once
    (event,) = weave(arts, settings=settings).events
    assert event.title == expected
