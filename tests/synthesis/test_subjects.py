"""A verb's subject where the parse slips: a title the tagger took for a verb ("study
co-author Lena Marsh … told") is no speaker; the name after it, which the parse makes the
verb's subject, is. An active verb joined to a passive one shares its subject, never its agent (or
goes on from the main clause when the passive is told of), and a participle inside the subject
of told words is that subject's."""

from __future__ import annotations

from spacy.tokens import Doc

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.attribution import subject_of
from newsweave.synthesis.quotes.subjects import (
    direct_subject,
    passive_partner_subject,
    past_a_passive,
    told_subject_participle,
)


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


def test_an_active_verb_the_parse_joined_to_a_told_passive_goes_on_from_the_main_clause():
    # the parse of "The lawyer denounced a film claiming she was killed by her brother and
    # threatened to sue.": "threatened" a conjunct of "killed", whose agent never goes on
    doc = _doc(
        [
            ("The", 1, "det", "DT", "DET", "O"),
            ("lawyer", 2, "nsubj", "NN", "NOUN", "O"),
            ("denounced", 2, "ROOT", "VBD", "VERB", "O"),
            ("a", 4, "det", "DT", "DET", "O"),
            ("film", 2, "dobj", "NN", "NOUN", "O"),
            ("claiming", 4, "acl", "VBG", "VERB", "O"),
            ("she", 8, "nsubjpass", "PRP", "PRON", "O"),
            ("was", 8, "auxpass", "VBD", "AUX", "O"),
            ("killed", 5, "ccomp", "VBN", "VERB", "O"),
            ("by", 8, "agent", "IN", "ADP", "O"),
            ("her", 11, "poss", "PRP$", "PRON", "O"),
            ("brother", 9, "pobj", "NN", "NOUN", "O"),
            ("and", 8, "cc", "CC", "CCONJ", "O"),
            ("threatened", 8, "conj", "VBD", "VERB", "O"),
            ("to", 15, "aux", "TO", "PART", "O"),
            ("sue", 13, "xcomp", "VB", "VERB", "O"),
            (".", 2, "punct", ".", "PUNCT", "O"),
        ]
    )
    assert past_a_passive(doc[13]).text == "denounced"
    assert past_a_passive(doc[2]) is None


_NOTICE = [
    # the parse of 'Ames said a notice the club posted, saying the fines “reflect a first
    # review,” did not go far enough.': the participle hung on the later clause
    ("Ames", 1, "nsubj", "NNP", "PROPN", "B-PERSON"),
    ("said", 1, "ROOT", "VBD", "VERB", "O"),
    ("a", 3, "det", "DT", "DET", "O"),
    ("notice", 1, "dobj", "NN", "NOUN", "O"),
    ("the", 5, "det", "DT", "DET", "O"),
    ("club", 6, "nsubj", "NN", "NOUN", "O"),
    ("posted", 3, "relcl", "VBD", "VERB", "O"),
    (",", 1, "punct", ",", "PUNCT", "O"),
    ("saying", 20, "advcl", "VBG", "VERB", "O"),
    ("the", 10, "det", "DT", "DET", "O"),
    ("fines", 12, "nsubj", "NNS", "NOUN", "O"),
    ("“", 12, "punct", "``", "PUNCT", "O"),
    ("reflect", 8, "ccomp", "VBP", "VERB", "O"),
    ("a", 15, "det", "DT", "DET", "O"),
    ("first", 15, "amod", "JJ", "ADJ", "O"),
    ("review", 12, "dobj", "NN", "NOUN", "O"),
    (",", 20, "punct", ",", "PUNCT", "O"),
    ("”", 20, "punct", "''", "PUNCT", "O"),
    ("did", 20, "aux", "VBD", "AUX", "O"),
    ("not", 20, "neg", "RB", "PART", "O"),
    ("go", 1, "advcl", "VB", "VERB", "O"),
    ("far", 22, "advmod", "RB", "ADV", "O"),
    ("enough", 20, "advmod", "RB", "ADV", "O"),
    (".", 1, "punct", ".", "PUNCT", "O"),
]


