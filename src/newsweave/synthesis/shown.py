"""What a timeline entry shows of its dated mention: a happening a reader can take as told.

:mod:`newsweave.synthesis.dated` cuts each date's clause from the parse; three kinds of cut
read wrong on a timeline, and are mended here (each seen on the seed report and on the 250
multinews timelines):

* **A planned happening dated inside a call for it** — "Kyiv and European leaders called for
  an unconditional 30-day ceasefire to start Monday" under Monday: the call was made days
  before; Monday is the ceasefire's. The entry shows the planned happening itself, its noun
  and infinitive ("an unconditional 30-day ceasefire to start Monday"), whose "to" tells it
  was planned, not done.
* **A reporting frame without what was said** — "Macron told a press conference in Kyiv on
  Saturday." (the quotation carried another date and was cut away): the entry shows the whole
  attributed statement.
* **A date in a relative clause shown with the sentence around it** — "Fifth Harmony, who lost
  a group member last year and released their first album as a foursome last week, won best
  pop video for "Down."" under last year (multinews 117): the sentence's happening is the
  award, on the event's day. The entry shows the relative clause with the noun it describes
  ("Fifth Harmony, who lost a group member last year"; "Linkin Park's Chester Bennington, who
  hanged himself in July"), when the sentence is shown under that date at all
  (:func:`described_mention`).
* **A date in a time clause of another happening** — "Poole, who has had no other legal
  troubles since being released from prison in 2006" under 2006, "It had been set at
  "critical" in the days after the Manchester concert bombing on May 22 ..." under May 22, "In
  the request, written after he was brought to Israel in 1960, ..." under 1960 (multinews 136,
  27, 23): the sentence tells what came after (or before) the happening its date belongs to.
  The entry shows that happening (:func:`timed_phrase`): "being released from prison in 2006",
  "the Manchester concert bombing on May 22 that killed 22 people", "he was brought to Israel
  in 1960".
* **Quotation marks without their pair** — "“It was not Russia that broke off negotiations
  in 2022." (the quotation runs on for two sentences), "the 2022 “special military
  operation": the entry takes in the rest of the quotation, and the attribution after it.
  An excerpt of another text that runs on too long is shown without the marks at its edges
  ("..., the report said.”"); any other that cannot be shown whole within
  :data:`MAX_SHOWN_CHARS` is no entry.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from newsweave.models import Span
from newsweave.synthesis.dated import (
    HAPPENING_NOUNS,
    MIN_CLAUSE_WORDS,
    SAYING_LEMMAS,
    DateMention,
)
from newsweave.text.lexicons import in_ranges, quoted_ranges

# An entry longer than this, made whole by taking in the rest of its quotation, is a long
# excerpt rather than a happening (the longest of the 813 entries of the 250 multinews
# timelines, session 31, ran to 393 characters; one in a hundred past 333).
MAX_SHOWN_CHARS = 420
# A focus keeps its quotations when fewer words than this would stay without them ("“We won,”
# he said Monday"): a verb of saying and its subject tell no happening apart.
MIN_UNQUOTED_FOCUS_WORDS = 4
# Someone's words cut from a focus: a quotation that ends a sentence inside its marks ("“There
# is a curse on Nautilus.”"). One that does not is often a name: a song's title ("“Keys to the
# Highway” from 1970", multinews 020), a chant ("shouts of “hail Trump”", 092), a term ("using
# “basket options,”", 227), which tell the happening apart and stay.
SAID_SENTENCE = re.compile(r"[.!?]\W*$")
# A quotation longer than this is an excerpt of another text (a digest quoting a newspaper's
# paragraphs), which reports as the article does: its marks may be cut off an entry's edges.
EXCERPT_CHARS = 400
# How many characters of a label ("B1: ") may stand before an excerpt's opening mark cut off.
LABEL_CHARS = 8
# The attribution after a quotation that ends on a comma ("..., Putin said."), taken in when it
# ends its sentence within this many characters.
ATTRIBUTION_CHARS = 90
_ATTRIBUTION = re.compile(rf"[^.!?“”\"‘\n]{{1,{ATTRIBUTION_CHARS}}}?[.!?]")
# The children of a verb of saying that hold what was said ("said [that the talks failed]",
# "told reporters [the deal was off]"); a direct object is what was said except for "tell",
# whose object is who was told ("told a press conference").
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "dobj"})
# Nouns of a happening that can be planned for a day ("talks to take place ... on May 15", "a
# ceasefire to start Monday"); not a decision or a deal, which is made when it is told ("the
# decision to close the plant in March" may date the decision).
PLANNED_NOUNS = frozenset(
    {"talk", "talks", "negotiation", "meeting", "summit", "ceasefire", "truce", "vote"}
    | {"election", "referendum", "visit", "trip", "hearing", "trial", "conference", "session"}
    | {"ceremony", "strike", "protest", "march", "rally", "launch", "withdrawal", "exchange"}
    | {"inauguration", "funeral", "sentencing", "execution", "offensive", "operation"}
)


def is_happening(text: str, dm: DateMention) -> bool:
    """Whether the date's clause (in its article's ``text``) says something besides the date:
    a dateline or caption stub names no happening to put on a timeline. Words in capitals do not
    count: a dateline's place and agency ("NEW YORK, May 18 (UPI) --") say nothing happened.
    Nor does a question ("Was it 1899, or 1901?", or one quoted: "“In 2050 will there be
    enough people working to pay for pensions?” asks Frans Willekens"): it asks, it reports
    nothing. Nor does a clause whose every word is capitalised: a heading or a name ("2010
    Illinois Election Guide", "Misuse of Drugs (Amendment) Bill 2015", "Average Spend 2013
    National", four entries of the 250 multinews timelines, session 35) dates the page or the
    name, not a happening."""
    assert dm.clause is not None
    if dm.sentence is not None and text[dm.sentence.start : dm.sentence.end].rstrip(
        " \"”’')"
    ).endswith("?"):
        return False
    if text[dm.clause.start : dm.clause.end + 1].rstrip(" \"”’')").endswith("?"):
        return False  # a question the sentence quotes: "“In 2050 will there be ...?” asks
    rest = text[dm.clause.start : dm.clause.end].replace(dm.expression, " ")
    words = [w for w in re.findall(r"[A-Za-z]{3,}", rest) if not w.isupper()]
    return len(words) >= MIN_CLAUSE_WORDS and not all(w[0].isupper() for w in words)


def focus_text(text: str, dm: DateMention) -> str:
    """The date's own phrase (its focus, else its clause) with the date words cut out: what
    tells two happenings on one date apart, without the shared date making them alike. The
    sentences someone is quoted saying (:data:`SAID_SENTENCE`) it holds, not the date's, are
    cut out too, when at least :data:`MIN_UNQUOTED_FOCUS_WORDS` words stay: what was said is
    no part of what was done, and read as a topic it makes two happenings alike ("In 2015,
    Madsen had sent a text message to two members of the board claiming: “There is a curse on
    Nautilus.”" read 0.65 like the volunteers' dispute over the Nautilus under the same year,
    0.50 without it: multinews 038)."""
    f = dm.focus or dm.clause
    assert f is not None
    whole = (text[f.start : dm.start] + " " + text[dm.end : f.end]).strip()
    quotes = [
        (f.start + a, f.start + b)
        for a, b in quoted_ranges(text[f.start : f.end])
        if not f.start + a <= dm.start < f.start + b
        and SAID_SENTENCE.search(text[f.start + a : f.start + b])
    ]
    if not quotes:
        return whole
    kept, at = [], f.start
    for a, b in [*quotes, (f.end, f.end)]:
        kept.append(
            text[at : dm.start] + " " + text[dm.end : a] if at <= dm.start < a else text[at:a]
        )
        at = b
    rest = "".join(kept).strip()
    return rest if len(re.findall(r"[^\W\d_]+", rest)) >= MIN_UNQUOTED_FOCUS_WORDS else whole


def _tokens(doc: Doc, span: Span) -> Tokens | None:
    """The parsed tokens of ``span`` (None if its ends fall outside any token)."""
    return doc.char_span(span.start, span.end, alignment_mode="expand")


def planned_phrase(doc: Doc, dm: DateMention) -> Span | None:
    """The planned happening the date belongs to, when its clause tells a call or a proposal
    for it: the date's verb is an infinitive ("to start Monday", "to take place ... on May
    15") that modifies a noun of :data:`PLANNED_NOUNS` (or, parsed as a purpose, follows a call
    "for" one), inside a clause with its own main verb.
    The span runs from that noun phrase's first word to the infinitive's last."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None or dm.clause is None:
        return None
    tok = span.root
    while not (tok.pos_ in {"VERB", "AUX"} and tok not in span):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if tok.dep_ in {"acl", "relcl"}:
        noun = tok.head
    elif tok.dep_ == "advcl":
        # "called for new talks ... to take place on May 15" parsed as a purpose: the
        # happening planned is the object of the call's "for"
        called = [g for c in tok.head.children if c.lower_ == "for" for g in c.children]
        if not called or called[0].dep_ != "pobj":
            return None
        noun = called[0]
    else:
        return None
    # the parse may hang the infinitive on the noun's complement ("talks between the two
    # companies to take place"): the planned happening is the noun that complement hangs from
    while (
        noun.lemma_.lower() not in PLANNED_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "NOUN"
    ):
        noun = noun.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLANNED_NOUNS:
        return None
    lo, hi = noun.left_edge, tok.right_edge
    if lo.i > tok.i:
        return None
    while hi.i > lo.i and (hi.is_punct or hi.dep_ == "cc"):
        hi = doc[hi.i - 1]
    shown = Span(dm.article, lo.idx, hi.idx + len(hi.text))
    if not (dm.clause.start <= shown.start and shown.end <= dm.clause.end) or shown == dm.clause:
        return None  # the clause is the planned happening itself ("Talks to start Monday")
    return shown


# Pronouns that open a relative clause describing the noun before them ("The New Baltimore
# police, where Rose worked as a cadet in 2010": a place's).
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "where"})
# Pronouns that open a clause telling which one ("a district that went for Trump in 2016").
RESTRICTIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# Prepositions of a comparison: a relative clause after "like Spider-Man" is more often the
# parse's misreading of one about the thing compared than about the noun of the comparison;
# not "such as", which names examples ("insurgents such as David Brat, who, in 2014, took ...").
COMPARING_WORDS = frozenset({"like", "unlike", "than", "as"})
# Modals of a relative clause that tells what would be, not what happened ("which ... would
# mean an 18 percent cut from 2010").
SUPPOSING_MODALS = frozenset({"would", "could", "might"})
# Tags of a verb (or its auxiliary) that tell of now or later: a sentence in them is not of the
# past date of a clause telling which one ("Cline has out-fundraised Lewis in a district that
# went for Trump in 2016", "For a band that broke up in 1980, interest remains intense").
NOW_TAGS = frozenset({"VBZ", "VBP", "MD"})
# Tags of a finite verb or its auxiliary: the verb that tells a clause's time.
FINITE_TAGS = NOW_TAGS | {"VBD"}


