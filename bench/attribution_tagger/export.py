"""Export PolNeAR texts, gold spans and newsweave's attributions to JSONL for the tagger.

Runs in main's venv (no torch): the gold and newsweave's predictions come from
bench/bench_quotes.py's own loaders, so the tagger is trained on and scored against exactly
the attributions the bench counts. The files hold PolNeAR text, so they go to a folder given
on the command line, never into the repo.

Usage: ``PYTHONPATH=src .venv/bin/python bench/attribution_tagger/export.py OUT
--train-cache /tmp/s46/train.spacy --dev-cache /tmp/s46/dev.spacy``
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench_quotes

from records import HELDOUT_FILE
from spacy.tokens import DocBin

import bench_quotes as bq
from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes

# A tenth of train is held out: every decoding parameter is chosen there, dev is scored once.
HELDOUT_SHARE = 0.1
# Seed of the held-out draw (h282's run: 84 texts, /tmp/s47/h282/data/heldout_ids.json).
HELDOUT_SEED = 47


def _role_spans(ann: Path, role: str) -> list[list[tuple[int, int]]]:
    """Fragments of every span filling ``role`` (Cue, Source) in an attribution relation:
    extra training targets that tell the tagger what surrounds a content."""
    spans, rels = bq.parse_ann(ann)
    out: list[list[tuple[int, int]]] = []
    for rel in rels:
        ref = rel.get(role)
        if ref and ref in spans:
            frags = sorted(spans[ref][1])
            if frags not in out:
                out.append(frags)
    return out


def _frags(atts: list[bq.Attribution]) -> list[dict[str, object]]:
    return [{"frags": a.frags, "form": a.form} for a in atts]


def export(split: str, cache: Path, out: Path) -> list[str]:
    """Write ``out/<split>.jsonl`` (one text a line) and return the text ids in order."""
    nlp = get_spacy(Settings.from_env())
    pairs = bq.files(split)
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    if len(docs) != len(pairs):
        raise SystemExit(f"{cache}: {len(docs)} parses for {len(pairs)} {split} texts")
    ids = []
    with (out / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
        for (txt, ann), doc in zip(pairs, docs, strict=True):
            text = txt.read_text(encoding="utf-8")
            mentions = extract_quotes(Article(id=txt.stem, text=text), doc)
            rec = {
                "id": txt.stem,
                "text": text,
                "gold": _frags(bq.gold_attributions(text, ann, doc)),
                "cues": _role_spans(ann, "Cue"),
                "sources": _role_spans(ann, "Source"),
                "pred": _frags(bq.predicted_attributions(mentions)),
            }
            fh.write(json.dumps(rec) + "\n")
            ids.append(txt.stem)
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="folder for train.jsonl, dev.jsonl, heldout_ids.json")
    ap.add_argument("--train-cache", type=Path, required=True, help="DocBin of the train parse")
    ap.add_argument("--dev-cache", type=Path, required=True, help="DocBin of the dev parse")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    train_ids = export("train", args.train_cache, args.out)
    dev_ids = export("dev", args.dev_cache, args.out)
    order = list(range(len(train_ids)))
    random.Random(HELDOUT_SEED).shuffle(order)
    held = sorted(train_ids[i] for i in order[: int(len(train_ids) * HELDOUT_SHARE)])
    (args.out / HELDOUT_FILE).write_text(json.dumps(held), encoding="utf-8")
    print(f"train {len(train_ids)} (held out {len(held)}), dev {len(dev_ids)} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
