"""A caption's story day read from the parse, as the page and the store's list both take it
(own prose)."""

from __future__ import annotations

from datetime import date, datetime

from newsweave.models import Article
from newsweave.synthesis.dated import caption_story_days
from newsweave.synthesis.weave import weave

# A picture of Saturday, June 3, 2017 above a story told on the Monday after it: "said Monday"
# is told in the past, so only the parse places the story on Monday rather than Saturday.
STORY = (
    "Water returned to most homes in Harwick, the town's utility said Monday, two days after a "
    "main burst under the high street on Saturday.\n\nCrews worked through Sunday night to lay "
    "a new pipe, and the high street stayed closed to traffic, officials said."
)


def test_the_store_parses_only_a_caption_s_story_of_several_possible_days(settings):
    pictured = Article("c1", STORY, published=datetime(2017, 6, 3), published_source="caption")
    datelined = Article("d1", STORY, published=datetime(2017, 6, 5), published_source="dateline")
    sure = Article(
        "c2",
        "Crowds gathered outside the town hall on Saturday, the mayor said.",
        published=datetime(2017, 6, 3),
        published_source="caption",
    )
    assert caption_story_days([pictured, datelined, sure], settings) == {"c1": date(2017, 6, 5)}
    # the page puts the story on the same day
    assert weave([pictured], settings=settings).events[0].date == "2017-06-05"
