"""Hostile and unlucky input at the edge (issue #16): every input decoded and checked per input.

Lone surrogates and non-UTF-8 file names are repaired (U+FFFD, listed in ``removed`` with reason
``encoding``) and never lose the batch; a JSONL line that fails is that line's error; an
over-long line is skipped without being held in memory; one stray byte does not turn a UTF-8
file into mojibake; BOM-less UTF-16 is read. Ends with fuzz tests (hypothesis) of the readers.
"""

from __future__ import annotations

import gzip
import json
import os
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.cli import main as cli_main
from newsweave.errors import InputError, UnreadableInput
from newsweave.models import Article
from newsweave.sources import files
from newsweave.sources.files import (
    article_from_record,
    decode_input,
    extract_html,
    extract_text,
    iter_articles,
)

# Our own prose (no third-party text), long enough to be kept as an article body.
STORY = (
    "The night ferry to Crane Island was cancelled on Monday after a fault in its steering gear, "
    "the harbour authority said in a statement. Engineers expect to finish the repair by "
    "Wednesday, and a replacement boat will run twice a day until then."
)
QUOTED = (
    "Ferry cancelled\n\n"
    "“We will not sail until the steering is safe,” said the harbour master, Ana Lind. "
    + STORY
    + "\n\n“It is the right call,” said a passenger who had waited since dawn.\n"
)


def _records(n: int) -> list[str]:
    return [
        json.dumps({"id": f"r{i}", "title": f"Ferry story {i}", "text": f"{STORY} Copy {i}."})
        for i in range(n)
    ]


def _bad_record() -> str:
    """A record whose JSON is valid but holds lone surrogates (``\\udcff``) in three fields."""
    return (
        '{"id": "bad\\udcff", "title": "Ferry \\udcff story", '
        f'"text": "{STORY} A lone \\udcff escape and a pair \\ud83d\\ude00."' + "}"
    )


def _encodable(art: Article) -> None:
    """Everything downstream writes UTF-8: JSON output and SQLite must both accept the article."""
    json.dumps(art.to_json(), ensure_ascii=False).encode("utf-8")


# --------------------------------------------------------------------------- 1. lone surrogates


def test_a_lone_surrogate_in_a_record_is_repaired_and_the_batch_goes_through(
    tmp_path: Path,
) -> None:
    lines = _records(20)
    lines.insert(7, _bad_record())
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = tmp_path / "feed.json"
    doc.write_text("[" + ",".join(lines) + "]", encoding="utf-8")
    for path in (jsonl, doc):
        items = list(iter_articles([str(path)]))
        assert all(isinstance(a, Article) for a in items), items
        assert len(items) == 21
        for art in items:
            _encodable(art)
        bad = items[7]
        assert bad.id == "bad\ufffd" and bad.title == "Ferry \ufffd story"
        assert "A lone \ufffd escape and a pair 😀." in bad.text
        repairs = [r.text for r in bad.removed if r.reason == "encoding"]
        assert repairs == ["\\udcff"] * 3, "each repair is reported on the article"
        assert not any(r.reason == "encoding" for a in items if a is not bad for r in a.removed)


def test_record_keys_and_list_values_are_repaired_too() -> None:
    rec = {"text": STORY, "author": ["Ana \udcff Lind", "Bo Berg"], "\ud800odd": 1}
    art = article_from_record(rec, locator="request[0]")
    assert art.byline == "Ana \ufffd Lind, Bo Berg"
    assert {r.text for r in art.removed if r.reason == "encoding"} == {"\\udcff", "\\ud800"}
    _encodable(art)
    with pytest.raises(InputError) as err:
        article_from_record({"title": "only \udcff", "\udcffx": 1}, locator="request[1]")
    str(err.value).encode("utf-8")  # the message names the fields, repaired


def test_extract_text_repairs_and_locates_surrogates() -> None:
    raw = "Ferry cancelled\n\n" + STORY.replace("Monday", "Mon\udcffday")
    art = extract_text(raw, path="x.txt")
    (rep,) = [r for r in art.removed if r.reason == "encoding"]
    assert (
        rep.text == "\\udcff" and raw.replace("\udcff", "\ufffd")[rep.start : rep.end] == "\ufffd"
    )
    assert "Mon\ufffdday" in art.text
    _encodable(art)


