"""Off-topic blocks on real cases: seed 004's raw tail and articles assembled from two real texts."""

from __future__ import annotations

import json
import random

from conftest import DATA, need
from newsweave.models import Article
from newsweave.offtopic import blocks, offtopic_spans, offtopic_spans_batch, paragraphs


def test_blocks_are_paragraphs_with_exact_offsets():
    text = "  First para.\n\nSecond para\nstill second.\n\n\nThird."
    bl = paragraphs(text)
    assert [b.text for b in bl] == ["First para.", "Second para\nstill second.", "Third."]
    assert all(text[b.start : b.end] == b.text for b in bl)
    long = "\n\n".join(f"Sentence number {i} of a story told in short paragraphs." for i in range(12))
    joined = blocks(long)
    assert 2 <= len(joined) < 12 and all(long[b.start : b.end] == b.text for b in joined)
    assert joined[0].start == 0 and joined[-1].end == len(long)


def test_seed_004_raw_tail_is_cut(seeds_dir):
    raw = (seeds_dir / "004_0695376d25cec0db.txt").read_text(encoding="utf-8")
    art = Article(id="004", text=raw)
    spans = offtopic_spans(art)
    cut = " ".join(raw[s.start : s.end] for s in spans)
    # the tariffs / gold futures item and the Kallas interview belong to other stories
    assert "Gold futures dropped" in cut
    assert "Kaja Kallas" in cut
    # the story itself (Putin's proposal of talks in Istanbul) is untouched
    story_end = raw.index("Hashtags")
    assert all(s.start >= story_end - 1 for s in spans)
    assert "Istanbul" not in cut


def test_cleaned_seeds_keep_everything(seed_articles):
    assert offtopic_spans_batch(seed_articles) == [[] for _ in seed_articles]


def _ecb(limit: int = 200) -> list[dict]:
    path = need(DATA / "ecbplus" / "documents.jsonl", "ECB+")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(limit), fh, strict=False)]


def test_assembled_related_tail_is_cut_and_story_kept():
    docs = [d for d in _ecb(400) if len(d["text"].split("\n")) >= 6]
    rng = random.Random(7)
    arts, bounds = [], []
    for k in range(20):
        a, b = rng.sample(docs, 2)
        while a["topic"] == b["topic"]:
            a, b = rng.sample(docs, 2)
        story = "\n\n".join(a["text"].split("\n"))
        tail = "\n\n".join(b["text"].split("\n")[1:7])
        text = story + "\n\nRelated Articles\n\n" + tail
        arts.append(Article(id=f"mix{k}", text=text))
        bounds.append(len(story))
    res = offtopic_spans_batch(arts)
    detected = 0
    for art, spans, story_len in zip(arts, res, bounds, strict=True):
        # never cut into the lead (the first paragraphs that define the story)
        assert all(s.start > 300 for s in spans)
        if any(s.end == len(art.text) and s.start >= story_len * 0.8 for s in spans):
            detected += 1
    # one-sentence paragraphs (ECB+ texts) are the hard case: measured 19/20
    assert detected >= 15, f"only {detected}/20 foreign tails cut"
    # the same articles without the tail: one-sentence paragraphs far from their lead are
    # sometimes taken for another story (measured: 0 of these 20, 3 before the lead-word
    # pre-filter); real paragraphs are not
    # (test_cleaned_seeds_keep_everything)
    plain = [Article(id=f"p{k}", text=a.text[:b]) for k, (a, b) in enumerate(zip(arts, bounds, strict=True))]
    flagged = sum(bool(s) for s in offtopic_spans_batch(plain))
    assert flagged <= 3
