"""A citation states what a fact is cited for: a restrictive relative clause is the claim's
content ("nurses who work night shifts"), not a description; where a statement was made is
not what it is about; what is only said to be possible is not what happened; and a fresh
clash in the same city on the same day is another clash. Own short statements, parsed as the
facts stage parses them."""

from __future__ import annotations

from dataclasses import replace

from newsweave.synthesis.support import states_claim, tells_another_act


def _features_of(settings, text: str):
    """The alignment's features of a one-sentence report, from its parse."""
    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.units import build_units, unit_features

    an = analyze([Article("a", text)], get_spacy(settings))[0]
    (feats,) = unit_features(build_units([an.article], an.sentences), [an])
    return feats


def _frames(settings, text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """The clause and the objects of each predicate of a one-sentence statement, by family."""
    from newsweave.nlp import get_spacy
    from newsweave.synthesis.frames import frames_of

    return {p.family: (p.clause, p.objects) for p in frames_of(list(get_spacy(settings)(text)))}


def test_a_restrictive_relative_clause_is_the_claims_content(settings) -> None:
    """ "The survey involved 1,800 hospital nurses who regularly work night shifts": which is
    what the survey is, so a passage giving the sample as nurses who work night shifts states
    it; "Ada Brook, who founded the museum" still only describes Brook, as does a clause on a
    noun that itself describes ("Ida Venn, a pilot who has been stranded")."""
    survey = "The survey involved 1,800 hospital nurses who regularly work night shifts."
    assert _frames(settings, survey)["work"][0] == "restrictive"
    described = _frames(settings, "Ada Brook, who founded the museum in 1987, hired a curator.")
    assert described["found"][0] == "relative"
    apposed = _frames(
        settings, "Mara Quist is superb as Ida Venn, a pilot who has been stranded on the island."
    )
    assert apposed["strand"][0] == "relative"
    sample = (
        "The sample comprised 1800 staff who said they work night shifts at least twice a week."
    )
    assert states_claim(_features_of(settings, survey), [_features_of(settings, sample)], {})
    # which man is not what happened to him: the shooting does not state the arrest
    arrested = _features_of(settings, "The man who shot the guard was arrested on Monday.")
    shot = _features_of(settings, "A man shot the guard outside the bank on Monday.")
    assert tells_another_act(arrested, [shot], {})
    # nor, in a claim with no verb of its own, is what others provided what it bolstered
    bolstered = _features_of(
        settings,
        "Further bolstering the defence was an interview the witness provided in 2019 in which "
        "she denied seeing the car, the lawyer said.",
    )
    provided = _features_of(
        settings,
        "Several neighbours provided affidavits saying the car had never been parked there.",
    )
    assert tells_another_act(bolstered, [provided], {})


def test_where_a_statement_was_made_is_not_what_it_acts_on(settings) -> None:
    """ "Dorsey insisted in several radio interviews that his words had been twisted" acts on
    his words, not on the radio: a passage in which he will not blame the radio stations
    shares the channel, not the claim."""
    insisted = "Dorsey insisted in several radio interviews that his words had been twisted."
    objects = {o for _, objs in _frames(settings, insisted).values() for o in objs}
    assert not objects & {"radio", "interview"}
    blame = "Asked about the attention, Dorsey said he would not blame the radio stations."
    assert not states_claim(_features_of(settings, insisted), [_features_of(settings, blame)], {})


def test_what_might_be_is_not_what_was(settings) -> None:
    """ "It might be the only way to save the reef" says what is possible, not that the reef
    was saved, nor the other way round; a passage that tells the saving states it."""
    saved = _features_of(
        settings, "The reef survived because volunteer divers saved thousands of corals."
    )
    might = _features_of(settings, "But it might be the only way to save the reef's corals.")
    assert might.hedged and not saved.hedged
    assert not states_claim(saved, [might], {})
    assert not states_claim(might, [saved], {})
    told = _features_of(settings, "Volunteer divers saved thousands of the reef's corals.")
    assert states_claim(saved, [told], {})


def test_a_fresh_clash_in_the_same_city_that_day_is_another_clash(settings) -> None:
    """Place and day show one happening ("clashed Saturday with fans in Porto" / "fighting
    in Porto on Saturday"), unless one of them tells a further one: "fresh fighting erupted
    later on Saturday in two other districts of Porto" is another clash."""
    day, city = frozenset({"2024-03-09"}), frozenset({"porto"})

    def backs(claim: str, passage: str) -> bool:
        c = replace(_features_of(settings, claim), dates=day, places=city)
        p = replace(_features_of(settings, passage), dates=day, places=city)
        return states_claim(c, [p], {})

    clash = "Riot police clashed Saturday with rival fans near the harbour in Porto."
    assert backs(clash, "Violence flared in Porto on Saturday, a police spokesman said.")
    assert not backs(
        clash,
        "A police statement said fresh violence flared later on Saturday in two other "
        "districts of Porto.",
    )
