"""The CLI as a user meets it: a real process, real files, exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    r = run("show", "no-such-event", "--db", str(tmp_path / "x.db"))
    assert r.returncode == 4
    assert "no-such-event" in r.stderr and "Traceback" not in r.stderr


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
