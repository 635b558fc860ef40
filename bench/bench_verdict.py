"""Non-articles: what the verdict flags on real scraped news, and its false alarms.

Runs newsweave's extraction and then the article / non-article verdict on
  multinews   the 690 scraped documents of ../shared/data/multinews/validation.jsonl
              (every flag is listed with its reason, for a reader to check by hand);
  aeb         the 181 news pages of ../shared/data/aeb (all real articles: any flag is a
              false alarm);
  ecbplus     the ECB+ news documents (real news, some a single line: false alarms too);
  seeds       the five seed articles (false alarms too);
  polnear     PolNeAR's news texts (train and dev), read as text files (false alarms too).

Usage: .venv/bin/python bench/bench_verdict.py [--shared ../shared] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    from bench_extract import load_pages
    from newsweave.errors import InputError
    from newsweave.sources.files import (
        article_from_record,
        extract_html,
        extract_text,
        iter_articles,
    )

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--quiet", action="store_true", help="counts only, no list of flags")
    a = ap.parse_args()

    t0 = time.perf_counter()
    flagged: list[tuple[str, str]] = []
    kinds: Counter[str] = Counter()
    empty = total = 0
    with (a.shared / "data" / "multinews" / "validation.jsonl").open(encoding="utf-8") as f:
        for line in f:
            event = json.loads(line)
            for i, doc in enumerate(event["documents"]):
                total += 1
                key = f"{event['id']}-{i}"
                try:
                    art = extract_text(doc, id=key)
                except InputError:
                    empty += 1  # the cleaner already refuses it: not woven either
                    continue
                if art.not_article:  # the verdict extraction gave, the page's size known
                    flagged.append((key, art.not_article))
                    kinds[art.not_article.split(":")[0]] += 1
    aeb_alarms = []
    pages = load_pages(a.shared / "data" / "aeb")
    for key, url, html, _ in pages:
        try:
            art = extract_html(html, url=url)
        except InputError:
            continue
        if art.not_article:
            aeb_alarms.append((key, art.not_article))
    ecb_alarms = []
    ecb_total = 0
    with (a.shared / "data" / "ecbplus" / "documents.jsonl").open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            rec = json.loads(line)
            try:
                art = article_from_record(
                    {"id": rec["id"], "text": rec["text"]}, locator=f"ecb:{n}"
                )
            except InputError:
                continue
            ecb_total += 1
            if art.not_article:
                ecb_alarms.append((rec["id"], art.not_article))
    seed_alarms = [
        (art.id, art.not_article) for art in iter_articles([a.shared / "seeds"]) if art.not_article
    ]
    polnear_alarms = []
    polnear_total = 0
    for path in sorted((a.shared / "data" / "polnear").glob("*/**/*.txt")):
        try:
            art = extract_text(path.read_text(encoding="utf-8"), id=path.stem)
        except InputError:
            continue
        polnear_total += 1
        if art.not_article:
            polnear_alarms.append((path.stem, art.not_article))
    secs = time.perf_counter() - t0

    if not a.quiet:
        for key, reason in flagged:
            print(f"  {key}: {reason}")
    print(f"multinews_documents: {total}")
    print(f"multinews_refused_by_cleaner: {empty}")
    print(f"multinews_non_articles: {len(flagged)}")
    for kind, n in kinds.most_common():
        print(f"  {kind}: {n}")
    print(f"aeb_pages: {len(pages)}")
    print(f"aeb_false_alarms: {len(aeb_alarms)}")
    for key, reason in aeb_alarms:
        print(f"  {key}: {reason}")
    print(f"ecbplus_documents: {ecb_total}")
    print(f"ecbplus_false_alarms: {len(ecb_alarms)}")
    for key, reason in ecb_alarms:
        print(f"  {key}: {reason}")
    print(f"seed_false_alarms: {len(seed_alarms)}")
    for key, reason in seed_alarms:
        print(f"  {key}: {reason}")
    print(f"polnear_texts: {polnear_total}")
    print(f"polnear_false_alarms: {len(polnear_alarms)}")
    for key, reason in polnear_alarms:
        print(f"  {key}: {reason}")
    print(f"seconds: {secs:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
