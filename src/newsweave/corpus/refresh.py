"""Writing an event's row from its members: title, date, outlets and the counts every page
shows (the ``events`` table the list, ``show``, the API and the front page read).

An event's date is the one its page shows, so that a reader sees one date for one story: the
day its members' stamps give (``stamped_day``, which the front page times undated events by),
unless its synthesis is cached for exactly its members, whose day is the page's
(:func:`shown_day`). The page reads days the stamps cannot tell (a weekday resolved across the
articles, a dated statement of the main fact): multinews 111, 153 and 177 with 232 were listed
undated while their pages gave a day. The store writes that day when it caches a weave.

An event's independent origins are the synthesis's own ``origins`` stage
(:func:`newsweave.corpus.outlets.count_stored_origins`), which reads every member's text: an
ingest writes a touched event at each batch but counts its origins once, when it ends (13 s
at each batch, 4.4 s at the end). Meanwhile the row says how many of its articles its count
covers (``origins_of``): an event whose count covers fewer articles than it holds is being
counted, and every page says so rather than show a stale or made-up number. The next ingest
counts what a killed one left uncounted.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime

from newsweave import __version__
from newsweave.clean.metadata import CAPTION_DATE
from newsweave.corpus.outlets import count_stored_origins, event_outlets
from newsweave.models import Article
from newsweave.synthesis.event_day import stamped_day
from newsweave.text.headline import LEAD_CHARS, event_headline

# An event whose origins are not counted over all its articles (an ingest is storing into it,
# or one was killed before its end), in SQL over the ``events`` table: the partial index
# ``events_uncounted`` (migration 10) has this condition.
ORIGINS_PENDING = "origins_of != n_articles"
# Bump when the synthesis output changes, so cached syntheses are recomputed.
SYNTHESIS_VERSION = f"{__version__}/2"


def utcnow() -> str:
    """Now, as the store writes its times (ISO, UTC, whole seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def synthesis_key(article_ids: Sequence[str]) -> str:
    """The key a synthesis of these articles is cached under: it changes with the members and
    with the code (:data:`SYNTHESIS_VERSION`)."""
    h = hashlib.sha1(json.dumps([sorted(article_ids), SYNTHESIS_VERSION]).encode("utf-8"))
    return h.hexdigest()


def shown_day(
    db: sqlite3.Connection, event_id: str, article_ids: Sequence[str], stamped: str | None
) -> str | None:
    """The day the event is shown on: its cached synthesis's day when that synthesis is of
    exactly ``article_ids`` (the page's day, read from the parse of the whole event), else
    ``stamped``, the day the members' stamps give."""
    row = db.execute(
        "SELECT json_extract(report, '$.events[0].date') FROM syntheses"
        " WHERE event_id = ? AND key = ?",
        (event_id, synthesis_key(article_ids)),
    ).fetchone()
    return stamped if row is None else row[0]


def refresh_events(
    db: sqlite3.Connection,
    event_ids: Sequence[str],
    seqs: dict[str, int] | None = None,
    *,
    origins: bool = True,
) -> list[str]:
    """Recompute title/date/outlets/counts of these events from their members (inside the
    caller's transaction); an event left without members is deleted with its synthesis. The
    date is its page's, where a synthesis of exactly these members is cached (:func:`shown_day`),
    else the day its members' stamps give (``stamped_day``), never one its page contradicts: a photo
    caption's day is no publication day, a caption's story whose day only the parse tells is
    on the day its parse at ingest put it (``articles.story_day``), and an event only the
    parse of the whole event could date is undated
    (:func:`~newsweave.synthesis.event_day.stamped_day`).
    ``origins=False``: a stored event keeps its count of origins and the articles it covers, a
    new one of several articles has none counted yet (one article is one origin); returns the
    events so left, which an ingest counts once at its end (:func:`recount_origins`)."""
    now, kept = utcnow(), []
    for eid in sorted(set(event_ids)):
        rows = db.execute(
            f"SELECT a.id, a.title, substr(a.text, 1, {LEAD_CHARS}), a.outlet, a.url, a.published,"
            " a.published_source, CASE WHEN a.published_source = ? THEN a.text END,"
            " a.story_day FROM event_articles m"
            " JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.rowid",
            (CAPTION_DATE, eid),
        ).fetchall()
        if not rows:
            db.execute("DELETE FROM events WHERE id = ?", (eid,))
            db.execute("DELETE FROM syntheses WHERE event_id = ?", (eid,))
            continue
        title = event_headline([r[1] for r in rows], [r[2] or "" for r in rows]) or rows[0][0]
        stamped = stamped_day(  # (a caption's whole text: whether it names its day)
            (
                Article(
                    id=r[0],
                    text=r[7] or r[2] or "",
                    published=datetime.fromisoformat(r[5]),
                    published_source=r[6],
                )
                for r in rows
                if r[5]
            ),
            {r[0]: date.fromisoformat(r[8]) for r in rows if r[8]},
        )
        day = shown_day(db, eid, [r[0] for r in rows], stamped)
        outlets = event_outlets((r[3], r[4]) for r in rows)
        if origins or len(rows) == 1:
            n_origins, origins_of = count_stored_origins(db, eid, len(rows)), len(rows)
        else:
            stored = db.execute(
                "SELECT n_origins, origins_of FROM events WHERE id = ?", (eid,)
            ).fetchone()
            n_origins, origins_of = stored if stored else (0, 0)
            kept.append(eid)
        seq = (seqs or {}).get(eid)
        if seq is None:
            seq = db.execute("SELECT COALESCE(MAX(seq), -1) + 1 FROM events").fetchone()[0]
        db.execute(
            "INSERT INTO events (id, seq, title, date, n_articles, outlets, created, updated,"
            " n_sources, n_unnamed, n_origins, origins_of, stamped_day)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " title = excluded.title, date = excluded.date, n_articles = excluded.n_articles,"
            " outlets = excluded.outlets, updated = excluded.updated,"
            " n_sources = excluded.n_sources, n_unnamed = excluded.n_unnamed,"
            " n_origins = excluded.n_origins, origins_of = excluded.origins_of,"
            " stamped_day = excluded.stamped_day",
            (
                eid,
                seq,
                title,
                day,
                len(rows),
                json.dumps(outlets.names, ensure_ascii=False),
                now,
                now,
                outlets.count,
                outlets.unnamed,
                n_origins,
                origins_of,
                stamped,
            ),
        )
    return kept


def recount_origins(db: sqlite3.Connection, event_ids: Sequence[str]) -> None:
    """Count the independent origins of these events again (inside the caller's transaction);
    an event merged away meanwhile is passed over."""
    for eid in sorted(set(event_ids)):
        for (n,) in db.execute("SELECT n_articles FROM events WHERE id = ?", (eid,)).fetchall():
            db.execute(
                "UPDATE events SET n_origins = ?, origins_of = ? WHERE id = ?",
                (count_stored_origins(db, eid, n), n, eid),
            )


def uncounted_events(db: sqlite3.Connection) -> list[str]:
    """Events whose origins were not counted over all their articles: left so by an ingest
    that was killed before its end (a running one counts its own when it ends)."""
    return [r[0] for r in db.execute(f"SELECT id FROM events WHERE {ORIGINS_PENDING}")]
