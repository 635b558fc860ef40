"""Dates that date no happening of the story, though a clause holds them: a year that measures
a figure ("up from 17% in 2009") or names a work ("Apocalypse Now (1979)"), a date that only
names a thing ("his 2010 book"), a year a thing comes
from ("a reboot of the original King Kong from 1933"), a date in a clause
of what would have been ("if it had been proven in 1996"), might be ("It's possible that
...") or is hoped for ("we hope to begin ... in 2017"), a date after "since", which starts a
state lasting until now ("has lived there since 1989", "the least obstructed President since
LBJ in 1965"), a photo caption's date ("McCain
speaks at a town hall, Feb. 19, 2013"), the year of a saying ("he told Billboard in 2017") and
the year of what someone claims is to come ("tweeted that he was running for Congress in
2018"), a year's possessive ("wiping all of 2018's gains") and a date a phrase is about or
heads into ("a question about 2008", "heading into 2012"), and a date that only bounds a
stretch of days ("the 20 trading days preceding March 21, 2014"). The timeline stage
(:mod:`newsweave.synthesis.stages.timeline`) leaves them out; what a date is and which clause
it governs is read by :mod:`newsweave.synthesis.dated`.
"""

from __future__ import annotations

import re
from datetime import date

from newsweave.nlp import PRESENT_TAGS
from newsweave.synthesis.dated import (
    DATED_THINGS,
    DOCUMENT_NOUNS,
    FORWARD_ADJECTIVES,
    HAPPENING_NOUNS,
    NOUN_MODIFIERS,
    SAYING_LEMMAS,
    DateMention,
    dated_noun_phrase,
)
from newsweave.text.dates import WRITTEN_YEAR

# A year in brackets after a name is the name's year (a work's release: "Apocalypse Now
# (1979)", "Jurassic Park (1993)"; a book's edition), no happening the sentence reports.
BRACKETED_AFTER_NAME = re.compile(r"[A-Z][\w'’:!?.-]*\s*\($")
# A year that a figure is measured in ("make up 14% in 2014", "down from 49% in 2009",
# "from a recent low of $26,984 in 2010") or that a figure follows ("from 2011 (33%)"): a
# statistic, no happening (18 entries of the 20 multinews timelines read in session 26 were
# a survey's figures, each dated by its own and its comparison's year). So is the base a
# figure is compared with: "more babies this June than it did in June 2013", "compared to 56
# during the same period in 2011", "an 18 percent cut from 2010" (3 of the 826 multinews
# timeline entries, session 39: each dated its sentence by the year it was compared with).
MEASURED_BEFORE = re.compile(
    r"(?:(?:%|\bper ?cent)|\b(?:from|than|compared (?:with|to)|versus|vs\.?|low of|high of)"
    r"\s+(?:\w+\s+){0,3}?[$€£]?\d[\d.,]*(?:\s?(?:million|billion))?)\s+in\s+$"
    r"|\bthan\s+(?:(?:it|they|he|she|we|there)\s+(?:did|was|were|had|has|have)\s+)?(?:in|during)\s+$"
    r"|\bsame\s+(?:period|month|time|quarter|week|season)\s+(?:in|of|last)\s+$",
    re.I,
)
# A change measured from a year ("an 18 percent cut from 2010"); one measured over a range
# ("rose 24 percent from 2001 to 2011") is shown as the range.
CHANGED_FROM = re.compile(r"(?:%|\bper ?cent)\s+(?:[a-z]+\s+){0,2}?(?:from|over)\s+$", re.I)
# The date kinds a measure or a comparison can be dated by: a year, a month of a year, a bare
# month ("than in June"); a day dates its own happening.
MEASURED_KINDS = frozenset({"year", "my", "month"})
MEASURED_AFTER = re.compile(r"\s*\(\s*[$€£]?\d[\d.,]*\s?(?:%|per ?cent)", re.I)
# How far before a year its measure or its name is looked for.
MEASURE_CHARS = 60


