"""The entities stage reads a name's surroundings and its article's spellings: a word opening
a sentence is no part of a name, one article's two spellings are two names, initials stand for
a person only when typed one, and a type follows what the words around the mentions say
(:mod:`newsweave.synthesis.mention_context`).

Every text is our own prose; the recogniser's spans and labels are set to those the small
model gave on the same shapes in Multi-News validation stories (event numbers in brackets)."""

from __future__ import annotations

import pytest


def test_a_word_opening_a_sentence_is_no_part_of_the_name(entities_of) -> None:
    """[208] "Following Goodlatte's tweet" typed PERSON, [198] "“Reading Kirsten Gillibrand's
    book" typed WORK_OF_ART: the person is named without the opening word. A name the text
    also writes mid-sentence keeps its first word ("Rolling Stone")."""
    text = (
        "Ruth Calder spoke first. Following Calder's speech, the hall emptied. "
        "“Reading Ruth Calder's letters makes me proud,” a friend wrote. "
        "Rolling Stone praised Calder. Its critic, Olive Stone, agreed: Stone wrote for "
        "Rolling Stone for years."
    )
    spans = [
        ("Ruth Calder", "PERSON"),
        ("Following Calder", "PERSON"),
        ("Reading Ruth Calder", "WORK_OF_ART"),
        ("Rolling Stone", "ORG"),
        ("Calder", "PERSON"),
        ("Olive Stone", "PERSON"),
        ("Stone", "PERSON"),
        ("Rolling Stone", "ORG"),
    ]
    ents = entities_of([text], [spans])
    assert not any(n.startswith(("Following", "Reading")) for n in ents), set(ents)
    assert len(ents["Rolling Stone"].mentions) == 2  # not cut to "Stone" where it opens
    assert ents["Ruth Calder"].aliases == ("Calder",)
    assert ents["Ruth Calder"].type == "PERSON"


def test_another_spelling_in_the_same_article_is_another_name(entities_of) -> None:
    """[117] "DJ Khaled" and the singer "Khalid" in one article are two people, unless one is
    the other mistyped; across two outlets the same two spellings are one name transliterated
    twice."""
    one = "The prize went to DJ Rashed. Singers Ana Cole and Rashid joined the show."
    spans = [("DJ Rashed", "PERSON"), ("Ana Cole", "PERSON"), ("Rashid", "PERSON")]
    ents = entities_of([one], [spans])
    assert {"DJ Rashed", "Rashid"} <= set(ents), set(ents)
    assert ents["DJ Rashed"].aliases == ()

    slip = "Governor Rick Snyder spoke. “We mourn him,” Sndyer said."
    marks = [("Rick Snyder", "PERSON"), ("Sndyer", "PERSON")]
    ents = entities_of([slip], [marks])  # [050] a slip of typing is the same name
    assert set(ents) == {"Rick Snyder"}, set(ents)

    slip = "Marta Persson built the game. Persson sold it in 2014, and Perrson left."
    marks = [("Marta Persson", "PERSON"), ("Persson", "PERSON"), ("Perrson", "PERSON")]
    ents = entities_of([slip], [marks])  # [169] a slip beside the name spelled right
    assert set(ents) == {"Marta Persson"}, set(ents)

    two = "Rashid arrived late to the ceremony."
    ents = entities_of([one.split(" Singers")[0], two], [spans[:1], [("Rashid", "PERSON")]])
    assert set(ents) == {"DJ Rashed"}, set(ents)
    assert ents["DJ Rashed"].aliases == ("Rashid",)


def test_initials_stand_for_a_person_only_when_typed_one(entities_of) -> None:
    """[230] "D.C." typed GPE is no alias of "Dave Carney"; [104] "U.N." is not "U.S. Navy",
    whose first word is itself an initialism. "United Nations" keeps its "U.N."."""
    text = (
        "Dana Carver, a strategist, flew to D.C. on Monday. The U.S. Navy sent a ship. "
        "The United Nations asked for calm, and the U.N. sent observers."
    )
    spans = [
        ("Dana Carver", "PERSON"),
        ("D.C.", "GPE"),
        ("U.S. Navy", "ORG"),
        ("United Nations", "ORG"),
        ("U.N.", "ORG"),
    ]
    ents = entities_of([text], [spans])
    assert set(ents) == {"Dana Carver", "D.C.", "U.S. Navy", "United Nations"}, set(ents)
    assert ents["Dana Carver"].aliases == ()
    assert ents["U.S. Navy"].aliases == ()
    assert ents["United Nations"].aliases == ("U.N.",)

    # [058] initials the text sets apart in quotation marks are the person's, whatever typed
    text = "Delegate Sara Pell confirmed that she is “S.P.,” the woman named in the filings."
    ents = entities_of([text], [[("Sara Pell", "PERSON"), ("S.P.", "ORG")]])
    assert set(ents) == {"Sara Pell"} and ents["Sara Pell"].aliases == ("S.P.",)


