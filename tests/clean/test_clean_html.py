"""HTML mode and the page flattener, on our own fixture pages and a slice of AEB."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT, shingle_f1
from newsweave.clean.html import extract_body, html_to_text
from newsweave.sources.files import extract_html

FIX = FIXTURES / "extract"
EXAMPLES = ROOT / "examples"


def test_flattener_blocks_lines_scripts_hidden() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<div>One <b>bold</b> word<br>next line</div><script>var x = 'no';</script>"
        "<ul><li>first</li><li>second</li></ul><p style='display:none'>gone</p>"
        "<p hidden>gone too</p><table><tr><td>a</td><td>b</td></tr></table>"
        "<p>Caf&eacute;&nbsp;open</p></body></html>"
    )
    assert html_to_text(html).split("\n") == [
        "One bold word",
        "next line",
        "first",
        "second",
        "a b",
        "Café open",
    ]


def test_flattener_handles_garbage() -> None:
    assert html_to_text("") == ""
    assert (
        html_to_text(b"<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>")
        == "x"
    )


def test_a_lone_surrogate_costs_its_character_not_the_rest_of_the_page() -> None:
    """The parser reads UTF-8 bytes: a code unit UTF-8 cannot hold becomes a U+FFFD a byte
    (libxml2, handed the str as UTF-16, stopped there and lost the rest of the page)."""
    text = html_to_text("<html><body><p>Caf\u00e9 a\udcff b</p><p>Next paragraph</p></body></html>")
    assert text.split("\n") == ["Caf\u00e9 a\ufffd\ufffd\ufffd b", "Next paragraph"]


def test_fixture_page_golden() -> None:
    exp = json.loads((FIX / "wire_page.json").read_text(encoding="utf-8"))
    art = extract_html((FIX / "wire_page.html").read_text(encoding="utf-8"), path="wire_page.html")
    assert art.title == exp["title"]
    assert art.outlet == exp["outlet"]
    assert art.byline == exp["byline"]
    assert art.published and art.published.date().isoformat() == exp["published"]
    # htmldate picks the day; the page's published_time meta adds the time and the zone
    assert art.published.isoformat() == "2024-09-12T16:20:00+01:00"
    assert art.published_source == "html"
    assert art.language == exp["language"]
    assert art.text.startswith(exp["first"]) and art.text.endswith(exp["last"])
    for s in exp["absent"]:
        assert s not in art.text, s
    for s in exp["present"]:
        assert s in art.text, s
    # the cross-head is part of the story
    assert "\n\nBacklog of crossings\n\n" in art.text


def test_removed_segments_audit_the_whole_page() -> None:
    html = (FIX / "wire_page.html").read_text(encoding="utf-8")
    art = extract_html(html)
    flat = html_to_text(html)
    reasons = {r.reason for r in art.removed}
    assert {
        "caption",
        "advertisement",
        "copyright",
        "related-heading",
        "title",
        "cookies",
    } <= reasons
    for seg in art.removed:
        if seg.start >= 0:
            assert flat[seg.start : seg.end] == seg.text
    # every visible line is either in the body or accounted for
    body_words = set(re.findall(r"\w+", art.text.lower()))
    removed_words = set(re.findall(r"\w+", " ".join(r.text for r in art.removed).lower()))
    assert set(re.findall(r"\w+", flat.lower())) <= body_words | removed_words


def test_examples_html_page() -> None:
    art = extract_html((EXAMPLES / "riverside_daily.html").read_bytes())
    assert art.title == "Engineers point to corroded brackets in Eldham Vale bridge collapse"
    assert art.outlet == "Riverside Daily" and art.byline == "Colm Varga"
    assert "Photo: Anya Roth" not in art.text and "Advertisement" not in art.text
    assert "Council budget" not in art.text and art.text.endswith("within six weeks.")


def test_html_without_body_falls_back_then_fails_clearly() -> None:
    from newsweave.errors import EmptyInput

    with pytest.raises(EmptyInput, match="no article body"):
        extract_html(
            "<html><body><nav><a>Home</a> <a>News</a></nav></body></html>", path="nav.html"
        )
    # a bare fragment with one real paragraph is still read
    frag = (
        "<p>The harbour authority said on Friday that the night ferry would return to its normal "
        "timetable next week, after engineers replaced the faulty steering gear.</p>"
    )
    assert "night ferry" in extract_html(frag).text


_f1 = shingle_f1


def test_html_mode_on_an_aeb_slice(data_dir: Path) -> None:
    """Regression guard (full run: bench/bench_extract.py): 20 pages, ours vs trafilatura alone."""
    import trafilatura

    aeb = data_dir / "aeb"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[-20:]
    ours, theirs = [], []
    for k in keys:
        with gzip.open(aeb / "html" / f"{k}.html.gz", "rt", encoding="utf-8") as f:
            html = f.read()
        ours.append(_f1(truth[k]["articleBody"], extract_body(html).body))
        theirs.append(
            _f1(truth[k]["articleBody"], trafilatura.extract(html, include_comments=False) or "")
        )
    assert sum(ours) / len(keys) >= 0.9
    assert sum(ours) >= sum(theirs) - 0.2  # never clearly worse than the extractor alone


_FERRY = (
    "The harbour authority said on Friday that the night ferry would return to its normal "
    "timetable next week, after engineers replaced the faulty steering gear on the vessel. "
    "Passengers booked on cancelled crossings will be refunded in full, the operator said."
)


def test_html_nested_past_the_parser_limit_keeps_its_article() -> None:
    """libxml2 stops at 255 levels: the page used to lose its story ("0 characters")."""
    depth = 3000
    html = (
        "<html><head><title>Night ferry returns</title></head><body>"
        + "<div>" * depth
        + f"<p>{_FERRY}</p><p>Second paragraph of the report, with more words in it.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    assert _FERRY in html_to_text(html)
    art = extract_html(html, path="deep.html")
    assert _FERRY in art.text
    assert "Second paragraph" in art.text


def test_flatten_nesting_unwraps_only_the_excess() -> None:
    from newsweave.clean.html import flatten_nesting

    html = "<div><div><div><p>a</p><p>b</p></div></div></div><script>x = '<div>'</script>"
    out = flatten_nesting(html, depth=2)
    # the two outer divs stay, the rest is unwrapped; paragraphs stay apart, scripts untouched
    assert out == "<div><div>a<br>b<br><br></div></div><script>x = '<div>'</script>"
    assert flatten_nesting(html, depth=10) == html


def test_one_parse_and_the_full_comparison_only_when_needed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long story: one fast precision pass (:func:`precise_pass`) on our tree; a page whose
    fast pass finds almost nothing gets trafilatura's readability/justext comparison."""
    import trafilatura

    import newsweave.clean.html as html_mode

    calls: list[str] = []
    real_bare, real_comparison = trafilatura.bare_extraction, html_mode.precise_comparison

    def bare(tree: object, **kw: Any) -> object:
        calls.append(f"{type(tree).__name__} {kw['options'].focus} fast={kw['options'].fast}")
        return real_bare(tree, **kw)

    def comparison(*args: Any) -> object:
        calls.append("comparison")
        return real_comparison(*args)

    monkeypatch.setattr(trafilatura, "bare_extraction", bare)
    monkeypatch.setattr(html_mode, "precise_comparison", comparison)
    art = extract_html((FIX / "wire_page.html").read_text(encoding="utf-8"))
    assert "Backlog of crossings" in art.text
    assert calls == []
    frag = f"<html><body><div><div>{_FERRY}</div></div><p>Tiny.</p></body></html>"
    extract_body(frag)
    assert calls[0] == "comparison"  # then the default mode's second opinion, on our tree
    assert all(c.startswith("HtmlElement balanced") for c in calls[1:])


