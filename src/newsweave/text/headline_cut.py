"""Where a headline made from a sentence may be cut: word-shape tests of a phrase that reads as
finished (:func:`stands`), and the cuts that keep one (:func:`phrase_cut` at a phrase boundary,
:func:`ellipsis_cut` before a phrase a "…" stands for). Apart from :mod:`newsweave.text.headline`
so that module keeps to choosing and making a headline; no model, word shapes only."""

from __future__ import annotations

import re

from newsweave.text.clause import SUBORDINATE_START, has_finite_verb, past_main_verb
from newsweave.text.headline_complements import COMPLEMENTED_VERBS, PREDICATE_COMPLEMENTS
from newsweave.text.headline_patterns import (
    AFTER_OBJECT,
    ASIDE_OPENERS,
    CAUSE_OR_TIME,
    DETERMINERS,
    ELLIPSIS_OPENERS,
    EVER_PARTICIPLE,
    FINITE,
    INFINITIVE_NOUNS,
    ING_NOUNS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MAIN_AUXILIARIES,
    MODALS,
    NAMED_THINGS,
    OBJECT_CONTROL_VERBS,
    OPEN_ENDED,
    PARTICIPLE_ASIDE,
    PERSON_WORDS,
    PHRASAL_VERBS,
    PHRASE_OPENERS,
    PREP_NOUNS,
    RELATIVE_OPENERS,
    SAYING,
    SIDED_NOUNS,
    STOP,
    SUBORDINATORS,
    TARGETED_NOUNS,
    TIME_WORDS,
)

# A headline made from a sentence keeps at most this many words (its core clause).
MADE_HEADLINE_WORDS = 14
# A clause cut off at a subordinator without a comma ("... while they sleep") keeps at least
# this many words: shorter, the cut most likely fell inside the subject.
SOFT_CLAUSE_WORDS = 8
# A made headline shorter than this after cutting at a clause boundary is cut at words instead.
MIN_CLAUSE_WORDS = 6

# A word; a number with thousands separators is one ("a 9,610-vote lead"), and so are a decimal
# or a version ("$32.5 million", "iOS 5.0.1") and initials ("U.S. forces").
WORD = re.compile(r"\d{1,3}(?:,\d{3})+[\w’'-]*|\d+(?:\.\d+)+[\w’'-]*|(?:[A-Za-z]\.){2,}|[\w’'-]+")


def _phrase_breaks(openers: tuple[str, ...]) -> re.Pattern[str]:
    """Where a phrase begins: at a comma or a dash, or before one of ``openers``."""
    return re.compile(r"(?:,|\s[-–—]{1,2})\s|\s(?=(?:" + "|".join(openers) + r")\s)", re.I)


