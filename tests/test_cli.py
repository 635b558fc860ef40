"""The CLI as a user meets it: a real process, real files, exit codes and messages."""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import unprivileged

EXE = [sys.executable, "-m", "newsweave.cli"]


def run(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*EXE, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )


def test_extract_reports_a_bad_file_by_name_and_keeps_going(tmp_path, seeds_dir):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 200)
    good = seeds_dir / "002_2db524320ef17930.txt"
    r = run("extract", str(bad), str(good), "--format", "jsonl")
    assert r.returncode == 1
    assert "broken.txt" in r.stderr and "Traceback" not in r.stderr
    [rec] = [json.loads(line) for line in r.stdout.splitlines()]
    assert rec["title"].startswith("Putin Proposes Direct Russia-Ukraine Talks")
    for key in (
        "path",
        "title",
        "text",
        "outlet",
        "byline",
        "published",
        "url",
        "language",
        "removed",
    ):
        assert key in rec


def test_missing_file_is_a_clean_error(tmp_path):
    r = run("brief", str(tmp_path / "nope.txt"))
    assert r.returncode == 2
    assert "nope.txt" in r.stderr and "Traceback" not in r.stderr


def test_unknown_event_is_a_clean_store_error(tmp_path):
    from newsweave.corpus.store import Store

    Store(tmp_path / "x.db").close()
    r = run("show", "no-such-event", "--db", str(tmp_path / "x.db"))
    assert r.returncode == 4
    assert "no-such-event" in r.stderr and "Traceback" not in r.stderr


def test_reading_commands_never_create_a_store(tmp_path):
    """Found by the audit: `show` with a mistyped --db created an empty store there; `serve`
    did too, and served its empty front page as if it were the news."""
    for args in (["show", "some-event"], ["events"], ["serve", "--port", "0"]):
        db = tmp_path / "typo" / "newsweave.db"
        r = run(*args, "--db", str(db))
        assert r.returncode == 4, r.stderr
        assert f"no store at {db}" in r.stderr and "Traceback" not in r.stderr
        assert not db.parent.exists()


def test_writing_to_a_read_only_store_is_a_clean_error(tmp_path):
    """Found by the audit: `ingest` into a read-only store ended in a traceback."""
    from newsweave.corpus.store import Store

    db = tmp_path / "news.db"
    Store(db).close()
    db.chmod(0o444)
    examples = Path(__file__).resolve().parents[1] / "examples"
    r = subprocess.run(
        [*unprivileged(), *EXE, "ingest", str(examples), "--db", str(db), "-q"],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, NEWSWEAVE_EMBEDDER="hashing"),
    )
    assert r.returncode == 4, r.stderr
    assert "the store file is read-only" in r.stderr and "Traceback" not in r.stderr


def test_an_ingest_of_one_article_says_so_in_the_singular(tmp_path):
    """A first-day user read "ingested 1 new articles ... 1 new events"."""
    story = tmp_path / "pier.txt"
    story.write_text(
        "The town council of Westerby agreed on Thursday to rebuild the fishing pier that a "
        "storm tore apart in March, and said the work would start before the summer.\n",
        encoding="utf-8",
    )
    env = dict(os.environ, NEWSWEAVE_EMBEDDER="hashing")
    r = run("ingest", str(story), "--db", str(tmp_path / "n.db"), "-q", env=env)
    assert r.returncode == 0, r.stderr
    assert "ingested 1 new article into" in r.stderr
    assert "1 new event, 0 events updated" in r.stderr


