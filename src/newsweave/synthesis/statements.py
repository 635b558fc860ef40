"""The event's aligned statements, and the details only one of its outlets gives.

The ``facts`` stage (:mod:`newsweave.synthesis.stages.facts`) aligns the event's eligible
units into facts; an :class:`Alignment` holds what it relates them by. What no other outlet
states, or what others said close to but no other outlet backs in one wording, is its
outlet's own: :func:`unique_details` ranks those statements by what they tell of this
event's story (:func:`_standing`) and words each as it reads alone, so a reader gets what
each outlet adds without a dangling "They" or the writer's "we". A detail is what the outlet
reports, not what its writer says to the reader aside from it: no opinion, no imperative, no
"If you ..." nor a sentence cut inside a parenthesis (a whole sentence in parentheses is shown
without them and read as any other), nor a line that only promises what was told ("Brad
also revealed the last conversation he had with Devin": :func:`_promises`).
A detail is read alone: one that opens on someone or something its outlet
told of before ("The person added that ...", "The pair threw back ...") points at nothing,
and a quotation that does not say whose it is (a bare quote, or one "she said") is no one's
words there. The Quotes section shows every direct quote with its speaker, so such a
quotation is left to it: naming its speaker here would print the same words twice; so is a
quotation with no more than its speaker and verb around it ('"…," Parker wrote.':
:mod:`~newsweave.synthesis.quote_lines`).

A column, a blog post or a review (an outlet whose writer speaks to the reader in their own
voice again and again: "I", "you", questions, exclamations) lends its writer's take to every
sentence, not only to those that say "I": cutting the lines that talk to the reader leaves
the next one, as much the writer's ("Zuck is playing a wider game here", "this one goes in
the Gyllenhaal column"). From such an outlet a detail is what someone is reported to have
said by name ("Markus Persson said he is canceling ...") or a figure or a date it gives
("Facebook is buying Oculus VR ... in a $2 billion deal"), not the writer's own lines.

A detail is something that happened, told by one outlet: not a photo's caption run into the
story, nor the writer's truth of no one and no time, nor any line of a reference page printed
beside the story (a fact sheet on the syndrome a victim had), which are background at most. A
review tells its work's story in the present tense too, but that story is its event's: its
lines stay. Nor is a detail a subheading or a charge sheet's line with no verb of its own, a
subordinate clause without its main clause, a bid to the reader, or a scene's colour (someone
paused, squinted, looked on): they tell a reader of the event nothing that happened. Nor is it
the page's own furniture (its list, its offers), the note on who wrote the piece, or a line of
a transcript's guest (:mod:`~newsweave.synthesis.page_lines`). A "she" it opens on for someone
only its outlet names follows the line naming her (:mod:`~newsweave.synthesis.detail_pronouns`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

from newsweave.models import Sentence, Span, UniqueDetail
from newsweave.nlp import doc_text
from newsweave.synthesis.captions import pictured, verbless
from newsweave.synthesis.detail_pronouns import (
    Pointing,
    StoryPeople,
    known,
    names,
    names_known,
    pointing,
    story_people,
)
from newsweave.synthesis.general_truth import general_truth
from newsweave.synthesis.mention_kinds import WORK_NOUNS
from newsweave.synthesis.page_lines import guest_turns, tail_sentences, writer_line
from newsweave.synthesis.quote_lines import quotation_line
from newsweave.synthesis.quotes.cues import CUE_LEMMAS, WEAK_CUES
from newsweave.synthesis.standalone import closed_quotes, named_wording, voiced
from newsweave.synthesis.units import Features, Unit, claim_text
from newsweave.text.clause import SUBORDINATE_START
from newsweave.text.lexicons import in_ranges, quoted_ranges
from newsweave.text.statement_patterns import (
    APPEAL,
    ASIDE,
    ASIDE_LABEL,
    DANGLING,
    IMPERATIVE,
    OPINION,
    PAGE_FURNITURE,
    PAIRED_PEOPLE,
    READER_CASE,
    READER_NOD,
    SECOND_PERSON,
    own_voice,
)

# A sentence this close to any other article's sentence is not "only one outlet reports".
UNIQUE_MAX_SIM = 0.62
# A statement less similar than this to everything the other articles say is about another
# story (a pasted teaser, a stray paragraph), not a detail of this event.
UNRELATED_SIM = 0.2
# Unique details kept per article (ranked by :func:`_standing`): a reader skims, not reads.
MAX_UNIQUE_PER_ARTICLE = 6
# The least weight a detail's closeness to the event (:func:`_closeness`) gives it: a unit
# farther from the other outlets than every other statement still keeps a sliver of what it
# tells, and a negative mean cosine does not turn its rank upside down.
CLOSENESS_FLOOR = 0.01
# An outlet whose writer speaks in their own voice (:func:`_writer_voice`) in at least this
# share of its sentences is a column, a review or a blog post: of the 578 Multi-News
# validation articles of 8 sentences or more, 47 reach it (and :data:`COLUMN_MIN_VOICED`),
# most of them columns, reviews, live blogs and recaps (a few news reports full of a
# speaker's words without quotation marks do too).
COLUMN_VOICE = 0.2
# ... out of at least this many sentences, and in at least this many of them: a column speaks
# as its writer again and again; two or three such lines in a short item are a remark, a
# caption or a speaker's words the scrape lost the marks of ("... melt in your mouth", "What
# on earth can we expect next?" in a 12-sentence report on a biscuit cup).
COLUMN_MIN_SENTENCES = 8
COLUMN_MIN_VOICED = 4
# An article of at least REFERENCE_MIN_SENTENCES sentences that tells something in the past
# tense in fewer than this share of them is a reference page, a guide or a review (a fact sheet
# on the syndrome a victim had, a disease's page beside the story of one patient): its lines
# are truths of no time, not details of the event. Of the 690 Multi-News validation articles
# (read with the tagger alone), 4 fall below it: two health pages, an advice column and a film
# review; the next up (0.06) is a feature on a menu item's return, whose lines are its news.
# Woven (session 38, all 250 events), the details of 4 articles go: the two health pages, a
# program's fact sheet beside a leak story and a review of a film three reviews cover.
REFERENCE_PAST_SHARE = 0.05
# ... out of at least this many sentences: a study's abstract or a short release tells its
# news in the present tense in a paragraph ("Five studies show that hunger increases ...").
REFERENCE_MIN_SENTENCES = 12
# ... unless it speaks of a work (:data:`~newsweave.synthesis.mention_kinds.WORK_NOUNS`: "the
# film", "the movie") in at least this share of its sentences: a review tells its work's story
# and its verdict in the present tense, and its lines are the story of an event about that work.
# Of the 24 Multi-News validation articles of 12+ sentences telling least in the past (under
# 0.2), the reviews speak of their work in 0.11 to 0.31 of their sentences (046-0, 070-2, 181-0,
# 181-1, 181-2, 021-0), the health pages, fact sheets and advice pages in none.
REVIEW_WORK_SHARE = 0.1
# Penn tags of a personal or possessive pronoun ("her", "his", "they"): in a detail's subject
# it stands for someone named before, so the statement is about them, not a truth of no one.
_PERSONAL_TAGS = frozenset({"PRP", "PRP$"})
# Dependencies of a clause's subject, a clause too ("What they are saying is that ...").
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Words that point a subject at something the story told of ("The researchers", "this
# individual", "That makes ..."): a general truth's subject is any one ("People", "Laws that").
_POINTING = frozenset({"the", "this", "that", "these", "those"})
# The dependencies of an expletive "there" and of a phrase a preposition heads (an inverted
# sentence's opening: :func:`_inverted_opening`).
_EXPLETIVE_DEP = "expl"
_PREP_DEP = "prep"
# The dependency of what a copula's subject is said to be, which an inversion puts after the
# verb ("... are several controversial matters").
_ATTRIBUTE_DEP = "attr"
# The Penn tag of a progressive's verb ("are looking"): a happening under way.
_GERUND_TAG = "VBG"
# The Penn tag of a verb in the past tense ("was celebrating", "diverted"): a happening told.
_PAST_TAG = "VBD"


@dataclass(frozen=True)
class Alignment:
    """The event's eligible units and how they relate; every row aligns with ``units``."""

    units: list[Unit]
    feats: list[Features]
    sim: np.ndarray  # cosine between units
    art_of: np.ndarray  # position of each unit's article in the input
    weights: dict[str, float]  # lemma IDF over the units
    penalty: list[float]  # unit_penalty of each unit, asked for again and again in merging


