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
    # two quoted words are someone's too: a passage without them does not back them
    judged = 'The inspector said the hull showed "serious corrosion" after the storm.'
    assert supports(judged, 'The inspector found "serious corrosion" on the hull after the storm.')
    assert not supports(judged, "The inspector said the hull was badly corroded after the storm.")
    # ... spelled with or without their diacritics
    assert supports(
        'The mayor opened the "grand café" on the quay.', 'The "grand cafe" opened on the quay.'
    )
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
    from newsweave.synthesis.frames import Predicate
    from newsweave.synthesis.support import states_claim
    from newsweave.synthesis.units import Features

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


def _features_of(settings, text: str):
    """The alignment's features of a one-sentence report, from its parse."""
    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.units import build_units, unit_features

    an = analyze([Article("a", text)], get_spacy(settings))[0]
    (feats,) = unit_features(build_units([an.article], an.sentences), [an])
    return feats


def test_the_same_verb_taking_another_act_is_another_claim(settings) -> None:
    """ "Declined to respond" and "declined to divulge" share a verb, not a claim; the verb the
    passage uses for another act is not a word the two share either."""
    from newsweave.synthesis.support import states_claim

    def backs(claim: str, passage: str) -> bool:
        return states_claim(_features_of(settings, claim), [_features_of(settings, passage)], {})

    respond = "The harbour board declined to respond to questions about the contract."
    assert not backs(
        respond, "The harbour board declined to divulge what the mayor and the builder discussed."
    )
    assert backs(respond, "The harbour board declined to answer questions about the contract.")
    assert not backs(
        "A spokesman for the builder declined to comment on the lawsuit.",
        "Through a spokesman, the builder declined to discuss his role in the tender.",
    )


def test_what_is_only_expected_does_not_back_what_happened(settings) -> None:
    """A council "expected to approve" a reward has not approved it, and one that approved it
    is no longer expected to: two states of the matter, not one claim."""
    from newsweave.synthesis.support import states_claim

    def backs(claim: str, passage: str) -> bool:
        return states_claim(_features_of(settings, claim), [_features_of(settings, passage)], {})

    approved = "The city council approved a $50,000 reward for information about the fire."
    expected = (
        "The city council is expected to approve a $50,000 reward for information about the fire."
    )
    assert not backs(approved, expected)
    assert not backs(expected, approved)
    assert backs(approved, "On Monday the city council approved a $50,000 reward for information.")


def test_light_verbs_are_no_words_a_claim_shares(settings) -> None:
    """A passage sharing "got" and one noun with a claim does not state it."""
    from newsweave.synthesis.support import states_claim

    claim = _features_of(settings, "No one knows how Ruiz got the spare tower key.")
    passage = _features_of(
        settings, "A guard tried to take the key from Ruiz, who said he was getting it back later."
    )
    assert not states_claim(claim, [passage], {})


def test_thousands_and_hundreds_are_two_counts(settings) -> None:
    """The alignment does not make one claim of "thousands" and "hundreds" of letters, while
    "thousands" and a figure in its range are one count."""
    from newsweave.synthesis.stages.facts import conflict

    thousands = _features_of(
        settings, "Thousands of residents wrote to the council about the ferry."
    )
    hundreds = _features_of(settings, "Hundreds of residents wrote to the council about the ferry.")
    some = _features_of(settings, "Some 4,500 residents wrote to the council about the ferry.")
    assert conflict(thousands, hundreds)
    assert not conflict(thousands, some)
    from newsweave.synthesis.figures import counts_differ

    assert not counts_differ({"millions"}, {"22.5", "1000000"})
    assert counts_differ({"dozens", "3"}, {"hundreds", "3"})


