"""Which verb attributes a quote: the cue search of :mod:`.extraction`, on the parse alone.

A quote's cue is a verb of saying among the ancestors of its words or hanging off them
(:func:`find_cues`), or the nearest one in the clause right after or right before it
(:func:`attribution_clause`: '"…," Putin said', 'Putin declared, "…"'), unless that clause
runs into a colon and the next quote (:func:`introduces_next`). A paragraph closing on a colon
introduces the quote after it with its own verb (:func:`introducing_verb`). How the cue is
reported, word and offsets: :func:`cue_text`, :func:`cue_chars`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.attribution import CUE_LEMMAS, is_cue, subject_of
from newsweave.synthesis.quotes.quoted_parts import CLOSING_PUNCT
from newsweave.synthesis.quotes.reported import denial
from newsweave.synthesis.quotes.spans import MARK_CHARS, QuoteSpan, mark_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# What may stand between a quote's last word and a cue right after it: its punctuation, marks.
CLOSING_MARKS = CLOSING_PUNCT + "".join(sorted(MARK_CHARS))
# A cue after a quote whose clause runs into a colon and an opening mark introduces the next
# quote ('"…fun." Adds Weir: "Trey is…"'), not the one before it.
INTRODUCES_QUOTE = re.compile(r"[^.!?;\n“”\"]{0,80}:\s*[“\"‘']")


def find_cues(qtoks: set[int], allowed: set[int], doc: Doc) -> list[Token]:
    """Communication verbs that may attribute the quote tokens ``qtoks``, best first.

    Only tokens in ``allowed`` (the unquoted words of the quote's own sentences and
    paragraph) may be the cue: a parse that runs across a paragraph break must not
    hand a quote to the previous paragraph's verb.
    """
    out: list[Token] = []
    if not qtoks:
        return out
    # 1. the cues among the ancestors of the quote's root(s), nearest first
    roots = [doc[i] for i in sorted(qtoks) if doc[i].head.i not in qtoks or doc[i].head.i == i]
    for r in roots:
        for anc in r.ancestors:
            if anc.i in qtoks:
                continue
            if anc.i not in allowed:
                break
            if is_cue(anc, governing=True) and anc not in out:
                out.append(anc)
    # 2. a cue hanging off the quote (parataxis: "…," Putin said)
    for i in sorted(qtoks):
        for child in doc[i].children:
            if (
                child.i in allowed
                and child.dep_ in ("parataxis", "ccomp", "conj", "advcl", "xcomp")
                and is_cue(child, governing=True)
                and child not in out
            ):
                out.append(child)
    return out


def nearest_cue(cands: Iterable[Token], pos: int) -> Token | None:
    """The speech verb among ``cands`` nearest the offset ``pos``: not a participle describing
    a noun ("made repeated efforts to distance himself…, “…”"), which tells no act of speech."""
    best = None
    for t in cands:
        if t.dep_ == "amod" or not is_cue(t, governing=False):
            continue
        if best is None or abs(t.idx - pos) < abs(best.idx - pos):
            best = t
    return best


def cue_chars(cue: Token) -> tuple[int, int]:
    """Character span of the cue word (``according to`` in full)."""
    end = cue.idx + len(cue.text)
    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc):
        nxt = cue.doc[cue.i + 1]
        end = nxt.idx + len(nxt.text)
    return cue.idx, end


def introduces_next(cue: Token, sp: QuoteSpan, text: str) -> bool:
    """Whether ``cue``, after the quote ``sp``, introduces the quote that follows instead; not
    when another speech verb stands before the colon ('"…," Berg said, adding: "…"': "adding"
    introduces the next quote, "said" attributes this one)."""
    found = INTRODUCES_QUOTE.match(text, cue.idx) if cue.idx >= sp.end else None
    if found is None:
        return False
    doc = cue.doc
    k = cue.i + 1
    while k < len(doc) and doc[k].idx < found.end() and not is_cue(doc[k], governing=False):
        k += 1
    return k >= len(doc) or doc[k].idx >= found.end()


def right_after(cue: Token, sp: QuoteSpan, text: str) -> bool:
    """Whether ``cue`` stands right after the quote ``sp``, past its closing marks only."""
    return cue.idx >= sp.end and not text[sp.end : cue.idx].strip(CLOSING_MARKS)


def name_before(cue: Token, sp: QuoteSpan, text: str) -> bool:
    """Whether ``cue`` and a name after it are all that stands between the clause and the
    quote's opening mark, past a comma or a colon ('offers Weir, "…"'): an inverted cue."""
    doc = cue.doc
    k = cue.i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    if k == cue.i + 1 or k >= len(doc) or doc[k].text not in (",", ":"):
        return False
    return not text[doc[k].idx + 1 : mark_start(sp, text)].strip()


def cue_text(cue: Token) -> str:
    """The cue as reported: the word itself, lowercased (``according to`` in full), and a
    denied one with its denial (:func:`~.reported.denial`: "did not say", "without
    mentioning"): the bare verb would list what the source did not say as said."""
    if cue.lower_ == "according":
        return "according to"
    return " ".join(t.lower_ for t in (*denial(cue), cue))


def attribution_clause(sp: QuoteSpan, outside: list[Token], text: str) -> Token | None:
    """A cue in the clause adjacent to the quote: ``"…," Putin said`` / ``Putin declared, "…"``."""
    after = [t for t in outside if t.idx >= sp.end]
    before = [t for t in outside if t.idx < sp.start]
    # after the quote: up to the next sentence-final mark
    clause: list[Token] = []
    for t in after:
        if t.text in (".", "!", "?", ";") or t.text in MARK_CHARS:
            break
        clause.append(t)
    if clause and len(clause) <= 25:
        c = nearest_cue(clause, sp.end)
        if c is not None:
            return c
        if len(clause) <= 8:
            # '"…," Conway notes.': the tagger read the verb as a plural noun
            for t in clause:
                low = t.lower_
                if t.pos_ == "NOUN" and low.endswith("s") and low[:-1] in CUE_LEMMAS:
                    return t
    # before the quote: the clause ending in "," or ":" right before the opening mark
    tail = text[max(0, mark_start(sp, text) - 2) : mark_start(sp, text)].rstrip()
    if before and (tail.endswith(",") or tail.endswith(":")):
        clause = []
        for t in reversed(before):
            if t.text in (".", "!", "?", ";") or t.text in MARK_CHARS:
                break
            clause.append(t)
        c = nearest_cue(clause, sp.start)
        if c is not None:
            return c
    return None


def introducing_verb(s: SpacySpan, a: int, b: int) -> Token:
    """The verb of the clause introducing a quote, inside the paragraph ``a..b``.

    ("as Joel Pollak observed, the biggest victor was…:", "Okoro put it this way:")
    A cue verb with a subject, else the main verb with one, else any verb with a subject (not
    one of a clause set into the subject: "The New Baltimore Police Department, where Rose
    worked as a cadet, released the following statement:" is the department's), else the
    sentence root.
    """
    verbs = [t for t in s if a <= t.idx < b and t.pos_ in ("VERB", "AUX")]
    with_subj = [t for t in verbs if (x := subject_of(t)) is not None and a <= x.idx < b]
    cued = [t for t in with_subj if is_cue(t, governing=True)]
    main = [t for t in with_subj if t == s.root]
    return (cued or main or with_subj or [s.root])[0]
