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
from newsweave.synthesis.quotes.kinds import TERM_MAX_WORDS
from newsweave.synthesis.quotes.merging import canonical_speakers, merge_quotes
from newsweave.synthesis.quotes.reported import tells_speech

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Reported speech of fewer words than this is a scrap the parse cut short ("he did", "it
# was", "to see"), not what was said; three make a claim ("roads were slippery").
MIN_REPORT_WORDS = 3


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
    """A mention of someone's words: a direct quote, or a report whose cue tells speech and
    whose content says something (:func:`_says_something`)."""
    if m.form == "direct":
        return True
    doc = docs[m.article]
    cue = doc.char_span(m.cue_span.start, m.cue_span.end) if m.cue_span else None
    return cue is not None and tells_speech(cue[0]) and _says_something(m, doc)


def _says_something(m: QuoteMention, doc: Doc) -> bool:
    """Whether reported speech tells what was said: its content is no short label without a
    verb ("defended his firing of Comey", "confirmed the charges" name only what the words
    were about; "agree to permanent neutrality in return for …" says what is agreed), is no
    scrap the parse cut short ("said he did", "claims it was") and keeps its subject: a
    content that opens on a finite verb right after a noun has lost it to the cue ("Police
    added Stinson showed little emotion …" listed as the police's "showed little emotion …"
    reads as their own deed; "Russia, Putin said, had proposed …" keeps its subject in the
    sentence, before the cue). Words inside quotation marks (a mixed report) are the
    speaker's own and always count."""
    if m.form != "indirect":
        return True
    content = doc.char_span(m.start, m.end, alignment_mode="expand")
    words = [t for t in content or () if not (t.is_punct or t.is_space)]
    if len(words) < MIN_REPORT_WORDS:
        return False
    if len(words) <= TERM_MAX_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    first = words[0]
    taken = first.i > 0 and doc[first.i - 1].pos_ in ("NOUN", "PROPN")
    return not (taken and first.pos_ in ("VERB", "AUX") and "Fin" in first.morph.get("VerbForm"))
