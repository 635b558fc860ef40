"""Event clustering on real ECB+ documents (a subset: two events of the same kind per topic)."""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
from collections import Counter
from datetime import date

import numpy as np
import pytest
from story_features import two_stories_and_a_piece

from conftest import DATA, ROOT, need
from newsweave.config import Settings
from newsweave.events import index as index_module
from newsweave.events.cluster import cluster_articles, cluster_documents
from newsweave.events.features import (
    LOG_TRUST,
    PASSAGES_DTYPE,
    DocFeatures,
    RestoredVectors,
    StoredArticles,
    features,
    find_date,
    quoted_passages,
    sums_in_order,
    term_counts,
    top_candidates,
)
from newsweave.events.index import (
    LOCAL_LINK_MIN,
    NAMING_MIN_STORE,
    NAMING_OUTSIDE,
    RESCUE_DISTINCT_RATIO,
    RESCUE_DISTINCT_THRESHOLD,
    RESCUE_FAR_RATIO,
    RESCUE_FAR_THRESHOLD,
    RESCUE_THRESHOLD,
    SMALL_GROUP_LOCAL_THRESHOLD,
    SMALL_GROUP_THRESHOLD,
    SPLIT_MIN,
    STORY_MIN_MEMBERS,
    STORY_NAMES,
    TEXT_MOVE_MIN,
    TEXT_MOVE_RATIO,
    TEXT_MOVE_SLACK,
    EventIndex,
)
from newsweave.events.linkage import (
    average_link_parts,
    group_local_vectors,
    mean_cosine,
    text_vector,
)
from newsweave.events.online import LEX_TERMS
from newsweave.models import Article
from newsweave.text.names import entity_key

TOPICS = {7, 14, 28}  # boxing title fights, Waitrose fires, ... each topic holds two events


def _bcubed_f1(gold: list[str], pred: list[str]) -> float:
    g, p, pair = Counter(gold), Counter(pred), Counter(zip(gold, pred, strict=True))
    prec = sum(pair[(a, b)] / p[b] for a, b in zip(gold, pred, strict=True)) / len(gold)
    rec = sum(pair[(a, b)] / g[a] for a, b in zip(gold, pred, strict=True)) / len(gold)
    return 2 * prec * rec / (prec + rec)


@pytest.fixture(scope="module")
def ecb():
    path = need(DATA / "ecbplus" / "documents.jsonl", "ECB+")
    with open(path, encoding="utf-8") as fh:
        recs = [r for r in map(json.loads, fh) if r["topic"] in TOPICS]
    arts = [Article(id=r["id"], text=r["text"]) for r in recs]
    return arts, {r["id"]: r["event"] for r in recs}, features(arts, Settings())


def test_passages_are_runs_of_quoted_words_whatever_each_report_cut_or_wrote_around():
    """Two reports of one statement, one quoting more of it, in other quote marks and with
    other words around it, share passages; the reporter's own words, and a quotation shorter
    than a passage, give none."""
    first = (
        'The mayor said: "We will rebuild the old harbour wall before the winter storms come'
        ' back to this coast." Work starts in May.'
    )
    second = (
        "Speaking at the quay, she promised “we will rebuild the old harbour wall before the"
        " winter storms come”, and left."
    )
    a, b = set(quoted_passages(first)), set(quoted_passages(second))
    assert len(a & b) == 5  # "we will rebuild ... storms come": 12 words, 5 runs of 8
    assert not quoted_passages(
        "We will rebuild the old harbour wall before the winter storms."
    ).size
    assert not quoted_passages('He called it "a wall for the winter storms" on Monday.').size


def test_dates_and_entities_normalise():
    a = Article(
        id="x", text="http: / / example. com / a\nFire at Waitrose\nSunday, 21 July 2013\nA fire."
    )
    assert find_date(a).isoformat() == "2013-07-21"
    b = Article(id="y", text="Title\nDecember 15th, 2008, 7: 35 am\nText.")
    assert find_date(b).isoformat() == "2008-12-15"
    assert entity_key("the Kremlin's") == "kremlin"


def test_a_date_in_prose_does_not_date_an_article():
    """An essay opening on a past happening is not of that day; a photo's caption dates the
    picture, the story's day or near it, unless it is an archive picture."""
    essay = Article(
        id="e",
        text="Nobody knows who ordered the raid on the harbour office on June 17, 1972.\n"
        "Fifty years on, the ferry company faces its own inquiry.",
    )
    assert find_date(essay) is None
    caption = Article(
        id="c",
        text="Mayor Ann Doe (L) is greeted by divers at the quay in Portlow on June 2, 2014.\n"
        "Divers found the ferry's bell on Monday.",
    )
    assert find_date(caption) == date(2014, 6, 2)
    archive = Article(
        id="a",
        text="FILE - In this June 2, 2004 file photo, Ann Doe (L) is greeted at the quay.\n"
        "Divers found the ferry's bell on Monday.",
    )
    assert find_date(archive) is None


def test_same_kind_events_are_told_apart(ecb):
    arts, gold, feats = ecb
    res = cluster_documents(feats)
    lab = res.labels()
    f1 = _bcubed_f1([gold[a.id] for a in arts], [lab[a.id] for a in arts])
    # measured 0.9+ on these topics; the full 772-document figure is in bench_cluster
    assert f1 >= 0.85, f1
    assert 5 <= len(res.clusters) <= 12  # six true events, no number given


def test_online_index_keeps_event_ids_stable(ecb):
    _, _, feats = ecb
    half = len(feats) // 2
    idx = EventIndex()
    idx.add_many(feats[:half])
    idx.refine()
    before = {eid: set(m) for eid, m in idx.clusters().items() if len(m) >= 3}
    assignments = idx.add_many(feats[half:])
    assert any(not a.new for a in assignments)  # later articles join earlier events
    idx.refine()
    after = idx.clusters()
    for eid, members in before.items():  # a sizeable event keeps its id and its members
        if eid in after:
            assert len(members & set(after[eid])) >= len(members) * 0.7
    survivors = sum(eid in after for eid in before)
    assert survivors >= len(before) * 0.8


