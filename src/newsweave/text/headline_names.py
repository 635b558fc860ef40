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


# A lead's opening words set in capitals after its article, a print style ("THE DÁIL IS to
# sit late tonight", "A CAR park in a Highland town"): the article (already "The", "A"), then
# words in capitals up to the first in lower case.
_PRINT_CAPS = re.compile(r"^(?:The|An|A) ((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]*\s+){1,4})(?=[a-z])")


def print_caps_undone(made: str, text: str) -> str:
    """``made`` with the capitals of a print-style opening (:data:`_PRINT_CAPS`) undone: each
    word as the lead's ``text`` writes it elsewhere not in capitals ("DÁIL" -> "Dáil", "IS" ->
    "is"), a function word or verb it never writes so in lower case, any other word left in
    capitals (an acronym: "A CNN employee")."""
    m = _PRINT_CAPS.match(made)
    if m is None:
        return made
    words = []
    for w in m[1].split():
        found = re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)
        forms = Counter(f for f in found if not f.isupper())
        if forms:
            words.append(forms.most_common(1)[0][0])
        else:  # a function word or a verb is no acronym ("IS", "WAS")
            words.append(w.lower() if w.lower() in STOP | FINITE else w)
    return f"{made[: m.start(1)]}{' '.join(words)} {made[m.end(1) :]}"


__all__ = ["full_name", "print_caps_undone"]
