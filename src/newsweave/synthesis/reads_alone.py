"""Parse checks of whether a brief sentence reads without the sentences around it: a
sentence, not a fragment nor a caption; no pronoun, "there" nor definite description for
someone or something only another sentence names; who a named subject is, told as background
(:mod:`newsweave.synthesis.brief_opening` applies them to the brief's candidates and its
opening)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.nlp import PRESENT_TAGS
from newsweave.synthesis.general_truth import NAME_LABELS
from newsweave.synthesis.pipeline import Workspace
from newsweave.synthesis.units import Unit
from newsweave.text.dates import WEEKDAYS
from newsweave.text.headline_patterns import PERSON_WORDS, UNNAMING_GROUPS
from newsweave.text.lexicons import in_ranges, quoted_ranges, ranges_mask
from newsweave.text.statement_patterns import FULL_DATE, SCHEDULE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Pronouns that refer to a person (or, plural, a group) the sentence must name before them.
_SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
# The pronoun that, as a subject, stands for a thing told before ("DOB inspectors determined
# it could safely remain in operation", multinews 017: the elevator, named in another
# sentence); as an object or inside a phrase it is as often the verb's own stuff ("made it").
_THING_PRONOUN = "it"
# Sentences before a subject "it" that name no thing: how far back its story may have named
# the thing it stands for (:func:`lone_it`), past sentences whose own subject is "it".
IT_REACH = 3
# Verbs whose "it" is the expletive of a clause or a description after them ("it is unclear
# what he plans", "it remains to be seen", "it seems odd", "it was love at first sight"): no
# thing stands behind it; the dependencies are of that clause or description.
_EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "look", "become", "feel"})
_EXPLETIVE_DEPS = frozenset({"ccomp", "xcomp", "csubj", "acomp", "attr", "advcl"})
# Entity types that can be what such a pronoun refers to (organisations and places as "they").
_PERSON_LABELS = frozenset({"PERSON"})
# Dependencies of an object pronoun ("struck her", "gave them"), as opposed to a possessive
# ("lost his keys"), which may be its own clause's subject.
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
_GROUP_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# A day or an hour is no one: in "On Tuesday, he was put on the list" nothing names him. (Not
# places and bodies: the parser tags many surnames ORG or GPE.)
_NOT_PERSONS = frozenset({"DATE", "TIME"})
# Words of a time, which no pronoun refers to when the parser leaves them untagged ("Last week
# he gave three speeches", "Each morning they ...": a week gives no speech). Not the months,
# which are names too ("May said she ...") and which the parser tags as dates.
_TIME_NOUNS = frozenset(
    {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "night",
     "morning", "afternoon", "evening", "hour", "hours", "decade", "century", "season",
     "summer", "winter", "spring", "autumn", "today", "tonight", "yesterday", "tomorrow",
     *WEEKDAYS}
)  # fmt: skip
# What a singular common noun that may be whom "he" or "she" stands for ends in: a doer or a
# kind of person ("a delegate to Congress", "the officer", "a runner", "the psychiatrist", "the
# congressman"); the rest of the words for people are :data:`PERSON_WORDS` and
# :data:`_PEOPLE_NOUNS`. "Investigators got a hit when her fingerprints matched": a hit is no
# one. (Lenient by design: "an order" ends like "a leader", and passes as the parse did.)
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|ess|man|woman|person|ster|ive)$")
_PEOPLE_NOUNS = frozenset(
    {"admiral", "adult", "advocate", "ally", "architect", "aunt", "billionaire", "boss",
     "candidate", "captain", "celebrity", "champion", "chef", "chief", "citizen", "colleague",
     "colonel", "convict", "cop", "cousin", "critic", "dean", "delegate", "deputy", "diplomat",
     "expert", "fan", "friend", "general", "graduate", "grandson", "groom", "guard", "guest",
     "guy", "heir", "hero", "host", "hostage", "individual", "inmate", "justice", "lady", "mate",
     "mechanic", "medic", "millionaire", "monk", "nephew", "niece", "official", "one",
     "plaintiff", "poet", "principal", "pupil", "rival", "rookie", "saint", "scholar",
     "sheriff", "sibling", "spouse", "surgeon", "thief", "uncle", "widow"}
)  # fmt: skip
# Words that make "X is Y" a change that just happened ("Thor is now a woman").
_NOW_WORDS = frozenset({"now", "newly", "new", "first", "officially"})
# What a place adverb ("roamed there") can refer to: a named place, or a noun after one of
# these prepositions ("went to the house and found him there").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Names of bodies and places, which a "he" or "she" never stands for (:func:`_in_body_name`).
_BODY_LABELS = _PLACE_LABELS | {"ORG"}
_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "into", "near", "from", "on", "inside"})
# Determiners that open a description of something already introduced ("The four-time champion
# said", "Both mushers said", "The review, by ...": which champion, which review?).
_DEFINITE = frozenset({"the", "both", "this", "that", "these", "those"})
# Demonstratives that point at a thing told before ("that bill"); "this" is as often the
# story's own now ("this week", "this bill" of the headline) and is left alone.
_DEMONSTRATIVES = frozenset({"that", "those"})
# Nouns such a demonstrative marks as a time, a manner or a kind, not a thing told before.
_NOT_THINGS_TOLD = frozenset(
    {"day", "week", "weekend", "month", "year", "time", "night", "morning", "afternoon",
     "evening", "season", "moment", "point", "period", "era", "decade", "summer", "winter",
     "spring", "fall", "way", "kind", "sort", "type", "matter", "end"}
)  # fmt: skip
# Modifiers that make a description an epithet for someone named before ("the 41-year-old",
# "the former aide"): it can stand nowhere without its referent.
_EPITHET_DEPS = frozenset({"amod", "nummod"})
# Modifiers after the noun that say which one it is ("The man who drove", "The death toll from
# the quake"), unless set off by a comma ("The review, by ...", "The report, which ...").
_RESTRICTIVE_DEPS = frozenset({"prep", "relcl", "acl"})
# Penn tags of a finite verb: a statement tells what someone did, does or will do; without
# one outside its quotations a sentence is a caption, a list or a cut phrase ("Cold brew from
# Brooklyn roasters with milk", "Charged with eight counts ...", "In English with subtitles").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Dependencies of a clause's subject: the tagger takes a past tense for a participle now and
# then ("The firm succeeded by ..."), but a verb with its subject is still a statement.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


# An age in a description ("the 24-year-old", "a 41 year old"): an epithet for a person.
_AGE = re.compile(r"\b\d+[- ]years?[- ]old\b", re.I)
# Penn tags of relative words ("which", "who", "whose"): a clause with one is a relative clause.
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def fragment(ws: Workspace, u: Unit, offset: int) -> bool:
    """Whether the statement (``u``'s text from ``offset``) is no sentence: a subordinate
    clause alone ("Though Yu and Soni have also obfuscated ...", whose main clause is
    elsewhere), or words with no finite verb nor a subject outside their quotations (a caption,
    an ingredient list, a cut phrase)."""
    span = parse_of(ws, u, offset)
    if span is None or not len(span):
        return False
    if span[0].dep_ == "mark" and span[0].head == span.root:
        return True
    quotes = quoted_ranges(span.text)
    # (a subject saves a verb the tagger took for a participle, never an "-ing" one: "People
    # thrusting their hands through the taxi window" is a scene, not a statement)
    root = span.root
    return not any(
        t.tag_ in FINITE_TAGS for t in span if not in_ranges(t.idx - span.start_char, quotes)
    ) and (root.tag_ == "VBG" or not any(c.dep_ in _SUBJECT_DEPS for c in root.children))


# Dependencies by which a date describes a thing ("the Oct. 28, 2016, hush agreement", "a Dec.
# 8, 1939 letter"), and prepositions by which it bounds a stretch of time ("missing since Aug.
# 3, 2013", "dates to March 25, 2016"): neither is the moment a picture shows.
_DESCRIBING_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
_STRETCH_PREPOSITIONS = frozenset(
    {"since", "until", "till", "to", "from", "through", "by", "before", "after", "between", "of"}
)
# Nouns a date may name the part of ("Wednesday evening June 18, 2014"): still the moment.
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "day", "noon"})
# Words before a date that make it a thing's description ("at the Dec. 15, 1939 premiere").
_DESCRIBING_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def pictured_moment(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a statement's parse) has the shape of a wire photo's caption: its main
    verb in the present tense, simple or passive ("Former Congresswoman Gabby Giffords throws
    out the first pitch ...", "The U.S. Capitol building is seen before ..."), and a full date
    with its year outside its quotations that is the moment of that act ("... in Washington,
    January 20, 2015.", "..., Wednesday, Sept. 2, 2015 in Millis, Mass."). A story tells a
    dated act in the past tense ("threw out the first pitch on June 18"); a present tense with
    a full date is a picture's, unless it tells what is to come (:data:`SCHEDULE_VERBS`: "The
    law takes effect on January 1, 2016"), a perfect or a progressive ("has been missing since
    Aug. 3, 2013", "is now decrying"), or the date describes a thing or bounds a stretch of
    time ("a Dec. 8, 1939 letter", "since", "until")."""
    if span is None or not len(span):
        return False
    root = span.root
    passive = root.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in root.children
    )
    if not (passive or (root.tag_ in PRESENT_TAGS and root.lemma_ != "be")):
        return False
    if root.lemma_.lower() in SCHEDULE_VERBS or any(c.dep_ == "aux" for c in root.children):
        return False
    text, quotes = span.text, quoted_ranges(span.text)
    for m in FULL_DATE.finditer(text):
        date = span.char_span(m.start(), m.end(), alignment_mode="expand")
        before = text[: m.start()].split()[-1:]
        if date is None or in_ranges(m.start(), quotes):
            continue
        if before and before[0].lower() in _DESCRIBING_DETERMINERS:
            continue
        head, owner = date.root, date.root.head
        describes = (
            head.dep_ in _DESCRIBING_DEPS
            and owner.pos_ in ("NOUN", "PROPN")
            and owner.lower_ not in _DAY_PARTS
        )
        if not describes and not (head.dep_ == "pobj" and owner.lower_ in _STRETCH_PREPOSITIONS):
            return True
    return False


