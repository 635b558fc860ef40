"""Who took part in the event or tells it, rather than reacting to it.

A reaction is a stance taken on the news by someone it reached. Three kinds of speaker that
the articles quote are none, whatever their words:

* **the dead**: what they are quoted saying is older than the news (a founder's words
  before his overdose, a singer's interview of years ago in his obituary);
* **those held for the deed**: arrested, charged, convicted or named as its perpetrator
  ("the gunman, identified as …"), they are quoted on their own act (a confession, a
  jailhouse call, a plea), which is the news itself;
* **the reporters**: a correspondent quoted ("the BBC's home affairs correspondent said two
  people had raised concerns") tells the story, and an outlet whose reporter the articles
  name ("WANE reporter Brett Thomas") is a newsroom relaying it.

Each is read from the parse, from what the articles say of a proper name (a pronoun's
referent is a guess this does not make): the subject of "died", the passive subject of a
verb of killing, whose "death" it is; the object or passive subject of a verb of arrest or
charge, the name a participle of charge is set beside, the one who stays in custody, the
name beside a perpetrator's noun; the name beside a reporter's title, or whose
reporter it is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsweave.models import Entity
from newsweave.nlp import Analysis, entity_at
from newsweave.synthesis.actors import ActorNames, is_outlet
from newsweave.synthesis.quotes.attribution import resolve_subject
from newsweave.synthesis.quotes.index import ArticleIndex
from newsweave.text.names import clean_name, resolve_entity

# Verbs whose subject died ("Balin died Thursday").
DEATH_VERBS = frozenset({"die"})
# Verbs whose passive subject died ("Officer Rose was killed"); "shot" is left out (one is
# shot and survives to speak).
KILLING_VERBS = frozenset({"kill", "murder", "slay"})
# A death told as a state ("was found dead", "was pronounced dead") or a noun ("Kroll's death").
DEAD_WORD = "dead"
DEATH_NOUN = "death"
# Verbs whose object (active), passive subject or participle's name is held for the deed
# ("police arrested Demoski", "Pasztor was charged with murder", "DeAngelo Lamar Davis, 31,
# charged in connection with the death"). An active "charged" with no object is speech
# ("Graham charged on Sunday").
HELD_VERBS = frozenset({"arrest", "charge", "indict", "convict", "sentence"})
# What one is charged with: a deed ("with murder"), or, taking a verb, a task ("Mueller,
# charged with investigating the interference"), which holds nobody.
CHARGING_VERB = "charge"
CHARGED_WITH = "with"
# Verbs of staying in custody, with the dependencies that name who is held ("Davis will remain
# in jail without bond", "Ortiz is being held without bail", "police held Ortiz in custody"),
# told by a preposition and a word of custody (:data:`CUSTODY`).
CUSTODY_VERBS: dict[str, frozenset[str]] = {
    "remain": frozenset({"nsubj"}),
    "stay": frozenset({"nsubj"}),
    "hold": frozenset({"nsubjpass", "dobj"}),
}
CUSTODY: dict[str, frozenset[str]] = {
    "in": frozenset({"jail", "custody", "prison"}),
    "without": frozenset({"bond", "bail"}),
}
# Nouns that name the one who did the deed ("the gunman, Richard Plotts", "suspect Kim Lee").
PERPETRATOR_NOUNS = frozenset(
    {"gunman", "shooter", "attacker", "assailant", "killer", "suspect", "bomber", "hijacker"}
)
# Titles of the ones who report the news for an outlet (not "editor" or "critic": a magazine
# editor or a critic quoted gives an opinion, which is a reaction).
REPORTER_TITLES = frozenset({"reporter", "correspondent"})
# How a name and a noun stand beside each other: "correspondent Dominic Casciani" (compound),
# "Dominic Casciani, the BBC's correspondent" (apposition).
_BESIDE = frozenset({"compound", "appos"})
# How the outlet stands on its reporter's title: "WANE reporter", "the BBC's correspondent".
_OUTLET_DEPS = frozenset({"compound", "poss"})
# Verbs that give a perpetrator's name: "the gunman, identified as Richard Plotts", "the
# attackers were named as Khuram Shazad Butt and Rachid Redouane".
IDENTIFYING_VERBS = frozenset({"identify", "name"})


@dataclass(frozen=True, slots=True)
class NotReacting:
    """The actors whose words are no reaction to the event."""

    participants: frozenset[str]  # died, or held for the deed
    reporters: frozenset[str]  # report the news: its reporters and their outlets


def not_reacting(
    analyses: list[Analysis],
    entities: list[Entity],
    actors: ActorNames,
    index: Callable[[str], ArticleIndex],
) -> NotReacting:
    """The actors the articles tell died, were held for the deed, or report the news. A
    surname written alone that two people of the event share names the one the event's
    entities give it to ("Ms Kercher's death": the victim's, whose alias "Kercher" is, not her
    sister's; "Dunn was convicted": Michael Dunn's, not his father Phillip's), else neither."""
    shared = Counter(
        last
        for e in entities
        if e.type == "PERSON"
        for last in {n.split()[-1] for n in (e.name, *e.aliases) if n}
    )
    # who a name of one word is: the one person of a longer name the entities give it to
    bearers: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        if e.type == "PERSON" and len(e.name.split()) > 1:
            for alias in e.aliases:
                bearers[alias].add(e.name)
    found: dict[bool, set[str]] = {True: set(), False: set()}
    for an in analyses:
        idx = index(an.article.id)
        for tok in an.doc:
            reporting = tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORTER_TITLES
            for name in _named_participants(tok):
                written = _written_name(name)
                if len(written.split()) == 1 and shared[written] > 1:
                    if len(bearers[written]) != 1:
                        continue
                    ref = actors(next(iter(bearers[written])))
                else:
                    ref = actors(resolve_subject(name, idx).name)
                if ref is not None:
                    found[reporting].add(ref.actor)
    return NotReacting(frozenset(found[False]), frozenset(found[True]))


def _named_participants(tok: Token) -> Iterator[Token]:
    """The proper names this word says died, were held for the deed, or report the news."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in tok.children):
        if _tasked(tok):
            return
        roles = _participant_roles(tok)
        yield from (c for c in tok.children if c.pos_ == "PROPN" and c.dep_ in roles)
        held_beside = lemma in HELD_VERBS and tok.tag_ == "VBN" and tok.dep_ == "acl"
        if held_beside and tok.head.pos_ == "PROPN":
            yield tok.head  # the participle set beside a name: "Davis, 31, charged in …"
    elif tok.pos_ == "NOUN" and lemma == DEATH_NOUN and tok.dep_ != "compound":
        yield from (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN")
        yield from _objects_of(tok, "of")
    elif tok.pos_ == "NOUN" and lemma in PERPETRATOR_NOUNS:
        yield from _beside(tok)
        naming = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in IDENTIFYING_VERBS]
        if tok.dep_ in ("nsubjpass", "dobj") and tok.head.lemma_ in IDENTIFYING_VERBS:
            naming.append(tok.head)  # "the other two attackers were named as …"
        for verb in naming:
            yield from _objects_of(verb, "as")
    elif tok.pos_ == "NOUN" and lemma in REPORTER_TITLES:
        yield from _beside(tok)
        yield from (c for c in tok.children if c.dep_ in _OUTLET_DEPS and c.pos_ == "PROPN")


def _tasked(verb: Token) -> bool:
    """A verb of charging that gives a task, not a deed: "charged with" taking a verb
    ("charged with investigating"), :data:`CHARGED_WITH`."""
    return verb.lemma_.lower() == CHARGING_VERB and any(
        c.dep_ == "prep" and c.lower_ == CHARGED_WITH and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )


def _written_name(tok: Token) -> str:
    """The name a proper noun is part of as the article writes it (its entity span), without
    a title ("Ms Kercher" → "Kercher"), else the word."""
    ent = entity_at(tok)
    return clean_name(ent.text)[0] if ent is not None else tok.text


def _participant_roles(verb: Token) -> frozenset[str]:
    """The dependencies by which a verb names one who died or is held for the deed: the
    subject of "died" or of "was found dead", the passive subject of "was killed" or "was
    charged", the object of "arrested", the subject of "remains in jail"."""
    lemma = verb.lemma_.lower()
    roles: set[str] = set()
    if lemma in DEATH_VERBS:
        roles.add("nsubj")
    if lemma in KILLING_VERBS | HELD_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        roles.add("nsubjpass")
    if lemma in HELD_VERBS:
        roles.add("dobj")
    if any(c.dep_ in ("acomp", "oprd") and c.lower_ == DEAD_WORD for c in verb.children):
        roles |= {"nsubj", "nsubjpass"}
    if lemma in CUSTODY_VERBS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY.get(c.lower_, ())
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
    ):
        roles |= CUSTODY_VERBS[lemma]
    return frozenset(roles)


