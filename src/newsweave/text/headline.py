"""Headlines: what reads as one, how to clean one, and how to make one from a lead sentence.

An event's headline is the first thing a reader sees, so it is one rule used everywhere (the
store's event list, ``show``, ``brief``, the API and the page all call
:func:`event_headline` on the same members): the best outlet headline when the articles carry
one, cleaned of page furniture (a title that teases the reader or labels a page gives way to
a made one), otherwise one made from the sentence that states the event's main fact, cut to
its core clause. A made headline must read as a clause of its own (a subject and a finite
verb, :func:`has_finite_verb`; not a quotation, a first-person aside or a verbless name) and
should tell the news, not background: when a member's lead does not, its next sentences are
tried, and of the members' offers the one the outlets repeat most wins. A headline is never
cut inside a word and never runs past :data:`MAX_HEADLINE_WORDS` words.

Pure text: no model, so the store can title an event the moment an article joins it (the
ingest's spaCy pass is NER only; a word-shape test of the verb keeps the store and the weave
on one rule without a second parse).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from newsweave.text.clause import SUBORDINATE_START, has_finite_verb
from newsweave.text.headline_asides import (
    without_asides,
    without_relative,
    without_time_opener,
)
from newsweave.text.headline_cut import (
    MADE_HEADLINE_WORDS,
    MIN_CLAUSE_WORDS,
    SOFT_CLAUSE_WORDS,
    WORD,
    ellipsis_cut,
    modifier_left_open,
    name_left_open,
    object_cut,
    past_verb,
    phrase_cut,
    quotation,
    stands,
    subject_only,
    verb_left_open,
)
from newsweave.text.headline_names import full_name, print_caps_undone
from newsweave.text.headline_patterns import (
    ABBREVIATIONS,
    BACKGROUND,
    CAPTIONS,
    DATELINES,
    DETERMINERS,
    DROPPABLE,
    FINITE,
    FURNITURE_HEADLINES,
    GLUE_BREAKERS,
    GROUP_SAYS_PRONOUN,
    HANGING_WORDS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    LEADING_CLAUSE,
    LEANING_NOUN,
    LEANING_SUBJECT,
    MODALS,
    NEWS,
    NOT_A_LEAD,
    OPEN_ENDED,
    PERSON_WORDS,
    SAYING,
    SENTENCE_END_ABBREVIATIONS,
    SENTENCE_OPENERS,
    STAMPS,
    STOP,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TAIL,
    TEASERS,
    UNNAMING_GROUPS,
)

# Only this much of each text is read for its lead: enough for any first paragraph, and the
# same prefix the store reads, so both give the same headline.
LEAD_CHARS = 3000
# A headline past this many words is a lead sentence, a caption or a quote, not a headline.
MAX_HEADLINE_WORDS = 16
# Fewer words than this is a label ("Features", "About this Site"), not a headline.
MIN_HEADLINE_WORDS = 3
# A member's story sentences a headline may be made from: the main fact is not always the
# lead (a scene, a quote or background may open a story), and is rarely past the sixth.
STORY_SENTENCES = 6
# A member's first sentences that, with its title, make the words the outlets repeat: the
# lead only (with more, a member's own details count as shared).
CONTEXT_SENTENCES = 1
# An outlet headline tells the event's news when it shares at least this many words with the
# members' first TOLD_SENTENCES sentences, or is a clause sharing them with their first
# LEAD_CHARS characters (a feature's lead can wait: "California Rejects Labeling Of Genetically Modified Food"
# over "What a difference $46 million ... can make"): else a label ("Abstract and
# Introduction", a column's name, a song line). On multinews: 9 labels ("Known and Probable
# Human Carcinogens" is read as a clause), 0 headlines.
MIN_TOLD_WORDS = 2
TOLD_SENTENCES = 3
# A made headline scores by how many words it shares with the members' titles and leads, as a
# share of the best one's (0 to 1), and loses this per sentence deeper in its story: the lead
# is the writer's choice of main fact.
DEPTH_PENALTY = 0.08
# Gained by a sentence that tells news (:data:`NEWS`): a day or a change beats a statement.
# (On multinews, 0.15 let a day named in a dropped tail beat a better lead; 0.05 did little.)
NEWS_BONUS = 0.1
# Lost by a headline cut with "…": a whole core clause half as shared reads better (on
# multinews, 0.3 kept "The judge ... allowed defendants…" over "Rep. Ted Poe called today for
# the removal of a California judge"; alone, 0.5 let "The Senate might not be broken" win).
CUT_PENALTY = 0.5
# Lost by a whole headline of fewer than SOFT_CLAUSE_WORDS words: it names less ("Marty Balin
# died Thursday" beside "Jefferson Airplane vocalist-guitarist Marty Balin died Thursday at
# the age of 76"), though it still beats a cut one.
SHORT_PENALTY = 0.2
# Lost by a headline naming a thing told before by its kind (:data:`LEANING_NOUN`: "The
# remarks ...", "... at the site"): a reader cannot tell which. On multinews, 0.3 let
# "Investigators probing the death of "Top Gun" director Tony Scott still don't know…" beat
# "Reshoots for "Unstoppable" were filmed at the site"; 0.5 also let "The clip was found ..."
# beat "... found the footage" (no gain: "the clip" leans as much); neither lets "40,000
# questions have come in" (a transcript's line) beat "The remarks from the President ...".
LEANING_PENALTY = 0.3
# Members' readings kept across calls: a store titles a growing event again on every commit,
# and reads each member's sentences once instead of once per commit (a member of ~3,000
# characters; 8,192 of them: ~40 MB at most).
READING_CACHE = 8_192

_FURNITURE = re.compile("|".join(f"(?:{p})" for p in FURNITURE_HEADLINES), re.I)
_CAPTION_SENTENCE = re.compile("|".join(f"(?:{p})" for p in CAPTIONS), re.I)

# A section's or a player's label before a headline.
_LABELS = (
    r"update|updated|breaking|watch|video|photos?|live|exclusive|close|"
    r"opinion|analysis|trending(?: news)?|top stories|web exclusive"
)
# Prefixes an outlet puts before a headline that are not part of it: an update's stamp or a
# share button's label (:data:`STAMPS`), a label with its colon or dash, a label in capitals
# before the headline's first word ("VIDEO Trump ..."; in title case it is the headline's own
# word: "Live Nation Sues ...", "Watch Out For ..."), a show's or a section's name in quotes
# ("'The Late Show': Stephen Colbert Kicks Off ...").
_PREFIX = re.compile(
    r"^(?:[►▶•»]\s*)?(?:"
    + "".join(f"(?:{p})|" for p in STAMPS)
    + rf"(?:{_LABELS})\s*[:|\-–—]\s*|(?-i:(?:{_LABELS.upper()})\s+(?=[A-Z]))|"
    r"['‘\"“][^'‘’\"“”]{2,30}['’\"”]:\s+)+",
    re.I,
)
# Suffixes: " | Site", " - Site Name" (a short trailing name), "| Photo by …", a credit.
_SUFFIX = re.compile(
    r"\s*(?:\|\s*(?:photos?|video) by .*|\((?:photo|image|video)s?:[^)]*\)|"
    r"\([^()]*/[^()]*\)|\s[|]\s[^|]{1,40})$",
    re.I,
)
_SITE_SEPARATOR = re.compile(r"[|\-–—:]")  # one of these leads every site name strip_site_name cuts
# A name alone after a caption's full stop: the photographer's or the videographer's credit.
_NAME_CREDIT = re.compile(r"(?<=[a-z0-9]\.)\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")
_CREDIT = re.compile(r"\((?:[^()]*(?:/|photo|getty|reuters|ap\b|afp)[^()]*)\)", re.I)
_CAPTION = re.compile(r"\((?:left|right|center|centre|top|bottom|front|back|pictured)\)", re.I)
_DATE_ONLY = re.compile(
    r"^(?:updated|posted|published)?[\s:]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)\w*\.?|mon|tue|wed|thu|fri|sat|sun|\d{1,4}(?:[.:]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|\w*[ap]m|"
    r"[A-Z]{2,4}T|[,/-])(?:[\s,]+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?|"
    r"\d{1,4}(?:[.:]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|[A-Z]{2,4}T|[,/-]))*\s*$",
    re.I,
)
# The page's tags run into the headline on a scraped first line ("jobs jobs jobs Obama's Jobs
# Speech Prompted ..."): two or more lowercase words before a capital, none a name's particle
# ("van der Sar saves ...").
_TAG_RUN = re.compile(
    r"^(?:(?!(?:van|von|der|den|de|la|le|al|el|bin|da|di|du)\s)[a-z]+\s+){2,}(?=[A-Z])"
)
_URLISH = re.compile(r"https?://|www\.|@\w+\.\w+|\.com\b", re.I)
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
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
# A lead's opening article set in capitals ("THE identity of Jack The Ripper ..."): a print
# style, not a name.
_CAPS_ARTICLE = re.compile(r"^(?:THE|AN)(?= [A-Za-z])")
# An opening adverbial phrase before the subject ("In what will be a bittersweet …, ").
_OPENING = re.compile(
    r"^(?:in|on|at|after|before|following|as|when|while|despite|amid|with|for|since|during|"
    r"one|of|to|like|unlike|by|under|from)\b[^,;]{0,90},\s+",
    re.I,
)
_LEADING_CLAUSE = re.compile(LEADING_CLAUSE, re.I)
# An opening phrase up to its comma, and its first word.
_PHRASE_TO_COMMA = re.compile(r"^([A-Z][a-z]+)\b[^,;]{0,90},\s+")
# Where a long sentence may be cut to its core clause.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:]\s|\s[-–—]{1,2}\s|,\s(?:which|who|where|while|after|before|as|but|and|"
    r"although|though|because|since|when|amid|despite|in a|saying|according)\b)",
    re.I,
)
# A lead that cannot stand as a headline: a quote, a pronoun without its referent, a share
# of ones named before ("Of the 12 arrested, seven ...", "Both mushers said"), a transcript
# speaker's label, an aside in brackets (not a wire's "(CNN)").
_DEPENDENT = re.compile(
    r"^(?:[\"“‘']|(?:he|she|they|it|this|that|these|those|we|i|you|his|her|their|its|both)\b|"
    r"of (?:the|those|these|them)\b|[A-Z]+:|\((?![^()]{1,40}\)))",  # "(This is not to be ..."
    re.I,
)


def strip_site_name(title: str, site: str | None) -> str:
    """``title`` without a trailing " | Site", " - Site" or ": Site" naming ``site``.

    The pattern is built for each site (a compilation costs more than the rest of a page's
    title handling), so titles it cannot match are let through first: those without a
    separator, and ASCII titles without the ASCII site in any case (between ASCII letters,
    a case-blind match is an equality of lower cases).
    """
    if not site or not _SITE_SEPARATOR.search(title):
        return title
    if title.isascii() and site.isascii() and site.lower() not in title.lower():
        return title
    return re.sub(r"\s*[|\-–—:]\s*" + re.escape(site) + r"\s*$", "", title, flags=re.I) or title


def clean_headline(title: str | None, site: str | None = None) -> str | None:
    """``title`` cleaned of furniture (prefixes, site names, photo credits), or ``None`` when
    it does not read as a headline (a caption, a widget, a label, a lead sentence)."""
    if not title:
        return None
    t = _TAG_RUN.sub("", strip_site_name(" ".join(title.split()), site))
    if _FURNITURE.match(t):
        return None
    marked = _PREFIX.match(t)
    t = _PREFIX.sub("", t)
    for _ in range(2):
        t = _SUFFIX.sub("", t).strip()
    credit = _NAME_CREDIT.search(t) if marked else None
    if credit and sum(w[:1].islower() for w in t[: credit.start()].split()) >= 2:
        # "CLOSE Four Reno dispensaries begin sales of recreational marijuana. Jason Bean": a
        # video player's caption and its videographer, not the story's headline (the story
        # under it: "Nevada dispensaries ... are running out of pot" a week later)
        return None
    if _FURNITURE.match(t) or _URLISH.search(t) or _CREDIT.search(t) or _CAPTION.search(t):
        return None
    if _DATE_ONLY.match(t):
        return None  # "Updated 6.15pm", "November 8, 8:25 AM CST": a timestamp
    words = WORD.findall(t)
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return None
    if t.endswith((":", ",", "-", "–", "—", ";")) or t.startswith(("(", "-", "“", '"')):
        return None  # an unfinished line, a dateline or a quote, not a headline
    if t.endswith(".") and not t.endswith("..."):
        return None  # a sentence: headlines do not end in a full stop
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters) and len(words) > 6:
        return None  # a shouted teaser or section banner
    return t


def first_sentence(para: str) -> str:
    """The paragraph's first sentence; a full stop after an abbreviation or an initial does
    not end it."""
    for m in _SENTENCE_GAP.finditer(para):
        before = para[: m.start()].rstrip('"”’)')
        word = re.search(r"([\w.]+)\.$", before)
        if word and (
            (
                word.group(1).lower() in ABBREVIATIONS
                and not _ends_after(word.group(1), para[m.end() :])
            )
            or (len(word.group(1)) == 1 and word.group(1).isalpha())  # an initial, not "Sept. 9."
            or "." in word.group(1)  # U.S., a.m.
        ):
            continue
        return para[: m.start()].strip()
    return para.strip()


def _ends_after(abbreviation: str, rest: str) -> bool:
    """Whether a full stop after ``abbreviation`` also ends its sentence: the abbreviation can
    close one (a state, "Inc.", "Jr.": not a title before a name, "Gov.") and the next word
    opens a sentence, never a name (":data:`SENTENCE_OPENERS`: "... hit Moore, Okla. But she
    ...")."""
    nxt = rest.split(None, 1)[:1]
    return (
        abbreviation.lower() in SENTENCE_END_ABBREVIATIONS
        and bool(nxt)
        and nxt[0].strip('"“‘(').lower() in SENTENCE_OPENERS
    )


def lead_sentence(text: str) -> str:
    """The first sentence of an article's story (its lead), dateline removed: paragraphs that
    are furniture, labels or captions (no sentence ending) are passed over."""
    return next(lead_sentences(text), "")


def _worded_paragraphs(text: str) -> Iterator[str]:
    """The paragraphs of ``text`` that hold a clause's worth of words, without an outlet's
    label before them: not a cross-head, a label, a player line or a stray credit."""
    for para in text.split("\n"):
        para = _PREFIX.sub("", para.strip())
        if len(WORD.findall(para)) >= MIN_CLAUSE_WORDS and not _FURNITURE.match(para):
            yield para


def lead_sentences(text: str) -> Iterator[str]:
    """The sentences of an article's story from its lead on (the first one's dateline
    removed), paragraph by paragraph; furniture, labels and captions are passed over."""
    first = True
    for para in _worded_paragraphs(text):
        if not re.search(r"[.!?][\"”’)]*$", para) or _CREDIT.search(para):
            continue  # a caption or a teaser without its full stop
        while para:
            sent = first_sentence(para)
            para = para[len(sent) :].strip() if para.startswith(sent) else ""
            if first:
                sent = DATELINE.sub("", sent).strip()
                glued = glued_headline(sent)
                if glued:  # "Monkeys learn to ... left alone Monkeys at Colchester Zoo have"
                    yield glued
                    sent = sent[len(glued) :].strip()
            yield sent
            first = False


def glued_headline(sentence: str) -> str:
    """The headline a scraper glued to the story's first sentence, or ``""``: the sentence's
    first word comes back capitalised after a word in lower case with no stop between them
    ("Monkeys learn to cover their eyes when they want to be left alone Monkeys at Colchester
    Zoo have ..."): the story starts again there, on the headline's subject."""
    words = sentence.split()
    if len(words) < 2 * MIN_HEADLINE_WORDS or not words[0][:1].isupper():
        return ""
    for i in range(MIN_HEADLINE_WORDS, len(words) - MIN_HEADLINE_WORDS):
        before = words[i - 1]
        if words[i] != words[0] or not (before.isalpha() and before.islower()):
            continue
        head, rest = " ".join(words[:i]), " ".join(words[i:])
        # the headline ends where a phrase can and reads as one, and the story starts again
        # with a clause ("... talks between | Russian and Ukrainian negotiators" goes on)
        if (
            before.lower() not in GLUE_BREAKERS
            and stands(head)
            and reads_as_headline(head)
            and has_finite_verb(rest)
        ):
            return head
    return ""


# A subordinate clause opened after "that" whose main clause the cut took away ("said in the
# interview that when her conversations began last summer | , she ...").
_OPEN_SUBORDINATE = re.compile(
    r"\bthat (?:" + "|".join(sorted(SUBORDINATORS)) + r")\b(?![^,]*,)", re.I
)
# A sentence that ends inside its closing quote, with the next one glued to it ("... as only
# “Delegate S.P.” But Democrat ..."): no clause of its own.
_QUOTE_ENDS_SENTENCE = re.compile(r"[.!?][”\"]\s")
_DROPPABLE = tuple(tuple(re.compile(p) for p in step) for step in DROPPABLE)
# Words a headline cut at its word count cannot end on: they wait for what follows them.
_HANGING = STOP | FINITE | MODALS | OPEN_ENDED | DETERMINERS | SUBORDINATORS | HANGING_WORDS


def headline_from_sentence(sentence: str) -> str:
    """A headline made from a sentence: its core clause, at most :data:`MADE_HEADLINE_WORDS`
    words, never cut inside a word, without the closing attribution or full stop.

    When the clause would be cut with "…", the words a headline can lose (:data:`DROPPABLE`:
    a time adverb, the "that" of reported speech, an age, a home town, the opening article)
    are left out step by step, and the first step after which the clause ends whole is
    taken: a reader gets a finished clause rather than one broken off for a date. Only a
    clause that reads as a headline is tightened, and only into one that opens as it did
    (a dropped word must not let an opening phrase be taken for the subject's aside). When
    no step ends it whole, the same is tried again with a whole clause of up to
    :data:`MAX_HEADLINE_WORDS` words let stand: it tells more than one cut with "…" ("A man
    has been able to tell scientists that he is not in any pain", not "... scientists…").
    The same is tried for a clause cut at a phrase the clause needs (:data:`_NEEDED_PHRASE`:
    "Gingrich on Sunday had some choice words | for President Barack Obama"), taken only when
    the whole clause tells more than a time."""
    made = _core_clause(sentence)
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
        return made
    opening = {w.lower() for w in made.split()[:2]}
    # a phrase cut is undone only by a whole clause that tells more than a time ("… jerseys |
    # on Saturday night"), and not by leaving out the opening "The" ("New 'Evil Dead' has …")
    told = _told_words(made) if phrase_cut else -1
    steps = len(_DROPPABLE) - 1 if phrase_cut else len(_DROPPABLE)
    # (-1: no word left out, tried again only for the longer clause)
    for whole_words, first in ((MADE_HEADLINE_WORDS, 0), (MAX_HEADLINE_WORDS, -1)):
        for last in range(first, steps):
            # a relative clause goes first: the day it leaves may mark where it ends ("The
            # owners who ignited a controversy ... | on Monday quietly paid")
            tight = without_relative(_BRACKETED.sub("", sentence)) if last >= 0 else sentence
            # later steps first: a home town dropped frees the time adverb after it ("A man
            # from Bergen, Norway, recently had")
            for drop in (p for step in reversed(_DROPPABLE[: last + 1]) for p in step):
                tight = " ".join(drop.sub("", tight).split())
            tight = tight[:1].upper() + tight[1:]  # "The judge ..." -> "Judge ..."
            whole = _core_clause(tight, whole_words, phrases=not phrase_cut)
            if (
                not whole.endswith("…")
                and _told_words(whole) > told
                and whole.split()[0].lower() in opening
                and not _OPEN_SUBORDINATE.search(whole)
                and not _QUOTE_ENDS_SENTENCE.search(whole)
            ):
                return whole
    return made


# What a phrase cut may have taken from the clause it needs (where, when, how are not).
_NEEDED_PHRASE = re.compile(r"\s(?:for|to|and|but)\s")


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
            if len(WORD.findall(rest)) < MIN_CLAUSE_WORDS or _DEPENDENT.match(rest):
                break  # its main clause needs it ("If X, it is ..."): kept, and cut below
            s = rest[0].upper() + rest[1:]  # "Hours after X, his lawyer…" -> "His lawyer…"
        for _ in range(2):  # "According to the report, published in Nature, brain regions …"
            opening = _OPENING.match(s) or _participle_opening(s)
            if not opening or len(WORD.findall(s[opening.end() :])) < MIN_CLAUSE_WORDS:
                break
            rest = s[opening.end() :]
            s = rest[0].upper() + rest[1:]  # "Following the defeat, Rapinoe…" -> "Rapinoe…"
    if len(WORD.findall(s)) > MADE_HEADLINE_WORDS:
        for m in _CLAUSE_BREAK.finditer(s):
            if len(WORD.findall(s[: m.start()])) >= MIN_CLAUSE_WORDS:
                s = s[: m.start()]
                break
    if len(WORD.findall(s)) > MADE_HEADLINE_WORDS:
        cuts = [
            m.start()
            for m in _SOFT_BREAK.finditer(s)
            if SOFT_CLAUSE_WORDS <= len(WORD.findall(s[: m.start()])) <= MADE_HEADLINE_WORDS
            and stands(s[: m.start()])  # not "The man who shot a teenager | after ..."
        ]
        if cuts:
            s = s[: cuts[-1]]  # the longest core clause that fits
    if phrases and len(WORD.findall(s)) > MADE_HEADLINE_WORDS:
        s = phrase_cut(s)
    if phrases and len(WORD.findall(s)) > MADE_HEADLINE_WORDS and (cut := object_cut(s)):
        s = cut  # "... invent a clever technique | to tell ...": a clause whole, no "…"
    cut_short = len(WORD.findall(s)) > MADE_HEADLINE_WORDS and not (
        len(WORD.findall(s)) <= whole_words and stands(s) and not quotation(s)
    )
    if cut_short and (cut := ellipsis_cut(s)):
        s = cut + "…"
    elif cut_short:
        s = _word_cut(s)
        last = s.split()[-1][:-1]
        if s.endswith(".") and "." not in last and last.lower() not in ABBREVIATIONS:
            s = s[:-1]  # "got married Sept. 9." cut: "… Sept. 9…", not "9.…"
        s += "…"
    s = _CONTRAST_TAIL.sub("", _unstopped(s))  # "... found a cheaper alternative, however"
    return _unstopped(_CAPS_ARTICLE.sub(lambda m: m[0].title(), s))


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


def _bag(text: str) -> set[str]:
    return {w[:6] for w in WORD.findall(text.lower()) if len(w) > 2 and w not in STOP}


def _centrality(text: str, bags: Sequence[set[str]]) -> float:
    """How many words ``text`` shares with the members' word ``bags``, per word of its own."""
    bag = _bag(text)
    return sum(len(bag & b) for b in bags) / (1 + len(bag))


def _central(cands: Sequence[str], bags: Sequence[set[str]]) -> int:
    """Index of the most central candidate; ties go by the text itself, so the members'
    order never changes the answer."""
    return max(range(len(cands)), key=lambda i: (_centrality(cands[i], bags), cands[i]))


@dataclass(frozen=True, slots=True)
class _Offer:
    """A headline a member offers (made from one of its story sentences) and how it scores
    on its own: news told, depth in the story, a cut; and whether it tells background
    (:data:`BACKGROUND`), which only a member with nothing else offers."""

    text: str
    score: float
    background: bool


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the headline reads of one member's text: its story sentences, the words of its
    lead (and of its first TOLD_SENTENCES) and its offers of a made headline (:func:`_offers`)."""

    story: tuple[str, ...]
    context: frozenset[str]
    told: frozenset[str]
    offers: tuple[_Offer, ...]


@functools.lru_cache(maxsize=READING_CACHE)
def _reading(text: str) -> _Reading:
    """A member's :class:`_Reading` of its first :data:`LEAD_CHARS` characters (``text``)."""
    story = tuple(islice(lead_sentences(text), STORY_SENTENCES))
    return _Reading(
        story,
        frozenset(_bag(" ".join(story[:CONTEXT_SENTENCES]))),
        frozenset(_bag(" ".join(story[:TOLD_SENTENCES]))),
        _offers(story, text),
    )


def event_headline(titles: Sequence[str | None], texts: Sequence[str]) -> str:
    """The event's headline from its members' titles and texts (same order, one per article).

    The cleaned outlet headline that shares most words with the members' headlines and first
    sentences; an outlet title that teases rather than tells (:func:`teases`), or that tells
    nothing of the stories (:data:`MIN_TOLD_WORDS`: a section's or a page's label, "Abstract
    and Introduction", "Strange & Offbeat Stories"), only when no
    headline can be made that reads as one; without any, a headline made from the sentence
    that states the event's main fact (:func:`_made_headline`); ``""`` when no member has any
    text.
    """
    readings = [_reading(t[:LEAD_CHARS]) for t in texts]
    bags = [_bag(t or "") | r.context for t, r in zip(titles, readings, strict=True)]
    heads = sorted({h for t in titles if (h := clean_headline(t))})
    said = set().union(*(r.told for r in readings))
    whole: set[str] | None = None  # the members' leads' words, read for a title that needs them
    told = []
    for h in heads:
        if teases(h):
            continue
        words = _bag(h)
        if len(words & said) < MIN_TOLD_WORDS:
            # in title case a verb reads as a name ("California Rejects Labeling ...")
            if not has_finite_verb(h[:1] + h[1:].lower()):
                continue
            whole = whole or set().union(*(_bag(t[:LEAD_CHARS]) for t in texts))
            if len(words & whole) < MIN_TOLD_WORDS:
                continue
        told.append(h)
    if told:
        return told[_central(told, bags)]
    made = _made_headline(readings, bags)
    if made or not heads:
        leads = [r.story[0] for r in readings if r.story] or _unfinished_leads(texts)
        return made or _fallback_headline(leads, bags)
    return heads[_central(heads, bags)]


def _unfinished_leads(texts: Sequence[str]) -> list[str]:
    """Each member's first sentence of its first paragraph that is no furniture, ended or
    not: for an event whose members have no story sentence (a video page's description, a
    quotation left open), a headline made from their words beats an article id."""
    return [
        first_sentence(para)
        for text in texts
        if (para := next(_worded_paragraphs(text[:LEAD_CHARS]), None)) is not None
    ]


def _made_headline(readings: Sequence[_Reading], bags: Sequence[set[str]]) -> str:
    """The best headline made from the members' story sentences, or ``""`` when none reads
    as a clause of its own (:func:`reads_as_headline`).

    Each member offers its lead or the next sentences that read as a headline
    (:func:`_offers`). The main fact is what most outlets repeat: the offer sharing most words
    with the members' titles and first sentences wins, helped when it tells news (:data:`NEWS`:
    a day, "now", a change in the present perfect), losing a little per sentence deeper in its
    story, and when cut with "…": a member's second sentence whole beats its lead cut. An offer
    that tells background (:data:`BACKGROUND`: a state of long standing, a habit, a definition,
    a scene, what came before) is read only when no member offers news: however many words it
    shares with the leads (a scene-setting lead names everyone in the story), it is not what
    happened.
    """
    news = any(not o.background for r in readings for o in r.offers)
    offers: dict[str, float] = {}
    for r in readings:
        for o in r.offers:
            if not (news and o.background):
                offers[o.text] = max(o.score, offers.get(o.text, o.score))
    if not offers:
        return ""
    best = max(_centrality(h, bags) for h in offers) or 1.0
    return min(offers, key=lambda h: (-_centrality(h, bags) / best - offers[h], h))


def _offers(story: Sequence[str], text: str) -> tuple[_Offer, ...]:
    """A member's offers (``text``: its lead, where a word set in capitals is looked up): the
    headline made from its first story sentence that reads as one
    and does not tell background (:data:`BACKGROUND`), and when that one is cut with "…",
    also those of its next such sentences up to the first made whole (a clause read whole
    beats a lead cut short); else its first that reads as one, marked as background. Each is
    scored by :data:`NEWS_BONUS`, :data:`DEPTH_PENALTY`, :data:`CUT_PENALTY` and
    :data:`SHORT_PENALTY`."""
    out: list[_Offer] = []
    first = None
    for depth, sentence in enumerate(story):
        if _DEPENDENT.match(sentence) or sentence.rstrip("\"”’'").endswith("?"):
            continue  # a quote, a pronoun without its referent, a question
        if is_caption(sentence):
            continue  # "The car ... is pictured at the school in this evidence photo"
        h = _unquoted(sentence)
        if not reads_as_headline(h) or _DEPENDENT.match(h):  # "In 2008, he ..." made "He ..."
            continue
        if _GROUP_SAYS_PRONOUN.match(h) or not names_whom(h):  # "Police said he ...": who?
            continue
        if subject_only(sentence, h):  # "The documents critiquing ... | were marked ..."
            continue
        named = full_name(h, story[:depth])  # "Lehmkuhl emailed" -> "Kim Lehmkuhl emailed"
        h = named if len(WORD.findall(named)) <= MAX_HEADLINE_WORDS else h
        h = print_caps_undone(h, text)  # "The DÁIL IS to sit" -> "The Dáil is to sit"
        # "The agreement is likely to ...": the deal told before it is the news
        background = _background(sentence, h) or bool(_LEANING_SUBJECT.match(sentence))
        score = (
            NEWS_BONUS * _tells_news(sentence)
            - DEPTH_PENALTY * depth
            - CUT_PENALTY * h.endswith("…")
            - SHORT_PENALTY * (len(WORD.findall(h)) < SOFT_CLAUSE_WORDS)
            - LEANING_PENALTY * bool(_LEANING_NOUN.search(h.rstrip("…")))
        )
        if background:
            first = first or _Offer(h, score, background=True)
            continue
        out.append(_Offer(h, score, background=False))
        if not h.endswith("…"):
            break
    return tuple(out) or ((first,) if first else ())


def _fallback_headline(leads: Sequence[str], bags: Sequence[set[str]]) -> str:
    """The most central headline made from a lead when none reads as a clause: from a lead
    that stands on its own where there is one, and not a quotation where there is another."""
    standalone = [lead for lead in leads if not _DEPENDENT.match(lead)]
    made = {headline_from_sentence(x) for x in standalone or leads}
    made = sorted({h for h in made if not quotation(h)} or made)
    return made[_central(made, bags)] if made else ""


def _background(sentence: str, made: str) -> bool:
    """Whether a sentence tells background (:data:`BACKGROUND`): in the headline made from it
    (not in an aside it leaves out: "A dog that escaped being put down years ago was ..."),
    or in the opening it cut off ("Like every year, the awards had ..."); a headline cut short
    is read to the end of the clause it cut ("... did what all… | New Yorkers do", "... opened
    a candy stand | two weeks ago")."""
    if last := made.rstrip("…").split()[-1:]:
        at = sentence.find(" " + last[0] + " ")
        if at >= 0:
            rest = _CLAUSE_END.split(sentence[at + len(last[0]) + 2 :], maxsplit=1)[0]
            made = f"{made.rstrip('…')} {rest}"
    return bool(_BACKGROUND.search(made) or _BACKGROUND.match(sentence))


_GROUP_SAYS_PRONOUN = re.compile(GROUP_SAYS_PRONOUN, re.I)
# A person spoken of in the third person singular, as subject or object.
_PERSON_PRONOUN = re.compile(r"\b(?:she|he|her|him)\b", re.I)


# Words after "The" and a noun for a person that go on to say who they are ("The family of
# a toddler", "The man accused of ...").
_DEFINING = frozenset({"of", "who", "whose", "accused", "charged", "behind", "from", "at", "in"})


def names_whom(made: str) -> bool:
    """Whether a made headline names the person its "she", "he", "her" or "him" stands for:
    a name before the pronoun (a capital past the first word, or a first word that is no
    group's, :data:`UNNAMING_GROUPS`, before its verb) or a noun for a person
    (:data:`PERSON_WORDS`). "A stray bullet struck her as she ran" and "Police found her
    dead" lean on a sentence before them; so does a subject that is only "the" and a noun for
    a person or a pair, with no name in the headline ("The actress hit the red carpet", "The
    pair were reconvicted of the crime").
    """
    head = made.split()[:3]
    if (
        len(head) == 3
        and head[0] == "The"
        and head[1].lower() in PERSON_WORDS | {"pair", "duo", "trio", "couple"}
        and head[2].lower() not in _DEFINING  # "The family of a toddler ...": defined here
        and not any(w[:1].isupper() for w in made.split()[2:])
    ):
        return False
    m = _PERSON_PRONOUN.search(made)
    if m is None:
        return True
    words = made[: m.start()].split()
    first = words[0].lower() if words else ""
    # a name of one word is the subject straight before its verb ("Lowe said he ..."), not
    # "No one knew who she was"
    named_first = (
        len(words) > 1
        and words[0][:1].isupper()
        and first not in UNNAMING_GROUPS | DETERMINERS | STOP
        and (words[1].lower() in FINITE | MODALS | SAYING or past_verb(words[1]))
    )
    return (
        named_first
        or any(w[:1].isupper() for w in words[1:])
        or any(w.lower().strip(",’'s") in PERSON_WORDS for w in words)
    )


_LEANING_SUBJECT = re.compile(LEANING_SUBJECT)
_LEANING_NOUN = re.compile(LEANING_NOUN)


# Where a clause ends inside a sentence: a dash, a semicolon, a colon; or where a sentence
# ends that the scraper glued to the next ("... car wash last month.Kanasho Johns, 27, was").
_CLAUSE_END = re.compile(r"\s[-–—]{1,2}\s|[;:]\s|[.!?](?=\s*[A-Z\"“])")


def _tells_news(sentence: str) -> bool:
    """Whether ``sentence`` dates its news or states a change (:data:`NEWS`), or has a verb
    in the present perfect ("has died", "have found"), not "have long wanted"."""
    if _NEWS.search(sentence):
        return True
    return any(
        w in IRREGULAR_PAST or w.endswith(("ed", "en", "wn"))
        for w in _PERFECT.findall(sentence.lower())
    )


def _unquoted(sentence: str) -> str:
    """The headline made from ``sentence``; when its cut would leave a quotation open, made
    again from the sentence without quote marks ("…girlfriend said Monday the artist “died
    in his sleep…" → "…the artist died in his sleep"): the sayer is named before the words,
    as a headline reports speech. A sentence that opens with a quotation keeps it (someone's
    voice, not who did what)."""
    made = headline_from_sentence(sentence)
    if made[:1] in "\"“‘'" or not quotation(made):
        return made
    sayer = re.split(r"[“\"]", made, maxsplit=1)[0].strip()
    again = headline_from_sentence(re.sub(r"[“”\"]", "", sentence))
    # the words before the quotation (who said it) must stay in front of it
    return again if len(sayer.split()) >= MIN_SAYER_WORDS and again.startswith(sayer) else made


# Words before an opened quotation that can name who speaks ("Kinkade's girlfriend said").
MIN_SAYER_WORDS = 3


_NOT_A_LEAD = re.compile(NOT_A_LEAD, re.I)
# A writer or a speaker in the first person: their voice, not a headline's.
_FIRST_PERSON = re.compile(r"(?<![\w.’'-])(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)(?![\w.’'-])")
# The reader addressed ("... beating you out for the part"): a writer's aside, not the news.
_SECOND_PERSON = re.compile(
    r"(?<![\w.’'-])(?:[Yy]ou|[Yy]our|[Yy]ou[’']re|[Yy]ou[’']ll)(?![\w.’'-])"
)


_BACKGROUND = re.compile("|".join(f"(?:{p})" for p in BACKGROUND), re.I)
_NEWS = re.compile("|".join(f"(?:{p})" for p in NEWS))
# The participle of a present perfect ("has died", "have now found", "has been charged").
_PERFECT = re.compile(r"\b(?:has|have)(?:n[’']t)? (?:\w+ly |now |just |finally |been )?(\w+)")
_TEASER = re.compile("|".join(f"(?:{p})" for p in TEASERS), re.I)


def teases(title: str) -> bool:
    """Whether an outlet's title teases rather than tells the news ("Trending News: How Good
    Of A Person Are You?", "Songs Remixed: Listen to 7 of the Best"): it asks or calls the
    reader, so any headline that states the event's fact is preferred to it."""
    return bool(_TEASER.search(title))


def is_caption(sentence: str) -> bool:
    """Whether ``sentence`` is a photo's caption scraped into the story (:data:`CAPTIONS`):
    what a picture shows is neither a headline nor a statement of the news."""
    return bool(_CAPTION_SENTENCE.search(sentence))


def reads_as_headline(made: str) -> bool:
    """Whether a headline made from a sentence reads as one: a clause with its own finite
    verb (:func:`has_finite_verb`), not a quotation nor a phrase with a quote left open, not
    a sentence going on from another ("But it could ..."), a subordinate clause ("If he
    passes ...") or a first- or second-person one ("Rarely do I give thanks")."""
    return bool(made) and not (
        quotation(made)
        or not has_finite_verb(made)
        or _NOT_A_LEAD.match(made)
        or SUBORDINATE_START.match(made)
        or _FIRST_PERSON.search(made)
        or _SECOND_PERSON.search(made)
    )


__all__ = [
    "LEAD_CHARS",
    "MADE_HEADLINE_WORDS",
    "MAX_HEADLINE_WORDS",
    "clean_headline",
    "event_headline",
    "glued_headline",
    "headline_from_sentence",
    "is_caption",
    "lead_sentence",
    "names_whom",
    "strip_site_name",
    "teases",
]
