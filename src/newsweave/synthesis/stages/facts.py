"""Independent origins, consensus facts, unique details and off-topic exclusion.

Three stages live here:

* ``origins`` groups articles that are not independent of each other: one wire
  story reprinted (long shared passages outside quotation marks) or stories that
  credit the same wire service in their own voice ("Reuters contributed to this
  report", "By AFP", "(AP) -", "did not respond to Reuters' request for comment").
  Citing a wire for one fact ("..., the Associated Press added") is *not* a
  credit: the story is the outlet's own, so it stays independent.
* ``excluded`` marks spans about another story (a "Related Articles" tail, an
  inline "Related article:" teaser) so that no later stage cites them.
* ``facts`` aligns statements across articles: sentences whose embeddings are
  close *and* that agree lexically (shared weighted content words, no clash of
  numbers, same polarity) form one :class:`~newsweave.models.Fact` with one
  citation per supporting article. Statements that no other article makes
  become :class:`~newsweave.models.UniqueDetail`\\ s, ranked by informativeness.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.models import Article, Fact, Origin, Sentence, Span, UniqueDetail
from newsweave.synthesis.pipeline import Workspace, stage

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- thresholds

# MiniLM cosine above which two sentences may say the same thing (paraphrases of one
# claim score 0.6-0.9 on the seeds and ECB+; different claims on one topic 0.3-0.6).
ALIGN_SIM = 0.6
# Above this cosine the lexical check is relaxed to a single shared content word.
ALIGN_STRONG = 0.82
# Shared words count as evidence only if they are not the event's topic words: IDF log(4)
# means the word is in fewer than a quarter of the event's statements ("Putin", "Kyiv" are not).
MIN_SHARED_IDF = 1.39
# Statements naming the same place and the same day (not the publication day) describe
# one happening even in different words ("on Thursday, in Istanbul" / "in Istanbul on May 15").
DATE_ALIGN_SIM = 0.45
# Weighted share of content words two aligned sentences must have in common.
LEX_MIN = 0.22
# A new member must be this close, on average, to the members already in its group
# (stops chaining A~B~C when A and C say different things).
GROUP_MIN_SIM = 0.5
# A second sentence of a member article this close to that article's own member says the
# same again (lead and body): it is covered by the fact, not a unique detail.
COVER_SIM = 0.72
# A sentence this close to any other article's sentence is not "only one outlet reports".
UNIQUE_MAX_SIM = 0.62
# A statement less similar than this to everything the other articles say is about another
# story (a pasted teaser, a stray paragraph), not a detail of this event.
UNRELATED_SIM = 0.2
# Unique details kept per article (ranked by informativeness): a reader skims, not reads.
MAX_UNIQUE_PER_ARTICLE = 6
# Sentences shorter than this are labels, datelines or fragments, not statements.
MIN_STATEMENT_WORDS = 6
# Copied passage: a run of this many words shared outside quotation marks.
COPY_RUN_WORDS = 12
# Two articles sharing this many copied runs (or COPY_SHARE of the shorter's shingles)
# are one story reprinted.
COPY_MIN_RUNS = 2
COPY_SHARE = 0.3
# One verbatim passage this long outside quotes is itself a copy (two writers do not
# independently produce the same 20-word sentence).
COPY_ONE_RUN = 20
# Word n-gram size for the copied-passage test (8 words rarely repeat by chance).
COPY_NGRAM = 8

# --------------------------------------------------------------------------- wires

WIRES: dict[str, str] = {
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "interfax": "Interfax",
    "upi": "UPI",
    "ani": "ANI",
    "pti": "PTI",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "press association": "PA",
    "pa media": "PA",
    "canadian press": "CP",
    "the canadian press": "CP",
}
_WIRE_ALT = "|".join(
    sorted((re.escape(w) for w in WIRES if w not in {"ap", "ani", "pti", "efe", "upi"}), key=len, reverse=True)
)
# Names that are also ordinary words/abbreviations are matched case-sensitively in caps.
_WIRE_CAPS = r"AP|ANI|PTI|EFE|UPI|AFP|TASS|DPA"
_W = rf"(?P<wire>(?i:{_WIRE_ALT})|{_WIRE_CAPS})"

# The story is (partly) the wire's copy: credit lines, bylines, datelines, and phrases
# only the wire's own reporters write ("our request for comment" in third person).
_CREDIT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("credit line", re.compile(rf"\b{_W}\s+contributed\s+to\s+this\s+(?:report|story|article)", re.I)),
    ("credit line", re.compile(rf"(?:additional\s+)?reporting\s+(?:by|from)\s+{_W}\b(?!\s+\w+\s+\w+)", re.I)),
    ("byline", re.compile(rf"^\s*(?:By|From|Source:?)\s+\[?{_W}\]?(?:\(\S*\))?\s*$", re.M)),
    ("dateline", re.compile(rf"^\s*[A-Z][A-Za-z .,'-]{{1,40}}\(\s*{_W}\s*\)\s*[-—–:]", re.M)),
    ("wire's own voice", re.compile(rf"\b{_W}(?:'s|’s|')\s+requests?\s+for\s+comment")),
    ("wire's own voice", re.compile(rf"requests?\s+for\s+comment\s+from\s+{_W}\b")),
    ("wire's own voice", re.compile(rf"\ba\s+copy\s+of\s+which\s+{_W}\s+(?:has|had)\s+seen")),
    ("wire's own voice", re.compile(rf"\b{_W}\s+(?:could\s+not|was\s+unable\s+to|cannot)\s+(?:immediately\s+|independently\s+)*verify")),
    ("wire's own voice", re.compile(rf"\baccording\s+to\s+(?:a\s+)?{_W}\s+(?:tally|calculations?|count)")),
)
# The wire is cited for one fact: the story stays the outlet's own (reported in the reason).
_CITE_PATTERNS = (
    re.compile(rf"\b{_W}\s+(?:reported|added|wrote|said|reports|adds)\b"),
    re.compile(rf"\baccording\s+to\s+{_W}\b"),
    re.compile(rf"\btold\s+{_W}\b"),
)
_BYLINE_WIRE = re.compile(rf"^\s*(?:By\s+)?\[?{_W}\]?\s*$")


def _wire_name(s: str) -> str:
    return WIRES.get(s.lower().strip(), s)


@dataclass(frozen=True, slots=True)
class WireCredit:
    """Evidence that an article is (partly) a wire's copy, with the words that show it."""

    wire: str
    kind: str
    evidence: str


