"""Speakers the article describes rather than names where they speak: "the singer's eldest
daughter", "Heyer's mother", a name the recogniser cut in two ("Robert Wright" and "Lee IV").
The reader sees the person the article names for them, else the description, never
"unattributed"."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes


def _mentions(text: str):
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def _said(ms, words: str):
    hits = [m for m in ms if words in m.text]
    assert hits, f"nothing with {words!r} in {[m.text for m in ms]}"
    return hits[0]


def test_a_relative_of_a_named_person_is_the_one_of_that_surname_the_article_names():
    text = (
        "Lena Ortmann also spoke out against the violence at the gala.\n\n"
        '"We will not be silent while our neighbours are threatened in their own streets," '
        "Viktor Ortmann's eldest daughter said before presenting an award.\n\n"
        "Viktor Ortmann, the conductor, died in 2009."
    )
    said = _said(_mentions(text), "We will not be silent")
    assert said.speaker == "Lena Ortmann"
    assert said.speaker_type == "PERSON"


def test_a_relative_the_article_does_not_name_is_the_description():
    text = (
        "The memorial concert drew thousands to the park on Saturday.\n\n"
        '"We will not be silent while our neighbours are threatened in their own streets," '
        "Viktor Ortmann's eldest daughter said before presenting an award."
    )
    said = _said(_mentions(text), "We will not be silent")
    assert said.speaker == "Viktor Ortmann's eldest daughter"
    # an unnamed person: listed with the quote, no actor with a stance of its own
    assert said.speaker_type == "GROUP"


def test_a_participle_after_a_paragraph_break_is_not_the_quote_before_it():
    text = (
        "Pastor Daniel Okafor told the audience: "
        '"As a pastor it is my duty to speak out against racism, our original sin."\n\n'
        "Merle's mother then entered the stage, telling the audience: "
        '"Only two weeks ago, my daughter was killed as she protested racism."'
    )
    # (the parser runs both paragraphs into one sentence, "entered" a clause of "told")
    ms = _mentions(text)
    assert _said(ms, "Only two weeks ago").speaker == "Merle's mother"
    assert _said(ms, "As a pastor").speaker == "Daniel Okafor"


def test_a_name_the_recogniser_cuts_before_its_suffix_is_one_name():
    text = (
        "The night also turned to the rally in the city, where a woman was killed.\n\n"
        "The Rev. Robert Wright Lee IV, a descendant of the general, told the audience: "
        '"As a pastor it is my duty to speak out against racism."'
    )
    said = _said(_mentions(text), "As a pastor")
    assert said.speaker == "Robert Wright Lee IV"


def test_a_thing_that_speaks_is_no_described_person():
    text = (
        "Police arrested the two tenants on Friday.\n\n"
        '"The fire department responded to a call at the house," the warrant says.'
    )
    # a document is the source of its words, and is no person: described, typed as a group
    said = _said(_mentions(text), "The fire department responded")
    assert said.speaker == "the warrant"
    assert said.speaker_type == "GROUP"


def test_one_described_person_merges_with_the_name_another_outlet_gives():
    from newsweave.models import QuoteMention
    from newsweave.nlp import get_embedder
    from newsweave.synthesis.quotes.merging import merge_quotes

    words = "We propose to resume direct talks without any preconditions at all."

    def said(article: str, speaker: str, kind: str):
        return QuoteMention(
            article=article,
            text=words,
            start=0,
            end=len(words),
            speaker=speaker,
            speaker_type=kind,
            cue="said",
        )

    arts = [Article(id=a, text=words) for a in ("a", "b", "c")]
    embedder = get_embedder(Settings())
    described = [said("a", "the Russian leader", "GROUP"), said("b", "Anton Varga", "PERSON")]
    merged = merge_quotes(described, arts[:2], embedder)
    assert [(q.speaker, len(q.sources)) for q in merged] == [("Anton Varga", 2)]
    # a group the text describes is no one person: its words stay its own
    group = [said("a", "officials", "GROUP"), said("c", "Anton Varga", "PERSON")]
    merged = merge_quotes(group, [arts[0], arts[2]], embedder)
    assert sorted(q.speaker for q in merged) == ["Anton Varga", "officials"]


def test_a_name_the_parse_hangs_on_a_description_is_the_speaker():
    text = (
        "Pratt did not respond on Monday. Avi Hirschfeld, McHugh’s attorney, told the Ledger "
        "that his client “has nothing to add.”"
    )
    # (the parser makes "attorney" the subject, the name and the owner its modifiers)
    said = _said(_mentions(text), "has nothing to add")
    assert (said.speaker, said.speaker_type) == ("Avi Hirschfeld", "PERSON")


def test_a_bare_noun_is_no_description_of_the_speaker():
    text = (
        "The Kansas Republican - who served 27 years in the Senate, including four years as "
        "majority leader - said Congress' current dysfunction is hard to believe."
    )
    # ("majority leader" is what he was, not who speaks: the speaker stays unknown)
    said = _said(_mentions(text), "current dysfunction")
    assert said.speaker is None


def test_a_name_after_an_office_the_recogniser_typed_apart_is_a_persons():
    text = (
        "“It is time to go below the surface,” said Air Chief Marshal Angus Dallas, who is "
        "coordinating the search from Perth.\n\n"
        "The robot will search an area of 15 square miles, Dallas said."
    )
    # ("Air Chief Marshal Angus" typed ORG, "Dallas" a place): the name after the office
    ms = _mentions(text)
    for words in ("It is time to go below", "The robot will search"):
        said = _said(ms, words)
        assert (said.speaker, said.speaker_type) == ("Angus Dallas", "PERSON")
