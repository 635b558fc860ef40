"""Speakers an article names in another form than the one the quote stands by: a name with and
without its middle initial ("Harry M. Reid", "Harry Reid"), an office told by a title ("Sen."
before the name, "the senator" after it), a trade told in other words ("the lawyer for the
family", then "an Atlanta attorney"), and a person told of only through what is theirs ("his
enthusiasm still shines through: “…”"). A reader should see the one person, once, and never a
father for his son nor one of two lawyers for the other."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.index import article_index
from quoted_text import mentions, quote_with


def test_a_name_without_its_middle_initial_is_the_same_person() -> None:
    text = (
        "Senate Minority Leader Harry M. Reid spoke with the governor on Monday about the seat "
        "on the court.\n\n"
        "The two men have known each other for years. Harry Reid, who retires next year, "
        "backed the governor's first run for the bench in 2005.\n\n"
        '"He was a good judge and he is a good governor," Harry Reid said.'
    )
    said = quote_with(mentions(text), "He was a good judge")
    assert said.speaker == "Harry M. Reid"


def test_two_forms_with_middle_initials_leave_the_plain_name_apart() -> None:
    text = (
        "George H.W. Bush and George W. Bush both spoke at the library on Friday.\n\n"
        "George Bush thanked the staff for the new wing.\n\n"
        '"It is a fine place to remember," George Bush said.'
    )
    # a father and a son: which one "George Bush" is, the article does not say
    said = quote_with(mentions(text), "It is a fine place")
    assert said.speaker == "George Bush"


def test_a_father_named_without_the_initial_is_not_his_son() -> None:
    text = (
        "George W. Bush opened the library in Texas on Friday with his father, George Bush, "
        "beside him.\n\n"
        '"It is a fine place to remember," George Bush said.'
    )
    doc = get_spacy(Settings())(text)
    assert "George Bush" not in article_index(doc).full_name
    said = quote_with(mentions(text), "It is a fine place")
    assert said.speaker == "George Bush"


def test_the_office_a_title_gives_is_what_a_description_names() -> None:
    text = (
        "Sen. Carla Whitmore met the governor on Monday in Boise to talk about water rights and "
        "the new dam.\n\n"
        "Whitmore has long opposed the project, which critics say will flood three farms.\n\n"
        'Reporters asked about the plan later that day. "It is a waste of money," the senator '
        "said."
    )
    said = quote_with(mentions(text), "It is a waste of money")
    assert said.speaker == "Carla Whitmore"


def test_an_office_without_a_title_is_no_ones_description() -> None:
    text = (
        "Carla Whitmore met the governor on Monday in Boise to talk about water rights and the "
        "new dam.\n\n"
        "Whitmore has long opposed the project, which critics say will flood three farms.\n\n"
        'Reporters asked about the plan later that day. "It is a waste of money," the senator '
        "said."
    )
    # nothing makes her a senator: the description stays as written
    said = quote_with(mentions(text), "It is a waste of money")
    assert said.speaker == "the senator"


LAWYER = (
    "The lawyer for the family of a murdered shop owner denounced a television "
    "special about the case as a cruel fiction and threatened to sue the network.\n\n"
    "Marcus Ohlsen, a Denver attorney who said he had sued two papers over the case before, "
    "called the program reckless.\n\n"
    "No one has been charged in the killing. A grand jury met in 2001, but then-District "
    "Attorney Paula Grieve declined to file charges."
)


def test_a_lawyer_for_someone_is_the_one_attorney_the_article_names() -> None:
    said = quote_with(mentions(LAWYER), "a television special")
    assert said.speaker == "Marcus Ohlsen"


def test_two_attorneys_leave_the_lawyer_for_someone_unnamed() -> None:
    text = LAWYER.replace("then-District Attorney Paula Grieve", "Paula Grieve, an attorney,")
    said = quote_with(mentions(text), "a television special")
    assert said.speaker == "the lawyer"


PLAYER = (
    "For Ruth Calder, the tour was a different experience, since there is a lot she wishes she "
    'had done otherwise: "I sang too hard every night. I wore my voice out."\n\n'
    "The songs stayed with her all the same. The band still plays them.\n\n"
    'But her joy in the music still shines through: "It was the best year of my life.\n\n'
    '"We played every night. Nobody told us what to play. We just played."\n\n'
    'And she offers advice for young singers: "Rest your voice. Drink water."'
)


def test_a_quote_after_a_colon_shows_whose_thing_the_clause_tells_of() -> None:
    said = quote_with(mentions(PLAYER), "It was the best year")
    assert said.speaker == "Ruth Calder"


def test_a_pronoun_goes_on_with_whose_thing_an_earlier_sentence_tells_of() -> None:
    # Ruth Calder is named more sentences back than a pronoun looks; "her joy" is nearer
    said = quote_with(mentions(PLAYER), "Rest your voice")
    assert said.speaker == "Ruth Calder"


def test_a_persons_own_person_before_a_colon_is_not_them() -> None:
    text = (
        "Ruth Calder did not speak to reporters after the hearing on Monday.\n\n"
        'Her lawyer was blunt: "This case should never have come to court."'
    )
    said = quote_with(mentions(text), "This case should never")
    assert said.speaker != "Ruth Calder"


def test_a_role_in_its_own_word_comes_before_another_word_for_it() -> None:
    text = (
        'The singer sued on Tuesday to "set the record straight," her lawyer said.\n\n'
        "Her lawyer, Dana Whitcombe, said the agreement was void. The producer's attorney, "
        "Lionel Marsh, did not answer calls."
    )
    # "her lawyer" is the one the article calls her lawyer, not the one it calls an attorney
    said = quote_with(mentions(text), "set the record straight")
    assert said.speaker == "Dana Whitcombe"
