"""Where a made headline is cut: never between a person's noun and where the person is from,
which says whom the clause speaks of, nor between a verb's object and the phrase completing
it."""

from newsweave.text.headline_cut import complement_left_open, phrase_cut, stands, that_left_open
from newsweave.text.headline_made import headline_from_sentence


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


def test_no_cut_parts_a_verb_and_its_object_from_the_phrase_completing_them() -> None:
    """Multi-News 200 and 214 were titled "A Kyoto University group has found a way to turn
    mouse ES cells" and "Trump contrasted last week's Republican debate hosted by CNBC":
    whole-looking clauses that say nothing of what the cells became or what the debate was
    set against. Own prose of the same shape: the cut is marked with "…", never a false
    whole; a verb without such a phrase still ends a clause."""
    turned = headline_from_sentence(
        "A team at the Nordvik institute has found a way to turn mouse skin cells into "
        "working heart muscle cells and to grow them in a dish."
    )
    assert turned.endswith("…"), turned
    contrasted = headline_from_sentence(
        "The mayor contrasted last week's harbour vote run by the port board, which was "
        "widely criticised by dockers as rushed, with the first ferry vote held by the "
        "council last month."
    )
    assert contrasted.endswith("…"), contrasted
    assert complement_left_open(
        "The mayor contrasted last week's harbour vote", ", which was rushed, with the first"
    )
    assert not complement_left_open(
        "The mayor contrasted last week's harbour vote with the first", " in May"
    )
    assert not complement_left_open("The ferry turned back", " into the storm")  # no object cut off
    # a phrase of its own after the clause: "with" does not complete "compared"
    assert not complement_left_open(
        "The survey compared 83 harbour safety posters", ", with one reported as the clearest"
    )
    assert not complement_left_open("The board turned down the offer", ". Crews went into port")


def test_a_relative_clause_on_the_subject_is_whole_once_the_main_verb_has_come() -> None:
    made = headline_from_sentence(
        "A bacterium which lives in the guts of termites evolved in the Cretaceous Period to "
        "help break down wood fibres in dry forests."
    )
    assert (
        made == "A bacterium which lives in the guts of termites evolved in the Cretaceous Period"
    )
    # on the object, the relative clause's own verbs are no main verb of the subject's
    assert not stands("The ferry line is sued by deckhands who say a captain pushed them")


def test_a_clause_that_opens_after_a_verb_is_not_left_without_its_verb() -> None:
    assert that_left_open("Critics have warned that the rule")
    assert not that_left_open("Critics have warned that the rule would hurt ferry firms")
    made = headline_from_sentence(
        "Critics have warned that the rule — which bans, among other things, the words “harbour "
        "tax” — would hurt small ferry firms and drive fares up across the whole region."
    )
    assert made != "Critics have warned that the rule", made