@dataclass(frozen=True)
class DetailPages:
    """The articles of an event read as a whole for its details (:func:`detail_pages`):
    ``columns`` speak in their writer's voice (:func:`_columns`), ``references`` are reference
    pages (:func:`_reference_pages`), ``turns`` are the turns of transcripts' guests, their
    words (:func:`~newsweave.synthesis.page_lines.guest_turns`). Read
    once per event, over all its sentences, for every list of details drawn from it."""

    columns: frozenset[str]
    references: frozenset[str]
    turns: frozenset[Span]


def detail_pages(sentences: list[Sentence], docs: dict[str, Doc]) -> DetailPages:
    """The event's columns, reference pages and transcripts (:class:`DetailPages`)."""
    return DetailPages(
        frozenset(_columns(sentences, docs)),
        frozenset(_reference_pages(sentences, docs)),
        frozenset(t for a, doc in docs.items() for t in guest_turns(a, doc_text(doc))),
    )


def unique_details(
    al: Alignment,
    free: np.ndarray,
    alone: np.ndarray,
    sentences: list[Sentence],
    docs: dict[str, Doc],
    pages: DetailPages,
    *,
    quoted: frozenset[Span],
) -> list[UniqueDetail]:
    """Statements only one article makes (and that are about this event), those that add
    most to its story first (:func:`_standing`), at most MAX_UNIQUE_PER_ARTICLE per article
    (its best by the same rank). A statement ``alone`` is one: others said something close,
    but no other outlet backs it (:func:`_facts_of`), so it is its outlet's own, not lost.
    ``pages``: the event's :func:`detail_pages`; ``quoted``: the quotations the Quotes section
    shows (:func:`~newsweave.synthesis.quote_lines.shown_quotations`), whose lines of no more
    than their speaker it leaves to that section (:func:`~newsweave.synthesis.quote_lines.
    quotation_line`)."""
    units, sim, art_of = al.units, al.sim, al.art_of
    other = art_of[:, None] != art_of[None, :]
    pool = free | alone
    standing = _standing(al)
    cand: list[tuple[float, int]] = []
    for u in np.nonzero(pool)[0]:
        mask = other[u]
        if mask.any():
            nearest = float(sim[u][mask].max())  # the closest statement of another outlet
            if not alone[u] and nearest >= UNIQUE_MAX_SIM:
                continue  # another outlet says something close: not unique
            if nearest < UNRELATED_SIM:
                continue  # close to nothing the others say: another story, not a detail of it
        cand.append((float(standing[u]), int(u)))
    cand.sort(key=lambda t: -t[0])
    taken = {(units[u].article, units[u].start) for u in np.nonzero(~pool)[0]}
    columns, references = pages.columns, pages.references
    tails = tail_sentences(sentences)
    listing = _Listing(story_people(docs.values()))
    for rank, u in cand:
        un = units[u]
        fuller = un.standalone is None and un.sentence in listing.mains  # in its main's place
        if (listing.full(un.article) and not fuller) or rank <= 0:
            continue
        if un.sentence in listing.wholes:
            continue  # its sentence is listed already
        if un.standalone is None:  # a clause or quote fragment: show and cite its sentence
            sent = sentences[un.sentence]
            if (sent.article, sent.start) in taken:
                listing.per_art[un.article] += 1
                continue  # its main clause is a fact already: the rest is not a detail alone
            said, at, span = sent.text, sent.start, sent.span
        else:
            # shown past a dateline ("DENVER (AP) — "), cited as its statement, as a fact is
            said = claim_text(un, 0, sentences)
            at, span = un.start + len(un.standalone) - len(said), un.span
        wording = named_wording(said, at, docs[un.article])
        shown = _as_reported(wording.text)
        # (:func:`_leans` reads a cut quote as cut; whose a quotation is, it says once closed)
        text = closed_quotes(shown)
        if (
            _leans(shown)
            or to_reader(shown)
            or _unvoiced(text)
            or verbless(docs[un.article], span, text)
            or _unreported(docs[un.article], span, text)
            or _FULL_TEXT.search(text)  # points at a text it does not give: says nothing alone
            or furniture(text)
            or _promises(text)
            or _untold(docs[un.article], span, text)
            or (
                un.sentence in tails and writer_line(docs[un.article], span, sentences[un.sentence])
            )
            or un.article in references
            or any(t.article == un.article and t.start <= span.start < t.end for t in pages.turns)
            or (un.article in columns and not _reported(docs[un.article], span, text))
        ):
            continue  # the next detail of its article takes its place
        # (shown with its quotation's speaker named, as the facts table shows a fact)
        spoken = closed_quotes(_as_reported(voiced(wording, said, at, docs[un.article]).text))
        detail = UniqueDetail(article=un.article, text=spoken, citations=(span,))
        p = pointing(docs[un.article], span, text)
        listing.add(_Line(detail, un.sentence, un.kind == "main", p), fuller=fuller)
        if quotation_line(docs[un.article], span, text, quoted):
            listing.quoting.add(detail)
    return listing.shown()


