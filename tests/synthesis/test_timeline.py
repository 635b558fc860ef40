"""The timeline stage: the seeds' timeline and an ECB+ event's (date rules: tests/text/test_dates.py)."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.nlp import get_embedder
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.synthesis.stages import timeline as tl_mod

# --------------------------------------------------------------------------- on real articles


def _run(articles, names):
    return run(Workspace(list(articles)), names)


@pytest.fixture(scope="module")
def seed_timeline(seed_articles):
    ws = _run(seed_articles, ["timeline"])
    return ws, ws.timeline


def _entry(timeline, iso, precision="day"):
    return [e for e in timeline if e.date == iso and e.precision == precision]


def test_seed_timeline_has_the_key_dates(seed_timeline) -> None:
    _, tl = seed_timeline
    talks = _entry(tl, "2025-05-15")
    assert talks and max(len(e.sources) for e in talks) >= 4  # the proposed talks, all outlets
    proposal = _entry(tl, "2025-05-11")
    # Putin's proposal, "Sunday": in the three dated articles (two seeds have no publication
    # date, and their "Sunday" is not resolved to a guessed week)
    assert proposal and max(len(e.sources) for e in proposal) >= 3
    kyiv = _entry(tl, "2025-05-10")  # the Kyiv meeting of European leaders, "Saturday"
    assert any("Kyiv" in e.text for e in kyiv)
    assert any("invasion" in e.text for e in _entry(tl, "2022-02-24"))
    assert any("ceasefire" in e.text for e in _entry(tl, "2025-05-12"))  # ceasefire from Monday
    assert any("Vance" in e.text for e in _entry(tl, "2025-05-07"))
    assert any("Yanukovych" in e.text for e in _entry(tl, "2014-01-01", "year"))
    assert any(
        "2022" in e.text and "negotiations" in e.text for e in _entry(tl, "2022-01-01", "year")
    )
    truce = _entry(tl, "2025-05-08")
    assert truce and truce[0].end == "2025-05-10"


def test_seed_timeline_thursday_resolves_to_may_15(seed_timeline) -> None:
    ws, tl = seed_timeline
    arts = {a.id: a for a in ws.articles}
    thursdays = [
        (e, x)
        for e in tl
        for x in e.expressions
        if arts[x.article].text[x.start : x.end] == "Thursday"
    ]
    assert thursdays and all(e.date == "2025-05-15" for e, _ in thursdays)


def test_seed_timeline_is_sorted_and_traceable(seed_timeline) -> None:
    ws, tl = seed_timeline
    arts = {a.id: a for a in ws.articles}
    assert [e.date for e in tl] == sorted(e.date for e in tl)
    for e in tl:
        assert e.citations and e.expressions and set(e.sources) == {c.article for c in e.citations}
        for c in e.citations:
            assert 0 <= c.start < c.end <= len(arts[c.article].text)
        # every date word lies inside a cited clause of its article
        for x in e.expressions:
            assert any(
                c.article == x.article and c.start <= x.start and x.end <= c.end
                for c in e.citations
            )
        cited = [arts[c.article].text[c.start : c.end] for c in e.citations]
        assert any(_as_cited(e.text, c) for c in cited), (e.text, cited)


def _as_cited(text: str, cited: str) -> bool:
    """Whether ``text`` is the ``cited`` clause, or that clause with the pronoun its subject is
    named in brackets ("In June 2024, [Putin] said ...")."""
    m = re.search(r"\[[^\]]+\]", text)
    if m is None:
        return text == cited
    pron = re.match(r"(?i)(?:he|she|it|they)\b", cited[m.start() :])
    return (
        pron is not None
        and cited[: m.start()] == text[: m.start()]
        and cited[m.start() + pron.end() :] == text[m.end() :]
    )


def test_weekdays_in_articles_without_a_date_are_not_resolved(seed_timeline) -> None:
    """Two seeds have no publication date: their "Sunday" and "Thursday" are left out of the
    timeline rather than read against a guessed week; their written dates still count."""
    ws, tl = seed_timeline
    undated = {a.id for a in ws.articles if a.published is None}
    assert undated
    arts = {a.id: a for a in ws.articles}
    weekday = re.compile(r"(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:yesterday|today)$")
    words = [
        arts[x.article].text[x.start : x.end]
        for e in tl
        for x in e.expressions
        if x.article in undated
    ]
    assert words and not [w for w in words if weekday.match(w)]
    assert any("May 15" in w for w in words)  # a written date, its year from the event


def test_ecbplus_event_timeline(data_dir) -> None:
    """ECB+ topic 1, event 1ecbplus: Lindsay Lohan checks into the Betty Ford Center (2 May 2013)."""
    from newsweave.sources.files import article_from_record

    path = data_dir / "ecbplus" / "documents.jsonl"
    with path.open() as fh:
        docs = [d for d in map(json.loads, fh) if d["event"] == "1ecbplus"][:8]
    arts = [article_from_record({"id": d["id"], "text": d["text"]}, locator=d["id"]) for d in docs]
    assert any(isinstance(a, Article) and a.published for a in arts)
    ws = _run(arts, ["timeline"])
    tl = ws.timeline
    # "late Thursday"/"on Thursday" in stories of Friday 3 May 2013 → 2 May 2013, several outlets
    checkin = [e for e in _entry(tl, "2013-05-02") if len(e.sources) >= 2]
    assert checkin and any("Betty Ford" in e.text or "rehab" in e.text for e in checkin)
    # a past-tense "June 8" in a May story is last year's June
    assert any("truck" in e.text for e in _entry(tl, "2012-06-08"))
    assert not _entry(tl, "2013-06-08")


def test_only_compared_items_are_embedded_and_the_timeline_is_unchanged(
    seed_articles, monkeypatch
) -> None:
    """Items alone on their date get no vector; embedding every item gives the same timeline."""
    ws = _run(seed_articles, ["timeline"])
    lazy = ws.timeline
    assert lazy
    monkeypatch.setattr(tl_mod, "compared", lambda dates: [True] * len(dates))
    warnings: list = []
    full = tl_mod.build_timeline(
        ws.analyses, get_embedder(ws.settings), ws.excluded or (), warnings=warnings
    )
    assert full == lazy and not warnings


def test_a_date_naming_a_thing_shows_that_thing_not_the_clause_around_it(seed_timeline) -> None:
    # "...triggering the gravest confrontation ... since the 1962 Cuban Missile Crisis": what
    # happened in 1962 is the crisis, not the 2022 troop deployment of the same sentence
    _, tl = seed_timeline
    [crisis] = _entry(tl, "1962-01-01", "year")
    assert "Cuban Missile Crisis" in crisis.text
    assert "troops" not in crisis.text and "2022" not in crisis.text


# --------------------------------------------------------------------------- real input that crashed


def test_a_subject_after_the_dated_phrase_does_not_crash_the_parse(data_dir) -> None:
    """#13: two multinews validation events failed to weave with spaCy's E035 (a span ending
    before it starts): the dated phrase's subject came after the phrase, in an embedded
    tweet's "— Name (@handle) September 5, 2018" line."""
    from newsweave.sources.files import article_from_record

    path = data_dir / "multinews" / "validation.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    wanted = {"mn-val-141", "mn-val-205"}
    arts = []
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] in wanted:
            arts.append(
                article_from_record({"id": rec["id"], "text": rec["documents"][0]}, locator="x")
            )
    assert len(arts) == 2
    ws = _run(arts, ["timeline"])
    assert not ws.warnings and ws.timeline


