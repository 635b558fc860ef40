"""Whether a cited passage backs a statement as worded (its quoted words, its numbers and
ranks, a content word of each of its clauses, the deed rather than its attempt, plan or
condition, the decision rather than its proposal, the matter rather than a report that it is
not known, a claim told as made up rather than as first reported; :func:`supports`) and
states its claim rather than another one about the same people (its predicate, not one that
only describes who or what it is about, or most of what it says beyond names, from the same
speaker; :func:`states_claim`; not only another act of theirs, nor only what a relative or
adverbial clause of it says, nor without the death or injury it tells,
:func:`tells_another_act`): the last checks of every citation the facts stage and the brief
give, after the alignment has checked that numbers, days and polarity do not conflict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from functools import lru_cache

from newsweave.synthesis.figures import MAGNITUDES
from newsweave.synthesis.frames import ACRONYM_MAX_LETTERS, SEQUENCE_VERBS, WEEKDAYS, Predicate
from newsweave.synthesis.predicates import PREDICATE_FAMILIES, family_of
from newsweave.synthesis.units import Features
from newsweave.text.dates import date_candidates
from newsweave.text.headline_patterns import IRREGULAR_PAST
from newsweave.text.lexicons import COUNT_WORDS, in_ranges, quoted_ranges
from newsweave.text.names import strip_diacritics
from newsweave.text.statement_patterns import own_voice

# Quoted passages shorter than this many words are terms in scare quotes ("ultimatums"),
# not someone's words: a paraphrase that does not repeat them still supports the statement.
# Two words are someone's ("expressed "deep love"", "determined to be a "bad manager""): of
# the hand-labelled citations of the validation events whose statement quotes two words the
# passage lacks, 3 were wrong, 6 partial (the quoted part unbacked) and 1 right.
SUPPORT_QUOTE_MIN_WORDS = 2
# Texts whose folded words and figures are kept per process: a weave compares each of its
# statements with many passages (a few hundred distinct texts per event).
_TEXT_CACHE = 8192
# Words in a row of a statement that opens a quotation it does not close which a passage
# must repeat to back it: a paraphrase does not ('"There is a lot of research that shows we
# have the best discourse ..."' / "Research suggests the best solutions ..."); outlets that
# quote it repeat long runs of it.
OPEN_QUOTE_RUN = 6
# A quotation mark that opens a quotation: at the start or after a space, colon or dash
# (not a straight "'", mostly an apostrophe: "the '90s", "rock 'n' roll").
_OPENING_MARK = re.compile(r"(?:^|(?<=[\s:,(—–-]))[\"“‘]")
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


# Words in "-ing" after a comma that start no participle phrase ("..., according to police",
# "..., during the night", "..., something she denies"): no clause to part there.
_NOT_PARTICIPLES = frozenset(
    {"according", "during", "nothing", "something", "anything", "everything", "thing"}
    | {"morning", "evening", "king", "ring", "spring", "string", "bring", "sing", "wing"}
    | {"building", "wedding", "ceiling", "sibling", "pudding", "darling", "sterling"}
)
# What opens a second predicate without a subject of its own after "and": an auxiliary or
# modal ("and has filed", "and was General Manager"), each after an adverb or none ("and
# then filed"); after ", and" also "that" opening a second reported clause ("alleges that X
# misled investigators, and that she mishandled data") or a verb in the past before what it
# acts on ("and filed a petition", "and cut their debut LP"; not "and attempted murder", a
# list's last noun, nor "and used by", a list's last passive: "designed to be picked up,
# moved around, and used by many people").
_THEN = r"(?:(?:then|also|later|since|now|still|eventually|subsequently)\s+)?"
_AUXILIARY = r"(?:has|have|had|is|was|were|will|would|could|can|may|might|must|should|did)\s"
_SECOND_PREDICATE = (
    _THEN
    + r"(?:"
    + _AUXILIARY
    + r"|that\s|(?:[a-z]+ed|"
    + "|".join(sorted(IRREGULAR_PAST))
    + r")\s+(?:(?:a|an|the|his|her|their|its|our|my|your|him|them|us|me|it|any|some|to)\b"
    r"|\d))"
)
# Where a statement's clauses part (not list commas: "Britain, France and Germany"), also
# before a second act joined by "and" / "or" ("demanded that Moscow agree to a ceasefire or
# face new sanctions", "calls for a ceasefire and threats of sanctions"): a passage that
# gives only the first act does not back the second; and before a second sentence joined
# by ", and" with a subject of its own ("We know there is misinformation on Facebook, and we
# take this very seriously": a quote that stops at "Facebook" does not give the second);
# and before a participle phrase after a comma or dash ("stalked a pupil, hiding a tracker in
# her bag": a passage that tells the stalking by letters does not give the tracker); and
# before a second act of the same subject after "and" (:data:`_SECOND_PREDICATE`: "expects
# to represent the families, and has filed an initial petition"); and at an ellipsis between
# a word and a capital, where one sentence ends cut and another starts ("... changed the
# platform… Persson left the door open to ..."; not a quotation's opening one, "Lind: … I").
_CLAUSE_SPLIT = re.compile(
    r";\s+|\s+[–—]\s+|,\s+(?=(?:without|while|but|although|though|whereas|saying|adding|"
    r"after|before|which|despite|amid|citing|warning|calling)\b)"
    r"|(?:,\s+|[–—])(?!(?:" + "|".join(sorted(_NOT_PARTICIPLES)) + r")\b)(?=[a-z]+ing\b)"
    r"|,\s+and\s+(?=(?:I|we|he|she|they|it|you)\s|" + _SECOND_PREDICATE + r")"
    r"|\s+and\s+(?=" + _THEN + _AUXILIARY + r")|(?<=\w)(?:…|\.\.\.)\s*(?=[A-Z])"
    r"|\s+(?:and|or)\s+(?=(?:"
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
# A magnitude counted in tens or hundreds ("tens of thousands"), and by how much each
# multiplies the magnitude's lowest figure: a passage must give that narrower range ("tens
# of thousands of listeners" is not backed by "roughly 100,000 listeners").
_COUNTED_MAGNITUDE = re.compile(r"\b(tens|hundreds)\s+of\s+(" + "|".join(MAGNITUDES) + r")\b", re.I)
_COUNTED_BY = {"tens": 10.0, "hundreds": 100.0}
# A figure in units of a magnitude ("900 million", "2.5 billion"), worth the figure times the
# magnitude's lowest figure.
_SCALED_FIGURE = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s+(" + "|".join(w[:-1] for w in MAGNITUDES) + r")\b", re.I
)
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
# A predicate's lemma that is a word: the parser takes pieces of hyphenated words ("co" of
# "co-founded") and stray marks for verbs, and two-letter verbs are light ("go", "do").
_VERB_WORD = re.compile(r"[a-z]{3,}")
# Harms a report of which is a fact of its own: a passage that tells the shooting but not
# the death does not back "died after he was shot".
_HARMS = frozenset({"kill", "injure"})
# What someone died of ("died of an apparent drug overdose", "died from cancer"): a fact of
# its own, which a passage that only tells the death does not back.
_CAUSE_OF_DEATH = re.compile(r"\b(?:die[sd]?|dying)\s+(?:of|from)\s+((?:[\w'’-]+\s*){1,4})", re.I)
# A deed named as attempted ("attempted murder") or as what someone ought to do ("should
# subpoena"), which the deed itself is not.
_QUALIFIED = (
    re.compile(r"\battempted\s+([a-z]{4,})"),
    re.compile(r"\b(?:should|ought\s+to)\s+(?:not\s+)?([a-z]{4,})"),
)
# A clause of condition: "if" at the start of a sentence or clause ("If their demands are
# not met, ..."; not "asked if"), "unless" anywhere ("... would have been overridden unless
# power was lost").
_CONDITION = re.compile(r"(?:^|[.;:,—–]\s*|\b(?:but|and)\s+)if\b|\bunless\b", re.I)
# Someone meaning to do something ("intends to table", "vowed to fight"); not the base
# form "plan to" or "want to", mostly in what someone is quoted saying they do ("I do plan
# to"), nor the noun ("the plan to move him").
_INTENT = re.compile(
    r"\b(?:intends?|intended|intending|plans|planned|planning|vows?|vowed|pledged?|pledges"
    r"|prepared|preparing)\s+to\b",
    re.I,
)
# A decision made ahead of a deed ("had already decided she was going to ..."; not "an
# election decided by half a point"): the deed done does not show it was decided beforehand.
_DECISION = re.compile(
    r"\b(?:decide[sd]?\s+(?:to|that)|(?:had|has|have)\s+(?:already\s+)?decided"
    r"|(?:was|were)\s+going\s+to)\b",
    re.I,
)
# A decision taken ("approved", "passed", "adopted"; not "passed away") and a proposal put
# to it ("introduced a motion for", "proposed"): a passage that tells only the proposal does
# not back the decision ("a $50,000 reward was approved by the council" / "a councilman
# introduced a motion for a $50,000 reward").
_DECIDED = re.compile(
    r"\b(?:approv(?:e|es|ed|ing|al)|pass(?:es|ed)(?!\s+away)|adopt(?:s|ed)|enact(?:s|ed)"
    r"|ratif(?:y|ies|ied))\b",
    re.I,
)
_PROPOSED = re.compile(
    r"\b(?:propos(?:e|es|ed|ing|al)|introduc(?:e|es|ed|ing)|motion|submit(?:s|ted)?"
    r"|put\s+forward|tabled)\b",
    re.I,
)
# A matter said not to be known ("it was unclear if police were still searching", "the
# circumstances ... were unclear"): a passage that says so does not back a statement of the
# matter, nor does one that tells the matter back a statement that it is not known.
_UNKNOWN = re.compile(
    r"\b(?:is|was|are|were|remains?|remained|it['’]s)\s+(?:still\s+)?"
    r"(?:unclear|uncertain|unknown|not\s+(?:yet\s+)?(?:known|clear))\b",
    re.I,
)
# A claim told as made up ("made up a claim that a gunman fired at his cruiser", "faked a
# shootout", "falsely reported"): a passage that tells what was claimed as it was first
# reported ("his cruiser was found crashed ... a search for the reported gunman") does not
# back it. (Verbs and "falsely" only: "fake suicide vests" and "a false alarm" describe a
# thing, which a passage may well name otherwise.)
_DISPUTED = re.compile(
    r"\b(?:made|make|makes|making)\s+up\b|\bfabricat(?:e|es|ed|ing)\b|\bfak(?:ed|ing)\b"
    r"|\bfalsely\b",
    re.I,
)
# How a passage may tell that a claim was false ("accused of making false reports of a bomb
# threat" backs "indicted for allegedly faking a shootout").
_TOLD_FALSE = re.compile(
    _DISPUTED.pattern + r"|\b(?:false|fake|hoax|bogus|staged|untrue|lied|lying)\b", re.I
)
# A statement that itself tells a condition or what will or may be.
_OPEN_STATE = re.compile(r"\b(?:if|unless|will|would|could|may|might)\b|['’]ll\b", re.I)
# The first person singular ("I", "my"; not the "I" of "F.B.I." or "ARSO-I").
_FIRST_PERSON = re.compile(r"(?<![\w.-])I(?![\w.-])|\b(?:[Mm]y|me|mine|myself)\b")
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_FUNCTION_WORDS = frozenset(
    {"that", "this", "with", "from", "have", "been", "were", "what", "when", "where"}
    | {"which", "while", "would", "could", "should", "will", "their", "there", "they"}
    | {"them", "then", "than", "also", "about", "after", "before", "into", "over"}
    | {"said", "says", "told"}
)


def _words_of(text: str) -> list[str]:
    """The words of ``text``, lower-cased and with diacritics folded: outlets spell a quoted
    word with and without them ("communiqués" / "communiques", "Bélanger" / "Belanger")."""
    return list(_folded_words(text))


@lru_cache(maxsize=_TEXT_CACHE)
def _folded_words(text: str) -> tuple[str, ...]:
    """:func:`_words_of`, kept per text: a weave compares each statement with many passages."""
    return tuple(re.findall(r"\w+", strip_diacritics(text.lower())))


def quoted_words(text: str) -> list[tuple[str, ...]]:
    """The quoted passages of ``text`` long enough to be someone's words, as word tuples."""
    out = []
    for a, b in quoted_ranges(text):
        words = tuple(_words_of(text[a:b]))
        if len(words) >= SUPPORT_QUOTE_MIN_WORDS:
            out.append(words)
    return out


