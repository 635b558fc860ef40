"""Statements and what is not one: captions and credits are no statements (own prose)."""

from __future__ import annotations

import pytest

from newsweave.models import Sentence
from newsweave.synthesis.units import is_trivia


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
        (("The mayor turned left, then right, before the ferry left the quay.",), False),
        (("The first ferry left the Riverton quay on Monday with 40 passengers.",), False),
    ],
)
def test_captions_and_their_credits_are_not_statements(texts: tuple[str, ...], trivia: bool):
    sents = _sentences(*texts)
    nxt = sents[1] if len(sents) > 1 else None
    assert is_trivia(sents[0], nxt) is trivia
