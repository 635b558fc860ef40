"""Headlines: what reads as one, how to clean one, and which one an event gets.

An event's headline is the first thing a reader sees, so it is one rule used everywhere (the
store's event list, ``show``, ``brief``, the API and the page all call
:func:`event_headline` on the same members): the best outlet headline when the articles carry
one, cleaned of page furniture (a title that teases the reader or labels a page gives way to
a made one), otherwise one made from the sentence that states the event's main fact, cut to
its core clause. A made headline must read as a clause of its own (a subject and a finite
verb, :func:`has_finite_verb`; not a quotation, a first-person aside or a verbless name) and
should tell the news, not background: when a member's lead does not, its next sentences are
tried, and of the members' offers the one the outlets repeat most wins. A headline is never
cut inside a word and never runs past :data:`MAX_HEADLINE_WORDS` words. How a headline is
made from one sentence is :mod:`newsweave.text.headline_made`'s.

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

from newsweave.text.clause import has_finite_verb
from newsweave.text.headline_agreed import agreed_headline
from newsweave.text.headline_asides import subject_relative
from newsweave.text.headline_before import OCCASIONS, SOLE_OFFICES, named_kind, told_before
from newsweave.text.headline_cut import (
    MADE_HEADLINE_WORDS,
    MIN_CLAUSE_WORDS,
    SOFT_CLAUSE_WORDS,
    WORD,
    past_verb,
    quotation,
    stands,
    subject_only,
)
from newsweave.text.headline_label import page_label
from newsweave.text.headline_made import (
    DATELINE,
    DEPENDENT,
    MAX_HEADLINE_WORDS,
    MIN_HEADLINE_WORDS,
    headline_from_sentence,
    reads_as_headline,
)
from newsweave.text.headline_names import (
    full_name,
    named_in_full,
    object_named_in_full,
    print_caps_undone,
)
from newsweave.text.headline_patterns import (
    ABBREVIATIONS,
    BACKGROUND,
    CAPTIONS,
    DETERMINERS,
    FINITE,
    FURNITURE_HEADLINES,
    GLUE_BREAKERS,
    GROUP_SAYS_PRONOUN,
    HEDGE,
    IRREGULAR_PAST,
    LEANING_NOUN,
    LEANING_REFERENCE,
    LEANING_SUBJECT,
    MODALS,
    NEWS,
    PAPER_MARKS,
    PERSON_WORDS,
    READER_CALLS,
    SAYING,
    SENTENCE_END_ABBREVIATIONS,
    SENTENCE_OPENERS,
    STAMPS,
    STOP,
    TEASERS,
    UNNAMING_GROUPS,
)
from newsweave.text.headline_talk import PAGE_TALK

# Only this much of each text is read for its lead: enough for any first paragraph, and the
# same prefix the store reads, so both give the same headline.
LEAD_CHARS = 3000
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
# remarks ...", "... at the site"; or a subject "The" and a kind its story's sentences before
# named, :func:`~newsweave.text.headline_before.told_before`: "The studio listed ..."): a
# reader cannot tell which. On multinews, 0.3 let
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
_PAPER_MARK = re.compile("|".join(f"(?:{p})" for p in PAPER_MARKS), re.I)
_READER_CALL = re.compile("|".join(f"(?:{p})" for p in READER_CALLS), re.I)
_PAGE_TALK = re.compile("|".join(f"(?:{p})" for p in PAGE_TALK), re.I)

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
        if first:  # the wire's "(AP)" or "(Reuters)" in a dateline is no photo's credit
            para = DATELINE.sub("", para).strip()
        if not re.search(r"[.!?][\"”’)]*$", para) or _CREDIT.search(para):
            continue  # a caption or a teaser without its full stop
        while para:
            sent = first_sentence(para)
            para = para[len(sent) :].strip() if para.startswith(sent) else ""
            if first:
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
    text. A made headline keeps only the counts the members' leads agree on
    (:func:`~newsweave.text.headline_agreed.agreed_headline`).
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
    if made:  # "Kreiss finds ..." -> "Daniel Kreiss finds ...": named as the members name him
        named = named_in_full(made, [t[:LEAD_CHARS] for t in texts])
        made = named if len(WORD.findall(named)) <= MAX_HEADLINE_WORDS else made
        named = object_named_in_full(made, [t[:LEAD_CHARS] for t in texts])  # "with Woods"
        made = named if len(WORD.findall(named)) <= MAX_HEADLINE_WORDS else made
        # "FURIOUS 7 will reach ..." -> "Furious 7 ...": as the other members write it
        made = print_caps_undone(made, "\n".join(t[:LEAD_CHARS] for t in texts))
    if made or not heads:
        leads = [r.story[0] for r in readings if r.story] or _unfinished_leads(texts)
        made = made or _fallback_headline(leads, bags)
        if quotation(made) and (label := page_label(s for r in readings for s in r.story)):
            return label  # a quote is no headline: "Backstage reactions of Jon Cryer, ..."
        return agreed_headline(made, leads)
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
    story, and when cut with "…": a member's second sentence whole beats its lead cut. The
    best of the whole offers is taken over any cut one when it names what the story is about
    (:func:`_names_the_story`): a newsroom never prints a title cut mid-clause. An offer
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
    whole = {h: v for h, v in offers.items() if not h.endswith("…")}
    if whole and _names_the_story(made := _best_offer(whole, bags)):
        return made
    return _best_offer(offers, bags)


def _best_offer(offers: dict[str, float], bags: Sequence[set[str]]) -> str:
    """The offer whose words the members share most, as a share of the best one's, plus its
    own score (:func:`_offers`)."""
    best = max(_centrality(h, bags) for h in offers) or 1.0
    return min(offers, key=lambda h: (-_centrality(h, bags) / best - offers[h], h))


def _names_the_story(made: str) -> bool:
    """Whether a made headline is whole and names what its story is about: someone or
    something by name or number (a capital past its first word, a digit), in a clause of at
    least :data:`SOFT_CLAUSE_WORDS` words, not ending on a thing told before by its kind
    (:data:`LEANING_NOUN`: "... were shot at the site", which site?; a subject so named is
    told which by the names after it: "The lawsuit was filed ... against Bushmaster"). Only
    such a headline displaces one cut with "…": "The technology is used in the more expensive
    models of the device" says not which story, nor does "The Senate might not be broken";
    the cut "The class-action lawsuit argues that the PurePulse technology…" does."""
    words = made.split()[1:]
    return (
        not made.endswith("…")
        and len(WORD.findall(made)) >= SOFT_CLAUSE_WORDS
        and any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words)
        and not any(m.end() == len(made) for m in _LEANING_NOUN.finditer(made))
    )


def _offers(story: Sequence[str], text: str) -> tuple[_Offer, ...]:
    """A member's offers (``text``: its lead, where a word set in capitals is looked up): the
    headline made from its first story sentence that reads as one (not a paper's sentence
    with its reference marks, :data:`PAPER_MARKS`, nor a page's call to its reader,
    :data:`READER_CALLS`, nor the page speaking of itself,
    :data:`~newsweave.text.headline_talk.PAGE_TALK`, nor one pointing at what only a sentence
    before names, :data:`LEANING_REFERENCE`) and does not tell background
    (:data:`BACKGROUND`), and when that one is cut with "…", also those of its next such
    sentences up to the first made whole (a clause read whole beats a lead cut short); else
    its first that reads as one, marked as background. "Of them" is named by the kind told
    after it (:data:`_THEM_AND_OTHERS`), a kind by the name a sentence before gave it
    (:func:`~newsweave.text.headline_before.named_kind`: "The zoo" -> "The Calgary Zoo").
    Each is scored by :data:`NEWS_BONUS`, :data:`DEPTH_PENALTY`, :data:`CUT_PENALTY` and
    :data:`SHORT_PENALTY`. A sentence inside a quotation opened before it is passed over
    (:func:`_inside_quotation`): a speaker's words are no title."""
    out: list[_Offer] = []
    first = None
    quoted = False
    for depth, sentence in enumerate(story):
        inside = _inside_quotation(sentence, quoted)
        quoted = _quote_open_after(sentence, quoted)
        if inside:
            continue  # '"Come on, everybody! | All interns! | Anthony wants to say hello.'
        if DEPENDENT.match(sentence) or sentence.rstrip("\"”’'").endswith("?"):
            continue  # a quote, a pronoun without its referent, a question
        if is_caption(sentence):
            continue  # "The car ... is pictured at the school in this evidence photo"
        if _READER_CALL.search(sentence):
            continue  # "Our printable cards can be ordered on X (click here)": a pitch
        if _PAGE_TALK.search(sentence):
            continue  # "Celebuzz has compiled a list of the best moments": the page's label
        if _PAPER_MARK.search(sentence):
            continue  # "Several previous ... studies have observed ... region14,16,18 (Fig."
        sentence = _THEM_AND_OTHERS.sub(r"of \1", sentence)  # "copies of DHS papers"
        h = _unquoted(sentence)
        if not reads_as_headline(h) or DEPENDENT.match(h):  # "In 2008, he ..." made "He ..."
            continue
        if _GROUP_SAYS_PRONOUN.match(h) or not names_whom(h):  # "Police said he ...": who?
            continue
        if _LEANING_REFERENCE.search(h):  # "A clerk found copies of them": of what?
            continue
        if subject_only(sentence, h):  # "The documents critiquing ... | were marked ..."
            continue
        named = full_name(h, story[:depth])  # "Lehmkuhl emailed" -> "Kim Lehmkuhl emailed"
        h = named if len(WORD.findall(named)) <= MAX_HEADLINE_WORDS else h
        named = named_kind(h, story[:depth])  # "The zoo follows" -> "The Calgary Zoo follows"
        h = named if len(WORD.findall(named)) <= MAX_HEADLINE_WORDS else h
        h = print_caps_undone(h, text)  # "The DÁIL IS to sit" -> "The Dáil is to sit"
        # "The agreement is likely to ...": the deal told before it is the news
        background = _background(sentence, h) or bool(_LEANING_SUBJECT.match(sentence))
        score = (
            NEWS_BONUS * _tells_news(sentence)
            - DEPTH_PENALTY * depth
            - CUT_PENALTY * h.endswith("…")
            - SHORT_PENALTY * (len(WORD.findall(h)) < SOFT_CLAUSE_WORDS)
            - LEANING_PENALTY
            * bool(_LEANING_NOUN.search(h.rstrip("…")) or told_before(h, story[:depth]))
        )
        if background:
            first = first or _Offer(h, score, background=True)
            continue
        out.append(_Offer(h, score, background=False))
        if not h.endswith("…"):
            break
    return tuple(out) or ((first,) if first else ())