_REPLY = "I read this on the ferry home and I still cannot believe the timetable."
# Pages whose prunes each fire: comment sections (by id, by class; a list of replies goes only
# after conversion), the same list on a thread forum (its replies are posts: kept), an
# infinite-scroll tail with the next story, and a page where no id or class asks for a prune.
_PRUNED_PAGES = [
    f'<div id="comments"><p>{_REPLY}</p></div><ol class="commentlist"><li>{_REPLY}</li></ol>',
    f'<div class="post-comments"><p>{_REPLY}</p></div>'
    f'<ul id="disqus_thread"><li>{_REPLY}</li></ul>',
    '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    f'<ul id="disqus_thread"><li>{_REPLY}</li></ul>',
    f'<div class="infinite-scroll"><h2>Next story</h2><p>{_REPLY}</p></div>'
    f'<section class="elementor-share-buttons"><p>{_REPLY}</p></section>',
    f'<div class="sidebar"><p>{_REPLY}</p></div>',
]


@pytest.mark.parametrize("tail", _PRUNED_PAGES)
def test_precise_pass_is_bare_extraction(tail: str) -> None:
    """Our precision pass gives trafilatura's body, whichever prunes the page calls for."""
    import lxml.etree
    import trafilatura
    from trafilatura.settings import Extractor

    from newsweave.clean.html import parse_html, precise_pass

    page = f"<html><body><article><p>{_FERRY}</p><p>{_FERRY}</p>{tail}</article></body></html>"
    root = parse_html(page)
    before = lxml.etree.tostring(root)
    options = Extractor(
        output_format="python", fast=True, precision=True, comments=False, tables=True
    )
    expected = trafilatura.bare_extraction(root, options=options)
    ours = precise_pass(root, None).document
    assert ours.text == expected.text
    assert lxml.etree.tostring(ours.body) == lxml.etree.tostring(expected.body)
    assert lxml.etree.tostring(root) == before  # the tree stays whole for a second pass


