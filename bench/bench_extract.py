"""Article-body extraction on the Scrapinghub article-extraction benchmark (AEB).

Scores, in one run and on the same 181 pages:
  html     newsweave's HTML mode (extract_html)
  text     newsweave's text mode (extract_text) on the page flattened to its visible text
  trafilatura   trafilatura.extract(html, include_comments=False), as the benchmark runs it
  flattened     the flattened full page text itself (no cleaning: the floor)

Metric, as the benchmark's evaluate.py defines it: per page, multiset matching of
word 4-gram shingles (tokens = regex ``\\w+``, case kept), tp/fp/fn normalised to
sum to 1 per page; precision and recall are averaged over pages (precision only
over pages with a prediction) and F1 is the harmonic mean of those two averages.
Speed is pages per second on one core (CPU time of this single process, parse included)
in the steady state: every system first extracts every other page untimed, then each is
timed on the rest. Imports, lexicons, stoplists, dateparser's locale tables and compiled
patterns load once per process, not once per page, and the pages timed are not the ones
seen before (both systems cache per-text results). Every page is scored. The ratio line
compares newsweave's HTML mode with trafilatura in the same run (target: >= 1.0).

Usage: .venv/bin/python bench/bench_extract.py [--data ../shared/data/aeb] [--only html,text]
       [--dump DIR]   (writes per-page predictions and scores for error analysis)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

WARMUP_EVERY = 2  # every 2nd page warms up: ~90 pages load all lazy tables of both systems
_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text: str, n: int = 4) -> Counter:
    """AEB's word n-gram shingles of a text, with counts (also used by bench_offtopic)."""
    tokens = _TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def metrics(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    p = statistics.mean([_precision(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    r = statistics.mean([_recall(*r) for r in rows if r[0] + r[2] > 0] or [0.0])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"f1": f1, "precision": p, "recall": r}


def load_pages(data: Path) -> list[tuple[str, str, str, str]]:
    """(key, url, html, true body) for every page."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        with gzip.open(data / "html" / f"{key}.html.gz", "rt", encoding="utf8") as f:
            html = f.read()
        pages.append((key, truth[key].get("url", ""), html, truth[key].get("articleBody", "")))
    return pages


def systems() -> dict[str, Callable[[str, str], str]]:
    import trafilatura

    from newsweave.clean.html import html_to_text
    from newsweave.errors import InputError
    from newsweave.sources.files import extract_html, extract_text

    def html_mode(html: str, url: str) -> str:
        try:
            return extract_html(html, url=url).text
        except InputError:  # nothing found: an empty prediction, as the benchmark scores it
            return ""

    def text_mode(html: str, url: str) -> str:
        try:
            return extract_text(html_to_text(html), url=url).text
        except InputError:
            return ""

    return {
        "html": html_mode,
        "text": text_mode,
        "trafilatura": lambda html, url: trafilatura.extract(html, include_comments=False) or "",
        "flattened": lambda html, url: html_to_text(html),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "aeb")
    ap.add_argument("--only", default=None, help="comma-separated systems to run")
    ap.add_argument("--dump", type=Path, default=None)
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"skipped: AEB data not found at {args.data}")
        return 0
    pages = load_pages(args.data)
    runs = systems()
    names = args.only.split(",") if args.only else list(runs)
    results: dict[str, dict[str, float]] = {"pages": {"count": len(pages)}}
    # every system warms up before any is timed: a library's one-time set-up (trafilatura's
    # justext stoplists, dateparser's tables) is billed to no system that happens to be first
    warmed = {
        name: {
            i: runs[name](html, url)
            for i, (_, url, html, _) in enumerate(pages)
            if i % WARMUP_EVERY
        }
        for name in names
    }
    for name in names:
        fn = runs[name]
        rows, per_page = [], {}
        warm = warmed[name]
        timed = [(i, page) for i, page in enumerate(pages) if i not in warm]
        t0 = time.process_time()
        w0 = time.perf_counter()
        measured = {i: fn(html, url) for i, (_, url, html, _) in timed}
        cpu = time.process_time() - t0
        wall = time.perf_counter() - w0
        preds = [warm[i] if i in warm else measured[i] for i in range(len(pages))]
        for (key, url, _, true), pred in zip(pages, preds, strict=True):
            row = tp_fp_fn(true, pred)
            rows.append(row)
            per_page[key] = {
                "url": url,
                "f1": 2 * row[0] / (2 * row[0] + row[1] + row[2]) if row[0] else 0.0,
                "p": _precision(*row),
                "r": _recall(*row),
            }
        m = metrics(rows)
        m["pages_per_s_cpu"] = len(timed) / cpu if cpu else 0.0
        m["pages_per_s_wall"] = len(timed) / wall if wall else 0.0
        results[name] = m
        print(f"{name}_f1: {m['f1']:.4f}")
        print(f"{name}_precision: {m['precision']:.4f}")
        print(f"{name}_recall: {m['recall']:.4f}")
        print(f"{name}_pages_per_s_per_core: {m['pages_per_s_cpu']:.1f}")
        if args.dump:
            d = args.dump / name
            d.mkdir(parents=True, exist_ok=True)
            for (key, *_), pred in zip(pages, preds, strict=True):
                (d / f"{key}.txt").write_text(pred, encoding="utf-8")
            (d / "scores.json").write_text(json.dumps(per_page, indent=1), encoding="utf-8")
    if "html" in results and "trafilatura" in results:
        ratio = results["html"]["pages_per_s_cpu"] / results["trafilatura"]["pages_per_s_cpu"]
        results["speed_ratio_html_vs_trafilatura"] = {"ratio": ratio}
        print(f"speed_ratio_html_vs_trafilatura: {ratio:.2f}")
    out = ROOT / "bench" / "results" / "extract.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    prev = json.loads(out.read_text()) if out.exists() and args.only else {}
    prev.update(results)
    out.write_text(json.dumps(prev, indent=2), encoding="utf-8")
    print(f"results: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
