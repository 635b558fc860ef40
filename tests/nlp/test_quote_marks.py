"""A quotation's opening mark keeps the word it opens on in its sentence
(:mod:`newsweave.nlp.quote_marks`)."""

from __future__ import annotations

import pytest

from newsweave import nlp
from newsweave.config import Settings
from newsweave.nlp.quote_marks import COMPONENT, words_after_opening_marks

SETTINGS = Settings()  # the defaults: no environment read


def _no_start_after(text: str) -> list[str]:
    """The words :func:`words_after_opening_marks` marks as no sentence start in ``text``."""
    doc = words_after_opening_marks(nlp.get_spacy(SETTINGS).make_doc(text))
    return [t.text for t in doc if t.is_sent_start is False]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # multinews 203's shape: the parser ended a sentence on the mark before "Saturday"
        ("After her run hosting 'Harbour Nights,' Ann Weir was offered a season.", ["Harbour"]),
        ("Weir said: “We will sail on Monday.”", ["We"]),
        ('The board met again.\n\n"We will sail on Monday," Weir said.', ["We"]),
        ("Weir called the quay (“a disgrace”) and left.", ["a"]),
        # (an apostrophe that opens a decade: no sentence starts there either)
        ("The ferry's crew rests in the '90s-style cabins.", ["90s"]),
        # a closing mark, and a mark run into the word before it, open nothing
        ('"We will sail," Weir said. The board met on Friday.', ["We"]),
        ("Weir's crew said nothing.", []),
    ],
)
def test_the_word_an_opening_mark_is_run_into_starts_no_sentence(
    text: str, words: list[str]
) -> None:
    assert _no_start_after(text) == words


def test_the_component_runs_before_the_parser() -> None:
    names = nlp.get_spacy(SETTINGS).pipe_names
    assert names.index(COMPONENT) < names.index("parser")
