"""Each brief sentence reads on its own: an opening "He" or "She" named where the story says
who; an age epithet, a "that bill", a photo's caption, a heading run into
the text left out (own prose)."""

from __future__ import annotations

import pytest

from conftest import CRANE_LEADS, brief_of
from newsweave.synthesis.brief_opening import brief_label

FERRY_LEADS = [
    "The Riverton ferry lost engine power in a storm on Sunday and drifted for two hours "
    "before a tug towed it back to the quay.",
    "A tug towed the Riverton ferry back to the quay on Sunday after its engine failed in a "
    "storm and it drifted for two hours.",
    "On Sunday the Riverton ferry drifted for two hours in a storm when its engine failed, "
    "until a tug brought it back to the quay.",
]


def test_an_opening_pronoun_the_story_names_is_shown_named():
    """Every outlet follows "Ola Lund steered ..." with "He said ...": the brief, which may
    not carry the first sentence, shows the second with the name it stands for."""
    named = "Captain Ola Lund kept the passengers below deck while the ferry drifted."
    follow = "He said the 84 passengers had stayed calm during the whole crossing."
    brief = brief_of(FERRY_LEADS, after=f"{named} {follow}")
    assert any(t.startswith("[Ola Lund] said the 84 passengers") for t in brief), brief
    assert not any(t.startswith("He ") for t in brief), brief


def test_an_opening_pronoun_no_one_names_stays_out():
    """ "She" after a sentence about a ferry names no one: the sentence stays out."""
    before = "The ferry had been repaired twice this winter."
    follow = "She said the 84 passengers had stayed calm during the whole crossing."
    brief = brief_of(FERRY_LEADS, after=f"{before} {follow}")
    assert not any("84 passengers" in t for t in brief), brief


@pytest.mark.parametrize(
    ("after", "marker"),
    [
        # an age makes "The ... Riverton native" an epithet for someone named elsewhere
        (
            "The 58-year-old Riverton native said the tug crew had saved the ferry.",
            "Riverton native",
        ),
        # which plan?
        (
            "The harbour board said it would vote on that plan again in March.",
            "that plan",
        ),
        # a photo's caption: someone posing at a dated moment, in the present tense
        (
            "Harbour master Eva Dahl listens as a tug captain describes the rescue on May 8.",
            "Eva Dahl",
        ),
    ],
    ids=["aged-epithet", "that-plan", "caption"],
)
def test_a_line_that_leans_on_the_story_stays_out(after: str, marker: str) -> None:
    brief = brief_of(FERRY_LEADS, after=after)
    assert brief and not any(marker in t for t in brief), brief


def test_a_noun_that_a_name_follows_is_no_thing_told_before():
    """ "news broke that harbour pilot Eva Dahl had ...": the parser may take "that" for a
    determiner, but the name says who; the sentence stays."""
    after = "On Monday news broke that harbour pilot Eva Dahl had warned the ferry's owner in May."
    brief = brief_of(FERRY_LEADS, after=after)
    assert any("Eva Dahl had warned" in t for t in brief), brief


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the writer's ranking of someone's words
        ("The captain's answer was one of the best replies to the board's critics.", "analysis"),
    ],
)
def test_brief_labels(text: str, label: str | None) -> None:
    assert brief_label(text) == label


def test_a_word_that_only_says_what_kind_is_no_one_a_pronoun_refers_to():
    """ "Harbour officials say she ...": "Harbour" says which officials, and names no "she"."""
    after = "Harbour officials, however, say she had ignored two storm warnings on Sunday."
    brief = brief_of(FERRY_LEADS, after=after)
    assert not any("storm warnings" in t for t in brief), brief


def test_a_happening_on_a_day_the_reader_is_not_shown_only_fills_room() -> None:
    """Own prose after multinews validation events 100 and 122: every outlet says the engineers
    found cracks "yesterday", in stories that carry no date; the brief has enough to tell
    without that sentence, and leaves it out."""
    later = (
        "Ferries to Nordvik will sail from the southern quay instead, the harbour board said."
        "\n\nEngineers inspected the other four cranes at the quay yesterday and found cracks "
        "in two of them.\n\nThe harbour board said the quay would stay closed to all ships "
        "until Friday.\n\nDock workers at Port Ellis walked out on Wednesday to demand new "
        "cranes."
    )
    brief = brief_of([f"{lead}\n\n{later}" for lead in CRANE_LEADS])
    assert len(brief) >= 3 and not any("yesterday" in t for t in brief), brief


def test_a_heading_run_into_the_text_is_no_brief_line() -> None:
    from newsweave.synthesis.brief_opening import RUN_IN_HEADING

    # (multinews 186: a scraped page's interview heading glued to its first sentence)
    assert RUN_IN_HEADING.search("A TALK WITH ROSS BAIRDThe quay was built in 1890.")
    assert not RUN_IN_HEADING.search("THE TOWNHOUSE on Quay Street is back on the market.")
    assert not RUN_IN_HEADING.search("JPMorgan and NASA said the launch would go ahead.")
    assert not RUN_IN_HEADING.search("In his HARBOURblog post, the mayor closed with a hope.")
