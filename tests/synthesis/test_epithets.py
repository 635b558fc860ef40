"""An epithet goes on about the person just told of: "says the mom of two" is that person, found
as a "she" would be; the parent of someone the article counts is someone else."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.epithets import parent_epithet
from quoted_text import mentions, quote_with


def _head(text: str, word: str) -> bool:
    doc = get_spacy(Settings())(text)
    return parent_epithet(next(t for t in doc if t.lower_ == word))


def test_a_bare_count_of_children_makes_the_epithet():
    assert _head("The mom of two laughed.", "mom")
    assert _head("The father of three young boys laughed.", "father")


def test_the_parent_of_someone_counted_is_no_epithet():
    assert not _head("The mother of two of the victims laughed.", "mother")
    assert not _head("The father of the three boys laughed.", "father")
    assert not _head("A mother of two laughed.", "mother")


def test_the_mom_of_two_is_the_woman_the_article_goes_on_about():
    text = (
        "Governor Dana Whitfield isn't sure Ron Baxter will run for the Senate. She is happy "
        "where she is for now.“I have small children,” says the mom of two, when asked about "
        "a run. “I love this job.”"
    )
    ms = mentions(text)
    assert quote_with(ms, "I have small children").speaker == "Dana Whitfield"
    assert quote_with(ms, "I love this job").speaker == "Dana Whitfield"


def test_the_mom_of_two_with_no_woman_before_stays_described():
    text = (
        "Ron Baxter will run for the Senate. He is sure of it.“I have small children,” says "
        "the mom of two, when asked about a run."
    )
    assert quote_with(mentions(text), "I have small children").speaker == "the mom"
