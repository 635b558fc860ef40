"""Which found reports tell speech (:func:`tells_speech`), so that an event lists them as
someone's words: a report noun's topic and a person's find or show are found (PolNeAR counts
them) but are no words of anyone's."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.reported import tells_speech


def _cue(text: str, word: str) -> bool:
    """Whether ``word`` of ``text``, as a report's cue, tells speech."""
    doc = get_spacy(Settings())(text)
    return tells_speech(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Councillor Bram Osei raised questions about the ferry timetable on Monday.", "questions"),
        ("The mayor made remarks about the harbour fees at the meeting.", "remarks"),
    ],
)
def test_a_report_nouns_topic_tells_no_speech(text, word):
    # listed, "(questions): the ferry timetable" would read as what Osei said
    assert not _cue(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor's warning that the pier would flood went unheeded.", "warning"),
        ("The council ignored her claim that the ferry was unsafe.", "claim"),
    ],
)
def test_a_report_nouns_clause_tells_speech(text, word):
    assert _cue(text, word)


def test_what_a_person_found_or_showed_is_no_finding():
    assert not _cue("Councillor Bram Osei found a receptive audience for his plan.", "found")
    assert not _cue("She showed the crowd a map of the new quay.", "showed")


def test_what_a_survey_found_or_someone_found_to_be_so_is_a_finding():
    assert _cue("The harbour survey found broad support for the new pier.", "found")
    assert _cue("Councillor Bram Osei found that the pier was unsafe.", "found")


@pytest.mark.parametrize(
    "text",
    [
        # Multinews 033, 062, 245: a find listed as "researchers (found): the jumbo-size foot
        # fossils", "authorities (found): Alexis Murphy's white 2003 Nissan Maxima …"
        "Researchers found the giant crocodile skull in a quarry near the river.",
        "Authorities found the missing trawler's lifeboat on a beach north of the harbour.",
        "A shelter volunteer found the dog at the animal centre in Nordvik.",
    ],
)
def test_what_people_or_a_body_came_upon_is_no_finding(text):
    assert not _cue(text, "found")


@pytest.mark.parametrize(
    "text",
    [
        # an object that names a finding, whoever finds it; a record's object is its finding
        "Researchers found no evidence of a rise in harbour seal deaths.",
        "The professor found an association between noise and the seals' stress.",
        "The autopsy found bruising on the fisherman's arms and neck.",
        # what is said of the object, the parse taking it for the noun's adjective (Multinews 215)
        "Harbour doctors found the medication effective for treating seal bites.",
    ],
)
def test_an_object_that_names_a_finding_is_one(text):
    assert _cue(text, "found")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Multinews 085: "Gwyneth Paltrow (endorsing): the campaign on her Facebook page"
        (
            "The singer raised $80,000 after endorsing the campaign on her Facebook page.",
            "endorsing",
        ),
        (
            "The professor defended his thesis on harbour seals at the university in May.",
            "defended",
        ),
    ],
)
def test_a_stance_with_nothing_said_of_its_target_tells_no_speech(text, word):
    assert not _cue(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor praised the ferry crew for their courage in the storm.", "praised"),
        ("The union accused the harbour board of hiding the report.", "accused"),
        ("Critics denounced the new pier as a waste of public money.", "denounced"),
        # the parser hangs what is said on the object's noun (Multinews 096, 114, 116, 164)
        (
            "Osei criticized the harbour board's report for errors on the ferry's sinking.",
            "criticized",
        ),
        (
            "The mayor praised the crews, who came from all over the coast, for saving the ferry.",
            "praised",
        ),
        ("Fishermen accused the harbour board's chairman of hiding the report.", "accused"),
        # a reason given, words of the speaker's quoted (Multinews 232, 108)
        (
            "Osei defended the slogan about the pier, because the mayor had used it himself.",
            "defended",
        ),
        (
            "Osei praised the bishop's call to end “the ruin of our coast” at the harbour.",
            "praised",
        ),
    ],
)
def test_a_stance_with_what_it_says_of_its_target_tells_speech(text, word):
    assert _cue(text, word)


