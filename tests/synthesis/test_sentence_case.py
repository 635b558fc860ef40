"""A capitalised word that opens a sentence, told from a name (newsweave.synthesis.sentence_case
and the entities stage that drops such words)."""

from __future__ import annotations

from newsweave.models import Article
from newsweave.synthesis.sentence_case import opens_sentence, words_of, written_in_lower_case


def test_where_a_sentence_opens() -> None:
    text = 'The quay fell. Rubble hit the ferry. He said. "Gulls came." Then Marten spoke.'
    assert opens_sentence(text, text.index("Rubble"))
    assert opens_sentence(text, text.index("Gulls"))
    assert opens_sentence(text, 0)
    assert not opens_sentence(text, text.index("Marten"))


def test_a_word_written_in_lower_case() -> None:
    words = words_of(["the rubble of the old quay", "Marten spoke"])
    assert written_in_lower_case("Rubble", words)
    assert not written_in_lower_case("Marten", words)
    assert not written_in_lower_case("rubble", words)  # already lower case: no name to test


def test_a_common_word_opening_a_sentence_is_no_entity(settings) -> None:
    """Multinews entities (session 26) held "Rubble" and "Warplanes" (PERSON), "Chemical" and
    "Malaria" (ORG): common words the recogniser took for names where a sentence opens on them,
    written in lower case elsewhere. Own prose, with the recogniser's spans as it gives them: the
    word goes, a name that opens a sentence stays."""
    from spacy.tokens import Span as DocSpan

    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.stages.entities import build_entities

    text = (
        "The old quay at Harwick fell into the sea on Monday. Rubble from the quay blocked the "
        "harbour mouth. Marten said the rubble would be cleared by Friday."
    )
    an = analyze([Article("a1", text)], get_spacy(settings))[0]
    words = [t.text for t in an.doc]
    rubble, marten = words.index("Rubble"), words.index("Marten")
    an.doc.ents = [
        DocSpan(an.doc, rubble, rubble + 1, label="PERSON"),
        DocSpan(an.doc, marten, marten + 1, label="PERSON"),
    ]
    names = {e.name for e in build_entities([an])}
    assert names == {"Marten"}, names


def test_a_word_the_tagger_reads_as_common_opening_a_sentence_is_no_entity(types_of) -> None:
    """Multinews entities (session 37) held "Huddling", "Exemplary", "Problem" and "Shown"
    (PERSON, untyped): words opening a sentence, never written in lower case elsewhere, that
    the tagger reads as a verb, an adjective or a noun. Own prose: they go; a name opening a
    sentence, a people's adjective and a paper's name before a trade stay."""
    types = types_of(
        "The mayor spoke late on Friday. Huddling with reporters as Dorsey walked by the hall, "
        "which joins the two wings, was Senator Mara Quist. Shown is a copy of the ballot. "
        "Problem was, nobody had counted the ballots. Canadian officials declined to comment. "
        "Gazette reporter Ilse Morrow contributed."
    )
    assert "Shown" not in types and "Problem" not in types
    assert types["Mara Quist"] == "PERSON" and types["Ilse Morrow"] == "PERSON"
    assert types["Canadian"] == "NORP" and types["Gazette"] == "ORG"
