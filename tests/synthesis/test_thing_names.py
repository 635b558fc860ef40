"""Names the recogniser types a person or an organisation that their own words, or the way the
event writes them, say are neither: a water or a landform, a Greek-letter society, a name of
common words, a name written as the head of a noun phrase with "the" (own prose, shaped as the
failures seen on the 250 multinews validation events in session 39)."""

from __future__ import annotations

from newsweave.synthesis.thing_names import (
    common_words_name,
    greek_letter_society,
    natural_feature,
    prose_words,
)


def test_natural_feature_reads_the_head_or_the_opening_word() -> None:
    assert natural_feature("Balnagown Firth")
    assert natural_feature("Pinecone Creek Reservoir")
    assert natural_feature("River Tallow")
    assert natural_feature("Lake") is False  # a bare word: a noun or a surname
    assert natural_feature("Linkin Park") is False
    assert natural_feature("UNC Chapel Hill") is False  # a university, by its initials


def test_greek_letter_society_needs_every_word_a_letter() -> None:
    assert greek_letter_society("Kappa Sigma")
    assert greek_letter_society("Phi Beta Kappa")
    assert not greek_letter_society("Wolfram Alpha")
    assert not greek_letter_society("Sigma")


def test_common_words_name_needs_every_word_in_lower_case_and_no_given_name() -> None:
    words = frozenset({"best", "buy", "mark", "cook", "holy"})
    assert common_words_name("Best Buy", words)
    assert not common_words_name("Mark Cook", words)  # opens on a given name
    assert not common_words_name("Holy Grail", words)  # "grail" is never written so
    assert not common_words_name("Buy", words)  # one word: entity_types.common_word's


def test_prose_words_leave_out_an_address() -> None:
    """Event 095: "Contact Vince Lattanzio at vince.lattanzio@..." writes no word "vince"."""
    words = prose_words(["Contact Vesna Kordic at vesna.kordic@example.com or www.kordic.org."])
    assert not common_words_name("Vesna Kordic", words)
    assert "contact" not in words and "Contact" in words


def test_a_firth_typed_an_organisation_is_a_place(types_of) -> None:
    """Event 002: "the Cromarty Firth" typed ORG (and FAC)."""
    types = types_of(
        "The old fort stood on the south side of the Balnagown Firth, the historians said. "
        "Boats still cross the Balnagown Firth each summer."
    )
    assert types["Balnagown Firth"] == "LOC"


def test_a_reservoir_typed_an_organisation_is_a_place(types_of) -> None:
    """Event 062: "the Timber Creek Reservoir" typed ORG."""
    types = types_of(
        "The couple camped at Pinecone Creek Reservoir last week. Pinecone Creek Reservoir is "
        "popular with anglers."
    )
    assert types["Pinecone Creek Reservoir"] == "LOC"


def test_a_lake_typed_a_person_is_a_place_where_written_as_one(types_of) -> None:
    """Event 138: "flown to Groom Lake" typed PERSON; a surname "Lake" is left to the person."""
    types = types_of(
        "The plane was flown to Stony Lake aboard a cargo jet. Mechanics at Stony Lake spent "
        "six days on it."
    )
    assert types["Stony Lake"] == "LOC"


def test_a_greek_letter_society_is_an_organisation(types_of) -> None:
    """Event 008: "Kappa Sigma" typed PERSON by most of its mentions."""
    types = types_of(
        "Members of Kappa Sigma built a homecoming float with the sorority. Kappa Sigma lost "
        "its housing on campus in March."
    )
    assert types["Kappa Sigma"] == "ORG"


def test_a_name_of_common_words_is_no_person(types_of) -> None:
    """Event 211: "Best Buy" typed PERSON, though the event writes "best" and "buy"."""
    types = types_of(
        "Investors sold shares of Best Buy on Monday, the best day for buy orders this month. "
        "Best Buy said sales fell."
    )
    assert types["Best Buy"] != "PERSON"


def test_a_name_written_after_the_is_no_person(types_of) -> None:
    """Events 144 and 173: "the Buffett Rule would", "the Holy Grail of" typed PERSON."""
    types = types_of(
        "Lawmakers debated the Fennick Rule for weeks. Supporters said the Fennick Rule would "
        "raise revenue.",
        "Collectors call the coin the Holy Grail of the hobby.",
    )
    assert types["Fennick Rule"] != "PERSON"
    assert types["Holy Grail"] != "PERSON"