@dataclass(frozen=True)
class _Line:
    """A detail to list, its sentence, whether it is that sentence's main clause only (a
    whole sentence may take its place) and the pronoun it leans on for its person
    (:func:`~newsweave.synthesis.detail_pronouns.pointing`)."""

    detail: UniqueDetail
    sentence: int
    main: bool
    pointing: Pointing | None


@dataclass
class _Listing:
    """The details listed so far (``out``), built one line at a time by :func:`unique_details`.
    A split sentence is listed once: whole (shown for its clause) rather than by its main
    clause, which says less ("Mall traffic … has declined sharply." / "…, while shoppers …").
    A line whose "he" or "she" stands for someone the reader does not know (:func:`~newsweave.
    synthesis.detail_pronouns.known`) goes right after the line of its outlet that names
    them, so the pronoun follows the name; it waits for that line, and without it is not
    listed."""

    people: StoryPeople  # :func:`~newsweave.synthesis.detail_pronouns.story_people`
    out: list[UniqueDetail] = field(default_factory=list)
    mains: dict[int, int] = field(default_factory=dict)  # sentence -> its main clause's line
    wholes: set[int] = field(default_factory=set)  # sentences listed whole
    per_art: Counter[str] = field(default_factory=Counter)
    waiting: dict[int, _Line] = field(default_factory=dict)  # sentence -> a line to place
    # the lines that are only a quotation the Quotes section shows (:func:`~newsweave.
    # synthesis.quote_lines.quotation_line`), and the person each line needs named before it
    quoting: set[UniqueDetail] = field(default_factory=set)
    needs: dict[UniqueDetail, Pointing] = field(default_factory=dict)

    def full(self, article: str) -> bool:
        """Whether ``article`` has its :data:`MAX_UNIQUE_PER_ARTICLE` lines."""
        return self.per_art[article] >= MAX_UNIQUE_PER_ARTICLE

    def add(self, line: _Line, *, fuller: bool) -> None:
        """List ``line`` (in its main clause's place when ``fuller``), or let it wait for the
        line that names its person; then place the lines waiting for the name it gives."""
        p = line.pointing
        if (
            p is not None
            and not known(p, self.people)
            and not names_known(line.detail.text, self.people)
        ):
            self.needs[line.detail] = p
            named = [
                k
                for k, d in enumerate(self.out)
                if d.article == line.detail.article and names(d.text, p)
            ]
            if not named:
                if line.sentence not in self.waiting or not line.main:
                    self.waiting[line.sentence] = line  # (a whole sentence before its clause)
                return
            at = named[-1] + 1
        else:
            at = len(self.out)
        if fuller:
            self.out[self.mains.pop(line.sentence)] = line.detail
            self.wholes.add(line.sentence)
            return
        self._insert(line, at)
        for s, w in list(self.waiting.items()):
            if (
                w.detail.article == line.detail.article
                and w.pointing is not None
                and names(line.detail.text, w.pointing)
                and not self.full(w.detail.article)
                and s not in self.mains
                and s not in self.wholes
            ):
                self._insert(w, at + 1)

    def shown(self) -> list[UniqueDetail]:
        """The lines listed, less those that are only a quotation the Quotes section shows:
        listed, each kept its rank's place (a line ranked below an outlet's best is no detail
        for a quotation being shown elsewhere), and one that names a person a listed line of
        its outlet needs named, and no other line names, stays for that name."""
        needed = {(e.article, p.name): p for e, p in self.needs.items() if e in self.out}
        told = {
            key
            for d in self.out
            if d not in self.quoting
            for key, p in needed.items()
            if key[0] == d.article and names(d.text, p)
        }
        return [
            d
            for d in self.out
            if d not in self.quoting
            or any(
                key[0] == d.article and key not in told and names(d.text, p)
                for key, p in needed.items()
            )
        ]

    def _insert(self, line: _Line, at: int) -> None:
        """``line`` at position ``at`` of ``out``, the lines after it one down."""
        self.waiting.pop(line.sentence, None)
        self.per_art[line.detail.article] += 1
        self.mains = {s: k + (k >= at) for s, k in self.mains.items()}
        if line.main:
            self.mains[line.sentence] = at
        else:
            self.wholes.add(line.sentence)
        self.out.insert(at, line.detail)


