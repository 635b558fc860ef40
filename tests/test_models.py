from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest

from newsweave.models import ARTICLE_SCHEMA, Article, RemovedSegment, Span, to_json


def _article() -> Article:
    return Article(
        id="a1",
        text="The bridge reopened on Monday. Traffic resumed.",
        title="Bridge reopens",
        outlet="Example Post",
        byline="Ana Ruiz",
        published=datetime(2025, 5, 11, 9, 30, tzinfo=UTC),
        url="https://example.org/bridge",
        path="a1.txt",
        language="en",
        removed=(RemovedSegment("Share on facebook", "share", 0, 17),),
    )


def test_article_json_round_trip_is_lossless():
    a = _article()
    d = a.to_json()
    assert d["schema"] == ARTICLE_SCHEMA
    back = Article.from_json(json.loads(json.dumps(d)))
    assert back == a
    assert back.published is not None and back.published.tzinfo is not None


def test_artifacts_are_frozen():
    a = _article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = "changed"  # type: ignore[misc]


def test_span_text_is_the_cited_words():
    a = _article()
    span = Span("a1", 4, 10)
    assert span.text_in(a) == "bridge" == a.span_text(span)


def test_to_json_turns_tuples_and_datetimes_into_json_values():
    d = to_json(_article())
    assert d["removed"] == [{"text": "Share on facebook", "reason": "share", "start": 0, "end": 17}]
    assert d["published"] == "2025-05-11T09:30:00+00:00"
    json.dumps(d)  # serialisable as is