_PHRASE_START = _phrase_breaks(PHRASE_OPENERS)
_ELLIPSIS_BREAK = _phrase_breaks(ELLIPSIS_OPENERS)
_COORDINATED = re.compile(r"\s(?=(?:and|but)\s+(\w+)\s)", re.I)
_RELATIVE_CUT = re.compile(r"\s(?:who|whose|which)\s")
_REPORTING = re.compile(r"\b(?:say|says|said|reports?|reported|told|claims?|claimed)\b", re.I)
# Words that always open a relative clause: a phrase holding one stands only once the main
# verb after it has come.
_WHO = frozenset({"who", "whose", "which"})
# "That", "where", "whom" may open a relative clause; a cut this few words after one leaves
# it unfinished ("the report that the agency released").
_RELATIVE = frozenset({"that", "where", "whom"})
RELATIVE_TAIL_WORDS = 5
# Pronouns that, right after "that" on a noun, make it a relative clause on that noun's
# object ("a form of caffeine that you spray on your skin").
_OBJECT_RELATIVE_SUBJECTS = frozenset({"you", "we", "they", "he", "she", "i"})
# A verb of telling or saying a few words before "that", or a noun of what is said or
# believed right before it: then "that" opens what was told ("able to tell scientists that
# he", "confessed to officers that he", "withdrawn an earlier statement that she"), no
# relative clause.
_TOLD_BEFORE = re.compile(
    r"\b(?:tell|tells|telling|told|saying|says|say|warning|assuring|reminding|informing|"
    r"confessed|confesses|explained|explains|promised|promises|assured|informed|reminded|"
    r"convinced|wrote|writes|testified|insists|acknowledged|notified|advised|persuaded|"
    + "|".join(sorted(SAYING))
    + r")\b(?:\s+\S+){0,8}\s*$|\b(?:statement|claims?|reports?|news|fact|belief|idea|hopes?|"
    r"fears?|word|assurances?|announcement|suggestion|allegations?|rumou?rs?|evidence|signs?|"
    r"proof|notion|view|concerns?|warnings?|promises?|possibility|chance|suspicion|findings?|"
    r"conclusion|argument|assumption)\s*$",
    re.I,
)
# "That" before the word after it (:func:`phrase_cut` reads whether it opens a relative clause).
_THAT = re.compile(r"\s(?=that\s+([\w’']+))", re.I)
# Where a name given or a second thing joined begins.
_NAMED_OR_JOINED = re.compile(r"\s(?=(?:called|dubbed|named|titled|and the|and an?)\s)")
# Verbs of a claim: a clause after one may still wait for its verb.
_CLAIM = re.compile(
    r"\b(?:says?|said|suggest(?:s|ed)?|shows?|showed|finds?|found|reports?|reported|"
    r"believes?|believed|claims?|claimed|thinks?|thought)\b",
    re.I,
)
# A verb of saying or claiming and the "that" opening what was said: a clause with its verb.
_SAID_THAT = re.compile(
    r"\b(?:"
    + "|".join(sorted(SAYING))
    + r"|added|adds|argues?|says?|claims?|insists?|warns?|believes?|thinks?)\s+that\s",
    re.I,
)
# An infinitive right after a comma: the aside the comma closes sits between a verb and its
# infinitive ("asked the F.B.I. director, James B. Comey, | to shut down ..."), no cut there.
_INFINITIVE_AFTER = re.compile(
    r",\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\b"
)
# A question word opening a clause ("have shown how variants | within the GDF5 gene ... was
# favored"): a phrase ending in it must reach its verb.
_CLAUSE_WORD = re.compile(r"\s(?:how|why|whether)\s")
# An infinitive a few words before a cut ("to attend law school").
_INFINITIVE_BEFORE = re.compile(r"\bto ([a-z]+)(?: \S+){0,3}$")
# A comma between a place and its state's abbreviation, before the noun the place names ("in
# his Millis, Mass. home"): the phrase goes on.
_PLACE_GOES_ON = re.compile(r",\s[A-Z][a-z]{1,4}\.\s[a-z]")
# Where a person is from, a capitalised place after "from": with a person's noun before it
# the phrase says whom the clause speaks of.
_FROM_PLACE = re.compile(r"\sfrom\s[A-Z]")
# A preposition right before another is the verb's particle ("would be paid | for by porn
# producers"): the verb's phrase goes on.
_PARTICLE = re.compile(
    r"\s(?:" + "|".join(PHRASE_OPENERS) + r")\s+(?:" + "|".join(PHRASE_OPENERS) + r")\s", re.I
)
# A span of time that a phrase must still name ("stood by her in the years | since they were
# found guilty", "in the days | after the storm"): the span alone says nothing.
_PERIOD_END = re.compile(r"\bin the (?:hours|days|weeks|months|years|decades)$", re.I)
# Words opening an indirect question: its subject and verb end it ("why he plunged").
_QUESTION_WORDS = frozenset({"why", "how", "where", "whether"})
# Pronouns only a subject takes: a phrase never ends on one, its verb comes after it.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_ADJECTIVE_ENDINGS = ("y", "ive", "al", "ous", "ful", "ic", "able", "ible", "ish", "less", "ary")


# Words before an auxiliary that give it a subject of its own in the phrase cut off ("... in a
# town where crime was rising", "... after the vote was held", "... and he was"): then the
# auxiliary is not the verb of the words before the cut.
_OWN_SUBJECT = (
    RELATIVE_OPENERS | SUBORDINATORS | _SUBJECT_PRONOUNS | {"and", "but", "or", "it", "there"}
)
# Prepositions that go on a noun phrase: a phrase one opens may still be the subject's.
_NOUN_PREPOSITIONS = frozenset(
    {"of", "in", "on", "at", "for", "with", "from", "to", "by", "near", "over", "into"}
    | {"about", "against", "during", "under", "between", "among", "across", "through"}
)


