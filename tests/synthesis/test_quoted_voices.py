"""Whose words a claim is: one quotation alone, a first person inside quotation marks."""

from __future__ import annotations

from newsweave.synthesis.quoted_voices import Voiced, all_quoted, one_quotation, voice_of
from newsweave.synthesis.units import Unit


def test_one_quotation_is_nothing_but_the_quotation():
    assert one_quotation("“The harbour was the real deal.”")
    assert not one_quotation("“The harbour was the real deal,” she said.")
    assert not one_quotation("The mayor called it “the real deal.”")


def test_a_first_person_wording_is_all_quoted_unless_the_writer_opens_the_quotation():
    """A quotation the wording cuts open is closed first: the first person then sits outside
    the marks only when no words of the writer's come before them."""
    assert all_quoted("“We will cap the fares.”")
    assert all_quoted("We will cap the fares.")
    assert not all_quoted("His pledge still stands: “We will cap the fares next year.")
    assert not all_quoted("The mayor said the city would cap the fares.")


def _unit(article: str, text: str, start: int = 0) -> Unit:
    return Unit(
        article=article,
        sentence=0,
        start=start,
        end=start + len(text),
        text=text,
        index=0,
        kind="main",
        standalone=None,
    )


def test_a_claim_is_the_speakers_whose_quotes_hold_it_in_every_outlet():
    a = _unit("a1", "We will cap the fares next year.")
    b = _unit("b1", "We will cap the fares next year.", start=40)
    mayor = {
        "a1": [Voiced(0, len(a.text), "Ada Lind")],
        "b1": [Voiced(40, 40 + len(b.text), "Ada Lind")],
    }
    assert voice_of([a, b], mayor) == "Ada Lind"
    split = {
        "a1": [Voiced(0, len(a.text), "Ada Lind")],
        "b1": [Voiced(40, 40 + len(b.text), "Jon Berg")],
    }
    assert voice_of([a, b], split) is None
    half = {"a1": [Voiced(0, 5, "Ada Lind")]}
    assert voice_of([a], half) is None