# A quotation mark (two closing single ones stand for a double: "“Evil Dead’’"); one that
# opens a paragraph's quotation ('"I always say ...': a quotation running over paragraphs
# opens each again without closing the one before); one that closes it before the writer's
# words ('" We crowded into ...').
_QUOTE_MARK = re.compile(r"[\"“”]|’’")
_QUOTE_OPENING = re.compile(r"^[\"“](?=\S)")
_QUOTE_CLOSING = re.compile(r"^(?:”|’’|\"(?=\s))")


def _quote_open_after(sentence: str, open_before: bool) -> bool:
    """Whether a quotation is left open after ``sentence``, given whether one was open before
    it: the sentences after a quote's opening and before its close are the speaker's words
    ('"Come on, everybody! | All interns! | Anthony wants to say hello. | " We crowded ...'),
    which the splitter cuts at each full stop; a title made of one would be a quote fragment.
    A curly mark says which way it goes; a straight one turns the state over."""
    is_open = open_before and not _QUOTE_OPENING.match(sentence)
    for mark in _QUOTE_MARK.findall(sentence):
        is_open = mark == "“" or (mark == '"' and not is_open)
    return is_open


def _inside_quotation(sentence: str, open_before: bool) -> bool:
    """Whether ``sentence`` is a speaker's words within a quotation opened before it (one it
    opens with its first mark is a quote :data:`DEPENDENT` reads; one it closes first goes on
    in the writer's words)."""
    return open_before and not _QUOTE_CLOSING.match(sentence)


