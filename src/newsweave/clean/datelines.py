"""A story's dateline ("DENVER (AP) —", "Washington (CNN)"): where the story begins, and whose
copy it is.

Text mode reads both off the body's first lines: what stands above the dateline is the page's
(a photo's caption, a reader prompt), and the newsroom the dateline credits names the story's
source when the page names no outlet of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.text.headline_made import MAX_HEADLINE_WORDS
from newsweave.text.headline_patterns import DATELINE_SOURCES

# The source a dateline credits in its house style (:data:`DATELINE_SOURCES`: "DENVER (AP) —",
# "Washington (CNN)", "(KTLA) --"): a wire's whoever reprints it, a network's or a station's
# its own.
_DATELINE_SOURCE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4}\s*)?"
    rf"\((?P<source>{DATELINE_SOURCES})\)\s*(?:[-—–]|(?=[A-Z]))"
)
# A source by the name the wires module gives it (:data:`newsweave.synthesis.wires.WIRES`).
_SOURCE_NAMES = {"Associated Press": "AP"}
# How many of the body's first lines may come before its dateline: a photo's caption or a
# reader prompt stands there in 8 of the 690 multinews texts, a headline in 44 of PolNeAR's
# 924, never more than one line; a dateline further down is a second story's.
DATELINE_LOOK_LINES = 3
# The wires' photo credits as a page's text runs them between a photo's caption and the story's
# first sentence, on one line ("The cabin of a Qatar Airways plane. AP American Airlines on
# Thursday said ..."; once in the 690 multinews texts). Only names no sentence of prose opens
# on before another capitalised word: not the whole list of credit lines' agencies, whose
# "EPA", "Pool", "File" and "Rex" do ("EPA Administrator Scott Pruitt said", "Rex Tillerson").
_GLUED_CREDIT = r"AP(?: Photo)?|AFP(?:/Getty Images)?|Getty Images|REUTERS"
# The most words of a caption run into the story's line, as of one above a credit line
# (:data:`newsweave.clean.text.MAX_TEASER_CAPTION_WORDS`): of the 166 captions the cleaner takes
# out of the 690 multinews texts, 90% are no longer (median 35 words, credits included).
GLUED_CAPTION_WORDS = 45
_GLUED_CAPTION = re.compile(
    rf"^(?P<caption>[^.!?\"“”]+[.!?])\s+(?:{_GLUED_CREDIT})\s+(?=[A-Z][a-z])"
)


def mark_before_dateline(
    texts: Sequence[str], reasons: list[str | None], a: int, b: int
) -> int | None:
    """The index of the dateline among the body's (``a``..``b``) first
    :data:`DATELINE_LOOK_LINES` kept lines (``reasons`` None), if any; the kept lines above it
    longer than a headline (:data:`~newsweave.text.headline_made.MAX_HEADLINE_WORDS`) are
    marked as captions: the story begins at its dateline. A headline there stays (PolNeAR's
    texts open on theirs: "O’Malley campaign to shift staff, resources to Iowa.")."""
    body = (i for i in range(a, b) if reasons[i] is None)
    at = next(
        (
            i
            for i, _ in zip(body, range(DATELINE_LOOK_LINES), strict=False)
            if _DATELINE_SOURCE.match(texts[i])
        ),
        None,
    )
    for i in range(a, a if at is None else at):
        if reasons[i] is None and len(texts[i].split()) > MAX_HEADLINE_WORDS:
            reasons[i] = "caption"
    return at


def glued_caption_cuts(texts: Sequence[str], reasons: Sequence[str | None]) -> dict[int, int]:
    """Line index -> where the story begins on it, for each of the page's first
    :data:`DATELINE_LOOK_LINES` lines of text (``reasons`` None: the photo stands above the
    story) that opens on a photo's caption and the wire's credit for the photo run into the
    story's first sentence (:data:`_GLUED_CREDIT`, :data:`GLUED_CAPTION_WORDS`). The caption
    and its credit are the page's; left on the line they would make the lead read "AP American
    Airlines on Thursday said ..." (an outlet that is no one's, a name that is no one's)."""
    cuts: dict[int, int] = {}
    text = (i for i, r in enumerate(reasons) if r is None)
    for i, _ in zip(text, range(DATELINE_LOOK_LINES), strict=False):
        m = _GLUED_CAPTION.match(texts[i])
        if m is not None and len(m["caption"].split()) <= GLUED_CAPTION_WORDS:
            cuts[i] = m.end()
    return cuts


def dateline_source(line: str) -> str | None:
    """The newsroom a dateline line credits ("AP", "Reuters", "CNN", "KDKA"): the reader's best
    name for whose story it is when the page names no outlet, as a reprint of a wire's copy is
    the wire's story."""
    m = _DATELINE_SOURCE.match(line)
    return _SOURCE_NAMES.get(m["source"], m["source"]) if m else None