def bare_quotation(text: str) -> bool:
    """Whether ``text`` is quotations only, not a word outside their marks: whose words they
    are, the article says in a sentence the brief does not carry."""
    quotes = quoted_ranges(text)
    quoted = ranges_mask(len(text), quotes)
    return bool(quotes) and not any(c.isalpha() for c, q in zip(text, quoted, strict=True) if not q)


def absent_referent(
    ws: Workspace,
    u: Unit,
    offset: int,
    *,
    named: bool = False,
    speaker: int | None = None,
    thing_told: bool = False,
) -> bool:
    """Whether the statement (``u``'s text from ``offset``) refers by a pronoun to someone it
    has not named before it ("Four hours later, she told police ...", "Investigators got a hit
    when her fingerprints matched"): the person is in a sentence the brief does not carry.
    Any name before it may be its referent, and so may any noun that could be by its number
    and kind ("videos of her" after "a delegate to Congress", a word for a person,
    :func:`may_be_someone`; "they" after any noun: a team, a government), and so may the
    main clause's subject for a pronoun in the phrase before it ("In his first speech, the
    mayor ...", :func:`_subject_after`): only a pronoun that nothing can refer to
    counts, each one read (a referent found for the first says nothing of "that strategy"
    after it). So does a subject "it" with no thing before it, a singular noun or a name
    (:func:`_may_be_thing`: "DOB inspectors determined it could safely remain in operation"),
    unless it is the expletive of a clause after it ("it is unclear what ..."). So does
    "there" for a place nothing before it names, and "that" or "those"
    for a thing nothing before it tells of ("reintroduce that bill"). Pronouns inside a
    quotation are the speaker's, not the sentence's, and its nouns are no referent for a
    subject outside it: the "he" of "“This is not our preferred outcome,” he said" is none
    of them (whom a quotation's words name is never who says them), though the "her" of
    "“… our daughter …,” her father said" is one. With ``named``, the opening "He" or "She"
    is shown with the name it stands for ("[Hayes] did not enter a plea",
    :func:`~newsweave.synthesis.standalone.named_wording`), and so is the pronoun at the
    article's character ``speaker`` ("“…,” [Barack Obama] said",
    :func:`~newsweave.synthesis.standalone.named_speaker`): each names someone the later
    pronouns may refer to. With ``thing_told``, a subject "it" with no thing before it is let
    be: the brief shows the line that names its thing right before it (:func:`lone_it`)."""
    span = parse_of(ws, u, offset)
    if span is None:
        return False
    quotes = quoted_ranges(span.text)
    for i, t in enumerate(span):
        word = t.lower_
        if in_ranges(t.idx - span.start_char, quotes) or (named and i == 0) or t.idx == speaker:
            continue
        if word == "there" and t.dep_ == "advmod":  # "dinosaurs roamed there": where?
            return not any(
                p.ent_type_ in _PLACE_LABELS
                or p.pos_ == "PROPN"
                or (p.dep_ == "pobj" and p.head.lower_ in _PLACE_PREPOSITIONS)
                for p in span[:i]
            )
        if _pointing_back(t) and not any(p.lemma_ == t.head.lemma_ for p in span[:i]):
            return True  # "said he would reintroduce that bill": which bill?
        if word == _THING_PRONOUN and t.dep_ in _SUBJECT_DEPS and not _expletive(t):
            if not thing_told and _no_thing_before(t, span, quotes):
                return True
            continue
        if word not in _SINGULAR_PRONOUNS and word not in _PLURAL_PRONOUNS:
            continue
        plural = word in _PLURAL_PRONOUNS
        labels = _GROUP_LABELS if plural else _PERSON_LABELS
        bound = _own_subject(t)
        if not any(
            (named and p.i == span.start)
            or p.idx == speaker
            or p.ent_type_ in labels
            or (p.pos_ == "PROPN" and not _a_time(p) and (plural or not _in_body_name(p)))
            or (
                p.pos_ == "NOUN"
                and (plural or (p.tag_ == "NN" and may_be_someone(p)))
                and not _a_time(p)
            )
            for p in (*span[:i], *_subject_after(t, span))
            # (a word that only says what kind: "Pageant officials ... say she ...")
            if p.i not in bound
            and not (p.dep_ == "compound" and p.head.pos_ == "NOUN")
            # (a quotation's words never name who says them: "“…,” he said")
            and not (t.dep_ in _SUBJECT_DEPS and in_ranges(p.idx - span.start_char, quotes))
        ):
            return True
    return False


