"""A headline made from one sentence: its core clause (:func:`headline_from_sentence`), and
whether what is made reads as a headline (:func:`reads_as_headline`).

Apart from :mod:`newsweave.text.headline`, which chooses an event's headline among the
outlets' titles and the members' offers, so each module keeps its size; the word-shape cuts
it applies are in :mod:`newsweave.text.headline_cut`. Pure text, no model.
"""

from __future__ import annotations

import re

from newsweave.text.clause import SUBORDINATE_START, has_finite_verb
from newsweave.text.headline_asides import (
    without_asides,
    without_relative,
    without_subject_adjunct,
    without_subject_participle,
    without_subject_past_participle,
    without_time_opener,
)
from newsweave.text.headline_cut import (
    MADE_HEADLINE_WORDS,
    MIN_CLAUSE_WORDS,
    SOFT_CLAUSE_WORDS,
    WORD,
    complement_left_open,
    ellipsis_cut,
    modifier_left_open,
    name_left_open,
    object_cut,
    phrase_cut,
    quotation,
    side_left_open,
    stands,
    that_left_open,
    verb_cut_off,
    verb_left_open,
)
from newsweave.text.headline_patterns import (
    ABBREVIATIONS,
    DATELINES,
    DETERMINERS,
    DISAGREEING_SUBJECT,
    DROPPABLE,
    EVER_PARTICIPLE,
    FINDING_FRAME,
    FINITE,
    HANGING_WORDS,
    HEDGE,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    LEADING_CLAUSE,
    MAIN_AUXILIARIES,
    MODALS,
    NOT_A_LEAD,
    OPEN_ENDED,
    PERSON_WORDS,
    PHRASE_OPENERS,
    RELATIVE_OPENERS,
    SAYING,
    STOP,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TAIL,
)

# A headline past this many words is a lead sentence, a caption or a quote, not a headline.
MAX_HEADLINE_WORDS = 16
# Fewer words than this is a label ("Features", "About this Site"), not a headline.
MIN_HEADLINE_WORDS = 3

DATELINE = re.compile("^(?:" + "|".join(f"(?:{p})" for p in DATELINES) + ")")
_TAIL = re.compile(TAIL, re.I)
# Subordinate clauses without a comma, and participles of saying ("sued by a company |
# claiming it is owed $27,000"), cut when a sentence is still too long.
_SOFT_BREAK = re.compile(
    r"\s(?:because|after|before|while|amid|despite|following|since|saying|claiming|alleging|"
    r"although|though|until|unless|so that|in order to|even (?:when|if|though|as))\b",
    re.I,
)


