"""A statement speaks for its issuer: "a statement from X" is X's, and "the statement" takes up
the statement the article told of last, when the article makes plain whose it is."""

from __future__ import annotations

from quoted_text import mentions, quote_with


def test_a_statement_from_someone_is_theirs():
    text = (
        "The mill objects to the survey.\n\n"
        "According to a statement from Harlow Mills, “The survey was paid for by our rivals and "
        "used faulty meters.”"
    )
    assert quote_with(mentions(text), "The survey was paid").speaker == "Harlow Mills"


def test_the_statement_is_the_issuer_of_the_statement_told_of_before():
    text = (
        "Harlow Mills said in a statement that the survey was flawed.\n\n"
        "Residents have complained about the dust for years.\n\n"
        "The statement goes on to say, “Our engineers tested every filter for two years before "
        "the plant opened.”"
    )
    assert quote_with(mentions(text), "Our engineers tested").speaker == "Harlow Mills"


def test_a_statement_issued_by_someone_is_theirs_when_taken_up():
    text = (
        "Harlow Mills issued a statement on Monday.\n\n"
        "“We will cooperate with the inspectors,” the statement said."
    )
    assert quote_with(mentions(text), "We will cooperate").speaker == "Harlow Mills"


def test_a_statement_told_of_without_its_issuer_leaves_the_statement_speaking():
    text = (
        "Harlow Mills said in a statement that the survey was flawed.\n\n"
        "A statement was read out at the town meeting on Tuesday.\n\n"
        "“We will not let the mill poison our children,” the statement said."
    )
    # the last statement told of before names no issuer: not the mill's words
    assert quote_with(mentions(text), "We will not let").speaker == "the statement"
