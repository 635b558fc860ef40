"""Whether a phrase is a clause: the word-shape test of a finite verb that the headline rules
(:mod:`newsweave.text.headline`) read, apart so the headline module keeps its size (no parser:
the store titles an event without one)."""

from __future__ import annotations

import re

from newsweave.text.headline_patterns import (
    ALSO_NOUNS,
    ASIDE_OPENERS,
    CONTRACTED_SUBJECTS,
    FINITE,
    GOES_ON,
    IRREGULAR_PAST,
    MAIN_AUXILIARIES,
    NOT_BEFORE_VERB,
    NOT_VERB_S,
    NOUN_MODIFIER_ENDINGS,
    PARTICIPLE_NEXT,
    RELATIVE_OPENERS,
    SUBORDINATORS,
)

# A phrase opening this way is a subordinate clause: without the main clause after its comma
# it is not a headline ("Mere hours after Kerry Washington's camp confirmed ...").
SUBORDINATE_START = re.compile(
    r"^(?:(?:mere|just|only|barely|some|a few)\s+)?(?:\w+\s+)?(?:hours|days|weeks|minutes|"
    r"months|moments|years)\s+(?:after|before|later)\b|^every time\b|^(?:even\s+)?(?:if|when|while|"
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
    past or third-person form after its subject), outside a relative clause: "Shots rang out
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


__all__ = ["SUBORDINATE_START", "has_finite_verb"]
