"""Counts in words: "1 article", "2 articles", for every summary line and page that shows one.

One place, so that the CLI, the ingest summary and the pages agree, and none of them says
"1 documents". Only regular nouns (an added "s") are counted here; that is all we print.
"""

from __future__ import annotations


def noun(n: int, word: str) -> str:
    """``word`` as ``n`` of it is said: singular for exactly one, else with an "s"."""
    return word if n == 1 else f"{word}s"


def plural(n: int, word: str) -> str:
    """``n`` and ``word`` in the form the number asks for: "1 event", "0 events", "3 events"."""
    return f"{n} {noun(n, word)}"
