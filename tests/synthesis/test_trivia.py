"""Statements and what is not one: captions, credits and questions are no statements (own
prose)."""

from __future__ import annotations

import pytest

from newsweave.models import Sentence
from newsweave.synthesis.trivia import is_trivia


def _sentences(*texts: str) -> list[Sentence]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence("a", pos, pos + len(t), t, i))
        pos += len(t) + 1
    return out


@pytest.mark.parametrize(
    ("texts", "trivia"),
    [
        # a person's place in the picture: a caption
        (("A harbour pilot, left, hands the mayor a life jacket at the Riverton quay.",), True),
        # a caption followed by its credit in brackets, photographer and outlet
        (
            (
                "The mayor watches as the first ferry leaves the Riverton quay on April 10.",
                "(Ana Ruiz/The Riverton Gazette)",
            ),
            True,
        ),
        # a person's place in the picture in brackets, and a sentence about the picture
        (("The second pilot (front) hands the mayor a life jacket at the Riverton quay.",), True),
        (("A close-up photograph shows the mayor holding the ferry contract at the quay.",), True),
        # a question asserts nothing; a question someone is reported to ask is a statement
        (("What did the mayor know about the ferry contract before the vote?",), True),
        (('The mayor asked the board, "Who signed the ferry contract?"',), False),
        (("The mayor turned left, then right, before the ferry left the quay.",), False),
        # a wire's staff credit cut before its "contributed" (a scrape's end), and one whole;
        # the wire reporting a statement is a statement
        (("Associated Press writers Ana Ruiz in Riverton, Maine; Tom Berg in Nordvik.",), True),
        (("AP Diplomatic Writer Tom Berg in Nordvik contributed to this report.",), True),
        (("The Associated Press reported that the ferry left the quay on Monday.",), False),
        (("The first ferry left the Riverton quay on Monday with 40 passengers.",), False),
    ],
)
def test_captions_credits_and_questions_are_not_statements(texts: tuple[str, ...], trivia: bool):
    sents = _sentences(*texts)
    nxt = sents[1] if len(sents) > 1 else None
    assert is_trivia(sents[0], nxt) is trivia


@pytest.mark.parametrize(
    "text",
    [
        # the headline's captions are the facts stage's too (one list, CAPTIONS)
        "In this May 3, 2015 photo, divers search the water under the Riverton quay for the "
        "missing ferry.",
        "The harbour master's car is pictured at the Riverton quay in this photo released by "
        "the port police.",
        "A 2013 photo shows the gates of the Riverton lock raised high to let the ferry through.",
        # an abbreviated month, and a video player's caption under its close button
        "In this Dec. 13, 2004 file photo, the last Riverton ferry leaves the quay at dawn.",
        "CLOSE Crowds lined the Riverton quay as the last ferry left for Nordvik on Monday.",
    ],
)
def test_a_caption_the_title_passes_over_is_no_statement(text: str) -> None:
    assert is_trivia(_sentences(text)[0], None)


def test_shown_in_a_statement_is_no_caption() -> None:
    """Own prose: "is shown in" a quality, or a person on a screen, is said of the news."""
    for text in (
        "The harbour master said her courage is shown in how the crew kept the ferry afloat.",
        "The crew cheered when the harbour master is shown for the rescue on the big screen.",
    ):
        assert not is_trivia(_sentences(text)[0], None), text


@pytest.mark.parametrize(
    ("text", "trivia"),
    [
        # Multi-News 033: a paper's legend and the credit closing it, run into its text
        ("Figure 2: Location (A) and map (B) of the clay pit near Ormond, with the jaw.", True),
        ("Table 1. Lengths and widths of the lower teeth of the Ormond jaw, in millimetres.", True),
        ("Pit map modified from Hale & Dunne, who surveyed the clay pit near Ormond.", True),
        ("Adapted from a drawing by the museum's artist of the clay pit near Ormond.", True),
        ("Teeth of the jaw from the clay pit near Ormond are plotted as white dots.", True),
        ("Arrows show the two paths by which the lizard reached the clay pit near Ormond.", True),
        # a figure and a table in the news, and a change someone made, are statements
        ("The figure rose to 40 jaws in the museum's collection after the Ormond find.", False),
        ("Engineers adapted from an old Danish design the hull of the new Ormond ferry.", False),
    ],
)
def test_a_papers_figure_legend_is_no_statement(text: str, trivia: bool) -> None:
    assert is_trivia(_sentences(text)[0], None) is trivia
