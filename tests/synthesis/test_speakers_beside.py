"""A person's name set off by commas after a description and its modifier ("The attorney
representing the security company, Stephen Milbrath, says"): the parser hangs the name on the
modifier's last noun, yet it names the one who speaks. A reader should see that person, not
the description, nor another attorney named earlier."""

from __future__ import annotations

from quoted_text import mentions, quote_with


def test_a_name_after_the_description_of_a_company_attorney_is_the_attorney():
    text = (
        "The builder's lawyer, Carl Hensley, said last week that his client never signed "
        "a contract.\n\n"
        "The attorney representing the roofing company, Irene Vasquez, says the two sides "
        "agreed on the price by phone."
    )
    said = quote_with(mentions(text), "the two sides agreed")
    assert said.speaker == "Irene Vasquez"


def test_a_name_after_a_spokeswoman_for_an_agency_is_the_spokeswoman():
    text = (
        "Service on the northern line stopped after a signal failure on Friday.\n\n"
        "A spokeswoman for the transit agency, Dana Whitfield, said the trains would run "
        "again on Monday."
    )
    said = quote_with(mentions(text), "the trains would run")
    assert said.speaker == "Dana Whitfield"


def test_a_name_beside_a_person_in_the_modifier_may_be_that_person():
    text = (
        "The senator was not at the dinner on Friday.\n\n"
        "The wife of the senator, Tom Acheson, said the couple had stayed home."
    )
    # "Tom Acheson" may be the senator: the wife is not credited with his name
    said = quote_with(mentions(text), "the couple had stayed")
    assert said.speaker != "Tom Acheson"


def test_a_participle_after_an_aside_goes_on_from_the_main_clause():
    """(mn-val-140) "…, a pact his administration withdrew from earlier this year, falsely
    claiming in another tweet that “…”": the parse hangs the participle on the aside's relative
    clause, and the tweet went unattributed. Own prose."""
    text = (
        "The governor tied the school budget to the old water treaty, a deal his office left "
        "last spring, wrongly claiming in a post that “the treaty cost the state nine million "
        "dollars and gave us nothing back.”"
    )
    said = quote_with(mentions(text), "the treaty cost the state")
    assert said.speaker == "the governor"