def _multinews_first_docs(data_dir, wanted: set[str]) -> dict[str, Article]:
    from newsweave.sources.files import article_from_record

    path = data_dir / "multinews" / "validation.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    out = {}
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] in wanted:
            doc = rec["documents"][0]
            out[rec["id"]] = article_from_record({"id": rec["id"], "text": doc}, locator="x")
    return out


def test_a_photo_caption_does_not_date_the_story(data_dir) -> None:
    """#13: "In this June 21, 2018, photo, Speaker of the House Paul Ryan ... arrives" is a file
    photo's caption (multinews 167): its date is the picture's, not a happening of the story.
    (Since session 25 the cleaner takes the caption out, by its "(Associated Press)" credit;
    the timeline's own caption rule, :func:`no_happening.dates_a_picture`, has its own test below.)"""
    [art] = _multinews_first_docs(data_dir, {"mn-val-167"}).values()
    assert "In this June 21, 2018, photo" not in art.text
    assert "Republican apprehension" in art.text  # the story itself stays
    tl = _run([art], ["timeline"]).timeline
    assert not _entry(tl, "2018-06-21"), tl


def test_a_yearless_date_takes_no_year_from_a_date_the_texts_write(data_dir) -> None:
    """#13: an undated article about Eichmann's clemency plea (multinews 23) writes "May 29,
    1962" and "He was hanged at about midnight on 31 May": with no publication date in the
    event, "31 May" took its year from 1962 and became 1961-05-31. A yearless date is left
    out; the dates written in full stay."""
    [art] = _multinews_first_docs(data_dir, {"mn-val-023"}).values()
    assert art.published is None and "on 31 May" in art.text
    tl = _run([art], ["timeline"]).timeline
    assert not [e for e in tl if e.expression in {"31 May", "4-5 May"}], tl
    assert _entry(tl, "1962-05-29")


def test_a_year_that_dates_a_work_or_a_degree_is_no_happening() -> None:
    """Multinews timelines listed "the 1998 satire “Bulworth”", "A 1996 ABC Australia
    documentary" and "a 2012 Western Oregon University graduate" as entries: the year says when
    a thing was made or a person graduated, not what happened. A dated happening stays."""
    text = (
        "The fund doubled its assets in 2010, its managers said. The writer Sebastian Mallaby "
        "told the story in his 2009 book on the hedge-fund industry. Its analyst Jill Russell, "
        "a 2012 Western Oregon University graduate, joined the fund last year."
    )
    tl = _run([Article("w1", text)], ["timeline"]).timeline
    assert _entry(tl, "2010-01-01", "year")
    assert not _entry(tl, "2009-01-01", "year") and not _entry(tl, "2012-01-01", "year"), tl


