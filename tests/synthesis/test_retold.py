"""Timeline groups that tell one happening in other words become one entry (own prose shaped
like the multinews retellings: a relative clause beside a main clause, a month beside its day)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import numpy as np

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.dated_act import DatedAct, DatedThing
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.synthesis.retold import Telling, Wording, retellings
from newsweave.text.dates import ResolvedDate


def _timeline(*texts: str):
    arts = [Article(f"t{i}", text, published=datetime(2024, 5, 10)) for i, text in enumerate(texts)]
    return run(Workspace(arts), ["timeline"]).timeline


def test_two_outlets_telling_one_happening_make_one_entry() -> None:
    """Multinews 209 listed "Flight MH370 disappeared on 8 March with 239 people on board" and
    "the flight, which disappeared on March 8" as two entries, 34 "Ms. Clifford began an
    intimate relationship with Mr. Trump in the Summer of 2006 in Lake Tahoe" and "Clifford
    and Trump had an intimate relationship that lasted from the summer of 2006 ..." as two
    entries.
    Multinews 124 likewise "Lehmkuhl was elected in 2012 and for most of her time in office
    failed to produce minutes" and "Lehmkuhl, who was elected in 2012". Own prose: one entry
    each, citing both outlets, with the fuller wording."""
    tl = _timeline(
        "Hanna Roe was elected in 2012 and for most of her time in office failed to publish "
        "the minutes of harbour board meetings. "
        "Ilse Marten began a quiet partnership with Tomas Verley in the spring of 2019 in "
        "Harwick.",
        "The board's chair, Hanna Roe, who was elected in 2012, did not answer. "
        "Marten and Verley had a quiet partnership that lasted from the spring of 2019 into "
        "the next year, with meetings in Harwick and at the old quay, the filing says.",
    )
    elected = [e for e in tl if e.date == "2012-01-01"]
    assert len(elected) == 1 and set(elected[0].sources) == {"t0", "t1"}, tl
    partnership = [e for e in tl if e.date == "2019-01-01"]
    assert len(partnership) == 1 and set(partnership[0].sources) == {"t0", "t1"}, tl
    assert "filing says" in partnership[0].text, tl


class _Apart:
    """An embedder that reads no two texts alike: only the dated acts and things decide."""

    def encode(self, texts):
        return np.eye(len(texts), 8, dtype=np.float32)


class _SameVector:
    """An embedder that reads every text alike: only the words decide."""

    def encode(self, texts):
        return np.ones((len(texts), 4), dtype=np.float32)


def _telling(words: set[str], names: set[str]) -> Telling:
    day = ResolvedDate(date(2024, 5, 2), "day")
    return Telling(day, Wording(frozenset(words), frozenset(names)), ("x",))


def test_alike_words_about_different_people_are_two_happenings() -> None:
    """Multinews 161: "Johnson was arrested June 17 and was being held on $2.09 million bail",
    "Smith was arrested June 18 and was being held on about $2.07 million bail": under one
    date, two tellings that name someone and no one in common are two happenings, however
    alike their other words."""
    hale = _telling({"hale", "arrest", "hold", "million", "bail"}, {"hale"})
    pell = _telling({"pell", "arrest", "hold", "million", "bail"}, {"pell"})
    seized = _telling({"arrest", "hold", "bail"}, set())
    assert retellings([hale, pell], _SameVector()) == [[0], [1]]
    assert retellings([hale, seized], _SameVector()) == [[0, 1]]


def test_one_death_told_as_died_and_passed_away_is_one_entry() -> None:
    """Multinews 229: "Mr. Kantner and Ms. Anderson died in 2016, Mr. Dryden in 2005" and "Paul
    Kantner, who passed away in 2016" stood as two entries of 2016: one act (a death) of one
    man, in words that share little else. Own prose: one entry, citing both."""
    tl = _timeline(
        "Mr. Brandt and Ms. Oyelaran died in 2011, Mr. Lutz in 2004 and Ms. Kerr in 1999.",
        "The band's first single was written by its bassist Jonas Brandt, who passed away in 2011.",
    )
    died = [e for e in tl if e.date == "2011-01-01"]
    assert len(died) == 1 and set(died[0].sources) == {"t0", "t1"}, tl


def test_two_seasons_of_one_year_are_two_entries() -> None:
    """Multinews 130: "In spring 2017, ... Farrow played Oppenheim the audio" and "During a
    meeting in summer 2017, Oppenheim mentioned to Farrow that Weinstein had raised
    objections" stood as one entry of 2017: a season is a span of months, not the year."""
    tl = _timeline(
        "In spring 2021, according to the sources, Marlow played Pike the recording of the "
        "mayor admitting the deal. "
        "During a meeting in summer 2021, Pike told Marlow that the mayor had raised objections "
        "to Marlow's reporting, according to the sources."
    )
    year = [e for e in tl if e.date == "2021-01-01"]
    assert len(year) == 2, tl
    assert "spring" in year[0].text and "summer" in year[1].text, tl


