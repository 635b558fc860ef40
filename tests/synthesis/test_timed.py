"""A timeline entry shows the happening its date belongs to: the one a time clause names, not
the sentence that tells what came after it; and not what someone claims is to come (rules:
newsweave.synthesis.shown, newsweave.synthesis.no_happening). Texts are our own prose, shaped
like the multinews timelines' failures."""

from __future__ import annotations

from datetime import datetime

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run


def _timeline(text: str, published: datetime):
    return run(Workspace([Article("t1", text, published=published)]), ["timeline"]).timeline


def test_a_date_in_a_time_clause_shows_the_happening_it_names() -> None:
    """Multinews 136, 27, 92: "Poole, who has had no other legal troubles since being released
    from prison in 2006" under 2006; "It had been set at "critical" in the days after the
    Manchester concert bombing on May 22 that killed 22 people ..." under May 22; "Before it
    was banned from Soundcloud last October, Fash the Nation was the No1 conservative podcast"
    under October. The entry shows what happened then, not what came after or before it."""
    text = (
        "Marten, who has had no quarrel with the council since being elected harbour master in "
        "2006, rang the bell. "
        "The alarm had been set at its highest in the days after the harbour ferry bombing on "
        "May 22 that killed two fishermen. "
        "Before it was sold to the council last October, the old ferry was the fastest boat on "
        "the coast."
    )
    got = {e.date: e.text for e in _timeline(text, datetime(2017, 6, 7))}
    assert got == {
        "2006-01-01": "being elected harbour master in 2006",
        "2017-05-22": "the harbour ferry bombing on May 22 that killed two fishermen",
        "2016-10-01": "it was sold to the council last October",
    }, got


def test_a_time_clause_s_happening_leaves_out_how_the_main_clause_goes_on() -> None:
    """The seeds: "… which he says humiliated Russia after the Soviet Union fell in 1991 by
    enlarging NATO and encroaching on …": the parse hangs "by enlarging" on "fell", and the
    entry read "the Soviet Union fell in 1991 by enlarging NATO", a cause no source gives.
    What the happening's verb has after its date is left out of the entry."""
    text = (
        "The mayor says the league humbled the town after the old mill closed in 1991 by "
        "moving the cup final to the city and ending the summer fair."
    )
    got = {e.date: e.text for e in _timeline(text, datetime(2017, 6, 7))}
    assert got == {"1991-01-01": "the old mill closed in 1991"}, got


def test_a_date_of_the_clause_a_time_clause_hangs_on_stays_with_it() -> None:
    """Multinews 75: "Anderson's ex-wife filed for a restraining order against him in 1996,
    after he told her ..." dates the filing: the sentence stays whole. A time clause that says
    too little alone leaves a sentence in the past as it is ("After launching in August of
    2017, HQ routinely pulled in more than one million viewers", multinews 73)."""
    filed = (
        "The harbour master filed a complaint against the council in 1996, after it cut her pay."
    )
    launched = "After launching in August 2017, the ferry line carried a million people a year."
    got = {e.date: e.text for e in _timeline(f"{filed} {launched}", datetime(2019, 3, 5))}
    assert got == {"1996-01-01": filed.rstrip("."), "2017-08-01": launched.rstrip(".")}, got


def test_a_sentence_of_now_is_no_entry_under_the_day_of_a_short_time_clause() -> None:
    """Multinews 27: "London police have said all 12 people held since the attack late Saturday
    from the Barking neighborhood, have been freed." stood under Saturday; 134: "There has been a
    drumbeat of criticism ... since its inception in 2003" under 2003. What they tell is now."""
    text = (
        "All twelve fishermen held since the raid late Saturday have been freed. "
        "There has been a storm of criticism of the ferry line since its founding in 2003."
    )
    assert _timeline(text, datetime(2017, 6, 7)) == [], _timeline(text, datetime(2017, 6, 7))


def test_a_year_someone_claims_is_to_come_dates_nothing() -> None:
    """Multinews 88 (April Fools' pranks): "George Takei ... tweeted that he was running for
    Congress ... in 2018", "Google's claim that it is launching a data center on Mars in 2018"
    and "a tweet ... saying he was ready for a comeback to participate in the Tokyo Olympics in
    2020" stood under 2018 and 2020. A plan the story reports ("said the quay will open in
    2031") stays, as does a past told in the progressive."""
    text = (
        "The mayor had the whole town fooled on Saturday morning when she tweeted that she was "
        "running for parliament in 2031. "
        "The best joke of the day was the port's claim that it is opening a quay on the moon in "
        "2031. "
        "The old harbour master posted a video saying he was ready for a comeback to sail in the "
        "great regatta in 2032. "
        "The council said the new quay will open in 2030. "
        "She said she was living on the coast in 2015. "
        # (multinews 137: "the host jokingly announced he was considering a 2020 presidential
        # run" stood under 2020)
        "At the skipper's live taping at the regatta, video of which was posted online last "
        "month, the host jokingly announced he was considering a 2033 presidential run, telling "
        'the audience, "I would be better."'
    )
    got = {e.date for e in _timeline(text, datetime(2027, 4, 3))}
    assert got == {"2027-04-03", "2030-01-01", "2015-01-01", "2027-03-01"}, got