def test_output_failures_and_bad_numbers_are_clean_errors(tmp_path):
    """Found by the audit: `brief -o /dev/full` ended in a traceback and `cluster --threshold
    nan` wrote invalid JSON."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    env = dict(os.environ, NEWSWEAVE_EMBEDDER="hashing")
    if Path("/dev/full").exists():
        r = run("brief", str(examples), "--format", "md", "-o", "/dev/full", env=env)
        assert r.returncode == 6, r.stderr
        assert "/dev/full: cannot write the output" in r.stderr and "Traceback" not in r.stderr
        with open("/dev/full", "w") as full:
            p = subprocess.run(
                [*EXE, "extract", str(examples), "--format", "jsonl"],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=300,
                env=env,
            )
        assert p.returncode == 6, p.stderr
        assert "stdout: cannot write the output" in p.stderr and "Traceback" not in p.stderr
        assert "Exception ignored" not in p.stderr
    for bad in ("nan", "inf", "-0.5", "1.5", "abc"):
        r = run("cluster", str(examples), "--threshold", bad, env=env)
        assert r.returncode == 2 and "--threshold" in r.stderr, (bad, r.stderr)
        assert "Traceback" not in r.stderr and not r.stdout
    for args in (["brief", str(examples), "--words", "0"], ["serve", "--port", "70000"]):
        r = run(*args)
        assert r.returncode == 2 and "Traceback" not in r.stderr, (args, r.stderr)


@pytest.mark.slow
def test_the_server_token_never_goes_on_the_command_line(tmp_path):
    """Found by the audit: `serve --token T` showed the token to every user in `ps`."""
    r = run("serve", "--db", str(tmp_path / "s.db"), "--token", "s3cret")
    assert r.returncode == 3 and "NEWSWEAVE_TOKEN" in r.stderr and "--token-file" in r.stderr
    empty = tmp_path / "empty-token"
    empty.write_text("\n")
    r = run("serve", "--db", str(tmp_path / "s.db"), "--token-file", str(empty))
    assert r.returncode == 3 and "token file is empty" in r.stderr
    token_file = tmp_path / "token"
    token_file.write_text("s3cret-from-file\n")
    from newsweave.corpus.store import Store

    Store(tmp_path / "s.db").close()  # serve serves a store that exists, never makes one
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    serve = ["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)]
    proc = subprocess.Popen(
        [*EXE, *serve, "--token-file", str(token_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if k != "NEWSWEAVE_TOKEN"},
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).json()
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "no server"
                time.sleep(0.2)
        assert health["writes"] is True
        post = httpx.post(
            f"http://127.0.0.1:{port}/api/ingest",
            content=b"",
            headers={"Authorization": "Bearer s3cret-from-file", "Content-Type": "text/plain"},
        )
        assert post.status_code == 400  # past the token check: the body is what is wrong
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_brief_writes_every_format_from_one_weave(tmp_path):
    examples = Path(__file__).resolve().parents[1] / "examples"
    outs = [tmp_path / "r.json", tmp_path / "r.md", tmp_path / "r.html"]
    r = run("brief", str(examples), *[a for o in outs for a in ("-o", str(o))])
    assert r.returncode == 0, r.stderr
    report = json.loads(outs[0].read_text(encoding="utf-8"))
    assert report["schema"] == "newsweave.event/1"
    title = report["events"][0]["title"]
    assert title in outs[1].read_text(encoding="utf-8")  # the same event in every format
    assert outs[2].read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    bad = run("brief", str(examples), "-o", str(tmp_path / "r.docx"))
    assert bad.returncode != 0 and "r.docx" in bad.stderr and "Traceback" not in bad.stderr


def test_model_settings_come_from_the_environment_of_the_run(tmp_path):
    """The CLI reads NEWSWEAVE_* once and passes the settings down: a bad embedder named there
    is a configuration error of that run (exit 3), not an import-time crash."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    env = dict(os.environ, NEWSWEAVE_EMBEDDER="word2vec-from-the-moon")
    r = run("brief", str(examples), "-o", str(tmp_path / "r.json"), env=env)
    assert r.returncode == 3, r.stderr
    assert "unknown embedder 'word2vec-from-the-moon'" in r.stderr and "Traceback" not in r.stderr
    ok = run(
        "brief",
        str(examples),
        "-o",
        str(tmp_path / "r.json"),
        env=dict(os.environ, NEWSWEAVE_EMBEDDER="hashing"),
    )
    assert ok.returncode == 0, ok.stderr


