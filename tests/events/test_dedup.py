"""Near-duplicates on real texts: reprints linked, different reports of one event not."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from conftest import DATA, need
from newsweave.events.dedup import (
    DuplicateLink,
    NearDuplicateIndex,
    jaccard_estimate,
    minhash,
    shingles,
    signature,
)
from newsweave.models import Article


def _seed_texts(seeds_dir) -> list[Article]:
    return [
        Article(id=p.stem, text=p.read_text(encoding="utf-8"))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]


def jaccard(a: set[int], b: set[int]) -> float:
    """The exact shingle Jaccard: what the MinHash estimates."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _links(articles: list[Article]) -> list[DuplicateLink]:
    """Articles indexed one by one, as ingest does: each one's links to those before it."""
    index = NearDuplicateIndex()
    return [link for a in articles for link in index.add(a.id, signature(a.text))]


def _reprint(a: Article, new_id: str) -> Article:
    """What an outlet does to a wire story: its own intro line, a dropped paragraph, a credit."""
    paras = [p for p in a.text.split("\n") if p.strip()]
    body = paras[:3] + paras[4:]
    return dataclasses.replace(
        a, id=new_id, text="UPDATED with reaction.\n" + "\n".join(body) + "\n(Reuters)"
    )


def test_shingles_are_stable_and_ignore_tokenisation():
    a = shingles("Putin proposed direct talks in Istanbul on May 15.")
    b = shingles("Putin proposed direct talks in Istanbul on May 15 .")  # ECB+ style tokens
    assert a == b and len(a) == 6
    assert shingles("") == set()


def test_minhash_estimates_jaccard(seeds_dir):
    arts = _seed_texts(seeds_dir)
    a = arts[0]
    b = _reprint(a, "copy")
    sa, sb = shingles(a.text), shingles(b.text)
    exact = jaccard(sa, sb)
    est = jaccard_estimate(minhash(sa), minhash(sb))
    assert 0.5 < exact < 1.0
    assert abs(est - exact) < 0.15
    # two different outlets' reports of the same event share few 4-word shingles
    other = jaccard(sa, shingles(arts[2].text))
    assert other < 0.1
    assert jaccard_estimate(signature(a.text), signature(arts[2].text)) < 0.25


def test_index_links_reprints_not_other_reports(seeds_dir):
    arts = _seed_texts(seeds_dir)
    copies = [_reprint(arts[0], "reprint-1"), _reprint(arts[3], "reprint-2")]
    links = _links(arts + copies)
    pairs = {(x.a, x.b) for x in links}
    assert pairs == {("reprint-1", arts[0].id), ("reprint-2", arts[3].id)}


def test_index_incremental_and_idempotent(seeds_dir):
    arts = _seed_texts(seeds_dir)
    idx = NearDuplicateIndex()
    for a in arts:
        assert idx.add(a.id, signature(a.text)) == []
    copy = _reprint(arts[1], "again")
    links = idx.add(copy.id, signature(copy.text))
    assert [x.b for x in links] == [arts[1].id] and links[0].jaccard >= 0.5
    assert idx.add(copy.id, signature(copy.text)) == []  # re-adding is a no-op
    assert len(idx) == 6


def test_stored_signatures_indexed_in_bulk_link_as_if_added_one_by_one(seeds_dir):
    arts = _seed_texts(seeds_dir)
    stored = [*arts, _reprint(arts[2], "reprint-2"), arts[0]]  # a copy, and a key twice
    one, bulk = NearDuplicateIndex(), NearDuplicateIndex()
    for a in stored:
        one.add(a.id, signature(a.text))
    bulk.extend([a.id for a in stored], np.stack([signature(a.text) for a in stored]))
    assert len(bulk) == len(one) == 6
    for copy in (_reprint(arts[2], "again"), _reprint(arts[4], "again-4")):
        sig = signature(copy.text)
        assert bulk.query(sig) == one.query(sig) != []


def test_stored_signatures_are_indexed_as_arrays_not_bucket_by_bucket(seeds_dir):
    """A restored window's 20,000 signatures: sorted band digests, no per-article bucket
    entries; an article added later still links to them, and they to it."""
    arts = _seed_texts(seeds_dir)
    idx = NearDuplicateIndex()
    idx.extend([a.id for a in arts], np.stack([signature(a.text) for a in arts]))
    assert all(not band for band in idx._buckets)
    copy = _reprint(arts[3], "wire")
    assert [x.b for x in idx.add(copy.id, signature(copy.text))] == [arts[3].id]
    again = _reprint(arts[3], "wire-2")
    assert {x.b for x in idx.query(signature(again.text))} == {arts[3].id, copy.id}


@pytest.mark.parametrize("limit", [200])
def test_ecbplus_has_few_near_duplicates(limit):
    path = need(DATA / "ecbplus" / "documents.jsonl", "ECB+")
    arts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            arts.append(Article(id=rec["id"], text=rec["text"]))
            if len(arts) >= limit:
                break
    links = _links(arts)
    # ECB+ documents are different outlets' reports: near-identical texts are rare, and each link
    # found is a real high-overlap pair (checked against the exact Jaccard)
    assert len(links) < limit * 0.05
    by_id = {a.id: a for a in arts}
    for x in links:
        assert jaccard(shingles(by_id[x.a].text), shingles(by_id[x.b].text)) >= 0.5
