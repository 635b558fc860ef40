"""Quoted words a source is told not to have said, or only to seem to have said, are not listed
as the source's quote (:mod:`newsweave.synthesis.quotes.unsaid`); a negation that asserts the
saying (a conditional's inversion, "not just") and a lie told in the source's own words leave
the quote his. Texts are our own prose in the shape of the Multi-News failures they stand for."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.models import Article, QuoteMention
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.stages.quotes import _unsaid


def _direct(text: str) -> tuple[QuoteMention, bool]:
    """The text's one direct quote, and whether the stage takes it for words never said."""
    doc = get_spacy(Settings())(text)
    ms = [m for m in extract_quotes(Article(id="t", text=text), doc) if m.form == "direct"]
    assert len(ms) == 1, [(m.text, m.speaker) for m in ms]
    return ms[0], _unsaid(ms[0], {"t": doc})


@pytest.mark.parametrize(
    "text",
    [
        # (120: a translation "made it appear as if he himself said that “camps …”")
        "In a speech the mayor gave on Friday, a translation app made it appear as if he "
        'himself said that "the harbour will close for good." Should he resign?',
        'Mayor Ann Kessler never said "the harbour will close for good."',
        'Mayor Ann Kessler denied saying "the harbour will close for good."',
        'Mayor Ann Kessler denied that she had said "the harbour will close for good."',
        'In the video, Mayor Ann Kessler appeared to say "the harbour will close for good."',
        'A local blog falsely quoted Mayor Ann Kessler as saying "the harbour will close for '
        'good."',
    ],
)
def test_words_the_source_did_not_say_are_not_listed_as_hers(text):
    _quote, unsaid = _direct(text)
    assert unsaid


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The remark would have passed unnoticed, had the governor not written back, "
            '"Thanks for the kind words."',
            "governor",
        ),
        (
            'Ann Kessler did not just say "the harbour will close," she shouted it twice.',
            "Ann Kessler",
        ),
        ('Mayor Ann Kessler falsely said "the harbour will close for good."', "Ann Kessler"),
        ('"The harbour will close for good," Mayor Ann Kessler said on Friday.', "Ann Kessler"),
        # (193: a denied want is no denied saying)
        (
            'Spokesman Josh Bell said he did not want "to get into a rhythm of responding" to '
            "every rumour.",
            "Josh Bell",
        ),
        # (142: the saying is not what the later verb denies)
        (
            'The lawsuit, filed by Ann Kessler, argues that the tracker is "wildly inaccurate", '
            "a claim the company denies.",
            "lawsuit",
        ),
    ],
)
def test_words_the_source_said_stay_hers(text, speaker):
    quote, unsaid = _direct(text)
    assert not unsaid
    assert quote.speaker is not None and speaker in quote.speaker


def _reported(text: str, cue: str) -> tuple[QuoteMention, bool]:
    """The text's one report told by ``cue``, and whether the stage takes it for words never
    said."""
    doc = get_spacy(Settings())(text)
    ms = [m for m in extract_quotes(Article(id="t", text=text), doc) if m.cue == cue]
    assert len(ms) == 1, [(m.text, m.cue) for m in ms]
    return ms[0], _unsaid(ms[0], {"t": doc})


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # (092: "asked Salon to help him deny that he was Enoch" was listed as his denial)
        (
            "The founder of the forum then asked the newspaper to help him deny that he was the "
            "host of the show. He gave no reason.",
            "deny",
        ),
        ("The mayor urged the council to say that the harbour would stay open.", "say"),
    ],
)
def test_a_saying_only_asked_for_is_not_listed(text, cue):
    _report, unsaid = _reported(text, cue)
    assert unsaid


@pytest.mark.parametrize(
    "text",
    [
        "The founder denied that he was the host of the show.",
        # (a passive's "asked": no one named is asked, the denial is made)
        "Asked about the report, the founder denied that he was the host of the show.",
    ],
)
def test_a_saying_made_stays_listed(text):
    report, unsaid = _reported(text, "denied")
    assert not unsaid
    assert report.speaker is not None and "founder" in report.speaker