def _beside(noun: Token) -> Iterator[Token]:
    """The proper name a noun stands beside: the name it modifies ("correspondent Dominic
    Casciani"), or is in apposition with, either way round."""
    if noun.dep_ in _BESIDE and noun.head.pos_ == "PROPN":
        yield noun.head
    yield from (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN")


def _objects_of(tok: Token, prep: str) -> Iterator[Token]:
    """The proper names a word takes through a preposition, those joined to them, and the
    name a noun taken so stands beside ("the death of Devin Lima", "named as Khuram Shazad
    Butt and Rachid Redouane", "identified the gunman as military veteran Sergio Valencia")."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == prep:
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                for n in (g, *g.conjuncts):
                    if n.pos_ == "PROPN":
                        yield n
                    else:
                        yield from (
                            c for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                        )


def reports_it(
    actor: str, entities: list[Entity], headline: str, reporters: frozenset[str]
) -> bool:
    """An outlet or a reporter (:func:`not_reacting`) the
    headline does not name: what it says, without a stance on the event, is its own reporting
    ("the Guardian has learned", "notes the Irish Times", "the Herald said"), the story's
    source and not a reaction to it. One the headline names is a party to the story (a
    newspaper sued, a network whose anchor is the news)."""
    ent = resolve_entity(entities, actor)
    if actor not in reporters and not is_outlet(actor, ent.type if ent is not None else None):
        return False
    names = (actor, *ent.aliases) if ent is not None else (actor,)
    return not any(re.search(r"\b" + re.escape(n) + r"\b", headline) for n in names)