def dates_a_measure(text: str, dm: DateMention) -> bool:
    """Whether a year or a month only dates a figure or the base it is compared with
    (:data:`MEASURED_BEFORE`, :data:`MEASURED_AFTER`, :data:`CHANGED_FROM`) or a name written
    before it in brackets (:data:`BRACKETED_AFTER_NAME`), in the article's ``text``: no
    happening of that time."""
    if dm.kind not in MEASURED_KINDS:
        return False
    before = text[max(0, dm.start - MEASURE_CHARS) : dm.start]
    return bool(
        BRACKETED_AFTER_NAME.search(before)
        or MEASURED_BEFORE.search(before)
        or MEASURED_AFTER.match(text, dm.end)
        or (CHANGED_FROM.search(before) is not None and not _RANGE_AFTER.match(text, dm.end))
    )


def _year_or_month(doc, dm: DateMention):
    """The span of a date resolved to a year or a month (not a day: a day dates its own
    happening), or None."""
    r = dm.resolved
    if r is None or r.precision == "day":
        return None
    return doc.char_span(dm.start, dm.end, alignment_mode="expand")


# A year or a month after "from" that modifies a noun tells where a thing comes from, not what
# happened then: "a reboot of the original King Kong from 1933", "the Popeye and Son series
# from 1987", "The documents also included previously classified testimony from 2009" (three
# entries of the 250 multinews timelines, session 35; two more such, "an old Google maps twist
# from 2015", are parsed with the year on a verb and stay). "from 2010 to 2014" opens a range
# (see the timeline's ranges).
_RANGE_AFTER = re.compile(r"\s*(?:to|through|until|till|and|[-–—])(?:\W|$)", re.I)


def dates_an_origin(doc, text: str, dm: DateMention) -> bool:
    """Whether a year or a month only tells where the noun it follows comes from ("the original
    King Kong from 1933"): the object of a "from" that hangs on a noun, not a range's start
    (read in the article's ``text``)."""
    span = _year_or_month(doc, dm)
    if span is None:
        return False
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.pos_ in {"NOUN", "PROPN"}
        and not _RANGE_AFTER.match(text, dm.end)
    )


# Words that open a condition or a question: a date inside the clause they open tells what
# would have been, or asks ("Even if this theory had been proven back in 1996, ... Burke
# would have been too young", multinews 69), no happening.
SUPPOSING_MARKS = frozenset({"if", "unless", "whether"})
# Modal auxiliaries that, with a perfect "have", tell what did not happen ("would have been
# forced to resign ... in 2013", "should have been covered"); "may have been stolen ... in
# 1900" tells what perhaps did, in words the entry shows.
_COUNTERFACTUAL_MODALS = frozenset({"would", "should", "'d"})
# Modal auxiliaries of a clause whose condition is told beside it ("If Republicans opted to pull
# the trigger ..., Democrats could blast them in the 2012 campaign", multinews 112): what it
# tells would follow from the condition, no happening.
CONDITIONED_MODALS = frozenset({"would", "could", "might", "may", "will", "'ll", "'d", "can"})
# Marks that open a condition (not "whether", which asks).
CONDITION_MARKS = frozenset({"if", "unless"})


# A sentence that opens by calling what follows possible tells what might be: "It's entirely
# possible that Republicans will gain control of the House in November ... and Republicans will
# win the White House in 2012" (multinews 221, its only timeline entry, a columnist's guess).
POSSIBLE_OPENING = re.compile(
    r"^\W*(?:it|that)\s*(?:is|'s|’s|was|would be|may be|might be)\s+(?:\w+\s+){0,2}?"
    r"(?:possible|conceivable|plausible|imaginable)\s+that\b",
    re.I,
)
# Verbs of wishing: what they take is hoped for, no happening ("we hope to begin handling some
# of these cases in 2017", multinews 026, its only timeline entry); a plan ("plans to open in
# 2019") is told as what will be done, and stays.
WISHING_LEMMAS = frozenset({"hope", "wish"})
# Dependencies by which a verb takes what is wished ("hope to begin", "hope that it opens").
_WISHED_DEPS = frozenset({"xcomp", "ccomp"})


