"""An event none of whose articles is dated: the day its texts write with a weekday gives its
relative dates their year (and its own day, when the story names it again), never a day of a
list of days or of a future clause. Own prose, shaped like multinews 111, 104, 240 and 161."""

from __future__ import annotations

from datetime import datetime

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.synthesis.weave import weave


def _timeline(*texts: str, published: datetime | None = None):
    arts = [Article(f"u{i}", t, published=published) for i, t in enumerate(texts)]
    return run(Workspace(arts), ["timeline"]).timeline


def _on(timeline, iso: str):
    return [e for e in timeline if e.date == iso and e.precision == "day"]


SINGER = (
    "Pop singer Ana Lund died on Wednesday, November 21, her manager confirmed to reporters. "
    "Lund had been diagnosed with a rare cancer in October 2017, and the band cancelled a tour "
    "planned for the spring of 2018. Her bandmates visited her in hospital on November 12, "
    "a week before her death, her manager said."
)


def test_a_weekday_fixes_the_year_of_an_undated_death() -> None:
    """Multinews 111: "died on Wednesday, November 21", with 2017 and 2018 named elsewhere and
    no article dated, was left off the timeline. Of 2018 and 2019 only 2018 has a Wednesday 21
    November: the death is 2018-11-21, and a yearless "November 12" of the same texts is 2018's;
    each entry says how its year was found."""
    tl = _timeline(SINGER)
    death = _on(tl, "2018-11-21")
    assert death and "died" in death[0].text, tl
    assert death[0].note and "Wednesday, November 21" in death[0].note
    assert _on(tl, "2018-11-12"), tl


def test_the_undated_event_takes_the_day_of_its_lead() -> None:
    """The event's date, with no article dated: the day its lead tells (multinews 111 said
    "Date: unknown")."""
    other = (
        "The band's manager said Ana Lund died on Wednesday, November 21, after a long illness. "
        "The band had released a new single in July 2018, its first in years."
    )
    [event] = weave([Article("s0", SINGER), Article("s1", other)]).events
    assert event.date == "2018-11-21", event.date


def test_a_weekday_of_a_list_of_days_fixes_no_year() -> None:
    """Multinews 104: "anchors from South Korea on Monday and Tuesday, April 3 and 4" (of 2017)
    read as a Tuesday April 3 would put the event in 2018: a weekday in a list of days is not
    the weekday of the day written after it."""
    text = (
        "The anchor presents the evening news from the air base on Monday and Tuesday, April 3 "
        "and 4, the network said. The base was built in 1953 and was expanded in 2017. The "
        "network first broadcast from the base on April 10, its spokeswoman said."
    )
    tl = _timeline(text)
    assert not [e for e in tl if e.date.startswith("2018")], tl
    assert not [e for e in tl if e.expression == "April 10"], tl


def test_a_publication_stamp_gives_the_story_its_day() -> None:
    """Multinews 240: a video's "(Published Saturday, Sept. 29, 2018)" above a story of what
    police found "on Saturday": the story names its day again, so its Saturday is that day."""
    text = (
        "A man was charged with murder in the death of his young brother. (Published Saturday, "
        "Sept. 29, 2018)\n\nOfficers responding to a call found the boy unconscious in the "
        "courtyard outside his home in Brooklyn around 3:30 a.m. on Saturday, police said."
    )
    tl = _timeline(text)
    found = _on(tl, "2018-09-29")
    assert found and "courtyard" in found[0].text, tl


def test_an_undated_event_takes_the_day_its_stories_are_told_on() -> None:
    """Multinews 95 and 240 said "Date: unknown" though a video's stamp, "(Published Thursday,
    July 24, 2014)", sat above a story told "on Thursday": when no article is dated and no
    dated entry tells the main fact, the event's date is the day its stories are told on."""
    stamped = (
        "(Published Thursday, July 24, 2014)\n\nA patient shot a caseworker at a clinic in "
        "Darby, killing her. The clinic's doctor drew his own gun and wounded the patient, the "
        "district attorney told reporters on Thursday."
    )
    other = "A patient shot a caseworker at a clinic in Darby, killing her, police said."
    [event] = weave([Article("p0", stamped), Article("p1", other)]).events
    assert event.date == "2014-07-24", event.date