def _informativeness(al: Alignment, u: int) -> float:
    """What a statement tells: its rare words, its names and its figures, less how poorly its
    wording stands alone."""
    f = al.feats[u]
    return (
        sum(min(al.weights.get(x, 1.0), 4.0) for x in f.lemmas) * 0.25
        + len(f.entities)
        + 0.5 * len(f.numbers)
        - 5 * al.penalty[u]
    )


def _closeness(al: Alignment) -> np.ndarray:
    """How close each unit is to the event as the other outlets tell it: its mean cosine to
    each other outlet's statements (to the centre of what that outlet says), averaged over
    those outlets, relative to the event's closest unit. An essay's aside on another matter
    ("Tuaua v. United States", a list of famous islanders) is far from every report of the
    indictment beside it; a report's own detail of the indictment is near them. With one
    outlet there is nothing to be close to: every unit is 1."""
    arts = np.unique(al.art_of)
    if len(arts) < 2:
        return np.ones(len(al.units))
    member = al.art_of[None, :] == arts[:, None]  # outlet x unit
    per_outlet = (al.sim @ member.T) / member.sum(1)  # unit x outlet: mean cosine
    others = al.art_of[:, None] != arts[None, :]
    near = (per_outlet * others).sum(1) / others.sum(1)
    return np.clip(near / near.max(), CLOSENESS_FLOOR, 1.0)


def _standing(al: Alignment) -> np.ndarray:
    """Where each unit would stand in the list of details: what it tells
    (:func:`_informativeness`) weighed by how much of it is this event's story
    (:func:`_closeness`), so a reader skimming from the top meets the details that add to
    the story before an aside rich in names of its own. A unit that tells nothing keeps its
    score (it is not listed). Over the 250 Multi-News validation events, the first three
    details so ranked recall more of the human summary than by informativeness alone
    (ROUGE-1 0.235 -> 0.247, ROUGE-2 0.063 -> 0.071, stemmed), and in a reading of 30
    events' first five, off-story lines fell from 20 to 11."""
    info = np.array([_informativeness(al, u) for u in range(len(al.units))])
    return np.where(info > 0, info * _closeness(al), info)


# Openings on the person the story is about ("She was a teacher at ...", "Her injuries have
# left her tetraplegic"): the event's subject, as the reader of its details knows.
_PERSON_OPENING = ("He ", "She ", "His ", "Her ", "He's ", "She's ", "He’s ", "She’s ")


# Openings that call back to someone or something the outlet told of before, as a "They" or
# an "It" would (matched at the start). "The man", "The woman" stay: like "He" and "She"
# (:data:`_PERSON_OPENING`), they are most often the person the story is about.
_CALLBACKS: tuple[str, ...] = (
    # people counted or paired ("The two grew up ...", "The pair threw back ..."): the brief's
    # judgement too (:data:`~newsweave.text.statement_patterns.CANNOT_LEAD`)
    rf"(?:{PAIRED_PEOPLE})\b",
    # an informant the story described before ("The person added that ...", "The official
    # told CNN ..."), not "The official death toll"
    r"The (?:person|people|source|sources|official|officials|insider|insiders)\b(?= (?:familiar|"
    r"close|said|says|told|tells|added|adds|noted|explained|insisted|declined|spoke|who)\b|,)",
    # a speaker going on ("The president added that ...", "The page continued: ...")
    r"The \w+ (?:added|adds|continued|went on)\b",
    # a happening called only that ("The incident that so angered Trump came ...")
    r"The (?:incident|episode|affair|matter)\b",
    # a "they" after an opening phrase ("Until then, they are in need of donations")
    r"(?!The\b)[^,\"“]{1,60},\s+they\b",
)
_CALLBACK = re.compile("^(?:" + "|".join(f"(?:{p})" for p in _CALLBACKS) + ")")
# An attribution that does not name the speaker: a pronoun whose name a sentence before gave
# ("“…,” she said in a statement.").
_PRONOUN_ATTRIBUTION = re.compile(r"^[\s,.;:!?…—–-]*(?:he|she|they)\b")
# Double quotation marks, straight and curly.
_MARKS = frozenset('"“”')


