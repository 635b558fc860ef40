"""Citation support, part by part: a passage that gives one part of a statement (the shooting,
not the death; the plan, not the deed; what someone was, not what happened to them; the gist
of a quotation, not its words) does not back the statement."""

from __future__ import annotations

from conftest import cited
from newsweave.synthesis.support import carries_numbers, supports


def test_a_passage_telling_the_shooting_does_not_back_the_death(settings) -> None:
    died = "A harbour police officer has died after he was shot in the head on Tuesday night."
    assert not cited(
        settings, died, "The harbour police officer was shot in the head on Tuesday evening."
    )
    assert cited(
        settings, died, "The harbour police officer died on Tuesday after being shot in the head."
    )
    assert not cited(
        settings,
        "Officers returned fire, killing the gunman.",
        "Two officers were wounded when the gunman opened fire in the council chamber.",
    )


def test_what_someone_intends_does_not_back_what_they_did() -> None:
    tabled = "Last year the senator put forth a bill to change two words of the anthem."
    assert not supports(
        tabled, "The senator intends to table a bill that would change two words of the anthem."
    )
    assert supports(tabled, "The senator tabled a bill last year to change two words.")
    # what someone says they would do is backed by their plan to do it
    assert supports(
        "The senator said she would table a bill to change two words of the anthem.",
        "The senator intends to table a bill that would change two words of the anthem.",
    )


def test_a_piece_of_a_hyphenated_word_is_no_predicate(settings) -> None:
    """The parser takes the "co" of "co-founded" for a verb, which the "co" of "co-founder"
    would state: what someone was does not back what happened to them."""
    died = "Colin Kroll, a tech executive who co-founded the quiz app, has died."
    assert not cited(settings, died, "Kroll was also the quiz app's technical co-founder.")
    assert cited(settings, died, "Kroll, the co-founder of the quiz app, died on Sunday.")


def test_a_quotation_left_open_needs_its_words() -> None:
    """A statement that opens a quotation it does not close is someone's words: a paraphrase
    does not back it, a passage that repeats a run of the words does."""
    quote = (
        '"There is a lot of research that shows we have the best discourse when we connect as'
        " whole people rather than just opinions."
    )
    assert not supports(
        quote,
        "Research suggests the best discourse may come from knowing each other as whole people"
        " instead of just opinions.",
    )
    assert supports(
        quote,
        'He wrote: "There is a lot of research that shows we have the best discourse when we'
        ' connect as whole people."',
    )
    # a quotation opened inside the statement: another quotation of the speaker is no backing
    ministry = "The ministry said: “There is always a degree of uncertainty about court cases."
    assert not supports(
        ministry, '"The outcome of this case does not affect existing laws," the ministry said.'
    )
    assert supports(
        ministry,
        "“There is always a degree of uncertainty about court cases,” the ministry said.",
    )
    # a statement that closes its quotation is checked by its quoted words as before
    assert supports(
        '"We will rebuild the quay," the mayor said.',
        'The mayor said: "We will rebuild the quay."',
    )


def test_an_attempt_or_a_duty_is_not_the_deed() -> None:
    assert not supports(
        "He will face a retrial on the murder charge.",
        "He will spend at least 60 years in prison on the attempted murder charges.",
    )
    assert supports(
        "He will face a retrial on the murder charge.",
        "Prosecutors said he will face a retrial on the murder charge in the spring.",
    )
    assert not supports(
        "The chairman said he is prepared to subpoena the memos.",
        "The Senate committee should subpoena the memos, he wrote.",
    )


def test_what_would_happen_on_a_condition_does_not_back_what_is() -> None:
    demanding = "The students are demanding that the college president resign."
    assert not supports(
        demanding,
        "If their demands are not met by Friday, the students will call for the college"
        " president's resignation.",
    )
    assert supports(demanding, "The students demand that the college president resign.")
    assert not supports(
        "Why the ferry lost contact with the harbour remains a mystery.",
        "The log would have been overwritten unless power to the recorder was lost.",
    )
    # a statement of what will happen on the condition is backed by it
    assert supports(
        "The students will call for the president's resignation if their demands are not met.",
        "If their demands are not met by Friday, the students will call for the college"
        " president's resignation.",
    )


def test_what_someone_died_of_is_a_fact_of_its_own() -> None:
    overdose = "The app's co-founder has died of an apparent drug overdose, police said."
    assert not supports(overdose, "The app's co-founder has died, police said.")
    assert supports(overdose, "Police said the app's co-founder died of a drug overdose.")


def test_the_writers_own_experience_needs_a_passage_in_the_first_person() -> None:
    kit = "I got my headset dev kit last week, and played around with it."
    assert not supports(kit, "The company has received 75,000 orders for its headset dev kits.")
    assert supports(kit, 'He wrote: "I got my headset dev kit last week and played with it."')
    # the "I" of an initialism is no first person
    assert supports(
        "The F.B.I. director was asked to drop the inquiry.",
        "The director of the FBI was asked to drop the inquiry.",
    )
    assert supports(
        "The embassy's investigator (ARSO-I) shut down the fake visa office.",
        "Security officials at the embassy shut down the fake visa office.",
    )


def test_a_count_in_tens_or_hundreds_of_a_magnitude_needs_a_figure_in_that_range() -> None:
    marched = "Tens of thousands of people marched through the harbour town on Sunday."
    assert not carries_numbers(marched, "About 100,000 people marched through the town.")
    assert carries_numbers(marched, "Some 40,000 people marched through the town on Sunday.")
    assert carries_numbers(marched, "Tens of thousands of people marched on Sunday.")
    # a figure counted in the magnitude is worth the figure times it
    lost = "The port lost hundreds of millions of euros."
    assert carries_numbers(lost, "The port lost 900 million euros.")
    assert not carries_numbers(lost, "The port lost 2.5 billion euros, or 2,500 million.")


def test_a_proposal_does_not_back_the_decision_taken_on_it() -> None:
    grant = "The council approved a $20,000 grant for the library."
    assert not supports(
        grant, "A councillor introduced a motion for a $20,000 grant for the library."
    )
    assert supports(grant, "On Monday the council voted to approve the $20,000 library grant.")
    # "passed away" is a death, not a decision
    assert supports(
        "The former mayor passed away on Friday.",
        "The former mayor, who had proposed the new park, died on Friday.",
    )


def test_a_matter_said_not_to_be_known_is_not_the_matter() -> None:
    assert not supports(
        "Police are still searching for the driver of the van.",
        "It was unclear whether police were still searching for the driver of the van.",
    )
    where = "It is unclear where the boat was when the wave hit it."
    assert not supports(where, "The wave hit the boat two miles off the pier.")
    assert supports(where, "It remains unclear where the boat was when the wave struck it.")


def test_the_deed_alone_does_not_back_a_decision_made_ahead_of_it() -> None:
    herd = "The farmer had already decided he was going to sell the herd."
    assert not supports(herd, "The farmer sold the herd at the March market.")
    assert supports(herd, "The farmer said he had decided weeks earlier to sell the herd.")
    # an election decided by votes is no one's decision
    assert supports(
        "The race was decided by fewer than 200 votes.",
        "The race ended with fewer than 200 votes between the two candidates.",
    )