def _fallback_headline(leads: Sequence[str], bags: Sequence[set[str]]) -> str:
    """The most central headline made from a lead when none reads as a clause: from a lead
    that stands on its own where there is one, and not a quotation where there is another;
    a quotation of one whole sentence is given whole, its quote closed
    (:func:`_whole_quotation`), never cut open."""
    standalone = [lead for lead in leads if not DEPENDENT.match(lead)]
    made = {_whole_quotation(x) or headline_from_sentence(x) for x in standalone or leads}
    made = sorted({h for h in made if not quotation(h)} or made)
    return made[_central(made, bags)] if made else ""


# A lead that is one quoted sentence: its opening mark, its words (no mark inside them) and
# its closing stop (a speaker's trailing "…" with it), its closing mark if the quote ends.
_QUOTED_SENTENCE = re.compile(r"^([\"“])([^\"“”]+?)[\s.…]*[\"”]?$")


def _whole_quotation(lead: str) -> str:
    """A lead that is one quoted sentence as a headline: its words whole within the quote
    marks ('"She was such a joy to coach…. | She never missed ...' gives '"She was such a joy
    to coach"'), not a fragment left open on the speaker's trailing "…" (the quotation goes on
    in the next sentences); ``""`` when the lead is no such sentence, or its words are too
    many for a headline or have no finite verb."""
    m = _QUOTED_SENTENCE.match(lead)
    if m is None or not has_finite_verb(m[2]):
        return ""
    if not MIN_HEADLINE_WORDS <= len(WORD.findall(m[2])) <= MAX_HEADLINE_WORDS:
        return ""
    return f"{m[1]}{m[2]}{'”' if m[1] == '“' else m[1]}"


