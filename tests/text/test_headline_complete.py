"""A made headline is a complete statement: a sentence too long for one is shortened where
its grammar allows (a phrase of time or a participle phrase inside the subject, an opening
"just", a long opening phrase, a dash glued to its words, a relative clause on an object, a
finding's frame), and a lead is not passed over for a scene because its subject's own
relative clause is dated. Texts are our own prose, shaped like the Multi-News leads that were
cut with "…" or lost to a later scene."""

from __future__ import annotations

from newsweave.text.headline import event_headline, names_whom
from newsweave.text.headline_cut import complement_left_open
from newsweave.text.headline_made import headline_from_sentence, whole_phrase


def test_a_phrase_of_time_inside_the_subject_goes_before_the_clause_is_cut() -> None:
    made = headline_from_sentence(
        "Exposure to short bursts of cold water during the week before a race could help"
        " runners avoid cramps, according to a new study by sports scientists."
    )
    assert made == "Exposure to short bursts of cold water could help runners avoid cramps"


def test_a_participle_phrase_on_a_short_subject_goes_when_it_hides_the_verb() -> None:
    made = headline_from_sentence(
        "Engineers examining the collapse of a footbridge that injured a cyclist, two walkers"
        " and a dog in the harbour district on Sunday are likely to focus on both the steel"
        " cables and the welds."
    )
    assert made == "Engineers are likely to focus on both the steel cables and the welds"


def test_an_indirect_question_ends_whole_on_its_subject_and_verb() -> None:
    made = headline_from_sentence(
        "Detectives investigating the death of harbour pilot Arne Dahl said they still don't"
        " know why he fell from the quay on Friday."
    )
    assert made == (
        "Detectives investigating the death of harbour pilot Arne Dahl still don't know why he fell"
    )


def test_an_opening_just_before_a_count_goes_and_one_is_no_opening_phrase() -> None:
    made = headline_from_sentence(
        "Just one can of cola or other sugary drink a day significantly raises the risk of"
        " tooth decay, while brushing twice a day lowers it, according to a review of dental"
        " records."
    )
    assert made == "One can of cola or other sugary drink a day raises the risk of tooth decay"


def test_a_relative_clause_on_the_object_with_a_pronoun_subject_ends_the_clause() -> None:
    made = headline_from_sentence(
        "Today Mia Berg, 24, a design student, and her partner Jonas Lie, have launched a"
        " battery-free bicycle lamp that you charge by pedalling for a minute."
    )
    assert made == "Mia Berg and her partner Jonas Lie have launched a battery-free bicycle lamp"
    # "that" after a verb of telling opens what was told, not a relative clause
    told = headline_from_sentence(
        "A Norwegian climber has been able to tell rescuers that he is not badly hurt."
    )
    assert told == "A Norwegian climber has been able to tell rescuers that he is not badly hurt"


def test_a_long_opening_phrase_and_a_glued_dash_leave_the_finding() -> None:
    made = headline_from_sentence(
        "In a new study of 212 adult patients diagnosed with migraine and 180 matched healthy"
        " adult volunteers, investigators found that the eye-blink reflex may be an effective"
        " marker of migraine--there were clear differences between the groups in both eyes."
    )
    assert made == (
        "Investigators found that the eye-blink reflex may be an effective marker of migraine"
    )


def test_what_a_finding_found_is_stated_when_the_frame_makes_it_too_long() -> None:
    made = headline_from_sentence(
        "New research from the Institute of Coastal Studies in Bergen has found that far from"
        " dying out, the grey seals have moved north to islands off Norway."
    )
    assert made == "Far from dying out, the grey seals have moved north to islands off Norway"
    # a claim keeps its frame: stated alone it would read as fact
    claim = headline_from_sentence(
        "A lawsuit filed on Monday by four families of the ferry's passengers claims the"
        " captain would not have lost the ship without the faulty radar, a Furuno model."
    )
    assert claim.startswith("A lawsuit")


def test_a_second_infinitive_joined_by_and_is_where_a_long_clause_ends_whole() -> None:
    clause = (
        "An Oslo team has found a way to turn skin cells into nerve cells and to use them to"
        " repair spines"
    )
    assert whole_phrase(clause, 16) == (
        "An Oslo team has found a way to turn skin cells into nerve cells"
    )


def test_positioning_a_thing_waits_for_what_as() -> None:
    assert complement_left_open(
        "Chief Executive Anna Holm now is positioning the company",
        " as the backbone of a new kind of public transport",
    )


def test_them_needs_a_name_or_a_person_before_it() -> None:
    assert not names_whom("The warm spell helped them cope with the long drought")
    assert names_whom("Rescuers from the Coast Guard helped them off the boat")


