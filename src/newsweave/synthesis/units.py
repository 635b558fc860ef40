"""The sentence-unit layer the facts, framing and brief stages share.

A :class:`Unit` is a statement the synthesis aligns: a sentence, a quotation spread
over several sentences, or one clause of a long compound sentence. The ``units`` stage
builds them once per event with their embeddings (:func:`unit_vectors`) and the features
the alignment compares besides embeddings (:func:`unit_features`); :func:`eligible`
keeps those that are statements about this event, and :func:`unit_penalty` says how
poorly a unit's wording stands alone. Model-free except for the embedder call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.models import Article, Sentence, Span
from newsweave.nlp import Analysis, Embedder
from newsweave.synthesis.dated import clause_tense, event_anchors
from newsweave.text.dates import MONTH_WORD, resolve_date
from newsweave.text.lexicons import in_ranges, loaded_terms_in, quoted_ranges
from newsweave.text.names import mention_key

# Sentences shorter than this are labels, datelines or fragments, not statements.
MIN_STATEMENT_WORDS = 6


_CREDIT_LINE = re.compile(
    r"(Getty Images|Shutterstock|\bREUTERS\b|via Reuters|\bAFP\b via|EPA-EFE|\bHandout\b|\bPOOL\b|"
    r"Photo(?:graph)?:|Image:|Credit:|/[A-Z][A-Za-z]+/|\bAP Photo\b|Sputnik/)"
)
_CALL_TO_ACTION = re.compile(
    r"\b(share this|subscribe|sign up|newsletter|click here|follow us|read more|"
    r"contributed to this report|all rights reserved|copyright ©|related articles?\b)",
    re.I,
)
_ENDS_STATEMENT = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")
_URL = re.compile(r"https?://|www\.|\.com\b|\]\(#\)")
_PHOTO_COUNT = re.compile(r"^\d{1,2}\s+[A-Z]")


def is_credit_line(text: str) -> bool:
    """A short line naming a photo agency or credit (a caption's credit, not a statement)."""
    return bool(_CREDIT_LINE.search(text)) and len(text.split()) <= 16


def is_trivia(sent: Sentence, next_sent: Sentence | None) -> bool:
    """Bylines, captions, photo credits, headlines, calls to action: not statements."""
    t = sent.text
    words = t.split()
    if len(words) < MIN_STATEMENT_WORDS:
        return True
    if not _ENDS_STATEMENT.search(t):
        return True  # a line without final punctuation: headline, label, credit
    if _URL.search(t) or _CALL_TO_ACTION.search(t):
        return True
    if is_credit_line(t) or _PHOTO_COUNT.match(t):
        return True
    # a caption is followed by its photo credit on the next line
    return bool(next_sent and next_sent.article == sent.article and is_credit_line(next_sent.text))


# --------------------------------------------------------------------------- sentence features

_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "dozen": "12",
    "half": "0.5",
}
_NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
# Lemmas too generic to show that two sentences make the same claim.
_GENERIC = {
    "say",
    "tell",
    "add",
    "state",
    "report",
    "be",
    "have",
    "do",
    "make",
    "also",
    "would",
    "could",
    "will",
    "may",
    "can",
    "year",
    "time",
    "day",
    "week",
    "people",
    "thing",
    "way",
    "percent",
}


@dataclass(frozen=True, slots=True)
class Features:
    """What the alignment check compares besides embeddings."""

    lemmas: frozenset[str]
    entities: frozenset[str]
    numbers: frozenset[str]
    negated: bool
    words: int
    dates: frozenset[str] = frozenset()  # ISO days the unit mentions, other than its anchor day
    places: frozenset[str] = frozenset()  # GPE/LOC/FAC entities


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
_CLAUSE_BREAK = re.compile(
    r",\s+(?=(?:hours|days|weeks|minutes|a day|a week) (?:after|before)\b|after\b|before\b|while\b|"
    r"whereas\b|although\b|signal+ing\b|adding\b|saying\b|an announcement\b|a move\b|which\b|"
    r"but\b|amid\b|citing\b|despite\b|in a\b|unleashing\b|triggering\b)|;\s+"
)
_OPEN_Q = "“\"‘'"


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
        if len(left.split()) >= SPLIT_MIN_PART and len(right.split()) >= SPLIT_MIN_PART:
            cut = m
            break
    if cut is None:
        return [whole]
    left = text[: cut.start()]
    right = text[cut.end() :]
    main = Unit(art, start, start + len(left), left, sent, index, "main", left.rstrip(" ,;:") + ".")
    sub = Unit(art, start + cut.end(), start + len(text), right, sent, index, "sub", None)
    return [main, sub]


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
        aid: [(e.start_char, e.end_char, e.label_, e.text) for e in an.doc.ents]
        for aid, an in by_article.items()
    }
    return [_features_of(u, by_article[u.article], ents_of[u.article], days) for u in units]


