"""A citation states the claim it is cited for, not another statement about the same people:
own short reports woven end to end, and the attribution the check compares."""

from __future__ import annotations

import json

from newsweave.models import Article
from newsweave.synthesis.weave import weave


def _event(prefix: str, texts: list[str]):
    arts = [Article(id=f"{prefix}{i}", text=t) for i, t in enumerate(texts)]
    (ev,) = weave(arts).events
    return ev


def test_words_attributed_to_another_named_person_do_not_back_a_claim() -> None:
    """Two researchers saying the same words are two claims: Lee's finding is not cited to an
    outlet that gives it as Marott's."""
    ev = _event(
        "run",
        [
            "A Danish study of joggers was published on Monday in a cardiology journal.\n\n"
            "Running more than four hours a week brings no extra benefit to the heart, Lee "
            "said on Monday.\n\nThe study followed 5,000 adults for twelve years.",
            "Researchers followed thousands of adults in Copenhagen for more than a decade.\n\n"
            "Running more than four hours a week brings no extra benefit to the heart, said "
            "Jacob Marott on Monday.\n\nThe results surprised some doctors.",
        ],
    )
    for statement in [*ev.facts, *ev.brief]:
        if "benefit" in statement.text:
            assert len({c.article for c in statement.citations}) == 1, statement


def test_a_passage_about_the_same_cat_that_says_another_thing_is_not_cited(data_dir) -> None:
    """A real two-outlet event (validation mn-val-166): "The vet has advised that Jack is doing
    well" is not backed by "Jack's condition remains closely watched by his veterinarian" (same
    cat, same vet, another claim), while the claims both outlets make keep both."""
    from newsweave.sources.files import extract_text

    path = data_dir / "multinews" / "validation.jsonl"
    with path.open(encoding="utf-8") as f:
        event = next(e for e in map(json.loads, f) if e["id"] == "mn-val-166")
    arts = [extract_text(d, id=f"cat-{i}") for i, d in enumerate(event["documents"])]
    (ev,) = weave(arts).events
    texts = {a.id: a.text for a in arts}
    for statement in [*ev.facts, *ev.brief]:
        if "doing well" in statement.text:
            cited = [texts[c.article][c.start : c.end] for c in statement.citations]
            assert not any("closely watched" in c for c in cited), cited
    both = [f for f in ev.facts if len(f.sources) == 2]
    assert any("customs room" in f.text for f in both), [f.text for f in ev.facts]
    assert any("happy to announce" in f.text for f in both), [f.text for f in ev.facts]


def test_speakers_are_the_named_sources_of_words_and_findings(settings) -> None:
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.claim_speakers import speakers_of

    nlp = get_spacy(settings)

    def said(text: str) -> frozenset[str]:
        return speakers_of(list(nlp(text)))

    assert said("The benefit shows even in light jogging, Lee said on Monday.") == {"lee"}
    assert said("“I would expect low risk,” says Jacob Marott, a researcher.") == {
        "jacob",
        "marott",
    }
    assert said("Lee's group found that death rates were lower in runners.") == {"lee"}
    assert "polyakov" in said("Troops advanced, according to Ukrainian official Ivan Polyakov.")
    # a thing found is not a finding; a place is nobody's voice
    assert said("His handler, Hiroyuki Sano, found a man's body in the debris.") == frozenset()
    assert said("Moscow said the talks would go ahead.") == frozenset()


def test_the_same_charges_against_another_named_person_do_not_back_a_claim(data_dir) -> None:
    """A real three-outlet event (validation mn-val-228): "Christos Vasiliades faces a litany of
    charges, including obstruction of justice and witness intimidation" is not backed by
    "Rodriguez, who identified himself as Vasiliades' interpreter, also was charged with
    obstruction of justice and witness intimidation" (the same charges, another man), nor the
    other way round."""
    from newsweave.sources.files import extract_text

    path = data_dir / "multinews" / "validation.jsonl"
    with path.open(encoding="utf-8") as f:
        event = next(e for e in map(json.loads, f) if e["id"] == "mn-val-228")
    arts = [extract_text(d, id=f"bribe-{i}") for i, d in enumerate(event["documents"])]
    texts = {a.id: a.text for a in arts}
    (ev,) = weave(arts).events
    doers = ("Christos Vasiliades faces", "Rodriguez, who identified")
    for statement in [*ev.facts, *ev.brief]:
        cited = [texts[c.article][c.start : c.end] for c in statement.citations]
        for this, other in (doers, doers[::-1]):
            if statement.text.startswith(this):
                assert not any(c.startswith(other) for c in cited), cited


def test_a_named_persons_saying_is_not_backed_by_the_news_they_spoke_of(settings) -> None:
    """ "Florist Dara Penn said she is dropping plans to open a shop after hearing the chain is
    being sold" is her saying: a passage that only tells the sale names no one's words and is
    not cited for it; one that names her, or gives the words of a speaker named before ("She
    said ..."), may be."""
    from conftest import cited

    claim = (
        "Florist Dara Penn said she is dropping plans to open a Petalry flower shop after "
        "hearing the florist chain is being sold to Greenway Markets."
    )
    for news in (
        "Petalry, the florist chain, is being sold to Greenway Markets.",
        "Greenway Markets is buying Petalry, a florist chain that runs flower shops.",
    ):
        assert not cited(settings, claim, news)
    assert cited(
        settings,
        claim,
        "She said she is dropping plans to open a flower shop after hearing the chain is sold.",
    )
    assert cited(settings, claim, "Penn is dropping her plans to open a Petalry flower shop.")
