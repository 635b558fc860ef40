"""A lead whose subject carries a relative clause: the main verb after it is found by word
shape (a verb in the past, the only one that can be; or an auxiliary), and a relative clause
too long for a headline is cut to its verb and object rather than dropped when the subject
alone would not say who; a plural subject the source gave a singular verb is no headline."""

import pytest

from newsweave.text.clause import has_finite_verb, past_main_verb
from newsweave.text.headline import event_headline, headline_from_sentence
from newsweave.text.headline_asides import without_relative
from newsweave.text.headline_made import reads_as_headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "The engineer who worked beside Dana Ruiz at the harbour board on her bridge inquiry"
            " resigned in protest earlier this week.",
            "The engineer who worked beside Dana Ruiz resigned in protest earlier this week",
        ),
        (
            "The Elmford deputy who was dismissed after he was accused of inventing a break-in"
            " that closed the library and briefly emptied part of the square last spring has"
            " died.",
            "The Elmford deputy who was dismissed has died",
        ),
    ],
)
def test_a_long_relative_clause_is_cut_to_its_verb_and_object(sentence: str, headline: str) -> None:
    assert headline_from_sentence(sentence) == headline


def test_a_verb_in_the_past_after_a_relative_clause_is_the_main_verb() -> None:
    made = "The engineer who worked beside Dana Ruiz resigned in protest earlier this week"
    assert has_finite_verb(made)
    assert reads_as_headline(made)


@pytest.mark.parametrize(
    "sentence",
    [
        # two verbs in the past after the relative clause: "shot the man killed | fled" or
        # "shot the man | killed ..."; neither reading is taken
        "The guard who shot the man killed in the raid fled the scene on foot.",
        # a comma after the subject: the main verb may be past it
        "The guard who shot the man wounded in the raid, a veteran of the force, was suspended.",
        # "accused of": a participle, not the main verb
        "The guard who shot the man accused of the raid.",
        # a clause opened inside the relative clause: "persuaded" is its verb, and the
        # sentence has no main verb
        "The sailor who had been at sea three months before his friends finally persuaded him"
        " to come ashore.",
        # words said: "the fences failed" is what the guard said
        "The guard who said the fences failed.",
        # "called": a participle that names, not the main verb
        "The guard who runs a firm called Harbour Watch.",
        # "cast" before its modal: a noun
        "The guard who praised the black cast must leave.",
    ],
)
def test_no_main_verb_is_guessed_where_the_word_shape_cannot_tell(sentence: str) -> None:
    words = sentence.split()
    assert past_main_verb(words, words.index("who")) is None
    assert without_relative(sentence) == sentence


def test_a_clause_after_the_main_verb_is_not_counted_against_it() -> None:
    words = [
        "The",
        "clerk",
        "who",
        "ran",
        "the",
        "ferry",
        "office",
        "quit",
        "after",
        "the",
        "council",
        "closed",
        "it",
    ]
    assert words[past_main_verb(words, 2)] == "quit"


def test_a_relative_clause_that_defines_its_subject_is_kept_whole_when_short() -> None:
    # dropped, "A measure was approved by voters" says not which one
    sentence = (
        "A measure that would require background checks for boat sales was approved by voters."
    )
    assert without_relative(sentence) == (
        "A measure that would require background checks was approved by voters."
    )


def test_a_plural_subject_with_a_singular_verb_is_no_headline() -> None:
    assert not reads_as_headline("The owners of a riverside bakery has paid the fine in full")
    assert reads_as_headline("The owners of a riverside bakery have paid the fine in full")
    assert reads_as_headline("The series of storms has closed the coast road")


def test_the_offer_without_the_slip_wins() -> None:
    texts = [
        "The owners of a riverside bakery that refused a couple's order has paid a fine of "
        "$40,000 to the state.\n\nThe payment came on Monday, the agency said.",
        "The riverside bakery owners paid the state a fine of $40,000 on Monday.\n\nThe "
        "agency confirmed the payment.",
    ]
    assert event_headline([None, None], texts) == (
        "The riverside bakery owners paid the state a fine of $40,000 on Monday"
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "The reasons why the council closed the harbour bridge",  # no relative on a subject
        "The report that the council closed the harbour bridge",  # "that" and its own subject
    ],
)
def test_a_clause_with_its_own_subject_lends_no_main_verb(phrase: str) -> None:
    assert not has_finite_verb(phrase)


def test_a_present_verb_of_saying_after_a_long_relative_clause_is_the_main_verb() -> None:
    sentence = (
        "The retired nurse who is accusing the Harbour clinic of a years-long, deliberate "
        "cover-up of billing errors says the hospital director personally shredded her written "
        "complaints and ignored repeated warnings from staff."
    )
    assert without_relative(sentence).startswith("The retired nurse says the hospital director")
    assert headline_from_sentence(sentence) == (
        "The retired nurse says the hospital director personally shredded her written complaints"
    )
    # the relative clause's own verb of saying is no main verb
    own = "The nurse who says the director shredded her complaints has sued the clinic in Dunmore."
    assert without_relative(own) == "The nurse has sued the clinic in Dunmore."
    # nor is an attribution after the words said
    for said in ('"acted within the rules," says', "acted within the rules, says"):
        tail = f"The officers who arrested the pair {said} the police chief in Dunmore."
        assert without_relative(tail) == tail