def test_a_day_word_that_is_part_of_a_name_or_title_is_no_date() -> None:
    """Multinews timelines dated "USA TODAY reports", "The Tonight Show Starring …" and ABC's
    “This Week,” as happenings of the publication day. Own prose: the names stay undated,
    while "today" and a sentence's own "This week" still date what they say."""
    from datetime import datetime

    text = (
        "The storm closed 40 schools today, Harbour Daily Today reports.\n\n"
        "This week the council will meet again.\n\n"
        "Speaking on the radio show “This Week,” the mayor said the roads were clear.\n\n"
        "The Tonight Show Starring Ana Lund was cancelled for the night."
    )
    art = Article("w2", text, published=datetime(2024, 3, 5))
    tl = _run([art], ["timeline"]).timeline
    exprs = [e.expression for e in tl]
    assert "today" in exprs and "This week" in exprs, exprs
    assert "Today" not in exprs and "This Week" not in exprs and "Tonight" not in exprs, exprs


def test_two_dates_between_or_from_and_to_are_one_range() -> None:
    """Multinews timelines listed "earned $13 million between May 2010 and May 2011" twice,
    under 2010-05 and under 2011-05, as if two things had happened. Own prose: "between ... and"
    and "from ... through" make one entry dated from the first to the last day of the second;
    two dates without them are no range, and their sentence is one entry, under the first."""
    text = (
        "The mill paid its workers $2 million between May 2010 and May 2011, its owner said.\n\n"
        "The dam was rebuilt from 2012 through 2014 by a local firm.\n\n"
        "The village flooded in 2016 and 2019, records show."
    )
    tl = _run([Article("r1", text)], ["timeline"]).timeline
    by_expr = {e.expression: e for e in tl}
    paid = by_expr["May 2010 and May 2011"]
    assert (paid.date, paid.precision, paid.end) == ("2010-05-01", "month", "2011-05-31")
    dam = by_expr["2012 through 2014"]
    assert (dam.date, dam.precision, dam.end) == ("2012-01-01", "year", "2014-12-31")
    assert not _entry(tl, "2011-05-01", "month") and not _entry(tl, "2014-01-01", "year"), tl
    [flood] = _entry(tl, "2016-01-01", "year")
    assert flood.end is None and "2019" in flood.text and not _entry(tl, "2019-01-01", "year")


def test_a_dated_noun_phrase_shown_alone_is_an_entry_only_when_it_names_a_happening() -> None:
    """Multinews timelines listed "Alexis Murphy's white 2003 Nissan Maxima", "the 2016
    presidential election" and "A 2015 report by the Government Accountability Office" as
    entries: shown alone, such a phrase names a thing or a label, not what happened. Own prose:
    a dated happening ("the 2011 harbour fire") stays."""
    text = (
        "Police found Tomas Verley's silver 2004 Volvo estate near the marina. "
        "Verley had worked on the 2016 regional council election for a local newspaper. "
        "Investigators compared the case with the 2011 harbour fire on the same quay. "
        "A 2015 report by the port authority on the night patrols of the marina was cited."
    )
    tl = _run([Article("w5", text)], ["timeline"]).timeline
    texts = {e.date: e.text for e in tl}
    assert "harbour fire" in texts.get("2011-01-01", ""), tl
    assert not {"2004-01-01", "2016-01-01", "2015-01-01"} & set(texts), tl


def test_a_photo_caption_in_the_present_tense_does_not_date_the_story() -> None:
    """Multinews timelines dated "President Barack Obama speaks in the James Brady Press
    Briefing Room ... on March 17, 2014" and "Warren Beatty exits the stage ... on Sunday, Feb.
    26, 2017": captions tell what a picture shows, in the present, by the picture's date. Own
    prose: the captions go; a past happening, a report's "says" and a day to come stay."""
    text = (
        "Mayor Ilse Marten speaks to reporters outside the ferry terminal in Harwick on March 3, "
        "2021.\n\n"
        "The council closed the northern quay on March 4, 2021, after the storm.\n\n"
        "The harbour master says the quay flooded on March 2, 2021.\n\n"
        "The new timetable takes effect on May 1, 2021."
    )
    art = Article("w6", text, published=datetime(2021, 3, 10))
    tl = _run([art], ["timeline"]).timeline
    days = {e.date for e in tl}
    assert "2021-03-03" not in days, tl
    assert {"2021-03-04", "2021-03-02", "2021-05-01"} <= days, tl


def test_an_entry_does_not_open_on_the_connective_of_its_sentence() -> None:
    """Multinews timelines opened entries on "However, ..." and "When Mr. Crowley sought ...":
    the words that tie the sentence to the one before it, not what happened. Own prose."""
    text = (
        "The ferry runs again. However, Ilse Marten closed the northern quay in March 2019 "
        "after a long storm. When Tomas Verley reopened the southern quay in 2020, the ferries "
        "came back."
    )
    tl = _run([Article("w7", text)], ["timeline"]).timeline
    texts = {e.date: e.text for e in tl}
    assert texts["2019-03-01"].startswith("Ilse Marten closed"), tl
    assert texts["2020-01-01"].startswith("Tomas Verley reopened"), tl


