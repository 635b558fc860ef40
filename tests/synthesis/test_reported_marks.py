"""What a listed report reads as: a content with its speaker's clause left out, and with the
quotation marks and parentheses it opens closed (Multi-News session 29: "Pink (said): her
daughter recently told her that "I'm the ugliest girl I know", "NJ.com (reported): … 27
degrees (…), as NJ.com reported"). Own prose of the same shapes."""

from __future__ import annotations

import pytest

from conftest import reported_of


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "as X notes" after a conjunction: the conjunction is no side of the clause
        (
            "But as historian Ann Reyes notes, the council had discussed the ferry contract "
            "without naming the mayor.",
            "the council had discussed the ferry contract without naming the mayor",
        ),
        # a cue's clause in parentheses reports what comes before it, not the writer's rest
        (
            "The harbour board was paid by the shipping firm (as the auditor Lena Holm "
            "insisted), or by a bank in Oslo that later failed.",
            "The harbour board was paid by the shipping firm",
        ),
    ],
)
def test_an_interjected_cue_reports_the_clause_without_its_own(text, content):
    ((_, _, found),) = reported_of(text)
    assert found == content


def test_a_quotation_before_an_as_clause_is_no_report_holding_its_cue():
    """'“Before six beats…,” as he later wrote…, Leeuwenhoek was examining…' was listed with
    its cue inside: the quotation is the direct quote the clause attributes."""
    text = (
        "“Before the tide had turned,” as he later wrote to the harbour board, Olsen was "
        "rowing his boat toward the pier."
    )
    assert reported_of(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser ends the sentence at the ellipsis, inside the quotation
        (
            'Mayor Lindqvist said her son recently told her that "the ferry is the ugliest '
            'boat I know ... it looks like a barn with a sail."',
            'her son recently told her that "the ferry is the ugliest boat I know ... it looks '
            'like a barn with a sail."',
        ),
        # the opening mark trimmed off the content's start
        (
            'Olsen promises "lots of surprises" on the three new ferry routes, which open in June.',
            '"lots of surprises" on the three new ferry routes, which open in June',
        ),
        # the closing parenthesis trimmed off its end
        (
            "Olsen said the divers found the wreck at a depth of 1,000 meters (3,281 feet).",
            "the divers found the wreck at a depth of 1,000 meters (3,281 feet)",
        ),
    ],
)
def test_a_content_closes_the_marks_it_opens(text, content):
    ((_, _, found),) = reported_of(text)
    assert found == content


def test_an_aside_after_a_quotation_goes_without_its_closing_mark():
    """'“seared into me,” Bannon said, the fact…' was listed with the aside in it."""
    text = (
        'She was so tired a week later that "she wasn\'t making any sense," Olsen said, so he '
        "drove her to the clinic in Bergen."
    )
    ((speaker, _, content),) = reported_of(text)
    assert speaker == "Olsen"
    assert content == (
        'She was so tired a week later that "she wasn\'t making any sense", so he drove her to '
        "the clinic in Bergen"
    )