def _relative_verb(doc: Doc, dm: DateMention) -> Token | None:
    """The verb of the nearest relative clause above the date's words (the date may sit deeper,
    in a clause of its own inside it: "Gaenswein, who wept as he said goodbye on Feb. 28")."""
    span = _tokens(doc, Span(dm.article, dm.start, dm.end))
    if span is None:
        return None
    tok = span.root
    while tok.dep_ != "relcl":
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _tense_tags(verb: Token) -> set[str]:
    """The tags of ``verb`` and its auxiliaries (what tells its tense)."""
    return {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _tells_which_of_the_past(verb: Token, noun: Token) -> bool:
    """Whether the relative clause of ``verb`` (with no comma before it) tells which one by a
    past happening while the sentence around it speaks of now or later: the date is the
    clause's, not the sentence's ("Cline has out-fundraised Lewis in a district that went for
    Trump in 2016"). One about a past happening of the sentence's own time ("two anglers who
    were part of a protest Saturday were hurt") is the sentence's."""
    governing = noun.head
    while governing.pos_ not in {"VERB", "AUX"} and governing.head.i != governing.i:
        governing = governing.head
    return (
        "VBD" in _tense_tags(verb)
        and not (_tense_tags(verb) & NOW_TAGS)
        and governing.pos_ in {"VERB", "AUX"}
        and bool(_tense_tags(governing) & NOW_TAGS)
        # "Lerner is an attorney who joined the IRS in 2001": the clause is what the sentence says
        and governing.lemma_.lower() != "be"
    )


def described_phrase(doc: Doc, dm: DateMention) -> Span | None:
    """The noun and the relative clause that holds the date, when the clause shown is more than
    that: "Chris Cornell, who hanged himself in May" rather than "Leto also mentioned Chris
    Cornell, who hanged himself in May." The clause is one set off by a comma, or one telling
    which one by a past happening in a sentence of now (:func:`_tells_which_of_the_past`).
    The span runs from the noun phrase's first word to the relative clause's last."""
    if dm.clause is None:
        return None
    verb = _relative_verb(doc, dm)
    if verb is None:
        return None
    words = [t for t in verb.subtree if not t.is_punct]
    noun = verb.head
    while noun.dep_ in {"conj", "appos"} and noun.head.i < noun.i:
        # "Steck and Goettler, who had heard ...": both are described; "Scott -- a former
        # director who came to prominence ...": the name the description stands for
        noun = noun.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i >= words[0].i:
        return None
    if {c.lower_ for c in verb.children if c.dep_ == "aux"} & SUPPOSING_MODALS:
        return None  # "a 3 percent cut, which ... would mean an 18 percent cut from 2010"
    if any(c.dep_ == "expl" for c in verb.children):
        return None  # "the highlands, where there are records ... from the 1990s to 2005"
    if verb.head.dep_ == "appos" and words[0].lower_ == "which":
        # "an order from the arbitrator, a retired judge, which bars her ...": a "which" after
        # an apposition is more often about a noun before it than about the person named
        return None
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    set_off = before is not None and before.text == ","
    if set_off:
        if words[0].lower_ not in RELATIVE_PRONOUNS:
            return None
    elif words[0].lower_ not in RESTRICTIVE_PRONOUNS or not _tells_which_of_the_past(verb, noun):
        # a clause that tells which one ("two people who were part of a counter-protest
        # Saturday were stabbed", "a Detroit Democrat who was first elected in 1964 resigned")
        # belongs to the sentence's happening when the sentence is of the past too
        return None
    last = verb.right_edge
    while last.i > verb.i and (last.is_punct or last.dep_ == "cc"):
        last = doc[last.i - 1]
    if not (verb.left_edge.idx <= dm.start and dm.end <= last.idx + len(last.text)):
        return None  # the date is the sentence's, past the relative clause's end
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if not set_off and after is not None and not (after.is_punct or after.is_sent_start):
        # the parse ran a clause telling which one into the sentence's next part ("the
        # earthquakes that shook Nepal last April and recovery [is ongoing]"): where it ends is
        # not known (one set off by a comma ends where the parse says, its closing comma may
        # be missing: "Parker Webb, who interned at KCC two years ago ... will join him")
        return None
    # a happening joined after the date's with a date of its own is another one ("who lost a
    # skipper last year and painted the hull last week"): the entry ends before it
    joined = [c for c in verb.children if c.dep_ == "conj" and c.idx >= dm.end]
    dated = [c for c in joined if any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)]
    later = {
        t.i
        for c in verb.children
        if dated and c.idx >= dated[0].left_edge.idx and c.dep_ in {"cc", "conj"}
        for t in c.subtree
    }
    last = max((t for t in verb.subtree if t.i not in later), key=lambda t: t.i)
    while last.i > verb.i and (last.is_punct or last.dep_ == "cc"):
        last = doc[last.i - 1]
    if any(c.text == "," and verb.i < c.i and c.idx < dm.start for c in verb.children):
        return None  # "who were also in the car, as well as firing ... in the 2012 incident"
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in COMPARING_WORDS
        and not (noun.head.i > 0 and doc[noun.head.i - 1].lower_ == "such")
    ):
        return None  # "a glove that shot foam much like Spider-Man, which he patented in 1991"
    lead = noun.left_edge
    before = doc[lead.i - 1] if lead.i > 0 else None
    if not (lead.text[:1].isupper() or lead.pos_ == "DET") or (
        before is not None and before.text[:1].isupper() and not before.is_sent_start
    ):
        # the parse cut a name ("12 Years a Slave") or a phrase ("of conscience"), or the noun
        # is someone's the entry would not name ("its application, which it first asked for")
        return None
    shown = Span(dm.article, lead.idx, last.idx + len(last.text))
    if not (dm.clause.start <= shown.start and shown.end <= dm.clause.end) or shown == dm.clause:
        return None
    return shown


