"""Whether a cited passage backs a statement as worded (its quoted words, its numbers, a
content word of each of its clauses; :func:`supports`) and states its claim rather than
another one about the same people (its predicate, or most of what it says beyond names, from
the same speaker; :func:`states_claim`): the last checks of every citation the facts stage
and the brief give, after the alignment has checked that numbers, days and polarity do not
conflict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

from newsweave.synthesis.figures import MAGNITUDES
from newsweave.synthesis.units import Features, Predicate, family_of
from newsweave.text.dates import date_candidates
from newsweave.text.lexicons import COUNT_WORDS, quoted_ranges

# Quoted passages shorter than this many words are terms in scare quotes ("ultimatums"),
# not someone's words: a paraphrase that does not repeat them still supports the statement.
SUPPORT_QUOTE_MIN_WORDS = 3
# A clause of a statement must share at least one content word with a citation that is to
# support it, once the clause has this many content words ("without specifying what he was
# referring to" is not supported by a report that has Trump hailing the offer).
SUPPORT_CLAUSE_MIN_WORDS = 2
# Weighted share of a claim's content words (names aside) a citation must give when the claim
# has no predicate to find in it ("X is the co-CEO of Y"): on the validation events, passages
# below it were other statements about the same people ("Mercer gave $22.5 million ..." for
# "the biggest beneficiary has been Citizens United"), those above it restatements.
CLAIM_OVERLAP_MIN = 0.35
# A passage that gives this share of a claim's content words states it even in another verb
# ("went to the beach" / "Family members ... failed to return and went to the beach").
CLAIM_OVERLAP_ANY_VERB = 0.5
# A content word's weight (its IDF over the event's statements) is capped here: one rare word
# must not stand for a whole claim.
CLAIM_WEIGHT_CAP = 4.0
# Verbs that say little of what happened ("have", "take", "show that", "found that"): a
# passage sharing only one of them with a claim shares a word, not the claim.
_LIGHT_VERBS = frozenset(
    {"have", "become", "take", "give", "get", "go", "come", "make", "do", "use", "try", "see"}
    | {"show", "find", "reveal", "know", "begin", "start", "keep", "put", "seem", "include"}
    | {"remain", "continue", "help", "let", "leave"}
)
# Where a statement's clauses part (not list commas: "Britain, France and Germany").
_CLAUSE_SPLIT = re.compile(
    r";\s+|\s+[–—]\s+|,\s+(?=(?:without|while|but|although|though|whereas|saying|adding|"
    r"after|before|which|despite|amid|citing|warning|calling)\b)"
)
# Spelled numbers a statement may give instead of digits ("two men"), up to twenty (a larger
# one is mostly part of a compound, "thirty-five"); "one" is left out, as it is mostly a
# pronoun ("one of the pilots"), and so is one after a determiner, which names what the story
# already counted ("the two countries") rather than counting it.
_NUMBER_WORDS = {w: str(n) for w, n in COUNT_WORDS.items() if 1 < n <= 20}
# A figure in digits ("15,000", "1.5") or spelled.
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our"})
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_FUNCTION_WORDS = frozenset(
    {"that", "this", "with", "from", "have", "been", "were", "what", "when", "where"}
    | {"which", "while", "would", "could", "should", "will", "their", "there", "they"}
    | {"them", "then", "than", "also", "about", "after", "before", "into", "over"}
    | {"said", "says", "told"}
)


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def quoted_words(text: str) -> list[tuple[str, ...]]:
    """The quoted passages of ``text`` long enough to be someone's words, as word tuples."""
    out = []
    for a, b in quoted_ranges(text):
        words = tuple(_words_of(text[a:b]))
        if len(words) >= SUPPORT_QUOTE_MIN_WORDS:
            out.append(words)
    return out