def _listed(text: str) -> dict[str, bool]:
    """Each report of ``text`` (by its cue) and whether the quotes stage lists it as speech."""
    from newsweave.models import Article
    from newsweave.synthesis.quotes.extraction import extract_quotes
    from newsweave.synthesis.stages.quotes import _spoken

    doc = get_spacy(Settings())(text)
    found = extract_quotes(Article(id="t", text=text), doc)
    return {m.cue: _spoken(m, {"t": doc}) for m in found if m.form != "direct"}


@pytest.mark.parametrize(
    "text",
    [
        # a nominee confirmed, a prize claimed, a feat repeated, a topic written about: deeds
        "The Senate confirmed Ana Lindqvist on a vote of 61 to 38 in March.",
        "Bram Osei claimed his $2 million jackpot prize at the lottery office on Friday.",
        "Bram Osei repeated that feat in the harbour race a year later.",
        "Bram Osei had written about the flooded villages of the delta and the fishermen.",
    ],
)
def test_a_speech_verb_done_with_a_thing_is_not_listed(text):
    assert list(_listed(text).values()) == [False]


@pytest.mark.parametrize(
    "text",
    [
        # a message as the object, what is said of it, a finding, what was reported: claims
        "Mayor Ana Lindqvist confirmed the account of the ferry crew on Tuesday.",
        "Bram Osei denied the allegations to the harbour police on Friday.",
        "Bram Osei boasted the new pier as one of his greatest achievements.",
        "Residents reported a strong smell of diesel near the harbour after the blast.",
    ],
)
def test_a_speech_verb_with_a_message_or_what_it_says_of_it_is_listed(text):
    assert list(_listed(text).values()) == [True]


def test_a_description_with_nothing_said_of_its_object_is_not_listed():
    listed = _listed("Several people who were crossing the bridge described witnessing the jump.")
    assert listed == {"described": False}


def test_a_content_that_lost_its_subject_is_not_listed():
    # the relative clause holds the subject ("who", "that") outside the content: listed, it
    # would read "police (said): were unemployed at the time"
    text = "Osei and Berg, who the police said were unemployed at the time, sold the boats."
    assert _listed(text) == {"said": False}
    text = "The mayor signed an order on Wednesday that she said would end the ferry strike."
    assert _listed(text)["said"] is False


def test_a_saying_declined_is_no_speech_and_shows_its_refusal():
    listed = _listed("Fuller declined to say whether his client plans to claim self-defense.")
    assert listed.get("declined to say") is False and not any(listed.values())


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a story told, an addressee, whom someone spoke with: no words of theirs
        (
            "Olsen was moved when she took the prize, telling the audience a story about her son.",
            "telling",
        ),
        ("The two harbour advisers told The Nordvik Post.", "told"),
        (
            "Mayor Lindqvist speaks with the harbour master and the ferry captain in Bergen.",
            "speaks",
        ),
    ],
)
def test_a_talk_with_no_clause_or_topic_tells_no_speech(text, word):
    # listed, "Olsen (telling): a story about her son" would read as what she said
    assert not _cue(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Olsen told the council the old pier was unsafe.", "told"),
        ("Olsen told the crew to leave the ferry.", "told"),
        ("Mayor Lindqvist spoke about the flooded quay at the meeting.", "spoke"),
    ],
)
def test_a_talk_with_a_clause_or_a_topic_tells_speech(text, word):
    assert _cue(text, word)


def test_a_thing_written_whose_words_are_not_given_tells_no_speech():
    """Multi-News 215 listed "Loren Podwill (wrote): a heartfelt letter to the prosecutor in
    Nagoya": the deed of writing, not the letter's words; a letter whose own phrase or the
    verb's clause says what it says is a report."""
    assert not _cue("On Monday, Ida Stone wrote a long letter to the harbour board.", "wrote")
    assert _cue("Ida Stone wrote a letter urging the harbour board to close the pier.", "wrote")
    assert _cue("Ida Stone wrote that the pier was unsafe.", "wrote")