@pytest.mark.parametrize(
    ("text", "spans", "name", "typed"),
    [
        # [117] a song's title in quotation marks, typed PERSON
        (
            "“Corazón,” which topped the charts, lost the award.",
            [("Corazón", "PERSON")],
            "Corazón",
            "WORK_OF_ART",
        ),
        # [117] a trade before the name: "rapper Lil Uzi Vert" typed WORK_OF_ART
        (
            "Later she was joined by rapper Lil Nova Vane.",
            [("Lil Nova Vane", "WORK_OF_ART")],
            "Lil Nova Vane",
            "PERSON",
        ),
        # [117] a name listed with people: "Normani Kordei, Lauren Jauregui and Gucci Mane"
        (
            "They accepted the award alongside Mara Velde, Lauren Osei and Gino Marr.",
            [("Mara Velde", "ORG"), ("Lauren Osei", "PERSON"), ("Gino Marr", "PERSON")],
            "Mara Velde",
            "PERSON",
        ),
        # [117] a band owning a person: "Linkin Park's Chester Bennington" typed FAC
        (
            "The actor remembered Ashen Park's Chester Vale, who died in July.",
            [("Ashen Park's", "FAC"), ("Chester Vale", "PERSON")],
            "Ashen Park",
            "ORG",
        ),
        # [146] a label qualifying a noun in quotation marks is no title, and nothing says it
        # is a person's name either: it is shown without a type
        (
            "He promised to protect “Dreamer” immigrants.",
            [("Dreamer", "PERSON")],
            "Dreamer",
            "",
        ),
        # [184] "hosting the Winter Olympics": a verb, no trade, before the name
        (
            "Sochi spent billions hosting the Winter Games.",
            [("the Winter Games", "EVENT")],
            "Winter Games",
            "EVENT",
        ),
        # [019] a trade qualifying another noun: "a deputy White House press secretary"
        (
            "Raj Shah, a deputy White House press secretary, spoke.",
            [("Raj Shah", "PERSON"), ("White House", "ORG")],
            "White House",
            "ORG",
        ),
        # [211] a list of products the small model typed people, none a person's full name
        (
            "Much like Nova Glass, Ouya, or the Pebble Watch, the tablet failed.",
            [("Nova Glass", "PERSON"), ("Ouya", "PERSON"), ("Pebble Watch", "ORG")],
            "Pebble Watch",
            "ORG",
        ),
        # [227] a person who speaks, typed FAC at most mentions and PERSON at some
        (
            "Bannon praised the donors. Bannon laughed. In an interview, Bannon said so.",
            [("Bannon", "FAC"), ("Bannon", "PERSON"), ("Bannon", "FAC")],
            "Bannon",
            "PERSON",
        ),
        # [143, 163] a platform typed PERSON
        ("The mayor posted the photos on Twitter.", [("Twitter", "PERSON")], "Twitter", "ORG"),
        # [063, 133] a wire agency typed NORP
        ("UPI reported the verdict.", [("UPI", "NORP")], "UPI", "ORG"),
    ],
)
def test_the_words_around_a_name_type_it(entities_of, text, spans, name, typed) -> None:
    ents = entities_of([text], [spans])
    assert ents[name].type == typed, {n: e.type for n, e in ents.items()}


def test_a_nickname_in_quotation_marks_stays_a_person(entities_of) -> None:
    """[133] "the caricature that is ‘Foxy Knoxy’": a name said to be what someone is, in
    quotation marks, is a nickname, not a title."""
    text = "The papers drew a caricature that is “Sunny Lenny” for years."
    ents = entities_of([text], [[("Sunny Lenny", "PERSON")]])
    assert ents["Sunny Lenny"].type == "PERSON"


def test_a_degree_is_no_entity(entities_of) -> None:
    """[003, 033, 233] "PhD" and "Ph.D." typed WORK_OF_ART name nothing; [058] "Md."
    (Maryland) is no "MD"."""
    text = "Mara Velde earned a PhD in geology, then a Ph.D. in law, and moved to Bowie, Md."
    spans = [
        ("Mara Velde", "PERSON"),
        ("PhD", "WORK_OF_ART"),
        ("Ph.D.", "WORK_OF_ART"),
        ("Md.", "GPE"),
    ]
    assert set(entities_of([text], [spans])) == {"Mara Velde", "Md"}


