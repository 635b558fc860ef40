"""How each outlet framed the event: what it leads with, what it leaves out, its loaded words,
and whom it gives voice to.

Loaded terms come from a small documented lexicon
(:data:`newsweave.text.lexicons.LOADED_TERMS`) of evaluative or charged words. A term
inside a direct quotation is the speaker's, not the outlet's, and is not counted; a term
in reported speech ("saying Russia's offensive is an imperial-style land grab") is listed
with "(attributed)" so a reader can tell the outlet's voice from its sources'.

Whom an outlet quotes is part of its frame (a story told through the government's words
reads otherwise than one told through its critics'): each article's speakers, counted from
the quotes and reported speech the quotes stage credits to them, never from terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsweave.models import Article, Fact, Framing, Quote, Span, Voice
from newsweave.synthesis.captions import pictured, verbless_either_way
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.predicates import phrase_families
from newsweave.synthesis.units import Features, Unit, claim_text, eligible, unit_text
from newsweave.text.dates import MONTHS, WEEKDAYS
from newsweave.text.lexicons import loaded_terms_in, quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A sentence that speaks to the reader to make them act ("Send us your images or video.",
# "For more coverage, please visit our friends at ...", "Join us on Facebook", "By submitting
# this form, you agree to ...") is the page's call, not what the outlet leads with; a feature's
# "you" ("Your favorite fitness tracker may not be accurate") is a lead.
_TO_READER = re.compile(
    r"\b[Pp]lease\b|^(?:Send|Join|Like us|Follow us|Click|Sign up|Subscribe|Share this|Watch"
    r"|Read more|Download|Tap|Visit|Email us)\b|\byou agree\b|\byour (?:device|browser|inbox)\b"
)

# An article "omits" a fact only if none of its statements is this close to the fact's
# citations (or restates it, see OMIT_LEXICAL_SIM): alignment keeps one statement per article
# per fact, and a miss there must not turn into an accusation of omission. 0.75 is paraphrase
# level for MiniLM (related statements on the same topic score 0.6-0.7).
OMIT_SIM = 0.75
# "Omits" means most independent reports carry a fact and this one does not: counted over
# origins, not articles, since copies of one wire story are one report (two copies of a
# story beside a third article made every line of the copy a "majority" fact the third
# "omits"), and from three origins up, as with two there is no majority to leave out.
OMIT_MIN_ORIGINS = 3
# Between this and OMIT_SIM an outlet's statement is on the fact's topic but may tell it in
# other words ("is mourning the recent death of ... Devin Lima" / "Devin Lima died"), or tell
# something else about the same people ("found guilty of attempted murder" / "plan to retry
# him on the murder charge"). There the fact's words decide (:func:`restates`): of Multi-News
# validation's 46 omissions in the band, 14 read as told in other words and 32 as true; the
# check cleared 3 of the 14 and 1 of the 32 (a parse that made "responding" a fact's verb). Of
# the 44 it left, 17 read as told (in other verbs, by surname, of "the plane"), 4 in part and 23
# as true: names given earlier, surnames, ages and custody as arrest clear 4 of the 17, none of
# the 27 others.
OMIT_LEXICAL_SIM = 0.6


@stage(
    "framing",
    needs=(
        "facts",
        "analyses",
        "sentences",
        "excluded",
        "units",
        "unit_vectors",
        "unit_features",
        "quotes",
        "origins",
    ),
    provides=("framing",),
)
def framing_stage(ws: Workspace) -> None:
    """Per article: its lead, the facts most independent origins report that it omits, its
    loaded terms (with citations), whom it quotes."""
    assert ws.sentences is not None and ws.facts is not None and ws.units is not None
    assert ws.quotes is not None and ws.origins is not None
    facts = ws.facts
    n_origins = len(ws.origins)
    majority = n_origins // 2 + 1
    units = ws.units
    keep = eligible(units, ws.sentences, ws.excluded)
    assert ws.analyses is not None
    docs = {an.article.id: an.doc for an in ws.analyses}
    first: dict[str, int] = {}
    for i in keep:
        u = units[i]
        if u.article in first or (u.standalone is None and u.kind != "main"):
            continue
        if not _calls_reader(unit_text(u, ws.sentences)) and not _caption(u, ws, docs):
            first[u.article] = i
    excluded = ws.excluded or []
    says_it = _said_elsewhere(ws, keep)
    voices = _voices(ws.quotes)
    out: list[Framing] = []
    for a in ws.articles:
        lead_text, lead_cites, lead_fact = "", (), None
        if a.id in first:
            s = units[first[a.id]]
            k = fact_of_span(facts, s.span)
            lead_text = claim_text(s, 0, ws.sentences)  # past a dateline ("DENVER (AP) — ")
            lead_fact = k
            lead_cites = (s.span,)
        omits = tuple(
            f.text
            for k, f in enumerate(facts)
            if n_origins >= OMIT_MIN_ORIGINS
            and f.independent_sources >= majority
            and a.id not in f.sources
            and not says_it[k].get(a.id)
        )
        terms, cites = _loaded_terms(a, excluded)
        out.append(
            Framing(
                article=a.id,
                outlet=a.outlet,
                lead=lead_text,
                lead_citations=lead_cites,
                omits=omits,
                loaded_terms=tuple(terms),
                loaded_citations=tuple(cites),
                lead_fact=lead_fact,
                voices=voices.get(a.id, ()),
            )
        )
    ws.framing = out


def _voices(quotes: list[Quote]) -> dict[str, tuple[Voice, ...]]:
    """Per article, the named speakers of its quotes (direct or reported), the most quoted
    first, then in the order the article first quotes them. A term is no one's voice, an
    unattributed quote no one's to count, and a speaker only described ("the lawyer", "a
    memo", "senior aides": a head word in lower case) names no voice a reader can weigh."""
    spans: dict[str, dict[str, list[Span]]] = {}
    for q in quotes:
        if q.kind != "statement" or not q.speaker or not q.speaker.split()[-1][:1].isupper():
            continue
        first: dict[str, Span] = {}  # an utterance an article repeats is one of its quotes
        for v in sorted(q.variants, key=lambda v: v.start):
            first.setdefault(v.article, Span(v.article, v.start, v.end))
        for article, span in first.items():
            spans.setdefault(article, {}).setdefault(q.speaker, []).append(span)
    out: dict[str, tuple[Voice, ...]] = {}
    for article, by_speaker in spans.items():
        cited = {s: sorted(c, key=lambda x: (x.start, x.end)) for s, c in by_speaker.items()}
        order = sorted(cited, key=lambda s: (-len(cited[s]), cited[s][0].start, s))
        out[article] = tuple(Voice(s, len(cited[s]), tuple(cited[s])) for s in order)
    return out