def dates_a_supposition(doc, dm: DateMention) -> bool:
    """Whether the date sits in a clause of what would have been or might be: in a sentence
    that opens by calling it possible (:data:`POSSIBLE_OPENING`), in what a verb of
    :data:`WISHING_LEMMAS` takes, under a verb opened by :data:`SUPPOSING_MARKS` or under a
    modal one whose condition is told beside it (:data:`CONDITIONED_MODALS`), or whose
    first verb is a modal perfect ("would have been", "might have gone")."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return False
    sent = (
        doc.char_span(dm.sentence.start, dm.sentence.end, alignment_mode="expand")
        if dm.sentence is not None
        else None
    )
    if sent is not None and POSSIBLE_OPENING.match(sent.text):
        return True
    tok, first = span.root, True
    while True:
        if (
            tok.dep_ in _WISHED_DEPS
            and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() in WISHING_LEMMAS
        ):
            return True
        if tok.pos_ in {"VERB", "AUX"} and tok not in span:
            kids = {c.lower_ for c in tok.children if c.dep_ in {"mark", "aux", "auxpass"}}
            if kids & SUPPOSING_MARKS:
                return True
            if first and kids & _COUNTERFACTUAL_MODALS and "have" in kids:
                return True
            if kids & CONDITIONED_MODALS and _conditioned(tok):
                return True
            first = False
        if tok.head.i == tok.i:
            return False
        tok = tok.head


def _conditioned(verb) -> bool:
    """Whether ``verb`` has a clause of condition of its own, opened by one of
    :data:`CONDITION_MARKS` ("If Republicans opted ..., Democrats could blast them")."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


# The word before a date that makes it the start of a state that lasts until now ("has lived
# there since 1989", "the first video the band has released since 1999"): no happening of
# that date (the happening that began it, told on its own, is dated by its own clause).
_SINCE = re.compile(r"\bsince\s*$", re.I)
# So does a date that places the one "since" names, or the time it names: "the least
# obstructed President since LBJ in 1965 or FDR in 1933", "whiplashed by Trump's drama since his
# first day as a candidate in June 2015" (multinews 107, 009: a columnist's present, first or
# last on its timeline). A happening named there ("struggling since the tragic death of her
# husband in 2012", 239) is shown by those words; words that hold a verb ("since he moved there
# in 2009") tell one too: they stay.
# The last "since" before the date is the one that places it ("down 50 percent since 2008 and
# 78 percent since their peak in 2000", multinews 182).
_SINCE_NAMED = re.compile(
    r"\bsince\s+(?P<what>(?:(?!\bsince\b)[^,;:.!?()\"“”]){1,50}?)\s+in\s+$", re.I
)
# How far before a date "since" and what it names are looked for.
SINCE_CHARS = 64
# Parts of speech that make the words after "since" a clause of their own.
CLAUSE_POS = frozenset({"VERB", "AUX", "SCONJ"})
# Nouns of a time that "since" may name and a date place ("since his first day as a
# candidate in June 2015").
# A figure's peak or low is such a time too ("78 percent since their peak in 2000", multinews
# 182: a border-crossing figure measured from its peak dated the entry).
SINCE_TIMES = frozenset(
    {"day", "week", "month", "year", "time", "era", "tenure", "term", "peak", "high", "low"}
)


def dates_a_state_since(doc, text: str, dm: DateMention) -> bool:
    """Whether the date follows "since", or "since" and the one (a proper name) or the time
    (:data:`SINCE_TIMES`) it places (:data:`_SINCE_NAMED`, no verb on the way): it starts a
    state, it dates no happening."""
    if _SINCE.search(text[max(0, dm.start - 12) : dm.start]):
        return True
    at = max(0, dm.start - SINCE_CHARS)
    m = _SINCE_NAMED.search(text[at : dm.start])
    if m is None:
        return False
    what = doc.char_span(at + m.start("what"), at + m.end("what"), alignment_mode="expand")
    if what is None or any(t.pos_ in CLAUSE_POS for t in what):
        return False
    since = doc[what.start - 1] if what.start else None
    return (
        since is not None
        and since.lower_ == "since"
        and any(
            c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in SINCE_TIMES)
            for c in since.children
        )
    )


