"""Citation support: a cited passage must give the numbers it is cited for."""

from __future__ import annotations

from dataclasses import replace

from newsweave.synthesis.support import carries_numbers, supports


def test_a_citation_must_give_the_numbers_it_is_cited_for() -> None:
    said = "The ferry company laid off 1,200 workers at the harbour on Friday."
    assert supports(said, "On Friday the ferry company laid off 1200 harbour workers.")
    # a number the passage does not give is not backed by it
    assert not supports(said, "The ferry company laid off workers at the harbour on Friday.")
    # spelled numbers and digits are one figure; "one" is a pronoun, not a figure
    assert supports(
        "Two ferries ran aground off the cape, one of them carrying cattle.",
        "2 ferries ran aground off the cape, a cattle carrier among them.",
    )
    assert not supports(
        "Two ferries ran aground off the cape.", "Ferries ran aground off the cape."
    )
    # "the two" names what was counted; a date's figures are days, which alignment compares
    assert supports(
        "The two ferry lines, rivals since March 2019, will merge on June 3.",
        "The ferry lines will merge on Monday, their owners said.",
    )


def test_a_plural_magnitude_needs_the_same_word_or_a_figure_in_its_range() -> None:
    said = "The council received thousands of letters about the ferry timetable."
    assert carries_numbers(said, "The council received some 4,500 letters about the timetable.")
    assert carries_numbers(said, "Thousands of residents wrote to the council.")
    # a source that says otherwise does not back it
    assert not carries_numbers(said, "The council received hundreds of letters.")
    assert not carries_numbers(said, "The council received 300 letters about the timetable.")


def test_support_needs_the_quoted_words_and_every_clause() -> None:
    said = 'The mayor said she was "committed to rebuilding the quay" before winter.'
    assert supports(said, 'The mayor said she was "committed to rebuilding the quay."')
    assert not supports(said, "The mayor promised to rebuild the quay before winter.")
    # a scare-quoted term is not someone's words: a paraphrase still backs the claim
    assert supports(
        "The mayor rejected the 'ultimatums' of the union.",
        "The mayor rejected the union's demands.",
    )
    added = "The mayor hailed the plan on Tuesday, without saying when work would start."
    assert supports(
        added, "On Tuesday the mayor hailed the plan; she did not say when work would start."
    )
    assert not supports(added, "The mayor hailed the plan on Tuesday as a great day for the port.")
    # list commas are not clause boundaries
    assert supports(
        "Leaders of Britain, France and Germany threatened new sanctions on Tuesday.",
        "European leaders threatened new sanctions on Tuesday.",
    )


def test_a_citation_must_state_the_claim_not_another_about_the_same_people() -> None:
    from newsweave.synthesis.support import states_claim
    from newsweave.synthesis.units import Features, Predicate

    def said(lemmas, names=(), frames=(), speakers=(), dates=(), places=()) -> Features:
        return Features(
            frozenset(lemmas) | frozenset(names),
            frozenset(),
            frozenset(),
            False,
            12,
            frozenset(dates),
            frozenset(places),
            tuple(frames),
            names=frozenset(names),
            speakers=frozenset(speakers),
        )

    w: dict[str, float] = {}
    # "Security is looking for Beatty, who had both envelopes" / "Beatty and Dunaway were
    # handed the wrong envelope": a name and a topic word, not the claim
    looking = said(
        {"security", "look", "envelope"},
        {"beatty"},
        [Predicate("look", frozenset({"beatty"}), frozenset(), True)],
    )
    handed = said(
        {"hand", "wrong", "envelope"},
        {"beatty", "dunaway"},
        [Predicate("hand", frozenset({"envelope"}), frozenset(), True)],
    )
    assert not states_claim(looking, [handed], w)
    # the same act in another verb of its family backs it ("was killed" / "died")
    killed = said(
        {"journalist", "kill", "attack"},
        {"colvin"},
        [Predicate("kill", frozenset({"attack"}), frozenset({"colvin"}), True)],
    )
    died = said({"die", "attack"}, {"colvin"}, [Predicate("kill", frozenset(), frozenset(), True)])
    assert states_claim(killed, [died], w)
    # the same words from differently named people are two claims
    lee = said({"benefit", "running"}, {"lee"}, speakers={"lee"})
    assert states_claim(lee, [said({"benefit", "running"}, {"lee"}, speakers={"lee"})], w)
    assert not states_claim(lee, [said({"benefit", "running"}, {"marott"}, speakers={"marott"})], w)
    # the same place on the same (non-publication) day is the same happening in any words
    talks = said(
        {"propose", "talk"},
        {"istanbul"},
        [Predicate("propose", frozenset({"talk"}), frozenset(), True)],
        dates={"2025-05-15"},
        places={"istanbul"},
    )
    resume = said(
        {"resume", "negotiation"},
        {"istanbul"},
        [Predicate("resume", frozenset({"negotiation"}), frozenset(), True)],
        dates={"2025-05-15"},
        places={"istanbul"},
    )
    assert states_claim(talks, [resume], w)
    assert not states_claim(talks, [replace(resume, dates=frozenset())], w)
