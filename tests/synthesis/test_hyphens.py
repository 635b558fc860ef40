"""A noun the tokenizer cuts at its hyphen ("e-mail": "e", "-", "mail") read whole where a
speaking thing is read: "his e-mail said" is the owner's words, as "his email said" is."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.hyphens import whole_noun
from quoted_text import mentions, quote_with


def test_the_pieces_of_e_mail_read_as_the_email():
    doc = get_spacy(Settings())("She read his e-mail twice.")
    mail = next(t for t in doc if t.lower_ == "mail")
    noun = whole_noun(mail)
    assert noun.lemma == "email"
    assert [t.text for t in noun.pieces] == ["e", "-", "mail"]
    assert [t.text for t in noun.dependents] == ["his"]


def test_a_hyphen_between_spaces_joins_no_word():
    doc = get_spacy(Settings())("Send the e - mail now.")
    mail = next(t for t in doc if t.lower_ == "mail")
    assert whole_noun(mail).lemma == "mail"


def test_his_e_mail_is_the_words_of_the_man_he_stands_for():
    text = (
        "The caterer's manager, Dario Vence, could not be reached at first. Vence was no help "
        "either. He said he was in Denver on Monday. “I am in Denver and know nothing of the "
        "order,” his e-mail said. “Will ask our drivers.”"
    )
    ms = mentions(text)
    assert quote_with(ms, "I am in Denver").speaker == "Dario Vence"
    assert quote_with(ms, "Will ask our drivers").speaker == "Dario Vence"


def test_the_e_mail_is_named_by_its_whole_word():
    text = "Dario Vence runs the kitchen. “We are closed on Monday,” the e-mail said."
    assert quote_with(mentions(text), "We are closed").speaker == "the e-mail"
