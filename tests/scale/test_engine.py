"""Engines: the local and the Ray executor give the same articles and the same events.

The Ray tests start one local Ray with 2 CPUs for the module and shut it down at
the end. The corpus is a WARC built at test time in tmp from the AEB pages, the
seeds (wrapped as minimal HTML) and some ECB+ documents, plus a few records a
crawler really meets (a PDF, a 404) — never committed.
"""

from __future__ import annotations

import gzip
import itertools
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import DATA, SEEDS, need
from newsweave.config import Settings
from newsweave.errors import InputError, UnreadableInput
from newsweave.models import Article
from newsweave.scale.engine import (
    BatchResult,
    LocalEngine,
    ReadBatch,
    Source,
    plan_sources,
    process_batch,
    read_batches,
)
from newsweave.sources.warc import PageToWrite, text_to_html, write_articles_jsonl, write_warc

CRAWL = datetime(2025, 5, 12, 6, 0, tzinfo=UTC)


def _seed_pages() -> list[PageToWrite]:
    out = []
    for f in sorted(need(SEEDS, "the seed articles").glob("*.txt")):
        title, _, body = f.read_text(encoding="utf-8").strip().partition("\n")
        out.append(
            PageToWrite(
                f"https://seeds.example/{f.stem}", text_to_html(title, body).encode(), crawled=CRAWL
            )
        )
    return out


def _aeb_pages() -> list[PageToWrite]:
    aeb = need(DATA / "aeb", "the AEB benchmark")
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for f in sorted((aeb / "html").glob("*.html.gz")):
        key = f.name.split(".")[0]
        url = truth.get(key, {}).get("url") or f"https://aeb.example/{key}"
        out.append(PageToWrite(url, gzip.decompress(f.read_bytes()), crawled=CRAWL))
    return out


def _ecb_pages(n: int) -> list[PageToWrite]:
    path = need(DATA / "ecbplus" / "documents.jsonl", "the ECB+ documents")
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            lines = [x for x in d["text"].split("\n") if x.strip()]
            # ECB+ texts open with the source url, then the headline
            title, body = (lines[1], lines[2:]) if len(lines) > 2 else (lines[0], lines[1:])
            html = text_to_html(title, "\n".join(body))
            out.append(PageToWrite(f"https://ecb.example/{d['id']}", html.encode(), crawled=CRAWL))
            if len(out) >= n:
                break
    return out


