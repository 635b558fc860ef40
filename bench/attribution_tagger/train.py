"""Fine-tune the MiniLM attribution tagger on PolNeAR train minus the held-out tenth (torch venv).

h282's recipe: 2 epochs at :data:`LR` from the sentence encoder (``ep0.pt``, ``ep1.pt``), then
one more epoch from ``ep1.pt`` at 2e-5 (``--init ep1.pt --epochs 1 --lr 2e-5 --tag cont``):
``cont0.pt``, the model of the README's (b) figure. Warm-up and decay span the whole run.

Usage: ``python bench/attribution_tagger/train.py DATA MODEL_DIR OUT [--epochs 2] [--lr 5e-5]
[--init CKPT --tag cont]``; writes ``OUT/<tag><epoch>.pt``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import tagger as tg
import torch
from records import Record, heldout_ids, load

LR = 5e-5  # the usual BERT fine-tuning rate; 2e-5 for the extra epoch
EPOCHS = 2  # held-out F1 rose from epoch 0 to 1 (0.7234 -> 0.7488, tagger alone)
BATCH = 16  # windows per step: ~3 s a step on 2 CPU threads
WARMUP_PARTS = 10  # linear warm-up over the first tenth of the steps, then linear decay
WEIGHT_DECAY = 0.01  # AdamW's customary value for BERT fine-tuning; not tuned here
CLIP_NORM = 1.0  # gradient norm clip, the customary guard against a bad batch; not tuned
# Weight of the Cue and Source losses next to the Content loss: context for the encoder, not
# scored, so they count half (not tuned).
AUX_WEIGHT = 0.5
THREADS = 2  # the machine's cores
SEED = 0


def _chunks(tok: Any, train: list[Record], held: set[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for rec in train:
        if rec["id"] in held:
            continue
        ids, _offsets, labels = tg.encode(tok, rec)
        out.extend((ids[s:e], labels[s:e]) for s, e in tg.windows(len(ids)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="export.py's folder")
    ap.add_argument("model_dir", type=Path, help="all-MiniLM-L6-v2 (transformers folder)")
    ap.add_argument("out", type=Path, help="folder for the checkpoints")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--lr", type=float, default=LR)
    ap.add_argument("--init", type=Path, help="start from this checkpoint")
    ap.add_argument("--tag", default="ep", help="checkpoint name prefix")
    args = ap.parse_args()
    torch.set_num_threads(THREADS)
    torch.manual_seed(SEED)
    random.seed(SEED)
    tok = tg.tokenizer(args.model_dir)
    held = heldout_ids(args.data)
    chunks = _chunks(tok, load(args.data / "train.jsonl"), held)
    print("train windows", len(chunks), flush=True)
    model = tg.Tagger(args.model_dir)
    if args.init:
        model.load_state_dict(torch.load(args.init))
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=WEIGHT_DECAY)
    steps_per_epoch = (len(chunks) + BATCH - 1) // BATCH
    total = steps_per_epoch * args.epochs
    warm = max(1, total // WARMUP_PARTS)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    ce = torch.nn.CrossEntropyLoss(ignore_index=-100)
    args.out.mkdir(parents=True, exist_ok=True)
    for ep in range(args.epochs):
        order = list(range(len(chunks)))
        random.shuffle(order)
        t0 = time.time()
        for step, b in enumerate(range(0, len(order), BATCH), 1):
            part = [chunks[k] for k in order[b : b + BATCH]]
            x, m = tg.batchify(tok, [c[0] for c in part])
            y = np.full((len(part), x.shape[1], len(tg.TASKS)), -100, dtype=np.int64)
            for i, (_, lab) in enumerate(part):
                y[i, 1 : len(lab) + 1] = lab  # [CLS], [SEP] and padding are ignored
            target = torch.from_numpy(y)
            logits = model(x, m)
            losses = [
                ce(logits[:, :, k].reshape(-1, tg.N_LABELS), target[:, :, k].reshape(-1))
                for k in range(len(tg.TASKS))
            ]
            (losses[0] + AUX_WEIGHT * (losses[1] + losses[2])).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), CLIP_NORM)
            opt.step()
            sched.step()
            opt.zero_grad()
            if step % 20 == 0:
                per = (time.time() - t0) / step
                print(
                    f"ep {ep} step {step}/{steps_per_epoch} content loss "
                    f"{losses[0].item():.4f} {per:.2f}s/step",
                    flush=True,
                )
        torch.save(model.state_dict(), args.out / f"{args.tag}{ep}.pt")
        print(f"epoch {ep} done in {(time.time() - t0) / 60:.1f} min", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