def _stored(feats: list[DocFeatures], events: list[str]) -> StoredArticles:
    """Articles as a store hands them back (their words end to end)."""
    return StoredArticles(
        ids=[f.id for f in feats],
        events=events,
        embeddings=np.stack([f.embedding for f in feats]),
        words=np.array([h for f in feats for h, _ in f.terms], dtype=np.int64),
        tfs=np.array([v for f in feats for _, v in f.terms], dtype=np.float64),
        lengths=np.array([len(f.terms) for f in feats], dtype=np.int64),
        entities=[f.entities for f in feats],
        days=[f.day for f in feats],
        passages=[f.passages for f in feats],
    )


def test_restoring_in_bulk_is_adding_one_by_one_to_the_bit(ecb):
    """An ingest puts the stored events near its dates back before its first article: in bulk
    (vectorised), the index must be exactly what adding them one by one made, and assign and
    refine alike after it."""
    _, _, feats = ecb
    online = EventIndex()
    online.add_many(feats[:-20])
    online.refine()
    order = [(d, e) for e, members in online.clusters().items() for d in members]
    by_id = {f.id: f for f in feats}
    # an entity key twice in one article: counted twice, weighed once (as add() does)
    twice = next(d for d, _ in order if by_id[d].entities)
    by_id[twice] = dataclasses.replace(
        by_id[twice], entities=(*by_id[twice].entities, by_id[twice].entities[0])
    )
    one, bulk = EventIndex(), EventIndex()
    half = len(order) // 2
    for part in (order[:half], order[half:]):  # a window loaded, then widened
        for d, e in part:
            one.add(by_id[d], event_id=e)
        one.settle({e for _, e in part})
        bulk.restore(_stored([by_id[d] for d, _ in part], [e for _, e in part]))
    assert any(len(f.terms) > LEX_TERMS for f in feats)  # the top-words cut is exercised
    assert list(bulk.docs) == list(one.docs) and bulk.event_of == one.event_of
    for d in one.docs:  # the same weights, in the same order (sums run in dict order)
        assert list(bulk._lexw[d].items()) == list(one._lexw[d].items())
        assert list(bulk._entw[d].items()) == list(one._entw[d].items())
    assert bulk._df == one._df and bulk._edf == one._edf and bulk._n == one._n
    assert dict(bulk._block) == dict(one._block)
    assert np.array_equal(bulk._emb_sum, one._emb_sum)
    for e, ev in one.events.items():
        got = bulk.events[e]
        assert (got.seq, got.members, got.days) == (ev.seq, ev.members, ev.days)
        assert list(got.lex.items()) == list(ev.lex.items()) and got.ent == ev.ent
    assert bulk._checked == one._checked and bulk._split_checked == one._split_checked
    assert bulk.add_many(feats[-20:]) == one.add_many(feats[-20:])
    assert bulk.refine() == one.refine() and bulk.clusters() == one.clusters()


