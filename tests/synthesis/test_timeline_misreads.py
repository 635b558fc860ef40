"""Timeline entries built on a misread sentence (multinews 112, 144, 184): a date that is a
topic or a time approached, the consequence of a condition, a clause cut on a possessive, a
quoted post set apart as its own paragraph, a clause whose parse crosses itself (241). Own prose
of the same shapes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from spacy.tokens import Doc

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article, Span
from newsweave.synthesis.date_words import is_year_context
from newsweave.synthesis.dated import DateMention, _clauses
from newsweave.synthesis.lone_quotes import in_a_lone_quotation
from newsweave.synthesis.no_happening import dates_a_supposition, dates_a_topic
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.synthesis.shown import focus_text
from newsweave.text.lexicons import quoted_ranges


@pytest.fixture(scope="module")
def nlp(settings):
    from newsweave.nlp.load import get_spacy

    return get_spacy(settings)


def _mention(doc, text: str, words: str) -> DateMention:
    start = text.index(words)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return DateMention(
        "a",
        start,
        start + len(words),
        words,
        "year",
        None,
        None,
        sentence=Span("a", sent.start_char, sent.end_char),
    )


def _timeline(text: str) -> list:
    art = Article("m1", text, published=datetime(2021, 6, 2))
    return run(Workspace([art]), ["timeline"]).timeline


def test_a_date_a_noun_is_about_or_a_time_headed_into_dates_nothing(nlp) -> None:
    """Multinews 144 dated "We actually got a great question on Twitter about 2008" under 2008
    (the parse reads "about 2008" as an approximate year), 112 "the deal he desperately
    wants/needs heading into 2012" under 2012."""
    for text, year in (
        ("The mayor took a pointed question from a reader about 2019 at the town hall.", "2019"),
        ("The pier deal is one the mayor badly needs heading into 2030.", "2030"),
    ):
        doc = nlp(text)
        assert dates_a_topic(doc, _mention(doc, text, year)), text


def test_an_approximate_date_or_a_happening_talked_about_stays(nlp) -> None:
    """After a verb, "about 1950" says around 1950: the building happened then. A date that is
    a word of what is talked about ("this morning's fire", an ECB+ event) dates that
    happening."""
    text = "The bridge was built about 1950 by the county."
    doc = nlp(text)
    assert not dates_a_topic(doc, _mention(doc, text, "1950"))
    fire = "Anyone with information about this morning's fire is asked to call the police."
    doc = nlp(fire)
    assert not dates_a_topic(doc, _mention(doc, fire, "this morning"))


def test_what_would_follow_a_condition_is_no_happening(nlp) -> None:
    """Multinews 112 dated "If Republicans opted to pull the trigger ..., Democrats could blast
    them in the 2012 campaign" under 2012 (shown without its "If")."""
    text = (
        "If the council refused to sell the pier, the harbour party could win the seat in the "
        "2030 election."
    )
    doc = nlp(text)
    assert dates_a_supposition(doc, _mention(doc, text, "2030"))
    told = "The council refused to sell the pier in 2019, and the harbour party won the seat."
    doc = nlp(told)
    assert not dates_a_supposition(doc, _mention(doc, told, "2019"))


def test_a_clause_cut_on_a_possessive_is_no_entry() -> None:
    """Multinews 144 listed "... saying that they would set new goals that would combine both
    this year's" under 2011: the clause cut where "and next year's financial numbers" began.
    The whole happening beside it stays."""
    text = (
        "Harbour ministers signalled they were preparing to paper over the board's failure to "
        "hit its targets in 2018, saying that they would set new goals that would combine both "
        "this year’s and next year’s budget figures.\n\nThe council closed the northern quay "
        "in 2019."
    )
    tl = _timeline(text)
    assert not any(e.text.rstrip().endswith(("year's", "year’s")) for e in tl), tl
    assert any("closed the northern quay" in e.text for e in tl), tl


