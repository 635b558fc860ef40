"""Speakers described in plain words (#15): a family or household noun no ending marks as a
person's ("the bus matron", "the mom of two") and a plural description after an inverted cue
('"…," write the scientists') tell a reader who spoke, which "unattributed" does not."""

from __future__ import annotations

from quoted_text import mentions, quote_with


def test_a_matron_and_a_mom_are_people_who_speak() -> None:
    text = (
        "The elevator in the building broke again on Tuesday.\n\n"
        '"My heart goes out to them," said the bus matron and mother of three.\n\n'
        "The senator has written a new book.\n\n"
        '"I have small children," says the mom of two, when asked about a run for office.'
    )
    ms = mentions(text)
    assert quote_with(ms, "My heart goes out").speaker == "the bus matron"
    assert quote_with(ms, "I have small children").speaker == "the mom"


def test_a_plural_description_after_an_inverted_cue_is_a_group() -> None:
    text = (
        "The team sequenced the genomes of five skeletons from the coast.\n\n"
        "“We estimate that this ancestry arrived in the region around 3,000 years ago "
        "during a period of conquests,” write the scientists."
    )
    said = quote_with(mentions(text), "We estimate that")
    assert said.speaker == "scientists"
    assert said.speaker_type == "GROUP"


def test_a_man_identified_only_by_a_name_in_quotes_is_that_name() -> None:
    text = (
        "Protesters marched through the capital again on Monday night.\n\n"
        "Another man, identified only as “Freedom,” told reporters after the march, “We could "
        "hear shots all night, I don’t know from where.”"
    )
    said = quote_with(mentions(text), "We could hear shots")
    assert said.speaker == "Freedom"