def _in_body_name(t: Token) -> bool:
    """Whether ``t`` is a word of the name of a body or a place (:data:`_BODY_LABELS`) that
    holds a lower-case word ("The University of Wisconsin-Oshkosh", "Bank of America"): no
    "he" or "she" stands for it ("The University of Wisconsin-Oshkosh said he was a freshman
    there" names the student nowhere, multinews 156). (A name of capitalised words alone may
    be a surname the tagger typed ORG.)"""
    if t.ent_type_ not in _BODY_LABELS:
        return False
    doc, start, end = t.doc, t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(w.is_alpha and w.is_lower for w in doc[start:end])


def _no_thing_before(it: Token, span: SpacySpan, quotes: list[tuple[int, int]]) -> bool:
    """Whether nothing before the subject ``it`` in ``span`` (nor the main clause's subject
    after the phrase it opens, :func:`_subject_after`) may be the thing it stands for
    (:func:`_may_be_thing`), outside the quotations at ``quotes``."""
    return not any(
        _may_be_thing(p)
        for p in (*span[: it.i - span.start], *_subject_after(it, span))
        if not in_ranges(p.idx - span.start_char, quotes)
    )


def lone_it(ws: Workspace, u: Unit, offset: int) -> frozenset[str]:
    """What the first subject "it" of the statement (``u``'s text from ``offset``) that
    nothing before it may stand for (:func:`absent_referent`) stands for in its own story:
    the lower-cased words (lemmas) of the noun or name that is the subject of a sentence
    just before it there, back past sentences whose subject is "it" too ("Flight MH370 went
    missing ... It was flying from ... Malaysian officials believe ... that it ended its
    flight ...", multinews 218: "flight", "mh370"). A brief line right before it that names
    that thing lets the reader take the "it" as the story did. Empty when the statement has
    no such "it", or its story names no thing before it (:data:`IT_REACH` sentences)."""
    span = parse_of(ws, u, offset)
    if span is None:
        return frozenset()
    quotes = quoted_ranges(span.text)
    it = next(
        (
            t
            for t in span
            if t.lower_ == _THING_PRONOUN
            and t.dep_ in _SUBJECT_DEPS
            and not in_ranges(t.idx - span.start_char, quotes)
            and not _expletive(t)
            and _no_thing_before(t, span, quotes)
        ),
        None,
    )
    if it is None:
        return frozenset()
    sents = [s for s in it.doc.sents if s.end <= it.sent.start][-IT_REACH:]
    for sent in reversed(sents):
        subject = next((c for c in sent.root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.lower_ == _THING_PRONOUN:
            continue  # (the story's "it" again, or no subject: on to the sentence before)
        if not _may_be_thing(subject) or subject.ent_type_ in _PERSON_LABELS:
            return frozenset()  # the sentence before tells of someone, or of many
        return frozenset(
            t.lemma_.lower()
            for t in (subject, *subject.children)
            if t is subject or t.dep_ in ("compound", "flat")
        )
    return frozenset()


# Words a pro-verb "do" takes for an act told before ("Doing so would allow Republicans to
# ...", multinews 072: doing what?), and demonstrative pronouns that stand for a thing or a
# claim told before ("If only that were true — ...", 048; "Police said this was the plan").
_PRO_ACTS = frozenset({"so", "that", "this", "it"})
_DEMONSTRATIVE_PRONOUNS = frozenset({"that", "this"})
# The Penn tag of a demonstrative standing alone as a pronoun (not the relative "that": WDT).
_DEMONSTRATIVE_TAG = "DT"


def leans_back(ws: Workspace, u: Unit, text: str) -> bool:
    """Whether ``text`` (a wording of ``u``, read from its first word shown: a "That said,"
    it drops is no claim) stands, outside its quotations, on an act, a claim or a time only
    the sentences before it tell: a subject "doing so" ("Doing so would allow Republicans to
    invoke ...": doing what?), a subject "that" or "this" with nothing of its own and no
    clause before it in the sentence that it may stand for (:func:`_first_clause`: "If only
    that were true — ...", "Police said this was the plan"; not "Belanger is losing his
    voice, but that's not stopping him"), or a time "since" with no start ("In the days
    since, Whitaker's background ...", multinews 126: since what?). "Asked to resign, he
    refused to do so" tells its act itself, and "has since resigned" reads as "since then"
    of the news."""
    span = wording_parse(ws, u, text)
    if span is None:
        return False
    quotes = quoted_ranges(span.text)
    for t in span:
        if in_ranges(t.idx - span.start_char, quotes):
            continue
        if (
            t.lemma_.lower() == "do"
            and t.dep_ in _SUBJECT_DEPS
            and any(c.lower_ in _PRO_ACTS for c in t.children)
        ):
            return True
        if (
            t.lower_ in _DEMONSTRATIVE_PRONOUNS
            and t.tag_ == _DEMONSTRATIVE_TAG
            and t.dep_ in _SUBJECT_DEPS
            and all(c.dep_ == "advmod" for c in t.children)  # ("only that": "that of" says)
            and _first_clause(t, span)
        ):
            return True
        if (
            t.lower_ == "since"
            and t.dep_ == "advmod"
            and not list(t.children)
            and t.i > span.start
            and t.doc[t.i - 1].lower_ in _TIME_NOUNS
        ):
            return True
    return False


# Dependencies by which a clause is what the verb above it says or knows ("said this was",
# "did not know how that factored"), not a clause of its own beside it.
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})


