"""Article-body extraction on the Scrapinghub article-extraction benchmark (AEB).

Scores, in one run and on the same 181 pages:
  html     newsweave's HTML mode (extract_html): body, title, date, byline, outlet, language,
           the audit of removed lines and the not-an-article verdict
  text     newsweave's text mode (extract_text) on the page flattened to its visible text
  trafilatura   trafilatura.extract(html, include_comments=False), as the benchmark runs it:
                the body only, no metadata
  trafilatura_meta  trafilatura.bare_extraction with the options newsweave's HTML mode uses
                (favor_precision, tables, no comments, no dedup) and with_metadata=True:
                body, title, date (htmldate), author, site name, like html
  flattened     the flattened full page text itself (no cleaning: the floor)

Metric, as the benchmark's evaluate.py defines it: per page, multiset matching of
word 4-gram shingles (tokens = regex ``\\w+``, case kept), tp/fp/fn normalised to
sum to 1 per page; precision and recall are averaged over pages (precision only
over pages with a prediction) and F1 is the harmonic mean of those two averages.

Speed is pages per second on one core (CPU time of the process, parse included) in the
steady state, measured fairly on a shared machine:
- every system gets the same ``str`` of each page and the same protocol;
- a worker is a fresh process that runs one system: it warms up on one half of the pages
  (untimed) and is timed on the other half, so no page is timed after its own warm-up and
  no system profits from another's per-text caches (newsweave calls trafilatura, and both
  cache per text: trafilatura's ``trim``, newsweave's line lexicon). Lazy one-time tables
  that the warm-up half happens not to reach (justext's stoplists and their lowercased
  set, dateparser's locale data and time-zone patterns behind htmldate, which one AEB page
  needs) are loaded before timing: a long-running process has them;
- a repeat times every system on both halves; the workers of one half run at the same
  time, so a burst of load from other processes (or from one another) falls on all alike.
The ratio lines compare newsweave's HTML mode with trafilatura (target: >= 1.0) and with
trafilatura_meta in each repeat; their medians and ranges over the repeats are printed.

Usage: .venv/bin/python bench/bench_extract.py [--data ../shared/data/aeb] [--only html,trafilatura]
       [--repeats 5] [--dump DIR]   (DIR gets per-page predictions and scores for error analysis)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

HALVES = 2  # a worker warms on one half of the pages and times the other
REPEATS = 5  # repeats of the whole timing: the ratios' medians and ranges are reported
# The speed ratios printed: HTML mode against trafilatura as AEB runs it (the target, >= 1.0)
# and against trafilatura doing what HTML mode does (its options and metadata).
COMPARED = ("trafilatura", "trafilatura_meta")
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

    def trafilatura_meta(html: str, url: str) -> str:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
        return (doc.text if doc is not None else "") or ""

    return {
        "html": html_mode,
        "text": text_mode,
        "trafilatura": lambda html, url: trafilatura.extract(html, include_comments=False) or "",
        "trafilatura_meta": trafilatura_meta,
        "flattened": lambda html, url: html_to_text(html),
    }


def preload() -> None:
    """Load the libraries' lazy one-time tables, as any long-running process has them."""
    from htmldate.extractors import get_external_parser, month_words
    from justext.core import define_stoplist
    from trafilatura.external import jt_stoplist_init

    define_stoplist(jt_stoplist_init())  # justext lowercases the 150,000 words once per list
    # dateparser loads its English locale and compiles its time-zone patterns (90 ms) on the
    # first date it parses: the one AEB page that needs it would pay that in the timed half
    get_external_parser().get_date_data("Tuesday, 3 March 2021 10:45")
    month_words()


def worker(data: Path, name: str, half: int) -> dict:
    """One process, one system: warm on the pages of the other half, then time this half."""
    pages = load_pages(data)
    run = systems()[name]
    preds = {i: run(html, url) for i, (_, url, html, _) in enumerate(pages) if i % HALVES != half}
    preload()
    timed = [i for i in range(len(pages)) if i % HALVES == half]
    t0 = time.process_time()
    for i in timed:
        _, url, html, _ = pages[i]
        preds[i] = run(html, url)
    return {"cpu": time.process_time() - t0, "preds": preds}


