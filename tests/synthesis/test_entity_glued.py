"""Names that read wrong when the recogniser glues, cuts or misses them: a name without its
generation's mark is the same man unless the event tells two generations apart, a body and
the person heading it run into one name are two entities, a full name the recogniser missed
names the surname it typed a place, and a person's name that opens an organisation's longer
name and is no one's is that organisation's (own prose, with the spans and labels the small
model gave on the same shapes in the multinews validation events)."""

from __future__ import annotations

from newsweave.models import Article


def test_a_name_without_its_generation_mark_is_the_same_man(entities_of) -> None:
    """ "Martin Luther King Jr." in one article, "Martin Luther King" in another, and no word
    of a father or a son: one man."""
    found = entities_of(
        [
            "The bishop named Abraham Lincoln and Martin Luther King Jr. in his sermon.",
            "Like Martin Luther King, she was watched by federal agents for years.",
        ],
        [
            [("Abraham Lincoln", "PERSON"), ("Martin Luther King Jr.", "PERSON")],
            [("Martin Luther King", "PERSON")],
        ],
    )
    assert "Martin Luther King" not in found
    assert "Martin Luther King" in found["Martin Luther King Jr"].aliases


def test_a_junior_written_by_his_mark_alone_is_not_his_father(entities_of) -> None:
    """ "Trump Jr." written so tells him from the father the other article names bare; so does
    a word of kinship by either name."""
    found = entities_of(
        [
            "President Howard Bellamy spoke to the press on Monday.",
            "Howard Bellamy Jr. met the lawyer last year. Bellamy Jr. said little of it.",
            "Hector Lane thanked the guests, and his son Hector Lane III spoke after him.",
        ],
        [
            [("Howard Bellamy", "PERSON")],
            [("Howard Bellamy Jr.", "PERSON"), ("Bellamy Jr.", "PERSON")],
            [("Hector Lane", "PERSON"), ("Hector Lane III", "PERSON")],
        ],
    )
    assert {"Howard Bellamy", "Howard Bellamy Jr", "Hector Lane", "Hector Lane III"} <= set(found)


def test_a_body_and_the_person_heading_it_are_two(entities_of) -> None:
    """ "the speaker of the Royal Assembly, Anton Ivers" and "the chairwoman of the Upper Senate
    Maria Kovacs" typed ORG: the person is a person; a title run into a name typed a work is
    the person's title."""
    found = entities_of(
        [
            "The Royal Assembly met on Monday. The list names the speaker of the Royal "
            "Assembly, Anton Ivers; and the chairwoman of the Upper Senate Maria Kovacs.",
            "An hour later Delphi Deputy Fire Chief Carl Mendez told reporters it was bad.",
        ],
        [
            [
                ("Royal Assembly", "ORG"),
                ("Royal Assembly, Anton Ivers", "ORG"),
                ("Upper Senate Maria Kovacs", "ORG"),
            ],
            [("Delphi Deputy Fire Chief Carl Mendez", "WORK_OF_ART")],
        ],
    )
    assert found["Anton Ivers"].type == "PERSON"
    assert found["Maria Kovacs"].type == "PERSON"
    assert found["Royal Assembly"].type == "ORG"
    assert len(found["Royal Assembly"].mentions) == 2
    assert found["Carl Mendez"].type == "PERSON"
    assert found["Carl Mendez"].role == "Delphi Deputy Fire Chief"
    assert not [n for n in found if "," in n or "Chief" in n]


def test_a_missed_full_name_names_the_surname_typed_a_place(entities_of) -> None:
    """ "Heather Sculthorpe" missed, "Sculthorpe" typed GPE: the person; not "George
    Washington" of a university's name, nor of a known place."""
    found = entities_of(
        [
            "Heather Sculthorpe, who heads the centre, called the work an insult. Sculthorpe "
            "said the elders were not asked.",
            "He studied at George Washington University before he moved to Washington.",
        ],
        [[("Sculthorpe", "GPE")], [("Washington", "GPE")]],
    )
    assert "Sculthorpe" not in found
    assert found["Heather Sculthorpe"].type == "PERSON"
    assert found["Heather Sculthorpe"].articles == ("a1",)
    assert "George Washington" not in found
    assert found["Washington"].type == "GPE"


def test_a_full_name_of_the_title_names_the_articles_surname(settings) -> None:
    """A title writes "Nora Pell" and the story only "Pell", typed GPE: the person, named in
    full."""
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.stages.entities import build_entities

    text = "Many guests wore silver, including Pell, who showed off a ring at the gala."
    (an,) = analyze(
        [Article("a1", text, title="Nora Pell Breaks Engagement News on Red Carpet")],
        get_spacy(settings),
    )
    start = text.index("Pell")
    an.doc.ents = [an.doc.char_span(start, start + len("Pell"), label="GPE")]
    found = {e.name: e for e in build_entities([an])}
    assert "Pell" not in found
    assert found["Nora Pell"].type == "PERSON"


def test_a_persons_name_opening_an_organisations_is_its_short_name(entities_of) -> None:
    """ "William Morris Endeavor" typed PERSON beside "William Morris Endeavor Entertainment":
    the agency; "Lena Hart", called "Hart" too, is the designer whose holdings bear her name."""
    found = entities_of(
        [
            "Her team at William Morris Endeavor Entertainment has dropped him. A spokesman for "
            "William Morris Endeavor was unavailable for comment.",
            "Lena Hart Holdings bought the shop. Lena Hart founded it; Hart said it grew fast.",
        ],
        [
            [
                ("William Morris Endeavor Entertainment", "ORG"),
                ("William Morris Endeavor", "PERSON"),
            ],
            [("Lena Hart Holdings", "ORG"), ("Lena Hart", "PERSON"), ("Hart", "PERSON")],
        ],
    )
    assert "William Morris Endeavor" not in found
    agency = found["William Morris Endeavor Entertainment"]
    assert agency.type == "ORG"
    assert "William Morris Endeavor" in agency.aliases
    assert found["Lena Hart"].type == "PERSON"
    assert "Lena Hart Holdings" in found
