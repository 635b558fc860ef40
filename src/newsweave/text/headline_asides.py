"""Asides a made headline leaves out: what stands between a sentence's subject and its verb.

A lead sentence names its subject, then describes it (an appositive, a relative clause, a
participle phrase, an age) before it says what the subject did; a headline of at most
:data:`~newsweave.text.headline_cut.MADE_HEADLINE_WORDS` words keeps the subject and the
verb. Each aside is removed only where it is one: a list of three ("the ABCs, which stands
for antecedents, behaviors and consequences") is not closed by the comma inside it, and a
relative clause that tells the news or reports speech is kept. A relative clause without which
the subject would not say who ("The producer | who worked alongside X | quit") is cut to its
verb and object instead of left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.text.clause import has_finite_verb, past_main_verb
from newsweave.text.headline_cut import (
    MIN_CLAUSE_WORDS,
    SOFT_CLAUSE_WORDS,
    complement_left_open,
    modifier_left_open,
    name_left_open,
    past_verb,
    verb_left_open,
    without_participle_aside,
)
from newsweave.text.headline_patterns import (
    APPOSITIVE,
    FINITE,
    GOES_ON,
    ING_NOUNS,
    IRREGULAR_PAST,
    MAIN_AUXILIARIES,
    MODALS,
    NEWS,
    PARTICIPLE_NEXT,
    PHRASE_OPENERS,
    RELATIVE_OPENERS,
    SAYING,
    STOP,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

_NEWS = re.compile("|".join(f"(?:{p})" for p in NEWS))

_APPOSITIVE = re.compile(APPOSITIVE, re.I)
# What follows an aside's closing comma when that comma was one of a list's, the sentence
# ending on the list's last items ("the ABCs, which stands for antecedents, | behaviors and
# consequences."): the comma closed no aside.
_LIST_END = re.compile(r"\s[^,;]{1,40}?\s(?:and|or)\s[^,;]{1,40}$")
# A relative clause after the subject that only a comma closes, before the main verb ("A
# Canadian man who was believed to be in a coma for a decade, has told ..."): the subject
# and its verb are the news, the clause its background.
_BARE_RELATIVE = re.compile(
    r"(?<=[a-z]) (?:who|which) [^,;]{3,100}, (?=(?:has|have|had|is|are|was|were|will)\s)"
)
# ... and one before a verb in the past ("A major snowstorm that was sweeping across the
# Midwest, | left at least eight people dead"), not a participle a phrase goes on ("...,
# based in Ohio"): read only after a subject without a verb of its own (:func:`without_asides`).
_PAST = "|".join(sorted(IRREGULAR_PAST)) + r"|[a-z]{3,}ed"
_BARE_RELATIVE_PAST = re.compile(
    r"(?<=[a-z]) (?:who|which|that(?= (?:was|were|is|are|has|have|had)\s)) [^,;]{3,100}, "
    rf"(?=(?:{_PAST})\s(?!(?:{'|'.join(sorted(PARTICIPLE_NEXT))})\b))"
)
# A name and the start of a description of it that a relative clause goes on ("Mark Lane, the
# defense lawyer, social activist and author| who concluded ..."): the name is the subject.
_NAMED_DESCRIPTION = re.compile(r"^([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}),\s(?:the|a|an)\s")


def named_subject(s: str) -> str:
    """``s`` without the asides set off by commas between its subject and its verb, when the
    subject is a name or a short phrase without a verb of its own and the first aside opens
    like one ("Marty Balin, a co-founder of Jefferson Airplane ..., whose high and soulful voice
    defined ..., died Thursday" -> "Marty Balin died Thursday"): the verb is the first word
    after a later comma that reads as a finite one (:data:`MAIN_AUXILIARIES`, a verb in the
    past), not a participle that a "by" or "of" goes on ("..., accused of ...")."""
    m = _NAME_ASIDE.match(s)
    if not m or len(m[1].split()) > NAMED_SUBJECT_WORDS or has_finite_verb(m[1]):
        return s
    for v in _ASIDE_THEN_VERB.finditer(s, m.end()):
        verb = v[1].lower()
        nxt = s[v.end() :].split()[:1]
        if (verb in MAIN_AUXILIARIES or past_verb(verb)) and not (
            nxt and nxt[0].lower() in PARTICIPLE_NEXT
        ):
            # a second subject joined in the last aside stays ("Ben Yu, 21, ..., and his
            # partner Deven Soni, have introduced": "Ben Yu and his partner Deven Soni have")
            joined = _JOINED_SUBJECT.search(s, m.end() - 2, v.start() + 1)
            also = f" and {joined[1]}" if joined else ""
            return f"{m[1]}{also} {s[v.start() + 1 :].lstrip()}"
    return s


# A group's report of what it does itself, left out of a long headline as headlines do
# ("Investigators probing the death of X said they still don't know" -> "Investigators probing
# the death of X still don't know"): "they" after a plural, the word before the report or the
# sentence's first word (its subject's head). Not "he" or "she": "Police said he lived in ..."
# speaks of someone else.
_SAYS = r" (?:said|say|revealed|announced|confirmed)(?: that)?"
_SAID_OF_ITSELF = re.compile(
    rf"^((?-i:[A-Z])[a-z]+[a-rt-z]s\b[^,;]{{0,80}}?){_SAYS} they(?= [a-z])|(?<=[a-z]s){_SAYS}"
    r" they(?= [a-z])"
)
# A subject of at most NAMED_SUBJECT_WORDS words (a name, with a title or a role before it)
# and the comma opening an aside on it.
NAMED_SUBJECT_WORDS = 6
_NAME_ASIDE = re.compile(r"^((?-i:[A-Z])[^,;]{1,60}?),\s(?=(?:a|an|the|who|whose|which|one|\d+)\b)")
# A subject joined by ", and" in the asides before the verb, up to the verb's comma.
_JOINED_SUBJECT = re.compile(r",\s+and\s+((?:his|her|their|(?-i:[A-Z]))[^,;]{0,60}),$")
# A later comma and the word after it (past an auxiliary): where the subject's verb may be.
_ASIDE_THEN_VERB = re.compile(r",\s(?:(?:has|have|had|was|were|is|are)\s(?=\w+ed\b))?(\w+)")


def without_relative(s: str) -> str:
    """``s`` without a relative clause that no comma closes between its subject and the main
    verb ("A Ukrainian journalist | who has a reputation of being ... | was dragged off a red
    carpet"): the main clause's auxiliary (:data:`MAIN_AUXILIARIES`, after a word that does
    not keep the relative clause going, :data:`GOES_ON`), or its day before a verb in the past
    or an adverb ("The bakery owners who ignited a controversy ... | on Monday quietly paid"),
    the last before any comma, ends it. Kept when it reports speech (whose own clause may hold
    that auxiliary: "who said his wife was ..."), when it tells the news (:data:`NEWS`: "The
    shooting spree that ended four lives Sunday | was described as ..."); when the clause
    left is short, the relative clause is what the subject is ("A measure that would
    require ... | was approved by voters"): it is cut to its verb and object instead
    (:func:`_trimmed_relative`). A main verb in the past with no auxiliary
    (:func:`~newsweave.text.clause.past_main_verb`: "The producer who worked alongside X at
    NBC News on his investigation | quit in protest") ends it too, and then it is only cut
    so: "the producer" alone says not who."""
    words = s.split()
    span = _relative_span(words)
    if span is None:
        return s
    opener, end, past = span
    clause = " ".join(words[opener:end])
    if any(w.lower() in SAYING for w in words[opener:end]) or _NEWS.search(clause):
        return s  # "The shooting spree that ended four lives Sunday was described as ...": the news
    rest = words[:opener] + words[end:]
    if len(rest) >= SOFT_CLAUSE_WORDS and not past:
        return " ".join(rest)
    return _trimmed_relative(words, opener, end) or s


def subject_relative(s: str) -> str:
    """The relative clause on the subject of ``s`` that no comma closes, up to the main verb
    (as :func:`without_relative` reads it: "An abandoned dog | that narrowly escaped being
    euthanized years ago | was ..."), or ``""``: what it tells describes the subject, not
    what the subject did."""
    words = s.split()
    span = _relative_span(words)
    return " ".join(words[span[0] : span[1]]) if span else ""


def _relative_span(words: Sequence[str]) -> tuple[int, int, bool] | None:
    """Where the relative clause on the subject (``words``) opens and where its main verb
    is, and whether that verb was found as a verb in the past with no auxiliary
    (:func:`~newsweave.text.clause.past_main_verb`); ``None`` when no such clause is read."""
    opener = next(
        (i for i, w in enumerate(words[1 : RELATIVE_SUBJECT_WORDS + 1], 1) if w in _RELATIVES),
        None,
    )
    if (
        opener is None
        or words[0].lower() in _NO_SUBJECT  # "Towards the end of the campaign that was ..."
        or any(w.endswith(",") for w in words[:opener])
        or not _relative_at(words[opener - 1], words[opener + 1 : opener + 3])
    ):
        return None
    # the main verb comes after the relative clause's own (past an adverb before it)
    own = opener + 1 + words[opener + 1].lower().endswith("ly")
    end = None
    for j in range(own + 1, len(words)):
        if (
            words[j].lower() in MAIN_AUXILIARIES and words[j - 1].lower() not in GOES_ON
        ) or _DAY_THEN_VERB.match(" ".join(words[j : j + 3])):
            end = j
        if words[j].endswith((",", ";")) or _SENTENCE_END.search(words[j]):
            break
    end = _says_after(words, own) if end is None else end
    past = end is None and (end := past_main_verb(words, opener)) is not None
    return None if end is None else (opener, end, past)


# The main verb that reports what the subject says, in the present ("The young woman who is
# alleging that ... with her | says the candidate sent ..."): no relative clause's own verb,
# which would follow a word that goes on with it (:data:`GOES_ON`: "who says", "that say"),
# nor an attribution after a comma or a quote ('... was victimized," says Dunn').
_SAYS = frozenset({"says", "say"})


def _says_after(words: Sequence[str], own: int) -> int | None:
    """Where a verb of saying in the present (:data:`_SAYS`) after the relative clause's own
    verb (``words[own]``) is the sentence's main verb, before the sentence ends; ``None``
    when there is none."""
    for j in range(own + 1, len(words)):
        before = words[j - 1]
        if _SENTENCE_END.search(before):
            return None
        if (
            words[j].lower() in _SAYS
            and before.isalpha()
            and before.lower() not in GOES_ON | _RELATIVES
        ):
            return j
    return None


def _trimmed_relative(words: Sequence[str], opener: int, end: int) -> str:
    """The sentence (``words``) with its subject's relative clause (``words[opener:end]``)
    cut before its first phrase (:data:`_RELATIVE_TRIM`) that leaves the clause its verb and
    what the verb needs ("The Millis police officer who was fired | after he was accused of
    ... | has died"); ``""`` when none does: a verb left without its object or its phrase
    (:func:`verb_left_open`), a name cut in two, a modifier without its noun."""
    for k in range(opener + RELATIVE_CORE_WORDS, end):
        if words[k].lower() not in _RELATIVE_TRIM:
            continue
        left, right = " ".join(words[:k]), " ".join(words[k:end])
        if not (
            verb_left_open(left, right)
            or name_left_open(left, right)
            or modifier_left_open(left, right)
            or complement_left_open(left, right)
        ):
            return " ".join([*words[:k], *words[end:]])
    return ""


# A relative clause cut short keeps at least this many words: its opener, its verb and one
# more (the verb's object or participle: "who was fired", "who worked alongside X").
RELATIVE_CORE_WORDS = 3
# Words where a relative clause may be cut: a phrase, a clause of its own, a second verb.
_RELATIVE_TRIM = (
    frozenset(w for w in PHRASE_OPENERS if " " not in w)
    | SUBORDINATORS
    | RELATIVE_OPENERS
    | {"and", "but", "or"}
)


def _relative_at(before: str, after: Sequence[str]) -> bool:
    """Whether "who", "which" or "that" between ``before`` and ``after`` (its next words, if
    any) opens a relative clause on a noun: a verb follows, after an adverb in "-ly" if one
    comes first ("journalist who has", "measure that would", "dog that narrowly escaped"),
    and no verb or participle comes before ("swirling that Kim ...": what is said)."""
    after = after[1:] if after and after[0].lower().endswith("ly") else after
    prev, nxt = before.lower(), (after[0].lower() if after else "")
    verb_after = nxt in FINITE or past_verb(nxt) or (nxt.endswith("s") and not nxt.endswith("ss"))
    return verb_after and not (prev in FINITE or prev.endswith("ing") or past_verb(prev))


# A day and a verb in the past or an adverb after it: the main clause's ("on Monday quietly
# paid", "on Friday announced").
_DAY_THEN_VERB = re.compile(
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:\w+ly|\w+ed|"
    + "|".join(sorted(IRREGULAR_PAST))
    + r")$"
)
# Words opening a relative clause after a subject of at most RELATIVE_SUBJECT_WORDS words
# (with a phrase on the subject: "A 9-year-old boy wounded by a gunman | who opened fire ...
# | was recovering"; at 5, that subject kept its relative clause and no verb).
_RELATIVES = frozenset({"who", "which", "that"})
RELATIVE_SUBJECT_WORDS = 8
# First words of a phrase that is no subject: a relative clause after it is not the subject's.
_NO_SUBJECT = frozenset(w for w in PHRASE_OPENERS if " " not in w) | {"toward", "towards", "to"}
# A word ending a sentence (not an initial's or an abbreviation's stop, "U.S.", "Dr."): a
# relative clause never runs past it into the next one.
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"”’']?$|^(?:\.\.\.|…)$")


def without_asides(s: str) -> str:
    """``s`` without the asides between its subject and its verb: the descriptions of a
    named subject (:func:`named_subject`), a group's "said they", appositives and relative
    clauses set off by commas, participle phrases, a relative clause only a comma closes,
    and one no comma closes (:func:`without_relative`)."""
    s = named_subject(s)  # "Marty Balin, a co-founder of ..., whose ..., died Thursday"
    s = _SAID_OF_ITSELF.sub(r"\1", s, count=1)  # "Investigators said they still don't ..."
    s = _APPOSITIVE.sub(_aside_or_list, s)  # ", a long-time resident," / ", who ...,"
    s = without_participle_aside(s)
    if m := _BARE_RELATIVE.search(s):  # "A man who was ... for a decade, has been"
        # the name the clause's description stands beside keeps its verb ("Mark Lane, the
        # lawyer and author who ..., has died": "Mark Lane has died")
        named = _NAMED_DESCRIPTION.match(s[: m.start()])
        s = (named[1] if named else s[: m.start()]) + " " + s[m.end() :]
    elif (m := _BARE_RELATIVE_PAST.search(s)) and not has_finite_verb(s[: m.start()]):
        s = s[: m.start()] + " " + s[m.end() :]  # "A snowstorm that was ..., left ..."
    s = without_relative(s)
    return s


# A sentence's opening adverb of time or sequence with no comma, before its subject ("Today
# FURIOUS 7 will reach …", "Yesterday Josh checked himself …", "Now a Kyoto University group
# has found …", "Finally the president has spoken …"): it leans on the article's day or on
# the sentence before, which a headline does not have. Only before a subject: a name, a
# number or a determiner ("Now is the time" keeps its "Now").
_TIME_OPENER = re.compile(
    r"^(?:Today|Yesterday|Tonight|Now|Finally|Meanwhile|Earlier|Recently)\s+"
    r"(?=[A-Z0-9]|(?:a|an|the)\s)"
)
# Of a clause's words, at least this share capitalised marks a title set in title case
# ("Today Marks a Significant Milestone"), whose opening word is no adverb.
TITLE_CASE_SHARE = 0.6


def without_time_opener(s: str) -> str:
    """``s`` without an opening adverb of time or sequence before its subject
    (:data:`_TIME_OPENER`), unless ``s`` is set in title case or too little is left to stand
    as a clause."""
    m = _TIME_OPENER.match(s)
    words = s.split()
    if m is None or len(words) <= MIN_CLAUSE_WORDS:
        return s
    if sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words):
        return s
    rest = s[m.end() :]
    return rest[0].upper() + rest[1:]


# A phrase of time or circumstance that no comma sets off between a sentence's subject and
# its modal or auxiliary ("Exposure to brief flashes of light | during the night before a
# trip | could help people avoid jet lag", "Exposing people to flashes of light | while
# they're sleeping | could provide ..."): when, not who, so a long headline leaves it out.
# Group 1 is its opening word: "during" takes a noun phrase, so the auxiliary after it is the
# subject's; after "while", "before" or "after" the phrase needs a verb of its own, or the
# auxiliary is its verb ("less than two weeks after she | was crowned").
_SUBJECT_ADJUNCT = re.compile(
    r"\s(during|while|before|after)\s[^,;:]{2,60}?"
    r"(?=\s(?:could|would|may|might|can|should|must|will|was|were|is|are|has|have|had)\s)"
)
# A participle phrase describing a plural subject of a few words, up to the main verb's modal
# or auxiliary, commas and all ("Investigators | seeking the cause of a plane crash that killed
# Polish President Lech Kaczynski, his wife and a delegation ... on Saturday | are likely to
# focus on ..."): who they are, told at a length no headline has. Group 1 is the subject.
_SUBJECT_PARTICIPLE = re.compile(
    r"^((?-i:[A-Z])[\w’'-]*(?: [\w’'-]+){0,2})(\s[a-z]{3,}ing\s[^;:]{2,200}?)"
    r"(?=\s(?:could|would|may|might|can|should|must|will|was|were|is|are|has|have|had)\s)"
)
# "That" opening a clause with a subject of its own ("Bones bearing signs of cancer ... reveal
# | that the disease is ..."): the phrase holds the sentence's verb, it is no participle's.
_THAT_CLAUSE = re.compile(
    r"\bthat\s+(?:the|a|an|his|her|its|their|this|these|those|it|he|she|they|we)\b"
)


def without_subject_adjunct(s: str) -> str:
    """``s`` without a phrase of time or circumstance inside its subject
    (:data:`_SUBJECT_ADJUNCT`): only one after at least :data:`ADJUNCT_SUBJECT_WORDS` words
    that hold no comma, no verb and no pronoun (they are the subject), and whose removal
    leaves a clause that has its verb."""
    m = _SUBJECT_ADJUNCT.search(s)
    if m is None:
        return s
    subject = s[: m.start()]
    words = subject.split()
    if (
        len(words) < ADJUNCT_SUBJECT_WORDS
        or "," in subject
        or words[0].lower() in SUBJECT_PRONOUNS
        or has_finite_verb(subject)
        or (m[1] != "during" and not has_finite_verb(m[0]))
    ):
        return s
    return subject + s[m.end() :]


def without_subject_participle(s: str) -> str:
    """``s`` without a participle phrase describing its short plural subject
    (:data:`_SUBJECT_PARTICIPLE`: "Investigators | seeking the cause of ... | are likely to
    ..."): not a noun in "-ing" (:data:`ING_NOUNS`, "Heavy | fighting has broken out"), nor a
    phrase holding the sentence's own verb and its clause (:data:`_THAT_CLAUSE`)."""
    m = _SUBJECT_PARTICIPLE.match(s)
    if m is None:
        return s
    subject, phrase = m[1].split(), m[2].split()
    if (
        phrase[0] in ING_NOUNS
        or any(w.lower() in FINITE | MAIN_AUXILIARIES for w in phrase[1:2])
        or _THAT_CLAUSE.search(m[2])
        or not subject[-1].endswith("s")
        or any(w.lower() in STOP for w in subject)
        or has_finite_verb(m[1])
    ):
        return s
    return m[1] + s[m.end(2) :]


# A plural subject of at most five words (group 1) and the past participle and preposition
# opening a phrase that describes it, up to the main verb ("Brain regions | related to
# emotional and motivational behavior | seem to communicate more in ...", "Locating systems |
# based on ID tags | are ..."): what the subject is, told at a length no headline has. No comma
# inside it (one closes an aside, :func:`~newsweave.text.headline_cut.without_participle_aside`).
_SUBJECT_PAST_PARTICIPLE = re.compile(
    r"^((?-i:[A-Z])[\w’'-]*(?: [\w’'-]+){0,4})\s[a-z]{3,}ed\s(?:to|by|in|with|at|from|for|on)\s"
)
# Verbs in the present plural that a finding's subject takes and a word shape cannot tell from
# a noun ("Brain regions ... seem to ..."): with the auxiliaries and modals, the words that end
# a subject's participle phrase.
PLURAL_PRESENT_VERBS = frozenset({"seem", "appear", "remain", "tend"})
_MAIN_VERB_AFTER_PHRASE = MAIN_AUXILIARIES | (MODALS - {"to"}) | PLURAL_PRESENT_VERBS
# A participle phrase left out runs at most this many words: a longer one may hold a clause.
SUBJECT_PARTICIPLE_WORDS = 12


def without_subject_past_participle(s: str) -> str:
    """``s`` without a past participle phrase describing its short plural subject
    (:data:`_SUBJECT_PAST_PARTICIPLE`), up to the first word after it that is the main verb
    (an auxiliary, a modal, :data:`PLURAL_PRESENT_VERBS`): ``s`` when no such verb comes
    within :data:`SUBJECT_PARTICIPLE_WORDS` words, before a comma and before a clause of its
    own opens (a relative or subordinate word: the verb may be that clause's), or the
    subject is no plural noun or holds a function word or a verb ("The study by ...",
    "Police said ...")."""
    m = _SUBJECT_PAST_PARTICIPLE.match(s)
    if m is None:
        return s
    subject = m[1].split()
    if (
        not subject[-1].endswith("s")
        or subject[-1].endswith("ss")
        or any(w.lower() in STOP | FINITE or past_verb(w) for w in subject)
    ):
        return s
    words = s[len(m[1]) :].split()
    for i, w in enumerate(words[2 : SUBJECT_PARTICIPLE_WORDS + 1], 2):
        if w.lower() in _MAIN_VERB_AFTER_PHRASE:
            return " ".join([m[1], *words[i:]])
        if not w.replace("-", "").isalpha() or w.lower() in RELATIVE_OPENERS | SUBORDINATORS:
            # a comma, a bracket or a stop; or a clause of its own, whose verb is no main one
            # ("Syrian forces clashed with gunmen in a district | that is home to ...": the
            # participle was the main verb)
            return s
    return s


# A subject whose adjunct is left out keeps at least this many words ("Exposure to brief
# flashes of light"): a shorter one is a name or a pronoun the phrase may tell of.
ADJUNCT_SUBJECT_WORDS = 3


def _aside_or_list(m: re.Match[str]) -> str:
    """An appositive match left out, or kept when its closing comma is a list's (:data:`_LIST_END`,
    the rest without a verb of its own)."""
    rest = m.string[m.end() :]
    listed = _LIST_END.match(rest) and not any(
        w.lower() in FINITE or past_verb(w.lower()) for w in rest.split()
    )
    return m[0] if listed else ""


__all__ = [
    "ADJUNCT_SUBJECT_WORDS",
    "NAMED_SUBJECT_WORDS",
    "PLURAL_PRESENT_VERBS",
    "RELATIVE_SUBJECT_WORDS",
    "SUBJECT_PARTICIPLE_WORDS",
    "named_subject",
    "subject_relative",
    "without_asides",
    "without_relative",
    "without_subject_adjunct",
    "without_subject_participle",
    "without_subject_past_participle",
    "without_time_opener",
]
