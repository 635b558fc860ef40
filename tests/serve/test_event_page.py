"""The event page read as a newsroom reader reads it, in a real headless Chromium.

Found in session 42 on the seeds and three Multi-News stories served from a store: reported
speech was one flat list of 44 lines in source order, untitled articles were listed by their
ids ("191-0") and read under "(untitled)", a phone broke section headings and outlet names
mid-word, and every page closed on an empty "Set aside" section.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from in_browser import DESKTOP, PHONE, norm, open_report

from newsweave.models import (
    Article,
    BriefSentence,
    Entity,
    Event,
    EventReport,
    Fact,
    Framing,
    Quote,
    QuoteVariant,
    Span,
)

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


# Five reports of one quay fire, as scraped texts often come: no headline, and only the last
# names its outlet. Each opens on a long lead and quotes the fire chief once.
FIRE_LEADS = [
    "Fire crews in Lowmere fought a blaze at the north quay warehouses through the night, "
    "consistently hampered by strong winds off the estuary.",
    "A warehouse fire on Lowmere's north quay burned for nine hours before firefighters "
    "brought it under control early on Tuesday morning.",
    "Residents near the north quay in Lowmere were told to keep their windows closed as "
    "smoke from a warehouse fire drifted over the town.",
    "Investigators will examine the wiring of a north quay warehouse in Lowmere after a fire "
    "that destroyed two buildings and a boat shed.",
    "The north quay fire in Lowmere is the third blaze at the harbour warehouses in two "
    "years, according to the harbour board.",
]
CHIEF = "We were lucky the wind turned before it reached the fuel depot"


def fire_report() -> EventReport:
    arts, quotes, framing = [], [], []
    for k, lead in enumerate(FIRE_LEADS):
        text = f"{lead} “{CHIEF},” the fire chief said."
        start = text.index(CHIEF)
        aid = f"f{k}"
        arts.append(Article(id=aid, text=text, outlet="Quay Herald" if k == 4 else None))
        quotes.append(Quote(text=CHIEF, speaker="Mo Reyes", sources=(aid,), verbatim=True,
                            variants=(QuoteVariant(aid, CHIEF, start, start + len(CHIEF)),),
                            cue="said", id=f"q{k}"))  # fmt: skip
        framing.append(Framing(article=aid, outlet=arts[-1].outlet, lead=lead,
                               lead_citations=(Span(aid, 0, len(lead)),), omits=(),
                               loaded_terms=()))  # fmt: skip
    ids = tuple(a.id for a in arts)
    spans = tuple(Span(a.id, 0, len(FIRE_LEADS[k])) for k, a in enumerate(arts))
    ev = Event(id="e5", title="Fire on Lowmere's north quay", date="2025-05-14", articles=ids,
               facts=(Fact(FIRE_LEADS[0], spans, ids, 5),), brief=(BriefSentence(FIRE_LEADS[0], spans),),
               quotes=tuple(quotes), framing=tuple(framing))  # fmt: skip
    return EventReport(articles=tuple(arts), events=(ev,))


@pytest.mark.browser
def test_a_quote_from_a_source_naming_no_outlet_has_no_dangling_separator(browser, tmp_path):
    """Multi-News 227: 190 quotes each read "said · 2", the separator before a badge alone,
    and a narrow card wrapped it to open the next line ("told / · 2")."""
    page, errors = open_report(browser, tmp_path / "fire.html", fire_report(), DESKTOP)
    metas = [norm(t) for t in page.locator("#quotes .qlist .qmeta").all_text_contents()]
    assert metas[:4] == ["said 1", "said 2", "said 3", "said 4"], metas
    assert metas[4] == "said · Quay Herald 5", metas
    assert not errors, errors
    page.context.close()


def broken_words(page, selector: str) -> list[str]:
    """The words inside ``selector`` that a line break cuts in two ("consistentl|y")."""
    return page.evaluate(
        """sel => { const out = [];
        for (const el of document.querySelectorAll(sel)) {
          const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          while (walk.nextNode()) { const t = walk.currentNode, re = /\\S+/g; let m;
            while ((m = re.exec(t.data))) { const r = document.createRange();
              r.setStart(t, m.index); r.setEnd(t, m.index + m[0].length);
              const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
              if (tops.size > 1) out.push(m[0]); } } }
        return out; }""",
        selector,
    )


@pytest.mark.browser
def test_a_desktop_shows_five_untitled_columns_of_coverage_whole(browser, tmp_path):
    """Multi-News 133 and the seeds at 1280 px: columns headed by long leads made the matrix
    wider than its box (the fifth column cut at the edge, reached only by scrolling sideways)
    and broke words inside ("consistentl|y")."""
    page, errors = open_report(browser, tmp_path / "cov.html", fire_report(), DESKTOP)
    box = page.locator("#coverage .matrix-wrap")
    width = box.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert width[0] <= width[1], width
    assert broken_words(page, "#coverage thead .col-name") == []
    # each head says its source whole in the tooltip, as the chips above the brief do
    heads = page.locator("#coverage thead th:not(.fact-h)")
    assert heads.count() == len(FIRE_LEADS)
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_a_framing_card_is_not_headed_by_the_lead_it_shows(browser, tmp_path):
    """Multi-News 133: an article with no headline and no outlet was headed by its lead, and
    "Leads with" said the same sentence again under it."""
    page, errors = open_report(browser, tmp_path / "framing.html", fire_report(), DESKTOP)
    cards = page.locator("#framing .card")
    assert cards.count() == len(FIRE_LEADS)
    for k, lead in enumerate(FIRE_LEADS):
        head = norm(cards.nth(k).locator(".card-head").inner_text())
        body = norm(cards.nth(k).locator("dd").first.inner_text())
        assert body.startswith(lead), body
        assert head == (f"{k + 1} Quay Herald" if k == 4 else f"{k + 1} outlet not named"), head
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_the_reader_s_tabs_cut_a_long_name_with_an_ellipsis(browser, tmp_path):
    """At 1280 px the reader's tabs showed "The pair were reconvi" and "Raffaele Sollecito
    has co": a name cut mid-letter with nothing to say that it goes on."""
    page, errors = open_report(browser, tmp_path / "tabs.html", fire_report(), DESKTOP)
    page.locator("#brief button.cite").first.click()
    tabs = page.locator("#nw-reader .tab")
    assert tabs.count() == len(FIRE_LEADS)
    cut = page.evaluate(
        """() => [...document.querySelectorAll('#nw-reader .tab *, #nw-reader .tab')]
        .filter(e => e.scrollWidth > e.clientWidth + 1)
        .map(e => { const cs = getComputedStyle(e);
          return [e.className, cs.display, cs.textOverflow, cs.overflowX]; })"""
    )
    assert cut, "no tab name is long enough to cut"
    for _name, display, overflow, clip in cut:  # cut where an ellipsis is drawn: a block's text
        assert display == "block" and overflow == "ellipsis" and clip == "hidden", cut
    assert not errors, errors
    page.context.close()


