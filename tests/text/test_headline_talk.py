"""Page talk (:data:`newsweave.text.headline_talk.PAGE_TALK`): an outlet speaking of its own
page is never an event's title. Own prose, of the shape of an awards round-up's pages."""

from __future__ import annotations

import re

from newsweave.text.headline import event_headline
from newsweave.text.headline_talk import PAGE_TALK

_TALK = re.compile("|".join(f"(?:{p})" for p in PAGE_TALK), re.I)


def test_a_site_compiling_a_list_is_no_title() -> None:
    text = (
        "Like every year, the Harbour Film Awards had its share of upsets and sure things.\n"
        "From the host's opening song to the upset in the best actress race, Quayside Daily "
        "has compiled a list of the best and worst moments from Saturday's ceremony.\n"
        "What will everyone be talking about on Monday?"
    )
    title = event_headline([None], [text])
    assert "Quayside Daily" not in title
    assert title.startswith("The Harbour Film Awards had its share of upsets")


def test_a_staff_member_being_there_is_no_title() -> None:
    text = (
        '"I did not expect this at all."\n'
        "Quayside Daily Film Editor Dana Merrow was in the press room after the ceremony, "
        "and here are eight of the best things she heard the winners say.\n"
        "Marta Ilves won best actress at the Harbour Film Awards on Saturday for her role "
        "in a ferry drama."
    )
    title = event_headline([None], [text])
    assert "Dana Merrow" not in title
    assert title.startswith("Marta Ilves won best actress")


def test_page_talk_is_the_page_not_the_people_it_reports() -> None:
    assert _TALK.search("harbournews.com can say on authority that two clerks would be fired")
    assert _TALK.search("Harbour TV brings you the best of the night")
    assert not _TALK.search("Two reporters were there when the ferry ran aground")
    assert not _TALK.search("The festival compiled its ballots by hand on Saturday")