@pytest.mark.slow
def test_ingest_follows_a_feed_link_to_another_private_host_only_with_allow_private(
    tmp_path, monkeypatch, capsys
):
    """The feed typed by hand (on 127.0.0.1) is fetched as given; its item on 127.0.0.2 is
    another loopback host, fetched only with --allow-private."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from newsweave.cli import main

    page = (
        "<html><head><title>Ferry timetable changes</title></head><body><article><p>The "
        "Lowmere ferry will leave the north quay twenty minutes earlier from Monday, the "
        "operator said, to meet the first train to Felby.</p><p>Passengers said the change "
        "would help commuters but not the market traders who load at dawn.</p></article>"
        "</body></html>"
    )

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            if self.path == "/feed.xml":
                body = (
                    '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                    f"<title>Ferry</title><link>{other}/ferry</link></item></channel></rss>"
                ).encode()
            else:
                body = page.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    servers = [ThreadingHTTPServer((a, 0), Handler) for a in ("127.0.0.1", "127.0.0.2")]
    for s in servers:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    feed, other = (f"http://{s.server_address[0]}:{s.server_address[1]}" for s in servers)
    monkeypatch.setenv("NEWSWEAVE_EMBEDDER", "hashing")
    monkeypatch.delenv("NEWSWEAVE_ALLOW_PRIVATE", raising=False)
    try:
        db = str(tmp_path / "n.db")
        assert main(["ingest", f"{feed}/feed.xml", "--db", db, "-q"]) == 1
        assert "127.0.0.2 is a loopback address" in capsys.readouterr().err
        assert main(["ingest", f"{feed}/feed.xml", "--db", db, "-q", "--allow-private"]) == 0
        assert "ingested 1 new article into" in capsys.readouterr().err
    finally:
        for s in servers:
            s.shutdown()
            s.server_close()


def test_events_list_limits_counts_and_filters(tmp_path, seeds_dir, capsys):
    """`events` says how many it shows of how many, lists outlets and origins, keeps undated
    events under --since unless --dated, and --min-sources drops thin events."""
    from newsweave.cli import main
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store
    from newsweave.text.counts import plural

    db = tmp_path / "news.db"
    docs = tmp_path / "docs"
    docs.mkdir()
    stories = [
        "The council of Harbourton voted on Monday to close the old ferry pier after storm "
        "damage, the mayor said. Repairs will take at least two years.",
        "A violinist from Lowmere won the national youth music prize with a sonata she wrote "
        "herself, the jury announced at a concert in the capital.",
        "Engineers restored power to forty thousand homes in Eastcliff after a substation "
        "fire, the grid operator said, and blamed a faulty transformer.",
    ]
    for i, story in enumerate(stories):
        (docs / f"story{i}.txt").write_text(story + "\n", encoding="utf-8")
    ingest([str(seeds_dir), str(docs)], db=db, progress=False)
    with Store(db, readonly=True) as st:
        total = st.count_events()
        undated = st.count_events(dated=False) - st.count_events(dated=True)
    assert total >= 4 and undated >= 1

    assert main(["events", "--db", str(db), "--limit", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"showing 2 of {total} events" and len(out) == 3
    assert "named outlet" in out[0] and "independent origin" in out[0]
    assert main(["events", "--db", str(db), "--limit", "0"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"showing {total} of {total} events"
    # --since keeps the undated events; --dated drops them
    assert main(["events", "--db", str(db), "--since", "2025-05-01", "--limit", "0"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"showing {total} of {total} events"
    assert main(["events", "--db", str(db), "--since", "2025-05-01", "--dated"]) == 0
    dated = total - undated
    assert (
        capsys.readouterr().out.splitlines()[-1] == f"showing {dated} of {plural(dated, 'event')}"
    )
    # the seeds' event has two named outlets; a one-article story of a file names none
    assert main(["events", "--db", str(db), "--min-sources", "2", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["events"] and all(e["n_sources"] >= 2 for e in listed["events"])
    assert listed["total"] < total
    # one named outlet is a filter too: the stories from files name none (it kept them all)
    assert main(["events", "--db", str(db), "--min-sources", "1", "--format", "json"]) == 0
    named = json.loads(capsys.readouterr().out)
    assert named["events"] and all(e["n_sources"] >= 1 for e in named["events"])
    assert named["total"] < total


def test_the_list_and_the_event_page_count_alike(tmp_path, seeds_dir, capsys):
    """Found on the seeds in a fresh store: the ingest said "6 events merged" (its own
    clustering's merges: nothing a reader had seen), the list "5 outlets 5 origins" and `show`
    "Independent origins: 4" (two articles credit Reuters: one origin) while three of the five
    name no outlet at all. Every count now comes from one definition."""
    from newsweave.cli import main

    db = str(tmp_path / "s.db")
    assert main(["ingest", str(seeds_dir), "--db", db, "-q"]) == 0
    said = capsys.readouterr().err
    assert "1 new event" in said and "merged" not in said, said
    assert main(["events", "--db", db, "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)["events"]
    assert main(["events", "--db", db]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert main(["show", listed["id"], "--db", db, "--format", "json"]) == 0
    (ev,) = json.loads(capsys.readouterr().out)["events"]
    assert main(["show", listed["id"], "--db", db]) == 0
    header = capsys.readouterr().out.splitlines()[2]
    origins = len(ev["origins"])
    assert listed["n_origins"] == origins < len(ev["articles"])  # two credit Reuters
    # the two seeds that name an outlet; the other three are counted apart, not as outlets
    assert (listed["n_sources"], listed["n_unnamed"]) == (2, 3)
    assert sorted(listed["outlets"]) == ["GlobalPost", "The Moscow Times"]
    counts = [f"{n:3d} {w}" for n, w in ((5, "articles"), (2, "named outlets"))]
    assert line.split("\t")[2:5] == [*counts, f"{origins:3d} independent origins"], line
    assert header == (
        f"**Date:** {ev['date']} · **Articles:** 5 · **Named outlets:** 2 (3 articles without"
        f" a named outlet) · **Independent origins:** {origins}"
    )


def stderr_on_a_terminal(cmd: list[str]) -> str:
    """What ``cmd`` writes to stderr when stderr is a terminal (a pty), as text."""
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_ingest_shows_a_progress_bar_only_on_a_terminal(tmp_path, seeds_dir):

    def stderr_of(db: Path, on_tty: bool) -> str:
        cmd = [*EXE, "ingest", str(seeds_dir), "--db", str(db)]
        if not on_tty:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
        return stderr_on_a_terminal(cmd)

    piped = stderr_of(tmp_path / "a.db", on_tty=False)
    assert "art/s" not in piped and "\r" not in piped
    shown = stderr_of(tmp_path / "b.db", on_tty=True)
    assert re.search(r"ingest: .*\d+art", shown), shown  # tqdm's bar: "ingest: ... 5art [..."


def test_brief_split_shows_a_progress_bar_only_on_a_terminal(tmp_path, seeds_dir):
    cmd = [
        *EXE,
        "brief",
        str(seeds_dir),
        "--split",
        "--format",
        "json",
        "-o",
        str(tmp_path / "r.json"),
    ]
    piped = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    assert "event/s" not in piped and "s/event" not in piped
    shown = stderr_on_a_terminal(cmd)
    assert re.search(r"weave: .*1/1", shown), shown


def test_cluster_shows_a_progress_bar_only_on_a_terminal(seeds_dir):
    cmd = [*EXE, "cluster", str(seeds_dir)]
    piped = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    assert "cluster:" not in piped
    assert re.search(r"cluster: .*5/5", stderr_on_a_terminal(cmd))


# --------------------------------------------------------------------------- sources, watch


def test_sources_add_list_remove_and_watch_once_from_the_command_line(tmp_path):
    """A desk on 127.0.0.1 added by hand, without --allow-private: the trust is the typed URL's."""
    from feed_site import ATOM_TITLE, RSS_TITLE, SITE_NAME, FeedSite

    db = str(tmp_path / "desk.db")
    env = dict(os.environ, NEWSWEAVE_EMBEDDER="hashing")
    env.pop("NEWSWEAVE_ALLOW_PRIVATE", None)
    with FeedSite() as site:
        added = run(
            "sources", "add", site.url("/feeds.opml"), site.url("/site/"),
            site.url("/plain.html"), "--db", db, env=env,
        )  # fmt: skip
        assert added.returncode == 1, added.stderr  # two inputs went through, one failed
        assert f"{site.url('/plain.html')}: neither an RSS/Atom feed" in added.stderr
        assert "3 sources added" in added.stderr and "Traceback" not in added.stderr
        listed = run("sources", "list", "--db", db, "--format", "json", env=env)
        assert listed.returncode == 0, listed.stderr
        assert {s["name"] for s in json.loads(listed.stdout)} == {RSS_TITLE, ATOM_TITLE, SITE_NAME}

        once = run("watch", "--db", db, "--once", "--format", "json", env=env)
        assert once.returncode == 0, once.stderr
        first = json.loads(once.stdout)
        n = len(site.seed_items) + len(site.aeb_items) + len(site.site_items)
        assert (first["polled"], first["new_articles"], first["failed"]) == (3, n, 0)
        assert f"{n} new articles" in once.stderr
        again = json.loads(run("watch", "--db", db, "--once", "--format", "json", env=env).stdout)
        assert (again["not_modified"], again["new_articles"]) == (3, 0)

        table = run("sources", "list", "--db", db, env=env).stdout
        assert f"{SITE_NAME}\tpage\t127.0.0.1\t{site.url('/site/feed.xml')}" in table
        assert "not modified" in table and "3 sources in" in table
        gone = run("sources", "remove", site.url("/rss.xml"), site.url("/nope.xml"), "--db", db)
        assert (
            gone.returncode == 2
            and f"{site.url('/nope.xml')}: not in the source list" in gone.stderr
        )
        assert len(json.loads(run("sources", "list", "--db", db, "--format", "json").stdout)) == 2


def test_watch_options_are_checked_before_any_work(tmp_path):
    db = str(tmp_path / "w.db")
    r = run("watch", "--db", db, "--every", "10s")
    assert r.returncode == 2 and "at least 60 seconds" in r.stderr
    r = run("watch", "--db", db, "--every", "soon")
    assert r.returncode == 2 and "not a duration" in r.stderr
    r = run("serve", "--db", db, "--every", "5m")
    assert r.returncode == 3 and "--watch" in r.stderr
    r = run("watch", "--db", db, "--once")
    assert r.returncode == 4 and "no store at" in r.stderr and not Path(db).exists()


def test_serve_watch_ingests_in_the_background_and_stops_with_the_server(tmp_path):
    import signal
    import sqlite3

    from feed_site import FeedSite

    db = str(tmp_path / "desk.db")
    env = dict(os.environ, NEWSWEAVE_EMBEDDER="hashing")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def polled() -> bool:
        with contextlib.closing(sqlite3.connect(db)) as con:
            return con.execute("SELECT last_polled FROM sources").fetchone()[0] is not None

    with FeedSite() as site:
        assert run("sources", "add", site.url("/rss.xml"), "--db", db, env=env).returncode == 0
        proc = subprocess.Popen(
            [*EXE, "serve", "--db", db, "--port", str(port), "--watch", "--every", "1h"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            deadline = time.monotonic() + 120
            while not polled():
                assert proc.poll() is None and time.monotonic() < deadline, "no poll"
                time.sleep(0.2)
            health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5).json()
            assert health["articles"] == len(site.seed_items)
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=90)
    # the watcher stopped in the app's shutdown, its run complete and reported; then uvicorn
    # re-raised the SIGTERM it stopped on
    assert proc.returncode == -signal.SIGTERM, err
    assert "Traceback" not in err and "watch: polled 1 source in" in err
    assert err.index("watch: polled") < err.index("Application shutdown complete")


def test_every_command_says_what_each_of_its_arguments_is() -> None:
    """`newsweave COMMAND --help` explains every argument a user can give (a hidden one is
    refused with its own message): none is listed with its name alone."""
    import argparse

    from newsweave.cli import build_parser

    def commands(parser: argparse.ArgumentParser, name: str):
        yield name, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub, p in action.choices.items():
                    yield from commands(p, f"{name} {sub}")

    bare = [
        f"{name}: {action.dest}"
        for name, parser in commands(build_parser(), "newsweave")
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction) and not action.help
    ]
    assert bare == []