def test_a_paragraph_that_is_only_a_quotation_is_someones_words() -> None:
    """Multinews 184 dated a translated tweet, set apart as its own paragraph in quotation
    marks, under 2014. Own prose: the quoted post is no entry; a quotation whose paragraph
    names its speaker is read as before, and so is the reporter's own paragraph."""
    post = "“The harbour party promised a new pier in 2031. Nobody believes it.”"
    said = "“The council closed the quay in 2019,” the mayor said."
    text = f"Here is what one reader posted:\n\n{post}\n\n{said}\n\nThe ferry stopped in 2020."
    quotes = quoted_ranges(text)

    def lone(words: str) -> bool:
        at = text.index(words)
        return in_a_lone_quotation(text, Span("m1", at, at + len(words)), quotes)

    assert lone("The harbour party promised")
    assert not lone("The council closed the quay")
    assert not lone("The ferry stopped")
    # a statement quoted over two paragraphs, each opening on a mark (multinews 202), and the
    # reporter's paragraph after a quotation closed by two apostrophes (196) are not set apart
    went_on = (
        "The ministry said in a statement:\n\n“The state defended the law in March 2014. "
        "It was appealed.\n\n“This included new legislation,” it said."
    )
    at = went_on.index("The state defended")
    assert not in_a_lone_quotation(went_on, Span("m1", at, at + 40), quoted_ranges(went_on))
    after = (
        "“They say it was an accident, so I believe it was,'' she said.\n\n"
        "Her cousin ran the first race in 1974.\n\nHe said “it was cold” then."
    )
    at = after.index("Her cousin")
    assert not in_a_lone_quotation(after, Span("m1", at, at + 30), quoted_ranges(after))
    tl = _timeline(text)
    assert [e.date[:4] for e in tl] == ["2019", "2020"], tl


def test_a_label_opening_the_paragraph_is_no_word_of_the_entry() -> None:
    """Multinews 112 showed "Priorities USA leans on single donor: A new super PAC ... raised
    $3.2 million in the first half of 2011": a newsletter item's label glued to its sentence.
    Own prose: the entry shows the sentence; a sentence that ends on a colon (it has an
    article) stays whole."""
    text = (
        "Harbour board leans on one donor: A new fund raised $3 million in the spring of 2019.\n\n"
        "The board weighed the offer as its best option: It voted to accept the gift in 2020."
    )
    tl = _timeline(text)
    assert [e.text for e in tl] == [
        "A new fund raised $3 million in the spring of 2019.",
        "The board weighed the offer as its best option: It voted to accept the gift in 2020",
    ], tl


def test_a_range_joined_to_a_month_within_it_is_not_its_text() -> None:
    """Multinews 241 showed "Michigan's investigation was limited to ... patients infected ...
    the first from June 2014 through March 2015" as the text of a February 2015 entry: the range
    joined the month's entry, and of two dates of one precision its clause was picked. The
    month's own clause is the entry's; the range is cited beside it."""
    text = (
        "The county health department asked the state to investigate the outbreak of "
        "Legionnaires' disease in the city in February 2015.\n\n"
        "The state investigated the outbreak of Legionnaires' disease in the city from "
        "June 2014 through March 2015."
    )
    tl = _timeline(text)
    [feb] = [e for e in tl if e.date == "2015-02-01"]
    assert len(feb.citations) == 2, tl  # the range joined the month's entry
    assert "asked the state" in feb.text, feb


def test_a_clause_whose_parse_crosses_itself_is_shown_from_its_start() -> None:
    """Multinews 241 showed "March 2015, a finding released in June 2015, when more
    Legionnaires' patients were being seen in area hospitals" under March 2015, and the whole
    sentence again under June 2015: the parse hangs "a finding" on "the outbreak", so the
    verb's words are not in text order, and the run around the date began at the date. The
    sentence is one entry, shown whole."""
    tl = _timeline(
        "The county health office instead declared that the outbreak ended in March 2016, a "
        "finding released in June 2016, when more fever patients were being seen in area "
        "hospitals."
    )
    assert len(tl) == 1, tl
    assert tl[0].text.startswith("The county health office instead declared"), tl


