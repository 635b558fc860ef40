"""Entity types a reader can trust: a one-word name the small recogniser typed a person is a
place, an outlet or a common word when the event gives that evidence and nothing says it is a
person (own prose, shaped as the failures seen on real news and the seed event)."""

from __future__ import annotations


def test_a_capital_written_as_a_possessive_is_a_place(types_of) -> None:
    """The recogniser types "Ankara" a person in "request Ankara’s renewed role" (seeds)."""
    types = types_of(
        "The chancellor said she planned to consult Turkish President Recep Tayyip Erdoğan "
        "later in the week to request Ankara’s renewed role as a host. Turkey hosted talks "
        "between the two sides in 2022."
    )
    assert types["Ankara"] == "GPE"
    assert types["Recep Tayyip Erdoğan"] == "PERSON"


def test_regions_listed_together_are_places(types_of) -> None:
    """The seeds' "the Donetsk and Luhansk regions": both typed PERSON by the recogniser."""
    types = types_of(
        "Talks are expected before Friday, when the envoy might propose that Kyiv withdraw "
        "troops from the Donetsk and Luhansk regions in exchange for a pullback from Kharkiv."
    )
    assert types["Luhansk"] == "GPE" and types["Donetsk"] == "GPE"


def test_a_town_listed_with_a_known_place_is_a_place(types_of) -> None:
    """A town no gazetteer lists ("Wapakoneta", typed PERSON) listed with a known place."""
    types = types_of("The storm moved from Ohio and Wapakoneta toward the east, forecasters said.")
    assert types["Wapakoneta"] == "GPE"


def test_a_common_word_capitalised_in_a_title_is_no_person(types_of) -> None:
    """A "Report on Carcinogens" beside "carcinogens act ...": a common word, not a name."""
    types = types_of(
        "The Report on Carcinogens lists the substances. Carcinogens do not cause cancer in "
        "every case, all the time. Most carcinogens act only after long exposure."
    )
    assert "Carcinogens" not in types


def test_a_name_before_magazine_or_page_is_an_outlet(types_of) -> None:
    """Outlets typed PERSON: "he told Relix magazine", "the official VKontakte page"."""
    relix = types_of(
        "“We got to a place where the songs were playing us,” he told Relix magazine in 1993. "
        "“I woke up with bruises all over,” he told Relix in 1995."
    )
    assert relix["Relix"] == "ORG"
    page = types_of(
        "The official VKontakte page, “Winter Games 2014,” published the image. Fans shared "
        "it on VKontakte within minutes."
    )
    assert page["VKontakte"] == "ORG"


def test_a_place_name_that_is_a_persons_surname_stays_a_person(types_of) -> None:
    """Lima is a capital, and here the surname of Devin Lima: a person."""
    types = types_of(
        "Pop singer Devin Lima died on Wednesday, his mother, Filomena Lima, told reporters. "
        "Lima (born Harold Lima) had been treated for cancer for a year."
    )
    assert types["Lima"] == "PERSON" and types["Devin Lima"] == "PERSON"


def test_a_place_cut_from_a_films_title_is_no_place(types_of) -> None:
    """The bare Manchester of “Manchester by the Sea” names the film, not the city."""
    types = types_of(
        'Filmmaker Jo Carr, who won a screenplay award for "Manchester by the Sea," joked '
        "backstage. Lucas Hedges (for Manchester by the Sea) walked past."
    )
    assert types.get("Manchester") != "GPE"


def test_a_name_listed_with_companies_or_after_a_trade_is_a_company(types_of) -> None:
    """Companies typed PERSON: "brands like H&M and Zara", "AR-15 manufacturer Bushmaster"."""
    zara = types_of(
        "The trend has played well for fast-fashion brands like H&M and Zara. But it has left "
        "older chains behind."
    )
    assert zara["Zara"] == "ORG"
    maker = types_of(
        "The lawsuit against AR-15 manufacturer Bushmaster was filed Monday. The families say "
        "the company marketed the rifle to young men."
    )
    assert maker["Bushmaster"] == "ORG"


