"""Ingest into a real store: idempotence, crash safety, concurrent readers, bad inputs, the seeds."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import newsweave.corpus.ingest as ingest_module
from conftest import DATA, ROOT, need
from newsweave.corpus.ingest import COMMIT_EVERY, ingest
from newsweave.corpus.store import Store
from newsweave.models import MAX_TEXT_CHARS
from newsweave.text.counts import plural


def _ecb_records(topics: set[int] | None = None, limit: int | None = None) -> list[dict]:
    path = need(DATA / "ecbplus" / "documents.jsonl", "ECB+")
    with open(path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    if topics is not None:
        recs = [r for r in recs if r["topic"] in topics]
    return recs[:limit] if limit else recs


def _write_jsonl(path: Path, recs: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
    return path


@pytest.fixture(scope="module")
def seeds_and_ecb(tmp_path_factory, seeds_dir):
    """Seeds + 3 ECB+ topics (six events of the same kinds as in the full set) ingested once."""
    tmp = tmp_path_factory.mktemp("ingest")
    recs = _ecb_records({3, 12, 35})
    src = _write_jsonl(tmp / "ecb.jsonl", recs)
    db = tmp / "news.db"
    first = ingest([str(seeds_dir), str(src)], db=db, progress=False)
    return db, [str(seeds_dir), str(src)], first, recs


def test_seeds_form_one_event_of_five(seeds_and_ecb, seeds_dir):
    db, _, first, recs = seeds_and_ecb
    assert first.added == 5 + len(recs) - sum("skipped" in f for f in first.failed)
    seed_ids = {p.stem for p in seeds_dir.glob("*.txt")}
    with Store(db, readonly=True) as st:
        events = {st.article_event(i) for i in seed_ids}
        assert len(events) == 1
        ev = st.get_event(events.pop())
        assert set(ev.articles) == seed_ids  # exactly the five, no ECB+ article with them
        assert ev.date == "2025-05-11"


def test_event_titles_are_the_same_headline_in_the_list_and_the_weave(seeds_and_ecb, settings):
    from newsweave.synthesis.weave import weave
    from newsweave.text.headline import MAX_HEADLINE_WORDS

    db, *_ = seeds_and_ecb
    with Store(db, readonly=True) as st:
        events = [e for e in st.list_events(limit=1000) if len(e.articles) >= 2][:4]
        assert events
        for e in events:
            arts = [st.get_article(a) for a in e.articles]
            woven = weave(arts, settings=settings).events[0].title
            assert e.title == woven  # one rule, same members: the list never disagrees
            assert len(e.title.split()) <= MAX_HEADLINE_WORDS


def test_ingest_twice_is_idempotent(seeds_and_ecb):
    db, inputs, first, _ = seeds_and_ecb
    with Store(db, readonly=True) as st:
        before = st.counts()
        events_before = {e.id: e.articles for e in st.list_events(limit=1000)}
    again = ingest(inputs, db=db, progress=False)
    assert again.added == 0
    assert again.duplicates == first.added
    with Store(db, readonly=True) as st:
        assert st.counts() == before
        assert {e.id: e.articles for e in st.list_events(limit=1000)} == events_before


def test_same_article_under_another_id_or_url_is_recognised(tmp_path, seed_articles):
    import dataclasses

    db = tmp_path / "dup.db"
    a = seed_articles[0]
    ingest([a], db=db, progress=False)
    same_text = dataclasses.replace(a, id="renamed", path="elsewhere.txt")
    same_url = dataclasses.replace(seed_articles[1], id="x2", url="https://example.org/putin-talks")
    s = ingest([same_text, same_url], db=db, progress=False)
    assert (s.added, s.duplicates) == (1, 1)
    moved = dataclasses.replace(seed_articles[2], id="x3", url="https://example.org/putin-talks")
    s = ingest([moved], db=db, progress=False)
    assert (s.added, s.duplicates) == (0, 1)
    # a different article that happens to reuse a stored id is kept under a derived id
    clash = dataclasses.replace(seed_articles[3], id=a.id)
    s = ingest([clash], db=db, progress=False)
    assert s.added == 1
    with Store(db, readonly=True) as st:
        assert st.counts().articles == 3
        assert any(i.startswith(a.id + "~") for i in st.article_ids())


def test_bad_inputs_are_reported_and_the_rest_stored(tmp_path, seeds_dir):
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    shutil.copy(seeds[0], src / "a_good.txt")
    (src / "b_binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "c_empty.txt").write_text("")
    shutil.copy(seeds[1], src / "d_good.txt")
    recs = _ecb_records({3}, limit=4)
    lines = [json.dumps({"id": r["id"], "text": r["text"]}) for r in recs]
    lines.insert(2, "{this is not json")
    (src / "e_records.jsonl").write_text("\n".join(lines) + "\n")
    db = tmp_path / "bad.db"
    s = ingest([str(src), str(tmp_path / "missing.txt")], db=db, progress=False)
    failed = "\n".join(s.failed)
    assert "b_binary.txt" in failed and "c_empty.txt" in failed
    assert "e_records.jsonl:3" in failed
    assert "missing.txt" in failed
    assert s.added == 2 + 4
    with Store(db, readonly=True) as st:
        assert {"a_good", "d_good"} <= set(st.article_ids())


_CHILD = """
import sys
from newsweave.corpus.ingest import ingest
s = ingest([sys.argv[1]], db=sys.argv[2], progress=False)
print(s.describe())
"""


def _child(src: Path, db: Path) -> subprocess.Popen:
    # the hashing embedder: the crash test is about the store, not the model
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT / "src"),
        NEWSWEAVE_THREADS="1",
        NEWSWEAVE_EMBEDDER="hashing",
    )
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(src), str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_mid_ingest_loses_nothing_committed_and_readers_keep_reading(tmp_path):
    recs = _ecb_records(limit=400)
    src = _write_jsonl(tmp_path / "many.jsonl", recs)
    db = tmp_path / "crash.db"
    proc = _child(src, db)
    reads: list[int] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:  # a concurrent reader, as the server is during an ingest
        while not stop.is_set():
            try:
                if db.exists():
                    with Store(db, readonly=True) as st:
                        n = st.counts().articles
                        evs = st.list_events(limit=20)
                        assert all(e.articles for e in evs)
                        reads.append(n)
            except Exception as exc:
                # the moment the file exists but the first migration has not committed
                if not any(m in str(exc) for m in ("needs migrating", "an empty database")):
                    errors.append(exc)
            time.sleep(0.05)

    th = threading.Thread(target=reader)
    th.start()
    try:
        deadline = time.time() + 90
        while time.time() < deadline and not (reads and reads[-1] >= 2 * COMMIT_EVERY):
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        assert reads and reads[-1] >= 2 * COMMIT_EVERY, "ingest made no progress"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        stop.set()
        th.join()
        if proc.poll() is None:
            proc.kill()
    assert not errors, errors[:3]
    assert reads == sorted(reads)  # readers only ever saw whole committed batches, growing
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with Store(db, readonly=True) as st:
        n = st.counts().articles
        assert n >= max(reads) and n % COMMIT_EVERY == 0  # whole transactions only
        # every committed article has its features and its event
        orphans = st.db.execute(
            "SELECT COUNT(*) FROM articles a LEFT JOIN event_articles m ON m.article_id = a.id"
            " LEFT JOIN features f ON f.article_id = a.id WHERE m.event_id IS NULL OR f.day IS NULL"
            " AND f.embedding IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        kept = set(st.article_ids())
    # resuming finishes the job without duplicating what was committed
    proc = _child(src, db)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    with Store(db, readonly=True) as st:
        ids = st.article_ids()
        assert len(ids) == len(set(ids))
        assert kept <= set(ids)
        assert len(ids) >= len(recs) - 5  # a few ECB+ records are too short to be articles
        assert sum(len(e.articles) for e in st.list_events(limit=1000)) == len(ids)


@pytest.mark.slow
def test_two_concurrent_ingests_take_turns_and_see_each_other(tmp_path):
    """Found by the audit: two ingests into one store (two processes) each grouped only what
    was stored when it started, so articles of one event split in two (465 events, not 457).
    Now the second waits for the first, says so, and groups as if run after it."""
    from newsweave.config import Settings

    first_topics = _ecb_records({1, 2, 3})
    late = [r for i, r in enumerate(first_topics) if i % 3 == 2]  # B: a third of each event
    # A: other events first (about a commit's worth), then the rest of B's events
    a_recs = _ecb_records({6, 7, 8}) + [r for r in first_topics if r not in late]
    src_a = _write_jsonl(tmp_path / "a.jsonl", a_recs)
    src_b = _write_jsonl(tmp_path / "b.jsonl", late)

    db = tmp_path / "both.db"
    proc_a = _child(src_a, db)
    deadline = time.time() + 60
    while not db.exists():  # A has opened the store: start B
        assert time.time() < deadline and proc_a.poll() is None, proc_a.communicate()
        time.sleep(0.02)
    proc_b = _child(src_b, db)
    # meanwhile, on the core the waiting B leaves free: A then B, one after the other
    ref = tmp_path / "ref.db"
    settings = Settings(embedder="hashing", model_threads=1)  # what _child's environment sets
    ingest([str(src_a)], db=ref, progress=False, settings=settings)
    ingest([str(src_b)], db=ref, progress=False, settings=settings)
    out_b, err_b = proc_b.communicate(timeout=300)
    _, err_a = proc_a.communicate(timeout=300)
    assert proc_a.returncode == 0 and proc_b.returncode == 0, (err_a, err_b)

    def partition(path: Path) -> set[frozenset[str]]:
        with Store(path, readonly=True) as st:
            return {frozenset(e.articles) for e in st.list_events(limit=1000)}

    got, want = partition(db), partition(ref)
    assert len(got) == len(want) and got == want
    assert "waited" in out_b, out_b  # B says that it waited for A


def test_a_text_over_the_limit_is_reported_once_and_neither_parsed_nor_stored(
    tmp_path, seeds_dir, monkeypatch
):
    """A record whose text is over MAX_TEXT_CHARS (a log pasted whole) is one failure in the
    summary; the parse for captions' story days never sees it, and the story beside it is
    stored."""
    parsed: list[str] = []
    story_days = ingest_module.caption_story_days

    def watched(articles, settings):
        arts = list(articles)
        parsed.extend(a.id for a in arts)
        return story_days(arts, settings)

    monkeypatch.setattr(ingest_module, "caption_story_days", watched)
    rows = [
        f"Entry {i}: the pump at station {i % 17} reported pressure {i % 90} and kept running."
        for i in range(MAX_TEXT_CHARS // 60)
    ]
    dump = {"id": "pump-log", "text": "\n\n".join(rows)}
    story = {"id": "story", "text": sorted(seeds_dir.glob("*.txt"))[0].read_text()}
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in (dump, story)), encoding="utf-8")
    db = tmp_path / "news.db"
    s = ingest([str(src)], db=db, progress=False)
    over = [f for f in s.failed if "exceeds the limit" in f]
    assert len(over) == 1 and over[0].startswith(f"{src}:1: article text of")
    assert s.added == 1 and "pump-log" not in parsed
    with Store(db, readonly=True) as st:
        assert set(st.article_ids()) == {"story"}


def test_non_articles_are_stored_with_their_reason_in_no_event(tmp_path, seeds_dir):
    notice = tmp_path / "in" / "notice.txt"
    notice.parent.mkdir()
    notice.write_text(
        "Since last spring our volunteers have saved copies of every page linked from the "
        "front pages of local papers. These crawls performed by the team are added to the "
        "Wayback Machine after a short delay.\n",
        encoding="utf-8",
    )
    widget = tmp_path / "in" / "widget.txt"
    widget.write_text(
        "Tweet with a location\n\nYou can add location information to your Tweets, such as "
        "your city or precise location, from the web. You always have the option to delete "
        "your Tweet location history.\n",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    summary = ingest([str(seeds_dir), str(notice.parent)], db=db, progress=False)
    assert summary.non_articles == 2 and "2 set aside as non-articles" in summary.describe()
    with Store(db, readonly=True) as st:
        aside = {a.id: a.not_article for a in st.non_articles()}
        assert set(aside) == {"notice", "widget"}
        assert aside["notice"].startswith("web archive notice")
        assert aside["widget"].startswith("embedded widget")
        assert all(st.article_event(i) is None for i in aside)
        events = st.list_events(limit=100)
        assert len(events) == 1 and len(events[0].articles) == 5  # the seeds alone


def _multinews_jsonl(path: Path, events: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for ev in events:
            for i, doc in enumerate(ev["documents"]):
                fh.write(json.dumps({"id": f"{ev['id']}-{i}", "text": doc}) + "\n")
    return path


def _still_there(st: Store, shown: dict[str, set[str]]) -> list[str]:
    """Ids whose event (followed through merges) holds none of the articles shown under it."""
    wrong = []
    for eid, articles in shown.items():
        live = eid if st.has_event(eid) else st.follow(eid)
        if live is None or not articles & set(st.get_event(live).articles):
            wrong.append(eid)
    return wrong


@pytest.mark.slow
def test_event_ids_keep_meaning_their_story_as_news_arrives(tmp_path):
    """Issue 14's experiment: ingest the first 100 multinews events, note every id and its
    articles, ingest the other 150: no id may then hold another story."""
    path = need(DATA / "multinews" / "validation.jsonl", "the multinews validation set")
    with open(path, encoding="utf-8") as fh:
        events = [json.loads(line) for line in fh]
    db = tmp_path / "news.db"
    ingest([_multinews_jsonl(tmp_path / "a.jsonl", events[:100])], db=db, progress=False)
    with Store(db, readonly=True) as st:
        shown = {e.id: set(e.articles) for e in st.list_events(limit=10_000)}
    assert len(shown) > 100
    ingest([_multinews_jsonl(tmp_path / "b.jsonl", events[100:])], db=db, progress=False)
    with Store(db, readonly=True) as st:
        assert _still_there(st, shown) == []


def test_the_seeds_in_a_store_of_other_news_leave_every_id_on_its_story(tmp_path, seeds_dir):
    db = tmp_path / "news.db"
    src = _write_jsonl(tmp_path / "ecb.jsonl", _ecb_records({3, 12, 35, 36}))
    ingest([str(src)], db=db, progress=False)
    with Store(db, readonly=True) as st:
        shown = {e.id: set(e.articles) for e in st.list_events(limit=10_000)}
    ingest([str(seeds_dir)], db=db, progress=False)
    seed_ids = {p.stem for p in seeds_dir.glob("*.txt")}
    with Store(db, readonly=True) as st:
        assert _still_there(st, shown) == []
        (putin,) = {st.article_event(i) for i in seed_ids}
        assert putin not in shown  # the seeds' event has an id of its own


def test_the_seeds_in_a_small_store_take_no_other_story_by_its_names(tmp_path, seeds_dir):
    """Beside six Multi-News stories (32 articles in all), Moscow's April Fools piece (the
    Foreign Ministry's joke switchboard, 088-5) named Putin, Moscow and "Russian" as no other
    article of so small a store did, and joined the seeds' event by those names."""
    path = need(DATA / "multinews" / "validation.jsonl", "the multinews validation set")
    with open(path, encoding="utf-8") as fh:
        events = [
            json.loads(line) for i, line in enumerate(fh) if i in {31, 88, 104, 120, 174, 232}
        ]
    db = tmp_path / "news.db"
    ingest(
        [str(seeds_dir), str(_multinews_jsonl(tmp_path / "mn.jsonl", events))],
        db=db,
        progress=False,
    )
    seed_ids = {p.stem for p in seeds_dir.glob("*.txt")}
    with Store(db, readonly=True) as st:
        (putin,) = {st.article_event(i) for i in seed_ids}
        assert set(st.get_event(putin).articles) == seed_ids


