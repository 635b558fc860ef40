"""Name mentions: a capitalised common noun is no name (#15, Multi-News speakers)."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.speakers import clean_name, speaker_type, unnamed_group


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    doc = get_spacy(Settings())(text)
    return [(m.speaker, m.speaker_type) for m in extract_quotes(Article(id="t", text=text), doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Multi-News (mn-val-002, -004): a plural for people, capitalised by where it stands,
        # is an unnamed group like "officials"
        (
            "The Thing\n\nHistorians had long wondered whether Dingwall was a site of a moot.",
            [("historians", "GROUP")],
        ),
        (
            "Neighbors told reporters on Wednesday that they saw Alcorn on the porch.",
            [("neighbors", "GROUP")],
        ),
        # (mn-val-047) things are no one: the article writes "reports" in lower case too
        (
            "Broken leg\n\nReports on Monday evening said the aid convoy had reached the town. "
            "Other reports said it had not.",
            [(None, None), (None, None)],
        ),
        # (mn-val-116, -202) an institution's head noun alone is its name cut short
        ("Officials met on Monday.\n\nThe Department said it would review the letter.", [None]),
        # names stay names: a word the article also capitalises mid-sentence, a party
        (
            "Giants said the deal was done. The Giants have won three titles.",
            [("Giants", "ORG")],
        ),
        ("Republicans said the bill would fail in the Senate.", [("Republicans", "GROUP")]),
    ],
)
def test_a_capitalised_common_noun_is_no_name(text: str, expected: list) -> None:
    got = _speakers(text)
    if expected == [None]:
        assert [s for s, _ in got] == [None], got
    else:
        assert [(s, t if s else None) for s, t in got] == expected, got


def test_a_lower_case_name_is_a_group_and_an_institution_alone_names_nobody() -> None:
    assert speaker_type(None, "historians") == "GROUP"
    assert speaker_type("ORG", "historians") == "GROUP"
    assert unnamed_group("historians", speaker_type(None, "historians"))
    assert speaker_type("ORG", "Justice Department") == "ORG"
    assert clean_name("Department") == ""
    assert clean_name("Coroner") == ""
    assert clean_name("Justice Department") == "Justice Department"
