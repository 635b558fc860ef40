"""Dates in news text and how each resolves to a calendar date: rules only, no models.

This is the one place for the month and weekday tables (:data:`MONTHS`, :data:`WEEKDAYS`)
and for date parsing, so that every layer reads "Sept." and "Thursday" the same way:
:func:`full_dates`, :func:`parse_date` and :func:`date_from_url` read dates written with a
year (datelines, metadata, URLs), :func:`stamp_date` a page's date line (tokenised corpora's
included), and :func:`resolve_date` / :func:`resolve_match` everything relative, by these rules:

* **Expressions** — explicit dates ("May 11, 2025", "Feb. 24, 2022", "11 May",
  "2025-05-11"), ranges ("May 8-10"), months ("June 2024", "in March"), years
  with or without a qualifier ("in 2022", "early 2014", "1991"), weekdays
  ("Sunday", "on Thursday", "next Monday", "the early hours of Sunday"),
  relative days and periods ("yesterday", "last week", "later this week",
  "earlier this month", "three days ago"), and offsets from another dated
  happening ("three days before launching his invasion"). Durations ("three
  years", "72-hour") are not dates. "Hours earlier/after" is skipped: a
  few hours can cross midnight, so no day can be asserted from it.
* **Anchor** — a relative expression resolves against an anchor date (the
  publication date); without one it does not resolve.
* **Weekdays** (news convention) — a bare weekday in a past-tense clause is the
  most recent such day on or before the anchor; in a future clause the first
  such day on or after it; "next X" is strictly after, "last X" strictly before.
  A weekday that names the anchor's own weekday is the anchor day. A weekday
  written with a date ("Thursday, May 15") must agree with it; a disagreement
  is reported in ``note`` (the written date is kept) and never silently fixed.
* **Dates without a year** take the year that puts them nearest the anchor,
  unless that contradicts the given tense ("rear-ended a truck on June 8" in a
  May story is last June).
* **Precision** — ``day``, ``month`` or ``year``. "early/mid/late 2014" has
  precision ``year`` (a qualifier names no month; it orders the date within the
  year through ``sort_key``). Ranges ("May 8-10", "last week") give ``date`` =
  first day and ``end`` = last day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Literal
from urllib.parse import urlsplit

Precision = Literal["day", "month", "year"]
Tense = Literal["past", "future"]
# A date match's named groups (``Match.groupdict()``).
_Groups = dict[str, Any]

# Years outside this window are more likely counts or codes than dates.
MIN_YEAR = 1800
MAX_YEARS_AHEAD = 10

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Month names and their abbreviations (lower case, without the full stop) -> month number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# A month's name or abbreviation as written in prose, without the abbreviation's full stop.
MONTH_WORD = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3,
}  # fmt: skip

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A year written in full in an expression ("Feb. 19, 2013"), as the date patterns read one.
WRITTEN_YEAR = re.compile(rf"\b{_YEAR}\b")
# Holidays on a fixed day (patterns as written -> month, day): "on Christmas Eve, 2016" is that
# day, not the year 2016 (multinews 21), "the Fourth of July, 1970" not July 1970 (155), "April
# Fools' Day, 1990" not 1990 (157). Only with their year: a yearless one is left unresolved.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    r"New Year['’]?s Day": (1, 1),
    r"Valentine['’]?s Day": (2, 14),
    r"St\.? Patrick['’]?s Day": (3, 17),
    r"April Fools['’]? Day": (4, 1),
    r"Fourth of July": (7, 4),
    r"Bastille Day": (7, 14),
    r"Halloween": (10, 31),
    r"(?:Veterans|Armistice) Day": (11, 11),
    r"Christmas Eve": (12, 24),
    r"Christmas Day": (12, 25),
    r"Boxing Day": (12, 26),
    r"New Year['’]?s Eve": (12, 31),
}
_HOLIDAY = "|".join(f"(?:{p})" for p in FIXED_HOLIDAYS)
# The month a season opens, which a year's happening in it sorts by ("the summer of 2017",
# "in summer 2017": July).
SEASON_MONTHS: dict[str, int] = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 12}
_SEASON = "|".join(SEASON_MONTHS)
_QUAL = rf"(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+(?:{_SEASON})\s+of)"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"

# "three days before launching his invasion": resolvable only against the happening ``ref``
# names, so :func:`resolve_match` leaves it to whoever knows the event's dated happenings.
OFFSET_PATTERN = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\s+(?P<dir>before|after)\s+(?P<ref>[^,.;]+)",
    re.I,
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    (
        "mdy",
        re.compile(
            rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})(?:,(?=\s+{_DAY}\s+{_YEAR}\b))?\s+(?P<d>{_DAY})"
            rf"(?:\s*(?:-|–|to|through)\s*(?P<d2>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?(?![\d:])"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_DAY})(?:\s*(?:-|–)\s*(?P<d2>{_DAY}))?\s+(?:of\s+)?"
            rf"(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "my",
        re.compile(rf"\b(?:(?P<q>{_QUAL})[\s-]+)?(?P<mon>{_MON})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b"),
    ),
    (
        "month",
        re.compile(
            r"\b(?P<pre>in|since|until|by|last|next|this|early|late|mid-|earlier\s+in|later\s+in)\s+"
            r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
            r"\b(?!\s+\d)(?:\s+(?P<rel>last|next|this)\s+year\b)?"
        ),
    ),
    ("holiday", re.compile(rf"\b(?P<h>{_HOLIDAY}),?\s+(?P<y>{_YEAR})\b")),
    ("qyear", re.compile(rf"\b(?P<q>{_QUAL})[\s-]+(?P<y>{_YEAR})\b", re.I)),
    # a year, not a figure ("$2019", "an impact force of 1910.4 N", "2019,5", "2019%")
    ("year", re.compile(rf"(?<![\d$£€.,/#-])\b(?P<y>{_YEAR})\b(?![\d%/-]|[.,]\d)")),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<pre>last|next|this\s+coming|this|coming|early|late|later\s+on|earlier\s+on|later|earlier"
            rf"|(?:the\s+)?(?:early|small)\s+hours\s+of)\s+)?(?P<wd>{_WD})"
            r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
            re.I,
        ),
    ),
    (
        "deictic",
        re.compile(
            r"\b(?P<w>today|yesterday|tomorrow|tonight|this\s+morning|this\s+evening)\b", re.I
        ),
    ),
    (
        "period",
        re.compile(
            r"\b(?P<pre>last|next|this|earlier\s+this|later\s+this|late\s+last|early\s+next)\s+(?P<u>week|month|year)\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(rf"\b(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\s+ago\b", re.I),
    ),
    ("offset", OFFSET_PATTERN),
]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved date: ``date`` with its ``precision`` (``end`` for ranges), and any warning."""

    date: date
    precision: Precision
    end: date | None = None
    note: str | None = None
    sort_key: date | None = None  # orders "late 2014" after "June 2014"

    @property
    def iso(self) -> str:
        return self.date.isoformat()


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """One date expression found in a text: its ``kind`` (which pattern), where it sits, and
    the match, whose named groups :func:`resolve_match` reads."""

    kind: str
    start: int
    end: int
    match: re.Match[str]


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _int_day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def parse_count(s: str) -> int:
    """The count written as digits or words ("12", "three", "a few"), as a date expression
    counts days, weeks, months or years."""
    s = " ".join(s.lower().split())
    return int(s) if s.isdigit() else _NUMBER_WORDS[s]


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _yearless(m: int, d: int, anchor: date, tense: Tense | None) -> date | None:
    cands = [x for x in (_valid(anchor.year + k, m, d) for k in (-1, 0, 1)) if x is not None]
    if not cands:
        return None
    near = min(cands, key=lambda x: abs((x - anchor).days))
    slack = timedelta(days=1)  # time zones: "today" there can be tomorrow here
    if tense == "past" and near > anchor + slack:
        past = [x for x in cands if x <= anchor + slack]
        return max(past) if past else near
    if tense == "future" and near < anchor - slack:
        future = [x for x in cands if x >= anchor - slack]
        return min(future) if future else near
    return near


