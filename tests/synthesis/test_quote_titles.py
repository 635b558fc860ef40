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


def test_a_campaign_named_in_a_relative_clause_is_nobodys_words():
    # (103: “It's On Us” credited to the writer of "Biden, who wrote the … Act and is involved
    # in the White House's “It's On Us” campaign": the contraction's "'s" had read as a word in
    # lower case, so the name was not seen as capitalised)
    for owner in ("the council's", "the"):
        text = (
            "Mayor Ann Ruiz, who wrote the housing law and leads "
            f"{owner} “It's On Us” campaign against litter, spoke to reporters on Friday."
        )
        quote = _quote(text, "It's On Us")
        assert (quote.kind, quote.speaker, quote.cue) == ("term", None, None)


def test_the_same_words_said_are_speech():
    text = "“It's on us now,” Mayor Ann Ruiz said on Friday after the vote."
    quote = _quote(text, "It's on us now")
    assert quote.kind == "statement" and quote.speaker is not None and "Ruiz" in quote.speaker


def test_a_participle_describing_a_noun_is_no_cue():
    # (121: "Dunn … also made repeated efforts to distance himself from fellow inmates, “…”"
    # had "repeated" for its cue)
    text = (
        "Ruiz, who ran the office alone for a year, also made repeated efforts to calm her "
        "staff, “Working alone is hard, but better than working with people who shout.”"
    )
    quote = _quote(text, "Working alone is hard, but better than working with people who shout.")
    assert quote.cue != "repeated"


def test_a_sentence_of_i_is_no_title():
    # ("I" is capitalised in any sentence: 238's “I’m in.” is what the message said)
    text = "A short message posted by Governor Ann Ruiz on Monday said: “I’m in.”"
    assert _quote(text, "I’m in.").kind == "statement"
