"""A work's title in someone's report is not a term of theirs (:func:`~newsweave.synthesis.quotes.
kinds.work_title`), where what they call someone or something is. Texts are our own prose in the
shape of the Multi-News failures they stand for."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article, QuoteMention
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes


def _quote(text: str, words: str) -> QuoteMention:
    ms = extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))
    hits = [m for m in ms if m.form == "direct" and m.text == words]
    assert hits, [(m.text, m.speaker) for m in ms]
    return hits[0]


def test_a_song_title_in_a_report_is_not_the_tellers_term():
    # (020: “Whole Lotta Love” listed as Jimmy Page's term, from his report about the song)
    text = (
        "Guitarist Mark Fell said the rough take of a song like “Whole Lotta Love” showed how "
        "much work the band had put into the finished record."
    )
    quote = _quote(text, "Whole Lotta Love")
    assert (quote.kind, quote.speaker, quote.cue) == ("term", None, None)


def test_what_someone_was_hailed_as_is_the_hailers_term():
    text = (
        "Twenty years ago, a Times article hailed the developer as “The Comeback Kid” for "
        "his return from bankruptcy."
    )
    assert _quote(text, "The Comeback Kid").cue == "hailed"


def test_what_someone_called_a_thing_is_their_term():
    # (151: “Negro” of "riots by what he called “Negro” groups" is the rancher's word)
    text = (
        "The rancher Cal Dunmore also recalled 1960s-era riots by what he called “Negro” "
        "groups in Los Angeles."
    )
    quote = _quote(text, "Negro")
    assert quote.speaker is not None and "Dunmore" in quote.speaker
