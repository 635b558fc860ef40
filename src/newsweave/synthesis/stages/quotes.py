"""The ``quotes`` stage: every article's quotes and reported speech, merged across outlets.

The work is done by :mod:`newsweave.synthesis.quotes`; the stage reuses each
article's parse and names speakers as the event's entities do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.models import QuoteMention
from newsweave.nlp import get_embedder
from newsweave.synthesis.pipeline import Workspace, per_article, stage
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.merging import canonical_speakers, merge_quotes
from newsweave.synthesis.quotes.reported import tells_speech

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
    # article, so it is not listed as speech, and neither is a deed or a stance told with no
    # verb of saying ("the House passed a bill": reactions still read it). Direct quotes stay:
    # the words are someone's.
    docs = {an.article.id: an.doc for an in ws.analyses}
    spoken = {(m.article, m.start, m.end) for m in mentions if _spoken(m, docs)}
    ws.quotes = [
        q
        for q in merged
        if q.form == "direct"
        or (q.speaker and any((v.article, v.start, v.end) in spoken for v in q.variants))
    ]


def _spoken(m: QuoteMention, docs: dict[str, Doc]) -> bool:
    """A mention of someone's words: a direct quote, or a report whose cue tells speech."""
    if m.form == "direct":
        return True
    cue = docs[m.article].char_span(m.cue_span.start, m.cue_span.end) if m.cue_span else None
    return cue is not None and tells_speech(cue[0])
