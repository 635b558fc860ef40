"""The name a timeline entry's "he", "she", "it" or "they" stands for, shown in brackets.

An entry whose subject is a "he" or "she", opening it or after an opening phrase ("In 2011, he
was charged ..."), shows the name it stands for in brackets, "[Lowe] climbed Mount Everest
twice", by the rule the unique details name theirs by
(:func:`~newsweave.synthesis.standalone.named_wording`); an "it" or a "they" is named only where
the sentence before leaves no doubt who it is (:mod:`newsweave.synthesis.group_subject`). Read
by :mod:`newsweave.synthesis.stages.timeline` (split from it, session 47, to keep it under the
project's module size).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.models import Span
from newsweave.synthesis.group_subject import GROUP_PRONOUNS, group_named
from newsweave.synthesis.quotes.contents import TIME_ENTS
from newsweave.synthesis.standalone import named_wording

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# A "he" or "she" an entry's subject may be: opening it, or after an opening phrase that names
# no one ("In 2011, he was charged ...", "Shortly after, she ..."; a quotation's words are
# someone else's, whose "he" is not the entry's).
# An "it" or a "they" so placed is named by :func:`group_named`.
_PRONOUN_SUBJECT = re.compile(r"^(?:[^,\"“”]{1,60},\s+)?(?P<word>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b")
# How a person's name may stand in the sentence before a "he" and still leave the "he" to its
# subject: as a word of a noun ("a Hillary Clinton supporter") or an owner ("Clinton's aide");
# named as the one acted on or with ("Mr. Kantner invited Mr. Balin ... He joined the band",
# multinews 229; "The Fitzgerald is the second command for Benson. He commanded ...", 244),
# they may be the "he" as well.
_NAME_AS_MODIFIER = frozenset({"compound", "poss"})
# Named as a preposition's object, or inside one ("despite pressure from Ms. Brennan", "the
# majority of his son Bobby's life"), a person is told of beside the subject, not followed by
# the next "he".
_PHRASE_OBJECT = frozenset({"pobj"})


def named_subject(text: str, clause: Span | None, doc: Doc, cited: list[SpacySpan]) -> str:
    """An entry's clause (``text``, at ``clause`` of ``doc``) with the "he" or "she" that is its subject (:data:`_PRONOUN_SUBJECT`)
    named in brackets, as a fact's opening "He" is named
    (:func:`~newsweave.synthesis.standalone.named_wording`: the article's antecedent, the
    subject of the sentence just before, else the one another outlet's clause of the entry,
    among ``cited``, names as the doer of the same act), the words from the pronoun on read
    as such an opening; as it is when an opening phrase names a person (the "he" may be
    theirs: "McCullum left Plaskett's office, he worked ..."; a month or a weekday there is
    no one's name), or no one is clear. An "it" or a "they" is named by
    :func:`~newsweave.synthesis.group_subject.group_named`."""
    m = _PRONOUN_SUBJECT.match(text)
    c = clause
    if m is None or c is None:
        return text
    at = m.start("word")
    lead = doc.char_span(c.start, c.start + at, alignment_mode="expand") if at else None
    if lead is not None and any(
        t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.ent_type_ not in TIME_ENTS)
        for t in lead
    ):
        return text
    pron = doc.char_span(c.start + at, c.start + at + len(m.group("word")))
    if m.group("word").lower() in GROUP_PRONOUNS:
        group = group_named(pron[0]) if pron is not None else None
        if group is None:
            return text
        shown = group[:1].upper() + group[1:] if at == 0 else re.sub(r"^The\b", "the", group)
        return f"{text[:at]}[{shown}]{text[at + len(m.group('word')) :]}"
    rest = text[at:]
    named = named_wording(rest[:1].upper() + rest[1:], c.start + at, doc, cited)
    if not named.text.startswith("[") or pron is None or another_person_before(pron[0], named.text):
        return text  # (no name found, or a "He's", which the wording never names)
    return text[:at] + named.text


def another_person_before(pron: Token, shown: str) -> bool:
    """Whether the sentence before ``pron`` names a person other than the one ``shown``
    names in its brackets, as more than a modifier (:data:`_NAME_AS_MODIFIER`) and outside a
    prepositional phrase (:func:`_in_a_phrase`), or writes
    that name after "the" ("The Fitzgerald is the second command for Benson", multinews 244:
    a ship's name, a hotel's, no person's): the "he" may be someone else."""
    if pron.sent.start == 0:
        return False
    words = shown[1 : shown.index("]")].split()
    before = pron.doc[pron.sent.start - 1].sent
    if any(t.text == words[0] and t.i and t.nbor(-1).lower_ == "the" for t in before):
        return True
    return any(
        e.label_ == "PERSON"
        and e.root.dep_ not in _NAME_AS_MODIFIER
        and not _in_a_phrase(e.root)
        and not set(words) & set(e.text.split())
        for e in before.ents
    )


def _in_a_phrase(tok: Token) -> bool:
    """Whether ``tok`` is named inside a prepositional phrase (:data:`_PHRASE_OBJECT` on its
    way up to its sentence's root): a weaker antecedent of the next sentence's "he" than the
    subject of the one before ("Bob Goodlatte has been in the House since 1993 — the majority
    of his son Bobby's life", multinews 208; "As archbishop of Buenos Aires, the former
    Cardinal Jorge Mario Bergoglio worked in the slums", 237, the city read as a person)."""
    while tok.head.i != tok.i:
        if tok.dep_ in _PHRASE_OBJECT:
            return True
        tok = tok.head
    return False


__all__ = ["another_person_before", "named_subject"]