def _weekday(wd: int, anchor: date, mode: str) -> date:
    """mode: on_or_before, before, on_or_after, after."""
    delta = (wd - anchor.weekday()) % 7
    if mode == "on_or_after":
        return anchor + timedelta(days=delta)
    if mode == "after":
        return anchor + timedelta(days=delta or 7)
    back = (anchor.weekday() - wd) % 7
    if mode == "before":
        return anchor - timedelta(days=back or 7)
    return anchor - timedelta(days=back)


def _check_weekday(wd: str | None, d: date, expression: str) -> str | None:
    if not wd:
        return None
    named = WEEKDAYS.index(wd.lower())
    if named == d.weekday():
        return None
    return (
        f"weekday disagreement: {expression!r} says {wd.capitalize()}, but {d.isoformat()} "
        f"is a {WEEKDAYS[d.weekday()].capitalize()}; the written date is kept"
    )


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


# The month a qualifier of a year puts its happening in ("early 2014": January).
_YEAR_PART_MONTHS: dict[str, int] = {
    "early": 1, "the start of": 1, "the beginning of": 1, "mid": 7, "the middle of": 7,
    "late": 12, "the end of": 12,
    **{f"the {season} of": m for season, m in SEASON_MONTHS.items()},
}  # fmt: skip


def _qualified(d: date, q: str | None, precision: str) -> date:
    """Where "early/mid/late", "the end of", "the summer of" put a month or year within itself:
    the date it sorts by (the date's precision stays the month or the year)."""
    if not q:
        return d
    q = " ".join(q.lower().split())
    if precision == "month":
        last = calendar.monthrange(d.year, d.month)[1]
        day = {"early": 1, "mid": 15, "late": last, "the end of": last, "the middle of": 15}.get(
            q, 1
        )
        return date(d.year, d.month, day)
    return date(d.year, _YEAR_PART_MONTHS.get(q, 1), 1)


