"""The stages every other stage builds on: parse, embed sentences, sentence units.

Parsing runs once per batch of articles (weave splits the batch into events afterwards),
and hands every sentence to the embedder's background thread as it goes; each event asks
for its sentences' vectors (served from the embedder's cache) after its vector-free stages.
The units, the statements facts, framing and the brief align and choose from, are built
once per event.
"""

from __future__ import annotations

from dataclasses import replace

from newsweave.models import Article
from newsweave.nlp import Analysis, get_embedder, get_spacy
from newsweave.nlp.parse import analysis_of, parse_text
from newsweave.synthesis.pipeline import Deadline, Workspace, per_article, stage
from newsweave.synthesis.units import build_units, unit_features, unit_vectors
from newsweave.synthesis.units import prefetch_texts as unit_texts


@stage("analyze", needs=("articles",), provides=("analyses", "sentences"))
def analyze_stage(ws: Workspace) -> None:
    """Parse every article once with the shared spaCy pipeline.

    Each parsed article's sentences (and the clauses the units stage will embed) go to the
    embedder's background thread at once, so embedding overlaps the parse of the next article
    instead of waiting for the stages that need it. The timeline's dated phrases are not sent
    ahead: it embeds only the few it compares, known once every article's dates are resolved
    (the other ECB+ event of ``bench/bench_synthesis.py`` compares none of its 14; sending them
    ahead cost ~17% of its weave's CPU, and the seeds, which compare 33 of 43, gained nothing).
    An article whose parse fails or runs past its budget is left out of every stage that
    reads the parse (an Analysis of no text), with a warning.
    """
    embedder = get_embedder(ws.settings)
    nlp = get_spacy(ws.settings)

    def parse(art: Article, deadline: Deadline) -> Analysis:
        doc = parse_text(art.text, nlp, between=deadline.check, source=art.path or art.id)
        an = analysis_of(art, doc)
        texts = [s.text for s in an.sentences] + unit_texts(art, an.sentences)
        deadline.check()
        embedder.prefetch(texts)
        return an

    done = per_article(ws.warnings, "analyze", ws.articles, lambda a: a.id, parse)
    ws.analyses = [
        an if an is not None else analysis_of(replace(art, text=""), nlp(""))
        for art, an in zip(ws.articles, done, strict=True)
    ]
    ws.sentences = [s for a in ws.analyses for s in a.sentences]


@stage("embed", needs=("sentences",), provides=("sentence_vectors",))
def embed_stage(ws: Workspace) -> None:
    """Embed every sentence in one batched call to the shared embedder."""
    assert ws.sentences is not None
    ws.sentence_vectors = get_embedder(ws.settings).encode([s.text for s in ws.sentences])


@stage(
    "units",
    needs=("sentences", "sentence_vectors", "analyses"),
    provides=("units", "unit_vectors", "unit_features"),
)
def units_stage(ws: Workspace) -> None:
    """The event's statements (quotes whole, long compound sentences split into clauses),
    their embeddings and the features the alignment compares besides embeddings."""
    assert ws.sentences is not None and ws.sentence_vectors is not None and ws.analyses is not None
    ws.units = build_units(ws.articles, ws.sentences)
    ws.unit_features = unit_features(ws.units, ws.analyses)
    ws.unit_vectors = unit_vectors(
        ws.units, ws.sentences, ws.sentence_vectors, get_embedder(ws.settings)
    )
