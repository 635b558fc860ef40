"""A person named in full in a made headline: a story names someone in full once, then by one
of their names ("Kim Lehmkuhl had denied ..." then "Lehmkuhl emailed a scathing letter"), and a
headline made from a later sentence is read alone, so it must name them in full. Apart from
:mod:`newsweave.text.headline` so that module keeps its size; word shapes only."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsweave.text.headline_cut import past_verb
from newsweave.text.headline_patterns import DETERMINERS, FINITE, STOP, SUBORDINATORS, TIME_WORDS
from newsweave.text.names import TITLE_WORDS

# A name's word: a capital, then lower case ("Lehmkuhl", "Heaven"; not "Dr." nor "NBC").
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Capitalised words that are no part of a person's name: a sentence's opening word, a day, the
# last word of a body's or a thing's name ("the Obama Administration", "the Sheen Show"; not
# "Bill", a first name too).
_NOT_A_NAME = (
    STOP
    | DETERMINERS
    | TIME_WORDS
    | SUBORDINATORS
    | {"but", "and", "said", "says", "yesterday", "administration", "campaign", "family"}
    | {"foundation", "institute", "center", "centre", "show", "festival", "award", "awards"}
    | {"prize", "act", "fund", "building", "games", "cup", "trophy", "medal", "challenge"}
)


def full_name(made: str, before: Sequence[str]) -> str:
    """``made`` with its subject named in full when that subject is one word of a person's
    name given in full in the story's sentences ``before`` it ("Lehmkuhl emailed ..." after
    "Kim Lehmkuhl had denied ..." -> "Kim Lehmkuhl emailed ..."; "Heaven was shot" after
    "daughter Heaven Sutton" -> "Heaven Sutton was shot"). The last such name before it is
    the one meant ("Jill Russell", then "Carrie Russell": "Carrie Russell remains in jail").
    A first name is filled out only before a verb that cannot be a noun ("Heaven was shot"):
    "French soldiers patrol" after "French President ..." names no person.
    Not a subject of two ("Steck and Goettler descended": a pair named alike), nor a name
    whose possessive the story gives ("Anthony Weiner's wife": no name in full of its own)."""
    words = made.split()
    if (
        len(words) < 2
        or not re.fullmatch(_NAME_WORD, words[0])
        or words[0].lower() in _NOT_A_NAME
        or not (words[1].isalpha() and words[1].islower())
        or words[1] in {"and", "or"}
    ):
        return made
    name = re.escape(words[0])
    full = re.compile(rf"\b(?:({_NAME_WORD}) {name}|{name} ({_NAME_WORD}))\b(?![’'-])")
    verb = words[1] in FINITE or past_verb(words[1])
    for sentence in reversed(before):
        for m in reversed(list(full.finditer(sentence))):
            if (m[1] or m[2]).lower() not in _NOT_A_NAME and (m[1] or verb):
                return f"{m[0]} {' '.join(words[1:])}"
    return made


# A verb's forms that take a singular subject only.
_SINGULAR = frozenset({"is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't"})


def named_in_full(made: str, texts: Sequence[str]) -> str:
    """``made`` with its one-word subject named in full when the members' ``texts`` give one
    person's name in full for it and no other: a lead may name someone by one name that the
    outlet's own headline or an earlier story gave in full ("Kreiss finds ..." in a story of
    "Daniel Kreiss"), which a reader of the event's headline alone never saw.

    A person's name is two words, a given name before the subject's ("Daniel Kreiss"; a
    name after it may be a body's: "Arizona Employers for ..."), no word of it written in
    lower case anywhere in the texts ("House Republicans", "Outgoing Northwestern": a noun
    and an adjective) and no capital after it ("Connecticut State Police": a body's name). A
    subject in "-s" takes a singular verb ("Republicans muscled ..." is a group). Two full
    names for the word ("Jill Russell", "Carrie Russell") leave it as it is: which one is
    meant, only the sentence's story tells.
    """
    words = made.split()
    if len(words) < 2 or not re.fullmatch(_NAME_WORD, words[0]) or words[0].lower() in _NOT_A_NAME:
        return made
    verb = words[1]
    singular = verb in _SINGULAR or (verb.endswith("s") and not verb.endswith("ss"))
    if not (verb.isalpha() and verb.islower()) or not (
        singular or ((verb in FINITE or past_verb(verb)) and not words[0].endswith("s"))
    ):
        return made  # "Northwestern football players": no verb; "Republicans muscled": a group
    named = _full_names(words[0], texts)
    return f"{named.pop()} {' '.join(words[1:])}" if len(named) == 1 else made


# Prepositions before a person named by surname alone as an object ("threesomes with | Woods"):
# where a story's later sentence names someone it named in full before.
_OBJECT_PREPOSITIONS = frozenset({"with", "against", "by", "for", "to", "from"})


def object_named_in_full(made: str, texts: Sequence[str]) -> str:
    """``made`` with a one-word name after a preposition (:data:`_OBJECT_PREPOSITIONS`) named
    in full when the members' ``texts`` give one person's name in full for it and no other,
    as :func:`named_in_full` names a subject ("... threesomes with Woods on Tuesday" in a
    story of "Tiger Woods"): read alone, a headline names a person in full. Not a word in a
    name of two capitals or more ("with Woods Hole"), nor one the texts write in lower case
    ("by Apple" in a story of apples)."""
    words = made.split()
    for i in range(2, len(words)):
        word = words[i]
        after = words[i + 1] if i + 1 < len(words) else ""
        if (
            words[i - 1].lower() in _OBJECT_PREPOSITIONS
            and re.fullmatch(_NAME_WORD, word)
            and word.lower() not in _NOT_A_NAME
            and not after[:1].isupper()
            and len(named := _full_names(word, texts)) == 1
        ):
            return " ".join([*words[:i], named.pop(), *words[i + 1 :]])
    return made


def _full_names(word: str, texts: Sequence[str]) -> set[str]:
    """The names in full the ``texts`` give a person they also call ``word`` (see
    :func:`named_in_full`): none when the texts write ``word`` in lower case."""
    name = re.escape(word)
    # the word before the name too: a given name goes on from a word in lower case, a comma
    # or a title ("professor Daniel Kreiss", "President Vladimir Putin"), not from a stop, a
    # paragraph's start or another name ("Apparently Lenovo", "Business Insider Facebook")
    given = re.compile(rf"(?<=(\S)) ({_NAME_WORD}) {name}\b(?![’'-]| [A-Z])")
    lower = {w for text in texts for w in re.findall(r"\b[a-z][a-z-]+\b", text)}
    if word.lower() in lower:
        return set()
    named = set()
    for text in texts:
        for m in given.finditer(text):
            before = text[: m.start()].split()[-1]
            ended = before.endswith((".", "!", "?", ":"))
            if m[2].lower() in _NOT_A_NAME | lower or not (
                (before[:1].islower() and not ended)
                or before.endswith(",")
                or before.lower() in TITLE_WORDS
            ):
                continue
            # a title of its own goes before other names too ("Captain America")
            if {x for t in texts for x in re.findall(rf"\b{m[2]} ([A-Z]\w*)", t)} == {word}:
                named.add(f"{m[2]} {word}")
    return named


# A lead's opening words set in capitals, a print style: after its article ("THE DÁIL IS to
# sit late tonight", "A CAR park in a Highland town": the article already "The", "A"), or with
# none, its time adverb left out ("Today FURIOUS 7 will reach ..." -> "FURIOUS 7 will reach"):
# words in capitals (a number among them after the first) up to the first in lower case.
_PRINT_CAPS = re.compile(
    r"^(?:(The|An|A) )?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]*\s+(?:[A-ZÀ-ÖØ-Þ\d][A-ZÀ-ÖØ-Þ\d’'.-]*\s+){0,3})"
    r"(?=[a-z])"
)
# A word in capitals after the opening article this long, written no other way in the lead,
# is a print style, not an acronym ("THE TOWNHOUSE that served as ..."): an acronym of seven
# letters or more is rare.
PRINT_WORD_LETTERS = 7


def print_caps_undone(made: str, text: str) -> str:
    """``made`` with the capitals of a print-style opening (:data:`_PRINT_CAPS`) undone: each
    word as the lead's ``text`` writes it elsewhere not in capitals ("DÁIL" -> "Dáil", "IS" ->
    "is"), a function word or verb it never writes so in lower case, and after the article a
    word of :data:`PRINT_WORD_LETTERS` letters or more in lower case too ("TOWNHOUSE"); any
    other word left in capitals (an acronym: "A CNN employee"). With no article, the words
    open the headline, and only a form with a capital is taken ("FURIOUS" -> "Furious", but
    "US" never "us"): a word the lead writes only in lower case is then a pronoun or a common
    word the capitals stand apart from ("KARE-TV A video" is a credit, not an opening)."""
    m = _PRINT_CAPS.match(made)
    if m is None:
        return made
    article = m[1] is not None
    words = []
    for w in m[2].split():
        found = re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)
        forms = Counter(f for f in found if not f.isupper() and (article or f[:1].isupper()))
        if forms:
            words.append(forms.most_common(1)[0][0])
        elif article and (w.lower() in STOP | FINITE or len(w) >= PRINT_WORD_LETTERS):
            words.append(w.lower())  # a function word or a verb is no acronym ("IS", "WAS")
        else:
            words.append(w)
    return f"{made[: m.start(2)]}{' '.join(words)} {made[m.end(2) :]}"


__all__ = ["full_name", "named_in_full", "object_named_in_full", "print_caps_undone"]
