"""Reported speech as a reader takes its listing, "**speaker** (cue): content": a deal struck
or a phone call is no one's words, the cue keeps the preposition the content hangs on, a
report of names joined by "and" is all of theirs, a group keeps its coordinated modifiers
and a passive participle's subject is no accuser."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.models import Article, QuoteMention
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.stages.quotes import _spoken


def _reports(text: str) -> list[tuple[QuoteMention, bool]]:
    """Each reported-speech mention of ``text`` and whether the quotes stage lists it."""
    doc = get_spacy(Settings())(text)
    found = extract_quotes(Article(id="t", text=text), doc)
    return [(m, _spoken(m, {"t": doc})) for m in found if m.form != "direct"]


def _listed(text: str) -> list[QuoteMention]:
    """The reported-speech mentions of ``text`` the quotes stage lists."""
    return [m for m, spoken in _reports(text) if spoken and m.speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a deal struck, or not: "(agree): to end the strike" reads as words no one said
        "Negotiators for the ferry company and the crews met in Bergen in May, but failed to "
        "agree to end the strike, which has dragged on ever since.",
        "Prosecutors agreed to release him under pre-trial supervision.",
    ],
)
def test_an_agreement_to_act_is_no_reported_speech(text):
    assert _listed(text) == []
    # an agreement that something is so is a claim
    listed = _listed("Harbour master Ola Berg agreed that the old pier was unsafe for ferries.")
    assert [(m.cue, m.text) for m in listed] == [("agreed", "the old pier was unsafe for ferries")]


@pytest.mark.parametrize(
    "text",
    [
        # an election convened, an emergency line rung: no words
        "Mayor Ana Lindqvist called the snap election in the hope of a stronger mandate.",
        "Ola Berg called 911 when the ferry failed to dock and he found the quay empty.",
    ],
)
def test_a_call_that_convenes_or_rings_is_no_reported_speech(text):
    assert _listed(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mayor Ana Lindqvist called for an unconditional halt to the ferry strike.",
            "called for",
            "an unconditional halt to the ferry strike",
        ),
        (
            "The harbour union called on the council to reopen the northern quay.",
            "called on",
            "the council to reopen the northern quay",
        ),
        (
            "Harbour analysts pointed to a slew of reasons for the ferry company's losses.",
            "pointed to",
            "a slew of reasons for the ferry company's losses",
        ),
    ],
)
def test_the_cue_keeps_the_preposition_its_content_hangs_on(text, cue, content):
    # "(called): an unconditional halt" would read as a name the mayor gave it
    assert [(m.cue, m.text) for m in _listed(text)] == [(cue, content)]
    # a name given is words, and a day's preposition is no part of the cue
    listed = _listed("Mayor Ana Lindqvist called the ferry plan a disgrace on Tuesday.")
    assert [(m.speaker, m.cue) for m in listed] == [("Ana Lindqvist", "called")]


def test_a_report_of_names_joined_by_and_is_all_of_theirs():
    # "Norway (accused): each other of breaking…" cannot read right: the pair accused
    text = "Both Norway and Sweden accused each other of breaking the fishing accord."
    assert [(m.speaker, m.cue) for m in _listed(text)] == [("Norway and Sweden", "accused")]
    # "Ilse Marten (said): they had pitched …" credited one with what two said
    text = (
        "The harbour master Ilse Marten and the ferry captain Tomas Brand said they had "
        "pitched the new timetable to the board in March."
    )
    assert [m.speaker for m in _listed(text)] == ["Ilse Marten and Tomas Brand"]
    # one party's own accusation is listed as hers
    text = "Norway accused Sweden of breaking the fishing accord."
    assert [(m.speaker, m.cue) for m in _listed(text)] == [("Norway", "accused")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The mayor met the ferry crews, hours after British and Irish officials said "
            "the quay would reopen on Monday.",
            "British and Irish officials",
        ),
        (
            "Swedish and Norwegian negotiators said the fishing accord would be signed in May.",
            "Swedish and Norwegian negotiators",
        ),
    ],
)
def test_a_group_keeps_its_coordinated_modifiers(text, group):
    assert [m.speaker for m in _listed(text)] == [group]


def test_the_subject_beside_a_passive_participle_is_no_accuser():
    # the clerk is the accused, and the police who arrested him did not accuse him in words
    text = (
        "A former harbour clerk was arrested on Friday by the police, accused of stealing "
        "ferry tickets worth thousands of dollars from the terminal."
    )
    accused = [m for m, _ in _reports(text) if m.cue == "accused"]
    assert accused and all(m.speaker is None for m in accused)
    assert not any(m.cue == "accused" for m in _listed(text))


# Own prose: the harbour pilot is asked. The question is no words of his; here the tagger
# reads its "Asked" as a past tense (VBD), not as the participle it is.
ASKED = (
    "Erik Lund testified on Monday.\n\nAsked why Riverton Council gave him a bonus of $5,000 a year, he responded: "
    '"To keep the ferry running. To keep the quay open."'
)
# ... and the mayor inside the question is whom he was asked about, not the "he" who answers.
ASKED_PILOT = (
    "Erik Lund told the inquiry that the ferry had left the quay on time.\n\n"
    "Asked why Mayor Tom Ruiz gave him a bonus of $5,000 a year, he responded: "
    '"To keep the ferry running. To keep the quay open."'
)


def test_the_one_asked_is_no_asker_when_the_participle_is_tagged_past():
    asked = [m for m, _ in _reports(ASKED) if m.cue == "asked"]
    assert asked and all(m.speaker is None for m in asked)


def test_a_name_in_the_question_put_to_him_is_not_the_he_who_answers():
    doc = get_spacy(Settings())(ASKED_PILOT)
    found = extract_quotes(Article(id="t", text=ASKED_PILOT), doc)
    answer = [m for m in found if m.form == "direct" and m.text.startswith("To keep")]
    assert [m.speaker for m in answer] == ["Erik Lund"]


def test_a_saying_left_undone_is_no_speech():
    text = (
        "The ferry board lost credibility by failing to disclose that the engines of the "
        "northern ferry had broken down twice."
    )
    reports = _reports(text)
    assert [m.cue for m, _ in reports] == ["failing to disclose"]
    assert not any(spoken for _, spoken in reports)
