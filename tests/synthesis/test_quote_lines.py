"""A one-outlet detail that is only someone's quotation, with its speaker and verb, is left to
the Quotes section; a quotation the line tells more about stays a detail."""

from __future__ import annotations

from conftest import BATHS_LEAD, BATHS_VOTE, baths_details


def test_a_quotation_with_only_its_speaker_is_left_to_the_quotes() -> None:
    """Own prose: the outlet quotes the councillor twice. The line that is her words and "Ada
    Brandt said" only (before the rule, listed as a detail beside the same words in Quotes) is
    no detail, and the Quotes section still shows her words; the line that tells where she
    spoke and who had gathered there stays a detail."""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    only = (
        '"We will fight this closure in every court in the land until the baths reopen," '
        "Councillor Ada Brandt said."
    )
    more = (
        '"It is a sad day for the town," Brandt said on the steps of the town hall, where '
        "swimmers had gathered with a petition of 2,000 names to keep the baths open."
    )
    text = BATHS_LEAD + only + "\n\n" + more
    details = baths_details(text)
    assert not any("every court" in d for d in details), details
    assert any("sad day" in d for d in details), details
    (event,) = weave([Article(id="baths0", text=text), Article(id="vote", text=BATHS_VOTE)]).events
    assert any("every court" in q.text for q in event.quotes), [q.text for q in event.quotes]


def test_a_quotation_that_names_whom_a_later_she_means_stays() -> None:
    """Own prose: the only line naming the neighbour is her quotation; the line after it tells
    what "she" did. Without the quotation that "she" would stand for no one (multinews 187: the
    line listed after a name the list no longer gave), so the quotation stays for her name."""
    details = baths_details(
        BATHS_LEAD
        + '"I heard the roof of the baths crack and I ran out with the children," said Mara '
        "Lind, a neighbour.\n\n"
        "After the roof cracked, she drove her two children to her sister's house in Denby."
    )
    assert any("Mara Lind" in d for d in details), details
    assert any("sister's house" in d for d in details), details
