"""One entry per utterance: quote mentions before and after merging, on real events.

Runs the ``quotes`` stage on the seed event (../shared/seeds) and on the first ``--events``
multi-document events of ../shared/data/multinews/validation.jsonl, and counts, per form
(direct quotes; reported speech), the statement mentions the articles hold and the quotes
left after :func:`newsweave.synthesis.quotes.merging.merge_quotes` joined the mentions of
one utterance (repeats, pieces, translations). ``--list`` prints every merged quote with its
wordings for a reader to check that no two statements were joined.

Usage: nice .venv/bin/python bench/bench_merging.py [--shared ../shared] [--events 20] [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.models import Article
    from newsweave.sources.files import extract_text, iter_articles
    from newsweave.synthesis.pipeline import Workspace, run

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--events", type=int, default=20, help="multinews events to read")
    ap.add_argument("--list", action="store_true", help="print every merged quote")
    a = ap.parse_args()

    events: list[tuple[str, list[Article]]] = [
        ("seeds", [x for x in iter_articles([str(a.shared / "seeds")]) if isinstance(x, Article)])
    ]
    with (a.shared / "data" / "multinews" / "validation.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if len(events) > a.events:
                break
            ev = json.loads(line)
            arts = [extract_text(d, id=f"{ev['id']}-{i}") for i, d in enumerate(ev["documents"])]
            arts = [x for x in arts if x.not_article is None]
            if len(arts) > 1:
                events.append((ev["id"], arts))

    totals = {"direct": [0, 0], "reported": [0, 0]}
    rows = []
    for name, arts in events:
        ws = run(Workspace(arts), ["quotes"])
        assert ws.quote_mentions is not None and ws.quotes is not None
        row = {"event": name}
        for form, test in (
            ("direct", lambda f: f == "direct"),
            ("reported", lambda f: f != "direct"),
        ):
            ms = [m for m in ws.quote_mentions if m.kind == "statement" and test(m.form)]
            qs = [q for q in ws.quotes if q.kind == "statement" and test(q.form)]
            row[form] = {"mentions": len(ms), "quotes": len(qs)}
            if name != "seeds":
                totals[form][0] += len(ms)
                totals[form][1] += len(qs)
        rows.append(row)
        print(
            f"{name:12s} direct {row['direct']['mentions']:3d} -> {row['direct']['quotes']:3d}   "
            f"reported {row['reported']['mentions']:3d} -> {row['reported']['quotes']:3d}"
        )
        if a.list:
            for q in ws.quotes:
                if len({v.text for v in q.variants}) > 1:
                    print(f"  {q.id} {q.speaker} [{q.form}, {q.relation}] {q.text[:100]!r}")
                    for v in q.variants:
                        print(f"      {v.article}: {v.text[:110]!r}")
    summary = {
        "multinews_events": len(rows) - 1,
        "multinews_direct_mentions_to_quotes": totals["direct"],
        "multinews_reported_mentions_to_quotes": totals["reported"],
        "seeds": rows[0],
    }
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
