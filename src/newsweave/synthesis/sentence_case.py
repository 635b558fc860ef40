"""Whether a capitalised word is a name or a common word that opens a sentence.

The small recogniser types a sentence's first word a name when it is capitalised there
("Rubble from the collapsed home spilled into the street", "Warplanes and helicopters are
bombing", "Chemical analysis revealed"). A word the event's texts also write in lower case,
and capitalise only where a sentence or a headline opens, is that common word: no one's name.
The entities stage (:mod:`newsweave.synthesis.stages.entities`) drops such one-word entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# What may stand between a sentence's end and its next word: spaces, an opening quotation
# mark or bracket, a list's dash or bullet.
_OPENERS = " \t\r\"“‘'([-–—•*"
# The marks that end a sentence, a label ("Note:") or a line.
_SENTENCE_ENDS = frozenset(".!?:;\n")
# Closing quotation marks and brackets a sentence may end inside ('... he said." Warplanes').
_CLOSERS = "\"”’')]"
# How far before a word its sentence's end is looked for (openers and closers between).
_LOOK_BACK = 12
# A word as written: a run of word characters and hyphens ("rubble", "rubble-strewn").
_WORD_RUN = re.compile(r"[\w-]+")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` is the first of its sentence or line."""
    before = text[max(0, start - _LOOK_BACK) : start].rstrip(_OPENERS).rstrip(_CLOSERS)
    return not before or before[-1] in _SENTENCE_ENDS


def words_of(texts: Iterable[str]) -> frozenset[str]:
    """Every word ``texts`` write, as written: each run of word characters and hyphens (read
    once for an event, then asked of each entity by :func:`written_in_lower_case`)."""
    return frozenset(w for t in texts for w in _WORD_RUN.findall(t))


def written_in_lower_case(word: str, words: frozenset[str]) -> bool:
    """Whether the texts whose :func:`words_of` are ``words`` write ``word`` all in lower
    case, as a word of its own (not inside a hyphenated one)."""
    low = word.lower()
    return low != word and low.isalpha() and low in words


__all__ = ["opens_sentence", "words_of", "written_in_lower_case"]