def wire_credits(article: Article) -> list[WireCredit]:
    """The wires an article credits in its own voice (not wires it merely cites)."""
    out: list[WireCredit] = []
    if article.byline:
        m = _BYLINE_WIRE.match(article.byline)
        if m:
            out.append(WireCredit(_wire_name(m["wire"]), "byline", article.byline.strip()))
    for kind, pat in _CREDIT_PATTERNS:
        for m in pat.finditer(article.text):
            out.append(WireCredit(_wire_name(m["wire"]), kind, m.group(0).strip()))
    return out


def wire_citations(article: Article) -> list[str]:
    """Wires the article cites for single facts ("..., Reuters reported")."""
    return sorted({_wire_name(m["wire"]) for p in _CITE_PATTERNS for m in p.finditer(article.text)})


# --------------------------------------------------------------------------- text helpers

# “…”, "…" and ‘…’/'…' quotations; an apostrophe inside a word (Putin's) never opens one.
_QUOTE_RE = re.compile(
    r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"|(?<![\w])‘[^’\n]{1,2000}’(?![\w])|(?<![\w'])'(?=\S)[^'\n]{1,2000}?(?<=\S)'(?![\w])"
)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of direct quotations (quote marks included)."""
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]


def in_ranges(pos: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


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
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000",
    "million": "1000000", "dozen": "12", "half": "0.5",
}
_NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
# Lemmas too generic to show that two sentences make the same claim.
_GENERIC = {
    "say", "tell", "add", "state", "report", "be", "have", "do", "make", "also", "would", "could",
    "will", "may", "can", "year", "time", "day", "week", "people", "thing", "way", "percent",
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


def build_units(ws: Workspace) -> list[Unit]:
    """The statements of every article (cached on ``ws``): quotes kept whole, long
    compound sentences split into clauses, lone closing quote marks folded back."""
    cached = ws.options.get("_units")
    if cached is not None:
        return cached
    assert ws.sentences is not None
    units = _units_of({a.id: a.text for a in ws.articles}, ws.sentences)
    ws.options["_units"] = units
    return units


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
    whole = Unit(art, start, start + len(text), text, sent, index, kind, text if kind in {"sentence", "quote"} else None)
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


def unit_vectors(ws: Workspace, units: list[Unit]) -> np.ndarray:
    """Embeddings of the units: a sentence's own vector, else one batched encode call."""
    cached = ws.options.get("_unit_vectors")
    if cached is not None:
        return cached
    assert ws.sentences is not None and ws.sentence_vectors is not None
    out = np.zeros((len(units), ws.sentence_vectors.shape[1]), dtype=np.float32)
    todo: list[int] = []
    sents = ws.sentences
    for k, u in enumerate(units):
        if _whole_sentence(u, sents):
            out[k] = ws.sentence_vectors[u.sentence]
        elif _own_vector(u, sents):
            todo.append(k)
        else:  # a quote or fragment: whole sentences merged, the normalised mean of their
            # vectors saves a model call
            j = u.sentence
            while j + 1 < len(sents) and sents[j + 1].article == u.article and sents[j + 1].end <= u.end:
                j += 1
            # weighted by length: a lone closing quote mark must not dilute the meaning
            wts = np.array([len(sents[i].text.split()) for i in range(u.sentence, j + 1)], dtype=np.float32)
            v = (ws.sentence_vectors[u.sentence : j + 1] * wts[:, None]).sum(0)
            out[k] = v / max(float(np.linalg.norm(v)), 1e-9)
    if todo:
        from newsweave.nlp import get_embedder

        out[todo] = get_embedder().encode([units[k].text for k in todo])
    ws.options["_unit_vectors"] = out
    return out


