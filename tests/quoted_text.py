"""Quotes extracted from a text of the test's own prose, and the one that holds some words:
shared by the speaker tests that read one short article."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article, QuoteMention
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes


def mentions(text: str) -> list[QuoteMention]:
    """Every quote and report the extractor finds in ``text``, read as one article."""
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def quote_with(ms: list[QuoteMention], words: str) -> QuoteMention:
    """The first of ``ms`` whose text starts with ``words`` (the test fails naming them all
    when none does)."""
    hits = [m for m in ms if m.text.startswith(words)]
    assert hits, f"nothing with {words!r} in {[m.text for m in ms]}"
    return hits[0]
