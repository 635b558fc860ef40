"""Citation support, clause by clause: a passage whose own claim is only what a relative or
adverbial clause of a statement says (who someone is, what they did before, while what) does
not back the statement's main claim; what a reporting verb reports, a verb's complement and a
clause telling when it happened stay the statement's own claim."""

from __future__ import annotations

from conftest import cited


def _clauses(settings, text: str) -> dict[str, str]:
    """The clause of each predicate of a one-sentence statement, by family."""
    from newsweave.nlp import get_spacy
    from newsweave.synthesis.frames import frames_of

    return {p.family: p.clause for p in frames_of(list(get_spacy(settings)(text)))}


def test_predicates_record_the_clause_they_sit_in(settings) -> None:
    relative = _clauses(settings, "Ada Brook, who founded the museum in 1987, has hired a curator.")
    assert relative["found"] == "relative" and relative["hire"] == "main"
    # a reporting verb's complement is the claim itself; a verb's complement is its own clause
    # a noun's content clause is what it says, not a description of it
    content = _clauses(settings, "The letter fueled claims that the mayor had resigned.")
    assert content["resign"] == "complement"
    reported = _clauses(settings, "The mayor said the council rejected the budget.")
    assert reported["reject"] == "main"
    declined = _clauses(settings, "The gallery declined to comment on the sale.")
    assert declined["reject"] == "main" and declined["respond"] == "complement"
    timed = _clauses(settings, "The concert was halted when a fan climbed onto the stage.")
    assert timed["halt"] == "main" and timed["climb"] == "time"
    reason = _clauses(settings, "While touring the harbour, the minister announced new ferries.")
    assert reason["tour"] == "adverbial" and reason["announce"] == "main"


def test_a_passage_telling_only_a_relative_clause_does_not_back_the_claim(settings) -> None:
    claim = "Ada Brook, who founded the museum in 1987, has hired a new curator."
    assert not cited(settings, claim, "Ada Brook founded the museum in 1987.")
    # the main claim, in the passage's own words, still backs it
    assert cited(settings, claim, "Ada Brook has hired a new curator for the museum.")


def test_a_passage_telling_only_a_reason_clause_does_not_back_the_claim(settings) -> None:
    claim = "While touring the harbour, the minister announced three new ferries for the island."
    assert not cited(settings, claim, "The minister toured the harbour with local fishermen.")
    assert cited(settings, claim, "The minister announced three new ferries for the island.")


def test_a_passage_describing_someone_by_the_same_clause_is_not_vetoed(settings) -> None:
    """A passage that also only describes Brook by the founding tells of the curator in
    words of its own ("named"): the clause is not its claim."""
    claim = "Ada Brook, who founded the museum in 1987, has hired a new curator."
    assert cited(settings, claim, "Ada Brook, who founded the museum in 1987, named a new curator.")


def test_a_reported_claim_and_a_clause_of_time_stay_the_claim(settings) -> None:
    assert cited(
        settings,
        "The mayor said the council rejected the harbour budget on Tuesday.",
        "The council rejected the harbour budget on Tuesday.",
    )
    assert cited(
        settings,
        "The concert was halted when a fan climbed onto the stage.",
        "A fan climbed onto the stage and the concert was halted.",
    )


def test_a_trailing_participle_phrase_is_a_clause_a_passage_must_give() -> None:
    """ "Stalked a pupil, hiding a tracker in her bag": a passage that tells the stalking in
    other deeds (letters, gifts) does not back the tracker, after a comma or a dash; one that
    gives the tracker does. A word in "-ing" that starts no phrase ("according to") does not
    part clauses."""
    from newsweave.synthesis.support import supports

    letters = (
        "A former Lakeview swim coach is accused of stalking one of her 9-year-old swimmers, "
        "sending the boy 200 cards and presents."
    )
    for mark in (", ", "—"):
        said = (
            "Police say a Lakeview swim coach who left in May stalked one of her 9-year-old "
            f"swimmers{mark}hiding a GPS tracker in the boy's kit bag."
        )
        assert not supports(said, letters)
        assert supports(
            said, "The coach stalked a 9-year-old swimmer and hid a GPS tracker in his kit bag."
        )
    assert supports(
        "The coach stalked one of her 9-year-old swimmers, according to the arrest warrant.",
        letters,
    )


def test_a_second_act_after_and_is_a_clause_a_passage_must_give() -> None:
    """ "Said it would represent the families, and has filed a petition": the petition is a
    second act of the same subject, after "and" with an auxiliary or, after ", and", a verb
    in the past before what it acts on; so is a second sentence after an ellipsis. A list's
    last noun or passive after ", and" is no act ("and armed robbery", "and used by")."""
    from newsweave.synthesis.support import supports

    said = (
        "A Chicago law firm said it will represent the families of the passengers, and has "
        "filed a petition in a county court."
    )
    only_first = "A Chicago law firm said it will represent families of the passengers."
    assert not supports(said, only_first)
    assert supports(said, only_first + " It filed a petition in the county court on Monday.")
    assert not supports(
        "The firm will represent the families of the passengers, and filed a petition in court.",
        only_first,
    )
    assert not supports(
        "Mara Lind co-founded the ferry app and was its general manager until the sale.",
        "Lind was one of the founders of the ferry app.",
    )
    assert not supports(
        "The owners changed the timetable… Lind left the door open to a rival ferry service.",
        "The owners eventually changed the timetable to suit the winter season.",
    )
    # a quotation's opening ellipsis after its speaker's name parts nothing
    assert supports("Mara Lind: … I take the ferry to work every day.", "I take the ferry to work.")
    assert supports(
        "He was charged with burglary, assault, and armed robbery.",
        "He faces charges of burglary and assault.",
    )
    assert supports(
        "The kiosk is designed to be picked up, moved around, and used by whole families.",
        "The kiosk was designed to be picked up and moved around the harbour.",
    )
