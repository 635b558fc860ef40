"""The brief tells its sentences in an order a reader follows: after the news, what was done,
in the order the outlets tell it (the earliest place any of them tells it), then what people
the news is not about said of it."""

from __future__ import annotations

import pytest

from conftest import validation_brief, validation_event
from newsweave.models import Article


@pytest.fixture(scope="module")
def parse(settings):
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze

    nlp = get_spacy(settings)
    return lambda text: analyze([Article("a", text)], nlp)[0].doc


@pytest.mark.parametrize(
    ("opening", "sentence", "says"),
    [
        # a mother's words of her grief come after the acts of the story
        (
            "Four men were arrested over the killing of a teenager at a car wash.",
            "Martha Olsen told reporters she visits her son's grave every day.",
            True,
        ),
        # the words of whom the news is about are the news itself
        (
            "Governor Martha Olsen apologised on Monday for the police raid.",
            "Martha Olsen told reporters she regretted the raid.",
            False,
        ),
        # an office's words tell the news
        (
            "Four men were arrested over the killing of a teenager at a car wash.",
            "Police said the men had followed the teenager from a shop.",
            False,
        ),
        # whose words they are is the subject's own name, not one in a clause describing them
        (
            "Four men were arrested over the killing of a teenager at a car wash.",
            "Martha Olsen, a neighbour who has known Mr. Berg for years, says the shop was quiet.",
            True,
        ),
    ],
    ids=["bystander", "the-news-own", "office", "described"],
)
def test_what_someone_the_news_is_not_about_said_comes_after_the_acts(
    parse, opening: str, sentence: str, says: bool
) -> None:
    from newsweave.synthesis.stages.brief import _person_says

    assert (_person_says(parse(sentence)[:], parse(opening)[:]) == "Olsen") is says


def test_a_real_brief_tells_the_quarrel_and_the_arrests_before_the_grief(settings) -> None:
    """Multinews validation event 161 (a shooting at a Los Angeles car wash): the brief told
    the arrests, then the mother's grief, then the quarrel in the shop that began it all."""
    brief = validation_brief(settings, "mn-val-161")
    grief = [i for i, t in enumerate(brief) if "cemetery" in t]
    acts = [i for i, t in enumerate(brief) if "confronted" in t or "was arrested" in t]
    assert grief and acts, brief
    assert max(acts) < min(grief), brief


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Lena did not respond to the man who approached her and paid for her shoes.", "context"),
        ("The harbour board did not immediately respond to the Gazette's request.", "open"),
        ("The ferry company did not respond to questions on Friday.", "open"),
        ("The mayor did not respond.", "open"),
    ],
    ids=["in-the-story", "request", "questions", "bare"],
)
def test_only_a_silence_the_outlets_wait_on_is_an_open_question(text: str, role: str) -> None:
    """Own prose after multinews validation event 161: "Price did not respond to the man who
    approached him" is a step of the story, and came last as an open question."""
    from newsweave.synthesis.stages.brief import _role

    assert _role(text, set()) == role


def test_a_real_brief_tells_the_band_history_after_its_background_marker(settings) -> None:
    """Multinews validation event 229 (a singer's death): the band's 1967 line-up change came
    second, ahead of the line marked "Background", and read as news."""
    brief = validation_event(settings, "mn-val-229").brief
    marked = [i for i, b in enumerate(brief) if b.label == "background"]
    history = [i for i, b in enumerate(brief) if "1967" in b.text]
    assert marked and history, [b.text for b in brief]
    assert min(marked) < min(history), [b.text for b in brief]