def verb_cut_off(left: str, right: str) -> bool:
    """Whether a cut between ``left`` and ``right`` (the rest of the sentence) took the main
    verb of ``left`` away: ``left`` has no auxiliary nor verb of saying, only a word that
    reads as a verb by its shape, and ``right`` goes on with a preposition to an auxiliary
    with no subject of its own before it (:data:`_OWN_SUBJECT`), in the same clause ("The
    Homeland Security documents critiquing the response to an attack | on Super Bowl Sunday
    were marked ..."): ``left`` is the subject, a noun read as its verb ("documents")."""
    if any(w.lower().strip(",\"“”'’") in FINITE | MODALS - {"to"} for w in left.split()):
        return False
    words = re.split(r"[,;:]|\s[-–—]{1,2}\s", right, maxsplit=1)[0].split()
    if not words or words[0].lower() not in _NOUN_PREPOSITIONS:
        return False
    for w in words:
        w = w.strip("\"“”'’")
        if w.lower() in _OWN_SUBJECT:
            return False
        if w in MAIN_AUXILIARIES:  # lower case: "Will Smith" is a name
            return True
    return False


def subject_only(sentence: str, made: str) -> bool:
    """Whether a headline made from ``sentence`` is only its subject: the sentence goes on
    from the headline's last words to its main verb (:func:`verb_cut_off`), so the verb the
    headline seems to have is a noun ("The Homeland Security documents critiquing the
    response" | "were marked ...")."""
    end = " ".join(made.rstrip("…").split()[-2:])
    at = sentence.find(end) if end else -1
    return at >= 0 and verb_cut_off(made, sentence[at + len(end) :])


def ellipsis_cut(s: str) -> str:
    """``s`` cut, for a headline ending in "…", before the last phrase that would take it past
    :data:`MADE_HEADLINE_WORDS` words (a preposition, "that", "to", a comma, an adverb that
    goes on: :data:`_ELLIPSIS_BREAK`), so the cut ends on what a phrase can end on ("decrying
    the agency's decision…", not "decrying the agency's decision to sign a $50…"); ``""`` when
    no such boundary leaves a clause of :data:`MIN_CLAUSE_WORDS` words with its own verb, nor
    one inside a relative clause (whose verb may be all the clause has)."""
    cuts = []
    for m in _ELLIPSIS_BREAK.finditer(s):
        left = s[: m.start()].rstrip(" ,;:–—-")
        words = left.split()
        if not MIN_CLAUSE_WORDS <= len(WORD.findall(left)) <= MADE_HEADLINE_WORDS:
            continue
        last = words[-1].lower().strip("\"“”'’")
        if last in STOP or last in OPEN_ENDED or last in DETERMINERS or last in FINITE:
            continue
        if last in _SUBJECT_PRONOUNS:
            continue  # "... when she…"
        if past_verb(last) or _REPORTING.fullmatch(last) or last.endswith("ing"):
            continue  # "said…", "revealed…", "accused…": the verb's object is what was cut
        before = words[-2].lower() if len(words) > 1 else ""
        if before in MODALS or (last in TIME_WORDS and _REPORTING.fullmatch(before)):
            continue  # "would move…", "said Thursday…"
        if quotation(left) or not has_finite_verb(left):
            continue
        if any(w.lower() in {"who", "whose", "which"} for w in words[1:]):
            continue  # "The bakery owners who ignited a controversy…": the main verb is cut
        cuts.append(left)
    return max(cuts, key=len) if cuts else ""


_AFTER_OBJECT = re.compile(AFTER_OBJECT)
# Words opening a phrase: a noun phrase after one is that phrase's, not the verb's object.
_PHRASE_WORDS = frozenset(w for w in PHRASE_OPENERS if " " not in w)
# Words before a noun phrase that "to" goes on from ("as a ship | to ...", "from a tenth | to a
# quarter"): the phrase is no object of the clause's verb.
_NOT_AN_OBJECT = frozenset({"as", "from", "between", "due", "according", "than"})
# Words before a noun phrase that make it the subject of a clause reported, not an object
# ("said a North Korean threat | to sink Japan with a nuclear bomb is ...").
_REPORTED_SUBJECT = frozenset({"said", "says", "say", "that"})
# An object's noun phrase: a determiner and at most this many words after it, the last its noun.
OBJECT_WORDS = 3


