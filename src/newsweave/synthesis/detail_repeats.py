"""A one-outlet detail that tells again, in other words, a claim the account prints already.

The facts stage aligns statements by their wording, and leaves apart two that clash on a word
or fall short of its thresholds; each is then listed as its outlet's own detail. A reader then
meets one claim twice: a fact's main clause again as a detail ("The researchers hope to take
carbon dioxide from the atmosphere ..." under the fact that goes on "..., which then would be
fed into the catalyst"), or one speaker's words as two outlets quote them, one a cut of the
other. Such a detail tells the same act (its main verb and every verb it has are the claim's,
by :func:`~newsweave.synthesis.predicates.family_of`) of the same someone or something (most
of what it names), and adds no name and no number the claim lacks; or it has the claim's very
words. It is left out (:func:`restated_details`). A detail that adds a name, a figure or an
act ("3:30 a.m.", "six indictments", "High Bridge, an abandoned railroad truss") is what its
outlet adds, and stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.models import Fact, Span, UniqueDetail
from newsweave.synthesis.predicates import family_of
from newsweave.synthesis.quotes.cues import CUE_LEMMAS
from newsweave.synthesis.restatement import things

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# The least share of what a detail names (its nouns and names, :func:`~newsweave.synthesis.
# restatement.things`) that the claim it restates names too: the same people and things, a
# word or two told otherwise ("a cell" / "his cell"); the same act of other people or things
# ("sentenced two bankers" after "sentenced a veteran") shares less. Set by reading, not fit:
# the 4 details it leaves out of the 250 multinews reports (session 44) share all of theirs.
SHARED_THINGS = 0.7
# Parts of speech that name someone or something by name, and the tag of a number.
_NAME_POS = frozenset({"PROPN"})
_NUMBER_POS = "NUM"
# The dependency of a negation: a detail denying what the claim tells tells otherwise.
_NEG_DEP = "neg"
# The dependencies of what a verb of saying says ("police said [the car was stolen]", "is
# believed [to be] ...").
_SAID_DEPS = frozenset({"ccomp", "xcomp"})


@dataclass(frozen=True, slots=True)
class _Told:
    """What a passage tells, as :func:`restated_details` compares it: its words (lower-cased,
    no punctuation), the family of its main verb (:func:`_main_act`), the families of all its
    verbs (not its verbs of saying, which only tell whose it is), the names and numbers it
    gives, the nouns and names it tells of, and whether it denies."""

    words: tuple[str, ...]
    main: str | None
    acts: frozenset[str]
    marks: frozenset[str]
    things: frozenset[str]
    denied: bool


def _main_act(span: SpacySpan) -> str | None:
    """The family of what ``span`` tells happened: its root verb, or, when that is a verb of
    saying ("..., WTTV-TV reports", "Police said ..."), the verb of what is said. None when
    that is no verb ("... are believed to be counter-protesters": what someone is)."""
    root: Token = span.root
    while root.lemma_.lower() in CUE_LEMMAS:
        said = [c for c in root.children if c.dep_ in _SAID_DEPS and c.i < span.end]
        if not said:
            return None
        root = said[0]
    return family_of(root.lemma_.lower()) if root.pos_ == "VERB" else None


def _told(span: SpacySpan) -> _Told:
    return _Told(
        words=tuple(t.lower_ for t in span if not t.is_punct),
        main=_main_act(span),
        acts=frozenset(
            family_of(t.lemma_.lower())
            for t in span
            if t.pos_ == "VERB" and t.lemma_.lower() not in CUE_LEMMAS
        ),
        marks=frozenset(
            t.lower_ for t in span if t.pos_ in _NAME_POS or t.pos_ == _NUMBER_POS or t.like_num
        ),
        things=things(span),
        denied=any(t.dep_ == _NEG_DEP for t in span),
    )


def _restates(detail: _Told, claim: _Told) -> bool:
    """Whether ``detail`` tells ``claim``'s act (the same main verb: "later produced minutes"
    tells no more the act of "resigned Monday, under fire for failing to produce minutes")
    of its people and things, and adds no name and no number to it (:data:`SHARED_THINGS`);
    or says it in the same words (two outlets printing one wire's sentence, whose "She" kept
    it from the facts table)."""
    return detail.words == claim.words or (
        detail.main is not None
        and detail.main == claim.main
        and detail.acts <= claim.acts
        and detail.marks <= claim.marks
        and detail.denied == claim.denied
        and len(detail.things & claim.things) >= SHARED_THINGS * len(detail.things)
    )


def _read(docs: dict[str, Doc], spans: Iterable[Span]) -> list[_Told]:
    out: list[_Told] = []
    for s in spans:
        words = docs[s.article].char_span(s.start, s.end, alignment_mode="expand")
        if words is not None:
            out.append(_told(words))
    return out


def restated_details(
    details: Sequence[UniqueDetail], facts: Sequence[Fact], docs: dict[str, Doc]
) -> list[UniqueDetail]:
    """``details`` less those that restate a fact (as any of its outlets words it) or another
    outlet's detail listed before them (:func:`_restates`); of two details that restate each
    other, the first listed (the better ranked) stays."""
    claims = [t for f in facts for t in _read(docs, f.citations)]
    kept: list[tuple[UniqueDetail, list[_Told]]] = []
    for d in details:
        told = _read(docs, d.citations)
        earlier = [t for e, ts in kept if e.article != d.article for t in ts]
        if told and all(any(_restates(t, c) for c in (*claims, *earlier)) for t in told):
            continue
        kept.append((d, told))
    return [d for d, _ in kept]
