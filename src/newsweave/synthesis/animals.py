"""Whether a name is an animal's: the story calls it a dog, a horse or a pet.

News names the animals it tells of as it names people ("Two other dogs, Banjo, 2, and Crosby,
3, were injured"; "Yumenosuke, a male mixed-breed dog"; "his dog Rex"), and the small
recogniser types them people, organisations or places; an age or a "his" then reads as a
person's. The entities stage (:mod:`newsweave.synthesis.stages.entities`) marks each mention
the text calls an animal, and :mod:`newsweave.synthesis.entity_types` gives the name no type:
the schema has no animal's, and no person's misleads a reader less than none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# The nouns, in lower case, a story calls a named animal by: the kinds of pets, working and
# farm animals and the zoo's, and the breeds of dog written alone ("a golden retriever"). Not
# a word that also names a person's trade or team ("shepherd", "bull", "bear": "the Bears").
ANIMAL_NOUNS = frozenset(
    {"animal", "pet", "dog", "puppy", "pup", "canine", "k-9", "k9", "hound", "mutt", "cat"}
    | {"kitten", "horse", "pony", "colt", "mare", "filly", "stallion", "gelding", "foal"}
    | {"retriever", "terrier", "spaniel", "poodle", "beagle", "bulldog", "labrador", "collie"}
    | {"husky", "greyhound", "dachshund", "chihuahua", "rottweiler", "pug", "parrot", "gorilla"}
    | {"chimpanzee", "chimp", "orangutan", "elephant", "rhino", "rhinoceros", "giraffe"}
    | {"panda", "orca", "dolphin", "tortoise", "penguin", "cheetah", "leopard", "tiger"}
)
# The parse's relations that name a noun's referent: "Banjo, a dog" and "the dog, Banjo".
APPOSITION = "appos"
# The parse's relation of a name's first words to its last: "[Jeff] King".
NAME_WORD = "compound"
# What sets an apposition off ("Banjo, a dog,"): one the parse finds without it may be a misread
# clause ("the dog Smith owned").
COMMA = ","
# The parse's relation of a name listed after another: "Banjo, 2, and [Crosby], 3".
LISTED = "conj"
# The parse's relation of "the" to "dog": "the dog Smith owned" is read as "the dog Smith" too,
# so a noun of an animal just before a name counts only without one ("his dog Banjo").
DETERMINER = "det"
# The article between a name and its kind written after it: "Banjo the dog".
KIND_ARTICLE = "the"


def _an_animal_noun(t: Token) -> bool:
    """Whether ``t`` is a common noun, written in lower case, for an animal."""
    return t.pos_ == "NOUN" and t.is_lower and t.lemma_ in ANIMAL_NOUNS


def _apposed_animal(root: Token, start: int, end: int) -> bool:
    """Whether the name at tokens ``start``-``end`` whose head word is ``root`` is in
    apposition, set off by a comma, with an animal's noun after it ("Banjo, a dog that was
    injured") or before it ("the dog, Banjo"; not "the dog Smith owned", which the parse
    reads as an apposition too)."""
    doc = root.doc
    if (
        end < len(doc)
        and doc[end].text == COMMA
        and any(t.dep_ == APPOSITION and _an_animal_noun(t) for t in root.children)
    ):
        return True
    return (
        root.dep_ == APPOSITION
        and start > 0
        and doc[start - 1].text == COMMA
        and _an_animal_noun(root.head)
    )


def called_an_animal(ent: Span) -> bool:
    """Whether the text calls the mention ``ent`` an animal: in apposition with an animal's
    noun (:data:`ANIMAL_NOUNS`), or listed after a name that is ("Two other dogs, Banjo, 2,
    and Crosby, 3": Crosby too, unless a noun in apposition says what it is), or written after
    or before one the parse hangs on it ("his dog Banjo", "Banjo the dog")."""
    doc, root = ent.doc, ent.root
    if _apposed_animal(root, ent.start, ent.end):
        return True
    own_nouns = [t for t in root.children if t.dep_ == APPOSITION and t.pos_ == "NOUN"]
    if root.dep_ == LISTED and not own_nouns:
        first = root.head
        while first.dep_ == LISTED:
            first = first.head
        words = [first, *(t for t in first.children if t.dep_ == NAME_WORD)]
        start = min(t.i for t in words)
        if first.pos_ == "PROPN" and _apposed_animal(first, start, first.i + 1):
            return True
    before = doc[ent.start - 1] if ent.start else None
    if (
        before is not None
        and _an_animal_noun(before)
        and root in (before.head, *before.children)
        and not any(t.dep_ == DETERMINER for t in before.children)
    ):
        return True  # "his dog Banjo", "police K-9 Rex"; not "the dog Smith owned"
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == KIND_ARTICLE
        and _an_animal_noun(doc[ent.end + 1])
        and doc[ent.end + 1].head == root
    )  # "Banjo the dog"


__all__ = ["ANIMAL_NOUNS", "called_an_animal"]
