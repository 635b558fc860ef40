"""A year in one store: ingest, the event list, search, entity filter and event page at 10k-1M.

What is real and what is generated (be clear about it when reading the figures):

1. **The pool** (real NLP, once): the Multi-News validation documents, the ECB+ documents and the
   AEB pages (HTML) from ../shared/data go through the real ``newsweave.corpus.ingest`` into
   ``/tmp/scale/pool.db``: cleaning, off-topic cut, embedding, NER, MinHash, online events.
2. **The generated stores** (no NLP): ``/tmp/scale/store-N.db`` holds N articles written through
   the real Store API (``insert_article``, ``set_event``, ``refresh_events``; FTS triggers, indices
   and event rows as an ingest leaves them). Each is a copy of a pool article with an altered id,
   a line appended to its text (so its content hash and FTS row are its own), one of
   ``OUTLETS`` invented outlets and a date spread evenly over a year; pool events are copied as
   events of the same members, so the store has the pool's event sizes. The copies *reuse the
   pool articles' computed features* (embedding, words, entities, MinHash), each copy mapped to
   a story of its own (``copy_features``: identical copies would make every ingest merge
   hundreds of twins, which real news does not have): running a million
   documents through spaCy and the embedder takes days on this machine, and what the store's
   costs depend on (rows, index sizes, events per day, entity and word frequencies) is kept.
   Writes use large transactions and ``PRAGMA synchronous = OFF`` (the generator only).
3. **Measured at each size** on a working copy of the generated store:
   - the REAL ingest path (full NLP, ``newsweave.corpus.ingest``) for the last ``--tail``
     articles (pool texts with an edition sentence and a dropped line, dated on the store's
     last days: "today's news"), in chunks, articles/s per chunk: twice, as one-off ``ingest``
     calls (each loads the event window near its dates) and as the polls of one long-running
     process (``watch``: the window loaded by the first chunk, kept for the next);
   - p50/p99 over ``--requests`` requests of the front page's event list (``/api/events``),
     an event page (``/events/{id}``, syntheses woven once and cached), a full-text search and an
     entity filter (a frequent and a rare one each), through the real app (starlette TestClient);
   - database bytes per article (the file plus its WAL, after a checkpoint);
   - RSS of one long-running process (models loaded, the app open) over a simulated watch:
     ``--watch-rounds`` rounds of a small real ingest plus page requests; start and end RSS.

    nice .venv/bin/python bench/bench_store_scale.py [--sizes 10000,100000,1000000] [--tail 700]
    # the first 300,000 articles of a year of a million (a million's articles per day)
    nice .venv/bin/python bench/bench_store_scale.py --sizes 300000 --year 1000000
    # the two tails only (one-off calls, kept window), printed, not saved
    nice .venv/bin/python bench/bench_store_scale.py --sizes 100000 --year 1000000 --tail-only
    # one call of the last 1,400 articles into the million (its window load included)
    nice .venv/bin/python bench/bench_store_scale.py --sizes 1000000 --tail 1400 --call 1400 \
        --ways one-off --tail-only
    # one-off calls with the first window read beside the NLP, alternated with it read first
    nice .venv/bin/python bench/bench_store_scale.py --sizes 1000000 --window-ab

Built stores are cached under /tmp/scale (``--rebuild`` to regenerate); results go to
bench/results/store_scale.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this tree's code, not the installed one
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "bench" / "results"
SCALE = Path(os.environ.get("NEWSWEAVE_SCALE_DIR", "/tmp/scale"))
POOL_DB = SCALE / "pool.db"
# The generated year: dates spread evenly from here over YEAR_DAYS days.
YEAR_START = date(2025, 1, 1)
YEAR_DAYS = 365
# "A few hundred sources": copies are credited to this many invented outlets.
OUTLETS = 300
# Rows per generator transaction: large, so commits are a small share of the build.
BUILD_BATCH = 20_000
# SQLite page cache of the generator (KiB): the indices of a million articles (ids, hashes,
# urls, entities) take random inserts, which the default 2 MB cache turns into disk reads.
BUILD_CACHE_KB = 2_000_000
# Events woven (real synthesis, cached in the store) for the event-page measurement.
WOVEN_EVENTS = 4
# Articles per real ingest call in the tail measurement (each chunk's rate is reported).
TAIL_CHUNK = 250
# Articles per round of the simulated watch.
WATCH_BATCH = 20


# --------------------------------------------------------------------------- the pool


def pool_records() -> list[dict[str, Any]]:
    """The real documents: Multi-News, ECB+ texts and AEB HTML pages."""
    out: list[dict[str, Any]] = []
    with open(DATA / "multinews" / "validation.jsonl", encoding="utf-8") as fh:
        for ev in map(json.loads, fh):
            for i, doc in enumerate(ev["documents"]):
                out.append({"id": f"{ev['id']}-{i}", "text": doc})
    with open(DATA / "ecbplus" / "documents.jsonl", encoding="utf-8") as fh:
        out += [{"id": f"ecb-{r['id']}", "text": r["text"]} for r in map(json.loads, fh)]
    for p in sorted((DATA / "aeb" / "html").glob("*.html.gz")):
        html = gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        out.append({"id": f"aeb-{p.name.split('.')[0]}", "html": html})
    return out


def build_pool() -> None:
    """The pool store, through the real ingest (full NLP), once."""
    from newsweave.corpus.ingest import ingest

    if POOL_DB.exists():
        return
    SCALE.mkdir(parents=True, exist_ok=True)
    src = SCALE / "pool.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for rec in pool_records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp = SCALE / "pool.tmp.db"
    for suffix in ("", "-wal", "-shm", ".ingest-lock"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    s = ingest([str(src)], db=tmp, progress=False)
    print(f"pool: {s.describe()}", flush=True)
    with sqlite3.connect(tmp) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(POOL_DB)
    Path(str(tmp) + ".ingest-lock").unlink(missing_ok=True)


def read_pool() -> list[list[Any]]:
    """The pool's events as lists of PreparedArticle (features read back from its store)."""
    from newsweave.corpus.store import Store
    from newsweave.events.features import EntityKey
    from newsweave.events.prepare import PreparedArticle

    with Store(POOL_DB) as st:  # migrated to this schema on open
        db = st.db
        ents: dict[str, list[EntityKey]] = {}
        for r in db.execute("SELECT article_id, key, name, label FROM entities ORDER BY rowid"):
            ents.setdefault(r[0], []).append(EntityKey(r[1], r[2], r[3]))
        feats = {
            r[0]: (r[1], r[2], r[3])
            for r in db.execute("SELECT article_id, embedding, minhash, terms FROM features")
        }
        events: list[list[Any]] = []
        for eid in [r[0] for r in db.execute("SELECT id FROM events ORDER BY seq")]:
            members = []
            for aid in st.get_event(eid).articles:
                emb, mh, terms = feats[aid]
                members.append(
                    PreparedArticle(
                        article=st.get_article(aid),
                        embedding=emb,
                        minhash=mh,
                        terms=terms,
                        entities=tuple(ents.get(aid, ())),
                        excluded=(),
                        day=None,
                    )
                )
            events.append(members)
    return events


