"""Every synthesis stage, registered in one place and listed in the order weave runs them.

Importing this package imports each stage module, whose ``@stage`` decorators register
its stages in :data:`newsweave.synthesis.pipeline.REGISTRY`. Stage modules do not import
each other: what several stages share lives in :mod:`newsweave.synthesis.units`,
:mod:`newsweave.synthesis.wires` or :mod:`newsweave.text`.
"""

from __future__ import annotations

from newsweave.synthesis.stages import (  # noqa: F401  (importing a module registers its stages)
    analyze,
    brief,
    contradictions,
    entities,
    excluded,
    facts,
    framing,
    headline,
    origins,
    quotes,
    reactions,
    timeline,
)

# Every synthesis stage, in the order a reader would want them computed.
STAGES: tuple[str, ...] = (
    "analyze",
    "headline",
    # stages that need no sentence vector run while the embedder's background thread is
    # still embedding what the parse handed it (sentences, clauses, the timeline's dated
    # phrases); a stage that needs vectors still queued embeds them itself meanwhile
    "origins",
    "excluded",
    "entities",
    "timeline",
    "quotes",
    "reactions",
    "embed",
    "units",
    "facts",
    "contradictions",
    "framing",
    "brief",
)
