"""Reported speech the cue tables miss, scored by a logistic model fit on PolNeAR train.

A *candidate* is a content a token opens by one dependency relation: a clause (``think|ccomp``:
"Dole thinks Cruz will lose"), an object (``deny|dobj``: "Trump denied the report"), an
infinitive (``expect|xcomp``: "Clinton is expected to win"), a prepositional object
(``critical|prep_of``), a passive subject, a noun's ``that`` clause. Whether it is an
attribution in PolNeAR's sense (a source's statement, belief or stance) depends on the cue
lemma and relation, and on the context: the kind of source (a name, a third-person pronoun,
"I"/"you" of a transcript, a passive "is expected to", none), whether the token already
stands inside another cue's report ("said he thinks…": annotated as the one report), a
question ("Do you think…?"), a negation, the tense, the word the token hangs on ("refrained
from attacking") and its relation to it ("a group backing Kasich"), the headline, and the
content's length, first word and the kinds of names in it.
:func:`features` names these as strings; ``reported_weights.json`` holds a logistic model's
weight for each feature seen often enough in PolNeAR train (only the token the hand-written
rules of :mod:`.reported` leave alone is scored). It is generated, never edited:
``bench/learn_reported.py`` fits it (its docstring says how). :func:`learned_report` takes a
token's most probable candidate once that probability clears :data:`MIN_PROBABILITY` (for a
cue lemma the model saw reported in train) or :data:`UNSEEN_MIN_PROBABILITY` (any other), or
for a clause :data:`CLAUSE_MIN_PROBABILITY`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsweave.nlp import SUBJECT_DEPS, doc_cache, doc_sents, doc_text
from newsweave.synthesis.quotes.attribution import MAX_CONTEXT_TOKENS, is_cue, subject_of
from newsweave.synthesis.quotes.cues import HEADLINE_VERB_FORMS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The model, fit by bench/learn_reported.py on PolNeAR train.
WEIGHT_FILE = Path(__file__).with_name("reported_weights.json")
# A candidate is reported when the model gives it at least this probability: chosen by
# cross-validation on train (bench/learn_reported.py --fold K, the model fit on the other four
# fifths): all-attribution F1 on held-out texts 0-167 / 336-503 / 672-839 is 0.730 / 0.739 /
# 0.748 at 0.3, 0.725 / 0.733 / 0.747 at 0.35, 0.733 / 0.739 / 0.746 at 0.25 (with lower
# precision and speaker accuracy); at 0.4 (before the features of the headline, the governing
# word and the content's first word and names) 0.714 / 0.722 / 0.736. (F1 gains from any
# report more likely right than about half the F1 itself.) Since reports nested in another
# report's content are dropped, over all five held-out fifths: 0.734 at 0.3, 0.739 at 0.2,
# but with lower speaker accuracy (0.923 → 0.917) and no gain on dev: left at 0.3. Since a
# denied cue reports too (session 15), over the five held-out fifths: 0.7479 at 0.3, 0.7484
# at 0.275, 0.7498 at 0.25, 0.7510 at 0.225, 0.7514 at 0.2, but precision 0.808 → 0.783 at
# 0.225 and deeds reported as such ("opened the new clinic" scores 0.25): left at 0.3.
MIN_PROBABILITY = 0.3
# ...and a cue lemma the model never saw reported in train (or never near a report) only at this
# one: the general features (a named subject, a "that" clause) speak for "hypothesized",
# "grumbled", "surmised" too, with less certainty. On the five held-out fifths of train (each
# fit on the other four), all-attribution P/R/F1 when such lemmas are never scored
# 0.814/0.679/0.741; at 0.4 0.811/0.687/0.744; at 0.5 0.813/0.683/0.742; at 0.3 0.802/0.693/0.743
# (speaker accuracy 0.924, 0.923, 0.924, 0.922). Scoring them costs a tenth of the speed.
UNSEEN_MIN_PROBABILITY = 0.4
# A clause ("thinks Cruz will lose", "the belief that…") is taken from this probability (when
# under the lemma's threshold): a whole claim, whose holder is the cue's subject, it reads as
# one even where PolNeAR's annotators did not take it, unlike an object or a phrase ("opened
# the new clinic"). On three held-out fifths of train (texts 0-167, 168-335, 504-671; each
# fit on the other four), all-attribution F1 0.7594/0.7374/0.7526 -> 0.7623/0.7387/0.7556
# (precision 0.002-0.004 lower, recall 0.005-0.008 higher; at 0.2: 0.7378/0.7564 on the
# second and third, precision a further 0.005 lower).
CLAUSE_MIN_PROBABILITY = 0.25
# The candidate relations of a clause (see candidates).
CLAUSE_RELATIONS = frozenset(["ccomp", "that"])
# Content shorter than this many words is a pronoun or an ellipsis ("he said so"), not a report.
MIN_CONTENT_WORDS = 2
# Prepositions that bring what is said of an object ("for speaking out", "as weak", "of lying").
TARGET_PREPS = frozenset(["for", "as", "of", "over"])
# Parts of speech that can be a cue: verbs, report nouns ("his denial of"), stance adjectives
# ("critical of", "confident that").
CUE_POS = frozenset(["VERB", "AUX", "NOUN", "ADJ"])
# Forms the English model lemmatises wrongly ("hopes", "hoping" → "hop"), by their right lemma.
LEMMA_SLIPS = {"hopes": "hope", "hoping": "hope"}
# Pronouns of the speaker or the addressee: "I think", "do you believe" in a transcript are
# the conversation itself, not a report of it.
DIALOGUE_PRONOUNS = frozenset(["i", "we", "you"])
# How many heads up a report may enclose a token ("said he would argue that…").
MAX_NESTING = 3
# Verbs whose subject belongs to what their infinitive claims ("the plan seemed to work").
RAISING_VERBS = frozenset(["seem", "appear"])
# Content length buckets (words): a one-word object and a sentence-long clause differ.
LENGTH_BUCKETS = (2, 4, 8, 16, 32)
# The punctuation and closing mark of a quoted phrase ending a content ('…"to buy time."').
_CLOSING = re.compile(r"[.,!?]*[”\"]")
# The words that only introduce what is said, no part of it ("said that …", "asked whether …",
# "called for him to …").
COMPLEMENTISERS = frozenset(["that", "whether", "if", "for"])
# Relations of a clause's object, by which (with its subject's) a misread complementiser shows.
OBJECT_DEPS = frozenset(["dobj", "attr"])
# Relations of a raising verb's predicate, a candidate of its own ("the harbour seems calm":
# the parser has either; PolNeAR annotates the subject and the predicate). On PolNeAR train
# texts 0-167, held out, all-attribution P/R/F1 0.8220/0.7272/0.7717 -> 0.8218/0.7279/0.7720;
# dev 0.8503/0.7386/0.7905 -> 0.8508/0.7391/0.7910, speaker accuracy 0.9298 -> 0.9287 (each
# model refit). Never listed as speech (.reported.tells_speech leaves raising verbs out).
PREDICATE_DEPS = frozenset(["acomp", "oprd"])
# Verbs of asking, whose "if" or "whether" clause the parser may hang on them as a condition
# ("asked workers if they planned to attend", "Asked if he was ever bullied, …"): the question
# asked, a clause like any other (see _asked_clause).
ASKING_VERBS = frozenset(["ask", "wonder"])
# The words that open such a question.
QUESTION_MARKS = frozenset(["if", "whether"])
# Subjects of a "said" that, opening a sentence and set off by a comma, make it the writer's
# concession to what came before ("That said, …"), not anyone's report: capitalised, the
# sentence's first word ("the report that said, in part, …" is a report).
CONCESSION_SUBJECTS = frozenset(["That"])


@dataclass(frozen=True)
class Candidate:
    """One content a cue token may introduce: its relation, source, token range, features."""

    relation: str
    source: Token | None
    lo: int
    hi: int
    features: tuple[str, ...]


@dataclass(frozen=True)
class RuledContent:
    """A content a rule of :mod:`.reported` found for a cue token, before it is trimmed: the
    cue, its source (None: no one named, "reportedly"), its first and last token."""

    cue: Token
    source: Token | None
    lo: int
    hi: int


@dataclass(frozen=True)
class Learned:
    """A learned report: the candidate taken, its character span and probability."""

    candidate: Candidate
    start: int
    end: int
    probability: float


@dataclass(frozen=True)
class Model:
    """The logistic model: its bias, feature weights and the lemmas it saw reported in train."""

    bias: float
    weights: dict[str, float]
    lemmas: frozenset[str]


def cue_lemma(tok: Token) -> str:
    """The token's lemma, lowercased, with the model's known slips put right, and a verb of a
    title-case headline that the tagger took for a name ("Blackwell Endorses Cruz") read as the
    verb it is."""
    if tok.pos_ == "PROPN" and tok.lower_ in HEADLINE_VERB_FORMS:
        return HEADLINE_VERB_FORMS[tok.lower_]
    return LEMMA_SLIPS.get(tok.lower_, tok.lemma_.lower())


@cache
def model() -> Model:
    """The fitted model (read once)."""
    raw = json.loads(WEIGHT_FILE.read_text(encoding="utf-8"))
    return Model(float(raw["bias"]), dict(raw["weights"]), frozenset(raw["lemmas"]))


def source_kind(tok: Token) -> tuple[Token | None, str]:
    """The source token of a cue and its kind: ``name``, ``pron`` (third person), ``dialogue``
    ("I", "you"), ``noun``, ``pass`` (a passive without agent: "is expected to") or ``none``."""
    if tok.pos_ == "NOUN":
        src = next((c for c in tok.children if c.dep_ == "poss"), None)
        if src is None and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
            # a light verb's object ("Trump made charges that…", "held a briefing to brag"):
            # the verb's subject voices it
            src = subject_of(tok.head)
    else:
        verb = tok.head if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd") else tok
        src = subject_of(verb)
        if src is None:
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            return None, "pass" if passive else "none"
    if src is None:
        return None, "none"
    if src.lower_ in DIALOGUE_PRONOUNS:
        return src, "dialogue"
    if src.pos_ == "PRON":
        return src, "pron"
    if src.pos_ == "PROPN" or src.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return src, "name"
    return src, "noun"


def _context(tok: Token) -> list[str]:
    """What the token's surroundings say of any content it opens (see the module docstring)."""
    out = [f"pos:{tok.pos_}", f"tag:{tok.tag_}", f"dep:{tok.dep_}", f"hl:{tok.head.lemma_.lower()}"]
    anc = tok
    for _ in range(MAX_NESTING):
        if anc.head.i == anc.i:
            break
        anc = anc.head
        if is_cue(anc, governing=True):
            out.append("nested")
            break
    if tok.i < first_break(tok.doc):
        out.append("headline")
    if any(c.dep_ == "neg" for c in tok.children):
        out.append("negated")
    if _questions(tok.doc)[tok.i]:
        out.append("question")
    return out


