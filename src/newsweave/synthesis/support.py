"""Whether a cited passage backs a statement as worded (its quoted words, its numbers and
ranks, a content word of each of its clauses; :func:`supports`) and states its claim rather
than another one about the same people (its predicate, or most of what it says beyond names,
from the same speaker; :func:`states_claim`; not only another act of theirs,
:func:`tells_another_act`): the last checks of every citation the facts stage and the brief
give, after the alignment has checked that numbers, days and polarity do not conflict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

from newsweave.synthesis.figures import MAGNITUDES
from newsweave.synthesis.predicates import PREDICATE_FAMILIES, family_of
from newsweave.synthesis.units import ACRONYM_MAX_LETTERS, Features, Predicate
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
# Weighted share of a claim's content words a passage must give to be cited for it when its
# own claims are other acts than the claim's and it names none of the claim's acts ("Kushner's
# attorney said he would cooperate with investigators" for "Kushner has come under scrutiny
# in the FBI's investigation"): of such citations hand-read on 61 validation events, 13 of 17
# below it were other statements of the same story; above it about half were restatements in
# other verbs, so it is set no higher.
CLAIM_OVERLAP_OTHER_ACT = 0.15
# Weighted share of a claim's content words a passage must give to be cited for it when it
# states none of the claim's predicates, only something they act on ("Bélanger introduced
# the bill" for "Bélanger said he would reintroduce the bill"; "Farrow paid for a camera
# crew" for "Farrow requested an NBC camera crew"): of such citations hand-read on 102
# validation events, 9 of 15 below it were other statements about the same thing (the rest
# restatements in other verbs), 3 of 22 above it.
CLAIM_OVERLAP_OBJECTS_ONLY = 0.25
# A content word's weight (its IDF over the event's statements) is capped here: one rare word
# must not stand for a whole claim.
CLAIM_WEIGHT_CAP = 4.0
# An acronym of fewer letters ("al") is inside too many names to show that one ("ARSO") may be
# another ("RSO"); its most letters are the parse's (:data:`ACRONYM_MAX_LETTERS`).
ACRONYM_MIN_LETTERS = 3
# Verbs that say little of what happened ("have", "take", "show that", "found that"): a
# passage sharing only one of them with a claim shares a word, not the claim.
_LIGHT_VERBS = frozenset(
    {"have", "become", "take", "give", "get", "go", "come", "make", "do", "use", "try", "see"}
    | {"show", "find", "reveal", "know", "begin", "start", "keep", "put", "seem", "include"}
    | {"remain", "continue", "help", "let", "leave"}
)


def _forms(lemma: str) -> str:
    """A pattern for the regular forms of a verb or noun ("face": face, faces, faced,
    facing; "threat": threat, threats; "slam": slammed)."""
    if lemma.endswith("e"):
        return lemma[:-1] + "(?:e|es|ed|ing)"
    return lemma + f"(?:s|es|ed|ing|{lemma[-1]}ed|{lemma[-1]}ing)?"


# Where a statement's clauses part (not list commas: "Britain, France and Germany"), also
# before a second act joined by "and" / "or" ("demanded that Moscow agree to a ceasefire or
# face new sanctions", "calls for a ceasefire and threats of sanctions"): a passage that
# gives only the first act does not back the second.
_CLAUSE_SPLIT = re.compile(
    r";\s+|\s+[–—]\s+|,\s+(?=(?:without|while|but|although|though|whereas|saying|adding|"
    r"after|before|which|despite|amid|citing|warning|calling)\b)|\s+(?:and|or)\s+(?=(?:"
    + "|".join(_forms(w) for ws in PREDICATE_FAMILIES.values() for w in ws)
    + r")\b)"
)
# Spelled numbers a statement may give instead of digits ("two men"), up to twenty (a larger
# one is mostly part of a compound, "thirty-five"); "one" is left out, as it is mostly a
# pronoun ("one of the pilots"), and so is one after a determiner, which names what the story
# already counted ("the two countries") rather than counting it.
_NUMBER_WORDS = {w: str(n) for w, n in COUNT_WORDS.items() if 1 < n <= 20}
# A figure in digits ("15,000", "1.5") or spelled.
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
# An ordinal and the word it ranks ("the third line", "his 2nd term", "his last solo
# record"): a passage that ranks the same thing otherwise ("the second line", "his first solo
# material") says otherwise.
_ORDINAL_WORDS = {"first": "1", "last": "last"} | {
    w: str(n)
    for n, w in enumerate(
        ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), 2
    )
}
_ORDINAL = re.compile(
    r"\b(" + "|".join(_ORDINAL_WORDS) + r"|\d+(?=st|nd|rd|th))(?:st|nd|rd|th)?\s+([a-z][\w-]*)",
    re.I,
)
# Words an ordinal ranks in time from different points: "last year" is the year before the
# report, "his first year" one counted from his start, which may be the same year.
_RANKED_TIMES = frozenset({"year", "month", "week", "day", "night", "weekend", "season"})
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


def _ranks(text: str) -> dict[str, set[str]]:
    """The ordinals of ``text`` as numbers ("last" as itself) by the word each ranks ("third
    line" -> {"line": {"3"}}), but for words of time (:data:`_RANKED_TIMES`)."""
    out: dict[str, set[str]] = {}
    for m in _ORDINAL.finditer(text):
        rank, word = m.group(1).lower(), m.group(2).lower()
        if word.removesuffix("s") in _RANKED_TIMES:
            continue
        out.setdefault(word, set()).add(_ORDINAL_WORDS.get(rank, rank))
    return out


def ranks_differ(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` ranks something ``statement`` ranks, and never as it does ("the
    second line of the anthem" / "the third line of the anthem")."""
    theirs = _ranks(evidence)
    return any(w in theirs and not (o & theirs[w]) for w, o in _ranks(statement).items())


def supports(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` (a cited passage) backs ``statement`` as worded: it carries the
    statement's quoted words and numbers, and a content word of every clause.

    Alignment already checked that numbers, days and polarity do not conflict; this catches
    the rest of what a citation must not do: lend an outlet's quotation to outlets that
    paraphrased, lend a number or a clause one outlet added ("without specifying ...") to
    another that did not give it, or lend one outlet's "third line" to another's "second
    line".
    """
    ev_words = _words_of(evidence)
    if not all(_contains(ev_words, q) for q in quoted_words(statement)):
        return False
    if not carries_numbers(statement, evidence) or ranks_differ(statement, evidence):
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
    hope or believe it, nor the other way round ("is expected to approve" / "approved"); nor
    a claim of what a named person or organisation did by the same act of another
    (:func:`_another_doer`).
    """
    speakers = frozenset().union(*(f.speakers for f in evidence))
    if claim.speakers and speakers and not (claim.speakers & speakers):
        return False
    if claim.hedged != all(f.hedged for f in evidence):
        return False  # "is expected to approve" and "approved" are two states of the matter
    if _another_doer(claim, evidence):
        return False  # "Vasiliades faces charges" / "Rodriguez also was charged"
    if _same_happening(claim, evidence):
        return True  # the same happening, in whatever words
    said = frozenset().union(*(f.lemmas for f in evidence))
    frames = [q for f in evidence for q in f.frames]
    own = _own_predicates(claim)
    stated, other_act, overlap = _shared(claim, frames, said, weights)
    if not own:
        return overlap >= CLAIM_OVERLAP_MIN
    # what the claim's own verbs act on, names aside ("urged Kyiv to return to talks without
    # preconditions" / "proposing that Kyiv resume negotiations without any preconditions")
    acted_on = frozenset().union(*(p.objects for p in claim.frames if p.core)) - claim.names
    objects = frozenset().union(*(q.objects for q in frames if q.family not in other_act))
    return bool(stated) or bool(acted_on & objects) or overlap >= CLAIM_OVERLAP_ANY_VERB


def _another_doer(claim: Features, evidence: Sequence[Features]) -> bool:
    """Whether ``evidence`` tells a claim's act of someone else: a core predicate of ``claim``
    has a named doer, and every predicate of the evidence that tells the same act (of its
    family or on one of its objects; a claim of the passage, or one with a doer) has a named
    doer of other names ("Vasiliades faces charges, including obstruction of justice" /
    "Rodriguez also was charged with obstruction of justice"). The alignment groups the two,
    as they share the charges and a name (Rodriguez is "Vasiliades' interpreter").

    Not when the evidence has the claim's doer as what its predicate acts on ("Vasiliades was
    charged" / "prosecutors charged Vasiliades"), nor when it names no doer of the act ("he
    was charged"): a pronoun or a description may be the same person; nor when each names the
    other's doer too, where a misparse may have swapped them ("McDowell told deputies her
    boyfriend, Johns, was attending a wedding" has McDowell attend)."""
    frames = [q for f in evidence for q in f.frames]
    names = frozenset().union(*(f.names for f in evidence))
    for p in _own_predicates(claim):
        if not (p.core and p.actors):
            continue
        # a verb inside the passage's own claim with no doer ("including") tells no act
        told = [
            q
            for q in frames
            if (q.core or q.actors)
            and (q.family == p.family or (p.objects - claim.names) & q.objects)
        ]
        if told and all(
            q.actors
            and not _same_name(p.actors, q.actors)
            and not (q.actors & claim.names and p.actors & names)
            and not p.actors & q.objects
            for q in told
        ):
            return True
    return False


def _same_name(a: Set[str], b: Set[str]) -> bool:
    """Whether two doers' names (lemmas) may name one person, office or organisation: they
    share a word ("Christos Vasiliades" / "Vasiliades"), one is the other's initials ("FBI" /
    "Federal Bureau of Investigation"), or an acronym is inside the other's ("the RSO
    investigator" / "the ARSO-I")."""
    return bool(a & b) or any(
        (len(long) > 1 and any(sorted(w) == sorted(x[0] for x in long) for w in short))
        or any(
            ACRONYM_MIN_LETTERS <= len(w) <= ACRONYM_MAX_LETTERS and w in x
            for w in short
            for x in long
        )
        for short, long in ((a, b), (b, a))
    )


def _own_predicates(claim: Features) -> list[Predicate]:
    """The predicates of ``claim`` that say what happened: light verbs and verbs the parser
    took for names aside."""
    return [p for p in claim.frames if p.family not in _LIGHT_VERBS and p.family not in claim.names]


def _shared(
    claim: Features, frames: Sequence[Predicate], said: Set[str], weights: Mapping[str, float]
) -> tuple[set[str], set[str], float]:
    """What evidence (predicates ``frames``, lemmas ``said``) shares with ``claim``: the
    families of the claim's predicates it states, those it uses for another act, and the
    weighted share of the claim's content words it gives."""
    own = _own_predicates(claim)
    # a verb the evidence uses for another act ("declined to divulge" for "declined to
    # respond") states nothing of the claim: its word is not one the two share, nor is what
    # it acts on
    stated = {p.family for p in own if _stated(p, frames, said)}
    other_act = ({q.family for q in frames} & {p.family for p in own}) - stated
    # light verbs ("got", "know") say nothing of what happened, here as in the predicates;
    # nor, in a claim of no act but a state, who is in it ("Kushner, the president's
    # son-in-law, is under scrutiny"), which a report of anything else they did repeats
    described = frozenset() if own else claim.described
    content = claim.lemmas - claim.names - described - _LIGHT_VERBS
    shared = {w for w in content & said if family_of(w) not in other_act}

    def weight(words: Set[str]) -> float:
        return sum(min(weights.get(w, 1.0), CLAIM_WEIGHT_CAP) for w in words)

    total = weight(content)
    return stated, other_act, weight(shared) / total if total else 0.0


def tells_another_act(
    claim: Features, evidence: Sequence[Features], weights: Mapping[str, float]
) -> bool:
    """Whether the ``evidence`` statements (one article's, cited together) tell of another
    act of the same people than ``claim``: their own claims (core predicates) are acts the
    claim does not name, they name none of the claim's own (:func:`_another_act`), and they
    repeat little else of it ("Kushner's attorney said he would cooperate with any
    investigations" for "Kushner has come under scrutiny in the FBI's investigation";
    "Balin opened the Matrix ... for a six-member band" for "Balin spent a few years managing
    rock bands"); or that state none of the claim's predicates, only something they act on,
    and repeat under a quarter of it ("Bélanger introduced the bill" for "Bélanger said he
    would reintroduce the bill"): one shared thing is the topic, not the claim. Not of the same
    place on the same day, which tell one happening.

    A citation must not rest on such a passage, though :func:`states_claim` lets it join
    the claim's statements: a paraphrase in other verbs that shares what they act on
    ("urged Kyiv to return to the table without preconditions" / "propose ... to resume the
    talks ... without any preconditions") still tells the alignment the two are one claim,
    but the citation goes to the outlet's own words of it.
    """
    if _same_happening(claim, evidence):
        return False
    said = frozenset().union(*(f.lemmas for f in evidence))
    frames = [q for f in evidence for q in f.frames]
    stated, _, overlap = _shared(claim, frames, said, weights)
    if _own_predicates(claim) and not stated and overlap < CLAIM_OVERLAP_OBJECTS_ONLY:
        return True  # only what the claim's verbs act on: another statement about it
    return _another_act(claim, frames, said) and overlap < CLAIM_OVERLAP_OTHER_ACT


def _same_happening(claim: Features, evidence: Sequence[Features]) -> bool:
    """Whether ``evidence`` names the same place on the same day as ``claim``: the same
    happening, in whatever words ("resume negotiations already on Thursday, in Istanbul" /
    "proposed direct talks in Istanbul on May 15")."""
    days = frozenset().union(*(f.dates for f in evidence))
    places = frozenset().union(*(f.places for f in evidence))
    return bool(claim.dates & days and claim.places & places)


def _another_act(claim: Features, frames: Sequence[Predicate], said: Set[str]) -> bool:
    """Whether evidence (predicates ``frames``, lemmas ``said``) tells of another act than
    ``claim``: its own claims (core predicates, light verbs aside) are none the claim names,
    and it names none of the claim's own ("would cooperate with investigators" / "has come
    under scrutiny"; "emerge to announce" / "fumbled the presentation"). Sharing the names
    and the topic, such a passage states the claim only if it repeats much of it."""
    told = {q.family for q in frames if q.core and q.family not in _LIGHT_VERBS}
    named = {p.family for p in claim.frames} | {family_of(w) for w in claim.lemmas}
    if not told or told & named:
        return False
    acts = {p.family for p in claim.frames if p.core and p.family not in _LIGHT_VERBS}
    return not acts & ({q.family for q in frames} | {family_of(w) for w in said})


def _stated(p: Predicate, frames: Sequence[Predicate], said: Set[str]) -> bool:
    """Whether evidence (predicates ``frames``, lemmas ``said``) states predicate ``p`` of a
    claim: by a predicate of its family that does not take another act as its complement
    ("declined to respond" is not "declined to divulge"), or, where no predicate of the
    evidence is of its family, by its own word in another use ("tested for" / "tests for").
    A family of several words (:data:`PREDICATE_FAMILIES`) is stated only by a predicate, a
    verb or a noun of action of it: its members' other uses name other things ("faces
    charges" is not in "struck him in the face")."""
    same = [q for q in frames if q.family == p.family]
    if not same:
        return p.family not in PREDICATE_FAMILIES and p.family in said
    return any(not (p.complement and q.complement) or p.complement == q.complement for q in same)
