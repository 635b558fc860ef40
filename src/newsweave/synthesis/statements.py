"""The event's aligned statements, and the details only one of its outlets gives.

The ``facts`` stage (:mod:`newsweave.synthesis.stages.facts`) aligns the event's eligible
units into facts; an :class:`Alignment` holds what it relates them by. What no other outlet
states, or what others said close to but no other outlet backs in one wording, is its
outlet's own: :func:`unique_details` ranks those statements by informativeness and words
each as it reads alone, so a reader gets what each outlet adds without a dangling "They" or
the writer's "we".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

from newsweave.models import Sentence, UniqueDetail
from newsweave.synthesis.standalone import closed_quotes, named_wording
from newsweave.synthesis.units import Features, Unit, claim_text
from newsweave.text.statement_patterns import DANGLING, own_voice

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
        if _leans(wording.text):
            continue  # the next detail of its article takes its place
        per_art[a] += 1
        text = closed_quotes(wording.text)  # (after the check: it reads a cut quote as cut)
        out.append(UniqueDetail(article=un.article, text=text, citations=(span,)))
    return out


# Openings on the person the story is about ("She was a teacher at ...", "Her injuries have
# left her tetraplegic"): the event's subject, as the reader of its details knows.
_PERSON_OPENING = ("He ", "She ", "His ", "Her ", "He's ", "She's ", "He’s ", "She’s ")


def _leans(text: str) -> bool:
    """Whether a detail cannot be listed alone: it opens on what a sentence before it told
    ("They include ...", "This earlier conflict ...", "Instead, ...") or speaks in the
    writer's first person ("We know that ...", "my local restaurant"), not a report."""
    return bool(DANGLING.match(text) and not text.startswith(_PERSON_OPENING)) or own_voice(text)
