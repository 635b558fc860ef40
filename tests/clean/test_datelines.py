"""A story's dateline in text mode: where the story begins, and whose copy it is (own prose)."""

from __future__ import annotations

from newsweave.clean.datelines import DATELINE_LOOK_LINES, dateline_source
from newsweave.clean.text import clean_text

CAPTION = (
    "Volunteers stack sandbags along the river wall in Lakeport on Tuesday, March 3, 2020, "
    "as the water rises."
)
STORY = (
    "The river that runs through Lakeport rose two metres overnight and flooded the lower "
    "town, the county's emergency office said on Wednesday.\n\n"
    "About 400 residents spent the night in the school gym, and the ferry to the islands was "
    "halted until the current slows, officials said."
)


def test_a_caption_above_the_dateline_is_the_page_s_and_the_wire_names_the_story():
    out = clean_text(f"{CAPTION}\n\nLAKEPORT, Ore. (AP) — {STORY}")
    assert out.text.startswith("LAKEPORT, Ore. (AP) — The river")
    assert "sandbags" not in out.text
    assert any(r.reason == "caption" and "sandbags" in r.text for r in out.removed)
    assert out.outlet == "AP"


def test_a_network_or_a_station_dateline_names_its_own_newsroom():
    assert clean_text(f"Lakeport (CNN) {STORY}").outlet == "CNN"
    assert clean_text(f"LAKEPORT, Ore. (KLPT) — {STORY}").outlet == "KLPT"
    assert dateline_source("PARIS (Associated Press) — The museum reopened.") == "AP"
    assert dateline_source("Paris (and its suburbs) voted on Sunday.") is None


def test_a_page_that_names_itself_keeps_its_name():
    page = f"LAKEPORT, Ore. (AP) — {STORY}\n\nCopyright 2020 Lakeport Courier. All rights reserved."
    assert clean_text(page).outlet == "Lakeport Courier"


def test_a_dateline_further_down_is_a_second_story_s_and_cuts_nothing():
    lead = STORY.split("\n\n")
    extra = [
        f"Paragraph {n} of the story tells what the council decided about the flood."
        for n in range(DATELINE_LOOK_LINES)
    ]
    page = "\n\n".join(
        [*lead, *extra, "SALEM, Ore. (AP) — A second story begins here on the page."]
    )
    out = clean_text(page)
    assert out.text.startswith("The river that runs through Lakeport")
    assert out.outlet is None


def test_a_headline_above_the_dateline_stays():
    """PolNeAR's texts open on their headline, then the wire's dateline: a line no longer than
    a headline is no caption, and is kept as it was."""
    head = "Harbour town counts the cost of a flooded winter."
    out = clean_text(f"{head}\n\nLAKEPORT, Ore. (AP) — {STORY}")
    assert head in out.text or out.title == head
    assert out.outlet == "AP"


def test_a_caption_and_its_wire_credit_run_into_the_lead_are_the_page_s() -> None:
    """A photo's caption and the wire's credit for it, printed on the story's first line (as
    multinews 217 has it): the story begins after the credit, and the credit names no outlet
    (the wire took the photo, not the story)."""
    caption = "The deck of a Lakeport ferry at the north pier."
    out = clean_text(f"{caption} AP Lakeport Ferries on Thursday said it would halt {STORY}")
    assert out.text.startswith("Lakeport Ferries on Thursday said it would halt The river")
    assert any(r.reason == "caption" and r.text == f"{caption} AP" for r in out.removed)
    assert out.outlet is None


def test_a_sentence_opening_on_a_name_like_a_credit_further_down_stays() -> None:
    """An agency's name opening a sentence of the story is no credit: only the page's first
    lines of text may carry a photo, and "EPA" opens prose ("EPA Administrator ...")."""
    lead = STORY.split("\n\n")
    extra = [
        f"Paragraph {n} of the story tells what the council decided about the flood."
        for n in range(DATELINE_LOOK_LINES)
    ]
    late = "The ferry stopped at noon. AP Photo Editor Ann Ruiz took the pictures."
    epa = "Officials met on Monday. EPA Administrator Joan Hale said the water was safe."
    out = clean_text("\n\n".join([epa, *lead, *extra, late]))
    assert out.text.startswith(epa)
    assert late in out.text
