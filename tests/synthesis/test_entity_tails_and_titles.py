"""A name's mention cut off the time the recogniser ran it into, typed a person's by a title
only a person bears, and a bare surname that owns a work named after its person typed that
person (own prose, shaped as the faults of multinews validation events 038, 237 and 151 read
in session 47)."""

from __future__ import annotations

from newsweave.synthesis.entity_names import person_titled, without_time_tail
from newsweave.synthesis.entity_types import NameMention
from newsweave.synthesis.mention_trims import with_namesakes
from newsweave.text.names import fold


def test_a_preposition_and_a_year_end_no_name() -> None:
    """ "the Nautilus between 2014 and 2015" typed "Nautilus between 2014 and": the vessel's
    name; a year that is the name's own stays ("Class of 2014", "Road to 2020")."""
    assert without_time_tail("Nautilus between 2014 and") == "Nautilus"
    assert without_time_tail("Lake Ossen from 1998") == "Lake Ossen"
    assert without_time_tail("Harbour Bridge in 2015") == "Harbour Bridge"
    assert without_time_tail("Class of 2014") == "Class of 2014"
    assert without_time_tail("Vision 2030") == "Vision 2030"
    assert without_time_tail("Road to 2020") == "Road to 2020"
    assert without_time_tail("Route 66 in May") == "Route 66 in May"


def test_a_clerical_title_before_a_full_name_makes_it_a_persons() -> None:
    """ "Monsignor Alfred Xuereb" typed FAC names a priest; a title word opening the name of a
    thing with no full name after it does not ("Sister Act", "Bishop Museum")."""
    assert person_titled("Monsignor Alfred Tabone") == len("Monsignor ")
    assert person_titled("Rev. Martha Okafor") == len("Rev. ")
    assert person_titled("Father Thomas Greer") == len("Father ")
    assert person_titled("Sister Act") == 0
    assert person_titled("Bishop Museum") == 0
    assert person_titled("Alfred Tabone") == 0
    assert person_titled("Sir Martin Grell Live") == 0  # a show named after him


def _mention(aid: str, text: str, name: str, label: str) -> NameMention:
    start = text.index(name)
    return NameMention(aid, start, start + len(name), name, tuple(fold(name).split()), label)


def test_a_surname_owning_the_show_named_after_its_person_is_that_person() -> None:
    """ "On Grell’s show" of "The Martin Grell Show": the host, whatever the recogniser typed
    the surname; a possessive owning another noun, or a name no show is named after, is left."""
    text = (
        "The rancher spoke on The Martin Grell Show on Monday. On Grell’s show he repeated it. "
        "Dorset’s show of hands ended the vote, and Grell’s farm was sold."
    )
    show = _mention("a", text, "Martin Grell Show", "WORK_OF_ART")
    host = _mention("a", text, "Grell", "LOC")
    host.start = text.index("Grell’s show")
    host.end = host.start + len("Grell")
    farm = _mention("a", text, "Grell", "LOC")
    farm.start = text.index("Grell’s farm")
    farm.end = farm.start + len("Grell")
    other = _mention("a", text, "Dorset", "GPE")
    with_namesakes([show, host, farm, other], {"a": text})
    assert (host.label, host.implied) == ("PERSON", "Martin Grell")
    assert (farm.label, farm.implied) == ("LOC", "")
    assert (other.label, other.implied) == ("GPE", "")
    assert show.label == "WORK_OF_ART"


def test_the_event_joins_a_vessel_and_a_priest_whole(stage_entities) -> None:
    """The stage's reading: the vessel written "between 2014 and 2015" is the vessel its other
    mentions name, and the priest's bare surname joins his titled full name."""
    named = {
        e.name: e
        for e in stage_entities(
            "The volunteers were engaged in a dispute over the Nautilus between 2014 and 2015 "
            "before the board decided to sell the Nautilus to Madsen. There is a curse on "
            "Nautilus, he wrote."
        )
    }
    assert len(named["Nautilus"].mentions) == 3
    assert not [name for name in named if "2014" in name]
    named = {
        e.name: e
        for e in stage_entities(
            "The Vatican has said the pope's primary secretary will be Monsignor Alfred Tabone, "
            "who had been the second secretary. Both Tabone and the cardinal were present."
        )
    }
    assert named["Alfred Tabone"].type == "PERSON"
    assert len(named["Alfred Tabone"].mentions) == 2
