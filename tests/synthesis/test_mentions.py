"""Name mentions: a capitalised common noun is no name (#15, Multi-News speakers)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.index import article_index, name_of
from newsweave.synthesis.quotes.mentions import bare_name, role_appos
from newsweave.synthesis.quotes.speakers import (
    clean_name,
    personal_name,
    speaker_type,
    unnamed_group,
)


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    doc = get_spacy(Settings())(text)
    return [(m.speaker, m.speaker_type) for m in extract_quotes(Article(id="t", text=text), doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Multi-News (mn-val-002, -004): a plural for people, capitalised by where it stands,
        # is an unnamed group like "officials"
        (
            "The Thing\n\nHistorians had long wondered whether Dingwall was a site of a moot.",
            [("historians", "GROUP")],
        ),
        (
            "Neighbors told reporters on Wednesday that they saw Alcorn on the porch.",
            [("neighbors", "GROUP")],
        ),
        # (mn-val-047) things are no one: the article writes "reports" in lower case too
        (
            "Broken leg\n\nReports on Monday evening said the aid convoy had reached the town. "
            "Other reports said it had not.",
            [(None, None), (None, None)],
        ),
        # (mn-val-116, -202) an institution's head noun alone is its name cut short
        ("Officials met on Monday.\n\nThe Department said it would review the letter.", [None]),
        # names stay names: a word the article also capitalises mid-sentence, a party
        (
            "Giants said the deal was done. The Giants have won three titles.",
            [("Giants", "ORG")],
        ),
        ("Republicans said the bill would fail in the Senate.", [("Republicans", "GROUP")]),
        # (mn-val-030) a noun for a person heading a headline is an unnamed witness, no name
        (
            "Tom Hale's Crash: Witness Says Driver Was 'Asleep' at the Wheel\n\n"
            "A truck left the road near Millbrook on Sunday night and hit a barn.",
            [(None, None), ("witness", "GROUP"), (None, None)],
        ),
        # (mn-val-149) the noun opening a picture's caption shows, and is no one (the mayor
        # the article does not name is its description, #15)
        (
            "The mayor said the dam would hold through the spring.\n\n"
            "Graphic shows the water levels at the dam over the last ten years; 2c x 4 in",
            [("the mayor", "GROUP"), (None, None)],
        ),
        # (mn-val-235) a title an indefinite article describes is a role, not a name
        (
            "While the prime minister has ruled out new talks, an MP has claimed that support "
            "for them is growing inside the ruling party.",
            [None],
        ),
    ],
)
def test_a_capitalised_common_noun_is_no_name(text: str, expected: list) -> None:
    got = _speakers(text)
    if expected == [None]:
        assert [s for s, _ in got] == [None], got
    else:
        assert [(s, t if s else None) for s, t in got] == expected, got


def test_a_lower_case_name_is_a_group_and_an_institution_alone_names_nobody() -> None:
    assert speaker_type(None, "historians") == "GROUP"
    assert speaker_type("ORG", "historians") == "GROUP"
    assert unnamed_group("historians", speaker_type(None, "historians"))
    assert speaker_type("ORG", "Justice Department") == "ORG"
    assert clean_name("Department") == ""
    assert clean_name("Coroner") == ""
    assert clean_name("Justice Department") == "Justice Department"


# A man's story told in our own words, on the shape of mn-val-155: the recogniser types
# "marijuana" PERSON, and every "he" after it went to that word.
VANN = (
    "Cuong Vann came home to find his father\n\n"
    "Cuong Vann, 41, spent years looking for the American soldier who fathered him.\n\n"
    "By 17, he was living on the street, selling marijuana and smoking crack. At 20, he was "
    "in prison for robbing a man at gunpoint.\n\n"
    "But then he had a daughter, and something inside him changed. “I worried I would just "
    "go to jail and never see her,” he said."
)


def test_a_pronoun_passes_over_a_lower_case_person_and_an_age_is_no_role() -> None:
    doc = get_spacy(Settings())(VANN)
    # the quotation's speaker (a report of the search, "spent years looking for …", is no
    # one's words and names no speaker)
    (m,) = [q for q in extract_quotes(Article(id="t", text=VANN), doc) if q.form == "direct"]
    assert (m.speaker, m.speaker_type, m.speaker_role) == ("Cuong Vann", "PERSON", None)
    assert not personal_name("marijuana")
    assert personal_name("Jean-Luc O'Brien Jr.")


def test_a_letter_names_no_one() -> None:
    text = (
        "Lottery winners' questions\n\nQ: Remind me, how much did I win?\n\n"
        "A: The jackpot pays a lump sum of $359 million, the lottery commission said."
    )
    assert "Q" not in [s for s, _ in _speakers(text)]


def test_what_a_name_owns_is_no_part_of_it() -> None:
    # (mn-val-107) the recogniser ran a PERSON over "Obama’s re-election"; a description's own
    # possessive stays whole
    words = ["Obama", "’s", "re", "-", "election", "proposition", "remains", "bad", "."]
    tags = ["NNP", "POS", "NN", "NN", "NN", "NN", "VBZ", "JJ", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(get_spacy(Settings()).vocab, words=words, tags=tags, ents=ents)
    assert bare_name(doc.ents[0]) == "Obama"
    board = Doc(
        doc.vocab,
        words=["the", "board", "'s", "spokeswoman"],
        spaces=[True, False, True, False],
        tags=["DT", "NN", "POS", "NN"],
    )
    assert bare_name(board[:]) == "board's spokeswoman"


def test_a_surname_parsed_as_a_plural_noun_is_the_person_named_in_full() -> None:
    # (mn-val-108) "Sanders, well aware of …" opening a paragraph: tagged NNS (lemma "sander",
    # a person noun) and missed by the recogniser there, it was the group "sanders"
    text = (
        "Senator praises activist\n\nSenator Bernie Sanders spoke about the labour organiser "
        "in Burlington on Thursday.\n\nSanders, well aware of her views and her critics, "
        "considered it bold and telling that the pope would praise her."
    )
    doc = get_spacy(Settings())(text)
    second = [t for t in doc if t.text == "Sanders"][-1]
    assert second.tag_ == "NNS"
    doc.set_ents([e for e in doc.ents if not e.start <= second.i < e.end])
    speakers = {m.speaker for m in extract_quotes(Article(id="t", text=text), doc)}
    assert speakers == {"Bernie Sanders"}


def test_an_ampersand_joins_one_name() -> None:
    # (mn-val-028) "Life & Style alleges…" opening a paragraph, missed by the recogniser: the
    # magazine, not "Life"
    text = (
        "Magazine says couple split\n\nThe couple has been spotted apart for weeks, fans say."
        "\n\nLife & Style alleges that on a recent trip to Toronto, Humphries contacted his "
        "ex-girlfriend."
    )
    assert "Life & Style" in [s for s, _ in _speakers(text)]


def test_a_stations_number_is_part_of_its_name() -> None:
    # (mn-val-055) "Channel 3 called the FDA…" with the recogniser's span missing: "Channel 3",
    # not "Channel"
    text = (
        "Implants under scrutiny\n\nWomen say the shells made them ill.\n\nChannel 3 called "
        "the agency to see if it had any reports of illnesses from the shells."
    )
    doc = get_spacy(Settings())(text)
    doc.set_ents([e for e in doc.ents if "Channel" not in e.text])
    speakers = {m.speaker for m in extract_quotes(Article(id="t", text=text), doc)}
    assert "Channel 3" in speakers, speakers


def test_a_name_suffix_after_a_comma_speaks_as_the_name_before_it() -> None:
    # (mn-val-060) "Keith Fitzgerald Knowles, Jr. turned himself in…": the parser makes "Jr." a
    # second subject of the verb, which spoke as "Jr."
    text = (
        "Robbery suspect in custody\n\nA man sought for a string of pharmacy robberies is in "
        "custody.\n\nOver the weekend, Keith Fitzgerald Lowden, Jr. said he had robbed the "
        "stores to pay his debts."
    )
    assert [s for s, _ in _speakers(text)] == ["Keith Fitzgerald Lowden"]


def test_an_organisation_cut_to_one_word_speaks_by_its_full_name() -> None:
    # (mn-val-027, -076, -106) "Transport for London, which oversees…" missed by the recogniser,
    # "The Observatory said…", "the Community": the organisation the article names in full, not
    # "Transport", "Observatory" or "Community"; an institution's head noun alone ("the
    # Institute") named no one before
    text = (
        "Flood closes harbour line\n\nOn Sunday the Institute for Coastal Research measured "
        "the highest water in forty years.\n\nThe Institute said the sea would fall by Tuesday."
    )
    speakers = [s for s, _ in _speakers(text)]
    assert speakers == ["Institute for Coastal Research"], speakers


def test_a_word_the_article_names_alone_keeps_its_own_name() -> None:
    # a first word that is an organisation by itself ("Apple" beside "Apple Music") and a
    # person's surname ("Trump" beside "Trump Organization") are not the longer name
    text = (
        "Streaming prices rise\n\nApple Music will cost more from May. Apple said the "
        "change follows higher fees.\n\nThe Trump Organization owns the tower. Mr. Trump said "
        "he would keep it."
    )
    speakers = [s for s, _ in _speakers(text)]
    assert "Apple Music" not in speakers and "Trump Organization" not in speakers, speakers
    assert "Apple" in speakers, speakers


def test_an_office_running_on_past_in_speaks_as_the_name_after_it() -> None:
    # (mn-val-232, -195) "Editor in Chief", "Special Agent in Charge": the parser makes the
    # office the subject and hangs the name on "in"
    text = (
        "Harbour Gazette Editor in Chief Nora Whitcombe said on Monday the paper would print "
        "three days a week."
    )
    assert _speakers(text) == [("Nora Whitcombe", "PERSON")]


def test_a_name_describing_who_speaks_before_a_colon_is_not_the_speaker() -> None:
    # (mn-val-209) a caption's credit run into a headline: "Ferry relatives:" speak, unnamed,
    # not "Counsellor Ferry"
    text = (
        "Divers returned to the wreck on Thursday.\n\nSome of the families may need help to "
        "get through the winter Dana Frost , Counsellor Ferry relatives: 'We just want to "
        "know'\n\nThe search went on for a third week."
    )
    assert _speakers(text) == [(None, None)]
    # an organisation speaks by its own people
    text = 'ROOF COMES DOWN - Per a Harbour Council official: "Crews start on Monday."'
    assert _speakers(text) == [("Harbour Council", "ORG")]


def test_whose_words_a_clause_before_a_colon_names_speaks_them() -> None:
    # (mn-val-026) the war nearer the colon is when the words were said, not who said them
    text = (
        "We have been here before.\n\nThese were Senator Halvorsen's remarks during "
        'the Great Flood of 1927: "We will rebuild every bridge, and we will rebuild them '
        'together."\n\nThe town listened.'
    )
    assert _speakers(text) == [("Halvorsen", "PERSON")]


def _parsed(words: list[str], spaces: list[bool], heads: list[int], deps: list[str]) -> Doc:
    """A parse given in full (no entities): what the recogniser missed is the question."""
    pos = [
        "PUNCT" if w in "-.," else "VERB" if d == "ROOT" else "PROPN"
        for w, d in zip(words, deps, strict=True)
    ]
    return Doc(
        get_spacy(Settings()).vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_a_double_barrelled_name_the_recogniser_missed_is_one_person() -> None:
    # (mn-val-047) "Beatrice Megevand-Roggo, …, said": untyped, the name was "Roggo" alone, a
    # word no "she" could stand for, and the "she" went to a place typed PERSON
    doc = _parsed(
        ["Beatrice", "Lemaire", "-", "Dufour", "said", "."],
        [True, False, False, True, False, False],
        [3, 3, 3, 4, 4, 4],
        ["compound", "compound", "punct", "nsubj", "ROOT", "punct"],
    )
    assert name_of(doc[3], article_index(doc)).name == "Beatrice Lemaire-Dufour"
    # a hyphen set apart by spaces is a dash, no part of a name
    doc = _parsed(
        ["Rescue", "-", "Dufour", "said", "."],
        [True, True, True, False, False],
        [2, 2, 3, 3, 3],
        ["compound", "punct", "nsubj", "ROOT", "punct"],
    )
    assert name_of(doc[2], article_index(doc)).name == "Dufour"


def test_a_first_name_before_a_word_heading_a_place_or_a_body_names_no_person() -> None:
    # a first name and a surname typed ORG are a person ("Todd Maisel", "Gloria Allred" in
    # Multi-News); a first name before the word heading a place or a body named for someone
    # is not ("Elon University", "Beth Israel Hospital", "Edmund Pettus Bridge")
    words = ["Gloria", "Castell", "said", "."]
    doc = _parsed(
        words, [True, True, False, False], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"]
    )
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    named = name_of(doc[1], article_index(doc))
    assert (named.name, named.label) == ("Gloria Castell", "PERSON")
    words = ["Elon", "University", "said", "."]
    doc = _parsed(
        words, [True, True, False, False], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"]
    )
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    named = name_of(doc[1], article_index(doc))
    assert (named.name, named.label) == ("Elon University", "ORG")


def test_a_role_set_beside_a_name_never_runs_across_a_line_break() -> None:
    # headings the parser ran together: the boy of the next heading is not her role
    vocab = get_spacy(Settings()).vocab
    words = ["Tanya", "Corley", ",", "24", ",", "charged", "\n\n", "Body", "of", "boy", "found"]
    spaces = [1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 0]
    heads = [1, 5, 1, 1, 1, 5, 5, 1, 7, 8, 7]
    deps = ["compound", "nsubj", "punct", "appos", "punct", "ROOT", "dep"]
    deps += ["appos", "prep", "pobj", "acl"]
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    assert role_appos(Span(doc, 0, 2, label="PERSON")) is None
    doc = Doc(
        vocab,
        words=["Tanya", "Corley", ",", "a", "nurse", ",", "said"],
        spaces=[1, 0, 1, 1, 0, 1, 0],
        heads=[1, 6, 1, 4, 1, 1, 6],
        deps=["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT"],
    )
    assert role_appos(Span(doc, 0, 2, label="PERSON")) == "nurse"
