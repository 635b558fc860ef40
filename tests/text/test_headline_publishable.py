"""A title a newsroom would publish: never a page's call to its reader (a product pitch, a
link's label) nor a quotation left open on its speaker's trailing "…". Own prose throughout."""

from __future__ import annotations

from newsweave.text.headline import event_headline


def test_a_pitch_calling_the_reader_to_click_is_no_title() -> None:
    text = (
        "Printable leaflets for the clinic's families can be ordered on Harbour Print "
        "(click here).\n"
        "The Millbrook clinic opened a ward for children with rare heart conditions on Monday.\n"
        "Doctors there treated twelve patients in its first week."
    )
    title = event_headline([None], [text])
    assert "Harbour Print" not in title and "leaflets" not in title
    assert title.startswith("The Millbrook clinic opened a ward")


def test_a_quotation_of_one_whole_sentence_is_given_closed() -> None:
    text = (
        '"She was such a joy to coach…. She never missed a practice. She always asked what '
        'more she could do," her trainer said.'
    )
    assert event_headline([None], [text]) == '"She was such a joy to coach"'


def test_a_quotation_too_long_for_a_title_is_not_closed_as_if_whole() -> None:
    text = (
        '"She was such a joy to coach every single morning of every season we ever spent on '
        'that cold and windy field by the river…. She never missed a practice," he said.'
    )
    title = event_headline([None], [text])
    assert title.endswith("…") and not title.endswith('"')
