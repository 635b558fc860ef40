"""Synthesis speed and memory: the seeds end to end, cold and warm.

cold: a new process runs `newsweave brief <seeds> --format json` (imports, model
      loading, extraction, every stage); wall time and the child's peak RSS.
warm: in this process, after one weave of the seeds has loaded the models, the
      time to weave a *different* 5-article event (ECB+), and the seeds again;
      peak Python allocations (tracemalloc) during the warm weave.
Targets (issue 3): cold <= 6 s, warm <= 0.5 s per 5-article event on 2 cores.
Run: .venv/bin/python bench/bench_synthesis.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
ECB = SHARED / "data" / "ecbplus" / "documents.jsonl"
# A 5-document ECB+ event of real news reports (Indian navy captures pirates).
ECB_EVENT = "12ecb"
TARGET_COLD_S = 6.0
TARGET_WARM_S = 0.5


def cold(repeat: int) -> dict[str, float]:
    exe = ROOT / ".venv" / "bin" / "newsweave"
    cmd = [str(exe) if exe.exists() else sys.executable, "brief", str(SEEDS), "--format", "json", "-o", os.devnull]
    if not exe.exists():
        cmd[1:1] = ["-m", "newsweave.cli"]
    times, cpu = [], []
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "cold_seconds": min(times),
        "cold_seconds_median": sorted(times)[len(times) // 2],
        # CPU seconds barely move with other load on the machine; wall time does
        "cold_cpu_seconds": min(cpu),
        "cold_peak_rss_mb": rss_mb,
    }


def ecb_event() -> list:
    from newsweave.models import Article

    docs = [json.loads(x) for x in ECB.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = sorted((d for d in docs if d["event"] == ECB_EVENT), key=lambda d: d["id"])[:5]
    return [Article(id=d["id"], text=d["text"]) for d in docs]


def warm(repeat: int) -> dict[str, float]:
    from newsweave.extract import iter_articles
    from newsweave.models import Article
    from newsweave.pipeline import Workspace, run
    from newsweave.synthesis import load_stages, weave

    seeds = [a for a in iter_articles([str(SEEDS)]) if isinstance(a, Article)]
    t0 = time.perf_counter()
    weave(seeds)  # loads the models
    first = time.perf_counter() - t0
    out: dict[str, float] = {"first_weave_in_process_seconds": first}
    other = ecb_event() if ECB.exists() else None
    times_seeds, times_other, cpu_seeds, cpu_other = [], [], [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        weave(seeds)
        times_seeds.append(time.perf_counter() - t0)
        cpu_seeds.append(time.process_time() - c0)
        if other:
            t0, c0 = time.perf_counter(), time.process_time()
            weave(other)
            times_other.append(time.perf_counter() - t0)
            cpu_other.append(time.process_time() - c0)
    out["warm_seeds_seconds"] = min(times_seeds)
    out["warm_seeds_cpu_seconds"] = min(cpu_seeds)
    if times_other:
        out["warm_other_event_seconds"] = min(times_other)
        out["warm_other_event_cpu_seconds"] = min(cpu_other)
    # per-stage split of one warm seeds run
    ws = Workspace(articles=seeds)
    run(ws, load_stages())
    for k, v in ws.timings.items():
        out[f"stage_{k}_seconds"] = round(v, 4)
    tracemalloc.start()
    weave(other or seeds)
    out["warm_peak_python_alloc_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    out["process_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not SEEDS.exists():
        print(f"seeds not found at {SEEDS}; nothing to measure", file=sys.stderr)
        sys.exit(0)
    warnings.simplefilter("ignore")
    res: dict[str, float] = {}
    res.update(cold(args.repeat))
    res.update(warm(args.repeat))
    res["load_average_1min"] = os.getloadavg()[0]  # other work on the machine skews timings
    res["cores"] = os.cpu_count() or 0
    res["target_cold_seconds"] = TARGET_COLD_S
    res["target_warm_seconds"] = TARGET_WARM_S
    for k, v in res.items():
        print(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "synthesis.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
