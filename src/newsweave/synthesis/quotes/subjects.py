"""A verb's own subject, and the subjects a parse hangs on the wrong word.

:func:`direct_subject` is the subject the parse gives a verb in its paragraph; the other
functions repair the parser's slips that leave a speech verb without its subject or with
someone else's, so that :func:`~.attribution.subject_of` finds who spoke.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsweave.nlp import PRESENT_TAGS, SUBJECT_DEPS, doc_text
from newsweave.synthesis.quotes.cues import CUE_LEMMAS, NAMING_VERBS
from newsweave.synthesis.quotes.questions import own_agent
from newsweave.synthesis.quotes.speakers import ROLE_GENDER, person_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The entity types of a body a person works for, named before the person's role ("CNN senior
# political analyst David Gergen", "Kremlin spokesman Dmitry Peskov").
EMPLOYER_TYPES = frozenset({"ORG", "GPE", "NORP"})
# Clauses a noun or a verb of the main clause carries (what is told, a relative clause): an
# "and" verb the parse hangs inside one may go on from the main clause instead.
CARRIED_CLAUSES = frozenset({"relcl", "ccomp", "acl"})
# What only an active verb takes: an object, the words told, a verb it goes on to ("threatened
# to sue"). A verb joined to a passive without one may be passive too, its "was" left out ("has
# been weakened by scandals and criticized for his handling": criticized, not criticizing).
ACTIVE_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
# What gives a clause a subject of its own, "there" of "there was" too.
OWN_SUBJECT_DEPS = SUBJECT_DEPS | {"expl"}
# Possessive pronouns of one person: "his enthusiasm", "her frustration" are one person's
# ("their" is a group's).
OWNER_PRONOUNS = frozenset({"his", "her"})


def thing_owner(subj: Token) -> Token | None:
    """Whose thing a subject is, when it is a thing's noun owned by a name or a his / her ("his
    enthusiasm", "Smith's frustration"): the one the sentence tells of, whom a quote after a
    colon shows or a later "he" goes on with. None for an owned person ("his lawyer" is someone
    else, who acts for themself) or any other subject."""
    lemma = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or person_noun(lemma) or lemma in ROLE_GENDER:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.pos_ == "PROPN" or owner.lower_ in OWNER_PRONOUNS):
        return None
    return owner


def owning_pronoun(sent: Span, aside: Callable[[int], bool]) -> Token | None:
    """The his / her whose thing the writer's first subject in ``sent`` is, when that subject
    says nothing (:func:`thing_owner`: "But his enthusiasm still shines through: “…”"): whom the
    sentence tells of, past a quote after a colon that the parse made the main clause. ``aside``
    tells a character in another voice (quoted words), whose subjects are not the writer's."""
    told = next((t for t in sent if t.dep_ == "nsubj" and not aside(t.idx)), None)
    owner = thing_owner(told) if told is not None else None
    if owner is None or owner.pos_ != "PRON" or told.head.lemma_.lower() in CUE_LEMMAS:
        return None
    return owner


def same_paragraph(a: Token, b: Token) -> bool:
    """Whether no paragraph break stands between ``a`` and ``b``."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[lo:hi]


def direct_subject(verb: Token) -> Token | None:
    """The nsubj (or the passive agent, :func:`.questions.own_agent`) nearest to ``verb``
    within its paragraph; of two the parser gave one verb, a person's name before a common
    noun ("Kelly Keyes, supervising deputy coroner said", "a bemused Jenkins, co-writer…, said
    backstage": the noun is the name's description or an adverb taken for a noun, not a second
    speaker), and the person before the body whose role they hold (:func:`_employer_of`). A
    pronoun and a name stay nearest first ("with his fiancee, Rhonda Rouer, he complained": he)."""
    agent = own_agent(verb)
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [agent] if agent is not None else []
    cands = [_title_taken_for_verb(c) or c for c in found if same_paragraph(c, verb)]
    cands = [c for c in cands if not _employer_of(c, cands)]
    named = any(c.ent_type_ == "PERSON" for c in cands)
    return min(cands, key=lambda c: (named and c.pos_ == "NOUN", abs(c.i - verb.i)), default=None)


def _employer_of(cand: Token, cands: list[Token]) -> bool:
    """Whether ``cand`` only names whose role the person beside it holds: a body's name the
    parser made a second subject, its role noun in apposition, the person's name after it
    ("said CNN senior political analyst David Gergen": Gergen speaks, not CNN)."""
    if cand.ent_type_ not in EMPLOYER_TYPES:
        return False
    roles = [a for a in cand.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    return any(
        p.ent_type_ == "PERSON" and any(cand.i < r.i < p.i for r in roles)
        for p in cands
        if p is not cand
    )


def _title_taken_for_verb(cand: Token) -> Token | None:
    """The name after a title the tagger took for a verb, which the parse makes the subject
    ("“…,” study co-researcher Ana Ruiz told Live Science": "study" a verb, the name its
    subject after it): the name speaks. Only titles stand between (nouns, names, hyphens); a
    subject after its verb is no clause of English the writer meant."""
    if cand.pos_ != "VERB" or cand.tag_ != "VB":
        return None
    name = next((c for c in cand.children if c.dep_ == "nsubj" and c.i > cand.i), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    titles = cand.doc[cand.i + 1 : name.i]
    return name if all(t.pos_ in ("NOUN", "PROPN") or t.text == "-" for t in titles) else None


def taken_for_object(verb: Token) -> Token | None:
    """The subject of a coordinated finite verb that the parser made a second object of the
    verb before ("He had heart surgery and school officials said he was …": "officials" a
    conjunct of "surgery", "said" one of "had", as if he had said it)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.i > noun.i:
        return None
    first = noun.head
    if first.dep_ not in ("dobj", "attr") or first.head != verb.head:
        return None
    return noun if any(c.dep_ == "cc" for c in first.children) else None


