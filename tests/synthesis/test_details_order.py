"""What a reader skimming "Reported by one outlet only" meets first: the details of this event's
story before an essay's aside rich in names of its own, and no line that only promises what
was told."""

from __future__ import annotations

from newsweave.models import Article
from newsweave.synthesis.statements import _promises
from newsweave.synthesis.weave import weave

# Own prose: two reports of one council vote to close the town's swimming baths, each with a
# detail of its own, and an essay on public baths that mentions the vote.
_REPORT_A = (
    "Marlow's council voted seven to four on Tuesday to close the Kent Road swimming baths in "
    "October.\n\n"
    "The baths opened in 1931 and still draw about 400 swimmers a week, the council said.\n\n"
    "Council treasurer Ruth Okafor told the meeting that keeping the swimming baths open "
    "would cost the council £1.2 million for a new boiler and roof."
)
_REPORT_B = (
    "The Kent Road swimming baths in Marlow will close in October after the town council voted "
    "seven to four to shut them on Tuesday.\n\n"
    "The baths opened in 1931 and about 400 people still swim there each week, according to the "
    "council.\n\n"
    "Swimmers who use the baths will have to travel to the pool at Denby, twelve miles away, "
    "once the doors shut."
)
_ESSAY = (
    "Marlow's council voted on Tuesday to close the Kent Road swimming baths in October, and "
    "with them goes a piece of the town.\n\n"
    "The railway reached Marlow in 1873, when the Great Western Railway's engineers Isambard "
    "Brunel and Daniel Gooch carried its viaduct over the Thames at Bourne End.\n\n"
    "Every town that shuts its pool saves a little money and loses somewhere its children "
    "learned to be brave."
)


def test_a_detail_of_the_story_comes_before_an_essays_aside_full_of_names() -> None:
    """Own prose: the treasurer's figure and the trip to Denby are what the two reports add to
    the vote; the essay's line on the railway's engineers and their viaduct over the Thames has
    more names and rarer words, but is about the town's past, not the baths. Both are listed (each only
    one outlet says), the reports' details first."""
    arts = [
        Article(id="report0", text=_REPORT_A),
        Article(id="report1", text=_REPORT_B),
        Article(id="essay", text=_ESSAY),
    ]
    (ev,) = weave(arts).events
    texts = [u.text for u in ev.unique]
    aside = next(i for i, t in enumerate(texts) if "Isambard" in t)
    okafor = next(i for i, t in enumerate(texts) if "Ruth Okafor" in t)
    assert okafor < aside, texts


def test_a_line_that_promises_what_was_told_is_no_detail() -> None:
    """Own prose: "Ada Finch also revealed the last conversation she had with the baths' first
    manager" says that something was told, not what; the outlet's line that tells what she
    revealed stays a detail."""
    teaser = (
        "In a touching twist to the story, the oldest swimmer at the baths, Ada Finch, also "
        "revealed the last conversation she had with the baths' first manager."
    )
    told = (
        "Ada Finch, 94, revealed that she learned to swim at the Kent Road baths in 1936 and "
        "has swum there every week since."
    )
    arts = [
        Article(id="baths0", text=f"{_REPORT_A}\n\n{teaser}\n\n{told}"),
        Article(id="baths1", text=_REPORT_B),
    ]
    (ev,) = weave(arts).events
    texts = [u.text for u in ev.unique]
    assert any("she learned to swim" in t for t in texts), texts
    assert not any("the last conversation" in t for t in texts), texts


def test_a_promise_told_or_denied_tells_something() -> None:
    """Own prose: the telling after a colon or a "saying", and a denial that it was told,
    are statements; a telling verb with another object is not a promise."""
    assert _promises("The mayor added several details of the plan at the meeting.")
    assert _promises("Ms. Hale discusses her experience on the channel's morning show.")
    assert not _promises("The mayor has not explained the reasoning behind the closure.")
    assert not _promises(
        "The coach shared his feelings about the loss with the players, saying he was proud."
    )
    assert not _promises("The officer recalled the conversation: “We were told to wait.”")
    assert not _promises("The mayor revealed that the pool would reopen in May.")
    assert not _promises("The letter explained in graphic detail the cost of the closure.")
