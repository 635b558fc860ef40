"""An event's day from its articles' stamps, as the store's list shows it: never a day the
event's page contradicts (own prose)."""

from __future__ import annotations

from datetime import date, datetime

from newsweave.models import Article
from newsweave.synthesis.event_day import day_needs_parse, stamped_day, story_days

# A photo of Saturday, June 3, 2017 above a story that names that day by its weekday.
PHOTO = datetime(2017, 6, 3)


def pictured(aid: str, text: str) -> Article:
    return Article(aid, text, published=PHOTO, published_source="caption")


def test_a_caption_s_story_is_on_a_day_its_weekdays_may_reach_back_the_least_from():
    """The page reads a caption's story day from the weekdays its text tells in the past: only
    the parse tells which, so every day one of them could give is possible, and no other."""
    alone = "Crowds gathered on Saturday outside the town hall, the mayor said."
    assert story_days(alone, PHOTO.date()) == {date(2017, 6, 3)}
    # "Monday" may be told in the past (the story is of Monday) or ahead (it is of Saturday)
    ahead = alone + " The council meets on Monday."
    assert story_days(ahead, PHOTO.date()) == {date(2017, 6, 3), date(2017, 6, 5)}
    # a Friday told in the past lies one day back from Saturday, six from anything later
    before = alone + " Police closed the square on Friday."
    assert story_days(before, PHOTO.date()) == {date(2017, 6, 3)}


def test_the_list_shows_a_day_only_where_no_reading_of_the_captions_changes_it():
    datelined = Article(
        "d1", "The town hall reopened.", published=datetime(2017, 6, 5), published_source="dateline"
    )
    sure = pictured("c1", "Crowds gathered on Saturday outside the town hall, the mayor said.")
    unsure = pictured("c2", "Crowds gathered on Saturday. The council meets on Monday.")
    # one publication day against a caption's story of that Saturday: a tie, the earlier day
    assert stamped_day([datelined, sure]) == "2017-06-03"
    # the second caption's story may be of Saturday (then Saturday leads) or of Monday
    assert stamped_day([datelined, sure, unsure]) is None
    # a caption whose text never names its day counts for nothing, as on the page
    silent = pictured("c3", "Crowds gathered outside the town hall, the mayor said.")
    assert stamped_day([silent]) is None
    assert stamped_day([datelined, silent]) == "2017-06-05"


def test_a_caption_s_story_day_the_parse_gave_dates_the_list():
    """Multinews 076, 146, 234, 027, 077, 204: the page dated an event by a caption's story
    whose weekdays only the parse reads, and the list showed it undated. The store keeps the
    day the parse put such a story on, and the list counts it as the page does."""
    datelined = Article(
        "d1", "The town hall reopened.", published=datetime(2017, 6, 5), published_source="dateline"
    )
    unsure = pictured("c2", "Crowds gathered on Saturday. The council meets on Monday.")
    assert day_needs_parse(unsure)
    assert stamped_day([datelined, unsure]) is None
    assert stamped_day([datelined, unsure], {"c2": date(2017, 6, 5)}) == "2017-06-05"
    # the parse read "Monday" as ahead: the story is of Saturday, the earlier day of a tie
    assert stamped_day([datelined, unsure], {"c2": date(2017, 6, 3)}) == "2017-06-03"


def test_only_a_caption_s_story_of_several_possible_days_needs_the_parse():
    sure = pictured("c1", "Crowds gathered on Saturday outside the town hall, the mayor said.")
    silent = pictured("c3", "Crowds gathered outside the town hall, the mayor said.")
    datelined = Article(
        "d1", "Crowds gathered on Saturday. The council meets on Monday.", published=PHOTO
    )
    assert not any(day_needs_parse(a) for a in (sure, silent, datelined))
