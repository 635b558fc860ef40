"""A citation backs what a fact says, not what only describes who or what it is about, a day
of a thing it names, a claim it tells as made up, or one of its two sentences: own short
statements, parsed as the facts stage parses them."""

from __future__ import annotations

from dataclasses import replace

from newsweave.models import Sentence
from newsweave.synthesis.support import states_claim, supports, tells_another_act
from newsweave.synthesis.units import Unit


def _features_of(settings, text: str):
    """The alignment's features of a one-sentence report, from its parse."""
    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.units import build_units, unit_features

    an = analyze([Article("a", text)], get_spacy(settings))[0]
    (feats,) = unit_features(build_units([an.article], an.sentences), [an])
    return feats


def _clauses(settings, text: str) -> dict[str, str]:
    """The clause of each predicate of a one-sentence statement, by family."""
    from newsweave.nlp import get_spacy
    from newsweave.synthesis.frames import frames_of

    return {p.family: p.clause for p in frames_of(list(get_spacy(settings)(text)))}


def test_participles_on_a_noun_describe_it_and_where_clauses_tell_the_happening(settings) -> None:
    """ "His dying and injured horses" describes the horses, as a relative clause would; "in
    Lisbon, where the band played two shows" tells where the happening was, as a clause of
    time tells when."""
    described = _clauses(
        settings, "The ranger tried to perform first aid on his dying and injured dogs."
    )
    assert described["kill"] == "relative" and described["injure"] == "relative"
    where = _clauses(settings, "The band had been in Lisbon, where it played two shows on Friday.")
    assert where["play"] == "time"
    # the clause of a cleft sentence is its claim
    cleft = _clauses(
        settings, "Police allege that it was Tom Reyes, the girl's brother, who broke the window."
    )
    assert cleft["break"] == "complement"
    # a relative clause on a person still only describes them
    who = _clauses(settings, "Ada Brook, who founded the museum in 1987, has hired a curator.")
    assert who["found"] == "relative"


def test_what_only_describes_who_a_claim_is_about_does_not_state_it(settings) -> None:
    """ "Mara Quist is superb as Ida Venn, a pilot who has been stranded on the island" says
    how Quist plays Venn; a passage that has Venn stranded there describes the same part and
    states nothing of the verdict. Nor does "the rockslide killed one of his dogs and injured
    two others" state that the ranger tried to give first aid to his dying and injured dogs. A passage
    that gives the claim itself still does."""
    verdict = _features_of(
        settings,
        "Mara Quist is superb as Ida Venn, a ferry pilot who has been stranded on the island "
        "for years, living quietly among its fishermen.",
    )
    plot = _features_of(
        settings,
        "The crew meets Ida Venn (Mara Quist), who has been stranded there for decades.",
    )
    assert not states_claim(verdict, [plot], {})
    assert tells_another_act(verdict, [plot], {})
    again = _features_of(
        settings, "As the stranded ferry pilot Ida Venn, Mara Quist is superb among the fishermen."
    )
    assert states_claim(verdict, [again], {})
    # a noun of the claim's act still states it once its description no longer does
    guarded = _features_of(
        settings, "The witness is now being protected under a plan that costs $900 a week."
    )
    protection = _features_of(
        settings, "The witness is under round-the-clock police protection, his lawyer said."
    )
    assert states_claim(guarded, [protection], {})

    # weights are the event's, as in the facts stage: the ranger and his dogs are its topic
    from newsweave.synthesis.stages.facts import lemma_weights

    event = [
        "The ranger tried to perform triage first aid on his dying and injured dogs.",
        "The rockslide killed one of the ranger's dogs and injured two others.",
        "The ranger tried to perform first aid on the dogs the slide hurt.",
        "The ranger had raced his dogs across the pass for nine years.",
        "A vet flew in to look after the ranger's dogs on Sunday.",
        "The ranger said his dogs were his family.",
        "Volunteers carried the ranger's sled down from the pass.",
    ]
    feats = [_features_of(settings, t) for t in event]
    weights = lemma_weights(feats)
    assert tells_another_act(feats[0], [feats[1]], weights)
    assert not tells_another_act(feats[0], [feats[2]], weights)