def first_break(doc: Doc) -> int:
    """Index of the first token holding a line break: the headline ends there."""
    memo = doc_cache(doc)
    if "first_break" not in memo:
        memo["first_break"] = next((t.i for t in doc if "\n" in t.text), len(doc))
    return memo["first_break"]  # type: ignore[return-value]


def _questions(doc: Doc) -> bytearray:
    """Non-zero on the tokens of sentences ending in a question mark (built once per Doc)."""
    memo = doc_cache(doc)
    if "questions" not in memo:
        marks = bytearray(len(doc))
        for sent in doc_sents(doc):
            last = next((t for t in reversed(sent) if not t.is_space), None)
            if last is not None and last.text == "?":
                marks[sent.start : sent.end] = b"\x01" * (sent.end - sent.start)
        memo["questions"] = marks
    return memo["questions"]  # type: ignore[return-value]


def candidates(tok: Token) -> list[Candidate]:
    """Every content ``tok`` may introduce, by relation: a clause (``ccomp``, also a question
    the parser hung on a verb of asking as a condition), an object with what is said of it
    (``dobj``), an infinitive or predicate (``xcomp``), a prepositional object
    (``prep_about``), the passive subject with what it is held to be (``nsubjpass``: "the deal
    was criticized", "the ferries are considered unsafe"), a raising verb's subject and
    predicate (``predicate``: "the harbour seems calm"), a ``that`` clause of a noun
    (``that``); each with its features."""
    if tok.pos_ not in CUE_POS:
        return []
    found: list[tuple[str, Token, int, int]] = []
    kids = list(tok.children)
    for c in kids:
        dep = c.dep_
        if dep in ("ccomp", "xcomp", "nsubjpass") and not (dep == "ccomp" and tok.pos_ == "NOUN"):
            lo = c.left_edge.i
            if dep == "xcomp" and (raised := _raised_subject(tok)) is not None:
                lo = raised.left_edge.i
            hi = c.right_edge.i
            if dep == "nsubjpass" and (held := _passive_predicate(tok)) is not None:
                hi = held.right_edge.i
            found.append((dep, c, lo, hi))
        elif dep in PREDICATE_DEPS and cue_lemma(tok) in RAISING_VERBS:
            # "the harbour seems calm": what is claimed, of the subject, with it
            if (raised := _raised_subject(tok)) is not None:
                found.append(("predicate", c, raised.left_edge.i, c.right_edge.i))
        elif dep == "advcl" and _asked_clause(tok, c):
            found.append(("ccomp", c, c.left_edge.i, c.right_edge.i))
        elif dep in ("acl", "ccomp") and tok.pos_ == "NOUN":
            if any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                found.append(("that", c, c.left_edge.i, c.right_edge.i))
        elif dep == "dobj":
            said = [
                s.right_edge.i
                for s in kids
                if s.i > c.i
                and (s.dep_ == "oprd" or (s.dep_ == "prep" and s.lower_ in TARGET_PREPS))
            ]
            found.append(("dobj", c, c.left_edge.i, max([c.right_edge.i, *said])))
        elif dep == "prep":
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                found.append((f"prep_{c.lower_}", obj, obj.left_edge.i, obj.right_edge.i))
    found = [f for f in found if f[3] - f[2] <= MAX_CONTEXT_TOKENS]
    if not found:
        return []
    lemma = cue_lemma(tok)
    source, kind = source_kind(tok)
    context = _context(tok)
    if source is not None:
        # who the source is: a person, an organisation, "voters", "polls", "he"
        context += [f"st:{source.ent_type_ or source.pos_}", f"sl:{source.lemma_.lower()}"]
    out = []
    for rel, head, lo, hi in found:
        words = hi - lo + 1
        size = next((b for b in LENGTH_BUCKETS if words <= b), "more")
        feats = (
            f"l:{lemma}",
            f"lr:{lemma}|{rel}",
            f"lrk:{lemma}|{rel}|{kind}",
            f"r:{rel}",
            f"rk:{rel}|{kind}",
            f"k:{kind}",
            f"len:{rel}|{size}",
            f"c:{rel}|{head.lemma_.lower()}",
            f"lk:{lemma}|{kind}",
            f"ld:{lemma}|{tok.dep_}",
            f"cf:{rel}|{tok.doc[lo].lower_ if tok.doc[lo].is_stop else tok.doc[lo].pos_}",
            *sorted({f"ce:{rel}|{t.ent_type_}" for t in tok.doc[lo : hi + 1] if t.ent_type_}),
            *(f"l:{lemma}|{c}" for c in context if c in ("nested", "negated", "question")),
            f"ct:{rel}|{head.tag_}",
            *context,
            *(f"r:{rel}|{c}" for c in context),
        )
        out.append(Candidate(rel, source, lo, hi, feats))
    return out


