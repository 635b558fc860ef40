"""The sentence-unit layer the facts, framing and brief stages share.

A :class:`Unit` is a statement the synthesis aligns: a sentence, a quotation spread
over several sentences, or one clause of a long compound sentence. The ``units`` stage
builds them once per event with their embeddings (:func:`unit_vectors`) and the features
the alignment compares besides embeddings (:func:`unit_features`); :func:`eligible`
keeps those that are statements about this event, and :func:`unit_penalty` says how
poorly a unit's wording stands alone. A unit's features include its predicate-argument
units (:func:`~newsweave.synthesis.frames.frames_of`: who did what to what, from the
parse), which tell the facts stage when differently worded or differently split statements
make one claim. Model-free except for the embedder call.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Token

from newsweave.models import Article, Sentence, Span
from newsweave.nlp import SUBJECT_DEPS, Analysis, Embedder, doc_ents
from newsweave.synthesis.claim_speakers import reports_words, speakers_of
from newsweave.synthesis.dated import anchors, clause_tense
from newsweave.synthesis.figures import MAGNITUDES
from newsweave.synthesis.frames import (
    GENERIC_LEMMAS,
    Predicate,
    claim_negation,
    claim_terms,
    frames_of,
    hedged,
    own_claim_start,
)
from newsweave.synthesis.trivia import is_trivia
from newsweave.text.dates import MONTH_WORD, resolve_date
from newsweave.text.headline import DATELINE
from newsweave.text.lexicons import COUNT_WORDS, in_ranges, loaded_terms_in, quoted_ranges
from newsweave.text.names import mention_key

# --------------------------------------------------------------------------- sentence features

# Spelled numbers as figures: the counting words, and magnitudes written out ("a hundred").
_NUMBER_WORDS = {w: str(n) for w, n in COUNT_WORDS.items()} | {
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "dozen": "12",
    "half": "0.5",
}
_NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Features:
    """What the alignment check compares besides embeddings."""

    lemmas: frozenset[str]
    entities: frozenset[str]
    numbers: frozenset[str]
    negated: bool
    words: int
    dates: frozenset[str] = frozenset()  # ISO days the unit mentions, other than its anchor day
    places: frozenset[str] = frozenset()  # GPE/LOC/FAC entities where something is, not kinds
    frames: tuple[Predicate, ...] = ()  # what the unit says who did to what (:func:`frames_of`)
    # what its claimed verbs act on, conjoined ones included (:func:`claim_terms`)
    terms: frozenset[str] = frozenset()
    # characters of its text before its own claim ("X came hours after ..."; :func:`own_claim_start`)
    lead: int = 0
    # the lemmas of ``lemmas`` that are names (proper nouns): who and where, not what is said
    names: frozenset[str] = frozenset()
    # the names of the people it says the statement is from (:func:`speakers_of`)
    speakers: frozenset[str] = frozenset()
    # its own claim is only expected, hoped or believed ("is expected to approve"): :func:`hedged`
    hedged: bool = False
    # lemmas only in the appositions of its subjects ("Kushner, the president's son-in-law,
    # ..."): who acts, which a report of another act of theirs repeats as well
    described: frozenset[str] = frozenset()
    # it attributes its words to someone, named or not ("She said ..."): :func:`reports_words`
    reported: bool = False


@dataclass(frozen=True, slots=True)
class Unit:
    """A statement the synthesis aligns: a sentence, a quotation spread over several
    sentences, or one clause of a long compound sentence.

    ``standalone`` is the text a reader can take on its own (a main clause gets its
    final period; a subordinate clause or a quote fragment has none: ``None``).
    """

    article: str
    start: int
    end: int
    text: str
    sentence: int  # index into ws.sentences of the (first) sentence
    index: int  # position of that sentence in its article
    kind: str  # sentence | quote | main | sub
    standalone: str | None

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


# Units longer than this many words are split at strong clause boundaries.
SPLIT_MIN_WORDS = 20
# Each part of a split sentence has at least this many words (shorter ones are not claims).
SPLIT_MIN_PART = 6
# The words a long sentence is split before (after its comma), none of which opens a clause
# that stands alone: a subordinator, a participle, a relative pronoun, a noun in apposition.
_SUB_OPENERS = (
    r"(?:hours|days|weeks|minutes|a day|a week) (?:after|before)",
    *("after", "before", "while", "whereas", "although", r"signal+ing", "adding", "saying"),
    *("an announcement", "a move", "which", "amid", "citing", "despite", "in a", "unleashing"),
    "triggering",
)
# ...and also before "but" (a clause of its own, unless it has no subject) and after ";".
_CLAUSE_BREAK = re.compile(r",\s+(?=(?:" + "|".join((*_SUB_OPENERS, "but")) + r")\b)|;\s+")
# A coordinator the break leaves closing the main clause, when the subordinate clause opens
# inside the coordinated one ("Lesions ... were consistent with carcinoma, and, although it's
# difficult ..., the researchers were able to ..."): shown, the main clause ends before it.
# After its comma only: "hasn't even taken office yet" ends on an adverb.
_TRAILING_COORDINATOR = re.compile(r",\s+(?:and|but|or)$", re.IGNORECASE)
# A "which" clause set off by commas inside its sentence, the main verb resuming after it
# ("variants within the gene, which are related to reduced growth, was favored by ..."): a
# break there would leave the main clause without its verb ("… have shown how variants
# within the gene."). All 54 such commas in the multinews documents are of this kind. So is
# a verb's complement resuming after it ("contrasted the debate, which was widely
# criticized, with the first Democratic debate"; "described the council, which passed new
# sanctions, as a tool of evil"): the main clause alone would end without it (8 commas).
_EMBEDDED_WHICH = re.compile(
    r"which\b[^,.;!?]{0,150},\s+(?:was|were|is|are|has|have|had|will|would|can|could|may|"
    r"might|must|did|does|do|with|as|for|to|from|into|against|than|over|on)\b"
)
_OPEN_Q = "“\"‘'"
# The first half of a correlative "not only X, but (also) Y": a break before its "but" would
# leave "It's not only the largest sauropod foot ever identified." (HEAD's 033), a sentence
# that promises a second half it no longer has.
_NOT_ONLY = re.compile(r"\b[Nn]ot (?:only|just|merely|simply)\b")


def _balanced(text: str) -> bool:
    """Do the quotation marks of ``text`` open and close (apostrophes aside)?"""
    curly = text.count("“") - text.count("”")
    straight = text.count('"') % 2
    return curly == 0 and straight == 0 and _single_balanced(text)


def _single_balanced(text: str) -> bool:
    opens = len(re.findall(r"(?:^|(?<=[\s(\[—–-]))['‘](?=\S)", text))
    closes = len(re.findall(r"(?<=\S)['’](?=$|[\s,.;:!?)\]—–-])", text))
    # possessives ("Putin's") never match either pattern; plural possessives ("leaders'") close
    return closes >= opens


def build_units(articles: Sequence[Article], sentences: Sequence[Sentence]) -> list[Unit]:
    """The statements of every article: quotes kept whole, long compound sentences split
    into clauses, lone closing quote marks folded back (``Unit.sentence`` indexes into
    ``sentences``)."""
    return _units_of({a.id: a.text for a in articles}, sentences)


def _units_of(texts: dict[str, str], sents: Sequence[Sentence]) -> list[Unit]:
    """The units of ``sents`` (``Unit.sentence`` indexes into ``sents``)."""
    units: list[Unit] = []
    i = 0
    while i < len(sents):
        s = sents[i]
        text = texts[s.article]
        start, end, j = s.start, s.end, i
        kind = "sentence"
        # merge while a quotation stays open (same article, same paragraph, at most 4 sentences)
        while not _balanced(text[start:end]) and j + 1 < len(sents) and j - i < 4:
            nxt = sents[j + 1]
            if nxt.article != s.article or "\n" in text[end : nxt.start]:
                break
            j += 1
            end = nxt.end
            kind = "quote"
        # a sentence that is one whole quotation borrows its attribution ("..., Trump posted.")
        if j + 1 < len(sents):
            nxt = sents[j + 1]
            whole_quote = text[start] in _OPEN_Q and text[end - 1] in "”\"’'" + "!?."
            if (
                whole_quote
                and nxt.article == s.article
                and "\n" not in text[end : nxt.start]
                and _SAYS.search(nxt.text)
                and len(nxt.text.split()) <= 25
            ):
                j += 1
                end = nxt.end
                kind = "quote"
        piece = text[start:end]
        if not _balanced(piece):
            kind = "fragment"
        units.extend(_split_clauses(s.article, start, piece, i, s.index, kind))
        i = j + 1
    return units


def prefetch_texts(article: Article, sents: Sequence[Sentence]) -> list[str]:
    """The texts :func:`unit_vectors` will send to the embedder for one article's units
    (clauses of split sentences), so that they can be embedded ahead, beside the parse."""
    return [u.text for u in _units_of({article.id: article.text}, sents) if _own_vector(u, sents)]


def _whole_sentence(u: Unit, sents: Sequence[Sentence]) -> bool:
    s = sents[u.sentence]
    return s.start == u.start and s.end == u.end


def _own_vector(u: Unit, sents: Sequence[Sentence]) -> bool:
    """Whether a unit needs its own model call (not a whole sentence, not merged sentences)."""
    return not _whole_sentence(u, sents) and u.kind not in {"quote", "fragment"}


_SAYS = re.compile(r"\b(?:said|says|posted|wrote|told|added|stated|declared|tweeted)\b")


def _split_clauses(art: str, start: int, text: str, sent: int, index: int, kind: str) -> list[Unit]:
    whole = Unit(
        art,
        start,
        start + len(text),
        text,
        sent,
        index,
        kind,
        text if kind in {"sentence", "quote"} else None,
    )
    if kind != "sentence" or len(text.split()) < SPLIT_MIN_WORDS:
        return [whole]
    quotes = quoted_ranges(text)
    cut = None
    for m in _CLAUSE_BREAK.finditer(text):
        if in_ranges(m.start(), quotes):
            continue
        left, right = text[: m.start()], text[m.end() :]
        if _EMBEDDED_WHICH.match(right):
            continue
        if right.startswith("but") and _NOT_ONLY.search(left):
            continue  # "It's not only the largest ..., but also the first ...": one claim
        if len(left.split()) >= SPLIT_MIN_PART and len(right.split()) >= SPLIT_MIN_PART:
            cut = m
            break
    if cut is None:
        return [whole]
    left = text[: cut.start()]
    right = text[cut.end() :]
    shown = _TRAILING_COORDINATOR.sub("", left.rstrip(" ,;:")).rstrip(" ,;:")
    main = Unit(art, start, start + len(left), left, sent, index, "main", shown + ".")
    sub = Unit(art, start + cut.end(), start + len(text), right, sent, index, "sub", None)
    return [main, sub]


# How a split-off clause opens when it is no statement of its own: one of _SUB_OPENERS (or
# after ";", a relative pronoun), "but" with no subject ("…, but said smugglers …"). Shown
# alone, "Which opposes the state's tough immigration laws." tells nothing.
_LEANING = re.compile(
    "(?:" + "|".join(_SUB_OPENERS) + r"|who|whom|whose|but (?:also|then|later|not|"
    r"said|says|added|adds|noted|told|warned|urged|called|did|does|was|is|were|are|has|have|"
    r"had|would|will|could|can|may|might|declined|refused|insisted|stressed))\b",
    re.IGNORECASE,
)


def leans(u: Unit) -> bool:
    """A split-off clause a reader cannot take without the rest of its sentence."""
    return u.kind == "sub" and _LEANING.match(u.text) is not None


def unit_vectors(
    units: Sequence[Unit],
    sentences: Sequence[Sentence],
    sentence_vectors: np.ndarray,
    embedder: Embedder,
) -> np.ndarray:
    """Embeddings of the units: a sentence's own vector, else one batched encode call."""
    out = np.zeros((len(units), sentence_vectors.shape[1]), dtype=np.float32)
    todo: list[int] = []
    sents = sentences
    for k, u in enumerate(units):
        if _whole_sentence(u, sents):
            out[k] = sentence_vectors[u.sentence]
        elif _own_vector(u, sents):
            todo.append(k)
        else:  # a quote or fragment: whole sentences merged, the normalised mean of their
            # vectors saves a model call
            j = u.sentence
            while (
                j + 1 < len(sents)
                and sents[j + 1].article == u.article
                and sents[j + 1].end <= u.end
            ):
                j += 1
            # weighted by length: a lone closing quote mark must not dilute the meaning
            wts = np.array(
                [len(sents[i].text.split()) for i in range(u.sentence, j + 1)], dtype=np.float32
            )
            v = (sentence_vectors[u.sentence : j + 1] * wts[:, None]).sum(0)
            out[k] = v / max(float(np.linalg.norm(v)), 1e-9)
    if todo:
        out[todo] = embedder.encode([units[k].text for k in todo])
    return out


