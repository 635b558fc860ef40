"""The brief keeps to its story: a page that carried a second story gives it no sentence."""

from __future__ import annotations

from newsweave.models import Article
from newsweave.synthesis.weave import weave

# Own prose: two outlets report a harbour town's budget vote.
BUDGET = [
    "The Riverton council approved a budget of 40 million crowns on Tuesday, raising the "
    "harbour fee for the first time in a decade.\n\n"
    "The vote was seven to two after a debate that ran past midnight.\n\n"
    "Mayor Ilse Brandvik said the higher fee would pay for dredging the harbour mouth.",
    "Riverton's council passed a 40 million crown budget on Tuesday that raises the harbour "
    "fee for the first time in ten years.\n\n"
    "Councillors voted seven to two once a debate ended after midnight.\n\n"
    "Fishing crews said the higher fee would cost each boat about 3,000 crowns a year.",
]
# ... and a third page whose story is another one: a coming race for the regional assembly.
ANOTHER_STORY = (
    "Voters in the northern province will choose a new regional assembly in the spring, and "
    "the race for its chair is already crowded.\n\n"
    "Assembly member Tove Lindqvist of Hallby said she would run against the sitting chair, "
    "Petter Aasgaard of Stavnes, whom she has accused of neglecting the inland valleys.\n\n"
    "Aasgaard's campaign raised 2 million crowns last quarter from timber and shipping firms, "
    "nearly twice what Lindqvist collected.\n\n"
    "Riverton's council also approved its budget this week."
)


def test_a_sentence_about_another_story_on_one_page_stays_out_of_the_brief():
    """Aasgaard and Lindqvist are named by no outlet of the budget vote, on a page whose lead
    tells of the assembly race: the brief of the vote tells of neither, nor of the race, and
    keeps the vote's own context."""
    arts = [Article(id=f"a{i}", text=t) for i, t in enumerate([*BUDGET, ANOTHER_STORY])]
    brief = [b.text for b in weave(arts).events[0].brief]
    assert "Riverton" in brief[0], brief
    assert not any("Aasgaard" in t or "Lindqvist" in t for t in brief), brief
    assert not any("assembly" in t for t in brief), brief
    assert any("dredging" in t or "3,000 crowns" in t for t in brief), brief


# Own prose: two outlets report a schoolgirl's engineering prize ...
PRIZE = [
    "Sixteen-year-old Mira Okafor of Dunmore won the 20,000-crown Young Engineers Prize on "
    "Friday for a pillow alarm that wakes the parents of children with epilepsy during a night "
    "seizure.\n\n"
    "The judges said the alarm was cheap enough for any family to buy.\n\n"
    "Okafor built the first one for her younger brother, who has had seizures since he was "
    "three.",
    "Mira Okafor, 16, took the Young Engineers Prize and its 20,000 crowns on Friday with an "
    "alarm, sewn into a pillow, that rouses parents when a child with epilepsy has a seizure "
    "at night.\n\n"
    "Okafor said she would spend the money on making fifty more for a children's ward in "
    "Dunmore.\n\n"
    "The prize jury called the design simple and clever.",
]
# ... and her own account of building it, in the first person, naming no one and only the
# parts she built it of: a side of the prize story, not a second story.
ESSAY = (
    "Wireless motion detectors sold for nurseries cannot tell a seizure from a restless sleep."
    "\n\n"
    "Cheap vibration sensors read by an Arduino Nano board respond within a tenth of a second."
    "\n\n"
    "I began by taping motion sensors to the legs of a cot.\n\n"
    "After months of soldering, my alarm could warn a phone within two seconds."
)


def test_a_page_that_names_no_one_tells_no_story_of_its_own():
    """The account shares no name with the reports, and its lead is far from theirs, but it
    names no one: the brief of the prize does not end on a line of it as another story's
    lead."""
    arts = [Article(id=f"a{i}", text=t) for i, t in enumerate([*PRIZE, ESSAY])]
    brief = weave(arts).events[0].brief
    assert "Okafor" in brief[0].text, [b.text for b in brief]
    assert all(b.citations[0].article != "a2" for b in brief), [b.text for b in brief]
