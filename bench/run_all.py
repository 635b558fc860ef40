"""Run every bench/bench_*.py in turn (each in its own process, so cold starts are real)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Arguments `make bench` gives the benches whose defaults are for a long run: a year in one
# store at 10k and 100k (1M takes ~2 h to generate: `bench_store_scale.py --sizes 1000000`),
# and the front page on the 10k store that bench builds (so it runs after it).
ARGS = {
    "store_scale": [
        "--sizes",
        "10000,100000",
        "--tail",
        "300",
        "--watch-rounds",
        "5",
        "--requests",
        "100",
    ],
    "frontpage": ["--db", "/tmp/scale/store-10000.db", "--times", "20"],
}
LAST = ("frontpage",)


def main() -> int:
    only = set(sys.argv[1:])
    failed = []
    scripts = sorted(HERE.glob("bench_*.py"), key=lambda p: (p.stem[6:] in LAST, p.name))
    for script in scripts:
        name = script.stem.removeprefix("bench_")
        if only and name not in only:
            continue
        print(f"\n=== {script.name}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script), *ARGS.get(name, [])])
        print(f"--- {script.name}: exit {rc}, {time.perf_counter() - t0:.1f}s", flush=True)
        if rc:
            failed.append(script.name)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
