"""What is not a statement though it reads like one: bylines, captions and their photo
credits, a wire's staff credit, a paper's figure legends, headlines, calls to action and questions
(:func:`is_trivia`). The facts stage aligns statements only: a caption or an interviewer's
question is no fact of any outlet.
"""

from __future__ import annotations

import re

from newsweave.models import Sentence
from newsweave.text.headline import is_caption

# Sentences shorter than this are labels, datelines or fragments, not statements.
MIN_STATEMENT_WORDS = 6


_CREDIT_LINE = re.compile(
    r"(Getty Images|Shutterstock|\bREUTERS\b|via Reuters|\bAFP\b via|EPA-EFE|\bHandout\b|\bPOOL\b|"
    r"Photo(?:graph)?:|Image:|Credit:|/[A-Z][A-Za-z]+/|\bAP Photo\b|Sputnik/|"
    r"\((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]*/[^()]{2,40}\))"  # "(Jabin Botsford/The Post)"
)
# Where a person stands in the picture (", left,"): a photo caption, not a statement.
_PICTURE_POSITION = re.compile(
    r",\s(?:left|right|center|centre|second (?:from )?(?:left|right)|top|bottom|foreground|"
    r"background|front row|back row)(?: to right)?,"
    r"|\((?:left|right|center|centre|front|back|top|bottom|second from (?:left|right))\)"
)
_CALL_TO_ACTION = re.compile(
    r"\b(share this|subscribe|sign up|newsletter|click here|follow us|read more|"
    r"contributed to this report|all rights reserved|copyright ©|related articles?\b)",
    re.I,
)
# A wire story's closing credit of its staff ("Associated Press writers David Pitt in Des
# Moines, Iowa; Margery Beck in Omaha, Neb.; ... contributed to this report."), cut or run on
# so that no "contributed" closes it: who reported, not what happened.
STAFF_CREDIT = re.compile(
    r"^\s*(?:The )?(?:Associated Press|AP|Reuters|AFP)(?: [A-Z][a-z]+)? "
    r"(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Rr]esearchers?|[Pp]hotographers?)\b"
)
_ENDS_STATEMENT = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")
_URL = re.compile(r"https?://|www\.|\.com\b|\]\(#\)")
_PHOTO_COUNT = re.compile(r"^\d{1,2}\s+[A-Z]")
# A paper's figure or table legend run into the text ("Figure 1: Location (A) and quarry maps
# (B, C) of Bobcat Pit ...", "Table 2. Measurements ...", its key) and the credit that closes
# one ("Quarry maps modified from Bader ...", "Adapted from ..."): what a picture shows and
# whose it was, not a statement.
_FIGURE_LEGEND = re.compile(
    r"^(?:Figure|Fig\.|Table|Supplementary (?:Figure|Table)) S?\d+[A-Z]?\s*[:.|—–-]\s"
    r"|^(?:(?:[A-Z][a-z]+ )?(?:[Mm]aps?|[Ii]mages?|[Pp]hotos?|[Dd]rawings?|[Cc]harts?|[Ff]igures?|"
    r"[Ii]llustrations?|[Dd]iagrams?|[Dd]ata) )?"
    r"(?:[Mm]odified|[Aa]dapted|[Rr]eproduced|[Rr]edrawn) (?:from|after)\b"
    # ... and a legend's key ("Earthquakes are plotted as white dots", "Arrows show two paths")
    r"|\b(?:are|is) plotted as\b"
    r"|^(?:Arrows?|Dashed lines?|Solid lines?|Dots|Circles|Triangles) (?:show|indicate|mark|denote)s?\b"
)


def is_credit_line(text: str) -> bool:
    """A short line naming a photo agency or credit (a caption's credit, not a statement)."""
    return bool(_CREDIT_LINE.search(text)) and len(text.split()) <= 16


def is_trivia(sent: Sentence, next_sent: Sentence | None) -> bool:
    """Bylines, captions, photo credits, figure legends, headlines, calls to action,
    questions: not statements."""
    t = sent.text
    words = t.split()
    if len(words) < MIN_STATEMENT_WORDS:
        return True
    if not _ENDS_STATEMENT.search(t):
        return True  # a line without final punctuation: headline, label, credit
    if _URL.search(t) or _CALL_TO_ACTION.search(t) or STAFF_CREDIT.match(t):
        return True
    if is_credit_line(t) or _PHOTO_COUNT.match(t) or _PICTURE_POSITION.search(t):
        return True
    if _FIGURE_LEGEND.search(t):
        return True
    if is_caption(t) or t.rstrip().endswith("?"):
        return True  # a caption, or a question (an interviewer's), which asserts nothing
    # a caption is followed by its photo credit on the next line
    return bool(next_sent and next_sent.article == sent.article and is_credit_line(next_sent.text))