def test_the_entities_stage_cuts_a_nationality_or_a_party_off_a_person(entities_of) -> None:
    """[045] "person—Bosnian Adnan Nevic—" typed PERSON, [051] "this, Ukranian Vitalii Sediuk,"
    typed WORK_OF_ART, [204] "Democrat Nikki Fried" typed ORG, all mid-sentence; a body's
    nationality stays ("the Syrian Red Crescent")."""
    text = (
        "The ten-millionth visitor, Bosnian Emir Kovac, won a car. The man who ran on stage, "
        "Ukranian Taras Bulba, was no guest. Bulba laughed. Taras Bulba left. Meanwhile "
        "Democrat Nikki Fried led the count. The Syrian Red Crescent sent aid; Red Crescent "
        "staff came too."
    )
    spans = [
        ("Bosnian Emir Kovac", "PERSON"),
        ("Ukranian Taras Bulba", "WORK_OF_ART"),
        ("Bulba", "PERSON"),
        ("Taras Bulba", "PERSON"),
        ("Democrat Nikki Fried", "ORG"),
        ("Syrian Red Crescent", "ORG"),
        ("Red Crescent", "ORG"),
    ]
    ents = entities_of([text], [spans])
    assert {"Emir Kovac", "Taras Bulba", "Nikki Fried", "Syrian Red Crescent"} <= set(ents), set(
        ents
    )
    assert not any(n.startswith(("Bosnian", "Ukranian", "Democrat ")) for n in ents), set(ents)
    assert len(ents["Taras Bulba"].mentions) == 3
    assert ents["Nikki Fried"].type == "PERSON"


def test_a_full_name_sharing_a_persons_surname_is_a_person(entities_of) -> None:
    """[052] "Amber Pasztor" typed ORG at all her mentions beside "Rene Pasztor, 6," a person. A
    name written as a place ("married in Tarrow Hollis") stays what it was typed, and a shared
    given name or a common word makes no person ([144] "Al Qaeda" beside "Al Michaels"; [057]
    "Sweet Chili-Sauce" beside "Honig Senf-Sauce" and "sauce")."""
    text = (
        "Tova Remski, 6, was found safe on Sunday. Deputies arrested Brisa Remski at a motel. "
        "A judge will hear the case of Brisa Remski next week. Dalia Hollis wept. The couple "
        "married in Tarrow Hollis in 2004. Al Vorden called the game. Al Harmak claimed the "
        "attack. Mara Crane watched a crane lift the roof of Sandhill Crane."
    )
    spans = [
        ("Tova Remski", "PERSON"),
        ("Brisa Remski", "ORG"),
        ("Brisa Remski", "ORG"),
        ("Dalia Hollis", "PERSON"),
        ("Tarrow Hollis", "ORG"),
        ("Al Vorden", "PERSON"),
        ("Al Harmak", "ORG"),
        ("Mara Crane", "PERSON"),
        ("Sandhill Crane", "ORG"),
    ]
    ents = entities_of([text], [spans])
    assert ents["Brisa Remski"].type == "PERSON"
    assert ents["Tarrow Hollis"].type != "PERSON"
    assert ents["Al Harmak"].type != "PERSON"
    assert ents["Sandhill Crane"].type != "PERSON"  # a surname the text writes in lower case


def test_a_preacher_before_a_name_makes_a_person(entities_of) -> None:
    """[027] "the jailed preacher Anjem Choudary" typed ORG: a preacher is a person's trade."""
    text = (
        "He appeared in a film about men with ties to the radical preacher Tahmir Quessad "
        "last year."
    )
    ents = entities_of([text], [[("Tahmir Quessad", "ORG")]])
    assert ents["Tahmir Quessad"].type == "PERSON"


def test_a_name_typed_a_person_in_full_whose_surname_speaks_is_a_person(entities_of) -> None:
    """[210] "Nik Richie" typed PERSON once, "Richie said" typed ORG twice: a name the recogniser
    types a person wherever it is written in full, and that says things, is a person's."""
    text = (
        "Oren Vaszily, owner of a gossip site, put a reporter in touch with the woman. "
        "Vaszily said on Wednesday that the woman would speak soon. The woman, Vaszily "
        "added, lives in Ohio."
    )
    spans = [("Oren Vaszily", "PERSON"), ("Vaszily", "ORG"), ("Vaszily", "ORG")]
    ents = entities_of([text], [spans])
    assert ents["Oren Vaszily"].type == "PERSON"


def test_a_country_s_initials_typed_a_place_stand_for_that_country(entities_of) -> None:
    """[171] "in the US", typed GPE, is no alias of "Universal Search" (typed ORG), whose
    initials it spells; the "US" of an event naming the United States is that country."""
    text = (
        "The firm launched Universal Search in 2007. Facts cannot be owned, at least in the "
        "US, so rivals copied it."
    )
    spans = [("Universal Search", "ORG"), ("US", "GPE")]
    ents = entities_of([text], [spans])
    assert set(ents) == {"Universal Search", "US"}, set(ents)
    assert ents["Universal Search"].aliases == ()

    text = "The United States sent aid on Monday. The US said more would follow."
    ents = entities_of([text], [[("United States", "GPE"), ("US", "GPE")]])
    assert set(ents) == {"United States"} and ents["United States"].aliases == ("US",)
