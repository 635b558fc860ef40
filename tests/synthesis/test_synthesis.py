"""weave() end to end: the seeds as one event, an ECB+ event, and a mixed input split by event."""

from __future__ import annotations

import json
import re
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bridge_story import bridge_articles
from newsweave.errors import InputError
from newsweave.models import MAX_TEXT_CHARS, Article, EventReport
from newsweave.serve.render import render_markdown
from newsweave.synthesis.weave import event_id, weave

# An ECB+ event of real news reports (the Indian navy's capture of pirates) and another
# topic's event (an actress entering rehab) for the mixed input.
ECB_EVENT = "12ecb"
ECB_OTHER = "1ecb"
# Words from the Related Articles tail of seed 004 (other stories): must appear nowhere.
TAIL_WORDS = ("Kallas", "Alaska", "tariff", "gold futures", "Newsweek", "Pokrovsk")


def ecb_articles(data_dir: Path, event: str, n: int) -> list[Article]:
    path = data_dir / "ecbplus" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"ECB+ not found at {path}")
    docs = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    docs = sorted((d for d in docs if d["event"] == event), key=lambda d: d["id"])[:n]
    return [Article(id=d["id"], text=d["text"]) for d in docs]


@pytest.fixture(scope="session")
def ecb_report(data_dir: Path) -> EventReport:
    return weave(ecb_articles(data_dir, ECB_EVENT, 5))


def all_spans(ev):
    for f in ev.facts:
        yield from f.citations
    for u in ev.unique:
        yield from u.citations
    for b in ev.brief:
        yield from b.citations
    for fr in ev.framing:
        yield from fr.lead_citations
        yield from fr.loaded_citations
    for t in ev.timeline:
        yield from t.citations


def test_seeds_are_one_event(seed_report, seed_articles):
    assert len(seed_report.events) == 1
    ev = seed_report.events[0]
    assert sorted(ev.articles) == sorted(a.id for a in seed_articles)
    assert ev.id == event_id(list(reversed(seed_articles)))  # stable, order-free
    assert ev.date == "2025-05-11"
    assert ev.title in {a.title for a in seed_articles}


def test_same_file_names_with_other_texts_are_other_events(seed_articles):
    """Folders of 0.txt, 1.txt... woven one run after another: same article ids, other texts,
    so other event ids (a file's article id is its name)."""
    renamed = [replace(a, id=str(i)) for i, a in enumerate(seed_articles)]
    other = [replace(a, text=a.text + " Updated.") for a in renamed]
    assert event_id(renamed) == event_id(list(reversed(renamed)))
    assert event_id(renamed) != event_id(other)


def test_istanbul_fact_has_all_five_sources(seed_report):
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    hits = [f for f in ev.facts if len(f.sources) == 5]
    assert hits, [f.text for f in ev.facts[:5]]
    f = hits[0]
    assert "Istanbul" in f.text
    for c in f.citations:  # each article's span names the place and the day
        cited = arts[c.article].text[c.start : c.end]
        assert "Istanbul" in cited, cited
        assert re.search(r"May 15|15 May|Thursday", cited), cited
    # two articles are Reuters copy: five articles, four independent origins
    assert f.independent_sources == 4
    assert ev.facts[0] is f  # the best-supported fact leads


def test_every_citation_lies_in_its_article(seed_report):
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    spans = list(all_spans(ev))
    assert len(spans) > 30
    for s in spans:
        assert s.article in arts
        assert 0 <= s.start < s.end <= len(arts[s.article].text), s


def _content(text: str) -> set[str]:
    """Content-word stems (5-letter prefixes: "negotiators" ~ "negotiations") and numbers."""
    words = re.findall(r"[A-Za-zÀ-ÿ]{4,}|\d+", text)
    stop = {
        "that",
        "this",
        "with",
        "from",
        "have",
        "said",
        "would",
        "their",
        "they",
        "were",
        "will",
    }
    return {w.lower()[:5] for w in words if w.lower() not in stop}


