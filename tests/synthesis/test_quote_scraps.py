"""Quotes a reader can take as someone's words (issue #13): a word or two of the writer's
sentence in quotation marks is a term, not a statement, and reported speech whose content
names only a topic, was cut short or lost its subject is not listed as what was said."""

from __future__ import annotations

import pytest

from newsweave.models import Article, QuoteMention
from newsweave.synthesis.quotes.merging import merge_quotes


@pytest.fixture(scope="module")
def embedder(settings):
    from newsweave.nlp import get_embedder

    return get_embedder(settings)


def test_a_word_or_two_of_the_writers_sentence_is_a_term(embedder) -> None:
    """After multinews validation events 141, 238 and 29: "… after she hit him in frustration
    and his “health declined,” the police said" lists Stinson's two words as her term, so is
    Sykes's “is a hot mess.” cut from the writer's sentence, and an
    unattributed “encrypted” is a scare quote, listed not at all; a short utterance ("Thank
    you.", an exclamation, an unattributed sentence) stays a statement."""
    said = [
        ("health declined", "Charisse Stinson"),
        ("is a hot mess.", "Charlie Sykes"),
        ("encrypted", None),
        ("Thank you.", "Ida Stone"),
        ("biggest story on Earth!", "Donald Trump"),
        ("That is absolutely false", None),
    ]
    mentions = [
        QuoteMention(article=f"a{k}", text=t, start=0, end=len(t), speaker=who, cue="said")
        for k, (t, who) in enumerate(said)
    ]
    arts = [Article(id=m.article, text=m.text) for m in mentions]
    listed = {(q.text, q.speaker, q.kind) for q in merge_quotes(mentions, arts, embedder)}
    assert listed == {
        ("health declined", "Charisse Stinson", "term"),
        ("is a hot mess", "Charlie Sykes", "term"),  # (the writer's full stop left out)
        ("Thank you.", "Ida Stone", "statement"),
        ("biggest story on Earth!", "Donald Trump", "statement"),
        ("That is absolutely false", None, "statement"),
    }, listed


def test_reported_speech_that_tells_nothing_said_is_not_listed() -> None:
    """Own prose after multinews validation events 141 and 9: "confirmed the charges" names
    what the words were about; "Police added Stinson showed little emotion" was listed as the
    police's "showed little emotion …", their own deed; the mayor's claim stays."""
    from newsweave.synthesis.weave import weave

    texts = [
        "Police Lt. Randall Chaney confirmed the charges on Monday. "
        "Police added Stinson showed little emotion during her confession at the station. "
        "Mayor Ana Lindqvist said the ferry would keep running through March.",
        "Mayor Ana Lindqvist said the ferry would keep running through March. "
        "The harbour pilot was charged on Monday after the ferry struck the pier.",
    ]
    (ev,) = weave([Article(id=f"p{i}", text=t) for i, t in enumerate(texts)]).events
    reported = {(q.speaker, q.text) for q in ev.quotes if q.form == "indirect"}
    assert ("Ana Lindqvist", "the ferry would keep running through March") in reported, reported
    assert not [r for r in reported if r[1].startswith("the charges")], reported
    assert not [r for r in reported if r[1].startswith("showed")], reported