def test_a_range_of_years_the_parser_took_into_a_name_is_a_range(nlp) -> None:
    """Multinews 038: the parser took "Nautilus between 2014" for a place, so the dispute
    "between 2014 and 2015" stood under 2015 alone, beside another happening of 2015 it then
    joined. A year that opens a range after "between" is a year however it is tagged (here
    untagged); a number between two that are no years is none."""
    words = ["The", "crew", "fought", "between", "2016", "and", "2017", ",", "and", "between"]
    words += ["1500", "and", "2500", "people", "came"]
    doc = Doc(nlp.vocab, words=words)
    at = {t.text: (t.idx, t.idx + len(t)) for t in doc}
    assert is_year_context(doc, *at["2016"])
    assert not is_year_context(doc, *at["1500"])


def test_someones_words_are_cut_from_the_focus() -> None:
    """Multinews 038: the words a message is quoted saying ("There is a curse on Nautilus")
    made it read like another happening of its year that names the boat; the focus the
    grouping compares leaves them out, and keeps a short quoted name (“basket options,”,
    227) and a focus that would be only a verb of saying."""
    text = (
        "In 2017, Jensen sent a text message to the board saying: “There is a curse on the "
        "Albatross.” In 2017 the board warned banks about using “basket options,” the report "
        "said. “We will sell the boat,” he said in 2017."
    )

    def focus(date_at: int, words: str) -> str:
        start = text.index(words)
        dm = DateMention("a", date_at, date_at + 4, "2017", "year", None, None)
        return focus_text(text, replace(dm, focus=Span("a", start, start + len(words))))

    sent = "In 2017, Jensen sent a text message to the board saying: “There is a curse on the Albatross.”"
    assert (
        focus(text.index("2017"), sent) == "In  , Jensen sent a text message to the board saying:"
    )
    warned = "In 2017 the board warned banks about using “basket options,”"
    assert "basket options" in focus(text.index("2017", 60), warned)
    said = "“We will sell the boat,” he said in 2017."
    assert "sell the boat" in focus(text.rindex("2017"), said)


def test_a_split_hyphenated_verb_is_no_clause_of_its_subject(nlp) -> None:
    """Multinews 227 showed "Robert Martin, a lawyer in the IRS's chief counsel's office who
    co-authored the agency's legal notices on the issue in 2010 and 2014" as a 2010 entry: the
    tokenizer splits "co-authored", and the parse (as given here) makes "co" a relative clause
    of the lawyer and "authored" a verb whose subject runs into its own word. That is no clause
    of its own: the sentence is shown."""
    rows = [
        ("Jane", "compound", 1, "PROPN"),
        ("Roe", "nsubj", 8, "PROPN"),
        (",", "punct", 1, "PUNCT"),
        ("a", "det", 4, "DET"),
        ("lawyer", "appos", 1, "NOUN"),
        ("who", "nsubj", 6, "PRON"),
        ("co", "relcl", 4, "VERB"),
        ("-", "acl", 4, "VERB"),
        ("authored", "ccomp", 14, "VERB"),
        ("the", "det", 10, "DET"),
        ("notices", "dobj", 8, "NOUN"),
        ("in", "prep", 8, "ADP"),
        ("2012", "pobj", 11, "NUM"),
        (",", "punct", 14, "PUNCT"),
        ("said", "ROOT", 14, "VERB"),
        ("the", "det", 16, "DET"),
        ("law", "nsubj", 17, "NOUN"),
        ("held", "ccomp", 14, "VERB"),
        (".", "punct", 14, "PUNCT"),
    ]
    glued = {6, 7}  # "co-authored" is one word
    doc = Doc(
        nlp.vocab,
        words=[w for w, *_ in rows],
        spaces=[i not in glued and rows[i + 1][0] not in {",", "."} for i in range(len(rows) - 1)]
        + [False],
        heads=[h for _, _, h, _ in rows],
        deps=[d for _, d, _, _ in rows],
        pos=[p for *_, p in rows],
    )
    sent = Span("a", 0, len(doc.text))
    start = doc.text.index("2012")
    focus, shown = _clauses(doc, start, start + 4, sent, [])
    assert doc.text[focus.start : focus.end].endswith("in 2012"), focus
    assert shown == sent, doc.text[shown.start : shown.end]