def unit_features(ws: Workspace, units: list[Unit]) -> list[Features]:
    """Content lemmas, entities, numbers and polarity of every unit (cached on ws)."""
    cached = ws.options.get("_features")
    if cached is not None:
        return cached
    assert ws.analyses is not None
    by_article = {a.article.id: a for a in ws.analyses}
    days = _day_mentions(ws)
    # Doc.ents builds new Span objects on every access: read each article's entities once
    ents_of = {
        aid: [(e.start_char, e.end_char, e.label_, e.text) for e in an.doc.ents] for aid, an in by_article.items()
    }
    feats: list[Features] = []
    for u in units:
        doc = by_article[u.article].doc
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
        ents = set()
        places = set()
        for st, en, label, etext in ents_of[u.article]:
            if st < u.start or en > u.end:
                continue
            if label in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}:
                ents.add(_norm_entity(etext))
            if label in {"GPE", "LOC", "FAC"}:
                places.add(_norm_entity(etext))
        dates = {d for (a, st, iso) in days if a == u.article and u.start <= st < u.end for d in (iso,)}
        feats.append(
            Features(
                frozenset(lemmas), frozenset(ents), frozenset(numbers), negated, len(u.text.split()),
                frozenset(dates), frozenset(places),
            )
        )
    ws.options["_features"] = feats
    return feats


