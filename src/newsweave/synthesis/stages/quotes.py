"""Direct quotes: where they are, who said them, and the same utterance across outlets.

Three steps, each usable alone:

1. :func:`find_quote_spans` scans the text for quotation marks of any style
   (``"…"``, ``“…”``, ``„…“``, ``«…»``, ``‘…’`` and straight ``'…'`` used as
   quotes), telling apostrophes (``Putin's``, ``Reuters' request``) from quote
   marks, keeping nested quotes inside their outer quote, and following
   multi-paragraph quotes (a paragraph that opens a quote and does not close it,
   followed by one that reopens it).
2. :func:`extract_quotes` attributes each span with the spaCy dependency parse:
   the cue is the nearest communication verb governing the quote (``said``,
   ``warned``, ``posted``…), or the one in the attribution clause right next to
   it; the speaker is that verb's subject (or ``according to X``, or the agent
   of a passive), resolved from a pronoun (``he said``) to the main-clause
   subject of the preceding sentences, and from a definite description (``the
   Russian leader said``) to the closest earlier person whose role fits.  A
   quote without an attribution of its own continues the speaker of the quote
   before it in the same paragraph, of the paragraph it continues, or of the
   reported-speech paragraph right before a stand-alone quote paragraph.
   Anything else leaves the speaker ``None``: never guessed.
3. :func:`merge_quotes` (the ``quotes`` stage) merges mentions across articles
   into :class:`Quote` objects. Wordings are compared after normalising marks,
   case, punctuation and spacing: equal → one quote, ``verbatim``; a shorter quote
   found word for word inside a longer one → its own quote, with the matching
   stretch of the longer quote added as a variant and ``part_of`` = the index (in
   the returned list) of the longer quote; a quote whose words are mostly (60 %)
   found in order in another of the same speaker → ``translation variant`` when
   the two keep one structure ("…and their sponsors" / "…and their curators"),
   ``paraphrase`` otherwise. Speakers must agree (or one be unknown) to merge.
   Only statements and attributed terms become quotes; ids are ``q1, q2…`` by
   first appearance.

What counts as speech. A quoted stretch is ``kind="statement"`` unless it is a
short nominal (or noun-modifying) phrase without a verb: ``"special military
operation"``, ``"root causes"``, ``"ultimatums"``, ``"massive" sanctions``,
a title.  Such a ``term`` keeps its speaker when the sentence attributes it
(``Putin rejected the proposals as "ultimatums"``): the wording is his, but
it is a label, not a statement.  A fragment with a verb or a predicate inside
reported speech (``warned that Putin was merely trying "to buy time"``, ``saying
it's "not enough"``) is a partial quote of speech, ``kind="statement"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newsweave.models import Article, Quote, QuoteMention, QuoteVariant, Span
from newsweave.nlp import doc_cache, doc_ents, doc_sents, doc_text
from newsweave.synthesis.pipeline import Workspace, stage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# --------------------------------------------------------------------------- constants

# Communication and stance verbs (lemmas) that introduce or frame someone's words.
CUE_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "declare",
        "warn",
        "post",
        "write",
        "tweet",
        "announce",
        "claim",
        "insist",
        "argue",
        "note",
        "explain",
        "ask",
        "answer",
        "reply",
        "respond",
        "conclude",
        "urge",
        "describe",
        "dismiss",
        "reject",
        "slam",
        "welcome",
        "hail",
        "praise",
        "criticize",
        "criticise",
        "accuse",
        "vow",
        "promise",
        "pledge",
        "propose",
        "suggest",
        "acknowledge",
        "admit",
        "recall",
        "emphasise",
        "emphasize",
        "stress",
        "report",
        "predict",
        "threaten",
        "demand",
        "complain",
        "quip",
        "joke",
        "shout",
        "remark",
        "observe",
        "comment",
        "testify",
        "counter",
        "concede",
        "affirm",
        "confirm",
        "deny",
        "assert",
        "maintain",
        "call",
        "label",
        "brand",
        "term",
        "decry",
        "condemn",
        "blast",
        "lament",
        "recount",
        "reiterate",
        "repeat",
        "caution",
        "contend",
        "point",
        "write",
        "exclaim",
        "boast",
        "mock",
        "lash",
        "tout",
        "chant",
        "yell",
        "whisper",
        "mutter",
        "charge",
        "allege",
        "believe",
        "think",
        "question",
        "wonder",
        "offer",
        "advise",
        "suggest",
        "order",
        "instruct",
        "pledge",
        "reveal",
        "disclose",
        "signal",
        "indicate",
        "cite",
        "quote",
        "read",
        "continue",
        "tweet",
        "retweet",
        "blog",
        "thunder",
        "fume",
        "rail",
        "bark",
        "snap",
        "retort",
        "scream",
        "cry",
        "sigh",
        "laugh",
        "grumble",
        "muse",
        "plead",
        "beg",
        "gush",
        "rave",
        "thank",
        "blame",
        "bemoan",
        "echo",
        "disavow",
        "lament",
        "scoff",
        "sneer",
        "proclaim",
        "announce",
        "interject",
        "interrupt",
        "reason",
        "rule",
    ]
)
# Lemmas of CUE_LEMMAS that are also everyday non-speech verbs: only cues when they govern the quote.
WEAK_CUES = frozenset(
    {"continue", "point", "read", "order", "offer", "call", "think", "believe", "charge"}
)
# Nouns that stand for a person's office: "the Russian leader said" refers back to a named person.
TITLE_NOUNS = frozenset(
    [
        "president",
        "leader",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "mayor",
        "ambassador",
        "envoy",
        "king",
        "queen",
        "prince",
        "pope",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "candidate",
        "nominee",
        "official",
        "diplomat",
        "general",
        "commander",
        "adviser",
        "advisor",
        "aide",
        "counselor",
        "judge",
        "prosecutor",
        "attorney",
        "lawmaker",
        "legislator",
    ]
)
# Office nouns that name a head of state or government: "leader" fits any of them.
HEAD_TITLES = frozenset(
    {"president", "premier", "chancellor", "minister", "king", "queen", "leader"}
)
PERSON_PRONOUNS = frozenset({"he", "she"})
# Things that carry someone's words: "an ad calling it…" speaks for whoever released the ad.
MEDIUM_NOUNS = frozenset(
    [
        "ad",
        "advert",
        "memo",
        "statement",
        "letter",
        "tweet",
        "post",
        "message",
        "email",
        "report",
        "release",
        "video",
        "op-ed",
        "column",
        "speech",
        "interview",
        "note",
        "commercial",
    ]
)
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# A term is a short label; five words and more read as a (fragment of a) statement.
TERM_MAX_WORDS = 4
# Titles ("The Art of the Deal") run longer than labels; past eight words it is a headline.
TITLE_MAX_WORDS = 8
# How many sentences back a pronoun or a description may look for its antecedent.
MAX_ANTECEDENT_SENTENCES = 6
# Paragraphs shorter than this (words) are captions / "Advertisement" leftovers, not prose.
MIN_PROSE_WORDS = 4
# Quotes longer than this (characters) without a closing mark are runaway matches, not quotes.
MAX_QUOTE_CHARS = 5000

Kind = Literal["statement", "term"]

# --------------------------------------------------------------------------- quote spans

# opening mark -> closing marks accepted for it
_PAIRS: dict[str, str] = {
    "“": '”"',  # English; also “…" in sloppy text
    "„": "“”",  # German/Polish style
    "«": "»",
    "‹": "›",
    '"': '"”',
    "‘": "’'",
    "'": "'’",
}
_DOUBLE = frozenset('“”„«»‹›"')
_OPEN_PUNCT = "([{—–-/"
_CLOSE_FOLLOW = set(" \t\n.,;:!?)]}—–-…/")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Offsets of one quoted stretch (marks excluded) and how it was delimited."""

    start: int
    end: int
    open_mark: str
    close_mark: str  # "" when the quote runs on into the next paragraph
    continues: bool = False  # this paragraph's quote is continued in the next paragraph
    continuation: bool = False  # this quote continues the previous paragraph's quote