def resolve_date(
    expression: str, anchor: date | datetime | None, tense: Tense | None = None
) -> ResolvedDate | None:
    """Resolve one temporal expression against ``anchor`` (the publication date).

    ``tense`` is the tense of the clause the expression sits in (``None`` when
    unknown: a bare weekday then counts as past, the news default). Returns None
    for what is not a date or cannot be resolved (no anchor for a relative date).
    Examples (anchor Sunday 2025-05-11): "Thursday" + future → 2025-05-15;
    "Saturday" → 2025-05-10; "early 2014" → 2014 (year); "May 8-10" →
    2025-05-08..2025-05-10; "Thursday, May 16" → 2025-05-16 with a note.
    """
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    expr = " ".join(expression.split())
    bare = re.sub(r"^(?:on|in|since|during|from|until|by|at)\s+", "", expr, flags=re.I)
    for variant in dict.fromkeys((expr, bare)):
        for kind, pat in _PATTERNS:
            m = pat.fullmatch(variant)
            if m is not None:
                return resolve_match(kind, m, variant, anchor, tense)
    return None


def resolve_match(
    kind: str, m: re.Match[str], expr: str, anchor: date | None, tense: Tense | None
) -> ResolvedDate | None:
    """Resolve a date expression already matched by the pattern of ``kind`` (see
    :func:`date_candidates`); ``expr`` is its text as written, for notes.

    A written date (with its year, or a year alone) resolves without ``anchor``; every
    relative one needs it. An ``offset`` ("three days before ...") is never resolved here:
    it needs the happening it names.
    """
    g = m.groupdict()
    if kind == "iso":
        d = _valid(int(g["y"]), int(g["m"]), int(g["d"]))
        return ResolvedDate(d, "day") if d else None
    if kind in {"mdy", "dmy"}:
        return _day_of_month(g, expr, anchor, tense)
    if kind == "my":
        d = date(int(g["y"]), _month(g["mon"]), 1)
        return ResolvedDate(d, "month", sort_key=_qualified(d, g.get("q"), "month"))
    if kind == "holiday":
        md = next(v for p, v in FIXED_HOLIDAYS.items() if re.fullmatch(p, g["h"]))
        return ResolvedDate(date(int(g["y"]), *md), "day")
    if kind == "qyear":
        d = date(int(g["y"]), 1, 1)
        return ResolvedDate(d, "year", sort_key=_qualified(d, g["q"], "year"))
    if kind == "year":
        y = int(g["y"])
        if y < MIN_YEAR or (anchor is not None and y > anchor.year + MAX_YEARS_AHEAD):
            return None
        return ResolvedDate(date(y, 1, 1), "year")
    if anchor is None:
        return None
    if kind == "month":
        return _named_month(g, anchor, tense)
    if kind == "weekday":
        return _named_weekday(g, anchor, tense)
    if kind == "deictic":
        w = g["w"].lower()
        off = {"yesterday": -1, "tomorrow": 1}.get(w, 0)
        return ResolvedDate(anchor + timedelta(days=off), "day")
    if kind == "period":
        return _period(g, anchor, tense)
    if kind == "ago":
        return _ago(g, expr, anchor)
    return None  # "offset" needs a referenced happening: see the timeline stage


