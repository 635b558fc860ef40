"""Questions in reported speech: an open question a cognition verb is over ("knows what the
council decided") holds no claim, and a question put *to* someone ("when asked if he would
run") is the asker's, not theirs. Read from the article's parse, for :mod:`.reported`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.cues import REPORT_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of knowing, which the model may report ("knows the plan"), but over an open question
# hold no claim ("knows what the council decided"). PolNeAR train annotates 13 of 25 such: a
# few points of recall given up so that no one is listed as claiming what they only know.
KNOWING_VERBS = frozenset(["know"])
# Words that open an indirect question: a cognition verb over one holds no claim.
QUESTION_WORDS = frozenset(["which", "whether", "if", "what", "who", "how", "why", "when", "where"])
# Words before "asked" that make it a question put to the person it hangs on ("when asked if
# he would run"), not one they asked.
ASKED_OPENERS = frozenset(["when", "if", "once", "after", "before", "while", "unless"])
# Relations by which a participle has a clause of its own (subject, auxiliary): without them
# a passive one is set beside another clause (:func:`reduced_passive`).
PARTICIPLE_OWN_DEPS = frozenset(["aux", "auxpass", "nsubj", "nsubjpass"])


def open_question(lemma: str, doc: Doc, start: int) -> bool:
    """A cognition verb over an open question ("learning which lucky few will win", "knows
    what the council decided"): what someone does not know yet, or knows without saying, is no
    claim of theirs. (A speech verb's question, "asked whether…", stays a report; so does a
    stance the model reports, "wondered whether…", "talked about how…": PolNeAR train
    annotates 176 of the 240 such contents.)"""
    if REPORT_CUES.get(lemma) != "cognition" and lemma not in KNOWING_VERBS:
        return False
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return False
    i = first[0].i  # the content's first word, or the "whether" trimmed off just before it
    return any(doc[j].lower_ in QUESTION_WORDS for j in (i, i - 1) if j >= 0)


def asked_of(tok: Token) -> bool:
    """A question put *to* someone ("— Julie Bowen, asked where she would put her statuette",
    "when asked if he would run again, the senator said…", "she was asked whether…"): the
    person it hangs on is who was asked, not who asked, and the question is not their
    report but the asker's (:func:`own_agent`). The parser often tags such an "asked" as a past
    tense ("Bowen, asked where…" as "Bowen asked"), so the comma or the "when" before it
    tells; only the perfect ("has asked whether…") is the asker's own."""
    if tok.lemma_ != "ask" or tok.tag_ not in ("VBN", "VBD"):
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.lower_ in ASKED_OPENERS:
        return True
    if before is not None and before.text == "," and tok.i > 1:
        # "Bowen, asked where…": the comma follows the person's name itself; after an
        # apposition ("Vargas, an activist, asked the former secretary…") the asking is theirs
        named = doc[tok.i - 2]
        return named.dep_ == "nsubj" and named.head == tok
    return tok.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children
    )


def own_agent(cue: Token) -> Token | None:
    """The agent a passive cue names itself: who put a question to someone (:func:`asked_of`:
    "asked by Stephanopoulos to respond"), or who did what a participle set beside a clause
    tells (:func:`reduced_passive`: "Asked by CNN about the report, …"); else nobody named
    ("when asked if he would run": the interviewer, unnamed, so the question is not listed as
    anyone's speech). PolNeAR annotates such questions: on train all-attribution recall 0.7414
    -> 0.7447 (F1 0.7861 -> 0.7880) with them reported."""
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None


def reduced_passive(cue: Token) -> bool:
    """Whether a cue is a passive participle set beside a clause with no subject or auxiliary
    of its own ("A former teacher is in custody, accused of luring a girl", "The pair was
    arrested by the FBI, accused of a rampage", "Asked about the report, the minister
    said…"): the subject of the clause it hangs on, or that clause's agent, is whom it was
    done to or someone else, never who accused or asked. (A coordinated verb, "refused the
    account and accused officials of lying", shares its subject, whatever its tag.)"""
    if any(c.dep_ in PARTICIPLE_OWN_DEPS for c in cue.children):
        return False
    # (the tagger reads a participle opening its sentence as a past tense as often: "Asked
    # why the college paid him, he responded: …" is no "he asked")
    opening = cue.tag_ == "VBD" and cue.dep_ == "advcl" and cue.i == cue.sent.start
    return opening or (cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl"))


def put_to(t: Token, verb: Token) -> bool:
    """Whether ``t`` stands in what was put to the subject of ``verb`` by a participle set
    beside it (:func:`reduced_passive`): in "Asked why Northwestern paid him, he responded"
    the college is whom he was asked about, never the "he" who answers."""
    return any(a.dep_ == "advcl" and a.head == verb and reduced_passive(a) for a in t.ancestors)
