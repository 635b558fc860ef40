"""The event page in a real headless Chromium: the self-contained file and the served page.

Screenshots go to test-output/ (the ``out_dir`` fixture) for a person to look at.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from in_browser import DESKTOP, PHONE, norm, open_page, wait_until

from newsweave.corpus.frontpage import FrontCard, FrontPage, Ranking
from newsweave.models import (
    Article,
    BriefSentence,
    Event,
    EventReport,
    Fact,
    Reaction,
    Span,
    Subset,
)
from newsweave.serve.webpage import (
    ago,
    public_article,
    public_report,
    render_event_html,
    render_front_page,
    with_removed,
)
from newsweave.synthesis.weave import weave


def embedded_json(html: str, element_id: str) -> dict:
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', html, re.S)
    assert m, f"no {element_id} block"
    return json.loads(m.group(1))


# --------------------------------------------------------------------------- without a browser


def tiny_report(text: str) -> EventReport:
    art = Article(id="a1", text=text, title="A </title> title", outlet="Outlet & Co")
    span = Span("a1", 0, min(20, len(text)))
    ev = Event(
        id="e1",
        title="Event <b>title</b>",
        date="2025-05-11",
        articles=("a1",),
        facts=(Fact(text[:20], (span,), ("a1",), 1),),
        brief=(BriefSentence(text[:20], (span,)),),
    )
    return EventReport(articles=(art,), events=(ev,))


def test_self_contained_file_has_no_external_resource(page_report):
    page = render_event_html(page_report)
    assert not re.search(r"<script[^>]*\ssrc=", page), "a script is loaded from elsewhere"
    assert not re.search(r"<link[^>]*stylesheet", page), "a stylesheet is loaded from elsewhere"
    assert "@import" not in page and "url(http" not in page
    # the embedded data is the report's JSON as the pages show it: no local path, only names
    shown = public_report(page_report)
    assert embedded_json(page, "nw-data") == json.loads(json.dumps(shown.to_json()))
    for a in page_report.articles:
        assert a.path and a.path.startswith("/") and a.path not in page
    assert {a.path for a in shown.articles} == {Path(a.path).name for a in page_report.articles}


def test_an_article_is_shown_by_its_outlet_domain_or_file_name():
    bare = Article(
        id="a", text="Text.", url="https://www.reuters.com/world/x", path="/home/u/a.txt"
    )
    assert public_article(bare).outlet == "Reuters"  # a known outlet's domain
    assert public_article(bare).path == "a.txt"
    other = replace(bare, url="https://news.example.org/x")
    assert public_article(other).outlet == "news.example.org"
    named = replace(bare, outlet="Valley Courier")
    assert public_article(named).outlet == "Valley Courier"
    assert public_article(replace(bare, url=None, path=None)).outlet is None


def test_front_page_escapes_what_it_shows_and_says_times_as_a_reader_does():
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    assert [ago(now - timedelta(seconds=s), now) for s in (30, 1500, 3500, 3 * 3600)] == [
        "just now",
        "25 min ago",
        "58 min ago",
        "3 h ago",
    ]
    assert ago(now - timedelta(days=3), now) == "3 days ago"
    assert ago(now - timedelta(days=90), now) == "10 Dec 2025"
    rank = Ranking(2, 2, False, 3.0, 0, 2, 2.0, 1.0, 1.6, 0.0)
    evil = FrontCard(
        event_id="ev_1",
        title="<script>alert(1)</script> Harbour",
        first=now - timedelta(hours=5),
        first_outlet="A & B <News>",
        latest=now - timedelta(hours=3),
        outlets=("A & B <News>", "Courier"),
        n_outlets=2,
        n_unnamed=0,
        n_origins=2,
        origins_pending=False,
        n_articles=2,
        summary="<img src=x onerror=alert(1)>",
        summary_from="lead",
        updated=now.isoformat(),
        ranking=rank,
    )
    page = FrontPage(now - timedelta(hours=36), now, (evil,), (), 0, 0, None, 0)
    out = render_front_page(page, now=now)
    assert "<script>alert" not in out and "<img src=x" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Harbour" in out
    assert "A &amp; B &lt;News&gt; · Courier" in out and "3 h ago" in out
    assert not re.search(r"<script(?![^>]*type=\"application/json\")", out)  # no script at all


def test_front_page_counts_are_said_in_words_that_fit_the_number():
    """Cards said "1 outlets"-style counts by hand ("1 article" right, "1 more stories"
    wrong), and an article that names no outlet was counted as one; it is counted apart."""
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    card = FrontCard(
        event_id="ev_1",
        title="Harbour fire closes the terminal",
        first=now - timedelta(hours=5),
        first_outlet="Ellery Post",
        latest=now - timedelta(hours=3),
        outlets=("Ellery Post",),
        n_outlets=1,
        n_unnamed=1,
        n_origins=1,
        origins_pending=False,
        n_articles=2,
        summary="",
        summary_from="lead",
        updated=now.isoformat(),
        ranking=Ranking(1, 1, False, 3.0, 0, 2, 0.0, 0.0, 1.6, 0.0),
    )
    page = FrontPage(now - timedelta(hours=36), now, (card,), (card,), 1, 0, None, 0)
    out = re.sub(r"<[^>]+>", "", render_front_page(page, now=now))
    assert "1 named outlet1 independent origin2 articles" in out
    assert "Ellery Post · 1 article without a named outlet" in out
    assert "1 more event ranked in this window" in out and "1 more stories" not in out
    assert "Ellery Post · 3 h ago · 2 articles" in out  # the single-source line


def test_a_window_without_a_two_outlet_story_says_where_the_store_s_are():
    """The page said "No story has two named outlets yet" over a store that held one from a
    year before: it says the window has none and how many older ones the store holds, with
    the link to them; a past window says they are outside it."""
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    text = lambda page, at: re.sub(r"<[^>]+>", "", render_front_page(page, now=at))  # noqa: E731
    today = FrontPage(now - timedelta(hours=36), now, (), (), 0, 0, None, 1)
    out = text(today, now)
    assert (
        "No story in the last 36 hours has two named outlets; the store holds 1 older event" in out
    )
    assert "yet" not in out and '<a href="/events">all events</a>' in render_front_page(
        today, now=now
    )
    past = FrontPage(now - timedelta(days=3), now - timedelta(days=2), (), (), 0, 0, None, 3)
    out = text(past, now)
    assert "has two named outlets; the store holds 3 events outside this window" in out
    empty = FrontPage(now - timedelta(hours=36), now, (), (), 0, 0, None, 0)
    assert "No story has two named outlets yet" in text(empty, now)


def test_article_text_cannot_break_out_of_the_data_block():
    evil = "Breaking </script><script>window.pwned=1</script> <!-- news --> & more \u2028 text"
    page = render_event_html(tiny_report(evil))
    data = embedded_json(page, "nw-data")
    assert data["articles"][0]["text"] == evil
    assert "window.pwned=1</script>" not in page
    assert "<title>Event &lt;b&gt;title&lt;/b&gt; · newsweave</title>" in page


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def page_report(seed_report, seed_articles) -> EventReport:
    """The seeds' report with the removed segments the cleaned articles carry (the toggle)."""
    return with_removed(seed_report, seed_articles)


