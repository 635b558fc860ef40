"""What the words right around a name say it is where nothing else in the event does.

The entities stage (:mod:`newsweave.synthesis.stages.entities`) reads these frames into each
:class:`~newsweave.synthesis.entity_types.NameMention`; the type of a one-word name the
recogniser typed a person or a place that nothing proves one
(:func:`~newsweave.synthesis.entity_types.unproven`) follows them
(:mod:`newsweave.synthesis.entity_types`):

* a town an address writes with its state's or province's abbreviation after a comma
  ("Patrick Callahan, 21, Mansfield, CT.", "a Kirkland, Wash., veteran", "the Riverdale,
  N.J.-based firm") or a person's home after their age ("Adam Bentdahl, 31, of Appleton") is a
  place (:func:`addressed_town`);
* a bare word qualifying a resident's noun ("the 56-year-old Phoenixville woman", "a Shalimar
  man") is the place they live in (:func:`names_a_home`);
* a bare name a person tells something to ("she told Billboard in 2017", "Boehner told
  Politico tonight") is an outlet: a person the story tells something to is named in full
  somewhere, or by a given name, which :func:`~newsweave.synthesis.entity_types.unproven` reads
  (:func:`told_to`);
* a word right after "#" is a hashtag ("Cop car lights #Spinning!", "#MeToo"), a tag of a post,
  no name (:func:`a_hashtag`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

# The abbreviations news writes a US state or a Canadian province with after a town's name and
# a comma (the AP's and the post's: "Beverly, Mass.", "Mansfield, CT.", "London, Ont."): data,
# as the states' and provinces' names are. Two capitals alone are read as a postal code.
STATE_ABBREVIATIONS = frozenset(
    {"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan"}
    | {"Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla"}
    | {"Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo", "Ont", "Que", "Alta", "Sask"}
)
# After a town's name: a comma, then a state's abbreviation with its full stop, the dotted
# initials of a state of two words ("N.J.", "N.Y.") or a postal code before what ends an
# address's part (a comma, a full stop, a semicolon, a line's end: not "Smith, CEO").
STATE_AFTER = re.compile(
    r",[^\S\n]+(?:(?:"
    + "|".join(sorted(STATE_ABBREVIATIONS))
    + r")\.|[A-Z]{2}(?=[.,;\n]|$)|[A-Z]\.[A-Z]\.)"
)
# Before a person's home: their age, a comma and "of" ("Adam Bentdahl, 31, of Appleton").
AGE_THEN_OF = re.compile(r"\b\d{1,3},[^\S\n]+of[^\S\n]+$")
AGE_LOOK_BACK = 12  # characters: an age, its comma and "of"
# Nouns of a person that a place's bare name qualifies as their home ("a Phoenixville woman",
# "Tulsa residents"). Not a family's nouns: "the Kardashian family" names a surname.
RESIDENT_NOUNS = frozenset(
    {"woman", "man", "resident", "native", "teen", "teenager", "girl", "boy", "homeowner"}
)
# The verb whose dative names whom a speaker told something: "told Billboard in 2017".
TELLING_LEMMAS = frozenset({"tell"})


def addressed_town(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` of ``text`` is a town as an address writes
    it: followed by a comma and a state's or a province's abbreviation
    (:data:`STATE_AFTER`: "Mansfield, CT.", "Kirkland, Wash.,"), or written as a person's home
    after their age (:data:`AGE_THEN_OF`: "Adam Bentdahl, 31, of Appleton")."""
    if STATE_AFTER.match(text, end):
        return True
    return bool(AGE_THEN_OF.search(text, max(0, start - AGE_LOOK_BACK), start))


def names_a_home(ent: Span) -> bool:
    """Whether a one-word mention qualifies the lower-case noun of a resident after it
    (:data:`RESIDENT_NOUNS`), as a place a person lives in does: "the 56-year-old Phoenixville
    woman"."""
    root = ent.root
    return (
        len(ent) == 1
        and root.dep_ == "compound"
        and root.head.i == ent.end
        and root.head.text.islower()
        and root.head.lemma_ in RESIDENT_NOUNS
    )


def told_to(ent: Span) -> bool:
    """Whether a mention is a proper noun a speaker told something to, the direct object of a
    telling verb (:data:`TELLING_LEMMAS`): "she told Billboard in 2017"; not one listed with
    others, which the parse may have read off a noun they qualify ("told Latino and black
    community leaders", "Latino" the object)."""
    root = ent.root
    return (
        not root.conjuncts
        and root.dep_ == "dobj"
        and root.pos_ == "PROPN"
        and root.head.lemma_ in TELLING_LEMMAS
        and root.head.i < ent.start
    )


def a_hashtag(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` opens right after a "#": a hashtag."""
    return text[start - 1 : start] == "#"


__all__ = ["a_hashtag", "addressed_town", "names_a_home", "told_to"]
