"""Ingest throughput, end to end into the store (read → clean → prepare → cluster → commit).

A corpus of N articles is built from the ECB+ and PolNeAR texts (the AEB pages are HTML and
measured by bench_extract); beyond the ~1,700 originals, copies get new ids and an edited text
(one line dropped, two swapped), so every copy is a new article and a near-duplicate of its
original, the way wire copies are. Each size is ingested into a fresh store; the time per article
must stay near flat from 1,000 to 20,000 (no all-pairs step).

    .venv/bin/python bench/bench_ingest.py [--sizes 1000,5000,20000] [--no-seeds]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this tree's code, not the installed one
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "bench" / "results"


def base_texts() -> list[dict]:
    out = []
    ecb = DATA / "ecbplus" / "documents.jsonl"
    if ecb.exists():
        with open(ecb, encoding="utf-8") as fh:
            out += [{"id": r["id"], "text": r["text"]} for r in map(json.loads, fh)]
    for p in sorted((DATA / "polnear").glob("*/text/*.txt")):
        out.append(
            {"id": "polnear-" + p.stem, "text": p.read_text(encoding="utf-8", errors="replace")}
        )
    return out


def corpus(n: int, path: Path) -> Path:
    base = base_texts()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)])
            k = i // len(base)
            if k:
                lines = rec["text"].split("\n")
                if len(lines) > 4:
                    j = 1 + k % (len(lines) - 3)
                    del lines[j]
                    lines[j], lines[j + 1] = lines[j + 1], lines[j]
                # the edition line goes first: a copy's lead differs from its original's, so no
                # model result is reused from the embedder's cache (fresh articles, honest cost)
                rec = {"id": f"{rec['id']}-copy{k}", "text": f"(edition {k})\n" + "\n".join(lines)}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,5000", help="corpus sizes, e.g. 1000,5000,20000")
    ap.add_argument("--no-seeds", action="store_true", help="skip the seeds + ECB+ event check")
    args = ap.parse_args()
    if not (DATA / "ecbplus").exists():
        print(f"skipped: datasets not found at {DATA}")
        return 0
    from newsweave.config import Settings
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store
    from newsweave.nlp import get_embedder, get_spacy

    get_embedder(Settings.from_env()).encode(["warm up"])
    get_spacy(Settings.from_env())
    results = {}
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in args.sizes.split(",")]:
            src = corpus(n, Path(tmp) / f"corpus{n}.jsonl")
            db = Path(tmp) / f"store{n}.db"
            t0, c0 = time.perf_counter(), cpu_s()
            s = ingest([str(src)], db=db, progress=False)
            wall, cpu = time.perf_counter() - t0, cpu_s() - c0
            with Store(db, readonly=True) as st:
                counts = st.counts()
            r = {
                "articles": s.added,
                "failed": len(s.failed),
                "events": counts.events,
                "near_duplicates": s.near_duplicates,
                "seconds": round(wall, 1),
                "articles_per_s": round(s.added / wall, 2),
                "ms_per_article": round(1000 * wall / max(1, s.added), 1),
                "cpu_ms_per_article": round(1000 * cpu / max(1, s.added), 1),
            }
            results[n] = r
            for k, v in r.items():
                print(f"ingest_{n}_{k}: {v}", flush=True)
            (RESULTS / "ingest.json").write_text(json.dumps(results, indent=2))
        # last: it embeds every ECB+ document, whose vectors the embedder then caches
        seeds = DATA.parent / "seeds"
        if not args.no_seeds and seeds.exists():
            # the seeds plus every ECB+ document: the seeds must form one event of exactly five
            db = Path(tmp) / "seeds.db"
            s = ingest(
                [str(seeds), str(DATA / "ecbplus" / "documents.jsonl")], db=db, progress=False
            )
            ids = {p.stem for p in seeds.glob("*.txt")}
            with Store(db, readonly=True) as st:
                evs = {st.article_event(i) for i in ids}
                members = st.get_event(next(iter(evs))).articles if len(evs) == 1 else ()
            ok = len(evs) == 1 and set(members) == ids
            results["seeds_with_ecbplus"] = {
                "articles": s.added,
                "seed_events": len(evs),
                "seed_event_size": len(members),
                "ok": ok,
            }
            print(f"seeds_with_ecbplus_articles: {s.added}")
            print(f"seeds_with_ecbplus_seed_events: {len(evs)}")
            print(f"seeds_with_ecbplus_seed_event_size: {len(members)}")
            print(f"seeds_form_one_event_of_five: {ok}", flush=True)
            (RESULTS / "ingest.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