@pytest.fixture(scope="module")
def seed_file(page_report, out_dir) -> Path:
    path = out_dir / "event-seeds.html"
    path.write_text(render_event_html(page_report), encoding="utf-8")
    return path


def first_brief_citation(report: EventReport) -> tuple[Span, str]:
    arts = {a.id: a for a in report.articles}
    ev = report.events[0]
    spans = [c for b in ev.brief for c in b.citations]
    assert spans, "the seeds' brief cites nothing"
    # the page orders each sentence's markers by source number, as the reader sees them
    order = {aid: i for i, aid in enumerate(ev.articles)}
    first = min(ev.brief[0].citations, key=lambda c: (order.get(c.article, 99), c.start))
    return first, arts[first.article].text[first.start : first.end]


@pytest.mark.browser
def test_file_page_citations_matrix_articles(browser, seed_file, page_report, out_dir):
    page, errors, requests = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    ev = page_report.events[0]
    arts = {a.id: a for a in page_report.articles}
    # one file: nothing is fetched besides the file itself
    assert all(u.startswith(("file:", "data:")) for u in requests), requests
    assert norm(page.locator("h1").inner_text()) == norm(ev.title)
    # the header counts outlets by name; articles naming none are counted apart, not as outlets
    stats = norm(page.locator(".event-head .stats").inner_text())
    ev_arts = [arts[i] for i in ev.articles]
    named = {(a.outlet or "").lower() for a in ev_arts if a.outlet}
    unnamed = sum(1 for a in ev_arts if not a.outlet and not a.url)
    assert f"{len(named)} named outlet" in stats, stats
    assert (f"{unnamed} without a named outlet" in stats) == bool(unnamed), stats
    page.screenshot(path=str(out_dir / "webpage-file-desktop.png"))

    # hover a citation: the popover shows the exact cited text
    span, cited = first_brief_citation(page_report)
    marker = page.locator("#brief button.cite").first
    marker.hover()
    pop = page.locator("#nw-pop")
    pop.wait_for(state="visible")
    assert norm(pop.locator("mark").inner_text()) == norm(cited)
    assert (arts[span.article].outlet or "") in pop.inner_text()
    page.screenshot(path=str(out_dir / "webpage-file-hover.png"))

    # click it: the article view opens on that span, highlighted
    marker.click()
    active = page.locator("#nw-reader mark.active")
    active.first.wait_for(state="visible")
    assert norm(" ".join(active.all_inner_texts())) == norm(cited)
    assert page.locator("#nw-reader .tab[aria-selected=true]").count() == 1
    assert norm(page.locator("#nw-reader h2.art-title").inner_text()) == norm(
        arts[span.article].title or "(untitled)"
    )
    page.screenshot(path=str(out_dir / "webpage-file-jump.png"))

    # the coverage matrix: one row per fact, one cell button per reporting outlet
    page.locator("#nw-nav a[href='#coverage']").click()
    matrix = page.locator("#coverage table.matrix").first
    matrix.wait_for(state="visible")
    rows = matrix.locator("tbody tr")
    assert rows.count() == len(ev.facts)
    # column heads stay within their columns: a file name with no break in it ("000_3016….txt")
    # ran over its neighbours' names
    overflowing = page.evaluate(
        "[...document.querySelectorAll('#coverage thead .col-h')]"
        ".filter(h => h.scrollWidth > h.clientWidth + 1).map(h => h.textContent)"
    )
    assert not overflowing, overflowing
    # "omits" only where the framing says so (most origins report it, the article says nothing
    # close); another article is only not cited for it
    omits = {fr.article: set(fr.omits) for fr in ev.framing}
    for i, fact in enumerate(ev.facts):
        cited_articles = {c.article for c in fact.citations if c.article in ev.articles}
        assert rows.nth(i).locator("button.cell").count() == len(cited_articles)
        others = [a for a in ev.articles if a not in set(fact.sources) | cited_articles]
        omitted = sum(fact.text in omits[a] for a in others)
        assert rows.nth(i).locator(".dot-no").count() == omitted
        assert rows.nth(i).locator(".dot-none").count() == len(others) - omitted
    assert any(fact.text in o for fact in ev.facts for o in omits.values())
    assert page.locator("#coverage tbody .dot-none").count() > 0
    cell = rows.first.locator("button.cell").first
    cell.hover()
    c0 = ev.facts[0].citations
    texts = {norm(arts[c.article].text[c.start : c.end]) for c in c0}
    assert norm(pop.locator("mark").inner_text()) in texts
    matrix.screenshot(path=str(out_dir / "webpage-file-coverage.png"))

    # switch to another article with its tab; show its removed boilerplate struck out
    has_removed = [a for a in page_report.articles if a.removed and a.id in ev.articles]
    assert has_removed, "no seed article has removed segments"
    target = has_removed[-1]
    n = ev.articles.index(target.id) + 1
    page.locator(f"#nw-reader #tab-{n}").click()
    assert norm(page.locator("#nw-reader h2.art-title").inner_text()) == norm(target.title or "")
    removed = page.locator("#nw-reader .removed")
    assert removed.count() > 0 and not removed.first.is_visible()
    toggle = page.locator("#nw-toggle-removed")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    removed.first.wait_for(state="visible")
    struck = norm(" ".join(page.locator("#nw-reader .removed del").all_inner_texts()))
    assert norm(target.removed[0].text)[:40] in struck
    page.screenshot(path=str(out_dir / "webpage-file-removed.png"))
    page.screenshot(path=str(out_dir / "webpage-file-full.png"), full_page=True)
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_a_source_cited_twice_for_one_sentence_has_one_marker(browser, seed_file, page_report):
    """A brief sentence backed by two passages of one article shows that article's number once
    (a reader took "3 3" for a fault), and its popover shows both passages."""
    arts = {a.id: a for a in page_report.articles}
    brief = page_report.events[0].brief
    twice = next(
        (
            (k, b)
            for k, b in enumerate(brief)
            if len({c.article for c in b.citations})
            < len({(c.article, c.start) for c in b.citations})
        ),
        None,
    )
    assert twice, "no brief sentence of the seeds cites two passages of one article"
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    item = page.locator("#brief ol.brief > li").nth(twice[0])
    markers = item.locator("button.cite")
    assert markers.count() == len({c.article for c in twice[1].citations})
    assert len(set(markers.all_inner_texts())) == markers.count(), markers.all_inner_texts()
    cited = Counter(c.article for c in twice[1].citations)
    aid = next(a for a, n in cited.items() if n > 1)
    marker = item.locator(f"button.cite[data-a='{aid}']")
    marker.hover()
    pop = page.locator("#nw-pop")
    pop.wait_for(state="visible")
    shown = [norm(t) for t in pop.locator("mark").all_inner_texts()]
    spans = sorted({(c.start, c.end) for c in twice[1].citations if c.article == aid})
    assert shown == [norm(arts[aid].text[s:e]) for s, e in spans]
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_keyboard_reaches_citations(browser, seed_file, page_report):
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    _, cited = first_brief_citation(page_report)
    marker = page.locator("#brief button.cite").first
    assert marker.get_attribute("aria-label", timeout=2000).startswith("Source 1")
    marker.focus()
    assert page.locator("#nw-pop").is_visible()
    assert marker.get_attribute("aria-describedby") == "nw-pop"
    page.keyboard.press("Enter")
    wait_until(page, "document.activeElement && document.activeElement.matches('mark.active')")
    assert norm(page.evaluate("document.activeElement.textContent")) in norm(cited)
    page.keyboard.press("Escape")
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_sources_that_name_no_outlet_are_shown_by_their_headline(browser, seed_file, page_report):
    """Found on the seeds: the chips of the three articles that name no outlet showed their
    file names ("001_f325e58b63a52550"); a reader knows a story by its headline."""
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    arts = {a.id: a for a in page_report.articles}
    chips = [norm(t) for t in page.locator(".event-head .outlet-chip").all_inner_texts()]
    ev = page_report.events[0]
    assert len(chips) == len(ev.articles)
    unnamed = 0
    for n, (aid, chip) in enumerate(zip(ev.articles, chips, strict=True), 1):
        a = arts[aid]
        assert aid not in chip and Path(a.path or aid).name not in chip, chip
        if public_article(a).outlet is None:  # its headline, cut at a word when long
            unnamed += 1
            words = (a.title or "").split()
            assert chip.startswith(f"{n} {' '.join(words[:4])}"), chip
    assert unnamed == 3
    # the source list says that the outlet is not named instead of repeating the headline
    outlets = page.locator("#sources .source .outlet").all_inner_texts()
    assert outlets.count("outlet not named") == unnamed
    head = norm(page.locator(".event-head .stats").inner_text())
    assert "2 named outlets" in head and "3 without a named outlet" in head
    # the coverage matrix's columns are its articles, not "5 outlets" beside "2 named outlets"
    coverage = norm(page.locator("#coverage summary .sub").inner_text())
    assert f"× {len(ev.articles)} articles" in coverage, coverage
    # the header's quotes are the Quotes section's (it counted terms in quotation marks too)
    (quotes,) = re.findall(r"(\d+) quotes?\b", head)
    assert norm(page.locator("#nw-nav a[href='#quotes'] .n").inner_text()) == quotes
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_a_photo_s_date_is_shown_as_the_picture_s_and_ranks_no_report(
    browser, seed_file, page_report
):
    """Two seeds are dated only by their photos' captions: the source list says "photo of" that
    day, and "first reported by" ranks only articles dated as published."""
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    arts = {a.id: a for a in page_report.articles}
    pictured = {aid for aid, a in arts.items() if a.published and a.published_source == "caption"}
    dated = {aid for aid, a in arts.items() if a.published and aid not in pictured}
    assert pictured and dated, "the seeds have both kinds"
    items = page.locator("#sources li.source")
    for i in range(items.count()):
        li = items.nth(i)
        when = li.locator("time")
        if li.get_attribute("data-article") in pictured:
            assert norm(when.inner_text()).startswith("photo of "), when.inner_text()
        elif when.count():
            assert "photo" not in when.inner_text()
    lede = norm(page.locator("#nw-first-latest").inner_text())
    named = {
        norm(page.locator(f"#sources li.source[data-article='{a}'] .outlet").inner_text())
        for a in dated
    }
    assert any(lede.startswith(f"First reported by {n}") for n in named), lede
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_an_untitled_source_without_an_outlet_is_shown_by_its_first_sentence(browser, tmp_path):
    """Multi-News files have no headline and no outlet: their chips showed file names."""
    report = tiny_report("Ministers met in Lowmere on Tuesday to sign the harbour agreement. More.")
    bare = replace(report.articles[0], title=None, outlet=None, path="/home/u/notes-17.txt")
    chip = _first_chip(browser, tmp_path / "untitled.html", replace(report, articles=(bare,)))
    assert chip == "1 Ministers met in Lowmere on Tuesday to sign the harbour…", chip


