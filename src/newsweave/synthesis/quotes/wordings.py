"""How two wordings of quoted words compare: one sentence, a piece of it, or another statement.

:mod:`.merging` decides which mentions are one utterance; this module holds what it asks of
two wordings. Wordings are compared after normalising marks, case, punctuation and spacing
(:func:`normalise_quote`): equal, one found word for word inside the other, one keeping most of
the other's words in order and saying what they say (:func:`compare_wordings`), or two
translations of one sentence (:func:`translates`). However alike, a wording that negates what
the other says plainly is another statement (:func:`opposed`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from newsweave.nlp.embed import Embedder

# Share of a quote's words found, in order, in another quote's window for both to be one
# utterance: two translations of one sentence keep ~3/4 of their words ("…and their sponsors"
# vs "…and their curators"), unrelated sentences sharing a phrase keep under half.
SAME_WORD_SHARE = 0.6


# Share of the shorter wording's content words that two wordings matched on their words in
# order (:data:`SAME_WORD_SHARE`) must share too: the words in order may be only "to", "take",
# "their" ("people to take their seats" / "to take matters into their own hands", none shared);
# on Multi-News, renderings of one sentence share 3/7 and more ("I am in Tripoli and not in
# Venezuela. Don't believe those misleading dog stations" / "… the channels belonging to stray
# dogs"), two statements of one speaker 3/8 ("released 1,000 mink from … in Ebensburg" /
# "released about 1,800 mink from … in Burley").
SAME_CONTENT_SHARE = 0.4


# ...or, sharing fewer, this embedding cosine: on Multi-News, one sentence in other words scores
# 0.73 and more ("…an affair" / "…a relationship", "he was among those killed" / "he was
# believed to be among those who died"), two statements 0.56 and less ("he was unwilling to
# do" / "he was willing to compromise", "people to take their seats": 0.25).
SAME_MEANING_COSINE = 0.70


# Fewer words than this match by accident.
MIN_VARIANT_WORDS = 5


# A window of the longer quote may be at most this much longer than the shorter quote.
MAX_WINDOW_STRETCH = 1.6


# Below this length ratio (shorter/longer) a matching shorter quote is a piece, not a variant.
FRAGMENT_LENGTH_RATIO = 0.75


# Pieces shorter than this (normalised characters) match by accident ("the war")...
MIN_FRAGMENT_CHARS = 16


# ...unless the same named speaker says them: three words of a person's quote found word for
# word in a longer quote of theirs are a piece of it (Macron's "to buy time" / "…but he still
# wants to buy time"); two words ("not enough") are a phrase anyone repeats.
MIN_SPEAKER_FRAGMENT_WORDS = 3


# Variants of one utterance less similar than this (character similarity, 0-100) are a
# paraphrase, not two renderings of one sentence (a translation keeps its structure).
TRANSLATION_MIN_RATIO = 55


# Two translations of one sentence: embedding cosine and the share of the shorter one's content
# words found in the other. On the seeds, translations score 0.78/0.70 ("broke off negotiations
# in 2022… without any preconditions" twice) and a translated piece (much shorter: the CLOSE
# thresholds apply to pieces only) 0.64/0.67 ("some new truces, a new ceasefire"); two different
# Putin sentences about resuming talks score 0.67/0.57.
TRANSLATION_COSINE = 0.70


TRANSLATION_OVERLAP = 0.5


CLOSE_TRANSLATION_COSINE = 0.60


CLOSE_TRANSLATION_OVERLAP = 0.65


# A translation shares at least this many content words (one shared word is a topic, not a sentence).
MIN_SHARED_CONTENT_WORDS = 2


# Words that negate what follows; "won't", "don't" arrive without their apostrophe.
NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "nor",
        "cannot",
        "dont",
        "doesnt",
        "didnt",
        "wont",
        "cant",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "couldnt",
        "shouldnt",
        "wouldnt",
        "havent",
        "hasnt",
        "hadnt",
    }
)


# Four-digit numbers in this range are years, not amounts ("from 2011 to 2014").
YEARS = (1800, 2100)
# How many words after a negator it reaches ("will not sign", "not be able to sign").
NEGATION_REACH = 3


# Content words are compared on their first characters ("proposing" / "propose",
# "negotiate" / "negotiations"): a translator's choice of word form is not a different word.
STEM_CHARS = 5


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


@dataclass(frozen=True)
class WordingMatch:
    """How a shorter normalised wording relates to a longer one it resembles."""

    same: bool  # one utterance at nearly one length: the two mentions merge
    score: float = 0.0  # the share of the shorter's words found in the longer (1.0: all, verbatim)


def compare_wordings(
    ns: str, nl: str, known_speaker: bool, embedder: Embedder
) -> WordingMatch | None:
    """Whether the shorter wording ``ns`` is ``nl``, a piece of it, or unrelated (None).

    ``known_speaker``: both mentions name the same speaker, so a shorter piece counts.
    Words matched in order only make one utterance when the wording says what the words it
    matches say (:func:`_says_the_same`, judged with ``embedder``).
    """
    if ns == nl:
        return WordingMatch(same=True, score=1.0)
    k = nl.find(ns)
    long_enough = len(ns) >= MIN_FRAGMENT_CHARS or (
        known_speaker and len(ns.split()) >= MIN_SPEAKER_FRAGMENT_WORDS
    )
    if (
        k >= 0
        and long_enough
        and (k == 0 or nl[k - 1] == " ")
        and (k + len(ns) == len(nl) or nl[k + len(ns)] == " ")
    ):
        return WordingMatch(same=False, score=1.0)  # a verbatim piece
    words = ns.split()
    if len(words) < MIN_VARIANT_WORDS:
        return None
    # the words aligned in order are at most the words the two share: most pairs of an
    # event's quotes fail on that count alone, without the alignment
    shared = (Counter(words) & Counter(nl.split())).total()
    if shared < SAME_WORD_SHARE * len(words):
        return None
    share, a, b = _word_align(ns, nl)
    if share < SAME_WORD_SHARE or opposed(ns, nl) or not _says_the_same(ns, nl[a:b], embedder):
        return None
    if negation_differs(ns, nl[a:b]) or other_figures(ns, nl):
        # "it is the largest sauropod foot ever discovered" / "it didn't belong to the largest
        # dinosaur ever discovered": the words it matches, said the other way
        return None
    return WordingMatch(same=len(ns) / len(nl) >= FRAGMENT_LENGTH_RATIO, score=share)


def _says_the_same(ns: str, window: str, embedder: Embedder) -> bool:
    """Whether the shorter wording ``ns`` says what the stretch ``window`` of the longer one it
    matches says, not only in the same function words: it shares content words with it
    (:data:`SAME_CONTENT_SHARE` of its own), or another word for the same thing gives it the
    same meaning (:data:`SAME_MEANING_COSINE`: "there was ever an affair" / "there was ever a
    relationship")."""
    short = content_words(ns)
    shared = len(short & content_words(window))
    if shared and shared >= SAME_CONTENT_SHARE * len(short):
        return True
    vecs = np.asarray(embedder.encode([ns, window]), dtype=np.float32)
    return float(vecs[0] @ vecs[1]) >= SAME_MEANING_COSINE


def content_words(norm: str) -> frozenset[str]:
    """A wording's content words, cut to :data:`STEM_CHARS` characters."""
    return frozenset(
        w[:STEM_CHARS] for w in norm.split() if w not in STOP_WORDS and (len(w) > 2 or w.isdigit())
    )


def _polarity(norm: str) -> tuple[set[str], set[str]]:
    """A wording's content words said negated ("will not sign") and said plainly."""
    negated: set[str] = set()
    plain: set[str] = set()
    reach = 0
    for w in norm.split():
        if w in NEGATORS:
            reach = NEGATION_REACH
            continue
        if w not in STOP_WORDS and len(w) > 2:
            (negated if reach else plain).add(w[:STEM_CHARS])
        reach = max(0, reach - 1)
    return negated, plain


def _negated(norm: str) -> bool:
    """Whether a wording holds a negator (:data:`NEGATORS`)."""
    return any(w in NEGATORS for w in norm.split())


def negation_differs(a: str, b: str) -> bool:
    """Whether one of two wordings of one stretch of speech is negated and the other not: a
    rendering keeps its "not", whatever else it says in other words."""
    return _negated(a) != _negated(b)


def _figures(norm: str) -> set[tuple[str, str]]:
    """A wording's figures: each number with the word right after it that says what it counts,
    singular and cut to :data:`STEM_CHARS` ("50 time", "1000 mink"; "10 year" of both "10 years"
    and "a 10-year term"). A year counts nothing ("the act of 1964 a mistake", "from 2011 to
    2014 to the center"), and neither does a number before a function word ("$700 a week")."""
    return {
        (w, nxt.removesuffix("s")[:STEM_CHARS])
        for w, nxt in pairwise(norm.split())
        if w.isdigit()
        and not YEARS[0] <= int(w) <= YEARS[1]
        and nxt.isalpha()
        and nxt not in STOP_WORDS
    }


def other_figures(a: str, b: str) -> bool:
    """Whether two wordings give one quantity another figure ("released 1,000 mink" /
    "released about 1,800 mink") or one figure for another quantity ("a risk 50 times lower" /
    "5 in 1,000, compared with 50 percent"): two statements, however alike their words. A
    figure only one of them gives, or gives in words ("eleven million"), tells nothing."""
    fa, fb = _figures(a), _figures(b)
    for mine, theirs in ((fa - fb, fb), (fb - fa, fa)):
        for number, unit in mine:
            if any((n == number) != (u == unit) for n, u in theirs):
                return True
    return False


def opposed(a: str, b: str) -> bool:
    """One wording negates what the other says plainly: "we will (not) sign the treaty" are
    two statements, however alike their words."""
    neg_a, plain_a = _polarity(a)
    neg_b, plain_b = _polarity(b)
    return bool(neg_a & plain_b) or bool(neg_b & plain_a)


def translates(cosine: float, a: frozenset[str], b: frozenset[str], piece: bool) -> bool:
    """Whether two wordings of one speaker read as translations of one sentence (``piece``:
    the shorter renders only part of it, so it shares fewer words and less meaning)."""
    shared = len(a & b)
    if shared < MIN_SHARED_CONTENT_WORDS:
        return False
    overlap = shared / min(len(a), len(b))
    if cosine >= TRANSLATION_COSINE and overlap >= TRANSLATION_OVERLAP:
        return True
    return piece and cosine >= CLOSE_TRANSLATION_COSINE and overlap >= CLOSE_TRANSLATION_OVERLAP


def contained(short: str, long_: str) -> bool:
    """``short`` stands word for word inside ``long_`` (normalised wordings)."""
    k = long_.find(short)
    return (
        k >= 0
        and (k == 0 or long_[k - 1] == " ")
        and (k + len(short) == len(long_) or long_[k + len(short)] == " ")
    )


def variant_relation(texts: list[str], lead: str) -> str:
    """Same structure with other words → translation variant; reworded → paraphrase.

    Each wording not found word for word in the leading one is compared with the stretch of
    the longer of the two that it matches (a piece is compared with what it renders).
    """
    for t in dict.fromkeys(texts):
        if contained(t, lead) or contained(lead, t):
            continue
        short, long_ = sorted((t, lead), key=len)
        _share, a, b = _word_align(short, long_)
        window = long_[a:b] if b > a else long_
        similarity = 100 * SequenceMatcher(None, short, window, autojunk=False).ratio()
        if similarity < TRANSLATION_MIN_RATIO:
            return "paraphrase"
    return "translation variant"


def _word_align(short: str, long_: str) -> tuple[float, int, int]:
    """Share of ``short``'s words matched in order in ``long_``, and the matched char window."""
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