def contrast_below(page, selector: str, least: float) -> list[str]:
    """The texts of ``selector`` whose colour against what is behind them (their opacity
    counted) is below ``least`` to 1."""
    return page.evaluate(
        """([sel, least]) => {
        const rgb = s => s.match(/[\\d.]+/g).map(Number);
        const lum = c => { const a = c.slice(0, 3).map(v => { v /= 255;
          return v <= .03928 ? v / 12.92 : Math.pow((v + .055) / 1.055, 2.4); });
          return .2126 * a[0] + .7152 * a[1] + .0722 * a[2]; };
        const over = (top, a, base) => base.map((v, k) => top[k] * a + v * (1 - a));
        function behind(el) { const stack = [];
          for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
            const a = c.length > 3 ? c[3] : 1; if (a > 0) { stack.push([c, a]); if (a >= 1) break; } }
          let base = [255, 255, 255];
          for (const [c, a] of stack.reverse()) base = over(c, a, base); return base; }
        const out = [];
        for (const el of document.querySelectorAll(sel)) { const cs = getComputedStyle(el);
          let op = 1; for (let e = el; e; e = e.parentElement) op *= +getComputedStyle(e).opacity;
          const fg = rgb(cs.color), back = el.parentElement ? behind(el.parentElement) : [255, 255, 255];
          const own = rgb(cs.backgroundColor), oa = own.length > 3 ? own[3] : 1;
          const bg = over(own, oa, back);
          const shown = over(over(fg, fg.length > 3 ? fg[3] : 1, bg), op, back);
          const face = over(bg, op, back);
          const L = [lum(shown), lum(face)].sort((a, b) => b - a);
          const ratio = (L[0] + .05) / (L[1] + .05);
          if (ratio < least) out.push(el.textContent.trim() + ' ' + ratio.toFixed(2)); }
        return out; }""",
        [selector, least],
    )


# WCAG's AA contrast for text this small (the badges' numbers and labels, 10-11 px)
AA_SMALL_TEXT = 4.5