# Main verbs of a present-tense sentence that is no caption: saying ("says" before a full date
# is a report's) and telling when ("The incident dates to March 25, 2016", "Today is ...").
_NOT_CAPTION_LEMMAS = frozenset(
    {"say", "tell", "announce", "claim", "insist", "argue", "warn", "write", "date", "be"}
)


def dates_a_picture(doc, dm: DateMention, anchor: date | None) -> bool:
    """Whether the date is a photo caption's: a sentence in the present simple ("Sen. John
    McCain speaks during a town hall, Tuesday, Feb. 19, 2013, in Sun Lakes, Ariz.", "Warren
    Beatty exits the stage ... on Sunday, Feb. 26, 2017") around a full date up to the
    article's day (that day is often inferred from the latest date written, the caption's own).
    News tells what happened in the past tense; a caption tells what the picture shows, and its
    date is the picture's (the story may be years later). A present-tense sentence about a day
    still to come ("The law takes effect on Jan. 1, 2026") is not one."""
    r = dm.resolved
    if (
        r is None
        or r.precision != "day"
        or dm.sentence is None
        or not WRITTEN_YEAR.search(dm.expression)
        or (anchor is not None and r.date > anchor)
    ):
        return False
    sent = doc.char_span(dm.sentence.start, dm.sentence.end, alignment_mode="expand")
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if sent is None or span is None or any(t.text in {'"', "“", "”"} for t in sent):
        return False
    if span.root.dep_ in NOUN_MODIFIERS:
        return False  # "concedes in a Dec. 8, 1939 letter": the date is the letter's
    root = sent.root
    if not (
        root.tag_ in PRESENT_TAGS
        and root.lemma_.lower() not in _NOT_CAPTION_LEMMAS
        and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
    ):
        return False
    # the date must be the main verb's own ("speaks ..., Tuesday, Feb. 19, 2013", "exits the
    # stage after announcing the award ... on Sunday, Feb. 26, 2017") or a clause's in the
    # present beside it ("watches as a cruiser is removed from Forest Road, Wednesday, Sept. 2,
    # 2015"), not a past clause's ("the information was posted on Nov. 2, 2016"): only
    # participles and present clauses on the way up
    tok = span.root
    while tok.i != root.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok in span or tok.i == root.i:
            continue
        if tok.pos_ in {"VERB", "AUX"} and not (tok.tag_ in {"VBG", "VB"} or _in_the_present(tok)):
            return False
    return True


def _in_the_present(verb) -> bool:
    """Whether ``verb`` heads a clause in the present simple, active ("she walks") or
    passive ("a cruiser is removed"): what a caption says of the moment its picture shows."""
    if verb.tag_ in PRESENT_TAGS:
        return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBN" and bool(auxes) and all(a.tag_ in PRESENT_TAGS for a in auxes)


# Nouns of the press a saying is addressed to: an interview ("told the movie news site").
PRESS_NOUNS = frozenset(
    {"magazine", "newspaper", "paper", "site", "website", "outlet", "network", "station"}
    | {"show", "podcast", "radio", "channel", "reporter", "reporters", "journalist", "interviewer"}
)
# Nouns a year or a month dates as the occasion of a saying ("said in a 2013 interview").
SAYING_OCCASIONS = frozenset({"interview", "video", "statement", "podcast"})
# Links a date climbs through to the verb it dates: "in 2017", "in June 2009".
_ADVERBIAL_LINKS = frozenset({"pobj", "prep", "npadvmod", "advmod", "nummod", "compound"})


