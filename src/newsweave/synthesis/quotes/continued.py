"""A quoted sentence standing alone after a quote, before a speech verb telling words of its own.

'“We lost everything,” Ortez said. “The insurer has not called once.” Ortez added that the
family would stay with relatives.' The second quote goes on from the first: it is more of
Ortez's "said", one utterance given in two pieces. The "added" of the sentence after it
reports words of its own (its content follows the verb), so it attributes that report, not
the quote before it; taken for the quote's cue it gives the quote to whoever speaks next
('“…no place in a campaign.” Gov. Ray Dunn said he would have fired him' is no cue of the
words another candidate was quoted in just before). PolNeAR's annotators read it so: in the
four instances of train, each such quote is a fragment of the quote before it, with that
quote's cue and source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.reported import Reported
from newsweave.synthesis.quotes.shapes import SENTENCE_ENDS
from newsweave.synthesis.quotes.spans import MARK_CHARS, QuoteSpan, mark_start

if TYPE_CHECKING:
    from spacy.tokens import Token

_MARKS = "".join(sorted(MARK_CHARS))
# How quoted words cut short end: no finished sentence ("and then we…”").
_TRAILING_OFF = ("..", "…")


def whole_sentence(sp: QuoteSpan, text: str, para_start: int) -> bool:
    """Whether the quote ``sp`` is a sentence of its own: only finished sentences stand before
    its opening mark in the paragraph (``para_start`` is where it opens), and a full stop ends
    it, inside the marks or right after them ('…once.”', '…once”.'). Not a question or an
    exclamation, which runs on into its attribution ('“Why now?” he asked reporters'), nor a
    quote a colon introduces, which its clause attributes."""
    before = text[para_start : mark_start(sp, text)].rstrip().rstrip(_MARKS)
    after = text[sp.end : sp.end + 3].lstrip(_MARKS)
    quoted = text[sp.start : sp.end]
    closed = quoted.endswith(".") or after.startswith(".")
    return (
        (not before or before[-1] in SENTENCE_ENDS)
        and closed
        and not quoted.endswith(_TRAILING_OFF)
    )


def telling_cues(reported: list[Reported]) -> frozenset[int]:
    """The token indices of the cues whose reported content comes after them ("Ortez added
    that the family would stay"): a cue that tells words of its own."""
    return frozenset(r.cue.i for r in reported if r.start > r.cue.idx)


def next_sentence_telling(sp: QuoteSpan, cue: Token, text: str, telling: frozenset[int]) -> bool:
    """Whether ``cue`` is in a sentence after the quote ``sp``, opening upper-case past its
    marks, and tells words of its own (``telling``, :func:`telling_cues`). Not a credit line's
    ('“…” — Alan Metz, asked where he would put it': the dash gives the quote its speaker)."""
    opening = text[sp.end : cue.idx + 1].lstrip(_MARKS + " .")
    return cue.idx >= sp.end and cue.i in telling and opening[:1].isupper()
