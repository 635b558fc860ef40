"""A relative clause the writer sets after a name is no part of the report it closes."""

from __future__ import annotations

from conftest import reported_of


def test_a_relative_clause_after_a_name_is_cut_from_the_content():
    """Own prose in the shape of PolNeAR's "said he plans to repeal much of the Dodd-Frank
    Act, which was passed in 2010 as…": the clause tells the reader what the act is; listed,
    it read as the mayor's words."""
    text = (
        "Mayor Olsen said she would close the old pier before Midsummer, which falls on a Friday."
    )
    ((source, cue, content),) = reported_of(text)
    assert (source, cue) == ("Olsen", "said")
    assert content == "she would close the old pier before Midsummer", content


def test_a_who_clause_after_a_named_rival_is_cut_from_the_content():
    text = (
        "Olsen told reporters she would debate Councillor Berg next week, who has called the "
        "ferry plan a waste of money."
    )
    told = [(r[0], r[2]) for r in reported_of(text) if r[1] == "told"]
    assert told == [("Olsen", "she would debate Councillor Berg next week")], told


def test_a_relative_clause_after_a_common_noun_stays_the_sources():
    """After a common noun the clause is often the source's own claim ("a plan that…",
    "the tax, which would…")."""
    text = "Olsen said the council would pass a harbour tax, which would pay for a new pier."
    ((_, _, content),) = reported_of(text)
    assert content.endswith("which would pay for a new pier"), content


def test_a_content_that_is_little_more_than_the_name_keeps_its_clause():
    text = "Olsen praised Berg, who had rebuilt the pier in a single summer."
    assert all("rebuilt the pier" in r[2] for r in reported_of(text) if r[1] == "praised")


def test_a_relative_clause_telling_what_happened_next_stays_the_account():
    """Multi-News 228, 032: "he'd give a thumbs up to Rodriguez, who would then deliver the
    cash" is the witness's account going on, not the writer's aside (own prose)."""
    text = "Olsen said she waved to Berg, who then untied the ferry and left."
    ((_, _, content),) = [r for r in reported_of(text) if r[1] == "said"]
    assert content.endswith("who then untied the ferry and left"), content


def test_a_titled_name_alone_before_the_clause_keeps_it():
    """Multi-News 232: "had some choice words for President Barack Obama, who said …": cut, the
    content was the titled name alone, listed as what the speaker said (own prose)."""
    text = "Olsen had harsh words for Harbour Master Anna Berg, who said the pier was safe."
    assert not any(r[2] == "Harbour Master Anna Berg" for r in reported_of(text)), reported_of(text)
