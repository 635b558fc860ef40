"""A name that quotes itself as "I" speaks as a person (own prose, shaped as a reader's written
statement to police on the multinews validation events, whose writer the small model typed an
organisation)."""

from __future__ import annotations

from newsweave.synthesis.mention_speech import says_in_first_person


def _says(settings, text: str, name: str) -> bool:
    from newsweave.nlp import get_spacy

    doc = get_spacy(settings)(text)
    start = text.index(name)
    ent = doc.char_span(start, start + len(name))
    return says_in_first_person(ent, text)


def test_a_quotation_in_the_first_person_before_its_writer(settings) -> None:
    text = "“I never took the trail that day,” Sierra Tamika Holloway wrote."
    assert _says(settings, text, "Sierra Tamika Holloway")


def test_a_quotation_in_the_first_person_after_its_writer(settings) -> None:
    text = "Sierra Tamika Holloway wrote: “I never took the trail that day.”"
    assert _says(settings, text, "Sierra Tamika Holloway")


def test_a_body_quotes_itself_as_we_and_a_report_is_no_quotation(settings) -> None:
    we = "“We regret the delay and we will refund every customer,” Morgan Stanley said."
    assert not _says(settings, we, "Morgan Stanley")
    reported = "Morgan Stanley said I would be refunded within a week."
    assert not _says(settings, reported, "Morgan Stanley")


def test_a_paper_quoting_someone_as_i_is_no_person(settings) -> None:
    """ "..., the National Post adds", after a scrap of text in lower case with its "i"."""
    text = "“the board said i should hire an editor,” the Evening Ledger adds."
    assert not _says(settings, text, "Evening Ledger")