def _first_clause(word: Token, span: SpacySpan) -> bool:
    """Whether no verb before ``word`` in ``span`` heads a clause of its own: only the verbs
    that report or know the clause ``word`` is in ("Police said this was ...") come before it,
    so "this" or "that" cannot stand for anything the sentence tells."""
    verb, reporting = word.head, set()
    while True:
        reporting.add(verb.i)
        if verb.dep_ not in _COMPLEMENT_DEPS or verb.head is verb:
            break
        verb = verb.head
    return all(
        p.i in reporting
        for p in span[: word.i - span.start]
        if p.pos_ in ("VERB", "AUX") and p.dep_ not in ("aux", "auxpass")
    )


def may_be_someone(t: Token) -> bool:
    """Whether the singular common noun ``t`` may name whom "he" or "she" stands for: a word
    for a person (:data:`_AGENT_ENDING`, :data:`PERSON_WORDS`, :data:`_PEOPLE_NOUNS`), or a
    capitalised one, which may be a name the tagger took for a noun ("Pasztor said his ..."),
    but not a group that names no one ("Police found her ...")."""
    word = t.lemma_.lower()
    if t.text[:1].isupper():
        return word not in UNNAMING_GROUPS
    return word in PERSON_WORDS or word in _PEOPLE_NOUNS or bool(_AGENT_ENDING.search(word))


