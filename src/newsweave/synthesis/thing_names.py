"""Names the recogniser types a person or an organisation that their own words say are neither:
a water or a height of the land ("Cromarty Firth", "River Pefferey", "Timber Creek Reservoir",
typed ORG), a student society named in Greek letters ("Kappa Sigma", typed PERSON), and a
"person" every word of which the event writes as a common word ("Best Buy", "Holy Grail",
"Saline Biotoxin Illness": :func:`common_words_name`). The entity typing
(:mod:`newsweave.synthesis.entity_types`) weighs these against what the mentions say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.sentence_case import words_of, written_in_lower_case

# The head word of the name of a water or a landform, folded: "Cromarty Firth", "Timber Creek
# Reservoir", "Dakhleh Oasis", "Morgan Hill", "St. Clair Shores", "La Mesa" were typed ORG on
# the 250 multinews validation events, "Groom Lake" PERSON. A surname may be one of these words
# ("Colin Firth", "Ricki Lake", "Letitia Hill"), so a person's label is corrected only where
# the event writes the name as a place (:func:`natural_feature`'s callers). "Park" and "Point"
# are left out: bands and schools are named so ("Linkin Park", "West Point").
NATURAL_FEATURE_HEADS = frozenset(
    {"firth", "loch", "lake", "lakes", "river", "creek", "reservoir", "oasis", "bay", "gulf"}
    | {"strait", "glacier", "canyon", "valley", "desert", "sea", "ocean", "mountain", "hill"}
    | {"hills", "mesa", "beach", "falls", "springs", "shores", "cove", "marsh", "swamp"}
)
# The first word of such a name where it is written before the proper word ("River Pefferey",
# "Loch Ness", "Lake Champlain"); "Mount" and "Cape" are read by place_opened already.
NATURAL_FEATURE_OPENERS = frozenset({"river", "loch", "lake"})
# A word of initials ("UNC Chapel Hill", a university): a body's name, not a water's or a hill's.
_INITIALS = re.compile(r"[A-Z]{2,}")
# The letters of the Greek alphabet: a name made of these alone is a fraternity's, a sorority's
# or an honour society's ("Kappa Sigma" typed PERSON, "Delta Gamma" ORG on the 250 multinews
# validation events), never a person's.
GREEK_LETTERS = frozenset(
    {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}
    | {"lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi"}
    | {"chi", "psi", "omega"}
)
# A name of at least this many words can be made of common words: one word written in lower
# case elsewhere is read by common_word in entity_types.
MIN_COMMON_NAME_WORDS = 2
# An e-mail or web address: its words are no common words the story writes ("Contact Vince
# Lattanzio at vince.lattanzio@..." writes no "vince").
ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


def natural_feature(name: str) -> bool:
    """Whether ``name`` (two or more words) is written as a water's or a landform's name: its head
    word (the last, or the last before "of") is one of :data:`NATURAL_FEATURE_HEADS`, or it
    opens on one of :data:`NATURAL_FEATURE_OPENERS`, each capitalised."""
    words = name.split()
    if len(words) < 2:  # a bare "Lake" or "Hill" is a common noun or a surname
        return False
    if any(_INITIALS.fullmatch(w) for w in words):
        return False  # "UNC Chapel Hill": a body's initials, a university
    of = words.index("of") if "of" in words[1:] else len(words)
    head, first = words[of - 1], words[0]
    return (head[:1].isupper() and head.lower() in NATURAL_FEATURE_HEADS) or (
        first[:1].isupper() and first.lower() in NATURAL_FEATURE_OPENERS
    )


def greek_letter_society(name: str) -> bool:
    """Whether ``name`` is made of Greek letters' names only (:data:`GREEK_LETTERS`): "Kappa
    Sigma", "Phi Beta Kappa"."""
    words = name.lower().split()
    return len(words) > 1 and all(w in GREEK_LETTERS for w in words)


def prose_words(texts: Iterable[str]) -> frozenset[str]:
    """The :func:`~newsweave.synthesis.sentence_case.words_of` ``texts`` with their e-mail and
    web addresses (:data:`ADDRESS`) left out, for :func:`common_words_name`."""
    return words_of(ADDRESS.sub(" ", t) for t in texts)


def common_words_name(name: str, words: frozenset[str]) -> bool:
    """Whether ``name`` is two or more words the event also writes each in lower case (``words``:
    its :func:`prose_words`) and opens on no given name: a
    product's, a shop's, a campaign's or a phrase's ("Oculus Rift", "Best Buy", "Citizens
    United", "Amber Alert"), as a person's name is not all of common words the story uses
    ("Will Smith" opens on a given name)."""
    parts = name.split()
    return (
        len(parts) >= MIN_COMMON_NAME_WORDS
        and parts[0].lower() not in PERSON_FIRST_NAMES
        and all(written_in_lower_case(w, words) for w in parts)
    )


__all__ = ["common_words_name", "greek_letter_society", "natural_feature", "prose_words"]
