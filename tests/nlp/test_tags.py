"""The tag sets every stage reads alike: named once, and what the shared parser writes."""

from __future__ import annotations

from newsweave import nlp
from newsweave.config import Settings


def test_present_tags_are_the_parsers_simple_present_and_nothing_else() -> None:
    # a caption's moment, a state that holds now: present; a past act, a modal's news to come
    # and a participle are not
    doc = nlp.get_spacy(Settings())(
        "The mayor walks past the flooded square. Residents say the water rose overnight. "
        "The council will meet on Friday and has ordered pumps."
    )
    tagged = {t.text: t.tag_ for t in doc}
    assert {tagged["walks"], tagged["say"]} <= nlp.PRESENT_TAGS
    assert not {tagged["rose"], tagged["will"], tagged["meet"], tagged["ordered"]} & (
        nlp.PRESENT_TAGS
    )
