"""Dates that date no happening (:mod:`newsweave.synthesis.no_happening`), on own prose shaped
like the multinews sentences that stood first or last on their timelines."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article, Span
from newsweave.synthesis.dated import DateMention
from newsweave.synthesis.no_happening import (
    dates_a_bound,
    dates_a_state_since,
    dates_a_supposition,
)
from newsweave.synthesis.pipeline import Workspace, run


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp.load import get_spacy

    return get_spacy(settings)


def _mention(text: str, words: str) -> DateMention:
    start = text.index(words)
    return DateMention("a", start, start + len(words), words, "year", None, None)


def test_a_date_placing_what_since_names_starts_a_state(nlp) -> None:
    """Multinews 107 opened its timeline on a columnist's "the least obstructed President since
    LBJ in 1965 or FDR in 1933", 009 closed its on "whiplashed by Trump's drama since his first
    day as a candidate in June 2015": each date places the one "since" names, and the sentence
    tells a state lasting until now."""
    text = (
        "The mayor has been the least opposed leader since Harrow in 1971 or Bell in 1958. "
        "The party has been shaken by his temper since his first week as a candidate in 2019."
    )
    doc = nlp(text)
    for year in ("1971", "1958", "2019"):
        assert dates_a_state_since(doc, text, _mention(text, year)), year


def test_a_clause_after_since_tells_its_happening(nlp) -> None:
    """Words after "since" that hold a verb tell what happened then: it stays."""
    text = "She has lived in the harbour town since she moved there in 1987."
    assert not dates_a_state_since(nlp(text), text, _mention(text, "1987"))


def test_a_state_since_leaves_the_timeline() -> None:
    """The state goes from the timeline, the happening told beside it stays."""
    text = (
        "The mayor has been the least opposed leader since Harrow in 1971. "
        "Harrow won the harbour seat in 1969."
    )
    tl = run(Workspace([Article("s1", text, published=datetime(2012, 4, 2))]), ["timeline"])
    assert [e.date for e in tl.timeline] == ["1969-01-01"], tl.timeline


def _supposed(nlp, text: str, words: str) -> bool:
    doc = nlp(text)
    dm = _mention(text, words)
    sentence = next(s for s in doc.sents if s.start_char <= dm.start < s.end_char)
    return dates_a_supposition(
        doc, replace(dm, sentence=Span("a", sentence.start_char, sentence.end_char))
    )


def test_what_is_called_possible_or_hoped_for_is_no_happening(nlp) -> None:
    """Multinews 221's only entry was a columnist's "It's entirely possible that ... Republicans
    will win the White House in 2012", 026's a charity's "we hope to begin handling some of
    these cases in 2017": what might be, no happening."""
    guess = (
        "It's quite possible that the council will lose its majority in May, rents will stay "
        "high, and the harbour party will win the mayoralty in 2030."
    )
    assert _supposed(nlp, guess, "2030")
    hope = "At this rate of work, we hope to start repairing some of the old quays in 2031."
    assert _supposed(nlp, hope, "2031")


def test_a_plan_and_a_happening_stay(nlp) -> None:
    """A plan told as what will be done, and what was done, are dated."""
    assert not _supposed(nlp, "The council plans to open the new quay in 2031.", "2031")
    assert not _supposed(nlp, "The harbour party won the mayoralty in 2030.", "2030")


def test_a_happening_since_names_stays(nlp) -> None:
    """Multinews 239: "struggling to make ends meet since the tragic death of her husband in
    2012" names a happening of 2012, shown by those words."""
    text = "Ms. Holt has been struggling to pay rent since the sudden death of her son in 2015."
    assert not dates_a_state_since(nlp(text), text, _mention(text, "2015"))


def test_the_last_since_places_the_date(nlp) -> None:
    """Multinews 182 dated an entry by "down 50 percent since 2008 and 78 percent since their
    peak in 2000": the date places the peak the second "since" names, a figure's start."""
    text = "Arrests have fallen 40 percent since 2011 and 65 percent since their peak in 1996."
    assert dates_a_state_since(nlp(text), text, _mention(text, "1996"))


def test_a_date_bounding_a_stretch_of_days_is_no_happening(nlp) -> None:
    """Multinews 169 dated an entry by "the average closing price of the 20 trading days
    preceding March 21, 2014": the date bounds the days the price was averaged over."""
    text = "The stake was priced at the average of the 30 trading days preceding June 4, 2019."
    doc = nlp(text)
    start = text.index("June 4, 2019")
    dm = DateMention("a", start, start + len("June 4, 2019"), "June 4, 2019", "mdy", None, None)
    assert dates_a_bound(doc, dm)
    text = "The stake was sold on June 4, 2019, after a long fight."
    start = text.index("June 4, 2019")
    dm = DateMention("a", start, start + len("June 4, 2019"), "June 4, 2019", "mdy", None, None)
    assert not dates_a_bound(nlp(text), dm)