def test_a_day_in_a_future_clause_anchors_nothing() -> None:
    """A court date to come ("is due to appear in court on Friday, July 19") is no day the
    story is told on or after: it gives the texts' other dates no year."""
    text = (
        "The suspect is due to appear in court on Friday, July 19, prosecutors said. He was "
        "arrested in 2018 after a long inquiry. Police searched his home on June 30, officers "
        "said."
    )
    tl = _timeline(text)
    assert not [e for e in tl if e.expression == "June 30"], tl


def test_a_hearing_put_off_to_a_day_is_not_last_years() -> None:
    """Multinews 161, a June 2015 story: "Johnson's arraignment was continued to July 6" was
    put on 2014-07-06 (a yearless date told in the past takes the past year); the day a hearing
    is put off to is still to come, the nearest July 6."""
    text = (
        "Johnson's arraignment was continued to July 6, prosecutors said. "
        "Smith's hearing was postponed to July 8 after his lawyer fell ill."
    )
    tl = _timeline(text, published=datetime(2015, 6, 24))
    assert _on(tl, "2015-07-06") and _on(tl, "2015-07-08"), tl
    assert not [e for e in tl if e.date.startswith("2014")], tl


def test_a_past_day_after_the_bound_keeps_the_bounds_year() -> None:
    """Multinews 246, a Thanksgiving story under a picture of "Wednesday, Sept. 2, 2015": the
    story is told on or after that day, so "indicted ... on November 19", told in the past, is
    the November 19 after it (2015), not the one before (2014)."""
    text = (
        "A police officer watches as a cruiser is removed from the road, Wednesday, Sept. 2, "
        "2015, in Millis.\n\nA grand jury indicted the former officer on November 19 on six "
        "charges. He was found dead at his home on Thanksgiving morning, prosecutors said."
    )
    tl = _timeline(text)
    assert _on(tl, "2015-11-19"), tl
    assert not [e for e in tl if e.date.startswith("2014")], tl


def test_a_photo_s_day_is_the_event_s_only_where_the_story_is_told_on_it() -> None:
    """Multinews 146, 209, 056: an article dated only by its photo's caption (Tuesday) tells
    what leaders announced "Wednesday": the event is of the Wednesday, not of the picture; a
    picture older than the story (a 2007 photo over what happened in 2008) dates nothing."""
    deal = (
        "The council's two party leaders announced Wednesday they had sealed a two-year budget "
        "deal for the harbour. The assembly passed a stopgap bill Tuesday that keeps the ferries "
        "running until March."
    )
    photo = Article("c0", deal, published=datetime(2018, 2, 6), published_source="caption")
    other = Article("c1", "The harbour's budget deal was sealed by the two party leaders.")
    [event] = weave([photo, other]).events
    assert event.date == "2018-02-07", event.date
    old = (
        "A plant that turns straw into fuel opened near Lakeport in March 2008, its owners said. "
        "It makes two million litres a year."
    )
    pump = Article("c2", old, published=datetime(2007, 12, 6), published_source="caption")
    [event] = weave([pump, Article("c3", "The Lakeport straw-fuel plant opened in 2008.")]).events
    assert event.date != "2007-12-06", event.date


def test_a_main_fact_dated_years_before_the_story_s_news_is_background() -> None:
    """Multinews 157: two undated reports of a woman identified decades after she was killed
    led with the death "on April 1, 1990" and told of a database linked in March 2017; the
    page was dated 1990-04-01. A main fact's day years before another day or month the same
    articles date is the story's background: the event stays undated rather than misdated."""
    texts = (
        "A woman who was struck and killed by two cars on April 1, 1990, was identified this "
        "week, the county coroner said. Investigators said a fingerprint database linked to the "
        "FBI in March 2017 helped match her prints to a job application.",
        "The coroner confirmed the identity of a woman killed on April 1, 1990, when two cars "
        "struck her on the coast highway. Her fingerprints, taken for a job in 1987, were matched "
        "after the state linked its database to the FBI in March 2017.",
    )
    [event] = weave([Article(f"k{i}", t) for i, t in enumerate(texts)]).events
    assert event.date is None, event.date
    assert any(e.date == "1990-04-01" for e in event.timeline)  # still on the timeline
