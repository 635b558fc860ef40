"""First names by gender: the data behind a pronoun's agreement with a named person (#15)."""

from __future__ import annotations

from newsweave.synthesis.quotes.first_names import (
    FEMALE_FIRST_NAMES,
    FIRST_NAMES,
    MALE_FIRST_NAMES,
    OTHER_FIRST_NAMES,
    PERSON_FIRST_NAMES,
)
from newsweave.synthesis.quotes.speakers import name_gender


def test_first_names_are_lower_case_and_of_one_gender_each() -> None:
    assert not MALE_FIRST_NAMES & FEMALE_FIRST_NAMES
    assert FIRST_NAMES == MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
    assert all(n == n.lower() and n.isalpha() for n in PERSON_FIRST_NAMES)
    assert PERSON_FIRST_NAMES == FIRST_NAMES | OTHER_FIRST_NAMES


def test_a_first_name_gives_the_gender_a_title_overrides() -> None:
    assert name_gender("David Kendall", None, set()) == "m"
    assert name_gender("Stephanie Reitz", None, set()) == "f"
    assert name_gender("David Kendall", "mrs", set()) == "f"
    assert name_gender("Quartz Vane", None, set()) is None
    # the longer list marks a person's name and gives no gender
    assert "tony" in OTHER_FIRST_NAMES
    assert name_gender("Tony Marsh", None, set()) is None