def _opens_a_quote(doc, sent) -> bool:
    """Whether the sentence ``sent`` of ``doc`` ends on a colon or an ellipsis and the next
    words open a quotation: "Alaina Bendi told Billboard in 2017 ... “We were really hoping
    ...”", the saying's quote cut off by the sentence splitter."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text not in {":", "...", "…"}:
        return False
    i = sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i < len(doc) and doc[i].text in {'"', "“"}


def dates_a_saying(doc, dm: DateMention) -> bool:
    """Whether the date is a year or a month of a saying (:data:`SAYING_LEMMAS`) in a sentence
    that quotes it or to the press (:data:`PRESS_NOUNS`): the verb it modifies through
    prepositions ("told Billboard in 2017") or through the interview or video it dates ("said
    in the 2017 video"). What is written is a thing, no saying: "wrote a book in 1995", "that
    was written in 1966", "a history written in 1992" date the text."""
    r = dm.resolved
    if r is None or r.precision == "day" or dm.tense == "future" or dm.sentence is None:
        return False
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in _ADVERBIAL_LINKS and tok.head.i != tok.i:
        head = tok.head
        # (a prepositional phrase the parse hangs on a name stays the verb's: "told
        # Billboard in 2017"; a date on the name itself dates that: "the 2017 Grammys")
        named = head.pos_ == "PROPN" and tok.dep_ in NOUN_MODIFIERS
        noun = head.pos_ == "NOUN" and head.lemma_.lower() not in SAYING_OCCASIONS
        if head not in span and (named or noun):
            return False
        tok = head
        if tok.pos_ in {"VERB", "AUX"}:
            break
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SAYING_LEMMAS:
        return False
    if tok.dep_ not in {"ROOT", "conj"}:
        # the saying is the sentence's own, not a clause under another: "a history written by
        # CIA officials in 1992" dates the text; "having served ... since November 2015, the
        # Navy said" hangs the date the parse took for the saying's on the news it attributes
        return False
    if tok.lemma_.lower() == "write" and any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children):
        return False
    sent = doc.char_span(dm.sentence.start, dm.sentence.end, alignment_mode="expand")
    quoted = sent is not None and (
        any(t.text in {'"', "“", "”"} for t in sent) or _opens_a_quote(doc, sent)
    )
    press = any(
        t.lemma_.lower() in PRESS_NOUNS
        for c in tok.children
        if c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ == "to")
        for t in c.subtree
    )
    return quoted or press


# Verbs and nouns that tell what someone claims ("tweeted that ...", "Google's claim that ...",
# "suggestions that he will run ..."): what they hold is the claimant's word, dated as they
# date it.
CLAIMING_LEMMAS = SAYING_LEMMAS | frozenset({"tweet", "claim", "announce", "post", "insist"})
CLAIM_NOUNS = frozenset(
    {"claim", "tweet", "announcement", "rumour", "rumor", "speculation", "suggestion"}
    | {"prediction", "joke", "prank", "boast", "pledge", "promise"}
)
# Verbs whose progressive tells a plan ("he was running for Congress in 2018", "it is launching
# a data center on Mars in 2018", "announced he was considering a 2020 presidential run",
# multinews 137), not what was going on then ("he was living in Paris in 2015").
PLANNED_PROGRESSIVES = frozenset(
    {"run", "launch", "leave", "move", "retire", "return", "come", "go", "open", "release"}
    | {"quit", "step", "start", "begin", "stand", "seek", "plan", "build", "send"}
    | {"consider", "weigh", "mull", "eye"}
)
_BE_FORMS = frozenset({"is", "was", "are", "were", "am", "'s", "'re", "be", "been"})
_FUTURE_WORDS = frozenset({"will", "would", "'ll", "'d"})
# The steps from a date up to the claim that holds it ("tweeted that he was running for
# Congress in California ... in 2018" is six).
MAX_CLAIM_STEPS = 10