def _is_word(c: str) -> bool:
    return c.isalnum()


def _mark_roles(para: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for the quote-like character at ``para[i]``."""
    c = para[i]
    prev = para[i - 1] if i > 0 else " "
    if prev == _PAIR_PAD:  # the first half of a '' mark
        prev = para[i - 2] if i > 1 else " "
    nxt = para[i + 1] if i + 1 < len(para) else " "
    if c in "“„«‹":
        return True, c == "“"  # “ closes „ in German style
    if c in "”»›":
        return False, True
    if c == '"':
        can_open = (prev.isspace() or prev in _OPEN_PUNCT or prev in "“‘'") and not nxt.isspace()
        can_close = not prev.isspace() and (nxt in _CLOSE_FOLLOW or nxt in "”’'\"")
        if not can_open and not can_close:  # glued on both sides (a"b): let the stack decide
            return True, True
        return can_open, can_close
    if c == "‘":
        # ‘90s, ‘em are elisions; a ‘ followed by a letter or digit after a space is an opener
        return (not nxt.isdigit() or prev.isspace()) and not nxt.isspace(), False
    if c in "’'":
        if _is_word(prev) and _is_word(nxt):
            return False, False  # apostrophe inside a word: Putin's, don't, Kyiv’s
        can_open = (prev.isspace() or prev in _OPEN_PUNCT or prev in '“"') and (
            _is_word(nxt) or nxt in "[(…."
        )
        if c == "’":
            can_open = False  # ’ is a closer or an apostrophe, never an opener in practice
        can_close = not prev.isspace() and (nxt in _CLOSE_FOLLOW or nxt in '”"')
        return can_open, can_close
    return False, False


_MARK_CHARS = frozenset("\"“”„«»‹›‘’'")


def _possessive_like(para: str, i: int) -> bool:
    """``Reuters' request``: an s-final word, the mark, a space and a lowercase word."""
    return (
        i > 0
        and para[i - 1] in "sS"
        and i + 2 < len(para)
        and para[i + 1] == " "
        and para[i + 2].islower()
    )


_PAIR_PAD = "\x01"


def _scan_paragraph(para: str) -> tuple[list[tuple[int, int, str, str]], tuple[int, str] | None]:
    """Top-level quotes of one paragraph, and the quote still open at its end (offset, mark).

    Two apostrophes ``''`` (a typewriter double quote, as in the NYT's archive text) count
    as one ``"`` mark; the first apostrophe becomes padding so offsets do not move.
    """
    if "''" in para:
        para = para.replace("''", _PAIR_PAD + '"')
        found, open_at = _scan_paragraph(para)
        return [
            (s, e - 1 if e > s and para[e - 1] == _PAIR_PAD else e, om, cm)
            for s, e, om, cm in found
        ], open_at
    found: list[tuple[int, int, str, str]] = []
    stack: list[tuple[int, str]] = []  # (offset of the opening mark, mark)
    positions = [i for i, ch in enumerate(para) if ch in _MARK_CHARS]
    for k, i in enumerate(positions):
        c = para[i]
        can_open, can_close = _mark_roles(para, i)
        if not can_open and not can_close:
            continue
        # closing the innermost open quote?
        if stack and can_close and c in _PAIRS[stack[-1][1]]:
            if c in "’'" and _possessive_like(para, i):
                # a later mark that can close this quote means this one is an apostrophe
                later = any(
                    para[j] in _PAIRS[stack[-1][1]]
                    and _mark_roles(para, j)[1]
                    and not _possessive_like(para, j)
                    for j in positions[k + 1 :]
                )
                if later:
                    continue
            o, mark = stack.pop()
            if not stack:
                found.append((o + 1, i, mark, c))
            continue
        if can_open:
            if c in "’'" and stack and stack[-1][1] in "‘'" and not can_close:
                # a single opener inside a single quote: nested 'bloodbath' style quote
                stack.append((i, c))
                continue
            if c == '"' and stack and stack[-1][1] == '"':
                continue  # straight " cannot nest inside straight "
            stack.append((i, c))
    return found, (stack[0] if stack else None)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every top-level quoted stretch of ``text``, in order (offsets exclude the marks)."""
    spans: list[QuoteSpan] = []
    paras: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        paras.append((pos, line))
        pos += len(line) + 1
    prose = [(o, p) for o, p in paras if p.strip()]
    carried = False  # the previous paragraph left a quote open that this one reopens
    for n, (off, para) in enumerate(prose):
        found, open_at = _scan_paragraph(para)
        for k, (s, e, om, cm) in enumerate(found):
            if e - s <= 0 or e - s > MAX_QUOTE_CHARS:
                continue
            spans.append(
                QuoteSpan(
                    off + s,
                    off + e,
                    om,
                    cm,
                    continuation=carried and k == 0 and s <= _lead(para) + 1,
                )
            )
        carried = False
        if open_at is not None:
            o, mark = open_at
            nxt = prose[n + 1][1].lstrip() if n + 1 < len(prose) else ""
            reopens = bool(nxt) and (nxt[0] == mark or (mark in _DOUBLE and nxt[0] in '“„«"'))
            body = para[o + 1 :].rstrip()
            if reopens and body.strip():
                spans.append(
                    QuoteSpan(
                        off + o + 1,
                        off + o + 1 + len(body),
                        mark,
                        "",
                        continues=True,
                        continuation=bool(found) is False and carried,
                    )
                )
                carried = True
    return spans


def _lead(para: str) -> int:
    return len(para) - len(para.lstrip())


# --------------------------------------------------------------------------- attribution helpers


def _is_cue(tok: Token, *, governing: bool) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and lemma in ("statement",)):
        return False
    if lemma not in CUE_LEMMAS:
        return False
    return governing or lemma not in WEAK_CUES


# Titles the NER sometimes folds into a person's name ("Treasurer Paul Okoro").
_HONORIFICS = frozenset(
    {
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "president",
        "treasurer",
        "governor",
        "senator",
        "minister",
        "chancellor",
        "mayor",
        "secretary",
        "speaker",
        "judge",
    }
)


def _clean_name(span: SpacySpan | list[Token]) -> str:
    toks = list(span)
    while toks and (
        toks[0].lower_ in ("the", "a", "an")
        or toks[0].is_punct
        or toks[0].is_space
        or (len(toks) > 1 and toks[0].lower_ in _HONORIFICS)
    ):
        toks = toks[1:]
    while toks and (
        toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in ("'s", "’s", "'", "’")
    ):
        toks = toks[:-1]
    if not toks:
        return ""
    doc = toks[0].doc
    return doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)]


@dataclass
class _ArticleIndex:
    """Per-article lookups: full names by surname, roles by name, entity of each token."""

    doc: Doc
    full_name: dict[str, str]
    roles: dict[str, str]
    ent_of: dict[int, SpacySpan]
    persons: frozenset[str] = frozenset()  # canonical names the NER tagged PERSON somewhere


def _role_before(ent: SpacySpan) -> str | None:
    """``French President`` in ``French President Emmanuel Macron``."""
    doc = ent.doc
    i = ent.start - 1
    first = None
    while i >= 0:
        t = doc[i]
        if (
            t.dep_ in ("compound", "amod", "nmod")
            and t.pos_ in ("PROPN", "NOUN", "ADJ")
            and (
                ent.start <= t.head.i < ent.end
                or (first is not None and t.head.i < ent.start)
                or t.head.i < ent.end
            )
        ):
            if t.ent_type_ in ("PERSON",) and not (ent.start <= t.i < ent.end):
                break
            first = i
            i -= 1
            continue
        if t.text == "." or (t.text in ("-", "–") and first is not None):
            i -= 1
            continue
        break
    if first is None:
        return None
    toks = doc[first : ent.start]
    if not any(
        (t.pos_ in ("NOUN", "PROPN") and t.lower_ in TITLE_NOUNS | HEAD_TITLES) or t.pos_ == "NOUN"
        for t in toks
    ):
        return None
    return _clean_name(toks) or None


def _role_appos(ent: SpacySpan) -> str | None:
    """``George Beebe, director of grand strategy at the Quincy Institute, said``."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.lower_ not in PERSON_PRONOUNS:
            toks = list(child.subtree)
            if 1 <= len(toks) <= 12:
                return _clean_name(toks) or None
    return None


def _index(doc: Doc) -> _ArticleIndex:
    """The article's person index, built once per Doc (quotes and reactions both ask)."""
    memo = doc_cache(doc)
    if "quotes_index" not in memo:
        memo["quotes_index"] = _build_index(doc)
    return memo["quotes_index"]  # type: ignore[return-value]


def _build_index(doc: Doc) -> _ArticleIndex:
    full: dict[str, str] = {}
    roles: dict[str, str] = {}
    ent_of: dict[int, SpacySpan] = {}
    for ent in doc_ents(doc):
        for t in ent:
            ent_of[t.i] = ent
        if ent.label_ != "PERSON":
            continue
        name = _clean_name(ent)
        if not name:
            continue
        parts = name.split()
        if len(parts) >= 2:
            full.setdefault(parts[-1], name)
            # a longer form wins ("Donald Trump" over "Trump")
            if len(name) > len(full[parts[-1]]):
                full[parts[-1]] = name
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        name = _canon(_clean_name(ent), full)
        if name and name not in roles:
            lead = [t for t in ent if t.idx < ent.start_char + ent.text.find(name.split()[0])]
            inner = _clean_name(lead) if lead and lead[0].lower_ in _HONORIFICS else None
            role = _role_before(ent) or inner or _role_appos(ent)
            if role:
                roles[name] = role
    persons = frozenset(_canon(_clean_name(e), full) for e in doc_ents(doc) if e.label_ == "PERSON")
    return _ArticleIndex(doc, full, roles, ent_of, persons)


def _canon(name: str, full: dict[str, str]) -> str:
    """A surname alone becomes the full name the article gives elsewhere."""
    if not name:
        return name
    parts = name.split()
    if len(parts) == 1 and parts[0] in full:
        return full[parts[0]]
    if len(parts) >= 2 and parts[-1] in full and full[parts[-1]].endswith(name):
        return full[parts[-1]]
    return name


def _name_of(tok: Token, idx: _ArticleIndex) -> tuple[str, SpacySpan | None, str | None] | None:
    """The named entity a subject token stands for, its span and label, if it is a name."""
    ent = idx.ent_of.get(tok.i)
    if ent is not None and ent.label_ in NAMED_LABELS:
        name = _canon(_clean_name(ent), idx.full_name)
        label = ent.label_
        if label != "PERSON" and name in idx.persons:
            label = "PERSON"  # the NER called a known person's surname an ORG or GPE
        return name, ent, label
    if ent is not None and ent.label_ == "NORP":
        return None  # "a New Hampshire Democrat", "Republicans": a description, not a name
    if tok.pos_ == "PROPN":
        # a name the NER missed: the PROPN run around the head
        doc = tok.doc
        a = tok.i
        while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].head.i == tok.i:
            a -= 1
        for t in doc[a : tok.i + 1]:
            e = idx.ent_of.get(t.i)
            if e is not None and e.label_ in NAMED_LABELS and e.start <= tok.i < e.end:
                return _canon(_clean_name(e), idx.full_name), e, e.label_
        span = doc[a : tok.i + 1]
        if tok.lower_ in TITLE_NOUNS | HEAD_TITLES:
            return None
        return _canon(_clean_name(span), idx.full_name), span, None
    return None


