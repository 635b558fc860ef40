"""WARC input: writing, streamed reading, skipped and damaged records, date hints, JSONL."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import DATA, need
from newsweave.errors import InputError, UnreadableInput
from newsweave.models import Article
from newsweave.sources import warc
from newsweave.sources.warc import (
    PageToWrite,
    WarcPage,
    WarcSkip,
    WarcStats,
    iter_warc_articles,
    iter_warc_pages,
    read_articles_jsonl,
    text_to_html,
    write_articles_jsonl,
    write_warc,
)

CRAWL = datetime(2025, 5, 13, 8, 30, tzinfo=UTC)
MODIFIED = datetime(2025, 5, 12, 17, 0, tzinfo=UTC)

# Our own prose (no third-party text): long enough for the extractor to accept as a body.
STORY = (
    "The harbour authority of Porto Verde said on Monday that the new ferry terminal would open "
    "to passengers next month, two years later than first planned.\n"
    "Officials blamed the delay on flooding that damaged the foundations during construction, "
    "and said the final cost had risen by a fifth.\n"
    "Local traders welcomed the news, saying the old terminal had become too small for the "
    "summer crowds that arrive on the island every year.\n"
    "The authority said ticket prices would not change when the new building opens."
)


def _page(i: int, **kw) -> PageToWrite:
    html = text_to_html(f"Ferry terminal story {i}", STORY + f"\nThis is copy number {i}.")
    return PageToWrite(f"https://news.example/ferry/{i}", html.encode(), crawled=CRAWL, **kw)


def _mixed_warc(path: Path) -> None:
    write_warc(
        path,
        [
            _page(1, last_modified=MODIFIED),
            PageToWrite("https://news.example/report.pdf", b"%PDF-1.7 ...", "application/pdf"),
            _page(2, status=404),
            PageToWrite("https://news.example/blank", b"   \n"),
            _page(3),
        ],
    )


@pytest.mark.parametrize("name", ["mixed.warc.gz", "mixed.warc"])
def test_round_trip_keeps_html_responses_and_counts_skips(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _mixed_warc(path)
    if name.endswith(".gz"):
        assert path.read_bytes()[:2] == b"\x1f\x8b"
    stats = WarcStats()
    items = list(iter_warc_pages(path, stats=stats, skips=True))
    pages = [x for x in items if isinstance(x, WarcPage)]
    skips = [x for x in items if isinstance(x, WarcSkip)]
    assert [p.url for p in pages] == [
        "https://news.example/ferry/1",
        "https://news.example/ferry/3",
    ]
    assert pages[0].last_modified == MODIFIED and pages[0].crawled == CRAWL
    assert pages[1].last_modified is None
    assert b"Porto Verde" in pages[0].html
    assert {s.reason for s in skips} == {"not-response", "not-html", "http-404", "empty"}
    assert stats.records == 6 and stats.pages == 2
    assert stats.skipped == {"not-response": 1, "not-html": 1, "http-404": 1, "empty": 1}
    # locators name the file and the record's byte offset, offsets increase
    offsets = [int(x.locator.rsplit("@", 1)[1]) for x in items]
    assert all(x.locator.startswith(str(path)) for x in items)
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)


def test_ids_are_stable_across_reads_and_distinct_per_record(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(path, [_page(1), _page(1), _page(2)])  # the same url captured twice
    first = [p.id for p in iter_warc_pages(path)]
    again = [p.id for p in iter_warc_pages(path)]
    assert first == again
    assert len(set(first)) == 3


def test_articles_keep_capture_metadata_and_date_hints(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    dated = text_to_html("Dated story", STORY).replace(
        "<head>", "<head><meta property='article:published_time' content='2025-05-10T09:00:00Z'>"
    )
    write_warc(
        path,
        [
            _page(1, last_modified=MODIFIED),
            _page(2),
            PageToWrite("https://news.example/dated", dated.encode(), crawled=CRAWL),
        ],
    )
    arts = list(iter_warc_articles([path]))
    assert all(isinstance(a, Article) for a in arts), arts
    a1, a2, a3 = arts
    assert a1.url == "https://news.example/ferry/1" and a1.source_format == "html"
    assert "Porto Verde" in a1.text and "copy number 1" in a1.text
    assert a1.path is not None and a1.path.startswith(f"{path}@")
    # no date in the page: Last-Modified, else the crawl time, and the article says which
    assert (a1.published, a1.published_source) == (MODIFIED, "http")
    assert (a2.published, a2.published_source) == (CRAWL, "crawl")
    # the page's own date wins over both hints
    assert a3.published is not None and a3.published.date().isoformat() == "2025-05-10"
    assert a3.published_source not in ("http", "crawl")


def test_unextractable_page_is_an_error_naming_the_record(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(
        path,
        [
            PageToWrite(
                "https://news.example/nav", b"<html><body><a href=x>Home</a></body></html>"
            ),
            _page(1),
        ],
    )
    out = list(iter_warc_articles([path]))
    assert isinstance(out[0], InputError) and f"{path}@" in str(out[0])
    assert isinstance(out[1], Article)


@pytest.mark.parametrize("gz", [True, False])
def test_damaged_file_yields_what_precedes_the_damage_and_reports_it(
    tmp_path: Path, gz: bool
) -> None:
    good = tmp_path / "good.warc"
    write_warc(good, [_page(i) for i in range(20)], gzip_records=gz)
    data = good.read_bytes()
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[: int(len(data) * 0.6)] + b"\x00garbage" * 50)  # truncated, then junk
    stats = WarcStats()
    out = list(iter_warc_pages(bad, stats=stats, skips=True))
    pages = [x for x in out if isinstance(x, WarcPage)]
    errors = [x for x in out if isinstance(x, InputError)]
    assert 8 <= len(pages) < 20
    # the record cut in half is never handed on as a page (its digest no longer matches)
    assert all(p.html.rstrip().endswith(b"</html>") for p in pages)
    assert [p.url for p in pages] == [f"https://news.example/ferry/{i}" for i in range(len(pages))]
    damaged = stats.skipped["digest-mismatch"] + stats.skipped["bad-length"] + len(errors)
    assert damaged >= 1
    for e in errors:
        assert (
            isinstance(e, UnreadableInput)
            and e.path == str(bad)
            and "damaged near byte" in e.message
        )


def test_missing_and_not_a_warc(tmp_path: Path) -> None:
    (missing,) = list(iter_warc_pages(tmp_path / "nope.warc.gz"))
    assert isinstance(missing, UnreadableInput) and "nope.warc.gz" in str(missing)
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not an archive\n" * 10)
    out = list(iter_warc_pages(junk))
    assert len(out) == 1 and isinstance(out[0], UnreadableInput)


def test_oversized_payload_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "MAX_PAYLOAD_BYTES", 500)
    path = tmp_path / "a.warc.gz"
    write_warc(
        path, [_page(1), PageToWrite("https://news.example/tiny", b"<html><p>hi</p></html>")]
    )
    stats = WarcStats()
    pages = list(iter_warc_pages(path, stats=stats))
    assert [p.url for p in pages] == ["https://news.example/tiny"]
    assert stats.skipped["too-large"] == 1


def test_reading_is_streamed_not_loaded(tmp_path: Path) -> None:
    """A 40 MB archive is read with memory for a few records, not for the file."""
    path = tmp_path / "big.warc.gz"
    filler = "<p>" + "word " * 20_000 + "</p>"  # ~100 KB a page

    def pages():
        for i in range(400):
            yield PageToWrite(
                f"https://news.example/{i}", f"<html><body>{i}{filler}</body></html>".encode()
            )

    write_warc(path, pages(), gzip_records=False)
    size = path.stat().st_size
    assert size > 40_000_000
    tracemalloc.start()
    n = 0
    for page in iter_warc_pages(path):
        n += 1
        del page
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 400
    assert peak < 2_000_000, f"peak {peak} bytes while reading a {size}-byte archive"


def test_jsonl_round_trip_and_bad_lines(tmp_path: Path) -> None:
    arts = [
        Article(id="a1", text="First text.", title="One", published=MODIFIED, url="https://x/1"),
        Article(id="a2", text="Second text.", source_format="html", published_source="crawl"),
    ]
    path = tmp_path / "arts.jsonl"
    assert write_articles_jsonl(arts, path) == 2
    assert list(read_articles_jsonl(path)) == arts
    buf = io.StringIO()
    write_articles_jsonl(arts[:1], buf)
    assert json.loads(buf.getvalue())["schema"] == "newsweave.article/1"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write(json.dumps({"schema": "other/1", "id": "x", "text": "t"}) + "\n")
    out = list(read_articles_jsonl(path))
    assert out[:2] == arts
    assert [e.path for e in out[2:]] == [f"{path}:3", f"{path}:4"]
    assert all(isinstance(e, InputError) for e in out[2:])


def test_aeb_pages_through_warc_equal_direct_extraction(tmp_path: Path) -> None:
    """Archiving a real page changes nothing about how it is cleaned."""
    from newsweave.sources.files import extract_html

    html_dir = need(DATA / "aeb" / "html", "the AEB benchmark pages")
    files = sorted(html_dir.glob("*.html.gz"))[:8]
    raw = [gzip.decompress(f.read_bytes()) for f in files]
    path = tmp_path / "aeb.warc.gz"
    write_warc(
        path, [PageToWrite(f"https://aeb.example/{i}", b, crawled=CRAWL) for i, b in enumerate(raw)]
    )
    via_warc = list(iter_warc_articles([path]))
    assert len(via_warc) == len(files)
    for i, (art, body) in enumerate(zip(via_warc, raw, strict=True)):
        direct = extract_html(body, url=f"https://aeb.example/{i}", id="x")
        assert isinstance(art, Article)
        assert art.text == direct.text and art.title == direct.title
        assert art.url == direct.url
        assert (art.published or CRAWL) == (direct.published or CRAWL)


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_a_truncated_last_record_is_reported_and_the_earlier_ones_kept(
    tmp_path: Path, name: str
) -> None:
    """A copy cut short inside its last record: that record is an error, never a half page."""
    whole = tmp_path / ("whole" + name.removeprefix("cut"))
    write_warc(whole, [_page(i) for i in range(5)])
    data = whole.read_bytes()
    path = tmp_path / name
    path.write_bytes(data[:-300])
    out = list(iter_warc_articles([path]))
    arts = [a for a in out if isinstance(a, Article)]
    errors = [e for e in out if isinstance(e, InputError)]
    assert [a.url for a in arts] == [f"https://news.example/ferry/{i}" for i in range(4)]
    (err,) = errors
    assert isinstance(err, UnreadableInput) and err.path == str(path)
    assert "record 6 is cut short" in err.message  # the warcinfo record is record 1
    last = list(iter_warc_pages(whole, skips=True))[-1]
    assert f"near byte {last.locator.rsplit('@', 1)[1]}" in err.message
    # the whole file reads clean: no error from its trailing blank lines
    assert all(isinstance(x, Article) for x in iter_warc_articles([whole]))


def test_bytes_a_page_could_not_decode_are_listed(tmp_path: Path) -> None:
    html = text_to_html("Ferry terminal", STORY.replace("’", "'") + " “Late again,” said one.")
    body = html.encode().replace(b"Monday", b"Monday\xff")
    path = tmp_path / "stray.warc.gz"
    write_warc(path, [PageToWrite("https://news.example/stray", body)])
    (art,) = list(iter_warc_articles([path]))
    assert isinstance(art, Article) and "“Late again,”" in art.text and "Monday\ufffd" in art.text
    repairs = [(r.text, r.start) for r in art.removed if r.reason == "encoding"]
    assert repairs == [("\\xff", -1)]  # no offset: an HTML article's count in its visible text


def test_article_jsonl_hostile_lines_are_each_their_own_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deep nesting, huge integers, lone surrogates, bad bytes, an over-long line: per line."""
    from newsweave.sources import files

    monkeypatch.setattr(files, "MAX_JSONL_LINE_BYTES", 10_000)
    good = Article(id="a1", text="First text.", title="One")
    path = tmp_path / "arts.jsonl"
    write_articles_jsonl([good], path)
    rec = json.dumps(good.to_json())
    with path.open("ab") as fh:
        fh.write(b"[" * 100_000 + b"]" * 100_000 + b"\n")  # 2: nested past the recursion limit
        fh.write(rec.replace('"One"', "9" * 5000).encode() + b"\n")  # 3: int digit limit
        fh.write(rec.replace('"One"', '"\\udcff"').encode() + b"\n")  # 4: lone surrogate
        fh.write(rec.replace("First", "Fir\xffst").encode("latin-1") + b"\n")  # 5: not UTF-8
        fh.write(b"[]\n")  # 6: not an object
        fh.write(rec.replace('"One"', '"' + "x" * 20_000 + '"').encode() + b"\n")  # 7: too long
        fh.write(rec.replace('"One"', '"\\ud83d\\ude00"').encode() + b"\n")  # 8: a pair is fine
    out = list(read_articles_jsonl(path))
    assert out[0] == good and isinstance(out[-1], Article) and out[-1].title == "😀"
    errors = out[1:-1]
    assert all(isinstance(e, UnreadableInput) for e in errors)
    assert [e.path for e in errors] == [f"{path}:{n}" for n in range(2, 8)]
    for e in errors:
        str(e).encode("utf-8")


def test_a_page_is_read_in_the_charset_its_http_header_declares(tmp_path: Path) -> None:
    """Only the captured header named windows-1250: the bytes were guessed to be cp1252."""
    story = (
        "Městská rada v úterý odhlasovala uzavření starého mostu přes přístav kvůli opravám.\n"
        "Starosta řekl, že práce potrvají osm týdnů. Obyvatelé si stěžují, že objížďka jim "
        "přidá dvacet minut."
    )
    html = "<html><head><title>Most</title></head><body><article><h1>Most v Brně</h1>" + "".join(
        f"<p>{line}</p>" for line in story.splitlines()
    )
    path = tmp_path / "brno.warc.gz"
    page = PageToWrite(
        "https://news.example/brno",
        (html + "</article></body></html>").encode("cp1250"),
        content_type="text/html; charset=windows-1250",
        crawled=CRAWL,
    )
    write_warc(path, [page])
    (art,) = list(iter_warc_articles([path]))
    assert isinstance(art, Article), art
    assert "Městská rada v úterý odhlasovala uzavření starého mostu" in art.text
