"""A "she" is never credited to a name the parse cannot tell is hers (#15): a full name typed
a person's is not "mistyped" for a title left out of the entity, and a name that only
modifies a noun ("President Trump Twitter jokes"), of no known gender, is no one a "she"
stands for, nor one to pass over for someone named before."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.index import article_index, only_modifies
from newsweave.synthesis.quotes.sentences import mistyped_persons
from quoted_text import mentions, quote_with

JOKES = (
    "Actress Marla Quinlan arrived at the theatre early on Sunday.\n\n"
    "Backstage, host Tom Berry makes President Trump Twitter jokes.\n\n"
    '"What, what?" she says.'
)


def test_a_she_is_not_a_name_that_only_modifies_a_noun() -> None:
    # the parse's one person there is no one a "she" is told of, nor one to pass over for
    # someone named before: unattributed, not "Trump Twitter"
    said = quote_with(mentions(JOKES), "What, what?")
    assert said.speaker is None


def test_a_name_typed_a_person_past_its_title_is_not_mistyped() -> None:
    idx = article_index(get_spacy(Settings())(JOKES))
    jokes = next(e for e in idx.doc.ents if e.text == "Trump Twitter")
    assert jokes.label_ == "PERSON"
    k = idx.sentence_no(jokes[0])
    assert all(o.name != "Trump Twitter" for o in mistyped_persons(k, idx))
    assert only_modifies(jokes, idx)


def test_a_modifying_name_of_a_known_gender_still_counts() -> None:
    idx = article_index(
        get_spacy(Settings())(
            "Barack Obama spoke on Monday.\n\nCritics attacked the Obama administration again."
        )
    )
    obama = next(e for e in idx.doc.ents if e.text == "Obama" and e.start > 3)
    assert not only_modifies(obama, idx)