def test_a_dated_thing_and_the_act_that_tells_it_are_one_entry() -> None:
    """Multinews 168 listed "the 2015 deal negotiated by his conservative predecessor ..." and
    "In 2015, the two countries reached a settlement whereby Tokyo formally apologised ..." as
    two entries, 034 "the Oct. 28, 2016, "hush agreement"" beside "Clifford signed both the
    agreement and a side letter agreement ... on Oct. 28, 2016". Own prose: one entry each,
    shown by the clause that tells what was done, not by the one that mentions the thing."""
    tl = _timeline(
        "Harwick wants Corran to remove a statue near the old quay, saying that the statue "
        "violates the 2019 agreement on the shared harbour front. "
        "Hanna Roe signed both the lease and a side agreement in October 2023, days before "
        "the vote.",
        "In 2019, the two towns reached a settlement whereby Harwick agreed to pay for the quay. "
        "Lawyers for Roe say the October 2023 agreement is void.",
    )
    accord = [e for e in tl if e.date == "2019-01-01"]
    assert len(accord) == 1 and set(accord[0].sources) == {"t0", "t1"}, tl
    assert accord[0].text.startswith("In 2019, the two towns reached a settlement"), tl
    signed = [e for e in tl if e.date == "2023-10-01"]
    assert len(signed) == 1 and set(signed[0].sources) == {"t0", "t1"}, tl


def test_an_act_told_again_inside_a_longer_clause_is_one_entry() -> None:
    """Multinews 230: "she didn't mention the subject Thursday" beside "Davis ... declared her
    long-anticipated candidacy for governor Thursday, but she didn't mention abortion rights,
    the subject that brought her to national attention": the short clause tells again, all its
    words, an act of the long one."""
    tl = _timeline(
        "Labour's Hanna Roe promised a fairer port authority as she announced her bid for mayor "
        "Wednesday, but she didn't mention the ferry contract, the subject that made her name.",
        "She didn't mention the subject Wednesday.",
    )
    day = [e for e in tl if e.date == "2024-05-08"]
    assert len(day) == 1 and set(day[0].sources) == {"t0", "t1"}, tl


def test_a_dated_thing_that_names_someone_else_is_another_happening() -> None:
    """ "The Senate's vote Friday" is not the House's vote of that day, however alike the words;
    it is the one a telling that names the Senate tells."""
    day = ResolvedDate(date(2024, 5, 3), "day")
    senate = Telling(
        day,
        Wording(frozenset({"senate", "vote", "close"}), frozenset({"senate"})),
        ("the Senate's vote was close",),
        things=(DatedThing("vote", frozenset({"senate"})),),
    )
    house = Telling(
        day,
        Wording(frozenset({"house", "pass", "bill", "vote"}), frozenset({"house"})),
        ("the House passed the bill by a vote of 220 to 210",),
    )
    told = Telling(
        day,
        Wording(frozenset({"senate", "approve", "bill", "vote"}), frozenset({"senate"})),
        ("the Senate approved the bill in a vote",),
    )
    assert retellings([senate, house], _Apart()) == [[0], [1]]
    assert retellings([senate, told], _Apart()) == [[0, 1]]