def _day_of_month(
    g: _Groups, expr: str, anchor: date | None, tense: Tense | None
) -> ResolvedDate | None:
    """A day (or days) of a named month ("May 8-10", "Thursday, May 15", "11 May 2025"); a
    yearless one takes its year from the anchor and the tense."""
    mon, day = _month(g["mon"]), _int_day(g["d"])
    if g.get("y"):
        d = _valid(int(g["y"]), mon, day)
    elif anchor is not None:
        d = _yearless(mon, day, anchor, tense)
    else:
        return None
    if d is None:
        return None
    end = None
    if g.get("d2"):
        end = _valid(d.year, mon, _int_day(g["d2"]))
        if end is None or end <= d:
            end = None
    return ResolvedDate(d, "day", end, _check_weekday(g.get("wd"), d, expr))


# The year "last year", "this year" and "next year" name, counted from the anchor's.
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def _named_month(g: _Groups, anchor: date, tense: Tense | None) -> ResolvedDate:
    """A named month ("in March", "last December"): the month of the anchor's year, or of
    the year before or after when the tense points there, or the one it names ("in March last
    year", multinews 76, was the anchor's March). "Last October" is the latest October
    before the anchor's month (in a December story, that year's: multinews 92 put "banned from
    Soundcloud last October", of 2016, on 2015-10); "next March" the first March after it."""
    mon = _month(g["mon"])
    pre = g["pre"].lower()
    y = anchor.year
    if g.get("rel"):  # "in March last year": the year is named
        return ResolvedDate(date(y + _YEAR_STEP[g["rel"].lower()], mon, 1), "month")
    if pre == "last" or (pre != "next" and tense == "past"):
        y -= 1 if mon > anchor.month or (pre == "last" and mon == anchor.month) else 0
    elif pre == "next" or tense == "future":
        y += 1 if mon < anchor.month or (pre == "next" and mon == anchor.month) else 0
    return ResolvedDate(date(y, mon, 1), "month")


def _named_weekday(g: _Groups, anchor: date, tense: Tense | None) -> ResolvedDate:
    """A named weekday ("on Thursday", "next Monday"): the one on the side of the anchor
    that its qualifier, or else the tense, points to."""
    wd = WEEKDAYS.index(g["wd"].lower())
    pre = " ".join((g.get("pre") or "").lower().split())
    if pre == "next":
        mode = "after"
    elif pre == "last":
        mode = "before"
    elif pre in {"this coming", "coming", "later on", "later"}:
        mode = "on_or_after"
    elif pre in {"earlier on", "earlier"}:
        mode = "on_or_before"
    else:
        mode = "on_or_after" if tense == "future" else "on_or_before"
    return ResolvedDate(_weekday(wd, anchor, mode), "day")


# The weekday (Monday 0) from which "later this week" leaves too little of the week to name.
WEEKEND_STARTS = 5


def _days(start: date, end: date) -> ResolvedDate:
    """The days from ``start`` to ``end``: a range, or one day when they meet (a range whose
    ends are one day reads as two dates on a timeline: "2017-07-02 – 2017-07-02")."""
    return ResolvedDate(start, "day", end if end > start else None)


def _period(g: _Groups, anchor: date, tense: Tense | None) -> ResolvedDate:
    """A period ("last week", "later this week", "next month", "this year"): a calendar
    week (Monday to Sunday, given as a range of days), month or year around the anchor.
    Said at the weekend of what is to come, "this week" is the coming one ("He plans to
    celebrate Holy Thursday Mass this week", in a Saturday story: its week is nearly over)."""
    pre, unit = " ".join(g["pre"].lower().split()), g["u"].lower()
    step = -1 if pre in {"last", "late last"} else 1 if pre in {"next", "early next"} else 0
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday())
        if pre == "this" and tense == "future" and anchor.weekday() >= WEEKEND_STARTS:
            step = 1
        if pre == "later this":
            start = anchor + timedelta(days=1)
            if anchor.weekday() >= WEEKEND_STARTS:
                # said at the weekend, "later this week" is the coming week ("The state later
                # this week will release a report", in a Saturday story, is no single Sunday)
                return _days(start, monday + timedelta(days=13))
            return _days(start, monday + timedelta(days=6))
        if pre == "earlier this":
            return _days(monday, anchor - timedelta(days=1))
        start = monday + timedelta(days=7 * step)
        return _days(start, start + timedelta(days=6))
    if unit == "month":
        return ResolvedDate(_add_months(date(anchor.year, anchor.month, 1), step), "month")
    return ResolvedDate(date(anchor.year + step, 1, 1), "year")


