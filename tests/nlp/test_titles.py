"""An abbreviated title before a name keeps its sentence whole (:mod:`newsweave.nlp.titles`)."""

from __future__ import annotations

import pytest

from newsweave import nlp
from newsweave.config import Settings
from newsweave.models import Article

SETTINGS = Settings()  # the defaults: no environment read


def _sentences(text: str) -> list[str]:
    (an,) = nlp.analyze([Article("quay", text)], nlp.get_spacy(SETTINGS))
    return [s.text for s in an.sentences]


@pytest.mark.parametrize(
    "text",
    [
        # Multi-News 244's shape: "The USS Fitzgerald's captain, Cmdr. Bryce Benson, was …"
        "The ferry's master, Capt. Ana Ruiz, was flown to the Port Ellis hospital on Friday.",
        "Sgt. Tomas Lund said the crane fell at dawn.",
        "The harbour board heard from Det. Mara Quist and from Supt. Olle Berg on Friday.",
        "Sens. Ana Ruiz and Tomas Lund voted against the ferry subsidy.",
    ],
)
def test_a_name_after_an_abbreviated_title_starts_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_sentence_may_still_open_after_a_title_that_ends_one() -> None:
    """ "promoted to Capt." ends its sentence when the next word opens one, not a name."""
    text = "Ruiz was promoted to Capt. The ferry sailed on without her."
    assert len(_sentences(text)) == 2


def test_a_dash_after_an_abbreviations_full_stop_goes_on_with_the_sentence() -> None:
    """Multi-News 017: "on the 23rd floor of 3415 Neptune Ave. — a Coney Island high-rise
    riddled with violations ..." was cut at "Ave." and its apposition listed as a detail. Own
    prose: one sentence; a dash before a capital may still open one."""
    text = "The crane fell outside 12 Harbour Ave. — a warehouse the port had closed in May."
    assert _sentences(text) == [text]
    two = "The crane fell outside the warehouse. — The port said it would reopen in May."
    assert len(_sentences(two)) == 2
