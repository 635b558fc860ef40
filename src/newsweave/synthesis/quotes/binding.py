"""Where a word stands in the parse, as it bears on whom a pronoun stands for.

A subject pronoun never stands for a name its own clause gives as an argument ("He said
Kessler wanted…" is not Kessler on himself); a subject inside what the pronoun's verb
reports is someone told of ("The US backs it, they said"); a person a sentence opens on
("For Robert Plant, …") is whom its "he" goes on about; a relative pronoun ("who", "which")
stands for the noun its clause is set beside. The pronoun resolver (:mod:`.attribution`)
asks these of the words before a pronoun; each answers from the parse of one sentence.
Split from :mod:`.attribution`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.index import NAMED_LABELS, ArticleIndex, ent_name
from newsweave.synthesis.quotes.subjects import same_paragraph

if TYPE_CHECKING:
    from spacy.tokens import Token

# A subject pronoun's clause arguments that never name the pronoun's referent (binding).
CLAUSE_ARGUMENTS = frozenset({"dobj", "dative", "attr", "oprd"})
# Prepositions a sentence opens on to name the person what follows is about ("For Robert
# Plant, it has been…", "To Ms Ortiz, …").
FRAMING_PREPOSITIONS = frozenset({"for", "to"})


def clause_names(tok: Token, idx: ArticleIndex) -> frozenset[str]:
    """The names a subject pronoun's own clause gives its object, its complement's subject or a
    preposition's object: never the pronoun's referent ("He said Kessler wanted…" is not
    Kessler on himself; "she met Ms Ortiz" is not Ortiz meeting herself)."""
    head = tok.head
    args = [c for c in head.children if c.dep_ in CLAUSE_ARGUMENTS and c.i > tok.i]
    args += [
        g
        for c in head.children
        if c.dep_ in ("ccomp", "prep") and c.i > tok.i
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass", "pobj")
    ]
    ents = {idx.ent_of.get(t.i) for t in args if same_paragraph(tok, t)}
    return frozenset(
        ent_name(e, idx).name for e in ents if e is not None and e.label_ in NAMED_LABELS
    )


def reported_by(t: Token, verb: Token) -> bool:
    """``t`` stands in what ``verb`` reports: its clausal complement, or the clause a
    parenthetical ``verb`` ("…, they said") is set into."""
    if verb.dep_ == "parataxis" and not verb.left_edge.i <= t.i <= verb.right_edge.i:
        return verb.head.left_edge.i <= t.i <= verb.head.right_edge.i
    return any(c.dep_ == "ccomp" and c.left_edge.i <= t.i <= c.right_edge.i for c in verb.children)


def framing_person(t: Token, idx: ArticleIndex, start: int) -> bool:
    """Whether ``t`` ends a person's name that a sentence opens on, set off by a comma ("For
    Robert Plant, it has been…", "To Ms Ortiz, the ruling was…"), or the owner of what it
    opens on ("In Pope Francis' address to Congress, he praised…"): the frame of what follows.
    ``start``: where the sentence starts (:func:`.attribution.sentence_start` of the pronoun
    whose sentence ``t`` is in)."""
    ent = idx.ent_of.get(t.i)
    # (the recogniser may take the owner's "'s" into the name)
    if (
        ent is None
        or ent.label_ != "PERSON"
        or any(w.dep_ != "case" for w in t.doc[t.i + 1 : ent.end])
    ):
        return False
    if t.dep_ == "poss" and t.head.dep_ == "pobj":
        prep, end = t.head.head, t.head.right_edge.i + 1
    elif t.dep_ == "pobj" and t.head.lower_ in FRAMING_PREPOSITIONS:
        prep, end = t.head, ent.end
    else:
        return False
    # (from the paragraph's start where the parse ran the sentence on from the one before)
    start = max([start, *(w.i for w in t.doc[start : prep.i] if "\n" in w.text)])
    opening = [w for w in t.doc[start : prep.i] if not (w.is_punct or w.is_space)]
    comma = end < len(t.doc) and t.doc[end].text == ","
    return prep.dep_ == "prep" and prep.i < ent.start and not opening and comma


def relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun's clause is about: the parser's, unless its phrase does not
    end right before the pronoun's comma ("a lie according to police, who added …", parsed as
    about "lie"): then the noun before the comma. ("The wife of Cruz, who …": "wife".)"""
    parsed, doc, i = pronoun.head.head, pronoun.doc, pronoun.i
    if i < 2 or doc[i - 1].text != "," or doc[i - 2].pos_ not in ("NOUN", "PROPN"):
        return parsed
    clause = range(pronoun.head.left_edge.i, pronoun.head.right_edge.i + 1)
    return doc[i - 2] if max(t.i for t in parsed.subtree if t.i not in clause) < i - 2 else parsed