def test_the_summary_tells_new_from_already_stored_from_repeated(tmp_path, seeds_dir):
    src = tmp_path / "in"
    src.mkdir()
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(seed, src / "a.txt")
    shutil.copy(seed, src / "copy-of-a.txt")  # the same article twice in one run
    db = tmp_path / "news.db"
    first = ingest([str(src)], db=db, progress=False)
    assert (first.added, first.repeated, first.duplicates) == (1, 1, 0)
    assert "1 repeated in the input" in first.describe()
    again = ingest([str(src)], db=db, progress=False)
    assert (again.added, again.repeated, again.duplicates) == (0, 0, 2)


def test_the_summary_counts_the_events_in_the_store(tmp_path, seeds_dir):
    """Into an empty store the summary read "22 new events, 27 events updated" with 27 events
    stored: refine's new ids were not counted new, and every new event was "updated" too."""
    path = need(DATA / "multinews" / "validation.jsonl", "the multinews validation set")
    with open(path, encoding="utf-8") as fh:
        events = [json.loads(line) for line in fh][:12]
    db = tmp_path / "news.db"
    first = ingest([_multinews_jsonl(tmp_path / "a.jsonl", events[:10])], db=db, progress=False)
    with Store(db, readonly=True) as st:
        stored = {e.id: set(e.articles) for e in st.list_events(limit=10_000)}
    assert (first.new_events, first.events_touched) == (len(stored), len(stored))
    assert f"{len(stored)} new events, 0 events updated" in first.describe()
    # the refine pass merged events of this run's own making: no event a reader had seen, so
    # nothing is said of merges (the seeds into a fresh store said "6 events merged")
    assert first.merged_events == 0 and "merged" not in first.describe()
    src = _multinews_jsonl(tmp_path / "b.jsonl", events[10:])
    second = ingest([str(seeds_dir), src], db=db, progress=False)
    with Store(db, readonly=True) as st:
        after = {e.id: set(e.articles) for e in st.list_events(limit=10_000)}
    old = set().union(*stored.values())
    new = [e for e, arts in after.items() if not arts & old]
    assert second.new_events == len(new) > 0
    # the events stored before that no longer stand are the ones said to be merged away:
    # each answers as the event that holds its earliest article now
    with Store(db, readonly=True) as st:
        gone = [e for e in stored if e not in after]
        assert all(st.follow(e) in after for e in gone)
    assert second.merged_events == len(gone)
    if gone:
        assert f"{plural(len(gone), 'earlier event')} merged into others" in second.describe()
    updated = second.events_touched - second.new_events
    counts = f"{plural(second.new_events, 'new event')}, {plural(updated, 'event')} updated"
    assert counts in second.describe()


