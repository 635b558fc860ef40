"""Feelings and judgements as stances: "we are pleased with the ruling", "I'm disgusted by
this news", "called the decision a huge disappointment".

A speaker who says how the news makes them feel takes a side on it: glad of it welcomes it,
angry or disappointed at it rejects it, and a gladness denied ("we aren't particularly
excited about Qatar's outreach", "not happy with the deal") is lukewarm: doubt, not a
welcome (:data:`DENIED_WELCOME`). Read from the parse, for
:mod:`newsweave.synthesis.stages.reactions`: the feeling word, who feels it (its subject),
and what it is felt about (its preposition's object or its clause), which the stage checks
for being the event. A feeling about nothing named ("I'm disappointed.") or about something
else ("not happy to see brothers killing each other") is no stance on the news. A judgement
of the event as wrong ("the ruling is outrageous" in someone's words, "Siegel called the
decision a huge disappointment") rejects it (:data:`JUDGEMENTS`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsweave.synthesis.no_happening import SUPPOSING_MARKS

# Words of feeling (as written; adjectives and participles) and the stance of feeling so.
FEELINGS: dict[str, str] = {
    **dict.fromkeys(
        ["pleased", "delighted", "happy", "glad", "thrilled", "excited", "elated", "overjoyed"],
        "welcomes",
    ),
    **dict.fromkeys(
        [
            "disappointed",
            "outraged",
            "disgusted",
            "appalled",
            "angry",
            "furious",
            "incensed",
            "dismayed",
            "upset",
            "unhappy",
            "livid",
            # a position, said like a feeling ("I am totally opposed to it")
            "opposed",
        ],
        "rejects",
    ),
}
# A gladness denied is lukewarm, not a rejection ("not particularly excited about"); an anger
# denied ("not upset by it") takes no side at all.
DENIED_WELCOME = "skeptical"
# How a feeling word stands as what its subject feels: "we are pleased" (acomp), "left them
# angry" (oprd), "pleased with it, she said" (the participle as the clause's head).
_FELT = frozenset({"acomp", "oprd"})
# Prepositions that take what the feeling is about ("pleased with the ruling", "disgusted by
# the news", "excited about the offer", "angry at", "upset over", "happy for", "opposed to").
ABOUT_PREPS = frozenset({"with", "by", "about", "at", "over", "for", "to"})
_ABOUT_DEPS = frozenset({"prep", "agent"})
# Auxiliaries of a feeling only supposed ("we'd be delighted if he came back").
HYPOTHETICAL_AUX = frozenset({"would", "'d", "’d", "could", "might", "may"})
# The denial written onto its verb ("aren't"), shown with it.
CONTRACTED_NOT = frozenset({"n't", "n’t"})
# Clauses that tell what the feeling is about ("outraged that the deal…", "pleased to see…").
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


# Words that judge what they are said of as wrong; only a rejection: a judgement of praise
# ("a victory") is as often someone else's to claim.
JUDGEMENTS = frozenset(
    {
        "disappointment",
        "disappointing",
        "outrageous",
        "disgraceful",
        "disgrace",
        "disgusting",
        "appalling",
        "shameful",
        "absurd",
        "ridiculous",
        "travesty",
    }
)
JUDGEMENT_STANCE = "rejects"
# How a judgement is said of its subject: "the ruling is outrageous" (acomp, attr); after a
# curly "’s" the parser reads as a verb of its own, "it’s disappointing" (xcomp).
_JUDGED_AS = frozenset({"acomp", "attr", "xcomp"})
# The copula as written where the parser does not lemmatise it ("It’s disappointing").
COPULA_FORMS = frozenset({"'s", "’s"})
# The subject that stands for a clause set after the judgement ("it is outrageous that…").
EXTRAPOSED = "it"
# Verbs that say what their subject judges their object to be ("called the decision a …").
NAMING_VERBS = frozenset({"call", "label", "brand"})


@dataclass(frozen=True)
class Feeling:
    """A feeling or a judgement that shows its subject's stance on what it is about."""

    stance: str
    words: str  # as written, with the negation and hedge before it ("aren't particularly excited")
    # who feels or judges it ("we", "Siegel"); None: the speaker whose quoted words it is in
    subject: Token | None
    nouns: tuple[Token, ...]  # what it is about, as nouns ("the ruling")
    clauses: tuple[Token, ...]  # what it is about, as clauses' verbs ("that the deal collapsed")


def feeling_at(tok: Token) -> Feeling | None:
    """The feeling ``tok`` shows as its subject's stance, or None: a word of :data:`FEELINGS`
    said of a subject ("we are pleased", "she was not happy") about something (a preposition
    of :data:`ABOUT_PREPS`, or a clause). A denied feeling is its denial's stance
    (:data:`DENIED_WELCOME`), or none; a hypothetical ("would be delighted if…") is none."""
    stance = FEELINGS.get(tok.lower_)
    if stance is None or tok.dep_ not in _FELT:
        return None
    verb = tok.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children):
        return None
    neg = next((c for c in (*verb.children, *tok.children) if c.dep_ == "neg"), None)
    if neg is not None:
        if stance != "welcomes":
            return None
        stance = DENIED_WELCOME
    nouns = tuple(
        g
        for c in tok.children
        if c.dep_ in _ABOUT_DEPS and c.lower_ in ABOUT_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    )
    clauses = tuple(c for c in tok.children if c.dep_ in _CLAUSE_DEPS)
    if not nouns and not clauses:
        return None
    # from the denial ("not happy"; "aren't particularly excited" with its verb), else the word
    start = tok.i if neg is None else neg.i - (neg.lower_ in CONTRACTED_NOT)
    return Feeling(stance, tok.doc[start : tok.i + 1].text, subject, nouns, clauses)


def judgement_at(tok: Token) -> Feeling | None:
    """The judgement ``tok`` makes of what it is said of (:data:`JUDGEMENTS`), or None: by the
    subject of a naming verb ("Siegel called the decision a huge disappointment"), or by the
    speaker whose quoted words say it of a subject ("the ruling is outrageous"). A denied
    judgement ("not absurd") is none."""
    if tok.lower_ not in JUDGEMENTS:
        return None
    head = tok.head
    if any(c.dep_ == "neg" for c in (*head.children, *tok.children)):
        return None
    if tok.dep_ == "oprd" and head.lemma_.lower() in NAMING_VERBS:
        judge = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if judge is None:
            return None
        judged = tuple(c for c in head.children if c.dep_ == "dobj")
    elif tok.dep_ in _JUDGED_AS and (head.lemma_ == "be" or head.lower_ in COPULA_FORMS):
        judge = None
        judged = tuple(c for c in head.children if c.dep_ == "nsubj")
        if any(j.lower_ == EXTRAPOSED for j in judged):
            # "it's disappointing that the President would attack…": the clause is what is judged
            said = (head, tok, *(c for c in tok.children if c.dep_ == "conj"))
            clauses = tuple(
                c for t in said for c in t.children if c.dep_ in _CLAUSE_DEPS and c is not tok
            )
            return Feeling(JUDGEMENT_STANCE, tok.text, None, (), clauses) if clauses else None
    else:
        return None
    return Feeling(JUDGEMENT_STANCE, tok.text, judge, judged, ()) if judged else None
