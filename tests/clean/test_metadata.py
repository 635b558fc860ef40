"""Metadata read from text: dates, bylines, outlets, URLs, language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsweave.clean import metadata as md


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("May 11, 2025", datetime(2025, 5, 11)),
        ("Sunday, May 11, 2025 10:32 pm", datetime(2025, 5, 11, 22, 32)),
        ("Updated: 11 May 2025", datetime(2025, 5, 11)),
        (
            "Published Sept. 3, 2024 at 7:05 a.m. EDT",
            datetime(2024, 9, 3, 7, 5, tzinfo=timezone(timedelta(hours=-4))),
        ),
        ("May 11, 2025 10:32 GMT", datetime(2025, 5, 11, 10, 32, tzinfo=UTC)),
        ("2025-05-11T08:30", datetime(2025, 5, 11, 8, 30)),
        ("03 March 2026", datetime(2026, 3, 3)),
    ],
)
def test_datelines(line: str, expected: datetime) -> None:
    assert md.dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Putin spoke at a press conference on May 11, 2025, calling for direct talks with Kyiv without preconditions.",
        "Sunday",
        "Updated:",
        "The 2022 invasion",
        "February 30, 2025",
    ],
)
def test_not_datelines(line: str) -> None:
    assert md.dateline(line) is None


def test_date_label() -> None:
    assert md.is_date_label("Updated:") and md.is_date_label("Published")
    assert not md.is_date_label("Updated: May 11, 2025")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By [AFP](#)", "AFP"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("by Maren Holt | Updated 3 hours ago", "Maren Holt"),
        ("Written by: Idris Okafor", "Idris Okafor"),
        ("Byzantine walls restored", None),
    ],
)
def test_bylines(line: str, name: str | None) -> None:
    assert md.byline_from_line(line) == name


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("Ryan Morgan", True),
        ("Mary-Kate O'Neill", True),
        ("Top News", False),
        ("Related Articles", False),
        ("News", False),
        ("Ryan Morgan said.", False),
        ("NO CEASEFIRE?", False),
    ],
)
def test_person_name_lines(line: str, ok: bool) -> None:
    assert md.is_person_name(line) is ok


def test_outlets() -> None:
    assert (
        md.outlet_from_copyright(
            "Copyright © 2025 GlobalPost Media Corporation. All Rights Reserved."
        )
        == "GlobalPost"
    )
    assert (
        md.outlet_from_copyright("© 2024 Gullport Herald Media Ltd. All rights reserved.")
        == "Gullport Herald"
    )
    assert md.outlet_from_copyright("Copyright: All rights reserved.") is None
    assert md.outlet_from_url("https://www.themoscowtimes.com/2025/05/11/x") == "The Moscow Times"
    assert md.outlet_from_url("https://edition.cnn.com/x") == "CNN"
    assert md.outlet_from_url("https://news.example.org/x") == "news.example.org"
    assert md.outlet_from_url(None) is None


def test_original_url_and_markdown() -> None:
    assert md.original_url("Original url: <https://x.example/a>") == "https://x.example/a"
    assert md.original_url("Original url:") is None
    assert (
        md.strip_markdown_links("By [AFP](#) and [Reuters](https://r.example)")
        == "By AFP and Reuters"
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The council said on Monday that the ferry would not run until the repairs were done and checked.",
            "en",
        ),
        (
            "Le conseil a déclaré lundi que le ferry ne circulerait pas avant la fin des réparations et des contrôles.",
            "fr",
        ),
        (
            "Der Rat teilte am Montag mit, dass die Fähre erst nach dem Abschluss der Reparaturen wieder fahren werde.",
            "de",
        ),
        (
            "El consejo dijo el lunes que el ferry no volverá a circular hasta que terminen las reparaciones y los controles.",
            "es",
        ),
        ("21 Day Fix\nP90X3\nCIZE\nFOCUS T25", None),
    ],
)
def test_language(text: str, lang: str | None) -> None:
    assert md.detect_language(text) == lang


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # a byline's "by" after the year, and a dash set off by spaces before the rights
        ("Copyright 2019 by WQRT NewsCenter - All rights reserved.", "WQRT NewsCenter"),
        ("Copyright © 2021 by Pellham Harbour Publicity ", "Pellham Harbour Publicity"),
        # an escaping pass made "&C" an entity ("&C;"): the stray ";" goes, a real one is read
        ("Copyright 2012 B&C; Publishing. All Rights Reserved.", "B&C"),
        ("Copyright 2012 Hale &amp; Dorr Weekly. All rights reserved.", "Hale & Dorr Weekly"),
        # a dash inside the name is the name's; the parent company in brackets is not
        ("Copyright 2015 KTRX-TV (Bellweather Corporation). All rights reserved.", "KTRX-TV"),
    ],
)
def test_outlet_names_read_from_copyright_lines_as_a_reader_writes_them(
    line: str, outlet: str
) -> None:
    """Multi-News showed "by WDIV ClickOnDetroit", "E&amp;E;" and "WGCL" (of WGCL-TV)."""
    assert md.outlet_from_copyright(line) == outlet


@pytest.mark.parametrize(
    ("line", "expected", "source"),
    [
        # a video teaser's stamp closing the story's first paragraph (multinews 16, 119, 161)
        (
            "The council voted to close the ferry dock after the storm. (Published Friday, June 27, 2014)",
            datetime(2014, 6, 27),
            md.TEASER_DATE,
        ),
        (
            "By Jane Doe, Harbour Desk / Published March 24, 2017",
            datetime(2017, 3, 24),
            md.STAMP_DATE,
        ),
        (
            "Ferry service halted | Updated Sept. 3, 2024 at 7:05 a.m.",
            datetime(2024, 9, 3, 7, 5),
            md.STAMP_DATE,
        ),
    ],
)
def test_stamps_closing_a_line_are_read(line: str, expected: datetime, source: str) -> None:
    found = md.stamp(line)
    assert found is not None and (found.value, found.source) == (expected, source)


@pytest.mark.parametrize(
    "line",
    [
        # a story's own parenthesis dates a report, not the page
        "The harbour study (published March 3, 2014) found the dock unsafe.",
        "The board cited the harbour study (published March 3, 2014)",
        # a stamp in the middle of a line, or with more than a date after its label
        "(Published Friday, June 27, 2014) The council voted to close the dock.",
        "The board met on the dock. (Posted by the town's old harbour office, March 3, 2014)",
        "(Updated at 9:23 a.m. to correct the name of the driver)",
    ],
)
def test_no_stamp_outside_a_stamp_position(line: str) -> None:
    assert md.stamp(line) is None


def test_page_date_reads_a_stamp_near_the_top_only() -> None:
    """A stamp in the first lines dates the page (the earliest of them: an update is later); one
    further down closes a related video's teaser; a dateline wins over a stamp."""
    story = "The council voted to close the ferry dock after the storm damaged its pilings."
    lines = [
        "Ferry dock closed",
        f"{story} (Updated Saturday, June 28, 2014)",
        f"{story} (Published Friday, June 27, 2014)",
        story,
        story,
        f"{story} (Published Monday, May 5, 2014)",
    ]
    reasons: list[str | None] = ["header", None, None, None, None, None]
    found = md.page_date(lines, reasons, 1, len(lines), None)
    assert found is not None
    assert (found.value, found.source) == (datetime(2014, 6, 27), md.TEASER_DATE)
    below = [lines[0], story, story, story, lines[5]]
    assert md.page_date(below, reasons[:5], 1, len(below), None) is None
    dated = ["June 26, 2014", *lines[1:]]
    found = md.page_date(dated, ["date", None, None, None, None, None], 1, len(dated), None)
    assert found is not None and (found.value, found.source) == (datetime(2014, 6, 26), "dateline")


def test_a_byline_ends_before_its_stamp() -> None:
    assert md.byline_from_line("By Jane Doe, Harbour Desk / Published March 24, 2017") == (
        "Jane Doe, Harbour Desk"
    )


def test_a_text_whose_first_paragraph_closes_with_a_stamp_is_dated_by_it() -> None:
    """Multinews 119: "... has the details. (Published Tuesday, April 23, 2013)" above the story."""
    from newsweave.clean.text import clean_text

    raw = (
        "The harbour board shut the ferry dock after the storm. Our reporter has the details. "
        "(Published Tuesday, April 22, 2014)\n\n"
        "The harbour board voted on Tuesday to close the ferry dock until its pilings are "
        "replaced, after engineers found that the storm had cracked three of them.\n\n"
        "Ferries will land at the fishing pier meanwhile, the board said, and the timetable "
        "will run as before while the work goes on through the summer months.\n\n"
        "Engineers expect the repairs to take about ten weeks and to cost the town more than "
        "it had set aside for the whole harbour this year, the board's chair told the meeting."
    )
    found = clean_text(raw).date
    assert found is not None
    assert (found.value, found.source) == (datetime(2014, 4, 22), md.TEASER_DATE)