def _same_paragraph(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[lo:hi]


def _direct_subject(verb: Token) -> Token | None:
    """The nsubj (or passive agent) nearest to ``verb`` within its paragraph."""
    best = None
    for child in verb.children:
        cand = None
        if child.dep_ == "nsubj":
            cand = child
        elif child.dep_ == "agent":
            cand = next((g for g in child.children if g.dep_ == "pobj"), None)
        if (
            cand is not None
            and _same_paragraph(cand, verb)
            and (best is None or abs(cand.i - verb.i) < abs(best.i - verb.i))
        ):
            best = cand
    return best


def _subject_of(verb: Token) -> Token | None:
    """The speaker token of a cue verb, following conj / xcomp chains."""
    cur = verb
    for _ in range(4):
        subj = _direct_subject(cur)
        if subj is not None:
            return subj
        if cur.tag_ == "VBG" and cur.dep_ in ("advcl", "conj", "xcomp"):
            # "Sanders said the process could be 'messy,' adding, '…'": the participle
            # belongs to the speech verb above it, whatever the parser attached it to
            for anc in cur.ancestors:
                if _is_cue(anc, governing=True):
                    subj = _direct_subject(anc)
                    if subj is not None:
                        return subj
                    break
        if cur.dep_ == "conj" and cur.tag_ == "VBG":
            # "saying it's 'not enough' and warning that…": a coordinated participle
            # shares the subject of the cue participle before it
            for t in reversed(list(cur.sent)):
                if t.i < cur.i and t.tag_ == "VBG" and _is_cue(t, governing=True):
                    subj = _direct_subject(t)
                    if subj is not None:
                        return subj
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            return None  # passive without agent: the subject is what was said, not who
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head
            continue
        if (
            cur.dep_ == "acl"
            and cur.head.lemma_.lower() in MEDIUM_NOUNS
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            cur = cur.head.head  # "Trump released an ad calling it 'dangerous'": who released it
            continue
        if cur.dep_ in ("acl", "pcomp") and cur.head.pos_ in ("PROPN", "NOUN"):
            return cur.head
        if (
            cur.dep_ == "pcomp"
            and cur.head.dep_ == "prep"
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            cur = cur.head.head  # "punctuated his list by saying '…'"
            continue
        break
    return None


def _according_to(sent: SpacySpan, outside: set[int]) -> tuple[Token, Token] | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            if t.i not in outside:
                continue
            for g in t.doc[t.i + 1].children:
                if g.dep_ == "pobj":
                    return t, g
    return None


def _main_subject(sent: SpacySpan) -> Token | None:
    root = sent.root
    for v in [root, *[c for c in root.children if c.dep_ == "conj"]]:
        for c in v.children:
            if c.dep_ == "nsubj":
                return c
    return None


@dataclass
class _Speaker:
    name: str | None
    span: tuple[int, int] | None
    label: str | None


def _resolve_subject(
    tok: Token, idx: _ArticleIndex, sent_index: list[SpacySpan], depth: int = 0
) -> _Speaker:
    """Name for a subject token: a name, a pronoun's antecedent, a description's referent."""
    span = (tok.idx, tok.idx + len(tok.text))
    named = _name_of(tok, idx)
    if named is not None:
        name, sp, label = named
        if sp is not None:
            span = (sp.start_char, sp.end_char)
        # "Kyiv's allies" has a name inside but the head is a common noun: handled below
        return _Speaker(name or None, span, label)
    if depth > 2:
        return _Speaker(None, span, None)
    for child in tok.children:
        # "one witness, Priya Lanning, told…": the name in apposition is the speaker
        if child.dep_ == "appos" and tok.pos_ == "NOUN":
            named = _name_of(child, idx)
            if named is not None and named[0] and named[2] in ("PERSON", "ORG"):
                name, sp, label = named
                return _Speaker(
                    name, (sp.start_char, sp.end_char) if sp is not None else span, label
                )
    if tok.lower_ in PERSON_PRONOUNS:
        ant = _antecedent(tok, idx, sent_index, depth)
        return _Speaker(ant.name, span, ant.label) if ant.name else _Speaker(None, span, None)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in TITLE_NOUNS | HEAD_TITLES:
        has_def = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if has_def and not any(c.dep_ == "prep" for c in tok.children):
            mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
            ref = _description_referent(tok, mods, idx)
            subtree = list(tok.subtree)
            sp = (subtree[0].idx, subtree[-1].idx + len(subtree[-1].text))
            if ref:
                return _Speaker(ref, sp, "PERSON")
            return _Speaker(None, sp, None)
    subtree = list(tok.subtree)
    return _Speaker(None, (subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)), None)


def _description_referent(tok: Token, mods: set[str], idx: _ArticleIndex) -> str | None:
    """``the Russian leader`` → the closest earlier person whose role fits (office, nationality)."""
    title = tok.lemma_.lower()
    doc = idx.doc
    best = None
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent.start >= tok.i:
            continue
        name = _canon(_clean_name(ent), idx.full_name)
        role = (idx.roles.get(name) or "").lower()
        if not role:
            continue
        words = set(re.findall(r"[a-z.]+", role))
        office_ok = title in words or (title == "leader" and words & HEAD_TITLES)
        mods_ok = all(m in words for m in mods if m[:1].isalpha())
        if office_ok and mods_ok:
            best = name  # keep the closest (latest) one
    return best


def _antecedent(
    tok: Token, idx: _ArticleIndex, sent_index: list[SpacySpan], depth: int
) -> _Speaker:
    """A he/she pronoun's antecedent: subject-first, recency-ordered, persons only."""
    sent = tok.sent
    # 1. a person subject earlier in the same sentence ("Putin dismissed what he said…")
    for t in reversed(list(sent)):
        if t.i >= tok.i:
            continue
        if t.dep_ == "nsubj":
            sp = _resolve_subject(t, idx, sent_index, depth + 1)
            if sp.name and sp.label == "PERSON":
                return sp
    # 2. the main-clause subject of the previous sentences, nearest first
    si = _sent_pos(sent, sent_index)
    for k in range(si - 1, max(-1, si - 1 - MAX_ANTECEDENT_SENTENCES), -1):
        s = sent_index[k]
        subj = _main_subject(s)
        if subj is not None:
            sp = _resolve_subject(subj, idx, sent_index, depth + 1)
            if sp.name and (sp.label == "PERSON" or (sp.label is None and " " in sp.name)):
                return sp
        # any person who is the subject of some clause there
        for t in reversed(list(s)):
            if t.dep_ == "nsubj":
                ent = idx.ent_of.get(t.i)
                if ent is not None and ent.label_ == "PERSON":
                    return _Speaker(_canon(_clean_name(ent), idx.full_name), None, "PERSON")
        persons = [e for e in s.ents if e.label_ == "PERSON"]
        if persons:
            return _Speaker(_canon(_clean_name(persons[-1]), idx.full_name), None, "PERSON")
    return _Speaker(None, None, None)


def _sent_pos(sent: SpacySpan, sent_index: list[SpacySpan]) -> int:
    lo, hi = 0, len(sent_index)
    while lo < hi:
        mid = (lo + hi) // 2
        if sent_index[mid].start < sent.start:
            lo = mid + 1
        else:
            hi = mid
    return lo


# --------------------------------------------------------------------------- extraction


@dataclass
class _Draft:
    span: QuoteSpan
    text: str
    kind: Kind
    cue: Token | None = None
    cue_text: str | None = None
    speaker: _Speaker | None = None
    para: int = 0
    para_start: bool = False  # the quote opens its paragraph
    attributed: bool = False  # attribution found for this quote itself


def _kind(toks: list[Token], text: str, starts_sentence: bool) -> Kind:
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not words or starts_sentence:
        return "statement"
    if len(words) <= TITLE_MAX_WORDS and _title_case(words) and not re.search(r"[!?]", text):
        return "term"  # "The Art of the Deal", "Meet the Press": a title, not speech
    if len(words) > TERM_MAX_WORDS:
        return "statement"
    if any(t.pos_ in ("VERB", "AUX") for t in words) or re.search(r"[!?]", text):
        return "statement"
    if any(t.lower_ in ("i", "we", "you", "me", "us", "my", "our", "not", "no") for t in words):
        return "statement"
    if _title_case(words):
        return "term"
    heads = [t for t in words if t.head.i not in {w.i for w in words} or t.head.i == t.i]
    head = heads[0] if heads else words[-1]
    if head.pos_ in ("NOUN", "PROPN", "NUM", "X", "SYM"):
        return "term"
    if head.pos_ == "ADJ" and head.dep_ in ("amod", "compound", "nmod"):
        return "term"  # "massive" new sanctions: a scare-quoted modifier
    if head.pos_ in ("ADJ", "ADV", "PART") and head.dep_ not in (
        "acomp",
        "advmod",
        "ccomp",
        "xcomp",
        "attr",
    ):
        return "term"
    return "statement"


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "de",
        "la",
        "le",
    ]
)


