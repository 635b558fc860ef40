"""Whether a cited passage backs a statement as worded (its quoted words, a content word of
each of its clauses): the last check of every citation the facts stage and the brief give,
after the alignment has checked numbers, days and polarity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.text.lexicons import quoted_ranges

# Quoted passages shorter than this many words are terms in scare quotes ("ultimatums"),
# not someone's words: a paraphrase that does not repeat them still supports the statement.
SUPPORT_QUOTE_MIN_WORDS = 3
# A clause of a statement must share at least one content word with a citation that is to
# support it, once the clause has this many content words ("without specifying what he was
# referring to" is not supported by a report that has Trump hailing the offer).
SUPPORT_CLAUSE_MIN_WORDS = 2
# Where a statement's clauses part (not list commas: "Britain, France and Germany").
_CLAUSE_SPLIT = re.compile(
    r";\s+|\s+[–—]\s+|,\s+(?=(?:without|while|but|although|though|whereas|saying|adding|"
    r"after|before|which|despite|amid|citing|warning|calling)\b)"
)
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_FUNCTION_WORDS = frozenset(
    {"that", "this", "with", "from", "have", "been", "were", "what", "when", "where"}
    | {"which", "while", "would", "could", "should", "will", "their", "there", "they"}
    | {"them", "then", "than", "also", "about", "after", "before", "into", "over"}
    | {"said", "says", "told"}
)


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def quoted_words(text: str) -> list[tuple[str, ...]]:
    """The quoted passages of ``text`` long enough to be someone's words, as word tuples."""
    out = []
    for a, b in quoted_ranges(text):
        words = tuple(_words_of(text[a:b]))
        if len(words) >= SUPPORT_QUOTE_MIN_WORDS:
            out.append(words)
    return out


def _contains(hay: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    return any(tuple(hay[i : i + n]) == tuple(needle) for i in range(len(hay) - n + 1))


def supports(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` (a cited passage) backs ``statement`` as worded: it carries the
    statement's quoted words, and every clause of the statement shares a content word with it.

    Alignment already checked numbers, days and polarity; this catches the rest of what a
    citation must not do: lend an outlet's quotation to outlets that paraphrased, or lend a
    clause one outlet added ("without specifying ...") to another that did not say it.
    """
    ev_words = _words_of(evidence)
    if not all(_contains(ev_words, q) for q in quoted_words(statement)):
        return False
    ev_set = set(ev_words)
    for clause in _CLAUSE_SPLIT.split(statement):
        content = {
            w.lower() for w in _CONTENT_WORD.findall(clause) if w.lower() not in _FUNCTION_WORDS
        }
        if len(content) >= SUPPORT_CLAUSE_MIN_WORDS and not (content & ev_set):
            return False
    return True