# An aside in brackets ("Sen. Marco Rubio (R-Fla.) on Sunday"): never the news.
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# A sentence adverb left at the end of a clause ("..., however"): it leans on what came before.
_CONTRAST_TAIL = re.compile(r",\s+(?:however|though|too|then|meanwhile)$", re.I)
# A closing "here" after a verb's phrase: the dateline's place, which a headline does not
# carry ("actively participated in rescue efforts here"); not what is here ("Spring is here").
# Only where the sentence dates it (:data:`_HERE_DATED`: "here last week after ..."): "click here",
# "what happened here" point at the page or the scene, and are kept.
_HERE_DATED = re.compile(
    r"\shere,?\s+(?:last|this|on|early|late|earlier|yesterday|today|tonight|after|before|"
    r"when|as|since|following|during|amid)\b",
    re.I,
)
_HERE_TAIL = re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen),?\s+here$")
# A lead's opening article set in capitals ("THE identity of Jack The Ripper ..."): a print
# style, not a name.
_CAPS_ARTICLE = re.compile(r"^(?:THE|AN)(?= [A-Za-z])")
# An opening adverbial phrase before the subject ("In what will be a bittersweet …, ", "In a
# new study of 103 male patients diagnosed with ... and 100 matched healthy male individuals,
# "); "one" only of a time ("One day after ..."): "One glass of wine a day raises the risk
# of breast cancer, while ..." is a subject.
_OPENING = re.compile(
    r"^(?:in|on|at|after|before|following|as|when|while|despite|amid|with|for|since|during|"
    r"one (?=(?:day|night|morning|afternoon|evening|week|month|year|hour|time)s?\b)|of|to|"
    r"like|unlike|by|under|from)\b[^,;]{0,120},\s+",
    re.I,
)
_LEADING_CLAUSE = re.compile(LEADING_CLAUSE, re.I)
# What follows a comma that is no subject: a relative word or a participle and its phrase
# ("..., who was invited", "..., held at a performance art space"; not "ruling Law & Justice
# party leader ..."): the comma closed no opening phrase.
_NO_SUBJECT_AFTER = re.compile(
    r"(?:who|whose|which|where)\b|(?:[a-z]+ed|held|built|made|known|seen)\s+(?:at|in|on|by|for|"
    r"from|with|as)\b"
)
# An opening phrase up to its comma, and its first word.
_PHRASE_TO_COMMA = re.compile(r"^([A-Z][a-z]+)\b[^,;]{0,90},\s+")
# Where a long sentence may be cut to its core clause.
# (A comma a closing quote follows ends the clause as well: 'had "more autonomy," | which
# made it easier ...'; the cut keeps the quote and :func:`_unstopped` drops its comma.)
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:]\s|\s[-–—]{1,2}\s|(?:,|(?<=,[”\"]))\s(?:which|who|"
    r"where|while|after|before|as|but|and|although|though|because|since|when|amid|despite|"
    r"in a|saying|according)\b)",
    re.I,
)
# A dash set without spaces between two words.
_GLUED_DASH = re.compile(r"(?<=\w)(?:--|—)(?=\w)")
# A lead that cannot stand as a headline: a quote, a pronoun without its referent, a share
# of ones named before ("Of the 12 arrested, seven ...", "Both mushers said"), a transcript
# speaker's label, an aside in brackets (not a wire's "(CNN)"), a numbered list's item.
DEPENDENT = re.compile(
    r"^(?:[\"“‘']|(?:he|she|they|it|this|that|these|those|we|i|you|his|her|their|its|both)\b|"
    r"of (?:the|those|these|them)\b|[A-Z]+:|\((?![^()]{1,40}\))|"  # "(This is not to be ..."
    r"\d{1,2}\)\s)",  # a list's item: "1) Qua speech, it was excellent"
    re.I,
)


# A subordinate clause opened after "that" whose main clause the cut took away ("said in the
# interview that when her conversations began last summer | , she ...").
_OPEN_SUBORDINATE = re.compile(
    r"\bthat (?:" + "|".join(sorted(SUBORDINATORS)) + r")\b(?![^,]*,)", re.I
)
# A sentence that ends inside its closing quote, with the next one glued to it ("... as only
# “Delegate S.P.” But Democrat ..."): no clause of its own.
_QUOTE_ENDS_SENTENCE = re.compile(r"[.!?][”\"]\s")
# A person's role of two words or more in title case before their full name and its verb,
# opening a sentence ("Former Senate Majority Leader | Bob Dole says ...", "Democratic
# Congresswoman | Jackie Speier used ..."): the name says who, so the role is the last step a
# headline leaves out, and only to let a clause of MAX_HEADLINE_WORDS end whole
# (:func:`headline_from_sentence`). A title of one word ("Mayor Ann Lee") costs a headline
# little and says who she is: it stays.
_ROLE_BEFORE_NAME = re.compile(
    r"^(?:[A-Z][a-z]+ ){1,3}(?:Leader|Congresswoman|Congressman|Senator|Sen\.|Representative|"
    r"Rep\.|Governor|Gov\.|Mayor|President|Secretary|Minister|Chairman|Chairwoman|Speaker) "
    r"(?=[A-Z][a-z]+ [A-Z][a-z]+ [a-z])"
)
_DROPPABLE = (
    *(tuple(re.compile(p) for p in step) for step in DROPPABLE),
    (_ROLE_BEFORE_NAME,),
)
# The last steps of :data:`_DROPPABLE`, taken only for a clause of MAX_HEADLINE_WORDS and never
# to undo a phrase cut: an opening "A" before a name, a role before a name.
LONGER_ONLY_STEPS = 2
# Words a headline cut at its word count cannot end on: they wait for what follows them.
_HANGING = STOP | FINITE | MODALS | OPEN_ENDED | DETERMINERS | SUBORDINATORS | HANGING_WORDS


def headline_from_sentence(sentence: str) -> str:
    """A headline made from a sentence: its core clause, at most :data:`MADE_HEADLINE_WORDS`
    words, never cut inside a word, without the closing attribution or full stop.

    When the clause would be cut with "…", the words a headline can lose (:data:`DROPPABLE`:
    a time adverb, the "that" of reported speech, an age, a home town, an "A" before a name;
    never "The" before the subject's noun)
    are left out step by step, and the first step after which the clause ends whole is
    taken: a reader gets a finished clause rather than one broken off for a date. Only a
    clause that reads as a headline is tightened, and only into one that opens as it did
    (a dropped word must not let an opening phrase be taken for the subject's aside). When
    no step ends it whole, the same is tried again with a whole clause of up to
    :data:`MAX_HEADLINE_WORDS` words let stand: it tells more than one cut with "…" ("A man
    has been able to tell scientists that he is not in any pain", not "... scientists…").
    The same is tried for a clause cut at a phrase the clause needs (:data:`_NEEDED_PHRASE`:
    "Gingrich on Sunday had some choice words | for President Barack Obama", "a plea for
    clemency | from Adolf Eichmann"), taken only when
    the whole clause tells more than a time. A clause cut inside its subject is made again
    without the subject's relative clause, phrase of time or participle phrase
    (:func:`~newsweave.text.headline_asides.without_subject_adjunct`), and one still cut with
    "…" gives way to what its finding's frame reports, when that is whole
    (:func:`_what_was_found`). A claim the writer disowns keeps its hedge
    (:func:`_hedged_headline`)."""
    hedged = _HEDGE.search(sentence)
    if hedged:
        return _hedged_headline(sentence, hedged)
    made = _core_clause(sentence)
    lean = without_subject_participle(without_subject_adjunct(without_relative(sentence)))
    if not has_finite_verb(made) and lean != sentence:
        # cut inside its subject, before the verb: without the subject's relative clause,
        # phrase of time or participle phrase, the clause may reach its verb ("The woman who
        # is alleging that ... | says ...", "Exposure to light during the night | before a
        # trip", "Investigators seeking the cause of a crash that killed X |,
        # his wife and ...")
        sentence, made = lean, _core_clause(lean)
    # cut at a phrase rather than with "…", before what the clause needs: whom or what for
    # ("had some choice words | for President Barack Obama"), the purpose ("invent a clever
    # technique | to tell …"), the second verb ("escaped from his carrier | and disappeared …")
    at = sentence.find(made)
    phrase_cut = (
        not made.endswith("…")
        and at >= 0
        and _NEEDED_PHRASE.match(sentence, at + len(made)) is not None
        and made != _core_clause(sentence, phrases=False)
    )
    if not (made.endswith("…") or phrase_cut) or not reads_as_headline(made):
        return (made.endswith("…") and _what_was_found(sentence)) or made
    opening = {w.lower() for w in made.split()[:2]}
    # a phrase cut is undone only by a whole clause that tells more than a time ("… jerseys |
    # on Saturday night"), and not by leaving out an opening "A" or a role before a name
    told = _told_words(made) if phrase_cut else -1
    steps = len(_DROPPABLE) - LONGER_ONLY_STEPS if phrase_cut else len(_DROPPABLE)
    # (-1: no word left out, tried again only for the longer clause)
    for whole_words, first in ((MADE_HEADLINE_WORDS, 0), (MAX_HEADLINE_WORDS, -1)):
        # an opening "A" goes only for the longer clause: a clause of the shorter length
        # keeps it ("A Baltimore defense attorney was arraigned Wednesday ...")
        shorter = whole_words == MADE_HEADLINE_WORDS
        for last in range(
            first, min(steps, len(_DROPPABLE) - LONGER_ONLY_STEPS) if shorter else steps
        ):
            # a relative clause goes first: the day it leaves may mark where it ends ("The
            # owners who ignited a controversy ... | on Monday quietly paid")
            # and a phrase of time inside the subject ("Exposure to light | during the night
            # before a trip | could help ...", :func:`without_subject_adjunct`)
            # (its opening "Now" gone first: "Now a Kyoto University group" -> "Kyoto ...")
            tight = (
                without_subject_adjunct(
                    without_relative(without_time_opener(_BRACKETED.sub("", sentence)))
                )
                if last >= 0
                else sentence
            )
            # later steps first: a home town dropped frees the time adverb after it ("A man
            # from Bergen, Norway, recently had")
            for drop in (p for step in reversed(_DROPPABLE[: last + 1]) for p in step):
                tight = " ".join(drop.sub("", tight).split())
            tight = tight[:1].upper() + tight[1:]  # "a Kyoto University group" -> "A Kyoto …"
            whole = _core_clause(tight, whole_words, phrases=not phrase_cut)
            if (
                not whole.endswith("…")
                and _told_words(whole) > told
                and (whole.split()[0].lower() in opening or _named_after_role(sentence, whole))
                and not _OPEN_SUBORDINATE.search(whole)
                and not _QUOTE_ENDS_SENTENCE.search(whole)
            ):
                return whole
    return _what_was_found(sentence) or made


_HEDGE = re.compile(HEDGE, re.I)


def _hedged_headline(sentence: str, hedged: re.Match[str]) -> str:
    """The headline of a claim the writer disowns (:data:`HEDGE`): the claim made whole with
    its hedge and the hedge's words ("The harbour board is ready to help — or so it says on
    April Fools' Day"), or with the hedge alone ("The Russian Foreign Ministry is ready to
    help — or so it says"), the first whose words and marks fit in
    :data:`MAX_HEADLINE_WORDS` (a title is shown as it is written, its dash too); else the
    claim alone, which the headline reads as background (the joke stated as fact), never the
    claim cut before a dangling "— or so" (the hedge read as a closing attribution, "it
    says ...")."""
    claim = headline_from_sentence(sentence[: hedged.start()])
    separator = sentence[hedged.start() : hedged.start(1)].strip()
    joined = f"{claim}{'' if separator == ',' else ' '}{separator}"
    if claim.endswith("…"):
        return claim
    for hedge in (_unstopped(hedged[1]), hedged[2]):
        if len(f"{joined} {hedge}".split()) <= MAX_HEADLINE_WORDS:
            return f"{joined} {hedge}"
    return claim


_FINDING_FRAME = re.compile(FINDING_FRAME, re.I)


def _what_was_found(sentence: str) -> str:
    """The headline made from what a finding's frame reports (:data:`FINDING_FRAME`: "Research
    ... has found that | far from being destroyed, the Canaanites morphed into ..."), when it
    is whole and reads as a headline of its own; else ``""``. A finding is held true, so
    stated alone it says what the frame said; the frame is what makes the sentence too long."""
    m = _FINDING_FRAME.match(sentence)
    if m is None:
        return ""
    found = headline_from_sentence(sentence[m.end()].upper() + sentence[m.end() + 1 :])
    if found.endswith("…") or DEPENDENT.match(found) or not reads_as_headline(found):
        return ""
    return found


def _named_after_role(sentence: str, whole: str) -> bool:
    """Whether ``whole`` opens with the name a role opened ``sentence`` with
    (:data:`_ROLE_BEFORE_NAME`): the role left out, the clause still opens on its subject."""
    role = _ROLE_BEFORE_NAME.match(sentence)
    return role is not None and whole.startswith(sentence[role.end() :].split(None, 1)[0])


# What a phrase cut may have taken from the clause it needs (where, when, how are not): whom
# or what for, a second verb, and whom from, when a name says it ("a plea for clemency | from
# Nazi war criminal Adolf Eichmann"; not "rescued a man | from the water").
_NEEDED_PHRASE = re.compile(r"\s(?:for|to|and|but|from(?=\s[A-Z]))\s")


# Where a clause too long for a headline cut at :data:`MADE_HEADLINE_WORDS` may still end
# whole within :data:`MAX_HEADLINE_WORDS` (:func:`whole_phrase`): before a phrase of place,
# time, cause or circumstance (:data:`PHRASE_OPENERS`, not "than", which a comparison needs;
# a span of time: "two decades later"),
# or before a second verb phrase joined by "and", opened by "to", by an auxiliary ("was
# discovered in the Haithi Trust Digital Library | and was provided by ...") or by a verb in
# "-s" and its object ("reveals the largest dinosaur foot ever found | and identifies it as
# ...").
_WHOLE_BREAK = re.compile(
    r"\s(?=(?:" + "|".join(o for o in PHRASE_OPENERS if o != "than") + r")\s)"
    # a span of time after the news ("have exchanged vows | more than two decades later")
    r"|\s(?=(?:(?:more|less) than |nearly |almost |about |some )?[\w-]+ (?:years?|decades?|"
    r"months?|weeks?|days?|hours?) (?:later|earlier|ago)\b)"
    r"|\s(?=and\s+(?:was|were|is|are|has|have|had|will)\s)"
    # a second infinitive joined to the first ("found a way to turn mouse ES cells into sperm
    # precursor cells | and to use the resulting sperm ...")
    r"|\s(?=and\s+to\s+[a-z]+\s)"
    # a participle phrase after a noun, saying what the thing does ("would sign into law a bill
    # | making it illegal to ...", :func:`_verb_participle`): the clause is whole without it
    r"|\s(?=[a-z]{2,}ing\s+(?:it|them|the|a|an|his|her|their|its)\s)"
    r"|\s(?=and\s+[a-z]{2,}[^su\W]s\s+(?:it|them|the|a|an|his|her|their|its)\b)"
    # a second verb in the past joined to the first ("repeatedly sent her lewd messages | and
    # made lofty promises"), as :func:`~newsweave.text.headline_cut.phrase_cut` cuts a clause
    # of the shorter length
    r"|\s(?=and\s+(?:" + "|".join(sorted(IRREGULAR_PAST)) + r"|[a-z]{3,}ed)\s)",
    re.I,
)
_EVER_PARTICIPLE = re.compile(EVER_PARTICIPLE)
# A second verb phrase cut to its verb ("was discovered in the library and was provided | by
# ..."): what it adds is cut away, and the verb waits for it.
_BARE_SECOND_VERB = re.compile(r"\band (?:was|were|is|are|has|have|had|will)(?: \w+)?$")
# A person's noun before "from" and a capital: where they are from says whom the clause
# speaks of ("picking the Republican governor | from Nevada"), no cut there.
_FROM_PLACE = re.compile(r"\s+from\s+[A-Z]")


# Words after which a verb in the phrase cut off has a subject of its own ("... in a town
# where crime was rising", "... after the vote was held", "... and he was").
_OWN_SUBJECT = SUBORDINATORS | RELATIVE_OPENERS | SUBJECT_PRONOUNS | {"and", "but", "or", "there"}
# The verbs a subject cut off from its clause would still be waiting for.
_AUXILIARIES = MAIN_AUXILIARIES | MODALS - {"to"}


def _verb_left_behind(right: str) -> bool:
    """Whether the phrase cut off (``right``, up to its comma) holds an auxiliary or a modal
    with no subject of its own: the cut fell between the clause's subject and its verb
    ("Research suggests the ratio of the index finger and the ring finger | in males may be
    predictive ..."). Read as written: "Will Smith" is a name, and after a determiner a
    word is a noun ("an old can")."""
    words = re.split(r"[,;:]|\s[-–—]{1,2}\s", right, maxsplit=1)[0].split()
    for before, w in zip(["", *words], words, strict=False):
        if w.lower() in _OWN_SUBJECT:
            return False
        if w in _AUXILIARIES and before.lower() not in DETERMINERS:
            return True
    return False


# A participle opening the phrase a cut leaves off (not an opener of its own: "including").
_PARTICIPLE_AFTER = re.compile(
    r"\s*(?!(?:" + "|".join(o for o in PHRASE_OPENERS if o.endswith("ing")) + r")\s)[a-z]{2,}ing\s"
)


def _verb_participle(left: str, right: str) -> bool:
    """Whether a cut before a participle (``right``) parts it from a verb it completes rather
    than from a noun it describes or a clause it follows: only after a determiner and its noun
    ("a bill | making it illegal") or a comma ("was obsessed with one of her students |,
    encrypting her number ...") does the participle add to a whole clause; after anything else
    it is what was done ("was caught on tape | telling a rape victim ...", "kept | making
    it")."""
    words = left.split()
    return bool(_PARTICIPLE_AFTER.match(right)) and not (
        left.endswith(",") or (len(words) > 1 and words[-2].lower() in DETERMINERS)
    )


def whole_phrase(clause: str, limit: int) -> str:
    """``clause`` cut before its last phrase a headline can do without (:data:`_WHOLE_BREAK`)
    that leaves at most ``limit`` words, so a clause too long for a headline ends whole
    rather than with "…" ("Phish guitarist Trey Anastasio will join the four living original
    members of The Grateful Dead | for three 50th-anniversary shows ..."); ``""`` when no
    such cut leaves :data:`SOFT_CLAUSE_WORDS` words that read as a headline and end where a
    phrase can: not on a verb or a name the cut leaves open (:func:`verb_left_open`,
    :func:`name_left_open`: "plunged | from the bridge"), a modifier without its noun, a
    subject without its verb (:func:`verb_cut_off`, :func:`_verb_left_behind`), a verb
    without the participle it takes (:func:`_verb_participle`), an action
    without the side it is taken against or whom it targets (:func:`side_left_open`), a
    verb's object without the phrase completing it (:func:`complement_left_open`: "turn mouse
    ES cells | into sperm") nor a person without where they are from."""
    for m in reversed(list(_WHOLE_BREAK.finditer(clause))):
        left, right = clause[: m.start()].rstrip(" ,;:"), clause[m.start() :]
        words = len(WORD.findall(left))
        if words > limit:
            continue
        if words < SOFT_CLAUSE_WORDS:
            return ""
        last = left.split()[-1].lower().strip("\"“”'’")
        if (
            stands(left)
            and reads_as_headline(left)
            # "the largest dinosaur foot ever found | and ...": a participle, not a verb
            and not (verb_left_open(left, right) and not _EVER_PARTICIPLE.search(left))
            and not _BARE_SECOND_VERB.search(left)
            and not name_left_open(left, right)
            and not modifier_left_open(left, right)
            and not verb_cut_off(left, right)
            and not _verb_left_behind(right)
            and not _verb_participle(clause[: m.start()], right)
            and not complement_left_open(left, right)
            and not side_left_open(left, right)
            and not (_FROM_PLACE.match(right) and last in PERSON_WORDS)
        ):
            return left
    return ""


def _told_words(clause: str) -> int:
    """The words of ``clause`` that tell more than when: without the time adverbs and the
    other words of :data:`DROPPABLE`'s first step."""
    for drop in _DROPPABLE[0]:
        clause = drop.sub("", clause)
    return len(WORD.findall(clause))


def _core_clause(
    sentence: str, whole_words: int = MADE_HEADLINE_WORDS, phrases: bool = True
) -> str:
    """:func:`headline_from_sentence` of ``sentence`` as written, no word left out; a clause
    of up to ``whole_words`` words that stands whole is not cut with "…"; with ``phrases``
    false, not cut at a phrase either (only at a clause's end or with "…")."""
    s = " ".join(DATELINE.sub("", sentence.replace("\u200b", "").strip()).split())
    s = without_time_opener(s)
    tail = _TAIL.search(s)
    if tail and len(WORD.findall(s[: tail.start()])) >= MIN_HEADLINE_WORDS:
        s = s[: tail.start()]  # not the subject's own noun: "Port | officials said on Friday"
    s = _unstopped(s)
    s = _BRACKETED.sub("", s)
    if len(WORD.findall(s)) > MADE_HEADLINE_WORDS:
        s = without_asides(s)
        for _ in range(2):  # "Truthfully, if it hadn't been my job, I ..."
            leading = _LEADING_CLAUSE.match(s)
            rest = s[leading.end() :] if leading else ""
            if len(WORD.findall(rest)) < MIN_CLAUSE_WORDS or DEPENDENT.match(rest):
                break  # its main clause needs it ("If X, it is ..."): kept, and cut below
            s = rest[0].upper() + rest[1:]  # "Hours after X, his lawyer…" -> "His lawyer…"
        for _ in range(2):  # "According to the report, published in Nature, brain regions …"
            opening = _OPENING.match(s) or _participle_opening(s)
            if not opening or len(WORD.findall(s[opening.end() :])) < MIN_CLAUSE_WORDS:
                break
            rest = s[opening.end() :]
            if _NO_SUBJECT_AFTER.match(rest) and not _participle_opening(
                rest[0].upper() + rest[1:]
            ):
                break  # "At least that was the consensus ... party, | held at ...": no subject
            s = rest[0].upper() + rest[1:]  # "Following the defeat, Rapinoe…" -> "Rapinoe…"
        # the subject's participle phrase, once an opening no longer hides the subject ("...,
        # brain regions | related to emotional and motivational behavior | seem to ...")
        s = without_subject_past_participle(s)
    glued = _GLUED_DASH.findall(s)
    if len(WORD.findall(s)) > MADE_HEADLINE_WORDS and len(glued) == 1:
        # a lone dash set without spaces ends the clause ("an effective predictor of
        # schizophrenia--there were ..."); two may be a pair around an aside ("the most
        # common—and deadly—infectious diseases")
        at = _GLUED_DASH.search(s)
        if at and len(WORD.findall(s[: at.start()])) >= MIN_CLAUSE_WORDS:
            s = s[: at.start()]
    if len(WORD.findall(s)) > MADE_HEADLINE_WORDS:
        for m in _CLAUSE_BREAK.finditer(s):
            left = s[: m.start()]
            if len(WORD.findall(left)) >= MIN_CLAUSE_WORDS and not (
                complement_left_open(left, s[m.start() :])  # "contrasted X | , which"
                or that_left_open(left)  # "have predicted that the law | — which ..."
            ):
                s = left
                break
    if len(WORD.findall(s)) > MADE_HEADLINE_WORDS:
        cuts = [
            m.start()
            for m in _SOFT_BREAK.finditer(s)
            if SOFT_CLAUSE_WORDS <= len(WORD.findall(s[: m.start()])) <= MADE_HEADLINE_WORDS
            and stands(s[: m.start()])  # not "The man who shot a teenager | after ..."
            and not complement_left_open(s[: m.start()], s[m.start() :])
        ]
        if cuts:
            s = s[: cuts[-1]]  # the longest core clause that fits
    if phrases and len(WORD.findall(s)) > MADE_HEADLINE_WORDS:
        cut = phrase_cut(s)
        # not when the clause's verb is in the phrase cut off ("Research suggests that the
        # length of the second toe and of the big toe | in women may be ...")
        s = s if _verb_left_behind(s[len(cut) :]) else cut
    if phrases and len(WORD.findall(s)) > MADE_HEADLINE_WORDS and (cut := object_cut(s)):
        s = cut  # "... invent a clever technique | to tell ...": a clause whole, no "…"
    cut_short = len(WORD.findall(s)) > MADE_HEADLINE_WORDS and not (
        len(WORD.findall(s)) <= whole_words and stands(s) and not quotation(s)
    )
    if cut_short and whole_words > MADE_HEADLINE_WORDS and (cut := whole_phrase(s, whole_words)):
        s = cut  # "... will join the four living original members of The Grateful Dead | for"
    elif cut_short and (cut := _first_clause(s)):
        s = cut  # "The back-to-school season is here | , and as parents take ...": whole
    elif cut_short and (cut := ellipsis_cut(s)):
        s = cut + "…"
    elif cut_short:
        s = _word_cut(s)
        last = s.split()[-1][:-1]
        if s.endswith(".") and "." not in last and last.lower() not in ABBREVIATIONS:
            s = s[:-1]  # "got married Sept. 9." cut: "… Sept. 9…", not "9.…"
        s += "…"
    s = _CONTRAST_TAIL.sub("", _unstopped(s))  # "... found a cheaper alternative, however"
    if _HERE_DATED.search(sentence):
        s = _HERE_TAIL.sub("", s)  # "... participated in rescue efforts here | last week"
    return _unstopped(_CAPS_ARTICLE.sub(lambda m: m[0].title(), s))


# A second main clause joined to the first: the first is whole before it, however short.
_SECOND_CLAUSE = re.compile(r",\s(?:and|but)\s")


def _first_clause(s: str) -> str:
    """The main clause ``s`` opens with, when a second is joined to it (:data:`_SECOND_CLAUSE`)
    and it has at least :data:`MIN_HEADLINE_WORDS` words that stand whole: a clause too short
    for the other cuts (:data:`MIN_CLAUSE_WORDS`) still beats one cut mid-clause with "…";
    ``""`` when none does."""
    m = _SECOND_CLAUSE.search(s)
    if m is None:
        return ""
    left, right = s[: m.start()], s[m.start() :]
    if not MIN_HEADLINE_WORDS <= len(WORD.findall(left)) <= MADE_HEADLINE_WORDS:
        return ""
    whole = (
        reads_as_headline(left)
        and stands(left)
        and not verb_left_open(left, right)
        and not that_left_open(left)
        and not complement_left_open(left, right)
    )
    return left if whole else ""


def _word_cut(s: str) -> str:
    """``s`` cut at :data:`MADE_HEADLINE_WORDS` words, then back to a word a phrase can end
    on: not a function word, an auxiliary nor a pronoun waiting for its verb (:data:`_HANGING`:
    "of the…", "they still don't…"), nor a verb whose object the cut took ("and fell…"), nor a
    modifier whose noun it took ("a fast… | and efficient method"), nor a name or a participle
    it cut short (:func:`name_left_open`: "Committee… | Chairman Darrell Issa"). Never
    back past the clause's finite verb, though: then only the function words of :data:`STOP`
    go (the cut "A spokesman for the family of … said they still…" tells more than a verbless
    "A spokesman for the family of …")."""

    def back(hanging: frozenset[str]) -> str:
        words = s.split()[:MADE_HEADLINE_WORDS]
        while len(words) > MIN_CLAUSE_WORDS and (
            words[-1].lower().strip(",;:\"“”'’") in hanging
            or verb_left_open(" ".join(words), " " + s.split(None, len(words))[-1])
            or modifier_left_open(" ".join(words), s.split(None, len(words))[-1])
            or name_left_open(" ".join(words), s.split(None, len(words))[-1])
        ):
            words.pop()
        return " ".join(words).rstrip(",;:")

    cut = back(_HANGING)
    # nor, then, on a subject whose verb it took ("... revealed that they…")
    return cut if has_finite_verb(cut) else back(STOP | SUBJECT_PRONOUNS)


def _unstopped(s: str) -> str:
    """``s`` without its closing punctuation: the full stop goes, not an initialism's
    ("around 3:30 a.m.", "in the U.S.")."""
    s = s.rstrip(" ,;:")
    return s if re.search(r"\.\w\.$", s) else _STOP_IN_QUOTE.sub("", s.rstrip(" .,;:"))


# A full stop or comma inside a closing quote that ends a made headline ('was "naive."'); not
# an initialism's ('"the U.S."').
_STOP_IN_QUOTE = re.compile(r"(?<!\.\w)(?<=\w)[.,;:]+(?=[”\"’']+$)")


def _participle_opening(s: str) -> re.Match[str] | None:
    """An opening participle phrase and its comma ("Sunk without trace in ..., ", "Released
    yesterday, ", "Working into Friday's pre-dawn hours, "): it describes the subject that
    follows, whose clause is the news."""
    m = _PHRASE_TO_COMMA.match(s)
    if not m:
        return None
    first = m[1].lower()
    participle = (
        first in IRREGULAR_PAST
        or first in IRREGULAR_PARTICIPLES
        or (len(first) > 4 and first.endswith(("ed", "ing")))
    )
    return m if participle and has_finite_verb(s[m.end() :]) else None


_NOT_A_LEAD = re.compile(NOT_A_LEAD, re.I)
_DISAGREEING_SUBJECT = re.compile(DISAGREEING_SUBJECT)
# A writer or a speaker in the first person: their voice, not a headline's.
_FIRST_PERSON = re.compile(r"(?<![\w.’'-])(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)(?![\w.’'-])")
# The reader addressed ("... beating you out for the part"): a writer's aside, not the news.
_SECOND_PERSON = re.compile(
    r"(?<![\w.’'-])(?:[Yy]ou|[Yy]our|[Yy]ou[’']re|[Yy]ou[’']ll)(?![\w.’'-])"
)


def reads_as_headline(made: str) -> bool:
    """Whether a headline made from a sentence reads as one: a clause with its own finite
    verb (:func:`has_finite_verb`), not a quotation nor a phrase with a quote left open, not
    a sentence going on from another ("But it could ..."), a subordinate clause ("If he
    passes ..."), a first- or second-person one ("Rarely do I give thanks"), one whose
    plural subject takes a singular verb (:data:`DISAGREEING_SUBJECT`: a slip in the source)
    or one whose words said are cut off (:func:`_says_nothing`).
    """
    return bool(made) and not (
        quotation(made)
        or not has_finite_verb(made)
        or _NOT_A_LEAD.match(made)
        or _DISAGREEING_SUBJECT.match(made)
        or SUBORDINATE_START.match(made)
        or _FIRST_PERSON.search(made)
        or _SECOND_PERSON.search(made)
        or _says_nothing(made)
    )


def _says_nothing(made: str) -> bool:
    """Whether ``made`` ends on an active verb of saying (:data:`SAYING`: "Jonathan Selbin of
    the firm stated | : “We ...”"): what was said, the news, is cut off; not a passive ("The
    winners were announced"), nor a hedge (:data:`HEDGE`)."""
    words = made.lower().split()
    return (
        len(words) > 1
        and words[-1] in SAYING
        and words[-2] not in FINITE | {"be", "been", "being"}
        and not _HEDGE.search(made)  # "... was ready to help, or so it claimed": nothing cut
    )


__all__ = [
    "DATELINE",
    "DEPENDENT",
    "MAX_HEADLINE_WORDS",
    "MIN_HEADLINE_WORDS",
    "headline_from_sentence",
    "reads_as_headline",
    "whole_phrase",
]
