"""The brief against human summaries: newsweave, Lead and LexRank at the same word budget.

On ../shared/data/multinews/validation.jsonl (250 real events, 2-10 scraped documents each,
a human-written summary each), every system gets the same cleaned documents (newsweave's
text-mode extraction) and the same budget of ``--words`` words (default 250):

  newsweave    ``weave(articles, words=N)``: the brief in length-limited mode (whole
               sentences that fit; non-articles left out by the weave itself)
  lead         the documents' lead sentences in turn (first of each, then second of each,
               ...), the last one cut to the budget: the multi-document Lead baseline
  lead-first   the first N words of the documents one after another
  lexrank      continuous LexRank (Erkan & Radev 2004): TF-IDF cosine graph over all the
               event's sentences, PageRank with damping 0.85, top sentences without
               near-repeats (cosine > 0.5), the last one cut to the budget

ROUGE-1/2/L F1 with Porter stemming (the ``rouge-score`` package), averaged over events.
With ``--first``, each event is also woven as a reader sees it (the default 3-8 sentence
brief) and the brief's first sentence is scored against the human summary's first two
sentences (which say the main fact), beside the first sentence of the event's first document
(``lead-1``): does the account open with the main fact? It also counts that weave's
reactions by stance, and ``--stances`` lists each stance taken with the sentences it cites,
for a reader to check (a feature story's "unless" or "games" is no stance on the news).
It also counts the facts of each event's first woven event (how many claims the facts stage
finds, and how many of them an article backs with several statements together).
Events that fail to weave are counted (the target is 0) and scored as empty briefs.

Usage: .venv/bin/python bench/bench_brief.py [--words 250] [--limit N] [--shared ../shared]
       [--first [--stances]]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_SENT = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
# The human summary's opening that the brief's first sentence is scored against (--first).
SUMMARY_OPENING_SENTENCES = 2
# LexRank's published settings: cosine threshold for an edge is not used in the continuous
# variant; damping 0.85; a candidate this similar to a chosen sentence is a repeat.
DAMPING = 0.85
REPEAT_COSINE = 0.5
# How a fact opens when it cannot be read alone (a clause split off its sentence, a list item)
# and when it opens on a pronoun; a bracketed name stands for one ("[Tulowitzki] is …").
FRAGMENT_OPENING = re.compile(
    r"(?:Which|Who|Whose|Whom|But (?:also|said|says|added|noted|did|was|is|has|have|had)\b|"
    r"Adding|Saying|Citing|Signal+ing|Triggering|Unleashing|Amid|Despite|After a|Before|"
    r"Whereas|Although|An announcement|A move|--)"
)
PRONOUN_OPENING = re.compile(r"(?:He|She)\b")


def sentences(text: str) -> list[str]:
    """Sentences of a cleaned article (paragraphs, then a full-stop split)."""
    out: list[str] = []
    for para in text.split("\n"):
        out += [s.strip() for s in _SENT.split(para) if len(s.split()) >= 4]
    return out


def fill(sents: list[str], words: int) -> str:
    """Sentences in order until ``words`` words; the last one cut to fit."""
    out: list[str] = []
    n = 0
    for s in sents:
        toks = s.split()
        if n + len(toks) > words:
            out.append(" ".join(toks[: words - n]))
            break
        out.append(s)
        n += len(toks)
    return " ".join(out)


def lead(docs: list[list[str]], words: int) -> str:
    order = [d[i] for i in range(max(map(len, docs), default=0)) for d in docs if i < len(d)]
    return fill(order, words)


def lead_first(docs: list[list[str]], words: int) -> str:
    return fill([s for d in docs for s in d], words)


def lexrank(docs: list[list[str]], words: int) -> str:
    from sklearn.feature_extraction.text import TfidfVectorizer

    sents = [s for d in docs for s in d]
    if not sents:
        return ""
    x = TfidfVectorizer(stop_words="english").fit_transform(sents)
    sim = (x @ x.T).toarray()
    np.fill_diagonal(sim, 0.0)
    rows = sim.sum(1, keepdims=True)
    m = np.divide(sim, rows, out=np.full_like(sim, 1.0 / len(sents)), where=rows > 0)
    p = np.full(len(sents), 1.0 / len(sents))
    for _ in range(100):
        q = (1 - DAMPING) / len(sents) + DAMPING * (m.T @ p)
        if np.abs(q - p).sum() < 1e-8:
            break
        p = q
    chosen: list[int] = []
    for i in np.argsort(-p, kind="stable"):
        if any(sim[i, j] > REPEAT_COSINE for j in chosen):
            continue
        chosen.append(int(i))
        if sum(len(sents[j].split()) for j in chosen) >= words:
            break
    return fill([sents[j] for j in chosen], words)


def main() -> int:
    from rouge_score import rouge_scorer

    from newsweave.config import Settings
    from newsweave.errors import InputError, NewsweaveError
    from newsweave.sources.files import extract_text
    from newsweave.synthesis.weave import weave

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--limit", type=int, default=None, help="only the first N events")
    ap.add_argument("--dump", type=Path, help="write each event's briefs as JSON lines here")
    ap.add_argument(
        "--first", action="store_true", help="also score the default brief's first sentence"
    )
    ap.add_argument(
        "--stances", action="store_true", help="with --first: list each reaction with a stance"
    )
    a = ap.parse_args()

    settings = Settings.from_env()
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    systems = ("newsweave", "lead", "lead-first", "lexrank")
    scores = {s: {"rouge1": [], "rouge2": [], "rougeL": []} for s in systems}
    failed: list[str] = []
    unions = 0
    openings: Counter[str] = Counter()  # facts by how they open
    weave_secs: list[float] = []
    facts: list[int] = []  # per event: facts, facts backed by 2+ statements of one article
    firsts = {s: {"rouge1": [], "rouge2": []} for s in ("newsweave", "lead-1")}
    stances: Counter[str] = Counter()  # reactions of the default weaves, by stance
    taken: list[str] = []  # each stance taken, with what it cites (--stances)
    dump = a.dump.open("w", encoding="utf-8") if a.dump else None
    path = a.shared / "data" / "multinews" / "validation.jsonl"
    with path.open(encoding="utf-8") as f:
        events = [json.loads(line) for line in f][: a.limit]
    for ev in events:
        arts = []
        for i, doc in enumerate(ev["documents"]):
            try:
                arts.append(extract_text(doc, id=f"{ev['id']}-{i}"))
            except InputError:
                continue
        docs = [sentences(x.text) for x in arts]
        t0 = time.perf_counter()
        try:
            report = weave(arts, words=a.words, settings=settings)
            ours = " ".join(b.text for b in report.events[0].brief)
            woven = report.events[0].facts
            facts.append(len(woven))
            unions += sum(len(f.citations) > len(f.sources) for f in woven)
            openings["fragment"] += sum(bool(FRAGMENT_OPENING.match(f.text)) for f in woven)
            openings["he/she"] += sum(bool(PRONOUN_OPENING.match(f.text)) for f in woven)
            openings["named in brackets"] += sum(f.text.startswith("[") for f in woven)
        except NewsweaveError as exc:
            failed.append(f"{ev['id']}: {exc}")
            ours = ""
        weave_secs.append(time.perf_counter() - t0)
        outs = {
            "newsweave": ours,
            "lead": lead(docs, a.words),
            "lead-first": lead_first(docs, a.words),
            "lexrank": lexrank(docs, a.words),
        }
        for s, text in outs.items():
            r = scorer.score(ev["summary"], text)
            for k in scores[s]:
                scores[s][k].append(r[k].fmeasure)
        if a.first:
            opening = " ".join(sentences(ev["summary"])[:SUMMARY_OPENING_SENTENCES])
            try:
                woven = weave(arts, settings=settings).events[0]
            except NewsweaveError:
                woven = None
            brief = woven.brief if woven is not None else ()
            outs["newsweave-first"] = brief[0].text if brief else ""
            texts = {x.id: x.text for x in arts}
            for r in woven.reactions if woven is not None else ():
                stances[r.stance] += 1
                if r.stance != "neutral":
                    cites = " | ".join(texts[c.article][c.start : c.end] for c in r.citations)
                    taken.append(f"{ev['id']} {r.actor} — {r.stance} {list(r.evidence)}: {cites}")
            outs["lead-1"] = next((d[0] for d in docs if d), "")
            for s, key in (("newsweave", "newsweave-first"), ("lead-1", "lead-1")):
                r = scorer.score(opening, outs[key])
                for k in firsts[s]:
                    firsts[s][k].append(r[k].fmeasure)
        if dump:
            dump.write(json.dumps({"id": ev["id"], **outs}, ensure_ascii=False) + "\n")
    if dump:
        dump.close()

    print(f"events: {len(events)}  words: {a.words}")
    for s in systems:
        r1, r2, rl = (100 * float(np.mean(scores[s][k])) for k in ("rouge1", "rouge2", "rougeL"))
        print(f"{s:<11} R1 {r1:5.2f}  R2 {r2:5.2f}  RL {rl:5.2f}")
    r2 = {s: float(np.mean(scores[s]["rouge2"])) for s in systems}
    print(f"ratio_r2_vs_lexrank: {r2['newsweave'] / r2['lexrank']:.3f}  (target >= 1.10)")
    best_lead = max(r2["lead"], r2["lead-first"])
    print(f"ratio_r2_vs_best_lead: {r2['newsweave'] / best_lead:.3f}  (target > 1.0)")
    if a.first:
        print(f"first sentence vs the summary's first {SUMMARY_OPENING_SENTENCES} sentences:")
        for s, sc in firsts.items():
            r1, r2 = (100 * float(np.mean(sc[k])) for k in ("rouge1", "rouge2"))
            print(f"  {s:<10} R1 {r1:5.2f}  R2 {r2:5.2f}")
        print(
            f"reactions: {sum(stances.values())}, with a stance {len(taken)}: "
            + ", ".join(f"{k} {n}" for k, n in sorted(stances.items()))
        )
        if a.stances:
            for line in taken:
                print(f"  {line}")
    print(f"events_failed: {len(failed)}")
    for line in failed:
        print(f"  {line}")
    print(
        f"facts: {sum(facts)} in {len(facts)} events  (backed by several statements of one "
        f"article: {unions})"
    )
    print(
        "facts opening like a fragment / on He or She / with a bracketed name: "
        + " / ".join(str(openings[k]) for k in ("fragment", "he/she", "named in brackets"))
    )
    print(f"weave_seconds_per_event: mean {np.mean(weave_secs):.2f}  max {max(weave_secs):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