def test_a_year_on_a_saying_dates_a_quote_not_a_happening() -> None:
    """Multinews timelines listed "The band's publicist ... told Billboard in 2017", "he told
    Relix magazine in 1993" and "Day wrote in 1956" as happenings: a year or a month on a verb
    of saying that quotes or tells the press dates a quote the article cites, not what
    happened. Own prose: those go; what happened that year, a book written, a statement
    reported as the news ("In June 2024, he said that Ukraine must ...", of the seeds) and one
    dated to its day stay."""
    text = (
        "The council rebuilt the harbour wall in 2019 after a long storm.\n\n"
        "“We kept the boats running through every gale,” Ilse Marten told the Harwick Courier "
        "in 2015.\n\n"
        "Tomas Verley told a local radio station in June 2017 that the quay needed a new wall."
        "\n\n"
        "In May 2018, Marten said that the ferry must stop running at dusk.\n\n"
        "Her daughter told Harwick Weekly in 2016 ... “We were hoping the quay would reopen "
        "by the summer.”\n\n"
        "Verley wrote a history of the harbour in 2012.\n\n"
        "Marten said on March 3, 2021 that she would retire from the ferry."
    )
    art = Article("w8", text, published=datetime(2021, 3, 10))
    tl = _run([art], ["timeline"]).timeline
    dates = {e.date for e in tl}
    assert {"2019-01-01", "2012-01-01", "2021-03-03", "2018-05-01"} <= dates, tl
    assert not {"2015-01-01", "2017-06-01", "2016-01-01"} & dates, tl


# A figure measured in a year, a year a figure follows, a name's bracketed year (multinews
# timelines, session 26: "make up 14% in 2014, compared with only 12% in 2009", "up from 27% in
# 2011", "Apocalypse Now (1979)"), and the time a figure is compared with (session 39: "eight
# more babies this June than it did in June 2013", "46 shootings compared to 56 during the
# same period in 2011", "an 18 percent cut from 2010"): own prose, each beside a happening of
# 2012 that stays.
MEASURES = (
    "Night crossings make up 18% of its trips, up from 9% in 2010. Fares rose from 2008 (12%) "
    "to 2012 (20%) on the short route. The harbour film recalls The Long Crossing (1986) and "
    "its storm scenes.",
    {"2010-01-01", "2008-01-01", "1986-01-01"},
)
COMPARISONS = (
    "The port counted nine more sailings this April than it did in April 2009. There were 40 "
    "delays compared to 52 during the same period in 2010, and the budget faces a 12 percent "
    "cut from 2011. Its fleet grew 30 percent from 2004 to 2007.",
    {"2009-04-01", "2010-01-01", "2011-01-01"},
)


@pytest.mark.parametrize(("text", "gone"), [MEASURES, COMPARISONS])
def test_a_year_that_dates_a_figure_its_comparison_or_a_name_is_no_happening(
    text: str, gone: set[str]
) -> None:
    """Those dates go; what happened that year stays, and a change over a range of years is
    shown as the range."""
    text = "The ferry company opened a second quay in 2012. " + text
    tl = _run([Article("w9", text)], ["timeline"]).timeline
    dates = {e.date for e in tl}
    assert "2012-01-01" in dates, tl
    assert not gone & dates, tl
    if "from 2004 to 2007" in text:
        assert any(e.date == "2004-01-01" and (e.end or "").startswith("2007") for e in tl), tl


def test_a_clause_is_shown_once_under_its_main_happenings_date() -> None:
    """Multinews timelines showed one sentence under two or three dates: "This week, Draghi,
    who takes over the ECB on Nov. 1, urged the government ... to balance its budget by 2013";
    "Fifth Harmony, who lost a group member last year and released their first album ... last
    week, won best pop video" under 2016 and under the week before; "staged runs for the White
    House in 2008 and 2012" under both years. Own prose: each sentence is one entry, under the
    date nearest its main verb; a question asking when reports nothing."""
    text = (
        "On Tuesday, Ilse Marten, who takes over as harbour master on May 20, urged the council "
        "to rebuild the quay by 2026.\n\n"
        "Tomas Verley bought the ferry in 2009 after it was salvaged in June 2008.\n\n"
        "The crew, who lost a skipper last year and painted the hull last week, won the regatta."
        "\n\n"
        "He made no secret of his plans, having run for the harbour board in 2008 and 2012.\n\n"
        "Was the old wall built in 1890, or in 1910?"
    )
    art = Article("w10", text, published=datetime(2024, 5, 10))
    tl = _run([art], ["timeline"]).timeline
    dates = {e.date for e in tl}
    assert {"2024-05-07", "2009-01-01"} <= dates, tl
    assert not {"2024-05-20", "2026-01-01", "1890-01-01", "1910-01-01"} & dates, tl
    texts = [e.text for e in tl]
    assert len(texts) == len(set(texts)), tl
    # the crew's sentence once, by its relative clause (the regatta is not last year's)
    crew = [t for t in texts if t.startswith("The crew")]
    assert crew == ["The crew, who lost a skipper last year"], tl
    assert sum("harbour board" in t for t in texts) == 1