# --------------------------------------------------------------------------- the generator


def store_path(n: int, year: int | None = None) -> Path:
    return SCALE / (f"store-{n}.db" if year in (None, n) else f"store-{n}-of-{year}.db")


def copy_features(p: Any, art: Any, day: date, k: int) -> Any:
    """Copy ``k`` of a pool article as a story of its own: its embedding turned by copy ``k``'s
    own permutation and signs (an orthogonal map: the copy's members stay as similar to each
    other as the originals, and unrelated to other copies), its word hashes and MinHash slots
    mapped by a bijection of copy ``k`` (the same distribution of word frequencies, no word
    shared with another copy, no near-duplicate of it). Entities stay: a year's entity names
    (the U.S., Obama) recur across its stories, which the entity filter is measured on. Copy 0
    is the pool article itself."""
    import numpy as np

    from newsweave.events.prepare import TERMS_DTYPE

    if k == 0:
        return dataclasses.replace(p, article=art, day=day.toordinal())
    rng = np.random.default_rng(k)
    emb = np.frombuffer(p.embedding, dtype=np.float32)
    emb = emb[rng.permutation(emb.size)] * rng.choice(np.array([-1.0, 1.0], np.float32), emb.size)
    terms = np.frombuffer(p.terms, dtype=TERMS_DTYPE).copy()
    terms["h"] = terms["h"] * np.uint32(2654435761) + np.uint32(k * 40503)  # wraps mod 2^32
    sig = np.frombuffer(p.minhash, dtype=np.uint32) * np.uint32(2246822519) + np.uint32(k)
    return dataclasses.replace(
        p,
        article=art,
        day=day.toordinal(),
        embedding=emb.astype(np.float32).tobytes(),
        terms=terms.tobytes(),
        minhash=sig.tobytes(),
    )


