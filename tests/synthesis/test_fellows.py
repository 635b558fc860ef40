"""A role held alongside someone else ("fellow radio host Daniel Brody"): "the host" the
article goes on about is the person the fellow is set beside, never the fellow. A reader must
not see one presenter's joke credited to the guest he chatted with."""

from __future__ import annotations

from newsweave.synthesis.quotes.fellows import mutual_words, role_mark
from quoted_text import mentions, quote_with


def test_the_host_is_not_the_fellow_host_but_the_one_beside_him():
    text = (
        "Marta Quinn opened her program on Tuesday with a sketch about the city budget.\n\n"
        "Quinn later aired her interview with fellow radio host Daniel Brody about the "
        "station's new owners.\n\n"
        "At the end of the show, the host joked that she would run for mayor, telling the "
        'audience, "I will run for mayor myself if nobody else does."'
    )
    said = quote_with(mentions(text), "I will run for mayor")
    assert said.speaker == "Marta Quinn"


def test_another_holder_of_a_role_is_not_whom_the_role_stands_for():
    text = (
        "Marta Quinn opened her program on Tuesday with a sketch about the city budget.\n\n"
        "Another radio host, Daniel Brody, called the budget a disgrace on his own show.\n\n"
        'Later, the host said, "Nobody in this city reads the budget but me."'
    )
    said = quote_with(mentions(text), "Nobody in this city")
    assert said.speaker != "Daniel Brody"


def test_a_mark_that_is_the_roles_own_noun_shares_nothing():
    assert role_mark("fellow talk show host") == "fellow"
    assert role_mark("a fellow Democrat") == "fellow"
    assert role_mark("another radio host") == "another"
    # a research fellow, someone's rival: the role is the holder's own
    assert role_mark("a senior fellow at the Hoover Institution") is None
    assert role_mark("a fellow at the Hoover Institution") is None
    assert role_mark("his rival") is None


def test_only_a_fellow_or_rival_role_is_held_by_the_one_beside_them():
    assert mutual_words("a fellow talk show host") == frozenset({"talk", "show", "host"})
    assert mutual_words("rival candidate") == frozenset({"candidate"})
    # "another host" may be another than anyone the clause names
    assert mutual_words("another radio host") == frozenset()
