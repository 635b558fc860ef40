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
