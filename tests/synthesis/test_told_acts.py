"""The acts told inside a dated claim or incident (own prose shaped like multinews 246: a made-up
claim of a shooting and the incident it was about, told by two outlets)."""

from __future__ import annotations

import pytest

from newsweave.synthesis.dated_act import DatedAct, dated_act
from newsweave.synthesis.told_acts import one_told_act, told_acts


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp.load import get_spacy

    return get_spacy(settings)


def _told(nlp, text: str, date_words: str) -> tuple[DatedAct, ...]:
    doc = nlp(text)
    start = text.index(date_words)
    return told_acts(doc, start, start + len(date_words))


CLAIM = "Deputy Harlow made up a claim in March that a sniper fired at his patrol car."
INCIDENT = (
    "The charges stem from a March 4, 2019, incident in which he said he was attacked by a "
    "sniper who shot up his patrol car and fled."
)


def test_a_claim_and_an_incident_tell_one_shooting(nlp) -> None:
    """Multinews 246: "made up a claim in September that a gunman fired at his cruiser" and "a
    Sept. 2, 2015, incident in which he said ... a gunman who shot up his cruiser" stood as two
    entries; the shooting told inside each is one."""
    claim = _told(nlp, CLAIM, "in March")
    incident = _told(nlp, INCIDENT, "March 4, 2019")
    assert {a.family for a in claim} == {"shoot"}, claim
    assert "shoot" in {a.family for a in incident}, incident
    assert one_told_act(claim, incident)


def test_a_claim_of_another_shooting_is_another_happening(nlp) -> None:
    """A claim whose shooting shares no one with the incident's is not its telling."""
    other = _told(
        nlp, "Deputy Harlow made up a claim in March that a thief fired at a clerk.", "in March"
    )
    assert {a.family for a in other} == {"shoot"}, other
    assert not one_told_act(other, _told(nlp, INCIDENT, "March 4, 2019"))


def test_a_shooting_dated_by_its_own_verb_is_no_claim(nlp) -> None:
    """A date on the shooting's own verb dates that act (:func:`dated_act`), nothing told inside
    a claim or an incident; the claim's told shooting is that act."""
    text = "A sniper fired at his patrol car on March 4, 2019."
    assert _told(nlp, text, "March 4, 2019") == ()
    doc = nlp(text)
    start = text.index("March 4, 2019")
    act = dated_act(doc, start, start + len("March 4, 2019"))
    assert act is not None
    assert one_told_act(_told(nlp, CLAIM, "in March"), (act,))