def test_precise_passes_match_bare_extraction_on_aeb(data_dir: Path) -> None:
    """The fast pass, and the comparison given it, are bare_extraction's fast and full modes."""
    import lxml.etree
    import trafilatura
    from trafilatura.settings import Extractor

    from newsweave.clean.html import parse_html, precise_comparison, precise_pass

    def options(fast: bool) -> Extractor:
        return Extractor(output_format="python", fast=fast, precision=True, comments=False)

    aeb = data_dir / "aeb"
    teasers = 0
    for k in sorted(json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8")))[:40]:
        with gzip.open(aeb / "html" / f"{k}.html.gz", "rt", encoding="utf-8") as f:
            root = parse_html(f.read())
        fast = precise_pass(root, None)
        expected = trafilatura.bare_extraction(root, options=options(fast=True))
        assert fast.document.text == expected.text, k
        assert lxml.etree.tostring(fast.document.body) == lxml.etree.tostring(expected.body), k
        if fast.teasers:
            teasers += 1
            continue
        full = precise_comparison(root, None, fast)
        assert full.text == trafilatura.bare_extraction(root, options=options(fast=False)).text, k
    assert teasers < 10  # the comparison was checked on most pages


def test_prune_hints_see_every_test_of_the_xpaths() -> None:
    """The hints are sound only while trafilatura's prunes read ids and classes alone, each
    through a re:test or a contains that the hint took in."""
    from trafilatura.xpaths import (
        RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH,
        REMOVE_COMMENTS_XPATH,
    )

    from newsweave.clean.html import prune_hint

    for xpaths in (RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH):
        text = " ".join(x.path for x in xpaths)
        assert set(re.findall(r"@([\w-]+)", text)) == {"id", "class"}
        tests = re.findall(r"(re:test|contains)\(@(?:id|class), '([^']*)'\)", text)
        assert len(tests) == text.count("re:test(") + text.count("contains(")
        pattern = prune_hint(xpaths).pattern
        for kind, rx in tests:
            assert f"(?:{rx if kind == 're:test' else re.escape(rx)})" in pattern
    hint = prune_hint(REMOVE_COMMENTS_XPATH)
    assert hint.search("main\ncomments") and not hint.search("main\ncommentary")


def test_json_ld_nested_past_recursion_keeps_the_page(caplog: pytest.LogCaptureFixture) -> None:
    """JSON-LD too deep for json.loads loses its metadata, with a warning; not the page."""
    blob = "[" * 100_000 + "]" * 100_000
    html = (
        "<html><head><title>Night ferry returns</title>"
        '<meta property="og:title" content="Night ferry returns">'
        f'<script type="application/ld+json">{blob}</script></head>'
        f"<body><article><p>{_FERRY}</p></article></body></html>"
    )
    art = extract_html(html, path="deep-json.html")
    assert _FERRY in art.text
    assert art.title == "Night ferry returns"
    assert "JSON-LD metadata skipped (RecursionError" in caplog.text


_BYLINE_PAGES = [
    # first tier beats the later ones, whatever the order on the page
    '<div class="byline">Desk staff</div><span class="author">Ana Ruiz</span>',
    # out: a comments block and a sidebar take their candidates with them
    '<div id="comments"><span class="author">A Reader</span></div><p class="byline">Li Wei</p>',
    '<aside><div class="sidebar"><a rel="author">Side Bar</a></div></aside><span class="byl">Bo Yu</span>',
    # out inside a candidate: the date goes, its tail text stays glued to what precedes it
    '<span class="author-name">By Jo<time>12 May</time>hn Smi<span class="date">x</span>th</span>',
    '<p class="author">Maria <figure>pic</figure> Lopez, <span class="quote">"q"</span>Reuters</p>',
    # too long for a byline (120 characters): the next candidate is taken
    f'<div class="author">{"word " * 40}</div><div itemprop="author">Kim Park</div>',
    # the last tier's wide net, and the author element
    '<h5 data-component="Byline">Sam Lee</h5>',
    "<author>Noor Khan</author>",
    '<div class="writer-box">Eve Stone</div><div id="Author-7">Al Rey</div>',
    # nothing that reads as a byline
    '<div class="title">Headline</div><p>Body text only.</p>',
]


@pytest.mark.parametrize("markup", _BYLINE_PAGES)
def test_page_author_finds_what_trafilatura_finds(markup: str) -> None:
    """One walk with the rules as data gives trafilatura's extract_author's answer."""
    from trafilatura.metadata import extract_author

    from newsweave.clean.html import page_author, parse_html

    root = parse_html(f"<html><body><main>{markup}</main></body></html>")
    assert page_author(root) == extract_author(root)


def test_page_author_matches_trafilatura_on_aeb(data_dir: Path) -> None:
    from trafilatura.metadata import extract_author

    from newsweave.clean.html import page_author, parse_html

    aeb = data_dir / "aeb"
    found = 0
    for k in sorted(json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8")))[:40]:
        with gzip.open(aeb / "html" / f"{k}.html.gz", "rt", encoding="utf-8") as f:
            root = parse_html(f.read())
        ours = page_author(root)
        assert ours == extract_author(root), k
        found += ours is not None
    assert found >= 10  # the comparison is not all None against None


# JSON-LD as pages write it: spaces and line breaks between tokens and inside strings,
# escapes (\\n, \\u00e9, a lone surrogate), markup and entities in values; the second script
# is not valid JSON (a trailing comma), which trafilatura reads with its regexes instead.
_JSON_LD_SCRIPTS = (
    '{ "@context" : "https://schema.org",\n\t"@type": "NewsArticle",\n  "headline" :'
    ' "Caf\\u00e9 <b>owners</b>   reopen\\n after \\ud800 the &amp; flood",\n'
    '  "publisher": {"@type": "Organization", "name": "The  Valley Post"} }',
    '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ana \\"Ann\\" Ruiz"},}',
)


@pytest.mark.parametrize("scripts", [_JSON_LD_SCRIPTS, _JSON_LD_SCRIPTS[::-1]])
def test_page_metadata_reads_json_ld_as_trafilatura_does(scripts: tuple[str, ...]) -> None:
    """The JSON-LD reader, whose text normalisation runs in C, finds what trafilatura's
    extract_meta_json finds."""
    from trafilatura.metadata import extract_meta_json
    from trafilatura.settings import Document

    from newsweave.clean.html import page_metadata, parse_html

    page = "<html><head></head><body><p>x</p>" + "".join(
        f'<script type="application/ld+json">{s}</script>' for s in scripts
    )
    expected = extract_meta_json(parse_html(page), Document())
    expected.clean_and_trim()
    meta = page_metadata(parse_html(page), "https://valley.example/cafe")
    assert expected.title and expected.sitename and expected.author  # every path was taken
    assert (meta.title, meta.sitename, meta.author) == (
        expected.title,
        expected.sitename,
        expected.author,
    )


def test_page_metadata_reads_the_head_and_json_ld_anywhere_in_the_page() -> None:
    """trafilatura's meta-tag and JSON-LD readers get copies of what they read: the head's
    meta tags and every JSON-LD script, the body's too; the page itself is left as it was."""
    from newsweave.clean.html import page_metadata, parse_html

    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Night ferry returns", "author": {"@type": "Person", "name": "Jane Doe"}}'
    )
    root = parse_html(
        "<html><head><title>x</title>"
        '<meta property="og:title" content="Night ferry returns to the islands">'
        '<meta property="og:site_name" content="Harbour Post"></head>'
        f'<body><article><p>{_FERRY}</p></article><script type="application/ld+json">{ld}'
        "</script></body></html>"
    )
    meta = page_metadata(root, "https://harbour.example/ferry")
    assert meta.title == "Night ferry returns to the islands"
    assert meta.sitename == "Harbour Post"
    assert meta.author == "Jane Doe"
    assert root.find("head") is not None and root.find(".//article/p") is not None
