"""Where a made headline is cut: never between a person's noun and where the person is from,
which says whom the clause speaks of."""

from newsweave.text.headline_cut import phrase_cut


def test_a_phrase_cut_keeps_where_a_person_is_from() -> None:
    s = (
        "The city council is weighing naming the former mayor from Nordvik "
        "to lead the new port authority next spring"
    )
    assert phrase_cut(s).startswith(
        "The city council is weighing naming the former mayor from Nordvik"
    )


def test_a_phrase_cut_still_falls_before_a_place_after_a_verb() -> None:
    s = "The ferry carrying forty passengers was towed back to port from Nordvik late on Monday evening"
    cut = phrase_cut(s)
    assert not cut.endswith("Nordvik")
    assert cut.startswith("The ferry carrying forty passengers was towed back to port")
