"""Made headlines end on a finished clause instead of "…": an aside in brackets, a participle
phrase on the subject and "just" after an auxiliary go first, and a clause too long may end
after its object, before an infinitive of purpose or a participle describing the object."""

from __future__ import annotations

from newsweave.text.headline import event_headline, headline_from_sentence
from newsweave.text.headline_cut import object_cut, without_participle_aside


def test_a_participle_phrase_on_the_subject_gives_way_to_its_verb() -> None:
    assert (
        headline_from_sentence(
            "The oldest lighthouse lamp ever recovered, belonging to one of the longest-serving "
            "keepers the northern cape has known, surely deserves a place in the harbour museum."
        )
        == "The oldest lighthouse lamp ever recovered surely deserves a place in the harbour museum"
    )
    # after a clause, the phrase tells what happened: kept
    told = "The storm flooded the lower town, leaving three families homeless, officials said."
    assert without_participle_aside(told) == told
    # a phrase that names someone, or counts part of the subject, is kept
    named = "The ferry captain, identified as Ola Berg, was rescued by a trawler."
    assert without_participle_aside(named) == named
    share = "Nine sailors, including two cadets, were rescued by a trawler near the cape."
    assert without_participle_aside(share) == share
    # no verb after the phrase: the commas set off a list, not an aside
    listed = "The crews row along the quay, waving the visitors in, come in, sit down."
    assert without_participle_aside(listed) == listed


def test_an_aside_in_brackets_does_not_keep_a_day_from_going() -> None:
    assert (
        headline_from_sentence(
            "Councillor Ann Lee (Lab.) on Tuesday predicted that fishermen will make up all sorts "
            "of silly complaints against the new moorings until the winter storms."
        )
        == "Councillor Ann Lee predicted that fishermen will make up all sorts of silly complaints"
    )


def test_just_after_an_auxiliary_goes_but_not_just_before_a_number() -> None:
    assert (
        headline_from_sentence(
            "The harbour board has just completed the costliest act of dredging of its long history."
        )
        == "The harbour board has completed the costliest act of dredging of its long history"
    )
    assert "just two" in headline_from_sentence("The harbour board met just two times this year.")


def test_a_long_clause_ends_after_its_object_rather_than_with_an_ellipsis() -> None:
    assert (
        headline_from_sentence(
            "Marine biologists at the coastal institute have helped design a simple method to tell "
            "young grey seals apart from their mothers on crowded beaches."
        )
        == "Marine biologists at the coastal institute have helped design a simple method"
    )
    assert (
        headline_from_sentence(
            "The port's new dredger was supposed to resolve a harbour silting problem introduced "
            "with the breakwater of 2019, but the silt keeps coming back."
        )
        == "The port's new dredger was supposed to resolve a harbour silting problem"
    )


def test_no_cut_after_an_object_that_the_infinitive_completes() -> None:
    # the verb needs the infinitive ("allowed the crews | to ...")
    assert (
        object_cut(
            "The harbour master allowed the visiting crews from the southern ports to moor "
            "their boats in the inner basin overnight."
        )
        == ""
    )
    # so does the noun ("found a way | to ...")
    assert (
        object_cut(
            "Engineers at the shipyard in the northern port have found a way to build hulls "
            "from recycled aluminium cans."
        )
        == ""
    )
    # an object of a preposition is not the verb's ("as a ship | rigged with ...")
    assert (
        object_cut(
            "The skipper of the old trawler described the vessel as a ship rigged with rotten "
            "ropes and broken winches."
        )
        == ""
    )


def test_a_short_headline_gives_way_to_one_that_names_more() -> None:
    short = "Harbour pilot Ola Berg died Thursday."
    long = "Lifeboat skipper and harbour pilot Ola Berg died Thursday at the age of 81 in his home."
    texts = [
        f"{short}\nHe guided ships into the port for forty years and trained its pilots.",
        f"{long}\nHis crew rescued more than two hundred sailors from the northern reefs.",
    ]
    assert (
        event_headline([None, None], texts)
        == "Lifeboat skipper and harbour pilot Ola Berg died Thursday at the age of 81"
    )


def test_a_cut_with_an_ellipsis_leaves_no_name_nor_modifier_half_told() -> None:
    # not inside "Northern Harbour Board Chairman Ola Berg", nor after the participle before it
    # (two words fewer, the clause ends whole at the name instead: headline_made.whole_phrase)
    assert headline_from_sentence(
        "Mayor Ann Lee on Friday joined the growing chorus of local traders criticizing "
        "Northern Harbour Board Chairman Ola Berg for closing the fish market."
    ) == ("Mayor Ann Lee on Friday joined the growing chorus of local traders…")
    # not on "a cheap…" whose noun comes after "and simple"
    assert headline_from_sentence(
        "Sprinkling salt water on the seedlings while they are young could give a cheap and "
        "simple means of protecting the crop from frost, according to growers."
    ) == ("Sprinkling salt water on the seedlings while they are young could give…")
