"""Event headlines after an ingest of real scraped news: furniture, cut words, length.

Ingests every document of ../shared/data/multinews/validation.jsonl (690, mixed) into a new
store, then checks every event's title as ``newsweave events`` shows it:
  furniture   the title is page furniture (a widget, a player stub, a caption credit, a
              "Page 1 of 1"): it does not pass :func:`newsweave.text.headline.clean_headline`
              and is not a headline made from a lead
  cut         the title ends inside a word (it is a prefix of a member's text that goes on
              with a letter or digit)
  long        more than MAX_HEADLINE_WORDS words
  teasing     an outlet's title that asks or calls the reader
              (:func:`newsweave.text.headline.teases`): chosen only when no member's text
              makes a headline that reads as one
  made        headlines made from a lead sentence (no member had a usable headline); of
              them, those whose spaCy parse has no finite main verb, and those that are a
              quotation or leave a quote open
Also, on each gold event alone (its documents, no ingest): ROUGE-1/2 F1 of the event's headline
(:func:`newsweave.text.headline.event_headline`) against the human summary's first two sentences,
beside a baseline, the headline made from the first document's lead sentence: a proxy for "the
title states the main fact", which the summaries open with.
Every title is printed with ``--list``, the made ones with the lead they were made from with
``--made``, for a reader to check (a made headline must read as a finished clause: not cut
inside a name, after "the" or an adjective, nor only a subordinate clause).

Usage: .venv/bin/python bench/bench_titles.py [--shared ../shared] [--list] [--made]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _listed(name: str, titles: list[str]) -> None:
    """A count line, then each title it counts, indented."""
    print(f"{name}: {len(titles)}")
    for t in titles:
        print(f"  {t}")


def main() -> int:
    from newsweave.corpus.ingest import ingest
    from newsweave.corpus.store import Store
    from newsweave.text.headline import (
        FURNITURE_HEADLINES,
        LEAD_CHARS,
        MAX_HEADLINE_WORDS,
        clean_headline,
        lead_sentence,
        teases,
    )

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--list", action="store_true", help="print every event's title")
    ap.add_argument(
        "--made", action="store_true", help="print the made headlines and the members' leads"
    )
    a = ap.parse_args()

    furniture_rx = re.compile("|".join(f"(?:{p})" for p in FURNITURE_HEADLINES), re.I)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "multinews.jsonl"
        with (
            (a.shared / "data" / "multinews" / "validation.jsonl").open(encoding="utf-8") as f,
            src.open("w", encoding="utf-8") as out,
        ):
            for line in f:
                ev = json.loads(line)
                for i, doc in enumerate(ev["documents"]):
                    out.write(json.dumps({"id": f"{ev['id']}-{i}", "text": doc}) + "\n")
        db = Path(tmp) / "news.db"
        t0 = time.perf_counter()
        summary = ingest([src], db=db, progress=False)
        secs = time.perf_counter() - t0
        with Store(db, readonly=True) as store:
            events = store.list_events(limit=10_000)
            furniture, cut, long, made, teasing = [], [], [], [], []
            for e in events:
                t = e.title
                members = [store.get_article(x) for x in e.articles]
                if furniture_rx.match(t):
                    furniture.append(t)
                if len(t.split()) > MAX_HEADLINE_WORDS:
                    long.append(t)
                bare = t.rstrip("…")
                for m in members:
                    at = m.text.find(bare)
                    after = m.text[at + len(bare) : at + len(bare) + 1] if at >= 0 else ""
                    if at >= 0 and after.isalnum() and bare[-1:].isalnum():
                        cut.append(t)
                        break
                if any(clean_headline(m.title) == t for m in members):
                    if teases(t):
                        teasing.append(t)
                else:
                    made.append(t)
                    if a.made:
                        print(f"  made\t{t}")
                        for m in members:
                            print(f"    lead\t{lead_sentence(m.text[:LEAD_CHARS])}")
                if a.list:
                    print(f"  {e.id}\t{len(e.articles)}\t{t}")
    print(f"documents: {summary.added}  set aside as non-articles: {summary.non_articles}")
    print(f"events: {len(events)}  ingest_s: {secs:.1f}")
    _listed("titles_furniture", furniture)
    _listed("titles_cut_inside_a_word", cut)
    print(f"titles_over_{MAX_HEADLINE_WORDS}_words: {len(long)}")
    _listed("titles_teasing", teasing)
    print(
        f"titles_made_from_a_lead: {len(made)}  (ending in an ellipsis: "
        f"{sum(t.endswith('…') for t in made)})"
    )
    verbless = [t for t in made if not _has_main_clause(t)]
    quoted = [
        t for t in made if t[:1] in "\"“‘'" or t.count("“") != t.count("”") or t.count('"') % 2
    ]
    _listed("titles_made_without_a_finite_main_verb (spaCy parse)", verbless)
    _listed("titles_made_quoted_or_quote_left_open", quoted)
    _summary_rouge(a.shared)
    return 0


# The summary sentences a title is scored against: the opening, where the main fact is told.
SUMMARY_OPENING_SENTENCES = 2


def _summary_rouge(shared: Path) -> None:
    """ROUGE of each gold event's headline, and of the first-lead baseline, vs the summary's
    opening (see the module docstring)."""
    from rouge_score import rouge_scorer

    from bench_brief import sentences
    from newsweave.errors import InputError
    from newsweave.sources.files import extract_text
    from newsweave.text.headline import (
        LEAD_CHARS,
        event_headline,
        headline_from_sentence,
        lead_sentence,
    )

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    totals = {"newsweave": [0.0, 0.0], "first_lead": [0.0, 0.0]}
    n = 0
    with (shared / "data" / "multinews" / "validation.jsonl").open(encoding="utf-8") as f:
        for line in f:
            ev = json.loads(line)
            arts = []
            for i, doc in enumerate(ev["documents"]):
                try:
                    art = extract_text(doc, id=f"{ev['id']}-{i}")
                except InputError:
                    continue
                if art.not_article is None:
                    arts.append(art)
            if not arts:
                continue
            n += 1
            ref = " ".join(sentences(ev["summary"])[:SUMMARY_OPENING_SENTENCES])
            titles = {
                "newsweave": event_headline([x.title for x in arts], [x.text for x in arts]),
                "first_lead": headline_from_sentence(lead_sentence(arts[0].text[:LEAD_CHARS])),
            }
            for name, title in titles.items():
                r = scorer.score(ref, title)
                totals[name][0] += r["rouge1"].fmeasure
                totals[name][1] += r["rouge2"].fmeasure
    for name, (r1, r2) in totals.items():
        print(f"title_vs_summary_opening {name}: R1 {100 * r1 / n:.2f}  R2 {100 * r2 / n:.2f}")


def _has_main_clause(title: str) -> bool:
    """An independent check of a made headline (the product's own test is word shapes): its
    parse's root is a finite verb, or a verb with a finite auxiliary."""
    from newsweave.config import Settings
    from newsweave.nlp import get_spacy

    finite = {"VBD", "VBZ", "VBP", "MD"}
    doc = get_spacy(Settings.from_env())(title)
    root = next(t for t in doc if t.dep_ == "ROOT")
    return root.tag_ in finite or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in root.children
    )


if __name__ == "__main__":
    raise SystemExit(main())