def _repeats_open_quote(statement: str, ev_words: Sequence[str]) -> bool:
    """Whether a passage (words ``ev_words``) repeats ``statement``'s quoted words when the
    statement opens a quotation it does not close (it runs on into the next sentence, '"We
    need to help build those communities ...', 'the Department said: "There is always ...'):
    what follows the mark is someone's words, which a paraphrase or another quotation of
    theirs does not back; a run of :data:`OPEN_QUOTE_RUN` of them does, as outlets cut and
    trim a quote differently."""
    closed = quoted_ranges(statement)
    mark = next(
        (m for m in _OPENING_MARK.finditer(statement) if not in_ranges(m.start(), closed)), None
    )
    if mark is None or closed:
        return True
    words = _words_of(statement[mark.end() :])
    n = min(len(words), OPEN_QUOTE_RUN)
    return any(_contains(ev_words, words[i : i + n]) for i in range(len(words) - n + 1))


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


@lru_cache(maxsize=_TEXT_CACHE)
def _counts(text: str) -> frozenset[str]:
    """The figures of ``text`` a citation must give: all but those of its date expressions,
    which the alignment compares as days (a report of the talks "on Thursday" backs "on May
    15"; "at war since February 2022" is background a report need not repeat)."""
    return frozenset(_figures(text, [(c.start, c.end) for c in date_candidates(text)]))


