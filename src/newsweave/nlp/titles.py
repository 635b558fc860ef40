"""Titles abbreviated before a name ("Cmdr. Bryce Benson", "Sgt. Ana Ruiz") stay one sentence.

spaCy's English tokenizer knows "Gov.", "Sen." and "Dr." but splits the full stop off
"Cmdr.", "Capt.", "Sgt." or "Det.", and its parser then ends a sentence there: "The USS
Fitzgerald's captain, Cmdr." and "Bryce Benson, was airlifted …" became two statements, the
second shown in a brief with its subject cut off, and "Sgt." no speaker. The tokenizer is
taught these titles as single tokens (:func:`teach_titles`), and a component before the
parser (:data:`COMPONENT`) marks the word after one as no sentence start, which the parser
keeps. The same component keeps a dash after an abbreviation's full stop in its sentence when
lower case goes on after it ("at 3415 Neptune Ave. — a high-rise riddled with violations"):
the parser had ended the sentence at "Ave." and shown "— a high-rise …" as a statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.symbols import ORTH

from newsweave.text.headline_patterns import SENTENCE_OPENERS
from newsweave.text.names import ABBREVIATED_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The component's name in the pipeline.
COMPONENT = "newsweave_titles"
# Dashes that set off an apposition or an aside ("Ave. — a Coney Island high-rise"): after a
# full stop and before lower case they open no sentence (5 of the 690 Multi-News texts, 4 of
# PolNeAR's 924 write one so, none of ECB+'s).
DASHES = frozenset({"—", "–", "--"})


def teach_titles(nlp: Language) -> None:
    """Keep each of :data:`ABBREVIATED_TITLES` one token (the loader adds :data:`COMPONENT`
    before the parser)."""
    for title in ABBREVIATED_TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


@Language.component(COMPONENT)
def titles_before_names(doc: Doc) -> Doc:
    """The name after an abbreviated title starts no sentence ("Capt. | John Ray"); a word
    that opens sentences and is no name still may ("promoted to Capt. | The ship …"). A dash
    (:data:`DASHES`) after a full stop and before lower case goes on with the sentence, as
    does the word after it ("Neptune Ave. | — | a high-rise")."""
    for tok in doc[:-1]:
        after = doc[tok.i + 1]
        if (
            tok.text in ABBREVIATED_TITLES
            and after.is_title
            and after.lower_ not in SENTENCE_OPENERS
        ):
            after.is_sent_start = False
        elif tok.text == "." and after.text in DASHES and tok.i + 2 < len(doc):
            goes_on = doc[tok.i + 2]
            if goes_on.is_lower:
                after.is_sent_start = False
                goes_on.is_sent_start = False
    return doc
