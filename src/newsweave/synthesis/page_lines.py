"""Lines of a page that are not its outlet's report of what happened.

An op-ed or a magazine piece closes on the note on who wrote it ("Carmen Siering is an
assistant professor of English ... at Ball State University.", "Jane Roe covers city hall."):
a line that tells who someone is by their trade, of a person the piece never named before
but in its byline. The story's own people are named before its last lines; a line
introducing someone new, by the trade of writing or teaching, in those last lines is the
page's credit, which no outlet reports as something that happened (:func:`writer_note`).

A transcript (an interview or a radio segment printed turn by turn, "GEORGE STEPHANOPOULOS:
...", "PRESIDENT OBAMA: ...") gives its guests' words, not its outlet's report: a line of a
guest's turn listed alone ("And so-- Well-- what the banks are saying is--") reads as the
outlet's, and whose words they are, it does not say (:func:`guest_turns`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from newsweave.models import Sentence, Span
from newsweave.nlp import PRESENT_TAGS, SUBJECT_DEPS, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

# A writer's note is among its article's last sentences: of the 690 Multi-News validation
# articles, the notes found (an op-ed's two writers, a reporter's beat, a crime reporter's
# title) stand in the last three.
TAIL_SENTENCES = 3
# The trades such a note gives its person ("an assistant professor of English", "executive
# editor of Ms. magazine", "the author of ...").
WRITER_TRADES = frozenset(
    {"writer", "author", "reporter", "editor", "columnist", "correspondent", "contributor"}
    | {"journalist", "blogger", "professor", "lecturer", "fellow", "novelist", "commentator"}
)
# ... or the verbs of a writer's beat ("Jane Roe covers Concord and Pleasant Hill").
BEAT_LEMMAS = frozenset({"cover", "write", "teach", "blog"})
# The dependency of what a copula says its subject is ("is an author").
_ATTRIBUTE_DEP = "attr"
# A name's Penn tag, and the entity types of a person's name (the recogniser misses some:
# "Carmen Siering is ...").
_NAME_TAG = "NNP"
_PERSON_OR_UNTYPED = frozenset({"PERSON", ""})
# A byline ("By Carmen D. Siering and Katherine Spillar"): the writers named there are the
# ones the note is on, not people the story told of.
_BYLINE = re.compile(r"\bBy(?:\s+(?:and|&)?\s*[A-Z][\w.'’-]*)+")


def tail_sentences(sentences: list[Sentence]) -> set[int]:
    """The positions in ``sentences`` of each article's last :data:`TAIL_SENTENCES`, where a
    note on its writer stands."""
    per: dict[str, list[int]] = {}
    for k, s in enumerate(sentences):
        per.setdefault(s.article, []).append(k)
    return {k for ks in per.values() for k in ks[-TAIL_SENTENCES:]}


def writer_line(doc: Doc, span: Span, sentence: Sentence) -> bool:
    """Whether a statement (``span`` of ``sentence``, one of :func:`tail_sentences`) is a note
    on its article's writer (:func:`writer_note`)."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return writer_note(words, doc_text(doc)[: sentence.start])


def writer_note(words: SpacySpan | None, article_before: str) -> bool:
    """Whether a statement (``words``, among its article's last :data:`TAIL_SENTENCES`) is a
    note on a writer: its subject a person's name that ``article_before`` (the article's text
    before it) never gives but in its byline (:data:`_BYLINE`), its verb in the present tense telling that person's trade
    (:data:`WRITER_TRADES` after "is") or beat (:data:`BEAT_LEMMAS`)."""
    if words is None or not len(words):
        return False
    root = words.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if (
        subject is None
        or subject.tag_ != _NAME_TAG
        or subject.ent_type_ not in _PERSON_OR_UNTYPED
        or root.tag_ not in PRESENT_TAGS  # a note says who the writer is now
    ):
        return False
    if re.search(rf"\b{re.escape(subject.text)}\b", _BYLINE.sub("", article_before)):
        return False  # someone the story told of
    trade = any(
        c.dep_ == _ATTRIBUTE_DEP and c.lemma_.lower() in WRITER_TRADES for c in root.children
    )
    return trade or root.lemma_.lower() in BEAT_LEMMAS


# A speaker's label opening a paragraph of a transcript ("GEORGE STEPHANOPOULOS: ...", "LEE:
# ...", "MICHEL MARTIN, HOST: ..."), in capitals, up to four words and a role.
_TURN_LABEL = re.compile(r"(?m)^[ \t]*((?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]+)(?:, [A-Z]+)?:\s")
# A transcript's speakers each take the floor again and again: at least this many labels, each
# opening at least TURNS_PER_SPEAKER paragraphs. Of the 690 Multi-News validation articles, 2
# are so (an NPR interview and a network interview with the president); a page's section labels
# ("RELATED:", "PHOTOS:", "INTRODUCTION:", "MORE:") repeat one label, or none.
TRANSCRIPT_SPEAKERS = 2
TURNS_PER_SPEAKER = 2


def guest_turns(article: str, text: str) -> list[Span]:
    """The turns of a transcript's guests in an article's ``text`` (each from its label to the
    next label), none when it is no transcript: fewer than :data:`TRANSCRIPT_SPEAKERS` labels
    (:data:`_TURN_LABEL`) each open :data:`TURNS_PER_SPEAKER` of its paragraphs or more. The
    host, who speaks first ("MICHEL MARTIN, HOST:", then "MARTIN:"), tells the segment's news
    for the outlet, as does what comes before the turns (a headline, the outlet's summary)."""
    labels = list(_TURN_LABEL.finditer(text))
    turns = Counter(m.group(1) for m in labels)
    if sum(n >= TURNS_PER_SPEAKER for n in turns.values()) < TRANSCRIPT_SPEAKERS:
        return []
    host = set(labels[0].group(1).split())
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return [
        Span(article, m.start(), end)
        for m, end in zip(labels, ends, strict=True)
        if not host & set(m.group(1).split())
    ]
