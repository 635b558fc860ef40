"""The event page read as a newsroom reader reads it, in a real headless Chromium.

Found in session 42 on the seeds and three Multi-News stories served from a store: reported
speech was one flat list of 44 lines in source order, untitled articles were listed by their
ids ("191-0") and read under "(untitled)", a phone broke section headings and outlet names
mid-word, and every page closed on an empty "Set aside" section.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsweave.models import (
    Article,
    BriefSentence,
    Event,
    EventReport,
    Fact,
    Quote,
    QuoteVariant,
    Span,
)
from newsweave.serve.webpage import render_event_html

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def open_report(browser, path: Path, report: EventReport, viewport: dict):
    """``report``'s page written to ``path`` and opened; its errors collected."""
    path.write_text(render_event_html(report), encoding="utf-8")
    page = browser.new_context(viewport=viewport).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", timeout=15_000)
    return page, errors


# (speaker, cue, claim): the mayor six times, the board twice, two voices once each
STATEMENTS = [
    ("Ada Lind", "said", "the harbour would reopen to ferries before the summer"),
    ("Harbour board", "warned", "repairs to the north pier could take another year"),
    ("Ada Lind", "promised", "the city would pay for the dredging itself"),
    ("Port union", "argued", "dock workers had not been consulted on the new shifts"),
    ("Ada Lind", "added", "the council had set aside money for the new berths"),
    ("Ada Lind", "denied", "the contract had been awarded without a tender"),
    ("Harbour board", "said", "the old cranes would be sold for scrap"),
    ("Ada Lind", "told", "reporters the ferry timetable would stay as it is"),
    ("Ferry captain", "complained", "the channel had silted up since the storm"),
    ("Ada Lind", "insisted", "the plan would not raise harbour fees"),
]


def harbour_report() -> EventReport:
    """One article whose reported speech is ``STATEMENTS``, each a sentence of its text."""
    text, variants = "", []
    for speaker, cue, claim in STATEMENTS:
        lead = f"{speaker} {cue} that "
        start = len(text) + len(lead)
        text += f"{lead}{claim}. "
        variants.append(QuoteVariant("h1", claim, start, start + len(claim)))
    art = Article(
        id="h1", text=text.strip(), title="Lowmere harbour to reopen", outlet="Harbour Post"
    )
    quotes = tuple(
        Quote(text=claim, speaker=speaker, sources=("h1",), verbatim=True, variants=(v,),
              cue=cue, id=f"q{k}", form="indirect")
        for k, ((speaker, cue, claim), v) in enumerate(zip(STATEMENTS, variants, strict=True))
    )  # fmt: skip
    span = Span("h1", 0, len(text.split(". ")[0]))
    ev = Event(id="e1", title="Lowmere harbour to reopen", date="2025-05-11", articles=("h1",),
               brief=(BriefSentence(art.text[: span.end], (span,)),), quotes=quotes)  # fmt: skip
    return EventReport(articles=(art,), events=(ev,))


@pytest.mark.browser
def test_reported_speech_is_grouped_by_speaker_and_the_once_quoted_share_a_card(browser, tmp_path):
    page, errors = open_report(browser, tmp_path / "harbour.html", harbour_report(), DESKTOP)
    cards = page.locator("#quotes .subhead:text-is('Reported speech, by speaker') + ul > li")
    heads = [norm(t) for t in cards.locator(".card-head").all_inner_texts()]
    assert heads == [
        "Ada Lind 6 statements",
        "Harbour board 2 statements",
        "Others one statement each",
    ], heads
    # the mayor's card: four lines shown, the other two behind "2 more", her name not repeated
    mayor = cards.nth(0)
    shown = [norm(t) for t in mayor.locator(":scope > ul.reported > li").all_inner_texts()]
    assert len(shown) == 4 and not any("Ada Lind" in s for s in shown), shown
    assert shown[0].startswith("said: the harbour would reopen"), shown[0]
    assert norm(mayor.locator("details.more > summary").inner_text()) == "2 more"
    # the card of voices heard once names each speaker on its line, in the article's order
    others = [norm(t) for t in cards.nth(2).locator("ul.reported > li").all_inner_texts()]
    assert [o.split(" ")[0] for o in others] == ["Port", "Ferry"], others
    assert others[1].startswith("Ferry captain complained: the channel"), others
    # nothing is lost: every statement is on the page, once, unquoted
    assert page.locator("#quotes ul.reported > li").count() == len(STATEMENTS)
    body = norm(page.locator("#quotes").text_content())
    assert all(body.count(claim) == 1 for _, _, claim in STATEMENTS)
    assert page.locator("#quotes ul.reported q").count() == 0
    assert not errors, errors
    page.context.close()