def _junk_pages() -> list[PageToWrite]:
    return [
        PageToWrite("https://news.example/a.pdf", b"%PDF-1.7 not a page", "application/pdf"),
        PageToWrite("https://news.example/gone", b"<html>Not found</html>", status=404),
    ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Two WARC files (read as two sources): the 181 AEB pages + junk, then the seeds + ECB+."""
    d = tmp_path_factory.mktemp("warc")
    first, second = d / "a-aeb.warc.gz", d / "b-news.warc.gz"
    write_warc(first, _aeb_pages() + _junk_pages())
    write_warc(second, _seed_pages() + _ecb_pages(14))
    return [str(first), str(second)]


@pytest.fixture(scope="module")
def ray_session():
    """One local Ray (2 CPUs) for the module's Ray tests."""
    pytest.importorskip("ray.data")
    import ray

    from newsweave.scale.engine import start_ray

    started = start_ray(num_cpus=2)
    yield ray
    if started:
        ray.shutdown()


# --------------------------------------------------------------------------- local, no Ray


def _count_prepare(arts: list[Article], settings: Settings) -> list[tuple[str, int]]:
    return [(a.id, len(arts)) for a in arts]


SETTINGS = Settings()  # the default models, no environment read


def test_batches_are_cut_per_source_and_order_is_kept(tmp_path: Path) -> None:
    arts = [Article(id=f"a{i}", text=f"text {i}") for i in range(7)]
    jl = tmp_path / "arts.jsonl"
    write_articles_jsonl(arts[:5], jl)
    srcs = plan_sources([str(jl), arts[5], arts[6]])
    assert [s.kind for s in srcs] == ["jsonl", "articles"]
    out = list(LocalEngine(SETTINGS, batch_size=2).run(srcs, _count_prepare))
    assert [x[0] for x in out] == [f"a{i}" for i in range(7)]
    # 5 articles in batches of 2 (2, 2, 1), then a new source: batches never span sources
    assert [x[1] for x in out] == [2, 2, 2, 2, 1, 2, 2]


def test_a_jsonl_whose_first_line_is_nested_too_deep_is_read_as_records(tmp_path: Path) -> None:
    """A JSONL file whose first line nests past Python's recursion limit is no article JSONL:
    planning the run reads it as a file of records (whose reader names the bad line), and
    does not fail the whole run with a RecursionError."""
    jl = tmp_path / "deep.jsonl"
    first = "[" * 200_000 + "]" * 200_000
    record = json.dumps({"id": "ok", "text": "The ferry sailed at dawn. " * 20})
    jl.write_text(first + "\n" + record + "\n", encoding="utf-8")
    srcs = plan_sources([str(jl)])
    assert [s.kind for s in srcs] == ["path"]
    read = [x for batch in read_batches(srcs[0]) for x in batch.items]
    assert [type(x).__name__ for x in read] == ["UnreadableInput", "Article"], read
    assert "deep.jsonl:1" in str(read[0]) and "recursion" in str(read[0]), read[0]


def test_errors_stay_in_place_and_prepare_sees_only_articles() -> None:
    err = UnreadableInput("broken", path="x.html")
    batch = ReadBatch([Article(id="a", text="t"), err, Article(id="b", text="u")])
    res = process_batch(batch, _count_prepare, SETTINGS)
    assert isinstance(res, BatchResult)
    assert res.results == [("a", 2), err, ("b", 2)]
    with pytest.raises(ValueError, match="prepare returned 1 results for 2 articles"):
        process_batch(batch, lambda arts, settings: arts[:1], SETTINGS)


def test_read_batches_carries_warc_skip_counts(tmp_path: Path) -> None:
    path = tmp_path / "j.warc.gz"
    write_warc(path, _junk_pages())
    batches = list(read_batches(Source("warc", str(path))))
    assert sum(len(b.items) for b in batches) == 0
    assert sum((b.skipped for b in batches), Counter()) == {
        "not-html": 1,
        "http-404": 1,
        "not-response": 1,
    }
    assert sum(b.records for b in batches) == 3


def test_missing_input_is_an_error_not_a_crash(tmp_path: Path) -> None:
    out = list(LocalEngine(SETTINGS).run([str(tmp_path / "none.warc.gz")], _count_prepare))
    assert len(out) == 1 and isinstance(out[0], InputError) and "none.warc.gz" in str(out[0])


# --------------------------------------------------------------------------- Ray


@pytest.mark.ray
@pytest.mark.slow
def test_ray_and_local_engines_prepare_identical_articles(ray_session, tmp_path: Path) -> None:
    """Same ids, texts, embeddings, signatures, entities, same skips: one code path, two executors."""
    from newsweave.events.prepare import prepare_batch
    from newsweave.scale.engine import RayEngine

    path = tmp_path / "small.warc.gz"
    write_warc(path, _seed_pages() + _junk_pages() + _ecb_pages(10))
    local = LocalEngine(SETTINGS)
    a = list(local.run([str(path)], prepare_batch))
    with RayEngine(SETTINGS) as ray_engine:
        assert not ray_engine._owns_ray  # joined the running Ray, will not shut it down
        b = list(ray_engine.run([str(path)], prepare_batch))
    assert ray_session.is_initialized()
    assert len(a) == len(b) == 15
    assert sum(not isinstance(x, InputError) for x in a) >= 12
    for x, y in zip(a, b, strict=True):
        if isinstance(x, InputError):  # a page with no article body: the same error either way
            assert isinstance(y, InputError) and str(x) == str(y)
            continue
        assert x.article == y.article
        assert x.minhash == y.minhash and x.terms == y.terms and x.entities == y.entities
        assert x.excluded == y.excluded and x.day == y.day
        assert x.embedding == y.embedding, x.article.id
    for s in (local.stats, ray_engine.stats):
        assert s.documents + s.errors == 15 and s.records == 18
        assert s.skipped == {"not-html": 1, "http-404": 1, "not-response": 1}
    assert local.stats.documents == ray_engine.stats.documents
    assert ray_engine.stats.workers == 2


@pytest.mark.ray
@pytest.mark.slow
def test_ray_workers_use_the_drivers_settings_not_their_environment(
    ray_session, tmp_path: Path
) -> None:
    """The environment says nothing of the embedder; the driver's Settings choose the model-free
    hashing one, and the vectors the workers send back are its 1,024-wide ones, not MiniLM's 384."""
    from newsweave.events.prepare import prepare_batch
    from newsweave.scale.engine import RayEngine

    path = tmp_path / "seeds.warc.gz"
    write_warc(path, _seed_pages())
    with RayEngine(Settings(embedder="hashing")) as ray_engine:
        assert ray_engine.settings.model_threads == 1  # one worker per core, one thread each
        out = [
            x for x in ray_engine.run([str(path)], prepare_batch) if not isinstance(x, InputError)
        ]
    assert out and {len(x.embedding) for x in out} == {1024 * 4}


@pytest.mark.ray
@pytest.mark.slow
def test_ingest_with_ray_gives_the_same_store_as_local(
    ray_session, corpus: list[str], tmp_path: Path
) -> None:
    from newsweave.cli import main
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store

    db_local, db_ray = tmp_path / "local.db", tmp_path / "ray.db"
    s_local = ingest(corpus, db=db_local, engine="local", progress=False)
    rc = main(["ingest", *corpus, "--db", str(db_ray), "--engine", "ray", "-q"])
    assert rc == (1 if s_local.failed else 0)  # pages with no article body are reported

    def snapshot(db: Path):
        with Store(db, readonly=True) as st:
            events = st.list_events(limit=10_000)
            ids = st.article_ids()
            arts = {i: st.get_article(i) for i in ids}
            sigs = {i: s.tobytes() for i, s in st.load_minhashes()}
        return (
            {frozenset(e.articles) for e in events},
            {e.id: e.articles for e in events},
            arts,
            sigs,
        )

    ev_l, by_id_l, arts_l, sigs_l = snapshot(db_local)
    ev_r, by_id_r, arts_r, sigs_r = snapshot(db_ray)
    assert s_local.added == len(arts_l) >= 180
    assert arts_l.keys() == arts_r.keys()
    assert all(arts_l[k].text == arts_r[k].text and arts_l[k].url == arts_r[k].url for k in arts_l)
    assert sigs_l == sigs_r
    assert ev_l == ev_r  # the same events...
    assert by_id_l == by_id_r  # ...under the same ids
    # the seeds (five outlets, one event) are one event either way
    seed_ids = {k for k, a in arts_r.items() if (a.url or "").startswith("https://seeds.example/")}
    assert len(seed_ids) == 5
    assert any(seed_ids <= members for members in ev_r)


def test_prepare_to_parquet_writes_streamed_shards(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from newsweave.errors import ConfigError
    from newsweave.scale.engine import prepare_to_parquet

    seeds = need(SEEDS, "the seed articles")
    bad = tmp_path / "broken.html"
    bad.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    out = tmp_path / "parquet"
    stats = prepare_to_parquet([str(seeds), str(bad)], out, SETTINGS, rows_per_file=2)
    assert stats.documents == 5 and stats.errors == 1
    parts = sorted(out.glob("part-*.parquet"))
    assert [p.name for p in parts] == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    table = pq.read_table(out)
    assert table.num_rows == 5
    rows = table.to_pylist()
    assert sorted(r["id"] for r in rows) == sorted(p.stem for p in seeds.glob("*.txt"))
    for r in rows:
        art = Article.from_json(json.loads(r["article"]))
        assert art.id == r["id"] and len(art.text) > 500
        assert len(r["embedding"]) == 384 and abs(sum(x * x for x in r["embedding"]) - 1) < 1e-3
        assert len(r["minhash"]) > 0 and r["entities"]
    (err,) = [json.loads(x) for x in (out / "_errors.jsonl").read_text().splitlines()]
    assert err["path"].endswith("broken.html")
    with pytest.raises(ConfigError, match="already holds Parquet parts"):
        prepare_to_parquet([str(seeds)], out, SETTINGS)


def test_parquet_shards_ingest_into_the_same_events_as_a_direct_ingest(tmp_path: Path) -> None:
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store
    from newsweave.scale.engine import prepare_to_parquet

    seeds = need(SEEDS, "the seed articles")
    ecb = need(DATA / "ecbplus" / "documents.jsonl", "ECB+")
    docs = tmp_path / "ecb.jsonl"
    with open(ecb, encoding="utf-8") as fh:
        docs.write_text("".join(itertools.islice(fh, 40)), encoding="utf-8")
    out = tmp_path / "prepared"
    prepare_to_parquet([str(seeds), str(docs)], out, SETTINGS, rows_per_file=16)

    def events(db: Path) -> set[frozenset[str]]:
        with Store(db, readonly=True) as st:
            return {frozenset(e.articles) for e in st.list_events()}

    direct = ingest([str(seeds), str(docs)], db=tmp_path / "direct.db", progress=False)
    via = ingest([str(out)], db=tmp_path / "via.db", progress=False)
    # (one ECB+ record is too short to be an article: both paths report it, neither stores it)
    assert via.added == direct.added >= 40 and not via.failed
    assert events(tmp_path / "via.db") == events(tmp_path / "direct.db")

    again = ingest([str(out)], db=tmp_path / "via.db", progress=False)  # idempotent
    assert again.added == 0 and again.duplicates == via.added

    # a damaged shard is named, and what the good shards brought stays stored
    bad = tmp_path / "bad"
    bad.mkdir()
    first = sorted(out.glob("part-*.parquet"))[0]
    (bad / first.name).write_bytes(first.read_bytes())
    (bad / "part-00001.parquet").write_bytes(b"PAR1 this is not parquet")
    res = ingest([str(bad)], db=tmp_path / "bad.db", progress=False)
    assert res.added == 16
    assert len(res.failed) == 1 and "part-00001.parquet" in res.failed[0]
    with Store(tmp_path / "bad.db", readonly=True) as st:
        assert st.counts().articles == 16