def _caption(u: Unit, ws: Workspace, docs: dict[str, Doc]) -> bool:
    """Whether a unit is its page's photo caption or credit line, not its news ("The cabin of
    a Qatar Airways plane.", "Starring Matt Damon and Cecile De France.": no finite verb,
    :func:`~newsweave.synthesis.captions.verbless_either_way`; a wire caption's dated present,
    :func:`~newsweave.synthesis.captions.pictured`): an outlet leads with the first line
    that tells something."""
    assert ws.sentences is not None
    text = claim_text(u, 0, ws.sentences)
    doc = docs[u.article]
    return verbless_either_way(doc, u.span, text) or pictured(doc, u.span, text)


def _calls_reader(text: str) -> bool:
    """Whether a sentence tells the reader to do something, in the outlet's own voice (a
    "please" inside a quotation is the speaker's)."""
    own = text
    for a, b in quoted_ranges(text):
        own = own[:a] + " " * (b - a) + own[b:]
    return bool(_TO_READER.search(own.strip()))


def _loaded_terms(a: Article, excluded: list[Span]) -> tuple[list[str], list[Span]]:
    """The article's loaded terms outside quotations and excluded spans, each label once
    ("(attributed)" when in reported speech), with the span of its first use."""
    terms: list[str] = []
    cites: list[Span] = []
    seen: set[str] = set()
    for lt in loaded_terms_in(a.text):
        if lt.voice == "quoted":
            continue
        sp = Span(a.id, lt.start, lt.end)
        if any(e.article == a.id and e.start <= lt.start < e.end for e in excluded):
            continue
        label = lt.label if lt.voice == "own" else f"{lt.label} (attributed)"
        if label in seen:
            continue
        seen.add(label)
        terms.append(label)
        cites.append(sp)
    return terms, cites