def run_workers(data: Path, names: list[str], half: int) -> dict[str, dict]:
    """One worker per system on ``half``, all at once: load from other processes meets all alike."""
    procs = {
        name: subprocess.Popen(
            [sys.executable, __file__, "--data", str(data), "--only", name, "--worker", str(half)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in names
    }
    results = {}
    for name, proc in procs.items():
        out, _ = proc.communicate()
        if proc.returncode:
            raise RuntimeError(f"the {name} worker failed (exit {proc.returncode})")
        res = json.loads(out)
        res["preds"] = {int(i): p for i, p in res["preds"].items()}
        results[name] = res
    return results


def score(pages: list[tuple[str, str, str, str]], preds: dict[int, str]) -> tuple[dict, dict]:
    rows, per_page = [], {}
    for i, (key, url, _, true) in enumerate(pages):
        row = tp_fp_fn(true, preds[i])
        rows.append(row)
        per_page[key] = {
            "url": url,
            "f1": 2 * row[0] / (2 * row[0] + row[1] + row[2]) if row[0] else 0.0,
            "p": _precision(*row),
            "r": _recall(*row),
        }
    return metrics(rows), per_page


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "aeb")
    ap.add_argument("--only", default=None, help="comma-separated systems to run")
    ap.add_argument("--repeats", type=int, default=REPEATS)
    ap.add_argument("--dump", type=Path, default=None)
    ap.add_argument("--worker", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"skipped: AEB data not found at {args.data}")
        return 0
    names = args.only.split(",") if args.only else list(systems())
    if args.worker is not None:
        print(json.dumps(worker(args.data, names[0], args.worker)))
        return 0
    pages = load_pages(args.data)
    results: dict[str, dict[str, float]] = {"pages": {"count": len(pages)}}
    speeds: dict[str, list[float]] = {name: [] for name in names}
    ratios: dict[str, list[float]] = {n: [] for n in COMPARED if "html" in names and n in names}
    preds: dict[str, dict[int, str]] = {name: {} for name in names}
    for rep in range(args.repeats):
        cpu = dict.fromkeys(names, 0.0)
        for half in range(HALVES):
            for name, res in run_workers(args.data, names, half).items():
                cpu[name] += res["cpu"]
                if rep == 0:  # predictions are the same in every repeat: the first one is scored
                    preds[name].update(
                        {i: p for i, p in res["preds"].items() if i % HALVES == half}
                    )
        for name in names:
            speeds[name].append(len(pages) / cpu[name] if cpu[name] else 0.0)
        for other, rs in ratios.items():
            rs.append(cpu[other] / cpu["html"])
            print(f"repeat {rep + 1}: speed ratio html/{other} {rs[-1]:.2f}", flush=True)
    for name in names:
        m, per_page = score(pages, preds[name])
        m["pages_per_s_cpu"] = statistics.median(speeds[name])
        m["pages_per_s_cpu_runs"] = speeds[name]
        results[name] = m
        print(f"{name}_f1: {m['f1']:.4f}")
        print(f"{name}_precision: {m['precision']:.4f}")
        print(f"{name}_recall: {m['recall']:.4f}")
        print(f"{name}_pages_per_s_per_core: {m['pages_per_s_cpu']:.1f} (median of {args.repeats})")
        if args.dump:
            d = args.dump / name
            d.mkdir(parents=True, exist_ok=True)
            for i, (key, *_) in enumerate(pages):
                (d / f"{key}.txt").write_text(preds[name][i], encoding="utf-8")
            (d / "scores.json").write_text(json.dumps(per_page, indent=1), encoding="utf-8")
    for other, rs in ratios.items():
        med = statistics.median(rs)
        results[f"speed_ratio_html_vs_{other}"] = {
            "ratio": med,
            "min": min(rs),
            "max": max(rs),
            "runs": rs,
        }
        print(
            f"speed_ratio_html_vs_{other}: {med:.2f} "
            f"(median of {len(rs)} repeats, range {min(rs):.2f}-{max(rs):.2f})"
        )
    out = ROOT / "bench" / "results" / "extract.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    prev = json.loads(out.read_text()) if out.exists() and args.only else {}
    prev.update(results)
    out.write_text(json.dumps(prev, indent=2), encoding="utf-8")
    print(f"results: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