def _expletive(it: Token) -> bool:
    """Whether the subject "it" stands for no thing: the expletive of a clause or a
    description its verb goes on to give (:data:`_EXPLETIVE_VERBS`), or one the parser
    labels so."""
    verb = it.head
    return it.dep_ == "expl" or (
        verb.lemma_.lower() in _EXPLETIVE_VERBS
        and any(c.dep_ in _EXPLETIVE_DEPS and c.i > it.i for c in verb.children)
    )


def _may_be_thing(t: Token) -> bool:
    """Whether ``t`` may be what a subject "it" stands for: a singular noun or a name (a
    company, a ship, a country), not a time ("For about a decade it operated unhindered": a
    decade does not operate), nor a word that only says what kind a noun is ("DOB inspectors
    determined it ...": the inspectors are no "it", and "DOB" only says whose)."""
    if _a_time(t) or (t.dep_ == "compound" and t.head.pos_ == "NOUN"):
        return False
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.tag_ == "NN")


def _subject_after(pronoun: Token, span: SpacySpan) -> tuple[Token, ...]:
    """The main clause's subject when ``pronoun`` is in a phrase that opens the sentence
    before it: the subject may be whom it stands for ("Ahead of their first debate, Romney's
    campaign ...", "In his first speech, the mayor ...", "Working from a script he co-wrote,
    Alvarez sets up ...", "Speaking before a crowd where she received her diploma, the state
    senator tried ..."). Only a subject inside the span: a parse run on from a heading before
    the statement may give its verb a second one there ("... PopScene: Weeks Hottest Pics"
    before "After her ratings bonanza hosting ..., Betty White has been made another offer",
    multinews 203)."""
    subject = next(
        (
            c
            for c in span.root.children
            if c.dep_ in ("nsubj", "nsubjpass") and span.start <= c.i < span.end
        ),
        None,
    )
    if subject is None or pronoun.i >= subject.left_edge.i:
        return ()
    return tuple(subject.subtree)