def _passive_predicate(tok: Token) -> Token | None:
    """What a passive verb holds its subject to be, after it ("the old ferries are considered
    [unsafe]", "the plan was called [a disgrace]"): the claim is of the subject and its
    predicate together, and PolNeAR's content runs over both (the subject alone covers too
    little of it). On PolNeAR train texts 0-167, held out, all-attribution P/R/F1
    0.8229/0.7260/0.7714 -> 0.8220/0.7272/0.7717; dev 0.8496/0.7372/0.7894 ->
    0.8503/0.7386/0.7905 (each model refit)."""
    return next((c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i), None)


def _asked_clause(tok: Token, clause: Token) -> bool:
    """Whether an adverbial clause of ``tok`` is the question a verb of asking puts, misread as
    a condition ("asked workers if they planned to attend the caucuses"): an "if" or "whether"
    clause after the verb. (On PolNeAR train, of such clauses no rule or candidate reached, 9
    annotated contents, none not annotated; texts 0-167, held out, all-attribution P/R/F1
    0.8224/0.7254/0.7709 -> 0.8229/0.7260/0.7714; dev 0.8496/0.7368/0.7892 ->
    0.8496/0.7372/0.7894, each model refit.)"""
    return (
        cue_lemma(tok) in ASKING_VERBS
        and clause.i > tok.i
        and any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in clause.children)
    )


