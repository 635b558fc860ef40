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
        (("The first ferry left the Riverton quay on Monday with 40 passengers.",), False),
    ],
)
def test_captions_credits_and_questions_are_not_statements(texts: tuple[str, ...], trivia: bool):
    sents = _sentences(*texts)
    nxt = sents[1] if len(sents) > 1 else None
    assert is_trivia(sents[0], nxt) is trivia
