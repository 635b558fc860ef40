"""Reading inputs: seeds against reviewed golden expectations, formats, ids, bad inputs."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from newsweave.cli import main as cli_main
from newsweave.errors import EmptyInput, InputError, UnreadableInput
from newsweave.models import Article
from newsweave.sources.files import (
    MAX_INPUT_BYTES,
    MIN_BODY_WORDS,
    article_from_record,
    extract_html,
    extract_text,
    iter_articles,
)

FIX = FIXTURES / "extract"
EXAMPLES = ROOT / "examples"
SEED_STEMS = sorted(p.stem for p in FIX.glob("0*.json"))

STORY = (
    "The night ferry to Crane Island was cancelled on Monday after a fault in its steering gear, "
    "the harbour authority said in a statement.\n\n"
    "Engineers expect to finish the repair by Wednesday, and a replacement boat will run twice a day "
    "until then, the authority added.\n"
)


def _by_id(articles: list[Article]) -> dict[str, Article]:
    return {a.id: a for a in articles}


# --------------------------------------------------------------------------- seeds (golden)


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_seed_golden(stem: str, seed_articles: list[Article]) -> None:
    exp = json.loads((FIX / f"{stem}.json").read_text(encoding="utf-8"))
    art = _by_id(seed_articles)[stem]
    assert art.title == exp["title"]
    assert art.outlet == exp["outlet"]
    assert art.byline == exp["byline"]
    assert art.url == exp["url"]
    assert art.language == exp["language"]
    published = art.published.date().isoformat() if art.published else None
    assert published == exp["published"]
    assert art.published_source == exp["published_source"]
    assert art.text.startswith(exp["first"])
    assert art.text.endswith(exp["last"])
    assert not art.text.startswith(art.title)  # the headline is metadata, not body
    for s in exp["absent"]:
        assert s not in art.text, f"{stem}: {s!r} should have been removed"
    for s in exp["present"]:
        assert s in art.text, f"{stem}: {s!r} is story text and must be kept"
    reasons = {r.reason for r in art.removed}
    assert set(exp["removed_reasons"]) <= reasons
    assert len(art.text.split("\n\n")) == exp["paragraphs"]


def test_seed_paragraphs_whole_and_in_order(seeds_dir: Path, seed_articles: list[Article]) -> None:
    """Every kept paragraph is a whole line of the raw file, in the raw file's order."""
    for art in seed_articles:
        raw = (seeds_dir / f"{art.id}.txt").read_text(encoding="utf-8")
        pos = 0
        for para in art.text.split("\n\n"):
            i = raw.find(para, pos)
            assert i >= 0, f"{art.id}: paragraph not found in order: {para[:60]!r}"
            pos = i + len(para)


def test_removed_segments_point_into_raw(seeds_dir: Path, seed_articles: list[Article]) -> None:
    for art in seed_articles:
        raw = (seeds_dir / f"{art.id}.txt").read_text(encoding="utf-8")
        assert art.removed
        for seg in art.removed:
            assert raw[seg.start : seg.end] == seg.text
            assert seg.text not in art.text.split("\n\n")


def test_seed_ids_sources_and_round_trip(seed_articles: list[Article]) -> None:
    assert [a.id for a in seed_articles] == SEED_STEMS
    for art in seed_articles:
        assert art.source_format == "text" and art.raw_sha1 and len(art.raw_sha1) == 40
        back = Article.from_json(json.loads(json.dumps(art.to_json())))
        assert back == art


# --------------------------------------------------------------------------- formats


def test_examples_cover_every_format() -> None:
    arts = [a for a in iter_articles([str(EXAMPLES)])]
    assert all(isinstance(a, Article) for a in arts), [
        a for a in arts if not isinstance(a, Article)
    ]
    fmts = {a.source_format for a in arts}
    assert fmts == {"text", "html", "json"}
    assert len(arts) >= 4
    for a in arts:
        assert a.title and a.published and "Eldham Vale" in a.text
        assert "Advertisement" not in a.text and "Share on" not in a.text