def _raised_subject(tok: Token) -> Token | None:
    """The subject of a raising verb or a passive before its infinitive ("the plan seemed to
    work", "Clinton is expected to win"): what is claimed is of it, so the content holds it
    (PolNeAR's annotators take it in)."""
    if cue_lemma(tok) not in RAISING_VERBS and not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)


def probability(features: tuple[str, ...]) -> float:
    """The model's probability that a candidate with these features is an attribution."""
    m = model()
    z = m.bias + sum(m.weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-z))


def learned_report(tok: Token, lemma: str) -> Learned | None:
    """The most probable candidate ``tok`` (of :func:`cue_lemma` ``lemma``) opens, with its
    trimmed content span, once the model gives it :data:`MIN_PROBABILITY` (a lemma of the model's
    list) or :data:`UNSEEN_MIN_PROBABILITY` (any other), a clause at most
    :data:`CLAUSE_MIN_PROBABILITY`."""
    if tok.pos_ not in CUE_POS:
        return None
    least = MIN_PROBABILITY if lemma in model().lemmas else UNSEEN_MIN_PROBABILITY
    best: Learned | None = None
    for cand in candidates(tok):
        if "question" in cand.features and "k:dialogue" in cand.features:
            continue  # "Do you think…?" asks; it reports nobody's claim
        p = probability(cand.features)
        floor = min(least, CLAUSE_MIN_PROBABILITY) if cand.relation in CLAUSE_RELATIONS else least
        if p < floor or (best is not None and p <= best.probability):
            continue
        named = tok.doc[cand.lo].pos_ == "PROPN"
        start, end = trimmed(tok.doc, cand.lo, cand.hi, 1 if named else MIN_CONTENT_WORDS)
        if end > start:
            best = Learned(cand, start, end, p)
    return best


