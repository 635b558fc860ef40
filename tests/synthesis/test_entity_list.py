"""An event's entity list a reader can trust: a name cut at a nickname in straight quotes is
whole, a given name, a nickname and a periodical's first word join the name the event writes
in full, an owner's possessive is no person's name, and a bare word nothing types surely is
shown with no type rather than a wrong one.

Every text is our own prose; the recogniser's spans and labels are set to those the small
model gave on the same shapes in Multi-News validation stories (event numbers in brackets)."""

from __future__ import annotations


def test_a_nickname_in_straight_quotes_is_one_persons_name(entities_of) -> None:
    """[111] "Harold 'Devin' Lima" came out as "Harold 'Devin" and "Lima", and his given
    name and the name he went by as two more people: all are one man."""
    texts = [
        "Singer Devin Lima died on Monday. Devin had been ill for a year.",
        "His bandmate confirmed that Harold 'Devin' Lima died early on Monday.",
    ]
    spans = [
        [("Devin Lima", "PERSON"), ("Devin", "PERSON")],
        [("Harold 'Devin'", "PERSON"), ("Lima", "PERSON")],
    ]
    ents = entities_of(texts, spans)
    people = [e for e in ents.values() if e.type == "PERSON"]
    assert len(people) == 1, sorted(ents)
    (lima,) = people
    assert {"Devin Lima", "Devin"} <= {lima.name, *lima.aliases}
    assert not any("'" in n for n in ents), sorted(ents)
    assert lima.articles == ("a1", "a2")


def test_a_nickname_in_straight_quotes_typed_a_work_is_a_person(entities_of) -> None:
    """[092] "Cooper 'Ghoul' Ward" typed WORK_OF_ART, "Van 'Bulbasaur'" ORG: people."""
    text = "Members named were Cooper 'Ghoul' Ward and Van 'Bulbasaur' Bryant of the crew."
    spans = [[("Cooper 'Ghoul' Ward", "WORK_OF_ART"), ("Van 'Bulbasaur'", "ORG")]]
    ents = entities_of([text], spans)
    assert ents["Cooper Ward"].type == "PERSON", sorted(ents)
    assert ents["Van Bryant"].type == "PERSON", sorted(ents)


def test_a_given_name_joins_a_full_name_the_recogniser_typed_otherwise(entities_of) -> None:
    """[111] "Brad Fischetti" typed ORG, LOC and PERSON in three articles, "Brad" typed PERSON:
    the given name is his, not a second Brad."""
    texts = [
        "His bandmate Brad Fischetti shared the news in a video.",
        "The other half of the duo is Brad Fischetti, who sang lead.",
        "Musician Brad Fischetti mourned his friend. Later, Brad also spoke of their tour.",
    ]
    spans = [
        [("Brad Fischetti", "ORG")],
        [("Brad Fischetti", "LOC")],
        [("Musician Brad Fischetti", "PERSON"), ("Brad", "PERSON")],
    ]
    ents = entities_of(texts, spans)
    assert "Brad" not in ents, sorted(ents)
    assert "Brad" in ents["Brad Fischetti"].aliases
    assert ents["Brad Fischetti"].type == "PERSON"


def test_a_periodicals_first_word_is_the_periodical(entities_of) -> None:
    """[111] "tells Us" of "Us Weekly", typed GPE: the magazine, no place. "US", the country,
    written in an event that names the magazine, is none of it."""
    text = (
        "The singer died on Monday, Us Weekly confirms. His mother tells Us the family is not well."
    )
    ents = entities_of([text], [[("Us Weekly", "ORG"), ("Us", "GPE")]])
    assert "Us" in ents["Us Weekly"].aliases, sorted(ents)
    assert "Us" not in ents
    text = "The singer died on Monday, Us Weekly confirms. The US charts had his band on top."
    ents = entities_of([text], [[("Us Weekly", "ORG"), ("US", "GPE")]])
    assert ents["US"].type == "GPE", sorted(ents)
    assert ents["Us Weekly"].aliases == ()
    # [077] the city a weekly is named after is the city
    text = "The Seattle Weekly ran the story. Police in Seattle said Seattle was calm."
    spans = [("Seattle Weekly", "ORG"), ("Seattle", "GPE"), ("Seattle", "GPE")]
    ents = entities_of([text], [spans])
    assert ents["Seattle"].type == "GPE", sorted(ents)
    assert ents["Seattle Weekly"].aliases == ()