def test_a_long_running_process_keeps_its_indices_until_another_one_stores(tmp_path, window_loads):
    """What ``watch`` does between polls: the next ingest goes on with the indices the last
    one left (no window loaded again), which describe the store exactly; after another
    process's ingest the window is loaded afresh. Ids keep meaning their stories throughout."""
    from newsweave.config import Settings
    from newsweave.corpus.ingest import Resident

    loads = window_loads
    settings = Settings(embedder="hashing", model_threads=1)
    recs = _ecb_records({3, 12, 35})
    parts = [str(_write_jsonl(tmp_path / f"p{i}.jsonl", recs[i::5])) for i in range(5)]
    db = tmp_path / "news.db"
    resident = Resident()
    ingest([parts[0]], db=db, progress=False, settings=settings, resident=resident)
    with Store(db, readonly=True) as st:
        shown = {e.id: set(e.articles) for e in st.list_events(limit=1000)}
    ingest([parts[1]], db=db, progress=False, settings=settings, resident=resident)
    assert len(loads) == 1  # the second ingest loaded nothing
    ingest([parts[2]], db=db, progress=False, settings=settings)  # another process
    ingest([parts[3]], db=db, progress=False, settings=settings, resident=resident)
    assert len(loads) == 3  # the other's window, then ours afresh
    ingest([parts[4]], db=db, progress=False, settings=settings, resident=resident)
    assert len(loads) == 3
    with Store(db, readonly=True) as st:
        kept = resident.take(st, None)
        assert kept is not None
        stored = {e.id: sorted(e.articles) for e in st.list_events(limit=1000)}
        assert {e: sorted(m) for e, m in kept.index.clusters().items()} == stored
        assert _still_there(st, shown) == []
        assert st.counts().articles == len(recs)