def _complementiser(tok: Token, hi: int) -> bool:
    """Whether ``tok`` (in a content ending at token ``hi``) only introduces it: a
    complementiser the parser marks so, or a "that" it took for its clause's object though
    the clause's own subject follows ("told police [that] Pally had been drinking":
    that/dobj, Pally/nsubj; an object written before its subject is no English clause). A
    "that" that is the subject ("officials say that is unlikely") is what was said of."""
    if tok.lower_ not in COMPLEMENTISERS:
        return False
    if tok.dep_ == "mark":
        return True
    return (
        tok.lower_ == "that"
        and tok.dep_ in OBJECT_DEPS
        and any(c.dep_ in SUBJECT_DEPS and tok.i < c.i <= hi for c in tok.head.children)
    )


def misread_that(tok: Token) -> bool:
    """Whether ``tok``, opening a content, is a complementiser "that" the parse hung elsewhere
    (:func:`_complementiser` keeps it, and so the spans PolNeAR is scored and fit on): tagged a
    conjunction but a determiner by the parse ("announced that part of…"), or a pronoun before
    a gerund ("told the Duma that folding Crimea…"), with no finite verb after it, so that it
    is no demonstrative subject ("officials say that is unlikely"), nor set off by a comma
    ('“That,” he said, “includes me.”'). A reader takes the content without it."""
    if tok.lower_ != "that" or tok.dep_ == "mark" or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    finite = after.pos_ == "AUX" or "Fin" in after.morph.get("VerbForm")
    gerund = tok.pos_ == "PRON" and after.tag_ == "VBG"
    return (tok.pos_ == "SCONJ" or gerund) and not finite and not after.is_punct


