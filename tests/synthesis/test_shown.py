"""What a timeline entry shows: a planned happening, not the call for it; what was said, not
only who said it; a quotation whole (rules: newsweave.synthesis.shown). Texts are our own
prose, shaped like the seed report's and the multinews timelines' failures."""

from __future__ import annotations

from datetime import datetime

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run


def _timeline(text: str, published: datetime = datetime(2025, 5, 11)):
    return run(Workspace([Article("s1", text, published=published)]), ["timeline"]).timeline


def test_a_planned_happening_is_shown_at_its_day_not_the_call_for_it() -> None:
    """Seed report: "Putin has called for direct talks ... to take place in Istanbul, Turkey, on
    May 15." stood under May 15, and "Kyiv and European leaders called for an unconditional
    30-day ceasefire to start Monday" under Monday: the calls were made days before. The entry
    shows the planned happening, its noun and its infinitive."""
    text = (
        "The harbour council has called for new talks between the two ferry companies to take "
        "place in Harwick on May 15. The fishermen demanded a full strike to begin Monday."
    )
    got = {e.date: e.text for e in _timeline(text)}
    assert got == {
        "2025-05-15": "new talks between the two ferry companies to take place in Harwick on May 15",
        "2025-05-12": "a full strike to begin Monday",
    }, got


def test_a_reporting_frame_shows_what_was_said() -> None:
    """Seed report: "Macron told a press conference in Kyiv on Saturday." (the quotation, which
    named another day, was cut away). The entry shows the whole attributed statement."""
    text = (
        "“The council has decided to close the quay for a week, a closure which will begin next "
        "Monday, whatever the weather,” Ilse Marten told a press conference in Harwick on Saturday."
    )
    tl = _timeline(text)
    saturday = [e for e in tl if e.date == "2025-05-10"]
    assert len(saturday) == 1 and saturday[0].text.startswith("“The council has decided"), tl
    assert saturday[0].text.endswith("in Harwick on Saturday."), tl
    assert len(tl) == 1, tl  # the sentence is shown once, under its main verb's day


def test_an_excerpts_marks_are_cut_off_an_entrys_edges() -> None:
    """Multinews 144, a digest quoting a report's paragraphs: "B1: “Fannie Mae ... learned as
    early as 2003 of extensive foreclosure abuses ..." and "..., the report said.”" (the
    excerpt runs on for 700 characters). The entry shows the words without the stray marks."""
    excerpt = (
        "The board knew as early as 2004 of the rot in the harbour wall that the council had "
        "paid to have mended. It did little to press the builders, who were paid again and "
        "again for work that was never done, and the ferries kept to the outer quay for years. "
        "Fishermen wrote to the board each winter, and each winter the letters were filed away "
        "unread, the clerks told the inspectors when they came to ask. "
        "In one lapse, when the inspectors reported cracks to the board in late 2009, it did "
        "not ask the builders for an answer, the audit said."
    )
    text = f"The audit is damning.\n\nA1: “{excerpt}”\n\nThe board has not replied."
    got = {e.date: e.text for e in _timeline(text)}
    assert got["2004-01-01"].startswith("The board knew as early as 2004"), got
    assert got["2009-01-01"].endswith("the audit said."), got


def test_a_quotation_is_shown_whole_with_its_attribution() -> None:
    """Seed report: "“It was not Russia that broke off negotiations in 2022." (the quotation
    runs on for two more sentences before "Putin said") and "the 2022 “special military
    operation" (the closing mark cut off). The entry takes in the rest of the quotation, and
    the attribution after a quotation that ends on a comma."""
    text = (
        "“It was not the council that closed the harbour in 2019. It was the ferry company,” "
        "Ilse Marten said.\n\n"
        "Marten said the 2016 “harbour rescue operation” had saved the fishing fleet."
    )
    tl = _timeline(text)
    assert all(e.text.count("“") == e.text.count("”") for e in tl), tl
    assert [e.text for e in tl if e.date == "2019-01-01"] == [
        "“It was not the council that closed the harbour in 2019. It was the ferry company,” "
        "Ilse Marten said."
    ], tl


def test_a_date_in_a_relative_clause_shows_that_clause_with_its_noun() -> None:
    """Multinews 117: "Fifth Harmony, who lost a group member last year and released their
    first album as a foursome last week, won best pop video" stood under last year, and "Leto
    also mentioned Chris Cornell, who hanged himself in May." under May: the sentence's own
    happening is not of that date. The entry shows the noun and its relative clause (and
    both nouns of a pair, "Steck and Goettler, who had heard ...", multinews 7); a relative
    clause inside a quotation is someone's words, and the statement stays whole."""
    text = (
        "The rowing club, which lost its boathouse last year, won the harbour cup. "
        "The mayor also mentioned Tomas Eklund, who drowned off the pier in March. "
        "Anna Lind and Karl Berg, who had sailed the strait in 2009, opened the regatta. "
        "“The council closed the quay, which reopens next Monday, for the storm,” Ilse Marten said on "
        "Saturday."
    )
    got = {e.date: e.text for e in _timeline(text)}
    assert got["2024-01-01"] == "The rowing club, which lost its boathouse last year", got
    assert got["2025-03-01"] == "Tomas Eklund, who drowned off the pier in March", got
    assert got["2009-01-01"] == "Anna Lind and Karl Berg, who had sailed the strait in 2009", got
    assert got["2025-05-10"].startswith("“The council closed the quay"), got
    assert "2025-05-12" not in got, got


