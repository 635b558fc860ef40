"""The event's aligned statements, and the details only one of its outlets gives.

The ``facts`` stage (:mod:`newsweave.synthesis.stages.facts`) aligns the event's eligible
units into facts; an :class:`Alignment` holds what it relates them by. What no other outlet
states, or what others said close to but no other outlet backs in one wording, is its
outlet's own: :func:`unique_details` ranks those statements by informativeness and words
each as it reads alone, so a reader gets what each outlet adds without a dangling "They" or
the writer's "we". A detail is what the outlet reports, not what its writer says to the reader
aside from it: no opinion, no imperative, no "If you ..." nor a sentence cut inside a
parenthesis (a whole sentence in parentheses is shown without them and read as any other).
A detail is read alone: one that opens on someone or something its outlet
told of before ("The person added that ...", "The pair threw back ...") points at nothing,
and a quotation that does not say whose it is (a bare quote, or one "she said") is no one's
words there. The Quotes section shows every direct quote with its speaker, so such a
quotation is left to it: naming its speaker here would print the same words twice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

from newsweave.models import Sentence, Span, UniqueDetail
from newsweave.synthesis.reads_alone import FINITE_TAGS
from newsweave.synthesis.standalone import closed_quotes, named_wording
from newsweave.synthesis.units import Features, Unit, claim_text
from newsweave.text.clause import has_finite_verb
from newsweave.text.lexicons import quoted_ranges
from newsweave.text.statement_patterns import (
    ASIDE,
    ASIDE_LABEL,
    DANGLING,
    IMPERATIVE,
    OPINION,
    PAIRED_PEOPLE,
    READER_CASE,
    READER_NOD,
    own_voice,
)

# A sentence this close to any other article's sentence is not "only one outlet reports".
UNIQUE_MAX_SIM = 0.62
# A statement less similar than this to everything the other articles say is about another
# story (a pasted teaser, a stray paragraph), not a detail of this event.
UNRELATED_SIM = 0.2
# Unique details kept per article (ranked by informativeness): a reader skims, not reads.
MAX_UNIQUE_PER_ARTICLE = 6


@dataclass(frozen=True)
class Alignment:
    """The event's eligible units and how they relate; every row aligns with ``units``."""

    units: list[Unit]
    feats: list[Features]
    sim: np.ndarray  # cosine between units
    art_of: np.ndarray  # position of each unit's article in the input
    weights: dict[str, float]  # lemma IDF over the units
    penalty: list[float]  # unit_penalty of each unit, asked for again and again in merging


def unique_details(
    al: Alignment,
    free: np.ndarray,
    alone: np.ndarray,
    sentences: list[Sentence],
    docs: dict[str, Doc],
) -> list[UniqueDetail]:
    """Statements only one article makes (and that are about this event), most informative
    first, at most MAX_UNIQUE_PER_ARTICLE per article. A statement ``alone`` is one: others
    said something close, but no other outlet backs it (:func:`_facts_of`), so it is its
    outlet's own, not lost."""
    units, feats, sim, art_of, weights = al.units, al.feats, al.sim, al.art_of, al.weights
    other = art_of[:, None] != art_of[None, :]
    pool = free | alone
    cand: list[tuple[float, int]] = []
    for u in np.nonzero(pool)[0]:
        mask = other[u]
        if mask.any():
            nearest = float(sim[u][mask].max())  # the closest statement of another outlet
            if not alone[u] and nearest >= UNIQUE_MAX_SIM:
                continue  # another outlet says something close: not unique
            if nearest < UNRELATED_SIM:
                continue  # close to nothing the others say: another story, not a detail of it
        f = feats[u]
        info = (
            sum(min(weights.get(x, 1.0), 4.0) for x in f.lemmas) * 0.25
            + len(f.entities)
            + 0.5 * len(f.numbers)
            - 5 * al.penalty[u]
        )
        cand.append((info, int(u)))
    cand.sort(key=lambda t: -t[0])
    taken = {(units[u].article, units[u].start) for u in np.nonzero(~pool)[0]}
    per_art: Counter[int] = Counter()
    out: list[UniqueDetail] = []
    for info, u in cand:
        a = int(art_of[u])
        if per_art[a] >= MAX_UNIQUE_PER_ARTICLE or info <= 0:
            continue
        un = units[u]
        if un.standalone is None:  # a clause or quote fragment: show and cite its sentence
            sent = sentences[un.sentence]
            if (sent.article, sent.start) in taken:
                per_art[a] += 1
                continue  # its main clause is a fact already: the rest is not a detail alone
            wording, span = named_wording(sent.text, sent.start, docs[un.article]), sent.span
        else:
            # shown past a dateline ("DENVER (AP) — "), cited as its statement, as a fact is
            shown = claim_text(un, 0, sentences)
            at = un.start + len(un.standalone) - len(shown)
            wording, span = named_wording(shown, at, docs[un.article]), un.span
        shown = _as_reported(wording.text)
        # (:func:`_leans` reads a cut quote as cut; whose a quotation is, it says once closed)
        text = closed_quotes(shown)
        if (
            _leans(shown)
            or _to_reader(shown)
            or _unvoiced(text)
            or _verbless(docs[un.article], span, text)
        ):
            continue  # the next detail of its article takes its place
        per_art[a] += 1
        out.append(UniqueDetail(article=un.article, text=text, citations=(span,)))
    return out


# Openings on the person the story is about ("She was a teacher at ...", "Her injuries have
# left her tetraplegic"): the event's subject, as the reader of its details knows.
_PERSON_OPENING = ("He ", "She ", "His ", "Her ", "He's ", "She's ", "He’s ", "She’s ")