def concession(tok: Token) -> bool:
    """Whether ``tok`` is the "said" of a writer's "That said," opening a sentence: it grants
    what came before and goes on in the writer's own words. The parser takes "That" for its
    subject and the sentence after the comma for what was said ("That said, voters say they…"
    read as a report by "That"; "That said, the deal could hurt Sprint, said Ostrau" listed
    as Ostrau's words with the writer's "That said," before them). (PolNeAR train: 4 false
    alarms gone, no other attribution changed; dev unchanged. Multi-News: 207's listing.)"""
    doc = tok.doc
    return (
        tok.lower_ == "said"
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text in CONCESSION_SUBJECTS
        and doc[tok.i + 1].text == ","
    )


def in_concession(tok: Token) -> bool:
    """Whether ``tok`` is a word of a writer's "That said," (:func:`concession`): its "said"
    or its "That"."""
    doc = tok.doc
    return concession(tok) or (tok.i + 1 < len(doc) and concession(doc[tok.i + 1]))


def trimmed(doc: Doc, lo: int, hi: int, min_words: int) -> tuple[int, int]:
    """Character span of tokens ``lo..hi`` without the edge punctuation, a leading
    complementiser ("that", "whether"), a writer's "That said," (:func:`concession`) and a
    trailing conjunction whose second half the parse hung elsewhere ("... atop a car under
    repairs — but"); (0, 0) when fewer than ``min_words`` words are left. Another
    subordinating word opening the content is its own ("As the mayor spoke, a boy was hit,
    police said" does not lose its "As"), and so is a second one after the complementiser
    ("pledged that, [if] confirmed, he would serve")."""
    opened = False
    while lo <= hi and (
        doc[lo].is_punct
        or doc[lo].is_space
        or (not opened and _complementiser(doc[lo], hi))
        or in_concession(doc[lo])
    ):
        opened = opened or _complementiser(doc[lo], hi)
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi < lo or sum(1 for t in doc[lo : hi + 1] if t.is_alpha) < min_words:
        return 0, 0
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    text = doc_text(doc)
    if sum(text.count(m, start, end) for m in '“”"') % 2 == 1:
        if start and text[start - 1] in '“"' and text.find("”", start, end) >= 0:
            # content opening with a quoted phrase keeps its opening mark ('“nuances” that…')
            start -= 1
        else:
            # content ending in a quoted phrase keeps its closing mark ('trying "to buy time."')
            close = _CLOSING.match(text, end)
            if close is not None:
                end = close.end()
    return start, end
