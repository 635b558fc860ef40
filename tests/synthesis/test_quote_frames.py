"""Who a quote or a report is listed for when the sentence names more than one source: an
outlet's frame around someone's report ("McDowell said …, according to WKMG"), a label before
a colon whose verbs name no one, a label of its own after another quote, the owner of an
office ("the office of Mayor …"), a name run on past "&".
Texts are our own prose in the shape of the Multi-News failures they stand for."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article, QuoteMention
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.speakers import described_person
from newsweave.synthesis.stages.quotes import _frames


def _mentions(text: str) -> list[QuoteMention]:
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def _said(ms: list[QuoteMention], words: str) -> QuoteMention:
    hits = [m for m in ms if words in m.text]
    assert hits, f"nothing with {words!r} in {[m.text for m in ms]}"
    return hits[0]


def test_an_outlets_frame_around_anothers_report_is_not_listed_as_the_outlets():
    # (225: "WKMG (according to): McDowell said she saw her boyfriend …" beside McDowell's own)
    text = (
        "A man was arrested after a fight at the harbour festival on Sunday.\n\n"
        "Tallis said she saw the ferry captain push the man into the water, according to "
        "the Coast Herald. The man then swam to the pier, according to the Coast Herald."
    )
    doc = get_spacy(Settings())(text)
    ms = extract_quotes(Article(id="t", text=text), doc)
    framed = {ms[k].text for k in _frames(ms, {"t": doc})}
    inner = [m for m in ms if m.cue == "said"]
    assert inner and inner[0].speaker == "Tallis", [(m.speaker, m.cue, m.text) for m in ms]
    assert any(t.startswith("Tallis said") for t in framed), framed
    # the outlet's own report, which frames no one's, stays listed
    assert not any("swam to the pier" in t for t in framed), framed


def test_a_label_before_a_colon_names_the_speaker_when_its_verbs_name_no_one():
    # (144: "… Frank Keating, responding to President Obama's comments … criticizing …: “…”")
    text = (
        "EXCLUSIVE: UNION CHIEF RIPS MAYOR - Harbour Workers Union President Mira Tallis, "
        "responding to Mayor Ana Lindqvist's comments to the Coast Herald criticizing the "
        "union's new ferry fee: “It is disappointing that the mayor would attack a union for "
        "keeping the ferries running through the winter.”"
    )
    said = _said(_mentions(text), "It is disappointing")
    assert said.speaker == "Mira Tallis"


def test_a_label_of_its_own_after_a_quote_takes_no_speaker_from_before_it():
    # (144: 'NBC's Al Michaels said of his contract: “…” Per a little bird: “…”')
    text = (
        "Yesterday we noted how the Coast Herald's Ola Lund said of the new ferry contract: "
        "“The harbour will pay for this twice.” Per a little bird: “The contract was signed "
        "before the council had even seen the figures for the winter.”"
    )
    ms = _mentions(text)
    assert _said(ms, "pay for this twice").speaker == "Ola Lund"
    assert _said(ms, "signed before the council").speaker is None


def test_a_complementiser_the_tagger_hung_elsewhere_opens_no_content():
    # (249: "Lavrov had told the State Duma that folding Crimea into Russia was needed …")
    text = (
        "Speaking for the mayor, Lindqvist had told the harbour council that folding the two "
        "ferry lines into one was needed to keep the winter service running."
    )
    said = _said(_mentions(text), "ferry lines")
    assert said.text.startswith("folding the two ferry lines"), said.text


def test_a_demonstrative_that_stays_the_subject_of_what_was_said():
    said = _said(_mentions("Officials say that is unlikely to happen before the winter."), "likely")
    assert said.text.startswith("that is unlikely"), said.text


def test_a_name_joined_by_an_ampersand_runs_on_past_it():
    # (245: "Asia & Japan Watch reports that …" listed as "Asia & Japan")
    text = (
        "Floods in the valley killed more than 50 residents and left many missing.\n\n"
        "Asia & Japan Watch reports that Tomo, a male mixed-breed dog, was sent to the rescue "
        "effort from the volunteer group Sea Paws Japan."
    )
    said = _said(_mentions(text), "mixed-breed dog")
    assert said.speaker == "Asia & Japan Watch"


def test_an_office_of_a_named_person_speaks_as_theirs():
    # (187: "the office of Philadelphia Michael Nutter said" listed as "the office")
    text = (
        "Among those hurt was a man who was taken to hospital with severe burns, the office "
        "of Mayor Ana Lindqvist said in a statement."
    )
    said = _said(_mentions(text), "severe burns")
    assert said.speaker == "Ana Lindqvist's office"
    assert said.speaker_type == "GROUP"


def test_a_thing_that_carries_words_is_no_described_person():
    for thing in ("the statement", "the indictment", "the warrant", "the newspaper"):
        assert not described_person(thing, "GROUP"), thing
    for person in ("a spokeswoman", "the Russian leader", "Heyer's mother"):
        assert described_person(person, "GROUP"), person


def test_a_statement_introduced_by_a_body_is_the_bodys_not_a_name_in_its_clause():
    # (050: "The New Baltimore Police Department, where Rose worked as a cadet in 2010,
    # released the following statement:" had the statement credited to Rose, who had died)
    text = (
        "Officer Mira Tallis died on Wednesday evening, the harbour police said.\n\n"
        "The Eastport Police Department, where Tallis worked as a cadet in 2010, released the "
        "following statement:\n\n"
        "“The Eastport Police Department was saddened to hear of Officer Mira Tallis's passing "
        "this evening. Officer Tallis served the Eastport Police Department as a cadet in 2010, "
        "and her loss is being felt here deeply.”"
    )
    said = _said(_mentions(text), "was saddened to hear")
    assert said.speaker == "Eastport Police Department"