def unit_features(units: Sequence[Unit], analyses: Sequence[Analysis]) -> list[Features]:
    """Content lemmas, entities, numbers, polarity, days and places of every unit."""
    by_article = {a.article.id: a for a in analyses}
    days = day_mentions(analyses)
    # Doc.ents builds new Span objects on every access: read each article's entities once
    ents_of = {
        aid: [(e.start_char, e.end_char, e.label_, e.text, e.root.dep_) for e in doc_ents(an.doc)]
        for aid, an in by_article.items()
    }
    return [_features_of(u, by_article[u.article], ents_of[u.article], days) for u in units]


def _features_of(
    u: Unit, analysis: Analysis, ents: list[tuple[int, int, str, str, str]], days: list[DayMention]
) -> Features:
    """One unit's :class:`Features` from its article's parse and day mentions."""
    doc = analysis.doc
    span = doc.char_span(u.start, u.end, alignment_mode="expand")
    toks = list(span) if span is not None else []
    lemmas = set()
    names = set()
    numbers = set()
    negated = False
    appos = {
        x.i for t in toks if t.dep_ == "appos" and t.head.dep_ in SUBJECT_DEPS for x in t.subtree
    }
    described, told = set(), set()
    for t in toks:
        if t.lower_ in MAGNITUDES:
            numbers.add(t.lower_)  # "thousands of texts" is a count too
        if (t.dep_ == "neg" or t.lower_ in {"not", "n't", "never", "no"}) and claim_negation(
            t, toks[0].i, toks[-1].i
        ):
            negated = True
        if t.like_num or t.pos_ == "NUM":
            for n in _NUM_RE.findall(t.text):
                numbers.add(n.replace(",", ""))
            # a count however it is parsed ("six of those arrested"), but "one" only as one:
            # not the pronoun ("but one that ...")
            if t.lower_ in _NUMBER_WORDS and (
                t.lower_ != "one" or t.dep_ in {"nummod", "quantmod", "compound"}
            ):
                numbers.add(_NUMBER_WORDS[t.lower_])
            continue
        if t.is_stop or t.is_punct or not t.is_alpha or len(t.text) < 2:
            continue
        if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}:
            lem = t.lemma_.lower()
            if lem not in GENERIC_LEMMAS:
                lemmas.add(lem)
                (described if t.i in appos else told).add(lem)
                if t.pos_ == "PROPN":
                    names.add(lem)
    for n in _NUM_RE.findall(u.text):
        numbers.add(n.replace(",", ""))
    found = set()
    places = set()
    for st, en, label, etext, dep in ents:
        if st < u.start or en > u.end:
            continue
        if label in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}:
            found.add(mention_key(etext))
        # a place that modifies a noun names a kind or an origin, not where it happened
        # ("the Russia investigation", "a Brooklyn mother"): no place to tell one happening
        if label in {"GPE", "LOC", "FAC"} and dep != "compound":
            places.add(mention_key(etext))
    dates = {m.iso for m in days if m.article == u.article and u.start <= m.start < u.end}
    return Features(
        frozenset(lemmas),
        frozenset(found),
        frozenset(numbers),
        negated,
        len(u.text.split()),
        frozenset(dates),
        frozenset(places),
        frames_of(toks),
        claim_terms(toks),
        _lead_of(u, toks),
        frozenset(names),
        speakers_of(toks),
        hedged(toks),
        frozenset(described - told),
        reports_words(toks),
    )