def _told_to_come(tok) -> bool:
    """Whether ``tok`` tells something still to come when said: a planning verb in the
    progressive (:data:`PLANNED_PROGRESSIVES`), a verb under "will" or "would", or an
    adjective of :data:`FORWARD_ADJECTIVES` ("was ready for a comeback to participate")."""
    if tok.pos_ == "ADJ":
        return tok.lemma_.lower() in FORWARD_ADJECTIVES
    auxes = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
    progressive = tok.tag_ == "VBG" and bool(auxes & _BE_FORMS)
    return bool(auxes & _FUTURE_WORDS) or (
        progressive and tok.lemma_.lower() in PLANNED_PROGRESSIVES
    )


def dates_a_claimed_plan(doc, dm: DateMention) -> bool:
    """Whether the date is a year or a month of what someone claims is still to come: the
    content of a verb of claiming (:data:`CLAIMING_LEMMAS`) or of a claim
    (:data:`CLAIM_NOUNS`), told as to come (:func:`_told_to_come`). Multinews 88 (April Fools'
    pranks) put "George Takei ... tweeted that he was running for Congress ... in 2018" and
    "Google's claim that it is launching a data center on Mars in 2018" under 2018, and "a
    tweet ... saying he was ready for a comeback to participate in the Tokyo Olympics in 2020"
    under 2020: the tweets were sent on the story's day, and what they say is only said. A
    verb of saying with "will" ("said the bridge will open in 2019") tells a plan the story
    reports, and stays; a claim noun's "will" ("suggestions that he will run for president in
    2020") is the rumour's."""
    span = _year_or_month(doc, dm)
    if span is None:
        return False
    tok, to_come, plan = span.root, False, False
    for _ in range(MAX_CLAIM_STEPS):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok not in span and tok.pos_ in {"VERB", "AUX", "ADJ"} and _told_to_come(tok):
            to_come = True
            auxes = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
            plan = plan or not auxes & _FUTURE_WORDS
        claimed = (
            head.pos_ == "VERB"
            and head.lemma_.lower() in CLAIMING_LEMMAS
            and tok.dep_ in {"ccomp", "xcomp", "parataxis"}
        )
        if claimed:
            return to_come and plan
        if (
            head.pos_ == "NOUN"
            and head.lemma_.lower() in CLAIM_NOUNS
            and tok.dep_
            in {
                "acl",
                "ccomp",
            }
        ):
            return to_come
        tok = head
    return False


# Auxiliaries of a clause told in the present perfect ("has argued", "have opened").
_PERFECT_AUXILIARIES = frozenset({"has", "have", "'s", "'ve"})


def _of_now(verb) -> bool:
    """Whether ``verb`` tells the story's own time: in the present ("means", "is known") or the
    present perfect ("has argued", "have opened"); not the past, nor a modal's ("would deploy")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes:
        return verb.tag_ in PRESENT_TAGS
    first = auxes[0]
    return first.tag_ in PRESENT_TAGS or (
        first.lower_ in _PERFECT_AUXILIARIES and verb.tag_ == "VBN"
    )


def dates_a_side_of_now(doc, dm: DateMention) -> bool:
    """Whether the entry would show a sentence of now under the date of a thing it names: the
    cited clause holds the sentence's main verb, which tells the story's time (:func:`_of_now`),
    and the date only modifies a noun of that clause, with no clause of its own on the way
    ("Parents of ... the children killed in the December 2012 shooting have in the past two
    weeks opened estates", "A ruling ... on the Misuse of Drugs Act 1977 this morning effectively
    means", "Both Knox and Sollecito are appealing their most recent convictions for Kercher's
    2007 murder"). A dated document tells what the sentence says ("concedes in a Dec. 8, 1939
    letter"); a participle tells its own happening ("The museum, founded in 1869, is one of the
    world's preeminent ..."), as a clause with its own subject does; a date the main verb governs
    is its own ("takes effect on Jan. 1, 2026", "has been missing since Aug. 3, 2013"), and a date
    to come is a plan's: they stay (a first rule that dropped every date of a side part of such
    a sentence took 48 entries from the 250 multinews timelines, more than half of them right:
    founding years, "has been missing since Aug. 3, 2013", "committed to two more movies, one in
    2018")."""
    if dm.clause is None or dm.sentence is None or dm.tense == "future":
        return False
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    sent = doc.char_span(dm.sentence.start, dm.sentence.end, alignment_mode="expand")
    if span is None or sent is None:
        return False
    root, noun = sent.root, span.root.head
    if (
        root.pos_ not in {"VERB", "AUX"}
        or not dm.clause.start <= root.idx < dm.clause.end
        or not _of_now(root)
        or span.root.dep_ not in NOUN_MODIFIERS
        or noun in span
        or noun.pos_ not in {"NOUN", "PROPN"}
        or noun.lemma_.lower() in DOCUMENT_NOUNS
    ):
        return False
    tok = noun
    while tok.i != root.i:
        if tok.head.i == tok.i:
            return False
        if (
            tok.pos_ in {"VERB", "AUX"}
            and tok.dep_ not in {"aux", "auxpass"}  # (the parse may hang a subject on one)
            and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children)
        ):
            return False  # a clause of its own: "has said she was the first to ride ..."
        tok = tok.head
    return True