def test_a_passage_telling_another_act_of_the_same_people_is_not_cited(settings) -> None:
    """A passage whose own claim is another act ("would cooperate with any inquiry", "opened
    a net shop") and that names none of the claim's acts shares a name and a topic word with
    the claim, not the claim; a restatement in other words, or a report of the same place on
    the same day, still backs it."""
    from newsweave.synthesis.support import tells_another_act

    def other(claim: str, passage: str) -> bool:
        return tells_another_act(
            _features_of(settings, claim), [_features_of(settings, passage)], {}
        )

    scrutiny = (
        "Mayor Ellen Vos has come under scrutiny in the port board's inquiry into the dredging "
        "contract for the northern harbour."
    )
    assert other(
        scrutiny,
        "A lawyer for Ellen Vos said she would cooperate with any inquiry into her meetings "
        "with the builder.",
    )
    assert not other(
        scrutiny,
        "Ellen Vos is under scrutiny in the inquiry the port board opened into the dredging "
        "contract, officials said.",
    )
    crews = (
        "Ann Ruiz spent two years managing deep-sea fishing crews for a trawler company in Harwich."
    )
    assert other(
        crews,
        "With a loan from her uncle, Ann Ruiz opened a net shop in Harwich big enough to seat "
        "a whole crew.",
    )
    assert not other(
        crews, "For two years Ann Ruiz managed the crews of a Harwich trawler company."
    )


def test_a_passage_that_ranks_the_thing_otherwise_does_not_back_it() -> None:
    """ "The third verse" is not backed by "the second verse", nor "her last album" by "her
    first album"; the same rank in digits is the same, and "last year" and "her first year"
    rank time from different points."""
    verse = "If the motion passes, the third verse of the town song will change next spring."
    assert not supports(
        verse, "The council will change the second verse of the town song next spring."
    )
    assert supports(verse, "The council will change the 3rd verse of the town song next spring.")
    album = "In March the singer released her last solo album."
    assert not supports(album, "The singer released her first solo album in March.")
    assert supports(album, "In March the singer released what became her last solo album.")
    assert supports(
        "The singer toured Norway last year.", "In her first year the singer toured Norway."
    )


def test_a_passage_sharing_only_what_the_claim_acts_on_is_not_cited(settings) -> None:
    """A passage that states none of the claim's predicates and shares only the thing they act
    on ("introduced the dredging bill" for "would reintroduce the dredging bill"), with under a
    quarter of its words, is another statement about that thing; a passage that restates the
    claim is still cited. Weights are the event's, as in the facts stage: the harbour master
    and his bill are the event's topic, which every statement shares."""
    from newsweave.synthesis.stages.facts import lemma_weights
    from newsweave.synthesis.support import tells_another_act

    claim = (
        "Earlier this week the harbour master said he would reintroduce the dredging bill "
        "this month."
    )
    other = (
        "The harbour master, who was recently treated for a back injury, introduced the "
        "dredging bill from a wheelchair."
    )
    again = "The harbour master plans to reintroduce his dredging bill before the month is out."
    event = [
        claim,
        other,
        again,
        "The dredging bill would deepen the harbour's eastern channel.",
        "Fishermen say the harbour master's dredging bill would ruin the oyster beds.",
        "The harbour master first proposed dredging the channel in 2019.",
        "The council rejected the harbour master's first dredging bill last year.",
    ]
    feats = [_features_of(settings, t) for t in event]
    weights = lemma_weights(feats)
    assert tells_another_act(feats[0], [feats[1]], weights)
    assert not tells_another_act(feats[0], [feats[2]], weights)


def test_a_passage_giving_only_the_first_of_two_acts_does_not_back_both() -> None:
    """ "Demanded X or face Y" and "called for X and threats of Y" are two acts: a passage
    that gives only the demand does not back the threat, one that gives both does; an "and"
    between names is no second act."""
    said = (
        "Dock workers demanded on Monday that the port authority restore the night shift or "
        "face a week-long walkout."
    )
    assert not supports(
        said, "Dock workers called on the port authority to restore the night shift."
    )
    assert supports(
        said,
        "The dock workers demanded the night shift back and threatened a week-long walkout.",
    )
    assert not supports(
        "The mayor called for calm and threatened fines for anyone blocking the quay.",
        "The mayor called for calm at the harbour.",
    )
    assert supports(
        "Pilots and dock workers demanded a new night shift.",
        "Dock workers and pilots want a new night shift, they said.",
    )


def test_a_place_that_only_qualifies_a_noun_is_no_place_of_the_happening(settings) -> None:
    """ "The Lisbon inquiry" and "a Lisbon lawyer" name a kind and an origin, not where
    something happened: a report of another act on the same day that names Lisbon does not
    tell the same happening; "in Lisbon" on the same day still does."""
    from newsweave.synthesis.support import states_claim

    day = frozenset({"2024-03-05"})

    def backs(claim: str, passage: str) -> bool:
        c = replace(_features_of(settings, claim), dates=day)
        return states_claim(c, [replace(_features_of(settings, passage), dates=day)], {})

    scrutiny = "Mayor Ellen Vos is under scrutiny in the Lisbon harbour inquiry, it was reported."
    assert not _features_of(settings, scrutiny).places
    assert not backs(
        scrutiny,
        "A lawyer for Ellen Vos said she would cooperate with anyone looking into her "
        "dealings in Lisbon.",
    )
    assert backs(
        "The ferry owners met the harbour board in Lisbon.",
        "Talks between the ferry owners and the port went on all day in Lisbon.",
    )