# Words that set a happening before or after another one ("since being released in 2006",
# "after he was brought to Israel in 1960", "in the days after the bombing on May 22",
# "Before it was banned last October, ..."): a date inside what they govern is that
# happening's, not the time of the clause they hang on. Not "when" or "as", which tell the
# same time.
TIME_BOUNDS = frozenset({"after", "since", "before", "until", "till", "following"})
# Nouns besides :data:`HAPPENING_NOUNS` that name a happening a time clause can start from
# ("since its inception in 2003", "after its release in 2017", "since the election in 2016").
BOUNDING_NOUNS = HAPPENING_NOUNS | frozenset(
    {"election", "meeting", "release", "launch", "inception", "founding", "creation", "debut"}
    | {"opening", "closure", "blackout", "vote", "bombings", "return", "departure", "arrival"}
)


def _bounded_part(tok: Token) -> Token | None:
    """The head of the happening ``tok`` is when it is governed by a word of
    :data:`TIME_BOUNDS`: a clause with that word as its mark ("after [he was brought]"), a
    verb after it as a preposition ("since [being released]"), or a noun of
    :data:`BOUNDING_NOUNS` as its object ("after [the bombing]"); else None."""
    if tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in TIME_BOUNDS for c in tok.children
    ):
        return tok
    if tok.dep_ not in {"pcomp", "pobj"} or tok.head.lower_ not in TIME_BOUNDS:
        return None
    if tok.pos_ in {"VERB", "AUX"} or tok.lemma_.lower() in BOUNDING_NOUNS:
        return tok
    return None


