"""Per-wordpiece probabilities of a tagger checkpoint on held-out train and dev (torch venv).

The only inference step that needs torch: decode.py (main venv) reads the pickle, so decoding
and scoring use bench/bench_quotes.py's metric with no second copy of it.

Usage: ``python bench/attribution_tagger/probs.py DATA MODEL_DIR CKPT OUT.pkl``; the pickle is
``{"held" | "dev": [{"id", "offs": int64 (n, 2), "probs": float32 (n, 3 tasks, 3)}]}``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

import tagger as tg
import torch
from records import heldout_ids, load

THREADS = 2  # the machine's cores
BATCH = 16  # windows per forward pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="export.py's folder")
    ap.add_argument("model_dir", type=Path, help="all-MiniLM-L6-v2 (transformers folder)")
    ap.add_argument("ckpt", type=Path, help="train.py's checkpoint")
    ap.add_argument("out", type=Path, help="the pickle to write")
    args = ap.parse_args()
    torch.set_num_threads(THREADS)
    tok = tg.tokenizer(args.model_dir)
    model = tg.Tagger(args.model_dir)
    model.load_state_dict(torch.load(args.ckpt))
    model.eval()
    held = heldout_ids(args.data)
    out = {}
    for split, path in (("held", "train.jsonl"), ("dev", "dev.jsonl")):
        recs = [r for r in load(args.data / path) if split == "dev" or r["id"] in held]
        t0 = time.time()
        res = []
        for rec in recs:
            ids, offsets, _labels = tg.encode(tok, rec)
            res.append(
                {
                    "id": rec["id"],
                    "offs": offsets,
                    "probs": tg.predict_probs(model, tok, ids, BATCH),
                }
            )
        chars = sum(len(r["text"]) for r in recs)
        print(f"{split}: {len(recs)} texts, {chars / (time.time() - t0):.0f} chars/s", flush=True)
        out[split] = res
    with args.out.open("wb") as fh:
        pickle.dump(out, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