def nearer_clause_subject(verb: Token) -> Token | None:
    """The subject of the clause right before a participle the parser hung higher up, when
    the higher subject cannot be the participle's: "Trump was upset that Gorsuch had
    distanced himself from the president, telling the senator he found Trump's attacks
    'disheartening'" — Trump, named in what is told, is not the one telling it (a speaker
    is not named in his own reported words), so the teller is Gorsuch, the subject of the
    that-clause the participle follows."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i > verb.i:
        return None
    higher = direct_subject(verb.head)
    # (a name, whatever the tagger made of it: "Trump" is an adjective there)
    if higher is None or not (higher.pos_ == "PROPN" or higher.ent_type_):
        return None
    told = verb.doc[verb.i + 1 : verb.right_edge.i + 1]
    if not higher.text[:1].isupper() or not any(t.text == higher.text for t in told):
        return None
    # the last that-clause between the higher verb and the participle ("upset [that …]")
    between = verb.doc[verb.head.i + 1 : verb.i]
    clause = next((t for t in reversed(between) if t.dep_ == "ccomp"), None)
    return direct_subject(clause) if clause is not None else None


def past_a_passive(verb: Token) -> Token | None:
    """The main clause's verb when the parse coordinated an active past-tense verb with a
    passive one in a clause the main clause carries: in "The lawyer denounced a film theorizing
    she was killed by her brother … and threatened to sue" the lawyer threatened; the
    passive's agent is never who goes on in the active voice, and its subject was told of.
    The main verb is in the past tense too, as coordinated verbs are. None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ not in CARRIED_CLAUSES:
        return None
    if not _active(verb):
        return None
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    main = next((a for a in head.ancestors if a.dep_ == "ROOT"), None)
    return main if main is not None and main.tag_ == "VBD" and main.i < head.i else None


def passive_partner_subject(verb: Token) -> Token | None:
    """The subject an active past-tense verb shares with the main-clause passive it is joined
    to: in "Nadia Petrova was questioned by police and said she saw nothing" Petrova said it;
    the agent is who acted on her, never the one who goes on. None otherwise (a passive in a
    clause the main one carries is :func:`past_a_passive`'s)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ in CARRIED_CLAUSES:
        return None
    if not _active(verb):
        return None
    if not any(c.dep_ == "agent" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _active(verb: Token) -> bool:
    """Whether ``verb`` is in the active voice by what it takes (:data:`ACTIVE_DEPS`) and has
    no passive auxiliary of its own."""
    kids = [c.dep_ for c in verb.children]
    return "auxpass" not in kids and any(d in ACTIVE_DEPS for d in kids)


def told_subject_participle(verb: Token) -> Token | None:
    """The noun a participle tells the words of, when the parse made that noun the object of a
    verb whose later clause has no subject of its own: in "Wood said a disclaimer that CBS
    aired, saying the opinions “…,” did not go far enough" the noun is the subject of what
    Wood said, and the disclaimer is saying it, not Wood. The parse hangs the participle in the
    noun's phrase or on that later clause. None otherwise."""
    if verb.tag_ != "VBG":
        return None
    for main in (a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")):
        kids = list(main.children)
        nouns = [c for c in kids if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < verb.i]
        told = [
            c
            for c in kids
            if c.dep_ in ("ccomp", "advcl")
            and c.i > verb.i
            and not any(s.dep_ in OWN_SUBJECT_DEPS for s in c.children)
        ]
        if nouns and told and (verb in nouns[0].subtree or verb.head == told[0]):
            return nouns[0]
    return None


def participle_subject(verb: Token) -> Token | None:
    """The subject the parser gave the participle clause before a verb that has none: in
    "Suga, responding to a reporter's question, said the statement “…”" the parse makes
    "Suga" the subject of "responding", and "said" subjectless; the clause's subject,
    written before it and set off by its comma, is the verb's."""
    for clause in verb.lefts:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or not same_paragraph(clause, verb):
            continue
        subj = direct_subject(clause)
        doc = verb.doc
        if subj is not None and subj.i < clause.i and doc[clause.i - 1].text == ",":
            return subj
    return None


def clause_partner_subject(verb: Token) -> Token | None:
    """The subject of the reported clause a past-tense verb goes on from, when the parser
    coordinated it with the present-tense verb reporting that clause: in "The indictment
    alleges Vasiliades contacted the husband and said the case had become complicated" the
    tense joins "said" to "contacted" (the indictment alleges; it says nothing), so Vasiliades
    said it. Read for who a report is told by once it is found, not for finding it."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ not in PRESENT_TAGS:
        return None
    if direct_subject(verb) is not None or not same_paragraph(verb, head):
        return None
    told = [c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i]
    if len(told) != 1 or told[0].tag_ != "VBD":
        return None
    return direct_subject(told[0])


def told_by_name(cue: Token) -> bool:
    """Whether a cue the parse hung on a name as a participle ("Rita Schrimsher of Athens,
    Alabama, tweeted after speaking with her grandson", "tweeted" read as "tweeted by") is that
    name's own telling: a name is told by, not of, unless the verb names or the clause has its
    agent ("a game called 'Words'", "Trump, quoted by CNN"). Read for a direct quote's speaker
    only: :func:`~.attribution.subject_of` keeps the parse's reading, which the reported-speech
    model's features were fitted on."""
    return (
        cue.dep_ == "acl"
        and cue.tag_ == "VBN"
        and cue.head.pos_ == "PROPN"
        and cue.lemma_.lower() not in NAMING_VERBS
        and not any(c.dep_ == "agent" for c in cue.children)
    )
