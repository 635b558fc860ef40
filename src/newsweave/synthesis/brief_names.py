"""Who the brief names in full: each person where it first calls them by a part of their name.

The brief's sentences come from several places of several stories, and the one that named
someone in full, and said who they are, may not be among them: "[Kendrick] Lamar's "Humble"
won ...", "[Police Chief Cathy L.] Lanier told ...", "“…,” [Amit Singhal] said".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsweave.models import BriefSentence
from newsweave.nlp import doc_ents
from newsweave.synthesis.pipeline import Workspace
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.speakers import PLAIN_TITLES
from newsweave.synthesis.standalone import (
    PersonMention,
    bracketed_in_full,
    named_in_full,
    person_names,
    role_titles,
)
from newsweave.text.names import POSSESSIVE, TITLE_WORDS

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# Entity types of someone whose full name the parser tags a person's: the entities stage types
# an unfamiliar surname by its mentions' majority, which may read it as a people's ("A. Vania
# Apkarian", then "Apkarian said" three times tagged NORP: multinews 113).
_PERSON_TYPES = frozenset({"PERSON", "NORP"})


def named_first(ws: Workspace, brief: list[BriefSentence]) -> list[BriefSentence]:
    """``brief`` with each person it first calls by a part of their name shown with the rest
    of the name in brackets (:func:`named_in_full`): its sentences come from several places
    of several stories, and the one that named someone in full (and said who they are: the
    title in brackets too, :func:`role_titles`, or the description set off after the name,
    :func:`role_appositions`) may not be among them. The people are the
    entities stage's whose full name the parser tags a person's
    (:func:`person_names`), their mentions those in each sentence's own span that name
    someone (:func:`_names_someone`); a name of one word in brackets for a pronoun is shown
    in full too (:func:`bracketed_in_full`), by the full names of those people or the one the
    stories write with an untyped given name (:func:`given_named`). (Not in the ``words=N``
    summary: the added words would overrun the budget it is compared with others at.)"""
    assert ws.analyses is not None
    persons = brief_persons(ws)
    people = [e for e in ws.entities or () if e.type in _PERSON_TYPES and e.name in persons]
    titles = role_titles((an.doc for an in ws.analyses), {e.name for e in people})
    roles = role_appositions((an.doc for an in ws.analyses), {e.name for e in people})
    ends = {name.split()[-1] for name in titles}
    surnames = {
        e.name for e in ws.entities or () if e.type == "PERSON" and " " not in e.name
    } - ends
    untagged = dict.fromkeys(given_named((an.doc for an in ws.analyses), surnames), "")
    told: frozenset[str] = frozenset()
    out = []
    for b in brief:
        own = b.citations[0] if b.citations else None
        mentions = [
            PersonMention(
                ws.article(m.article).text[m.start : m.end],
                e.name,
                titles[e.name],
                roles.get(e.name, ""),
            )
            for e in people
            for m in e.mentions
            if own is not None
            and m.article == own.article
            and own.start <= m.start
            and m.end <= own.end
            and _names_someone(ws.doc(m.article).char_span(m.start, m.end))
        ]
        mentions.sort(key=lambda m: b.text.find(m.text))
        naming = named_in_full(b.text, mentions, told, persons)
        told |= naming.named
        bracketed = bracketed_in_full(naming.text, told, {**untagged, **titles})
        told |= bracketed.named
        out.append(replace(b, text=bracketed.text))
    return out


def brief_persons(ws: Workspace) -> frozenset[str]:
    """The full names the brief completes a part of a name by: those the parser tags a
    person's (:func:`person_names`), and the entities stage's people whose name of two words or
    more, each capitalised, opens with a common given name (:data:`PERSON_FIRST_NAMES`). The
    parser may tag a person's full name otherwise where the story gives it once, in a list
    ("our list: Tina Fey and Eva Longoria" tagged one ORG, multinews 005, whose brief then
    opened "Fey's first book ..." with the name no sentence of it gives); the given name says
    it is a person's, where the entities stage's vote alone may type a band or a mountain."""
    assert ws.analyses is not None
    return person_names(an.doc for an in ws.analyses) | {
        e.name
        for e in ws.entities or ()
        if e.type == "PERSON"
        and len(words := e.name.split()) > 1
        and words[0].lower() in PERSON_FIRST_NAMES
        and all(w[:1].isupper() for w in words)
    }


def _names_someone(span: SpacySpan | None) -> bool:
    """Whether a mention is a name (a proper noun: not "refillable K-cups") that names someone,
    not one that only says what kind a noun is ("the Trump administration", "the Obama
    campaign", "the Obama and Romney campaigns"): there the noun is the thing the sentence
    tells of, and the name a label."""
    if span is None or span.root.pos_ != "PROPN":
        return False
    word = span.root  # (up from one name of a list of them: "Obama and Romney campaigns")
    while word.dep_ in ("conj", "compound") and word.head.pos_ == "PROPN":
        word = word.head
    return not (word.dep_ in ("compound", "nmod") and word.head.pos_ == "NOUN")


# Words of a description the brief shows after a name ("a professor of physiology at
# Northwestern University Feinberg School of Medicine in Chicago"): a longer one is cut at the
# end of a phrase within this many, so the line still reads as one sentence.
ROLE_WORDS = 12
# Articles that open a description of someone ("a professor", "the head of ...").
_ROLE_ARTICLES = frozenset({"a", "an", "the"})
# Clauses and phrases that tell more than who someone is ("a man who has helped ...").
_BEYOND_ROLE = frozenset({"relcl", "acl", "appos"})


def role_appositions(docs: Iterable[Doc], names: Collection[str]) -> dict[str, str]:
    """Each of ``names``' description in apposition after the full name, the first the
    stories give ("A. Vania Apkarian, a professor of physiology at ..."): a noun opened by an
    article (:data:`_ROLE_ARTICLES`), set off by a comma, up to a clause or a comma of its own
    (:data:`_BEYOND_ROLE`), cut at the end of a phrase within :data:`ROLE_WORDS` words;
    names with none are left out. Who someone is, the brief says where it first names them."""
    out: dict[str, str] = {}
    for doc in docs:
        for e in doc_ents(doc):
            name = POSSESSIVE.sub("", e.text)
            if e.label_ != "PERSON" or name not in names or name in out:
                continue
            noun = next(
                (
                    c
                    for c in e.root.children
                    if c.dep_ == "appos"
                    and c.pos_ == "NOUN"
                    and c.i > e.end
                    and doc[e.end].text == ","
                    and doc[c.left_edge.i].lower_ in _ROLE_ARTICLES
                ),
                None,
            )
            role = _role_words(noun) if noun is not None else ""
            if role:
                out[name] = role
    return out


def _role_words(noun: Token) -> str:
    """The words of the description ``noun`` heads (:func:`role_appositions`), or ""."""
    doc = noun.doc
    beyond = {
        t.i for c in noun.subtree if c.dep_ in _BEYOND_ROLE and c is not noun for t in c.subtree
    }
    words: list[Token] = []
    for t in doc[noun.left_edge.i : noun.right_edge.i + 1]:
        if t.i in beyond or t.text == "," or t.is_quote:
            break
        words.append(t)
    if len(words) > ROLE_WORDS:
        ends = [
            k
            for k in range(noun.i - noun.left_edge.i + 1, ROLE_WORDS + 1)
            if any(p.dep_ == "pobj" and p.right_edge.i == words[k - 1].i for p in words[:k])
        ]
        words = words[: ends[-1]] if ends else []
    return "".join(t.text_with_ws for t in words).strip()


# Words before a surname that are no given name ("Mr. Singhal", "President Obama").
_NOT_GIVEN = TITLE_WORDS | PLAIN_TITLES
# Types the parser gives a given name: a person's, or none.
_GIVEN_TYPES = frozenset({"PERSON", ""})


def given_named(docs: Iterable[Doc], surnames: Collection[str]) -> list[str]:
    """The full names of ``surnames`` (people the event knows by one word) that the stories
    write as a given name run into the surname, which the parser left untyped ("the head of
    Google Search, Amit Singhal, let me play ...", then "Singhal said" eight times tagged a
    person's: multinews 171), one for each surname at most: a name the bracketed surname
    (:func:`bracketed_in_full`) is shown in full as. Not a title ("President Obama") nor a
    given name after another name (a longer name, read in part)."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        for t in doc:
            if t.text not in surnames or t.i < 1:
                continue
            given = doc[t.i - 1]
            if (
                given.pos_ == "PROPN"
                and given.is_alpha
                and given.text[:1].isupper()
                and given.ent_type_ in _GIVEN_TYPES
                and given.lower_ not in _NOT_GIVEN
                and (given.i == 0 or doc[given.i - 1].pos_ != "PROPN")
            ):
                found.setdefault(t.text, set()).add(f"{given.text} {t.text}")
    return [next(iter(names)) for names in found.values() if len(names) == 1]
