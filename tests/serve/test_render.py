"""render_report: JSON, Markdown with citation markers, HTML via the web page module."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from newsweave.errors import NewsweaveError
from newsweave.models import Quote, QuoteVariant, Reaction
from newsweave.serve.render import (
    PLAIN_ACTORS_SHOWN,
    VOICES_SHOWN,
    _wordings,
    possessive,
    render_report,
)


def test_json_is_the_report(seed_report):
    data = json.loads(render_report(seed_report, "json"))
    assert data == json.loads(json.dumps(seed_report.to_json()))
    assert data["schema"] == "newsweave.event/1"


def test_markdown_has_brief_with_markers_and_sources(seed_report):
    md = render_report(seed_report, "md")
    ev = seed_report.events[0]
    assert md.startswith(f"# {ev.title}")
    assert "## Brief" in md and "## Sources" in md and "## Facts" in md
    brief = md.split("## Brief", 1)[1].split("## Sources", 1)[0]
    lines = [x for x in brief.splitlines() if x.strip()]
    assert len(lines) == len(ev.brief)
    assert all(re.search(r"\[\d\]$", x) for x in lines)
    for k in range(1, len(ev.articles) + 1):
        assert f"- [{k}] " in md
    assert "Kallas" not in md


def test_html_and_unknown_format(seed_report):
    html = render_report(seed_report, "html")
    assert "<html" in html.lower() and "Istanbul" in html
    with pytest.raises(NewsweaveError):
        render_report(seed_report, "pdf")


def test_markdown_shows_hostile_article_text_literally():
    """Found by the audit: ``--format md`` wrote raw ``<script>`` and ``<img onerror>`` from
    article text, and a ``javascript:`` url as a link."""
    from newsweave.models import Article, BriefSentence, Event, EventReport, Fact, Quote, Span

    text = (
        "Officials met <script>alert(1)</script> in Lowmere. "
        'A photo <img src=x onerror="alert(2)"> was shown. '
        "See [the deal](javascript:alert(3)) and **this**."
    )
    art = Article(
        id="a1",
        text=text,
        title="<b onmouseover=alert(4)>Harbour</b> deal",
        outlet="Outlet_<i>x</i>",
        url="javascript:alert(document.domain)",
    )
    span = Span("a1", 0, len(text))
    ev = Event(
        id="e1",
        title="# <script>alert(5)</script> talks",
        date="2025-05-11",
        articles=("a1",),
        facts=(Fact(text, (span,), ("a1",), 1),),
        brief=(BriefSentence("# " + text, (span,)),),
        quotes=(Quote("<svg onload=alert(6)>", "Ada | Kern", ("a1",), True, ()),),
    )
    md = render_report(EventReport(articles=(art,), events=(ev,)), "md")
    for raw in ("<script", "<img", "<b ", "<i>", "<svg", "<javascript"):
        assert raw not in md, raw
    assert not re.search(r"(?<!\\)\]\(javascript", md)  # no link of the article's own
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md  # shown as written, not dropped
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py renders the check")
    page = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    assert not re.search(r"<(script|img|svg|b |i>)", page), page
    assert "javascript:" not in re.findall(r'href="([^"]*)"', page).__str__()
    assert page.count("<h1>") == 1  # the brief's "# ..." stays a sentence, not a heading
    assert "alert(1)" in page and "javascript:alert(document.domain)" in page


def test_terms_in_quotation_marks_are_shown_as_terms_not_quotes(seed_report):
    md = render_report(seed_report, "md")
    terms = [q for q in seed_report.events[0].quotes if q.kind == "term"]
    assert terms
    quotes_part, terms_part = md.split("### Terms in quotation marks", 1)
    for q in terms:
        assert f"“{q.text}”" not in quotes_part.split("## Quotes", 1)[1]
        assert q.text in terms_part


def test_reactions_list_stances_and_name_the_rest_on_one_line(seed_report):
    """A reader looks for stances: each actor with one has its row, in the report's order;
    actors quoted without one are named together on one line, never as "neutral" rows."""
    md = render_report(seed_report, "md")
    section = md.split("## Reactions", 1)[1].split("\n## ", 1)[0]
    rows = [x for x in section.splitlines() if x.startswith("- ")]
    ev = seed_report.events[0]
    stances = [r for r in ev.reactions if r.stance != "neutral"]
    plain = [r for r in ev.reactions if r.stance == "neutral"]
    assert stances, "the seeds have actors with a stance"
    assert [x.split("**")[1] for x in rows[: len(stances)]] == [r.actor for r in stances]
    assert all(f"— {r.stance}" in x for r, x in zip(stances, rows, strict=False))
    assert "— neutral" not in section
    if plain:
        assert len(rows) == len(stances) + 1
        assert all(f"**{r.actor}**" in rows[-1] for r in plain)


def test_a_long_cast_without_a_stance_is_named_in_part(seed_report):
    """A feature story quotes dozens of people (Multi-News: 49 names on one line): the line
    names the first PLAIN_ACTORS_SHOWN and says how many more; the JSON keeps every one."""
    ev = seed_report.events[0]
    art = ev.articles[0]
    cast = tuple(
        Reaction(actor=f"Speaker {k:02d}", stance="neutral", quotes=(), sources=(art,))
        for k in range(PLAIN_ACTORS_SHOWN + 5)
    )
    report = replace(seed_report, events=(replace(ev, reactions=cast),))
    section = render_report(report, "md").split("## Reactions", 1)[1].split("\n## ", 1)[0]
    line = next(x for x in section.splitlines() if x.startswith("- "))
    assert line.count("**Speaker") == PLAIN_ACTORS_SHOWN
    assert line.rstrip().endswith("and 5 more")
    assert len(json.loads(render_report(report, "json"))["events"][0]["reactions"]) == len(cast)


def test_a_range_in_the_timeline_shows_both_ends(seed_report):
    """The seeds' "May 8-10" truce is one entry dated from the 8th to the 10th: the Markdown
    shows both days, and an entry without an end shows its one date."""
    ev = seed_report.events[0]
    ranged = [t for t in ev.timeline if t.end is not None]
    assert ranged, "the seeds' timeline has the May 8-10 truce"
    section = render_report(seed_report, "md").split("## Timeline", 1)[1].split("\n## ", 1)[0]
    for t in ranged:
        assert f"- **{t.date} – {t.end}** — " in section
    single = next(t for t in ev.timeline if t.end is None and t.precision == "month")
    assert f"- **{single.date[:7]}** — " in section


def test_framing_names_each_source_as_the_source_list_does(seed_report):
    """Found in session 28: the Framing lines named an article with no outlet by its headline
    (or its id, as if it were an outlet) where the Sources list says "*outlet not named*"
    under the same number; a reader now meets one name for each source."""
    md = render_report(seed_report, "md")
    sources = md.split("## Sources", 1)[1].split("###", 1)[0]
    framing = md.split("## Framing", 1)[1].split("\n## ", 1)[0]
    leads = re.findall(r"^- (.+?) leads with:", framing, re.M)
    assert leads and "*outlet not named*" in "".join(leads)
    shown = [line.split(" — ", 1)[0][2:] for line in sources.splitlines() if line.startswith("- [")]
    assert all(lead in shown for lead in leads), (leads, shown)


def test_framing_says_whom_each_source_quotes(seed_report):
    """Each outlet's most quoted speakers with their counts, the rest counted."""
    md = render_report(seed_report, "md")
    framing = md.split("## Framing", 1)[1].split("\n## ", 1)[0]
    lines = re.findall(r"^  - quotes: (.+)$", framing, re.M)
    ev = seed_report.events[0]
    assert len(lines) == sum(1 for fr in ev.framing if fr.voices)
    for line, fr in zip(lines, [fr for fr in ev.framing if fr.voices], strict=True):
        shown = fr.voices[:VOICES_SHOWN]
        assert line.startswith(", ".join(f"{v.speaker} ({v.quotes})" for v in shown))
        rest = len(fr.voices) - VOICES_SHOWN
        assert line.endswith(f" and {rest} more") == (rest > 0)
    assert any(len(fr.voices) > VOICES_SHOWN for fr in ev.framing)  # the seeds have a long one


