"""Whether a phrase is a clause: the word-shape test of a finite verb that the headline rules
(:mod:`newsweave.text.headline`) read, apart so the headline module keeps its size (no parser:
the store titles an event without one)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.text.headline_patterns import (
    ALSO_NOUNS,
    ASIDE_OPENERS,
    CONTRACTED_SUBJECTS,
    DETERMINERS,
    FINITE,
    GOES_ON,
    IRREGULAR_PAST,
    MAIN_AUXILIARIES,
    NAMING_PARTICIPLES,
    NOT_BEFORE_VERB,
    NOT_VERB_S,
    NOUN_MODIFIER_ENDINGS,
    PARTICIPLE_NEXT,
    RELATIVE_OPENERS,
    SAYING,
    SUBORDINATORS,
    VERB_ADVERBS,
)

# A phrase opening this way is a subordinate clause: without the main clause after its comma
# it is not a headline ("Mere hours after Kerry Washington's camp confirmed ...", "Just
# because some people think that Will Smith is gay…").
SUBORDINATE_START = re.compile(
    r"^(?:(?:mere|just|only|barely|some|a few)\s+)?(?:\w+\s+)?(?:hours|days|weeks|minutes|"
    r"months|moments|years)\s+(?:after|before|later)\b|^every time\b|"
    r"^(?:just|only|simply)\s+because\b|^(?:even\s+)?(?:if|when|while|"
    r"although|though|because|after|before|since|unless|until|once|whether|as)\b",
    re.I,
)
# Words opening a phrase that is not a clause of its own ("With reports of ...", "As I stared").
_CLAUSE_OPENERS = (
    SUBORDINATORS
    | {"with", "despite", "amid", "following", "like", "unlike", "among", "of", "in", "on"}
    | {"at", "for", "from", "during", "under", "over", "by", "to", "without"}
)


def has_finite_verb(phrase: str) -> bool:
    """Whether ``phrase`` has a verb of its own clause in a finite form (an auxiliary, a
    past or third-person form after its subject), outside a relative clause (after one, an
    auxiliary or the one verb in the past that can only be the main one,
    :func:`past_main_verb`: "The producer who worked alongside X | quit"): "Shots rang out
    in New Hope" has one; "The summer's Democratic hero, Texas State Sen. Wendy Davis",
    "Investigators seeking the cause of a crash that killed ..." have none. A word-shape test
    (no parser: the store titles an event without one), checked on multinews leads against
    spaCy's parse. A phrase opening with a subordinate or prepositional phrase ("With reports
    of car fires driving ...", "Faced with X, the White House") needs its verb after its comma.
    """
    words = phrase.split()
    first = words[0].lower().strip("\"“‘'") if words else ""
    if first in CONTRACTED_SUBJECTS:
        return True  # "It's a cold snap ..."
    if first in _CLAUSE_OPENERS or first.endswith("ed") or SUBORDINATE_START.match(phrase):
        past = [i for i, w in enumerate(words) if w.endswith(",")]
        if not past:
            return False
        words = words[past[0] + 1 :]
    relative = relative_verb = infinitive = aside = agent = False
    for i, raw in enumerate(words):
        w = raw.strip("\"“”‘’'.,;:!?()…").lower()
        if i and words[i - 1].endswith(","):
            # "Zimmerman, facing ... charges," / "X, a co-founder of ...,": an aside
            aside = w.endswith("ing") or w in ASIDE_OPENERS
        agent = (agent or w == "by") and not (i and words[i - 1].endswith(","))
        if w in RELATIVE_OPENERS and raw[:1].islower():
            if past_main_verb(words, i) is not None:
                return True  # "The producer who worked alongside X | quit in protest"
            relative, relative_verb = True, False
            continue
        if relative:
            if relative_verb and w in MAIN_AUXILIARIES and words[i - 1].lower() not in GOES_ON:
                return True  # "A dog that escaped being put down | was honoured"
            relative_verb = relative_verb or w in FINITE or w in IRREGULAR_PAST or w.endswith("ed")
            # the clause ends at its comma
            relative = not raw.rstrip("\"”’'").endswith((",", "—", "–"))
            continue
        prev = words[i - 1].lower() if i else ""
        after_break = prev.endswith(",") or prev in {"—", "–", "-", "--"}
        if i and w in FINITE - ALSO_NOUNS:
            return True  # "The two had been dating"
        if not i or prev.strip("\"“‘'") in NOT_BEFORE_VERB:
            infinitive = infinitive or prev == "to"
            continue
        if w in FINITE or w.endswith(("n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll")):
            return True
        if aside:
            aside = not raw.endswith(",")
            continue
        if infinitive or after_break or not raw[:1].islower() or prev.endswith(("'s", "’s")):
            continue  # in "to produce ... minutes", after a comma, a name, after "X's"
        if prev.endswith(NOUN_MODIFIER_ENDINGS):
            continue  # "other informational resources"
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if w in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed")):
            if nxt == "and" and i + 2 < len(words):
                other = words[i + 2].lower()
                then = words[i + 3].lower() if i + 3 < len(words) else ""
                if (other in IRREGULAR_PAST or other.endswith("ed")) and then != "by":
                    return True  # "shot and wounded a man", not "struck and killed by"
            if nxt not in PARTICIPLE_NEXT:
                return True
        elif (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith(NOT_VERB_S)
            and nxt != "of"
            and not agent  # "commissioned by two major Republican groups"
        ):
            return True
    return False


# Words opening a relative clause on its subject's noun.
_SUBJECT_RELATIVES = frozenset({"who", "which", "that"})
# Words before a verb in the past that give it a subject or an auxiliary of its own, or make
# it a modifier: it is then no main verb ("who was fired", "a shootout that shut down", "the
# wounded").
_NOT_MAIN_BEFORE = (
    GOES_ON | SUBORDINATORS | RELATIVE_OPENERS | FINITE | DETERMINERS | {"been", "be", "being"}
)


def past_main_verb(words: Sequence[str], opener: int) -> int | None:
    """Where the main verb in the past of a sentence whose subject carries a relative clause
    (opened at ``words[opener]``) is, read by word shape (the headline has no parse): the
    only word after the relative clause's own verb that reads as a verb in the past and is
    no participle ("accused of", "killed by", "a firm called X": :data:`NAMING_PARTICIPLES`),
    no noun before its verb ("the black cast must end") and not the verb of a clause of its
    own (:data:`_NOT_MAIN_BEFORE`), up to a clause opened or words said (before the main
    verb, these leave the verb's clause unknown: "who said the fences failed"). Read only in
    a sentence with no comma after its subject (past one, the main verb may be yet to come:
    "The officer who shot the man killed in the raid, a veteran, was ..."), and only for a
    clause on the subject: opened by "who", "which" or "that" and a verb, not one with a
    subject of its own ("The reasons why the council closed the bridge" has no main verb).
    ``None`` when there are two such words: "who shot the man killed in the raid fled" may be
    read either way, so neither is."""
    if words[opener].lower() not in _SUBJECT_RELATIVES or opener + 1 >= len(words):
        return None
    verb = words[opener + 1].lower()
    if verb in SAYING or not (
        verb in FINITE
        or verb in IRREGULAR_PAST
        or verb.endswith("ed")
        or (len(verb) > 3 and verb.isalpha() and verb.endswith("s") and not verb.endswith("ss"))
    ):
        return None  # "that the council closed": its subject comes first, a clause of its own
    if any(re.search(r"[,;:—–]$", w) or w in {"-", "--"} for w in words[opener:]):
        return None
    found = []
    for j in range(opener + 2, len(words)):
        w = words[j].lower().strip("\"”’'.!?")
        before = j - 1
        while before > opener and (
            words[before].lower().endswith("ly") or words[before].lower() in VERB_ADVERBS
        ):
            before -= 1  # "and briefly put", "and is now retired": the word before the adverb
        if (
            (w in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed")))
            and w not in NAMING_PARTICIPLES
            and words[before].lower() not in _NOT_MAIN_BEFORE
            # "killed by", "accused of"; "the black cast must end": a noun before its verb
            and not (j + 1 < len(words) and words[j + 1].lower() in PARTICIPLE_NEXT | FINITE)
        ):
            found.append(j)
        elif w in SUBORDINATORS | RELATIVE_OPENERS | SAYING:
            # "quit | after the story ended": a clause of its own after the main verb; before
            # it ("who wept as he made ...", "who said the fences failed"), no main verb is
            # read past it
            break
    return found[0] if len(found) == 1 else None


# Brackets a clause's words may open. A parse often leaves the closing one (and a "%" before it)
# off the clause: an entry then ended "... from 2011 (33%) to 2014 (61" (multinews 18) or "...
# the previous year (April 14, 1865" (multinews 105).
BRACKETS = {"(": ")", "[": "]"}
# What may stand between a clause's last word and the bracket that closes it: signs, no word.
_TO_CLOSER = re.compile(r"[^\w\s()\[\]]*[)\]]")
# A reference mark a scraped encyclopedia page leaves after a sentence ("... postconcussion
# syndrome.[12]", multinews 118): no word of the clause, and cut open by the parse ("[12").
_REFERENCE_MARK = re.compile(r"\[\d{1,3}\]?$")


def bracket_closed_end(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` taken on over the bracket that closes one it leaves open
    ("... to 2014 (61" → "... to 2014 (61%)"), or before the reference mark it ends on; ``end``
    when it leaves none open or no closer follows it."""
    mark = _REFERENCE_MARK.search(text, start, end)
    if mark is not None:
        return mark.start()
    words = text[start:end]
    left_open = [c for o, c in BRACKETS.items() if words.count(o) > words.count(c)]
    m = _TO_CLOSER.match(text, end)
    return m.end() if left_open and m is not None and m.group()[-1] in left_open else end


__all__ = [
    "BRACKETS",
    "SUBORDINATE_START",
    "bracket_closed_end",
    "has_finite_verb",
    "past_main_verb",
]
