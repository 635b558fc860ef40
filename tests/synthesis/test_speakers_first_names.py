"""First names by gender: the data behind a pronoun's agreement with a named person (#15)."""

from __future__ import annotations

from newsweave.synthesis.quotes.first_names import (
    FEMALE_FIRST_NAMES,
    FIRST_NAMES,
    MALE_FIRST_NAMES,
    PERSON_FIRST_NAMES,
    UNISEX_FIRST_NAMES,
)
from newsweave.synthesis.quotes.speakers import name_gender


def test_first_names_are_lower_case_and_of_one_gender_each() -> None:
    assert not MALE_FIRST_NAMES & FEMALE_FIRST_NAMES
    assert FIRST_NAMES == MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
    assert all(n == n.lower() and n.isalpha() for n in PERSON_FIRST_NAMES)
    assert PERSON_FIRST_NAMES == FIRST_NAMES | UNISEX_FIRST_NAMES
    assert not FIRST_NAMES & UNISEX_FIRST_NAMES


def test_a_first_name_gives_the_gender_a_title_overrides() -> None:
    assert name_gender("David Kendall", None, set()) == "m"
    assert name_gender("Stephanie Reitz", None, set()) == "f"
    assert name_gender("David Kendall", "mrs", set()) == "f"
    assert name_gender("Quartz Vane", None, set()) is None
    assert name_gender("Tony Marsh", None, set()) == "m"
    assert name_gender("Vera Lindqvist", None, set()) == "f"


def test_a_name_borne_by_men_and_women_gives_no_gender() -> None:
    for name in ("Leslie Okafor", "Kelly Draper", "Taylor Brandt", "Robin Aldous", "Kim Jong"):
        assert name.split()[0].lower() in UNISEX_FIRST_NAMES
        assert name_gender(name, None, set()) is None
    assert name_gender("Robin Aldous", "mr", set()) == "m"


def test_a_name_of_one_word_is_no_first_name() -> None:
    # (mn-val-159, -205) "Dr. Jennifer Ashton" typed "Ashton", "their producing partner Todd":
    # surnames, whatever first names they look like
    assert name_gender("Ashton", None, set()) is None
    assert name_gender("Todd", None, set()) is None
    assert name_gender("Todd", "mrs", set()) == "f"
