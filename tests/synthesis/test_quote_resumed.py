"""Quotes whose cue or speaker stands apart from them: words resumed after an ellipsis, a
statement that "goes on to say", quoted words a reported clause's non-speech verb governs."""

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


def test_a_quote_paragraph_opening_on_an_ellipsis_continues_the_quote_before():
    text = (
        "“We waited for hours and nobody came,” Delia Ortez said.\n\n"
        "“ ... and then we left, because the water was still rising.”"
    )
    assert _quote(text, "... and then").speaker == "Delia Ortez"


def test_an_ellipsis_paragraph_after_an_account_stays_unattributed():
    # the paragraph before reports what a couple did: the cut words are nobody's named there
    text = (
        "The couple told the police, and officers listened when the husband called the "
        "lawyer again and said he wanted to meet.\n\n"
        "“ ... find him and talk to him yourself.”"
    )
    assert _quote(text, "... find him").speaker is None


def test_a_statement_that_goes_on_to_say_speaks_its_words():
    text = (
        "Northwind Airlines defended its record on Tuesday.\n\n"
        "The statement goes on to say, “Every aircraft in our fleet was inspected this spring.”"
    )
    assert _quote(text, "Every aircraft").speaker == "the statement"


def test_quoted_words_a_described_subject_continues_are_the_report_speakers():
    text = (
        "Senator Mara Quill said her campaign would continue “to fight for working families” "
        "across the state."
    )
    q = _quote(text, "to fight")
    assert (q.speaker, q.cue) == ("Mara Quill", "said")


def test_a_described_subject_introducing_a_quote_paragraph_speaks_it():
    text = (
        "Prosecutors charged him in May with obstruction of justice.\n\n"
        "Vasiliades’ lawyer released the following statement:\n\n"
        "“The State has a heavy burden. Until it proves each allegation, my client is innocent.”"
    )
    assert _quote(text, "The State has").speaker == "Vasiliades’ lawyer"