def test_gzip_jsonl_and_directories(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    html = (FIX / "wire_page.html").read_bytes()
    with gzip.open(tmp_path / "sub" / "page.html.gz", "wb") as f:
        f.write(html)
    (tmp_path / "a.txt").write_text("Ferry cancelled\n\n" + STORY, encoding="utf-8")
    (tmp_path / "notes.csv").write_text(
        "x,y\n1,2\n", encoding="utf-8"
    )  # skipped: not an input type
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    lines = [
        json.dumps({"id": "r1", "title": "Ferry cancelled", "text": STORY, "date": "2024-03-04"}),
        "",
        "{not json",
        json.dumps({"id": "r2", "html": html.decode("utf-8")}),
        json.dumps({"id": "r1", "text": STORY + "\nA later update."}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    arts = [i for i in items if isinstance(i, Article)]
    assert [e.path for e in errors] == [f"{tmp_path / 'batch.jsonl'}:3"]
    assert "invalid JSON" in str(errors[0])
    assert [a.id for a in arts] == ["a", "r1", "r2", "r1-2", "page"]
    r1 = arts[1]
    assert (
        r1.source_format == "json"
        and r1.published
        and r1.published.date().isoformat() == "2024-03-04"
    )
    assert r1.published_source == "record"
    assert arts[4].source_format == "html" and arts[4].title.startswith("Harbour ferry strike")


def test_record_fields_override_cleaning() -> None:
    rec = {
        "id": 7,
        "text": STORY,
        "title": "Night ferry cancelled",
        "outlet": "Island Radio",
        "author": ["A. Reed", "B. Sato"],
        "published": "2024-03-04T08:00:00+00:00",
        "url": "https://x.example/a",
    }
    art = article_from_record(rec, locator="feed.json:1")
    assert (art.id, art.title, art.outlet, art.byline) == (
        "7",
        "Night ferry cancelled",
        "Island Radio",
        "A. Reed, B. Sato",
    )
    assert art.published.isoformat() == "2024-03-04T08:00:00+00:00"
    assert art.url == "https://x.example/a"


def test_ids_are_content_hashes_when_nothing_names_them() -> None:
    a1, a2 = extract_text(STORY), extract_text(STORY)
    assert a1.id == a2.id and len(a1.id) == 16
    assert extract_text(STORY + "\nMore.").id != a1.id


# --------------------------------------------------------------------------- bad inputs


def test_bad_inputs_each_named_and_the_rest_go_through(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Ferry cancelled\n\n" + STORY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # 50 MB, written sparsely-fast
        f.write((STORY * 8).encode() * 1)
        f.seek(50 * 1024 * 1024)
        f.write(b"\n")
    nobody = tmp_path / "nav.html"
    nobody.write_text(
        "<html><head><title>x</title></head><body><nav><a>Home</a><a>News</a></nav></body></html>"
    )
    notext = tmp_path / "meta.json"
    notext.write_text(json.dumps({"id": "m", "title": "Only a title", "url": "https://x.example"}))
    badjson = tmp_path / "broken.json"
    badjson.write_text('{"text": "unterminated')
    missing = tmp_path / "missing.txt"

    t0 = time.perf_counter()
    items = list(
        iter_articles(
            [str(p) for p in (empty, binary, big, good, nobody, notext, badjson, missing)]
        )
    )
    assert time.perf_counter() - t0 < 10, "a 50 MB input must be refused quickly, not read"
    assert len(items) == 8
    by_path = {i.path: i for i in items if isinstance(i, InputError)}
    assert isinstance(by_path[str(empty)], EmptyInput) and "empty" in str(by_path[str(empty)])
    assert isinstance(by_path[str(binary)], UnreadableInput) and "not a text file" in str(
        by_path[str(binary)]
    )
    assert isinstance(by_path[str(big)], UnreadableInput) and "MiB limit" in str(by_path[str(big)])
    assert isinstance(by_path[str(nobody)], EmptyInput) and "no article body" in str(
        by_path[str(nobody)]
    )
    assert isinstance(by_path[str(notext)], EmptyInput) and "no 'text' or 'html'" in str(
        by_path[str(notext)]
    )
    assert isinstance(by_path[str(badjson)], UnreadableInput) and "invalid JSON" in str(
        by_path[str(badjson)]
    )
    assert isinstance(by_path[str(missing)], UnreadableInput)
    for path, err in by_path.items():
        assert str(err).startswith(path), "every message names the file"
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in arts] == ["good"]
    assert MAX_INPUT_BYTES < 50 * 1024 * 1024


def test_legacy_encodings_are_decoded(tmp_path: Path) -> None:
    text = (
        "Café owners in Saint-Rémy protest\n\n"
        "Café owners in Saint-Rémy closed their terraces on Friday in protest at a new €50 fee for "
        "outdoor tables, which the mayor’s office says will pay for street cleaning.\n\n"
        "“We were not consulted,” said Hélène Marchetti, who runs the Café du Pont, adding that "
        "the fee would cost her more than a week’s takings every season.\n"
    )
    p = tmp_path / "cp1252.txt"
    p.write_bytes(text.encode("cp1252"))
    (art,) = list(iter_articles([str(p)]))
    assert isinstance(art, Article)
    assert (
        "Hélène Marchetti" in art.text
        and "€50" in art.text
        and "“We were not consulted,”" in art.text
    )
    h = tmp_path / "latin1.html"
    h.write_bytes(
        (
            "<html><head><meta charset='iso-8859-1'><title>Caf\xe9 protest</title></head><body><article>"
            "<p>" + text.split("\n\n")[1].replace("€50", "50-euro").replace("’", "'") + "</p>"
            "<p>"
            + text.split("\n\n")[2].replace("“", '"').replace("”", '"').replace("’", "'")
            + "</p>"
            "</article></body></html>"
        ).encode("latin-1")
    )
    (art2,) = list(iter_articles([str(h)]))
    assert isinstance(art2, Article) and "Hélène Marchetti" in art2.text


def test_html_bytes_and_empty_strings() -> None:
    html = (FIX / "wire_page.html").read_bytes()
    art = extract_html(html, url="https://gullport.example/2024/09/12/ferry")
    assert art.url and art.text.startswith("Ferry crews in Gullport")
    with pytest.raises(EmptyInput):
        extract_text("   \n\n ")
    with pytest.raises(EmptyInput):
        extract_html("")


def test_a_text_too_short_to_be_an_article_is_told_the_limit_it_missed() -> None:
    """The message said "1 words are left" and not what an article needs."""
    with pytest.raises(EmptyInput, match="1 word is left") as err:
        extract_text("Ferries.", id="short")
    assert f"the {MIN_BODY_WORDS} an article needs" in str(err.value)
    assert "MIN_BODY_WORDS" in str(err.value) and str(err.value).startswith("short")


# --------------------------------------------------------------------------- CLI


def test_cli_extract_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code = cli_main(["extract", str(EXAMPLES / "valley_post.txt"), str(bad), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 1 and "bad.txt" in err
    rec = json.loads(out.strip().splitlines()[0])
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
    assert rec["schema"] == "newsweave.article/1"
    assert rec["outlet"] == "Valley Post" and rec["byline"] == "NWS"
    assert {r["reason"] for r in rec["removed"]} >= {"share", "subscription", "copyright"}


def test_one_path_given_alone_is_that_path_not_its_characters():
    """``iter_articles("examples")`` reads the folder, as ``iter_articles(["examples"])``
    does; read as an iterable, the string's "e", "x", ... were looked up one by one."""
    listed = [a.id for a in iter_articles([str(EXAMPLES)]) if isinstance(a, Article)]
    assert listed
    assert [a.id for a in iter_articles(str(EXAMPLES)) if isinstance(a, Article)] == listed
    assert [a.id for a in iter_articles(EXAMPLES) if isinstance(a, Article)] == listed


def test_a_json_list_counts_its_records_from_one_as_jsonl_counts_lines(tmp_path):
    """A first-day user read "list.json:1" as the first record while it was the second:
    a list's records were counted from 0 and a JSONL file's lines from 1."""
    story = (
        "The lighthouse keepers of Saltmere voted on Tuesday to reopen the north tower to "
        "visitors after a winter of repairs, the harbour trust said in a statement."
    )
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"text": story}, {"title": "A record with no body"}]))
    lines = tmp_path / "list.jsonl"
    lines.write_text("\n".join(json.dumps(r) for r in ({"text": story}, {"title": "none"})))
    first, second = iter_articles([str(listed)])
    assert isinstance(first, Article) and first.path == f"{listed}:1"
    assert isinstance(second, EmptyInput) and second.path == f"{listed}:2"
    first, second = iter_articles([str(lines)])
    assert (first.path, second.path) == (f"{lines}:1", f"{lines}:2")
