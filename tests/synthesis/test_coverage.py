"""Length-limited selection by concept coverage: shared news first, repeats add nothing."""

from __future__ import annotations

from newsweave.synthesis.coverage import concepts, cover
from newsweave.synthesis.units import Unit


def _units(articles: list[list[str]]) -> tuple[list[Unit], dict[int, str]]:
    units: list[Unit] = []
    for a, sents in enumerate(articles):
        pos = 0
        for i, s in enumerate(sents):
            units.append(Unit(f"a{a}", pos, pos + len(s), s, len(units), i, "sentence", s))
            pos += len(s) + 1
    return units, {k: u.text for k, u in enumerate(units)}


ARTICLES = [
    [
        "A crane collapsed at the northern quay on Tuesday night, closing the port's busiest berth.",
        "The mayor's office recalled that the quay was rebuilt in 1998 with a grant from the region.",
    ],
    [
        "The northern quay was closed after a crane collapsed there on Tuesday night.",
        "Three container ships were diverted to the southern terminal while engineers inspect it.",
    ],
    [
        "Engineers will inspect the northern quay after the crane collapsed on Tuesday night.",
        "Three container ships were diverted to the southern terminal, the harbour authority said.",
    ],
]


def test_concepts_are_word_pairs_with_a_content_word() -> None:
    got = concepts("The crane collapsed at the quay.")
    assert ("crane", "collapsed") in got and ("the", "crane") in got
    assert ("at", "the") not in got  # two stopwords: no concept
    assert ("northern", "quay") in concepts("northern quays")  # plurals meet


def test_shared_news_comes_first_and_repeats_add_nothing() -> None:
    units, texts = _units(ARTICLES)
    picked = cover(units, texts, list(range(len(units))), words=40)
    assert sum(len(texts[k].split()) for k in picked) <= 40
    assert units[picked[0]].index == 0  # a lead that states the shared news
    # the two diversions say the same: at most one of them in a tight budget
    assert sum("diverted" in texts[k] for k in picked) <= 1
    # the one-outlet background never beats shared news for the budget
    assert not any("1998" in texts[k] for k in picked)


def test_a_single_article_still_gets_a_summary_and_nothing_fits_gives_nothing() -> None:
    units, texts = _units(ARTICLES[:1])
    assert cover(units, texts, list(range(len(units))), words=30)
    assert cover(units, texts, list(range(len(units))), words=3) == []
