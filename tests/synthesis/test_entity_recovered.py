"""Names the event proves to be someone's, and words that name no one: a stage name written alone
is the person's, a given name cut off a surname or paired with a full name is that person's, an
age or a rank before a bare word makes a person; a street's first word is the street, a wire's
dateline credit and a child's "Mom" are no entities (own prose, with the spans and labels the
small model gave on the same shapes in the multinews validation events)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsweave.synthesis.mention_context import role_before


def test_a_stage_name_written_alone_is_the_persons(entities_of) -> None:
    """ "Havoc" (typed ORG) in articles that never write 'Kejuan "Havoc" Muchita' in full."""
    found = entities_of(
        [
            "Havoc posted two photos of his friend on Sunday. Fans thanked Havoc for them.",
            'The rapper Kejuan "Havoc" Muchita grew up in Queens with his partner.',
        ],
        [[("Havoc", "ORG"), ("Havoc", "ORG")], [('Kejuan "Havoc" Muchita', "PERSON")]],
    )
    assert "Havoc" not in found
    assert "Havoc" in found["Kejuan Muchita"].aliases
    assert found["Kejuan Muchita"].articles == ("a1", "a2")


def test_a_given_name_cut_off_its_surname_is_the_persons(entities_of) -> None:
    """ "Russian lawyer [Natalia] [Veselnitskaya]", the given name typed GPE."""
    found = entities_of(
        ["Mr. Trump met Russian lawyer Natalia Veselnitskaya last year in New York."],
        [[("Trump", "PERSON"), ("Natalia", "GPE"), ("Veselnitskaya", "PERSON")]],
    )
    assert "Natalia" not in found
    assert found["Natalia Veselnitskaya"].type == "PERSON"


def test_a_pair_of_people_shares_the_surname_written_once(entities_of) -> None:
    """ "businessmen Arkady and Boris Rotenberg", "Tatiana and Alexander Liberman" (Tatiana
    typed GPE); not "dresses by Chloé and Victoria Beckham", a house and a designer."""
    found = entities_of(
        [
            "The list named the businessmen Arkady and Boris Rotenberg on Thursday.",
            "They dined with Tatiana and Alexander Liberman in the spring.",
            "She wore dresses by Chloé and Victoria Beckham at the gala.",
        ],
        [
            [("Arkady", "PERSON"), ("Boris Rotenberg", "PERSON")],
            [("Tatiana", "GPE"), ("Alexander Liberman", "PERSON")],
            [("Chloé", "PERSON"), ("Victoria Beckham", "PERSON")],
        ],
    )
    assert found["Arkady Rotenberg"].type == "PERSON"
    assert found["Tatiana Liberman"].type == "PERSON"
    assert "Chloé Beckham" not in found


def test_an_age_makes_a_bare_word_a_person(entities_of) -> None:
    """ "her sister, Mariel, 8," typed GPE; a thousands figure after a comma is no age
    ("750GB, 5,400rpm")."""
    found = entities_of(
        [
            "Her sister, Mariel, 8, talks about becoming a doctor.",
            "It ships a hard drive of 750GB, 5,400rpm, or a faster one.",
        ],
        [[("Mariel", "GPE")], [("GB", "GPE")]],
    )
    assert found["Mariel"].type == "PERSON"
    assert found["GB"].type != "PERSON"


def test_a_rank_cut_from_its_full_stop_is_a_role(settings) -> None:
    """The parse splits "Col." into "Col" and "." before "Kurtz"; "Lt. Colonel Packard"."""
    from newsweave.nlp import get_spacy

    vocab = get_spacy(settings).vocab
    doc = Doc(vocab, words=["going", "full", "Col", ".", "Kurtz"], spaces=[1, 1, 0, 1, 0])
    assert role_before(doc, Span(doc, 4, 5, label="PERSON")) == "Col."
    doc = Doc(vocab, words=["led", "by", "Lt.", "Colonel", "Packard"], spaces=[1, 1, 1, 1, 0])
    assert role_before(doc, Span(doc, 4, 5, label="PERSON")) == "Lt. Colonel"


def test_a_streets_first_word_is_the_street(entities_of) -> None:
    """ "the block of Corvin remained cordoned off" (typed PERSON) beside "Corvin Street"."""
    found = entities_of(
        [
            "Crews evacuated the 400 block of Corvin Street after the blast. By noon, the block "
            "of Corvin remained cordoned off."
        ],
        [[("Corvin Street", "FAC"), ("Corvin", "PERSON")]],
    )
    assert "Corvin" not in found
    assert found["Corvin Street"].aliases == ("Corvin",)


def test_a_datelines_credit_is_no_entity(entities_of) -> None:
    """ "PHILADELPHIA (Reuters) -" credits the wire; "told Reuters" names it as a source."""
    found = entities_of(
        [
            "PHILADELPHIA (Reuters) - Eight people were hurt when a house collapsed on Monday.",
            "A witness told Reuters that the blast shook the whole block.",
        ],
        [[("PHILADELPHIA", "GPE"), ("Reuters", "ORG")], [("Reuters", "ORG")]],
    )
    assert found["Reuters"].articles == ("a2",)


def test_a_childs_call_of_a_parent_is_no_name(entities_of) -> None:
    """ "life with Mom and/or Dad" typed PERSON: a word of kin."""
    found = entities_of(
        ["For many graduates, life with Mom and/or Dad has become the top pick, Lena Ortiz said."],
        [[("Mom", "PERSON"), ("Lena Ortiz", "PERSON")]],
    )
    assert "Mom" not in found
    assert found["Lena Ortiz"].type == "PERSON"


def test_a_surname_is_the_persons_named_with_a_generations_mark(entities_of) -> None:
    """ "Williams’ comments" of "Hank Williams Jr."; "Barrow will not be charged, ... said"
    (typed ORG twice) of "Dana E. Barrow Jr", a person still."""
    found = entities_of(
        [
            "Fans loved the Hank Williams Jr song for years. Williams said his comments were "
            "meant as a joke.",
            "Dana E. Barrow Jr, 47, was at the wheel. Barrow will not be charged, the state's "
            "attorney said. Barrow declined to comment.",
        ],
        [
            [("Hank Williams Jr", "PERSON"), ("Williams", "PERSON")],
            [("Dana E. Barrow Jr", "PERSON"), ("Barrow", "ORG"), ("Barrow", "ORG")],
        ],
    )
    assert "Williams" not in found
    assert found["Hank Williams Jr"].aliases == ("Williams",)
    assert "Barrow" not in found
    assert found["Dana E. Barrow Jr"].type == "PERSON"


def test_a_reporters_filing_line_is_no_entity(entities_of) -> None:
    """ "Ischachenkov reported from Moscow.": who filed the story, not whom it tells of."""
    found = entities_of(
        ["Troops left the base on Friday, Ivan Petrov said.\nVoskresin reported from Moscow."],
        [[("Ivan Petrov", "PERSON"), ("Voskresin", "PERSON"), ("Moscow", "GPE")]],
    )
    assert "Voskresin" not in found
    assert found["Moscow"].type == "GPE"


def test_a_given_name_glued_to_a_dash_is_the_names(entities_of) -> None:
    """ "”—Gloria Steinem": the parse reads "”—Gloria" as one mark and the recogniser finds
    "Steinem" alone (typed GPE)."""
    found = entities_of(
        ["“One of the most democratic books ever to come out of power.”—Gloria Steinem\n"],
        [[("Steinem", "GPE")]],
    )
    assert "Steinem" not in found
    assert found["Gloria Steinem"].type == "PERSON"
    # a given name the list lacked until multinews 198 ("”—Geraldine Laybourne")
    found = entities_of(
        ["“A network that grew up with its viewers.”—Geraldine Laybourne\n"],
        [[("Laybourne", "PERSON")]],
    )
    assert "Laybourne" not in found
    assert found["Geraldine Laybourne"].type == "PERSON"
