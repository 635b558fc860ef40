"""The timeline's side remarks: a date in a bracketed clause dates only that clause, and a
year's possessive dates nothing of its own (own prose, shaped like multinews sentences)."""

from __future__ import annotations

from datetime import datetime

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run


def _timeline(text: str):
    art = Article("r1", text, published=datetime(2024, 5, 10))
    return run(Workspace([art]), ["timeline"]).timeline


def test_a_date_in_a_bracketed_clause_dates_only_that_clause() -> None:
    """Multinews 44 put "For the reunion shows ... the band will be joined by ... pianist Bruce
    Hornsby (who toured with the Dead in 1992) and ..." under 1992, and 70 "far grislier than
    Sam Raimi's 1981 original (which ... acquired an NC-17 for a 1995 re-release)" under 1995.
    Own prose: the remark is shown with its noun, the sentence's happening is not under its
    year; a bracket that is the whole clause stays as it is."""
    text = (
        "For the harbour festival the choir will be joined by organist Ada Brennan (who sang "
        "with the Harwick chorus in 1998) and drummer Leo Marsh.\n\n"
        "The new ferry is far slower than Tomas Verley's old boat (which was first launched in "
        "1971 but was rebuilt in 1989).\n\n"
        "(The old quay was closed in 2003.)"
    )
    tl = _timeline(text)
    texts = {e.date: e.text for e in tl}
    assert texts.get("1998-01-01") == (
        "organist Ada Brennan (who sang with the Harwick chorus in 1998)"
    ), tl
    assert all("festival" not in e.text and "slower" not in e.text for e in tl), tl
    assert any(e.date == "2003-01-01" and "old quay" in e.text for e in tl), tl


def test_a_years_possessive_dates_nothing() -> None:
    """Multinews timelines listed "Monday the Dow shed 1,175 points, ... wiping all of 2018's
    gains" under 2018 and "... came to prominence in Hollywood with 1986's Top Gun" under 1986.
    Own prose: a year's possessive names a thing of that year and is no entry; the same year
    written as when something happened stays, and a day's possessive still dates its happening."""
    text = (
        "On Monday the harbour index shed 310 points, wiping out all of 2023's gains.\n\n"
        "The skipper came to fame in Harwick with 1986's Long Crossing and last year's record "
        "catch.\n\n"
        "The council opened the north quay in 2019.\n\n"
        "Saturday's storm that sank three boats and flooded the market was the worst in years."
    )
    tl = _timeline(text)
    dates = {e.date for e in tl}
    assert {"2024-05-06", "2019-01-01", "2024-05-04"} <= dates, tl
    assert not {"2023-01-01", "1986-01-01"} & dates, tl