def _title_case(words: list[Token]) -> bool:
    """``"Meet the Press"``, ``"Guardians of the Galaxy"``: a title or a name, not speech."""
    content = [t for t in words if t.lower_ not in _SMALL_WORDS and t.is_alpha]
    return (
        bool(content)
        and all(t.text[0].isupper() for t in content)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _find_cues(qtoks: set[int], allowed: set[int], doc: Doc) -> list[Token]:
    """Communication verbs that may attribute the quote tokens ``qtoks``, best first.

    Only tokens in ``allowed`` (the unquoted words of the quote's own sentences and
    paragraph) may be the cue: a parse that runs across a paragraph break must not
    hand a quote to the previous paragraph's verb.
    """
    out: list[Token] = []
    if not qtoks:
        return out
    # 1. the cues among the ancestors of the quote's root(s), nearest first
    roots = [doc[i] for i in sorted(qtoks) if doc[i].head.i not in qtoks or doc[i].head.i == i]
    for r in roots:
        for anc in r.ancestors:
            if anc.i in qtoks:
                continue
            if anc.i not in allowed:
                break
            if _is_cue(anc, governing=True) and anc not in out:
                out.append(anc)
    # 2. a cue hanging off the quote (parataxis: "…," Putin said)
    for i in sorted(qtoks):
        for child in doc[i].children:
            if (
                child.i in allowed
                and child.dep_ in ("parataxis", "ccomp", "conj", "advcl", "xcomp")
                and _is_cue(child, governing=True)
                and child not in out
            ):
                out.append(child)
    return out


def _nearest_cue(cands: Iterable[Token], pos: int) -> Token | None:
    best = None
    for t in cands:
        if _is_cue(t, governing=False) and (best is None or abs(t.idx - pos) < abs(best.idx - pos)):
            best = t
    return best


def extract_quotes(article: Article, doc: Doc | None = None) -> list[QuoteMention]:
    """Every direct quote in ``article`` with its speaker, role and cue (offsets exclude marks).

    ``doc`` is the article's spaCy parse when the caller has one (the pipeline's
    ``analyses``); otherwise the text is parsed with the shared pipeline.
    """
    text = article.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    if doc is None:
        from newsweave.nlp import get_spacy

        doc = get_spacy()(text)
    idx = _index(doc)
    sent_index = doc_sents(doc)
    para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    quote_char = bytearray(len(text) + 1)
    for sp in spans:
        quote_char[max(0, sp.start - 1) : min(len(text), sp.end + 1)] = b"\x01" * (
            min(len(text), sp.end + 1) - max(0, sp.start - 1)
        )

    def para_of(pos: int) -> int:
        lo, hi = 0, len(para_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if para_starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    drafts: list[_Draft] = []
    for sp in spans:
        sp = _trim(sp, text)
        if sp is None or text[max(0, sp.start - 2) : sp.start - 1] == "=":
            continue  # an attribute value of markup left in the text (author="…")
        toks = list(doc.char_span(sp.start, sp.end, alignment_mode="expand") or [])
        qtxt = text[sp.start : sp.end]
        p = para_of(sp.start)
        before = text[para_starts[p] : max(para_starts[p], _mark_start(sp, text))]
        starts_sentence = bool(toks) and not any(
            not t.is_punct and not t.is_space for t in toks[0].sent if t.i < toks[0].i
        )
        d = _Draft(
            sp, qtxt, _kind(toks, qtxt, starts_sentence), para=p, para_start=not before.strip()
        )
        qtoks = {t.i for t in toks}
        # the sentences the quote touches, and the tokens around it that are not quoted
        first = toks[0].sent if toks else None
        last = toks[-1].sent if toks else None
        ctx: list[Token] = []
        if first is not None and last is not None:
            a = _sent_pos(first, sent_index)
            b = _sent_pos(last, sent_index)
            for s in sent_index[a : b + 1]:
                ctx.extend(s)
            # an attribution split off as its own sentence right after the quote ("…!' Trump said.")
            if b + 1 < len(sent_index):
                nxt = sent_index[b + 1]
                gap = text[sp.end : nxt.start_char]
                if "\n" not in gap and len(gap.strip()) <= 2:
                    ctx.extend(nxt)
        outside = [
            t for t in ctx if t.i not in qtoks and not quote_char[t.idx] and para_of(t.idx) == p
        ]
        cues = [
            c
            for c in _find_cues(qtoks, {t.i for t in outside}, doc)
            if c.i not in qtoks and not quote_char[c.idx]
        ]
        adjacent = _attribution_clause(sp, outside, text)
        if adjacent is not None and adjacent not in cues:
            cues.append(adjacent)
        cue = None
        speaker = None
        # the first cue with a subject wins ("said it's unrealistic to think that…":
        # "think" has no subject of its own, "said" has)
        for c in cues:
            subj = _subject_of(c)
            if subj is not None and not quote_char[subj.idx]:
                cue, speaker = c, _resolve_subject(subj, idx, sent_index)
                break
        if cue is None and adjacent is not None:
            # a parse that lost the subject ('"…," Ramos, 58, told AFP'): the name in the
            # attribution clause itself, right before or after the cue
            named = _clause_name(adjacent, outside, sp, idx)
            if named is not None:
                cue, speaker = adjacent, named
        if cue is None and cues:
            cue, speaker = cues[0], _Speaker(None, None, None)
        if cue is None:
            acc = _according_to(first, {t.i for t in outside}) if first is not None else None
            if acc is not None:
                cue = acc[0]
                speaker = _resolve_subject(acc[1], idx, sent_index)
            else:
                colon = _colon_speaker(sp, text, doc, idx, para_starts[p])
                if colon is not None:
                    speaker = colon
        if d.kind == "term" and _title_case([t for t in toks if not t.is_punct]):
            cue, speaker = None, None  # a show, a book, a slogan: nobody is quoted
        d.cue = cue
        d.cue_text = _cue_text(cue) if cue is not None else None
        d.speaker = speaker
        d.attributed = speaker is not None
        drafts.append(d)

    _inherit(drafts, doc, idx, sent_index, para_starts, text, quote_char)

    out: list[QuoteMention] = []
    for d in drafts:
        sp_obj = d.speaker
        name = sp_obj.name if sp_obj else None
        span = Span(article.id, *sp_obj.span) if sp_obj and sp_obj.span else None
        role = idx.roles.get(name) if name else None
        out.append(
            QuoteMention(
                article=article.id,
                text=d.text,
                start=d.span.start,
                end=d.span.end,
                speaker=name,
                cue=d.cue_text,
                speaker_span=span,
                speaker_role=role,
                kind=d.kind,
            )
        )
    return out


def _trim(sp: QuoteSpan, text: str) -> QuoteSpan | None:
    """Drop the spaces and the comma / colon that American style puts inside the marks."""
    s, e = sp.start, sp.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    if e <= s or not any(c.isalnum() for c in text[s:e]):
        return None
    return QuoteSpan(s, e, sp.open_mark, sp.close_mark, sp.continues, sp.continuation)


def _mark_start(sp: QuoteSpan, text: str) -> int:
    """Offset of the opening mark (both characters of a '' mark)."""
    i = sp.start - 1
    if i > 0 and text[i] == "'" and text[i - 1] == "'":
        i -= 1
    return i


def _cue_text(cue: Token) -> str:
    if cue.lower_ == "according":
        return "according to"
    return cue.text.lower()


def _attribution_clause(sp: QuoteSpan, outside: list[Token], text: str) -> Token | None:
    """A cue in the clause adjacent to the quote: ``"…," Putin said`` / ``Putin declared, "…"``."""
    after = [t for t in outside if t.idx >= sp.end]
    before = [t for t in outside if t.idx < sp.start]
    # after the quote: up to the next sentence-final mark
    clause: list[Token] = []
    for t in after:
        if t.text in (".", "!", "?", ";") or t.text in _MARK_CHARS:
            break
        clause.append(t)
    if clause and len(clause) <= 25:
        c = _nearest_cue(clause, sp.end)
        if c is not None:
            return c
        if len(clause) <= 8:
            # '"…," Conway notes.': the tagger read the verb as a plural noun
            for t in clause:
                low = t.lower_
                if t.pos_ == "NOUN" and low.endswith("s") and low[:-1] in CUE_LEMMAS:
                    return t
    # before the quote: the clause ending in "," or ":" right before the opening mark
    tail = text[max(0, _mark_start(sp, text) - 2) : _mark_start(sp, text)].rstrip()
    if before and (tail.endswith(",") or tail.endswith(":")):
        clause = []
        for t in reversed(before):
            if t.text in (".", "!", "?", ";") or t.text in _MARK_CHARS:
                break
            clause.append(t)
        c = _nearest_cue(clause, sp.start)
        if c is not None:
            return c
    return None


def _clause_name(
    cue: Token, outside: list[Token], sp: QuoteSpan, idx: _ArticleIndex
) -> _Speaker | None:
    """The person or organisation named next to ``cue`` in its attribution clause."""
    after = cue.idx > sp.end
    clause = [t for t in outside if (t.idx >= sp.end if after else t.idx < sp.start)]
    best = None
    for t in clause:
        ent = idx.ent_of.get(t.i)
        if ent is None or ent.label_ not in ("PERSON", "ORG") or abs(t.i - cue.i) > 6:
            continue
        # the subject comes before the verb; after it only in an inversion ("said Ramos")
        if t.i > cue.i and (t.i - cue.i > 2 or best is not None):
            continue
        if best is None or (t.i < cue.i and abs(t.i - cue.i) < abs(best.i - cue.i)):
            best = t
    if best is None:
        return None
    ent = idx.ent_of[best.i]
    label = ent.label_
    name = _canon(_clean_name(ent), idx.full_name)
    if label == "ORG" and name in idx.full_name.values():
        label = "PERSON"  # the NER called a known person's surname an ORG
    return _Speaker(name, (ent.start_char, ent.end_char), label)


def _colon_speaker(
    sp: QuoteSpan, text: str, doc: Doc, idx: _ArticleIndex, para_start: int
) -> _Speaker | None:
    """A name and a colon: ``Trump … boomed: "…"``, ``Continued Stone: "…"``, or a
    headline ``Carson: Clinton 'Not Fit…'``."""
    head = text[para_start : _mark_start(sp, text)].rstrip()
    if head.endswith(":"):
        # the clause ending in the colon, from its sentence start
        cs = doc.char_span(para_start, para_start + len(head) - 1, alignment_mode="expand")
        if cs is None or not len(cs):
            return None
        clause = (
            list(doc[cs[-1].sent.start : cs.end]) if cs[-1].sent.start >= cs.start else list(cs)
        )
        for t in reversed(clause):
            if t.pos_ in ("VERB", "AUX"):
                subj = _subject_of(t)
                if subj is not None and subj.i < cs.end:
                    spk = _resolve_subject(subj, idx, doc_sents(doc))
                    if spk.name:
                        return spk
        for t in reversed(clause):  # "Continued Stone:": the name nearest to the colon
            named = _name_of(t, idx) if t.pos_ == "PROPN" else None
            if named is not None and named[0]:
                name, ent, label = named
                span = (ent.start_char, ent.end_char) if ent is not None else None
                return _Speaker(name, span, label)
        return None
    colon = head.find(":")
    if colon < 0 or colon > 60:
        return None
    cs = doc.char_span(para_start, para_start + colon, alignment_mode="expand")
    if cs is None or len(cs) > 6:
        return None
    ents = [e for e in cs.ents if e.label_ in ("PERSON", "ORG")]
    if not ents or ents[-1].end != cs.end:
        return None  # a headline's "Name:" must be the whole prefix
    ent = ents[-1]
    name = _canon(_clean_name(ent), idx.full_name)
    return _Speaker(name, (ent.start_char, ent.end_char), ent.label_)


def _para_bounds(p: int, para_starts: list[int], text: str) -> tuple[int, int]:
    end = (para_starts[p + 1] - 1) if p + 1 < len(para_starts) else len(text)
    return para_starts[p], end


def _inherit(
    drafts: list[_Draft],
    doc: Doc,
    idx: _ArticleIndex,
    sent_index: list[SpacySpan],
    para_starts: list[int],
    text: str,
    quote_char: bytearray,
) -> None:
    """Give unattributed quotes the speaker of the quote or paragraph they continue."""
    for k, d in enumerate(drafts):
        if d.attributed or d.kind == "term":
            continue
        prev = drafts[k - 1] if k else None
        # a multi-paragraph quote: every piece has the speaker of the piece before
        if prev is not None and (d.span.continuation or prev.span.continues) and prev.speaker:
            _copy(d, prev)
            continue
        # a second quote in the same paragraph, after an attributed one
        if (
            prev is not None
            and prev.para == d.para
            and prev.attributed
            and prev.kind == "statement"
        ):
            _copy(d, prev)
            continue
        if not d.para_start:
            # a quote sentence after reported speech in the same paragraph ("Coan argues
            # that his client… 'His intent was…'"): the speaker of that speech verb
            a, _b = _para_bounds(d.para, para_starts, text)
            for s_ in reversed([x for x in sent_index if a <= x.start_char < d.span.start - 1]):
                cue = next(
                    (t for t in s_ if _is_cue(t, governing=False) and not quote_char[t.idx]), None
                )
                subj = _subject_of(cue) if cue is not None else None
                if subj is not None:
                    spk = _resolve_subject(subj, idx, sent_index)
                    if spk.name:
                        d.speaker = _Speaker(spk.name, None, spk.label)
                        d.cue_text = _cue_text(cue)
                    break
            continue
        # a stand-alone quote paragraph: the reported speech right before it
        p = d.para - 1
        while p >= 0:
            a, b = _para_bounds(p, para_starts, text)
            if len(text[a:b].split()) >= MIN_PROSE_WORDS:
                break
            p -= 1
        if p < 0:
            continue
        pq = [x for x in drafts if x.para == p and x.speaker is not None and x.kind == "statement"]
        if pq and pq[-1].speaker and pq[-1].speaker.name:
            _copy(d, pq[-1])
            continue
        a, b = _para_bounds(p, para_starts, text)
        sents = [x for x in sent_index if a <= x.start_char < b]
        if not sents:
            continue
        intro = text[a:b].rstrip().endswith(":")
        # "Cruz continued:" / "Clinton released the following statement:" introduce the quote;
        # otherwise the paragraph's first sentence must be reported speech (a cue verb), or
        # its last sentence must be about a named person (the quote continues their account)
        for s, need_cue, person_only in (
            ((sents[-1], False, False),)
            if intro
            else ((sents[0], True, False), (sents[-1], False, True))
        ):
            root = s.root
            if intro:
                # the verb of the introducing clause, inside this paragraph ("as Joel Pollak
                # observed, the biggest victor was…:", "Okoro put it this way:")
                verbs = [t for t in s if a <= t.idx < b and t.pos_ in ("VERB", "AUX")]
                with_subj = [
                    t for t in verbs if (x := _subject_of(t)) is not None and a <= x.idx < b
                ]
                cued = [t for t in with_subj if _is_cue(t, governing=True)]
                root = (cued or with_subj or [root])[0]
            if need_cue and not _is_cue(root, governing=False):
                continue
            subj = _subject_of(root) if root.pos_ in ("VERB", "AUX") else None
            if subj is None:
                continue
            spk = _resolve_subject(subj, idx, sent_index)
            if spk.name and (not person_only or spk.label == "PERSON"):
                d.speaker = _Speaker(spk.name, None, spk.label)
                d.cue_text = _cue_text(root) if _is_cue(root, governing=True) else None
                break
    # the first paragraphs of a multi-paragraph quote whose attribution comes at the end
    for k in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[k], drafts[k + 1]
        if (d.span.continues or nxt.span.continuation) and d.speaker is None and nxt.speaker:
            _copy(d, nxt)


def _copy(d: _Draft, src: _Draft) -> None:
    d.speaker = _Speaker(src.speaker.name, None, src.speaker.label) if src.speaker else None
    d.cue_text = src.cue_text


# --------------------------------------------------------------------------- merging across articles

# Share of a quote's words found, in order, in another quote's window for both to be one
# utterance: two translations of one sentence keep ~3/4 of their words ("…and their sponsors"
# vs "…and their curators"), unrelated sentences sharing a phrase keep under half.
SAME_WORD_SHARE = 0.6
# Fewer words than this match by accident.
MIN_VARIANT_WORDS = 5
# A window of the longer quote may be at most this much longer than the shorter quote.
MAX_WINDOW_STRETCH = 1.6
# Below this length ratio (shorter/longer) a matching shorter quote is a fragment, not a variant.
FRAGMENT_LENGTH_RATIO = 0.75
# Fragments shorter than this (normalised characters) match by accident ("the war").
MIN_FRAGMENT_CHARS = 16
# Variants of one utterance less similar than this (character similarity, 0-100) or much
# shorter are a paraphrase, not two renderings of one sentence (a translation keeps its structure).
TRANSLATION_MIN_RATIO = 55

_APOS = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
)


def normalise_quote(text: str) -> tuple[str, list[int]]:
    """Lowercase words only (marks, punctuation, spacing dropped) and each char's original offset."""
    out: list[str] = []
    pos: list[int] = []
    pending_space = False
    for i, ch in enumerate(text.translate(_APOS)):
        if ch.isalnum():
            if pending_space and out:
                out.append(" ")
                pos.append(i)
            out.append(ch.lower())
            pos.append(i)
            pending_space = False
        elif ch == "'" and out and out[-1] != " ":
            continue  # it's = its: apostrophes vary between outlets
        else:
            pending_space = True
    return "".join(out), pos


@dataclass
class _Group:
    members: list[int]
    speaker: str | None
    extra: list[
        tuple[int, int, int, float]
    ]  # (mention index of the longer quote, start, end, score)
    parents: list[tuple[int, float]]  # (mention index of a longer quote containing this one, score)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def merge_quotes(
    mentions: list[QuoteMention], article_order: list[str] | None = None
) -> list[Quote]:
    """Merge mentions of the same utterance across articles into :class:`Quote` objects.

    ``article_order`` (article ids) orders sources and quotes by first appearance;
    quote ids are ``q1, q2…`` in that order. Only statements and attributed terms
    become quotes: an unattributed term is a scare quote, not somebody's words.
    """

    order = {a: k for k, a in enumerate(article_order or [])}
    ms = [m for m in mentions if m.kind == "statement" or m.speaker is not None]
    ms.sort(key=lambda m: (order.get(m.article, len(order)), m.article, m.start))
    norms = [normalise_quote(m.text) for m in ms]
    n = len(ms)
    parent = list(range(n))
    speaker_of: dict[int, str | None] = {i: ms[i].speaker for i in range(n)}
    part_edges: list[tuple[int, int, int, int, float]] = []  # (short, long, start, end, score)

    def compatible(a: str | None, b: str | None) -> bool:
        return a is None or b is None or a == b

    for i in range(n):
        ni = norms[i][0]
        if not ni:
            continue
        for j in range(i + 1, n):
            nj = norms[j][0]
            if not nj or ms[i].kind != ms[j].kind:
                continue
            if not compatible(ms[i].speaker, ms[j].speaker):
                continue
            s_, l_ = (i, j) if len(ni) <= len(nj) else (j, i)
            ns, nl = norms[s_][0], norms[l_][0]
            same = ns == nl
            if not same:
                k = nl.find(ns)
                if (
                    k >= 0
                    and len(ns) >= MIN_FRAGMENT_CHARS
                    and (k == 0 or nl[k - 1] == " ")
                    and (k + len(ns) == len(nl) or nl[k + len(ns)] == " ")
                ):
                    part_edges.append((s_, l_, k, k + len(ns), 1.0))  # a verbatim fragment
                    continue
                share, a, b = _word_align(ns, nl)
                if share < SAME_WORD_SHARE or len(ns.split()) < MIN_VARIANT_WORDS:
                    continue
                if len(ns) / len(nl) >= FRAGMENT_LENGTH_RATIO:
                    same = True
                else:
                    part_edges.append((s_, l_, a, b, share))
                    continue
            ri, rj = _find(parent, i), _find(parent, j)
            if ri != rj and compatible(speaker_of[ri], speaker_of[rj]):
                parent[rj] = ri
                speaker_of[ri] = speaker_of[ri] or speaker_of[rj]

    groups: dict[int, _Group] = {}
    for i in range(n):
        r = _find(parent, i)
        g = groups.setdefault(r, _Group([], None, [], []))
        g.members.append(i)
        g.speaker = g.speaker or ms[i].speaker
    for s_, l_, a, b, score in part_edges:
        gs, gl = groups[_find(parent, s_)], groups[_find(parent, l_)]
        if gs is gl or not compatible(gs.speaker, gl.speaker):
            continue
        gs.parents.append((l_, score))
        gs.extra.append((l_, a, b, score))

    ordered = sorted(groups.items(), key=lambda kv: min(kv[1].members))
    index_of_root = {root: k for k, (root, _) in enumerate(ordered)}
    quotes: list[Quote] = []
    for _root, g in ordered:
        members = sorted(g.members)
        variants: list[QuoteVariant] = [
            QuoteVariant(ms[i].article, ms[i].text, ms[i].start, ms[i].end) for i in members
        ]
        texts = [norms[i][0] for i in members]
        have = {v.article for v in variants}
        best_extra: dict[str, tuple[int, int, int, float]] = {}
        for l_, a, b, score in g.extra:
            art = ms[l_].article
            if art in have:
                continue
            if art not in best_extra or score > best_extra[art][3]:
                best_extra[art] = (l_, a, b, score)
        for art, (l_, a, b, _score) in best_extra.items():
            pos = norms[l_][1]
            m = ms[l_]
            start = m.start + pos[a]
            end = m.start + pos[b - 1] + 1
            variants.append(QuoteVariant(art, m.text[pos[a] : pos[b - 1] + 1], start, end))
            texts.append(norms[l_][0][a:b])
        variants.sort(key=lambda v: (order.get(v.article, len(order)), v.article, v.start))
        sources = tuple(dict.fromkeys(v.article for v in variants))
        verbatim = len(set(texts)) == 1
        if len(sources) <= 1:
            relation = "single"
        elif verbatim:
            relation = "verbatim"
        else:
            relation = _variant_relation(texts)
        # the most frequent wording, the earliest on a tie
        counts: dict[str, int] = {}
        for t in texts[: len(members)]:
            counts[t] = counts.get(t, 0) + 1
        top = max(counts.values())
        lead = next(i for i in members if counts[norms[i][0]] == top)
        cues = [ms[i].cue for i in members if ms[i].cue]
        # the most frequent cue, the earliest on a tie (a set's order changes from run to run)
        cue = max(dict.fromkeys(cues), key=cues.count) if cues else None
        part_of = None
        speaker = g.speaker
        if g.parents:
            l_best = max(g.parents, key=lambda p: (p[1], -p[0]))[0]
            part_of = index_of_root[_find(parent, l_best)]
            exact = {groups[_find(parent, l_)].speaker for l_, sc in g.parents if sc >= 1.0}
            if speaker is None and len(exact) == 1:
                speaker = exact.pop()  # the same words, attributed by another outlet
        kind = "term" if all(ms[i].kind == "term" for i in members) else "statement"
        quotes.append(
            Quote(
                text=ms[lead].text,
                speaker=speaker,
                sources=sources,
                verbatim=verbatim and len(sources) > 1,
                variants=tuple(variants),
                relation=relation,  # type: ignore[arg-type]
                cue=cue,
                part_of=part_of,
                id=f"q{len(quotes) + 1}",
                kind=kind,  # type: ignore[arg-type]
            )
        )
    return quotes


