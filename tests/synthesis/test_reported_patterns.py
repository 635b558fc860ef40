"""The candidates the reported-speech model scores (:mod:`newsweave.synthesis.quotes.patterns`):
a question a verb of asking puts, which the parser may hang on it as a condition, a passive
subject with what it is held to be, a raising verb's subject with its predicate."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.patterns import candidates


def _clauses(text: str, word: str) -> list[str]:
    doc = get_spacy(Settings())(text)
    (tok,) = [t for t in doc if t.text == word]
    return [doc[c.lo : c.hi + 1].text for c in candidates(tok) if c.relation == "ccomp"]


def test_an_if_clause_after_a_verb_of_asking_is_its_question():
    # the parser hangs "if they planned…" on "asked" as a condition (advcl)
    assert _clauses(
        "The organiser asked volunteers if they planned to stay for the count.", "asked"
    ) == ["if they planned to stay for the count"]
    assert _clauses(
        "During a radio interview, the coach was asked if he had ever been fired.", "asked"
    ) == ["if he had ever been fired"]


def test_a_condition_of_another_verb_is_no_clause_of_it():
    assert _clauses("The club will pay volunteers if they stay for the count.", "pay") == []


def _spans(text: str, word: str, relation: str) -> list[str]:
    doc = get_spacy(Settings())(text)
    (tok,) = [t for t in doc if t.text == word]
    return [doc[c.lo : c.hi + 1].text for c in candidates(tok) if c.relation == relation]


def test_a_passive_subject_goes_on_over_what_it_is_held_to_be():
    assert _spans(
        "The old ferries are considered unsafe by the inspectors.", "considered", "nsubjpass"
    ) == ["The old ferries are considered unsafe"]
    # without a predicate, the subject alone
    assert _spans("The old ferries were inspected by the council.", "inspected", "nsubjpass") == [
        "The old ferries"
    ]


def test_a_raising_verbs_subject_and_predicate_are_a_candidate():
    assert _spans("The old pier seems unsafe after the storm.", "seems", "predicate") == [
        "The old pier seems unsafe"
    ]
    assert _spans("The old pier felt unsafe after the storm.", "felt", "predicate") == []
