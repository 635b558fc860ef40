"""Counts of one happening that independent sources give differently: reported as a
contradiction (or, when the later report counts more, an update), and nothing less certain."""

from __future__ import annotations

import functools
from datetime import datetime

import pytest

from newsweave.models import Article

_BRAWL = "A brawl broke out at a rally in the riverside park on Saturday morning."


@pytest.fixture
def counts_between(contradictions_of):
    """The count contradictions (and updates) the stage finds between articles."""
    return functools.partial(contradictions_of, notes=("Counts differ", "The count rose"))


def _report(id_: str, text: str, outlet: str, published: datetime | None = None) -> Article:
    return Article(id_, f"{_BRAWL} {text}", outlet=outlet, published=published)


def test_two_outlets_counting_one_stabbing_differently(counts_between) -> None:
    a = _report("a", "Three people were stabbed during the brawl, police said.", "Daily A")
    b = _report("b", "Police say two people were stabbed during the brawl at the rally.", "Daily B")
    found = counts_between(a, b)
    assert len(found) == 1
    c = found[0]
    assert c.kind == "number" and not c.update
    assert "“Three people were stabbed”" in c.note and "“two people were stabbed”" in c.note
    assert "Daily A" in c.note and "Daily B" in c.note
    for claim, art in zip(c.claims, (a, b), strict=True):
        (span,) = claim.citations
        assert art.text[span.start : span.end] == claim.text and "stabbed" in claim.text


def test_a_reprint_does_not_disagree_with_itself(counts_between) -> None:
    a = _report("a", "Three people were stabbed during the brawl, police said.", "Daily A")
    b = _report("b", "Police say two people were stabbed during the brawl at the rally.", "Daily B")
    assert not counts_between(a, b, one_origin=True)


def test_bounds_other_things_and_other_days_are_not_conflicts(counts_between) -> None:
    base = _report("a", "Three people were stabbed during the brawl, police said.", "Daily A")
    others = [
        "At least two people were stabbed during the brawl at the rally, police say.",  # a bound
        "Police say two men were stabbed during the brawl at the rally.",  # men, not people
        "Police said no one was stabbed during the brawl at the rally.",  # no count
        "“I saw two people stabbed right in front of me,” a witness said of the brawl.",  # quoted
    ]
    for text in others:
        assert not counts_between(base, _report("b", text, "Daily B")), text
    friday = Article("a", "Three people were arrested at the rally on Friday.", outlet="Daily A")
    sunday = Article("b", "Five people were arrested at the rally on Sunday.", outlet="Daily B")
    assert not counts_between(friday, sunday)


def test_a_count_that_grew_in_a_later_report_is_an_update(counts_between) -> None:
    early = _report(
        "a",
        "Police say two people were stabbed during the brawl.",
        "Wire A",
        datetime(2017, 2, 27, 9),
    )
    late = _report(
        "b",
        "Three people were stabbed during the brawl, police said.",
        "Paper B",
        datetime(2017, 2, 27, 18),
    )
    (c,) = counts_between(late, early)
    assert c.update and [cl.article for cl in c.claims] == ["a", "b"]
    assert "published later" in c.note
    # the later report counting fewer is a conflict, not an update
    (c,) = counts_between(
        _report(
            "a", "Three people were stabbed during the brawl.", "Wire A", datetime(2017, 2, 27, 9)
        ),
        _report(
            "b",
            "Police say two people were stabbed in the brawl.",
            "Paper B",
            datetime(2017, 2, 27, 18),
        ),
    )
    assert not c.update and c.note.startswith("Counts differ")


def test_one_happening_in_other_words_and_two_doers(counts_between) -> None:
    """ "hurt" and "injured" count one thing; two players' goals are two counts."""
    a = _report("a", "Four officers were hurt in the brawl, the police chief said.", "Daily A")
    b = _report(
        "b", "Two officers were injured in the brawl, according to the police chief.", "Daily B"
    )
    assert len(counts_between(a, b)) == 1
    match = "The final was played at the riverside stadium on Sunday."
    smith = Article("a", f"{match} Smith scored two goals in the final.", outlet="Daily A")
    jones = Article("b", f"{match} Jones scored three goals in the final.", outlet="Daily B")
    assert not counts_between(smith, jones)


_BLAST = "A gas explosion tore through a row house under renovation in the city."


def test_a_part_of_a_counted_whole_is_counted_too(counts_between) -> None:
    """Two outlets agree on eight hurt and disagree on how many of them were children."""
    a = Article(
        "a",
        f"{_BLAST} Eight people including three children were injured when the house collapsed.",
        outlet="Daily A",
    )
    b = Article(
        "b",
        f"{_BLAST} Eight people, including two children, were injured when the house fell.",
        outlet="Daily B",
    )
    (c,) = counts_between(a, b)
    assert not c.update and "3 against 2" in c.note
    assert "“Eight people including three children were injured”" in c.note
    # a part of the victims of a killing is the death-toll detector's (killers among the dead)
    shot = "Gunmen opened fire on the crowd at the rally on the square."
    x = Article("a", f"{shot} The attack killed 20 people, including three gunmen.", outlet="A")
    y = Article("b", f"{shot} The attack killed 20 people, including two gunmen.", outlet="B")
    assert not counts_between(x, y)


