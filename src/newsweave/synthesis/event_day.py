"""An event's day from its articles' stamps alone, without their parse: the store's event list
(:func:`newsweave.corpus.refresh.refresh_events`) and the page of an event woven from a sample
of its articles show it, and it must never be a day the event's own page contradicts.

The page (``_date`` in :mod:`newsweave.synthesis.weave`) dates an event by the day most of its
articles' stories are told on (:func:`newsweave.synthesis.dated.anchors`): an article's
publication day, a video teaser's stamp above it (the story is told on or before it, the page
takes it as the story's day), and a photo caption's day only where the text names that day
(:func:`names_the_day`), and then not the picture's day itself but the day of the week from it
that the parsed text's weekdays point to. A caption whose text never names its day counts for
nothing: the picture may be days or years older than the story (multinews 126: a picture of
Oct. 22, 2018 above a story three weeks later; 56: a 2007 picture above a 2008 story).

Loading no parser here keeps opening a store light: this module imports no model.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from itertools import combinations

from newsweave.clean.metadata import CAPTION_DATE
from newsweave.models import Article
from newsweave.text.dates import WEEKDAYS, date_candidates, resolve_match

# A story that names its picture's day is told within the week after it: its weekdays and the
# picture's day lie in the week that ends on the story's day.
STORY_WEEK_DAYS = 7


def names_the_day(text: str, day: date) -> bool:
    """Whether ``text`` names ``day`` as a story told on it or the next day would: by its
    weekday ("said Sunday") or by its month and day without a year ("on May 11"). A full date
    with its year is how a caption writes the day of its picture."""
    if re.search(rf"\b{WEEKDAYS[day.weekday()].capitalize()}\b", text):
        return True
    for c in date_candidates(text):
        if c.kind in {"mdy", "dmy"} and not c.match.groupdict().get("y"):
            r = resolve_match(c.kind, c.match, c.match.group(0), day, None)
            if r is not None and (r.date.month, r.date.day) == (day.month, day.day):
                return True
    return False


def top_day(days: Iterable[date]) -> str | None:
    """The day most of ``days`` are (the earliest of a tie), if any."""
    counts = Counter(d.isoformat() for d in days)
    if not counts:
        return None
    top = max(counts.values())
    return min(d for d, c in counts.items() if c == top)


def reach_back(day: date, photo: date, named: Iterable[int]) -> tuple[int, int]:
    """How far back from ``day`` the weekdays ``named`` (Monday 0) and the picture's day lie:
    the most days, then the days in all. A story is told on the day of the week from its
    picture that reaches back the least (``_story_day`` in :mod:`newsweave.synthesis.dated`)."""
    back = [(day.weekday() - wd) % 7 for wd in named] + [(day - photo).days]
    return max(back), sum(back)


def story_days(text: str, photo: date) -> frozenset[date]:
    """The days a story whose text names its picture's day (``photo``) may be told on, as the
    page reads it (:func:`reach_back`): which of the weekdays the text writes count (those told
    in the past, not ahead nor in a name, "The Sunday Times") and how often, only the parse
    tells, so every day that reaches back the least for some of them is one."""
    written = sorted(
        {
            WEEKDAYS.index(wd.lower())
            for c in date_candidates(text)
            if c.kind == "weekday" and (wd := c.match.group("wd"))[0].isupper()
        }
    )
    week = [photo + timedelta(days=k) for k in range(STORY_WEEK_DAYS)]
    days: set[date] = set()
    for n in range(len(written) + 1):
        for named in combinations(written, n):
            most = [reach_back(day, photo, named)[0] for day in week]
            days.update(day for day, m in zip(week, most, strict=True) if m == min(most))
    return frozenset(days)


def day_needs_parse(article: Article) -> bool:
    """Whether only the parse tells the day the page puts this article's story on: a photo
    caption's day that its text names, from which its weekdays may reach back to more than one
    day (:func:`story_days`). The store parses these few as it stores them (8 of 660
    Multi-News articles; :func:`newsweave.synthesis.dated.caption_story_days`)."""
    if article.published is None or article.published_source != CAPTION_DATE:
        return False
    day = article.published.date()
    return names_the_day(article.text, day) and len(story_days(article.text, day)) > 1


def stamped_day(
    articles: Iterable[Article], parsed: Mapping[str, date] | None = None
) -> str | None:
    """The day most of these articles' stories are told on as their stamps show it, or None
    where only their parse would tell (the event is then listed undated, never misdated).

    Every publication day counts (a teaser's stamp as one, as the page counts it). A caption's
    day that the text names counts on the page for one day of :func:`story_days`, which only
    the parse tells where there are several: ``parsed`` holds the day the parse put such a
    caption's story on (by article id; the store keeps it, :func:`day_needs_parse`), and
    otherwise the top day is shown only when no choice of them could make another day the top
    (nor tie it from before). A caption's day the text does not name counts for nothing, as
    on the page. An event dated by no publication day nor caption is undated here: its page
    may still read a day from its timeline or its stories' own weekdays, which need the parse
    of the whole event."""
    known: list[date] = []
    unsure: list[frozenset[date]] = []  # the days each of the other captions' stories may be on
    for a in articles:
        if a.published is None:
            continue
        day = a.published.date()
        if a.published_source != CAPTION_DATE:
            known.append(day)
        elif parsed is not None and a.id in parsed:
            known.append(parsed[a.id])
        elif names_the_day(a.text, day):
            days = story_days(a.text, day)
            if len(days) == 1:
                known.extend(days)
            else:
                unsure.append(days)
    top = top_day(known)
    if top is None or not unsure:
        return top
    counts, first = Counter(known), date.fromisoformat(top)
    for d in set(counts).union(*unsure) - {first}:
        most = counts[d] + sum(1 for days in unsure if d in days)
        if most > counts[first] or (most == counts[first] and d < first):
            return None
    return top


__all__ = [
    "STORY_WEEK_DAYS",
    "day_needs_parse",
    "names_the_day",
    "reach_back",
    "stamped_day",
    "story_days",
    "top_day",
]
