"""Date rules: resolving explicit, relative and weekday expressions against an anchor day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsweave.text.dates import (
    date_candidates,
    date_from_url,
    full_dates,
    loose_date,
    parse_date,
    resolve_date,
    stamp_date,
)

SUNDAY = date(2025, 5, 11)  # the seeds' publication day


@pytest.mark.parametrize(
    ("expr", "tense", "iso", "precision"),
    [
        # weekdays, news convention: past → on or before the anchor, future → on or after
        ("Thursday", "future", "2025-05-15", "day"),
        ("on Thursday", "future", "2025-05-15", "day"),
        ("Thursday", "past", "2025-05-08", "day"),
        ("Thursday", None, "2025-05-08", "day"),  # unknown tense: past is the news default
        ("Saturday", "past", "2025-05-10", "day"),
        ("on Sunday", "past", "2025-05-11", "day"),  # the anchor's own weekday is the anchor
        ("Sunday", "future", "2025-05-11", "day"),
        ("early Sunday", None, "2025-05-11", "day"),
        ("the early hours of Sunday", None, "2025-05-11", "day"),
        ("later on Sunday", None, "2025-05-11", "day"),
        ("Monday", "future", "2025-05-12", "day"),
        ("next Monday", None, "2025-05-12", "day"),
        ("next Sunday", None, "2025-05-18", "day"),  # "next" is strictly after
        ("last Sunday", None, "2025-05-04", "day"),  # "last" is strictly before
        ("Sunday morning", "past", "2025-05-11", "day"),
        # explicit dates
        ("May 11, 2025", None, "2025-05-11", "day"),
        ("Feb. 24, 2022", None, "2022-02-24", "day"),
        ("Sept. 11, 2001", None, "2001-09-11", "day"),
        ("11 May 2025", None, "2025-05-11", "day"),
        ("2025-05-11", None, "2025-05-11", "day"),
        ("on May 7", "past", "2025-05-07", "day"),
        ("May 15", None, "2025-05-15", "day"),
        ("Thursday, May 15", None, "2025-05-15", "day"),
        # months and years
        ("in June 2024", None, "2024-06-01", "month"),
        ("February 2022", None, "2022-02-01", "month"),
        ("in March", None, "2025-03-01", "month"),
        ("last December", None, "2024-12-01", "month"),
        ("in 2022", None, "2022-01-01", "year"),
        ("1991", None, "1991-01-01", "year"),
        ("early 2014", None, "2014-01-01", "year"),
        ("late 2014", None, "2014-01-01", "year"),
        # relative days and periods
        ("yesterday", None, "2025-05-10", "day"),
        ("today", None, "2025-05-11", "day"),
        ("three days ago", None, "2025-05-08", "day"),
        ("last year", None, "2024-01-01", "year"),
        ("last month", None, "2025-04-01", "month"),
    ],
)
def test_resolve_date_against_a_sunday(expr: str, tense, iso: str, precision: str) -> None:
    r = resolve_date(expr, SUNDAY, tense=tense)
    assert r is not None, expr
    assert (r.iso, r.precision) == (iso, precision)


def test_resolve_date_accepts_a_datetime_anchor() -> None:
    r = resolve_date("Thursday", datetime(2025, 5, 11, 23, 30), tense="future")
    assert r is not None and r.iso == "2025-05-15"


@pytest.mark.parametrize(
    ("expr", "anchor", "tense", "iso"),
    [
        ("December 20", date(2025, 1, 5), None, "2024-12-20"),  # nearest year, back across New Year
        ("Jan. 3", date(2024, 12, 28), "future", "2025-01-03"),  # forward across New Year
        ("November 5", date(2025, 5, 11), "past", "2024-11-05"),  # past tense keeps it in the past
        ("November 5", date(2025, 5, 11), "future", "2025-11-05"),
        ("June 8", date(2013, 5, 3), "past", "2012-06-08"),  # "rear-ended a truck on June 8"
        ("Friday", date(2025, 1, 1), "past", "2024-12-27"),  # weekday across the year boundary
        ("next Monday", date(2024, 12, 31), None, "2025-01-06"),
        ("last month", date(2025, 1, 15), None, "2024-12-01"),
    ],
)
def test_resolve_date_year_boundaries(expr: str, anchor: date, tense, iso: str) -> None:
    r = resolve_date(expr, anchor, tense=tense)
    assert r is not None and r.iso == iso


def test_ranges_give_first_and_last_day() -> None:
    r = resolve_date("May 8-10", SUNDAY)
    assert r is not None and (r.iso, r.end) == ("2025-05-08", date(2025, 5, 10))
    week = resolve_date("last week", SUNDAY)  # the previous Monday..Sunday
    assert week is not None and (week.iso, week.end) == ("2025-04-28", date(2025, 5, 4))
    later = resolve_date("later this week", SUNDAY)  # said on a Sunday: the coming week
    assert later is not None and (later.iso, later.end) == ("2025-05-12", date(2025, 5, 18))


def test_a_week_left_without_days_is_the_coming_week_and_one_day_is_no_range() -> None:
    """Multinews 77: "The state later this week will release a report", anchored on a Saturday,
    stood as "2017-07-02 – 2017-07-02" (the one Sunday left of the week, written as a range).
    Said at the weekend, "later this week" is the coming week; a period of one day is a day."""
    saturday = date(2025, 5, 10)
    later = resolve_date("later this week", saturday)
    assert later is not None and (later.iso, later.end) == ("2025-05-11", date(2025, 5, 18))
    monday = date(2025, 5, 12)
    earlier = resolve_date("earlier this week", monday)  # only Monday itself so far
    assert earlier is not None and (earlier.iso, earlier.end) == ("2025-05-12", None)
    wednesday = date(2025, 5, 14)
    later = resolve_date("later this week", wednesday)  # unchanged: Thursday to Sunday
    assert later is not None and (later.iso, later.end) == ("2025-05-15", date(2025, 5, 18))


def test_this_week_said_at_the_weekend_of_what_is_to_come_is_the_coming_week() -> None:
    """Multinews 237: "He plans to celebrate Holy Thursday Mass this week", in a Saturday story,
    stood under the week then ending (Holy Thursday was five days later). Of what is to come,
    "this week" said at the weekend is the coming week; of the past, the week then ending."""
    saturday = date(2025, 5, 10)
    coming = resolve_date("this week", saturday, "future")
    assert coming is not None and (coming.iso, coming.end) == ("2025-05-12", date(2025, 5, 18))
    past = resolve_date("this week", saturday, "past")
    assert past is not None and (past.iso, past.end) == ("2025-05-05", date(2025, 5, 11))
    wednesday = date(2025, 5, 14)
    midweek = resolve_date("this week", wednesday, "future")  # the week still under way
    assert midweek is not None and (midweek.iso, midweek.end) == ("2025-05-12", date(2025, 5, 18))


def test_weekday_date_disagreement_is_reported_not_fixed() -> None:
    ok = resolve_date("Thursday, May 15", SUNDAY)
    assert ok is not None and ok.note is None
    bad = resolve_date("Thursday, May 16", SUNDAY)
    assert bad is not None and bad.iso == "2025-05-16"  # the written date is kept...
    assert bad.note and "Thursday" in bad.note and "Friday" in bad.note  # ...and the clash said


def test_qualified_years_sort_within_their_year() -> None:
    early, late = resolve_date("early 2014", SUNDAY), resolve_date("late 2014", SUNDAY)
    june = resolve_date("June 2014", SUNDAY)
    assert early and late and june
    assert (
        (early.sort_key or early.date) < (june.sort_key or june.date) < (late.sort_key or late.date)
    )


@pytest.mark.parametrize(
    "expr",
    ["three years", "in recent weeks", "hours earlier", "72-hour", "Feb. 30, 2024", "May", "soon"],
)
def test_not_dates(expr: str) -> None:
    assert resolve_date(expr, SUNDAY) is None


def test_relative_dates_need_an_anchor() -> None:
    assert resolve_date("Thursday", None, tense="future") is None
    assert resolve_date("May 15", None) is None
    r = resolve_date("Feb. 24, 2022", None)  # absolute dates do not
    assert r is not None and r.iso == "2022-02-24"


# --------------------------------------------------------------------------- full dates


def test_full_dates_in_running_text() -> None:
    text = "Taken on April 24, 2025 and on 7 May 2025."
    found = full_dates(text)
    assert [f.value.date().isoformat() for f in found] == ["2025-04-24", "2025-05-07"]
    assert [text[f.start : f.end] for f in found] == ["April 24, 2025", "7 May 2025"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("December 15th , 2008 , 7 : 35 am", date(2008, 12, 15)),  # tokenised corpora
        ("http: / / www. itv. com / news / 2013 - 07 - 21 / fire /", date(2013, 7, 21)),
        ("Novemer 27, 2005", date(2005, 11, 27)),
        ("February 30, 2025", None),
        ("no date here", None),
    ],
)
def test_loose_date(line: str, expected: date | None) -> None:
    assert loose_date(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # where a page's date stands
        ("December 15th , 2008 , 7 : 35 am", date(2008, 12, 15)),
        ("http: / / www. itv. com / news / 2013 - 07 - 21 / fire /", date(2013, 7, 21)),
        ("By Jane Doe / Published March 24, 2017", date(2017, 3, 24)),
        ("Updated 10:32 am EDT, Sunday March 12, 2018", date(2018, 3, 12)),
        ("HARBOURTON, March 5, 2014 /Wire/ -- The ferry company said", date(2014, 3, 5)),
        ("Divers met at the quay on Monday. (June 2, 2014) Harbour Radio", date(2014, 6, 2)),
        ("Posted in Local News on Wednesday, September 18, 2013.", date(2013, 9, 18)),
        ("FERRY SERVICE RESUMES on Tuesday, 16 December 2008 13: 45.", date(2008, 12, 16)),
        ("The old pier is seen from the harbour in Portlow, January 20, 2015.", date(2015, 1, 20)),
        ("Crowds gathered in the square on Saturday December 13 2008 after the vote.",
         date(2008, 12, 13)),
        # dates in prose: the story's history, not the day it was written
        ("Nobody knows who ordered the raid on the harbour office on June 17, 1972.", None),
        ("The ferryman was born on April 22, 1923, in Portlow.", None),
        ("Next up: the sequel, due in cinemas June 30, 2010. It is no better.", None),
        ("On the afternoon of May 20, 1936, she sent a telegram to the paper.", None),
    ],
)  # fmt: skip
def test_stamp_date(line: str, expected: date | None) -> None:
    assert stamp_date(line) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.themoscowtimes.com/2025/05/11/putin-proposes-a-89040", "2025-05-11"),
        ("https://example.org/news/20240903/ferry", "2024-09-03"),
        ("https://example.org/news/ferry-strike", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    d = date_from_url(url)
    assert (d.date().isoformat() if d else None) == expected


def test_parse_date() -> None:
    assert parse_date("2025-05-11T10:00:00Z").tzinfo is not None
    assert parse_date("May 11, 2025") == datetime(2025, 5, 11)
    assert parse_date("soon") is None and parse_date(None) is None


@pytest.mark.parametrize(
    ("expr", "anchor", "iso"),
    [
        # multinews 92, a story of late December 2016: "banned from Soundcloud last October"
        ("last October", date(2016, 12, 29), "2016-10-01"),
        ("last October", date(2016, 10, 20), "2015-10-01"),  # the month of the story: a year ago
        ("last September", date(2017, 7, 6), "2016-09-01"),
        ("next March", date(2025, 1, 10), "2025-03-01"),  # the first March after the story
        ("next March", date(2025, 3, 10), "2026-03-01"),
    ],
)
def test_last_and_next_month_are_the_nearest_such_month_before_or_after(
    expr: str, anchor: date, iso: str
) -> None:
    r = resolve_date(expr, anchor)
    assert r is not None and (r.iso, r.precision) == (iso, "month")


def test_a_decimal_figure_is_no_year() -> None:
    """Multinews 118 dated "an impact force of 1910.4 N" under 1910."""
    text = "The helmet took an impact force of 1910.4 N in the 1994 trials."
    years = [c.match.group(0) for c in date_candidates(text) if c.kind == "year"]
    assert years == ["1994"]


# --------------------------------------------------------------------------- session 36


def test_a_weekday_fixes_the_year_of_a_yearless_day() -> None:
    """Multinews 111: "Wednesday, November 21", with 2017 and 2018 named, is 2018-11-21 (of two
    consecutive years at most one puts a day on a weekday); without a weekday, or written with
    its year, no year is fixed."""
    from newsweave.text.dates import weekday_date

    def first(text: str):
        return date_candidates(text)[0].match

    assert weekday_date(first("died on Wednesday, November 21"), (2018, 2019)) == date(2018, 11, 21)
    assert weekday_date(first("died on Wednesday, November 21"), (2016, 2017)) is None
    assert weekday_date(first("died on November 21"), (2018, 2019)) is None
    assert weekday_date(first("died on Wednesday, November 21, 2018"), (2018, 2019)) is None


def test_a_month_with_its_year_named_relatively() -> None:
    """Multinews 76, a story of March 18, 2012: "the uprising began in March last year" was put
    on 2012-03; "last year" names the year."""
    anchor = date(2012, 3, 18)
    assert resolve_date("in March last year", anchor, "past").date == date(2011, 3, 1)
    assert resolve_date("in March next year", anchor, "future").date == date(2013, 3, 1)
    kinds = [(c.kind, c.match.group(0)) for c in date_candidates("began in March last year")]
    assert kinds == [("month", "in March last year")]


def test_a_comma_after_the_month_of_a_full_date() -> None:
    """Multinews 165: "on November, 4 2008" was read as the year 2008 alone. A comma after the
    month is read only before a day and a year: "in November, 4 people died" names no day."""
    assert resolve_date("November, 4 2008", None).date == date(2008, 11, 4)
    found = [(c.kind, c.match.group(0)) for c in date_candidates("in November, 4 people died")]
    assert found == [("month", "in November")]


@pytest.mark.parametrize(
    ("expr", "iso"),
    [
        ("Christmas Eve, 2016", "2016-12-24"),
        ("Fourth of July, 1970", "1970-07-04"),
        ("April Fools’ Day, 1990", "1990-04-01"),
        ("New Year's Eve 2009", "2009-12-31"),
    ],
)
def test_a_fixed_holiday_with_its_year_is_its_day(expr: str, iso: str) -> None:
    """Multinews 21 put "When she passed, on Christmas Eve, 2016" under 2016 and 155 "he was due
    to ship out on the Fourth of July, 1970" under July 1970: the holiday names its day."""
    assert [c.kind for c in date_candidates(f"He left on {expr}.")] == ["holiday"]
    got = resolve_date(expr, None)
    assert got is not None and (got.date.isoformat(), got.precision) == (iso, "day")