def test_a_person_ending_a_groups_name_stays_a_person(types_of) -> None:
    """In "a Bikers For Trump group" the group is the bikers': Trump, whose age says he is a
    person, stays one."""
    types = types_of(
        "At a rally, many members of a Bikers For Trump group wore matching shirts. Nobody "
        "there spoke to reporters. Trump, 70, thanked them."
    )
    assert types["Trump"] == "PERSON"


def test_a_given_name_also_written_in_lower_case_is_kept(types_of) -> None:
    """An "amber alert" is written too, but the Amber of "Amber Pasztor" is her given name."""
    types = types_of(
        "In an interview from the county jail on Monday, Amber Pasztor admitted to the "
        "killings. She heard the Amber Alert on the radio. Sheriff Tom Gatton told reporters "
        "that Amber was never connected to the earlier case. Drivers saw the amber alert signs "
        "on the highway."
    )
    assert types.get("Amber") == "PERSON"


def test_a_name_after_a_lower_case_trade_is_a_person(types_of) -> None:
    """A sports trade written before a name ("former quarterback Kain Colter", typed ORG at
    every mention) says the name is a person's, as "rapper" or "actress" does."""
    types = types_of(
        "The ruling came after a push by former quarterback Kain Colter, backed by organized "
        "labor. Colter said the players wanted a voice."
    )
    assert types["Kain Colter"] == "PERSON"


def test_a_given_name_after_to_or_at_is_a_person(types_of) -> None:
    """A bare given name after "to" or "at" typed GPE ("sympathies to Karen") or ORG ("stared
    at Stephanie"): the recogniser's place preposition says nothing of a given name."""
    karen = types_of(
        "Our whole team sends heartfelt sympathies to Karen and to everyone in this town who "
        "was moved by the story."
    )
    assert karen["Karen"] == "PERSON"
    stephanie = types_of(
        "The senator looked around the crowded room. He paused and stared at Stephanie for a "
        "while. Everyone laughed."
    )
    assert stephanie["Stephanie"] == "PERSON"


def test_a_given_name_written_as_a_place_or_an_adjective_is_left(types_of) -> None:
    """A given name after a place's own preposition ("in Victoria") stays a place, and one
    qualifying a common noun ("Roman salutes", typed LOC) is no person."""
    state = types_of("Drinking among teenagers fell sharply in Victoria last year, officials said.")
    assert state["Victoria"] == "GPE"
    salute = types_of("The rally ended in Roman salutes and shouting, witnesses said.")
    assert salute["Roman"] != "PERSON"


def test_a_name_listed_with_networks_only_is_a_network(types_of) -> None:
    """Multinews' "in syndication on Fox and Comedy Central", typed PERSON: a name of words the
    event writes in lower case ("the comedy"), listed with organisations only."""
    types = types_of(
        "The sitcom ran for six seasons on NBC. Reruns now air in syndication on Fox and Comedy "
        "Central, and the comedy still draws loyal fans."
    )
    assert types["Comedy Central"] == "ORG"


def test_a_full_name_listed_with_people_or_sharing_a_rare_given_name_is_a_person(
    types_of,
) -> None:
    """Multinews' "Cecile De France" beside "Matt Damon" and "Kanasho Jones" beside "Kanasho
    Johns", typed ORG: their given names are in no list, but the event says whose they are."""
    film = types_of(
        "The film opens next week. It stars Matt Damon and Cecile De France, and critics praised "
        "the cast. A vacationing journalist (Cecile De France) nearly drowns in the first scene."
    )
    assert film["Cecile De France"] == "PERSON"
    arrest = types_of(
        "Police first identified the suspect as Kanasho Jones. The suspect, Kanasho Johns, 27, "
        "was arrested on Tuesday in Houston."
    )
    assert arrest["Kanasho Jones"] == "PERSON"


def test_a_make_and_model_is_a_product_and_a_state_code_spells_no_name(types_of) -> None:
    """Multinews' "the Chevy Tahoe driven by" and "his Toyota Prius", typed ORG: one vehicle
    each; "Mansfield, CT." is a state's code, no initials of the Chevy Tahoe."""
    types = types_of(
        "Patrick Callahan, 21, Mansfield, CT. Charged with eight counts. Dominic Godi, 21, "
        "Bolton, CT. Charged with possession. The officer was struck by the Chevy Tahoe driven by "
        "the shift commander, who had parked his Toyota Prius near the gate."
    )
    assert types["Chevy Tahoe"] == "PRODUCT" and types["Toyota Prius"] == "PRODUCT"
    assert types["CT"] == "GPE"


