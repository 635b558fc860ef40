"""One key for the forms of a word: a verb's tenses and participles, a noun's plural, a
counting word's figure; a name keeps its letters."""

from __future__ import annotations

import pytest

from newsweave.text.word_forms import word_key


@pytest.mark.parametrize(
    "forms",
    [
        ("shoot", "shoots", "shooting", "shot"),
        ("kill", "kills", "killed", "killing"),
        ("take", "takes", "taking", "took", "taken"),
        ("charge", "charges", "charged", "charging"),
        ("stop", "stops", "stopped", "stopping"),
        ("study", "studies", "studied", "studying"),
        ("agree", "agrees", "agreed"),
        ("die", "dies", "died", "dying"),
        ("file", "files", "filed", "filing"),
        ("use", "uses", "used", "using"),
        ("two", "2"),
    ],
)
def test_the_forms_of_a_word_share_a_key(forms: tuple[str, ...]) -> None:
    assert len({word_key(w) for w in forms}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("shooter", "shoot"),  # another word of the same stem
        ("news", "new"),
        ("evening", "even"),
        ("Signe", "sign"),  # a name keeps its letters
        ("three", "2"),
    ],
)
def test_other_words_keep_keys_of_their_own(a: str, b: str) -> None:
    assert word_key(a) != word_key(b)


def test_a_capitalised_counting_word_is_still_its_figure() -> None:
    assert word_key("Three") == word_key("3") == "3"
