"""Fit the reported-speech model of ``patterns`` on PolNeAR train: ``reported_weights.json``.

Examples. Every unquoted token of a train text that the hand-written rules of
:mod:`newsweave.synthesis.quotes.reported` leave alone (they report nothing at it) gives one
example per content it opens (:func:`newsweave.synthesis.quotes.patterns.candidates`: a
clause, an object, an infinitive, a prepositional object…, each with its features: cue
lemma, relation, source kind, nesting, question, negation, tense, content head and length,
the word the token hangs on, the headline, the content's first word and names).
An example is positive when the token lies in the Cue span of an annotated attribution (any
of its tokens: see :func:`cue_tokens`) that the rules' output (``extract_quotes``) does not already match, and the
content, trimmed as it would be reported, covers at least half of that attribution's
Content (the bench's match, ``bench_quotes.py``). Contents that are (almost) wholly a direct
quote are left out: the direct quote reports them already.

Model. An L2-regularised logistic regression (numpy, full-batch Adagrad) over the features
seen at least ``MIN_FEATURE_COUNT`` times; weights under ``MIN_WEIGHT`` are dropped; the
lemmas with at least ``MIN_LEMMA_HITS`` positives, one candidate of which the model puts near a
report (``LEMMA_MIN_LOGIT``), are listed: they are scored at run time against
``patterns.MIN_PROBABILITY``, any other lemma against the stricter
``patterns.UNSEEN_MIN_PROBABILITY``.
``--fold K`` (0 to ``FOLDS - 1``) holds out the K-th of ``FOLDS`` consecutive blocks of train
texts, fits on the rest, prints precision and recall of the held-out block at a few
thresholds and writes that model, to be measured with ``bench_quotes.py --split train --skip
K*168 --limit 168`` (``MIN_PROBABILITY`` was chosen so, over folds); without it the model is
fit on all of train, the one to commit.
Only ``train/`` is read; dev stays unseen.

Reproducibility. The fit is deterministic (two runs write the same bytes), but its examples
depend on what the rules of :mod:`newsweave.synthesis.quotes.reported` and the rest of quote
extraction report: a token the rules take is no example, an attribution they match is no
positive. So every change to the quote code can change the fit, and the committed file is
only the model of the code it was fit with. Session 24 found the file fit with the code of
921ad93 (a refit there writes the same bytes); the next change to the rules, 0221e36, and 45
quote commits after it were never refit: 7,606 of ~8,100 weights had moved (2,222 by more than
0.01), PolNeAR dev all-attribution F1 0.7897 with the old file, 0.7853 with the honest refit.
After a change to the quote code, refit, or ``--check`` that the committed file is still what
the code fits (exit status 1 and the count of changed weights when it is not; nothing written).
The test suite runs ``--check`` (``tests/synthesis/test_reported_model.py``), so a quote change
that moves the fit fails until the file is refit and committed with it.

Contextual vectors, tried and not adopted (session 22; standardised dense features of the cue
token and the content head, fit jointly with the sparse ones, dense step 0.05, L2 1e-2).
spaCy's own tok2vec rows (``doc.tensor``, free at run time): all-attribution F1 on held-out
texts 0-167 / 168-335 / 336-503 0.7696 / 0.7464 / 0.7716 → 0.7658 / 0.7471 / 0.7777, no
gain. MiniLM's last hidden state (each sentence through the int8 ONNX model): → 0.7758 /
0.7567 / 0.7844 (recall +0.02, precision −0.005, speaker accuracy −0.002 to −0.006; with
MIN_PROBABILITY 0.35, 0.7732 / 0.7540 / 0.7815 at the old precision), but
quote extraction runs about ten times slower (0.2-0.6 s more per 4,500-character article):
worth taking up only once the weave's sentence embedding hands its token states over.

Cue lemmas grouped by meaning, tried and not adopted (session 24): four in ten of the
attributions the rules miss are of lemmas with fewer than 20 candidates in train, where the
model finds 26% of them against 50% for the common ones. Each candidate lemma of train embedded
alone by MiniLM, spherical k-means (25 to 200 groups), the group alone, by relation and by
source kind as features: on the five held-out fifths all-attribution F1 0.7672 -> 0.7681 to
0.7700 (100 groups: P/R 0.8258/0.7163 -> 0.8242/0.7201), dev 0.7853 -> 0.7877; but the groups
lift sourceless passives of stance verbs ("The Kremlin's statement that talks would resume
[was welcomed] in Geneva" reported as nobody's welcome, swallowing the statement's own report:
tests/synthesis/test_reported.py fails); of 10 new false alarms read, nine are deeds (never
listed as words) and one "the talk of [a walkout ended]", which would be.

Tried and not adopted (session 25), on the five held-out fifths of train (each fit on the
other four; all-attribution P/R/F1 estimated over all of train, 0.8267/0.7166/0.7678):
whether the content holds a verb of its own and whether an object is headed by a noun of
something said (``cues.REPORT_NOUNS | HELD_NOUNS | MEDIUM_NOUNS``), as features: F1 0.7673,
no gain (the object's own lemma, ``c:``, already tells the common ones). L2 1e-3 instead of
1e-4: precision 0.850, recall 0.654, F1 0.740 at the same threshold (the probabilities
shrink). A bare object of "call" read as a telephone call ("Obama called both candidates"):
on train 19 false alarms fewer but 41 annotated contents lost, the parser hanging "called
the plan 'a disgrace'" on the object as one phrase.

Usage: ``nice .venv/bin/python bench/learn_reported.py [--cache F] [--fold K | --check]``
(``--cache``: a DocBin of the train texts in ``files("train")`` order, parsed by the same
pipeline; written when missing, to save the parse on reruns).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_quotes import (  # noqa: E402
    DIRECT_SHARE,
    MIN_OVERLAP,
    files,
    match_attributions,
    parse_ann,
    predicted_attributions,
)
from bench_quotes import gold_attributions as gold_contents  # noqa: E402
from newsweave.config import Settings  # noqa: E402
from newsweave.models import Article  # noqa: E402
from newsweave.nlp import get_spacy  # noqa: E402
from newsweave.synthesis.quotes import patterns, reported  # noqa: E402
from newsweave.synthesis.quotes.extraction import extract_quotes  # noqa: E402
from newsweave.synthesis.quotes.spans import find_quote_spans  # noqa: E402

OUT = ROOT / "src" / "newsweave" / "synthesis" / "quotes" / "reported_weights.json"
# A feature seen fewer times than this in train says too little to weigh (cross-validated on
# three held-out fifths: 5 gains a little over 10 and 20, the long tail of cue lemmas being
# where the misses are).
MIN_FEATURE_COUNT = 5
# Weights smaller than this change no probability by more than about two percent: left out.
# (Cross-validated: 0.1 keeps 8,000 of 14,000 weights at the same held-out gain as 0.05; 0.2
# loses 4% of it.)
MIN_WEIGHT = 0.1
# A cue lemma is listed (scored at run time against MIN_PROBABILITY, not the stricter
# UNSEEN_MIN_PROBABILITY) once train holds this many attributions of it. (One:
# on each of the five held-out fifths, all-attribution F1 +0.0007 to +0.0017 over two, the
# lemmas seen once being where the general features, a clause and a named source, still
# speak; speaker accuracy within 0.001.)
MIN_LEMMA_HITS = 1
# ...and once one of its train candidates comes near a report (probability 0.4): a lemma whose
# candidates all stay far from one is no surer a cue than a lemma train never showed.
LEMMA_MIN_LOGIT = math.log(0.4 / 0.6)
# Adagrad: full-batch iterations, step size, L2 penalty (per example).
ITERATIONS = 400
STEP = 0.5
L2 = 1e-4
# Cross-validation: train split into this many consecutive blocks of texts.
FOLDS = 5


def quoted_chars(text: str) -> bytearray:
    """Non-zero on quoted characters and their marks, as the extraction marks them."""
    out = bytearray(len(text) + 1)
    for sp in find_quote_spans(text):
        a, b = max(0, sp.start - 1), min(len(text), sp.end + 1)
        out[a:b] = b"\x01" * (b - a)
    return out


def cue_tokens(doc, frags) -> set[int]:  # type: ignore[no-untyped-def]
    """Every token of a Cue span. Not only its syntactic root: annotators often take the
    copula or a light verb into the cue ("is critical of", "was quick to point out", "took
    aim at"), whose root opens no content; the word that does ("critical", "point") is the
    cue the model must learn (on train, 146 of the first 300 texts' cues have a "be" root)."""
    toks = set()
    for a, b in frags:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            toks.update(t.i for t in span)
    return toks


def covered(start: int, end: int, frags) -> float:  # type: ignore[no-untyped-def]
    """Share of the Content fragments ``frags`` inside ``start..end``."""
    total = sum(b - a for a, b in frags)
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in frags)
    return inside / total if total else 0.0


Row = tuple[tuple[str, ...], bool, str]  # (features, an attribution the rules miss, lemma)


def candidates_of(doc, text: str, ann: Path) -> list[Row]:  # type: ignore[no-untyped-def]
    """One text's candidates: (features, is an attribution the rules miss, cue lemma)."""
    quoted = quoted_chars(text)
    gold = gold_contents(text, ann, doc)
    preds = predicted_attributions(extract_quotes(Article(id=ann.stem, text=text), doc))
    matched = {j for _, j in match_attributions(preds, gold, False)}
    open_frags = {tuple(g.frags) for j, g in enumerate(gold) if j not in matched}
    spans, rels = parse_ann(ann)
    # the unmatched attributions by the tokens of their cue
    by_root: dict[int, list[list[tuple[int, int]]]] = {}
    for rel in rels:
        content, cue = rel.get("Content"), rel.get("Cue")
        if content not in spans or cue not in spans:
            continue
        frags = sorted(spans[content][1])
        if tuple(frags) not in open_frags:
            continue
        for i in cue_tokens(doc, spans[cue][1]):
            by_root.setdefault(i, []).append(frags)
    ruled = {r.cue.i for r in reported.find_reported(doc, quoted)}
    out = []
    for tok in doc:
        if quoted[tok.idx] or tok.i in ruled:
            continue
        for cand in patterns.candidates(tok):
            named = doc[cand.lo].pos_ == "PROPN"
            start, end = patterns.trimmed(
                doc, cand.lo, cand.hi, 1 if named else patterns.MIN_CONTENT_WORDS
            )
            hi = reported.extended_end(tok, cand.lo, cand.hi, quoted)
            if end > start and hi > cand.hi:
                start, end = patterns.trimmed(doc, cand.lo, hi, 1)  # as it would be reported
            if end <= start:
                continue
            letters = [k for k in range(start, end) if text[k].isalnum()]
            if not letters or sum(quoted[k] > 0 for k in letters) >= DIRECT_SHARE * len(letters):
                continue
            hit = any(covered(start, end, f) >= MIN_OVERLAP for f in by_root.get(tok.i, ()))
            out.append((cand.features, hit, patterns.cue_lemma(tok)))
    return out


def fit(rows: list[Row]) -> dict[str, object]:
    """L2-regularised logistic regression (full-batch Adagrad) on the features seen at least
    MIN_FEATURE_COUNT times; the lemmas with at least MIN_LEMMA_HITS attributions."""
    seen = Counter(f for feats, _, _ in rows for f in feats)
    names = sorted(f for f, n in seen.items() if n >= MIN_FEATURE_COUNT)
    index = {f: k for k, f in enumerate(names)}
    r_idx, c_idx = [], []
    for i, (feats, _, _) in enumerate(rows):
        for f in feats:
            k = index.get(f)
            if k is not None:
                r_idx.append(i)
                c_idx.append(k)
    rr, cc = np.array(r_idx), np.array(c_idx)
    y = np.array([hit for _, hit, _ in rows], dtype=float)
    n, m = len(rows), len(names)
    w, b = np.zeros(m), 0.0
    gw2, gb2 = np.full(m, 1e-8), 1e-8
    for _ in range(ITERATIONS):
        z = b + np.bincount(rr, weights=w[cc], minlength=n)
        g = 1.0 / (1.0 + np.exp(-z)) - y
        grad = np.bincount(cc, weights=g[rr], minlength=m) / n + L2 * w
        gb = float(g.mean())
        gw2 += grad * grad
        gb2 += gb * gb
        w -= STEP * grad / np.sqrt(gw2)
        b -= STEP * gb / math.sqrt(gb2)
    weights = {f: round(float(v), 3) for f, v in zip(names, w, strict=True) if abs(v) >= MIN_WEIGHT}
    z = b + np.bincount(rr, weights=w[cc], minlength=n)
    near = {lemma for (_, _, lemma), zi in zip(rows, z, strict=True) if zi >= LEMMA_MIN_LOGIT}
    hits = Counter(lemma for _, hit, lemma in rows if hit)
    lemmas = sorted(lemma for lemma, k in hits.items() if k >= MIN_LEMMA_HITS and lemma in near)
    return {"bias": round(b, 3), "weights": weights, "lemmas": lemmas}


def report(model: dict[str, object], rows: list[Row]) -> None:
    """Precision and attributions found among ``rows`` at a few probability thresholds (for the
    listed lemmas; the others at ``patterns.UNSEEN_MIN_PROBABILITY`` or the threshold if higher)."""
    weights: dict[str, float] = model["weights"]  # type: ignore[assignment]
    lemmas = set(model["lemmas"])  # type: ignore[arg-type]
    bias = float(model["bias"])  # type: ignore[arg-type]
    scored = [
        (
            1 / (1 + math.exp(-(bias + sum(weights.get(f, 0.0) for f in feats)))),
            hit,
            lemma in lemmas,
        )
        for feats, hit, lemma in rows
    ]
    total = sum(hit for _, hit, _ in rows)
    for t in (0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8):
        unseen = max(t, patterns.UNSEEN_MIN_PROBABILITY)
        picked = [hit for p, hit, listed in scored if p >= (t if listed else unseen)]
        prec = sum(picked) / len(picked) if picked else 0.0
        print(
            f"  p>={t}: {len(picked)} picked, {sum(picked)} of {total} found, precision {prec:.3f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, help="DocBin of the train parse (read or written)")
    ap.add_argument(
        "--fold",
        type=int,
        choices=range(FOLDS),
        help="hold out this block of train texts, report on it (choosing MIN_PROBABILITY)",
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help="fit on all of train and compare with the committed file instead of writing it",
    )
    args = ap.parse_args()
    if args.check and args.fold is not None:
        ap.error("--check compares the model of all of train: no --fold")
    from spacy.tokens import DocBin

    nlp = get_spacy(Settings.from_env())
    pairs = files("train")
    texts = [txt.read_text(encoding="utf-8") for txt, _ in pairs]
    if args.cache is not None and args.cache.exists():
        docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(texts, batch_size=16))
        if args.cache is not None:
            DocBin(docs=docs).to_disk(args.cache)
    # the rules alone: what they report already is not the model's to decide
    real = reported.learned_report
    reported.learned_report = lambda tok, lemma: None  # type: ignore[assignment]
    per_text = [
        candidates_of(doc, text, ann)
        for doc, text, (_, ann) in zip(docs, texts, pairs, strict=True)
    ]
    reported.learned_report = real  # type: ignore[assignment]
    size = len(per_text) // FOLDS
    lo, hi = (args.fold * size, (args.fold + 1) * size) if args.fold is not None else (0, 0)
    rows = [r for k, rs in enumerate(per_text) if not lo <= k < hi for r in rs]
    model = fit(rows)
    print(f"candidates {len(rows)}, attributions {sum(h for _, h, _ in rows)}")
    print(f"features {len(model['weights'])}, lemmas {len(model['lemmas'])}")  # type: ignore
    held = [r for rs in per_text[lo:hi] for r in rs]
    if held:
        print(f"held out: texts {lo}-{hi - 1}")
        report(model, held)
    else:
        report(model, rows)
    # (a model of part of train is for choosing thresholds: refit on all before committing)
    kept = f"all but {lo}-{hi - 1}" if held else f"0-{len(per_text) - 1}"
    model["source"] = f"PolNeAR train texts {kept}, fit by bench/learn_reported.py"
    written = json.dumps(model, indent=0, sort_keys=True) + "\n"
    if args.check:
        return check(model, written)
    OUT.write_text(written, encoding="utf-8")
    return 0


def check(model: dict[str, object], written: str) -> int:
    """0 when the committed file is what the code fits; else 1, saying how far apart they are."""
    committed = OUT.read_text(encoding="utf-8")
    if committed == written:
        print(f"{OUT.name}: reproduced")
        return 0
    old: dict[str, float] = json.loads(committed)["weights"]
    new: dict[str, float] = model["weights"]  # type: ignore[assignment]
    changed = sum(old.get(f) != new.get(f) for f in old.keys() | new.keys())
    print(f"{OUT.name}: NOT what the code fits ({changed} weights differ): refit")
    return 1


if __name__ == "__main__":
    sys.exit(main())