def _background(sentence: str, made: str) -> bool:
    """Whether a sentence tells background (:data:`BACKGROUND`): in the headline made from it
    (not in an aside it leaves out: "A dog that escaped being put down years ago was ..."),
    or in the opening it cut off ("Like every year, the awards had ..."); a headline cut short
    is read to the end of the clause it cut ("... did what all… | New Yorkers do", "... opened
    a candy stand | two weeks ago"). What is inferred now of the past (:data:`_INFERRED_PAST`)
    is no background, however old its time."""
    # a time in the subject's relative clause dates what the subject is, not the news ("A dog
    # that escaped being euthanized years ago | was an active participant in rescue efforts")
    if _HEDGE.search(sentence) and not _HEDGE.search(made):
        return True  # "... is ready to help": the joke stated as fact, its hedge cut off
    relative = subject_relative(made.rstrip("…"))
    if last := made.rstrip("…").split()[-1:]:
        at = sentence.find(" " + last[0] + " ")
        if at >= 0:
            rest = _CLAUSE_END.split(sentence[at + len(last[0]) + 2 :], maxsplit=1)[0]
            rest = _OBJECT_RELATIVE.split(rest, maxsplit=1)[0]
            made = f"{made.rstrip('…')} {rest}"
    if relative:
        made = made.replace(relative, "", 1)
    if _INFERRED_PAST.search(made):
        return False  # "The coins may have been stolen from the Mint in 1900": found out now
    return bool(_BACKGROUND.search(made) or _BACKGROUND.match(sentence))


# A relative clause after the cut, of a thing the rest names: its time dates that thing, not
# the news ("... would be sacked after officials shut down a fake embassy | that has been
# operating for 10 years").
_OBJECT_RELATIVE = re.compile(r"\s(?:that|which|who) (?=(?:has|have|had) been\b)")


# A modal perfect passive: what someone infers now of the past ("may have been stolen from
# the Mint in 1900", "could have been painted in the 1650s"), a finding that is the news
# however old its time. Not an active one: "Gadhafi may have fled" is what was suspected.
_INFERRED_PAST = re.compile(r"\b(?:may|might|could|must) (?:well |also )?have been\b", re.I)