_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAY_EXPR = re.compile(
    rf"\b{_MONTHS}\.? \d{{1,2}}(?:, \d{{4}})?\b|\b\d{{1,2}} {_MONTHS}(?: \d{{4}})?\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _day_mentions(ws: Workspace) -> list[tuple[str, int, str]]:
    """(article, offset, ISO day) of each day-precise date other than the article's own day,
    resolved with the timeline module's rules ("Thursday" in a Sunday 11 May story about
    proposed talks is 2025-05-15). Only day-level expressions matter for alignment, so this
    scans for them directly instead of building the whole timeline twice."""
    try:
        from newsweave.synthesis.stages.timeline import clause_tense, event_anchors, resolve_date  # type: ignore[attr-defined]
    except ImportError:
        return []
    assert ws.analyses is not None
    out: list[tuple[str, int, str]] = []
    try:
        anchors = event_anchors(ws.analyses)
        for an in ws.analyses:
            anchor = anchors.get(an.article.id, (None, None))[0]
            if anchor is None:
                continue
            for m in _DAY_EXPR.finditer(an.article.text):
                weekday = m.group(0)[0].isalpha() and m.group(0).endswith("day")
                # a yearless "May 15" takes the nearest year unless its own verb is finite
                tense = clause_tense(an.doc, m.start(), m.end(), direct=not weekday)
                r = resolve_date(m.group(0), anchor, tense)
                if r is not None and r.precision == "day" and r.date != anchor:
                    out.append((an.article.id, m.start(), r.date.isoformat()))
    except Exception:  # dates only sharpen alignment; never fail the facts over them
        return []
    return out


def _norm_entity(s: str) -> str:
    s = re.sub(r"^(the)\s+", "", s.strip(), flags=re.I)
    s = re.sub(r"(?:'s|’s)$", "", s)
    return s.lower()


def lemma_weights(feats: list[Features]) -> dict[str, float]:
    """IDF over the event's sentences: a word every sentence uses shows little."""
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.lemmas)
    n = max(len(feats), 1)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def lexical_overlap(a: Features, b: Features, w: dict[str, float]) -> float:
    """Weighted share of content words in common, relative to the shorter sentence."""
    shared = a.lemmas & b.lemmas
    if not shared:
        return 0.0
    wa = sum(w.get(x, 1.0) for x in a.lemmas)
    wb = sum(w.get(x, 1.0) for x in b.lemmas)
    return sum(w.get(x, 1.0) for x in shared) / max(min(wa, wb), 1e-9)


def conflict(a: Features, b: Features) -> bool:
    """Two statements that cannot be one claim: different numbers, days or polarity."""
    if a.numbers and b.numbers and not (a.numbers & b.numbers) and not (a.dates & b.dates):
        return True  # "talks on May 15" vs "talks in 2022"
    if a.dates and b.dates and not (a.dates & b.dates):
        return True
    return a.negated != b.negated


def agree(a: Features, b: Features, sim: float, w: dict[str, float]) -> bool:
    """Do two similar sentences make the same claim? Numbers, polarity and words must agree."""
    if conflict(a, b) and sim < 0.9:
        return False
    if a.dates & b.dates and a.places & b.places and sim >= DATE_ALIGN_SIM:
        return True  # same place, same (non-publication) day: the same happening
    if sim < ALIGN_SIM:
        return False
    lex = lexical_overlap(a, b, w)
    if sim >= ALIGN_STRONG:
        return lex > 0 or bool(a.entities & b.entities)
    distinctive = [x for x in a.lemmas & b.lemmas if w.get(x, MIN_SHARED_IDF) >= MIN_SHARED_IDF]
    return lex >= LEX_MIN and len(distinctive) >= 2


# --------------------------------------------------------------------------- stage: origins


def _content_ngrams(text: str, n: int) -> list[tuple[str, ...]]:
    """Word n-grams of the text outside quotation marks (shared quotes prove nothing), in order."""
    ranges = quoted_ranges(text)
    words = [m.group(0).lower() for m in re.finditer(r"\w+", text) if not in_ranges(m.start(), ranges)]
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


def _copied_runs(a: list[tuple[str, ...]], b: set[tuple[str, ...]]) -> tuple[list[int], float]:
    """Lengths (in words) of the passages of ``a`` also in ``b``, and the shared share of n-grams."""
    runs: list[int] = []
    cur = 0
    for g in a:
        if g in b:
            cur += 1
        elif cur:
            runs.append(cur + COPY_NGRAM - 1)
            cur = 0
    if cur:
        runs.append(cur + COPY_NGRAM - 1)
    shared = sum(runs) - len(runs) * (COPY_NGRAM - 1)
    return runs, shared / max(min(len(a), len(b)), 1)


