"""Brief lines that are no news alone: a writer's borrowed voice, a short quotation of a bare
"this", a reply, an opening on "the remarks" of someone, an opening that goes on with its
story (own prose in the shapes of multinews validation events 162, 044, 210, 107, 144, 155
and 053)."""

from __future__ import annotations

import pytest

from newsweave.models import Article
from newsweave.synthesis.brief_lines import (
    answers_untold,
    borrowed_voice,
    leans_on_story,
    short_quote_leans,
    untold_remarks,
)


@pytest.fixture(scope="module")
def parse(settings):
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze

    nlp = get_spacy(settings)
    return lambda text: analyze([Article("a", text)], nlp)[0].doc[:]


def test_words_the_writer_supposes_someone_might_say_are_a_quip(parse) -> None:
    """Multinews 162 ended its brief on "As Walter White might say, she is the one who
    knocks." Own prose of that shape; what someone said, or says, is a report."""
    assert borrowed_voice(parse("As Captain Ahab might say, the ferry is the one that got away."))
    assert borrowed_voice(parse("The mayor, as Yogi Berra would put it, saw it all again."))
    for text in (
        "As the mayor said on Monday, the ferry will sail again in spring.",
        "“As I might say to any captain, the harbour is closed,” the mayor said.",
        "The ferry will sail again in spring, the mayor said.",
    ):
        assert not borrowed_voice(parse(text)), text


@pytest.mark.parametrize(
    "text",
    [
        '"I\'m great at this," Quill said.',
        '"Looking forward to this one, oh boy," commented Ilse Marten.',
        "“That was an extra layer of safety we put in,” Marten said.",
        "“It’s not enough,” said Quill.",
        '"Okay!" Quill said loudly, though not happily.',
    ],
)
def test_a_short_quotation_of_a_bare_this_says_nothing_alone(parse, text: str) -> None:
    """Multinews 044 and 210 gave quotations whose "this" the story told before them."""
    assert short_quote_leans(parse(text))


@pytest.mark.parametrize(
    "text",
    [
        "“We want to build better ferries,” Quill said.",
        "“It is time to close the harbour,” Quill said.",
        # the quotation names its thing before its "it"
        'Marten calls the ferry a "rusty tub with a mast on it."',
        # a longer quotation says something of its own beside its "this"
        "“This is a sad day for the harbour and for every family that worked on the ferries "
        "for fifty years,” Quill said.",
        # words of its own outside the quotation tell something
        "Quill, who ran the ferry for a decade, told the board on Monday: “It’s not enough.”",
        "The harbour board voted on Monday to close the quay for a year.",
    ],
)
def test_a_quotation_that_names_its_thing_reads_alone(parse, text: str) -> None:
    assert not short_quote_leans(parse(text))


def test_an_opening_on_someones_remarks_leans_on_the_story(parse) -> None:
    """Multinews 144 opened on "The remarks from the President generated serious
    consternation ..."; whose remarks they are says not which ones."""
    assert untold_remarks(parse("The remarks from the mayor drew anger from the ferry crews."))
    assert untold_remarks(parse("The comments by Quill angered the ferry crews."))
    for text in (
        "The remarks about the ferry drew anger from the crews.",
        "The mayor's remarks on Monday drew anger from the ferry crews.",
        "The harbour board voted on Monday to close the quay.",
    ):
        assert not untold_remarks(parse(text)), text


def test_a_reply_answers_a_question_the_brief_does_not_carry() -> None:
    """Multinews 107 gave "Yes, but only according to the usual 10-year budget window ..."."""
    assert answers_untold("Yes, but only if the harbour board counts the next ten years.")
    assert answers_untold("No, the ferry will not sail again this spring.")
    for text in (
        "No. 1 seed Ilse Marten won the harbour race on Sunday.",
        "No one was hurt when the ferry struck the quay.",
        "Yesterday the ferry struck the quay.",
    ):
        assert not answers_untold(text), text


def _sentence(parse, text: str, k: int):
    """The ``k``-th sentence of ``text``'s parse, in the parse of the whole story."""
    return list(parse(text).sents)[k]


@pytest.mark.parametrize(
    ("story", "leans"),
    [
        # the group the sentence before told of, by the same noun
        (
            "Sailors from the fleet fathered children in the port towns. "
            "Some of the children were raised by their grandmothers.",
            True,
        ),
        # someone named before, called by a word for a person that describes them
        (
            "Late on Friday, Mara Lind's 6-year-old son Tomas Lind was playing on the porch. "
            "A stray bullet hit the little boy as he ran inside.",
            True,
        ),
        # a place the act is set in is no callback ("down the street")
        (
            "Mara Lind opened a lemonade stand on the street last week. "
            "Someone opened fire down the street on Friday night.",
            False,
        ),
        # one person by a role may be whom the headline names
        (
            "At last the governor has spoken about the verdict. "
            "Even as the state waited, the governor avoided the question.",
            False,
        ),
        # an object told before: the sentence most often goes on to say which
        (
            "Police opened an inquiry on Monday. "
            "The mayor asked the police chief to close the inquiry into the fire by May.",
            False,
        ),
        # the subject of a clause inside the sentence, not of its main verb
        (
            "The port agency opened an inquiry. "
            "A port official said that the agency had fixed the crane before the storm.",
            False,
        ),
        # a thing the story names for the first time
        (
            "The ferry left the harbour at noon. A storm hit the coast an hour later.",
            False,
        ),
    ],
    ids=["group-told", "epithet", "place", "one-role", "first-told", "object-told", "clause"],
)
def test_an_opening_that_goes_on_with_its_story_leans_on_it(parse, story: str, leans: bool) -> None:
    """Multinews 155 opened on "Some of the children were a result of long-term
    relationships ..." (the children its story's sentence before told of) and 053 on "A stray
    bullet hit the little girl ..." (the girl the sentence before named): a brief's first line
    has nothing before it."""
    assert leans_on_story(_sentence(parse, story, 1)) is leans
