"""The brief opens on the news its event's title tells, and tells each story its articles
tell apart (own prose throughout)."""

from __future__ import annotations

from newsweave.models import Article
from newsweave.synthesis.weave import weave

MILL_TITLE = "Lakeside mill sold to a brewery for 4 million crowns"
# Three outlets open on the same scene, then tell the sale their titles tell.
MILL = [
    "Summer visitors crowd the wooden footbridge over the Vesle every weekend, photographing "
    "the swans below the old weir.\n\n"
    "The Lakeside mill was sold on Monday to the Torvik brewery for 4 million crowns, the town "
    "council said.\n\n"
    "The brewery plans to open a taproom in the mill by next spring.",
    "Summer visitors fill the wooden footbridge over the Vesle on weekends to photograph the "
    "swans under the old weir.\n\n"
    "The Torvik brewery bought the Lakeside mill for 4 million crowns on Monday, according to "
    "the town council.\n\n"
    "Its owners said the sale ended a search for a buyer that began in 2019.",
    "On weekends, crowds of summer visitors line the wooden footbridge over the Vesle to take "
    "pictures of the swans beneath the weir.\n\n"
    "The town council said on Monday that the mill at Lakeside had been sold to the Torvik "
    "brewery for 4 million crowns.\n\n"
    "A council spokeswoman said the money would repair the footbridge.",
]

# Two stories that share no one and nothing, grouped as one event (an editor's roundup).
FESTIVAL = (
    "The Norby folk festival drew 12,000 visitors on Saturday, its organisers said.\n\n"
    "Fiddlers from eleven villages played on three stages along the market square.\n\n"
    "Organiser Greta Holm said ticket sales had doubled since the festival moved to June."
)
FARES = (
    "The harbour board in Vestby raised ferry fares by a tenth on Thursday, the first rise in "
    "six years.\n\n"
    "A return ticket to the outer islands will cost 180 crowns from August.\n\n"
    "Board chairman Anders Lunde said the money would pay for a second night crossing.\n\n"
    "Island residents said the rise would hit commuters hardest."
)


def test_a_scene_every_outlet_opens_on_gives_way_to_the_titled_news() -> None:
    """Every outlet opens on the same scene at the river, which the title does not tell: the
    brief opens on the sale the titles tell, and keeps the scene after it."""
    arts = [Article(id=f"a{i}", text=t, title=MILL_TITLE) for i, t in enumerate(MILL)]
    brief = [b.text for b in weave(arts).events[0].brief]
    assert "4 million crowns" in brief[0], brief
    assert not any("4 million crowns" in t for t in brief[1:]), brief


def test_two_stories_open_on_the_titled_one_and_tell_the_others_lead() -> None:
    """The festival and the ferry fares share no name; as many articles tell each, the brief
    opens on the festival the title tells, tells its own story, and ends on the fares' lead,
    not the rest of that story."""
    arts = [
        Article(id="a0", text=FESTIVAL, title="Norby folk festival draws 12,000 visitors"),
        Article(id="a1", text=FARES),
    ]
    brief = weave(arts).events[0].brief
    texts = [b.text for b in brief]
    assert "Norby folk festival" in texts[0], texts
    assert texts[-1].startswith("The harbour board in Vestby raised ferry fares"), texts
    assert [b.citations[0].article for b in brief[:-1]] == ["a0"] * (len(brief) - 1), texts
    assert not any("180 crowns" in t or "Lunde" in t for t in texts), texts