def test_the_pages_own_dates_are_no_entries() -> None:
    """Multinews timelines listed page furniture as happenings: "A version of this article
    appeared August 24, 2012, on page A11 ...", "A post shared by Nasir Jones (@nas) on Jun 20,
    2017 at 10:33am PDT", "Correction 31 July 2017: This article has been amended ...", "Full
    transcript of President Obama's remarks ..., Friday, July 19, 2013, ...:", a reference
    "(Labor union official 302, February 3, 2009 p. 3)." Own prose: those go, the story stays."""
    text = (
        "The council closed the northern quay on June 12, 2017, after the storm.\n\n"
        "A post shared by Tomas Verley (@tverley) on Jun 14, 2017 at 10:33am PDT\n\n"
        "A version of this article appeared June 16, 2017, on page A11 of the Harwick Courier, "
        "with the headline: Quay Closed.\n\n"
        "Correction 18 June 2017: This article has been amended to give the right name of the "
        "harbour master.\n\n"
        "Full transcript of the harbour master's remarks on the quay, Friday, June 9, 2017, as "
        "released by the council:\n\n"
        "(Harbour board minutes, June 7, 2017, p. 7)."
    )
    art = Article("f1", text, published=datetime(2017, 6, 20))
    tl = _run([art], ["timeline"]).timeline
    assert [e.date for e in tl] == ["2017-06-12"], tl


def test_a_speakers_today_and_someones_words_are_no_entries() -> None:
    """Multinews timelines put quotations on the publication day: a song's "I want you to be
    alive/You don't got to die today", a mother's "I know she's here tonight", Obama's "“The
    United States is today moving . . .", and listed a lyric ("... slug-proof underneath my
    Guess," Prodigy rapped on 1995's ...) and a quip ("At first it was kind of nice ...,"
    Knutson said Thursday night) as happenings. Own prose: a day counted from when words were
    said, or an entry that is someone's words (in the first or second person), goes; the
    reporter's own "today", a reporter's sentence ending on a quotation and news told in a
    quotation in the third person stay."""
    text = (
        "The harbour reopened today after the storm.\n\n"
        'Her song goes: "Stay with me, the tide comes in tonight."\n\n'
        '"The quay is today open to every boat . . . and to the ferries," Ilse Marten said.\n\n'
        '"At first it was fun, but I am going a little crazy on this boat," Tomas Verley said '
        "Thursday night.\n\n"
        "Three months later, by July 2019, “the quay was rebuilt and the ferries came back.”\n\n"
        "“The leaders of both parties on the council have agreed to rebuild the quay,” Ilse "
        "Marten said Wednesday."
    )
    art = Article("q1", text, published=datetime(2024, 5, 10))
    tl = _run([art], ["timeline"]).timeline
    assert [(e.date, e.expression) for e in tl] == [
        ("2019-07-01", "July 2019"),
        ("2024-05-08", "Wednesday"),
        ("2024-05-10", "today"),
    ], tl
    assert len(tl[2].citations) == 1, tl  # the reporter's today, not the speakers'


def test_a_clause_cut_before_its_end_is_no_entry() -> None:
    """A multinews timeline listed "The Kemp-Kasten amendment, enacted in 1985, led to" and
    "In March this year, when Hillary Clinton visited India ..., she": clauses cut where the
    words of another date began. Own prose: the fragment goes, the whole sentence stays under
    its own date."""
    text = (
        "The Harwick harbour law, enacted in 1985, led to some of the port's funding being cut "
        "off, then restored by the council in 1993, the report said."
    )
    tl = _run([Article("c1", text)], ["timeline"]).timeline
    assert [e.date for e in tl] == ["1993-01-01"], tl
    assert "restored by the council" in tl[0].text


def test_a_caption_of_a_picture_in_the_present_does_not_date_the_story() -> None:
    """A multinews timeline dated "A police officer watches as a cruiser is removed from Forest
    Road, Wednesday, Sept. 2, 2015 in Millis, Mass.": a caption whose date sits in a clause in
    the present beside its main verb. Own prose: it goes; a past happening stays."""
    text = (
        "A council worker watches as a ferry is lifted from the northern quay, Wednesday, March "
        "3, 2021 in Harwick.\n\n"
        "The council closed the northern quay on March 4, 2021, after the storm."
    )
    art = Article("p1", text, published=datetime(2021, 3, 10))
    tl = _run([art], ["timeline"]).timeline
    assert [e.date for e in tl] == ["2021-03-04"], tl


def test_a_year_naming_a_thing_in_a_clause_of_now_or_to_come_dates_nothing() -> None:
    """Multinews timelines dated "Fans ... will get a free ticket to a future 2014 or '15 game"
    under 2014, "will lose $32.5 million in funding from the 2017 budget" under 2017 and "His
    2009 insight seems painfully prescient" under 2009: what they tell is now or to come. Own
    prose: those go; a past clause, and a clause that happens in the dated thing ("in the 2014
    election", "at the 2014 harbour festival concert"), stay."""
    text = (
        "Fans who return the scarf will get a free ticket to a future 2014 or '15 game. "
        "The ferry line will lose $2 million in funding from the 2014 budget. "
        "Her 2009 warning seems painfully prescient. "
        "The council took steps to bar him from the 2012 regatta. "
        "Marten could make a strong run for the seat in the 2014 election. "
        "Verley will sing at the 2014 harbour festival concert."
    )
    art = Article("y1", text, published=datetime(2013, 5, 10))
    tl = _run([art], ["timeline"]).timeline
    assert sorted(e.date for e in tl) == ["2012-01-01", "2014-01-01", "2014-01-01"], tl
    later = " ".join(e.text for e in tl if e.date == "2014-01-01")
    assert "election" in later and "concert" in later, tl


