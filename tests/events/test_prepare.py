"""Preparing articles for the store: pure, picklable, the features the index compares."""

from __future__ import annotations

from newsweave.events.prepare import PreparedArticle, prepare_batch


def test_prepare_batch_is_picklable_and_pure(seed_articles, settings):
    import pickle

    a = prepare_batch(seed_articles[:2], settings)
    b = prepare_batch(seed_articles[:2], settings)
    assert all(isinstance(p, PreparedArticle) for p in a)
    assert pickle.loads(pickle.dumps(a)) == a
    assert [p.minhash for p in a] == [p.minhash for p in b]
    assert [p.terms for p in a] == [p.terms for p in b]
    f = a[0].features()
    assert f.embedding.shape == (384,) and f.terms and f.entities
    assert f.day is not None  # seed 000 is dated 11 May 2025
