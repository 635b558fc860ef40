"""Whether a statement is the writer's own verdict on the news, told as if it were news.

An event told in columns and reactions (a speech the next morning's pages weigh) gives the
brief sentences such as "Obama's re-election proposition remains pretty bad" or "From a
tactical standpoint, it's wise for the president to avoid discussing race": a judgement no
one in the sentence is said to hold, which a brief that states it bare passes off as what
happened. A newsroom prints who did what, and a reading only marked as one; the brief labels
such a sentence analysis (:func:`~newsweave.synthesis.brief_opening.wording_label`), which
keeps it out while the news fills the brief and never lets it open one.

Three shapes, read outside quotation marks and only where the sentence names no one saying
or holding it (:data:`~newsweave.synthesis.quotes.cues.CUE_LEMMAS`, "according to"):

- its main clause (or a clause joined to it) says its subject is good or bad in a word of
  judgement (:data:`VERDICT_ADJECTIVES`: "is cool", "remains pretty bad", "it's wise to");
- a verb is judged by how it was done (:data:`VERDICT_ADVERBS`: "eloquently rebutted");
- its main verb is the writer's guess at what is (:data:`GUESSES`: "would probably be more
  than happy", "almost certainly did not anticipate");
- its main verb tells how someone or something strikes the writer (:data:`IMPRESSIONS`:
  "seems content to let things stand", "comes off as the cinematic equivalent of a cover
  band", "plays like a smart and stylish thriller"): a critic's or a columnist's reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.nlp import PRESENT_TAGS, SUBJECT_DEPS, doc_cache, doc_text
from newsweave.synthesis.quotes.cues import CUE_LEMMAS
from newsweave.synthesis.statements import WRITERS_VERDICTS
from newsweave.text.lexicons import in_ranges, quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# Adjectives that grade what their subject is worth, not what it is ("cool", "wise", "bad";
# not "old", "dead", "likely"): said of the news by no one named, the writer's judgement.
VERDICT_ADJECTIVES = frozenset(
    {"good", "bad", "great", "excellent", "terrible", "awful", "horrible", "dreadful",
     "wise", "unwise", "foolish", "smart", "stupid", "dumb", "brilliant", "clever",
     "cool", "gimmicky", "impressive", "disappointing", "admirable", "shameful",
     "disgraceful", "ridiculous", "absurd", "silly", "pathetic", "dishonest", "cynical",
     "mediocre", "boring", "dull", "lame", "refreshing", "delightful", "wonderful",
     "fantastic", "amazing", "awesome", "appalling", "outrageous", "inexcusable",
     "misguided", "overrated", "underrated", "important",
     # (a critic's grades of a work: "Larson is wonderful", "the picture is visually splendid")
     "terrific", "superb", "splendid", "sublime", "marvelous", "magnificent", "exquisite",
     "exhilarating", "riveting", "gripping", "dazzling", "mesmerizing", "masterful", "stylish",
     "witty", "charming", "hilarious", "goofy", "clunky", "tedious", "bland", "forgettable",
     "pretentious", "insufferable", "dreary", "inept"}
)  # fmt: skip
# Adverbs that judge how someone did something ("eloquently rebutted", "wisely stayed away"):
# the writer's grade of the act, not a manner anyone could check.
VERDICT_ADVERBS = frozenset(
    {"eloquently", "wisely", "unwisely", "foolishly", "rightly", "rightfully",
     "sensibly", "admirably", "shamefully", "graciously", "bravely", "courageously",
     "brilliantly", "skillfully", "skilfully", "gratifyingly", "commendably"}
)  # fmt: skip
# Adverbs by which the writer guesses at what is or was ("would probably be happy", "almost
# certainly did not anticipate"), besides the writer's "surely" of a detail
# (:data:`~newsweave.synthesis.statements.WRITERS_VERDICTS`); "might" and "may" are read apart
# (:func:`~newsweave.synthesis.brief_opening.supposes`).
GUESSES = frozenset({"probably", "doubtless"}) | frozenset(WRITERS_VERDICTS)
# Main verbs by which the writer tells how someone or something strikes them, each with the
# particle or preposition that makes it so ("seems content", "comes off as", "comes across
# as", "plays like"; not "came off the bench" nor "played in the final"), in the present
# only. Read on Multi-News validation: of the 44 sentences whose main verb is "seem" with no
# one saying them, the 30 in the present are each the writer's reading of the news; of the
# 14 in the past, a third set a scene someone saw ("The streets seemed alive with people").
IMPRESSIONS: dict[str, frozenset[str] | None] = {
    "seem": None,  # (any "seem": no particle needed)
    "come": frozenset({"off", "across"}),
    "play": frozenset({"like"}),
}
# "almost certainly": a guess; "certainly" alone is as often an intensifier ("certainly
# struggling").
_ALMOST, _CERTAINLY = "almost", "certainly"
# Verbs that may carry a complement of judgement ("is", "remains pretty bad", "seems wise",
# "proved disappointing").
_COPULAS = frozenset({"be", "remain", "seem", "look", "sound", "prove", "appear"})
# The contracted "is" ("it's wise"), which the tagger lemmatises as its apostrophe.
_CONTRACTED_IS = frozenset({"'s", "’s"})
# Dependencies of a clause joined to the main one ("... pretty bad, but it's marginally less
# bad"): a judgement told there is the sentence's too.
_JOINED = frozenset({"conj"})


def writer_verdict(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a statement's parse) is the writer's verdict: a judgement of worth of
    a main clause's subject, a judged manner, or a guess (the module's three shapes), outside
    quotation marks and not told as anyone's words (:func:`_held`)."""
    if span is None or not len(span):
        return False
    # (the marks of the whole text: a sentence inside a quotation of several sentences has
    # none of its own, "In a way it has been good to have time ...," said the couple)
    quotes = text_quotes(span.doc)
    outside = [t for t in span if not in_ranges(t.idx, quotes)]
    if any(t.lower_ == "according" for t in outside):
        return False  # "..., according to the report": someone holds it
    mine = {t.i for t in outside}
    # (a joined clause with a subject of its own: the parse joins a misread verb too, "stories
    # suggesting the visit ... was good" read as "needled ... and was good")
    clauses = [
        span.root,
        *(
            c
            for c in span.root.children
            if c.dep_ in _JOINED and any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ),
    ]
    found = [w for v in clauses for w in _judged(v, mine)]
    found += [w for v in (span.root, *span.root.conjuncts) for w in _guessed(v, mine)]
    found += [v for v in (span.root, *span.root.conjuncts) if v.i in mine and _strikes(v)]
    # (a judged manner of saying is the writer's too: "eloquently answered")
    found += [t.head for t in outside if t.lower_ in VERDICT_ADVERBS and t.dep_ == "advmod"]
    return any(not _held(t, span.start) for t in found)


