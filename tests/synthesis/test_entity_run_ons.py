"""Entity names an editor would publish: a name the recogniser ran on into a clause, a
greeting or a list is cut to the name, a surname joins its person past a caption that ends on
it, and a place's own words type it a place (own prose, shaped as the failures seen on the 250
multinews validation events in session 33)."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.tokens import Span

from newsweave.synthesis.entity_names import listed_people, name_run_past, place_opened
from newsweave.synthesis.entity_types import NameMention
from newsweave.synthesis.mention_context import name_parts
from newsweave.synthesis.mention_trims import without_run_ons
from newsweave.text.names import fold


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp import get_spacy

    return get_spacy(settings)


def _span(doc, words: str, label: str = "ORG") -> Span:
    start = next(t.i for t in doc if doc[t.i :].text.startswith(words))
    return Span(doc, start, start + len(words.split()), label=label)


def test_a_clause_inside_or_after_a_name_leaves_the_names_around_it(nlp) -> None:
    """Multinews' "Cooper pry Sediuk", "Pruitt told" and "I’m the f**" typed ORG or
    WORK_OF_ART: the names on either side of the clause are the mention's; a name holding
    link words is whole ("Bank of England"), and so is a title in quotation marks."""

    def parts(text: str, words: str) -> list[str]:
        return [p.text for p in name_parts(_span(nlp(text), words), text)]

    text = "The guards had to help Cooper drag Marchuk away from the actor."
    assert parts(text, "Cooper drag Marchuk") == ["Cooper", "Marchuk"]
    text = "The agency chief Pruitt told reporters on Monday that the Bank of England agreed."
    assert parts(text, "Pruitt told") == ["Pruitt"]
    assert parts(text, "Bank of England") == ["Bank of England"]
    assert parts("He shouted I’m the best at them.", "I’m the best") == []
    text = "They recorded two albums, “Life is Good” and “Tides.”"
    assert parts(text, "Life is Good") == ["Life is Good"]


def test_a_clinic_run_on_into_where_is_the_clinic(stage_entities) -> None:
    """Multinews' "University Clinic in Innsbruck where" (typed ORG): the clinic, and the
    patient named after "where" is the patient the event names on her own."""
    ents = stage_entities(
        "Doctors at the University Clinic in Marlstadt where Ilse Grenner is being treated said "
        "on Friday that the fracture was severe. Ilse Grenner, 22, fell during a training jump."
    )
    named = {e.name: e for e in ents}
    assert named["University Clinic in Marlstadt"].type == "ORG"
    assert not [name for name in named if " where" in name]
    assert len(named["Ilse Grenner"].mentions) == 2


def test_people_listed_as_one_name_are_each_a_person() -> None:
    """Multinews' "Tina Fey and Eva Longoria" (PERSON), "McCabe, Chaffetz" (ORG); a
    publisher's or a band's name is no list ("Little, Brown", "Mumford and Sons")."""
    name = "Lena Hart and Eva Molnar"
    assert [name[a:b] for a, b in listed_people(name, frozenset())] == ["Lena Hart", "Eva Molnar"]
    people = frozenset({("hollins",), ("brantley",), ("brown",)})
    assert len(listed_people("Hollins, Brantley", people)) == 2
    assert listed_people("Little, Brown", people) == []
    assert listed_people("Mumford and Sons", people) == []
    assert listed_people("Hollins", people) == []

    def mention(start: int, surface: str, label: str) -> NameMention:
        return NameMention(
            "a", start, start + len(surface), surface, tuple(fold(surface).split()), label
        )

    listed = mention(40, "Hollins, Brantley", "ORG")
    out = without_run_ons(
        [mention(0, "Dana Hollins", "PERSON"), mention(20, "Brantley", "PERSON"), listed],
        frozenset(),
    )
    assert [(m.surface, m.start, m.label) for m in out[2:]] == [
        ("Hollins", 40, "PERSON"),
        ("Brantley", 49, "PERSON"),
    ]


def test_a_full_name_run_on_into_a_greeting_is_the_persons(stage_entities) -> None:
    """Multinews' "Happy Taylor Swift Release Day!" made "Taylor Swift Release Day" a person and
    left "Swift" an entity of its own beside "Taylor Swift (also: Swift)"."""
    ents = stage_entities(
        "Happy Laura Benning Release Day! Have you spent hours on the liner notes? Laura "
        "Benning put out her album on Monday, and Laura Benning wrote most of it alone. "
        "Benning toured all year."
    )
    assert [(e.name, e.aliases) for e in ents if "benning" in fold(e.name)] == [
        ("Laura Benning", ("Benning",))
    ]
    people = Counter({("laura", "benning"): 3, ("laura", "benning", "release", "day"): 1})
    assert name_run_past("Laura Benning Release Day", people, frozenset(), frozenset()) == 13
    # a generation's mark is the name's; words of another name are no run-on
    people[("laura", "benning", "jr")] = 1
    assert name_run_past("Laura Benning Jr.", people, frozenset(), frozenset()) == 0
    assert name_run_past("Laura Benning Day", people, frozenset(), frozenset({"day"})) == 0
    assert name_run_past("Laura Benning Day", people, frozenset({"day"}), frozenset({"day"})) == 13


def test_a_caption_ending_on_a_surname_is_no_other_person(stage_entities) -> None:
    """Multinews' "Supporter of Presidential Candidate Obama" (ORG) left "Obama" an entity of
    its own beside "Barack Obama": a body's or a caption's name is no one the surname is."""
    ents = stage_entities(
        "The lawsuit cites emails from Supporter of Presidential Candidate Obama, a group. "
        "Barack Obama has not commented. Obama was in Hawaii on Friday."
    )
    obama = [e for e in ents if e.name == "Barack Obama"]
    assert obama and "Obama" in obama[0].aliases
    assert "Obama" not in {e.name for e in ents}


def test_a_place_is_typed_by_its_own_words(types_of) -> None:
    """Multinews' "Cape Cod", "Hyannis Port" typed PERSON, "from Hackney, east London"
    typed ORG."""
    assert types_of("The singer bought a house in the town. Cape Wrath is a little rocky.") == {
        "Cape Wrath": "LOC"
    }
    assert types_of("He followed her to his family's Brenton Port compound.")["Brenton Port"] == (
        "GPE"
    )
    types = types_of(
        "The sister of 32-year-old James Moran, from Hackney, east London, said he was "
        "believed to be among those who died."
    )
    assert types["Hackney"] == "GPE"
    assert place_opened("Mount Adams") == "LOC" and place_opened("Mount") is None
    assert place_opened("Laura Benning") is None


def test_a_known_place_typed_an_organisation_is_a_place(types_of) -> None:
    """Multinews' "a Copenhagen court", "lower than Cyprus (15th)" typed ORG; a university
    named for its town and listed with others stays one ("Columbia, Harvard and Oxford")."""
    assert types_of("Lars Holm is to appear in a Copenhagen court on Tuesday.")["Copenhagen"] == (
        "GPE"
    )
    types = types_of(
        "Finland ranked 4th, Canada 7th and, slightly embarrassingly, lower than Cyprus (15th) "
        "and Luxembourg (16th)."
    )
    assert types["Cyprus"] == "GPE"
    types = types_of("She studied at Columbia, Harvard and Oxford before she clerked for judges.")
    assert types["Oxford"] == "ORG"


def test_a_surname_two_people_share_joins_neither(settings) -> None:
    """Multinews' "Pasztor": a mother typed ORG at her full name ("Amber Pasztor") and her son
    typed PERSON; her bare surname is not the son's because a caption ending on it is set
    aside (spans set as the recogniser gives them)."""
    from spacy.tokens import Span as DocSpan

    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.stages.entities import build_entities

    text = (
        "Rene Kowal, 6, was found on Friday. Police said his mother, Amber Kowal, was arrested. "
        "AP Photo Kowal. Kowal told a reporter she was sorry. Kowal faces two charges."
    )
    an = analyze([Article("a1", text)], get_spacy(settings))[0]
    words = [t.text for t in an.doc]
    rene, amber, ap = words.index("Rene"), words.index("Amber"), words.index("AP")
    bare = [k for k, w in enumerate(words) if w == "Kowal" and words[k - 1] == "."]
    an.doc.ents = [
        DocSpan(an.doc, rene, rene + 2, label="PERSON"),
        DocSpan(an.doc, amber, amber + 2, label="ORG"),
        DocSpan(an.doc, ap, ap + 3, label="ORG"),
        *(DocSpan(an.doc, k, k + 1, label="ORG") for k in bare),
    ]
    ents = {e.name: e for e in build_entities([an])}
    assert "Kowal" not in ents["Rene Kowal"].aliases
    assert "Kowal" not in ents["AP Photo Kowal"].aliases
