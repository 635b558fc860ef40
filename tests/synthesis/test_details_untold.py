"""One-outlet details tell what happened: no photo caption, no truth of no time, no line of
a reference page printed beside the story."""

from __future__ import annotations

from conftest import BATHS_LEAD, baths_details


def test_a_caption_or_a_truth_of_no_time_is_no_detail() -> None:
    """Own prose: a wire photo's caption run into the story and the writer's truth of no one
    and no time are left out; a line on the one the story is about ("Her ...") or on its own
    things ("The baths need ...") and what came or is coming to pass ("Swimmers have signed
    ...", "Volunteers are collecting ...") stay, though they name no one either."""
    details = baths_details(
        BATHS_LEAD
        + "Swimmers stand beside the Kent Road baths in Marlow, England, March 3, 2019.\n\n"
        "Heated pools cost more to run as they age.\n\n"
        "The baths need a new roof and new boilers.\n\n"
        "Councillor Ada Brandt voted to keep the baths open.\n\n"
        "Her own children learned to swim in the Kent Road baths.\n\n"
        "Volunteers are collecting signatures outside the baths to keep them open.\n\n"
        "Swimmers have signed a petition of 2,000 names to keep the baths open."
    )
    joined = " ".join(details)
    assert "Swimmers stand beside" not in joined, details
    assert "Heated pools" not in joined, details
    assert any("learned to swim" in d for d in details), details
    assert any("petition" in d for d in details), details
    assert any("new roof" in d for d in details), details
    assert any("collecting signatures" in d for d in details), details


def test_a_reference_page_beside_the_story_gives_no_detail() -> None:
    """Own prose: one outlet's story of the vote comes with a page on swimming pools in
    general, a dozen sentences and more none of which tells what happened: its lines are no
    details of the vote. The story's own line stays."""
    page = "\n\n".join(
        [
            "Public swimming baths are pools run by a town for its residents.",
            "Most public baths in England hold a main pool and a smaller learner pool.",
            "A main pool is usually 25 metres long and about two metres deep at one end.",
            "Water in a public pool is kept between 27 and 29 degrees.",
            "Chlorine keeps the water of a public pool free of germs.",
            "Swimming lessons for children are the busiest sessions in most baths.",
            "A lifeguard must watch the pool whenever swimmers are in the water.",
            "Heating the water is the largest cost of running public baths.",
            "Many towns charge less for children and for people over 65.",
            "Baths with a learner pool can teach small children all year round.",
            "Public baths often open early in the morning for lane swimming.",
            "Swimming is one of the few sports people of any age can take up.",
            "Some public baths also have a gym, a sauna or a cafe.",
        ]
    )
    details = baths_details(
        BATHS_LEAD + "Councillor Ada Brandt voted against the closure and asked for a new vote.",
        page,
    )
    assert any("Ada Brandt" in d for d in details), details
    assert not any(d in page for d in details), details


def test_a_review_beside_the_story_keeps_its_lines() -> None:
    """Multi-News 181 (session 38): a film review tells its film's story and its verdict in the
    present tense, as a reference page tells its truths: its lines went as a reference page's.
    A review speaks of its work again and again ("the film"): own prose in its shape, beside
    the news of the film's opening, keeps its lines."""
    opening = (
        "The film Low Water, about the last summer of the Kent Road swimming baths in Marlow, "
        "opened in 300 cinemas on Friday.\n\n"
        "Its director, Nell Arden, grew up in Marlow and swam at the baths as a child."
    )
    review = "\n\n".join(
        [
            "Low Water is a quiet film about a loud place, the Kent Road baths of Marlow.",
            "Nell Arden directs it with patience and an ear for echoes.",
            "Maisie Crane plays Joan Hale, a lifeguard who watches over the pool day and night.",
            "Joan knows every swimmer by the sound of their dive.",
            "Her nephew Sam, a builder, wants the site for flats.",
            "The film follows the pair through a single wet August.",
            "Joan teaches a refugee girl, Amira, to float in the learner pool.",
            "Sam measures the deep end for foundations while the swimmers race above him.",
            "The council meeting at the end of the film is its one weak scene.",
            "The actors give the councillors nothing but paper lines.",
            "Crane carries the last reel alone, walking the empty gallery at night.",
            "The score is little more than dripping taps and a far-off radio.",
            "Low Water runs 94 minutes and is rated 12A for mild language.",
        ]
    )
    details = baths_details(opening, review)
    assert sum(d in review for d in details) >= 3, details


def test_a_line_telling_a_past_or_about_its_own_is_no_truth_of_no_time() -> None:
    """Multi-News 082 and 215 (session 38): "There's no indication that she was celebrating
    her new second-place title." names no one and opens in the present, but tells a past;
    "What they are saying is that doctors have a moral obligation ..." is what people of the
    story say (its subject, a clause, points at them): details of the event, not the writer's
    truths of no time. Own prose in their shape."""
    details = baths_details(
        BATHS_LEAD + "There's no indication that the swimming club was told of the vote before it "
        "was taken.\n\nWhat they are asking for is a vote of the whole town on the future of "
        "the baths.\n\nHeated pools cost more to run as they age."
    )
    assert any(d.startswith("There's no indication") for d in details), details
    assert any(d.startswith("What they are asking") for d in details), details
    assert not any(d.startswith("Heated pools") for d in details), details


def test_a_sentence_whose_verb_comes_before_its_subject_is_no_truth_of_no_time() -> None:
    """Multi-News 160: "At the forefront in the payroll tax fight are several controversial
    matters, including ..." has no subject before its verb, and the parse gives none: the
    phrase it opens on ("in the payroll tax fight") points at the story's own. Own prose in
    its shape; a truth opening on "There are" stays out."""
    details = baths_details(
        BATHS_LEAD
        + "At the heart of the fight over the baths are several costly matters, including "
        "the heating of the water, the mending of the roof and the wages of the lifeguards."
        "\n\nThere are many ways to heat a pool more cheaply."
    )
    assert any(d.startswith("At the heart of the fight") for d in details), details
    assert not any(d.startswith("There are many ways") for d in details), details