def dates_a_thing(doc, dm: DateMention) -> bool:
    """Whether the date only names a thing, not a happening: it modifies a noun of
    :data:`DATED_THINGS` ("his 2010 book on the hedge-fund industry"), or the entry would show
    the dated noun phrase alone and it names a document or, dated by a year or a month, no
    happening (:data:`HAPPENING_NOUNS`: "a 2003 Nissan Maxima", "the 2016 election"), or the
    entry would show a clause in the present or the future and the year names a thing it
    mentions, not where it happens ("Fans ... will get a free ticket to a future 2014 or '15
    game", "will lose $32.5 million in funding from the 2017 budget", "His 2009 insight seems
    painfully prescient": what they tell is now or to come, not of that year)."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if not (root.dep_ in NOUN_MODIFIERS and head not in span and head.i > root.i):
        return False
    lemma = head.lemma_.lower()
    if lemma in DATED_THINGS:
        return True
    if dm.sentence is None or dated_noun_phrase(doc, span, dm.sentence) is None:
        # the clause around the date is shown: what it says happened then, unless it tells
        # of now or of what is to come and the year only names the thing it mentions
        return (
            dm.kind == "year"
            and lemma not in HAPPENING_NOUNS
            and not _where_it_happens(head)
            and not _told_in_the_past(head)
        )
    coarse = dm.resolved is not None and dm.resolved.precision != "day"
    return lemma in DOCUMENT_NOUNS or (coarse and lemma not in HAPPENING_NOUNS)


# Prepositions that put a clause's happening inside what their noun names: "could make a
# run for the seat in the 2014 election", "directed Streep in the 2008 blockbuster".
_SETTING_PREPOSITIONS = frozenset({"in", "at", "during", "throughout"})


def _told_in_the_past(tok) -> bool:
    """Whether the first finite verb above ``tok`` is in the past ("took steps to bar him from
    the 2013 ceremony"), by its own tag or its auxiliary's ("had been"); not "will lose",
    "seems", "would hold"."""
    while True:
        finite = [tok, *(c for c in tok.children if c.dep_ in {"aux", "auxpass"})]
        tags = {t.tag_ for t in finite}
        if tags & {"VBD", "VBZ", "VBP", "MD"}:
            return "VBD" in tags and "MD" not in tags
        if tok.head.i == tok.i:
            return False
        tok = tok.head


# The possessive mark after a date ("2018's gains", "last year's record"); the parse may read
# a curly one as a closing quotation mark ("1996’s “Hell on Earth,”", multinews 21).
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})


def dates_a_possessive(doc, dm: DateMention) -> bool:
    """Whether the date is a year's possessive: "wiping all of 2018's gains", "the site of last
    year's major disaster", "came to prominence with 1986's Top Gun", "starred in 1982's
    “E.T.”" name a figure, a record or a work of that year, not a happening the sentence tells
    then (8 entries of the 250 multinews timelines, session 40, each a sentence under the year
    of a thing it names). A day's possessive ("Saturday's attack") dates the story's own
    happening: it stays."""
    if dm.resolved is None or dm.resolved.precision != "year" or dm.resolved.end is not None:
        return False
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    return doc[span.end].text in _POSSESSIVE_MARKS


# Prepositions that make a date what something is about ("a great question on Twitter about
# 2008", multinews 144): a topic, no happening of that date.
TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})
# Verbs that, with "into", make a date a time being approached ("the deal he desperately needs
# heading into 2012", multinews 112): nothing happens on it.
APPROACHING_LEMMAS = frozenset({"head", "go", "move"})
# Parts of speech of the word before "about" that make it what the date is the topic of (the
# parse reads "a question on Twitter about 2008" as an approximate year): a noun or a name;
# after a verb or a preposition "about 1950" may say "around 1950" ("born about 1950", "in
# about 2008").
TOPIC_HOLDERS = frozenset({"NOUN", "PROPN"})
# The tag of a possessive ending ("this morning's", "this year's"): the noun it owns follows.
POSSESSIVE_TAG = "POS"


def dates_a_topic(doc, dm: DateMention) -> bool:
    """Whether the date is what a noun is about (right after one of
    :data:`TOPIC_PREPOSITIONS` that follows one of :data:`TOPIC_HOLDERS`) or a time being
    approached ("heading into 2012", :data:`APPROACHING_LEMMAS`): the sentence tells no
    happening of that date."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    prep = doc[span.start - 1]
    if prep.lower_ in TOPIC_PREPOSITIONS:
        # the date itself is the topic, not a word of a happening that is ("information about
        # this morning's fire", an ECB+ event's: the fire is dated)
        owned = span.end < len(doc) and doc[span.end].tag_ == POSSESSIVE_TAG
        return doc[span.start - 2].pos_ in TOPIC_HOLDERS and not owned
    return (
        prep.lower_ == "into"
        and span.root.head.i == prep.i
        and prep.head.lemma_.lower() in APPROACHING_LEMMAS
    )


def _where_it_happens(noun) -> bool:
    """Whether ``noun``, or the noun it is part of ("the 2004 Super Bowl broadcast"), is the
    object of a preposition of :data:`_SETTING_PREPOSITIONS` (its year then dates the clause's
    happening too)."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in _SETTING_PREPOSITIONS


# Words that make a date the bound of a stretch of time ("the 20 trading days preceding March
# 21, 2014", multinews 169: a share price averaged over those days dated the entry by the
# bound) ...
BOUNDING_WORDS = frozenset({"preceding", "following", "before", "after"})
# ... when they hang on a noun of such a stretch.
STRETCH_NOUNS = frozenset({"day", "week", "month", "year", "hour", "quarter", "session"})


def dates_a_bound(doc, dm: DateMention) -> bool:
    """Whether the date only bounds a stretch of time a noun names ("the 20 trading days
    preceding March 21, 2014"): what the sentence tells is of the stretch, not of that date."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root.head
    return (
        word not in span
        and word.lower_ in BOUNDING_WORDS
        and word.head.lemma_.lower() in STRETCH_NOUNS
        and word.head.pos_ == "NOUN"
    )


__all__ = [
    "POSSESSIVE_TAG",
    "SUPPOSING_MARKS",
    "dates_a_bound",
    "dates_a_claimed_plan",
    "dates_a_measure",
    "dates_a_picture",
    "dates_a_possessive",
    "dates_a_saying",
    "dates_a_side_of_now",
    "dates_a_state_since",
    "dates_a_supposition",
    "dates_a_thing",
    "dates_a_topic",
    "dates_an_origin",
]