def _contains(hay: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    return any(tuple(hay[i : i + n]) == tuple(needle) for i in range(len(hay) - n + 1))


def _figures(text: str, skip: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The figures of ``text`` as digit strings ("15,000" -> "15000", "two" -> "2"), but for
    those touching a ``skip`` range."""
    out: set[str] = set()
    for m in _FIGURE.finditer(text):
        if any(m.start() < b and a < m.end() for a, b in skip):
            continue
        word = m.group().lower()
        before = text[: m.start()].lower().split()[-1:]
        if word not in _NUMBER_WORDS:
            out.add(word.replace(",", ""))
        elif not (before and before[0] in _DETERMINERS):
            out.add(_NUMBER_WORDS[word])
    return out


def _counts(text: str) -> set[str]:
    """The figures of ``text`` a citation must give: all but those of its date expressions,
    which the alignment compares as days (a report of the talks "on Thursday" backs "on May
    15"; "at war since February 2022" is background a report need not repeat)."""
    return _figures(text, [(c.start, c.end) for c in date_candidates(text)])


def carries_numbers(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` gives every figure and plural magnitude of ``statement``.

    Alignment lets one report add a number to another's ("killed 27" beside "killed people")
    when it groups statements into a claim; a citation is stricter: the cited passage must
    give the number it is cited for ("2,400 texts" is not backed by "the texts", "thousands
    of texts" not by "hundreds of texts").
    """
    ev_figures = _figures(evidence)
    if not _counts(statement) <= ev_figures:
        return False
    said = set(_words_of(statement))
    ev_words = set(_words_of(evidence))
    for word, (low, high) in MAGNITUDES.items():
        if word not in said or {word, word[:-1]} & ev_words:
            continue
        if not any(low <= float(f) < high for f in ev_figures):
            return False
    return True


def supports(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` (a cited passage) backs ``statement`` as worded: it carries the
    statement's quoted words and numbers, and a content word of every clause.

    Alignment already checked that numbers, days and polarity do not conflict; this catches
    the rest of what a citation must not do: lend an outlet's quotation to outlets that
    paraphrased, or lend a number or a clause one outlet added ("without specifying ...") to
    another that did not give it.
    """
    ev_words = _words_of(evidence)
    if not all(_contains(ev_words, q) for q in quoted_words(statement)):
        return False
    if not carries_numbers(statement, evidence):
        return False
    ev_set = set(ev_words)
    for clause in _CLAUSE_SPLIT.split(statement):
        content = {
            w.lower() for w in _CONTENT_WORD.findall(clause) if w.lower() not in _FUNCTION_WORDS
        }
        if len(content) >= SUPPORT_CLAUSE_MIN_WORDS and not (content & ev_set):
            return False
    return True


def states_claim(
    claim: Features, evidence: Sequence[Features], weights: Mapping[str, float]
) -> bool:
    """Whether the ``evidence`` statements (one article's, cited together) state ``claim``,
    not another statement about the same people and things: the alignment groups statements
    by embeddings and shared words, and in an event about one envelope, one study or one
    family every statement shares a name and a topic word ("Security is looking for Beatty,
    who had both envelopes" / "Beatty and Dunaway were handed the wrong envelope").

    The evidence must give one of the claim's predicates (a verb or noun of action of it,
    light verbs aside, by family: "killed" / "died"; not the same verb taking another act,
    "declined to divulge ..." for "declined to respond"), something its own verbs act on
    (names aside), or most of its content words (light verbs aside, and the words of a verb
    it uses for another act), or name
    the same place and day (not the publication day) as the claim ("called for talks ... in
    Istanbul on May 15" / "proposed talks in Istanbul on May 15"); a claim without a
    predicate ("X is the co-CEO of Y"), a good share of its content words. And a
    claim attributed to a named person is not backed by words attributed to another ("Lee
    said" / "says Jacob Marott"), nor a claim of what happened by words that only expect,
    hope or believe it, nor the other way round ("is expected to approve" / "approved").
    """
    speakers = frozenset().union(*(f.speakers for f in evidence))
    if claim.speakers and speakers and not (claim.speakers & speakers):
        return False
    if claim.hedged != all(f.hedged for f in evidence):
        return False  # "is expected to approve" and "approved" are two states of the matter
    days = frozenset().union(*(f.dates for f in evidence))
    places = frozenset().union(*(f.places for f in evidence))
    if claim.dates & days and claim.places & places:
        return True  # the same place on the same day: the same happening, in whatever words
    said = frozenset().union(*(f.lemmas for f in evidence))
    frames = [q for f in evidence for q in f.frames]
    own = [p for p in claim.frames if p.family not in _LIGHT_VERBS and p.family not in claim.names]
    # a verb the evidence uses for another act ("declined to divulge" for "declined to
    # respond") states nothing of the claim: its word is not one the two share, nor is what
    # it acts on
    stated = {p.family for p in own if _stated(p, frames, said)}
    other_act = ({q.family for q in frames} & {p.family for p in own}) - stated
    # light verbs ("got", "know") say nothing of what happened, here as in the predicates
    content = claim.lemmas - claim.names - _LIGHT_VERBS
    shared = {w for w in content & said if family_of(w) not in other_act}

    def weight(words: Set[str]) -> float:
        return sum(min(weights.get(w, 1.0), CLAIM_WEIGHT_CAP) for w in words)

    total = weight(content)
    overlap = weight(shared) / total if total else 0.0
    if not own:
        return overlap >= CLAIM_OVERLAP_MIN
    # what the claim's own verbs act on, names aside ("urged Kyiv to return to talks without
    # preconditions" / "proposing that Kyiv resume negotiations without any preconditions")
    acted_on = frozenset().union(*(p.objects for p in claim.frames if p.core)) - claim.names
    objects = frozenset().union(*(q.objects for q in frames if q.family not in other_act))
    return bool(stated) or bool(acted_on & objects) or overlap >= CLAIM_OVERLAP_ANY_VERB


def _stated(p: Predicate, frames: Sequence[Predicate], said: Set[str]) -> bool:
    """Whether evidence (predicates ``frames``, lemmas ``said``) states predicate ``p`` of a
    claim: by a predicate of its family that does not take another act as its complement
    ("declined to respond" is not "declined to divulge"), or, where no predicate of the
    evidence is of its family, by a word of it ("the death of" for "died")."""
    same = [q for q in frames if q.family == p.family]
    if not same:
        return any(family_of(w) == p.family for w in said)
    return any(not (p.complement and q.complement) or p.complement == q.complement for q in same)
