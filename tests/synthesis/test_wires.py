"""Wires and outlets an article credits, and the origins behind a fact's citations."""

from __future__ import annotations

from newsweave.models import Span
from newsweave.synthesis.wires import fact_origins

_OWN = (
    "Dock workers walked out at dawn, witnesses told the Harbour Gazette. The union said the "
    "strike would last a week."
)
_RELAY = (
    "Dock workers walked out at dawn on Monday, the Harbour Gazette reported. Ferries were "
    "cancelled."
)
_OTHER = "Dock workers walked out at dawn on Monday. The port was closed by noon."


def _cited(text: str, article: str) -> Span:
    """The first sentence of ``text``, cited."""
    return Span(article, 0, text.index(".") + 1)


def test_a_relay_of_a_cited_outlets_report_is_not_another_origin() -> None:
    """A passage crediting the Harbour Gazette's report, beside an article that names the
    Gazette as the one witnesses told (its own report, as outlets name themselves), is that
    report again: one origin. Beside an article that does not name it, it counts as its own."""
    origin_of = {"own": "own", "relay": "relay", "other": "other"}
    with_own = [_cited(_OWN, "own"), _cited(_RELAY, "relay")]
    assert fact_origins(with_own, {"own": _OWN, "relay": _RELAY}, origin_of) == ("own",)
    with_other = [_cited(_OTHER, "other"), _cited(_RELAY, "relay")]
    assert fact_origins(with_other, {"other": _OTHER, "relay": _RELAY}, origin_of) == (
        "other",
        "relay",
    )
    # two relays of one report are one origin less only beside a report of their own
    both = [_cited(_RELAY, "relay"), Span("again", 0, len(_RELAY))]
    texts = {"relay": _RELAY, "again": _RELAY}
    assert fact_origins(both, texts, {**origin_of, "again": "again"}) == ("again", "relay")
