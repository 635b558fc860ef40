"""Quoted words inside reported speech, and later quotes of one paragraph: one attribution.

Hand-written sentences. A direct quote inside a mixed report is the report's quoted words
(its cue occurrence, cue and speaker) unless its own verb of saying makes it a speech act of
its own; a quote after an attributed one in the same paragraph carries that attribution.
"""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article, QuoteMention
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes


def _mentions(text: str) -> list[QuoteMention]:
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def _one(ms: list[QuoteMention], form: str, prefix: str) -> QuoteMention:
    hits = [m for m in ms if m.form == form and m.text.startswith(prefix)]
    assert len(hits) == 1, [(m.form, m.text) for m in ms]
    return hits[0]


def _cue(m: QuoteMention, text: str) -> str | None:
    return text[m.cue_span.start : m.cue_span.end] if m.cue_span else None


def test_a_fragment_without_a_cue_joins_the_report_it_stands_in():
    text = (
        "Tomas Berg warned that the council was “sleepwalking” into debt and that the "
        "“rainy day fund” was empty."
    )
    ms = _mentions(text)
    report = _one(ms, "mixed", "the council was")
    fund = _one(ms, "direct", "rainy day fund")
    assert _cue(report, text) == "warned"
    assert fund.cue_span == report.cue_span  # one attribution, not two
    assert fund.speaker == report.speaker == "Tomas Berg"


def test_a_quote_under_a_verb_of_thinking_is_the_reports_words():
    text = (
        "Councillor Tomas Berg says he really thinks the mayor can win the vote if she keeps "
        "“doing what she is doing.”"
    )
    ms = _mentions(text)
    report = _one(ms, "mixed", "he really thinks")
    quote = _one(ms, "direct", "doing what she is doing")
    assert _cue(report, text) == "says"
    assert quote.cue_span == report.cue_span
    assert quote.cue == "says"


def test_a_quote_with_its_own_verb_of_saying_stays_its_own_attribution():
    text = (
        "Councillor Tomas Berg says he respects the mayor and calls her “a tireless builder "
        "of bridges.”"
    )
    ms = _mentions(text)
    report = _one(ms, "mixed", "he respects the mayor")
    quote = _one(ms, "direct", "a tireless builder")
    assert _cue(quote, text) == "calls"
    assert quote.cue_span != report.cue_span


def test_a_report_ending_before_the_quotes_full_stop_still_holds_it():
    text = "Mr. Berg talks about how the town must be ready ''to vote tomorrow.''"
    ms = _mentions(text)
    report = _one(ms, "mixed", "how the town")
    quote = _one(ms, "direct", "to vote tomorrow")
    # the report takes the quotation whole, its closing marks too (it had stopped before them)
    assert report.start <= quote.start and quote.end <= report.end
    assert quote.cue_span == report.cue_span
    assert quote.speaker == "Berg"


def test_later_quotes_of_a_paragraph_carry_the_first_ones_attribution():
    text = (
        "“We will rebuild the bridge,” Lindqvist said. “It will take two years.” "
        "“And it will cost less than the old one.”"
    )
    ms = _mentions(text)
    first = _one(ms, "direct", "We will rebuild")
    for later in ("It will take", "And it will cost"):
        m = _one(ms, "direct", later)
        assert m.cue_span == first.cue_span  # one attribution: the chain goes on
        assert m.speaker == "Lindqvist"


def test_a_title_between_two_quotes_does_not_break_the_attribution():
    text = (
        "“We will rebuild the bridge,” Lindqvist said on Radio North’s “Morning Hour.” "
        "“It will take two years.”"
    )
    ms = _mentions(text)
    show = _one(ms, "direct", "Morning Hour")
    assert show.kind == "term" and show.speaker is None  # a programme, nobody's words
    first = _one(ms, "direct", "We will rebuild")
    second = _one(ms, "direct", "It will take")
    assert second.cue_span == first.cue_span
    assert _cue(second, text) == "said"


def test_a_title_opening_a_sentence_is_a_title_and_a_word_before_a_comma_is_speech():
    show = _one(
        _mentions("“Harbour Lights” star Ana Lindqvist has joined the campaign."), "direct", ""
    )
    assert show.kind == "term"  # the show's name, a modifier of "star": nobody's words
    hit = _one(_mentions("“Harbour Lights” has been a hit on the town's radio."), "direct", "")
    assert hit.kind == "term"
    said = _one(
        _mentions("“Absolutely,” Lindqvist said when asked about the bridge."), "direct", ""
    )
    assert said.kind == "statement" and said.speaker == "Lindqvist"


def test_a_title_with_a_verb_is_a_title_unless_the_sentence_is_a_headline():
    """Own prose: a song's name in capitals ("We Sailed Past Midnight") is nobody's words; the
    same capitals in a headline are the speech it quotes, and shouting is speech."""
    song = _one(
        _mentions("The band closed the night with “We Sailed Past Midnight” and left."),
        "direct",
        "",
    )
    assert song.kind == "term" and song.speaker is None
    headline = _one(
        _mentions("Lindqvist: Harbour Plan ‘Will Cost The Town Dearly’ If Passed"), "direct", ""
    )
    assert headline.kind == "statement"
    shout = _one(
        _mentions("The crowd chanted “WE WILL NOT LEAVE” as police arrived."), "direct", ""
    )
    assert shout.kind == "statement"


def test_what_a_thing_is_labelled_or_titled_is_nobodys_speech():
    """Own prose: the notes' headings and the film's title are terms with no speaker, however
    they read; what the teacher said after them is speech."""
    text = (
        "Police said the boy kept notebooks labeled “Things we can build,” “Where we can go” "
        "and “When we can leave.” They later watched the film “Gone Before the Tide.” "
        "“We were worried,” his teacher said."
    )
    ms = _mentions(text)
    for prefix in ("Things we can", "Where we can", "When we can", "Gone Before"):
        m = _one(ms, "direct", prefix)
        assert (m.kind, m.speaker) == ("term", None), (prefix, m.kind, m.speaker)
    said = _one(ms, "direct", "We were worried")
    assert said.kind == "statement"


def test_who_was_told_or_warned_is_not_the_speaker():
    """Own prose: the councillor was warned, so the warning is not hers."""
    ms = _mentions(
        "Ana Lindqvist paid the fine but was warned that a second offence would cost her the seat."
    )
    assert all(m.speaker != "Ana Lindqvist" for m in ms), [(m.speaker, m.text) for m in ms]


def test_said_before_adding_attributes_the_quote_before_it():
    text = (
        "“What you see is that people are turning out in great numbers for the vote,” Berg "
        "said, adding: “They are going to help every candidate.”"
    )
    ms = _mentions(text)
    first = _one(ms, "direct", "What you see")
    second = _one(ms, "direct", "They are going")
    assert (first.speaker, _cue(first, text)) == ("Berg", "said")
    assert (second.speaker, _cue(second, text)) == ("Berg", "adding")
