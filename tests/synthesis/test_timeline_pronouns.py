"""Timeline entries whose subject is a "he" or "she": named in brackets when the article
makes clear whom it stands for (own prose, shaped like multinews sentences)."""

from __future__ import annotations

from datetime import datetime

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.entry_subject import another_person_before
from newsweave.synthesis.pipeline import Workspace, run


def _timeline(text: str):
    art = Article("p1", text, published=datetime(2024, 5, 10))
    return art, run(Workspace([art]), ["timeline"]).timeline


def test_a_he_or_she_the_sentence_before_names_is_shown_named() -> None:
    """Multinews 7 listed "He climbed Mount Everest twice, and is credited with rescuing
    several climbers in Alaska in 1995 ..." and 64 "However, he said some cases had been
    scientifically corroborated, including ... the bombings in 1995": on a timeline, no one.
    Own prose: the "she" that opens an entry and the "he" after its opening phrase are named
    in brackets by the subject of the sentence before; the citation stays the article's own
    words, the name the only word added."""
    text = (
        "Marta Keller founded the Harwick Rowing Club. She won the national sculling title "
        "in 2009.\n\n"
        "Tomas Verley sailed the old ferry for thirty years. In 1994, he was named harbour "
        "master of the north quay."
    )
    art, tl = _timeline(text)
    texts = {e.date: e.text for e in tl}
    assert texts.get("2009-01-01", "").startswith("[Marta Keller] won the national"), tl
    assert texts.get("1994-01-01", "").startswith("In 1994, [Tomas Verley] was named"), tl
    cited = {e.date: e.citations[0].text_in(art) for e in tl}
    assert cited["2009-01-01"].startswith("She won"), tl
    assert "he was named" in cited["1994-01-01"], tl


def test_a_he_the_sentence_before_leaves_unclear_stays_as_it_is() -> None:
    """A "he" after a sentence whose subject is no person (two people named on its way) is
    not named, opening the entry or after its opening phrase: the article does not make
    clear which of them it is."""
    text = (
        "The council met on Tuesday, and Ada Brennan spoke with Leo Marsh about the quay. He "
        "had moved to Harwick in 2001.\n\n"
        "The board met on Friday, and Nina Okafor spoke with Tom Lind about the ferry. In "
        "1997, he bought the old boatyard."
    )
    _, tl = _timeline(text)
    assert any(e.date == "2001-01-01" and e.text.startswith("He had moved") for e in tl), tl
    assert any(e.date == "1997-01-01" and e.text.startswith("In 1997, he bought") for e in tl), tl


def test_a_he_after_a_sentence_that_names_two_people_stays_as_it_is() -> None:
    """Multinews 229 showed "[Kantner] joined the band as a full member in 1975" after "Mr.
    Kantner invited Mr. Balin to complete a song ...", where the "he" was Balin, and 244
    "[Fitzgerald] commanded the minesweeper ..." after "The Fitzgerald is the second command
    for Benson ..." (a ship). Own prose: a sentence before that names a second person as the
    one acted on, or whose name follows "the", leaves the "he" unnamed; a name that is only a
    word of a noun ("a Nina Brennan supporter") does not."""
    text = (
        "Mr. Verley invited Mr. Marsh to finish a song that became “Tides” on the choir’s "
        "album, “Grey Harbour,” with Mr. Marsh on lead vocals. He joined the choir as a full "
        "member in 2003.\n\n"
        "Tomas Verley was a Nina Brennan supporter for years. He founded the ferry company in "
        "1996."
    )
    _, tl = _timeline(text)
    texts = {e.date: e.text for e in tl}
    assert texts.get("2003-01-01", "").startswith("He joined the choir"), tl
    assert texts.get("1996-01-01", "").startswith("[Tomas Verley] founded"), tl


def test_a_name_after_the_in_the_sentence_before_is_no_persons() -> None:
    """Multinews 244 showed "[Fitzgerald] commanded the minesweeper ..." after "The Fitzgerald
    is the second command for Benson ...": a ship's name. Own prose, read on its parse: a
    name written after "the" leaves the "he" unnamed, one without it does not."""
    nlp = get_spacy(Settings())
    ship = nlp("The Marsden is the oldest ship of the fleet. He commanded it for years.")
    person = nlp("Marsden is the oldest captain of the fleet. He commanded it for years.")
    assert another_person_before(ship[10], "[Marsden] commanded")
    assert not another_person_before(person[9], "[Marsden] commanded")


def test_a_he_after_a_dated_opening_with_a_month_is_named() -> None:
    """The seeds showed "In June 2024, he said that Ukraine must officially drop its NATO
    ambitions ..." unnamed after "Putin, whose forces have advanced ..., has stood firm ...":
    the month of the opening phrase was read as a person's name. Own prose: a month, a
    weekday or a season in the opening phrase names no one."""
    text = (
        "Tomas Verley, whose ferries have carried the island's mail for years, has kept the "
        "old quay open despite pressure from the harbour board.\n\n"
        "In June 2019, he sold the north boatyard to the rowing club."
    )
    _, tl = _timeline(text)
    texts = {e.date: e.text for e in tl}
    assert texts.get("2019-06-01", "").startswith("In June 2019, [Tomas Verley] sold"), tl


def test_an_it_the_sentence_before_makes_certain_is_named() -> None:
    """Multinews 227 showed "Between 2011 and 2014, it gave nearly eleven million dollars to
    ..." after "The Mercer Family Foundation kept expanding its political investments.". Own
    prose: the one organisation that is the subject of the sentence before, with no other
    thing of its number there, names the "it"; an "it" after a sentence a company says of a
    ship, or an "It was" of a moment, stays as it is."""
    text = (
        "The Harwick Rowing Trust kept expanding its youth programmes.\n\n"
        "Between 2011 and 2014, it gave eleven boats to the schools of the coast.\n\n"
        "The old ferry, which carries cargo, has a crew of 20, Nordline Shipping said.\n\n"
        "It was built in 2008 and is about 90 feet long.\n\n"
        "The Harwick Sailing Club and Ada Brennan are no strangers to long races.\n\n"
        "It was regatta night 2012, and Brennan waited in the club house."
    )
    _, tl = _timeline(text)
    texts = {e.date: e.text for e in tl}
    assert texts.get("2011-01-01", "").startswith(
        "Between 2011 and 2014, [the Harwick Rowing Trust] gave"
    ), tl
    assert texts.get("2008-01-01", "").startswith("It was built"), tl
    assert all(not e.text.startswith("[") for e in tl if e.date == "2012-01-01"), tl


def test_a_person_inside_a_prepositional_phrase_leaves_the_he_to_the_subject() -> None:
    """Multinews 208 left "He will retire from Congress at the end of 2018" unnamed after "Bob
    Goodlatte has been in the House since 1993 — the majority of his son Bobby's life": a
    person named inside a prepositional phrase is told of beside the subject. Named as the
    one acted on, they may still be the "he"."""
    nlp = get_spacy(Settings())
    aside = nlp(
        "Tomas Verley has kept the quay open despite pressure from Ada Brennan. He sold it."
    )
    acted_on = nlp("Tomas Verley has asked Ada Brennan to keep the quay open. He sold it.")
    assert not another_person_before(aside[-4], "[Tomas Verley] sold")
    assert another_person_before(acted_on[-4], "[Tomas Verley] sold")
