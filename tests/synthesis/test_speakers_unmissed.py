"""Speakers the attribution gives that the parse misses, each once "unattributed" (or worse) in
real news: a long office before an inverted cue's name on a line without its full stop, a
surname that is also an office word, a text that "read" the words, and an unnamed someone
after the cue. The reader sees who spoke where the text says it, and never a reader of words
for their speaker."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes


def _mentions(text: str):
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def _said(text: str, words: str):
    hits = [m for m in _mentions(text) if words in m.text and m.form == "direct"]
    assert hits, f"nothing with {words!r}"
    return hits[0]


def test_a_long_office_before_an_inverted_name_is_cut_off():
    text = (
        "The county is defending the ruling. A strong voice has come forward to back the "
        "judge.\n\n"
        "“I think the ruling is right,” said Marin County Public Defender Carla Whitfield\n\n"
        "Whitfield may be alone in that view."
    )
    said = _said(text, "ruling is right")
    assert said.speaker == "Carla Whitfield"  # not "Marin County Public", a piece of the office
    assert said.speaker_type == "PERSON"


def test_an_outlet_after_an_inverted_cue_is_no_person():
    text = "“We have seen nothing like it,” said Channel Nine News\n\nThe storm moved east."
    said = _said(text, "nothing like it")
    assert said.speaker_type != "PERSON"


def test_a_surname_that_is_an_office_word_is_the_person():
    text = (
        "“This is one of the earliest finds of its kind,” Adrienne Mayor, a scholar of "
        "ancient warfare, told the magazine.\n\n"
        "“The clay pots were thrown over the walls at night,” Mayor said."
    )
    assert _said(text, "earliest finds").speaker == "Adrienne Mayor"
    assert _said(text, "clay pots").speaker == "Adrienne Mayor"


def test_an_office_word_alone_is_nobody_without_a_namesake():
    text = (
        "The city council met on Monday to discuss the budget.\n\n"
        "“We will not raise taxes this year,” the Mayor said."
    )
    assert _said(text, "raise taxes").speaker in (None, "the Mayor")


def test_a_text_that_reads_the_words_speaks_them():
    text = (
        "The group sent a note to the paper on Monday.\n\n"
        "“We post articles every day,” the email read. “Most of them are jokes.”\n\n"
        "Residents have complained for months.\n\n"
        "“There are tenants in wheelchairs who cannot get upstairs,” a March 3 complaint "
        "read.\n\n"
        '"Welcome to the club, have your staff call ours," reads the original post.'
    )
    assert _said(text, "post articles").speaker == "the email"
    assert _said(text, "Most of them").speaker == "the email"
    said = _said(text, "tenants in wheelchairs")
    assert said.speaker == "a March 3 complaint"
    assert said.speaker_type == "GROUP"
    assert _said(text, "Welcome to the club").speaker == "the original post"


def test_a_person_reading_words_is_not_their_speaker():
    text = (
        "Councillor Dana Pryce held up the letter at the meeting.\n\n"
        "“Your street will be closed for a year,” she read aloud."
    )
    assert _said(text, "street will be closed").speaker != "the letter"


def test_an_unnamed_someone_after_the_cue_is_described():
    text = (
        "“It’s obvious he was angry about the remark” by the senator, said someone familiar "
        "with the meeting, who spoke on the condition of anonymity.\n\n"
        '"We will march again," said one of the organisers.'
    )
    said = _said(text, "angry about the remark")
    assert said.speaker == "someone familiar with the meeting"
    assert said.speaker_type == "GROUP"
    assert _said(text, "march again").speaker == "one of the organisers"
