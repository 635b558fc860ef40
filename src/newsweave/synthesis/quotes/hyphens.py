"""Nouns the tokenizer cuts at their hyphen, read whole where a speaking thing is read.

The tokenizer splits "e-mail" into "e", "-" and "mail"; the parser then may hang the owner on
the first piece ("his e-mail said": "his" on "e") and take "mail" alone for the subject, a word
no list of things that carry someone's words knows. Read whole, "his e-mail said" is the
owner's words, as "his email said" is (:mod:`.attribution`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns cut at their hyphen, by the lemmas of their pieces either side of it, and the word
# they spell whole, as the noun lists know it ("e-mail", "E-mails": "email").
HYPHENED_NOUNS: dict[tuple[str, str], str] = {("e", "mail"): "email"}


@dataclass(frozen=True)
class Noun:
    """A noun read whole: its lemma and its pieces (one token, unless cut at a hyphen), whose
    dependents are all the noun's."""

    lemma: str
    pieces: tuple[Token, ...]

    @property
    def dependents(self) -> list[Token]:
        """The dependents of every piece but the pieces themselves ("his" of "his e-mail")."""
        own = {p.i for p in self.pieces}
        return [c for p in self.pieces for c in p.children if c.i not in own]

    @property
    def start_char(self) -> int:
        """Where the noun's phrase opens: the left edge of its first piece's words."""
        return min(p.left_edge.idx for p in self.pieces)


def whole_noun(tok: Token) -> Noun:
    """The noun ``tok`` ends: one of :data:`HYPHENED_NOUNS` when ``tok`` is its last piece and
    the pieces touch ("e-mail", not "e - mail"), else ``tok`` itself."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        first, hyphen = doc[tok.i - 2], doc[tok.i - 1]
        touching = first.idx + len(first.text) == hyphen.idx and hyphen.idx + 1 == tok.idx
        word = HYPHENED_NOUNS.get((first.lower_, tok.lemma_.lower()))
        if touching and word is not None:
            return Noun(word, (first, hyphen, tok))
    return Noun(tok.lemma_.lower(), (tok,))
