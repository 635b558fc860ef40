"""Unnamed antecedents: the person or body a pronoun goes on with when the article describes
them and gives no name there ("The 75-year-old leader … He has always maintained", "a union
boss told her… '…,' he said", "the victim's family said… '…,' they said").

The pronoun resolver (:mod:`.attribution`) asks these of the subjects before a pronoun; each
answers for one token of the parse, so that a description stops the search for a name
further back rather than a named person of the same gender being credited with the words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.bodies import SPEAKING_BODIES, WORD_CARRIERS
from newsweave.synthesis.quotes.index import Speaker
from newsweave.synthesis.quotes.speakers import (
    BODY_NOUNS,
    IMPERSONAL_NOUNS,
    INDEFINITE_WORDS,
    ROLE_GENDER,
    Gender,
    agrees,
    person_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def speaking_body(subj: Token, sp: Speaker, speaks: bool) -> bool:
    """A body the article describes and does not name (``sp`` has no name), one of it or its
    owner's, that speaks as a sentence's main subject ("the victim's family said…", "the jury
    wrote…"): whom a "they" in the next sentences goes on with, as the description. Not people
    at large ("people say"), a place, nor a body in the plural (the parse's "families")."""
    lemma = subj.lemma_.lower()
    told = any(c.dep_ in ("det", "poss") for c in subj.children)
    return speaks and not sp.name and told and subj.tag_ == "NN" and lemma in SPEAKING_BODIES


def described_subject(subj: Token, sp: Speaker, gender: Gender | None, pronoun: Token) -> bool:
    """A definite description of one person as an earlier sentence's main subject, whom the
    article does not name there ("The 75-year-old leader has hung onto power… He has always
    maintained his innocence", "the president gave us the context… But he didn't offer…"):
    the subject a later "he" goes on with, speaking or not, rather than a name from sentences
    before it. Not a noun of the other gender, a body ("the company") or a thing, nor one the
    pronoun's own clause talks about ("He said the suspect fled": someone else on the
    suspect)."""
    lemma = subj.lemma_.lower()
    thing = lemma in BODY_NOUNS | IMPERSONAL_NOUNS | WORD_CARRIERS
    person = (person_noun(lemma) and not thing) or lemma in ROLE_GENDER
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    told = any(t.lemma_.lower() == lemma for t in pronoun.head.subtree if t.i > pronoun.i)
    if sp.name or subj.tag_ != "NN" or not definite or not person or told:
        return False
    return agrees(gender, ROLE_GENDER.get(lemma))


def unnamed_person(subj: Token, gender: Gender | None) -> bool:
    """A subject that is a person by its noun ("One of Anderson's girlfriends", "A
    neighbour"), of the pronoun's gender where the noun tells one: unless it resolves to a
    name, a "she" later in its sentence is most likely that person, not one named sentences
    before."""
    noun = subj
    if subj.lower_ == "one":  # one of several is one person
        of = [g for c in subj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        noun = of[0] if of else subj
    elif subj.tag_ != "NN" or not any(c.dep_ == "det" for c in subj.children):
        # "the victims" are no "she"; "GOP contender Ben Carson" (no article) is a name's title
        return False
    lemma = noun.lemma_.lower()
    person = (person_noun(lemma) and lemma not in BODY_NOUNS) or lemma in ROLE_GENDER
    return noun.pos_ == "NOUN" and person and agrees(gender, ROLE_GENDER.get(lemma))


def introduced_person(subj: Token, gender: Gender | None) -> bool:
    """A person the sentence brings in by an indefinite description as a subject ("a union
    boss told her", "Another man … told"), of the pronoun's gender where the noun tells
    one (:func:`unnamed_person`): someone new there, while "the door" or "the prime minister"
    goes back to a thing or to someone the article has named."""
    opener = subj.lower_ == "one" or any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_WORDS for c in subj.children
    )
    return opener and unnamed_person(subj, gender)
