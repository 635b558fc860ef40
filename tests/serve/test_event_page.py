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
    Entity,
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
    assert norm(source.locator(".lead").inner_text()) == lead
    assert "untitled" in (source.get_attribute("class") or "")
    assert source.get_attribute("title") == "No headline: the article's first sentence"
    assert "mn-191-0" not in page.locator("#sources").inner_text()
    heading = page.locator("#nw-reader h2.art-title")
    assert norm(heading.locator(".lead").inner_text()) == lead
    # a sighted reader sees that it is no headline, and a screen reader reads it, before the lead
    for el in (source, heading):
        label = el.locator(".no-headline")
        assert label.is_visible() and norm(label.inner_text()) == "no headline"
        assert label.get_attribute("aria-hidden") is None
        assert norm(el.text_content()).startswith("no headline: Ferry crews"), el.text_content()
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


# twelve people, each in one article, told in the order a weave may list them (not by how often
# they are mentioned), and three organisations: (name, mentions)
PEOPLE = [("Ada Lind", 2), ("Bo Marsh", 1), ("Cy Okafor", 5), ("Dee Pratt", 1), ("Eli Quist", 3),
          ("Fay Rhee", 1), ("Gus Sato", 4), ("Hal Tran", 1), ("Ivy Ueda", 1), ("Jon Vos", 6),
          ("Kim Wald", 1), ("Lou Xu", 1)]  # fmt: skip
ORGS = [("Harbour board", 2), ("Port union", 1), ("Ferry line", 1)]


def crowded_report() -> EventReport:
    """One article naming ``PEOPLE`` and ``ORGS`` as often as each says, with a fact and a quote:
    a page whose top bar links five sections."""
    text, ents = "", []
    for kind, names in (("PERSON", PEOPLE), ("ORG", ORGS)):
        for name, n in names:
            spans = []
            for _ in range(n):
                spans.append(Span("c1", len(text), len(text) + len(name)))
                text += f"{name} spoke at the quay. "
            ents.append(Entity(name=name, type=kind, aliases=(), articles=("c1",),
                               mentions=tuple(spans)))  # fmt: skip
    art = Article(id="c1", text=text.strip(), title="Lowmere quay meeting", outlet="Quay News")
    span = Span("c1", 0, len("Ada Lind spoke at the quay."))
    said = QuoteVariant("c1", "spoke at the quay", 9, 26)
    quote = Quote(text="spoke at the quay", speaker="Ada Lind", sources=("c1",), verbatim=True,
                  variants=(said,), id="q0")  # fmt: skip
    ev = Event(id="e4", title="Lowmere quay meeting", date="2025-05-13", articles=("c1",),
               facts=(Fact(art.text[: span.end], (span,), ("c1",), 1),),
               brief=(BriefSentence(art.text[: span.end], (span,)),), quotes=(quote,),
               entities=tuple(ents))  # fmt: skip
    return EventReport(articles=(art,), events=(ev,))


@pytest.mark.browser
def test_a_phone_reaches_every_section_link_in_the_top_bar(browser, tmp_path):
    page, errors = open_report(browser, tmp_path / "nav.html", crowded_report(), PHONE)
    links = page.locator("#nw-nav a")
    assert links.count() == 5
    toggle = page.locator("#nw-nav-toggle")
    # the links fold behind one button: opened, each is whole on the screen, none scrolled to
    if toggle.is_visible():
        assert toggle.get_attribute("aria-expanded") == "false"
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
    for k in range(links.count()):
        box = links.nth(k).bounding_box()
        assert links.nth(k).is_visible() and box["x"] >= 0, (k, box)
        assert box["x"] + box["width"] <= PHONE["width"], (k, box)
    assert page.evaluate("document.getElementById('nw-nav').scrollWidth") <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    # a link taken closes the menu and shows its section
    links.last.click()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not links.last.is_visible()
    page.wait_for_function("location.hash === '#sources'")
    assert page.locator("#sources").is_visible()
    page.context.close()
    # a desktop shows the links in the bar, with no button
    page, errors2 = open_report(browser, tmp_path / "nav-desk.html", crowded_report(), DESKTOP)
    assert not page.locator("#nw-nav-toggle").is_visible()
    assert all(page.locator("#nw-nav a").nth(k).is_visible() for k in range(5))
    assert not errors and not errors2, (errors, errors2)
    page.context.close()


@pytest.mark.browser
def test_a_long_entity_group_shows_the_most_mentioned_and_folds_the_rest(browser, tmp_path):
    page, errors = open_report(browser, tmp_path / "ents.html", crowded_report(), DESKTOP)
    people = page.locator("#entities .ent-group").nth(0)
    assert norm(people.locator("h3").text_content()) == "People (12)"
    shown = people.locator(":scope > ul.ents > li > strong").all_inner_texts()
    by_mentions = [name for name, _ in sorted(PEOPLE, key=lambda p: -p[1])]
    assert shown == by_mentions[:6], shown
    more = people.locator("details.more")
    assert norm(more.locator("summary").inner_text()) == "6 more"
    assert not more.locator("li.ent").first.is_visible()
    more.locator("summary").click()
    rest = more.locator("li.ent > strong").all_inner_texts()
    assert rest == by_mentions[6:], rest
    # a short group is shown whole
    orgs = page.locator("#entities .ent-group").nth(1)
    assert orgs.locator("details").count() == 0
    names = orgs.locator("li.ent > strong").all_inner_texts()
    assert names == ["Harbour board", "Port union", "Ferry line"], names
    assert not errors, errors
    page.context.close()
