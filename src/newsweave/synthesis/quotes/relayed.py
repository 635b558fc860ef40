"""A news outlet's quoted sentence that reports another's words: the other's report.

'“Stewart explains that he ‘wanted to make a point about aboriginal culture …’,” the National
Post adds': the words in the outer marks are the Post's, but what they tell is Stewart's
explanation, his own words quoted inside. Listed as the Post's quote, the reader sees the
Post speaking Stewart's words; the outlet only passes them on, as "…, according to the Post"
does (the quotes stage's frames). So the quotation is listed as the inner speaker's report:
Patrick Stewart (explains): he ‘wanted to make a point …’. Extraction leaves a cue inside a
quote alone (PolNeAR annotates the quote as a whole), so this is read at listing time.

Only an outlet relays so: a person's quote telling what another said ("She told me she was
pregnant") is that person's account, a body's or a document's ("the lawsuit": "Cohen told
her that …") its claim of what was said, and both stay theirs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsweave.models import QuoteMention, Span
from newsweave.nlp import doc_text
from newsweave.synthesis.actors import is_outlet
from newsweave.synthesis.quotes.attribution import is_cue, resolve_subject
from newsweave.synthesis.quotes.cue_search import cue_text
from newsweave.synthesis.quotes.index import article_index
from newsweave.synthesis.quotes.spans import MARK_CHARS
from newsweave.synthesis.quotes.speakers import speaker_type
from newsweave.synthesis.quotes.subjects import direct_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The relation of the clause a speech verb tells ("explains [that he wanted …]").
TOLD_CLAUSE = "ccomp"


def relayed(m: QuoteMention, doc: Doc) -> QuoteMention | None:
    """The report an outlet's direct quote ``m`` passes on, credited to its own speaker; None
    when ``m`` is no such relay: not an outlet's, or its words' main verb is no speech verb
    telling a clause of a named speaker other than the outlet (see the module docstring)."""
    if m.form != "direct" or m.kind != "statement" or not m.speaker:
        return None
    if not is_outlet(m.speaker, m.speaker_type):
        return None
    content = doc.char_span(m.start, m.end, alignment_mode="expand")
    if content is None:
        return None
    tops = [t for t in content if t.head == t or not content.start <= t.head.i < content.end]
    cue = next((t for t in tops if t.pos_ == "VERB"), None)
    if cue is None or not is_cue(cue, governing=True):
        return None
    told = next((c for c in cue.children if c.dep_ == TOLD_CLAUSE and c.i > cue.i), None)
    # (its own subject inside the quote, not the quote's source the outer cue gives it)
    subject = direct_subject(cue)
    if told is None or subject is None or not content.start <= subject.i < cue.i:
        return None
    idx = article_index(doc)
    speaker = resolve_subject(subject, idx)
    if not speaker.name or speaker.name == m.speaker:
        return None
    start = doc[_after_mark(told)].idx
    # (no further than the quote: a clause the parse ran on past it is the writer's words)
    end = min(_through_closing(doc, told.right_edge, m.end), m.end)
    text = doc_text(doc)[start:end]
    quoted = any(ch in MARK_CHARS for ch in text)
    return replace(
        m,
        text=text,
        start=start,
        end=end,
        speaker=speaker.name,
        speaker_span=Span(m.article, *speaker.span) if speaker.span else None,
        speaker_role=idx.roles.get(speaker.name),
        speaker_type=speaker_type(speaker.label, speaker.name),
        speaker_chain=tuple(Span(m.article, *c) for c in speaker.chain),
        cue=cue_text(cue),
        cue_span=Span(m.article, cue.idx, cue.idx + len(cue.text)),
        form="mixed" if quoted else "indirect",
    )


def _after_mark(clause: Token) -> int:
    """The index of the clause's first word past its "that"."""
    first = clause.left_edge
    if first.dep_ == "mark" and first.head == clause:
        return first.i + 1
    return first.i


def _through_closing(doc: Doc, last: Token, quote_end: int) -> int:
    """The clause's end offset, run on to the end of the outer quote when only punctuation and
    marks stand between (the inner quotation's closing mark: "…in academia,’")."""
    end = last.idx + len(last.text)
    rest = doc_text(doc)[end:quote_end]
    return quote_end if all(not ch.isalnum() for ch in rest) else end