def _leans(text: str) -> bool:
    """Whether a detail cannot be listed alone: it opens on what a sentence before it told
    ("They include ...", "This earlier conflict ...", "Instead, ...", "The person added ...":
    :data:`_CALLBACK`) or speaks in the writer's first person ("We know that ...", "my local
    restaurant"), not a report."""
    dangling = DANGLING.match(text) and not text.startswith(_PERSON_OPENING)
    return bool(dangling or _CALLBACK.match(text)) or own_voice(text)


# Verbs of a gesture or a look ("He paused and squinted his eyes at Stephanie", "A member of
# the campaign staff looked on, nervously"): a scene's colour, which tells a reader of the
# event nothing that happened when every verb of a detail is one.
GESTURE_LEMMAS = frozenset(
    {"pause", "squint", "nod", "shrug", "smile", "grin", "frown", "sigh", "glance", "stare"}
    | {"wink", "blink", "chuckle", "giggle", "gasp", "fidget", "gaze", "smirk", "grimace"}
)
# ... and "look" with "on" after it: watching, not how someone looks ("looked confident").
_LOOKING_ON = ("look", "on")
# Dependencies of what says who does a verb or when: a verb without any is an imperative.
_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})
# The Penn tag of a verb's base form ("consider", "join"): an imperative's.
_BASE_TAG = "VB"
# The dependency of a subordinator on its clause's verb ("Though Yu and Soni have ...").
_MARK_DEP = "mark"
# The part of speech of a verb, and the dependencies of a participle describing a noun
# ("glancing mentions", "a man smiling at the camera"), not a verb of the statement.
_VERB_POS = "VERB"
_MODIFIER_DEPS = frozenset({"amod", "acl"})


def _unreported(doc: Doc, span: Span, text: str) -> bool:
    """Whether a detail, read by its parse, reports nothing though it has a verb: a bid to the
    reader after an opening phrase (:func:`_bids`: "If this is relatable, consider an EKG.",
    "For more news and commentary, join the Ms. community"), a subordinate clause without the
    main clause it hangs on ("Though Yu and Soni have also sort of obfuscated their
    premise ..."), or a scene's colour (:data:`GESTURE_LEMMAS`). Over the 250 Multi-News
    reports (session 39) they leave out 8 details: 5 bids (122, 145, 181, 222, 247), one lone
    clause (222) and two gestures (210), each read: none of them reports anything."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False
    root = words.root
    lone = bool(SUBORDINATE_START.match(text)) and "," not in text
    return (
        _bids(words, text)
        or (lone and any(c.dep_ == _MARK_DEP for c in root.children))
        or (not _DIGIT.search(text) and not quoted_ranges(text) and _gestures(words))
    )


def _bids(words: SpacySpan, text: str) -> bool:
    """Whether a statement's main verb is an imperative: in its base form with no subject nor
    auxiliary, opening the statement or the clause after its opening phrase's comma
    ("Consider an EKG", "If this is relatable, consider ...", "For one, consider ..."). The
    patterns of :data:`~newsweave.text.statement_patterns.IMPERATIVE` know a few such verbs at
    the start; the parse knows any, anywhere it opens the main clause. A bid the detail is
    shown without ("Note that", :data:`~newsweave.text.statement_patterns.READER_NOD`) is
    not its verb: ``text`` is the detail as shown. One inside a quotation is its speaker's
    ("“If the seams have rusted, throw the cans out,” according to the USDA")."""
    root = words.root
    if root.tag_ != _BASE_TAG or any(c.dep_ in _DOER_DEPS for c in root.children):
        return False
    if in_ranges(root.idx - words.start_char, quoted_ranges(words.text)):
        return False
    if root.i == words.start:
        return text.startswith(root.text)
    return root.doc[root.i - 1].text == ","


def _gestures(words: SpacySpan) -> bool:
    """Whether every verb of a statement is a gesture or a look (:data:`GESTURE_LEMMAS`, "looked
    on"), and it has one. A participle describing a thing ("Francis's glancing mentions of
    ...") is no verb of the statement."""
    verbs = [t for t in words if t.pos_ == _VERB_POS and t.dep_ not in _MODIFIER_DEPS]
    return bool(verbs) and all(
        t.lemma_ in GESTURE_LEMMAS
        or (t.lemma_ == _LOOKING_ON[0] and any(c.lower_ == _LOOKING_ON[1] for c in t.children))
        for t in verbs
    )


def _unvoiced(text: str) -> bool:
    """Whether a detail is a quotation that does not say whose words it is: it opens on the
    quotation and says nothing outside its marks, or only "he said", "she told THR". Listed
    alone, no one speaks it ("“Older people are smarter and funnier.”"); the Quotes section
    shows the words with their speaker, where the quote stage found one."""
    if '"' in text and ("“" in text or "”" in text):
        # marks of two styles, which no quotation pairs up: the detail is one quotation when
        # it opens and closes on a mark and holds none between ('"Now that the people …”')
        inner = text.rstrip(" .,;:!?…")[1:-1]
        return text[:1] in '"“' and text.rstrip(" .,;:!?…")[-1:] in '"”' and not _MARKS & set(inner)
    spans = quoted_ranges(text)
    ends, starts = [0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)]
    outside = [text[a:b] for a, b in zip(ends, starts, strict=True)]  # before, between, after
    if len(outside) < 2 or outside[0].strip():
        return False  # no quotation, or the detail's own words open it
    return not "".join(outside).strip(" .,;:!?…") or bool(_PRONOUN_ATTRIBUTION.match(outside[1]))