def untitled_report() -> EventReport:
    """An article with no headline and no outlet under a Multi-News-style id."""
    text = (
        "Ferry crews in Lowmere walked off the job on Monday over new night shifts. "
        "The harbour board said talks would resume next week."
    )
    art = Article(id="mn-191-0", text=text, path="/data/191.jsonl")
    span = Span(art.id, 0, 74)
    fact = Fact(text[:74], (span,), (art.id,), 1)
    ev = Event(id="e2", title="Ferry crews walk off the job", date=None, articles=(art.id,),
               facts=(fact,), brief=(BriefSentence(text[:74], (span,)),))  # fmt: skip
    return EventReport(articles=(art,), events=(ev,))


@pytest.mark.browser
def test_an_untitled_article_is_headed_by_its_first_sentence_not_its_id(browser, tmp_path):
    page, errors = open_report(browser, tmp_path / "untitled.html", untitled_report(), DESKTOP)
    lead = "Ferry crews in Lowmere walked off the job on Monday over…"
    source = page.locator("#sources li.source .t")
    assert norm(source.inner_text()) == lead
    assert "untitled" in (source.get_attribute("class") or "")
    assert source.get_attribute("title") == "No headline: the article's first sentence"
    assert "mn-191-0" not in page.locator("#sources").inner_text()
    heading = page.locator("#nw-reader h2.art-title")
    assert norm(heading.inner_text()) == lead
    assert page.evaluate(
        "getComputedStyle(document.querySelector('#nw-reader h2.art-title')).fontStyle"
    ) == "italic"  # fmt: skip
    assert not errors, errors
    page.context.close()


# six outlets, one a long name without a break a phone column can take
OUTLETS = ["Harbour Post", "GlobalHarbourPost", "Lowmere Evening Chronicle", "AP", "Quay", "Tide"]


def six_outlet_report() -> EventReport:
    text = "Ferry crews in Lowmere walked off the job on Monday over new night shifts."
    arts = tuple(
        Article(id=f"o{k}", text=text, title=f"Crews walk out ({name})", outlet=name)
        for k, name in enumerate(OUTLETS)
    )
    spans = tuple(Span(a.id, 0, len(text)) for a in arts)
    ids = tuple(a.id for a in arts)
    ev = Event(id="e3", title="Ferry crews walk off the job", date="2025-05-12", articles=ids,
               facts=(Fact(text, spans, ids, 6),), brief=(BriefSentence(text, spans),))  # fmt: skip
    return EventReport(articles=arts, events=(ev,))


@pytest.mark.browser
def test_a_phone_keeps_headings_whole_and_numbers_the_coverage_columns(browser, tmp_path):
    page, errors = open_report(browser, tmp_path / "phone.html", six_outlet_report(), PHONE)
    # each section's note goes under its heading, which stays on one line
    for sid in ("brief", "coverage", "sources"):
        h2 = page.locator(f"#{sid} > details > summary h2").bounding_box()
        sub = page.locator(f"#{sid} > details > summary .sub").bounding_box()
        assert sub["y"] >= h2["y"] + h2["height"] - 1, (sid, h2, sub)
        assert h2["height"] < 2 * 1.25 * 20, (sid, h2)  # one line of a 20px heading
    # a column head shows its numbered badge; the outlet's name stays for a screen reader and
    # in the tooltip, not broken over the column ("GlobalHarbo|urPost")
    heads = page.locator("#coverage thead th:not(.fact-h)")
    assert heads.count() == len(OUTLETS)
    for k, name in enumerate(OUTLETS):
        th = heads.nth(k)
        assert th.bounding_box()["height"] < 48, (name, th.bounding_box())  # a badge's row
        assert norm(th.locator(".num").inner_text()) == str(k + 1)
        assert th.get_attribute("title") == name
        assert name in th.text_content()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    page.context.close()
    # a desktop names the outlets in the column heads as before
    page, errors2 = open_report(browser, tmp_path / "desk.html", six_outlet_report(), DESKTOP)
    names = [norm(t) for t in page.locator("#coverage thead .col-name").all_inner_texts()]
    assert names == OUTLETS, names
    assert not errors and not errors2, (errors, errors2)
    page.context.close()


@pytest.mark.browser
def test_no_set_aside_section_when_every_document_is_an_article(browser, tmp_path):
    page, errors = open_report(browser, tmp_path / "aside.html", six_outlet_report(), DESKTOP)
    assert page.locator("#set-aside").count() == 0
    assert page.locator("#nw-nav a[href='#set-aside']").count() == 0
    assert page.locator("#sources").count() == 1
    assert not errors, errors
    page.context.close()