def test_a_date_deeper_in_a_relative_clause_or_after_such_as_shows_that_clause() -> None:
    """Multinews 237: "Gaenswein, who wept as he and Benedict made their final goodbyes ... on
    Feb. 28, has appeared visibly upset" stood whole under Feb. 28 (the date sits in a clause
    inside the relative clause); 227: "boosting extreme insurgents ..., such as David Brat, who,
    in 2014, took the seat of Eric Cantor" stood whole under 2014 ("such as" names examples, it
    compares nothing). Each entry shows the noun and its relative clause."""
    text = (
        "Holm, who wept as he and the crew said goodbye to the harbour on March 3, has appeared "
        "tired at times. "
        "The league became a force on the coast, boosting upstarts against the old board, such "
        "as Nils Dahl, who, in 2019, took the seat of Per Sund."
    )
    got = {e.date: e.text for e in _timeline(text)}
    assert got["2025-03-03"] == (
        "Holm, who wept as he and the crew said goodbye to the harbour on March 3"
    ), got
    assert got["2019-01-01"] == "Nils Dahl, who, in 2019, took the seat of Per Sund", got


def test_a_clause_telling_which_one_by_the_past_in_a_sentence_of_now_shows_that_clause() -> None:
    """Multinews 208: "Cline has out-fundraised Lewis in a solidly Republican district that
    went for Donald Trump by double digits in 2016." stood under 2016, and 020: "For a band that
    broke up in 1980, ..., interest in Led Zeppelin remains intense." under 1980: the sentence
    tells of now; only its clause telling which one is of the date. The entry shows that clause
    with its noun; a clause telling which one in a sentence of the past stays whole (the
    sentence's happening is of its time, "Two anglers who were part of a protest ...")."""
    text = (
        "Berg has beaten Lind in the polls of a fishing town that voted for the harbour plan in 2016. "
        "For a choir that disbanded in 1980, interest in its records remains strong. "
        "Two anglers who were part of a protest at the pier Saturday afternoon were hurt."
    )
    got = {e.date: e.text for e in _timeline(text)}
    assert got["2016-01-01"] == "a fishing town that voted for the harbour plan in 2016", got
    assert got["1980-01-01"] == "a choir that disbanded in 1980", got
    assert got["2025-05-10"].startswith("Two anglers who"), got


def test_a_relative_clause_of_what_would_be_or_of_a_state_or_after_an_apposition_stays() -> None:
    """Multinews 160: "a 3 percent cut, which ... would mean an 18 percent cut from 2010" (what
    would be), 131: "the highlands of Colombia and Ethiopia, where there are detailed records ...
    from the 1990s to 2005" (a state: no happening), 034: "from the private arbitrator, a retired
    judge, which bars her from disclosing ... signed in October 2016" (the "which" is the
    order's, not the judge's): cut out, each read as a happening of its noun. Each entry shows
    its sentence. (A cut "from" a year dates no happening, :mod:`~newsweave.synthesis.no_happening`:
    here the cut is "in" its year.)"""
    text = (
        "The harbour board would see a 3 percent cut, which, when combined with cuts made earlier, "
        "would mean a 9 percent cut in 2011, the council said. "
        "To investigate, divers looked at crowded reefs in the shallows of Malta and Gozo, where "
        "there are detailed records of both water heat and fish counts from the 1990s to 2006. "
        "On that day, Holm obtained a temporary order against Berg from the private arbitrator, a "
        "retired judge, which bars him from disclosing facts related to the deal signed in "
        "October 2016, according to a copy of the order."
    )
    got = {e.date: e.text for e in _timeline(text)}
    assert got["2011-01-01"].startswith("The harbour board would see"), got
    assert got["2006-01-01"].startswith("To investigate, divers looked"), got
    assert got["2016-10-01"].startswith("On that day, Holm obtained"), got


def test_a_relative_clause_that_tells_which_one_or_ends_before_the_date_is_not_cut_out() -> None:
    """A clause without a comma tells which one, and the sentence's happening is of its date
    ("two people who were part of a counter-protest at a KKK gathering Saturday afternoon in
    Anaheim were stabbed", multinews 35); a clause closed by a comma before the date leaves the
    date to the sentence ("Davis' friends, who were also in the car, as well as firing a gun
    into a car in the 2012 incident", 121); a noun cut from its name by the parse is no
    antecedent ("Only 12 Years a Slave, which won in 2014", 205), nor the noun of a comparison
    ("much like Spider-Man, which he patented in 1991", 188: the glove was patented), nor one
    the entry would not name ("its application, which it first asked for in 2010", 116). Each
    entry shows its sentence."""
    text = (
        "Two anglers who were part of a protest at the pier Saturday afternoon were hurt. "
        "The court found Holm guilty of shouting at the crew, who were also on the quay, as well "
        "as of firing a flare over the harbour in the 2019 brawl. "
        "Only Ten Days a Sailor, which won in 2014, kept its lead. "
        "The case concerned a net that caught fish much like a trawl, which he patented in 1991. "
        "The club is still waiting for a ruling on its claim, which it first filed in 2010."
    )
    got = {e.date: e.text for e in _timeline(text)}
    assert got["1991-01-01"].startswith("The case concerned a net"), got
    assert got["2010-01-01"].startswith("The club is still waiting"), got
    assert got["2025-05-10"].startswith("Two anglers who"), got
    assert got["2019-01-01"].startswith("The court found Holm"), got
    assert got["2014-01-01"].startswith("Only Ten Days a Sailor"), got