def test_a_word_qualifying_nouns_and_typed_a_place_is_a_place(types_of) -> None:
    """Multinews' "the Antarctic and Sub-Antarctic birds", "their Antarctic cousins": typed LOC
    once and ORG once, an adjective of a place, no organisation."""
    types = types_of(
        "The zoo brought its penguins inside rather than subject the Antarctic and Sub-Antarctic "
        "birds to the cold. They are more used to mild weather than their Antarctic cousins, the "
        "staff said."
    )
    assert types["Antarctic"] == "LOC"


def test_a_run_in_heading_and_a_plural_title_are_no_names(types_of) -> None:
    """Multinews' "Gift Registry: Brides in Kentucky ...", typed PERSON, is a heading; "former
    Presidents Leonid Kravchuk and Leonid Kuchma" names two presidents, no "Presidents"."""
    survey = types_of(
        "Budget: Couples in Ohio spent the most. Gift Registry: Brides in Kentucky were most "
        "likely to register for wedding gifts."
    )
    assert "Gift Registry" not in survey
    presidents = types_of(
        "A statement said former Presidents Leonid Kravchuk and Leonid Kuchma had asked him to act."
    )
    assert presidents["Leonid Kravchuk"] == "PERSON"


def test_a_word_listed_with_a_place_before_a_noun_is_a_place(types_of) -> None:
    """ "the Antarctic and Sub-Antarctic birds", Sub-Antarctic typed ORG."""
    types = types_of(
        "The keepers moved the Antarctic and Sub-Antarctic seals indoors for the night."
    )
    assert types["Sub-Antarctic"] == "LOC"


def test_a_network_headed_by_central_is_no_person(types_of) -> None:
    """ "Comedy Central" typed PERSON; "Grand Central" stays a place."""
    types = types_of("Reruns air on Comedy Central every night.")
    assert types["Comedy Central"] == "ORG"


def test_the_see_of_an_archbishop_is_a_place(types_of) -> None:
    """ "the former archbishop of Buenos Aires", typed PERSON and ORG."""
    types = types_of("The new archbishop of Buenos Aires met parish priests on Tuesday.")
    assert types["Buenos Aires"] == "GPE"


def test_a_common_given_name_opens_a_persons_name(types_of) -> None:
    """ "his 2010 Denzel Washington hit", typed ORG: "Denzel" is a given name, as "Lester",
    "Nasir" and "Marisol" are."""
    types = types_of("Critics loved the new Denzel Ashworth hit about a runaway train.")
    assert types["Denzel Ashworth"] == "PERSON"


def test_a_holiday_qualifying_a_noun_is_no_building(types_of) -> None:
    """The seeds' "an Easter ceasefire", typed FAC: a bare word nowhere written as a place."""
    types = types_of("The envoy said Moscow had proposed an Easter truce and a prisoner exchange.")
    assert types["Easter"] == ""
    assert types["Moscow"] == "GPE"


def test_a_name_framed_by_a_square_of_a_town_is_a_place(types_of) -> None:
    """Multinews 237: "the central square of Castel Gandolfo", typed ORG."""
    types = types_of("Crowds gathered in the central square of Monte Vallino on Saturday.")
    assert types["Monte Vallino"] == "GPE"


def test_a_leaders_administration_or_a_person_listed_with_one_is_a_person(types_of) -> None:
    """Multinews 058, 217: "the Obama administration", "the Trump administration" (shown
    untyped); 212: "both Einstein and Jesus were speaking of" (Einstein named once)."""
    assert types_of("The complaints went to the Halvorsen administration last year.") == {
        "Halvorsen": "PERSON"
    }
    types = types_of(
        "The truth I found is the one that both Einstein and Jesus pointed to in their own ways."
    )
    assert types["Einstein"] == "PERSON"