def _word_align(short: str, long_: str) -> tuple[float, int, int]:
    """Share of ``short``'s words matched in order in ``long_``, and the matched char window."""
    from difflib import SequenceMatcher

    sw, lw = short.split(), long_.split()
    sm = SequenceMatcher(None, sw, lw, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return 0.0, 0, 0
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size
    # words of the short quote before the first / after the last match were reworded
    # ("sponsors" / "curators"): widen the window by as many words, within the longer quote
    first = max(0, first - blocks[0].a)
    last = min(len(lw), last + (len(sw) - blocks[-1].a - blocks[-1].size))
    if last - first > MAX_WINDOW_STRETCH * len(sw):
        return 0.0, 0, 0
    share = sum(b.size for b in blocks) / len(sw)
    starts = [0]
    for w in lw[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    return share, starts[first], starts[last - 1] + len(lw[last - 1])


def _variant_relation(texts: list[str]) -> str:
    """Same structure with other words → translation variant; reworded or cut → paraphrase."""
    from difflib import SequenceMatcher

    distinct = list(dict.fromkeys(texts))
    for a in distinct:
        for b in distinct:
            if a < b:
                short, long_ = sorted((a, b), key=len)
                similarity = 100 * SequenceMatcher(None, a, b, autojunk=False).ratio()
                if (
                    len(short) / len(long_) < FRAGMENT_LENGTH_RATIO
                    or similarity < TRANSLATION_MIN_RATIO
                ):
                    return "paraphrase"
    return "translation variant"


def _canonical_speakers(mentions: list[QuoteMention], entities: list | None) -> list[QuoteMention]:
    """Speakers as the event's canonical entity names ("Zelenskyy" → "Volodymyr Zelensky")."""
    import dataclasses

    if not entities:
        return mentions
    try:
        from newsweave.synthesis.stages.entities import resolve_entity
    except ImportError:  # the entities module is optional for this stage
        return mentions
    out = []
    for m in mentions:
        if m.speaker:
            ent = resolve_entity(entities, m.speaker)
            if ent is not None and ent.name != m.speaker:
                m = dataclasses.replace(m, speaker=ent.name)
        out.append(m)
    return out


@stage("quotes", needs=("analyses", "entities"), provides=("quote_mentions", "quotes"))
def quotes_stage(ws: Workspace) -> None:
    """Direct quotes per article (reusing each article's parse), merged across outlets."""
    assert ws.analyses is not None
    mentions: list[QuoteMention] = []
    for an in ws.analyses:
        mentions.extend(extract_quotes(an.article, an.doc))
    mentions = _canonical_speakers(mentions, ws.entities)
    ws.quote_mentions = mentions
    ws.quotes = merge_quotes(mentions, [a.id for a in ws.articles])
