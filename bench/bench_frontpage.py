"""The front page's cost on a large store: ``corpus.frontpage.front_page`` and
``describe_events`` (what ``/``, ``/api/front`` and the Atom feeds run per request).

Takes any newsweave store (``--db``, e.g. one built by bench/bench_store_scale.py or
bench/bench_server.py), copies it to a temporary folder (the original is only read), and makes
it ``--times`` times larger by copying its articles, memberships and events under new ids with
the same publication times: each day then holds ``--times`` times as many stories, which is
what the front page's cost grows with. Prints one JSON line of median timings.

    nice .venv/bin/python bench/bench_frontpage.py --db /tmp/scale/store-10000.db --times 20
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # this tree's code

from newsweave.corpus.frontpage import describe_events, front_page
from newsweave.corpus.store import Store

RUNS = 5  # timings per call; the median is reported


def grow(db: Path, times: int) -> None:
    """Copies ``times - 1`` of every article, membership and event, under new ids."""
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER IF EXISTS articles_ai")  # search is not measured: skip indexing
    cols = [r[1] for r in con.execute("PRAGMA table_info(articles)") if r[1] != "rowid"]
    ev_cols = [r[1] for r in con.execute("PRAGMA table_info(events)")]
    seq0 = con.execute("SELECT MAX(seq) + 1 FROM events").fetchone()[0]
    with con:
        for k in range(1, times):
            sel = ", ".join(f"id || '@copy{k}'" if c == "id" else c for c in cols)
            con.execute(
                f"INSERT INTO articles ({', '.join(cols)}) SELECT {sel} FROM articles"
                " WHERE id NOT LIKE '%@copy%'"
            )
            con.execute(
                "INSERT INTO event_articles (article_id, event_id, score) SELECT"
                f" article_id || '@copy{k}', event_id || '@copy{k}', score FROM event_articles"
                " WHERE article_id NOT LIKE '%@copy%'"
            )
            sel = ", ".join(
                f"id || '@copy{k}'" if c == "id" else f"seq + {seq0 * k}" if c == "seq" else c
                for c in ev_cols
            )
            con.execute(
                f"INSERT INTO events ({', '.join(ev_cols)}) SELECT {sel} FROM events"
                " WHERE id NOT LIKE '%@copy%'"
            )
    con.close()


def median_ms(call: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        call()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="a newsweave store (only read)")
    ap.add_argument("--times", type=int, default=1, help="copies of its contents (default 1)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "front.db"
        shutil.copyfile(args.db, db)
        with Store(db):  # migrated to this newsweave's schema, if older
            pass
        t0 = time.perf_counter()
        grow(db, args.times)
        grown_s = time.perf_counter() - t0
        with Store(db, readonly=True) as st:
            counts = st.counts()
            busiest = st.db.execute(
                "SELECT substr(published, 1, 10) AS d FROM articles WHERE published IS NOT NULL"
                " GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1"
            ).fetchone()
            day = date.fromisoformat(busiest[0]) if busiest else None
            page = front_page(st)
            listed = [e.id for e in st.list_events(limit=50)]
            out = {
                "articles": counts.articles,
                "events": counts.events,
                "grow_s": round(grown_s, 1),
                "front_now_ms": median_ms(lambda: front_page(st)),
                "front_now_fallback": page.note is not None,
                "stories": len(page.stories) + page.more_stories,
                "busiest_day": day.isoformat() if day else None,
                "front_busiest_day_ms": median_ms(lambda: front_page(st, day=day)) if day else None,
                "describe_50_ms": median_ms(lambda: describe_events(st, listed)),
            }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