def _untold(doc: Doc, span: Span, text: str) -> bool:
    """Whether a detail tells nothing that happened: a photo's caption run into the story
    (:func:`~newsweave.synthesis.captions.pictured`: "The U.S. Capitol building is seen
    before ..., January 20, 2015") or the writer's truth of no time nor place
    (:func:`_timeless`). A reader of what else happened takes neither for a detail of the
    event; the brief keeps both out too."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return pictured(doc, span, text) or (_timeless(words) and not quoted_ranges(text))


def _timeless(words: SpacySpan | None) -> bool:
    """Whether a statement is a general truth (:func:`~newsweave.synthesis.general_truth.
    general_truth`: "People build really close relationships with TV characters", "Laws
    that prohibit insults ... are contrary to ...") whose subject is no
    one's nor anything's the story told of, and that tells no past nor perfect. Among details
    the brief's reading is too wide: "Her injuries have left her tetraplegic" and "He has been
    facing repeated calls ..." name nothing only because their pronoun stands for the one
    the story is about (the list shows that name); "The researchers hope ...", "The contract
    issue comes while ..." and "this individual is ..." point at the story's own (a truth's
    subject is any: "People build ...", "Treasure trove is ..."); and a past anywhere in it, a
    perfect or a progressive tells what came or is coming to pass ("There's no indication that
    she was celebrating ...", "Officials have no idea yet why the plane diverted ...",
    "Advocates have expressed concern ...", "Investigators are looking at options ...").
    A sentence whose verb comes before its subject ("At the forefront in the payroll tax fight
    are several controversial matters, including ...") has none in the parse: the phrase it
    opens on says what it is about (:func:`_inverted_opening`)."""
    if words is None or not general_truth(words):
        return False
    subjects = [c for c in words.root.children if c.dep_ in _SUBJECT_DEPS]
    pointed = any(
        (t.pos_ == "PRON" and t.tag_ in _PERSONAL_TAGS) or t.lower_ in _POINTING
        for c in subjects
        for t in (c, *c.children)
    ) or any(t.lower_ in _POINTING for t in _inverted_opening(words))
    told = any(t.tag_ == _PAST_TAG or (t.lemma_ == "have" and t.dep_ == "aux") for t in words)
    return not pointed and not told and words.root.tag_ != _GERUND_TAG


def _inverted_opening(words: SpacySpan) -> list[Token]:
    """The words of the phrases a sentence opens on before its verb when the verb has no
    subject nor an expletive "there" but what it is said to be after it (an inversion: "At the
    forefront in the payroll tax fight are several controversial matters", "Among the injured
    were two children"); none for any other sentence ("There are ways to ..." is a truth with
    its "there")."""
    root = words.root
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == _EXPLETIVE_DEP for c in root.children):
        return []
    if not any(c.dep_ == _ATTRIBUTE_DEP and c.i > root.i for c in root.children):
        return []  # no subject after the verb either: a garbled line ("For the details of this
        # are for sugar, ..."), read as before
    return [t for c in root.children if c.dep_ == _PREP_DEP and c.i < root.i for t in c.subtree]


def _as_reported(text: str) -> str:
    """A detail as its outlet reports it: a sentence wholly in parentheses without them (the
    writer set it aside, but "(Mr. Dryden died in 2005.)" is still a statement of fact, and an
    aside's opinion is read as any other's), and past the writer's nod to the reader ("As you
    might have heard in the last hour, the Republican leader ... said ...") and without the
    writer's aside at its end (:func:`struck_aside`)."""
    text = struck_aside(text)
    if ASIDE.match(text):
        close = text.rindex(")")
        text = text[1:close] + text[close + 1 :]
    nod = READER_NOD.match(text)
    if nod:
        text = text[nod.end() :][:1].upper() + text[nod.end() + 1 :]
    return text


# The writer's asides to the reader ("— you know, the dinosaurs with the long necks and
# tails", "The girl, of course, chooses the musician"), which may also trail a sentence after a
# dash, and the writer's verdicts ("surely deserves the title "Bigfoot" more than Sasquatch").
ASIDES_TO_READER = ("you know", "mind you", "of course", "believe it or not")
WRITERS_VERDICTS = ("needless to say", "surely")


def _opening_either_case(phrases: tuple[str, ...]) -> str:
    """An alternation of ``phrases``, each opening in lower case or capitalised."""
    return "|".join(f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}" for p in phrases)


# Any of them outside a quotation is the writer's voice, which no outlet's report of what
# happened carries.
_WRITER_ASIDE = re.compile(rf"\b(?:{_opening_either_case(ASIDES_TO_READER + WRITERS_VERDICTS)})\b")


# An aside set off by a dash at the sentence's end ("... related to Brachiosaurus, a member of
# the sauropod family — you know, the dinosaurs with the long necks and tails."): struck, the
# sentence says what it reports.
_TRAILING_ASIDE = re.compile(
    rf"\s*(?:[—–]|--)\s*(?:{_opening_either_case(ASIDES_TO_READER)})\b"
    r"[^—–\"“”]*?(?=[.!?]$)"
)


def struck_aside(text: str) -> str:
    """``text`` without the writer's aside at its end (:data:`_TRAILING_ASIDE`)."""
    return _TRAILING_ASIDE.sub("", text)


def writer_aside(text: str) -> bool:
    """Whether the writer speaks in ``text`` outside its quotations, aside to the reader or
    passing a verdict (:data:`_WRITER_ASIDE`): a fact worded so states the writer's take as
    what several outlets report, and a detail so is the writer's, not the outlet's news. A
    quotation the wording cuts open is read closed (:func:`closed_quotes`): "… told her, “You
    know, Kirsten, …" is the speaker's."""
    return own_voice(closed_quotes(text), _WRITER_ASIDE)


def to_reader(text: str) -> bool:
    """Whether a detail or a fact's wording is the writer talking to the reader, not a
    report: an imperative
    ("Just check the height on these photos"), the reader's own case ("When you put it on,
    you enter ..."), an aside's label ("Related: ..."), the writer's verdict outside any
    quotation (:data:`~newsweave.text.statement_patterns.OPINION`: "Make no mistake, ...",
    "... and who knows — it may ...", an exclamation; a quoted person's opinion is theirs),
    the writer's aside (:func:`writer_aside`), or a sentence cut inside a parenthesis, whose
    brackets do not pair ("(The song is also just brutally specific, ..." with no ")"), which
    does not read alone."""
    return bool(
        IMPERATIVE.match(text)
        or READER_CASE.match(text)
        or ASIDE_LABEL.match(text)
        or own_voice(text, OPINION)
        or writer_aside(text)
        or text.count("(") != text.count(")")
    )


# The writer in the first person singular ("I tried Dactyl Nightmare", "my head"): a "we" is as
# often a company, a family or a paper's authors speaking for themselves (a statement, a plea,
# an abstract), whose lines are their own news, not a writer's take on it.
_WRITER_SELF = re.compile(r"\b(?:I(?:['’](?:m|ve|ll|d)\b|(?![-.’']))|[Mm]y|[Mm]e)\b")
# A question mark that ends a sentence: outside quotation marks, the writer asking the reader.
_QUESTION = re.compile(r"\?[\s\"”’')]*$")
# A figure or a date written in digits.
_DIGIT = re.compile(r"\d")
# Subjects of a cue verb that are the writer or the reader, not someone reported on.
_WRITER_OR_READER = frozenset({"i", "we", "you"})


def _writer_voice(text: str, quoted: list[tuple[int, int]], at: int) -> bool:
    """Whether a sentence (at offset ``at`` of its article, whose quotations are ``quoted``:
    one may open sentences before and close sentences after) is its writer speaking, outside
    any quotation: as "I" or to "you", asking, exclaiming or passing a verdict
    (:data:`OPINION`), or telling the reader what to do. The page's own furniture
    (:data:`APPEAL`: "Sign up for our newsletter") is on news pages as much as on columns and
    does not count."""
    if APPEAL.search(text) or in_ranges(at, quoted):
        return False
    if IMPERATIVE.match(text) or READER_CASE.match(text):
        return True
    return any(
        not in_ranges(at + m.start(), quoted)
        for person in (_WRITER_SELF, SECOND_PERSON, _QUESTION, OPINION)
        for m in person.finditer(text)
    )


# A double quotation mark: straight, curly, a double prime or two apostrophes (“Evil Dead’’).
_DOUBLE_MARK = re.compile("[\"“”″]|’’|''")


# A teller's verb whose object only names what was told ("Brad also revealed the last
# conversation he had with Devin", "explained the significance of exercises like Key
# Resolve", "added multiple details of the case"): the sentence promises what it does not
# tell. In the 2,000-odd Multi-News validation articles these verbs, a determiner and these
# nouns meet in 5 sentences without the telling after them; 4 are such teasers, the fifth a
# profile that "details Davis’ personal story from a single teen mom to political star".
PROMISING_VERBS = (
    *("revealed", "reveals", "shared", "shares", "explained", "explains", "discussed"),
    *("discusses", "detailed", "details", "added", "adds", "described", "describes"),
    *("recounted", "recounts", "opened up about", "opens up about", "talked about"),
    *("talks about", "spoke about", "speaks about"),
)
PROMISED_NOUNS = (
    *("conversations?", "details?", "significance", "reasoning", "reasons?", "story"),
    *("secrets?", "moments?", "thoughts", "feelings", "experiences?"),
)
# ... after a determiner or a name's possessive ("Davis’"), and at most two words more.
PROMISED_DETERMINERS = (
    *("the", "his", "her", "their", "its", "some", "more", "further", "multiple", "several"),
    *("new", "a", "an"),
)
_PROMISE = re.compile(
    rf"\b(?:{'|'.join(PROMISING_VERBS)})\s+(?:{'|'.join(PROMISED_DETERMINERS)}|[A-Z][\w-]*[’']s?)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(PROMISED_NOUNS)})\b"
)
# What tells after the promise: a colon or a quotation giving the words, a "saying", or "the
# story of how ...".
_TOLD_AFTER = re.compile(r"[:\"“”]|\bsaying\b|\bof (?:how|why|what|when|where)\b")
# A denial before it ("has not explained the reasoning behind his ruling") tells something.
_DENIED = re.compile(r"\b(?:not|never|no)\b|n[’']t\b")


def _promises(text: str) -> bool:
    """Whether a detail only promises what was told (:data:`_PROMISE`): nothing after the
    promise tells it (:data:`_TOLD_AFTER`), nor does the detail deny it was told."""
    m = _PROMISE.search(text)
    return (
        bool(m)
        and not _TOLD_AFTER.search(text[m.end() :])
        and not _DENIED.search(text[: m.start()])
    )


def furniture(text: str) -> bool:
    """Whether a detail or a fact's wording is the page's furniture
    (:data:`~newsweave.text.statement_patterns.PAGE_FURNITURE`: "..., here are 20 of Wiig's
    most memorable bits", "Everyone who donates at least $ 10 gets a patch", "NPR transcripts
    are created on a rush deadline"), unless a colon after it gives what it points at ("Here is
    what the Aerospace Corporation found ...: "..."")."""
    m = PAGE_FURNITURE.search(text)
    return m is not None and ":" not in text[m.end() :]


# A paragraph handing the article over to a text it gives whole ("Below is the full text of
# Eichmann's letter ..."): every paragraph after it is that text's.
_FULL_TEXT = re.compile(r"\bfull text of\b", re.IGNORECASE)


def _spoken_ranges(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` (:func:`~newsweave.text.lexicons.quoted_ranges`) and, as
    well, what lies between a paragraph's double marks taken in pairs, whatever their shape:
    a scrape mixes straight and curly marks (“... understatement," Plaskett added. "As a
    mother I ..." ... law."; he said, "I'm not sure ... message.”), which pair with neither
    quotation pattern. A text the article hands over to whole (:data:`_FULL_TEXT`: a letter
    given in full, without marks) is quoted too. A speaker's "I" there is theirs, not the
    writer's. (A paragraph left open, or a block after "... part of which read:", is as often
    a column quoting a speech as a report quoting a letter: reading those as quoted takes
    live blogs and reviews below :data:`COLUMN_VOICE`, which was set counting them.)"""
    ranges = quoted_ranges(text)
    at = 0
    for paragraph in text.split("\n"):
        if _FULL_TEXT.search(paragraph):
            ranges.append((at, len(text)))
        marks = list(_DOUBLE_MARK.finditer(paragraph))
        # a last mark left without its pair opens a quotation running on: not read (see above)
        ranges.extend(
            (at + a.start(), at + b.end()) for a, b in zip(marks[0::2], marks[1::2], strict=False)
        )
        at += len(paragraph) + 1
    return ranges


def _columns(sentences: list[Sentence], docs: dict[str, Doc]) -> set[str]:
    """The articles that are columns, blog posts or reviews: their writer speaks in their own
    voice in at least :data:`COLUMN_VOICE` of their sentences (and :data:`COLUMN_MIN_VOICED`)
    outside anyone's quotation (:func:`_spoken_ranges`)."""
    quoted = {a: _spoken_ranges(doc_text(doc)) for a, doc in docs.items()}
    counts = _counted(sentences, lambda s: _writer_voice(s.text, quoted[s.article], s.start))
    return {
        a
        for a, (voiced, total) in counts.items()
        if total >= COLUMN_MIN_SENTENCES and voiced >= max(COLUMN_MIN_VOICED, COLUMN_VOICE * total)
    }


def _counted(sentences: list[Sentence], test: Callable[[Sentence], bool]) -> dict[str, list[int]]:
    """Per article, how many of its sentences pass ``test``, and how many it has: what tells a
    column (:func:`_columns`) or a reference page (:func:`_reference_pages`) by its share."""
    counts: dict[str, list[int]] = {}
    for s in sentences:
        seen = counts.setdefault(s.article, [0, 0])
        seen[0] += test(s)
        seen[1] += 1
    return counts


def _reference_pages(sentences: list[Sentence], docs: dict[str, Doc]) -> set[str]:
    """The articles that are reference pages (:data:`REFERENCE_PAST_SHARE`): long, and
    hardly ever telling what happened (:func:`_tells_past`), nor a review of a work, which
    tells its story in the present tense (:data:`REVIEW_WORK_SHARE`, :func:`_tells_of_work`)."""
    past = _counted(sentences, lambda s: _tells_past(docs[s.article], s))
    works = _counted(sentences, lambda s: _tells_of_work(docs[s.article], s))
    return {
        a
        for a, (told, total) in past.items()
        if total >= REFERENCE_MIN_SENTENCES
        and told < REFERENCE_PAST_SHARE * total
        and works[a][0] < REVIEW_WORK_SHARE * total
    }


def _tells_of_work(doc: Doc, sentence: Sentence) -> bool:
    """Whether a sentence speaks of a work by its kind ("the film", "his new book"): a noun of
    :data:`~newsweave.synthesis.mention_kinds.WORK_NOUNS`, not a verb ("shows", "plays")."""
    words = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return words is not None and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in WORK_NOUNS for t in words
    )


def _tells_past(doc: Doc, sentence: Sentence) -> bool:
    """Whether a sentence tells something in the past tense or the perfect ("was arrested",
    "has filed"): a happening, as a fact sheet's "is more common in ..." is not."""
    words = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return words is not None and any(
        t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lemma_ == "have" for c in t.children))
        for t in words
    )


def _reported(doc: Doc, span: Span, text: str) -> bool:
    """Whether a column's statement reports rather than comments: it gives a figure or a date in
    digits (a price, a count, a year: checkable, whatever the writer's tone), or says whom it
    reports, by a verb of saying with a subject other than the writer or the reader
    ("Persson said", "Andreessen tweeted", "Finch called the vote “the worst ...”") or
    "according to" someone."""
    if _DIGIT.search(text):
        return True
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False
    # a verb that is a cue only now and then ("called", "thought") is one next to a quotation
    cues = CUE_LEMMAS if quoted_ranges(text) else CUE_LEMMAS - WEAK_CUES
    for t in words:
        lemma = t.lemma_.lower()
        if lemma == "accord" and any(c.lower_ == "to" for c in t.children):
            return True
        if t.pos_ == "VERB" and lemma in cues:
            # its own subject: "for crying out loud" has none, "its backers thought" is a guess
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ not in _WRITER_OR_READER:
                return True
    return False