def _time_clause(doc: Doc, dm: DateMention) -> Token | None:
    """The head of the time clause the date sits in (:func:`_bounded_part`), found climbing
    from the date; the climb stops at the first verb with its own subject that is not such a
    clause: "Anderson's ex-wife filed for a restraining order in 1996, after he told her ..."
    dates the filing."""
    span = _tokens(doc, Span(dm.article, dm.start, dm.end))
    if span is None:
        return None
    tok = span.root
    while True:
        part = _bounded_part(tok) if tok not in span else None
        if part is not None:
            return part
        if (tok.pos_ in {"VERB", "AUX"} and _has_subject(tok)) or tok.head.i == tok.i:
            return None
        tok = tok.head


def _has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own (a clause, not a bare verb or a noun)."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


# Modifiers of the happening's verb after its date that the entry leaves out: how or why the
# sentence goes on, which the parse may hang on the happening's verb though they are the
# main clause's ("humiliated Russia after the Soviet Union fell in 1991 | by enlarging NATO":
# the enlarging is not how the Soviet Union fell). Not a noun or an adverb of time ("in March
# | last year"): it may be the date's own part.
TRAILING_ADVERBIALS = frozenset({"prep", "advcl", "agent"})


def _adverbial_after_date(doc: Doc, dm: DateMention, part: Token) -> Token | None:
    """The first modifier of :data:`TRAILING_ADVERBIALS` the happening's head ``part`` has
    after the phrase holding its date, when the date modifies ``part`` from its right; None
    when there is none or the date is in its subject ("news reports in mid-2010 began …")."""
    span = _tokens(doc, Span(dm.article, dm.start, dm.end))
    if span is None:
        return None
    branch = span.root
    while branch.head.i != part.i:
        if branch.head.i == branch.i or branch.i == part.i:
            return None
        branch = branch.head
    if branch.i < part.i:
        return None
    return next(
        (c for c in part.children if c.i > branch.i and c.dep_ in TRAILING_ADVERBIALS), None
    )


