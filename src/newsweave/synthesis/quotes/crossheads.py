"""Crossheads: a short quoted phrase set as a paragraph of its own, heading the section below.

Outlets head the sections of a long story with a phrase in quotation marks, alone on its line
("‘Rewritten Narrative’", "'Zero visibility'", "'You will not win'"): a heading, often words
quoted again from the story, never an utterance of its own. Attributed like a quote, it took
the speaker of the quote before it (whose words these are not) or joined a quote it repeats
as one more wording of it. Speech set alone on a line closes as a sentence does ("“I'm just
happy to be here.”", "'Best show ever!'", "“Monica?”"), runs on over paragraphs, or stands
after the line that introduces it ("The crowd chanted:"); a heading does none of these.
"""

from __future__ import annotations

import re

from newsweave.synthesis.quotes.kinds import TITLE_MAX_WORDS
from newsweave.synthesis.quotes.spans import MARK_CHARS, QuoteSpan

# A sentence closing inside the quoted words: their speech goes on past it ("No. Certainly not").
SENTENCE_BREAK = re.compile(r"[.!?…][\s\"“”‘’']")
# A word after the quote: there is text for it to head.
WORD = re.compile(r"\w")
# What may stand around the quote in its paragraph: its marks and spaces.
EDGE = re.compile("[\\s" + re.escape("".join(sorted(MARK_CHARS))) + "]*")


def is_crosshead(sp: QuoteSpan, text: str, para: tuple[int, int]) -> bool:
    """Whether the quote ``sp`` is a crosshead: the whole of its paragraph (offsets ``para``),
    at most :data:`~.kinds.TITLE_MAX_WORDS` words ending on a letter or digit with no sentence
    closing inside, not a piece of a quote run over paragraphs, with words after it to head
    and no colon closing the text before it."""
    if sp.continues or sp.continuation:
        return False
    words = text[sp.start : sp.end].strip()
    if not words or len(words.split()) > TITLE_MAX_WORDS or not words[-1].isalnum():
        return False
    # (matched from the quote's edges: a long paragraph is never copied for each of its quotes)
    if not (_edges_only(text, para[0], sp.start) and _edges_only(text, sp.end, para[1])):
        return False
    if SENTENCE_BREAK.search(words):
        return False
    k = para[0] - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    introduced = k >= 0 and text[k] == ":"
    return not introduced and WORD.search(text, para[1]) is not None


def _edges_only(text: str, a: int, b: int) -> bool:
    """Whether only quotation marks and spaces stand between offsets ``a`` and ``b``."""
    found = EDGE.match(text, a, b)
    return found is not None and found.end() == b