def test_a_file_name_that_is_not_utf8_is_read_and_named(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Ferry cancelled\n\n" + STORY, encoding="utf-8")
    bad_name = os.fsencode(tmp_path) + b"/caf\xe9-ferry.txt"
    with open(bad_name, "w", encoding="utf-8") as fh:
        fh.write("Ferry cancelled again\n\n" + STORY + " It was the second time this year.")
    items = list(iter_articles([str(tmp_path)]))
    assert all(isinstance(a, Article) for a in items), items
    by_id = {a.id: a for a in items}
    assert set(by_id) == {"caf\\xe9-ferry", "good"}
    assert by_id["caf\\xe9-ferry"].path == f"{tmp_path}/caf\\xe9-ferry.txt"
    for art in items:
        _encodable(art)
    # a name given directly, and a missing one: the error message is encodable and names it
    (direct,) = list(iter_articles([os.fsdecode(bad_name)]))
    assert isinstance(direct, Article) and direct.id == "caf\\xe9-ferry"
    (missing,) = list(iter_articles([os.fsdecode(os.fsencode(tmp_path) + b"/no\xff.txt")]))
    assert isinstance(missing, UnreadableInput) and missing.path.endswith("no\\xff.txt")
    str(missing).encode("utf-8")


@pytest.mark.slow
def test_cli_ingest_brief_and_quotes_keep_the_good_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's case: 20 good records and 1 with ``\\udcff`` stored nothing (a traceback)."""
    from newsweave.corpus.store import Store

    lines = _records(20)
    lines.append(_bad_record())
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    odd = tmp_path / "odd"
    odd.mkdir()
    with open(os.fsencode(odd) + b"/r\xff.txt", "w", encoding="utf-8") as fh:
        fh.write("Ferry cancelled\n\n" + STORY + " A file with an odd name.")
    db = tmp_path / "news.db"
    assert cli_main(["ingest", str(feed), str(odd), "--db", str(db)]) == 0
    store = Store(str(db))
    try:
        ids = set(store.article_ids())
        assert {f"r{i}" for i in range(20)} | {"bad\ufffd", "r\\xff"} <= ids
        _encodable(store.get_article("bad\ufffd"))
    finally:
        store.close()
    out = tmp_path / "brief.json"
    assert cli_main(["brief", str(feed), str(odd), "-o", str(out)]) == 0
    report = json.loads(out.read_bytes().decode("utf-8"))
    assert len(report["articles"]) == 22
    assert cli_main(["quotes", str(feed), "--format", "json"]) == 0
    quotes = json.loads(capsys.readouterr().out)
    assert len(quotes) == 21


# --------------------------------------------------------------------------- 5. JSONL lines


def test_a_failing_jsonl_line_is_that_lines_error_and_the_rest_go_on(tmp_path: Path) -> None:
    lines = _records(6)
    lines.insert(1, '{"id": "big", "n": ' + "9" * 5000 + ', "text": "x"}')  # int digit limit
    lines.insert(3, "[" * 100_000 + "]" * 100_000)  # nested past the recursion limit
    lines.insert(5, '{"id": "cut", "text": "no end')
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([str(path)]))
    assert [a.id for a in items if isinstance(a, Article)] == [f"r{i}" for i in range(6)]
    errors = {e.path: e for e in items if isinstance(e, InputError)}
    assert set(errors) == {f"{path}:2", f"{path}:4", f"{path}:6"}
    assert "digits" in errors[f"{path}:2"].message
    assert "recursion" in errors[f"{path}:4"].message
    assert "invalid JSON" in errors[f"{path}:6"].message