def timed_phrase(doc: Doc, text: str, dm: DateMention) -> Span | None:
    """The happening a date belongs to when it sits in a time clause of another one (see the
    module's docstring): the words a word of :data:`TIME_BOUNDS` governs, without it, when the
    date is among them, the clause shown is more than they are, and they stand alone: a clause
    with its own subject ("Jack escaped on August 25, 2011"), or a noun or a verb that says
    enough (:func:`is_happening`: not "its release in 2017")."""
    if dm.clause is None:
        return None
    part = _time_clause(doc, dm)
    if part is None:
        return None
    # the words after the bound word: not it, nor what stands before it ("ever since",
    # "shortly before", "even after")
    bound = next(
        (c for c in part.children if c.dep_ == "mark" and c.lower_ in TIME_BOUNDS), part.head
    )
    words = [t for t in part.subtree if t.i > bound.i]
    cut = _adverbial_after_date(doc, dm, part)
    if cut is not None:
        words = [t for t in words if t.i < cut.left_edge.i]
    lo, hi = words[0], words[-1]
    while hi.i > lo.i and (hi.is_punct or hi.dep_ == "cc"):
        hi = doc[hi.i - 1]
    if not (lo.idx <= dm.start and dm.end <= hi.idx + len(hi.text)):
        return None
    shown = Span(dm.article, lo.idx, hi.idx + len(hi.text))
    if not (dm.clause.start <= shown.start and shown.end <= dm.clause.end) or shown == dm.clause:
        return None
    after = doc[hi.i + 1] if hi.i + 1 < len(doc) else None
    if cut is None and after is not None and not (after.is_punct or after.is_sent_start):
        # the parse hung the rest of the happening elsewhere ("Since the IRS found in 2010
        # [that a ... method was a tax-avoidance scheme]"): cut there, it would be cut short
        return None
    if not _has_subject(part) and not is_happening(text, replace(dm, clause=shown)):
        return None
    return shown