def object_cut(s: str) -> str:
    """``s`` cut after its object, before an infinitive of purpose or a participle that
    describes the object (:data:`AFTER_OBJECT`: "James Cook University scientists have helped
    invent a clever technique | to tell black leopards apart"), so a headline that would end
    in "…" ends on a finished clause; ``""`` when no such cut keeps :data:`MIN_CLAUSE_WORDS` to
    :data:`MADE_HEADLINE_WORDS` words. The object is a determiner and a noun at most
    :data:`OBJECT_WORDS` words on (or a name in capitals all the way: "the Ice Age"), not a
    noun the infinitive completes (:data:`INFINITIVE_NOUNS`: "found a way | to"), after no verb
    that an infinitive completes (:data:`OBJECT_CONTROL_VERBS`: "allowed defendants | to
    show")."""
    cuts = []
    for m in _AFTER_OBJECT.finditer(s):
        left = s[: m.start()]
        words = left.split()
        if not MIN_CLAUSE_WORDS <= len(WORD.findall(left)) <= MADE_HEADLINE_WORDS:
            continue
        last = words[-1]
        if last in INFINITIVE_NOUNS or not (last.isalpha() and (last.islower() or last.istitle())):
            continue
        if last in STOP or last in OPEN_ENDED or last in DETERMINERS or last in FINITE:
            continue
        if last.endswith(("ly", "ing", *_ADJECTIVE_ENDINGS)) or past_verb(last):
            continue
        at = range(max(1, len(words) - 1 - OBJECT_WORDS), len(words) - 1)
        det = [i for i in at if words[i].lower() in DETERMINERS]
        if not det:
            continue
        before = words[det[-1] - 1].lower()
        if before in _REPORTED_SUBJECT:
            continue  # "said a North Korean threat | to sink Japan ... is": a clause's subject
        if before in _NOT_AN_OBJECT or (
            before in STOP | _PHRASE_WORDS and not s.startswith("to ", m.end())
        ):
            # "branded the program as a broadcast | riddled with ...": not its object; a
            # phrase after it with "to" is ("encouraged by the federal response | to the ...")
            continue
        if last.istitle() and not all(w.istitle() for w in words[det[-1] + 1 :]):
            continue  # a name is the object only whole ("in the Ice Age | to help protect")
        if any(w.endswith("ly") for w in words[det[-1] + 1 :]):
            continue  # "the period immediately prior | to": an adverb's word, not a noun
        if any(
            w.lower().strip(",") in OBJECT_CONTROL_VERBS and nxt != "by"  # "encouraged by"
            for w, nxt in zip(words, [*words[1:], ""], strict=True)
        ):
            continue
        if complement_left_open(left, s[m.start() :]):
            continue  # "compared the debate | to a circus"
        if has_finite_verb(left) and stands(left) and not quotation(left):
            cuts.append(left)
    return max(cuts, key=len) if cuts else ""


def phrase_cut(s: str) -> str:
    """``s`` cut at its last phrase boundary that keeps at most :data:`MADE_HEADLINE_WORDS`
    words: a comma or dash, or the start of a prepositional or subordinate phrase ("... in
    Ohio", "... after the vote"), so the clause before it stands on its own without "…";
    ``s`` itself when no boundary leaves a clause of :data:`SOFT_CLAUSE_WORDS` words."""
    best = None
    # a verb phrase joined to the first ("escaped from his carrier | and disappeared into ...")
    # or to an infinitive ("borrowed a small fortune to attend law school | and pursue ...")
    joined = [
        m
        for m in _COORDINATED.finditer(s)
        if past_verb(m[1])
        or (
            m[1].isalpha()
            and m[1].islower()
            and m[1] not in STOP | DETERMINERS
            and not m[1].endswith(_ADJECTIVE_ENDINGS)
            and (to := _INFINITIVE_BEFORE.search(s, 0, m.start()))
            and not to[1].endswith(_ADJECTIVE_ENDINGS)  # "related to emotional | and ..."
        )
    ]
    # a relative clause opened by "that" ("a violent altercation | that left three people
    # stabbed"): the verb comes right after it, or a pronoun as its subject ("a form of
    # caffeine | that you spray on your skin"); and the word before is no verb whose object
    # "that" would open ("said that was wrong", "found that they")
    relatives = [
        m
        for m in _THAT.finditer(s)
        if (
            m[1].lower() in FINITE
            or past_verb(m[1])
            or (
                m[1].lower() in _OBJECT_RELATIVE_SUBJECTS
                and not _TOLD_BEFORE.search(s, 0, m.start())
                and s[: m.start()].split()[-1].lower() not in TIME_WORDS
            )
        )
        and not _takes_that(s[: m.start()].split()[-1])
    ]
    # a name given or a second thing joined, after a clause with its verb ("participated in an
    # annual exercise | called Key Resolve", "led to the arrest of two men | and the seizure
    # of ...")
    named = [
        m
        for m in _NAMED_OR_JOINED.finditer(s)
        # not after a claim, whose clause may not have its verb yet ("Research suggests the
        # ratio of X | and the ..."), nor inside "what police | called ..."
        if has_finite_verb(s[: m.start()])
        and not _CLAIM.search(s[: m.start()])
        and not re.search(r"\bwhat \S+$", s[: m.start()])
    ]
    breaks = [*_PHRASE_START.finditer(s), *joined, *relatives, *named]
    for m in sorted(breaks, key=lambda m: m.start()):
        left = s[: m.start()].rstrip(" ,;:")
        # not inside what someone said ("Police say a teacher | who ...")
        relative = _RELATIVE_CUT.match(s, m.start()) and not _REPORTING.search(left)
        if (
            (SOFT_CLAUSE_WORDS if not relative else MIN_CLAUSE_WORDS)
            <= len(WORD.findall(left))
            <= MADE_HEADLINE_WORDS
            and stands(left)
            and not (s[m.start()] == " " and _inside_name(left, s[m.end() :]))
            and not _waits_for_noun(left, s[m.start() :])
            and not verb_left_open(left, s[m.start() :])
            and not _PLACE_GOES_ON.match(s, m.start())
            and not _PARTICLE.match(s, m.start())
            and not side_left_open(left, s[m.start() :])  # "filed a suit | against Tesla"
            and not (s[m.start()] == "," and _INFINITIVE_AFTER.match(s, m.start()))
            and not complement_left_open(left, s[m.start() :])
            # whom a person is: "picking the Republican governor | from Nevada"
            and not (_FROM_PLACE.match(s, m.start()) and left.split()[-1].lower() in PERSON_WORDS)
        ):
            best = left
    return best or s