def _a_time(t: Token) -> bool:
    """Whether ``t`` names a time ("Tuesday", "last week", "in March"): no one a pronoun
    refers to."""
    return t.ent_type_ in _NOT_PERSONS or t.lower_ in _TIME_NOUNS


def _pointing_back(t: Token) -> bool:
    """Whether ``t`` is "that" or "those" pointing at a thing told before ("reintroduce that
    bill", "those claims"), not a time, a manner or a kind ("that day", "that way", "those
    kinds"), nor one a clause says which ("those who ...", "that part of the law")."""
    noun = t.head
    return (
        t.lower_ in _DEMONSTRATIVES
        and t.dep_ == "det"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in _NOT_THINGS_TOLD
        and not any(c.dep_ in _RESTRICTIVE_DEPS for c in noun.rights)
        # (a name after it: "news broke that reality star Kendra X had ...", where the parser
        # takes the conjunction "that" for a determiner, or a name that says which one)
        and not (noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ == "PROPN")
    )


def _own_subject(pronoun: Token) -> set[int]:
    """The token indices of the subject of the verb ``pronoun`` is the object of: an object
    pronoun never refers to its own clause's subject (that would be "itself"), so in "A stray
    bullet struck her" the bullet is not who "her" is. The subject's owner may be ("Serna's
    fight landed him in court"), so only the subject's noun and its compound name count."""
    if pronoun.dep_ not in _OBJECT_DEPS:
        return set()
    return {
        t.i
        for c in pronoun.head.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in (c, *c.children)
        if t is c or t.dep_ in ("compound", "flat")
    }


