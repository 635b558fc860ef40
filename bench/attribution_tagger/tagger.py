"""The MiniLM BIO tagger of PolNeAR attributions: labels, windows and model (torch venv only).

Three BIO tasks per wordpiece: Content (the one that is scored), Cue and Source (extra targets
that teach the encoder what frames a content). Labels are set by character offsets on every
wordpiece. A content gets B only at the start of its first fragment: a later fragment of a
split quote starts with I after O, so the decoder can rejoin the halves; a content nested in
another gets no B of its own, because one BIO sequence cannot hold both.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the encoder is read from a local folder only
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch
from records import Record
from transformers import AutoModel, AutoTokenizer

# Wordpieces per window: 254 + [CLS] [SEP] = 256, the encoder's max_seq_length.
WINDOW = 254
# Window step: 62 wordpieces of overlap, so a wordpiece near one window's edge is also seen
# well inside the next, and the two predictions are averaged.
STRIDE = 192
TASKS = ("gold", "cues", "sources")  # record keys, in head order: Content, Cue, Source
OUTSIDE, BEGIN, INSIDE = 0, 1, 2  # label ids (decode.py reads probs[..., BEGIN] as 1)
N_LABELS = 3
DROPOUT = 0.1  # the encoder's own dropout rate, reused for the head


def _char_labels(
    n: int, spans: list[list[list[int]]], split_as_i: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Per character: inside any span, and start of a span (B). With ``split_as_i`` (contents)
    only a span's first fragment starts, and a span nested in another does not start."""
    inside = np.zeros(n + 1, dtype=bool)
    starts = np.zeros(n + 1, dtype=bool)
    outer = [(frags[0][0], frags[-1][1]) for frags in spans]
    for k, frags in enumerate(spans):
        for s, e in frags:
            inside[s:e] = True
        s0, e0 = outer[k]
        nested = any(
            j != k and a <= s0 and e0 <= b and (a, b) != (s0, e0) for j, (a, b) in enumerate(outer)
        )
        if split_as_i and nested:
            continue
        for s, _e in frags[:1] if split_as_i else frags:
            starts[s] = True
    return inside, starts


def _wordpiece_labels(offsets: np.ndarray, inside: np.ndarray, starts: np.ndarray) -> np.ndarray:
    out = np.full(len(offsets), OUTSIDE, dtype=np.int64)
    for t, (s, e) in enumerate(offsets):
        if e <= s:
            continue
        if starts[s:e].any():
            out[t] = BEGIN
        elif inside[s]:
            out[t] = INSIDE
    return out


def encode(tok: Any, rec: Record) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Wordpiece ids, character offsets (n, 2) and labels (n, 3 tasks) of one text."""
    enc = tok(  # verbose=False: windows, not the whole text, go through the model
        rec["text"], add_special_tokens=False, return_offsets_mapping=True, verbose=False
    )
    ids = np.array(enc["input_ids"], dtype=np.int64)
    offsets = np.array(enc["offset_mapping"], dtype=np.int64).reshape(-1, 2)
    labels = []
    for task in TASKS:
        spans = [g["frags"] for g in rec["gold"]] if task == "gold" else rec[task]
        inside, starts = _char_labels(len(rec["text"]), spans, split_as_i=task == "gold")
        labels.append(_wordpiece_labels(offsets, inside, starts))
    return ids, offsets, np.stack(labels, 1)


def windows(n: int) -> list[tuple[int, int]]:
    """(start, end) wordpiece windows covering 0..n."""
    out, s = [], 0
    while True:
        e = min(n, s + WINDOW)
        out.append((s, e))
        if e >= n:
            return out
        s += STRIDE


class Tagger(torch.nn.Module):
    """The sentence encoder with one linear head: 3 tasks x 3 labels per wordpiece."""

    def __init__(self, model_dir: Path) -> None:
        super().__init__()
        self.enc = AutoModel.from_pretrained(str(model_dir))
        self.drop = torch.nn.Dropout(DROPOUT)
        self.head = torch.nn.Linear(self.enc.config.hidden_size, len(TASKS) * N_LABELS)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = self.enc(input_ids=ids, attention_mask=mask).last_hidden_state
        return self.head(self.drop(h)).view(ids.shape[0], ids.shape[1], len(TASKS), N_LABELS)


def tokenizer(model_dir: Path) -> Any:
    return AutoTokenizer.from_pretrained(str(model_dir))


def batchify(tok: Any, chunks: list[np.ndarray]) -> tuple[torch.Tensor, torch.Tensor]:
    """Id chunks -> padded [CLS] chunk [SEP] ids and their attention mask."""
    width = max(len(c) for c in chunks) + 2
    ids = np.full((len(chunks), width), tok.pad_token_id, dtype=np.int64)
    mask = np.zeros((len(chunks), width), dtype=np.int64)
    for i, c in enumerate(chunks):
        ids[i, 0] = tok.cls_token_id
        ids[i, 1 : len(c) + 1] = c
        ids[i, len(c) + 1] = tok.sep_token_id
        mask[i, : len(c) + 2] = 1
    return torch.from_numpy(ids), torch.from_numpy(mask)


@torch.no_grad()
def predict_probs(model: Tagger, tok: Any, ids: np.ndarray, batch: int) -> np.ndarray:
    """Per-wordpiece softmax probabilities (n, 3 tasks, 3), averaged where windows overlap."""
    n = len(ids)
    acc = np.zeros((n, len(TASKS), N_LABELS), dtype=np.float32)
    cnt = np.zeros(n, dtype=np.float32)
    spans = windows(n)
    for b in range(0, len(spans), batch):
        part = spans[b : b + batch]
        x, m = batchify(tok, [ids[s:e] for s, e in part])
        p = torch.softmax(model(x, m), -1).numpy()
        for k, (s, e) in enumerate(part):
            acc[s:e] += p[k, 1 : e - s + 1]
            cnt[s:e] += 1
    return acc / cnt[:, None, None]