# A verb of :data:`COMPLEMENTED_VERBS` and the phrase completing it, compiled.
_COMPLEMENTS = tuple(
    (re.compile(rf"\b(?:{verb})\b", re.I), re.compile(rf"\b(?:{prep})\b", re.I))
    for verb, prep in COMPLEMENTED_VERBS
)
# A predicate's word of :data:`PREDICATE_COMPLEMENTS` and the preposition it needs, compiled.
_PREDICATES = tuple(
    (re.compile(word), re.compile(rf"(?:{prep})\b", re.I)) for word, prep in PREDICATE_COMPLEMENTS
)
# A verb of judging and its object at the end of a cut: the judgement (an adjective, "valid",
# "a threat") comes after it, and a cut there turns "did not consider the order valid" into
# "did not consider the order".
_JUDGED_OBJECT = re.compile(
    r"\b(?:consider|considers|considered|deem|deems|deemed)\s+(?:the|a|an|his|her|their|its|"
    r"this|that|these|those|it|them|him)\b(?:\s+[\w’'-]+){0,4}$",
    re.I,
)
# Where the clause a cut falls in ends: a full stop, a semicolon, a dash.
_CLAUSE_STOP = re.compile(r"[.;!?](?:\s|$)|\s[-–—]{1,2}\s")
# The words after a cut a completing phrase is looked for in: past an aside on the object
# ("contrasted the debate | , which was widely criticized by conservatives as
# unprofessional, with ..."), not into the next clause.
COMPLEMENT_WORDS = 12
# A second verb phrase joined where a cut falls: what follows is that verb's, not the first's.
_JOINED_AT_CUT = re.compile(r"\s*,?\s+(?:and|but)\s+[a-z]+(?:s|ed)\s")
# Words right after a verb that are its particle, not its object.
_PARTICLES = frozenset({"back", "around", "away", "out", "up", "down", "off", "over", "about"})


def complement_left_open(left: str, right: str) -> bool:
    """Whether a cut between ``left`` and ``right`` (the rest of the sentence) parts a verb
    and its object from the phrase that completes them (:data:`COMPLEMENTED_VERBS`): ``left``
    holds the verb with an object after it (a particle is none: "turned back | into the
    storm") but not the phrase's opening word, and ``right`` has that word within
    :data:`COMPLEMENT_WORDS` words of the same clause, past an aside but not straight after a
    comma ("A Kyoto University group has found a way to turn mouse ES cells | into sperm
    precursor cells"; not "the study compared 83 ads | , with one reported as ..."); or
    parts a verb of judging and its object from the judgement (:data:`_JUDGED_OBJECT`)."""
    if _JUDGED_OBJECT.search(left) and not right.lstrip().startswith((".", ";")):
        return True  # "did not consider the restraining order | , dated ..., valid"
    last = left.split()[-1].lower() if left.split() else ""
    if any(p.fullmatch(last) and needs.match(right.lstrip()) for p, needs in _PREDICATES):
        return True  # "a teacher was obsessed | with one of her students"
    ahead = " ".join(_CLAUSE_STOP.split(right, maxsplit=1)[0].split()[:COMPLEMENT_WORDS])
    for verb, phrase in _COMPLEMENTS:
        found = list(verb.finditer(left))
        if not found:
            continue
        rest = left[found[-1].end() :].split()
        if (
            rest
            and rest[0].lower() not in _PARTICLES  # "turned back | into the storm": no object
            and not phrase.search(" ".join(rest))
            and phrase.search(ahead)
            # ", with Spread reported as ...": a phrase of its own after the clause, not the
            # verb's ("compared 83 advertisements | , with")
            and not re.match(rf"\s*,\s*(?:{phrase.pattern})", right, re.I)
            # nor the phrase of a second verb joined at the cut ("describes the longest tail
            # ever found | and identifies it as a titanosaur")
            and not _JOINED_AT_CUT.match(right)
        ):
            return True
    return False


