"""Quotes with no cue verb of their own that the article still credits: the answers of a
printed interview, and a quote of several sentences closed by "according to X"."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.interview import is_aside, is_interview, is_question


def _speakers(text: str) -> dict[str, str | None]:
    """Each direct quote's first words and its speaker's name."""
    qs = extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))
    return {q.text[:24]: q.speaker for q in qs if q.form == "direct"}


# Own prose with the shape of multinews validation event 37: a lead naming the interviewee,
# a bracketed link, questions of more than a few words, each answered by a quote paragraph;
# then a second interviewee introduced in prose.
INTERVIEW = (
    "After the loss on Friday, Dana Whitcombe spoke about the cancelled parade.\n\n"
    "[City council delays the vote on the parade route]\n\n"
    "What did you think when you heard the news this morning?\n\n"
    "“I was stunned. Nobody from the city called us before the decision was made.”\n\n"
    "Did the other organisers know about it before you did?\n\n"
    "“Some of them heard rumours, but nothing was confirmed to anyone.”\n\n"
    "Will you ask the council to reconsider the decision next month?\n\n"
    "“We will, and we will bring every marcher who wants to come along.”\n\n"
    "Council member Horace Pell also addressed the parade.\n\n"
    "Was the decision taken because of the expected costs?\n\n"
    "“The costs were one reason among several. Safety on the bridge was another.”\n\n"
    "Could the parade still take place later in the summer?\n\n"
    "“That depends on the repairs to the bridge, which start in June.”\n"
)


def test_every_answer_of_a_printed_interview_is_the_interviewees() -> None:
    """The first answer is the person the lead is about (past the bracketed link); each later
    answer the speaker of the answer before its question; a new person introduced in prose
    takes over the answers after that introduction."""
    got = _speakers(INTERVIEW)
    assert got["I was stunned. Nobody fr"] == "Dana Whitcombe"
    assert got["Some of them heard rumou"] == "Dana Whitcombe"
    assert got["We will, and we will bri"] == "Dana Whitcombe"
    assert got["The costs were one reaso"] == "Horace Pell"
    assert got["That depends on the repa"] == "Horace Pell"


def test_one_question_between_quotes_is_no_interview() -> None:
    """A single question set between quote paragraphs may be the writer's aside: the quote
    after it is nobody's rather than the previous speaker's."""
    text = (
        "“We will reopen the bridge in June,” said Horace Pell, the council member.\n\n"
        "But what will the repairs cost the taxpayers of the city this year?\n\n"
        "“Nobody can tell you that yet, and anyone who says otherwise is guessing.”\n"
    )
    assert not is_interview(text)
    assert _speakers(text)["Nobody can tell you that"] is None


def test_question_and_aside_shapes() -> None:
    """A question paragraph quotes no one (an apostrophe is no quotation mark) and is short;
    a bracketed line is a link to another story."""
    assert is_question("Teammates’ reaction to your efforts?")
    assert not is_question("Did he say “no” to the offer?")
    assert not is_question("Why? " + "word " * 45 + "now?")
    assert not is_question("He stayed home.")
    assert is_aside("[Council delays the vote on the parade route]")
    assert not is_aside("Council delays the vote [again]")


def test_according_to_after_a_quote_of_several_sentences() -> None:
    """Own prose after multinews validation event 139: "according to X" closing a quote in
    its last sentence credits the whole quote to X."""
    text = (
        'Keep the eggs in the refrigerator. "Frozen eggs can still be cooked. The yolk turns '
        'thick and will not blend well with the white," according to the Food Safety '
        "Inspection Service.\n"
    )
    assert _speakers(text)["Frozen eggs can still be"] == "Food Safety Inspection Service"


def test_an_inverted_cue_the_parse_read_with_an_object_names_its_speaker() -> None:
    """Own prose after multinews validation event 44: in '"…," offered Mickey Hart.' the parser
    reads the name as the verb's object; the name right after a cue right after the quote is
    the speaker, and the next quote of the paragraph continues it."""
    text = (
        "The drummers will join the band for the final shows.\n\n"
        '"I have a feeling this will come out just right," offered Mickey Hart. '
        '"We cannot wait to play again!"\n'
    )
    got = _speakers(text)
    assert got["I have a feeling this wi"] == "Mickey Hart"
    assert got["We cannot wait to play a"] == "Mickey Hart"
