"""Words stuck on a name: a nationality, a trade, a party or a word opening the sentence that
the recogniser ran into a person's name ("Bosnian Adnan Nevic", "Democrat Nikki Fried"), a
byline run into its own bio line ("Mark Joseph Stern Mark"), and a title kept a title
("Monsignor Georg Gaenswein"). :func:`~newsweave.synthesis.quotes.speakers.stuck_on` reads the
word for the speakers (:func:`~newsweave.synthesis.quotes.speakers.clean_name`) and the
entities stage (:func:`~newsweave.synthesis.mention_context.stuck_cut`; its test on a parse is
in ``test_entity_evidence``) alike.

Every text is our own prose; the recogniser's spans and labels are set to those the small
model gave on the same shapes in Multi-News validation stories (event numbers in brackets)."""

from __future__ import annotations

import pytest

from newsweave.synthesis.mention_context import stuck_cut
from newsweave.synthesis.quotes.speakers import clean_name, stuck_on
from newsweave.text.names import clean_name as entity_name


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Bosnian Mark Hadzic", "Mark Hadzic"),  # [045] a nationality
        ("Ukranian Anna Petrenko", "Anna Petrenko"),  # [051] misspelt, the regular ending
        ("Unfazed Mary Jones", "Mary Jones"),  # a participle opening the sentence
        ("Mark Joseph Stern Mark", "Mark Joseph Stern"),  # [188] a byline and its bio line
        ("Monsignor Georg Gaenswein", "Georg Gaenswein"),  # [237] a title
        # what follows is no given name: the word may be the name's own
        ("Christian Science Monitor", "Christian Science Monitor"),
        ("Bosnian Red Crescent", "Bosnian Red Crescent"),
        ("Ford Madox Ford", "Ford Madox Ford"),  # a name that repeats a word is one name
        ("Exhibit 1 and Exhibit 2", "Exhibit 1 and Exhibit 2"),
        ("Will Smith", "Will Smith"),
    ],
)
def test_a_speakers_name_loses_what_is_stuck_on_it(written: str, shown: str) -> None:
    assert clean_name(written) == shown


def test_a_word_the_texts_write_in_lower_case_is_stuck_on_only_if_no_given_name() -> None:
    """[007] "Mountaineer Ueli Steck said": the texts call him "the mountaineer"; "Frank" is a
    given name however often "frank" is written."""
    words = frozenset({"the", "mountaineer", "frank", "said"})
    assert stuck_on("Mountaineer", words)
    assert not stuck_on("Mountaineer")
    assert not stuck_on("Frank", words)
    assert stuck_on("Bosnian") and stuck_on("Ukranian") and stuck_on("Democrat")
    assert not stuck_on("Adrian")  # "-ian", a given name


def test_stuck_cut_keeps_a_body_its_adjective() -> None:
    """The rest must be a person's: a given name, the recogniser's PERSON, or a name the event
    writes on its own with its surname alone too."""
    written = frozenset({("red", "crescent"), ("crescent",), ("vitalii", "sediuk"), ("sediuk",)})
    cut = stuck_cut("Ukranian Vitalii Sediuk", False, frozenset(), written)
    assert "Ukranian Vitalii Sediuk"[cut:] == "Vitalii Sediuk"
    assert stuck_cut("Syrian Red Crescent", False, frozenset(), written - {("crescent",)}) == 0
    assert stuck_cut("Ukranian Vitalii Sediuk", False, frozenset(), written - {("sediuk",)}) == 0
    name = "Democrat Nikki Fried"
    assert name[stuck_cut(name, False, frozenset(), frozenset()) :] == "Nikki Fried"
    assert stuck_cut("Bosnian Adnan Nevic", True, frozenset(), frozenset()) == len("Bosnian ")


def test_a_title_before_a_name_stays_a_title() -> None:
    assert entity_name("Monsignor Georg Gaenswein") == ("Georg Gaenswein", "Monsignor")
    assert entity_name("Pope Francis") == ("Francis", "Pope")
    assert entity_name("Jersey Shore") == ("Jersey Shore", "")
    assert entity_name("Queen Elizabeth") == ("Elizabeth", "Queen")
    assert entity_name("Sen. Ted Cruz") == ("Ted Cruz", "Sen.")
