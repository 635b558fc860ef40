"""A caption, a credit line or an interviewer's question two outlets print alike is no fact,
and a page's photo caption is not what its outlet leads with."""

from __future__ import annotations

from newsweave.models import Article

# Own prose: one ferry company's crossing cancelled, told by two outlets that each open on
# the agency photo's caption (no verb of its own) and close on the same credit line.
_CAPTION = "The car deck of a Fjordline ferry at the Port Ellis quay."
_CREDIT = "Reporting by Ada Brandt and Tomas Lind in Port Ellis."
_FERRY = [
    f"{_CAPTION}\n\nFjordline cancelled every crossing from Port Ellis on Tuesday after a "
    "storm damaged the ramp, the company said.\n\nAbout 300 passengers were stranded on the "
    f"quay overnight.\n\n{_CREDIT}",
    f"{_CAPTION}\n\nStorm damage to a loading ramp forced Fjordline to cancel all crossings "
    "from Port Ellis on Tuesday.\n\nThe company said the ramp would be repaired by Friday."
    f"\n\n{_CREDIT}",
]


def test_a_caption_two_outlets_print_is_no_fact_nor_their_lead() -> None:
    """Both outlets print the agency's caption and credit line word for word (before the rule,
    the caption was a fact and each outlet "led with" it): neither tells what happened. The
    crossing cancelled is the fact and each outlet's lead."""
    from newsweave.synthesis.weave import weave

    arts = [Article(id=f"a{i}", text=t) for i, t in enumerate(_FERRY)]
    (event,) = weave(arts).events
    facts = [f.text for f in event.facts]
    assert not [f for f in facts if "car deck" in f or "Reporting by" in f], facts
    assert any("cancel" in f for f in facts), facts
    leads = [fr.lead for fr in event.framing]
    assert all("cancel" in lead for lead in leads), leads


def test_an_interviewers_question_run_unmarked_is_no_fact() -> None:
    """Own prose: two copies of one interview print the interviewer's questions without marks
    and the skipper's answers in quotation marks (before the rule, the question "You will race
    the Dutch crew again on Sunday in Bergen." was a fact of no one). Words to a "you" that no
    speaker is named for are no fact; a "you" of the bare present is anyone's (the reader's
    case of how the race is sailed), and that line stays a fact."""
    from newsweave.synthesis.weave import weave

    body = (
        "Skipper Ada Brandt spoke after her crew lost the Nordvik regatta on Saturday.\n\n"
        "You will race the Dutch crew again on Sunday in Bergen. What do you expect?\n\n"
        "“We will sail harder and we will not lose the start again,” Brandt said.\n\n"
        "You had two of your sailors injured in the first race. How are they?\n\n"
        "“Both are back on the boat and both will race on Sunday,” Brandt said.\n\n"
        "In the Nordvik regatta you sail three laps around the lighthouse and the harbour buoy."
    )
    arts = [
        Article(id="a0", text=body),
        Article(id="a1", text=body.replace("spoke after", "talked after")),
    ]
    (event,) = weave(arts).events
    facts = [f.text for f in event.facts]
    assert not [f for f in facts if f.startswith("You ")], facts
    assert any("you sail three laps" in f for f in facts), facts