def test_an_owners_possessive_is_no_part_of_a_persons_name(entities_of) -> None:
    """[073] "Lightspeed’s Jeremy Liew" typed PERSON came out as a person "Lightspeed" and a
    bare "Liew": the person is Jeremy Liew."""
    text = "Kroll and Lightspeed’s Jeremy Liew met on Monday. Kroll and Liew then left."
    spans = [[("Kroll", "PERSON"), ("Lightspeed’s Jeremy Liew", "PERSON"), ("Liew", "PERSON")]]
    ents = entities_of([text], spans)
    assert "Lightspeed" not in ents, sorted(ents)
    assert "Liew" in ents["Jeremy Liew"].aliases
    assert ents["Jeremy Liew"].type == "PERSON"


def test_a_bare_word_nothing_types_a_person_is_shown_without_a_type(entities_of) -> None:
    """[169] "Adweek": one word the small model typed a person that nothing in the event proves
    a person's (no title, no given name, no pronoun, no age) gets no type; one that "her son"
    or a title in lower case before it proves keeps its type. (One a speaker told something,
    "told Billboard" [111], is an outlet: test_bare_frames.)"""
    text = (
        "The band's publicist blamed Billboard in 2017 for the story. Her son Jaden "
        "cried. Fans mocked the senator Corwin for weeks."
    )
    spans = [[("Billboard", "PERSON"), ("Jaden", "PERSON"), ("Corwin", "PERSON")]]
    ents = entities_of([text], spans)
    assert ents["Billboard"].type == "", {n: e.type for n, e in ents.items()}
    assert ents["Jaden"].type == "PERSON"
    assert ents["Corwin"].type == "PERSON"


def test_a_bare_word_nothing_places_is_shown_without_a_type(entities_of) -> None:
    """[033] "Diplodocus", [137] "Natalia", [249] "Gazprom" typed GPE with nothing around them
    saying place: no type. A town written "in" somewhere and a known country keep theirs, and
    so does a short name that may be an abbreviation ("Fla")."""
    text = (
        "Diplodocus grew to great lengths. Gazprom cut supplies. The team met in Brightwater. "
        "Brightwater voted. Ukraine objected. Ocala, Fla, is near."
    )
    spans = [
        [
            ("Diplodocus", "GPE"),
            ("Gazprom", "GPE"),
            ("Brightwater", "GPE"),
            ("Brightwater", "GPE"),
            ("Ukraine", "GPE"),
            ("Ocala", "GPE"),
            ("Fla", "GPE"),
        ]
    ]
    ents = entities_of([text], spans)
    types = {n: e.type for n, e in ents.items()}
    assert types["Diplodocus"] == "" and types["Gazprom"] == "", types
    assert types["Brightwater"] == "GPE" and types["Ukraine"] == "GPE", types
    assert types["Fla"] == "GPE", types


def test_the_writers_a_wire_credits_are_no_entities(entities_of) -> None:
    """[132, 149, 230] "Associated Press writers ... contributed to this report" listed the
    wire's reporters as people of the story; the story's own people stay."""
    texts = [
        "Firefighters rescued Mia Stone from the flooded mill on Monday.\n\n"
        "Associated Press writers Ana Ruiz in Riverton and Tom Berg in Nordvik contributed to "
        "this report."
    ]
    spans = [[("Mia Stone", "PERSON"), ("Ana Ruiz", "PERSON"), ("Tom Berg", "PERSON")]]
    ents = entities_of(texts, spans)
    assert "Mia Stone" in ents, sorted(ents)
    assert not {"Ana Ruiz", "Tom Berg"} & set(ents), sorted(ents)
