"""Organisations and documents that speak: "it said", "the company said", "the committee
added", "the team's statement continued", "the magazine wrote". A reader should see the
organisation the article names, or the thing that speaks, never "unattributed"; and an "it"
that is no organisation speaking must not take one's name."""

from __future__ import annotations

from quoted_text import mentions, quote_with


def test_it_is_the_organisation_of_a_recent_sentence_not_the_person_between():
    text = (
        "Northwind Airways said on Monday that it would cut 400 jobs at its Denver hub.\n\n"
        "The airline's chief executive, Dana Whitfield, is due to meet the unions this week.\n\n"
        "\u201cWe regret the effect on our staff and their families,\u201d it said in a filing."
    )
    said = quote_with(mentions(text), "We regret")
    assert said.speaker == "Northwind Airways"
    assert said.speaker_type == "ORG"


def test_the_company_is_the_organisation_just_told_of():
    text = (
        "Halvorsen Foods recalled 20,000 jars of peanut butter from shops in three states on "
        "Tuesday.\n\n"
        "\u201cNo illnesses have been reported so far,\u201d the company said."
    )
    said = quote_with(mentions(text), "No illnesses")
    assert said.speaker == "Halvorsen Foods"


def test_the_committee_is_the_organisation_its_head_word_names():
    text = (
        "Fishing crews met members of the Baltic Fisheries Committee in Riga on Friday.\n\n"
        "Mark Tamm, a trawler captain, said the talks went badly.\n\n"
        "\u201cThe quotas must fall by a third next year,\u201d the committee said."
    )
    said = quote_with(mentions(text), "The quotas")
    assert said.speaker == "Baltic Fisheries Committee"


def test_a_statement_and_a_magazine_speak_as_described():
    text = (
        "The Harbor City Gulls dropped their anthem singer on Sunday after a row over his "
        "lyrics.\n\n"
        "\u201cWe hold the anthem dear and will not see it mocked,\u201d the team\u2019s statement "
        "continued.\n\n"
        "\u201cThe singer was told twice,\u201d the magazine wrote."
    )
    ms = mentions(text)
    assert quote_with(ms, "We hold").speaker == "the team\u2019s statement"
    assert quote_with(ms, "We hold").speaker_type == "GROUP"
    assert quote_with(ms, "The singer").speaker == "the magazine"


def test_an_it_in_a_persons_reported_words_is_no_organisation_speaking():
    text = (
        "The Wexford Institute published a list of twelve open cases on Tuesday.\n\n"
        "Lena Marsh, the institute's director, said it would continue to chase every case "
        "as \u201cwe owe it to the families\u201d."
    )
    said = quote_with(mentions(text), "we owe it")
    assert said.speaker == "Lena Marsh"