def test_a_day_of_a_thing_the_claim_names_is_no_day_of_its_happening(settings) -> None:
    """ "Crowds gathered for memorials to the victims of Saturday's ferry fire" names the day
    of the fire, not of the memorials: a passage telling the fire in the same city on that day
    is another happening. A claim that names the day of its own happening still meets a
    passage of the same place and day."""
    day, city = frozenset({"2024-03-09"}), frozenset({"porto"})

    def backs(claim: str, passage: str) -> bool:
        c = replace(_features_of(settings, claim), dates=day, places=city)
        return states_claim(c, [replace(_features_of(settings, passage), dates=day)], {})

    fire = "On Saturday, a fire on a ferry in Porto killed nine people."
    assert not backs(
        "In Porto, crowds gathered for memorials to the nine victims of Saturday's ferry fire.",
        fire,
    )
    assert backs("A ferry caught fire in Porto on Saturday.", fire)


def test_a_claim_told_as_made_up_is_not_backed_by_the_claim_as_first_reported() -> None:
    """ "The guard made up a claim that a burglar fired at his truck" is not backed by a
    passage that has the truck found and police searching for the burglar; one that tells the
    claim as faked backs it."""
    said = (
        "Investigators say the guard made up a claim that a burglar fired at his truck before "
        "it hit a pole."
    )
    assert not supports(
        said,
        "The guard's truck was found against a pole, and police searched for the burglar who "
        "fired at it.",
    )
    assert supports(
        said,
        "The guard faked the claim that a burglar fired at his truck before it hit a pole, "
        "investigators say.",
    )


def test_a_second_sentence_joined_by_and_needs_its_own_backing() -> None:
    """ "We know there are fake listings on the site, and we take this very seriously" says
    two things: a quote that stops at "site" gives only the first. An "and" inside one clause
    is no second one."""
    said = "We know there are fake listings on the site, and we take this very seriously."
    assert not supports(said, "We know there are fake listings on the site.")
    assert supports(said, "We know there are fake listings on the site and take it seriously.")
    assert supports(
        "The mayor and the harbour master inspected the quay.",
        "The harbour master and the mayor inspected the quay on Monday.",
    )


def test_a_sentence_cited_whole_is_backed_in_each_of_its_clauses() -> None:
    """A fact worded by a clause that leans on its sentence ("a move that also opens the game
    software") is shown as the whole sentence, so each outlet must back each of its clauses:
    one that only mentions the game software does not back the stand folding flat."""
    from newsweave.synthesis.stages.facts import _Backed, _whole_backed

    text = (
        "With the tablet upright, you press down on the top edge and the stand folds until it "
        "lies flat, a move that also opens the built-in game software."
    )
    cut = text.index(", a move")
    other = "It ships with the game software, which uses wheels to open videos and games."
    again = "Press the top edge and the stand folds until the tablet lies flat, which opens the game software."
    sentences = [
        Sentence("a", 0, len(text), text, 0),
        Sentence("b", 0, len(other), other, 0),
        Sentence("c", 0, len(again), again, 0),
    ]
    main = text[:cut]
    sub = text[cut + 2 :]
    units = [
        Unit("a", 0, cut, main, 0, 0, "main", main + "."),
        Unit("a", cut + 2, len(text), sub, 0, 0, "sub", None),
        Unit("b", 0, len(other), other, 1, 0, "sentence", other),
        Unit("c", 0, len(again), again, 2, 0, "sentence", again),
    ]
    assert not _whole_backed(_Backed(1, (1, 2), 0.6), units, sentences)
    assert _whole_backed(_Backed(1, (1, 3), 0.6), units, sentences)


def test_a_claim_told_in_the_writers_own_voice_is_worded_by_an_outlet_that_reports_it() -> None:
    """Two outlets back each other's wording of one claim; one words it in the writer's own
    voice ("And we now know that ..."), which the facts table cannot show as no one's words.
    The claim is still a fact, in the other outlet's words, cited to both."""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    texts = [
        "The harbour board met on Monday to weigh the ferry timetable.\n\nAnd we now know that "
        "the mayor asked the harbour board to cancel the night ferry in a private meeting in "
        "March.\n\nThe night ferry carries about 300 passengers a week.",
        "The mayor asked the harbour board to cancel the night ferry in a private meeting in "
        "March, according to minutes seen by reporters.\n\nThe board has not decided.\n\n"
        "Ferry workers say the route is profitable.",
    ]
    (ev,) = weave([Article(id=f"ferry{i}", text=t) for i, t in enumerate(texts)]).events
    asked = [f for f in ev.facts if "asked the harbour board" in f.text]
    assert asked and not asked[0].text.startswith("And we"), [f.text for f in ev.facts]
    assert set(asked[0].sources) == {"ferry0", "ferry1"}
