"""Speakers that the layout names rather than the syntax: transcript turns and credit lines.

A transcript printed in an article gives each turn to the name in capitals before a colon
("PENCE: Gennifer Flowers will not be…", "WALLACE: Let's start with…"); the turn runs to the
next label, across the paragraphs that carry on its quotation. No cue verb governs those
words, so without this the quotes would inherit whoever the prose before the transcript
last named. A label is resolved to the full name the article gives (PENCE → Mike Pence).

A quote set on its own line and credited after a dash ("“…” ― Pamela Padilla", a book's
blurb "“…”—Mara Quist, COO of Facebook"), or a pull quote with a person's name after it and
no dash ("“…” Senator Ted Cruz"), is the credited person's: a list of readers' comments has
no cue verbs either, and the paragraph before names someone else.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.index import ArticleIndex, Speaker, short_name
from newsweave.synthesis.quotes.speakers import PERSON_NAME_WORD, clean_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A speaker label opening a paragraph: an optional quotation mark, one to three words in
# capitals (initials and hyphens allowed), a colon: "PENCE:", "JAKE TAPPER:", "“RAMOS:".
LABEL = re.compile(r"[ \t]*([\"“]?)[ \t]*([A-Z][A-Z'’.-]*(?:[ \t][A-Z][A-Z'’.-]*){0,2}):[ \t]")
# A label that is no person the article names is a speaker only when it opens this many
# turns: a host named nowhere else ("WALLACE:") speaks again and again, while a one-off
# "CORRECTION:" or "VIDEO:" is a heading.
MIN_TURNS = 2
# A credit after a quote: a dash and a name ending the line ("” ― Pamela Padilla", "”―
# Carla Sanchez."), or a name and, after a comma, the person's role ("”—Mara Quist, COO of
# Facebook and founder of a charity"); the name's words are all capitalised.
CREDIT = re.compile(
    r"[.,!?]?[”\"’']?[^\S\n]*[―—–]+[^\S\n]*([^\n,]{3,60}?)(?:,[^\n]*)?[^\S\n.]*\.?[^\S\n]*(?:\n|$)"
)
# A pull quote credited with no dash: a finished sentence, its closing mark, and a person's
# name (maybe after a title) ending the line ("…in America.” Senator Ted Cruz").
BARE_CREDIT = re.compile(r"[.!?]?[”\"’][^\S\n]+([A-Z][^\n]{3,60}?)[^\S\n]*(?:\n|$)")
# What ends a finished sentence, inside or outside the closing mark.
SENTENCE_ENDS = ".!?"
# (a one-word credit is a source or a handle, not a person's full name; five words, a phrase)
MIN_CREDIT_WORDS = 2
MAX_CREDIT_WORDS = 4


@dataclass(frozen=True)
class Turn:
    """One speaker's turn in a transcript: the characters ``start..end`` are ``speaker``'s;
    their words begin at ``body`` (after the label, its colon and the spaces). ``quoted``:
    the turn opens with a quotation mark ("“RAMOS: …"), the transcript quoted as a whole."""

    start: int
    end: int
    speaker: Speaker
    body: int
    quoted: bool


def transcript_turns(text: str, doc: Doc, idx: ArticleIndex) -> list[Turn]:
    """The article's transcript turns, in text order (none when it prints no transcript).

    The first paragraph is the headline, whose "Name:" claims a view (not a turn). A label
    is a speaker when it resolves to a person the article names, or when its speaker (the
    full label's, for a surname that follows one) opens at least :data:`MIN_TURNS` turns in
    an article where some label is such a person. A turn covers its paragraph and the
    following ones that open with a quotation mark (the rest of a quoted turn), up to the
    next label.
    """
    paras = [m.start() for m in re.finditer(r"(?:^|(?<=\n))[^\n]", text)]
    # paragraph no., label start, label, quoted, where the words begin
    labels: list[tuple[int, int, str, bool, int]] = []
    for k, a in enumerate(paras[1:], start=1):
        m = LABEL.match(text, a)
        if m is not None and "\n" not in m.group(0):
            labels.append((k, m.start(2), m.group(2), bool(m.group(1)), m.end()))
    if not labels:
        return []
    speakers: dict[str, Speaker] = {}
    for _, at, label, _, _ in labels:
        if label not in speakers:
            speakers[label] = _label_speaker(label, at, doc, idx)
    # "JAKE TAPPER:" first, "TAPPER:" after: the short label is the full one's speaker
    by_last = {f.split()[-1]: s for f, s in speakers.items() if " " in f}
    for label, sp in speakers.items():
        longer = by_last.get(label)
        if longer is not None and sp.label != "PERSON":
            speakers[label] = replace(longer, span=sp.span, chain=(*sp.chain, *longer.chain))
    # "LENA DUVAL:" once and "DUVAL:" once are two turns of one speaker
    counts = Counter(speakers[label].name for _, _, label, _, _ in labels)
    if not any(s.label == "PERSON" for s in speakers.values()):
        return []
    turns = []
    starts = {k for k, *_ in labels}
    for k, at, label, quoted, body in labels:
        sp = speakers[label]
        if sp.label != "PERSON" and counts[sp.name] < MIN_TURNS:
            continue
        last = k
        while quoted and last + 1 < len(paras) and last + 1 not in starts:
            if text[paras[last + 1]] not in '"“':
                break
            last += 1
        end = paras[last + 1] - 1 if last + 1 < len(paras) else len(text)
        here = (at, at + len(label))  # this turn's label, then where the label is resolved
        turns.append(
            Turn(at, end, replace(sp, span=here, chain=(here, *sp.chain[1:])), body, quoted)
        )
    return turns


def turn_at(turns: list[Turn], pos: int) -> Turn | None:
    """The turn of ``turns`` (in text order, as :func:`transcript_turns` gives them) that
    holds the character at ``pos``, if any."""
    k = bisect_right([t.start for t in turns], pos) - 1
    return turns[k] if k >= 0 and pos < turns[k].end else None


def _label_speaker(label: str, at: int, doc: Doc, idx: ArticleIndex) -> Speaker:
    """The person a label stands for: the article's full name for it (PENCE → Mike Pence),
    typed PERSON when the article names that person; else the label as a name, untyped."""
    name = " ".join(w.capitalize() for w in label.split())
    span = (at, at + len(label))
    tok = doc.char_span(at, at + len(label), alignment_mode="expand")
    found = short_name(name, tok.start if tok is not None else 0, None, idx)
    full, where = found.name, found.where
    named = full != name or full in idx.persons or where is not None
    chain = (span,) if where is None else (span, where)
    return Speaker(full, span, "PERSON" if named else None, chain)


def credit_speaker(text: str, end: int, idx: ArticleIndex) -> Speaker | None:
    """The person a dash credits a quote to, when the quote's line ends in one ("“…” ―
    Pamela Padilla"); ``end`` is the offset after the closing mark. A credit to what is no
    person's name ("”—The New York Times Book Review", a tweet's "— ItsTheReal (@itsthereal)
    June 20") is a speaker left unnamed: the quote is that source's, not the previous
    speaker's by inheritance. None when no capitalised credit ends the line."""
    m = CREDIT.match(text, end)
    if m is None:
        return _bare_credit(text, end, idx)
    name = m.group(1).strip()
    words = name.split()
    if not MIN_CREDIT_WORDS <= len(words) <= MAX_CREDIT_WORDS or not all(
        PERSON_NAME_WORD.fullmatch(w) and w[:1].isupper() for w in words
    ):
        return Speaker(None, None, None) if name[:1].isupper() else None
    span = (m.start(1), m.start(1) + len(name))
    return Speaker(short_name(name, 0, None, idx).name, span, "PERSON", (span,))


def _bare_credit(text: str, end: int, idx: ArticleIndex) -> Speaker | None:
    """The person a pull quote's line names after its closing mark with no dash ("“…in
    America.” Senator Ted Cruz"): only a name the NER reads as a person's, its title dropped,
    of :data:`MIN_CREDIT_WORDS` words at least ("” Read More" is a link, no one's credit)."""
    m = BARE_CREDIT.match(text, end)
    # (the sentence's full stop, inside the marks or right after them)
    if m is None or not any(c in SENTENCE_ENDS for c in text[max(0, end - 1) : end + 1]):
        return None
    run = idx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    ents = [e for e in run.ents if e.label_ == "PERSON"] if run is not None else []
    if not ents or ents[-1].end_char != m.end(1):
        return None
    name = clean_name(m.group(1))
    if len(name.split()) < MIN_CREDIT_WORDS or not name.endswith(ents[-1].text.split()[-1]):
        return None
    span = (m.end(1) - len(name), m.end(1))
    return Speaker(short_name(name, 0, None, idx).name, span, "PERSON", (span,))
