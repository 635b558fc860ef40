"""A short quoted phrase set alone as a section's heading is nobody's quote
(:mod:`newsweave.synthesis.quotes.crossheads`); speech alone on its line stays speech. Texts are
our own prose in the shape of the Multi-News failures they stand for."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.models import Article, QuoteMention
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes

STORY = (
    "Mayor Ann Kessler signed the harbour bill on Tuesday after a week of protests.\n\n"
    "“This protects the fishing fleet and the jobs that depend on it,” Kessler told "
    "reporters at the town hall.\n\n"
    "{line}\n\n"
    "The port authority said it would review the bill with the county before the summer."
)


def _quotes(text: str) -> list[QuoteMention]:
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


@pytest.mark.parametrize(
    "line", ["‘Rewritten Narrative’", "'Zero visibility'", "'You will not win'"]
)
def test_a_quoted_heading_between_paragraphs_is_nobodys_quote(line):
    # (120: "‘Rewritten Narrative’" listed as Andrzej Duda's, the speaker of the quote before)
    heading = line.strip("‘’'")
    assert not [q for q in _quotes(STORY.format(line=line)) if q.text == heading]


@pytest.mark.parametrize(
    "line",
    [
        "“We will rebuild the pier.”",  # a sentence
        "'Best harbour ever!'",  # a shout
        "“Monica?”",  # a question
    ],
)
def test_speech_alone_on_its_line_is_kept(line):
    words = line.strip("“”'")
    assert [q for q in _quotes(STORY.format(line=line)) if q.text == words]


def test_a_line_introduced_by_a_colon_is_kept():
    text = (
        "Hundreds marched to the town hall on Saturday, and the crowd chanted:\n\n"
        "“Save our harbour”\n\n"
        "Police said the march was peaceful."
    )
    assert [q for q in _quotes(text) if q.text == "Save our harbour"]


def test_a_heading_closing_the_text_heads_nothing_and_is_kept():
    text = STORY.split("{line}")[0] + "‘Rewritten Narrative’"
    assert [q for q in _quotes(text) if q.text == "Rewritten Narrative"]
