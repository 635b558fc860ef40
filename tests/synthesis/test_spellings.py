"""A speaker's surname misspelt by one letter is spelt as the event spells it most."""

from __future__ import annotations

from newsweave.models import Entity, QuoteMention, Span
from newsweave.synthesis.quotes.merging import canonical_speakers
from newsweave.synthesis.quotes.spellings import event_spellings, respelt


def _person(name: str, mentions: int, *aliases: str) -> Entity:
    return Entity(
        name, "PERSON", aliases, ("a",), tuple(Span("a", k, k + 1) for k in range(mentions))
    )


def test_a_surname_one_letter_off_the_better_attested_spelling_is_respelt():
    """Multinews 153 and 228: one outlet's "Chief Dale Hollins" is the "Dale Hollin" of two
    others (the given name agrees), a bare "Petrakides" is "Petrakiades"; the better-attested
    spelling wins, whichever is longer."""
    entities = [
        _person("Dale Hollin", 6, "Hollin"),
        _person("Dale Hollins", 3, "Hollins"),
        _person("Nikos Petrakiades", 15, "Petrakiades"),
        _person("Petrakiades", 20, "Petrakides"),
    ]
    spellings = event_spellings(entities)
    assert respelt(spellings, "Dale Hollins") == "Dale Hollin"
    assert respelt(spellings, "Dale Hollin") == "Dale Hollin"
    assert respelt(spellings, "Petrakides") == "Petrakiades"


def test_other_names_one_letter_apart_are_other_people():
    """A name whose given name differs is another person ("Jane Hollins" is no misspelt Dale
    Hollin), and so is a bare surname a full-named person has ("Hollins" of Jane Hollins); a
    short surname one letter off is as often another name ("Cohn", "Cohen"); a family's plural
    ("Mercers") is the family, not one of them; two spellings that fit leave it as written."""
    entities = [
        _person("Dale Hollin", 6),
        _person("Jane Hollins", 1),
        _person("Ruth Cohen", 9),
        _person("Robert Mercer", 9),
        _person("Lena Barrows", 4),
        _person("Lena Marrows", 4),
    ]
    spellings = event_spellings(entities)
    assert respelt(spellings, "Jane Hollins") == "Jane Hollins"
    assert respelt(spellings, "Hollins") == "Hollins"
    assert respelt(spellings, "Cohn") == "Cohn"
    assert respelt(spellings, "Mercers") == "Mercers"
    assert respelt(spellings, "Lena Carrows") == "Lena Carrows"


def test_a_surname_of_a_double_barrelled_name_is_respelt_as_written():
    """The better-attested spelling may be the second half of a hyphenated surname, which no
    word of the name is alone ("Robinson" of Ann Smith-Robinson): it is written as the name
    writes that half."""
    spellings = event_spellings([_person("Ann Smith-Robinson", 5, "Smith-Robinson")])
    assert respelt(spellings, "Robinsen") == "Robinson"


def test_canonical_speakers_resolves_the_respelt_surname():
    """The misspelt bare surname, respelt, resolves as a bare surname does: to the person of
    that surname the article names."""
    text = "Nikos Petrakiades met the couple. Petrakides said the cash would wait outside."
    nikos = Entity("Nikos Petrakiades", "PERSON", (), ("a",), (Span("a", 0, 17),) * 3)
    words = "the cash would wait outside"
    m = QuoteMention(
        "a",
        words,
        text.index(words),
        text.index(words) + len(words),
        "Petrakides",
        "said",
        speaker_span=Span("a", text.index("Petrakides"), text.index("Petrakides") + 10),
        form="indirect",
        speaker_type="PERSON",
    )
    (out,) = canonical_speakers([m], [nikos])
    assert out.speaker == "Nikos Petrakiades"