def test_a_plural_group_s_term_takes_the_apostrophe_alone() -> None:
    """Found in session 33: "homeless shelter residents's term"."""
    assert possessive("homeless shelter residents") == "homeless shelter residents'"
    assert possessive("police") == "police's"
    assert possessive("Vladimir Putin") == "Vladimir Putin's"
    assert possessive("Chris Evans") == "Chris Evans's"
    assert possessive("the press") == "the press's"


def test_notes_name_a_source_without_an_outlet_by_its_number(seed_report):
    """The synthesis's notes name an article no outlet names by its id ("article 001_f325…
    reports no response yet"); the Markdown names it as the page does, by its number in the
    source list."""
    ev = seed_report.events[0]
    named_in = [aid for c in ev.contradictions for aid in ev.articles if f"article {aid}" in c.note]
    assert named_in, "the seeds' notes name an article by its id"
    md = render_report(seed_report, "md")
    notes = md.split("## Contradictions and updates", 1)[1].split("\n## ", 1)[0]
    for aid in named_in:
        assert f"source {ev.articles.index(aid) + 1} " in notes, notes
    assert not any(aid.replace("_", "\\_") in notes or aid in notes for aid in ev.articles)


def test_an_entity_without_a_type_shows_none(seed_report):
    """An entity nothing in the event types surely (type "") is listed with its name and
    sources alone: no empty dash, and the typed ones keep theirs."""
    from newsweave.models import Entity

    ev = seed_report.events[0]
    art = ev.articles[0]
    odd = Entity(name="Brightwater", type="", aliases=(), articles=(art,))
    report = replace(seed_report, events=(replace(ev, entities=(*ev.entities, odd)),))
    section = render_report(report, "md").split("## Entities", 1)[1].split("\n## ", 1)[0]
    line = next(x for x in section.splitlines() if "**Brightwater**" in x)
    assert line.startswith("- **Brightwater** [")
    assert "—" not in line
    typed = next(x for x in section.splitlines() if x.startswith(f"- **{ev.entities[0].name}**"))
    assert f"— {ev.entities[0].type}" in typed