def _ago(g: _Groups, expr: str, anchor: date) -> ResolvedDate:
    """A count back ("three days ago", "two weeks ago") from the anchor; weeks are counted
    as 7 days each, which the note says."""
    n, unit = parse_count(g["n"]), g["u"].lower()
    if unit == "day":
        return ResolvedDate(anchor - timedelta(days=n), "day")
    if unit == "week":
        d = anchor - timedelta(days=7 * n)
        return ResolvedDate(d, "day", note=f"approximate: {expr!r} counted as {7 * n} days")
    if unit == "month":
        return ResolvedDate(_add_months(date(anchor.year, anchor.month, 1), -n), "month")
    return ResolvedDate(date(anchor.year - n, 1, 1), "year")


def weekday_date(m: re.Match[str], years: Iterable[int]) -> date | None:
    """The day a date written with its weekday and no year ("Wednesday, November 21", an
    ``mdy`` or ``dmy`` match) is in the one of ``years`` whose calendar puts it on that weekday:
    None when the match has no weekday, has a year, or none or several of ``years`` fit. A
    month's day falls on one weekday in two consecutive years at most once, so of two such
    years at most one fits (multinews 111: "died on Wednesday, November 21", of 2017 and 2018,
    is of 2018)."""
    g = m.groupdict()
    if not g.get("wd") or g.get("y"):
        return None
    wd, mon, day = WEEKDAYS.index(g["wd"].lower()), _month(g["mon"]), _int_day(g["d"])
    fits = [d for y in years if (d := _valid(y, mon, day)) is not None and d.weekday() == wd]
    return fits[0] if len(fits) == 1 else None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def date_candidates(text: str) -> list[DateCandidate]:
    """Every date expression of ``text``, in text order, none overlapping another: where
    patterns overlap the longest match wins ("May 8-10" beats "May 8"), then the earliest.
    Nothing is resolved or checked against its context here (a year may be a count,
    "Sunday" part of a name)."""
    found: list[DateCandidate] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            found.append(DateCandidate(kind, m.start(), m.end(), m))
    # longest first; "May 8-10" beats "May 8"; explicit beats bare
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[DateCandidate] = []
    for c in found:
        if not any(_overlaps((c.start, c.end), (k.start, k.end)) for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


__all__ = [
    "MONTHS",
    "OFFSET_PATTERN",
    "SEASON_MONTHS",
    "WEEKDAYS",
    "DateCandidate",
    "Precision",
    "ResolvedDate",
    "Tense",
    "date_candidates",
    "parse_count",
    "resolve_date",
    "resolve_match",
    "weekday_date",
]

# --------------------------------------------------------------------------- full dates
# Dates written with a year, as datelines, captions, metadata and URLs give them: the
# publication date and what a page says of itself.

_MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TIME_RE = r"(?:(?:,|\s+at|\s*[-–|·])?\s*(?P<hh>\d{1,2})[:.](?P<mm>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<tz>[A-Z]{2,4}|GMT[+-]\d{1,2}|UTC))?)?"
# "May 11, 2025", "Sunday, May 11, 2025 10:30 am"
_MDY = re.compile(
    r"\b"
    + _MONTH_RE
    + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b"
    + _TIME_RE,
    re.I,
)
# "11 May 2025", "11th of May, 2025"
_DMY = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    + _MONTH_RE
    + r",?\s+(?P<year>(?:19|20)\d{2})\b"
    + _TIME_RE,
    re.I,
)
# "2025-05-11", "2025/05/11"
_ISO = re.compile(
    r"\b(?P<year>(?:19|20)\d{2})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?!\d)"
    r"(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2}))?"
)
# Dates in URL paths: /2025/05/11/ or /20250511/ or -2025-05-11
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:[/-]|$)"
)
_URL_DATE_COMPACT = re.compile(
    r"/(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?:[/-]|$)"
)


@dataclass(frozen=True, slots=True)
class FullDate:
    """A date written with its year (and time, zone when given) at ``start:end`` of a text."""

    value: datetime
    start: int
    end: int