def carries_numbers(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` gives every figure and plural magnitude of ``statement``.

    Alignment lets one report add a number to another's ("killed 27" beside "killed people")
    when it groups statements into a claim; a citation is stricter: the cited passage must
    give the number it is cited for ("2,400 texts" is not backed by "the texts", "thousands
    of texts" not by "hundreds of texts", "tens of thousands" not by "100,000").
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
    counted = list(_COUNTED_MAGNITUDE.finditer(statement))
    return not counted or _gives_counted(counted, evidence, ev_figures)


def _gives_counted(counted: Sequence[re.Match[str]], evidence: str, ev_figures: Set[str]) -> bool:
    """Whether ``evidence`` (figures ``ev_figures``) gives each magnitude counted in tens or
    hundreds (:data:`_COUNTED_MAGNITUDE` matches of a statement): in the same words, or a
    figure in its range, "900 million" counted as 900,000,000."""
    ev_text = " ".join(_words_of(evidence))
    values = [float(f) for f in ev_figures] + [
        float(m.group(1).replace(",", "")) * MAGNITUDES[m.group(2).lower() + "s"][0]
        for m in _SCALED_FIGURE.finditer(evidence)
    ]
    for m in counted:
        if " ".join(_words_of(m.group())) in ev_text:
            continue
        low = MAGNITUDES[m.group(2).lower()][0] * _COUNTED_BY[m.group(1).lower()]
        if not any(low <= v < low * 10 for v in values):
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


def _qualified_differ(statement: str, evidence: str) -> bool:
    """Whether one text qualifies a deed the other names plainly (:data:`_QUALIFIED`: "the
    murder charge" / "the attempted murder charges"; "he's prepared to subpoena the memos" /
    "the committee should subpoena that memo"): an attempt, or what someone ought to do, is
    not the deed."""
    a, b = statement.lower(), evidence.lower()
    words_a, words_b = set(_words_of(a)), set(_words_of(b))
    for pattern in _QUALIFIED:
        in_a, in_b = set(pattern.findall(a)), set(pattern.findall(b))
        if (in_a - in_b) & words_b or (in_b - in_a) & words_a:
            return True
    return False


def _only_intended(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` tells what someone means to do (:data:`_INTENT`: "he intends to
    table a bill") and ``statement`` what was done ("Bélanger put forth a bill"), with no
    intent, condition or future of its own: like a hedge
    (:func:`~newsweave.synthesis.units.hedged`), a plan does not back the deed."""
    return bool(
        _INTENT.search(evidence)
        and not _INTENT.search(statement)
        and not _OPEN_STATE.search(statement)
    )


def _only_if(statement: str, evidence: str) -> bool:
    """Whether one text tells what would happen on a condition ("If their demands are not
    met, they will call for his resignation") and the other what is ("they're demanding that
    he resign"), with no condition or future of its own: either way, two states of the
    matter."""
    return any(
        _CONDITION.search(a) and not _OPEN_STATE.search(b)
        for a, b in ((evidence, statement), (statement, evidence))
    )


def _only_done(statement: str, evidence: str) -> bool:
    """Whether ``statement`` tells that someone had decided on a deed (:data:`_DECISION`:
    "she had already decided she was going to kill them") and ``evidence`` only the deed
    ("she smothered them"), with no decision, intent or future of its own: the reverse of
    :func:`_only_intended`."""
    return bool(
        _DECISION.search(statement)
        and not _DECISION.search(evidence)
        and not _INTENT.search(evidence)
        and not _OPEN_STATE.search(evidence)
    )


def _only_proposed(statement: str, evidence: str) -> bool:
    """Whether ``statement`` tells a decision (:data:`_DECIDED`) and ``evidence`` only the
    proposal put to it (:data:`_PROPOSED`): a motion is not its passage."""
    return bool(
        _DECIDED.search(statement) and not _DECIDED.search(evidence) and _PROPOSED.search(evidence)
    )


def _unknown_differs(statement: str, evidence: str) -> bool:
    """Whether one text says a matter is not known (:data:`_UNKNOWN`) and the other does
    not: "it was unclear if police were still searching" is not "police are searching"."""
    return bool(_UNKNOWN.search(statement)) != bool(_UNKNOWN.search(evidence))


def _in_first_person(text: str) -> bool:
    """Whether ``text`` speaks in the first person singular outside quotation marks ("I got
    my dev kit"): the writer's own experience, which a passage about someone else does not
    back; one who quotes or retells it keeps an "I" or "my"."""
    return own_voice(text, _FIRST_PERSON)


def supports(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` (a cited passage) backs ``statement`` as worded: it carries the
    statement's quoted words and numbers, and a content word of every clause.

    Alignment already checked that numbers, days and polarity do not conflict; this catches
    the rest of what a citation must not do: lend an outlet's quotation to outlets that
    paraphrased, lend a number or a clause one outlet added ("without specifying ...") to
    another that did not give it, or lend one outlet's "third line" to another's "second
    line"; nor back a deed with its attempt, a duty, a plan or what would happen on a
    condition, a decision taken with the proposal put to it, a decision made ahead of a deed
    with the deed alone, a matter said not to be known with the matter or the other way
    round, a cause of death with the death alone, a claim told as made up with the claim
    as first reported, or the writer's own "I" with a passage about someone else.
    """
    ev_words = _words_of(evidence)
    if not all(_contains(ev_words, q) for q in quoted_words(statement)):
        return False
    if not _repeats_open_quote(statement, ev_words):
        return False
    ev_set = set(ev_words)
    for cause in _CAUSE_OF_DEATH.finditer(statement):
        named = {w.lower() for w in _CONTENT_WORD.findall(cause.group(1))} - _FUNCTION_WORDS
        if named and not named & ev_set:
            return False  # "died of an apparent drug overdose" / "has died"
    if not carries_numbers(statement, evidence) or ranks_differ(statement, evidence):
        return False
    if _qualified_differ(statement, evidence) or _only_if(statement, evidence):
        return False
    if _only_intended(statement, evidence) or _only_done(statement, evidence):
        return False
    if _only_proposed(statement, evidence):
        return False
    if _unknown_differs(statement, evidence):
        return False
    if _DISPUTED.search(statement) and not _TOLD_FALSE.search(evidence):
        return False  # "made up a claim that a gunman fired" / "a search for the gunman"
    if _in_first_person(statement) and not _FIRST_PERSON.search(evidence):
        return False  # "I got my dev kit" / "Oculus has received orders for dev kits"
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
    a named person's saying by a passage that gives no one's words and does not name them
    (:func:`_gives_words_of`); nor a claim of what a named person or organisation did by the
    same act of another (:func:`_another_doer`).
    """
    speakers = frozenset().union(*(f.speakers for f in evidence))
    if claim.speakers and speakers and not (claim.speakers & speakers):
        return False
    if claim.speakers and not speakers and not _gives_words_of(claim, evidence):
        return False  # "Holt said she is cancelling ..." / "Harbor Foods is buying the chain"
    if claim.hedged != all(f.hedged for f in evidence):
        return False  # "is expected to approve" and "approved" are two states of the matter
    if _another_doer(claim, evidence):
        return False  # "Vasiliades faces charges" / "Rodriguez also was charged"
    if _same_happening(claim, evidence):
        return True  # the same happening, in whatever words
    said = frozenset().union(*(f.lemmas for f in evidence))
    frames = [q for f in evidence for q in f.frames]
    stated, other_act, overlap = _shared(claim, frames, said, weights)
    if not _told_predicates(claim):
        return overlap >= CLAIM_OVERLAP_MIN
    # what the claim's own verbs act on, names aside ("urged Kyiv to return to talks without
    # preconditions" / "proposing that Kyiv resume negotiations without any preconditions")
    acted_on = frozenset().union(*(p.objects for p in claim.frames if p.core)) - claim.names
    objects = frozenset().union(*(q.objects for q in frames if q.family not in other_act))
    return bool(stated) or bool(acted_on & objects) or overlap >= CLAIM_OVERLAP_ANY_VERB


def _gives_words_of(claim: Features, evidence: Sequence[Features]) -> bool:
    """Whether ``evidence`` that names no speaker may still give the words of ``claim``'s
    named speaker: it names them ("Holt is cancelling her plans") or reports someone's words
    ("She said she is cancelling ..."), the speaker then being named in a sentence before.
    A passage that does neither tells the news a person spoke of ("Harbor Foods is buying the
    chain"), not their saying ("Baker Ina Holt said she is cancelling plans after hearing
    the chain is being bought")."""
    names = frozenset().union(*(f.names for f in evidence))
    return bool(claim.speakers & names) or any(f.reported for f in evidence)


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
    """The predicates of ``claim`` that say what happened: light verbs, verbs the parser
    took for names and pieces it took for verbs aside (the "co" of "co-founded", a stray
    "’"), which match any passage with the same piece ("co-founder")."""
    return [
        p
        for p in claim.frames
        if p.family not in _LIGHT_VERBS
        and p.family not in claim.names
        and _VERB_WORD.fullmatch(p.family)
    ]


def _told_predicates(claim: Features) -> list[Predicate]:
    """The predicates of ``claim`` (:func:`_own_predicates`) that tell what it says, not
    what describes who or what it is about (a relative clause or a participle on a noun,
    :func:`~newsweave.synthesis.frames.clause_of`): "John C. Reilly is wonderful as Hank
    Marlow, a pilot who's been stranded on the island" is not stated by a passage that has
    Marlow stranded there, nor "King tried to give first aid to his dying and injured dogs"
    by "the crash killed one of King's dogs and injured two others". A restrictive relative
    clause ("2,174 adults who regularly consume alcohol") says which ones, the claim's own
    content, and counts (:func:`~newsweave.synthesis.frames.clause_of` reads it so)."""
    return [p for p in _own_predicates(claim) if p.clause != "relative"]


def _shared(
    claim: Features, frames: Sequence[Predicate], said: Set[str], weights: Mapping[str, float]
) -> tuple[set[str], set[str], float]:
    """What evidence (predicates ``frames``, lemmas ``said``) shares with ``claim``: the
    families of the claim's predicates it states, those it uses for another act, and the
    weighted share of the claim's content words it gives."""
    told = _told_predicates(claim)
    # a verb the evidence uses for another act ("declined to divulge" for "declined to
    # respond") states nothing of the claim: its word is not one the two share, nor is what
    # it acts on
    # (a core predicate also by a noun of its act: "is being protected" / "under police
    # protection"; not one deep in a complement, "to interfere" / "Russian interference")
    stated = {
        p.family for p in told if _stated(p, frames, said) or (p.core and _named_by_noun(p, said))
    }
    other_act = ({q.family for q in frames} & {p.family for p in told}) - stated
    # light verbs ("got", "know") say nothing of what happened, here as in the predicates;
    # nor, in a claim of no act but a state, who is in it ("Kushner, the president's
    # son-in-law, is under scrutiny"), which a report of anything else they did repeats
    described = frozenset() if _own_predicates(claim) else claim.described
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
    place on the same day, which tell one happening. And those that leave out a death or an
    injury the claim tells (:func:`_harm_left_out`), even of that happening: they tell the
    shooting, not its outcome; or whose own claim is only what a relative or adverbial clause
    of the claim says (:func:`_only_subordinate`): they tell who someone is, not what they did.

    A citation must not rest on such a passage, though :func:`states_claim` lets it join
    the claim's statements: a paraphrase in other verbs that shares what they act on
    ("urged Kyiv to return to the table without preconditions" / "propose ... to resume the
    talks ... without any preconditions") still tells the alignment the two are one claim,
    but the citation goes to the outlet's own words of it.
    """
    said = frozenset().union(*(f.lemmas for f in evidence))
    frames = [q for f in evidence for q in f.frames]
    if _harm_left_out(claim, frames, said):
        return True
    if _only_subordinate(claim, frames, said):
        return True
    if _same_happening(claim, evidence):
        return False
    stated, _, overlap = _shared(claim, frames, said, weights)
    if _own_predicates(claim) and not stated and overlap < CLAIM_OVERLAP_OBJECTS_ONLY:
        return True  # only what the claim's verbs act on: another statement about it
    return _another_act(claim, frames, said) and overlap < CLAIM_OVERLAP_OTHER_ACT


# The clauses of a claim that only describe who or what it is about or place it in time or
# reason ("Stone, who had won Best Actress", "since leaving Microsoft", "due to a state law
# that requires a recount"), or say which ones it is of ("the man who shot the guard was
# arrested"): :func:`~newsweave.synthesis.frames.clause_of`. None is its main claim.
_SUBORDINATE = frozenset({"relative", "adverbial", "restrictive"})


def _only_subordinate(claim: Features, frames: Sequence[Predicate], said: Set[str]) -> bool:
    """Whether evidence (predicates ``frames``, lemmas ``said``) states only what a relative or
    adverbial clause of ``claim`` says, and none of its main claim: "It bore the name of Emma
    Stone, who had won Best Actress" is not backed by "Stone wins best actress", nor "the man
    who shot the guard was arrested" by "a man shot the guard", nor "the
    AMSA, which is coordinating the search, said it would give details later" by "the search
    is coordinated by AMSA". A complement stays the claim's own ("threatened to impose
    sanctions" / "will impose sanctions"), as does what a reporting verb reports."""
    # "X came a day before the committee will vote": the claim is the clause of time
    main = [
        p
        for p in claim.frames
        if p.core and _VERB_WORD.fullmatch(p.family) and p.family not in SEQUENCE_VERBS
    ]
    if not main:  # "Bolstering the case was an interview she gave ...": its verbs outside
        main = [  # its subordinate clauses are what it claims
            p
            for p in claim.frames
            if p.clause not in _SUBORDINATE
            and _VERB_WORD.fullmatch(p.family)
            and p.family not in SEQUENCE_VERBS
        ]
    if not main or any(_stated(p, frames, said) or _named_by_noun(p, said) for p in main):
        return False
    # what the main claim acts on, names aside ("followed a trail of blood to the car, where
    # they found weapons" / "found a blood trail leading to his car")
    acted_on = frozenset().union(*(p.objects for p in main)) - claim.names
    if acted_on & frozenset().union(*(q.objects for q in frames)):
        return False
    stated = {p.family for p in _own_predicates(claim) if _stated(p, frames, said)}
    if not stated or any(q.clause not in _SUBORDINATE for q in claim.frames if q.family in stated):
        return False
    # ...as its own claim: a passage that only describes someone by it too ("Allen, who
    # co-founded Microsoft, said ...") may well state the main claim in other words
    return any(q.family in stated and q.clause not in _SUBORDINATE for q in frames)


# A verb's stem must have this many letters to show that a word of it is its noun
# ("protect" / "protection"); shorter ones begin other words ("use" / "user").
STEM_MIN_LETTERS = 5


def _named_by_noun(p: Predicate, said: Set[str]) -> bool:
    """Whether evidence (lemmas ``said``) names predicate ``p``'s act by a noun of its stem
    ("is being protected" / "under private security protection")."""
    stem = p.family.removesuffix("e")
    return len(stem) >= STEM_MIN_LETTERS and any(w.startswith(stem) for w in said)


def _harm_left_out(claim: Features, frames: Sequence[Predicate], said: Set[str]) -> bool:
    """Whether ``claim`` tells that someone died or was hurt (a predicate of
    :data:`_HARMS` that is its own claim or names who or what) and the evidence (predicates
    ``frames``, lemmas ``said``) never does: "has died after he was shot" is not backed by
    "was shot in the head", nor "returned fire, killing the man" by "opened fire"."""
    told = {q.family for q in frames} | {family_of(w) for w in said}
    return any(
        p.family in _HARMS and (p.core or p.objects or p.actors) and p.family not in told
        for p in claim.frames
    )


# Words that tell a happening after another of its kind ("fresh fighting erupted", "renewed
# clashes"): a city holds several on one day, so place and day no longer show they are one.
_FURTHER = frozenset({"fresh", "renew", "renewed"})


def _same_happening(claim: Features, evidence: Sequence[Features]) -> bool:
    """Whether ``evidence`` names the same place on the same day as ``claim``: the same
    happening, in whatever words ("resume negotiations already on Thursday, in Istanbul" /
    "proposed direct talks in Istanbul on May 15"); not when one of them tells a further one
    of its kind (:data:`_FURTHER`) and the other does not."""
    days = frozenset().union(*(f.dates for f in evidence))
    places = frozenset().union(*(f.places for f in evidence))
    if _days_of_things_only(claim):
        return False
    if _FURTHER & (frozenset().union(*(f.lemmas for f in evidence)) ^ claim.lemmas):
        return False  # "fresh fighting erupted later on Monday in ... Damascus": another clash
    return bool(claim.dates & days and claim.places & places)


def _days_of_things_only(claim: Features) -> bool:
    """Whether every weekday ``claim`` names is the day of a thing its own claims act on
    ("crowds gathered for memorials to the 27 victims of Saturday's car bombs"): it names no
    day of its own happening, and a passage of that place on that day tells the bombing, not
    the memorials."""
    named = claim.lemmas & WEEKDAYS
    things = frozenset().union(*(p.object_days for p in claim.frames if p.core))
    return bool(named) and named <= things


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
