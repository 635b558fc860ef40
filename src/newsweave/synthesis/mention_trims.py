"""The passes over an event's name mentions before the entities stage groups them
(:mod:`newsweave.synthesis.stages.entities`): a lone given name paired with a full name takes
its surname ("Leon and Rachel Brandy"), and a name is cut off what the recogniser ran it into:
an opening word ("Following Goodlatte's tweet"), an outlet's plural possessive ("ABC News’ Linsey
Davis"), a clause ("Cooper pry Sediuk"), a list of people or things ("Tina Fey and Eva
Longoria"), a body or a title before a person's name ("State Duma, Sergey Naryshkin"), a greeting ("Happy Taylor Swift Release Day!"), and the nickname a person is also
written by ("Libby German" of Liberty “Libby” German).

Each pass reads the whole event's mentions, as a cut is made only when the rest is a name the
event writes on its own; the type of the groups they end in is
:mod:`newsweave.synthesis.entity_types`'s.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import pairwise

from newsweave.synthesis.entity_names import (
    GENERIC_BODIES,
    MIN_FULL_NAME_WORDS,
    NAMED_AFTER_WORDS,
    PERSON_NAME_WORDS,
    listed_people,
    name_run_past,
    reads_as_full_name,
)
from newsweave.synthesis.entity_types import NameMention
from newsweave.synthesis.mention_context import opener_cut, stuck_cut
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.speakers import is_title
from newsweave.synthesis.sentence_case import opens_sentence
from newsweave.text.names import fold

# What stands between the two names of a pair sharing a surname ("Leon and Rachel Brandy").
PAIR_LINK = re.compile(r"\s+(?:and|&)\s+")
# The parse's tag of a plural common noun: "businessmen" before "Arkady and Boris Rotenberg".
PLURAL_NOUN_TAG = "NNS"
# A plural possessive before a person's name: the outlet or group is not part of the name
# ("ABC News’ Linsey Davis", "New York Times’ Manohla Dargis").
PLURAL_POSSESSOR = re.compile(r"^.+?s['’]\s+(?=[A-Z])")
# A bare name's possessive and the lower-case noun it owns: "Schiff’s [show]".
OWNED_NOUN = re.compile(r"['’]s\s+([a-z]+)\b")


def with_namesakes(mentions: list[NameMention], texts: dict[str, str]) -> list[NameMention]:
    """Type a one-word mention the person's whose work or body the event names after them, when
    the text writes it owning that noun: "On Schiff’s show" of "The Peter Schiff Show" ("Schiff"
    typed LOC) is Peter Schiff, the full name his mention implies. A name the recogniser typed a
    person is left to the person's own mentions."""
    named_after: dict[tuple[str, str], str] = {}  # (surname, noun) folded -> the full name
    for m in mentions:
        words = m.surface.split()
        for k in PERSON_NAME_WORDS:
            if len(words) == k + 1 and reads_as_full_name(" ".join(words[:k])):
                named_after[fold(words[k - 1]), fold(words[k])] = " ".join(words[:k])
    for m in mentions:
        if len(m.tokens) != 1 or m.label == "PERSON":
            continue
        owned = OWNED_NOUN.match(texts[m.article], m.end)
        if owned and (full := named_after.get((m.tokens[0], owned.group(1)))):
            m.label, m.implied = "PERSON", full
    return mentions


def with_nickname_forms(mentions: list[NameMention]) -> list[NameMention]:
    """Give a mention that writes a person's nickname for the given name ("Libby German") the
    words of the full name the event writes with that nickname in quotation marks ("Liberty
    “Libby” German"): one girl, not two namesakes. Its surface is kept, an alias."""
    full = {
        (m.nickname, *m.tokens[1:]): m.tokens for m in mentions if m.nickname and len(m.tokens) > 1
    }
    for m in mentions:
        if m.tokens in full and not m.nickname:
            m.tokens = full[m.tokens]
    return mentions


def without_possessors(mentions: list[NameMention]) -> list[NameMention]:
    """Make a mention "ABC News’ Linsey Davis" (typed ORG) one of "Linsey Davis" when the
    event names that person on their own: the outlet before a plural possessive
    (:data:`PLURAL_POSSESSOR`) owns the person, it is not part of the name."""
    people = {m.tokens for m in mentions if m.label == "PERSON"}
    out: list[NameMention] = []
    for m in mentions:
        owner = PLURAL_POSSESSOR.match(m.surface)
        rest = m.surface[owner.end() :] if owner else ""
        tokens = tuple(fold(rest).split())
        if tokens in people:
            cut = owner.end()
            m = NameMention(m.article, m.start + cut, m.end, rest, tokens, "PERSON", m.role)
        out.append(m)
    return out


