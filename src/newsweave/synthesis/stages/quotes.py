"""The ``quotes`` stage: every article's quotes and reported speech, merged across outlets.

The work is done by :mod:`newsweave.synthesis.quotes`; the stage reuses each
article's parse and names speakers as the event's entities do.
"""

from __future__ import annotations

from newsweave.models import QuoteMention
from newsweave.nlp import get_embedder
from newsweave.synthesis.pipeline import Workspace, per_article, stage
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.merging import canonical_speakers, merge_quotes


@stage(
    "quotes",
    needs=("articles", "analyses", "entities"),
    provides=("quote_mentions", "quotes"),
)
def quotes_stage(ws: Workspace) -> None:
    """Quotes and reported speech per article (reusing its parse), merged across outlets."""
    assert ws.analyses is not None
    mentions: list[QuoteMention] = []
    found = per_article(
        ws.warnings,
        "quotes",
        ws.analyses,
        lambda an: an.article.id,
        lambda an, deadline: extract_quotes(an.article, an.doc, between=deadline.check),
    )
    for quotes in found:
        mentions.extend(quotes or ())
    mentions = canonical_speakers(mentions, ws.entities)
    ws.quote_mentions = mentions
    merged = merge_quotes(mentions, ws.articles, get_embedder(ws.settings))
    # Reported speech is someone's claim in the journalist's words: without a speaker it is
    # only the journalist's words ("sought to keep Ukraine out of NATO"), already in the
    # article, so it is not listed as speech. (Direct quotes stay: the words are someone's.)
    ws.quotes = [q for q in merged if q.form == "direct" or q.speaker]
