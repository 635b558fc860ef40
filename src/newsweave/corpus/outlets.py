"""Counting an event's outlets one way, wherever it is counted: the store's ``n_sources`` and
``outlets`` (and the migration that recounted stored events), the front page, the event page.

Before, three counts disagreed: exact outlet names in the store, folded spellings plus URL
domains on the front page, and "article ID" for an unnamed article in the contradictions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsweave.clean.metadata import outlet_from_url
from newsweave.text.names import outlet_key


@dataclass(frozen=True, slots=True)
class EventOutlets:
    """An event's outlets as every count shows them: ``names`` one per outlet, ``count``
    those plus each member that has neither an outlet name nor a URL."""

    names: tuple[str, ...]
    count: int


def event_outlets(members: Iterable[Sequence[str | None]]) -> EventOutlets:
    """The outlets of an event's members, each given as (outlet, url): one outlet
    however it is spelled (:func:`~newsweave.text.names.outlet_key`: "The Guardian" and
    theguardian.com are one), an article without an outlet name named by its URL, as the front
    page and the event page name it; an article with neither counts on its own."""
    named: dict[str, str] = {}
    unnamed = 0
    for outlet, url in members:
        name = outlet or outlet_from_url(url)
        if name:
            named.setdefault(outlet_key(name), name)
        else:
            unnamed += 1
    return EventOutlets(tuple(sorted(named.values())), len(named) + unnamed)