def test_a_word_of_another_use_does_not_state_an_act_of_a_family(settings) -> None:
    """ "Faces charges" is an act of the threat family, which "struck him in the face" does
    not state; the same family's verb does, and an act of no family is still stated by its
    own word in another use ("tested" / "tests")."""
    from newsweave.synthesis.support import states_claim

    def backs(claim: str, passage: str) -> bool:
        return states_claim(_features_of(settings, claim), [_features_of(settings, passage)], {})

    charged = "The ferry captain, 52, faces manslaughter charges over the collision in March."
    assert not backs(charged, "A deckhand told police the captain struck him in the face.")
    assert backs(
        charged, "Prosecutors said the captain will face manslaughter charges over the collision."
    )
    assert backs(
        "The crew was tested for carbon monoxide after the collision.",
        "Doctors ran tests for carbon monoxide on the crew after the collision.",
    )


def test_who_is_in_a_state_is_not_the_claim_that_they_are_in_it(settings) -> None:
    """A claim of no act but a state ("is under scrutiny") is not stated by a report of
    something else its subject did that repeats who the subject is (the apposition), and is
    stated by one that gives the state without the apposition."""
    from newsweave.synthesis.support import states_claim

    def backs(claim: str, passage: str) -> bool:
        return states_claim(_features_of(settings, claim), [_features_of(settings, passage)], {})

    scrutiny = (
        "Ellen Vos, the harbour master's sister-in-law and a senior port adviser, is under "
        "scrutiny in the dredging inquiry."
    )
    assert not backs(
        scrutiny,
        "A lawyer for Ellen Vos, the harbour master's sister-in-law and a senior port adviser, "
        "said she would cooperate with investigators.",
    )
    assert backs(
        scrutiny, "Ellen Vos has come under scrutiny in the dredging inquiry, officials said."
    )


def test_an_act_of_another_named_person_does_not_back_the_claim(settings) -> None:
    """ "Deker faces charges of bribery" is not backed by "Molen also was charged with
    bribery", though both name the charges and Molen's passage names Deker; a passage naming
    Deker by surname, in apposition, among others charged, as the one acted on, or by a
    pronoun still backs it, and so does one naming the same office by another acronym, or
    whose only name for the doer is a header in capitals."""
    from newsweave.synthesis.support import states_claim

    def backs(claim: str, passage: str) -> bool:
        return states_claim(_features_of(settings, claim), [_features_of(settings, passage)], {})

    charges = "Harbour master Piet Deker faces charges of bribery and fraud."
    assert not backs(
        charges, "Jan Molen, who worked as Deker's clerk, also was charged with bribery and fraud."
    )
    assert not backs(charges, "Deker's clerk, Jan Molen, was charged with bribery and fraud.")
    assert backs(charges, "Deker was charged with bribery and fraud on Monday.")
    assert backs(charges, "The harbour master, Piet Deker, was charged with bribery and fraud.")
    assert backs(charges, "Jan Molen and Piet Deker were charged with bribery and fraud.")
    assert backs(charges, "Attorney General Lina Haas charged Deker with bribery and fraud.")
    assert backs(charges, "He was charged with bribery and fraud on Monday.")
    # an office's acronym inside another's may be the same person; a header is nobody
    tip = "The RSO investigator verified the informant's tip with the port police."
    assert backs(tip, "The ARSO verified the informant's tip with the port police.")
    poll = "The Post-ABC poll was conducted May 4-7 among a sample of 1,006 adults."
    assert backs(
        poll,
        "METHODOLOGY - This ABC News/Washington Post poll was conducted by telephone May 4-7 "
        "among a sample of 1,006 adults.",
    )
    both = "Jan Molen and Piet Deker were charged with bribery on Monday."
    assert backs(both, "Deker was charged with bribery on Monday.")
    assert not backs(both, "Mayor Ellen Vos was charged with bribery on Monday.")
