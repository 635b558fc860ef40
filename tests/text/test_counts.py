"""Counts in words: one of a thing is singular, any other number plural."""

from __future__ import annotations

from newsweave.text.counts import noun, plural


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert [plural(n, "new article") for n in (0, 1, 2)] == [
        "0 new articles",
        "1 new article",
        "2 new articles",
    ]
    assert noun(1, "independent origin") == "independent origin"
    assert noun(12, "independent origin") == "independent origins"