def test_a_captions_date_anchors_only_a_story_that_names_its_weekday() -> None:
    """Multinews 126: the cleaner took "Oct. 22, 2018" from a photo's caption above a story of
    what Conway "said Sunday" three weeks later, and every "Sunday" and "Friday" of the story
    landed three weeks early. Own prose: a caption's date that the text never names by its
    weekday anchors nothing (a week-relative date is left out); one the text names anchors."""
    text = (
        "The harbour master resigned on Sunday, two days after the council sought to distance "
        "itself from her, the mayor said."
    )
    art = Article(
        "a1", text, published=datetime(2018, 10, 22), published_source="caption"
    )  # a Monday
    assert not _run([art], ["timeline"]).timeline
    named = Article(
        "a2",
        text + " The ferries ran again on Monday, the port said.",
        published=datetime(2018, 10, 22),
        published_source="caption",
    )
    dates = {e.date for e in _run([named], ["timeline"]).timeline}
    assert "2018-10-21" in dates, dates


def test_two_coordinated_clauses_keep_their_own_dates() -> None:
    """Multinews 59: "The first was born in June 2013 and the second child was born in January
    2015" kept only June 2013. Own prose: each main clause is an entry under its date."""
    text = (
        "The first ferry was launched in June 2013 and the second ferry was launched in May 2015."
    )
    tl = _run([Article("b1", text, published=datetime(2018, 1, 5))], ["timeline"]).timeline
    got = {(e.date, e.precision): e.text for e in tl}
    assert set(got) == {("2013-06-01", "month"), ("2015-05-01", "month")}, tl
    assert (
        "second" not in got[("2013-06-01", "month")] and "first" not in got[("2015-05-01", "month")]
    )


def test_a_bound_does_not_date_a_clause_that_says_when() -> None:
    """Multinews 45: "the population may reach nine billion before 2050—in 2045" stood under
    2050. Own prose: the clause is dated by its own year, not by its bound."""
    text = "Planners now project that the town may reach ten thousand people before 2030—in 2028."
    tl = _run([Article("c1", text, published=datetime(2021, 1, 5))], ["timeline"]).timeline
    assert [e.date for e in tl] == ["2028-01-01"], tl


def test_a_state_since_a_date_and_a_supposition_date_nothing() -> None:
    """Multinews timelines dated "where Nola had lived since 1989" under 1989, "one of the first
    music videos Wilco has released since 1999" under 1999 and "Even if this theory had been
    proven back in 1996, ... Burke would have been too young" under 1996: a state lasting until
    now and what would have been. Own prose: those go; the happenings told stay."""
    text = (
        "Marten has lived in the harbour town since 1989, her neighbours said. "
        "She moved to the town in 1987 from the coast. "
        "Even if the sea wall had been finished in 1996, the flood would have broken it. "
        "The sea wall was finished in 1998."
    )
    tl = _run([Article("d1", text, published=datetime(2011, 1, 5))], ["timeline"]).timeline
    assert sorted(e.date for e in tl) == ["1987-01-01", "1998-01-01"], tl


def test_a_yearless_date_under_an_infinitive_stays_the_nearest() -> None:
    """Multinews 237 (a story of March 23, 2013): "Bergoglio was elected to succeed him on 13
    March" and "called the former Joseph Ratzinger to congratulate him ... on March 19" stood
    under 2014, the infinitive read as the future. Own prose: both stay in that March."""
    text = (
        "Ilse Marten was elected to succeed him on 13 March. The mayor called the old harbour "
        "master to congratulate him on the feast of the port on March 19."
    )
    art = Article("e1", text, published=datetime(2013, 3, 23))
    dates = sorted(e.date for e in _run([art], ["timeline"]).timeline)
    assert dates == ["2013-03-13", "2013-03-19"], dates


def test_a_captions_date_anchors_a_story_that_writes_its_day() -> None:
    """A story of the caption's day may name it by month and day ("at a press conference on
    May 11", seed 000): the caption's date anchors its "Saturday"."""
    text = (
        "Speaking at a press conference on May 11, the mayor called for new talks on the port. "
        "The council met in Harwick on Saturday."
    )
    art = Article("f1", text, published=datetime(2025, 5, 11), published_source="caption")
    dates = {e.date for e in _run([art], ["timeline"]).timeline}
    assert "2025-05-10" in dates, dates


def test_seed_entries_show_happenings_whole(seed_timeline) -> None:
    """The seed report listed "“It was not Russia that broke off negotiations in 2022." and "the
    2022 “special military operation" (marks without their pair), "Macron told a press conference
    in Kyiv on Saturday." (a frame, what he said cut away) and, under May 15, Putin's call for
    the talks (made on May 11) rather than the talks. Every entry's marks pair, no entry is a
    frame alone, and May 15 shows the planned talks."""
    _, tl = seed_timeline
    for e in tl:
        assert e.text.count("“") == e.text.count("”") and e.text.count('"') % 2 == 0, e
        assert not e.text.startswith(("Macron told a press", "Trump said in his")), e
    talks = max(_entry(tl, "2025-05-15"), key=lambda e: len(e.sources))
    assert talks.text.startswith("direct talks") and "called" not in talks.text, talks


