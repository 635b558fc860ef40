"""A quote over several paragraphs that a line of its own introduces ("Ruiz continued:"): the
line's verb is the cue of every paragraph, one attribution (PolNeAR annotates such a quote as
one Content of several fragments)."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes


def _quote(text: str, prefix: str):
    qs = extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))
    hits = [q for q in qs if q.form == "direct" and q.text.startswith(prefix)]
    assert hits, f"no quote starting {prefix!r} in {[q.text for q in qs]}"
    return hits[0]


def test_a_short_line_closing_on_a_colon_introduces_the_quote_paragraphs_after_it():
    text = (
        "Senator Ana Ruiz spoke for twenty minutes at the union hall in Toledo on Saturday.\n\n"
        "Ruiz continued:\n\n"
        "“We will not let this plant close without a fight. Every family here has given this "
        "company decades of work.\n\n"
        "“And we will be back here next week, and the week after that, until they listen.”"
    )
    first, second = _quote(text, "We will not"), _quote(text, "And we will")
    assert (first.speaker, first.cue) == ("Ana Ruiz", "continued")
    assert (second.speaker, second.cue) == ("Ana Ruiz", "continued")
    assert first.cue_span is not None and second.cue_span == first.cue_span


def test_a_date_line_closing_on_a_colon_introduces_nothing():
    text = (
        "Mayor Ana Ruiz wrote on Twitter that the plant would stay open for at least a year.\n\n"
        "Jan. 24, 2018:\n\n"
        "“The plant stays open, and every job in it stays in Toledo.”"
    )
    assert _quote(text, "The plant stays").speaker == "Ana Ruiz"