def fact_of_span(facts: list[Fact], span: Span) -> int | None:
    """Index of the fact citing a span that overlaps ``span``."""
    for k, f in enumerate(facts):
        for c in f.citations:
            if c.article == span.article and c.start < span.end and span.start < c.end:
                return k
    return None


def _said_elsewhere(ws: Workspace, keep: list[int]) -> list[dict[str, bool]]:
    """For each fact: which non-source articles still have a statement that tells it (one at
    paraphrase level, one on its topic that :func:`restates` it, or one that repeats its
    quotation word for word, :func:`quotations`)."""
    assert ws.facts is not None and ws.units is not None and ws.unit_vectors is not None
    assert ws.unit_features is not None
    units: list[Unit] = ws.units
    vec = ws.unit_vectors
    feats = ws.unit_features
    index = {(u.article, u.start, u.end): k for k, u in enumerate(units)}
    before = named_before(units, feats)
    by_art: dict[str, list[int]] = {}
    for k in keep:
        by_art.setdefault(units[k].article, []).append(k)
    runs = {k: word_run(units[k].text) for k in keep}
    out: list[dict[str, bool]] = []
    for f in ws.facts:
        rows = [
            index[(c.article, c.start, c.end)]
            for c in f.citations
            if (c.article, c.start, c.end) in index
        ]
        said: dict[str, bool] = {}
        wordings = [feats[r] for r in rows]
        texts = [units[r].text for r in rows]
        ages = ages_given(texts)
        quotes = quotations(texts)
        for aid, ks in by_art.items():
            if aid in f.sources or not rows:
                continue
            sims = (vec[ks] @ vec[rows].T).max(axis=1)
            said[aid] = bool(float(sims.max()) >= OMIT_SIM) or any(
                (sim >= OMIT_LEXICAL_SIM and restates(wordings, feats[k], before[k], ages))
                or any(q in runs[k] for q in quotes)
                for k, sim in zip(ks, sims.tolist(), strict=True)
            )
        out.append(said)
    return out


# An age beside a name ("Kanasho Johns, 27,", "27-year-old Kanasho Johns"): who someone is,
# which a statement that names them need not repeat.
_AGE = re.compile(r"\b(\d{1,3})-year-old\b|(?<=[a-z]), (\d{1,3}),")


def ages_given(texts: Sequence[str]) -> frozenset[str]:
    """The figures of ``texts`` that are the ages of people they name."""
    return frozenset(a or b for t in texts for a, b in _AGE.findall(t))


def named_before(units: Sequence[Unit], feats: Sequence[Features]) -> list[frozenset[str]]:
    """Per statement, the names its article gave in the statements before it: an outlet names
    a plane or a person once and then says "the plane", "the school" (Multi-News 218, 065)."""
    out: list[frozenset[str]] = [frozenset()] * len(units)
    by_art: dict[str, list[int]] = {}
    for k, u in enumerate(units):
        by_art.setdefault(u.article, []).append(k)
    for ks in by_art.values():
        seen: frozenset[str] = frozenset()
        for k in sorted(ks, key=lambda k: (units[k].start, units[k].end)):
            out[k] = seen
            seen |= feats[k].names
    return out


# Words of a quotation that an outlet's statement must repeat, in a row, to tell the fact that
# quotes them: a short one ("a patriot") is a phrase many statements share, a sentence of a
# speaker's is their saying (Multi-News 208: "Thank you for your service sir. You are a
# patriot." inside a longer quotation of the same tweet).
QUOTE_RUN_WORDS = 6
_QUOTE_WORD = re.compile(r"[\w'’-]+")