@pytest.mark.browser
def test_an_untitled_wire_story_is_named_by_its_lead_past_the_dateline(browser, tmp_path):
    """A wire story's first line opens on its dateline ("LOWMERE (Reuters) — "): the chip names
    the story by the lead the framing read, not by the place and the agency."""
    text = (
        "LOWMERE (Reuters) — Ministers met in Lowmere on Tuesday to sign the harbour agreement "
        "that opens the port to container ships.\n\nThe agreement ends a dispute over berths "
        "that has lasted six years, officials said."
    )
    chip = _first_chip(browser, tmp_path / "wire.html", weave([Article("w1", text)]))
    assert chip == "1 Ministers met in Lowmere on Tuesday to sign the harbour…", chip


def _first_chip(browser, path: Path, report: EventReport) -> str:
    """The first source chip of ``report``'s page as it is seen, written to ``path`` (no page
    error): the words said only to a screen reader ("no headline: ") left out."""
    path.write_text(render_event_html(report), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=DESKTOP)
    chip = norm(
        page.locator(".event-head .outlet-chip").evaluate(
            "e => { const said = [...e.querySelectorAll('.sr-only')];"
            " said.forEach(x => { x.style.display = 'none'; }); return e.innerText; }"
        )
    )
    assert not errors, errors
    page.context.close()
    return chip