def build_store(n: int, pool: list[list[Any]], year: int | None = None) -> float:
    """N generated articles (see the module docstring) through the Store API; returns seconds.

    ``year``: the articles of a whole year (default N); the store holds its first N, at that
    year's articles per day (a million a year and 300,000 built: January to mid-April)."""
    from newsweave.corpus.store import Store
    from newsweave.events.index import event_id_for

    path = store_path(n, year)
    tmp = Path(str(path) + ".tmp")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    per_copy = sum(len(e) for e in pool)
    n_events = -(-(year or n) // per_copy) * len(pool)  # the year's events, over its days
    t0 = time.perf_counter()
    written = committed = 0
    seq = 0
    with Store(tmp) as st:
        st.db.execute("PRAGMA synchronous = OFF")  # the generator only: a crash rebuilds
        st.db.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KB}")  # index pages stay in memory
        touched: dict[str, int] = {}
        st.db.execute("BEGIN IMMEDIATE")
        k = 0
        while written < n:
            for members in pool:
                if written >= n:
                    break
                day = YEAR_START + timedelta(days=seq * YEAR_DAYS // n_events)
                first = None
                for j, p in enumerate(members[: n - written]):
                    a = p.article
                    aid = f"{a.id}~y{k}"
                    first = first or aid
                    h = int(hashlib.sha1(aid.encode()).hexdigest()[:8], 16)
                    art = dataclasses.replace(
                        a,
                        id=aid,
                        text=f"{a.text}\n\nEdition {k}.",
                        url=f"https://outlet{h % OUTLETS}.example/{aid}",
                        outlet=f"outlet{h % OUTLETS}.example",
                        published=datetime(day.year, day.month, day.day, 6 + j % 12, tzinfo=UTC),
                    )
                    st.insert_article(copy_features(p, art, day, k))
                    if not a.not_article:
                        st.set_event(aid, event_id_for(first))
                    written += 1
                if first is not None and not all(p.article.not_article for p in members):
                    touched[event_id_for(first)] = seq
                seq += 1
                if written - committed >= BUILD_BATCH:
                    committed = written
                    st.refresh_events(list(touched), seqs=touched)
                    touched = {}
                    st.db.execute("COMMIT")
                    st.db.execute("BEGIN IMMEDIATE")
                    print(
                        f"  build {n}: {written} articles, {time.perf_counter() - t0:.0f}s",
                        flush=True,
                    )
            k += 1
        st.refresh_events(list(touched), seqs=touched)
        st.db.execute("COMMIT")
        st.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(path)
    return time.perf_counter() - t0


# --------------------------------------------------------------------------- measurements


def last_day(db: str | Path) -> date:
    """The latest publication day in the store: "today" for the articles ingested on top."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return date.fromisoformat(
            con.execute("SELECT MAX(published) FROM articles").fetchone()[0][:10]
        )


def pool_texts() -> list[dict[str, Any]]:
    """The pool's records that carry a text (the tail's and the watch's articles come from them)."""
    return [r for r in pool_records() if "text" in r]


def tail_records(
    texts: list[dict[str, Any]], tag: str, last: date, rng: random.Random
) -> list[dict]:
    """One new article from each of ``texts``, dated on the store's last 3 days: one line
    dropped, and an edition sentence added to the first paragraph of a dozen words or more,
    so that what cleaning keeps is new text (its own content hash, no near-duplicate of a
    stored copy, a lead the embedder has not seen). A separate edition line would be cleaned
    away as page furniture, leaving repeats of texts already stored."""
    out = []
    n = len(texts)
    for i, rec in enumerate(texts):
        lines = rec["text"].split("\n")
        if len(lines) > 4:
            del lines[rng.randrange(1, len(lines))]
        body = next((k for k, line in enumerate(lines) if len(line.split()) >= 12), 0)
        lines[body] = f"{lines[body].rstrip()} Edition {tag}{i} of the day."
        day = last - timedelta(days=i * 3 // max(1, n))
        out.append(
            {
                "id": f"{rec['id']}~{tag}{i}",
                "text": "\n".join(lines),
                "published": day.isoformat(),
                "outlet": f"outlet{i % OUTLETS}.example",
            }
        )
    return out


def window_ab(db: Path, texts: list[dict[str, Any]], tmp: Path, seed: int) -> dict[str, list]:
    """One-off ``ingest`` calls of TAIL_CHUNK fresh texts each, alternating the first window
    read on a thread beside the NLP (:meth:`~newsweave.corpus.resident.ResidentWindow.start`)
    and read before any assignment (``start`` made a no-op): articles/s and CPU seconds of
    each, after a warm-up call (models loaded, caches filled)."""
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.resident import ResidentWindow

    rng, today = random.Random(seed), last_day(db)
    picked = rng.sample(texts, len(texts))
    beside = ResidentWindow.start
    out: dict[str, list] = {"beside": [], "first": []}
    chunks = [picked[k : k + TAIL_CHUNK] for k in range(20, len(picked) - TAIL_CHUNK, TAIL_CHUNK)]
    for k, part in enumerate([picked[:20], *chunks]):
        way = "first" if k % 2 == 0 else "beside"  # the warm-up (k = 0) is not counted
        ResidentWindow.start = beside if way == "beside" else (lambda window, days: None)
        src = tmp / f"ab{k}.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for rec in tail_records(part, f"ab{seed}x{k}", today, rng):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        cpu = time.process_time()
        s = ingest([str(src)], db=db, progress=False)
        cpu = time.process_time() - cpu
        if k:
            out[way].append((round(s.rate, 2), round(cpu, 1)))
        print(f"  {way}: {s.describe()}; CPU {cpu:.1f} s (load {os.getloadavg()[0]:.1f})")
    ResidentWindow.start = beside
    return out


def ingest_tail(
    db: Path, records: list[dict], tmp: Path, *, kept: bool, chunk: int = TAIL_CHUNK
) -> list[float]:
    """The real ingest of ``records`` in chunks of ``chunk``; articles/s of each chunk.

    ``kept``: the chunks go through one :class:`~newsweave.corpus.ingest.Resident`, as the
    polls of a long-running ``watch`` do (the first chunk loads the event window, the next go
    on with it); otherwise each chunk is a one-off ``ingest`` call that loads the window (one
    chunk of all the records: one call of the last articles, its window load included)."""
    from newsweave.corpus.ingest import Resident, ingest

    resident = Resident() if kept else None
    rates = []
    for c in range(0, len(records), chunk):
        src = tmp / f"tail{c}.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for rec in records[c : c + chunk]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        cpu = time.process_time()
        s = ingest([str(src)], db=db, progress=False, resident=resident)
        cpu = time.process_time() - cpu
        rates.append(round(s.rate, 2))
        print(
            f"  tail chunk {c}{' (kept)' if kept else ''}: {s.describe()};"
            f" CPU {cpu:.1f} s, {1000 * cpu / max(1, s.added):.0f} ms per stored article"
            f" (load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
    return rates


def weave_some(db: Path, settings: Any) -> list[str]:
    """Syntheses of a few multi-article events, woven and cached (the page serves them)."""
    from newsweave.corpus.store import Store

    with Store(db) as st:
        ids = [
            r[0]
            for r in st.db.execute(
                "SELECT id FROM events WHERE n_articles BETWEEN 3 AND 8 ORDER BY seq DESC LIMIT ?",
                (WOVEN_EVENTS,),
            )
        ]
        for eid in ids:
            st.event_report(eid, settings=settings)
    return ids


def pick_filters(db: Path) -> dict[str, list[str]]:
    """The most and the least frequent entity (2 articles or more) of the latest 20,000 articles,
    and search words."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        recent = (
            "SELECT key, COUNT(*) c FROM entities WHERE article_id IN"
            " (SELECT id FROM articles ORDER BY rowid DESC LIMIT 20000) GROUP BY key"
        )
        frequent = con.execute(f"{recent} ORDER BY c DESC LIMIT 1").fetchone()[0]
        rare = con.execute(
            f"SELECT key FROM ({recent}) WHERE c >= 2 ORDER BY c, key LIMIT 1"
        ).fetchone()
        name = "SELECT name FROM entities WHERE key = ? LIMIT 1"
        entities = [
            con.execute(name, (k,)).fetchone()[0] for k in (frequent, (rare or [frequent])[0])
        ]
    return {"entity": entities, "q": ["police", "heavyweight title fight"]}


def latencies(client: Any, urls: list[str], n: int) -> dict[str, float]:
    """Wall-clock p50/p99 and the process's mean CPU time per request: on a shared machine the
    wall clock also counts other programs' turns on the cores, the CPU time does not."""
    times = []
    c0 = time.process_time()
    for i in range(n):
        t0 = time.perf_counter()
        r = client.get(urls[i % len(urls)])
        times.append(1000 * (time.perf_counter() - t0))
        if r.status_code != 200:
            raise SystemExit(f"{urls[i % len(urls)]}: HTTP {r.status_code}: {r.text[:200]}")
    cpu = 1000 * (time.process_time() - c0) / n
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p99_ms": round(times[min(len(times) - 1, int(0.99 * len(times)))], 1),
        "cpu_ms_mean": round(cpu, 1),
        "load_1min": round(os.getloadavg()[0], 1),
    }


def measure_pages(db: Path, settings: Any, woven: list[str], n: int) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from newsweave.serve.app import create_app

    f = pick_filters(db)
    out: dict[str, Any] = {"filters": f}
    with TestClient(create_app(str(db), settings=settings)) as client:
        plans = {
            "front_page": ["/api/events"],
            "front_page_offset_100": ["/api/events?offset=100"],
            "event_page": [f"/events/{e}" for e in woven],
            "event_json": [f"/api/events/{e}" for e in woven],
            "search_frequent": [f"/api/events?q={f['q'][0]}"],
            "search_rare": [f"/api/events?q={f['q'][1]}"],
            "entity_frequent": [f"/api/events?entity={f['entity'][0]}"],
            "entity_rare": [f"/api/events?entity={f['entity'][1]}"],
            "since_month": [f"/api/events?since={(last_day(db) - timedelta(days=30)).isoformat()}"],
            "until_month": [f"/api/events?until={(YEAR_START + timedelta(days=30)).isoformat()}"],
        }
        for name, urls in plans.items():
            out[name] = latencies(client, urls, n)
            print(f"  {name}: {out[name]}", flush=True)
    return out


def db_bytes(db: Path) -> int:
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def watch_child(db: str, rounds: int) -> int:
    """One long-running process: models and the app open, rounds of small real ingests and
    page requests; prints its RSS after each round (JSON lines). The rounds keep their event
    indices from one ingest to the next, as ``watch`` does (``Resident``)."""
    import tempfile

    from fastapi.testclient import TestClient

    from newsweave.config import Settings
    from newsweave.corpus.ingest import Resident, ingest
    from newsweave.serve.app import create_app

    settings = Settings.from_env()
    resident = Resident()
    rng = random.Random(os.getpid())  # new articles on every run, also on a store used before
    src = pool_texts()
    today = last_day(db)
    with tempfile.TemporaryDirectory() as tmp, TestClient(create_app(db, settings=settings)) as c:
        for r in range(rounds):
            path = Path(tmp) / "w.jsonl"
            with open(path, "w", encoding="utf-8") as fh:
                tag = f"w{os.getpid()}r{r}x"
                for rec in tail_records(rng.sample(src, WATCH_BATCH), tag, today, rng):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            t0 = time.perf_counter()
            s = ingest([str(path)], db=db, progress=False, settings=settings, resident=resident)
            secs = time.perf_counter() - t0
            for url in ("/api/events", "/api/events?q=police", "/api/events?offset=40"):
                c.get(url)
            print(
                json.dumps(
                    {
                        "round": r,
                        "rss_mb": round(rss_mb(), 1),
                        "added": s.added,
                        "summary": s.describe(),
                        "ingest_s": round(secs, 2),
                    }
                ),
                flush=True,
            )
    return 0


def measure_watch(db: Path, rounds: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, __file__, "--watch-child", str(db), "--watch-rounds", str(rounds)],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.startswith("{")]
    return {
        "rounds": len(rows),
        "rss_start_mb": rows[0]["rss_mb"],
        "rss_end_mb": rows[-1]["rss_mb"],
        "rss_max_mb": max(r["rss_mb"] for r in rows),
        "ingest_s_per_round_median": statistics.median(r["ingest_s"] for r in rows),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", default="10000,100000,1000000", help="store sizes, e.g. 10000,100000"
    )
    ap.add_argument(
        "--tail", type=int, default=700, help="articles through the real ingest, each way"
    )
    ap.add_argument(
        "--seed",
        type=int,
        default=5,
        help="the tail's texts (another seed on a store measured in place before)",
    )
    ap.add_argument(
        "--call",
        type=int,
        default=TAIL_CHUNK,
        help="articles per one-off ingest call in the tail (e.g. the whole --tail: one call)",
    )
    ap.add_argument(
        "--ways", default="one-off,kept", help="tails to run: one-off calls, a kept window, or both"
    )
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    ap.add_argument("--watch-rounds", type=int, default=30, help="rounds of the simulated watch")
    ap.add_argument(
        "--year", type=int, help="articles in the year the stores are the start of (default: N)"
    )
    ap.add_argument("--rebuild", action="store_true", help="regenerate the cached stores")
    ap.add_argument(
        "--in-place", action="store_true", help="measure on the cached store (it grows by the tail)"
    )
    ap.add_argument("--build-only", action="store_true", help="build the stores, measure nothing")
    ap.add_argument(
        "--tail-only",
        action="store_true",
        help="measure the two tails only (no pages, no watch; results printed, not saved)",
    )
    ap.add_argument(
        "--window-ab",
        action="store_true",
        help="one-off calls, window beside the NLP vs first, alternated (printed, not saved)",
    )
    ap.add_argument("--watch-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.watch_child:
        return watch_child(args.watch_child, args.watch_rounds)
    if not (DATA / "multinews").exists():
        print(f"skipped: datasets not found at {DATA}")
        return 0
    import tempfile

    from newsweave.config import Settings
    from newsweave.corpus.store import Store

    settings = Settings.from_env()
    build_pool()
    texts = pool_texts()
    asked = args.ways.split(",")
    ways = [w for w in ("one-off", "kept") if w in asked]
    if not ways or len(ways) != len(asked):
        ap.error(f"--ways {args.ways!r}: give one-off, kept or both, comma-separated")
    if len(ways) * args.tail > len(texts):
        ap.error(
            f"--tail {args.tail}: the pool holds {len(texts)} texts,"
            f" at most {len(texts) // len(ways)} a way"
        )
    pool = None
    results: dict[str, Any] = {}
    out_file = RESULTS / "store_scale.json"
    if out_file.exists():
        results = json.loads(out_file.read_text())
    for n in [int(x) for x in args.sizes.split(",")]:
        base = store_path(n, args.year)
        r: dict[str, Any] = {"year": args.year or n}
        if args.rebuild or not base.exists():
            pool = pool or read_pool()
            r["build_s"] = round(build_store(n, pool, args.year), 1)
            print(f"built {base} in {r['build_s']}s", flush=True)
        if args.build_only:
            continue
        work = base if args.in_place else SCALE / f"work-{n}.db"
        if not args.in_place:
            for suffix in ("", "-wal", "-shm", ".ingest-lock"):
                Path(str(work) + suffix).unlink(missing_ok=True)
            shutil.copyfile(base, work)
        with Store(work) as st:  # migrate the cached store once (new schema steps)
            r["articles"] = st.counts().articles
        r["bytes_per_article"] = round(db_bytes(work) / r["articles"])
        if args.window_ab:
            with tempfile.TemporaryDirectory() as tmp:
                print(json.dumps({n: window_ab(work, texts, Path(tmp), args.seed)}), flush=True)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            rng, today = random.Random(args.seed), last_day(work)
            # each pool text once across both tails: today's news does not repeat itself
            picked = rng.sample(texts, len(ways) * args.tail)
            for k, way in enumerate(ways):
                kept = way == "kept"
                tag = f"t{args.seed}{'k' if kept else ''}"
                part = picked[k * args.tail : (k + 1) * args.tail]
                recs = tail_records(part, tag, today, rng)
                key = "tail_kept_articles_per_s" if kept else "tail_articles_per_s"
                if not kept and args.call != TAIL_CHUNK:
                    key = f"tail_calls_of_{args.call}_articles_per_s"
                chunk = TAIL_CHUNK if kept else args.call
                r[key] = ingest_tail(work, recs, Path(tmp), kept=kept, chunk=chunk)
        if args.tail_only:
            print(json.dumps({n: r}), flush=True)
            continue
        r["pages"] = measure_pages(work, settings, weave_some(work, settings), args.requests)
        r["watch"] = measure_watch(work, args.watch_rounds)
        r["bytes_per_article_after"] = round(
            db_bytes(work) / Store(work, readonly=True).counts().articles
        )
        results[base.stem.removeprefix("store-")] = r
        print(json.dumps({n: r}, indent=1), flush=True)
        RESULTS.mkdir(parents=True, exist_ok=True)
        out_file.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
