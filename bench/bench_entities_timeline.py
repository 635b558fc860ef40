"""Speed of the entities, timeline and contradictions stages, and of resolve_date.

Runs on ../shared/seeds (and, when present, a few ECB+ events); prints `name: value`
lines and writes bench/results/entities_timeline.json. Timings are wall-clock on
whatever else the machine is doing: say so when quoting them.

    .venv/bin/python bench/bench_entities_timeline.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

import newsweave.synthesis.stages.analyze  # noqa: E402, F401
from newsweave.models import Article  # noqa: E402
from newsweave.sources.files import article_from_record, iter_articles  # noqa: E402
from newsweave.synthesis.pipeline import Workspace, run  # noqa: E402
from newsweave.text.dates import resolve_date  # noqa: E402

STAGES = ("entities", "timeline", "contradictions")
EXPRESSIONS = [
    "Thursday", "on Sunday", "next Monday", "May 11, 2025", "Feb. 24, 2022", "May 8-10",
    "early 2014", "in June 2024", "last week", "three days ago", "1991", "Thursday, May 15",
]  # fmt: skip


def _event(articles: list[Article]) -> dict[str, float]:
    ws = run(Workspace(articles), ["analyze", "embed", "excluded", "origins"])
    out = {}
    for name in STAGES:
        t0, c0 = time.perf_counter(), time.process_time()
        run(ws, [name])
        out[name] = time.perf_counter() - t0
        out[f"{name}_cpu"] = time.process_time() - c0  # CPU used: less sensitive to other load
    out["entities_n"] = len(ws.entities or [])
    out["timeline_n"] = len(ws.timeline or [])
    out["contradictions_n"] = len(ws.contradictions or [])
    return out


def main() -> None:
    results: dict[str, float] = {}
    seeds = [a for a in iter_articles([str(SHARED / "seeds")]) if isinstance(a, Article)]
    _event(seeds)  # cold: models load
    warm = [_event(seeds) for _ in range(3)]
    for k in warm[0]:
        results[f"seeds_{k}" + ("_s" if not k.endswith("_n") else "")] = round(
            statistics.median(w[k] for w in warm), 4
        )

    n = 2000
    t0 = time.perf_counter()
    for i in range(n):
        resolve_date(EXPRESSIONS[i % len(EXPRESSIONS)], date(2025, 5, 11), tense="future")
    results["resolve_date_per_s"] = round(n / (time.perf_counter() - t0))

    ecb = SHARED / "data" / "ecbplus" / "documents.jsonl"
    if ecb.exists():
        events: dict[str, list[dict]] = defaultdict(list)
        with ecb.open() as fh:
            for line in fh:
                d = json.loads(line)
                events[d["event"]].append(d)
        per: dict[str, list[float]] = defaultdict(list)
        for ev in sorted(events)[:10]:
            arts = [
                article_from_record({"id": d["id"], "text": d["text"]}, locator=d["id"])
                for d in events[ev][:8]
            ]
            r = _event(arts)
            for k in STAGES:
                per[k].append(r[k])
                per[f"{k}_cpu"].append(r[f"{k}_cpu"])
            per["timeline_n"].append(r["timeline_n"])
            per["contradictions_n"].append(r["contradictions_n"])
        for k, v in per.items():
            results[f"ecbplus10_mean_{k}" + ("" if k.endswith("_n") else "_s")] = round(
                statistics.mean(v), 4
            )

    for k, v in results.items():
        print(f"{k}: {v}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "entities_timeline.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
