"""Which articles are one origin: a statement both print whole is no copy."""

from __future__ import annotations

from newsweave.models import Article
from newsweave.synthesis.stages.origins import _credit_reasons, _shared_passages

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


def test_a_charge_repeated_down_a_list_is_one_shared_passage() -> None:
    """A station lists each person charged with the charge's legal name; the paper names it
    once. The one phrase both take from the charging papers is no copy, however often the list
    repeats it, and the reason shown counts it once."""
    charge = "charged with two counts of selling fireworks to a person under the age of eighteen"
    station = _article(
        "station",
        "Three shop workers were arrested on Monday after a boy was burned at a bonfire.\n\n"
        f"Ann Lowe, 34, of Harbury. {charge.capitalize()}.\n\n"
        f"Tom Pike, 29, of Ladbroke. {charge.capitalize()}.\n\n"
        f"Sam Gale, 41, of Harbury. {charge.capitalize()}.\n\n"
        "The boy was treated at the county hospital and sent home the same evening, the fire "
        "service said, and the shop has been closed while trading standards officers visit.",
    )
    paper = _article(
        "paper",
        "Police in Warwickshire have arrested the owner and two staff of a corner shop after a "
        "twelve-year-old suffered burns to his hands at a bonfire party on the village green. "
        f"Each was {charge}, according to the arrest report. Neighbours said the shop had sold "
        "rockets to children for years, and the parish council will discuss a ban on private "
        "displays at its meeting next month.",
    )
    assert _shared_passages([station, paper]) == []


def test_a_wire_credited_twice_the_same_way_is_one_line_of_the_reason() -> None:
    """An article that asks the wire's questions twice in the wire's own voice shows one
    reason naming both lines, not two reasons a reader takes for a repeat."""
    text = (
        "The port authority closed the north dock on Friday after a crane collapsed.\n\n"
        "The authority did not respond to Reuters' request for comment on Saturday.\n\n"
        "A report on the crane, a copy of which Reuters has seen, found cracks in its base.\n\n"
        "The authority did not respond to Reuters' request for comment on Saturday."
    )
    reasons, wires = _credit_reasons([_article("dock", text)])
    assert wires == {0: {"Reuters"}}
    assert reasons[0] == [
        "dock credits Reuters (wire's own voice: “Reuters' request for comment”, "
        "“a copy of which Reuters has seen”)"
    ]
