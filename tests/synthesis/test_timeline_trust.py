"""Timeline entries a reader can trust: no entry for a date that only bounds a happening, a
heading's year, the year a thing comes from or a quoted question; a possessive date shown by
the happening it names, a range of years as one entry, a clause shown once (own prose, each
with the shape of a multinews failure of session 35)."""

from __future__ import annotations

from datetime import datetime

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run


def _timeline(text: str, published: datetime | None) -> list:
    art = Article("t1", text, published=published)
    return run(Workspace([art]), ["timeline"]).timeline


def test_a_date_that_only_bounds_a_happening_is_no_entry() -> None:
    """Multinews 77: "whichever underground entrepreneurs had their business before July 1" and
    "as dispensaries loaded up on supply prior to July 1 when the new wholesale tax took effect"
    stood under July 1; 184: "the decree ..., which will institute the new security measures
    beginning Jan. 7 and going until March 21, 2014" under March 21. Own prose: those go; a
    range "from ... until ..." and the happening of the day stay."""
    text = (
        "Shoppers could still buy from the old stalls before July 1. "
        "Traders stocked up on fish prior to July 1, when the new harbour toll took effect. "
        "The ferry will run on the winter timetable until March 21, 2018. "
        "The harbour master served on the board from 2010 until 2014. "
        "The new market opened on July 3."
    )
    got = [(e.date, e.end) for e in _timeline(text, datetime(2017, 7, 6))]
    assert got == [("2010-01-01", "2014-12-31"), ("2017-07-03", None)], got


def test_a_headings_year_is_no_happening() -> None:
    """Multinews 165 listed "2010 Illinois Election Guide" under 2010 and 202 "Misuse of Drugs
    (Amendment) Bill 2015" under 2015: a heading or a name, every word capitalised. Own prose:
    the heading goes, the sentence under it stays."""
    text = "2016 Harbour Council Election Guide\n\nThe harbour council met in 2016 to redraw its wards."
    got = [e.text.rstrip(".") for e in _timeline(text, datetime(2017, 3, 2))]
    assert got == ["The harbour council met in 2016 to redraw its wards"], got


def test_a_possessive_date_shows_the_happening_it_names() -> None:
    """Multinews 27: "The identity of the last attacker in Saturday's attack that left seven dead
    and dozens wounded came as a new search was underway ..." stood under Saturday, though what
    came was Tuesday's news. Own prose: the entry shows the happening of Saturday."""
    text = (
        "The identity of the third bomber in Saturday's attack on the harbour market came as "
        "police searched a house in the old town."
    )
    got = [e.text.rstrip(".") for e in _timeline(text, datetime(2017, 6, 6))]  # a Tuesday
    assert got == ["Saturday's attack on the harbour market"], got


def test_a_year_a_thing_comes_from_is_no_happening() -> None:
    """Multinews 46: "Skull Island is, reportedly, a reboot of the original King Kong from 1933"
    stood under 1933, 213's "... since the Popeye and Son series from 1987" under 1987; 156's
    "an airman who served with Valencia del Toro from 2010 to 2014" stood under 2010 alone (the
    "2014" after "to" was no year). Own prose: the year a thing comes from goes; a range "from
    ... to ..." is one entry over both years."""
    text = (
        "The new show is, reportedly, a remake of the original harbour film from 1962. "
        "The harbour master served on the board from 2010 to 2014."
    )
    got = [(e.date, e.end) for e in _timeline(text, datetime(2017, 3, 2))]
    assert got == [("2010-01-01", "2014-12-31")], got


def test_a_quoted_question_is_no_happening() -> None:
    """Multinews 45: "“In 2050 will there be enough people working to pay for pensions?” asks
    Frans Willekens, director of ..." stood under 2050 (the sentence ends on the speaker, not
    on the question mark). Own prose: the question goes, the happening stays."""
    text = (
        "“In 2019 will there be enough people fishing to keep the harbour open?” asks Marten "
        "Holt, director of the Harbour Fishing Institute in Norwick. “The answer is no.” "
        "The harbour board bought four new boats in 2015."
    )
    got = [e.date for e in _timeline(text, datetime(2017, 3, 2))]
    assert got == ["2015-01-01"], got


def test_a_clause_cited_with_and_without_its_stop_is_shown_once() -> None:
    """Multinews 177: "At the same time, there's also one core support group in which Obama is
    hurting - young adults, a group he won by an historic margin in 2008, and strongly again in
    2012" stood under 2008 and again under 2012, once cited with its full stop and once
    without. Own prose: the sentence is one entry."""
    text = (
        "At the same time, there's also one old ally with whom the mayor is struggling - the "
        "fishermen, a group he won by a wide margin in 2008, and narrowly again in 2012."
    )
    got = [e.date for e in _timeline(text, datetime(2013, 11, 20))]
    assert len(got) == 1, got


def test_an_entry_keeps_the_bracket_its_words_open() -> None:
    """Multinews 18 showed "... has nearly doubled from 2011 (33%) to 2014 (61" and 105 "...
    the previous year (April 14, 1865": the clause's trailing ")" was dropped as punctuation
    (with the "%" before it); 118 "... syndrome.[12". Own prose: a bracket opened in the entry is
    closed in it, a page's reference mark dropped (a date alone in brackets dates no entry:
    test_timeline_remarks)."""
    text = (
        "In 2015, the share of riders paying by phone rose from 2012 (21%) to 2015 (48%). "
        "The bridge was closed after the flood of the previous spring (on March 3, 2014). "
        "In 1996, the league set up its first panel on head injuries.[7]"
    )
    got = [e.text for e in _timeline(text, datetime(2016, 5, 2))]
    assert any(t.endswith("to 2015 (48%)") for t in got), got
    assert any(t.endswith("(on March 3, 2014)") for t in got), got
    # a scraped page's reference mark is no word of the entry
    assert any(t.endswith("on head injuries.") for t in got), got


def test_a_holiday_with_its_year_is_its_day() -> None:
    """Multinews 21 listed "When she passed, on Christmas Eve, 2016, ..." under 2016. Own prose:
    the entry stands under the holiday's day."""
    text = "The old lighthouse keeper died on Christmas Eve, 2016, at his home by the harbour."
    got = [(e.date, e.precision) for e in _timeline(text, datetime(2017, 3, 1))]
    assert got == [("2016-12-24", "day")], got
