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


def test_a_date_alone_in_brackets_or_a_reference_dates_no_happening() -> None:
    """Multinews 82 put "It ties for the longest climb to No. 1 this century, matching ...
    "Where Have You Been" (June 9, 2012)" under that day, 105 "created in revenge for the
    assassination of Lincoln the previous year (April 14, 1865)" under 1865, 33 a quarry's
    finds "(Bader, Hasiotis & Martin, 2009)" under the paper's year. Own prose: a date alone
    in brackets dates the thing before it and a reference its paper, neither the clause; a
    bracketed remark with a verb still dates its remark."""
    text = (
        "The anthem ties for the slowest climb to the top this decade, matching Ada Brennan's "
        'own "Harbour Lights" (March 3, 2015).\n\n'
        "The Harwick quarry has yielded bones of several long-necked dinosaurs (Okafor, Lind "
        "& Marsh, 2011).\n\n"
        "The ferry Tern (which sank in 1989) sails again."
    )
    tl = _timeline(text)
    assert not [e for e in tl if e.date in {"2015-03-03", "2011-01-01"}], tl
    assert any(e.date == "1989-01-01" and "Tern" in e.text for e in tl), tl