def text_quotes(doc: Doc) -> list[tuple[int, int]]:
    """The quotations of the whole text (:func:`~newsweave.text.lexicons.quoted_ranges`, in
    characters of ``doc``), read once per Doc: the brief asks of every wording of an article,
    and a sentence inside a quotation of several sentences has no marks of its own."""
    memo = doc_cache(doc)
    if "text_quotes" not in memo:
        memo["text_quotes"] = quoted_ranges(doc_text(doc))
    return memo["text_quotes"]  # type: ignore[return-value]


def _held(t: Token, start: int) -> bool:
    """Whether ``t`` is in words told as someone's: under a verb of saying or of a stance
    (:data:`CUE_LEMMAS`: "Krugman writes that the plan is bad", "is bad, Frum argued") from
    token ``start`` on, where the statement's words begin: the writer's "That said," before
    them says nothing of anyone's."""
    return any(a.lemma_.lower() in CUE_LEMMAS for a in t.ancestors if a.i >= start)


def _judged(verb: Token, mine: set[int]) -> list[Token]:
    """The words of judgement (:data:`VERDICT_ADJECTIVES`) by which ``verb``, a copula (the
    contracted "is" too: "it's wise"), says its subject is good or bad,
    and those joined to them ("cool — and also very, very gimmicky"), in the writer's words
    (``mine``: the token indices outside quotation marks)."""
    if verb.lemma_.lower() not in _COPULAS and verb.lower_ not in _CONTRACTED_IS:
        return []
    said = [c for c in verb.children if c.dep_ == "acomp" and c.i in mine]
    said += [j for c in said for j in c.conjuncts]
    return [c for c in said if c.lemma_.lower() in VERDICT_ADJECTIVES]


def _strikes(verb: Token) -> bool:
    """Whether ``verb`` tells how its subject strikes the writer (:data:`IMPRESSIONS`: "seems",
    "comes off as", "plays like"), in the present: the writer's reading as they write ("seems
    content to"); "The streets seemed alive with people" sets a scene someone saw."""
    lemma = verb.lemma_.lower()
    if lemma not in IMPRESSIONS or not _present(verb):
        return False
    words = IMPRESSIONS[lemma]
    if words is None:
        return True
    kids = [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")]
    # "comes off as": the particle, and the "as" that says what it strikes one as
    return any(w in kids for w in words) and (lemma != "come" or "as" in kids)


def _present(verb: Token) -> bool:
    """Whether ``verb`` is in the simple present, told by "do" too ("doesn't come across")."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return (
        verb.tag_ == "VB"
        and bool(aux)
        and all(a.lemma_ == "do" and a.tag_ in PRESENT_TAGS for a in aux)
    )


def _guessed(verb: Token, mine: set[int]) -> list[Token]:
    """The writer's guesses (:data:`GUESSES`, "almost certainly") on ``verb``, a clause's
    head, or on its auxiliary ("probably will not"), outside quotation marks."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    out: list[Token] = []
    for c in (c for h in heads for c in h.children):
        if c.dep_ != "advmod" or c.i not in mine:
            continue
        word = c.lower_
        if word in GUESSES or (word == _CERTAINLY and any(g.lower_ == _ALMOST for g in c.children)):
            out.append(c)
    return out
