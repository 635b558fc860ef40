"""A pronoun goes on with the person or body an earlier sentence describes without a name:
the speaker is shown as the description, never a named person further back."""

from __future__ import annotations

from quoted_text import mentions, quote_with


def test_he_after_a_described_man_in_a_clause_is_that_description_not_the_woman() -> None:
    # the woman is the main subject; the "he" is the union boss her clause tells of
    text = (
        "Senator Karen Quill wrote in her memoir about the day a union boss told her to smile more if "
        "she wanted the seat in 2012.\n\n"
        "“You were lovely when we met. To win, you need to be lovely again,” he said.\n\n"
        "Quill said she laughed it off."
    )
    assert quote_with(mentions(text), "You were lovely").speaker == "a union boss"


def test_they_after_a_family_that_spoke_is_that_family() -> None:
    text = (
        "Nils Orrin, 44, of Dover, was also killed in the crash.\n\n"
        'Orrin\'s family said he had "a warm heart and a quick laugh."\n\n'
        '"We pray for the other families who lost someone they loved," they said in a '
        "statement.\n\n"
        "Police have not named the driver."
    )
    assert quote_with(mentions(text), "We pray for").speaker == "Orrin's family"


def test_he_told_of_in_someones_report_is_not_the_described_man() -> None:
    # the man is in what the officer reports: the "he" is the officer, named before
    text = (
        "Officer Dale Brandt said a man in a red coat ran from the shop.\n\n"
        "“We are still looking for him,” he said."
    )
    assert quote_with(mentions(text), "We are still looking").speaker == "Dale Brandt"


def test_he_after_a_described_person_beside_the_named_man_is_the_named_man() -> None:
    # the tenant opens the sentence, but Harlow acts in it too: the "he" goes on with him
    text = (
        "Jim Harlow, 71, flew back to the city last spring to look for the flat where he "
        "once lived.\n\n"
        "By comparing the old tiles, he narrows the search to two buildings. A tenant invites "
        "him inside, and Harlow climbs four flights of stairs to a balcony.\n\n"
        "“I will keep looking,” he says."
    )
    assert quote_with(mentions(text), "I will keep looking").speaker == "Jim Harlow"
