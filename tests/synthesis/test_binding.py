"""Where a word stands in the parse, as it bears on whom a pronoun stands for: a subject
pronoun is never a name its own clause gives, and a relative pronoun stands for the noun right
before its comma when the parse hangs its clause further back."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.binding import clause_names, relative_antecedent
from newsweave.synthesis.quotes.index import article_index


def test_a_subject_pronoun_is_never_the_name_its_clause_reports_on():
    doc = get_spacy(Settings())("He said Tom Kessler wanted the job at the port authority.")
    he = doc[0]
    assert clause_names(he, article_index(doc)) == frozenset({"Tom Kessler"})


def test_who_stands_for_the_noun_before_its_comma():
    doc = get_spacy(Settings())(
        "The story was a lie according to the police, who added that nobody had been hurt."
    )
    who = next(t for t in doc if t.lower_ == "who")
    assert relative_antecedent(who).lower_ == "police"
