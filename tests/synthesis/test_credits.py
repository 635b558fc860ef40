"""One statement credited to two named speakers: whose words it is."""

from __future__ import annotations

import pytest

from newsweave.models import Article, QuoteMention, Span
from newsweave.synthesis.quotes.credits import credit_speakers
from newsweave.synthesis.quotes.merging import merge_quotes

WORDS = "The matter is under review and we are working closely with the inspectors on every step."


@pytest.fixture(scope="module")
def embedder(settings):
    from newsweave.nlp import get_embedder

    return get_embedder(settings)


def _quote(
    article: str, text: str, words: str, speaker: str, kind: str, named: str | None = None
) -> QuoteMention:
    """A direct quote of ``words`` in ``text``, its speaker given by the words ``named``."""
    start = text.index(words)
    at = text.index(named or speaker)
    return QuoteMention(
        article,
        words,
        start,
        start + len(words),
        speaker,
        "said",
        speaker_span=Span(article, at, at + len(named or speaker)),
        speaker_type=kind,  # type: ignore[arg-type]
    )


def test_the_organisations_statement_is_its_spokespersons(embedder):
    """Multinews 017: one outlet quotes the landlord's statement as the company's, another
    quotes part of it from the landlord's spokesman by name: one utterance, shown with the
    person, both outlets' wordings kept with their own citation."""
    a = f"Harbor Realty Group issued a statement: “We are sorry. {WORDS}”"
    b = f"“{WORDS[:-1]},” said Pat Lorne, a spokesman for the owner Bayside LLC."
    texts = {"a": a, "b": b}
    ms = [
        _quote("a", a, f"We are sorry. {WORDS}", "Harbor Realty Group", "ORG"),
        _quote("b", b, WORDS[:-1], "Pat Lorne", "PERSON"),
    ]
    arts = [Article(id=k, text=t) for k, t in texts.items()]
    (q,) = merge_quotes(ms, arts, embedder)
    assert q.speaker == "Pat Lorne"
    assert [v.article for v in q.variants] == ["a", "b"]


def test_no_spokesperson_no_other_words_no_merge(embedder):
    """A person the article does not call a spokesperson may be quoting the company (a
    tenant reading the notice aloud); a spokesperson's other words, or too few alike, are
    another statement: the organisation keeps its own."""
    a = f"Harbor Realty Group said: “{WORDS}”"
    b = f"“{WORDS}” said Pat Lorne, a tenant on the fourth floor."
    c = "“We are working closely with the inspectors,” said Ann Roe, the company spokeswoman."
    d = "“Nothing more will be said today,” Harbor Realty spokesman Ted Vick said."
    texts = {"a": a, "b": b, "c": c, "d": d}
    ms = [
        _quote("a", a, WORDS, "Harbor Realty Group", "ORG"),
        _quote("b", b, WORDS, "Pat Lorne", "PERSON"),
        _quote("c", c, "We are working closely with the inspectors", "Ann Roe", "PERSON"),
        _quote("d", d, "Nothing more will be said today", "Ted Vick", "PERSON"),
    ]
    assert [m.speaker for m in credit_speakers(ms, texts, embedder)] == [
        "Harbor Realty Group",
        "Pat Lorne",
        "Ann Roe",
        "Ted Vick",
    ]


def test_a_spokesperson_named_after_the_role(embedder):
    """ "Harbor Realty spokesman Ted Vick said": the role stands before the name."""
    a = f"Harbor Realty Group said: “{WORDS}”"
    d = f"“{WORDS}” Harbor Realty spokesman Ted Vick said."
    ms = [
        _quote("a", a, WORDS, "Harbor Realty Group", "ORG"),
        _quote("d", d, WORDS, "Ted Vick", "PERSON"),
    ]
    assert [m.speaker for m in credit_speakers(ms, {"a": a, "d": d}, embedder)] == [
        "Ted Vick",
        "Ted Vick",
    ]


LINE = "I thought it would be great to skip the pollsters and just ask the voters myself what they want from me"


def test_a_described_speaker_yields_to_the_name_another_outlet_gives(embedder):
    """Multinews 137 and 208: one outlet's "the host" was read as the show's host, another
    outlet names the guest who said the same words; "the younger Goodlatte" was read as the
    father whose son another outlet names. The name is the outlet's word, the description's
    referent the parse's guess: one utterance, shown with the name."""
    a = f"“{LINE},” said Tom Reyes on the show."
    b = f"The host joked: “{LINE.replace('great', 'better')}.”"
    c = f"“{LINE},” the younger Reyes wrote."
    texts = {"a": a, "b": b, "c": c}
    ms = [
        _quote("a", a, LINE, "Tom Reyes", "PERSON"),
        _quote("b", b, LINE.replace("great", "better"), "Ana Voss", "PERSON", "The host"),
        _quote("c", c, LINE, "Lou Reyes", "PERSON", "Reyes"),
    ]
    assert [m.speaker for m in credit_speakers(ms, texts, embedder)] == ["Tom Reyes"] * 3


def test_two_names_or_other_words_keep_their_speakers(embedder):
    """Two outlets naming two people outright keep both (which one said it is no guess to
    make); a described speaker's other words, or too few alike, stay theirs."""
    a = f"“{LINE},” said Tom Reyes."
    b = f"“{LINE},” said Ana Voss."
    c = "“I will ask the voters myself,” the host said."
    texts = {"a": a, "b": b, "c": c}
    ms = [
        _quote("a", a, LINE, "Tom Reyes", "PERSON"),
        _quote("b", b, LINE, "Ana Voss", "PERSON"),
        _quote("c", c, "I will ask the voters myself", "Ana Voss", "PERSON", "the host"),
    ]
    speakers = [m.speaker for m in credit_speakers(ms, texts, embedder)]
    assert speakers == ["Tom Reyes", "Ana Voss", "Ana Voss"]