def test_a_store_an_older_newsweave_wrote_is_migrated_by_the_command_the_error_names(tmp_path):
    """`events` on an older store said to run `newsweave ingest` "with no new input", which
    `ingest` refuses (it needs a path): the error names `migrate`, which brings the schema up
    to date and keeps the rows, and the list then reads the store."""
    import sqlite3

    from newsweave.corpus.migrations import MIGRATIONS, SCHEMA_VERSION

    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION - 1,))
    for step in MIGRATIONS[:-1]:
        step(con)
    con.execute(
        "INSERT INTO events (id, seq, title, date, n_articles, created, updated)"
        " VALUES ('ev-old', 0, 'Ferry runs aground off the harbour wall', '2021-03-02', 0, 'x', 'x')"
    )
    con.commit()
    con.close()
    r = run("events", "--db", str(db))
    assert r.returncode == 4
    assert f"run `newsweave migrate --db {db}`" in r.stderr and "Traceback" not in r.stderr
    r = run("migrate", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert f"is at schema v{SCHEMA_VERSION}" in r.stderr
    r = run("events", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "Ferry runs aground off the harbour wall" in r.stdout
    r = run("migrate", "--db", str(tmp_path / "none.db"))
    assert r.returncode == 4 and "no store at" in r.stderr
