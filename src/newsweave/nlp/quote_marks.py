"""A quotation's opening mark keeps the word it opens on in its sentence.

spaCy's parser now and then ends a sentence on the opening mark of a quotation run into it
("After her ratings bonanza hosting '" and "Saturday Night Live,' Betty White has been made
another offer ...", multinews 203): the first is no statement, and the second, cut inside
the quotation, leans on it, so a brief lost the story's news. A component before the parser
(:data:`COMPONENT`) marks the word an opening mark is run into as no sentence start, which
the parser keeps: the sentence ends before the mark, or runs on through the quotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The component's name in the pipeline.
COMPONENT = "newsweave_quote_marks"
# Marks that only open a quotation, and marks that open one when a space (or an opening
# bracket or dash) comes before them and a word right after: the same straight marks close
# a quotation after its last word ("… next season," a show insider tells me).
_OPENING_MARKS = frozenset({"“", "‘"})
_STRAIGHT_MARKS = frozenset({'"', "'"})
_OPENS_AFTER = frozenset({"(", "[", "—", "–", "-"})


@Language.component(COMPONENT)
def words_after_opening_marks(doc: Doc) -> Doc:
    """The word an opening quotation mark is run into starts no sentence."""
    for tok in doc[:-1]:
        after = doc[tok.i + 1]
        if _opens(tok) and not after.is_punct and not after.is_space:
            after.is_sent_start = False
    return doc


def _opens(tok: Token) -> bool:
    """Whether ``tok`` is a mark that opens a quotation on the word run into it."""
    if tok.whitespace_:
        return False
    if tok.text in _OPENING_MARKS:
        return True
    before = tok.doc[tok.i - 1] if tok.i else None
    return tok.text in _STRAIGHT_MARKS and (
        before is None or bool(before.whitespace_) or before.is_space or before.text in _OPENS_AFTER
    )