def test_a_large_store_s_window_is_read_beside_the_nlp_and_gives_the_same_events(
    tmp_path, monkeypatch, window_loads
):
    """Into a store beyond the resident budget, the first batch's window is read on a thread
    while the next articles are prepared; the events are those of reading it first."""
    from newsweave.config import Settings
    from newsweave.corpus import resident
    from newsweave.corpus.resident import ResidentWindow

    settings = Settings(embedder="hashing", model_threads=1)
    recs = _ecb_records({3, 12, 13, 35})  # 104 documents of eight events
    for i, r in enumerate(recs):  # dated over three weeks, so the window is a date range
        r["published"] = f"2025-03-{1 + i % 21:02d}"

    def jsonl(path: Path, part: list[dict]) -> Path:
        with open(path, "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps({k: r[k] for k in ("id", "text", "published")}) + "\n")
        return path

    base = tmp_path / "base.db"
    ingest(
        [str(jsonl(tmp_path / "a.jsonl", recs[::3]))], db=base, progress=False, settings=settings
    )
    later = str(jsonl(tmp_path / "b.jsonl", [r for i, r in enumerate(recs) if i % 3]))
    monkeypatch.setattr(resident, "RESIDENT_BUDGET", 10)  # a "large" store: read by window
    events = {}
    for way in ("beside", "first"):
        db = tmp_path / f"{way}.db"
        shutil.copyfile(base, db)
        if way == "first":  # the window read in the ingest's thread, before any assignment
            monkeypatch.setattr(ResidentWindow, "start", lambda window, days: None)
        summary = ingest([later], db=db, progress=False, settings=settings)
        assert summary.added == len(recs) - len(recs[::3]) > COMMIT_EVERY
        with Store(db, readonly=True) as st:
            events[way] = {e.id: sorted(e.articles) for e in st.list_events(limit=1000)}
        threads = {w.thread for w in window_loads}
        assert ("newsweave-window" in threads) == (way == "beside")
        window_loads.clear()
    assert events["beside"] == events["first"]


def test_warc_records_passed_over_are_counted_in_the_summary(tmp_path, monkeypatch):
    """A first-day user ingested a WARC holding nothing usable: the run ended in silence, exit
    0, with "ingested 0 new articles" and no word of the records it had passed over."""
    from newsweave.sources.warc import PageToWrite, text_to_html, write_warc

    monkeypatch.setenv("NEWSWEAVE_EMBEDDER", "hashing")
    story = (
        "The river ferry at Kellbridge will run an hour later on weekdays from June, the "
        "county transport office said on Wednesday, after commuters asked for a late boat.\n"
        "The office said the extra crossings would be paid for by the new bridge toll."
    )
    good = PageToWrite("https://news.example/ferry", text_to_html("Late ferry", story).encode())
    missing = PageToWrite("https://news.example/gone", b"<html>gone</html>", status=404)
    pdf = PageToWrite("https://news.example/timetable.pdf", b"%PDF-1.7", "application/pdf")
    unusable = tmp_path / "unusable.warc.gz"
    write_warc(unusable, [missing, pdf])
    s = ingest([str(unusable)], db=tmp_path / "a.db", progress=False)
    assert (s.added, s.failed) == (0, [])
    # the file's warcinfo record is bookkeeping, never a page: not a skip worth telling
    assert s.warc_skipped == {"http-404": 1, "not-html": 1}
    told = s.describe()
    assert "2 WARC records skipped: http-404 1, not-html 1" in told
    assert "nothing stored: the inputs held no usable article" in told
    mixed = tmp_path / "mixed.warc.gz"
    write_warc(mixed, [missing, good, pdf])
    s = ingest([str(mixed)], db=tmp_path / "b.db", progress=False)
    assert (s.added, s.warc_skipped["http-404"]) == (1, 1)
    assert "nothing stored" not in s.describe()
    with Store(tmp_path / "b.db", readonly=True) as st:
        assert len(st.article_ids()) == 1
