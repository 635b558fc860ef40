"""Off-topic blocks on real cases: seed 004's raw tail and articles assembled from two real texts."""

from __future__ import annotations

import json
import random

from conftest import DATA, need
from newsweave.config import Settings
from newsweave.events.offtopic import blocks, offtopic_spans, offtopic_spans_batch, paragraphs
from newsweave.models import Article
from newsweave.nlp import get_embedder

EMBEDDER = get_embedder(Settings())  # the default model


def test_blocks_are_paragraphs_with_exact_offsets():
    text = "  First para.\n\nSecond para\nstill second.\n\n\nThird."
    bl = paragraphs(text)
    assert [b.text for b in bl] == ["First para.", "Second para\nstill second.", "Third."]
    assert all(text[b.start : b.end] == b.text for b in bl)
    long = "\n\n".join(
        f"Sentence number {i} of a story told in short paragraphs." for i in range(12)
    )
    joined = blocks(long)
    assert 2 <= len(joined) < 12 and all(long[b.start : b.end] == b.text for b in joined)
    assert joined[0].start == 0 and joined[-1].end == len(long)


def test_seed_004_raw_tail_is_cut(seeds_dir):
    raw = (seeds_dir / "004_0695376d25cec0db.txt").read_text(encoding="utf-8")
    art = Article(id="004", text=raw)
    spans = offtopic_spans(art, embedder=EMBEDDER)
    cut = " ".join(raw[s.start : s.end] for s in spans)
    # the tariffs / gold futures item and the Kallas interview belong to other stories
    assert "Gold futures dropped" in cut
    assert "Kaja Kallas" in cut
    # the story itself (Putin's proposal of talks in Istanbul) is untouched
    story_end = raw.index("Hashtags")
    assert all(s.start >= story_end - 1 for s in spans)
    assert "Istanbul" not in cut


def test_cleaned_seeds_keep_everything(seed_articles):
    assert offtopic_spans_batch(seed_articles, embedder=EMBEDDER) == [[] for _ in seed_articles]


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
    res = offtopic_spans_batch(arts, embedder=EMBEDDER)
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
    plain = [
        Article(id=f"p{k}", text=a.text[:b])
        for k, (a, b) in enumerate(zip(arts, bounds, strict=True))
    ]
    flagged = sum(bool(s) for s in offtopic_spans_batch(plain, embedder=EMBEDDER))
    assert flagged <= 3


def _aeb_bodies() -> list[str]:
    """AEB's ground-truth article bodies: true body text only, nothing in them is foreign."""
    path = need(DATA / "aeb" / "ground-truth.json", "AEB")
    truth = json.loads(path.read_text(encoding="utf-8"))
    return [truth[k]["articleBody"] for k in sorted(truth)]


def test_aeb_true_bodies_are_not_cut():
    # closing paragraphs that drift from the lead (spec sheets, Q&A, recipe steps, a quote) are
    # the story's own: measured 0 of 181 cut (27 when the lead similarity alone decided)
    arts = [Article(id=f"aeb{k}", text=t) for k, t in enumerate(_aeb_bodies())]
    cut = [
        a.id for a, s in zip(arts, offtopic_spans_batch(arts, embedder=EMBEDDER), strict=True) if s
    ]
    assert len(cut) <= 2, cut


def _first_line(text: str) -> str:
    return text.strip().split("\n")[0][:110].rsplit(" ", 1)[0]


def test_short_headline_list_under_a_cue_is_cut():
    bodies = [t for t in _aeb_bodies() if t.count("\n\n") >= 6]
    rng = random.Random(3)
    detected = story_cut = 0
    arts, bounds = [], []
    for k in range(20):
        story, *others = (t.strip() for t in rng.sample(bodies, 4))
        tail = "\n\n".join(_first_line(t) for t in others)
        arts.append(Article(id=f"h{k}", text=f"{story}\n\nYou may also like\n\n{tail}"))
        bounds.append(len(story))
    for art, spans, n in zip(
        arts, offtopic_spans_batch(arts, embedder=EMBEDDER), bounds, strict=True
    ):
        detected += any(s.end == len(art.text) and n <= s.start <= n + 2 for s in spans)
        story_cut += any(s.start < n for s in spans)
    # three headlines (about 20 words) are too few to cut without the cue; measured 13/20, 2 cut
    assert detected >= 10 and story_cut <= 3, (detected, story_cut)


def test_box_under_a_cue_mid_article_is_cut():
    bodies = [t for t in _aeb_bodies() if t.count("\n\n") >= 6]
    rng = random.Random(3)
    arts, boxes = [], []
    for k in range(20):
        story, other = rng.sample(bodies, 2)
        paras = story.strip().split("\n\n")
        head = "\n\n".join(paras[: len(paras) // 2])
        box = "Read more\n\n" + "\n\n".join(other.strip().split("\n\n")[:2])
        arts.append(
            Article(id=f"b{k}", text=f"{head}\n\n{box}\n\n" + "\n\n".join(paras[len(paras) // 2 :]))
        )
        boxes.append((len(head) + 2, len(head) + 2 + len(box)))
    res = offtopic_spans_batch(arts, embedder=EMBEDDER)
    found = sum(
        any(s.start == a and abs(s.end - b) < 3 for s in spans)
        for spans, (a, b) in zip(res, boxes, strict=True)
    )
    over = sum(
        any(s.start < a or s.end > b + 2 for s in spans)
        for spans, (a, b) in zip(res, boxes, strict=True)
    )
    # without the cue a box mid-article is left in (drifting body paragraphs look the same);
    # under one it is cut exactly: measured 7/20 here, 7-10 over random seeds 1-6 (a box on the
    # story's own subject is kept). Over-cuts (the box's last short paragraph joined to the
    # story's next one; a box two paragraphs from the end taking the end): measured 2-5.
    assert found >= 5 and over <= 6, (found, over)