def dates_a_bound_of_now(doc: Doc, text: str, dm: DateMention) -> bool:
    """Whether the date sits in a time clause that cannot be shown alone (:func:`timed_phrase`)
    of a clause that tells now or what is to come: "London police have said all 12 people held
    since the attack late Saturday ... have been freed", "There has been a drumbeat of criticism
    ... since its inception in 2003" (multinews 27, 134) tell nothing of that day. Under a
    clause in the past the entry stays as it is ("After launching in August of 2017, HQ
    routinely pulled in more than one million viewers" is the nearest the text comes to saying
    when it launched)."""
    part = _time_clause(doc, dm)
    if part is None or dm.clause is None or timed_phrase(doc, text, dm) is not None:
        return False
    if part.left_edge.idx <= dm.clause.start:
        return False  # the entry already shows the time clause alone ("The Knot began ...")
    verb = part.head  # the finite verb above: "held since the attack" is "have been freed"'s
    while not (verb.pos_ in {"VERB", "AUX"} and _tense_tags(verb) & FINITE_TAGS):
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return bool(_tense_tags(verb) & NOW_TAGS)


def _saying(tok: Token) -> bool:
    """Whether ``tok`` is a verb of saying with its own subject ("Trump said")."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in SAYING_LEMMAS
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    )


def _says_something(verb: Token, start: int, end: int) -> bool:
    """Whether a child of the verb of saying ``verb`` that holds what was said lies in
    ``start:end``."""
    return any(
        start <= c.idx < end
        for c in verb.children
        if c.dep_ in CONTENT_DEPS and not (c.dep_ == "dobj" and verb.lemma_.lower() == "tell")
    )


def is_frame(doc: Doc, text: str, clause: Span, sentence: Span) -> bool:
    """Whether ``clause`` is only the reporting frame of its ``sentence``: its main verb one of
    saying with its subject ("Macron told a press conference in Kyiv on Saturday."), what was
    said outside it, in the sentence (the verb's clause, or a quotation), and no quotation in
    it. A frame whose sentence holds nothing said (a parse that lost the verb's object) is left
    as it is."""
    span = _tokens(doc, clause)
    if span is None or re.search(r"[“”\"]", text[clause.start : clause.end]):
        return False
    verb = span.root
    if not _saying(verb) or _says_something(verb, clause.start, clause.end):
        return False
    outside = text[sentence.start : clause.start] + text[clause.end : sentence.end]
    return _says_something(verb, sentence.start, sentence.end) or bool(
        re.search(r"[“”\"‘]|(?:^|\s)'\w", outside)
    )


_PAIRS = {"“": "”", "‘": "’"}


def _paired_within(text: str, s: int, e: int, pos: int) -> bool:
    """Whether the quotation mark at ``pos`` has its pair inside ``text[s:e]``: a curly one its
    other half on the right side, a straight one an odd number of its like besides it (a
    quotation found across a stray mark, "... 2008, having offered “fundraising”", pairs the
    closing mark with an opening one far before)."""
    mark = text[pos]
    if mark in _PAIRS:
        return _PAIRS[mark] in text[pos + 1 : e]
    opening = {v: k for k, v in _PAIRS.items()}.get(mark)
    if opening is not None:
        return opening in text[s:pos]
    return (text.count(mark, s, e) - 1) % 2 == 1


def _excerpt_trimmed(text: str, clause: Span, excerpts: list[tuple[int, int]]) -> Span | None:
    """``clause`` without the marks of the excerpts it opens or closes (quotations longer than
    :data:`EXCERPT_CHARS`, which report as the article does), when each such mark sits at its
    edge: an opening one after at most :data:`LABEL_CHARS` of a label ("B1: “Fannie Mae ...
    learned as early as 2003 of ..."), a closing one at its end ("..., the report said.”");
    None when another mark would stay unpaired."""
    s, e = clause.start, clause.end
    for a, b in excerpts:
        if s <= a < e < b and a - s <= LABEL_CHARS:
            s = a + 1
        if a < s < b <= e and not text[b:e].strip():
            e = b - 1
    shown = text[s:e]
    if shown.count("“") != shown.count("”") or shown.count('"') % 2:
        return None
    return Span(clause.article, s, e) if (s, e) != (clause.start, clause.end) else None


def balanced(text: str, clause: Span, ranges: list[tuple[int, int]]) -> Span | None:
    """``clause`` taking in every quotation of ``text`` (``ranges``, found once per article by
    :func:`~newsweave.text.lexicons.quoted_ranges`) it opens or closes without the mark's pair
    inside it, and after a quotation ending on a comma its attribution ("..., Putin said.").
    When that is longer than :data:`MAX_SHOWN_CHARS` or still holds a curly or
    straight double mark without its pair, the clause without the stray marks of an excerpt at
    its edges (:func:`_excerpt_trimmed`), else None."""
    s, e = clause.start, clause.end
    grown = True
    while grown:
        grown = False
        for a, b in ranges:
            if s <= a < e < b and not _paired_within(text, s, e, a):
                e, grown = b, True
                m = _ATTRIBUTION.match(text, e) if text[e - 2 : e - 1] == "," else None
                e = m.end() if m is not None else e
            if a < s < b <= e and not _paired_within(text, s, e, b - 1):
                s, grown = a, True
    shown = text[s:e]
    if (
        shown.count("“") != shown.count("”")
        or shown.count('"') % 2
        or ((s, e) != (clause.start, clause.end) and e - s > MAX_SHOWN_CHARS)
    ):
        return _excerpt_trimmed(text, clause, [(a, b) for a, b in ranges if b - a > EXCERPT_CHARS])
    return Span(clause.article, s, e)


def shown_mention(
    doc: Doc, text: str, dm: DateMention, ranges: list[tuple[int, int]]
) -> DateMention | None:
    """``dm`` with the clause a timeline entry should show (see the module's docstring), or
    None when its quotation marks cannot be paired within :data:`MAX_SHOWN_CHARS`;
    ``ranges``: the quotations of ``text`` (found once per article)."""
    assert dm.clause is not None
    clause, focus = dm.clause, dm.focus
    planned = planned_phrase(doc, dm)
    if planned is not None:
        clause = focus = planned
    elif dm.sentence is not None and is_frame(doc, text, clause, dm.sentence):
        clause = dm.sentence
    whole = balanced(text, clause, ranges)
    if whole is None:
        return None
    if (whole, focus) == (dm.clause, dm.focus):
        return dm
    return replace(dm, clause=whole, focus=focus)


def described_mention(
    doc: Doc, text: str, dm: DateMention, ranges: list[tuple[int, int]]
) -> DateMention | None:
    """``dm`` shown by the noun and the relative clause that holds its date
    (:func:`described_phrase`), or None when it is not in one, or in one inside a quotation
    (a piece of someone's words: the statement stays whole). Read after the timeline keeps one
    date per sentence: a sentence whose main verb is dated by its own words ("On Tuesday,
    Marten, who takes over on May 20, urged ...") is that day's, and its relative clause no entry."""
    if in_ranges(dm.start, ranges):
        return None
    described = described_phrase(doc, dm)
    whole = balanced(text, described, ranges) if described is not None else None
    return replace(dm, clause=whole) if whole is not None else None


def timed_mention(
    doc: Doc, text: str, dm: DateMention, ranges: list[tuple[int, int]]
) -> DateMention | None:
    """``dm`` shown by the happening its time clause names (:func:`timed_phrase`), or None when
    its date is in none. Read after the timeline keeps one date per sentence, like
    :func:`described_mention`: "Police arrested him Monday after he fled on Sunday" is
    Monday's, and its time clause no entry."""
    timed = timed_phrase(doc, text, dm)
    whole = balanced(text, timed, ranges) if timed is not None else None
    return replace(dm, clause=whole, focus=whole) if whole is not None else None
