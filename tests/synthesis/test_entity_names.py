"""What a recognised name looks like from its words alone: a page's furniture, a full name."""

from __future__ import annotations

import pytest

from newsweave.synthesis.entity_names import head_type, page_furniture, reads_as_full_name


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        # a page's controls, captions and shouted labels (own words, shaped like multinews')
        ("Replay Older Clips", True),
        ("Follow Harbourwatch", True),
        ("Slideshow", True),
        ("Bonus Goal - UNLOCKED", True),
        ("CLOSE Storm-battered", True),
        ("Harbour SWAT", True),
        # people, whatever words their names share with a page
        ("Glenn Close", False),
        ("Thomas More", False),
        ("Clement VIII", False),
        ("ILSE MARTEN", False),
        ("DJ Tavo", False),
    ],
)
def test_a_pages_furniture_is_told_from_a_name(name: str, furniture: bool) -> None:
    assert page_furniture(name) is furniture


def test_a_full_name_and_a_head_word() -> None:
    assert reads_as_full_name("Ilse Marten")
    assert not reads_as_full_name("Ilse Marten Hospital")
    assert head_type("Marlow Borough", "PERSON") == "GPE"
    assert head_type("Borough", "PERSON") is None
