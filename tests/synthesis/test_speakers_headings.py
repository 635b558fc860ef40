"""Speakers a reader sees wrong: a newsletter item's heading in capitals taken for its source,
and a pronoun given to the person named before the one the sentence is about."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.shapes import heading_end
from newsweave.synthesis.quotes.speakers import clean_name


def _speaker(text: str, prefix: str) -> str | None:
    qs = extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))
    hits = [q for q in qs if q.text.startswith(prefix)]
    assert hits, f"no quote starting {prefix!r} in {[q.text for q in qs]}"
    return hits[0].speaker


NEWSLETTER = (
    "Good Wednesday morning. Here is what moves money today.\n\n"
    "SHARES KEEP SLIDING - Reuters/Tokyo: “Asian shares slid to a nine-month low on Wednesday "
    "as traders sold anything with risk attached.”\n\n"
    "SPRING GRADUATION - Per Goldman Sachs: “Goldman Sachs welcomed forty graduates of its "
    "small business course at a ceremony in Dallas.”\n\n"
    "MAYOR WALKS THE BEAT - POLITICO’s Glenn Thrush: “The mayor is betting that voters want "
    "to see him on their own streets.”\n"
)


def test_a_heading_in_capitals_is_no_part_of_the_source():
    assert _speaker(NEWSLETTER, "Asian shares slid") == "Reuters"  # not "SLIDING - Reuters/Tokyo"


def test_per_credits_the_name_after_it():
    assert _speaker(NEWSLETTER, "Goldman Sachs welcomed") == "Goldman Sachs"


def test_a_name_in_the_heading_does_not_speak():
    # "MAYOR WALKS THE BEAT" names no one; the credit after the dash does
    assert _speaker(NEWSLETTER, "The mayor is betting") == "Glenn Thrush"


def test_heading_end_needs_capitals():
    text = "STOCKS KEEP SLIDING - Reuters: x\nLindqvist - never one to hedge - said: x"
    assert text[heading_end(text, 0, text.index(":")) :].startswith("Reuters")
    second = text.index("Lindqvist")
    assert heading_end(text, second, text.rindex(":")) == second  # prose, not a heading


def test_a_dash_in_prose_keeps_the_speaker():
    text = (
        "Mayor Ana Lindqvist spoke to reporters on Tuesday.\n\n"
        "Lindqvist - never one to hedge - put it plainly: “We will rebuild the bridge.”\n"
    )
    assert _speaker(text, "We will rebuild") == "Ana Lindqvist"


BAND = (
    "Guitarist Jimmy Page and singer Robert Plant have remastered the band's early records.\n\n"
    "“The band was the real deal,” Page says.\n\n"
    "But the long years since have given Plant, who is now 65, a different view.\n\n"
    "“I sang far too much on those takes,” he laughs. “I should have held back.”\n"
)


def test_he_goes_on_with_the_person_the_last_sentence_names_untyped():
    # "Plant" alone is left untyped by the recogniser there; Page spoke two sentences before
    assert _speaker(BAND, "I sang far too much") == "Robert Plant"


FRAMED = (
    "Guitarist Jimmy Page and singer Robert Plant have remastered the band's early records.\n\n"
    "“It is undeniable that we were good,” Page said.\n\n"
    "For Robert Plant, it has been a different experience, in that there are things he "
    "wishes he had done differently: “I sang far too much on those takes.”\n"
)


def test_a_colon_quote_goes_to_the_person_the_sentence_opens_on():
    assert _speaker(FRAMED, "I sang far too much") == "Robert Plant"


def test_a_shown_name_drops_the_heading_it_was_run_over():
    # the entity a speaker is shown by may carry the heading the recogniser ran it over
    assert clean_name("SPRING GRADUATION - Per Goldman Sachs") == "Goldman Sachs"
    assert clean_name("Ana Lindqvist - Smith") == "Ana Lindqvist - Smith"  # no heading there


def test_where_the_credited_writer_is_does_not_speak():
    text = (
        "Here is what the papers say this morning.\n\n"
        "BANKS RATTLE MARKETS - The Times’s Peter Hollis in Luxembourg: “Shares in European "
        "lenders fell for a third day as the bailout talks stalled.”\n"
    )
    assert _speaker(text, "Shares in European") != "Luxembourg"


def test_a_platform_the_opening_clause_ends_on_speaks_no_later_quote():
    """Multinews 167: "The president wrote on Twitter: “…” presumably …. “…”" credited the
    second quote to Twitter, read as a headline's "Name:"; only titles may stand before such
    a name, and the quote goes on the president's words."""
    text = (
        "The mayor opened the new ferry terminal on Monday.\n\n"
        "The mayor wrote on Twitter: “We built this for the islands, and it opens on time.” "
        "He seemed to mean the summer timetable. “Nobody should wait an hour for a boat again.”"
    )
    assert _speaker(text, "Nobody should wait") != "Twitter"
    headline = "Sen. Rand Paul: “The budget deal is a betrayal of every promise we made.”"
    assert _speaker(headline, "The budget deal") == "Rand Paul"


def test_a_cue_hung_on_the_name_before_it_is_that_name_s_telling():
    """Multinews 244: "“…,” Rita Schrimsher of Athens, Alabama, tweeted after speaking with her
    grandson, Jackson Schrimsher" was credited to the grandson: the parse hung "tweeted" on the
    name as a participle ("tweeted by"), and the name after the cue won."""
    text = (
        "The names of the missing crew were withheld pending notification of their families.\n\n"
        "“Just heard the sweetest voice and saw a wonderful face. He's okay. Thank you all for "
        "the prayers,” Edna Schrimpf of Dover, Delaware, tweeted after speaking with her "
        "23-year-old grandson, Cole Schrimpf, via Facetime.\n"
    )
    assert _speaker(text, "Just heard the sweetest") == "Edna Schrimpf"