# Openings that call back to someone or something the outlet told of before, as a "They" or
# an "It" would (matched at the start). "The man", "The woman" stay: like "He" and "She"
# (:data:`_PERSON_OPENING`), they are most often the person the story is about.
_CALLBACKS: tuple[str, ...] = (
    # people counted or paired ("The two grew up ...", "The pair threw back ..."): the brief's
    # judgement too (:data:`~newsweave.text.statement_patterns.CANNOT_LEAD`)
    rf"(?:{PAIRED_PEOPLE})\b",
    # an informant the story described before ("The person added that ...", "The official
    # told CNN ..."), not "The official death toll"
    r"The (?:person|people|source|sources|official|officials|insider|insiders)\b(?= (?:familiar|"
    r"close|said|says|told|tells|added|adds|noted|explained|insisted|declined|spoke|who)\b|,)",
    # a speaker going on ("The president added that ...", "The page continued: ...")
    r"The \w+ (?:added|adds|continued|went on)\b",
    # a happening called only that ("The incident that so angered Trump came ...")
    r"The (?:incident|episode|affair|matter)\b",
    # a "they" after an opening phrase ("Until then, they are in need of donations")
    r"(?!The\b)[^,\"“]{1,60},\s+they\b",
)
_CALLBACK = re.compile("^(?:" + "|".join(f"(?:{p})" for p in _CALLBACKS) + ")")
# An attribution that does not name the speaker: a pronoun whose name a sentence before gave
# ("“…,” she said in a statement.").
_PRONOUN_ATTRIBUTION = re.compile(r"^[\s,.;:!?…—–-]*(?:he|she|they)\b")
# Double quotation marks, straight and curly.
_MARKS = frozenset('"“”')


def _leans(text: str) -> bool:
    """Whether a detail cannot be listed alone: it opens on what a sentence before it told
    ("They include ...", "This earlier conflict ...", "Instead, ...", "The person added ...":
    :data:`_CALLBACK`) or speaks in the writer's first person ("We know that ...", "my local
    restaurant"), not a report."""
    dangling = DANGLING.match(text) and not text.startswith(_PERSON_OPENING)
    return bool(dangling or _CALLBACK.match(text)) or own_voice(text)


def _verbless(doc: Doc, span: Span, text: str) -> bool:
    """Whether a detail states nothing: no finite verb in its parse nor, read word by word
    (:func:`~newsweave.text.clause.has_finite_verb`), in its text. A caption run into the
    story ("The cabin of a Qatar Airways plane."), a credit, a call to the reader ("Check out
    Dead50.net for ticketing information.", "Add as an interest to stay up to date ..."), a
    charge sheet's line. Of the 65 details of the 250 Multi-News reports whose parse has no
    finite verb, the word-by-word reading finds one in 23 (the parse took "Kering houses
    brands" for nouns); of the other 42, 3 are statements the parse misread as well."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or any(t.tag_ in FINITE_TAGS for t in words):
        return False
    return not has_finite_verb(text)


def _unvoiced(text: str) -> bool:
    """Whether a detail is a quotation that does not say whose words it is: it opens on the
    quotation and says nothing outside its marks, or only "he said", "she told THR". Listed
    alone, no one speaks it ("“Older people are smarter and funnier.”"); the Quotes section
    shows the words with their speaker, where the quote stage found one."""
    if '"' in text and ("“" in text or "”" in text):
        # marks of two styles, which no quotation pairs up: the detail is one quotation when
        # it opens and closes on a mark and holds none between ('"Now that the people …”')
        inner = text.rstrip(" .,;:!?…")[1:-1]
        return text[:1] in '"“' and text.rstrip(" .,;:!?…")[-1:] in '"”' and not _MARKS & set(inner)
    spans = quoted_ranges(text)
    ends, starts = [0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)]
    outside = [text[a:b] for a, b in zip(ends, starts, strict=True)]  # before, between, after
    if len(outside) < 2 or outside[0].strip():
        return False  # no quotation, or the detail's own words open it
    return not "".join(outside).strip(" .,;:!?…") or bool(_PRONOUN_ATTRIBUTION.match(outside[1]))


def _as_reported(text: str) -> str:
    """A detail as its outlet reports it: a sentence wholly in parentheses without them (the
    writer set it aside, but "(Mr. Dryden died in 2005.)" is still a statement of fact, and an
    aside's opinion is read as any other's), and past the writer's nod to the reader ("As you
    might have heard in the last hour, the Republican leader ... said ...")."""
    if ASIDE.match(text):
        close = text.rindex(")")
        text = text[1:close] + text[close + 1 :]
    nod = READER_NOD.match(text)
    if nod:
        text = text[nod.end() :][:1].upper() + text[nod.end() + 1 :]
    return text


def _to_reader(text: str) -> bool:
    """Whether a detail is the writer talking to the reader, not a report: an imperative
    ("Just check the height on these photos"), the reader's own case ("When you put it on,
    you enter ..."), an aside's label ("Related: ..."), the writer's verdict outside any
    quotation (:data:`~newsweave.text.statement_patterns.OPINION`: "Make no mistake, ...",
    "... and who knows — it may ...", an exclamation; a quoted person's opinion is theirs), or
    a sentence cut inside a parenthesis, whose brackets do not pair ("(The song is also just
    brutally specific, ..." with no ")"), which does not read alone."""
    return bool(
        IMPERATIVE.match(text)
        or READER_CASE.match(text)
        or ASIDE_LABEL.match(text)
        or own_voice(text, OPINION)
        or text.count("(") != text.count(")")
    )