def _lead_of(u: Unit, toks: Sequence[Token]) -> int:
    """:func:`own_claim_start` in characters of the unit's own text."""
    off = own_claim_start(toks)
    return max(toks[0].idx + off - u.start, 0) if off else 0


def terms_cover(claim: Features, evidence: Sequence[Features]) -> bool:
    """Whether the ``evidence`` statements mention everything ``claim`` says its verbs act
    on (:func:`claim_terms`), by content word or object key ("ceasefire" = "cease-fire")."""
    said: set[str] = set()
    for f in evidence:
        said |= f.lemmas | f.terms
        said.update(o for p in f.frames for o in p.objects)
    return claim.terms <= said


def frame_match(a: Predicate, b: Predicate) -> bool:
    """Do two predicates state one claim: same family, no two different people named as the
    actors, and an object in common, or, where one takes none ("has died" / "died in Las
    Vegas"), the same person acting? (Without objects or a named actor, "came", "said",
    a predicate says too little to tell claims apart.)"""
    if a.family != b.family or (a.actors and b.actors and not (a.actors & b.actors)):
        return False
    if a.objects & b.objects:
        return True
    return (not a.objects or not b.objects) and bool(a.actors & b.actors)


def frames_cover(claim: Sequence[Predicate], evidence: Sequence[Predicate]) -> bool:
    """Whether the ``evidence`` predicates state every core predicate of ``claim`` that takes
    an object, each by one of its family on a shared object (a core predicate without an
    object, "were fooling around", cannot be told apart and is not checked)."""
    return all(any(frame_match(p, q) for q in evidence) for p in checkable(claim))