def described_subject(ws: Workspace, u: Unit, text: str, *, epithet: bool) -> bool:
    """Whether ``text`` (a wording of ``u``) opens with a definite description of its subject
    that names nothing and says not which one: its referent is in a sentence the brief does
    not carry. With ``epithet``, only a description that plainly stands for something named
    before counts: one with a modifier ("The four-time champion said ...", "The 41-year-old
    rhino had ..."), one set off by a comma ("The review, by ..., found"), "Both mushers
    said". "The storm dumped ..." may stand after the lead, but not open a brief."""
    subj = definite_subject(ws, u, text)
    if subj is None:
        return False
    doc = subj.doc
    set_off = subj.i + 1 < len(doc) and doc[subj.i + 1].text == ","
    return (
        not epithet
        or set_off
        or subj.left_edge.lower_ != "the"
        or any(
            c.dep_ in _EPITHET_DEPS or any(g.dep_ == "nummod" for g in c.children)
            for c in subj.lefts
        )
    )


def definite_subject(ws: Workspace, u: Unit, text: str, *, described: bool = True) -> Token | None:
    """The subject ``text`` (a wording of ``u``) opens with when it is a definite description
    that names nothing and says not which one ("The message noted ...", "The firm also
    sued ..."), else None. ``described=False`` takes one whose clause or phrase after it
    describes it too ("The incident that so angered Trump ..."), for a clause that itself
    leans on the story."""
    doc = ws.doc(u.article)
    span = wording_parse(ws, u, text)
    if span is None or not len(span):
        return None
    # the subject the sentence opens with, or that follows its opening phrase ("Filmed by US
    # troops, the clip was found ..."): of the main verb, or of the first clause when the parse
    # makes a later one the root; or the main verb's after a time or a place set off by no
    # comma ("On Thursday the automaker confirmed ..."), not a quotation's ("“This means we
    # are free,” Keller said": the speaker's words)
    subj = next(
        (
            t
            for t in span
            if t.dep_ in ("nsubj", "nsubjpass")
            and (
                t.left_edge.i == span.start
                or doc[t.left_edge.i - 1].text == ","
                or (
                    t.head.i == span.root.i
                    and not any(
                        x.pos_ in ("VERB", "AUX") or x.is_quote
                        for x in doc[span.start : t.left_edge.i]
                    )
                )
            )
        ),
        None,
    )
    if subj is None or subj.left_edge.lower_ not in _DEFINITE:
        return None
    # a name before the noun says who ("The White House"), and so does one in apposition ("The
    # night's top award — Best Picture —"); one in a clause set off by a comma does not ("The
    # report, which was issued Tuesday,")
    # ... unless the description gives an age: a name before a common noun then says where
    # or whose the one described is ("The 24-year-old Bear resident", "the 41-year-old Texas
    # native"), for someone the story named before
    before = doc[subj.left_edge.i : subj.i + 1]
    aged = subj.pos_ == "NOUN" and bool(_AGE.search(before.text))
    naming = [] if aged else [*before]
    # (not a list the parse reads as one: "The search, recovery and fight for Jack's life
    # touched many" names Jack's life, not the search)
    naming += [
        t
        for c in subj.rights
        if c.dep_ == "appos" and not any(g.dep_ == "conj" for g in c.children)
        for t in c.subtree
    ]
    if any(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS for t in naming):
        return None
    if described and any(
        c.dep_ in _RESTRICTIVE_DEPS
        and doc[c.left_edge.i - 1].text != ","
        # "The firm on Friday also sued ...": a day says when it acted, not which firm; a
        # date inside the phrase's own description still says which ("The average cost of a
        # wedding last year exceeded $31,213")
        and not (
            c.dep_ == "prep"
            and any(t.dep_ == "pobj" and t.ent_type_ in _NOT_PERSONS for t in c.children)
        )
        for c in subj.rights
    ):
        return None  # "The man who drove ...": it says which one
    return subj


