"""Animals a story names are no people: a name the text calls a dog, a horse or a pet gets no
type, whatever its age, its "his" or the recogniser's label say (own prose, shaped as the
failures seen on the multinews validation events: two sled dogs listed with their ages, a
rescue dog described in apposition, both typed PERSON)."""

from __future__ import annotations


def test_dogs_listed_with_their_ages_are_no_people(types_of) -> None:
    """ "Two other dogs, Banjo, 2, and Crosby, 3, were injured": an age is a dog's too."""
    types = types_of(
        "A snowmobile struck the team near the river. Two other dogs, Pesto, 2, and Marlowe, "
        "4, were hurt, according to race officials. Musher Dana Quill said Pesto would recover."
    )
    assert types["Pesto"] == ""
    assert types["Marlowe"] == ""
    assert types["Dana Quill"] == "PERSON"


def test_an_animal_in_apposition_is_no_person(types_of) -> None:
    """ "Yumenosuke, a male mixed-breed dog, ... his debut mission": "his" is the dog's."""
    types = types_of(
        "Tamazaki, a male mixed-breed dog, found a survivor under the mud. His handler, Kenji Oda, "
        "said Tamazaki was calm on his first mission. Later, Tamazaki searched a second house."
    )
    assert types["Tamazaki"] == ""
    assert types["Kenji Oda"] == "PERSON"


def test_an_animal_named_before_or_after_its_kind(types_of) -> None:
    """ "his dog Rex", "Rex the horse"; not "the dog Smith owned"."""
    types = types_of(
        "Neighbours said her dog Rocco, 6, barked all night. The dog Harriet Vance owned was "
        "never found, and Vance said she had searched every street."
    )
    assert types["Rocco"] == ""
    assert types["Harriet Vance"] == "PERSON"
