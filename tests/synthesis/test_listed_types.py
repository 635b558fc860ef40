"""A name read beside the types the event's other names came to: a bare word the recogniser
typed a place that nothing places, listed with organisations named in full only, is one (own
prose, shaped as the untyped entities of the 250 multinews validation events in session 43)."""

from __future__ import annotations

from newsweave.models import Article


def test_an_unplaced_word_listed_with_companies_is_a_company(settings) -> None:
    """Event 217: "Qatar Airways, Etihad Airways and Emirates" (Emirates typed GPE) was shown
    untyped."""
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.stages.entities import build_entities

    text = "The rivals Singapore Airlines, Turkish Airlines and Emirates all fly the route daily."
    found = build_entities(analyze([Article("a0", text)], get_spacy(settings)))
    typed = {e.name: e.type for e in found}
    assert typed.get("Turkish Airlines") == "ORG"
    assert typed.get("Emirates") == "ORG"