@pytest.mark.browser
def test_notes_name_a_source_without_an_outlet_by_its_number(browser, seed_file, page_report):
    """Found in session 33: a note read "Counts differ: Of the 12 arrested on Saturday, seven
    were booked at the… says “Three people were stabbed”", the untitled article's lead run into
    the sentence as its name. A note names such a source by its number in the source list; an
    outlet by its name."""
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    ev = page_report.events[0]
    notes = [norm(t) for t in page.locator("#contradictions .contra-note").all_text_contents()]
    assert notes
    arts = {a.id: a for a in page_report.articles}
    named_in = {aid for c in ev.contradictions for aid in ev.articles if aid in c.note}
    unnamed = [aid for aid in named_in if public_article(arts[aid]).outlet is None]
    assert unnamed, "the seeds' notes name an article without an outlet"
    for aid in unnamed:
        number = ev.articles.index(aid) + 1
        assert any(f"source {number} " in n for n in notes), (number, notes)
        title = arts[aid].title or ""
        assert not any(title and title[:30] in n for n in notes), notes
    assert not any(aid in n for n in notes for aid in ev.articles), notes
    assert any("GlobalPost" in n for n in notes)
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_an_entry_beside_its_badge_names_only_an_outlet_and_keeps_reported_words_unquoted(
    browser, seed_file, page_report
):
    """Found in session 40 on a two-source story: every one of 21 reported-speech lines ended in
    "Eight people, including two children, were injured this…", the untitled source's lead, as
    its name beside the citation badge; and the reaction cards put reported speech ("he ran to
    the home …") in quotation marks, the journalist's words in the speaker's mouth."""
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    ev = page_report.events[0]
    arts = {a.id: public_article(a) for a in page_report.articles}
    leads = [norm(page.locator(".event-head .outlet-chip").nth(k).inner_text())[2:][:25]
             for k, aid in enumerate(ev.articles) if arts[aid].outlet is None]  # fmt: skip
    assert leads, "the seeds have articles that name no outlet"
    metas = [norm(t) for t in page.locator("#quotes .qmeta, #quotes .from").all_inner_texts()]
    assert metas
    assert not [m for m in metas for lead in leads if lead in m], leads
    # a quote's card keeps its quotation marks; reported speech is shown after its cue
    reported = {q.id for q in ev.quotes if q.form != "direct"}
    assert any(set(r.quotes) & reported for r in ev.reactions), "the seeds react in reported speech"
    cards = page.locator("#reactions li.reported")
    assert cards.count() > 0
    for text in cards.all_text_contents():
        assert not norm(text).startswith("“"), text
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_framing_cards_show_whom_each_source_quotes(browser, seed_file, page_report):
    """Each framing card names its outlet's most quoted speakers with their counts; a speaker's
    chip shows every one of that speaker's quotes in the article."""
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    ev = page_report.events[0]
    cards = page.locator("#framing .card")
    assert cards.count() == len(ev.framing)
    for k, fr in enumerate(ev.framing):
        card = cards.nth(k)
        shown = [norm(t) for t in card.locator(".voice").all_text_contents()]
        assert len(shown) == len(fr.voices)  # the rest behind "more"
        for v, text in zip(fr.voices, shown, strict=True):
            assert text.startswith(f"{v.speaker} ×{v.quotes}"), (text, v)
        chips = card.locator(".voice .cite")
        for i in range(min(chips.count(), len(fr.voices))):
            v = fr.voices[i]
            more = chips.nth(i).get_attribute("data-more") or ""
            assert len([p for p in more.split(",") if p]) == v.quotes - 1
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_phone_viewport(browser, seed_file, page_report, out_dir):
    page, errors, _ = open_page(
        browser,
        seed_file.as_uri(),
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    # nothing wider than the phone: no sideways scrolling of the page itself
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + 1, width
    page.screenshot(path=str(out_dir / "webpage-phone.png"))
    _, cited = first_brief_citation(page_report)
    page.locator("#brief button.cite").first.tap()
    page.wait_for_selector("body.reader-open")
    active = page.locator("#nw-reader mark.active").first
    active.wait_for(state="visible")
    assert norm(active.inner_text()) in norm(cited)
    # the overlay slides in; then the cited passage is on screen
    wait_until(
        page,
        "(() => { const r = document.querySelector('#nw-reader mark.active')"
        ".getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight - 40; })()",
    )
    wait_until(page, "getComputedStyle(document.getElementById('nw-reader')).transform === 'none'")
    page.screenshot(path=str(out_dir / "webpage-phone-article.png"))
    page.locator("#nw-reader button.close").tap()
    page.wait_for_selector("body:not(.reader-open)")
    page.locator("#coverage").scroll_into_view_if_needed()
    page.screenshot(path=str(out_dir / "webpage-phone-coverage.png"))
    assert not errors, errors
    page.context.close()


# --------------------------------------------------------------------------- hostile data


def test_file_carries_a_policy_that_runs_only_its_own_script(page_report):
    import base64
    import hashlib

    page = render_event_html(page_report)
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert m, "the standalone file has no Content-Security-Policy"
    policy = m.group(1)
    assert "unsafe-inline" not in policy and "default-src 'none'" in policy
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)  # executable (no type=)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert page.index("Content-Security-Policy") < page.index("<script")