def test_a_lead_whose_subject_was_dated_years_ago_beats_a_scene_at_a_clock_time() -> None:
    first = (
        "A stray cat that escaped being put down years ago actively helped firefighters find"
        " survivors here last week after a fire gutted a hostel, killing two guests.\n\n"
        "Pip, a grey tabby, first helped out at the scene of a flood in the old town.\n\n"
        "Around 3:15 p.m. 5-year-old Pip stopped near a door, the frame of which was still"
        " smoking."
    )
    second = (
        "A shelter cat once set to be put down has become the town's unlikely rescue"
        " worker.\n\nAround 3:15 p.m. 5-year-old Pip stopped near a door, the frame of which"
        " was still smoking.\n\nFirefighters found a guest behind the door."
    )
    assert event_headline([None, None], [first, second]) == (
        "A stray cat that escaped being put down years ago actively helped firefighters find"
        " survivors"
    )


def test_a_scene_at_a_clock_time_is_no_news() -> None:
    text = (
        "Shelter cats have long been trained to find people in the rubble of homes.\n\n"
        "Around 3:15 p.m. 5-year-old Pip stopped near a door, the frame of which was still"
        " smoking.\n\nFirefighters found a hostel guest alive behind the door on Tuesday."
    )
    assert event_headline([None], [text]) == (
        "Firefighters found a hostel guest alive behind the door on Tuesday"
    )


def test_the_subjects_relative_clause_is_read_past_an_adverb() -> None:
    from newsweave.text.headline_asides import subject_relative

    assert (
        subject_relative(
            "An abandoned dog that narrowly escaped being put down years ago was an active"
            " member of the search team"
        )
        == "that narrowly escaped being put down years ago"
    )
    assert subject_relative("The dog found the man under the boards") == ""


def test_a_predicate_that_needs_its_preposition_is_not_cut_before_it() -> None:
    assert complement_left_open(
        "Police say a Pittsburgh swimming coach was obsessed", " with one of her pupils"
    )
    assert complement_left_open("The mayor is accused", " of taking bribes from a builder")
    assert not complement_left_open("The mayor was re-elected", " with a large majority")


def test_the_opening_article_goes_only_to_let_the_longer_clause_end_whole() -> None:
    made = headline_from_sentence(
        "Now a Tromsø University group has found a way to turn mouse skin cells into egg"
        " precursor cells and to use the resulting eggs to produce normal mouse pups."
    )
    assert made == (
        "Tromsø University group has found a way to turn mouse skin cells into egg precursor cells"
    )
    kept = headline_from_sentence(
        "A Bergen defense attorney was arraigned Wednesday on charges of obstruction of justice"
        " and witness intimidation after he was caught on tape offering a witness money."
    )
    assert kept.startswith("A Bergen defense attorney was arraigned")


def test_what_is_no_subject_adjunct_nor_participle_phrase_stays() -> None:
    from newsweave.text.headline_asides import without_subject_adjunct, without_subject_participle

    kept = (
        # the auxiliary is the adjunct's own verb, or the words before are no subject
        "At least that's what harbour officials are saying less than two weeks after she was"
        " crowned.",
        "They get to gloat, before pretending once again that the real honour is just being"
        " mentioned.",
    )
    for s in kept:
        assert without_subject_adjunct(s) == s
    kept = (
        # a noun in "-ing" and its verb, a subject that is no plural noun
        "Heavy fighting has broken out near the port, which is home to two army bases.",
        "More recent real-time locating systems based on radio tags are neither accurate nor"
        " quick.",
    )
    for s in kept:
        assert without_subject_participle(s) == s


def test_cuts_the_new_rules_bring_keep_what_the_clause_needs() -> None:
    # a "here" the sentence does not date points at the scene, and stays
    assert headline_from_sentence(
        "Investigators will get to the bottom of what happened here, police said."
    ).endswith("what happened here")
    # a comma before a participle closed no opening phrase
    party = headline_from_sentence(
        "At least that was the consensus in the small hours of the morning at the harbour"
        " festival's closing party, held at an old boat shed in the docklands, even before the"
        " final votes were counted."
    )
    assert not party.startswith("At least held")
    # a pair of glued dashes is an aside, not the clause's end
    assert (
        headline_from_sentence(
            "Malaria is one of the most common—and deadly—infectious diseases in the world, killing"
            " hundreds of thousands of people every year in Africa alone."
        )
        != "Malaria is one of the most common—and deadly"
    )
    # "that" after a noun of what is said opens what was said
    assert "that she" in headline_from_sentence(
        "The French president has withdrawn an earlier statement that she was safe in Lebanon."
    )