def test_an_over_long_gzipped_line_is_skipped_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 40 MB line over a 1 MiB limit: an error for that line, never held whole."""
    monkeypatch.setattr(files, "MAX_JSONL_LINE_BYTES", 1024 * 1024)
    monkeypatch.setattr(files, "JSONL_SKIP_CHUNK", 64 * 1024)
    path = tmp_path / "big.jsonl.gz"
    good = _records(3)
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write((good[0] + "\n").encode())
        fh.write(b'{"id": "huge", "text": "')
        chunk = b"word " * 200_000  # 1 MB
        for _ in range(40):
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write(("\n".join(good[1:]) + "\n").encode())
    tracemalloc.start()
    try:
        items = list(iter_articles([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, f"peak {peak} bytes while skipping a 40 MB line"
    assert [a.id for a in items if isinstance(a, Article)] == ["r0", "r1", "r2"]
    (err,) = [e for e in items if isinstance(e, InputError)]
    assert err.path == f"{path}:2" and "MAX_JSONL_LINE_BYTES" in err.message
    assert "40.0 MB" in err.message


def test_a_damaged_gzip_stream_is_reported_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(("\n".join(_records(30)) + "\n").encode())
    path.write_bytes(data[: len(data) * 2 // 3])
    items = list(iter_articles([str(path)]))
    arts = [a for a in items if isinstance(a, Article)]
    (err,) = [e for e in items if isinstance(e, InputError)]
    assert 0 < len(arts) < 30 and "damaged" in err.message
    assert err.path.startswith(f"{path}:")


# --------------------------------------------------------------------------- 6. encodings


def test_one_stray_byte_does_not_turn_a_utf8_file_into_mojibake(tmp_path: Path) -> None:
    raw = QUOTED.encode("utf-8")
    at = raw.index(b"Monday") + len(b"Monday")
    path = tmp_path / "stray.txt"
    path.write_bytes(raw[:at] + b"\xff" + raw[at:])
    (art,) = list(iter_articles([str(path)]))
    assert isinstance(art, Article)
    assert "“We will not sail until the steering is safe,”" in art.text
    assert "‚Äú" not in art.text and "\u201a" not in art.text
    (rep,) = [r for r in art.removed if r.reason == "encoding"]
    decoded = raw[:at].decode() + "\ufffd" + raw[at:].decode()
    assert rep.text == "\\xff" and decoded[rep.start : rep.end] == "\ufffd"
    _encodable(art)


def test_legacy_code_pages_still_win_when_they_are_not_utf8() -> None:
    text = QUOTED.replace("Ana Lind", "Hélène Marchetti")
    decoded = decode_input(text.encode("cp1252"))
    assert decoded.text == text and decoded.encoding == "cp1252" and not decoded.repairs


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_text_with_accents_is_not_read_as_a_dos_code_page(encoding: str) -> None:
    """charset-normalizer ranks cp775 first here and lists cp1252 only as a lookalike of cp1250."""
    text = (
        "The county council in Wexford voted on Tuesday to shut the harbour bridge for repairs. "
        "Mayor Ciarán Ó Dálaigh said the work would take eight weeks. Traders on the quay said "
        "the detour would cost them a summer of custom."
    )
    if encoding == "cp1252":
        text = text.replace("said the work", "said the “urgent” work") + " It costs €2.4 million."
    decoded = decode_input(text.encode(encoding))
    assert decoded.text == text and decoded.encoding == "cp1252" and not decoded.repairs


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(QUOTED.encode(encoding))
    (art,) = list(iter_articles([str(path)]))
    assert isinstance(art, Article), art
    assert "“We will not sail until the steering is safe,”" in art.text
    html = tmp_path / "wide.html"
    page = f"<html><head><title>Ferry</title></head><body><article><p>{STORY}</p></article></body></html>"
    html.write_bytes(page.encode(encoding))
    (art2,) = list(iter_articles([str(html)]))
    assert isinstance(art2, Article) and "Crane Island" in art2.text


def test_binary_with_nul_bytes_is_still_refused() -> None:
    with pytest.raises(UnreadableInput, match="NUL bytes"):
        decode_input(bytes(range(256)) * 40, path="photo.txt")
    with pytest.raises(UnreadableInput):  # NULs at one parity but binary between them
        decode_input(bytes(b for i in range(4000) for b in (i % 32, 0)), path="x.bin")


# --------------------------------------------------------------------------- fuzz

# Each input must be cleaned or refused with an InputError within this time, never crash.
FUZZ_DEADLINE_MS = 3000
FUZZ_TOTAL_S = 60  # wall bound for one fuzz test (a few seconds on a quiet machine)
FUZZ = settings(
    max_examples=40,
    deadline=FUZZ_DEADLINE_MS,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
PROSE = st.sampled_from(
    [STORY, QUOTED, "<p>", "</div>", "\n\n", "“", "\udcff", "\x00", "\r", "é", " ", "{", "\ufeff"]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(PROSE, max_size=12).map("".join),
    st.text(alphabet=st.characters(), max_size=200),  # surrogates included
)


def _ok(fn, *args, **kw) -> None:
    try:
        art = fn(*args, **kw)
    except InputError as exc:
        str(exc).encode("utf-8")
        return
    assert isinstance(art, Article)
    _encodable(art)


def _fuzz(strategy: st.SearchStrategy, check) -> None:
    """Run ``check`` on generated inputs, each within the deadline, all within the wall bound."""
    t0 = time.monotonic()
    FUZZ(given(strategy)(check))()
    took = time.monotonic() - t0
    assert took < FUZZ_TOTAL_S, f"{took:.1f} s for {FUZZ.max_examples} inputs"


def test_fuzz_extract_text() -> None:
    _fuzz(TEXTS, lambda raw: _ok(extract_text, raw, path="fuzz.txt"))


def test_fuzz_extract_html_text() -> None:
    # extract_html takes text decoded at the edge, as every reader hands it (surrogates repaired)
    pages = st.one_of(TEXTS.map(lambda t: f"<html><body><p>{t}</p></body></html>"), TEXTS)
    _fuzz(
        pages.map(lambda t: files.repair_surrogates(t).text),
        lambda page: _ok(extract_html, page, path="fuzz.html"),
    )


def test_fuzz_extract_html_bytes_and_decoding() -> None:
    def check(data: bytes) -> None:
        _ok(extract_html, data, path="fuzz.html")
        try:
            decoded = decode_input(data, path="fuzz.bin")
        except UnreadableInput:
            return
        decoded.text.encode("utf-8")

    _fuzz(
        st.one_of(st.binary(max_size=600), TEXTS.map(lambda t: t.encode("utf-8", "replace"))), check
    )


def test_fuzz_jsonl_reader(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    last = json.dumps({"id": "last", "text": STORY}).encode()

    def check(lines: list[bytes]) -> None:
        path.write_bytes(b"".join(line.replace(b"\n", b" ") + b"\n" for line in lines) + last)
        items = list(iter_articles([str(path)]))
        assert items and isinstance(items[-1], Article) and items[-1].id == "last"
        for item in items:
            if isinstance(item, Article):
                _encodable(item)
            else:
                assert isinstance(item, InputError) and item.path.startswith(f"{path}:")
                str(item).encode("utf-8")

    line = st.one_of(
        st.binary(max_size=120),
        TEXTS.map(lambda t: json.dumps(t).encode()),
        TEXTS.map(lambda t: json.dumps({"id": t, "text": t + " " + STORY}).encode()),
        TEXTS.map(lambda t: json.dumps({"html": t}, ensure_ascii=False).encode("utf-8", "replace")),
    )
    _fuzz(st.lists(line, max_size=6), check)


def test_json_problems_are_told_in_json_terms(tmp_path: Path) -> None:
    """Messages read "Unterminated string starting at at line 1", "not NoneType", and a
    numeric 'text' was "no 'text' field" though the record has one."""
    cases = {
        "cut.json": b'{"text": "The ferry',
        "null.json": b"null",
        "number.json": b'{"text": 12345, "title": "Ferry"}',
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    got = {e.path: e.message for e in iter_articles([str(tmp_path)]) if isinstance(e, InputError)}
    assert got == {
        str(tmp_path / "cut.json"): "invalid JSON: Unterminated string starting at line 1, "
        "column 10",
        str(tmp_path / "null.json"): "a record must be a JSON object, not null",
        str(tmp_path / "number.json"): "the record's 'text' is a number, not a string",
    }