def _shared_passages(arts: list[Article]) -> list[tuple[int, int, str]]:
    """Pairs of articles that share copied passages, with a reason a user can check."""
    # Own n-grams rather than dedup.shingles: these skip quotations, which independent
    # stories share verbatim when they quote the same statement.
    seqs = [_content_ngrams(a.text, COPY_NGRAM) for a in arts]
    sets = [set(x) for x in seqs]
    out: list[tuple[int, int, str]] = []
    for i in range(len(arts)):
        for j in range(i + 1, len(arts)):
            runs, share = _copied_runs(seqs[i], sets[j])
            long_runs = [r for r in runs if r >= COPY_RUN_WORDS]
            if len(long_runs) >= COPY_MIN_RUNS or (runs and (share >= COPY_SHARE or max(runs) >= COPY_ONE_RUN)):
                out.append(
                    (
                        i,
                        j,
                        f"shares copied passages with {arts[j].id} ({len(long_runs)} passages of "
                        f"{COPY_RUN_WORDS}+ words outside quotes, longest {max(runs)} words; "
                        f"{share:.0%} of the shorter text)",
                    )
                )
    return out


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


@stage("origins", needs=("articles",), provides=("origins", "origin_of"))
def origins_stage(ws: Workspace) -> None:
    """Group articles that are one origin: shared copied passages or the same wire credited."""
    arts = ws.articles
    uf = _UnionFind(len(arts))
    reasons: dict[int, list[str]] = {i: [] for i in range(len(arts))}
    wire_of: dict[int, set[str]] = {}
    for i, a in enumerate(arts):
        credits = wire_credits(a)
        wire_of[i] = {c.wire for c in credits}
        for c in _dedupe_credits(credits):
            reasons[i].append(f"{a.id} credits {c.wire} ({c.kind}: “{c.evidence}”)")
        cited = sorted(set(wire_citations(a)) - wire_of[i])
        if cited:
            reasons[i].append(f"{a.id} cites {', '.join(cited)} for single facts (not counted as a copy)")
    for i, j, why in _shared_passages(arts):
        uf.union(i, j)
        reasons[i].append(f"{arts[i].id} {why}")
    by_wire: dict[str, list[int]] = {}
    for i, ws_ in wire_of.items():
        for w in ws_:
            by_wire.setdefault(w, []).append(i)
    for members in by_wire.values():
        for m in members[1:]:
            uf.union(members[0], m)
    groups: dict[int, list[int]] = {}
    for i in range(len(arts)):
        groups.setdefault(uf.find(i), []).append(i)
    origins: list[Origin] = []
    origin_of: dict[str, str] = {}
    used_ids: set[str] = set()
    for root in sorted(groups):
        members = groups[root]
        wires = sorted(set().union(*(wire_of[m] for m in members)))
        if wires:
            oid = "wire:" + "+".join(w.lower() for w in wires)
        elif len(members) > 1:
            oid = "copy:" + arts[members[0]].id
        else:
            oid = arts[members[0]].id
        while oid in used_ids:
            oid += "'"
        used_ids.add(oid)
        why = [r for m in members for r in reasons[m]]
        if not why:
            why = ["no shared passages with the other articles and no wire credited"]
        elif len(members) == 1 and not wires:
            why.insert(0, "independent")
        origins.append(Origin(oid, tuple(arts[m].id for m in members), "; ".join(why)))
        for m in members:
            origin_of[arts[m].id] = oid
    ws.origins = origins
    ws.origin_of = origin_of


def _dedupe_credits(credits: list[WireCredit]) -> list[WireCredit]:
    seen: set[tuple[str, str]] = set()
    out = []
    for c in credits:
        key = (c.wire, c.evidence)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# --------------------------------------------------------------------------- stage: excluded

