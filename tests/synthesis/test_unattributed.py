"""Quotes a reader can trust: who said the words the text attributes, and no speaker for a
title. Each shape here was "unattributed" in real news though the sentence names its source:
an unnamed group ("Organizers said"), a document ("according to the study"), a person
described ("an acquaintance said"), a name the parse hung on the wrong word; and song or book
titles were listed as someone's quotations."""

from __future__ import annotations

from spacy.tokens import Doc

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.attribution import subject_of
from newsweave.synthesis.quotes.extraction import extract_quotes
from quoted_text import mentions, quote_with

# One token of a parse written out: word, coarse and fine tag, relation, head, space after,
# entity (IOB).
Row = tuple[str, str, str, str, int, bool, str]


def _parsed(rows: list[Row]) -> Doc:
    """A Doc with the parse given, the parser's slip included (the model parses this test's
    own prose right, so the slip seen in real news is written out)."""
    return Doc(
        get_spacy(Settings()).vocab,
        words=[r[0] for r in rows],
        spaces=[r[5] for r in rows],
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=["say" if r[0] == "said" else r[0].lower() for r in rows],
        ents=[r[6] for r in rows],
    )


def test_an_unnamed_group_is_named_by_its_noun_phrase():
    text = (
        "Students occupied the administration building at Fernhill College on Monday.\n\n"
        "Organizers said in a statement that \u201cstudents of every background face hostility "
        "here every single day, at the hands of this college.\u201d"
    )
    said = quote_with(mentions(text), "students of every")
    assert said.speaker == "organizers"
    assert said.speaker_type == "GROUP"


def test_plaintiffs_say_with_an_aside_between():
    text = (
        "Nine families sued the rifle maker Harlan Arms in a state court on Monday.\n\n"
        "In pressing the case, the plaintiffs say\u2014among other claims\u2014\u201cno state "
        "asks a buyer of such a rifle to pass any test of his fitness to own it.\u201d"
    )
    said = quote_with(mentions(text), "no state asks")
    assert said.speaker == "plaintiffs"


def test_a_study_or_a_profile_speaks_for_itself_or_its_owner():
    text = (
        "Geneticists read the genomes of ninety people buried in the hills above Tyre.\n\n"
        "The settlers \u201cfarmed the valleys between the mountains and the sea, and traded "
        "with every port along the coast,\u201d according to the study.\n\n"
        "Martin Ilves has run the monitoring office since 2011.\n\n"
        "\u201cI am responsible for a budget of 40 million dollars and a staff of 60 people,\u201d "
        "his profile says."
    )
    ms = mentions(text)
    assert quote_with(ms, "farmed the valleys").speaker == "the study"
    assert quote_with(ms, "I am responsible").speaker == "Martin Ilves"


def test_people_described_by_a_job_or_a_tie():
    text = (
        "Gina Alvarez won the award for best actress on Sunday night in Los Angeles.\n\n"
        "\u201cWho else should I thank?\u201d the actress asked backstage.\n\n"
        "Tomas Berg, a quiet man, moved to the town two years ago.\n\n"
        "\u201cHe could barely look you in the eye when he spoke,\u201d an acquaintance said."
    )
    ms = mentions(text)
    assert quote_with(ms, "Who else").speaker == "the actress"
    assert quote_with(ms, "He could barely").speaker == "an acquaintance"


def test_a_subject_the_parse_gave_to_the_participle_before_the_verb():
    # the parse of "Haruna, responding to questions, said the plan raises tension." seen in
    # real news: the name the subject of "responding", and "said" left with none
    doc = _parsed(
        [
            ("Haruna", "PROPN", "NNP", "nsubj", 2, False, "B-PERSON"),
            (",", "PUNCT", ",", "punct", 0, True, "O"),
            ("responding", "VERB", "VBG", "advcl", 6, True, "O"),
            ("to", "ADP", "IN", "prep", 2, True, "O"),
            ("questions", "NOUN", "NNS", "pobj", 3, False, "O"),
            (",", "PUNCT", ",", "punct", 6, True, "O"),
            ("said", "VERB", "VBD", "ROOT", 6, True, "O"),
            ("the", "DET", "DT", "det", 8, True, "O"),
            ("plan", "NOUN", "NN", "nsubj", 9, True, "O"),
            ("raises", "VERB", "VBZ", "ccomp", 6, True, "O"),
            ("tension", "NOUN", "NN", "dobj", 9, False, "O"),
            (".", "PUNCT", ".", "punct", 6, False, "O"),
        ]
    )
    subject = subject_of(doc[6])
    assert subject is not None
    assert subject.text == "Haruna"


