"""Which articles are one origin: a statement both print whole is no copy."""

from __future__ import annotations

from newsweave.models import Article
from newsweave.synthesis.stages.origins import _shared_passages

_STATEMENT = (
    "We regret the delay to the morning ferry and apologize to every passenger who waited on "
    "the quay in the rain. The crew had been given the wrong timetable and when the mistake "
    "was found it was corrected at once. We are looking into how this could have happened."
)


def _article(id: str, text: str) -> Article:
    return Article(id=id, text=text)


def test_a_statement_printed_whole_by_two_outlets_is_no_copy() -> None:
    """One outlet sets the ferry company's statement off as a block, the other quotes it with
    marks a quoted name inside breaks ('“We regret ... to “Dawn Star,” ...'): each prints the
    company's words, not the other's copy. An article that is the statement itself, printed by
    another as a statement, is that article's source: one origin."""
    block = _article(
        "block",
        "The morning ferry left three hours late on Tuesday, stranding commuters.\n\n"
        "The ferry company issued a statement taking the blame for the delay:\n\n"
        f"{_STATEMENT}\n\nPassengers said the quay had no shelter.",
    )
    broken = _article(
        "broken",
        "Commuters waited on the quay for hours.\n\nLate on Tuesday the company released a "
        "statement apologizing for the mix-up: “We regret the delay to the “Dawn Star,” the "
        + _STATEMENT.removeprefix("We regret the delay to the ")
        + "”\n\nThe harbour master declined to comment.",
    )
    source = _article("source", _STATEMENT)
    pairs = {(i, j) for i, j, _ in _shared_passages([block, broken, source])}
    assert (0, 1) not in pairs
    assert (0, 2) in pairs