def test_people_in_custody_count_the_arrests(counts_between) -> None:
    a = _report("a", "Twelve people were arrested during the brawl, police said.", "Daily A")
    b = _report("b", "Police say 13 people are in custody after the brawl at the rally.", "Daily B")
    (c,) = counts_between(a, b)
    assert "“13 people are in custody”" in c.note and "12 against 13" in c.note
    # "be" with no state the list knows counts nothing that happened
    other = _report("b", "Police say 13 people are at the hospital after the brawl.", "Daily B")
    assert not counts_between(a, other)


def test_the_report_s_own_day_is_not_another_day(counts_between) -> None:
    """ "this morning" is the day the report was written; another's "Monday" may be that day,
    while two named days are two happenings."""
    a = Article("a", f"{_BLAST} Nine people were injured on Monday, officials said.", outlet="A")
    b = Article(
        "b", f"{_BLAST} Seven people were injured this morning, officials said.", outlet="B"
    )
    assert len(counts_between(a, b)) == 1
    c = Article("b", f"{_BLAST} Seven people were injured on Sunday, officials said.", outlet="B")
    assert not counts_between(a, c)
    # "yesterday" is not the report's own day: nine today and seven yesterday are two counts
    today = Article("a", f"{_BLAST} Nine people were injured today, officials said.", outlet="A")
    before = Article(
        "b", f"{_BLAST} Seven people were injured yesterday, officials said.", outlet="B"
    )
    assert not counts_between(today, before)


def test_live_entries_are_the_time_stamped_parts_of_a_story() -> None:
    from newsweave.synthesis.counted import live_entries

    text = (
        "The Latest on the brawl at the rally (all times local):\n\n"
        "2:44 p.m.\n\nThree people were stabbed.\n\n___\n\n"
        "11 a.m.\n\nTwo people were stabbed.\n\n___\n\nAn older story below the entries."
    )
    first, second = live_entries(text)
    assert (first.label, first.minutes) == ("2:44 p.m.", 14 * 60 + 44)
    assert (second.label, second.minutes) == ("11 a.m.", 11 * 60)
    assert text[first.start : first.end].strip() == "Three people were stabbed."
    assert text[second.start : second.end].strip() == "Two people were stabbed."
    # a time inside a sentence heads nothing
    assert not live_entries("Police said at 2:44 p.m. that three people were stabbed.")


def _live(*entries: tuple[str, str]) -> Article:
    """A wire's live-updated story: its entries newest first, each under its time."""
    body = "\n\n___\n\n".join(f"{time}\n\n{text}" for time, text in entries)
    return Article(
        "wire", f"The Latest on the brawl at the rally (all times local):\n\n{body}", outlet="Wire"
    )


def test_an_outlet_revising_its_own_count_is_an_update(contradictions_of) -> None:
    """A live story's earlier entry gave two stabbed, its later entry three: the other outlet's
    three agrees with the wire's latest figure, so nothing conflicts between the sources."""
    wire = _live(
        ("2:44 p.m.", "Police say three people were stabbed during the brawl at the rally."),
        ("1:26 p.m.", "Police say two people have been stabbed during the brawl at the rally."),
    )
    paper = _report("a", "Three people were stabbed during the brawl, police said.", "Daily A")
    counts_between = functools.partial(contradictions_of, notes=("Wire revised", "Counts differ"))
    (c,) = counts_between(paper, wire)
    assert c.update and c.note.startswith("Wire revised its own count")
    assert "“two people have been stabbed” (1:26 p.m.)" in c.note
    assert "“three people were stabbed” (2:44 p.m.)" in c.note and "Daily A" in c.note
    assert [cl.article for cl in c.claims] == ["wire", "wire"]  # superseded, then standing
    assert "two people" in c.claims[0].text and "three people" in c.claims[1].text
    # against another figure the wire's latest count is the one compared, not its first one
    four = _report("a", "Four people were stabbed during the brawl, police said.", "Daily A")
    (c,) = counts_between(four, wire)
    assert not c.update and "4 against 3" in c.note


def test_an_outlet_giving_both_figures_is_no_witness_against_another(counts_between) -> None:
    """Daily B counts eight hurt and, by the responders' arrival, seven: its seven is no
    disagreement with Daily A's eight."""
    a = Article("a", f"{_BLAST} Eight people were injured in the explosion.", outlet="Daily A")
    seven = "Seven people were injured in the explosion by the time responders arrived."
    b = Article("b", f"{_BLAST} {seven}", outlet="Daily B")
    assert counts_between(a, b)  # on its own, Daily B's seven disagrees
    both = f"{_BLAST} Eight people were injured in the explosion, officials said. {seven}"
    assert not counts_between(a, Article("b", both, outlet="Daily B"))


def test_what_a_result_verb_left_is_counted_by_its_participle(counts_between) -> None:
    a = _report("a", "Police say the brawl at the rally left three people stabbed.", "Daily A")
    b = _report("b", "Police say two people were stabbed during the brawl at the rally.", "Daily B")
    (c,) = counts_between(a, b)
    assert "“three people stabbed”" in c.note and "3 against 2" in c.note
    # what was left with no participle saying what happened to it is no count of a happening
    left = _report("a", "Police say the brawl at the rally left three people behind.", "Daily A")
    assert not counts_between(left, b)
