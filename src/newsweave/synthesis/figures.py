"""Plural magnitudes ("thousands of letters") as figures: the alignment and the citation check
compare them with each other and with figures in digits, so that "thousands" and "hundreds"
are two different counts while "thousands" and "4,500" are one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A figure as the features keep it: digits, commas dropped ("15000", "1.5").
_FIGURE = re.compile(r"\d+(?:\.\d+)?")

# Each plural magnitude and the range of figures it stands for.
MAGNITUDES: dict[str, tuple[float, float]] = {
    "dozens": (12.0, 100.0),
    "hundreds": (100.0, 1e3),
    "thousands": (1e3, 1e6),
    "millions": (1e6, 1e9),
    "billions": (1e9, 1e12),
}


def _values(numbers: Iterable[str]) -> list[float]:
    return [float(n) for n in numbers if _FIGURE.fullmatch(n)]


def gives(number: str, others: Iterable[str]) -> bool:
    """Whether ``others`` (figures as digit strings, plural magnitudes as words) give
    ``number``: the same figure or word, or a magnitude and a figure in its range."""
    others = set(others)
    if number in others:
        return True
    if number in MAGNITUDES:
        low, high = MAGNITUDES[number]
        return any(low <= v < high for v in _values(others))
    return any(
        MAGNITUDES[n][0] <= v < MAGNITUDES[n][1]
        for v in _values([number])
        for n in others
        if n in MAGNITUDES
    )


def counts_differ(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether each of two statements gives a number the other does not (by :func:`gives`):
    "thousands of texts" and "hundreds of texts" are two counts, "thousands" and "4,500" one,
    and one adding a number the other lacks is a detail, not a difference."""
    a, b = set(a), set(b)
    return any(not gives(n, b) for n in a) and any(not gives(n, a) for n in b)