def without_openers(
    mentions: list[NameMention], texts: dict[str, str], words: frozenset[str]
) -> list[NameMention]:
    """Cut the word opening a sentence off the name the recogniser ran it into ("Following
    Goodlatte's tweet", "“Reading Kirsten Gillibrand's book"; :func:`opener_cut`) when the rest
    is a name the event writes (or the surname of a person it names in full) and the whole is
    written only where a sentence opens (a name the text writes mid-sentence, "Rolling Stone",
    is a name); and a nationality or trade off a person's name anywhere (:func:`stuck_cut`)."""
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for m in mentions:
        labels[m.tokens][m.label] += 1
    # the surnames of people named in full: "Honoring Biden" of "Joe Biden"
    surnames = {m.tokens[k:] for m in mentions if reads_as_full_name(m.surface) for k in (1, 2)}
    midway = {m.tokens for m in mentions if not opens_sentence(texts[m.article], m.start)}
    written = frozenset(labels)
    for m in mentions:
        cut = opener_cut(m.surface, texts[m.article], m.start, words)
        rest = m.tokens[1:]
        if cut and (rest in labels or rest in surnames) and m.tokens not in midway:
            m.start, m.surface, m.tokens = m.start + cut, m.surface[cut:], rest
            m.label = labels[rest].most_common(1)[0][0] if rest in labels else "PERSON"
        elif cut := stuck_cut(m.surface, m.label == "PERSON", words, written):
            m.start, m.surface = m.start + cut, m.surface[cut:]
            m.tokens = tuple(fold(m.surface).split())
            m.label = labels[m.tokens].most_common(1)[0][0] if m.tokens in labels else "PERSON"
    return mentions


def without_run_ons(mentions: list[NameMention], words: frozenset[str]) -> list[NameMention]:
    """Keep a name read after a clause its mention ran on through ("Cooper pry [Sediuk]":
    :func:`~newsweave.synthesis.mention_context.name_parts`) only when the event names that
    person elsewhere (a person's name, or the surname of a full name); split a mention that
    lists people the event names on their own as one name ("Tina Fey and Eva Longoria",
    "McCabe, Chaffetz" typed ORG: :func:`listed_people`), or two things it names on their own
    ("Camarasaurus and Diplodocus": :func:`_listed_things`), into theirs, and one that runs a
    body or a title into a person's name into theirs (:func:`_headed_by`); and cut a person's full
    name off the words of no name the recogniser ran it on into ("Happy Taylor Swift Release
    Day!": :func:`name_run_past`; ``words``: the event's
    :func:`~newsweave.synthesis.sentence_case.words_of`). Left whole, each stands as an entity
    of its own and makes the bare surname ambiguous between it and the person ("Swift")."""
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    written: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)  # outside such spans
    for m in mentions:
        labels[m.tokens][m.label] += 1
        if not m.after_clause:
            written[m.tokens][m.label] += 1
    # the people named outside those spans: their names, and the surnames of their full names
    named = {t for t, c in written.items() if c.most_common(1)[0][0] == "PERSON"} | {
        m.tokens[-1:] for m in mentions if not m.after_clause and reads_as_full_name(m.surface)
    }
    people = Counter(
        {t: c.total() for t, c in labels.items() if c.most_common(1)[0][0] == "PERSON"}
    )
    known = frozenset(people) | {m.tokens[-1:] for m in mentions if reads_as_full_name(m.surface)}
    forms_of = Counter(w for t in labels for w in set(t))  # how many name forms hold a word
    out: list[NameMention] = []
    for m in mentions:
        if m.after_clause:
            # the recogniser's label was the whole span's; a person named on their own is one
            if m.tokens not in named:
                continue  # "Weir tells [Billboard]": whatever it is, the span does not say
            m.label = "PERSON"
        if parts := listed_people(m.surface, known) or _listed_things(m, written):
            for a, b in parts:  # each name of the list is a mention of that person or thing
                part = m.surface[a:b]
                tokens = tuple(fold(part).split())
                label = labels[tokens].most_common(1)[0][0] if tokens in labels else "PERSON"
                out.append(NameMention(m.article, m.start + a, m.start + b, part, tokens, label))
            continue
        if head := _headed_by(m, frozenset(people), written):
            out.extend(head)
            continue
        if m.label == "PERSON" and len(m.tokens) > MIN_FULL_NAME_WORDS:
            # the words of its own that another name of the event holds too
            shared = frozenset(w for w in m.tokens if forms_of[w] > 1)
            if kept := name_run_past(m.surface, people, words, shared):
                m.surface, m.end = m.surface[:kept], m.start + kept
                m.tokens = tuple(fold(m.surface).split())
        out.append(m)
    return out


def _listed_things(
    m: NameMention, written: dict[tuple[str, ...], Counter[str]]
) -> list[tuple[int, int]]:
    """Where in a mention not typed a person the two names it joins with "and" stand, when
    the event writes each on its own (``written``: the folded names of its mentions):
    "Camarasaurus and Diplodocus", "Facebook and Oculus VR". A title or a body whose part is
    no name of the event stays whole ("Sex and the City", "Food and Drug Administration"); a
    comma joins a place to its state as often ("Washington, D.C.") and is left."""
    if m.label == "PERSON" or "," in m.surface or m.surface.count(" and ") != 1:
        return []
    return listed_people(m.surface, frozenset(t for t in written if t != m.tokens))


