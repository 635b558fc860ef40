"""Speakers that are many: an unnamed group ("European leaders") and names joined by "and".

A report whose subject is a group the article does not name ("senior Western officials
said…") or several names ("Schumer and Pelosi said…") has a speaker a reader can be told:
the group's noun phrase, or the names joined, both typed ``GROUP`` so that neither is taken
for one actor with a stance of its own (:func:`~.speakers.unnamed_group`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.nlp import doc_text
from newsweave.synthesis.quotes.attribution import resolve_subject
from newsweave.synthesis.quotes.index import ArticleIndex, Speaker
from newsweave.synthesis.quotes.speakers import joined, person_noun

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# A group's name is its head noun and the modifiers right before it: "European leaders",
# "senior Western officials"; longer runs are descriptions, cut to their last words.
MAX_GROUP_WORDS = 4
# The modifiers that name a group with its head: adjectives, nouns, numbers ("8 European
# leaders"); not determiners ("the", "his"). (Coordinated modifiers, "Kyiv and European
# leaders", see _coordinated_modifier.)
GROUP_MODIFIERS = frozenset(["amod", "compound", "nmod", "nummod", "advmod"])
# The kinds of name that may be the parties of a coordinated speaker ("Schumer and Pelosi").
COORDINATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Punctuation after which an -ing form opens a participle clause, not a group's name.
CLAUSE_COMMAS = frozenset([",", ";", "—", "–"])


def group_speaker(tok: Token, speaker: Speaker) -> Speaker:
    """An unnamed group that speaks ("European leaders threatened sanctions", "the officials
    said"): named by its noun phrase, so that its report is listed, and typed ``GROUP``
    (:func:`~.speakers.unnamed_group`), so that it stays nobody's stance. The name is the
    plural head noun with the modifiers right before it ("European leaders", "senior
    Western officials", "Kyiv's allies"), at most :data:`MAX_GROUP_WORDS` words. A singular
    description ("the Russian leader") is one unresolved person, a pronoun ("they") names
    nobody, and a thing ("the operation sought…") is no group: all three stay unnamed."""
    if tok.tag_ != "NNS" or speaker.label != "GROUP" or not person_noun(tok.lemma_.lower()):
        return speaker  # ("Signs confirmed…", "Ads talk about…": things, no group speaks)
    doc = tok.doc
    lo = tok.i
    while lo > 0:
        first = _coordinated_modifier(doc[lo - 1], lo, tok.i)
        if first is not None and _group_words(doc[first : tok.i + 1]) <= MAX_GROUP_WORDS:
            lo = first  # "Kyiv and European leaders", "Russian and Ukrainian negotiators"
            continue
        if not (
            _group_words(doc[lo : tok.i + 1]) < MAX_GROUP_WORDS
            and (doc[lo - 1].dep_ in GROUP_MODIFIERS or _glued_hyphen(doc[lo - 1]))
            and lo <= doc[lo - 1].head.i <= tok.i
            and not _opens_participle(doc[lo - 1])
        ):
            break
        lo -= 1
    if _glued_hyphen(doc[lo]):
        lo += 1  # a hyphen is part of a word, never the first of a name
    owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and owner.right_edge.i == lo - 1:
        # "Kyiv's allies": whose group it is names it too (not a line before a paragraph
        # break the parse ran over, "Advertisement \n\n Persky's supporters")
        lines = [t.i + 1 for t in doc[owner.left_edge.i : owner.i] if "\n" in t.text]
        lo = max([owner.left_edge.i, *lines])
    span = (doc[lo].idx, tok.idx + len(tok.text))
    name = doc_text(doc)[span[0] : span[1]]
    if lo == tok.i and _starts_sentence(tok):
        name = name[:1].lower() + name[1:]  # "Organisers estimate…": a capital, not a name
    return Speaker(name, span, "GROUP")


def coordinated_speaker(source: Token, first: Speaker, idx: ArticleIndex) -> Speaker:
    """The speaker of a report whose subject is names joined by "and" ("Chuck Schumer and
    Nancy Pelosi", "Russia and Ukraine"): the names as the article resolves each, typed
    ``GROUP`` (listed with its words, no actor of its own: each party's stance is its own to
    show). The first party alone would be credited with words it said with others ("Chuck
    Schumer (said): they had pitched …"). A speaker that is no name, or a coordination with a
    party that is none (a parse's slip: "He had knee surgery and team officials said …"),
    stays ``first``."""
    if not first.name or first.label not in COORDINATED_LABELS:
        return first
    names = [first.name]
    for conj in source.conjuncts:
        other = resolve_subject(conj, idx)
        if not other.name or other.label not in COORDINATED_LABELS or other.name in names:
            return first
        names.append(other.name)
    lo = min([source.idx, *(c.idx for c in source.conjuncts)])
    last = max(source.conjuncts, key=lambda c: c.i)
    span = (first.span[0] if first.span else lo, last.idx + len(last.text))
    return Speaker(joined(names), span, "GROUP", (span,))


def _group_words(span: SpacySpan) -> int:
    """How many words a group's name has (a hyphen between two words joins them)."""
    return sum(1 for t in span if not _glued_hyphen(t))


def _coordinated_modifier(last: Token, lo: int, head: int) -> int | None:
    """Where a coordination of modifiers ending right before a group's name (at ``last``)
    starts, when its first conjunct modifies the name (between ``lo`` and ``head``):
    "[Kyiv and European] leaders", "[Russian and Ukrainian] negotiators". The parser hangs
    the later conjuncts on the first, not on the noun; without them the name is the bare
    noun, "leaders", which names no one."""
    first = last.head
    if last.dep_ != "conj" or not first.i < last.i or first.dep_ not in GROUP_MODIFIERS:
        return None
    if not lo <= first.head.i <= head:
        return None
    between = last.doc[first.i + 1 : last.i]
    if not all(t.dep_ in ("cc", "punct", "conj") for t in between):
        return None
    return first.i


def _glued_hyphen(tok: Token) -> bool:
    """A hyphen written between two words with no space: one word of a group's name
    ("whistle-blowers", "near-death survivors", "class-action members"), not two."""
    return tok.tag_ == "HYPH" and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def _opens_participle(tok: Token) -> bool:
    """A verb's -ing form right after a comma: it opens a clause of its own ("…, concluding
    female voters view the party as intolerant"), which the parser may hang on the noun after
    it as a modifier; no part of the group's name."""
    return tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text in CLAUSE_COMMAS


def _starts_sentence(tok: Token) -> bool:
    """Whether ``tok`` opens a sentence or a paragraph (a parse may run a headline into the
    first sentence, so the paragraph break counts too)."""
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return "\n" in prev.text or "\n" in prev.whitespace_