# A line introducing material about other stories; with the plural/heading form the rest of
# the article is other stories, with "Related article: <title>" only that line is.
_RELATED_TAIL = re.compile(
    r"^[ \t]*(?:Related (?:Articles|Stories|News|Content|Coverage)|More (?:from|stories)\b[^.!?\n]{0,40}|"
    r"Recommended(?: for you| stories)?|Read (?:more|also|next)|You may also like|Top News|"
    r"Most (?:read|popular)|Trending(?: now)?|Latest (?:news|stories))\s*:?\s*$",
    re.I | re.M,
)
_RELATED_LINE = re.compile(r"^[ \t]*(?:Related(?: article| story| link)?|Read (?:more|also)|See also|ALSO READ)\s*:.*$", re.I | re.M)


def marker_spans(article: Article) -> list[Span]:
    """Spans introduced by "Related Articles"-style markers (text-level, model-free)."""
    out: list[Span] = []
    text = article.text
    m = _RELATED_TAIL.search(text)
    if m:
        out.append(Span(article.id, m.start(), len(text)))
    for m in _RELATED_LINE.finditer(text):
        out.append(Span(article.id, m.start(), m.end()))
    return out


@stage("excluded", needs=("sentences",), provides=("excluded",))
def excluded_stage(ws: Workspace) -> None:
    """Spans about other stories: helper C's off-topic detector plus "Related" markers."""
    spans: list[Span] = []
    for a in ws.articles:
        spans.extend(marker_spans(a))
    try:
        from newsweave.events.offtopic import offtopic_spans_batch  # type: ignore[attr-defined]
    except ImportError:
        offtopic_spans_batch = None  # type: ignore[assignment]
    if offtopic_spans_batch is not None:
        try:  # one batched embedder call for all articles
            for a, found in zip(ws.articles, offtopic_spans_batch(ws.articles), strict=True):
                spans.extend(Span(a.id, s.start, s.end) for s in found)
        except Exception as exc:  # an optional helper's failure must not sink the synthesis
            log.warning("off-topic detection failed (%s); using the Related-marker rule only", exc)
    ws.excluded = merge_spans(spans)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort and merge overlapping spans per article."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.article, s.start, s.end)):
        if out and out[-1].article == s.article and s.start <= out[-1].end:
            last = out[-1]
            out[-1] = Span(last.article, last.start, max(last.end, s.end))
        else:
            out.append(s)
    return out


def overlaps_any(span: Span, spans: Iterable[Span]) -> bool:
    return any(s.article == span.article and s.start < span.end and span.start < s.end for s in spans)


# --------------------------------------------------------------------------- stage: facts


def eligible(ws: Workspace) -> list[int]:
    """Indices into :func:`build_units` of statements about this event
    (not trivia, not excluded)."""
    assert ws.sentences is not None
    units = build_units(ws)
    excluded = ws.excluded or []
    sents = ws.sentences
    out = []
    for k, u in enumerate(units):
        first = sents[u.sentence]
        nxt_i = u.sentence + 1
        while nxt_i < len(sents) and sents[nxt_i].end <= u.end and sents[nxt_i].article == u.article:
            nxt_i += 1
        nxt = sents[nxt_i] if nxt_i < len(sents) else None
        probe = Sentence(u.article, u.start, u.end, u.standalone or first.text, first.index)
        if is_trivia(probe, nxt):
            continue
        if excluded and overlaps_any(u.span, excluded):
            continue
        out.append(k)
    return out


_ANAPHORA = re.compile(
    r"\b(?:that|this|these|those|the same|such) (?:position|proposal|call|plan|offer|move|view|stance|idea|demand)s?\b|"
    r"\b(?:their|its) (?:plan|proposal|offer|demand)s?\b",
    re.I,
)
_PRONOUN_SPEAKER = re.compile(r"[,.!?][\"”’']\s+(?:he|she|they|it)\s+(?:said|stated|added|declared|told)\b")
_PRONOUN_START = re.compile(r"^(He|She|It|They|This|That|These|Those|His|Her|Its|Their)\b")
_ATTRIB_TAIL = re.compile(
    r",\s*(?:the\s+)?[A-Z][\w.' ]{1,40}\s+(?:reported|added|wrote|said|reports|adds|writes)\s*\.$"
)