def test_a_past_infinitive_of_a_ranked_noun_does_not_land_after_its_story() -> None:
    """Multinews 77 (a story of July 2017): "Nevada was one of four states to legalize
    recreational use of the plant in November's election" stood under 2017-11, and 92's "he was
    the first person to give a Nazi salute ... after Trump's election in November" (December
    2016) under 2017-11: the infinitive was read as the future. It tells what that one did, in
    the tense of the verb above: a past mention lands on or before its story's day. A planned
    happening's infinitive still points ahead."""
    text = (
        "Harwick was one of three towns to ban plastic bags in March's referendum. "
        "Mayor Lind has said she was the first person to ride the new tram after its opening in "
        "November. The council plans to open the new quay in March."
    )
    art = Article("t1", text, published=datetime(2017, 7, 1))
    got = {e.text: e.date for e in _run([art], ["timeline"]).timeline}
    assert got == {
        "Harwick was one of three towns to ban plastic bags in March's referendum": "2017-03-01",
        "Mayor Lind has said she was the first person to ride the new tram after its opening in "
        "November.": "2016-11-01",
        "The council plans to open the new quay in March": "2018-03-01",
    }, got


def test_an_infinitive_under_a_past_verb_is_what_was_done_then() -> None:
    """Multinews 77: "Eager pot customers on Monday again lined up" stood under 2017-06-26 and
    "had 50 people waiting to make purchases midmorning Monday" under 2017-07-03, in one
    article: the infinitive "to make" was read as the future. Under a past verb that does not
    look ahead, an infinitive tells what was done then; under one that does ("decided to
    hold", "is not expected to reopen", multinews 27) and under "will" it is still to come
    (a bare weekday may name either side of the story's day: 27's past "Tuesday" and its
    "not expected to reopen Tuesday" are a week apart). A yearless day under such an
    infinitive is not put after the story either (shaped like multinews 7's "volunteered to
    travel to Nepal ... on the 15th of May and were able to trek", on a page of April 2016)."""
    text = (
        "Anglers on Monday again crowded the pier before the shops opened. "
        "The kiosk had 30 people waiting to buy tickets midmorning Monday. "
        "The crew went to Harwick to meet the mayor on Thursday. "
        "The mayor decided to hold the vote on Thursday. "
        "The pier is not expected to reopen Monday. "
        "Two builders volunteered to travel to Harwick on the 15th of May and were able to mend "
        "the quay."
    )
    art = Article("t2", text, published=datetime(2017, 4, 8))  # a Saturday
    got = {e.text.rstrip("."): e.date for e in _run([art], ["timeline"]).timeline}
    assert got == {
        "Anglers on Monday again crowded the pier before the shops opened": "2017-04-03",
        "The kiosk had 30 people waiting to buy tickets midmorning Monday": "2017-04-03",
        "The crew went to Harwick to meet the mayor on Thursday": "2017-04-06",
        "The mayor decided to hold the vote on Thursday": "2017-04-13",
        "The pier is not expected to reopen Monday": "2017-04-10",
        "Two builders volunteered to travel to Harwick on the 15th of May and were able to mend "
        "the quay": "2016-05-15",
    }, got


def test_a_captions_day_is_the_first_of_the_story_not_its_last() -> None:
    """Multinews 77: "In this Saturday, July 1, 2017, photo" above a story of Monday, July 3 put
    "Eager pot customers on Monday again lined up" on June 26, before the picture; multinews 27
    (a photo of Monday, June 5, above "Police said Tuesday") put that Tuesday on May 30. The
    story is on or after its picture: its day is the one from which its weekdays and the
    picture's reach back the least. Own prose, in both shapes."""
    text = (
        "The new ferry route opened on Saturday with a brass band on the quay. "
        "Eager passengers on Monday again lined up before the ticket office opened."
    )
    art = Article("g1", text, published=datetime(2017, 7, 1), published_source="caption")
    got = {e.expression: e.date for e in _run([art], ["timeline"]).timeline}
    assert got == {"Saturday": "2017-07-01", "Monday": "2017-07-03"}, got
    text = (
        "Harbour police said Tuesday that the driver lived in the old town. "
        "The two other drivers were named Monday by the port authority. "
        "The crash late Saturday closed the quay for a day."
    )
    art = Article("g2", text, published=datetime(2017, 6, 5), published_source="caption")
    got = {e.expression: e.date for e in _run([art], ["timeline"]).timeline}
    assert got == {"Tuesday": "2017-06-06", "Monday": "2017-06-05", "late Saturday": "2017-06-03"}


def test_a_captions_day_the_story_never_names_gives_its_year_not_its_week() -> None:
    """Multinews 126: a caption of Oct. 22, 2018 above a story three weeks later; its "Sunday"
    stays unresolved, but the picture is never after its story, so "Trump's legal team in August
    rejected Mueller's conditions" is August 2018 (it was left out: no publication date). A
    story that tells of a later month written with its year is older than its picture by more
    than that (multinews 61): its picture gives no year."""
    text = (
        "The harbour master resigned on Sunday, the mayor said. "
        "The council rejected her plan for the quay in August."
    )
    art = Article("h1", text, published=datetime(2018, 10, 22), published_source="caption")
    got = {(e.date, e.precision) for e in _run([art], ["timeline"]).timeline}
    assert got == {("2018-08-01", "month")}, got
    later = text + " The council first met in the new hall in March 2019, after a long wait."
    art = Article("h2", later, published=datetime(2018, 10, 22), published_source="caption")
    got = {(e.date, e.precision) for e in _run([art], ["timeline"]).timeline}
    assert got == {("2019-03-01", "month")}, got