_GROUP_SAYS_PRONOUN = re.compile(GROUP_SAYS_PRONOUN, re.I)
# A person spoken of in the third person, as subject or object ("them": "The evolutionary
# shift helped them cope with the colder conditions" leans on whom a sentence before named).
_PERSON_PRONOUN = re.compile(r"\b(?:she|he|her|him|them)\b", re.I)


# Words after "The" and a noun for a person that go on to say who they are ("The family of
# a toddler", "The man accused of ...").
_DEFINING = frozenset({"of", "who", "whose", "accused", "charged", "behind", "from", "at", "in"})


def _named_before_verb(noun: str, words: Sequence[str]) -> bool:
    """Whether a subject "The" and a noun for a person (``noun``) goes on to a name before
    its verb in ``words`` ("The actress Kerry Washington wore ..."): a name after the verb
    says where or to whom ("The actress hit the Met Gala red carpet": which actress?). Without
    a verb in the words, any name in them counts; so it does after a sole office
    (:data:`~newsweave.text.headline_before.SOLE_OFFICES`: "The president has spoken about
    George Zimmerman's acquittal" names the one of that news)."""
    for w in words:
        if noun not in SOLE_OFFICES and (w.lower() in FINITE | MODALS or past_verb(w)):
            return False
        if w[:1].isupper():
            return True
    return False


def names_whom(made: str) -> bool:
    """Whether a made headline names the person its "she", "he", "her", "him" or "them" stands
    for:
    a name before the pronoun (a capital past the first word, or a first word that is no
    group's, :data:`UNNAMING_GROUPS`, before its verb) or a noun for a person
    (:data:`PERSON_WORDS`). "A stray bullet struck her as she ran" and "Police found her
    dead" lean on a sentence before them; so does a subject that is only "the" and a noun for
    a person or a pair, with no name before its verb (:func:`_named_before_verb`: "The
    actress hit the Met Gala red carpet", "The pair were reconvicted of the crime").
    """
    head = made.split()[:3]
    if (
        len(head) == 3
        and head[0] == "The"
        and head[1].lower() in PERSON_WORDS | {"pair", "duo", "trio", "couple"}
        and head[2].lower() not in _DEFINING  # "The family of a toddler ...": defined here
        and not _named_before_verb(head[1].lower(), made.split()[2:])
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
_LEANING_REFERENCE = re.compile(LEANING_REFERENCE)
# "Of them" with the kind they are of, named after it ("copies of them, along with other
# sensitive papers,"): "copies of sensitive papers" says it without the sentence before.
_THEM_AND_OTHERS = re.compile(r"\bof them,? (?:along with|as well as|and) other ([^,.;]+),?")


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
    as a headline reports speech (a quotation closed by a single mark as well,
    :data:`_MISMATCHED_QUOTE`). A sentence that opens with a quotation keeps it (someone's
    voice, not who did what)."""
    made = headline_from_sentence(sentence)
    if made[:1] in "\"“‘'" or not quotation(made):
        return made
    sayer = re.split(r"[“\"]", made, maxsplit=1)[0].strip()
    again = headline_from_sentence(re.sub(r"[“”\"]", "", _MISMATCHED_QUOTE.sub(r"\1", sentence)))
    # the words before the quotation (who said it) must stay in front of it
    return again if len(sayer.split()) >= MIN_SAYER_WORDS and again.startswith(sayer) else made


# Words before an opened quotation that can name who speaks ("Kinkade's girlfriend said").
MIN_SAYER_WORDS = 3
# A quotation a double mark opens and a single one closes ('the campaign's use of "binders
# of women' and Big Bird'): both go with the other marks, else the single one is left
# unbalanced. Not after an "s", where it may be a plural's possessive ('"the players' union').
_MISMATCHED_QUOTE = re.compile(r"[“\"]([^“”\"‘’']+?)(?<![sS])['’](?=[\s,.;:!?]|$)")


_BACKGROUND = re.compile("|".join(f"(?:{p})" for p in BACKGROUND + OCCASIONS), re.I)
_NEWS = re.compile("|".join(f"(?:{p})" for p in NEWS))
_HEDGE = re.compile(HEDGE, re.I)
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


__all__ = [
    "DATELINE",
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
