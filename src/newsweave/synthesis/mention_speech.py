"""Whether a name speaks as only a person does: the subject of a verb of saying or writing
whose quoted words are in the first person singular ("“I didn’t see the girls,” Cheyenne Ray
Engles wrote", typed ORG). A company or a body quotes itself as "we" ("“We regret the
delay,” Morgan Stanley said"); "I" is one person's. The entities stage reads this as a sign of a
person (:func:`~newsweave.synthesis.mention_context.person_sign`)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsweave.nlp.tags import SUBJECT_DEPS
from newsweave.synthesis.quotes.cues import SAYING_VERBS

# Verbs that give a quotation besides those of saying: a written statement, a post or a tweet is
# attributed so ("..., Engles wrote", "..., she tweeted").
WRITING_VERBS = frozenset({"write", "tweet", "post"})
# The pronoun only one person quotes herself with, as written ("we" is a body's as readily; a
# lower-case "i" is a scrap of unedited text a story quotes, no speaker's word).
FIRST_PERSON_SINGULAR = frozenset({"I"})
# A name after "the" is a body's or a paper's, whoever's words it quotes ("..., the National Post
# adds"): a person's name takes no article.
ARTICLES = frozenset({"the"})
# A quotation closed just before its attribution ("“..., ” Engles wrote") or opened just after
# its verb ("Engles wrote: “I ...”").
CLOSED_BEFORE = re.compile(r"[”\"][^\S\n]*$")
OPENED_AFTER = re.compile(r"[^\S\n]*[:,]?[^\S\n]*[“\"]")
QUOTE_GAP = 3  # characters: a closing mark and the spaces after it


def says_in_first_person(ent: Span, text: str) -> bool:
    """Whether the mention ``ent`` of ``text`` is the subject of a verb of saying or writing
    (:data:`~newsweave.synthesis.quotes.cues.SAYING_VERBS`, :data:`WRITING_VERBS`) whose
    quotation, closed just before the verb and its subject or opened just after them, has "I"
    for a subject (:data:`FIRST_PERSON_SINGULAR`), and that is written without "the"
    (:data:`ARTICLES`). Only the quotation's own sentence is read: a quotation's earlier
    sentences may be anyone's."""
    root = ent.root
    verb = root.head
    if root.dep_ not in SUBJECT_DEPS or verb.lemma_ not in {*SAYING_VERBS, *WRITING_VERBS}:
        return False
    if any(t.dep_ == "det" and t.lower_ in ARTICLES for t in root.children):
        return False
    sent = verb.sent
    first = min(verb.i, ent.start)
    last = max(verb.i + 1, ent.end)
    doc = ent.doc
    if CLOSED_BEFORE.search(text, max(0, doc[first].idx - QUOTE_GAP), doc[first].idx):
        quoted = [t for t in sent if t.i < first]
    elif last < sent.end and OPENED_AFTER.match(text, doc[last - 1].idx + len(doc[last - 1])):
        quoted = [t for t in sent if t.i >= last]
    else:
        return False
    return any(t.text in FIRST_PERSON_SINGULAR and t.dep_ in SUBJECT_DEPS for t in quoted)


__all__ = ["WRITING_VERBS", "says_in_first_person"]