def test_a_shooting_and_the_shootout_that_took_place_are_one_entry() -> None:
    """Multinews 095 listed "A psychiatric patient opened fire inside a wellness center ...,
    Thursday" and "The shootout took place around 2:20 p.m. Thursday inside a doctor's office"
    as two entries: the verb "took place" says only that its subject happened then."""
    tl = _timeline(
        "A former guard opened fire inside the bus depot in Harwick on Wednesday, police said.",
        "The gunfight took place around 4:10 p.m. Wednesday in a repair bay at the depot.",
    )
    day = [e for e in tl if e.date == "2024-05-08"]
    assert len(day) == 1 and set(day[0].sources) == {"t0", "t1"}, tl


def test_two_ranges_of_one_outbreak_counted_alike_are_one_entry() -> None:
    """Multinews 241 listed "the respiratory disease outbreak that sickened 87 people between
    May 2014 and November 2015, killing nine" and "a Legionnaires' outbreak that sickened at
    least 87 people in the Flint region, killing nine of them, from June 2014 through October
    2015" as two entries: two outlets bound one stretch a month apart. Ranges that count
    different figures, or that overlap little, stay apart."""
    tl = _timeline(
        "Tests showed the fever outbreak that sickened 64 people between March 2017 and April "
        "2018 came from the cooling tower. "
        "A second wave that sickened 12 people from June 2019 through August 2019 followed.",
        "Ms. Roe recovered, but her case was the first of a fever outbreak that sickened at "
        "least 64 people in Harwick from April 2017 through March 2018, officials said. "
        "Pumps failed 30 times from May 2019 through December 2019.",
    )
    outbreak = [e for e in tl if e.end is not None and e.date.startswith("2017")]
    assert len(outbreak) == 1 and set(outbreak[0].sources) == {"t0", "t1"}, tl
    later = [e for e in tl if e.end is not None and e.date.startswith("2019")]
    assert len(later) == 2, tl


def test_a_made_up_claim_and_the_incident_it_told_are_one_entry() -> None:
    """Multinews 246 listed "Johnson made up a claim in September that a gunman fired at his
    cruiser" and "a Sept. 2, 2015, incident in which he said he was attacked by a gunman who
    shot up his cruiser" as two entries (a month and a day within it, few words in common):
    the shooting told inside the claim and the incident is one; a claim of another shooting
    (shared with no one) stays apart."""
    shot = DatedAct("shoot", frozenset({"sniper", "cruis"}))
    claim = Telling(
        ResolvedDate(date(2023, 9, 1), "month"),
        Wording(frozenset({"harlow", "make", "claim", "sniper", "fire", "cruiser", "crash"})),
        ("Harlow made up a claim that a sniper fired at his cruiser",),
        acts=(DatedAct("make", frozenset({"harlow", "claim"}), frozenset({"harlow"})),),
        told=(shot,),
    )
    incident = Telling(
        ResolvedDate(date(2023, 9, 2), "day"),
        Wording(frozenset({"incident", "attack", "sniper", "shoot", "cruiser", "flee"})),
        ("a incident in which he was attacked by a sniper who shot up his cruiser",),
        told=(DatedAct("attack", frozenset({"sniper"}), pronoun="he"), shot),
    )
    other = replace(claim, told=(DatedAct("shoot", frozenset({"thief", "clerk"})),))
    assert retellings([claim, incident], _Apart()) == [[0, 1]]
    assert retellings([other, incident], _Apart()) == [[0], [1]]