def side_left_open(left: str, right: str) -> bool:
    """Whether a cut between ``left`` and ``right`` parts an action from the side it is taken
    against (:data:`SIDED_NOUNS`: "filed a suit | against Tesla") or a measure from whom it
    targets (:data:`TARGETED_NOUNS`: "increasing the pressure | on state police")."""
    last = left.split()[-1].lower().strip(",;:\"“”'’") if left.split() else ""
    after = right.lstrip()
    return (after.startswith("against ") and last in SIDED_NOUNS) or (
        after.startswith("on ") and last in TARGETED_NOUNS
    )


def _takes_that(word: str) -> bool:
    """Whether ``word`` before "that" is one whose object or clause "that" opens: a verb
    ("said", "found", "is"), or "so", "such", "now"."""
    w = word.lower().strip(",;:\"“”'’")
    return (
        not w.isalpha()
        or w in FINITE
        or w in OPEN_ENDED
        or w in {"so", "now", "given"}
        or past_verb(w)
        or bool(_REPORTING.fullmatch(w))
    )


# A word and the "that" after it (:func:`that_left_open` reads whether "that" opens its clause).
_THAT_AFTER = re.compile(r"(\S+)\s+that\s", re.I)


def that_left_open(phrase: str) -> bool:
    """Whether ``phrase`` ends inside the clause a verb's "that" opens, before that clause's
    verb ("Opponents have predicted that the law | — which prohibits ... — would stifle free
    speech"): what was predicted is cut off, and the phrase reads whole only by its shape."""
    opened = list(_THAT_AFTER.finditer(phrase))
    return (
        bool(opened)
        and _takes_that(opened[-1][1])
        and not has_finite_verb(phrase[opened[-1].end() :])
    )


def _inside_name(left: str, right: str) -> bool:
    """Whether a cut before a preposition (``right`` starts with it) falls inside a name:
    a capitalised word before it, and after it one capitalised word that a common noun
    continues ("Scientific American Science | in Action award"). Not a day or month ("...
    Superior Court | on Tuesday"), nor a place that ends the phrase ("Hospital | in Paris,")."""
    before = left.split()[-1:]
    after = right.split()[1:4]  # past the preposition
    if not before or not before[0][:1].isupper() or len(left.split()) < 2:
        return False
    if right.split()[0].lower() in CAUSE_OR_TIME | {"as"}:
        return False  # no name goes on with "as" or "after": "... Martha McSally | as Arizona's"
    if before[0].lower().strip(",.;:") in TIME_WORDS:
        return False
    if after[:1] and after[0].lower() in {"the", "a", "an"}:
        after = after[1:]
    if len(after) < 2 or not after[0][:1].isupper() or after[0][-1:] in ",.;:":
        return False
    if after[0].lower() in TIME_WORDS:
        return False  # "... Troy Tulowitzki | on Saturday night"
    nxt = after[1]
    if nxt.strip(",.;:") in NAMED_THINGS:
        return True  # "Science in Action Award", "Court of Appeals Building"
    return nxt.isalpha() and nxt.islower() and nxt not in STOP


def verb_left_open(left: str, right: str) -> bool:
    """Whether ``left`` ends on an active verb in the past whose phrase the cut takes away
    ("... and fell | into a coma", "actively participated | in", "a webcam located | in"):
    not after "was" or "has" ("was killed | in a crash", "has died | in Las Vegas"), nor
    before a phrase of time ("closed | on Monday"). A verb of saying always waits for what
    was said ("revealed | on Monday that ...", "were told | on Tuesday to leave")."""
    words = left.split()
    if words[-1].lower() in SAYING:
        return True
    if not past_verb(words[-1]):
        return False
    if len(words) > 1 and words[-2].lower() in FINITE | {"been", "be", "being", "not"}:
        return False
    if (
        len(words) > 2
        and words[-3].lower() in _QUESTION_WORDS
        and words[-2].lower() in _SUBJECT_PRONOUNS
    ):
        return False  # "still don't know why he plunged | from the bridge": the question is whole
    opener = right.lstrip(" ,;:-–—").split()[:1]
    if opener and opener[0].lower() in CAUSE_OR_TIME:
        return False  # "had both legs amputated | due to an infection": the verb's phrase is whole
    after = right.lstrip(" ,;:-–—").split()[1:3]
    if after and after[0].lower() in {"the", "a", "an"}:
        after = after[1:]
    return not right.lstrip().startswith((",", "-", "–", "—")) and not (
        after and after[0].lower().strip(",.;:") in TIME_WORDS
    )