def statement_penalty(text: str) -> float:
    """How poorly a sentence stands alone as a neutral statement (lower is better)."""
    from newsweave.synthesis.stages.framing import (
        loaded_terms_in,  # local: framing imports this module
    )

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


@stage("facts", needs=("sentences", "sentence_vectors", "origins", "excluded", "analyses"), provides=("facts", "unique"))
def facts_stage(ws: Workspace) -> None:
    """Align statements across articles into facts; the rest become unique details."""
    assert ws.origin_of is not None
    all_units = build_units(ws)
    keep = eligible(ws)
    if not keep:
        ws.facts, ws.unique = [], []
        return
    units = [all_units[k] for k in keep]
    feats_all = unit_features(ws, all_units)
    feats = [feats_all[k] for k in keep]
    vec = unit_vectors(ws, all_units)[keep]
    weights = lemma_weights(feats)
    sim = vec @ vec.T
    order = [a.id for a in ws.articles]
    art_of = np.array([order.index(u.article) for u in units])
    n = len(units)
    same_art = art_of[:, None] == art_of[None, :]
    ok = (sim >= min(ALIGN_SIM, DATE_ALIGN_SIM)) & ~same_art
    # lexical/number/date/polarity agreement, checked only where the embeddings already agree
    for a, b in zip(*np.nonzero(np.triu(ok, 1)), strict=True):
        if not agree(feats[a], feats[b], float(sim[a, b]), weights):
            ok[a, b] = ok[b, a] = False
    free = np.ones(n, dtype=bool)
    groups: list[dict[int, int]] = []  # article -> unit
    while True:
        live = ok & free[:, None] & free[None, :]
        best, best_key = -1, (0, 0.0)
        for u in np.nonzero(live.any(1))[0]:
            nb = np.nonzero(live[u])[0]
            key = (len(set(art_of[nb].tolist())), float(sim[u, nb].sum()))
            if key > best_key:
                best, best_key = int(u), key
        if best < 0:
            break
        members = {int(art_of[best]): best}
        cands = set(np.nonzero(live[best])[0].tolist())
        while cands:  # average linkage: add the candidate closest to the whole group
            j = max(cands, key=lambda j: np.mean([sim[j, m] for m in members.values()]))
            cands.discard(j)
            a = int(art_of[j])
            if a in members or any(conflict(feats[j], feats[m]) for m in members.values()):
                continue
            if np.mean([sim[j, m] for m in members.values()]) < GROUP_MIN_SIM and not (
                sum(ok[j, m] for m in members.values()) * 2 > len(members)
            ):
                continue
            members[a] = j
        if len(members) < 2:  # every candidate clashed with the anchor: it anchors nothing
            ok[best, :] = ok[:, best] = False
            continue
        # second look: each article's statement that best fits the *rest* of the group
        # (the first pick was judged against a smaller group and may be a near miss)
        if len(members) > 2:
            for a in list(members):
                others = [m for b, m in members.items() if b != a]
                pool = [j for j in np.nonzero((art_of == a) & free)[0].tolist()]

                def fit(j: int, others: list[int] = others) -> float:
                    shared_days = sum(bool(feats[j].dates & feats[m].dates) for m in others)
                    return float(np.mean([sim[j, m] for m in others])) + 0.05 * shared_days

                pool = [
                    j
                    for j in pool
                    if any(ok[j, m] for m in others) and not any(conflict(feats[j], feats[m]) for m in others)
                ]
                if pool:
                    members[a] = max(pool, key=fit)
        for m in members.values():
            free[m] = False
        # the same claim said twice in one member article (lead and body): covered, not unique
        for j in np.nonzero(free)[0]:
            own = members.get(int(art_of[j]))
            if own is not None and sim[own, j] >= COVER_SIM and sim[best, j] >= ALIGN_SIM:
                free[j] = False
        groups.append(members)

    facts: list[Fact] = []
    for members in groups:
        idx = sorted(members.values(), key=lambda u: (art_of[u], units[u].start))
        pair = [sim[a, b] for k, a in enumerate(idx) for b in idx[k + 1 :]]
        central = {u: float(np.mean([sim[u, v] for v in idx if v != u])) for u in idx}
        rep = max(idx, key=lambda u: central[u] - unit_penalty(units[u]))
        sources = tuple(units[u].article for u in idx)
        origins = tuple(sorted({ws.origin_of.get(a, a) for a in sources}))
        facts.append(
            Fact(
                text=unit_text(units[rep], ws),
                citations=tuple(units[u].span for u in idx),
                sources=sources,
                independent_sources=len(origins),
                origins=origins,
                score=round(float(np.mean(pair)), 4),
            )
        )
    facts.sort(key=lambda f: (-f.independent_sources, -len(f.sources), -f.score))
    ws.facts = facts
    assert ws.sentences is not None
    ws.unique = _unique_details(units, feats, free, sim, art_of, weights, ws.sentences)


