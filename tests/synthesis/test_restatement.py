"""The brief tells its main fact once: another outlet's lead that tells the same act of the same
someone again, in other words and with other names, is left out (own prose, after multinews
validation events 60 and 67)."""

from __future__ import annotations

import pytest

from conftest import brief_of

OPENING = (
    "A Fayette County judge sentenced army veteran Tomas Reyes to spend one night in jail for "
    "a probation violation."
)


@pytest.fixture(scope="module")
def parse(settings):
    from newsweave.nlp.load import get_spacy

    nlp = get_spacy(settings)
    return lambda text: nlp(text)[:]


@pytest.mark.parametrize(
    ("lead", "retold"),
    [
        # the same act (sentenced) of the same someone (the judge), other names and words
        (
            "District Judge Ana Lind sentenced a retired paratrooper to a night in the lock-up "
            "for a probation violation.",
            True,
        ),
        # the same people, another thing they did
        ("Reyes served two tours in Iraq before he came home to Fayette County.", False),
        # the same kind of act, of nothing the opening tells of
        ("A Denver court sentenced two bankers to prison for fraud.", False),
    ],
)
def test_a_lead_retells_the_opening_by_its_act_and_what_it_acts_on(parse, lead, retold) -> None:
    from newsweave.synthesis.restatement import restates_opening

    assert restates_opening(parse(OPENING), parse(lead), 0.3, same_outlet=False) is retold


def test_the_openings_own_outlet_and_a_close_wording(parse) -> None:
    """The opening's outlet tells one act once (its lead and the opening tell two sides of it);
    a wording as close as the threshold tells it again, whatever its verbs."""
    from newsweave.synthesis.restatement import LEAD_REPEAT_SIM, restates_opening

    lead = parse(
        "District Judge Ana Lind sentenced a retired paratrooper to a night in the lock-up for "
        "a probation violation."
    )
    assert not restates_opening(parse(OPENING), lead, 0.3, same_outlet=True)
    other = parse("Reyes served two tours in Iraq before he came home to Fayette County.")
    assert restates_opening(parse(OPENING), other, LEAD_REPEAT_SIM, same_outlet=False)


def test_lead_sentences_skip_what_the_brief_may_not_use() -> None:
    from newsweave.synthesis.restatement import lead_sentences
    from newsweave.synthesis.units import Unit

    def unit(article: str, index: int) -> Unit:
        return Unit(article, index * 10, index * 10 + 9, "x", index, index, "sentence", "x")

    units = [unit("a", 0), unit("a", 1), unit("a", 2), unit("b", 0), unit("b", 3)]
    # article a's first sentence (a menu, a headline) is not among those kept
    assert lead_sentences(units, [1, 2, 4, 3]) == {"a": 1, "b": 0}


def test_the_brief_tells_a_sentencing_once() -> None:
    """Three outlets lead with the sentencing, each in its own words and with its own names,
    too far apart for the facts stage to make them one fact; the brief opens with one of them
    and goes on to what else they report, not to another outlet's telling of it."""
    bodies = [
        f"{OPENING}\n\nReyes had admitted to drinking, which his probation forbids.\n\n"
        "The veterans court in Fayette County has graduated 40 former soldiers since 2012.",
        "District Judge Ana Lind sentenced a retired paratrooper to lock-up for a probation "
        "violation.\n\nLind, who flew helicopters in the Gulf War, then drove Reyes to the "
        "county jail herself.\n\nShe spent the night in the cell next to his, the county "
        "sheriff said.",
        "A judge spent a night behind bars on Monday beside a former soldier she had sent "
        "there.\n\nJudge Ana Lind sat with Tomas Reyes in the Fayette County jail until "
        "morning.\n\nReyes, who served two tours in Iraq, had admitted to drinking.",
    ]
    brief = brief_of(bodies)
    assert sum("sentenced" in t for t in brief) == 1, brief
    assert any("veterans court" in t for t in brief), brief