def test_a_date_read_off_a_photo_s_caption_is_shown_as_the_picture_s(seed_report):
    """A seed dated only by its photo's caption lists that day as the picture's (the article
    may be days or years younger; the event's date reads it as a bound); a dateline's is the
    article's own."""
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    md = render_report(seed_report, "md")
    section = md.split("## Sources", 1)[1].split("\n## ", 1)[0]
    lines = [x for x in section.splitlines() if re.match(r"- \[\d+\] ", x)]
    listed = dict(zip(ev.articles, lines[: len(ev.articles)], strict=True))
    kinds = {arts[aid].published_source for aid in ev.articles if arts[aid].published}
    assert {"caption", "dateline"} <= kinds, kinds
    for aid, line in listed.items():
        a = arts[aid]
        if a.published is None:
            continue
        day = a.published.date().isoformat()
        shown = f"— photo of {day} —" if a.published_source == "caption" else f"— {day} —"
        assert shown in line, line


def test_a_source_with_no_lead_says_so_rather_than_a_blank(seed_report):
    """Found in session 43 (Multi-News 088, 198): a page whose lines are all captions and
    credits printed "leads with: " and nothing after it."""
    from dataclasses import replace

    ev = seed_report.events[0]
    blank = replace(ev.framing[0], lead="", lead_fact=None)
    report = replace(seed_report, events=[replace(ev, framing=[blank, *ev.framing[1:]])])
    framing = render_report(report, "md").split("## Framing", 1)[1].split("\n## ", 1)[0]
    assert "leads with: \n" not in framing and not framing.rstrip().endswith("leads with:")
    assert "no line of its page reads as its lead" in framing.splitlines()[2]


def test_outlets_all_giving_the_lines_own_words_are_not_listed_under_it():
    """(034) A piece one outlet quotes inside its own longer wording is not repeated; the two
    outlets left give the very words of the line, which a reader has just read."""
    whole = "To be clear, the efforts to keep her quiet go on"
    variants = (
        QuoteVariant("a1", whole, 0, len(whole)),
        QuoteVariant("a2", "keep her quiet", 10, 24),
        QuoteVariant("a2", whole, 40, 40 + len(whole)),
    )
    quote = Quote(whole, "the lawsuit", ("a1", "a2"), True, variants)
    assert _wordings(quote, {"a1": 1, "a2": 2}) == []
    other = (*variants, QuoteVariant("a3", "the efforts to keep her silent go on", 0, 36))
    assert len(_wordings(replace(quote, variants=other), {"a1": 1, "a2": 2, "a3": 3})) == 3
