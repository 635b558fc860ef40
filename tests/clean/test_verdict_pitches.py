"""Pitches are no articles: a course or a stream sold to the reader, a fundraising page, a video
maker's own description; a story that reports on one still is. Own prose throughout."""

from __future__ import annotations

import pytest

from conftest import HARBOUR_STORY as STORY
from newsweave.clean.verdict import judge


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Free Online Training!\n\n"
            "Chances are your knots are fine, but if they slip at sea this sailing course "
            "will be a very useful guide.\n\n"
            "Knots for Harbour Life gives you a toolkit of hitches and bends. Among many "
            "techniques, you will learn how a small change of grip holds a heavier load.\n\n"
            "How to Register\n\n"
            "The course is now available on Coursera for free. To sign up simply:\n\n"
            "Go to the website and create an account, then click on the “Enroll” button.\n\n"
            "You can earn a Course Certificate for a nominal fee.",
            "advertisement",
        ),
        (
            "There is still time to catch the harbour festival's concerts.\n\n"
            "The port's channel is giving fans an exclusive offer to purchase all three nights "
            "for $19.95, available for a limited time only.\n\n"
            "Visit your local cable provider's on-demand page for more information on how to "
            "watch the concerts.",
            "advertisement",
        ),
        (
            "Let's help the Berg family through this hard time after the storm took their "
            "boat and their living with it. They have fished from the northern quay for "
            "thirty years. Please let's rally around them to cover the repairs, and thank "
            "you for your support.",
            "fundraising appeal",
        ),
        (
            "“How To Tie A Bowline In Five Seconds!” GET THIS VIDEO TO 10,000 likes! FOLLOW "
            "ME!\n\n"
            "The harbour authority was not involved in the making of this video, and every "
            "rope is different, so practise on the dock first and use this at your own risk.",
            "site or channel promotion",
        ),
    ],
)
def test_pitches_are_named_with_a_reason(text: str, kind: str) -> None:
    verdict = judge(text)
    assert verdict is not None and verdict.kind == kind, verdict
    assert verdict.reason.startswith(kind)


def test_a_story_about_a_course_or_a_fundraiser_is_still_an_article() -> None:
    """A report quotes a pitch and names a fundraiser; its own prose is news."""
    course = STORY + (
        "\n\nThe authority also said its new safety course will be free for dock workers, "
        "and that those who enroll can earn a Course Certificate."
    )
    assert judge(course) is None
    fundraiser = STORY + (
        '\n\n"Please donate what you can," the crane driver\'s sister wrote on a page that '
        "had raised $4,000 by Wednesday. Thank you for your support, she added."
    )
    assert judge(fundraiser) is None