def word_run(text: str) -> str:
    """``text``'s words in lower case, one space apart and at each end, to find a quotation's
    words in a row in it."""
    return f" {' '.join(w.lower() for w in _QUOTE_WORD.findall(text))} "


def quotations(texts: Sequence[str]) -> frozenset[str]:
    """The quotations of :data:`QUOTE_RUN_WORDS` words or more a fact's wordings give, as
    :func:`word_run` puts them: a statement whose run holds one repeats it."""
    runs = (word_run(t[a:b]) for t in texts for a, b in quoted_ranges(t))
    return frozenset(r for r in runs if len(r.split()) >= QUOTE_RUN_WORDS)


# Verbs that tell who found, showed or vouches for a claim, not the claim ("revealed that only
# infants who had napped remembered", "died on Wednesday, Us Weekly confirms"): a statement
# that shares one ("the researchers had to find a way") does not tell the claim.
_REPORTING = frozenset(
    {"confirm", "allege", "reveal", "find", "show", "suggest", "indicate", "announce", "argue"}
    | {"claim", "note", "insist", "acknowledge", "learn", "know", "believe"}
)
# Proper nouns that date a fact, not who or where: the statement may date it otherwise.
_TIME_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)


# A claim of a fact is one at least half its wordings make (1 / CLAIM_SHARE of them): two
# wordings of one fact often put it in different verbs ("the investigation began in April,
# when he is accused of contacting the victim" / "the indictment alleges he contacted the
# victim's husband in April and wanted to meet"), and neither must veto what the other says;
# a stray citation among many adds no claim of its own.
CLAIM_SHARE = 2


def restates(
    fact: Sequence[Features],
    unit: Features,
    named_before: frozenset[str] = frozenset(),
    ages: frozenset[str] = frozenset(),
) -> bool:
    """Whether a statement tells a fact (its wordings, at least one) in other words: it names
    the people and places every wording names, gives the figures they all give, and has a verb
    or noun of action of the family of a claim most of them make (:data:`CLAIM_SHARE`; "death"
    for "died", "offering" for "offered", "taken into custody" for "arrested":
    :data:`~newsweave.synthesis.predicates.PHRASE_FAMILIES`). Asked only of a statement already
    close to the fact (:data:`OMIT_LEXICAL_SIM`): what it checks is that the statement's claim
    is the fact's, not another about the same people ("found guilty" is not "plan to retry
    him").

    Who is named may be named as the outlet goes on: by surname ("Johns" for "Kanasho Shadrick
    Johns"), or in a statement before this one (``named_before``: "the plane" after "Malaysia
    Airlines Flight 370"). Where is part of who only when no one is named: a statement that
    names the fact's people tells their deed without the street ("Tavin Price, who was shot
    May 29" / "Tavin Price was shot May 29 outside a car wash on Florence Avenue"), and so are
    their ``ages`` (:func:`ages_given`): "Johns was taken into custody" tells "Kanasho Johns,
    27, was arrested"."""
    told = [
        {
            fam
            for p in f.frames
            if (p.core or p.clause == "complement") and p.family not in _REPORTING
            for fam in phrase_families(p.family, p.objects)
        }
        for f in fact
    ]
    claims = {c for c in set.union(*told) if len(told) <= CLAIM_SHARE * sum(c in t for t in told)}
    names = frozenset.intersection(*(f.names for f in fact)) - _TIME_NAMES
    figures = frozenset.intersection(*(f.numbers for f in fact)) - ages
    if not claims or not (names or figures):
        return False  # no verb of its own ("X is another attempt") or nothing named: no telling
    where = {w for f in fact for place in f.places for w in place.split()}
    who = names - where or names
    given = unit.names | unit.lemmas | named_before
    surnames = {
        w for f in fact for e in f.entities if e.split()[-1] in given for w in e.split()[:-1]
    }
    return (
        who <= given | surnames
        and figures <= unit.numbers
        and any(claims & phrase_families(p.family, p.objects) for p in unit.frames)
    )
