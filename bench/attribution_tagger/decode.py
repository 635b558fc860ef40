"""Decode the tagger's probabilities into attributions and score them with the bench's metric.

Runs in main's venv (no torch): reads export.py's JSONL and probs.py's pickle. Two systems:
(a) the tagger alone, (b) newsweave's attributions plus every tagger attribution overlapping
none of them. Every decoding parameter is chosen on the held-out tenth of train (best all-F1
over the grids below), then applied once to dev: dev is never used to choose anything.
Matching, gold and forms are bench/bench_quotes.py's own (:func:`bench_quotes.match_attributions`).

Usage: ``PYTHONPATH=src .venv/bin/python bench/attribution_tagger/decode.py DATA PROBS.pkl``
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench_quotes

from records import Record, load

import bench_quotes as bq

# Grids searched on held-out train (h282: 54 decodings x 4 thresholds per system).
IN_THRESHOLDS = (0.2, 0.3, 0.4)  # P(B) + P(I) at or above which a wordpiece is content
JOIN_GAPS = (40, 120, 400)  # chars of O an I-run may follow and still continue an attribution
# P(B) at or above which a content wordpiece opens a new attribution; None: when P(B) > P(I).
B_THRESHOLDS = (None, 0.15, 0.3)
NO_SENTENCE_JOIN = (False, True)  # refuse to join an I-run across a sentence end
SCORE_THRESHOLDS = (0.0, 0.5, 0.7, 0.8)  # least mean content probability kept
# Fixed by h282, not searched: a shorter run is a sliver of a word or two, rarely a content.
MIN_CHARS = 15
# Held-out F1s equal to this many decimals are a tie, kept by the first grid point in the
# order above (h282's rule): one attribution more or less moves held F1 by ~3e-4.
F1_DECIMALS = 4
TRIM = " \n\t,;:"  # stripped from both ends of a fragment, as the gold spans are
_SENT_END = re.compile(r"[.!?][\"”’']?\s|\n")


@dataclass(frozen=True)
class Decoding:
    """How wordpiece probabilities become spans (one point of the grid)."""

    t_in: float
    join_gap: int
    t_b: float | None
    no_sentence_join: bool


@dataclass(frozen=True)
class Tagged:
    """A decoded attribution: content fragments and mean content probability (confidence)."""

    frags: tuple[tuple[int, int], ...]
    score: float


@dataclass(frozen=True)
class Scores:
    """All-attribution and strict precision, recall, F1 (bench_quotes' definitions)."""

    all_prf: tuple[float, float, float]
    strict_prf: tuple[float, float, float]
    counts: tuple[int, int, int]  # matched, predicted, gold (all)

    def line(self) -> str:
        (p, r, f), (sp, sr, sf) = self.all_prf, self.strict_prf
        return (
            f"all P {p:.4f} R {r:.4f} F1 {f:.4f} | strict P {sp:.4f} R {sr:.4f} F1 {sf:.4f} "
            f"| matched/pred/gold {self.counts}"
        )


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in TRIM:
        e -= 1
    while s < e and text[s] in TRIM:
        s += 1
    return s, e


def decode(text: str, offs: np.ndarray, probs: np.ndarray, dec: Decoding) -> list[Tagged]:
    """Runs of content wordpieces -> attributions. A B opens one; an I-run after O continues
    the previous one (the second half of a split quote) when the gap is at most
    ``join_gap`` chars (and, with ``no_sentence_join``, holds no sentence end)."""
    p = probs[:, 0, :]
    inside = (p[:, 1] + p[:, 2]) >= dec.t_in
    begin = inside & ((p[:, 1] > p[:, 2]) if dec.t_b is None else (p[:, 1] >= dec.t_b))
    atts: list[list[list[float]]] = []  # per attribution: fragments [start, end, prob sum, n]
    prev_in = False
    for t in range(len(offs)):
        s, e = int(offs[t][0]), int(offs[t][1])
        if e <= s:
            continue
        if not inside[t]:
            prev_in = False
            continue
        conf = float(p[t, 1] + p[t, 2])
        if prev_in and not begin[t]:
            cur = atts[-1][-1]
            cur[1] = e
            cur[2] += conf
            cur[3] += 1
        elif (
            begin[t]
            or not atts
            or s - atts[-1][-1][1] > dec.join_gap
            or (dec.no_sentence_join and _SENT_END.search(text, int(atts[-1][-1][1]), s))
        ):
            atts.append([[s, e, conf, 1]])
        else:
            atts[-1].append([s, e, conf, 1])
        prev_in = True
    out = []
    for frags_raw in atts:
        frags = [_trim(text, int(f[0]), int(f[1])) for f in frags_raw]
        frags = [f for f in frags if f[1] > f[0]]
        if frags and sum(e - s for s, e in frags) >= MIN_CHARS:
            score = sum(f[2] for f in frags_raw) / sum(f[3] for f in frags_raw)
            out.append(Tagged(tuple(frags), score))
    return out


def _attributions(items: list[dict[str, Any]]) -> list[bq.Attribution]:
    return [bq.Attribution([(s, e) for s, e in a["frags"]], a["form"], None) for a in items]


def _overlaps(t: Tagged, a: bq.Attribution) -> bool:
    return any(min(e, d) > max(s, c) for s, e in t.frags for c, d in a.frags)


def combine(
    system: str,
    text: str,
    quoted: bytearray,
    nw: list[bq.Attribution],
    tagged: list[Tagged],
    thr: float,
) -> list[bq.Attribution]:
    """(a) the tagger's spans at or above ``thr``; (b) newsweave's plus those of them that
    overlap no newsweave attribution (the tagger adds what the rules miss, never overrides)."""
    keep = [t for t in tagged if t.score >= thr]
    if system == "b":
        keep = [t for t in keep if not any(_overlaps(t, a) for a in nw)]
    added = [
        bq.Attribution(list(t.frags), bq.attribution_form(text, list(t.frags), quoted), None)
        for t in keep
    ]
    return (nw + added) if system == "b" else added


def score(preds: list[list[bq.Attribution]], golds: list[list[bq.Attribution]]) -> Scores:
    """Micro-averaged over the texts, as bench_quotes.py sums its counts."""
    out = {}
    for strict in (False, True):
        tp = n_pred = n_gold = 0
        for p, g in zip(preds, golds, strict=True):
            tp += len(bq.match_attributions(p, g, strict))
            n_pred += len(p)
            n_gold += len(g)
        out[strict] = (bq._prf(tp, n_pred, n_gold), (tp, n_pred, n_gold))
    return Scores(out[False][0], out[True][0], out[False][1])


def error_kinds(
    preds: list[list[bq.Attribution]], golds: list[list[bq.Attribution]]
) -> Counter[str]:
    """The bench's error kinds (all-attribution matching) summed over the texts."""
    out: Counter[str] = Counter()
    for p, g in zip(preds, golds, strict=True):
        out += bq.error_kinds(p, g, bq.match_attributions(p, g, strict=False))
    return out


class Split:
    """One scored split: texts, newsweave's and gold attributions, tagger probabilities, and
    the decodings made so far (each grid point is decoded once, scored at every threshold)."""

    def __init__(self, recs: list[Record], probs: list[dict[str, Any]]) -> None:
        by_id = {r["id"]: r for r in recs}
        self.recs = [by_id[pr["id"]] for pr in probs]
        self.probs = probs
        self.quoted = [bq.quoted_mask(r["text"]) for r in self.recs]
        self.newsweave = [_attributions(r["pred"]) for r in self.recs]
        self.gold = [_attributions(r["gold"]) for r in self.recs]
        self._decoded: dict[Decoding, list[list[Tagged]]] = {}

    def preds(self, system: str, dec: Decoding, thr: float) -> list[list[bq.Attribution]]:
        if dec not in self._decoded:
            self._decoded[dec] = [
                decode(r["text"], pr["offs"], pr["probs"], dec)
                for r, pr in zip(self.recs, self.probs, strict=True)
            ]
        return [
            combine(system, r["text"], q, nw, tg, thr)
            for r, q, nw, tg in zip(
                self.recs, self.quoted, self.newsweave, self._decoded[dec], strict=True
            )
        ]

    def score(self, system: str, dec: Decoding, thr: float) -> Scores:
        return score(self.preds(system, dec, thr), self.gold)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="export.py's folder")
    ap.add_argument("probs", type=Path, help="probs.py's pickle")
    args = ap.parse_args()
    with args.probs.open("rb") as fh:
        probs = pickle.load(fh)
    held = Split(load(args.data / "train.jsonl"), probs["held"])
    dev = Split(load(args.data / "dev.jsonl"), probs["dev"])
    for name, sp in (("held", held), ("dev", dev)):
        print(f"newsweave {name}:", score(sp.newsweave, sp.gold).line())
        print(f"  errors: {dict(sorted(error_kinds(sp.newsweave, sp.gold).items()))}")
    grid = [
        Decoding(*point)
        for point in itertools.product(IN_THRESHOLDS, JOIN_GAPS, B_THRESHOLDS, NO_SENTENCE_JOIN)
    ]
    for system in ("a", "b"):
        dec, thr = max(
            itertools.product(grid, SCORE_THRESHOLDS),
            key=lambda c: round(held.score(system, c[0], c[1]).all_prf[2], F1_DECIMALS),
        )
        print(f"\n({system}) chosen on held-out train: {dec}, score >= {thr}")
        print("  held:", held.score(system, dec, thr).line())
        print("  dev: ", dev.score(system, dec, thr).line())
        errors = error_kinds(dev.preds(system, dec, thr), dev.gold)
        print(f"  dev errors: {dict(sorted(errors.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
