"""Which words around a date say more of it: a season before a year (own prose)."""

from __future__ import annotations

from newsweave.synthesis.date_words import season_month


def test_a_season_before_a_year_gives_the_month_it_opens() -> None:
    """Multinews 130: "In spring 2017" and "in summer 2017" are two spans of months of 2017."""
    text = "In spring 2021 the board met; in Summer of 2021 it sold the quay; in 2021 it closed."
    assert season_month(text, text.index("2021")) == 4
    assert season_month(text, text.index("2021", 20)) == 7
    assert season_month(text, text.rindex("2021")) is None


def test_two_seasons_before_a_year_open_with_the_first() -> None:
    """Multinews 195: "the summer and fall of 2013" opens in the summer."""
    text = "The trips took place in the summer and fall of 2013."
    assert season_month(text, text.index("2013")) == 7
