"""A verb's subject where the parse slips: a title the tagger took for a verb ("study
co-author Lena Marsh … told") is no speaker; the name after it, which the parse makes the
verb's subject, is."""

from __future__ import annotations

from spacy.tokens import Doc

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.subjects import direct_subject


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A parse given row by row: word, head, dependency, tag, part of speech, entity."""
    return Doc(
        get_spacy(Settings()).vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        ents=[r[5] for r in rows],
    )


def test_the_name_after_a_title_taken_for_a_verb_is_the_subject():
    # the parse a long article gave "…," study co-author Lena Marsh, a lecturer, told reporters.
    doc = _doc(
        [
            ("study", 10, "nsubj", "VB", "VERB", "O"),
            ("co", 0, "dobj", "NN", "NOUN", "O"),
            ("-", 0, "dobj", "NN", "NOUN", "O"),
            ("author", 5, "compound", "NN", "NOUN", "O"),
            ("Lena", 5, "compound", "NNP", "PROPN", "B-PERSON"),
            ("Marsh", 0, "nsubj", "NNP", "PROPN", "I-PERSON"),
            (",", 5, "punct", ",", "PUNCT", "O"),
            ("a", 8, "det", "DT", "DET", "O"),
            ("lecturer", 5, "appos", "NN", "NOUN", "O"),
            (",", 5, "punct", ",", "PUNCT", "O"),
            ("told", 10, "ROOT", "VBD", "VERB", "O"),
            ("reporters", 10, "dobj", "NNS", "NOUN", "O"),
            (".", 10, "punct", ".", "PUNCT", "O"),
        ]
    )
    assert direct_subject(doc[10]).text == "Marsh"


def test_the_person_speaks_not_the_body_whose_role_they_hold():
    # the parse multinews 009 gave '"…," said CNN senior political analyst David Gergen.':
    # the channel and the analyst both subjects of "said", the role in apposition to the
    # channel; own words of that shape
    doc = _doc(
        [
            ("said", 0, "ROOT", "VBD", "VERB", "O"),
            ("BBC", 0, "nsubj", "NNP", "PROPN", "B-ORG"),
            ("senior", 4, "amod", "JJ", "ADJ", "O"),
            ("harbour", 4, "compound", "NN", "NOUN", "O"),
            ("editor", 1, "appos", "NN", "NOUN", "O"),
            ("Tom", 6, "compound", "NNP", "PROPN", "B-PERSON"),
            ("Vale", 0, "nsubj", "NNP", "PROPN", "I-PERSON"),
            (".", 0, "punct", ".", "PUNCT", "O"),
        ]
    )
    assert direct_subject(doc[0]).text == "Vale"
    # a body with no role before a name stays the subject it is
    alone = _doc(
        [
            ("said", 0, "ROOT", "VBD", "VERB", "O"),
            ("BBC", 0, "nsubj", "NNP", "PROPN", "B-ORG"),
            (".", 0, "punct", ".", "PUNCT", "O"),
        ]
    )
    assert direct_subject(alone[0]).text == "BBC"
