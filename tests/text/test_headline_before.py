"""A made headline takes what it needs from the sentences before it: a kind told before by
its name goes in by that name, a kind told before without a name leans and loses, and a
sentence set at an occasion is background. Own prose throughout."""

from __future__ import annotations

from newsweave.text.headline import event_headline, names_whom
from newsweave.text.headline_before import named_kind, told_before

BEFORE = (
    "It was a cold week for the otters of the north coast.",
    "The storm closed the Nordvik Sea Zoo for two days, and keepers moved the otters indoors.",
)


def test_a_kind_told_before_by_its_name_goes_in_by_that_name() -> None:
    made = "The zoo keeps its otters inside when the water freezes"
    assert named_kind(made, BEFORE) == (
        "The Nordvik Sea Zoo keeps its otters inside when the water freezes"
    )
    # two zoos named before: which one is not said
    two = (*BEFORE, "The Bergen City Zoo kept its own otters out.")
    assert named_kind(made, two) == made
    # a capital after a full stop is no name of the kind
    glued = ("Six boats sank off Nordvik, Norw. Parents of the crews waited at the quay.",)
    assert named_kind("The parents waited at the quay all night", glued) == (
        "The parents waited at the quay all night"
    )


def test_a_kind_told_before_without_a_name_leans_on_it() -> None:
    before = ("A film studio sued the makers of a fan film on Monday.",)
    assert told_before("The studio listed the rights it says it holds", before)
    assert not told_before("The studio listed the rights it says it holds", ())
    # said which of its own: a defining phrase, a name or a number in the subject
    assert not told_before("The parents of two of the studio's extras sued", before)
    assert not told_before("The small film studio Harbour Pictures listed its rights", before)
    assert not told_before("The 12 studio lawyers listed the rights", before)


def test_a_story_s_title_names_the_kind_its_lead_named() -> None:
    """A story whose first sentences set a scene titles the event with its next one, by the
    name the scene gave its subject."""
    story = (
        "It was a bitter week for the otters of the north coast. "
        "Not only did the Nordvik Sea Zoo have to close for two days, but keepers also moved "
        "the otters indoors, asking visitors to stay home and wait. "
        "The zoo keeps its otters inside when the water in the bay freezes."
    )
    assert event_headline([None], [story]) == (
        "The Nordvik Sea Zoo keeps its otters inside when the water in the bay freezes"
    )


def test_a_person_named_only_after_the_verb_is_not_named() -> None:
    assert not names_whom("The actress hit the Harbour Gala red carpet")
    assert names_whom("The actress Kari Berg hit the Harbour Gala red carpet")
    # one holder at a time: the office names them
    assert names_whom("The president has spoken about Jon Berg's acquittal")


def test_a_scene_set_at_an_anniversary_is_background() -> None:
    """A member whose only sentence is set at an occasion tells no news: it does not win over
    another member's background for that alone; the one naming the event does."""
    occasion = (
        "At the silver anniversary of the Harbour Film Awards, actors will enjoy some serious "
        "bonding over a long dinner."
    )
    usual = "Like every year, the Harbour Film Awards had its fair mix of surprises and tears."
    assert event_headline([None, None], [occasion, usual]) == (
        "The Harbour Film Awards had its fair mix of surprises and tears"
    )