_PARTICIPLE_ASIDE = re.compile(PARTICIPLE_ASIDE)
_EVER_PARTICIPLE = re.compile(EVER_PARTICIPLE)


def without_participle_aside(s: str) -> str:
    """``s`` without a participle phrase between commas after its subject (:data:`PARTICIPLE_ASIDE`:
    "The largest dinosaur foot ever found, belonging to one of ..., surely deserves ..." ->
    "The largest dinosaur foot ever found surely deserves ..."): it describes the subject, the
    verb after it is the news. Kept when the words before it are a clause already (then the
    phrase goes on with what happened: "A storm hit the coast, killing two people, ..."), but
    not when an auxiliary follows the phrase (it has no subject but the one before: "The bodies
    of two climbers, found in Tibet ..., | have been left") nor after an "including" phrase
    ("Dozens of planes carrying celebrities, including X, | flew"): the word-shape test of a
    verb can read a plural noun in the subject as one. An "including" phrase goes only when
    it names someone (an example of the subject); one that counts a share of it ("including
    two cadets") is kept. A phrase opened by a past form that may be the verb itself ("left",
    "found") goes only before an auxiliary ("A snowstorm that was sweeping ..., left eight
    people dead, | clogged ...")."""
    m = _PARTICIPLE_ASIDE.match(s)
    if not m:
        return s
    verb, opener = m[2], s[len(m[1]) + 2 :].split(None, 1)[0]
    aside = s[len(m[1]) : m.end()]
    if opener == "including" and not re.search(r"\s[A-Z]", aside):
        return s  # "Nine sailors, including two cadets, were": a share of the subject, kept
    if (
        verb not in MAIN_AUXILIARIES
        and opener != "including"
        and has_finite_verb(_EVER_PARTICIPLE.sub("", m[1]))
    ):
        return s
    if opener in IRREGULAR_PAST - IRREGULAR_PARTICIPLES and verb not in MAIN_AUXILIARIES:
        return s
    if not (verb in FINITE or past_verb(verb) or (verb.endswith("s") and not verb.endswith("ss"))):
        return s  # "..., enticing male tourists to come in, | come in, sit down": no verb
    return f"{m[1]} {s[m.end() :]}"


def name_left_open(left: str, right: str) -> bool:
    """Whether a cut between ``left`` and ``right`` falls inside a name or a title and its
    name ("criticizing House Oversight Committee | Chairman Darrell Issa", "introduced with iOS
    | 5"), or after a participle whose object it took ("Democrats criticizing | House ..."):
    a headline cut there names no one whole."""
    words, after = left.split(), right.split()[:1]
    last = words[-1].strip("\"“”'’,;:") if words else ""
    if last.lower().endswith("ing") and len(last) > 4 and last.lower() not in ING_NOUNS:
        return True
    return (
        len(words) > 1
        and bool(after)
        and last[:1].isupper()
        and (after[0][:1].isupper() or after[0][:1].isdigit())
        and after[0].lower().strip(",.;:") not in TIME_WORDS
    )


def modifier_left_open(left: str, right: str) -> bool:
    """Whether ``left`` ends on a modifier whose noun comes after the cut, joined to another
    modifier (``right``: "could provide a fast | and efficient method"): a determiner before
    its last word, then "and" or "or" and two more words of the same phrase."""
    words, after = left.split(), right.split()[:3]
    return (
        len(words) > 1
        and words[-2].lower() in DETERMINERS
        and len(after) == 3
        and after[0].lower() in {"and", "or"}
        and all(w.isalpha() and w.islower() and w not in STOP | DETERMINERS for w in after[1:])
    )