def unit_text(u: Unit, ws: Workspace) -> str:
    """The words a reader sees for a unit: standalone text; a subordinate clause as itself
    (its sentence's main clause may be another fact); a quote fragment as its sentence."""
    if u.standalone:
        return u.standalone
    if u.kind == "sub":
        t = u.text.rstrip(" ,;:")
        return t[:1].upper() + t[1:] + ("" if t.endswith((".", "!", "?", '"', "”", "'", "’")) else ".")
    assert ws.sentences is not None
    return ws.sentences[u.sentence].text


def unit_penalty(u: Unit) -> float:
    """Penalty for wording that cannot stand alone (clause fragments, split quotes)."""
    p = statement_penalty(u.standalone or u.text)
    if u.standalone is None:
        p += 0.5
    return p


def _unique_details(
    units: list[Unit],
    feats: list[Features],
    free: np.ndarray,
    sim: np.ndarray,
    art_of: np.ndarray,
    weights: dict[str, float],
    sentences: list[Sentence],
) -> list[UniqueDetail]:
    other = art_of[:, None] != art_of[None, :]
    cand: list[tuple[float, int]] = []
    for u in np.nonzero(free)[0]:
        mask = other[u]
        if mask.any() and float(sim[u][mask].max()) >= UNIQUE_MAX_SIM:
            continue  # another outlet says something close: not unique
        if mask.any() and float(sim[u][mask].max()) < UNRELATED_SIM:
            continue  # close to nothing the others say: another story, not a detail of this one
        f = feats[u]
        info = (
            sum(min(weights.get(x, 1.0), 4.0) for x in f.lemmas) * 0.25
            + len(f.entities)
            + 0.5 * len(f.numbers)
            - 5 * unit_penalty(units[u])
        )
        cand.append((info, int(u)))
    cand.sort(key=lambda t: -t[0])
    taken = {(units[u].article, units[u].start) for u in np.nonzero(~free)[0]}
    per_art: Counter[int] = Counter()
    out: list[UniqueDetail] = []
    for info, u in cand:
        a = int(art_of[u])
        if per_art[a] >= MAX_UNIQUE_PER_ARTICLE or info <= 0:
            continue
        per_art[a] += 1
        un = units[u]
        if un.standalone is None:  # a clause or quote fragment: show and cite its sentence
            sent = sentences[un.sentence]
            if (sent.article, sent.start) in taken:
                continue  # its main clause is a fact already: the rest is not a detail alone
            out.append(UniqueDetail(article=un.article, text=sent.text, citations=(sent.span,)))
        else:
            out.append(UniqueDetail(article=un.article, text=un.standalone, citations=(un.span,)))
    return out


def fact_of_span(facts: list[Fact], span: Span) -> int | None:
    """Index of the fact citing a span that overlaps ``span``."""
    for k, f in enumerate(facts):
        for c in f.citations:
            if c.article == span.article and c.start < span.end and span.start < c.end:
                return k
    return None
