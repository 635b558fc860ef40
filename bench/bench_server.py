"""Server throughput and latency: the event page and the event JSON over a store of 5,000+ articles.

1. Builds (once; reused from bench/results/) a store of at least 5,000 articles: the seeds,
   ECB+ documents and PolNeAR texts from ../shared/data, repeated with altered ids and text
   (one line dropped per copy) until there are enough. By default the seeds go through
   ``newsweave.corpus.ingest`` and the rest straight through Store methods (see ``insert_direct``);
   ``--ingest`` sends everything through ``newsweave.corpus.ingest`` (hours on a busy 2-core box).
2. Starts ``newsweave serve`` in its own process on 127.0.0.1.
3. From this (second) process, a bounded load loop: CONCURRENCY httpx clients for
   DURATION seconds per endpoint, after a warm-up; prints requests/s, p50 and p99.

Target (issue 6): p99 under 100 ms for a stored event (cached synthesis) on 2 cores.
Figures are taken on a shared machine: other work running at the same time inflates them;
``server_cpu_ms_per_request`` (the server process's CPU time / requests) and the 1-minute
load average are printed next to each figure to tell the two apart.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this tree's code, not the installed one
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results"
DB = RESULTS / "server_store.db"
CORPUS = RESULTS / "server_corpus.jsonl"
MIN_ARTICLES = 5000
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "4"))  # a few clients, as a small team would
DURATION = float(os.environ.get("BENCH_DURATION", "10"))  # seconds of load per endpoint
WARMUP = 1.0
SEED_ID = "000_3016f4a61fb5a44f"


def build_corpus() -> int:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        sys.exit(f"bench_server: the seeds are not at {SHARED / 'seeds'}")
    base: list[dict] = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in seeds]
    varied: list[dict] = []
    ecb = SHARED / "data" / "ecbplus" / "documents.jsonl"
    if ecb.exists():
        with ecb.open(encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                varied.append({"id": f"ecb-{d['id']}", "text": d["text"]})
    for p in sorted((SHARED / "data" / "polnear").glob("*/text/*.txt")):
        varied.append(
            {"id": f"polnear-{p.parent.parent.name}-{p.stem}", "text": p.read_text("utf-8")}
        )
    aeb = sorted((SHARED / "data" / "aeb" / "html").glob("*.html.gz"))
    import gzip

    for p in aeb:
        html = gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        base.append({"id": f"aeb-{p.name.split('.')[0]}", "html": html})
    records = base + varied
    rng = random.Random(7)
    copy = 1
    n_text = len(seeds) + len(varied)  # the AEB pages are HTML: only `--ingest` stores them
    while n_text < MIN_ARTICLES + 100 and varied:
        for rec in varied:
            lines = [ln for ln in rec["text"].split("\n") if ln.strip()]
            if len(lines) > 3:
                del lines[rng.randrange(1, len(lines))]
            records.append({"id": f"{rec['id']}~{copy}", "text": "\n".join(lines)})
            n_text += 1
            if n_text >= MIN_ARTICLES + 100:
                break
        copy += 1
    with CORPUS.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(records)


def build_store() -> dict:
    """Reuse the store when it is big enough; else build it (see the module docstring)."""
    from newsweave.corpus.store import Store

    if DB.exists():
        with Store(str(DB)) as s:  # writable: a store from an older newsweave is migrated
            n = s.counts().articles
        if n >= MIN_ARTICLES:
            return {"store_articles": n, "store_built_s": None, "store_build": "reused"}
    n = build_corpus()
    t0 = time.perf_counter()
    mode = "ingest" if "--ingest" in sys.argv else "direct"
    summary = ingest_all() if mode == "ingest" else insert_direct()
    dt = time.perf_counter() - t0
    print(summary, file=sys.stderr)
    with Store(str(DB), readonly=True) as s:
        c = s.counts()
    return {
        "corpus_records": n,
        "store_articles": c.articles,
        "store_events": c.events,
        "store_built_s": round(dt, 1),
        "store_build": mode,
    }


def ingest_all() -> str:
    """Everything through newsweave.corpus.ingest (extraction, features, clustering): slow under load."""
    from newsweave.corpus.ingest import ingest

    return ingest([str(CORPUS)], db=str(DB), progress=True).describe()


def insert_direct() -> str:
    """The seeds through newsweave.corpus.ingest (a real event, a real synthesis); the other records
    straight through Store methods with placeholder features and events from their dataset
    labels (ECB+ event, PolNeAR document), so that the store has the size that matters to the
    server (rows, full-text index, event list) without hours of NLP on a shared machine."""
    import numpy as np

    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store
    from newsweave.events.dedup import NUM_PERM
    from newsweave.events.prepare import TERMS_DTYPE, PreparedArticle
    from newsweave.models import Article

    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    seeds_summary = ingest([str(p) for p in seeds], db=str(DB), progress=False).describe()
    labels: dict[str, str] = {}
    ecb = SHARED / "data" / "ecbplus" / "documents.jsonl"
    if ecb.exists():
        with ecb.open(encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                labels[f"ecb-{d['id']}"] = f"ecb-{d['event']}"
    zero_vec = np.zeros(384, dtype=np.float32).tobytes()
    zero_sig = np.zeros(NUM_PERM, dtype=np.uint32).tobytes()
    no_terms = np.zeros(0, dtype=TERMS_DTYPE).tobytes()
    added = 0
    with Store(str(DB)) as store, CORPUS.open(encoding="utf-8") as f:
        events: set[str] = set()
        with store.transaction():
            for line in f:
                rec = json.loads(line)
                if "text" not in rec or rec["id"] in {p.stem for p in seeds}:
                    continue
                if store.has_article_id(rec["id"]):
                    continue
                lines = [ln.strip() for ln in rec["text"].split("\n") if ln.strip()]
                base = rec["id"].split("~")[0]
                art = Article(
                    id=rec["id"],
                    text="\n\n".join(lines[1:]) or lines[0],
                    title=lines[0][:200],
                    outlet=base.split("-")[0],
                    raw_sha1=hashlib.sha1(rec["text"].encode()).hexdigest(),
                )
                store.insert_article(
                    PreparedArticle(art, zero_vec, zero_sig, no_terms, (), (), None)
                )
                event = labels.get(base, f"bench-{base}")
                store.set_event(art.id, event)
                events.add(event)
                added += 1
            store.refresh_events(sorted(events))
    return f"{seeds_summary}; {added} more articles inserted directly into {len(events)} events"


def seeds_event() -> str:
    from newsweave.corpus.store import Store

    with Store(str(DB), readonly=True) as s:
        event = s.article_event(SEED_ID)
    if event is None:
        sys.exit("bench_server: the seeds' event is not in the store")
    return event


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc): the server's own cost, whatever the load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def load(url: str, duration: float, pid: int) -> dict:
    lat: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        stop_warm = time.perf_counter() + WARMUP

        async def worker(record: bool, until: float) -> None:
            nonlocal errors
            while time.perf_counter() < until:
                t = time.perf_counter()
                r = await client.get(url)
                await r.aread()
                if record:
                    if r.status_code != 200:
                        errors += 1
                    lat.append(time.perf_counter() - t)

        await asyncio.gather(*(worker(False, stop_warm) for _ in range(CONCURRENCY)))
        cpu0 = cpu_seconds(pid)
        t0 = time.perf_counter()
        until = t0 + duration
        await asyncio.gather(*(worker(True, until) for _ in range(CONCURRENCY)))
        elapsed = time.perf_counter() - t0
        cpu = cpu_seconds(pid) - cpu0
    lat.sort()
    return {
        "requests": len(lat),
        "errors": errors,
        "rps": round(len(lat) / elapsed, 1),
        "p50_ms": round(statistics.median(lat) * 1000, 2),
        "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 2),
        # server CPU per request: what the latency would be on an idle core, without queueing
        "server_cpu_ms_per_request": round(cpu / max(1, len(lat)) * 1000, 2),
        "load_average_1m": round(os.getloadavg()[0], 1),
        "bytes": len((sample := await asyncio.to_thread(httpx.get, url)).content),
        "bytes_on_wire": sample.num_bytes_downloaded,  # gzip when the server compresses
    }


def main() -> int:
    RESULTS.mkdir(parents=True, exist_ok=True)
    info = build_store()
    if "--build-only" in sys.argv:
        print(json.dumps(info))
        return 0
    event = seeds_event()
    port = free_port()
    # (the server runs this tree's code too, whichever install the venv points at)
    env = {**os.environ, "NEWSWEAVE_TOKEN": "", "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsweave.cli", "serve", "--db", str(DB), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.time() > deadline or proc.poll() is not None:
                sys.exit("bench_server: the server did not start")
            time.sleep(0.2)
        # the first read of the event may compute its synthesis; then it is cached
        t = time.perf_counter()
        first = httpx.get(f"{base}/api/events/{event}", timeout=300)
        first.raise_for_status()
        first_s = time.perf_counter() - t
        endpoints = {
            "event_json": f"{base}/api/events/{event}",
            "event_page": f"{base}/events/{event}",
            "event_list": f"{base}/api/events?limit=20",
            "article_json": f"{base}/api/articles/{SEED_ID}",
        }
        out: dict = {
            **info,
            "event": event,
            "first_event_read_s": round(first_s, 3),
            "concurrency": CONCURRENCY,
            "duration_s": DURATION,
            "cpus": os.cpu_count(),
        }
        for name, url in endpoints.items():
            res = asyncio.run(load(url, DURATION, proc.pid))
            for k, v in res.items():
                out[f"{name}_{k}"] = v
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for k, v in out.items():
        print(f"{k}: {v}")
    (RESULTS / "server.json").write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