def objects_cover(claim: Sequence[Predicate], evidence: Sequence[Predicate]) -> bool:
    """The looser test for a wording the embeddings already aligned: the ``evidence`` takes an
    object of every core predicate of ``claim``, whatever the verb (paraphrases the families
    do not list: "protected by bodyguards" / "bodyguards would watch over him"); "called for
    a ceasefire" still does not back "... and threatened sanctions", which it never names."""
    mentioned = frozenset().union(*(q.objects for q in evidence))
    return all(p.objects & mentioned for p in checkable(claim))


def checkable(frames: Sequence[Predicate]) -> list[Predicate]:
    """The core predicates of a statement that take an object: the claims it makes that
    :func:`frame_match` can find elsewhere."""
    return [p for p in frames if p.core and p.objects]


_DAY_EXPR = re.compile(
    rf"\b{MONTH_WORD}\.? \d{{1,2}}(?:, \d{{4}})?\b|\b\d{{1,2}} {MONTH_WORD}(?: \d{{4}})?\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


@dataclass(frozen=True, slots=True)
class DayMention:
    """A day-precise date an article mentions (not its own day): where, and which day."""

    article: str
    start: int
    iso: str


def day_mentions(analyses: Sequence[Analysis]) -> list[DayMention]:
    """Each day-precise date other than the article's own day, resolved with the timeline's
    rules ("Thursday" in a Sunday 11 May story about proposed talks is 2025-05-15). Only
    day-level expressions matter for alignment, so this scans for them directly instead of
    building the whole timeline twice."""
    out: list[DayMention] = []
    anchored = anchors(analyses)
    for an in analyses:
        anchor = anchored[an.article.id].day
        if anchor is None:
            continue
        for m in _DAY_EXPR.finditer(an.article.text):
            weekday = m.group(0)[0].isalpha() and m.group(0).endswith("day")
            # a yearless "May 15" takes the nearest year unless its own verb is finite
            tense = clause_tense(an.doc, m.start(), m.end(), direct=not weekday)
            r = resolve_date(m.group(0), anchor, tense)
            if r is not None and r.precision == "day" and r.date != anchor:
                out.append(DayMention(an.article.id, m.start(), r.date.isoformat()))
    return out


# A reference to a scholarly text's sources or its own figures: "(33, 36, 38)", "(57–59)",
# "[3]", "(Bader, Hasiotis & Martin, 2009)", "Smith et al. (2010)", "(Fig. 1C)", "Figs. 1B and
# 1C", "see Table 1", "(ref. 20)", superscripts run into the word ("the Cascadia forearc
# region14,16,18"). A news story seldom writes one ("Bob Harstad (2, 110)", a player's games
# and points; "a study by Kawanishi et al. 2010"), a paper or an encyclopedia page scraped as a
# story writes dozens: from SCHOLARLY_MIN_REFERENCES sentences with one, an article's sentences
# citing their sources are its literature review, not news.
_REFERENCE = re.compile(
    r"\((?:\d{1,3}, )+\d{1,3}\)|\(\d{1,3}[–—]\d{1,3}\)|\[\d{1,3}\]"
    r"|\((?:see )?[A-Z][\w’'-]+(?:,? (?:&|and) [A-Z][\w’'-]+|(?:, [A-Z][\w’'-]+)+ (?:&|and) "
    r"[A-Z][\w’'-]+| et al\.)?,? (?:19|20)\d\d[a-z]?[;)]"
    r"|\b[A-Z][\w’'-]+(?: et al\.| (?:&|and) [A-Z][\w’'-]+) \((?:19|20)\d\d[a-z]?\)"
    r"|\b(?:[Ff]igs?\.|Figures?|Tables?) ?S?\d"
    r"|\(refs?\. \d|\b[a-z]{3,}\d{1,2}(?:,\d{1,2})+\b"
)
SCHOLARLY_MIN_REFERENCES = 5
# A museum's catalogue number ("KUVP 129724", "USNM 4735"): a paper's specimen, which its
# sentences in a scholarly text describe bone by bone for other scholars, not for the news.
_SPECIMEN = re.compile(r"\b[A-Z]{2,6} \d{4,}\b")
# A single superscript reference run into its word ("the subducting Juan de Fuca plate21."):
# in a news story "plate21" is a typo at most, in a scholarly text it cites a source.
_SUPERSCRIPT = re.compile(r"\b[A-Za-z]{3,}\d{1,2}(?=[.,;:]?(?:\s|$))")
# A single source's number in brackets ("... compared with other subtypes (67).", multinews
# 029, whose brief took it): in a news story "(67)" may be an age or a count, so it does not
# make a text scholarly, but in a scholarly text it cites a source as "(66, 67)" does.
_SINGLE_REFERENCE = re.compile(r"\(\d{1,3}\)")


def _scholarly(sentences: Sequence[Sentence]) -> set[str]:
    """The articles that cite their sources as papers do (:data:`SCHOLARLY_MIN_REFERENCES`)."""
    counts: dict[str, int] = {}
    for s in sentences:
        if _REFERENCE.search(s.text):
            counts[s.article] = counts.get(s.article, 0) + 1
    return {a for a, n in counts.items() if n >= SCHOLARLY_MIN_REFERENCES}


# How an organisation's "About us" block opens, the boilerplate a press release ends on: its
# heading ("About Lieff Cabraser and Counsel", a line without final punctuation) or its
# self-description ("The American Museum of Natural History, founded in 1869, is one of the
# world's preeminent ...", "The Knot is the nation's leading wedding resource ..."). What
# follows (its size, its visitors, its programmes, "Visit amnh.org") is the publisher's
# standing text in the present tense, not the event's news.
_FOOTER_OPENING = re.compile(
    r"^About (?:the )?[A-Z][^.!?]{0,60}$"
    r"|^[A-Z][\w&.'’ -]{2,80}?(?:, (?:founded|established) in (?:1[5-9]|20)\d\d,)? is (?:one of )?"
    r"(?:the|a|an) (?:nation|world|country|industry)['’]s (?:leading|largest|premier|preeminent|"
    r"foremost|oldest)\b"
)
# ... found in the last part of its article: an article's opening that names a company as
# "the world's largest ..." is its news; a footer follows the story, past this share of its
# sentences (in the Multi-News validation documents the pattern matches five sentences, of
# three footers, at 0.6 to 0.92 of their article's sentences, and nowhere else).
FOOTER_MIN_SHARE = 0.5


def _footers(sentences: Sequence[Sentence]) -> dict[str, int]:
    """Where each article's "About us" block opens (:data:`_FOOTER_OPENING`), as an offset of
    its text: from there to its end, the publisher describes itself."""
    total = Counter(s.article for s in sentences)
    out: dict[str, int] = {}
    for s in sentences:
        if (
            s.article not in out
            and s.index >= FOOTER_MIN_SHARE * total[s.article]
            and _FOOTER_OPENING.match(s.text)
        ):
            out[s.article] = s.start
    return out


def eligible(
    units: Sequence[Unit], sentences: Sequence[Sentence], excluded: Sequence[Span] | None
) -> list[int]:
    """Indices into ``units`` of statements about this event (not trivia, not a scholarly
    text's references to its sources nor its specimens, not a publisher's "About us" block,
    not excluded)."""
    excluded = excluded or []
    sents = sentences
    scholarly = _scholarly(sents)
    footers = _footers(sents)
    out = []
    for k, u in enumerate(units):
        first = sents[u.sentence]
        nxt_i = u.sentence + 1
        while (
            nxt_i < len(sents) and sents[nxt_i].end <= u.end and sents[nxt_i].article == u.article
        ):
            nxt_i += 1
        nxt = sents[nxt_i] if nxt_i < len(sents) else None
        probe = Sentence(u.article, u.start, u.end, u.standalone or first.text, first.index)
        if is_trivia(probe, nxt):
            continue
        if u.article in scholarly and any(
            p.search(probe.text) for p in (_REFERENCE, _SPECIMEN, _SUPERSCRIPT, _SINGLE_REFERENCE)
        ):
            continue
        if u.start >= footers.get(u.article, u.end):
            continue
        if excluded and overlaps_any(u.span, excluded):
            continue
        out.append(k)
    return out


def overlaps_any(span: Span, spans: Iterable[Span]) -> bool:
    """Whether ``span`` overlaps any of ``spans`` in the same article."""
    return any(
        s.article == span.article and s.start < span.end and span.start < s.end for s in spans
    )


_ANAPHORA = re.compile(
    r"\b(?:that|this|these|those|the same|such) (?:position|proposal|call|plan|offer|move|view|stance|idea|demand)s?\b|"
    r"\b(?:their|its) (?:plan|proposal|offer|demand)s?\b",
    re.I,
)
_PRONOUN_SPEAKER = re.compile(
    r"[,.!?][\"”’']\s+(?:he|she|they|it)\s+(?:said|stated|added|declared|told)\b"
)
_PRONOUN_START = re.compile(r"^(He|She|It|They|This|That|These|Those|His|Her|Its|Their)\b")


def statement_penalty(text: str) -> float:
    """How poorly a sentence stands alone as a neutral statement (lower is better)."""
    p = 0.0
    if _PRONOUN_START.match(text):
        p += 0.15
    if _ANAPHORA.search(text):
        p += 0.2  # "echoed that position", "their plan": needs the sentence before it
    if _PRONOUN_SPEAKER.search(text):
        p += 0.15  # '"...," he stated.': who is speaking?
    if loaded_terms_in(text, own_words_only=True):
        p += 0.2
    n = len(text.split())
    p += 0.006 * max(0, n - 30)
    if text.lstrip().startswith(("“", '"', "'", "‘")):
        p += 0.1
        if text.rstrip()[-1:] in {'"', "”", "'", "’"}:
            p += 0.3  # a bare quotation: the reader cannot tell who said it
    return p


def unit_text(u: Unit, sentences: Sequence[Sentence]) -> str:
    """The words a reader sees for a unit: standalone text; a subordinate clause as itself
    (its sentence's main clause may be another fact); a quote fragment as its sentence."""
    if u.standalone:
        return u.standalone
    if u.kind == "sub":
        t = u.text.rstrip(" ,;:")
        return (
            t[:1].upper() + t[1:] + ("" if t.endswith((".", "!", "?", '"', "”", "'", "’")) else ".")
        )
    return sentences[u.sentence].text


def claim_text(u: Unit, lead: int, sentences: Sequence[Sentence]) -> str:
    """A unit's wording as a fact: :func:`unit_text`, past a leading "X came hours after"
    (``lead`` characters, :attr:`Features.lead`) or a dateline ("PALM COAST, Fla. - ", where
    the story was filed) when the unit is a whole statement."""
    text = unit_text(u, sentences)
    if text != u.standalone:
        return text
    dateline = DATELINE.match(text)
    lead = max(lead, dateline.end() if dateline else 0)
    if not lead or lead >= len(text):
        return text
    rest = text[lead:]
    return rest[0].upper() + rest[1:]


def unit_penalty(u: Unit) -> float:
    """Penalty for wording that cannot stand alone (clause fragments, split quotes)."""
    p = statement_penalty(u.standalone or u.text)
    if u.standalone is None:
        p += 0.5
    return p
