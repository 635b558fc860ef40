"""Two brief sentences that tell one act in other words (own prose throughout)."""

from __future__ import annotations

from newsweave.synthesis.retelling import RETELLING_SIM, happening, same_happening


def test_the_same_act_by_the_same_one_is_one_happening(settings) -> None:
    """Own prose after multinews validation event 16 ("Brittany Lewis was awarded the crown
    after ..." and "First runner-up Brittany Lewis of Wilmington will be awarded the crown at a
    news conference"): the same verb, doer and thing are one happening when the sentences are
    alike; "also" says another act, a verb of saying tells what was said, and another doer or
    another thing is another happening."""
    from newsweave.nlp.load import get_spacy

    nlp = get_spacy(settings)

    def act(text: str):
        return happening(nlp(text)[:])

    first = act("Harbour master Ilse Marten closed the northern quay after the crane fell.")
    again = act("Marten closed the quay to all ships at a meeting of the harbour board.")
    assert same_happening(first, again, RETELLING_SIM)
    assert not same_happening(first, again, RETELLING_SIM - 0.1)
    assert act("Marten also closed the quay to ferries on Friday.") is None
    assert act("Marten said the quay would stay shut until Friday.") is None
    other = act("The harbour board closed the quay to all ships on Friday.")
    assert not same_happening(first, other, RETELLING_SIM)
    road = act("Marten closed the coast road after the crane fell.")
    assert not same_happening(first, road, RETELLING_SIM)


def test_an_also_the_brief_drops_says_nothing(settings) -> None:
    """Own prose after multinews validation event 46 ("Also along for the ride are ...", shown
    without its "Also"): only an "also" among the words the brief shows says one more act."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.retelling import adds

    nlp = get_spacy(settings)
    doc = nlp("Also along for the ride was the harbour master of Port Ellis.")
    assert adds(doc[:])
    assert not adds(doc[1:])


def test_an_act_told_in_a_clause_or_a_report_is_told_again(settings) -> None:
    """Own prose after multinews validation events 205 and 246: "Best Picture was handed to
    the wrong film because presenters Warren Beatty and Faye Dunaway were given the wrong
    envelope", then "The presenters had mistakenly been given the wrong category envelope"; "A
    former officer was found dead in his home, authorities said", then "Bryan Johnson, 24, was
    found dead early Thanksgiving morning in his home, the district attorney's office said".
    The act of a clause of time or cause, and the act a report tells, are told too."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.retelling import happenings

    nlp = get_spacy(settings)

    def acts(text: str):
        return happenings(nlp(text)[:])

    def retold(a: str, b: str) -> bool:
        return any(same_happening(x, y, RETELLING_SIM) for x in acts(a) for y in acts(b))

    lamp = "The ferry ran aground on the reef because the pilot was given the wrong chart."
    assert retold(lamp, "The pilot had mistakenly been given the wrong harbour chart.")
    found = "Pilot Ola Lund was found dead in his home on Sunday, the harbour board said."
    assert retold(found, "Lund, 54, was found dead early Sunday in his home, police said.")
    # another act, or the same act done to another thing
    assert not retold(lamp, "The pilot was given a medal by the harbour board.")
    assert not retold(found, "Lund was found alive in a lifeboat on Sunday.")
    # a quotation's act is its speaker's statement, not told as the outlet's
    assert acts("“The pilot was given the wrong chart,” the captain said.") == ()
