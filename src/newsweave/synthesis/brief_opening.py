"""The brief's opening and the checks each of its wordings passes.

A brief sentence is a source statement in the words :func:`compress` leaves of it; it must read
without the sentences around it (:func:`stands_alone`), and it carries a label when it reads the
news or tells what came before (:func:`wording_label`). The brief opens with
:func:`main_statement`: of the statements that can lead (:func:`can_lead`), the one most like
what the other outlets lead with. Split from :mod:`newsweave.synthesis.stages.brief`, which
selects and orders the rest, so that each reads in one sitting. Articles that tell two
stories sharing no one (:func:`apart_articles`) open on the one the event's headline tells
when as many tell each (:func:`title_story_opening`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from newsweave.models import Span
from newsweave.nlp import PRESENT_TAGS, SUBJECT_DEPS, get_embedder
from newsweave.synthesis.brief_lines import (
    answers_untold,
    borrowed_voice,
    leans_on_story,
    short_quote_leans,
    untold_remarks,
)
from newsweave.synthesis.brief_names import brief_persons
from newsweave.synthesis.general_truth import names_nothing
from newsweave.synthesis.news_time import dated_long_before, latest_year
from newsweave.synthesis.pipeline import Workspace
from newsweave.synthesis.reads_alone import (
    absent_referent,
    addresses_reader,
    bare_quotation,
    defines_subject,
    described_subject,
    fragment,
    has_verb_root,
    leans_back,
    parse_of,
    pictured_moment,
    wording_parse,
)
from newsweave.synthesis.retelling import SPEECH_VERBS
from newsweave.synthesis.standalone import (
    called_by_surname,
    full_name_ends,
    named_before,
    named_wording,
    relative_day,
)
from newsweave.synthesis.support import supports
from newsweave.synthesis.units import Unit, unit_text
from newsweave.synthesis.verdicts import text_quotes, writer_verdict
from newsweave.text.headline import event_headline, glued_headline, is_caption
from newsweave.text.lexicons import in_ranges
from newsweave.text.statement_patterns import (
    ANALYSIS,
    APPEAL,
    ASIDE,
    BACKGROUND,
    CANNOT_LEAD,
    CONTINUATION,
    DANGLING,
    LEADING,
    OPINION,
    OUTLET_TAIL,
    PHOTO_CAPTION,
    READER_NOD,
    SCENE,
    SECOND_PERSON,
    SEQUEL,
    TURNING,
    own_voice,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

# The brief opens with the statement most like what the other outlets open with: its mean
# cosine to the first LEAD_STATEMENTS statements of each other article. A fact's wordings
# often agree across outlets on a side detail (a box score, a follow-up), so support only
# breaks near-ties; the outlets' own leads are where the main fact is told. Weights tuned on
# the multinews validation events against the human summaries' openings
# (``bench_brief.py --first``); the best-supported fact opened far worse.
LEAD_STATEMENTS = 3
# Bonus for being among an article's first statements (full for the first, none from the
# LEAD_POSITION_SPAN-th on): a lead says the main fact, a late paragraph a side of it.
LEAD_POSITION_WEIGHT = 0.15
LEAD_POSITION_SPAN = 4
# Bonus per share of independent origins reporting the statement as a fact.
LEAD_SUPPORT_WEIGHT = 0.1
# Lost by a statement that sets a scene or tells background (:data:`SCENE`), that turns
# against the sentence before it (:data:`TURNING`: "But U.S. doctors find ..."), or that the
# brief would label analysis or background (:func:`brief_label`), or that names no one, no
# place nor time (:func:`names_nothing`, added on reading the validation briefs of session
# 18: "Risk increases with age" opened an arthritis study's brief): the opening says who did
# what, and these opened a fifth of 67 multinews validation briefs read by hand. At 0.1 none
# of those openings moved; at 0.2 the background ones gave way to the news (ROUGE of the
# opening against the summaries' unchanged).
# A statement dated by a year long before the news (:func:`dated_long_before`: "were swept
# away in 1999" in a story of the bodies found in 2016) tells background too (session 23),
# and so does a forecast for a day counted from an undated article's writing ("Today FURIOUS 7
# will reach $1 billion": which day, and did it?, :func:`undated_day`; session 30).
# So does one that calls someone by a surname alone that the brief will not complete in
# brackets, as its object or owner too (:func:`called_by_surname`: "... earned Newman 16 likes"
# opened multinews 064, a nurse named in full paragraphs before; session 39, all 250: only
# that opening changes once bracketed names and a statement's own longer name are let be).
LEAD_SETTING_PENALTY = 0.2
# Lost by a statement from an article's LEAD_DEPTH-th on: a news story tells its news in its
# first paragraphs, and a late sentence most like the other outlets' leads is a side thread
# they share (a feature's aside, the reaction a short report leads with). Session 23, all 250
# multinews events with the year rule: 20 openings change, 10 better, 4 worse (a page of
# updates newest last, a scraped video title), opening R1/R2 27.76/9.29 -> 28.00/9.50.
LEAD_DEPTH = 10
LEAD_DEPTH_PENALTY = 0.2
# Lost by a statement less like (cosine) the event's headline (:func:`event_headline`, the
# title the event is shown under, the one most outlets' titles and leads share): the opening
# tells the news the title promises, and likeness to the other outlets' leads alone opened on
# a side of it whenever their leads differ ("Whoever makes a play for 64 Perry St. next had
# better not be put off by the swarms of tourists it attracts." under "The TOWNHOUSE is back
# on the market for a whopping $9.65 million"; "Mitch McConnell says Harry Reid should talk
# to John Boehner." under "House Republicans unveiled a $1 trillion spending bill"). Session
# 35, all 250 multinews validation events: 20 openings change (9 better, 6 sideways, 5 worse:
# a title made of a side sentence, a caption, an outlet's opinion), openings sharing no word
# with the title 25 -> 13, ``bench_brief.py --first`` opening R1/R2 28.24/9.74 -> 28.48/9.81.
# At 0.3, or as a linear bonus for likeness to the headline, more openings moved and ROUGE fell:
# the headline is often made of one outlet's lead, and a side of the news may open as well.
LEAD_TITLE_SIM = 0.25
LEAD_OFF_TITLE_PENALTY = 0.2
# A statement that tells a state in the simple present and no happening (:func:`present_state`:
# "Caffeine is America's favorite drug, bar none." over "Yu and Soni say their recommended
# dose ...", multinews 222; "The Good Country Index doesn't measure what countries do at
# home." over "The latest edition of the Good Country Index has crowned Sweden ...", 000)
# loses :data:`LEAD_SETTING_PENALTY` too: a feature's or an explainer's first line, the news
# one that tells who did what.

# Verbs by which a sentence reports what a study, a video or a count shows, in the present and
# with no one's act ("Five studies show that hunger ...", "New surveillance video appears to
# show ...", "a new study finds"): the finding is the news.
FINDING_VERBS = frozenset(
    {"show", "find", "reveal", "suggest", "indicate", "conclude", "confirm", "appear"}
)
# Entity types that date or count what a present-tense sentence tells ("Kristen Wiig turns 40
# on Thursday", "The townhouse is back on the market for $9.65 million"): news, not a state.
TOLD_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
# Words by which a present-tense sentence says its state is new ("Thor is now a woman").
NEW_STATE_WORDS = frozenset({"now", "newly"})

# An article's statements from this one on call someone by surname because the story named
# them before, in its own lead or in another outlet's ("Olivera drove Serna to the jail"); its
# first ones may call the famous so ("Trump signed ..."), after a kicker or a caption too.
SURNAME_LEAD = 2

# An article whose lead is this far (cosine: the best of its first LEAD_SENTENCES sentences
# against the opening) tells another story its page carried (Multi-News validation: the leads
# of off-story articles 0.21-0.34 from the opening, of the same story's 0.46-0.68).
OTHER_STORY_LEAD_SIM = 0.35
LEAD_SENTENCES = 3
# Entity kinds that say which story a sentence tells: not a party or a nationality
# ("Democrats", "Republican"), which every story of one beat names.
STORY_BLIND_TYPES = frozenset({"NORP"})


# A heading in capitals that the scrape ran into the first word of the text after it ("AN
# INTERVIEW WITH ... CLEMENTSThe term ...", multinews 186): words in capitals, the last glued
# to a capitalised one; not a name written so ("his SCOTUSblog post", multinews 193).
RUN_IN_HEADING = re.compile(r"\b(?:[A-Z]{2,}\s+)+[A-Z]{2,}(?=[A-Z][a-z])")


@dataclass(frozen=True, slots=True)
class Compressed:
    """A statement's wording without its leading connective and trailing credit: ``text`` is
    the original's ``[start:end]`` plus at most a final "." and a capitalised first letter, so
    its citation is exactly that range."""

    text: str
    start: int
    end: int


def compress(text: str) -> Compressed:
    """Drop a leading connective (or a dateline, a nod to the reader, or a headline glued
    before the sentence) and a trailing outlet credit (:class:`Compressed`)."""
    start, end = 0, len(text)
    m = LEADING.match(text)
    if m and len(text) - m.end() > 20:
        start = m.end()
    # the writer's nod to the reader before the news ("As you may have heard, President Obama
    # got up in front of Congress ...", multinews 107): the news stands without it
    nod = READER_NOD.match(text, start)
    if nod:
        start = nod.end()
    # a headline the scraper glued to the story's first sentence ("Monkeys learn to ... left
    # alone Monkeys at Colchester Zoo have ..."): the statement starts again after it
    glued = glued_headline(text[start:])
    if glued:
        rest = text[start + len(glued) :]
        start += len(glued) + len(rest) - len(rest.lstrip())
    m = OUTLET_TAIL.search(text, start)
    suffix = ""
    if m:
        end = m.start()
        suffix = text[-1]
    body = text[start:end] + suffix
    if start and body:
        body = body[0].upper() + body[1:]
    return Compressed(body, start, end)


# How the rest of a sentence opens when it tells what became of the thing its main clause ends
# on: :mod:`newsweave.synthesis.units` splits a sentence before its ", which" (a claim each).
_WHICH_CLAUSE = re.compile(r",\s+which\b")


def brief_wording(ws: Workspace, u: Unit, citations: Sequence[Span]) -> str:
    """The words the brief shows for statement ``u`` (``citations``: the spans of every
    article stating it, ``u``'s among them): its own (:func:`unit_text`), or, for a main clause
    cut before a "which" clause, on to its sentence's end. That clause tells what became of
    the thing the main clause ends on, often the news itself: "All eyes in the food world have
    been on California's hotly contested genetically modified (GMO) food labeling proposal,
    which was defeated this morning by a significant margin" (multinews 085, whose brief
    opened on the proposal and never told the vote). A sentence that stops before it names a
    thing without telling it, and the reader who opens the source finds it going on ("A
    government-funded research team from Seoul National University found the footage"
    stopped before ", which was filmed in 1944 by an American soldier, in the United States
    National Archives", multinews 168).

    Except a "which" clause that ends the sentence and that an outlet backing the main clause
    does not back (:func:`backing`): the line cites only the outlets that tell all it
    says, and one outlet's aside about the thing ("the talks, which he said could lead to a
    ceasefire", the seeds; "corn or sugarcane, which requires vast tracts of land", multinews
    056) would strip the main claim of the others' corroboration (session 37: 8 of the 250
    multinews briefs, and the seeds', had a line of a fact several outlets tell citing one).
    Where the sentence goes on after the "which" clause ("..., in the United States National
    Archives", "..., and was released on personal recognizance"), it is kept whole: the main
    clause would end before what the sentence says of it."""
    assert ws.sentences is not None
    own = unit_text(u, ws.sentences)
    if u.kind != "main":
        return own
    s = ws.sentences[u.sentence]
    text = ws.article(u.article).text
    which = _WHICH_CLAUSE.match(text, u.end)
    if which is None:
        return own
    whole = text[u.start : s.end].rstrip()
    if not _ends_sentence(ws, u.article, which.end() - len("which"), s.end):
        return whole
    lost = _backers(ws, own, citations, u.span) - _backers(ws, whole, citations, u.span)
    return own if lost else whole


def _ends_sentence(ws: Workspace, article: str, at: int, end: int) -> bool:
    """Whether the relative clause whose "which" starts at character ``at`` of ``article``
    runs to its sentence's end (``end``): nothing of the main clause follows it ("found the
    footage, which was filmed in 1944, in the National Archives" goes on)."""
    doc = ws.doc(article)
    word = doc.char_span(at, at + len("which"))
    if word is None:
        return False  # not a word of the parse: the sentence is kept whole
    clause = word.root
    while clause.dep_ != "relcl" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return False  # the parse tells no relative clause: the sentence is kept whole
    return all(t.is_punct or t.is_space for t in doc[clause.right_edge.i + 1 :] if t.idx < end)


def _backers(ws: Workspace, text: str, citations: Sequence[Span], home: Span) -> set[str]:
    """The articles whose citations back ``text`` (the wording of ``home``'s statement, as the
    brief would show it: :func:`compress`) by :func:`backing`."""
    return {sp.article for sp in backing(ws, compress(text).text, citations, home)}


def backing(ws: Workspace, text: str, citations: Sequence[Span], home: Span) -> list[Span]:
    """Of ``citations``, in their order, those of other passages than ``home`` (the span the
    wording ``text`` is taken from) that back ``text`` as worded (:func:`supports`); and an
    outlet that backs a two-part statement only with two passages together ("called for a
    ceasefire" here, "threatened sanctions" there), with both."""
    own = [sp for sp in citations if sp.article == home.article and sp.start == home.start]
    out = [
        sp
        for sp in citations
        if sp not in own and supports(text, ws.article(sp.article).text[sp.start : sp.end])
    ]
    cited = {sp.article for sp in (*own, *out)}
    for article in dict.fromkeys(sp.article for sp in citations if sp.article not in cited):
        parts = sorted((sp for sp in citations if sp.article == article), key=lambda sp: sp.start)
        body = ws.article(article).text
        if len(parts) > 1 and supports(text, " ".join(body[sp.start : sp.end] for sp in parts)):
            out.extend(parts)
    return out


def wording_label(ws: Workspace, u: Unit, text: str) -> str | None:
    """The label a wording of ``u`` carries in the brief: :func:`brief_label`'s, ``analysis``
    when the writer supposes (:func:`supposes`) or judges (:func:`writer_verdict`: "it's wise
    for the president to avoid ..."), or ``background`` when it says who its named subject is
    (:func:`defines_subject`)."""
    label = brief_label(text)
    if label:
        return label
    # (read from the words shown: the connective :func:`compress` drops is no one's saying,
    # "That said, the zoo's penguins would probably be more than happy to ...")
    shown = parse_of(ws, u, compress(ws.article(u.article).text[u.start : u.end]).start)
    if supposes(shown) or writer_verdict(shown):
        return "analysis"
    return "background" if defines_subject(ws, u) else None


# Modals by which a writer supposes what may be ("might only register as a single locust").
_SUPPOSING = frozenset({"might", "may"})


def supposes(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a statement's parse) is the writer's supposition: its main verb says
    what might or may be, outside quotation marks, and no one is reported saying it ("To this
    besieged White House, the lawsuit might only register as a single locust on the plague
    scale" opened multinews 034 over "Trump's lawyer is trying to silence ..."). "Police said
    the suspect may have fled" reports someone's reading; this one is the outlet's own."""
    if span is None or not len(span):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _SUPPOSING for c in span.root.children):
        return False  # (the rare modal read first: the rest reads every word)
    # (the marks of the whole text: a sentence inside a quotation of several sentences is its
    # speaker's, "… We may never know. …," the chief said)
    quotes = text_quotes(span.doc)
    outside = [t for t in span if not in_ranges(t.idx, quotes)]
    return span.root in outside and not any(
        t.lemma_.lower() in SPEECH_VERBS or t.lower_ == "according" for t in outside
    )


def brief_label(text: str) -> str | None:
    """``analysis`` for a reading of the news, ``background`` for what came before, else None:
    a reader must tell them from the news itself. A reading inside a quotation is its speaker's,
    whom the line names ("…, said, “I am concerned this may well prove to be dangerous …”")."""
    if own_voice(text, ANALYSIS) or own_voice(text, OPINION):
        return "analysis"
    if BACKGROUND.search(text):
        return "background"
    return None


def stands_alone(
    ws: Workspace,
    u: Unit,
    text: str,
    offset: int,
    *,
    named: bool = False,
    speaker: int | None = None,
    thing_told: bool = False,
) -> bool:
    """Whether a wording (``text``, ``offset`` characters into ``u``) can stand in a brief that
    does not carry the sentences before it: no leaning opening, no appeal to the reader, not
    the outlet's own voice nor the reader addressed ("no worrying about a rival beating you
    out"), not a transcript's turn nor a speaker who "went on to say", not a photo's caption
    (by its words, or by its shape: :func:`pictured_moment`),
    no pronoun, "that" thing or epithet for someone or something named only elsewhere, no
    "then" after something told elsewhere, no quotation whose speaker is named only in
    another sentence, and a sentence, not a fragment of one. ``named``: ``text`` opens with
    the bracketed name of the "He" or "She" of ``u`` (the brief stage finds it); ``speaker``:
    the pronoun that starts at that character of the article is shown named too (the "he" of
    "“…,” he said"); ``thing_told``: a subject "it" with no thing before it is let be (the
    brief shows the line naming its thing right before it). Nor an act, a claim or a time
    only the sentences before it tell (:func:`leans_back`: "Doing so would ...", "If only
    that were true"), nor a page's heading run into its first words
    (:data:`RUN_IN_HEADING`), nor the writer's aside in parentheses, nor words the writer
    supposes someone might say (:func:`borrowed_voice`), nor a short quotation of a "this"
    the story told (:func:`short_quote_leans`), nor a reply (:func:`answers_untold`)."""
    return not (
        DANGLING.match(text)
        or ASIDE.match(text)
        or CONTINUATION.search(text)
        or SEQUEL.search(text)
        or bare_quotation(text)
        or APPEAL.search(text)
        or is_caption(text)
        or PHOTO_CAPTION.search(text)
        or pictured_moment(parse_of(ws, u, offset))
        or borrowed_voice(parse_of(ws, u, offset))
        or short_quote_leans(parse_of(ws, u, offset))
        or answers_untold(text)
        or own_voice(text)
        or (own_voice(text, SECOND_PERSON) and addresses_reader(parse_of(ws, u, offset)))
        or absent_referent(ws, u, offset, named=named, speaker=speaker, thing_told=thing_told)
        or described_subject(ws, u, text, epithet=True)
        or fragment(ws, u, offset)
        or leans_back(ws, u, text)
        or RUN_IN_HEADING.search(text)
    )


def can_lead(u: Unit, ws: Workspace, text: str | None = None) -> bool:
    """Whether a statement (worded ``text``, by default its unit's) can open a brief: a
    sentence or main clause that stands alone, not a quotation, not a question nor an aside in
    parentheses, not a first- or second-person sentence, not one leaning on the sentence
    before it, nor on "the remarks" of someone it has not told (:func:`untold_remarks`)."""
    assert ws.sentences is not None
    body = compress(unit_text(u, ws.sentences) if text is None else text).text
    if u.kind in ("quote", "sub") or u.standalone is None:
        return False  # a quotation, or a clause that needs the rest of its sentence
    if body.rstrip("\"”’'").endswith("?"):
        return False  # a question ("is this the time to buy?") tells no one what happened
    if body.startswith("("):
        return False  # an aside ("(As a measure of how fast ...)"): a remark on what it follows
    # (read in the words shown: a dateline dropped before them may be the parse's root)
    if not has_verb_root(ws, u, compress(unit_text(u, ws.sentences)).start):
        return False  # a headline or a caption ("Deal just a quickie for ... house.")
    return not (
        CANNOT_LEAD.match(body)
        or DANGLING.match(body)
        or (own_voice(body, SECOND_PERSON) and addresses_reader(parse_of(ws, u)))
        or described_subject(ws, u, body, epithet=False)
        or untold_remarks(wording_parse(ws, u, body))
    )


# Clauses that say which thing a subject is ("the bridge that he leaped from", "the quay
# struck by the ferry"): their dates and counts are not the state's.
_SUBJECT_CLAUSES = frozenset({"relcl", "acl"})


def present_state(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a statement's parse) tells a state in the simple present ("is",
    "remains", "doesn't measure") and no happening: no one's act nor a report of one (its main
    verb not one of saying nor of a finding, :data:`FINDING_VERBS`, no "according to"), no
    date nor count (:data:`TOLD_TYPES`), not a state said to be new
    (:data:`NEW_STATE_WORDS`), not a person's doing nor what someone says or thinks told in
    the present ("Cliven Bundy ... admits he doesn't understand the bipartisan uproar", the
    lead of multinews 151, whose parse finds no subject for "admits"). "Has
    crowned", "is responding" and "will reach" tell what happens; "Caffeine is America's
    favorite drug" what always is. A date in a clause that says which the subject is ("The
    bridge that Tony Scott leaped from Aug. 19 is a Los Angeles-area landmark", multinews 030,
    whose brief opened on the bridge, not the death) dates the happening told elsewhere, not
    the state."""
    if span is None or not len(span):
        return False
    root = span.root
    which = {  # (the subject's own clause: "that Tony Scott leaped from Aug. 19")
        t.i
        for c in root.children
        if c.dep_ in SUBJECT_DEPS
        for r in c.children
        if r.dep_ in _SUBJECT_CLAUSES
        for t in r.subtree
    }
    if (
        root.lemma_.lower() in SPEECH_VERBS | FINDING_VERBS
        or any(c.dep_ in SUBJECT_DEPS and c.ent_type_ == "PERSON" for c in root.children)
        or any(  # "admits he ...": what someone says or thinks
            c.dep_ == "ccomp"
            and any(g.dep_ in SUBJECT_DEPS and g.pos_ == "PRON" for g in c.children)
            for c in root.children
        )
        or any(
            t.ent_type_ in TOLD_TYPES or t.lower_ in NEW_STATE_WORDS or t.lower_ == "according"
            for t in span
            if t.i not in which
        )
    ):
        return False
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return root.tag_ in PRESENT_TAGS
    # "doesn't measure": the present told by "do"
    return root.tag_ == "VB" and all(a.lemma_ == "do" and a.tag_ in PRESENT_TAGS for a in aux)


def undated_day(ws: Workspace, u: Unit, offset: int, *, foretold: bool = False) -> bool:
    """Whether ``u`` (from ``offset`` characters in) tells of "today", "yesterday" or "last
    night" (:func:`relative_day`, ``foretold`` as there) in an article with no date: the brief
    cannot show the day."""
    return ws.article(u.article).published is None and relative_day(
        parse_of(ws, u, offset), foretold=foretold
    )


def headline_vector(ws: Workspace) -> np.ndarray:
    """The embedding of the event's headline (:func:`event_headline` of its articles, the
    title the event is shown under), to weigh statements by what the title tells."""
    headline = event_headline([a.title for a in ws.articles], [a.text for a in ws.articles])
    return get_embedder(ws.settings).encode([headline])[0]


def main_statement(
    ws: Workspace, keep: list[int], among: frozenset[str] | None = None
) -> int | None:
    """The statement the brief opens with (a unit index): of the whole sentences that can
    stand first, the one most like the other outlets' first statements, ahead when its own
    article leads with it and when several independent outlets report it (see
    :data:`LEAD_STATEMENTS`), behind when it tells nothing of the event's headline
    (:data:`LEAD_TITLE_SIM`). With one article, its own first statements stand for the others.
    ``among``: only these articles' statements, weighed against every outlet's leads (the lead
    of a second story the event's articles tell)."""
    assert ws.units is not None and ws.unit_vectors is not None and ws.facts is not None
    assert ws.sentences is not None
    units, vecs = ws.units, ws.unit_vectors
    firsts: dict[str, list[int]] = {}
    position: dict[int, int] = {}  # the place of a statement's sentence among its article's
    told: dict[str, list[int]] = {}
    for k in keep:
        u = units[k]
        art = firsts.setdefault(u.article, [])
        if len(art) < LEAD_STATEMENTS:
            art.append(k)
        seen = told.setdefault(u.article, [])
        if not seen or seen[-1] != u.index:
            seen.append(u.index)
        position[k] = len(seen) - 1
    origins = len(ws.origins or ()) or 1
    support = {
        (c.article, c.start, c.end): f.independent_sources / origins
        for f in ws.facts
        for c in f.citations
    }

    def score(k: int) -> float:
        u = units[k]
        others = [a for a in firsts if a != u.article] or [u.article]
        like = float(np.mean([(vecs[firsts[a]] @ vecs[k]).mean() for a in others]))
        early = max(0.0, 1 - position[k] / LEAD_POSITION_SPAN)
        span = parse_of(ws, u)
        setting = bool(
            SCENE.search(worded[k])
            or TURNING.match(unit_text(u, ws.sentences))
            or brief_label(worded[k])
            or defines_subject(ws, u)
            or names_nothing(span)
            or named_before(span, surnames if position[k] >= SURNAME_LEAD else frozenset())
            or called_by_surname(
                span,
                surnames if position[k] >= SURNAME_LEAD else frozenset(),
                surnames,
                shown.get(u.article, frozenset()),
            )
            or dated_long_before(span, year)
            or leans_on_story(span)
            or undated_day(ws, u, 0, foretold=True)
            # (read in the words shown: a headline glued before them has a verb of its own)
            or present_state(parse_of(ws, u, compress(unit_text(u, ws.sentences)).start))
        )
        return (
            like
            + LEAD_POSITION_WEIGHT * early
            + LEAD_SUPPORT_WEIGHT * support.get((u.article, u.start, u.end), 0.0)
            - LEAD_SETTING_PENALTY * setting
            - LEAD_DEPTH_PENALTY * (position[k] >= LEAD_DEPTH)
            - LEAD_OFF_TITLE_PENALTY * (float(titled @ vecs[k]) < LEAD_TITLE_SIM)
        )

    assert ws.analyses is not None
    surnames = full_name_ends(an.doc for an in ws.analyses)
    persons = brief_persons(ws)
    shown: dict[str, frozenset[int]] = {}  # where the brief brackets the rest of a name
    for e in ws.entities or ():
        if e.type == "PERSON" and e.name in persons:
            for m in e.mentions:
                shown[m.article] = shown.get(m.article, frozenset()) | {m.start}
    year = latest_year(an.doc for an in ws.analyses)
    titled = headline_vector(ws)
    openings = {  # each candidate's wording, once for both the checks and the score
        k: opening_wording(ws, units[k])
        for k in keep
        if units[k].kind in ("sentence", "main") and (among is None or units[k].article in among)
    }
    worded = {k: o.text for k, o in openings.items() if can_lead(units[k], ws, o.text)}
    options = [
        k
        for k, text in worded.items()
        if stands_alone(ws, units[k], text, 0, named=openings[k].named)
    ]
    # a sentence the brief labels analysis or background never opens it while one that tells
    # the news can: the opening says who did what
    news = [k for k in options if wording_label(ws, units[k], worded[k]) is None]
    return max(news or options, key=lambda k: (score(k), -k)) if options else None


@dataclass(frozen=True, slots=True)
class OpeningWording:
    """How a statement would open the brief: ``text``, with its opening pronoun shown by name
    in brackets when ``named``."""

    text: str
    named: bool


def opening_wording(ws: Workspace, u: Unit) -> OpeningWording:
    """The wording of ``u`` the brief would open with (:func:`compress`), its opening "He" or
    "She" named in brackets when that is certain: the name that is the subject of the
    sentence just before it in its own article (:func:`named_wording` with no other outlet's
    passage), as the brief names such a pronoun in its later lines. "[Obama] addressed the
    racial fault lines in the country ..." tells who did what; barred from it, the opening
    fell to a column's side remark (multinews 102)."""
    assert ws.sentences is not None
    short = compress(unit_text(u, ws.sentences))
    text = named_wording(short.text, u.start + short.start, ws.doc(u.article)).text
    return OpeningWording(text, text != short.text)


def apart_articles(ws: Workspace, far: frozenset[str]) -> list[str]:
    """The articles of ``far`` (:func:`other_story_articles`) that name someone and name no one
    and nothing (:data:`STORY_BLIND_TYPES` aside) any other article names: they tell a story
    of their own (an editor's roundup grouped with the event: a county's condom law beside the
    state's vote on labeling modified food), not this one's context on a page about something
    else. An article that names no one tells no story of its own, whatever things it names: a
    story is told of people, and such a page is a side of this one (an inventor's own account
    of his sensor, in the first person, naming only the parts he built it of, beside the
    reports of his prize)."""
    home = {a.id for a in ws.articles} - far
    named = [e for e in ws.entities or () if e.type not in STORY_BLIND_TYPES]
    return [
        a
        for a in sorted(far)
        if any(e.type == "PERSON" and any(m.article == a for m in e.mentions) for e in named)
        and not any(
            any(m.article == a for m in e.mentions) and any(m.article in home for m in e.mentions)
            for e in named
        )
    ]


def title_story_opening(ws: Workspace, keep: list[int], main: int) -> int:
    """The brief's opening when the articles tell two stories that share nothing
    (:func:`apart_articles`) and the other story is told by at least as many of them as
    ``main``'s: the lead of the one the event's headline tells (a reader reads the brief under
    that title); else ``main``, the story most of them tell."""
    assert ws.units is not None and ws.unit_vectors is not None
    units, vecs = ws.units, ws.unit_vectors
    far = other_story_articles(ws, main, units[main].article)
    apart = apart_articles(ws, far)
    if len(apart) < len(ws.articles) - len(far):
        return main
    other = main_statement(ws, keep, frozenset(apart))
    if other is None:
        return main
    title = headline_vector(ws)
    return other if float(vecs[other] @ title) > float(vecs[main] @ title) else main


def other_story_articles(ws: Workspace, row: int, home: str) -> frozenset[str]:
    """The articles whose lead is far from the brief's opening (:data:`OTHER_STORY_LEAD_SIM`;
    ``row``: the embedding row standing for it, ``home``: its article):
    a page that carried a second story (a roundup of election measures, a column on the next
    race) is grouped with the event by its shared words, and its lead tells that story, not
    this one. The opening's own article is never among them."""
    assert ws.units is not None and ws.unit_vectors is not None
    units, vecs = ws.units, ws.unit_vectors
    opening = vecs[row]
    best: dict[str, float] = {}
    for k, u in enumerate(units):
        if u.index < LEAD_SENTENCES:
            best[u.article] = max(best.get(u.article, -1.0), float(vecs[k] @ opening))
    return frozenset(a for a, sim in best.items() if sim < OTHER_STORY_LEAD_SIM and a != home)
