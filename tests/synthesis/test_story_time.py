"""A date that sets a story (a film's, a book's) is no happening of the news (own prose shaped
like the multinews 046 and 135 reviews)."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.synthesis.story_time import dates_a_setting


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp.load import get_spacy

    return get_spacy(settings)


@pytest.mark.parametrize(
    ("text", "date_words", "setting"),
    [
        ("The whole film is set in 1968, when the mill towns were emptying.", "1968", True),
        ("The director set this version of the fable in the winter of 1941.", "1941", True),
        (
            "The play, set in the build-up to the Berlin airlift in 1948, will be staged.",
            "1948",
            True,
        ),
        ("The novel, which is set in 1920s Vienna, was published in 2003.", "2003", False),
        ("They hope to beat the altitude record set in 1985 by two Swiss pilots.", "1985", False),
        (
            "The mayor's fall was set in motion in 2019 when a clerk wrote to a paper.",
            "2019",
            False,
        ),
    ],
)
def test_a_date_that_sets_a_story_is_told_apart(nlp, text, date_words, setting) -> None:
    """Multinews 046: "The whole movie is set in 1973", "screenwriters set this version of
    “Kong” in the summer of 1973"; 135: "The movie, set in the build-up to the Falklands
    conflict in 1982". A record or a chain of happenings set then is a happening."""
    start = text.index(date_words)
    assert dates_a_setting(nlp(text), start, start + len(date_words)) is setting


def test_a_film_s_setting_is_no_timeline_entry() -> None:
    """The review's timeline keeps the film's release, not the year its story is set in."""
    art = Article(
        "r0",
        "The whole film is set in 1968, when the mill towns of the north were emptying. "
        "The studio released the film in 2019 after a long fight over its ending.",
        published=datetime(2024, 5, 10),
    )
    tl = run(Workspace([art]), ["timeline"]).timeline
    assert [e.date for e in tl] == ["2019-01-01"], tl