def test_citations_support_their_statements(seed_report):
    """Each citation shares content words with its fact, or names the fact's distinctive
    proper noun (a name that fewer than half the facts mention, e.g. the place)."""
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    caps = [set(re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]{3,}", f.text)) for f in ev.facts]
    for f, names in zip(ev.facts, caps, strict=True):
        rare = {n for n in names if sum(n in c for c in caps) * 2 < len(caps)}
        words = _content(f.text)
        for c in f.citations:
            cited = arts[c.article].text[c.start : c.end]
            ok = len(words & _content(cited)) >= 2 or any(n in cited for n in rare)
            assert ok, (f.text, cited)
    for u in ev.unique:
        c = u.citations[0]
        cited, text = arts[u.article].text[c.start : c.end], u.text
        if text.startswith("["):  # "He thanked…" with its person named: "[Putin] thanked…"
            assert cited.split(" ", 1)[0] in ("He", "She"), (text, cited)
            cited, text = cited.split(" ", 1)[1], text.split("] ", 1)[1]
        assert cited.startswith(text.rstrip(".")[:40]), (text, cited)


def test_nothing_from_the_related_articles_tail(seed_report):
    ev = seed_report.events[0]
    blob = json.dumps([a for a in seed_report.to_json()["events"]], ensure_ascii=False)
    for w in TAIL_WORDS:
        assert w.lower() not in blob.lower(), w
    whole = json.dumps(seed_report.to_json(), ensure_ascii=False).lower()
    for w in TAIL_WORDS:
        assert w.lower() not in whole, w  # not even in the cleaned article texts
    assert ev.brief


def test_ecb_event(ecb_report):
    assert len(ecb_report.events) == 1
    ev = ecb_report.events[0]
    arts = {a.id: a for a in ecb_report.articles}
    assert len(ev.articles) == 5
    assert ev.facts and max(len(f.sources) for f in ev.facts) >= 3
    top = ev.facts[0]
    assert re.search(r"pirate", top.text, re.I), top.text
    for c in top.citations:  # paraphrases ("sea brigands") still share the key words
        assert len(_content(top.text) & _content(arts[c.article].text[c.start : c.end])) >= 3
    assert 3 <= len(ev.brief) <= 8
    for s in all_spans(ev):
        assert 0 <= s.start < s.end <= len(arts[s.article].text)


def test_mixed_input_is_split_into_events(data_dir):
    a = ecb_articles(data_dir, ECB_EVENT, 4)
    b = ecb_articles(data_dir, ECB_OTHER, 4)
    mixed = [x for pair in zip(a, b, strict=True) for x in pair]  # interleaved
    report = weave(mixed, single_event=False)
    assert len(report.events) >= 2
    truth = {x.id: ECB_EVENT for x in a} | {x.id: ECB_OTHER for x in b}
    for ev in report.events:  # every event is pure
        assert len({truth[i] for i in ev.articles}) == 1, ev.articles
    biggest = sorted(report.events, key=lambda e: -len(e.articles))[:2]
    assert {truth[e.articles[0]] for e in biggest} == {ECB_EVENT, ECB_OTHER}


def test_words_mode_limits_the_summary(seed_articles):
    report = weave(seed_articles, words=45)
    brief = report.events[0].brief
    assert brief
    assert sum(len(b.text.split()) for b in brief) <= 45
    assert all(b.citations for b in brief)


def test_bad_input_is_refused():
    with pytest.raises(InputError):
        weave([])
    a = Article(id="x", text="One sentence here about something that happened today.")
    with pytest.raises(InputError, match="unique"):
        weave([a, a])


def test_a_non_article_is_listed_but_woven_nowhere(seed_articles, settings):
    from newsweave.serve.render import render_markdown
    from newsweave.sources.files import extract_text

    widget = extract_text(
        "Tweet with a location\n\nYou can add location information to your Tweets, such as your "
        "city or precise location, from the web. You always have the option to delete it.\n",
        id="widget",
    )
    assert widget.not_article and widget.not_article.startswith("embedded widget")
    report = weave([*seed_articles, widget], settings=settings)
    assert len(report.events) == 1 and "widget" not in report.events[0].articles
    listed = {a.id: a.not_article for a in report.articles}
    assert listed["widget"] == widget.not_article
    assert "## Set aside: not articles" in render_markdown(report)
    alone = weave([widget], settings=settings)
    assert alone.events == () and alone.articles[0].not_article


def test_progress_is_told_after_each_event(seed_articles, settings):
    calls: list[tuple[int, int]] = []
    weave(
        seed_articles[:2],
        settings=settings,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(1, 1)]


def test_a_text_too_long_for_an_article_is_set_aside_before_it_is_parsed():
    """A dump (a page of one word repeated, far over MAX_TEXT_CHARS) given with a story's
    articles is listed as no article, with its length and the limit, and the story is woven
    from the rest at once: its parse would spend the whole time budget first."""
    arts = bridge_articles()[:3]
    dump = Article(id="dump", text="bridge " * (MAX_TEXT_CHARS // 7 + 10))
    t = time.perf_counter()
    report = weave([*arts, dump])
    assert time.perf_counter() - t < 60
    (ev,) = report.events
    assert "dump" not in ev.articles and not ev.warnings
    (shown,) = [a for a in report.articles if a.id == "dump"]
    assert shown.not_article is not None and f"{MAX_TEXT_CHARS:,}" in shown.not_article
    assert "Set aside: not articles" in render_markdown(report)
