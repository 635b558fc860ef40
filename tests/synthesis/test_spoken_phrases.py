"""A phrase a speaker capitalises inside a quotation is no entity (own prose, shaped as the
seeds' quoted post "... on Rebuilding and Trade.", typed ORG)."""

from __future__ import annotations

from newsweave.synthesis.entity_types import NameGroup, NameMention
from newsweave.synthesis.spoken_phrases import a_spoken_phrase
from newsweave.text.names import fold


def _group(text: str, name: str, **flags: bool) -> NameGroup:
    start = text.index(name)
    mention = NameMention("a0", start, start + len(name), name, tuple(fold(name).split()), "ORG")
    for flag, value in flags.items():
        setattr(mention, flag, value)
    return NameGroup(mentions=[mention])


def test_a_phrase_capitalised_in_a_quoted_post_is_no_entity(types_of) -> None:
    types = types_of(
        "'I will keep working with both sides,' the governor wrote in a post on Monday. "
        "'The state wants to focus, for now, on Farming and Energy. A HUGE month ahead!'"
    )
    assert "Farming and Energy" not in types


def test_a_name_joined_by_and_outside_a_quotation_or_with_a_sign_is_kept() -> None:
    written = "Shares of Harlow and Finch rose on Monday, the exchange said."
    assert a_spoken_phrase(_group(written, "Harlow and Finch"), {"a0": written}) is False
    quoted = "'We back Harlow and Finch all the way,' the chief said."
    assert a_spoken_phrase(_group(quoted, "Harlow and Finch"), {"a0": quoted}) is True
    said = _group(quoted, "Harlow and Finch", speaks=True)
    assert a_spoken_phrase(said, {"a0": quoted}) is False


def test_a_quoted_name_with_no_link_word_is_kept() -> None:
    text = "'We flew to Port Aleppo on Monday,' the pilot said."
    assert a_spoken_phrase(_group(text, "Port Aleppo"), {"a0": text}) is False