def test_restored_articles_weigh_their_words_only_when_a_refine_pass_asks(ecb):
    """A restored window's articles keep their weight vectors packed (an ingest into a large
    store restores ~20,000 and re-places few): none is built by the restore, and one built
    later is the vector adding the articles one by one gives."""
    _, _, feats = ecb
    events = [f"ev{i % 7}" for i in range(len(feats))]
    one, bulk = EventIndex(), EventIndex()
    for f, e in zip(feats, events, strict=True):
        one.add(f, event_id=e)
    bulk.restore(_stored(feats, events))
    assert isinstance(bulk._lexw, RestoredVectors) and dict(bulk._lexw) == {}
    assert dict(bulk._entw) == {}
    probe = feats[len(feats) // 2].id
    assert list(bulk._lexw[probe].items()) == list(one._lexw[probe].items())
    assert list(bulk._entw[probe].items()) == list(one._entw[probe].items())
    assert list(dict(bulk._lexw)) == [probe]  # built once asked, the others still packed
    assert bulk.add_many(feats[:5]) == one.add_many(feats[:5])  # ids held: same answers


def test_a_restore_weighs_exactly_only_the_words_an_article_can_keep(ecb, monkeypatch):
    """A window of 20,000 stored articles holds 3 million words: ``math.log`` (one Python call
    each) only for those that can be among their article's top words, the others left out on
    numpy's estimate, and an estimate off by up to LOG_TRUST / 4 (numpy's SIMD log on AVX-512
    differs in the last bits) still restores the index adding one by one makes, to the bit."""
    _, _, feats = ecb
    events = [f"ev{i % 7}" for i in range(len(feats))]
    one, bulk = EventIndex(), EventIndex()
    for f, e in zip(feats, events, strict=True):
        one.add(f, event_id=e)
    exact, logged = math.log, []
    monkeypatch.setattr(
        "newsweave.events.features.math.log", lambda x: logged.append(x) or exact(x)
    )
    rng, log = np.random.default_rng(7), np.log
    monkeypatch.setattr(
        np, "log", lambda x: log(x) * (1 + rng.uniform(-LOG_TRUST / 4, LOG_TRUST / 4, np.shape(x)))
    )
    bulk.restore(_stored(feats, events))
    monkeypatch.undo()
    words = sum(len(f.terms) for f in feats)
    entities = sum(len(f.entities) for f in feats)
    kept = sum(min(len(f.terms), LEX_TERMS) for f in feats)
    assert 2 * kept < words  # long articles: most of their words are not kept
    assert len(logged) - entities < 2 * kept  # the kept words and those tied near the cut
    for d in one.docs:
        assert list(bulk._lexw[d].items()) == list(one._lexw[d].items())
    assert dict(bulk._block) == dict(one._block)
    for e, ev in one.events.items():
        assert list(bulk.events[e].lex.items()) == list(ev.lex.items())


def test_top_candidates_hold_every_entry_an_article_keeps():
    """Whatever the exact weights (ties, equal runs, negatives), the entries among an article's
    ``top`` largest, equal ones in entry order, are candidates for estimates that stray by up to
    LOG_TRUST / 4; an article of ``top`` entries or fewer keeps all of them."""
    rng = np.random.default_rng(3)
    for trial in range(200):
        lens = rng.integers(0, 12, size=int(rng.integers(1, 8)))
        doc = np.repeat(np.arange(lens.size), lens)
        exact = rng.choice([-2.0, 0.5, 1.0, 1.0 + 1e-9, 3.0], size=doc.size) * rng.choice(
            [1.0, 1e-30, 1e30]
        )
        estimate = exact * (1 + rng.uniform(-LOG_TRUST / 4, LOG_TRUST / 4, doc.size))
        top = int(rng.integers(1, 6))
        got = set(top_candidates(doc, estimate, lens, top).tolist())
        start = np.cumsum(lens) - lens
        for d, n in enumerate(lens.tolist()):
            order = sorted(range(n), key=lambda i, d=d: -exact[start[d] + i])  # stable
            assert {start[d] + i for i in order[:top]} <= got, trial
    # one article of 4 at top 2: the two largest and an estimate a hair below the second
    assert top_candidates(
        np.zeros(4, int), np.array([1.0, 3.0, 2.0, 2.0 * (1 - LOG_TRUST / 4)]), np.array([4]), 2
    ).tolist() == [1, 2, 3]


def test_sums_in_order_add_each_groups_rows_one_by_one():
    """float32 sums depend on their order: (1e8 + 1) - 1e8 is 0 in float32, (1e8 - 1e8) + 1 is
    1. Each group's rows are added in row order from zero, as attaching members one by one."""
    rows = np.array([[1e8], [1e8], [1.0], [-1e8], [-1e8], [1.0], [5.0]], dtype=np.float32)
    group = np.array([0, 1, 0, 0, 1, 1, 2])
    got = sums_in_order(group, rows, 4)
    assert got.dtype == np.float32
    assert got[:, 0].tolist() == [0.0, 1.0, 5.0, 0.0]


def test_far_apart_dates_weigh_against_one_event():
    rng = np.random.default_rng(0)
    v = rng.normal(size=384).astype(np.float32)
    v /= np.linalg.norm(v)
    terms = tuple((h, 1.0) for h in range(30))
    day = 735_000
    a = DocFeatures("a", v, terms, ("waitrose", "wellington"), day)
    b_close = DocFeatures("b", v, terms, ("waitrose", "wellington"), day + 3)
    b_far = DocFeatures("c", v, terms, ("waitrose", "wellington"), day + 5 * 365)
    idx = EventIndex()
    idx.add(a)
    ev = idx.event_of["a"]
    close = idx._score(b_close, *idx._weigh(b_close), idx.events[ev], float(v @ v))
    far = idx._score(b_far, *idx._weigh(b_far), idx.events[ev], float(v @ v))
    assert far < close - 0.1


def test_cluster_cli_json(tmp_path, seeds_dir):
    path = need(DATA / "ecbplus" / "documents.jsonl", "ECB+")
    with open(path, encoding="utf-8") as fh:
        recs = [r for r in map(json.loads, fh) if r["topic"] == 14][:12]
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in recs))
    seeds = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    out = subprocess.run(
        [sys.executable, "-m", "newsweave.cli", "cluster", str(src), *seeds, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    members = [m for c in data["clusters"] for m in c["members"]]
    assert sorted(members) == sorted([r["id"] for r in recs] + seeds)
    assert all(set(c) >= {"id", "members"} for c in data["clusters"])
    seed_clusters = {c["id"] for c in data["clusters"] for m in c["members"] if m in seeds}
    assert len(seed_clusters) == 1  # the five seeds are one event, given by their paths
    (seed_cluster,) = [c for c in data["clusters"] if c["id"] in seed_clusters]
    assert sorted(seed_cluster["members"]) == seeds


BOILERPLATE = (
    "Breaking News Emails Get breaking news alerts and special reports. The news and stories that"
    " matter, delivered weekday mornings. Join us on Facebook: like us and you'll find top breaking"
    " news in your Facebook newsfeed. Sign up for our newsletter and follow us on Twitter."
)


STORIES = {
    "fire": "A fire tore through a Waitrose supermarket in Banstead, Surrey, on Tuesday night, and"
    " forty firefighters spent six hours bringing the blaze under control. The store's roof"
    " collapsed and nearby homes were evacuated while smoke spread across the town centre."
    " Surrey Fire and Rescue said no one was hurt and the cause is under investigation.",
    "quake": "A magnitude 6.1 earthquake struck off the coast of Hokkaido early on Friday, shaking"
    " buildings in Sapporo and cutting power to thousands of homes. The Japan Meteorological"
    " Agency issued no tsunami warning, and the nuclear regulator reported no damage at the"
    " Tomari plant. Trains on the island were halted for inspections.",
    "strike": "Train drivers at Southern Rail will walk out for 48 hours next week after talks over"
    " driver-only trains collapsed, the Aslef union said on Monday. Commuters between Brighton"
    " and London Victoria face cancellations, and the operator urged passengers to work from home.",
    "vote": "Voters in the Swiss canton of Zurich rejected a proposal to ban overnight flights at"
    " the city's airport, with 62 percent against in Sunday's referendum. Airlines had warned that"
    " the curfew would cost long-haul routes to Asia and hundreds of jobs at the hub.",
}


def test_shared_boilerplate_paragraph_does_not_join_stories(settings):
    """One outlet's pages carry the same newsletter/social paragraph under different stories:
    the paragraph is common to pages, not to events, and must not link them."""
    arts = [Article(id=k, text=v + "\n\n" + BOILERPLATE) for k, v in STORIES.items()]
    res = cluster_articles(arts, settings)
    assert len(res.clusters) == len(STORIES), res.clusters


def _lone_brief_case() -> list[DocFeatures]:
    """Three long articles on one story, a short brief on it (10 of its 20 common words, no
    entity in common, a vaguer lead) and four unrelated stories."""
    rng = np.random.default_rng(7)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    topic = rng.normal(size=384)
    story = [unit(topic + 0.5 * rng.normal(size=384)) for _ in range(3)]
    brief = unit(topic + 0.8 * rng.normal(size=384))
    others = [unit(rng.normal(size=384)) for _ in range(4)]
    core = tuple((h, 1.0) for h in range(100, 120))
    feats = [
        DocFeatures(f"s{i}", v, core + tuple((1000 * i + h, 1.0) for h in range(20)), ("harding",))
        for i, v in enumerate(story)
    ]
    brief_terms = tuple((h, 1.0) for h in (*range(100, 110), *range(5000, 5012)))
    feats.append(DocFeatures("brief", brief, brief_terms, ("navy",)))
    for i, v in enumerate(others):
        terms = tuple((9000 + 100 * i + h, 1.0) for h in range(25))
        feats.append(DocFeatures(f"o{i}", v, terms, (f"x{i}",)))
    return feats


def test_a_lone_brief_gets_a_second_chance_to_join_its_story():
    feats = _lone_brief_case()
    idx = EventIndex()
    idx.add_many(feats)
    event, score = idx.best_event("brief")  # the loose join put it in the story's group
    assert event == idx.event_of["s0"]
    # the case this is about: below the small-group split threshold, above the second chance
    assert RESCUE_THRESHOLD <= score < SMALL_GROUP_THRESHOLD, score
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("s0", "s1", "s2", "brief") in clusters
    assert all((f"o{i}",) in clusters for i in range(4))  # unrelated lone stories stay alone


def _side_piece_case(*, twins: bool) -> list[DocFeatures]:
    """Two stories of three articles, five unrelated ones, and a side piece with a vague lead
    and a few of the first story's words (``twins``: the two stories are of one kind, sharing
    topic words and an embedding direction, and the piece is as near to one as to the other)."""
    rng = np.random.default_rng(11)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    spread = 0.4 if twins else 0.6
    topic = rng.normal(size=384)
    centres = [topic + spread * rng.normal(size=384)]
    centres.append((topic if twins else rng.normal(size=384)) + spread * rng.normal(size=384))
    kind = tuple((h, 1.0) for h in range(50, 62)) if twins else ()
    feats = []
    for s, (name, base) in enumerate((("a", 100), ("b", 300))):
        for i in range(3):
            own = tuple((base * 100 + 30 * i + h, 1.0) for h in range(20))
            terms = kind + tuple((h, 1.0) for h in range(base, base + 20)) + own
            emb = unit(centres[s] + 0.4 * rng.normal(size=384))
            feats.append(DocFeatures(f"{name}{i}", emb, terms, (f"ent-{name}",)))
    for i in range(5):
        terms = tuple((9000 + 100 * i + h, 1.0) for h in range(25))
        feats.append(DocFeatures(f"o{i}", unit(rng.normal(size=384)), terms, (f"x{i}",)))
    words = tuple((h, 1.0) for h in range(100, 104)) + tuple((7000 + h, 1.0) for h in range(15))
    if twins:
        words = kind + words + tuple((h, 1.0) for h in range(300, 303))
    emb = unit((topic if twins else centres[0]) + 1.3 * rng.normal(size=384))
    feats.insert(3, DocFeatures("piece", emb, words, ("navy",)))
    return feats


def test_a_lone_piece_joins_the_one_story_it_stands_near():
    """Below the second-chance threshold, a lone article joins its nearest event when that
    event stands out from the rest: a side piece of one story is near that story alone."""
    feats = _side_piece_case(twins=False)
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("a0", "a1", "a2", "piece") in clusters, clusters
    idx = EventIndex()
    idx.add_many(feats)
    idx.refine()
    event, score, runner_up = idx.nearest_two("piece", exclude_own=False)
    assert idx.events[event].members == ["a0", "a1", "a2", "piece"]
    # the case this is about: the first second chance alone would have left it out
    assert RESCUE_DISTINCT_THRESHOLD <= score < RESCUE_THRESHOLD, score
    assert runner_up <= 0.5 * score, (score, runner_up)


def test_a_lone_piece_near_two_stories_of_a_kind_stays_alone():
    """As near to its nearest event, but as near to another of the same kind: it shares their
    topic, not one story, and stays alone."""
    feats = _side_piece_case(twins=True)
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("piece",) in clusters, clusters
    assert ("a0", "a1", "a2") in clusters and ("b0", "b1", "b2") in clusters
    idx = EventIndex()
    idx.add_many(feats)
    idx.refine()
    _, score, runner_up = idx.nearest_two("piece", exclude_own=True)
    assert RESCUE_DISTINCT_THRESHOLD <= score < RESCUE_THRESHOLD, score
    assert runner_up > RESCUE_DISTINCT_RATIO * score, (score, runner_up)


def _essay_case(*, story: int, other_words: int = 0) -> list[DocFeatures]:
    """A story of ``story`` articles, another of three, five unrelated articles, and an essay on
    the first story: a vague lead and eight of its words among fifteen of its own (the story's
    subject writing in the first person); ``other_words`` of the second story's words too, and
    a lead between the two."""
    rng = np.random.default_rng(11)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    centres = [rng.normal(size=384) for _ in range(2)]
    feats = []
    for s, (name, base, size) in enumerate((("a", 100, story), ("b", 300, 3))):
        for i in range(size):
            own = tuple((base * 100 + 30 * i + h, 1.0) for h in range(20))
            terms = tuple((h, 1.0) for h in range(base, base + 20)) + own
            emb = unit(centres[s] + 0.4 * rng.normal(size=384))
            feats.append(DocFeatures(f"{name}{i}", emb, terms, (f"ent-{name}",)))
    for i in range(5):
        terms = tuple((9000 + 100 * i + h, 1.0) for h in range(25))
        feats.append(DocFeatures(f"o{i}", unit(rng.normal(size=384)), terms, (f"x{i}",)))
    words = tuple((h, 1.0) for h in range(100, 108)) + tuple((7000 + h, 1.0) for h in range(15))
    words += tuple((h, 1.0) for h in range(300, 300 + other_words))
    centre = centres[0] + centres[1] if other_words else centres[0]
    feats.insert(story, DocFeatures("essay", unit(centre + 2.2 * rng.normal(size=384)), words, ()))
    return feats


def test_a_lone_essay_far_nearer_one_story_than_any_other_joins_it():
    """Below the stand-out second chance, a lone essay joins a story of two articles or more
    when no other event comes near it: the story's words are few in it, but only that story's."""
    feats = _essay_case(story=3)
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("a0", "a1", "a2", "essay") in clusters, clusters
    idx = EventIndex()
    idx.add_many(feats)
    idx.refine()
    event, score, runner_up = idx.nearest_two("essay", exclude_own=False)
    assert idx.events[event].members == ["a0", "a1", "a2", "essay"]
    # the case this is about: under the stand-out second chance, the runner-up far below
    assert RESCUE_FAR_THRESHOLD <= score < RESCUE_DISTINCT_THRESHOLD, score
    assert runner_up <= RESCUE_FAR_RATIO * score, (score, runner_up)


@pytest.mark.parametrize(("story", "other_words"), [(1, 0), (3, 4)])
def test_a_lone_essay_near_one_article_or_near_two_stories_stays_alone(
    story: int, other_words: int
) -> None:
    """The same essay stays alone when the story is one article (two lone pages sharing a few
    words are as often of two stories), or when another story comes nearly as near."""
    feats = _essay_case(story=story, other_words=other_words)
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("essay",) in clusters, clusters
    idx = EventIndex()
    idx.add_many(feats)
    idx.refine()
    event, score, runner_up = idx.nearest_two("essay", exclude_own=True)
    assert RESCUE_FAR_THRESHOLD <= score < RESCUE_DISTINCT_THRESHOLD, score
    if story == 1:
        assert idx.events[event].members == ["a0"], idx.events[event].members
    else:
        assert runner_up > RESCUE_FAR_RATIO * score, (score, runner_up)


def test_a_lone_piece_quoting_what_one_story_quotes_joins_it():
    """The same piece, as near to both stories of a kind, quotes a passage one article of the
    first story quotes: it heard the same speaker on the same occasion and joins that story.
    Quoting a passage both stories quote names neither; an unrelated story quoting what the
    first story quotes is under the join threshold and stays alone."""
    said = (11, 22, 33)

    def quoting(feats: list[DocFeatures], quotes: dict[str, tuple[int, ...]]) -> list[DocFeatures]:
        return [
            dataclasses.replace(f, passages=np.array(quotes.get(f.id, ()), dtype=PASSAGES_DTYPE))
            for f in feats
        ]

    feats = quoting(_side_piece_case(twins=True), {"piece": said, "a1": (5, 22), "o0": (5,)})
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("a0", "a1", "a2", "piece") in clusters, clusters
    assert ("b0", "b1", "b2") in clusters and ("o0",) in clusters
    both = quoting(_side_piece_case(twins=True), {"piece": said, "a1": (22,), "b2": (11,)})
    clusters = sorted(c.members for c in cluster_documents(both).clusters)
    assert ("piece",) in clusters, clusters


def test_a_lone_piece_naming_what_one_story_names_joins_it(monkeypatch: pytest.MonkeyPatch):
    """The same piece, as near to both stories of a kind, names in its lead three people and
    places that one article of the first story names in its text, and that no other article
    does: they are that story's, and the piece joins it. The same names in an article of each
    story name neither; two names are not enough; names half the articles carry are not a
    story's. In a store under NAMING_MIN_STORE (this one, as it is) no name is known rare."""
    assert len(_side_piece_case(twins=True)) < NAMING_MIN_STORE
    monkeypatch.setattr(index_module, "NAMING_MIN_STORE", 0)
    names = term_counts("Dmitri Volkov landed in Tallinn")  # the words the texts hold

    def naming(
        holders: tuple[str, ...], text: tuple[tuple[int, float], ...] = names
    ) -> list[DocFeatures]:
        return [
            dataclasses.replace(f, entities=("dmitri volkov", "tallinn"), terms=f.terms + text)
            if f.id == "piece"
            else dataclasses.replace(f, terms=f.terms + text)
            if f.id in holders
            else f
            for f in _side_piece_case(twins=True)
        ]

    def piece_alone(feats: list[DocFeatures]) -> bool:
        return ("piece",) in sorted(c.members for c in cluster_documents(feats).clusters)

    feats = naming(("a1",))
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("a0", "a1", "a2", "piece") in clusters, clusters
    assert ("b0", "b1", "b2") in clusters
    assert piece_alone(naming(("a1", "b2")))
    assert piece_alone(naming(("a1",), term_counts("Dmitri Volkov")))
    assert NAMING_OUTSIDE < 3
    assert piece_alone(naming(("a1", "o0", "o1", "o2")))
    monkeypatch.undo()
    assert piece_alone(naming(("a1",)))


def test_a_lone_piece_naming_what_every_report_of_one_story_names_joins_it(
    monkeypatch: pytest.MonkeyPatch,
):
    """The same piece, as near to both stories of a kind, names no one in its lead (a letter to
    someone the news is about), but its text names the two names that every report of the first
    story names in its lead and text, and that no other article names: it is about that story
    and joins it. Not when one report of the story lacks them, nor with one name, nor when both
    stories name them, nor when as many other articles name them as the story's own do, nor in
    a store under NAMING_MIN_STORE (this one, as it is)."""
    assert len(_side_piece_case(twins=True)) < NAMING_MIN_STORE
    monkeypatch.setattr(index_module, "NAMING_MIN_STORE", 0)
    names = term_counts("Odile Marchetti")

    def story_naming(
        holders: tuple[str, ...], text: tuple[tuple[int, float], ...] = names
    ) -> list[DocFeatures]:
        out = []
        for f in _side_piece_case(twins=True):
            if f.id in holders and f.id[0] in "ab":  # a report: the names in its lead too
                f = dataclasses.replace(f, entities=(*f.entities, "odile marchetti"))
            if f.id in holders or f.id == "piece":
                f = dataclasses.replace(f, terms=f.terms + text)
            out.append(f)
        return out

    def piece_alone(feats: list[DocFeatures]) -> bool:
        return ("piece",) in sorted(c.members for c in cluster_documents(feats).clusters)

    story = ("a0", "a1", "a2")
    assert len(story) >= STORY_MIN_MEMBERS and STORY_NAMES == 2
    feats = story_naming(story)
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("a0", "a1", "a2", "piece") in clusters, clusters
    assert ("b0", "b1", "b2") in clusters
    idx = EventIndex()
    idx.add_many(feats)
    idx.refine()
    assert idx.event_of["piece"] == idx.event_of["a0"]
    assert piece_alone(story_naming(("a0", "a1")))
    assert piece_alone(story_naming(story, term_counts("Odile")))
    assert piece_alone(story_naming((*story, "b0", "b1", "b2")))
    assert NAMING_OUTSIDE < 3
    assert piece_alone(story_naming((*story, "o0", "o1", "o2")))
    monkeypatch.undo()
    assert piece_alone(story_naming(story))


def _three_lone_pieces(*, of_a_kind: bool) -> list[DocFeatures]:
    """Three lone pieces, each of a story of its own (``of_a_kind``: all three of one kind,
    sharing topic words and an embedding direction: three budget fights; else the third is of
    another kind), and five unrelated stories."""
    rng = np.random.default_rng(3)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    topic = rng.normal(size=384)
    kind = tuple((h, 1.0) for h in range(50, 54))
    feats = []
    for i, name in enumerate(("p", "q", "r")):
        related = of_a_kind or name != "r"
        emb = unit((topic if related else rng.normal(size=384)) + 0.8 * rng.normal(size=384))
        terms = (kind if related else ()) + tuple((1000 * (i + 1) + h, 1.0) for h in range(20))
        feats.append(DocFeatures(name, emb, terms, (f"ent-{name}",)))
    for i in range(5):
        terms = tuple((9000 + 100 * i + h, 1.0) for h in range(25))
        feats.append(DocFeatures(f"o{i}", unit(rng.normal(size=384)), terms, (f"x{i}",)))
    return feats


def test_a_lone_piece_joins_another_lone_piece_only_when_it_stands_out():
    """Two lone pieces above the second-chance threshold are one story when the nearer stands
    out; when a third lone piece of their kind is nearly as near, they share a kind of story
    (budget fights, Sunday-show quotes), not one, and each stays alone: one article's nearness
    to one other is not a story's several reports' on average."""
    for of_a_kind in (False, True):
        feats = _three_lone_pieces(of_a_kind=of_a_kind)
        idx = EventIndex()
        idx.add_many(feats)
        sim = idx.split_similarity(["p", "q", "r"], local=False)
        # the case this is about: the pair is under the small-group split, over the second chance
        assert RESCUE_THRESHOLD <= sim[0, 1] < SMALL_GROUP_THRESHOLD, sim[0, 1]
        assert (sim[0, 2] > RESCUE_DISTINCT_RATIO * sim[0, 1]) == of_a_kind, sim
        clusters = sorted(c.members for c in cluster_documents(feats).clusters)
        if of_a_kind:
            assert ("p",) in clusters and ("q",) in clusters and ("r",) in clusters, clusters
        else:
            assert ("p", "q") in clusters and ("r",) in clusters, clusters


def _two_searches_of_one_kind() -> list[DocFeatures]:
    """A small group as the join gathers it: two stories of one kind, three reports each (the
    kind's words and entity in all six, an embedding direction of the kind, each story's own
    few words and direction, each report's own particulars), among unrelated articles that make
    the kind's words rare in the store."""
    rng = np.random.default_rng(3)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    kind = rng.normal(size=384)
    topic = tuple((h, 1.0) for h in range(12))
    feats = []
    for name, base in (("s", 100), ("u", 200)):
        own = rng.normal(size=384)
        for i in range(3):
            start = base + 10 * (i + 1)
            words = (
                *topic,
                *((h, 1.0) for h in range(base, base + 4)),
                *((h, 1.0) for h in range(start, start + 8)),
            )
            emb = unit(kind + 0.6 * own + 0.8 * rng.normal(size=384))
            feats.append(DocFeatures(f"{name}{i}", emb, words, ("ent-kind",)))
    for j in range(30):
        words = tuple((h, 1.0) for h in range(1000 + 30 * j, 1000 + 30 * j + 20))
        feats.append(DocFeatures(f"z{j}", unit(rng.normal(size=384)), words, (f"ent-z{j}",)))
    return feats


def test_a_small_group_parts_two_stories_of_one_kind_by_their_own_words():
    """Two searches of one kind (a plane's sightings, then its submarine search) are near
    enough on the plain similarity that a small group's split keeps them together; their own
    words, re-weighted within the group, part them: two events of three."""
    feats = _two_searches_of_one_kind()
    idx = EventIndex()
    idx.add_many(feats)
    members = [f"{n}{i}" for n in "su" for i in range(3)]
    assert len(members) < SPLIT_MIN
    plain = idx.split_similarity(members, local=False)
    local = idx.split_similarity(members)
    # the case this is about: together on the plain similarity, apart on the group's words
    assert plain[:3, 3:].mean() >= SMALL_GROUP_THRESHOLD, plain
    assert local[:3, 3:].mean() < SMALL_GROUP_LOCAL_THRESHOLD <= local[:3, :3].min(), local
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert ("s0", "s1", "s2") in clusters and ("u0", "u1", "u2") in clusters, clusters


def test_a_groups_split_similarity_does_not_depend_on_when_its_members_came():
    """The split weighs a group's words by the store as it is, not as it was when each member
    came: a story whose reports opened the store (weighed among themselves, their own words
    "common") is judged as it would be had they come last."""
    feats = _two_searches_of_one_kind()
    story = [f for f in feats if f.id[0] in "su"]
    others = [f for f in feats if f.id[0] not in "su"]
    members = [f.id for f in story]
    first, last = EventIndex(), EventIndex()
    first.add_many(story + others)
    last.add_many(others + story)
    for local in (False, True):
        early = first.split_similarity(members, local=local)
        late = last.split_similarity(members, local=local)
        np.testing.assert_allclose(early, late, atol=1e-9)


def _loose_group_with_two_strays() -> list[DocFeatures]:
    """One loose group as the join gathers it: two events of one kind (their topic words, their
    own words, one embedding direction each) and two strays of other stories that share two
    words with each other and nothing else with anyone."""
    rng = np.random.default_rng(5)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    topic = tuple((h, 1.0) for h in range(10))
    feats = []
    for name, base in (("a", 100), ("b", 200)):
        centre = rng.normal(size=384)
        for i in range(SPLIT_MIN // 2):
            words = topic + tuple((h, 1.0) for h in range(base, base + 12))
            emb = unit(centre + 0.5 * rng.normal(size=384))
            feats.append(DocFeatures(f"{name}{i}", emb, words, (f"ent-{name}",)))
    for name, base in (("x", 5000), ("y", 6000)):
        words = (*((h, 1.0) for h in range(base, base + 25)), (9001, 1.0), (9002, 1.0))
        feats.append(DocFeatures(name, unit(rng.normal(size=384)), words, (f"ent-{name}",)))
    return feats


def test_words_rare_in_a_group_do_not_link_two_strays():
    """Within a group, the words only two members share weigh most, so two strays that share a
    word or two would be one event by the group-local words alone. A pair the plain similarity
    keeps below the join threshold is split on that similarity: the strays stay apart."""
    feats = _loose_group_with_two_strays()
    plain, parts = _split_of_strays(feats)
    assert plain < EventIndex().join_threshold, plain
    # the case this is about: their words within the group are the two they share
    df = Counter(h for f in feats for h, _ in f.terms)  # the index has seen these articles only
    local = group_local_vectors([f.terms for f in feats], df, len(feats), LEX_TERMS)
    x, y = (next(i for i, f in enumerate(feats) if f.id == s) for s in ("x", "y"))
    assert sum(v * local[y].get(h, 0.0) for h, v in local[x].items()) > 0.99
    assert ["x"] in parts and ["y"] in parts, parts
    assert [f"a{i}" for i in range(SPLIT_MIN // 2)] in parts, parts


def _split_of_strays(feats: list[DocFeatures]) -> tuple[float, list[list[str]]]:
    """The plain similarity of the strays x and y, and the parts the split makes of their
    group, whose similarity for the two must be the plain one (no group-local words)."""
    idx = EventIndex()
    idx.add_many(feats)
    members = [f.id for f in feats]
    x, y = members.index("x"), members.index("y")
    plain = idx.split_similarity(members, local=False)
    sim = idx.split_similarity(members)
    assert sim[x, y] == plain[x, y]
    parts = sorted(
        sorted(members[r] for r in part)
        for part in average_link_parts(sim, len(members), idx.threshold)
    )
    return float(plain[x, y]), parts


def test_words_rare_in_a_group_do_not_link_two_strays_a_little_alike():
    """The same two strays, a little alike besides their two words (their leads point a quarter
    of the way the same: a wedding and a storm in one state), so that the plain similarity puts
    them just over the join threshold. Two shared words still make no event: below
    LOCAL_LINK_MIN the split reads the plain similarity, and the strays stay apart."""
    feats = _loose_group_with_two_strays()
    x_emb = next(f.embedding for f in feats if f.id == "x")
    other = np.random.default_rng(7).normal(size=x_emb.shape[0])
    other -= (other @ x_emb) * x_emb
    alike = 0.25 * x_emb + math.sqrt(1 - 0.25**2) * other / np.linalg.norm(other)
    feats = [
        dataclasses.replace(f, embedding=alike.astype(np.float32)) if f.id == "y" else f
        for f in feats
    ]
    plain, parts = _split_of_strays(feats)
    assert EventIndex().join_threshold <= plain < LOCAL_LINK_MIN, plain
    assert ["x"] in parts and ["y"] in parts, parts


def _reaction_case(*, lean: float, details: int) -> list[DocFeatures]:
    """Two stories of one kind, three articles each (topic words, words of their own, one
    embedding direction each), five unrelated ones, and a reaction piece whose lead leans
    ``lean`` towards the second story while its text repeats ``details`` words of the first's
    (a name, a figure, a place each), every one under the 48 heaviest words of its own."""
    return two_stories_and_a_piece(
        seed=13,
        piece="piece",
        first_size=3,
        particulars=details,
        details=details,
        lead=(1 - lean, 1 + lean),
    )


@pytest.mark.parametrize(
    ("lean", "details", "joins"), [(0.1, 60, "a"), (0.1, 20, "b"), (0.5, 60, "b")]
)
def test_a_piece_near_a_tie_goes_to_the_story_its_whole_text_shares(
    lean: float, details: int, joins: str
) -> None:
    """A reaction piece as near to two stories of one kind by the plain similarity (its
    heaviest words are its own) sits with the one the split's average link chose by a hair;
    its whole text repeats the other story's particulars, and it moves there. With few of
    them, or with the plain similarity clearly for the first choice, it stays."""
    feats = _reaction_case(lean=lean, details=details)
    clusters = sorted(c.members for c in cluster_documents(feats).clusters)
    assert (f"{joins}0", f"{joins}1", f"{joins}2", "piece") in clusters, clusters
    idx = EventIndex()
    idx.add_many(feats)
    idx.refine()
    # the case this is about, seen from where the piece ends
    own = idx.events[idx.event_of["piece"]]
    other = next(e for e in idx.events.values() if e.members[0] in ("a0", "b0") and e is not own)
    plain = idx.candidate_scores("piece", exclude_own=False)
    vec = {d: text_vector(f.terms, idx._df, idx._n) for d, f in idx.docs.items()}
    share = {
        e.id: mean_cosine(vec["piece"], [vec[m] for m in e.members if m != "piece"])
        for e in (own, other)
    }
    a, b = (own, other) if joins == "a" else (other, own)
    if details == 60:
        assert share[a.id] >= max(TEXT_MOVE_MIN, TEXT_MOVE_RATIO * share[b.id]), share
    else:
        assert share[a.id] < TEXT_MOVE_MIN, share
    near = abs(plain[a.id] - plain[b.id]) <= TEXT_MOVE_SLACK
    assert near == (lean < 0.5), plain


def _multinews(first_events: int) -> tuple[list[Article], dict[str, str]]:
    from newsweave.sources.files import article_from_record

    path = need(DATA / "multinews" / "validation.jsonl", "Multi-News")
    arts, gold = [], {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if n > first_events:
                break
            rec = json.loads(line)
            for i, doc in enumerate(rec["documents"]):
                did = f"{rec['id']}-{i}"
                arts.append(article_from_record({"id": did, "text": doc}, locator=f"{path}:{n}"))
                gold[did] = rec["id"]
    return arts, gold


@pytest.mark.slow
def test_multinews_mix_one_storys_articles_meet(settings):
    """Real scraped news, 60 events' 174 documents mixed (~15 s of features). The whole
    690-document validation mix (target F1 ≥ 0.90) is in bench/bench_cluster.py: its features
    take over a minute. Here: 0.835 before this change (0.824 without the second chance), 0.867
    after; a document set aside as a non-article counts as an event of its own."""
    arts, gold = _multinews(60)
    res = cluster_articles(arts, settings)
    lab = res.labels()
    assert {x.id for x in res.set_aside} == {a.id for a in arts if a.id not in lab}
    pred = [lab.get(a.id, f"set-aside:{a.id}") for a in arts]
    f1 = _bcubed_f1([gold[a.id] for a in arts], pred)
    assert f1 >= 0.85, f1


def _multinews_events(numbers: tuple[int, ...]) -> dict[int, list[Article]]:
    """The documents of the Multi-News validation events on these lines (0-based)."""
    from newsweave.sources.files import article_from_record

    path = need(DATA / "multinews" / "validation.jsonl", "Multi-News")
    out: dict[int, list[Article]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n in numbers:
                rec = json.loads(line)
                out[n] = [
                    article_from_record({"id": f"{rec['id']}-{i}", "text": doc}, locator=path.name)
                    for i, doc in enumerate(rec["documents"])
                ]
    return out


def test_what_a_later_ingest_joins_to_a_small_event_is_split_off_again(settings):
    """Two ingests, as a store takes them: the Kushner-FBI reports (219), then the April Fools
    stories (088). Moscow's April Fools piece joins the Kushner event online (the permissive
    join threshold), and the refine pass after the second ingest split it off only once the
    event had grown by half (RECHECK_GROWTH): it stayed. A group checked while small is checked
    at any change now: the two ingests end with each story apart, as one ingest of both does."""
    docs = _multinews_events((219, 88))
    idx = EventIndex()
    for n in (219, 88):
        real = [a for a in docs[n] if a.not_article is None]
        idx.add_many(features(real, settings))
        idx.refine()
    assert len(docs[219]) < SPLIT_MIN
    for members in idx.clusters().values():
        assert len({m.rsplit("-", 1)[0] for m in members}) == 1, members


def test_non_articles_join_no_event_and_are_listed(settings, seed_articles) -> None:
    from dataclasses import replace

    widget = replace(seed_articles[0], id="widget", not_article="embedded widget: “Tweet with…”")
    res = cluster_articles([*seed_articles, widget], settings)
    assert "widget" not in res.labels()
    assert [(x.id, x.reason) for x in res.set_aside] == [("widget", widget.not_article)]
    assert res.to_json()["set_aside"] == [{"id": "widget", "reason": widget.not_article}]
    only = cluster_articles([widget], settings)
    assert only.clusters == () and len(only.set_aside) == 1


def test_progress_is_told_as_features_are_computed(settings, seed_articles) -> None:
    calls: list[tuple[int, int]] = []
    res = cluster_articles(seed_articles, settings, progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1] == (len(seed_articles), len(seed_articles))
    assert len(res.clusters) == 1
