"""The ``headline`` stage: the event's headline, chosen once for the stages and the report.

The rule is :func:`newsweave.text.headline.event_headline` over the members' titles and texts,
the same the store's event list applies; the reactions stage reads the headline's key terms
and protagonist, and the report prints it, so one call serves both (~14 ms an event).
"""

from __future__ import annotations

from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.text.headline import event_headline


@stage("headline", needs=("articles",), provides=("headline",))
def headline_stage(ws: Workspace) -> None:
    """The members' headline; ``""`` when no member has words to offer."""
    ws.headline = event_headline([a.title for a in ws.articles], [a.text for a in ws.articles])