def test_a_yearless_day_the_parse_hangs_on_a_noun_keeps_its_verbs_tense(data_dir) -> None:
    """Multinews 7: "Mike Auldridge and Parker Webb volunteered to travel to Nepal for ALCF on
    the 15th of May and were able to trek ..." in a page of April 10, 2016 stood under
    2016-05-15, after the page: the parse hangs "on the 15th of May" on "ALCF", and a date on a
    noun took no tense. A day hung on a noun that no date can belong to is its verb's (the
    parse of own prose of that shape hangs it on the verb, so the page itself is read)."""
    from newsweave.sources.files import extract_text

    path = data_dir / "multinews" / "validation.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    rec = next(r for r in map(json.loads, path.open(encoding="utf-8")) if r["id"] == "mn-val-007")
    art = extract_text(rec["documents"][1], id="mn-val-007-1")
    assert art.published == datetime(2016, 4, 10) and "on the 15th of May" in art.text
    tl = _run([art], ["timeline"]).timeline
    at = art.text.index("15th of May")
    hung = [e for e in tl if any(x.start == at for x in e.expressions)]
    assert [e.date for e in hung] == ["2015-05-15"], hung


def test_a_sentence_of_now_is_no_entry_under_the_date_of_a_thing_it_names() -> None:
    """Multinews 191: "Parents of at least 13 of the 20 young children killed in the December 2012
    shooting have in the past two weeks opened estates ..." stood under 2012-12, and 227's
    "Renaissance, with assets estimated at $97 billion on Dec. 31, 2016, has shown no signs of
    buckling" under that day. Own prose: the first goes; a clause with its own subject and a
    participle ("The museum, founded in 1869, is ...") tell their own happenings and stay."""
    text = (
        "Parents of at least nine of the children hurt in the December 2012 fire have in the past "
        "two weeks opened files in their names at the court, a first step in a lawsuit. "
        "Marten is a lawyer who joined the harbour board in 2001. "
        "The harbour museum, founded in 1869, is one of the oldest in the country."
    )
    art = Article("j1", text, published=datetime(2014, 12, 20))
    got = [(e.date, e.precision) for e in _run([art], ["timeline"]).timeline]
    assert got == [("1869-01-01", "year"), ("2001-01-01", "year")], got


def test_a_day_a_deadline_or_a_run_up_leads_to_is_still_to_come_in_the_present() -> None:
    """Multinews 204: "All 67 counties are facing a state-ordered deadline of Thursday" stood
    under the Thursday before its Monday story; 027: "The issue has become a key one in the
    run-up to Thursday's general election" under the Thursday before its Tuesday story; 237:
    "He plans to celebrate Holy Thursday Mass this week", in a Saturday story, under the week
    then ending. Told in the present or its perfect, a day a deadline or a run-up leads to is to
    come, and "this week" said at the weekend of what is to come is the coming week; in the
    past ("The deadline passed on Thursday") the day is behind the story."""
    text = (
        "All ten harbours are facing a deadline of Thursday to finish their counts. "
        "The quay has become a key issue in the run-up to Friday's council vote. "
        "The deadline for the old permits passed on Wednesday. "
        "The bishop plans to bless the fleet this week."
    )
    art = Article("t3", text, published=datetime(2017, 4, 8))  # a Saturday
    got = {e.text.rstrip("."): (e.date, e.end) for e in _run([art], ["timeline"]).timeline}
    assert got["All ten harbours are facing a deadline of Thursday to finish their counts"] == (
        "2017-04-13",
        None,
    ), got
    assert got["The quay has become a key issue in the run-up to Friday's council vote"] == (
        "2017-04-14",
        None,
    ), got
    assert got["The deadline for the old permits passed on Wednesday"] == ("2017-04-05", None), got
    assert got["The bishop plans to bless the fleet this week"][0] == "2017-04-10", got


def test_a_video_teasers_day_places_what_was_told_not_what_was_to_come() -> None:
    """Multinews 16: a text that says the crown "will be awarded ... Thursday night" (June 26,
    2014) sits under a video teaser stamped "(Published Friday, June 27, 2014)", which already
    says it "was awarded": read against the video's day, that Thursday became July 3. Own prose:
    a teaser's day places the story's past weekdays; a weekday it puts ahead is left out."""
    text = (
        "The harbour board removed its chair on Tuesday after an audit of the ferry accounts. "
        "Her deputy will be sworn in at a public meeting of the board Thursday night."
    )
    teaser = Article("t1", text, published=datetime(2014, 6, 27), published_source="teaser")
    got = {e.date: e.text for e in _run([teaser], ["timeline"]).timeline}
    assert "2014-06-24" in got and "removed" in got["2014-06-24"], got
    assert not any("sworn" in t for t in got.values()), got
    # a page's own stamp or dateline is the story's day: its Thursday to come is placed
    own = Article("t2", text, published=datetime(2014, 6, 24), published_source="stamp")
    got = {e.date: e.text for e in _run([own], ["timeline"]).timeline}
    assert "sworn" in got.get("2014-06-26", ""), got