def test_a_title_word_is_the_surname_of_the_person_named_in_full():
    # "King" after "Jeff King": the NER missed the second mention, and "king" is a title
    doc = _parsed(
        [
            ("Jeff", "PROPN", "NNP", "compound", 1, True, "B-PERSON"),
            ("King", "PROPN", "NNP", "nsubj", 2, True, "I-PERSON"),
            ("finished", "VERB", "VBD", "ROOT", 2, True, "O"),
            ("third", "ADV", "RB", "advmod", 2, False, "O"),
            (".", "PUNCT", ".", "punct", 2, True, "O"),
            ("\u201c", "PUNCT", "``", "punct", 7, False, "O"),
            ("It", "PRON", "PRP", "nsubj", 7, True, "O"),
            ("was", "AUX", "VBD", "ccomp", 15, True, "O"),
            ("an", "DET", "DT", "det", 9, True, "O"),
            ("act", "NOUN", "NN", "attr", 7, True, "O"),
            ("of", "ADP", "IN", "prep", 9, True, "O"),
            ("bravado", "NOUN", "NN", "pobj", 10, False, "O"),
            (",", "PUNCT", ",", "punct", 15, False, "O"),
            ("\u201d", "PUNCT", "''", "punct", 15, True, "O"),
            ("King", "PROPN", "NNP", "nsubj", 15, True, "O"),
            ("said", "VERB", "VBD", "ROOT", 15, False, "O"),
            (".", "PUNCT", ".", "punct", 15, False, "O"),
        ]
    )
    said = quote_with(extract_quotes(Article(id="t", text=doc.text), doc), "It was")
    assert said.speaker == "Jeff King"


def test_a_name_in_apposition_at_the_end_of_a_long_subject():
    text = (
        "A bakery in Leeds has begun to sell cups you can eat after your coffee.\n\n"
        "One of the founders of the Maple Cup Collective, Brenda Holt, said: \u201cnot only "
        "do the cups taste good, but they smell of vanilla too.\u201d"
    )
    said = quote_with(mentions(text), "not only do")
    assert said.speaker == "Brenda Holt"


def test_a_surname_with_a_curly_apostrophe_is_a_name():
    text = (
        "The governor is due in Iowa on Monday for his first campaign stop.\n\n"
        "\u201cHis fight with the unions has to be the centre of his pitch,\u201d said "
        "O\u2019Donnell."
    )
    said = quote_with(mentions(text), "His fight with")
    assert said.speaker == "O\u2019Donnell"


def test_titles_in_a_numbered_list_are_no_quotations():
    text = (
        "Here is what each song on the new album is about.\n\n"
        "1. \u201cSilver Morning\u201d\n\n"
        "This one is about the summer she spent at the lake.\n\n"
        "2. \u201cWe Are Done Talking\u201d\n\n"
        "The breakup song everyone expected."
    )
    ms = mentions(text)
    for title in ("Silver Morning", "We Are Done Talking"):
        said = quote_with(ms, title)
        assert said.kind == "term"
        assert said.speaker is None


def test_song_titles_listed_or_owned_and_a_book_with_a_subtitle_are_terms():
    text = (
        "He sang lead on the band's hits, including \u201cMiracles,\u201d \u201cLean on Me,\u201d "
        "\u201cRunaway\u201d and \u201cWith Your Love,\u201d before he left in 1978.\n\n"
        "My signed copy of \u201cLetters from My Mother: A Story of Faith and Exile\u201d is "
        "one of my most treasured books.\n\n"
        "The band\u2019s \u201cWaited for You\u201d closed the show, as it has every night."
    )
    ms = mentions(text)
    assert quote_with(ms, "Lean on Me").kind == "term"
    assert quote_with(ms, "Letters from My Mother").kind == "term"
    assert quote_with(ms, "Waited for You").kind == "term"
