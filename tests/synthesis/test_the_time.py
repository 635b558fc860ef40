"""A year that is what "it" is names the time, no happening (own prose shaped like multinews
049's closing remark)."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.synthesis.the_time import dates_a_described_year, dates_the_time


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp.load import get_spacy

    return get_spacy(settings)


def _is_the_time(nlp, text: str, year: str) -> bool:
    doc = nlp(text)
    start = text.index(year)
    return dates_the_time(doc, start, start + len(year))


def test_a_year_that_is_what_it_is_is_no_happening(nlp) -> None:
    """Multinews 049 ended its timeline on "“By the way Mr Speaker, it is 2016,” he said in
    closing": the year the speaker is in, not when anything was done."""
    assert _is_the_time(nlp, "“Honestly, Madam Chair, it is 2021,” she said at the end.", "2021")
    article = Article(
        "t0",
        "The motion passed on Tuesday. “Honestly, Madam Chair, it is 2021,” she said at the end.",
        published=datetime(2021, 6, 3),
    )
    timeline = run(Workspace([article]), ["timeline"]).timeline
    assert all(e.date != "2021-01-01" for e in timeline), timeline


def test_a_year_with_what_happened_then_stays(nlp) -> None:
    """ "It was 2005 when the mill closed" tells a happening of 2005, as a plain "closed in 2005"
    does."""
    assert not _is_the_time(nlp, "It was 2005 when the mill closed.", "2005")
    assert not _is_the_time(nlp, "It was 1999, and the band had just split.", "1999")
    assert not _is_the_time(nlp, "The mill closed in 2005.", "2005")


def test_a_year_in_the_present_is_a_setting(nlp) -> None:
    """Multinews 046's only entry was a review's "--it's 1973, in the waning days of the Vietnam
    conflict, and he's still smarting ...": the clause after the year tells the film's present,
    no happening of 1973."""
    text = (
        "The pilot is played by a veteran actor--it's 1968, in the last months of the war, "
        "and he's still angry about the crash."
    )
    assert _is_the_time(nlp, text, "1968")


def _is_described(nlp, text: str, year: str) -> bool:
    doc = nlp(text)
    start = text.index(year)
    return dates_a_described_year(doc, start, start + len(year))


def test_a_year_said_to_be_a_kind_of_year_is_no_happening(nlp) -> None:
    """Multinews 227 dated an entry by "Even though 2010 was a successful election year for
    Republicans, the candidates ... both lost": the sentence says what kind of year it was."""
    assert _is_described(
        nlp, "Although 2012 was a dry summer for the valley, the growers kept their crops.", "2012"
    )
    assert _is_described(nlp, "The council said 1998 was the wettest year on record.", "1998")


def test_a_year_told_with_its_happening_stays(nlp) -> None:
    """A clause on the year's noun that tells what happened then keeps it a happening."""
    assert not _is_described(nlp, "2005 was the year the old mill closed.", "2005")
    assert not _is_described(nlp, "The mill closed in 2005 after a long strike.", "2005")
