"""The quoted words of a mixed report: one attribution with the report, not one of their own.

In "Trump opened with a call for the party to “embrace” his candidacy" the quoted word is
what the report's speaker said, told by the report's cue. :func:`quoted_parts` joins such
direct quotes to the report they stand in, once :mod:`~newsweave.synthesis.quotes.extraction`
has attributed both the quotes and the reported speech of an article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from newsweave.models import QuoteMention
from newsweave.synthesis.quotes.speakers import unnamed_group

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The weak cues that name no act of speaking: a quote such a verb governs inside a mixed
# report is the report's words ("says she really thinks Cruz can win if he keeps “doing what
# he's doing”"); on PolNeAR train 23 of 25 such quotes are one attribution with the report.
UNSPOKEN_CUES = frozenset(["think", "believe", "order", "offer", "continue"])
# What may close a quote's words after its last word (and before its closing mark).
CLOSING_PUNCT = ".,;:!?… "


def quoted_parts(
    quotes: list[QuoteMention], reports: list[QuoteMention], doc: Doc
) -> list[QuoteMention]:
    """Direct quotes that are the quoted words of a mixed report, joined to its attribution.

    In "Trump opened with a call for the party to “embrace” his candidacy" or "Clinton says
    she would order regulators to … submit adequate “living wills”", the quoted words are
    what the report's speaker said, told by the report's cue ("call", "says"): one
    attribution, not one per quoted fragment. A quote inside the content of a mixed report
    (the innermost, when reports nest) takes the report's cue occurrence, cue and speaker
    when it has no cue of its own, or when its cue is a verb inside the reported content
    that names no act of speaking (:data:`UNSPOKEN_CUES`) and its speaker is the report's,
    unknown or only described. A quote whose own verb of saying stands inside the content
    ("he respects Clinton and calls her “an extremely intelligent woman”", "Trump said Clinton
    described the deal as “the gold standard”") is a speech act of its own and stays one.
    """
    mixed = sorted((r for r in reports if r.form == "mixed"), key=lambda r: r.start)
    starts = [r.start for r in mixed]
    out = []
    for q in quotes:
        k = bisect_right(starts, q.start)
        # (a report may end before the full stop its quoted words close with: “…tonight.”)
        end = q.start + len(q.text.rstrip(CLOSING_PUNCT))
        within = [r for r in mixed[:k] if end <= r.end]
        report = min(within, key=lambda r: r.end - r.start) if within else None
        if report is not None and _part_of(q, report, doc):
            # a label takes no described group for its speaker: listed apart from the report,
            # "massive" would read as a quote of "Kyiv's allies", who are nobody's stance
            group = q.kind == "term" and unnamed_group(report.speaker, report.speaker_type)
            named = report.speaker is not None and not group
            q = replace(
                q,
                cue=report.cue,
                cue_span=report.cue_span,
                speaker=report.speaker if named else q.speaker,
                speaker_span=report.speaker_span if named else q.speaker_span,
                speaker_role=report.speaker_role if named else q.speaker_role,
                speaker_type=report.speaker_type if named else q.speaker_type,
                speaker_chain=report.speaker_chain if named else q.speaker_chain,
            )
        out.append(q)
    return out


def _part_of(quote: QuoteMention, report: QuoteMention, doc: Doc) -> bool:
    """Whether ``quote``, inside ``report``'s content, is the report's own quoted words
    (see :func:`quoted_parts`)."""
    cue = quote.cue_span
    if cue is None or cue == report.cue_span:
        return True
    if not report.start <= cue.start < report.end:
        return False
    verb = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    unspoken = verb is not None and verb[0].lemma_.lower() in UNSPOKEN_CUES
    # (a description the verb has for subject names no one who said the words: "said her
    # campaign would continue “to break barriers”" quotes the report's speaker)
    described = quote.speaker_type == "GROUP"
    return unspoken and (
        quote.speaker is None or described or report.speaker in (None, quote.speaker)
    )
