"""A report's words in forms the parse does not hang on the cue: the rest of a series the
content ends in, a speech verb closing its sentence after a comma, a word standing for a
claim ("said so")."""

from __future__ import annotations

from conftest import reported_of


def test_a_content_runs_on_over_the_series_its_last_phrase_opens():
    """The parser hung "replace" and "open" on a word outside the content, which stopped at
    the first comma; the mayor urged all three."""
    text = (
        "At the quay on Monday, the mayor urged the council to close the old pier, replace "
        "the ferry ramp and open a new bus lane."
    )
    (report,) = [r for r in reported_of(text) if r[1] == "urged"]
    assert report[2].endswith("open a new bus lane"), report


def test_a_clause_of_its_own_after_the_comma_is_no_item_of_the_series():
    """ "officials closed the ramp" has a subject of its own: another clause, not a thing urged."""
    text = "The mayor urged the council to close the old pier, officials closed the ramp and the ferry stopped."
    contents = [r[2] for r in reported_of(text) if r[1] == "urged"]
    assert contents == ["the council to close the old pier"], contents


def test_a_speech_verb_closing_its_sentence_reports_the_clause_before_it():
    text = (
        "The new ramp includes a lift for wheelchairs and a covered shelter, harbour master "
        "Kari Berg told the council on Tuesday."
    )
    assert reported_of(text) == [
        ("Kari Berg", "told", "The new ramp includes a lift for wheelchairs and a covered shelter")
    ]


def test_a_closing_cue_reports_the_main_clause_the_parser_hung_on_a_subordinate_one():
    text = (
        "As the mayor prepared to speak at the quay on Tuesday, a boy near the ramp was hit "
        "by a falling sign, police have said."
    )
    ((source, cue, content),) = reported_of(text)
    assert (source, cue) == ("police", "said"), (source, cue)
    assert content == (
        "As the mayor prepared to speak at the quay on Tuesday, a boy near the ramp was hit "
        "by a falling sign"
    ), content


def test_a_closing_cue_after_a_subordinate_clause_reports_nothing():
    """ "Not long after the ferry left, the mayor asked…": the clause before the comma is no
    claim, and "and" before a cue starts a sentence's second part."""
    text = "Not long after the ferry left the quay, the harbour master asked the crew."
    assert [r for r in reported_of(text) if r[2].startswith("Not long")] == []
    text = "The ferry left the quay at noon, and the harbour master said nothing."
    assert [r for r in reported_of(text) if r[2].startswith("The ferry")] == []
    # (mn-val-144) a cue heading a free relative: what someone asks is no closing report
    text = (
        "The questions boil down to what Ada Moss of Kettlewick, Yorkshire asks. "
        '"Why does the ferry cost more every year?"'
    )
    assert [r for r in reported_of(text) if r[2].startswith("The questions")] == []


def test_a_word_standing_for_a_claim_is_the_report_of_it():
    text = (
        "Asked whether the ferry should run at night, 64 percent of the islanders said yes. "
        "Last spring, only 40 percent said so."
    )
    found = [(cue, content) for _, cue, content in reported_of(text)]
    assert ("said", "yes") in found, found
    assert ("said", "so") in found, found


def test_a_word_standing_for_a_claim_is_the_whole_content():
    """Multi-News: "They said no, but in 1992, at 20 years old, Paula was capable of making the
    decision on her own" ran the answer on over the writer's next clause."""
    text = "Her parents said no, but in 1992, at 20 years old, Kari was able to decide alone."
    assert [(cue, content) for _, cue, content in reported_of(text)] == [("said", "no")]


def test_so_or_no_opening_a_phrase_is_no_claim_of_its_own():
    text = "The harbour master said no to the new ramp. Olsen has said so many things."
    found = [content for _, _, content in reported_of(text)]
    assert "no" not in found and "so" not in found, found