def test_a_participle_in_the_subject_of_told_words_is_that_subjects():
    doc = _doc(_NOTICE)
    assert told_subject_participle(doc[8]).text == "notice"
    assert subject_of(doc[8]).text == "notice"


def test_a_participle_the_parse_hung_in_the_told_subjects_phrase_is_that_subjects():
    # the same words with the participle hung on the relative clause, "the club posted":
    # the notice still says it
    rows = list(_NOTICE)
    rows[8] = ("saying", 6, "advcl", "VBG", "VERB", "O")
    rows[20] = ("go", 1, "ccomp", "VB", "VERB", "O")
    assert told_subject_participle(_doc(rows)[8]).text == "notice"


def test_a_participle_after_an_object_with_no_told_clause_is_not_the_objects():
    # "Ames read a notice, saying the fines were fair.": Ames is saying it
    doc = _doc(
        [
            ("Ames", 1, "nsubj", "NNP", "PROPN", "B-PERSON"),
            ("read", 1, "ROOT", "VBD", "VERB", "O"),
            ("a", 3, "det", "DT", "DET", "O"),
            ("notice", 1, "dobj", "NN", "NOUN", "O"),
            (",", 1, "punct", ",", "PUNCT", "O"),
            ("saying", 1, "advcl", "VBG", "VERB", "O"),
            ("the", 7, "det", "DT", "DET", "O"),
            ("fines", 8, "nsubj", "NNS", "NOUN", "O"),
            ("were", 5, "ccomp", "VBD", "AUX", "O"),
            ("fair", 8, "acomp", "JJ", "ADJ", "O"),
            (".", 1, "punct", ".", "PUNCT", "O"),
        ]
    )
    assert told_subject_participle(doc[5]) is None


def test_an_active_verb_joined_to_a_main_passive_shares_its_subject_not_its_agent():
    # the parse of "Nadia was questioned by police and said she saw nothing."
    doc = _doc(
        [
            ("Nadia", 2, "nsubjpass", "NNP", "PROPN", "B-PERSON"),
            ("was", 2, "auxpass", "VBD", "AUX", "O"),
            ("questioned", 2, "ROOT", "VBN", "VERB", "O"),
            ("by", 2, "agent", "IN", "ADP", "O"),
            ("police", 3, "pobj", "NNS", "NOUN", "O"),
            ("and", 2, "cc", "CC", "CCONJ", "O"),
            ("said", 2, "conj", "VBD", "VERB", "O"),
            ("she", 8, "nsubj", "PRP", "PRON", "O"),
            ("saw", 6, "ccomp", "VBD", "VERB", "O"),
            ("nothing", 8, "dobj", "NN", "PRON", "O"),
            (".", 2, "punct", ".", "PUNCT", "O"),
        ]
    )
    assert passive_partner_subject(doc[6]).text == "Nadia"
    assert subject_of(doc[6]).text == "Nadia"


def test_a_verb_joined_to_a_passive_with_no_object_of_its_own_is_passive_too():
    # the parse of "Ames has been weakened by scandals and criticized for his handling of the
    # budget.": Ames was criticized; he criticized nothing
    doc = _doc(
        [
            ("Ames", 3, "nsubjpass", "NNP", "PROPN", "B-PERSON"),
            ("has", 3, "aux", "VBZ", "AUX", "O"),
            ("been", 3, "auxpass", "VBN", "AUX", "O"),
            ("weakened", 3, "ROOT", "VBN", "VERB", "O"),
            ("by", 3, "agent", "IN", "ADP", "O"),
            ("scandals", 4, "pobj", "NNS", "NOUN", "O"),
            ("and", 3, "cc", "CC", "CCONJ", "O"),
            ("criticized", 3, "conj", "VBD", "VERB", "O"),
            ("for", 7, "prep", "IN", "ADP", "O"),
            ("his", 10, "poss", "PRP$", "PRON", "O"),
            ("handling", 8, "pobj", "NN", "NOUN", "O"),
            ("of", 10, "prep", "IN", "ADP", "O"),
            ("the", 13, "det", "DT", "DET", "O"),
            ("budget", 11, "pobj", "NN", "NOUN", "O"),
            (".", 3, "punct", ".", "PUNCT", "O"),
        ]
    )
    assert passive_partner_subject(doc[7]) is None
