"""Synthesis speed and memory: the seeds end to end, cold and warm.

cold: a new process runs `newsweave brief <seeds> --format json` (imports, model
      loading, extraction, every stage); wall time and the child's peak RSS.
warm: in this process, after one weave of the seeds has loaded the models, the
      time to weave a *different* 5-article event (ECB+; the embedding cache is
      cleared before each repeat so that it is never served from memory), and the
      seeds again (their sentence vectors then come from the per-process cache);
      wall and CPU seconds, per-stage wall times, peak Python allocations
      (tracemalloc) during the warm weave and the process's peak RSS.
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
sys.path.insert(0, str(ROOT / "src"))  # this tree's code, not the installed one
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
ECB = SHARED / "data" / "ecbplus" / "documents.jsonl"
# A 5-document ECB+ event of real news reports (Indian navy captures pirates).
ECB_EVENT = "12ecb"
TARGET_COLD_S = 6.0
TARGET_WARM_S = 0.5


def cold(repeat: int) -> dict[str, float]:
    exe = ROOT / ".venv" / "bin" / "newsweave"
    cmd = [
        str(exe) if exe.exists() else sys.executable,
        "brief",
        str(SEEDS),
        "--format",
        "json",
        "-o",
        os.devnull,
    ]
    if not exe.exists():
        cmd[1:1] = ["-m", "newsweave.cli"]
    times, cpu = [], []
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        # (the child runs this tree's code too, whichever install the venv points at)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        subprocess.run(cmd, check=True, capture_output=True, env=env)
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


def _clear_embedding_cache() -> None:
    """Forget embedded texts, so that a repeat of the other event costs what a new one would."""
    from newsweave.config import Settings
    from newsweave.nlp import get_embedder

    get_embedder(Settings.from_env()).clear_cache()


def _timed(fn, *args) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - t0, time.process_time() - c0


def warm(repeat: int) -> dict[str, float]:
    from newsweave.models import Article
    from newsweave.sources.files import iter_articles
    from newsweave.synthesis.pipeline import Workspace, run
    from newsweave.synthesis.stages import STAGES
    from newsweave.synthesis.weave import weave

    seeds = [a for a in iter_articles([str(SEEDS)]) if isinstance(a, Article)]
    t0 = time.perf_counter()
    weave(seeds)  # loads the models
    first = time.perf_counter() - t0
    out: dict[str, float] = {"first_weave_in_process_seconds": first}
    other = ecb_event() if ECB.exists() else None
    runs: dict[str, list[tuple[float, float]]] = {"seeds": [], "seeds_nocache": [], "other": []}
    for _ in range(repeat):
        # the seeds again: their texts are in the per-process embedding cache
        runs["seeds"].append(_timed(weave, seeds))
        # the seeds with an empty cache: every text goes to the model
        _clear_embedding_cache()
        runs["seeds_nocache"].append(_timed(weave, seeds))
        if other:
            # a different event (the "warm" case), never served from the cache
            _clear_embedding_cache()
            runs["other"].append(_timed(weave, other))
    names = {
        "seeds": "warm_seeds",
        "seeds_nocache": "warm_seeds_nocache",
        "other": "warm_other_event",
    }
    for key, name in names.items():
        if runs[key]:
            out[f"{name}_seconds"] = min(w for w, _ in runs[key])
            out[f"{name}_cpu_seconds"] = min(c for _, c in runs[key])
    # per-stage wall split, empty embedding cache: the seeds, then the other event
    for prefix, arts in (("stage", seeds), ("other_stage", other)):
        if not arts:
            continue
        _clear_embedding_cache()
        ws = Workspace(articles=arts)
        run(ws, STAGES)
        for k, v in ws.timings.items():
            out[f"{prefix}_{k}_seconds"] = round(v, 4)
    _clear_embedding_cache()
    tracemalloc.start()
    weave(other or seeds)
    out["warm_peak_python_alloc_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    out["process_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def model_alone() -> dict[str, float]:
    """MiniLM by itself on the other event's sentences (no cache), one and two threads."""
    from dataclasses import replace

    from newsweave.config import Settings
    from newsweave.nlp import OnnxMiniLM, get_embedder

    settings = Settings.from_env()
    if not ECB.exists() or not isinstance(get_embedder(settings).model, OnnxMiniLM):
        return {}
    texts = [line.strip() for a in ecb_event() for line in a.text.splitlines() if line.strip()]
    out: dict[str, float] = {"model_alone_texts": len(texts)}
    for threads in (1, 2):
        model = OnnxMiniLM.from_settings(replace(settings, model_threads=threads))
        best = min(_timed(model.encode, texts)[0] for _ in range(3))
        out[f"model_alone_{threads}_thread_seconds"] = best
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
    res.update(model_alone())
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
