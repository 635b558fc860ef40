"""Speakers as a reader of the report sees them: the person who said it, by a name that is a
name (a participle, a verb or another story's headline is no one's words)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.groups import group_speaker
from newsweave.synthesis.quotes.index import Speaker, named_entities
from newsweave.synthesis.quotes.speakers import clean_name


def _mentions(text: str):
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def _said(ms, words: str, cue: str | None = None):
    hits = [m for m in ms if words in m.text and cue in (None, m.cue)]
    assert hits, f"nothing with {words!r} in {[m.text for m in ms]}"
    return hits[0]


def test_he_after_an_unnamed_attorney_is_the_attorney_named_later():
    text = (
        "Hours after detectives charged Marcus Delane with arson, his lawyer insisted the "
        "case was weaker than it looked. He says before the fire, his client had reported "
        "a break-in at the warehouse.\n\n"
        '"My client called the police twice that week," said Delane\'s lawyer, Peter Osgood.'
    )
    ms = _mentions(text)
    says = _said(ms, "his client had reported a break-in")
    # "his client" is Delane: the "He" who speaks of him is his lawyer, not Delane himself
    assert says.speaker == "Peter Osgood"
    assert _said(ms, "the case was weaker").speaker == "Peter Osgood"


def test_he_after_a_lawyer_nobody_names_is_nobody():
    text = (
        "Prosecutors charged Marcus Delane with arson on Monday. Later that day his lawyer "
        "insisted the case was weaker than it looked. He says his client had reported a "
        "break-in at the warehouse."
    )
    says = _said(_mentions(text), "his client had reported")
    # the lawyer, as the article describes him: never his client Marcus Delane
    assert says.speaker == "his lawyer"
    assert says.speaker_type == "GROUP"


def test_a_participle_after_a_that_clause_is_its_subjects_when_the_higher_one_is_told_of():
    text = (
        "Trump, according to several people with knowledge of the discussions, was upset "
        "that Judge Alma Reyes had pointedly distanced herself from the president in a "
        "private March meeting with Sen. Dean Pratt (D-Ore.), telling the senator she found "
        "Trump’s repeated attacks on the courts “troubling” and “reckless.”"
    )
    # (the parser hangs "telling" on "was upset": Trump's, were he not named in what is told)
    told = _said(_mentions(text), "she found Trump", "telling")
    assert told.speaker == "Alma Reyes"


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Reading Kirsten Gillibrand", "Kirsten Gillibrand"),
        ("Watching Daniel Okafor", "Daniel Okafor"),
        # a participle before a surname alone is left: one word of name is too little to tell
        ("Reading Okafor", "Reading Okafor"),
        ("Irving Berlin", "Irving Berlin"),
    ],
)
def test_a_participle_the_recogniser_ran_into_a_name_is_no_part_of_it(name, clean):
    assert clean_name(name) == clean


def test_a_clause_opening_participle_is_no_part_of_a_groups_name():
    # the parse as the parser reads "…, concluding female voters view the party as …" in a
    # real report: the participle hung on the noun after it as its adjective
    words = (
        "The report paints a grim picture , concluding rural voters view the party as careless ."
    )
    doc = Doc(
        get_spacy(Settings()).vocab,
        words=words.split(),
        heads=[1, 2, 2, 5, 5, 2, 2, 9, 9, 10, 2, 12, 10, 10, 13, 2],
        deps=[
            "det",
            "nsubj",
            "ROOT",
            "det",
            "amod",
            "dobj",
            "punct",
            "amod",
            "amod",
            "nsubj",
            "conj",
            "det",
            "dobj",
            "prep",
            "pobj",
            "punct",
        ],
        tags=[
            "DT",
            "NN",
            "VBZ",
            "DT",
            "JJ",
            "NN",
            ",",
            "VBG",
            "JJ",
            "NNS",
            "VBP",
            "DT",
            "NN",
            "IN",
            "JJ",
            ".",
        ],
        pos=[
            "DET",
            "NOUN",
            "VERB",
            "DET",
            "ADJ",
            "NOUN",
            "PUNCT",
            "VERB",
            "ADJ",
            "NOUN",
            "VERB",
            "DET",
            "NOUN",
            "ADP",
            "ADJ",
            "PUNCT",
        ],
        lemmas=[
            "the",
            "report",
            "paint",
            "a",
            "grim",
            "picture",
            ",",
            "conclude",
            "rural",
            "voter",
            "view",
            "the",
            "party",
            "as",
            "careless",
            ".",
        ],
    )
    voters = doc[9]
    group = group_speaker(voters, Speaker(None, (voters.idx, voters.idx + 6), "GROUP"))
    assert group.name == "rural voters"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Within weeks whistle-blowers pointed to alarming levels of arsenic in the wells.",
            "whistle-blowers",
        ),
        (
            "The class-action members say there was no way for them to know the scales were wrong.",
            "class-action members",
        ),
    ],
)
def test_a_hyphenated_word_is_one_word_of_a_groups_name(text, group):
    ms = [m for m in _mentions(text) if m.form != "direct"]
    assert ms and ms[0].speaker == group


def test_a_name_run_over_a_verb_names_nobody():
    nlp = get_spacy(Settings())
    doc = nlp("The private university argued college athletes are students first.")
    # the recogniser's run over a subject, its verb and its object, as it reads some sentences
    doc.ents = [Span(doc, 2, 6, label="ORG")]
    assert named_entities(doc) == []
    # a body written in lower case is still one ("the coast guard reported")
    guard = nlp("The coast guard reported that the ship sank.")
    guard.ents = [Span(guard, 1, 3, label="ORG")]
    assert [e.text for e in named_entities(guard)] == ["coast guard"]


def test_another_storys_headline_set_into_the_article_is_no_ones_words():
    text = (
        "Ferry Captain Cleared After Harbour Crash\n\n"
        "Investigators said on Friday the ferry's captain had followed every rule.\n\n"
        "[Unions vow no talks, no deals over ferry staffing]\n\n"
        "STORY: Harbour Crash: Witness Says Captain Was 'Calm' Before Collision\n\n"
        "Harbour officials said the ferry would return to service next week."
    )
    ms = _mentions(text)
    assert all("no talks" not in m.text for m in ms)
    assert all("Captain Was" not in m.text for m in ms)
    assert _said(ms, "followed every rule").speaker is not None
    assert _said(ms, "return to service").speaker is not None


def _listed(text: str) -> dict[str, bool]:
    """Each report of ``text`` (by its cue) and whether the quotes stage lists it as speech."""
    from newsweave.synthesis.stages.quotes import _spoken

    doc = get_spacy(Settings())(text)
    found = extract_quotes(Article(id="t", text=text), doc)
    return {m.cue: _spoken(m, {"t": doc}) for m in found if m.form != "direct"}


def test_a_report_a_relative_clause_took_a_word_from_is_not_listed():
    text = (
        "Judge Ana Lindqvist was on the list of judges that Governor Bram Osei promised he "
        "would choose from during the campaign."
    )
    # ("he would choose from during the campaign": no claim of Osei's)
    assert _listed(text).get("promised") is False


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Bram Osei told the court that the quarry would close for good in June.", "told"),
        # a subject's relative clause keeps every word of what was said
        (
            "“It is real,” said Lena Varga, a spokeswoman for the clinic, who said the ward "
            "had averaged three more births per day so far in July compared with last year.",
            "said",
        ),
    ],
)
def test_a_clause_after_a_noun_with_all_its_words_is_listed(text, cue):
    assert _listed(text).get(cue) is True


def test_a_record_that_quotes_someone_as_saying_gives_them_the_words():
    text = (
        "She was an awe-inspiring sight. “I had never,” the Cold War Ship Registry records "
        "gunner Ewan Tallis of the British aircraft carrier HMS Osprey as saying, “seen "
        "anything as big in my entire life … It was huge.”"
    )
    ms = _mentions(text)
    assert {m.speaker for m in ms if m.form == "direct"} == {"Ewan Tallis"}
    # and the one quoted is no report's content ("(records): gunner Ewan Tallis … as saying")
    assert all("as saying" not in m.text for m in ms)