@pytest.mark.browser
def test_source_numbers_and_labels_are_readable_against_their_colour(browser, tmp_path):
    """The citation numbers of sources 1, 2 and 3 (white on blue, orange and green, drawn at
    92 % opacity) measured 3.8-4.2 to 1, and the green "verbatim" and amber "paraphrase" labels
    3.3-3.5 to 1: below what small text needs."""
    report = fire_report()
    ev = report.events[0]
    q = ev.quotes
    merged = Quote(text=CHIEF, speaker="Mo Reyes", sources=("f0", "f1"), verbatim=True,
                   variants=q[0].variants + q[1].variants, relation="verbatim", cue="said",
                   id="qm")  # fmt: skip
    para = Quote(text=CHIEF, speaker="Mo Reyes", sources=("f2", "f3"), verbatim=False,
                 variants=q[2].variants + q[3].variants, relation="paraphrase", cue="said",
                 id="qp")  # fmt: skip
    report = replace(report, events=(replace(ev, quotes=(merged, para, q[4])),))
    page, errors = open_report(browser, tmp_path / "contrast.html", report, DESKTOP)
    assert page.locator("#brief button.cite").count() == len(FIRE_LEADS)
    assert contrast_below(page, "#brief button.cite", AA_SMALL_TEXT) == []
    assert contrast_below(page, ".event-head .num", AA_SMALL_TEXT) == []
    badges = page.locator("#quotes .badge")
    assert sorted(norm(t).lower() for t in badges.all_inner_texts()) == ["paraphrase", "verbatim"]
    assert contrast_below(page, "#quotes .badge", AA_SMALL_TEXT) == []
    assert not errors, errors
    page.context.close()


@pytest.mark.browser
def test_a_phone_reads_a_two_line_source_chip_from_the_left(browser, tmp_path):
    """The seeds on a phone: a headline of two lines in the head's source chip was centred
    under its number, its second line starting mid-chip; Multi-News 133's chips showed each
    article's first sentence as if it were its headline."""
    page, errors = open_report(browser, tmp_path / "chips.html", fire_report(), PHONE)
    chip = page.locator(".event-head .outlet-chip").first
    assert chip.bounding_box()["height"] > 30, "the lead takes two lines"
    assert chip.evaluate("e => getComputedStyle(e).textAlign") in ("left", "start")
    # named by its lead, it says it is no headline (read aloud, in italics, in the tooltip), as
    # the source list does; the chip of a named outlet is its name
    assert norm(chip.text_content()).startswith("1no headline: Fire crews in Lowmere"), chip
    assert chip.get_attribute("title") == "No headline: the article's first sentence"
    style = "e => getComputedStyle(e.querySelector('.lead')).fontStyle"
    assert chip.evaluate(style) == "italic"
    named = page.locator(".event-head .outlet-chip").last
    assert norm(named.inner_text()) == "5 Quay Herald" and named.locator(".lead").count() == 0
    assert not errors, errors
    page.context.close()


# (speaker, words): the mayor quoted twice, three voices once each, one line of their own
QUAY_VOICES = [
    ("Ada Lind", "The quay will be open to the public again by the spring"),
    ("Bo Marsh", "Nobody told the fishermen where they should land their catch"),
    ("Ada Lind", "We have asked the harbour board to pay for the new railings"),
    ("Cy Okafor", "The old crane should be kept as a monument to the dockers"),
    ("Dee Pratt", "My shop lost half its trade while the quay was closed"),
]


@pytest.mark.browser
def test_speakers_quoted_once_share_one_card_and_are_named_on_their_lines(browser, tmp_path):
    """Multi-News 227 and 176 closed their quotes on 13 and 14 cards of one line each; the
    reported speech already shared one card among its speakers heard once."""
    text, quotes = "", []
    for k, (speaker, words) in enumerate(QUAY_VOICES):
        start = len(text) + 1
        text += f"“{words},” {speaker} said. "
        quotes.append(Quote(text=words, speaker=speaker, sources=("v1",), verbatim=True,
                            variants=(QuoteVariant("v1", words, start, start + len(words)),),
                            cue="said", id=f"v{k}"))  # fmt: skip
    art = Article(id="v1", text=text.strip(), title="Lowmere quay reopens", outlet="Quay News")
    span = Span("v1", 0, len(QUAY_VOICES[0][1]) + 2)
    ev = Event(id="e6", title="Lowmere quay reopens", date="2025-05-15", articles=("v1",),
               brief=(BriefSentence(text[: span.end], (span,)),), quotes=tuple(quotes))  # fmt: skip
    report = EventReport(articles=(art,), events=(ev,))
    page, errors = open_report(browser, tmp_path / "voices.html", report, DESKTOP)
    cards = page.locator("#quotes ul.speakers > li")
    heads = [norm(t) for t in cards.locator(".card-head").all_inner_texts()]
    assert heads == ["Ada Lind 2 quotes", "Others one quote each"], heads
    lines = [norm(t) for t in cards.nth(1).locator("ul.qlist > li").all_inner_texts()]
    # (the quotation marks are the style's, outside the text)
    assert lines == [f"{s} {w} said · Quay News 1" for s, w in QUAY_VOICES if s != "Ada Lind"]
    mayor = [norm(t) for t in cards.nth(0).locator("ul.qlist > li").all_inner_texts()]
    assert mayor == [f"{w} said · Quay News 1" for s, w in QUAY_VOICES if s == "Ada Lind"]
    assert not errors, errors
    page.context.close()