def _features_of(
    u: Unit, analysis: Analysis, ents: list[tuple[int, int, str, str]], days: list[DayMention]
) -> Features:
    """One unit's :class:`Features` from its article's parse and day mentions."""
    doc = analysis.doc
    span = doc.char_span(u.start, u.end, alignment_mode="expand")
    toks = list(span) if span is not None else []
    lemmas = set()
    numbers = set()
    negated = False
    for t in toks:
        if t.dep_ == "neg" or t.lower_ in {"not", "n't", "never", "no"}:
            negated = True
        if t.like_num or t.pos_ == "NUM":
            for n in _NUM_RE.findall(t.text):
                numbers.add(n.replace(",", ""))
            if t.lower_ in _NUMBER_WORDS:
                numbers.add(_NUMBER_WORDS[t.lower_])
            continue
        if t.is_stop or t.is_punct or not t.is_alpha or len(t.text) < 2:
            continue
        if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}:
            lem = t.lemma_.lower()
            if lem not in _GENERIC:
                lemmas.add(lem)
    for n in _NUM_RE.findall(u.text):
        numbers.add(n.replace(",", ""))
    found = set()
    places = set()
    for st, en, label, etext in ents:
        if st < u.start or en > u.end:
            continue
        if label in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}:
            found.add(mention_key(etext))
        if label in {"GPE", "LOC", "FAC"}:
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
    )


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
    anchors = event_anchors(analyses)
    for an in analyses:
        anchor = anchors.get(an.article.id, (None, None))[0]
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


def eligible(
    units: Sequence[Unit], sentences: Sequence[Sentence], excluded: Sequence[Span] | None
) -> list[int]:
    """Indices into ``units`` of statements about this event (not trivia, not excluded)."""
    excluded = excluded or []
    sents = sentences
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


def unit_penalty(u: Unit) -> float:
    """Penalty for wording that cannot stand alone (clause fragments, split quotes)."""
    p = statement_penalty(u.standalone or u.text)
    if u.standalone is None:
        p += 0.5
    return p


# --------------------------------------------------------------------------- support

# Quoted passages shorter than this many words are terms in scare quotes ("ultimatums"),
# not someone's words: a paraphrase that does not repeat them still supports the statement.
SUPPORT_QUOTE_MIN_WORDS = 3
# A clause of a statement must share at least one content word with a citation that is to
# support it, once the clause has this many content words ("without specifying what he was
# referring to" is not supported by a report that has Trump hailing the offer).
SUPPORT_CLAUSE_MIN_WORDS = 2
# Where a statement's clauses part (not list commas: "Britain, France and Germany").
_CLAUSE_SPLIT = re.compile(
    r";\s+|\s+[–—]\s+|,\s+(?=(?:without|while|but|although|though|whereas|saying|adding|"
    r"after|before|which|despite|amid|citing|warning|calling)\b)"
)
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_FUNCTION_WORDS = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "would",
        "could",
        "should",
        "will",
        "their",
        "there",
        "they",
        "them",
        "then",
        "than",
        "also",
        "about",
        "after",
        "before",
        "into",
        "over",
        "said",
        "says",
        "told",
    ]
)


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def quoted_words(text: str) -> list[tuple[str, ...]]:
    """The quoted passages of ``text`` long enough to be someone's words, as word tuples."""
    out = []
    for a, b in quoted_ranges(text):
        words = tuple(_words_of(text[a:b]))
        if len(words) >= SUPPORT_QUOTE_MIN_WORDS:
            out.append(words)
    return out


def _contains(hay: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    return any(tuple(hay[i : i + n]) == tuple(needle) for i in range(len(hay) - n + 1))


def supports(statement: str, evidence: str) -> bool:
    """Whether ``evidence`` (a cited passage) backs ``statement`` as worded: it carries the
    statement's quoted words, and every clause of the statement shares a content word with it.

    Alignment already checked numbers, days and polarity; this catches the rest of what a
    citation must not do: lend an outlet's quotation to outlets that paraphrased, or lend a
    clause one outlet added ("without specifying ...") to another that did not say it.
    """
    ev_words = _words_of(evidence)
    if not all(_contains(ev_words, q) for q in quoted_words(statement)):
        return False
    ev_set = set(ev_words)
    for clause in _CLAUSE_SPLIT.split(statement):
        content = {
            w.lower() for w in _CONTENT_WORD.findall(clause) if w.lower() not in _FUNCTION_WORDS
        }
        if len(content) >= SUPPORT_CLAUSE_MIN_WORDS and not (content & ev_set):
            return False
    return True