# Zone abbreviations that are unambiguous in English-language news (IST, CST-as-China are not).
_ZONES = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AEST": 10,
    "AEDT": 11,
    "JST": 9,
}


def _zone(tz: str | None) -> timezone | None:
    """The fixed offset of a zone abbreviation or ``GMT+3``; None when unknown."""
    if not tz:
        return None
    t = tz.upper()
    if t in _ZONES:
        return timezone(timedelta(hours=_ZONES[t]))
    m = re.match(r"^GMT([+-]\d{1,2})$", t)
    return timezone(timedelta(hours=int(m.group(1)))) if m else None


def _mk(
    year: str,
    month: int,
    day: str,
    hh: str | None = None,
    mm: str | None = None,
    ampm: str | None = None,
    tz: str | None = None,
) -> datetime | None:
    try:
        h = int(hh) if hh else 0
        if ampm and ampm.lower().startswith("p") and h < 12:
            h += 12
        if ampm and ampm.lower().startswith("a") and h == 12:
            h = 0
        zone = _zone(tz) if hh else None
        return datetime(int(year), month, int(day), h, int(mm) if mm else 0, tzinfo=zone)
    except ValueError:
        return None


def full_dates(text: str) -> list[FullDate]:
    """Every full date (with a year) in ``text``, with its time and zone when written, in order."""
    found: list[FullDate] = []
    for rx in (_MDY, _DMY):
        for m in rx.finditer(text):
            g = m.groupdict()
            month = MONTHS[g["mon"].lower()[:3]]
            d = _mk(
                g["year"], month, g["day"], g.get("hh"), g.get("mm"), g.get("ampm"), g.get("tz")
            )
            if d:
                found.append(FullDate(d, m.start(), m.end()))
    for m in _ISO.finditer(text):
        d = _mk(m["year"], int(m["month"]), m["day"], m["hh"], m["mm"])
        if d:
            found.append(FullDate(d, m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    return found


def date_from_url(url: str | None) -> datetime | None:
    """The date a news URL's path carries (``/2025/05/11/``, ``/20250511/``, ``-2025-05-11``)."""
    if not url:
        return None
    path = urlsplit(url).path
    for rx in (_URL_DATE, _URL_DATE_COMPACT):
        m = rx.search(path)
        if m:
            d = _mk(m["year"], int(m["month"]), m["day"])
            if d and 1990 <= d.year <= 2100:
                return d
    return None


def parse_date(value: str | None) -> datetime | None:
    """A date string from HTML metadata or a JSON record (ISO first, then prose)."""
    if not value:
        return None
    v = value.strip()
    try:
        return datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        pass
    found = full_dates(v)
    return found[0].value if found else None


# Tokenised text (ECB+ and other corpora keep spaces around punctuation: "December 15th ,
# 2008", "2013 - 07 - 21") and loose month spellings ("Novemer") still name a date line.
_LOOSE_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_LOOSE_MDY = re.compile(_LOOSE_MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d\d)\b", re.I)
_LOOSE_DMY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _LOOSE_MON + r"\s*,?\s*((?:19|20)\d\d)\b", re.I
)
_LOOSE_ISO = re.compile(r"\b((?:19|20)\d\d)\s*-\s*(\d\d)\s*-\s*(\d\d)\b")


def _loose_matches(line: str) -> list[tuple[date, re.Match[str], bool]]:
    """Every valid date of a line in reading order, with its match and whether it is ISO,
    tolerant of tokenised spacing (what :func:`full_dates` would miss in such corpora)."""
    found: list[tuple[date, re.Match[str], bool]] = []
    for rx, order in ((_LOOSE_MDY, "mdy"), (_LOOSE_DMY, "dmy"), (_LOOSE_ISO, "ymd")):
        for m in rx.finditer(line):
            try:
                if order == "mdy":
                    d = date(int(m.group(3)), MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
                elif order == "dmy":
                    d = date(int(m.group(3)), MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
                else:
                    d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            found.append((d, m, order == "ymd"))
    return sorted(found, key=lambda f: f[1].start())


def loose_date(line: str) -> date | None:
    """The first valid date of a line in reading order, tolerant of tokenised spacing."""
    found = _loose_matches(line)
    return found[0][0] if found else None


# The labels a page sets before its date, lower case: what a page's date line says beside its
# date (clean.metadata's datelines, :func:`stamp_date`).
PAGE_DATE_LABELS = ("first published", "last updated", "published", "updated", "posted", "modified")
# What a page's date line carries beside its date, left out when judging whether the date
# stands as a stamp: a label ("Published", "Updated on"), a weekday, a clock time and its zone
# ("Published 10:32 am EDT, Sunday ...").
_STAMP_LABEL = re.compile(
    r"\b(?:"
    + "|".join(w.replace(" ", r"\s+") for w in ("last modified", *PAGE_DATE_LABELS))
    + r"|dated?)\b(?:\s+(?:on|at))?",
    re.I,
)
_STAMP_WEEKDAY = re.compile(rf"\b{_WD}\b", re.I)
_STAMP_CLOCK = re.compile(
    r"\b\d{1,2}\s*[:.]\s*\d\d\b(?:\s*[ap]\.?\s*m\b\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?", re.I
)
# A wire dateline's place before its date ("NEW YORK, March 5, 2014 /PRNewswire/ --"): a few
# capitalised words and a comma.
_STAMP_PLACE = re.compile(r"^[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15})?,?$")
# A date set off by a comma after a place or a heading, its weekday beside it, and no
# preposition before it ("… on Capitol Hill in Washington, January 20, 2015.", "… remarks on
# race, Friday, July 19, 2013, in the White House"): a wire caption's or a transcript's stamp;
# prose dates a happening "on" a day.
_SET_OFF = re.compile(rf"(?<!\w)(?!{_WD}\b)[^\W\d_]{{2,}},\s*(?:{_WD},?\s*)?$", re.I)
# A date written with its weekday ("… in Greece on Saturday December 13 2008"): news names the
# weekday only of days within a week of its writing (AP style), a history's date goes without
# ("… the Watergate complex on June 17, 1972").
_WEEKDAY_BEFORE = re.compile(rf"\b{_WD},?\s*$", re.I)
# A date alone in brackets ("... were killed. (May 4, 2015) Gannett Media"): a clip's stamp.
_BRACKET_OPEN = re.compile(r"\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# A date that closes a line only stands as its stamp on a line this short: a byline's or a
# headline's ("By Jane Doe / Published March 24, 2017"), not a paragraph's last sentence.
STAMP_LINE_WORDS = 20


def _bare(text: str) -> str:
    """``text`` without stamp labels, weekdays, clock times and punctuation: what is left is
    the line's prose."""
    for rx in (_STAMP_LABEL, _STAMP_WEEKDAY, _STAMP_CLOCK):
        text = rx.sub(" ", text)
    return " ".join(re.findall(r"[^\W_]+(?:[.'’][^\W_]+)*", text))


def stamp_date(line: str) -> date | None:
    """The date a line gives as a page's date line, tolerant of tokenised spacing; None for a
    date inside prose. A date counts where a page's stamp stands: written as ISO (a URL's, a
    metadata field's); opening the line after at most a label and a weekday ("Sunday, 21 July
    2013", "Published: March 24, 2017", "December 15th , 2008 , 7 : 35 am"); after a wire
    dateline's place ("NEW YORK, March 5, 2014 /PRNewswire/"); alone in brackets ("(May 4,
    2015)"); set off by a comma after a place or a heading (:data:`_SET_OFF`); with its weekday
    (:data:`_WEEKDAY_BEFORE`); or closing a short line after a stamp label or before a clock
    time ("… posted in Accidents on Wednesday, September 18, 2013.", "REPORT: … on Tuesday, 16
    December 2008 13: 45"). "… the Watergate complex on June 17, 1972." is a date in prose: an
    essay's opening line names history, not the day it was written (multinews 009-3)."""
    for d, m, iso in _loose_matches(line):
        before, after = line[: m.start()], line[m.end() :]
        if iso or not _bare(before) or _STAMP_PLACE.match(before.strip()):
            return d
        if _BRACKET_OPEN.search(before) and _BRACKET_CLOSE.match(after):
            return d
        if _SET_OFF.search(before) or _WEEKDAY_BEFORE.search(before):
            return d
        closes = not _bare(after)
        stamped = bool(_STAMP_LABEL.search(before) or _STAMP_CLOCK.match(after.lstrip(" ,")))
        if closes and stamped and len(line.split()) <= STAMP_LINE_WORDS:
            return d
    return None
