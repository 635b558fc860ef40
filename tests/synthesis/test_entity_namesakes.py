"""One person under two forms, two people under one surname (own prose): a titled surname is
the namesake holding the office, a bare surname before a second namesake is named the first, a
familiar given name with the middle initial dropped is the full name, so is one without a
generation's mark in another article, and a nickname in quotation marks takes no one's
surname."""

from __future__ import annotations

from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run
from newsweave.text.names import middle_dropped


def _entities(*texts: str):
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)

    arts = [Article(f"a{i}", t) for i, t in enumerate(texts, 1)]
    return run(Workspace(arts), ["entities"]).entities


def _surfaces(entity, texts: dict[str, str]) -> set[str]:
    return {texts[m.article][m.start : m.end] for m in entity.mentions}


FATHER_AND_SON = (
    "Senate Majority Leader Thomas W. Keller met the governor in his office on Monday. The "
    "governor beat Dan Keller, the senator's son, in the race three years ago. Keller said "
    "the vote would come soon. “Senator Keller has served this state well,” the governor "
    "said. Mr. Keller did not answer questions."
)


def test_a_titled_surname_is_the_namesake_holding_the_office() -> None:
    entities = _entities(FATHER_AND_SON)
    texts = {"a1": FATHER_AND_SON}
    senator = next(e for e in entities if e.name == "Thomas W. Keller")
    starts = {m.start for m in senator.mentions}
    assert FATHER_AND_SON.index("Keller has served") in starts
    # the bare "Keller" and "Mr. Keller" could be either: they stay apart from both
    son = next(e for e in entities if e.name == "Dan Keller")
    assert _surfaces(son, texts) == {"Dan Keller"}
    bare = next(e for e in entities if e.name == "Keller")
    assert {m.start for m in bare.mentions} == {
        FATHER_AND_SON.index("Keller said"),
        FATHER_AND_SON.index("Keller did not"),
    }


def test_an_office_no_namesake_holds_picks_none() -> None:
    text = FATHER_AND_SON.replace("Senator Keller", "Governor Keller")
    entities = _entities(text)
    senator = next(e for e in entities if e.name == "Thomas W. Keller")
    assert text.index("Keller has served") not in {m.start for m in senator.mentions}


def test_a_familiar_given_name_without_the_middle_initial_is_the_full_name() -> None:
    one = "Acting Attorney General Matthew G. Whitaker spoke to reporters on Tuesday."
    two = "Matt Whitaker, a former prosecutor from Iowa, has led the department since November."
    entities = _entities(one, two)
    whitaker = [e for e in entities if e.name.endswith("Whitaker")]
    assert [e.name for e in whitaker] == ["Matthew G. Whitaker"], whitaker
    assert "Matt Whitaker" in whitaker[0].aliases
    assert middle_dropped(("matt", "whitaker"), ("matthew", "g", "whitaker"))
    assert not middle_dropped(("mark", "whitaker"), ("matthew", "g", "whitaker"))


def test_a_nickname_in_quotation_marks_takes_no_surname() -> None:
    one = (
        "The papers called her ‘Foxy Knoxy’ for years. Knox said on Friday that the name had "
        "followed her since the trial."
    )
    two = "Nina Knox, who was acquitted in 2011, lives in Seattle. Knox now writes for a paper."
    entities = _entities(one, two)
    nina = next(e for e in entities if e.name == "Nina Knox")
    assert {m.article for m in nina.mentions} == {"a1", "a2"}
    nickname = next(e for e in entities if e.name == "Foxy Knoxy")
    assert "Knox" not in nickname.aliases


def test_a_given_name_after_to_typed_a_person_is_the_full_names() -> None:
    text = (
        "Karen Mills taught at the school for ten years before she retired in May. The "
        "principal said the staff sent their love to Karen and to her family on Sunday."
    )
    entities = _entities(text)
    karen = next(e for e in entities if e.name == "Karen Mills")
    assert "Karen" in karen.aliases, [(e.name, e.aliases) for e in entities]
    assert [e.name for e in entities if "Karen" in e.name] == ["Karen Mills"]


