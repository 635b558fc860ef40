"""Where every synthesis stage gets registered.

The two shared stages (parse, embed sentences) live here; the others register
themselves in the modules that own their logic, imported at the bottom.
"""

from __future__ import annotations

from newsweave.nlp import Analysis, analyze, get_embedder
from newsweave.synthesis.pipeline import REGISTRY, Workspace, stage


@stage("analyze", needs=("articles",), provides=("analyses", "sentences"))
def analyze_stage(ws: Workspace) -> None:
    """Parse every article once with the shared spaCy pipeline.

    Each parsed article's sentences (and the clauses the facts stage, the dated phrases the
    timeline will embed) go to the embedder's background thread at once, so embedding
    overlaps the parse of the next article instead of waiting for the stages that need it.
    """
    from newsweave.synthesis.stages.facts import prefetch_texts as unit_texts
    from newsweave.synthesis.stages.timeline import prefetch_texts as dated_texts

    embedder = get_embedder()

    def ahead(an: Analysis) -> None:
        embedder.prefetch(
            [s.text for s in an.sentences]
            + unit_texts(an.article, an.sentences)
            + dated_texts(an)
        )

    ws.analyses = analyze(ws.articles, on_parsed=ahead)
    ws.sentences = [s for a in ws.analyses for s in a.sentences]


@stage("embed", needs=("sentences",), provides=("sentence_vectors",))
def embed_stage(ws: Workspace) -> None:
    """Embed every sentence in one batched call to the shared embedder."""
    assert ws.sentences is not None
    ws.sentence_vectors = get_embedder().encode([s.text for s in ws.sentences])


# Importing a module registers its stages.
from newsweave.synthesis.stages import (  # noqa: E402, F401
    brief,
    contradictions,
    entities,
    facts,
    framing,
    quotes,
    reactions,
    timeline,
)

__all__ = ["REGISTRY"]
