"""Entity types as a reader of the event knows them: what the event's own words say of a
name (its pronouns, an award's words after it, a dateline's capitals, a family's plural)
outweighs the small recogniser's label (own prose, shaped as failures seen on real news)."""

from __future__ import annotations


def test_a_rapper_his_own_song_names_is_a_person(types_of) -> None:
    """A stage name the recogniser types ORG ("Logic") is a person when the event writes
    "Logic performed his song"."""
    types = types_of(
        "The show opened quietly. Logic performed his new song about the hotline for people "
        "in crisis. Lyrics from Logic's song include a plea to stay alive."
    )
    assert types["Logic"] == "PERSON"


def test_a_band_their_album_names_is_no_person(types_of) -> None:
    """A band the recogniser types PERSON is a group when its clause says "their"."""
    types = types_of(
        "Velvet Harbor, who lost a singer last spring and released their second record as a "
        "trio in May, won the prize for best rock video. Velvet Harbor started their set on a "
        "darkened stage."
    )
    assert types["Velvet Harbor"] == "ORG"


def test_an_award_before_winner_is_no_person(types_of) -> None:
    """An award before "winner" ("Oscar winner Jared Leto") is typed PERSON by the recogniser."""
    types = types_of(
        "Rock singer and Oscar winner Jared Leto remembered the late singer on stage. He "
        "asked the crowd for a minute of silence."
    )
    assert types["Oscar"] == "WORK_OF_ART"
    assert types["Jared Leto"] == "PERSON"


def test_an_award_ceremony_is_an_event(types_of) -> None:
    """A ceremony: the recogniser types "the Golden Globes" FAC, "the Grammys" GPE."""
    types = types_of(
        "She was too ill to attend the Grammys in February, and she skipped the Golden "
        "Globes as well, her publicist said on Tuesday."
    )
    assert types["Grammys"] == "EVENT" and types["Golden Globes"] == "EVENT"


def test_a_dateline_in_capitals_is_named_as_text_writes_it(types_of) -> None:
    """A dateline, "NEW YORK (AP) —", names New York, not a second entity "NEW YORK"."""
    names = types_of(
        "NEW YORK (AP) — The singer won six awards on Sunday night, the most of any artist "
        "this year. She thanked her fans for the support they gave her.",
        "The singer, who grew up in New York, won six awards on Sunday night.",
    )
    assert "NEW YORK" not in names and names["New York"] == "GPE"


def test_a_transcript_speaker_in_capitals_is_named_as_text_writes_it(types_of) -> None:
    """A transcript's "GEORGE STEPHANOPOULOS:" beside his name in running text."""
    names = types_of(
        "The comment came in an exchange between the senator and George Stephanopoulos of "
        "ABC News, who cited anger in the country.",
        "GEORGE STEPHANOPOULOS: Thanks for joining us live for this exclusive interview. \n \n "
        "SENATOR HALE: Great to be here. \n \n "
        "GEORGE STEPHANOPOULOS: There has been a huge response since we announced this "
        "interview. \n \n "
        "GEORGE STEPHANOPOULOS: As you might have heard, the leader in the house said no.",
    )
    assert "George Stephanopoulos" in names and "GEORGE STEPHANOPOULOS" not in names


def test_a_family_named_by_its_surname_is_people(types_of) -> None:
    """A family, "the Hallorans" of Dana Halloran, that the recogniser types NORP."""
    types = types_of(
        "Dana Halloran said the house had been in the family for years. Neighbors described "
        "the Hallorans as kind and generous people who never missed a block party."
    )
    assert types["Hallorans"] == "PERSON"


def test_a_court_acting_on_his_appeal_stays_a_body(types_of) -> None:
    """A body's verb on a person's thing ("The Crown opposed his application", "the High
    Court rejected his challenge") says nothing of the body: it stays an organisation."""
    types = types_of(
        "Mr. Amal Perera filed the petition in March. The Crown opposed his application, and "
        "the Ministry of Justice said it would not comment."
    )
    assert types["Crown"] == "ORG"
    assert types["Amal Perera"] == "PERSON"


def test_a_party_nominee_is_no_award(types_of) -> None:
    """ "GOP nominee" is written as "Oscar winner" is; a party is no award."""
    types = types_of(
        "The GOP nominee spoke in Ohio on Monday. The GOP has held the seat since 1994, "
        "and party officials expect to keep it."
    )
    assert types["GOP"] == "ORG"
