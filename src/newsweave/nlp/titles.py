"""Titles abbreviated before a name ("Cmdr. Bryce Benson", "Sgt. Ana Ruiz") stay one sentence.

spaCy's English tokenizer knows "Gov.", "Sen." and "Dr." but splits the full stop off
"Cmdr.", "Capt.", "Sgt." or "Det.", and its parser then ends a sentence there: "The USS
Fitzgerald's captain, Cmdr." and "Bryce Benson, was airlifted …" became two statements, the
second shown in a brief with its subject cut off, and "Sgt." no speaker. The tokenizer is
taught these titles as single tokens (:func:`teach_titles`), and a component before the
parser (:data:`COMPONENT`) marks the word after one as no sentence start, which the parser
keeps.
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


def teach_titles(nlp: Language) -> None:
    """Keep each of :data:`ABBREVIATED_TITLES` one token, and add :data:`COMPONENT` before
    the parser (or last, for a pipeline without one)."""
    for title in ABBREVIATED_TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    else:
        nlp.add_pipe(COMPONENT)


@Language.component(COMPONENT)
def titles_before_names(doc: Doc) -> Doc:
    """The name after an abbreviated title starts no sentence ("Capt. | John Ray"); a word
    that opens sentences and is no name still may ("promoted to Capt. | The ship …")."""
    for tok in doc[:-1]:
        after = doc[tok.i + 1]
        if (
            tok.text in ABBREVIATED_TITLES
            and after.is_title
            and after.lower_ not in SENTENCE_OPENERS
        ):
            after.is_sent_start = False
    return doc