def _headed_by(
    m: NameMention, people: frozenset[tuple[str, ...]], written: dict[tuple[str, ...], Counter[str]]
) -> list[NameMention]:
    """The mentions of a body and of the person heading it, or of a person with their title,
    that a mention not typed a person runs into one name: "State Duma, Sergey Naryshkin" (a
    comma after a body the event names on its own, ``written``: its folded names), "Russian
    Senate Valentina Matvienko" (a body named by its noun,
    :data:`~newsweave.synthesis.entity_names.GENERIC_BODIES`), "Delphi Assistant Fire Chief
    Curtis Borden" (a title: the person's alone, the title their role). The person's part is a
    full name (:func:`reads_as_full_name`) or a person's the event names (``people``, folded).
    The body is a mention of its own only where the event writes it on its own: a body's noun
    alone may be another's ("Senate" of the U.S. Senate, in a story of "Russian Senate ...").
    None for a name of one thing ("Jessica Simpson Collection" ends on no person's name)."""
    if m.label == "PERSON":
        return []
    spans = list(re.finditer(r"\S+", m.surface))
    for k in PERSON_NAME_WORDS:
        if len(spans) <= k:
            break
        at = spans[-k].start()
        person, front = m.surface[at:], m.surface[:at].rstrip()
        tokens = tuple(fold(person).split())
        if not (reads_as_full_name(person) or tokens in people):
            continue
        if NAMED_AFTER_WORDS.intersection(tokens):
            continue  # "Authorized King James Version": a work named after a king
        apposed = front.endswith(",")
        front = front.rstrip(",")
        body = tuple(fold(front).split())
        label = written[tokens].most_common(1)[0][0] if tokens in written else "PERSON"
        one = NameMention(m.article, m.start + at, m.end, person, tokens, label)
        if is_title(front.split()[-1].rstrip(".")):
            one.role = front  # "Delphi Assistant Fire Chief": a title, nobody's name
            return [one]
        if body in written and apposed:
            kind = written[body].most_common(1)[0][0]
            return [NameMention(m.article, m.start, m.start + len(front), front, body, kind), one]
        if body[-1] in GENERIC_BODIES:
            return [one]
    return []


def with_paired_surnames(analyses, mentions: list[NameMention]) -> None:
    """Give a given name its surname from the person it is paired with ("Leon and Rachel
    Brandy", "Charles and David Koch"): two people written as one couple or one family share
    the surname written once after both. Only a lone given name (:data:`PERSON_FIRST_NAMES`)
    paired with a full name opening on one takes it: "Smith and Cardell Hayes", "Bannon and
    Rebekah Mercer" are two people's surnames, "Matt Damon and Ben Affleck" two full names. A
    given name the list lacks is one when a plural noun of people stands before the pair and no
    name of the event ends on it ("businessmen Arkady and Boris Rotenberg"; not "dresses by
    Chloé and Victoria Beckham"); a given name of the list is paired whatever the recogniser
    typed it ("Tatiana and Alexander Liberman", "Tatiana" typed GPE). A full name the event
    writes wins (see :func:`~newsweave.synthesis.name_forms.canonical_name`): "Oscar and
    Annette Reed" would leave Oscar de la Renta his own."""
    texts = {an.article.id: an.article.text for an in analyses}
    docs = {an.article.id: an.doc for an in analyses}
    people = sorted(
        (
            m
            for m in mentions
            if m.label == "PERSON" or (len(m.tokens) == 1 and m.tokens[0] in PERSON_FIRST_NAMES)
        ),
        key=lambda m: (m.article, m.start),
    )
    # the last words of the names the event writes in two words or more ("Smith" of "Will
    # Smith"): surnames, whatever follows them
    surnames = {m.tokens[-1] for m in mentions if len(m.tokens) > 1}
    for one, two in pairwise(people):
        if (
            one.article == two.article
            and PAIR_LINK.fullmatch(texts[one.article][one.end : two.start])
            and len(one.tokens) == 1
            and (
                one.tokens[0] in PERSON_FIRST_NAMES
                or (
                    one.tokens[0] not in surnames
                    and _after_people(docs[one.article], one.start, one.end)
                )
            )
            and len(two.tokens) >= 2
            and two.tokens[0] in PERSON_FIRST_NAMES
        ):
            one.implied = f"{one.surface} {two.surface.split()[-1]}"


def _after_people(doc, start: int, end: int) -> bool:
    """Whether the word before the name from the character ``start`` to ``end`` of ``doc`` is
    a plural noun in lower case, the people a pair of names is ("businessmen", "associates")."""
    at = doc.char_span(start, end, alignment_mode="expand")
    k = at.start - 1 if at is not None else -1
    return k >= 0 and doc[k].tag_ == PLURAL_NOUN_TAG and doc[k].is_lower


__all__ = [
    "with_namesakes",
    "with_nickname_forms",
    "with_paired_surnames",
    "without_openers",
    "without_possessors",
    "without_run_ons",
]