@pytest.mark.browser
def test_only_web_urls_become_links(browser, tmp_path):
    """Found by the audit: an article url "javascript:alert(document.domain)" was a link."""
    evil = tiny_report("Ministers met in Lowmere on Tuesday to sign the harbour agreement.")
    evil = replace(
        evil, articles=(replace(evil.articles[0], url="javascript:alert(document.domain)"),)
    )
    path = tmp_path / "evil.html"
    path.write_text(render_event_html(evil), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=DESKTOP)
    page.locator("#brief button.cite").first.click()
    page.locator("#nw-reader mark.active").first.wait_for(state="visible")
    reader = page.locator("#nw-reader")
    assert "javascript:alert(document.domain)" in reader.inner_text()  # shown, as text
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if not h.startswith(("#", "http://", "https://"))], hrefs
    assert not errors, errors
    page.context.close()

    good = replace(evil, articles=(replace(evil.articles[0], url="HTTPS://example.org/a"),))
    path.write_text(render_event_html(good), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=DESKTOP)
    page.locator("#brief button.cite").first.click()
    page.locator("#nw-reader a[href='HTTPS://example.org/a']").wait_for(state="visible")
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_documents_that_are_not_articles_are_listed_on_the_page(browser, tmp_path):
    report = tiny_report("Ministers met in Lowmere on Tuesday to sign the harbour agreement.")
    widget = replace(
        report.articles[0],
        id="widget-1",
        text="Tweet with a location",
        not_article="embedded widget: “Tweet with a location” and 0 words of story prose besides",
    )
    report = replace(report, articles=(*report.articles, widget))
    path = tmp_path / "aside.html"
    path.write_text(render_event_html(report), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=DESKTOP)
    aside = page.locator("#set-aside")
    assert "widget-1" in aside.inner_text() and "embedded widget" in aside.inner_text()
    assert not errors, errors
    page.context.close()
    alone = replace(report, articles=(widget,), events=())
    path.write_text(render_event_html(alone), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=DESKTOP)
    assert "embedded widget" in page.locator("#nw-main").inner_text()
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_terms_are_listed_apart_from_quotes_on_the_page(browser, seed_file, page_report):
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    quotes = page.locator("#quotes").inner_text()  # sub-heads are upper-cased by the style
    head = "TERMS IN QUOTATION MARKS"
    assert head in quotes
    term = next(q for q in page_report.events[0].quotes if q.kind == "term")
    before, after = quotes.split(head, 1)
    assert term.text in after and f"“{term.text}”" not in before
    # reported speech comes after the terms, in the journalist's words: no quotation marks
    # around the entry, and none of it among the direct quotes
    assert "REPORTED SPEECH" in after
    reported = [q for q in page_report.events[0].quotes if q.form != "direct"]
    assert reported
    rendered = page.locator("#quotes ul.reported li").all_inner_texts()
    assert len(rendered) == len(reported)
    # a speaker's lines past the first few are folded, on the page but closed: read the text
    told = norm(page.locator("#quotes").text_content()).split("Reported speech, by speaker", 1)[1]
    assert all(norm(q.text) in told for q in reported)
    assert page.locator("#quotes ul.reported q").count() == 0
    assert not any(q.text in before for q in reported if len(q.text) > 40)
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_a_range_in_the_timeline_shows_both_ends_on_the_page(browser, seed_file, page_report):
    """The seeds' "May 8-10" truce is dated from Thu 8 May to Sat 10 May 2025 on the page."""
    page, errors, _ = open_page(browser, seed_file.as_uri(), viewport=DESKTOP)
    ranged = [t for t in page_report.events[0].timeline if t.end is not None]
    assert ranged, "the seeds' timeline has the May 8-10 truce"
    times = [norm(x) for x in page.locator("#timeline li.tl time").all_inner_texts()]
    assert sum("Thu 8 May 2025 – Sat 10 May 2025" in x for x in times) == len(ranged), times
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_actors_quoted_without_a_stance_beyond_a_few_are_folded(browser, tmp_path):
    """A feature story quotes dozens of people without a stance (Multi-News: 31 cards on a
    war story): the actors with a stance and the first few without one are shown, the rest
    sit behind one line that says how many."""
    report = tiny_report("Ministers met in Lowmere on Tuesday to sign the harbour agreement.")
    ev, art = report.events[0], report.articles[0]
    cite = Span(art.id, 0, 20)
    people = [f"Speaker {chr(65 + k)}" for k in range(9)]
    reactions = (
        Reaction(actor="Harbour board", stance="welcomes", quotes=(), sources=(art.id,),
                 citations=(cite,), evidence=("welcomed",)),
        *(Reaction(actor=p, stance="neutral", quotes=(), sources=(art.id,), citations=(cite,))
          for p in people),
    )  # fmt: skip
    report = replace(report, events=(replace(ev, reactions=reactions),))
    path = tmp_path / "cast.html"
    path.write_text(render_event_html(report), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=DESKTOP)
    section = page.locator("#reactions")
    visible = [t for t in section.locator(".actor").all_inner_texts() if t]
    assert visible[0] == "Harbour board"
    folded = section.locator("details.reactions-more")
    assert "3 more actors quoted without a stance" in folded.locator("summary").inner_text()
    assert not folded.locator(".actor").first.is_visible()
    folded.locator("summary").click()
    assert folded.locator(".actor").first.is_visible()
    assert section.locator(".actor").count() == 10
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_an_event_woven_from_a_subset_says_so_beside_its_counts(browser, tmp_path):
    """An event of more articles than one weave takes: the page's counts are of the woven
    articles, and the head says how many of how many, and how they were chosen."""
    report = tiny_report("Ministers met in Lowmere on Tuesday to sign the harbour agreement.")
    rule = "every outlet's first, the earliest and the latest, then the rest spread over time"
    ev = replace(report.events[0], subset=Subset(total=340, rule=rule))
    path = tmp_path / "subset.html"
    path.write_text(render_event_html(replace(report, events=(ev,))), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=DESKTOP)
    head = norm(page.locator(".event-head").inner_text())
    assert f"Woven from 1 of the 340 articles ({rule}); every count here is of the 1 woven." in head
    assert not errors, errors
    page.context.close()
    path.write_text(render_event_html(report), encoding="utf-8")
    page, errors, _ = open_page(browser, path.as_uri(), viewport=DESKTOP)
    assert page.locator("#nw-subset").count() == 0 and not errors, errors
    page.context.close()
