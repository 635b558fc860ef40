"""A made headline keeps only the counts its outlets' leads agree on. Own prose throughout."""

from __future__ import annotations

from newsweave.text.headline import event_headline
from newsweave.text.headline_agreed import agreed_headline

FIRST = (
    "Six people including four students were hurt in Dunmore on Friday when a bus slid off an "
    "icy road into a ditch near the school."
)
SECOND = (
    "Six people, including three students, were hurt this morning after a school bus slid "
    "off an icy road in Dunmore."
)


def test_a_count_the_outlets_contest_leaves_the_event_headline() -> None:
    title = event_headline([None, None], [FIRST, SECOND])
    assert "students" not in title
    assert title.startswith("Six people were hurt")


def test_a_count_the_outlets_agree_on_stays() -> None:
    agreeing = SECOND.replace("three students", "four students")
    title = event_headline([None, None], [FIRST, agreeing])
    assert "including four students" in title


def test_only_the_contested_aside_goes_with_its_commas() -> None:
    made = "Six people, including three students, were hurt this morning"
    assert agreed_headline(made, [FIRST, SECOND]) == "Six people were hurt this morning"


def test_a_count_in_a_list_or_the_clause_itself_is_kept() -> None:
    leads = ["Four students and two teachers were hurt when a bus slid off an icy road."]
    listed = "Six people including three students and two teachers were hurt"
    assert agreed_headline(listed, leads) == listed
    own = "Three students were hurt when a bus slid off an icy road"
    assert agreed_headline(own, leads) == own
