"""Nouns that name a people or its members, which the entities stage types NORP whatever the
recogniser typed them: a nationality joined to "man" or "woman" ("Frenchwoman", "Englishmen"),
the plural of a nationality ("Pakistanis", "Nevadans", "Israelites") or a people named for a
place or a forebear ("Canaanites", "Hittites"). The small model types them a person, an
organisation, a product or nothing, as it types a one-word surname (on the 250 multinews
validation events: "Frenchwoman" and "Frenchman" PERSON, "Frenchman" ORG, "Amorites" ORG,
"Hittites" EVENT, "Israelites" and "Pakistanis" none)."""

from __future__ import annotations

import re

from newsweave.synthesis.actors import DEMONYMS
from newsweave.text.places import ONE_WORD_PLACES

# A nationality joined to the noun for one of its people, or their plural: "Frenchwoman",
# "Irishmen". The nationality must be one (:func:`_a_nationality`): "Superman", "Statesman" and
# "Klansman" join no people's name.
MEMBER_NOUN = re.compile(r"(?P<stem>[A-Z][a-z]+?)(?:man|woman|men|women)")
# The plural that names a people after its place or forebear: "Israelites", "Hittites".
PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]{2,}ites")
# The plural of a nationality written as a place's name with an ending ("Pakistan" →
# "Pakistanis", "Nevada" → "Nevadans", "Brazil" → "Brazilians"); a place ending in a vowel
# drops it before "ian" or "an" ("Canada" → "Canadians", "Italy" → "Italians", "Rome" →
# "Romans").
NATIONALITY_ENDINGS = ("n", "an", "ian", "i")
VOWEL_DROPPED_ENDINGS = ("ian", "an")
# Nationalities whose "-ish" names the people ("Englishman", "Irishwoman"); of five letters or
# more, as "Irish" is, for a surname may join a shorter word ending so ("Fishman").
NATIONALITY_ADJECTIVE_ENDING = "ish"
MIN_ADJECTIVE_LETTERS = 5


def _nationality_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a nationality: a known one ("Germans") or a known
    place's name with a nationality's ending (:data:`NATIONALITY_ENDINGS`)."""
    if not word.endswith("s"):
        return False
    base = word[:-1]
    if base.lower() in DEMONYMS:
        return True
    return any(
        base.endswith(ending)
        and (
            base[: -len(ending)] in ONE_WORD_PLACES
            or (ending in VOWEL_DROPPED_ENDINGS and _drops_vowel(base[: -len(ending)]))
        )
        for ending in NATIONALITY_ENDINGS
    )


def _drops_vowel(stem: str) -> bool:
    """Whether a known place is ``stem`` and a final vowel ("Canad" of "Canada")."""
    return any(stem + vowel in ONE_WORD_PLACES for vowel in "aeiouy")


def names_a_people(word: str) -> bool:
    """Whether the name ``word`` names a people or its members (:mod:`this module
    <newsweave.synthesis.peoples>`). A name of several words does when its last word does and
    its first is no known place: an adjective qualifies the people ("Aboriginal Tasmanians"
    typed ORG, "Chalcolithic Iranians" PERSON on the 250 multinews validation events), a
    town's name makes a team ("Cleveland Indians")."""
    words = word.split()
    if len(words) > 1:
        return words[0] not in ONE_WORD_PLACES and names_a_people(words[-1])
    member = MEMBER_NOUN.fullmatch(word)
    if member:
        stem = member.group("stem")
        return stem.lower() in DEMONYMS or (
            stem.endswith(NATIONALITY_ADJECTIVE_ENDING) and len(stem) >= MIN_ADJECTIVE_LETTERS
        )
    return bool(PEOPLE_PLURAL.fullmatch(word)) or _nationality_plural(word)


__all__ = ["names_a_people"]
