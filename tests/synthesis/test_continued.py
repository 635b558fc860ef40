"""A quoted sentence standing alone after a quote goes on from it, not to the speech verb of the
sentence after it that tells words of its own (:mod:`newsweave.synthesis.quotes.continued`)."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.continued import whole_sentence
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.spans import find_quote_spans


def _quotes(text: str):
    qs = extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))
    return [q for q in qs if q.form == "direct"]


def _quote(text: str, prefix: str):
    hits = [q for q in _quotes(text) if q.text.startswith(prefix)]
    assert hits, f"no quote starting {prefix!r}"
    return hits[0]


def test_a_quote_before_an_added_that_is_more_of_the_said_before_it():
    text = (
        "“We lost the barn and both tractors,” farmer Delia Ortez said on Monday. “The insurer "
        "has not called us once since the flood.” Ortez added that the family would stay with "
        "relatives until the spring."
    )
    first, second = _quote(text, "We lost"), _quote(text, "The insurer")
    assert (second.speaker, second.cue) == ("Delia Ortez", "said")
    assert second.cue_span == first.cue_span  # one utterance, given in two pieces


def test_a_quote_before_someone_else_saying_that_is_not_theirs():
    text = (
        "“The clinic cannot stay open past March,” Dr. Lena Marsh told reporters on Friday. "
        "“We have asked the county for help twice and heard nothing.” Mayor Tom Greaves said "
        "the county had no money left for rural clinics this year."
    )
    assert _quote(text, "We have asked").speaker == "Lena Marsh"


def test_a_quote_after_the_report_it_passed_goes_on_with_that_report():
    text = (
        "“Rates will rise in December,” economist Megan Holt said. “The board has prepared "
        "markets for weeks.” Holt added that the board wants to act well before the election. "
        "“They never like to move in an election year.”"
    )
    later = _quote(text, "They never like")
    assert (later.speaker, later.cue) == ("Megan Holt", "added")


def test_a_credit_line_after_a_quote_still_credits_it():
    text = (
        "“I am going to frame it and hang it in the kitchen.” — Dana Pryor, on her award\n\n"
        "“Somewhere high, where my dog can’t reach it.” — Alan Metz, asked where he would put "
        "his trophy."
    )
    assert _quote(text, "Somewhere high").speaker == "Alan Metz"


def test_a_quote_no_quote_comes_before_keeps_the_verb_after_it():
    text = (
        "The bridge has been closed since the storm in October.\n\n"
        "“The bridge will reopen to traffic in May.” Transport minister Ruth Kell said that the "
        "repairs were on schedule and within budget."
    )
    q = _quote(text, "The bridge will")
    assert (q.speaker, q.cue) == ("Ruth Kell", "said")


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("“It went well,” he said. “We won twice.” He said more.", True),
        ("“We won twice”. He said more.", True),
        ("“Why now?” he asked reporters.", False),  # a question runs on into its attribution
        ("He said: “We won twice.” He said more.", False),  # the colon's clause attributes it
        ("“And then we…” He stopped.", False),  # cut short: no finished sentence
    ],
)
def test_whole_sentence(text, alone):
    sp = [s for s in find_quote_spans(text) if "We won" in text[s.start : s.end]]
    sp = sp or find_quote_spans(text)
    assert whole_sentence(sp[-1], text, 0) is alone
