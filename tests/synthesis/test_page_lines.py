"""Lines of a page that are not its outlet's report: the note on its writers, a transcript's
turns, the page's own list and offers."""

from __future__ import annotations

from conftest import BATHS_LEAD, baths_details
from newsweave.models import Span
from newsweave.synthesis.page_lines import guest_turns


def test_the_note_on_a_pieces_writers_is_no_detail() -> None:
    """Own prose in the shape of Multi-News 247: an opinion piece signed in its byline closes on
    who its writers are; those lines are the page's credit. A line on a councillor the piece
    named before stays."""
    details = baths_details(
        "By Nora Vell and Tom Ashby\n\n" + BATHS_LEAD + "Councillor Ada Brandt voted to keep the "
        "baths open, and she asked the county on Wednesday for a grant of 90,000 pounds.\n\n"
        "The swimming club will hold its last gala at the baths on September 28.\n\n"
        "Brandt is the longest-serving member of the council that voted to close the baths.\n\n"
        "Nora Vell is an assistant professor of history at Denby College. Tom Ashby is "
        "executive editor of the Marlow Review."
    )
    assert not any(d.startswith(("Nora Vell is", "Tom Ashby is")) for d in details), details
    assert any(d.startswith("Brandt is the longest-serving") for d in details), details


def test_a_transcripts_turns_are_nobaths_details() -> None:
    """Own prose: an interview printed turn by turn gives its guest's words in the guest's
    turns (the host, who speaks first, tells the news for the outlet); a page's section
    labels, one of them repeated, make no transcript."""
    interview = (
        "HOST: The council closed the Kent Road swimming baths on Tuesday after ninety years.\n\n"
        "BRANDT: The council will sell the baths to a developer for 1.2 million pounds in "
        "December.\n\n"
        "HOST: The swimming club of the baths has 300 members who will now swim in Denby.\n\n"
        "BRANDT: The club will hold its last gala at the Kent Road baths on September 28."
    )
    turns = guest_turns("a", interview)
    assert [interview[t.start : t.end].split(":")[0] for t in turns] == ["BRANDT", "BRANDT"]
    assert turns[0] == Span("a", interview.index("BRANDT"), interview.index("HOST", 10))
    assert (
        guest_turns("a", "RELATED: Pools across the county\n\nRELATED: A history\n\nPHOTOS: x")
        == []
    )
    details = baths_details(BATHS_LEAD + interview)
    assert not any("developer" in d or "gala" in d for d in details), details


def test_the_pages_own_list_and_offers_are_nobaths_details() -> None:
    """Own prose: "..., here are ten of the best memories ..." promises the page's list, and a
    fundraiser's offer to whoever gives is its promotion; a line that gives what it points at
    after a colon stays."""
    details = baths_details(
        BATHS_LEAD
        + "From the first gala in 1931 to the last lifeguard's whistle, here are ten of the "
        "best memories swimmers shared with the Marlow Mercury.\n\n"
        "Everyone who donates at least 10 pounds gets a tile from the old changing rooms.\n\n"
        "Here is what the council's survey of the Kent Road swimming baths found: the roof, the "
        "boilers and the filters of the baths all need replacing within two years."
    )
    assert not any("here are ten" in d for d in details), details
    assert not any(d.startswith("Everyone who donates") for d in details), details
    assert any(d.startswith("Here is what the council") for d in details), details
