"""Local vs Ray engine: end-to-end ingest throughput and per-stage costs on 5,000+ documents.

Corpus (built in a temp dir, deleted at the end, never committed): the 181 AEB
pages repeated with altered urls and a per-copy edition line (so each copy is a
distinct article, linked as a near-duplicate, as syndicated copies are), the
five seeds and the ECB+ documents wrapped as minimal HTML, all in one
``.warc.gz`` as a crawler would write it.

Both engines ingest the same WARC into their own SQLite store; the bench checks
that the stores hold the same articles and the same events, and prints
per-stage costs (worker seconds per document) that docs/scaling.md turns into
a machine estimate for 500,000 articles a day.

    .venv/bin/python bench/bench_engine.py [--docs 5000] [--engines local,ray]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
sys.path.insert(0, str(ROOT / "src"))

from newsweave.sources.warc import PageToWrite, text_to_html, write_warc  # noqa: E402

CRAWL = datetime(2025, 5, 12, 6, 0, tzinfo=UTC)


def _ecb_pages():
    with (DATA / "ecbplus" / "documents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            lines = [x for x in d["text"].split("\n") if x.strip()]
            title, body = (lines[1], lines[2:]) if len(lines) > 2 else (lines[0], lines[1:])
            yield PageToWrite(
                f"https://ecb.example/{d['id']}",
                text_to_html(title, "\n".join(body)).encode(),
                crawled=CRAWL,
            )


def _aeb_copies():
    truth = json.loads((DATA / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    aeb = []
    for f in sorted((DATA / "aeb" / "html").glob("*.html.gz")):
        key = f.name.split(".")[0]
        aeb.append(
            (
                truth.get(key, {}).get("url") or f"https://aeb.example/{key}",
                gzip.decompress(f.read_bytes()),
            )
        )
    copy = 0
    while True:
        for url, html in aeb:
            # an edition mark opening each paragraph: a distinct text, a near-duplicate of the others
            edited = re.sub(rb"<p([ >])", b"<p\\1Edition %d. " % copy, html)
            yield PageToWrite(
                f"{url.split('?')[0].rstrip('/')}/edition-{copy}", edited, crawled=CRAWL
            )
        copy += 1


def corpus_pages(n_docs: int):
    """n_docs pages in a fixed mix: the seeds, then ECB+ documents interleaved with AEB copies.

    The ECB+ share is 772/5000 at any size (as in the full 5,000 run), so a smaller run
    has the same mix of short wire texts and full web pages and its per-document costs carry over.
    """
    n = 0
    for f in sorted((SHARED / "seeds").glob("*.txt")):
        title, _, body = f.read_text(encoding="utf-8").strip().partition("\n")
        yield PageToWrite(
            f"https://seeds.example/{f.stem}", text_to_html(title, body).encode(), crawled=CRAWL
        )
        n += 1
    ecb, aeb = _ecb_pages(), _aeb_copies()
    ecb_share = 772 / 5000
    n_ecb = 0
    while n < n_docs:
        page = None
        if n_ecb < ecb_share * n:
            page = next(ecb, None)
            n_ecb += 1
        yield page or next(aeb)
        n += 1


def run(engine: str, warc: Path, db: Path) -> dict:
    from newsweave.corpus import ingest as ingest_mod
    from newsweave.scale import engine as engine_mod

    made: list = []

    def make(name: str, settings, *, address: str | None = None):
        eng = engine_mod.open_engine(name, settings, address=address, num_cpus=2)
        made.append(eng)
        return eng

    ingest_mod.open_engine = make  # keep a handle on the engine to read its stage timings
    t0 = time.perf_counter()
    summary = ingest_mod.ingest([str(warc)], db=db, engine=engine, progress=False)
    wall = time.perf_counter() - t0
    st = made[0].stats
    n = st.documents + st.errors
    work = st.read_s + st.extract_s + st.prepare_s
    out = {
        "engine": engine,
        "documents": n,
        "stored": summary.added,
        "failed": len(summary.failed),
        "wall_s": round(wall, 2),
        "docs_per_s": round(n / wall, 2),
        "startup_s": round(st.startup_s, 2),
        "docs_per_s_after_startup": round(n / (wall - st.startup_s), 2),
        "read_ms_per_doc": round(1000 * st.read_s / n, 2),
        "extract_ms_per_doc": round(1000 * st.extract_s / n, 2),
        "prepare_ms_per_doc": round(1000 * st.prepare_s / n, 2),
        "skipped": dict(st.skipped),
        "events_new": summary.new_events,
    }
    if engine == "local":  # the driver's share: everything that is not read/extract/prepare
        out["assign_store_ms_per_doc"] = round(1000 * (wall - work) / n, 2)
    return out


def snapshot(db: Path) -> tuple[set, set]:
    from newsweave.corpus.store import Store

    with Store(db, readonly=True) as st:
        events = {frozenset(e.articles) for e in st.list_events(limit=1_000_000)}
        ids = set(st.article_ids())
    return events, ids


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--engines", default="local,ray")
    args = ap.parse_args()
    if not (DATA / "aeb").exists():
        print(f"skipped: datasets not found at {DATA}")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="nw-bench-engine-"))
    results: dict = {"docs_requested": args.docs, "cpus": os.cpu_count()}
    try:
        warc = tmp / "corpus.warc.gz"
        t0 = time.perf_counter()
        n = write_warc(warc, corpus_pages(args.docs))
        results["warc_pages"] = n
        results["warc_bytes"] = warc.stat().st_size
        results["warc_write_s"] = round(time.perf_counter() - t0, 2)
        print(f"warc_pages: {n}\nwarc_mb: {warc.stat().st_size / 1e6:.1f}", flush=True)
        snaps = {}
        for eng in args.engines.split(","):
            db = tmp / f"{eng}.db"
            r = run(eng, warc, db)
            results[eng] = r
            snaps[eng] = snapshot(db)
            for k, v in r.items():
                if k != "engine":
                    print(f"{eng}.{k}: {v}", flush=True)
        if len(snaps) == 2:
            (ev_a, ids_a), (ev_b, ids_b) = snaps.values()
            results["same_articles"] = ids_a == ids_b
            results["same_events"] = ev_a == ev_b
            results["events"] = len(ev_a)
            results["events_differing"] = len(ev_a ^ ev_b)
            for k in ("same_articles", "same_events", "events", "events_differing"):
                print(f"{k}: {results[k]}")
            results["ray_speedup"] = round(
                results["ray"]["wall_s"] and results["local"]["wall_s"] / results["ray"]["wall_s"],
                2,
            )
            print(f"ray_speedup: {results['ray_speedup']}")
        try:
            load = os.getloadavg()[0]
        except OSError:
            load = -1.0
        results["load_avg_1min_at_end"] = round(load, 2)
        print(f"load_avg_1min_at_end: {load:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = HERE / "results" / "engine.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