def past_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb in the past ("fell", "disappeared")."""
    word = word.lower()
    return word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def _waits_for_noun(left: str, right: str) -> bool:
    """Whether ``left`` ends on a modifier whose noun comes after the cut: a determiner and
    one word before a comma that goes on in lower case ("fans clamor for the saucy | ,
    vaguely pork-y delicacy")."""
    words = left.split()
    if len(words) < 2 or words[-2].lower() not in DETERMINERS:
        return False
    if not words[-1].islower() or not words[-1].endswith(_ADJECTIVE_ENDINGS):
        return False
    rest = right.lstrip()
    if not rest.startswith(","):
        return False
    nxt = rest[1:].split()[:1]
    return bool(nxt) and nxt[0][:1].islower() and nxt[0].lower() not in ASIDE_OPENERS


def stands(phrase: str) -> bool:
    """Whether a cut phrase reads as finished: it ends on a word that needs nothing after it
    (not "of the", "was", "huddling", "whose body was found"), with its quotes, brackets and
    dashed asides closed, and not on a lone word after a comma ("..., left")."""
    words = phrase.split()
    if "," not in phrase and (
        words[0].lower().endswith(("ed", "ing")) or words[0].lower() in SUBORDINATORS
    ):
        return False  # "Faced with a flood of ...", "If Assad has really ...": no main clause
    if SUBORDINATE_START.match(phrase) and "," not in phrase:
        return False  # "Mere hours after X confirmed Y": the main clause is after the comma
    last = words[-1].lower().strip("\"“”'’")
    # a quotation closed on it ends the phrase ('to fortify borders “even more”'): the words
    # quoted are whole as said
    if words[-1].endswith(("”", '"')):
        last = ""
    if last in STOP or last in OPEN_ENDED or (last.endswith("ing") and last not in ING_NOUNS):
        return False
    if len(words) > 1 and words[-2].lower() == "to" and last in PHRASAL_VERBS:
        return False  # "asked the FBI to turn | over the memos": the particle is cut
    if " not only " in f" {phrase.lower()} " and " but " not in phrase:
        return False  # "Europa not only has a massive ocean | but ...": the pair is cut
    if last in DETERMINERS:  # "... communicate more in those | who develop chronic pain"
        return False
    if last in _SUBJECT_PRONOUNS:
        return False  # "... expected no trouble when she": the pronoun's verb was cut
    if phrase.count("“") != phrase.count("”") or phrase.count('"') % 2 or "(" in phrase:
        return False
    if len(re.findall(r"\s[-–—]{1,2}\s|--", phrase)) % 2:
        return False  # "A former officer — indicted last week": the aside is still open
    if len(words) > 1 and words[-2].lower() in {"in", "on", "at"} and last in PREP_NOUNS:
        return False  # "in connection" (with ...)
    if _PERIOD_END.search(phrase):
        return False  # "in the years" (since ...)
    if "," in phrase:
        segment = phrase.rsplit(",", 1)[1].split()
        if len(segment) < 3 or segment[0].lower() in ASIDE_OPENERS:
            return False  # "..., left" / "X, the minority leader" / "X, in this photograph"
    relatives = [i for i, w in enumerate(words) if re.split(r"['’]", w.lower())[0] in _WHO]
    if relatives and not (
        len(relatives) == 1
        and not has_finite_verb(" ".join(words[: relatives[0]]))
        and past_main_verb(words, relatives[0]) is not None
    ):
        # "The man who shot a teenager": the main verb may not have come yet; it has after a
        # clause on the subject ("A gene mutation which raises the risk of gout | evolved in
        # the Ice Age"), not after one on the object ("is sued by deckhands who say ...")
        return False
    for opened in (_SAID_THAT.search(phrase), _CLAUSE_WORD.search(phrase)):
        if opened and not has_finite_verb(phrase[opened.end() :]):
            return False  # "Mr. Oppenheim added that the day before the trip": its verb is cut
    relative = [i for i, w in enumerate(words) if w.lower() in _RELATIVE]
    return not relative or len(words) - relative[-1] > RELATIVE_TAIL_WORDS


def quotation(made: str) -> bool:
    """Whether a made headline is a quotation or leaves one open."""
    return made[:1] in "\"“‘'" or made.count("“") != made.count("”") or made.count('"') % 2 == 1


__all__ = [
    "MADE_HEADLINE_WORDS",
    "MIN_CLAUSE_WORDS",
    "SOFT_CLAUSE_WORDS",
    "WORD",
    "complement_left_open",
    "ellipsis_cut",
    "modifier_left_open",
    "name_left_open",
    "object_cut",
    "past_verb",
    "phrase_cut",
    "quotation",
    "side_left_open",
    "stands",
    "subject_only",
    "that_left_open",
    "verb_cut_off",
    "verb_left_open",
    "without_participle_aside",
]
