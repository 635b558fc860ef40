"""The brief reads on its own: no sentence that compares with, adds one more to, or quotes
from something only the article told; the writer's guesses and a page's profile labelled;
a general truth gives way to the news in the opening (own prose)."""

from __future__ import annotations

import pytest

from conftest import CRANE_LEADS, brief_of
from newsweave.synthesis.stages.brief import brief_label, compress


@pytest.mark.parametrize(
    ("after", "marker"),
    [
        # compared with, or the consequence of, something told before it
        (
            "By contrast, the southern quay at Port Ellis kept working through Tuesday night.",
            "southern quay",
        ),
        (
            "Otherwise, the harbour board said, fishing boats would have unloaded there on "
            "Wednesday.",
            "fishing boats",
        ),
        # one more of a kind named before
        (
            "Another crane operator at Port Ellis, Ola Lund, refused to work on Wednesday.",
            "Ola Lund",
        ),
        # which statement?
        (
            "In the statement, the harbour board promised to pay the lorry owners by Friday.",
            "lorry owners",
        ),
        # a truth of no time nor place, or about a thing named elsewhere
        (
            "Old cranes are dangerous when nobody inspects their steel often enough.",
            "Old cranes",
        ),
        # the page's note on its transcript
        (
            "Radio Ellis transcripts are created on a rush deadline by a contractor and may "
            "change.",
            "transcripts",
        ),
    ],
    ids=["by-contrast", "otherwise", "another", "in-the-statement", "truth", "transcript-note"],
)
def test_a_line_that_needs_the_article_around_it_stays_out_of_thebrief_of(
    after: str, marker: str
) -> None:
    brief = brief_of(CRANE_LEADS, after=after)
    assert brief and not any(marker in t for t in brief), brief


def test_a_view_its_holders_report_is_no_general_truth():
    """Own prose: "Dockers say ..." names no one, in the present tense, but reports a view."""
    brief = brief_of(CRANE_LEADS, after="Dockers say the crane had swayed in the wind for weeks.")
    assert any("Dockers say" in t for t in brief), brief


def test_for_example_goes_and_the_statement_stays():
    text = "For example, the harbour board fined the crane's owner 40,000 euros on Friday."
    assert compress(text)[0] == "The harbour board fined the crane's owner 40,000 euros on Friday."


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Maybe the new crane will get the quay back to full speed by June.", "analysis"),
        ("Winter is obviously the slowest season for the quay at Port Ellis.", "analysis"),
        ("An inquiry opened on Friday could shed light on why the crane fell.", "analysis"),
        ("Ten people signing off on each repair makes one wonder who runs the quay.", "analysis"),
        ("Previous studies of the quay have found cracks in its piers.", "background"),
        # the speaker's word, not the writer's: the statement is reported, not judged
        ('"It was obviously too old," the harbour master said of the crane.', None),
        (
            "The quay has six berths and a fish market, according to the harbour board's website.",
            "background",
        ),
        ("The quay reopened on Friday, according to the harbour board.", None),
        # the writer's exclamation, not a quotation's
        ("Even at 90, the old harbour master still has the stamina of a deckhand!", "analysis"),
        ('"We are back in business!" the harbour master shouted on Friday.', None),
        ('The harbour master shouted on Friday: "We are back in business!"', None),
    ],
)
def test_the_writer_s_guess_and_a_page_s_profile_are_labelled(text: str, label: str | None):
    assert brief_label(text) == label


def test_a_general_truth_gives_way_to_the_news_in_the_opening():
    """Own prose: every outlet opens on a truth of no time nor place; the brief opens with
    the crane that fell on Tuesday."""
    truths = [
        "A crane on a quay becomes dangerous when its steel is not inspected often enough.",
        "Cranes on a quay become dangerous when their steel grows old and nobody inspects it.",
        "Steel in old cranes on a quay becomes dangerous when nobody inspects it.",
    ]
    brief = brief_of([f"{t}\n\n{news}" for t, news in zip(truths, CRANE_LEADS, strict=True)])
    assert brief and "Tuesday" in brief[0], brief


def test_an_owned_subject_is_no_general_truth():
    """Own prose: "Dockers' demands include ..." names no one, in the present tense, but the
    demands are the story's dockers', not a truth of no time."""
    demands = "Dockers' demands include a new inspection regime, higher pay and longer breaks."
    brief = brief_of(CRANE_LEADS, after=demands)
    assert any("Dockers' demands" in t for t in brief), brief


def test_a_description_after_an_opening_time_cannot_open_the_brief():
    """Own prose: "On Tuesday the operator confirmed ..." calls its subject by a description
    whose name is in a sentence the brief does not carry; the named lead opens instead."""
    bodies = [
        f"On Tuesday night the operator confirmed that a crane had fallen onto a quay.\n\n{lead}"
        for lead in CRANE_LEADS
    ]
    brief = brief_of(bodies)
    assert brief and not brief[0].startswith("On Tuesday night the operator"), brief


def test_a_quotation_s_own_subject_is_no_description_of_the_sentence_s():
    """Own prose: in "“This means ...,” the harbour master told the paper" the "This" is the
    speaker's word; the sentence names who spoke and stays in the brief."""
    quote = (
        "“This means the lorry owners will be paid by Friday. It means the quay can work "
        "again,” harbour master Ann Lee told the Port Ellis Star."
    )
    brief = brief_of(CRANE_LEADS, after=quote)
    assert any("lorry owners will be paid" in t for t in brief), brief
