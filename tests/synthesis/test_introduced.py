"""A brief sentence that calls a thing "the X" needs the brief to have told of it (own prose)."""

from __future__ import annotations

from conftest import CRANE_LEADS, brief_of

# What "the plan" holds, in every outlet's story after a sentence that told of the plan.
_THE_PLAN = (
    "The plan called for two new cranes to be bought from a Dutch maker by the end of the "
    "year, at a cost of 14 million euros."
)


def test_the_x_a_story_told_before_needs_the_brief_to_tell_of_it():
    """Own prose: "The plan called for two new cranes ..." follows, in each article, a
    sentence that told of the plan but cannot stand in a brief (its "He" names no one): the
    brief, which opens on the crane's fall and carries no sentence about a plan, cannot say
    which plan. After a brief sentence that tells of the plan it says which; and "the storm"
    follows a lead that told of a snowstorm (the end of the longer noun), though the sentence
    its article told of a storm in is not in the brief."""
    told = "He had drawn up a plan for the quay in May, long before the crane fell."
    brief = brief_of(CRANE_LEADS, after=f"{told}\n\n{_THE_PLAN}")
    assert brief and "crane" in brief[0], brief
    assert not any(t.startswith("The plan") for t in brief), brief
    board = (
        "The harbour board at Port Ellis had drawn up a plan for the quay in May to replace "
        "its oldest cranes."
    )
    brief = brief_of(CRANE_LEADS, after=f"{board}\n\n{_THE_PLAN}")
    plan = next(i for i, t in enumerate(brief) if "drawn up a plan" in t)
    assert any(t.startswith("The plan") for t in brief[plan + 1 :]), brief
    leads = [lead.replace("on Tuesday night", "in a snowstorm on Tuesday") for lead in CRANE_LEADS]
    warned = "He had warned on Monday that a storm would reach the coast."
    storm = "Before it hit the quay, the storm had closed the coast road for six hours."
    brief = brief_of(leads, after=f"{warned}\n\n{storm}")
    assert "snowstorm" in brief[0] and any("the storm had closed" in t for t in brief), brief