FATHER_THEN_SON = (
    "Harold J. Brenner met the board on Monday. Brenner said the plan would pass. Later his "
    "son, Luke Brenner, spoke to the crowd. Brenner said he was proud. The Brenner family left "
    "at noon."
)


def test_a_surname_before_the_second_namesake_is_named_is_the_first() -> None:
    text = FATHER_THEN_SON
    entities = _entities(text)
    father = next(e for e in entities if e.name == "Harold J. Brenner")
    assert text.index("Brenner said the plan") in {m.start for m in father.mentions}
    # once the son is named too the bare surname may be either, and a family is neither
    bare = next(e for e in entities if e.name == "Brenner")
    assert {m.start for m in bare.mentions} == {
        text.index("Brenner said he was"),
        text.index("Brenner family"),
    }
    son = next(e for e in entities if e.name == "Luke Brenner")
    assert {m.start for m in son.mentions} == {text.index("Luke Brenner")}


def test_a_full_name_without_its_generation_mark_in_another_article_is_the_same() -> None:
    one = "Her lawyer, William W. Dunmore III, said she had done nothing wrong. Dunmore left."
    two = "Bill Dunmore, her attorney, called the timing odd. Dunmore had not been told of it."
    entities = _entities(one, two)
    dunmore = [e for e in entities if "Dunmore" in e.name]
    assert [e.name for e in dunmore] == ["William W. Dunmore III"], dunmore
    assert "Bill Dunmore" in dunmore[0].aliases


def test_a_father_and_son_named_in_one_article_stay_two() -> None:
    text = (
        "Donald Parfitt Jr. spoke first at the dinner on Friday. His father, Donald Parfitt, "
        "spoke after him and thanked the guests."
    )
    entities = _entities(text)
    assert {"Donald Parfitt Jr", "Donald Parfitt"} <= {e.name for e in entities}


def test_a_bare_name_in_another_article_is_no_junior() -> None:
    one = "Donald Parfitt thanked the guests at the dinner on Friday and left early."
    two = "Donald Parfitt Jr. spoke first at the dinner, where his father also spoke."
    entities = _entities(one, two)
    assert {"Donald Parfitt Jr", "Donald Parfitt"} <= {e.name for e in entities}


def test_a_father_goes_by_his_name_without_its_mark() -> None:
    """A father's mark is joined and tells him apart where his son is named; where the texts
    also write his name bare, that is the name he goes by."""
    one = "Donald Parfitt Sr. thanked the guests at the dinner on Friday and left early."
    two = "Donald Parfitt said the dinner had raised more than last year. Parfitt left at nine."
    entities = _entities(one, two)
    parfitt = [e for e in entities if "Parfitt" in e.name]
    assert [e.name for e in parfitt] == ["Donald Parfitt"], parfitt
    assert "Donald Parfitt Sr" in parfitt[0].aliases


FAMILY_PLACES = (
    "Harold J. Brenner met the board on Monday. Brenner said the plan would pass. The lake "
    "house is not a Brenner vacation spot, his aide said. Later his son, Luke Brenner, spoke "
    "to the crowd. Guards stood at the gate of the Brenner compound all night."
)


def test_a_surname_naming_the_family_s_place_is_no_namesake() -> None:
    """ "a Brenner vacation spot" and "the Brenner compound" are the family's, not the
    namesake the article named before them."""
    text = FAMILY_PLACES
    entities = _entities(text)
    father = next(e for e in entities if e.name == "Harold J. Brenner")
    starts = {m.start for m in father.mentions}
    assert text.index("Brenner said the plan") in starts
    assert text.index("Brenner vacation") not in starts
    assert text.index("Brenner compound") not in starts