def has_verb_root(ws: Workspace, u: Unit, offset: int = 0) -> bool:
    """Whether the parse of ``u`` has a verb (or an auxiliary) at its root: a statement says
    who did what; a noun phrase with a relative clause ("A Neurosurgeon's Journey into the
    Afterlife, which seems destined ...") is a title or a caption. Or the parse of the words
    shown from ``offset`` characters in, after a dateline the brief drops: the parser may take
    the dateline for the sentence's root and hang the verb from it ("HOUSTON (AP) — Houston
    police say ...": "say" a parataxis of "HOUSTON", multinews 054, whose brief then opened on
    "A once-worried mother is now expressing relief"). Either parse, not the shown one alone:
    a part of a sentence has no root of its own when several of its words hang from words
    before it (after a caption's "[Reuters]", multinews 176, the final "." was taken for it)."""
    spans = [parse_of(ws, u), *([parse_of(ws, u, offset)] if offset else [])]
    return any(
        span is None or span.root.pos_ in ("VERB", "AUX") or _misread_clause(span.root)
        for span in spans
    )


def _misread_clause(root: Token) -> bool:
    """Whether the parser read a sentence opening on a description ("U.S. website The Onion
    has named X as ...") as a noun with a relative clause: a clause with no relative word
    that has both its own subject and its own object modifies nothing (a relative clause
    without "that" lacks the object it tells of: "the book she wrote")."""
    return any(
        c.dep_ == "relcl"
        and not any(t.tag_ in _RELATIVE_TAGS or t.lower_ == "that" for t in c.children)
        and any(t.dep_ == "nsubj" for t in c.children)
        and any(t.dep_ == "dobj" for t in c.children)
        for c in root.children
    )


def wording_parse(ws: Workspace, u: Unit, text: str) -> SpacySpan | None:
    """The parse of ``text``, a wording of ``u``, from its place in the article (a connective
    it dropped made its first letter upper), or None when it is not found there (a name the
    brief shows in brackets)."""
    head = text[:40].rstrip(".").lower()
    at = ws.article(u.article).text[u.start : u.end].lower().find(head)
    return parse_of(ws, u, at) if at >= 0 else None


def parse_of(ws: Workspace, u: Unit, offset: int = 0) -> SpacySpan | None:
    """The parse of ``u``'s text from ``offset`` characters in (``None`` when it does not
    align with the article's tokens)."""
    return ws.doc(u.article).char_span(u.start + offset, u.end, alignment_mode="expand")


def defines_subject(ws: Workspace, u: Unit) -> bool:
    """Whether ``u`` says who or what its named subject is ("Conyers is the son of ...",
    "Mercer is the co-C.E.O. of ...", "Walker is a potential contender"), or who someone named
    is, the name after the verb ("One of the main stakeholders in Breitbart News is Mercer"),
    with no time for it: who someone is, told as background to the news, not what happened.
    "Thor is now a woman" is news, and says when."""
    span = parse_of(ws, u)
    if span is None or span.root.lemma_ != "be":
        return False
    kids = list(span.root.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    attr = next((c for c in kids if c.dep_ == "attr"), None)
    return (
        subj is not None
        and attr is not None
        # the name is the subject, or comes after a description ("One of the ...", "The
        # owner"), not after a pronoun ("Everybody is important, not just Damon ...")
        and (subj.pos_ == "PROPN" or (attr.pos_ == "PROPN" and subj.pos_ in ("NOUN", "NUM")))
        and not any(t.ent_type_ in _NOT_PERSONS or t.lower_ in _NOW_WORDS for t in span)
    )


# The words by which a sentence speaks to its reader (:data:`SECOND_PERSON`'s, as parsed).
_READER_WORDS = frozenset({"you", "your", "yours"})


def addresses_reader(span: SpacySpan | None) -> bool:
    """Whether the parse ``span`` (a wording of a sentence that says "you" outside its
    quotations) speaks to the reader: a "you" outside quotation marks that is not the generic
    one of a clause that says what a thing is ("a form of caffeine that you spray directly on
    your skin", multinews 222, whose news the brief left out for it: the product, not the
    reader addressed), in a sentence that tells an act: "Today is the day you really can't
    trust anything you read online" (multinews 088) says what the day is, to the reader. "When
    you stepped inside the building, you were greeted by ..." sets a scene for the reader. With
    no parse to read, the words alone decide: it does."""
    if span is None or span.root.lemma_ == "be":
        return True
    quotes = quoted_ranges(span.text)
    return any(
        t.lower_ in _READER_WORDS
        and not in_ranges(t.idx - span.start_char, quotes)
        and not any(a.dep_ == "relcl" and span.start <= a.i < span.end for a in t.ancestors)
        for t in span
    )
