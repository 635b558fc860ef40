"""Direct quotes and their speakers on PolNeAR (../shared/data/polnear).

Gold. PolNeAR annotates attributions (Source, Cue, Content spans joined by an
``Attribution`` or ``Attribution-no-source`` relation) in BRAT ``.ann`` files named
``<text stem>_<annotator>.ann`` next to ``text/<text stem>.txt``. A few texts
were annotated by several people; we use the alphabetically first annotator's
file, always. A *gold direct quote* is a stretch of text between matching
quotation marks (double, typographic single, or straight single not glued to a
word) that lies inside a gold Content span: quoted text someone is reported to
have said. Quoted stretches outside every Content span (scare quotes, titles
nobody is reported as saying) are not gold.

Prediction. newsweave's quotes that are statements, plus terms that the text
attributes (a cue verb was found): the same notion, "quoted words somebody is
reported as saying". Unattributed terms are scare quotes and are not counted.

Matching. A prediction matches a gold quote when their overlap is at least half
the length of the LONGER of the two (so neither a sliver nor a quote swallowing
its neighbours counts); one-to-one, greedy by overlap.

Speaker accuracy is measured on matched quotes whose gold Source is a name: the
syntactic head of the Source span is a proper noun (``Donald Trump``, ``Clinton's
campaign chairman John Podesta``; not ``he``, ``a Homeland Security Department
official``). Correct when the predicted speaker contains the gold head word (the
surname) or vice versa, case-insensitively.

Usage: ``.venv/bin/python bench/bench_quotes.py [--split dev|train] [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.config import Settings  # noqa: E402
from newsweave.models import Article  # noqa: E402
from newsweave.nlp import get_spacy  # noqa: E402
from newsweave.synthesis.quotes.extraction import extract_quotes  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear"
OUT = ROOT / "bench" / "results" / "quotes.json"
# A match needs this much overlap, as a share of the longer span.
MIN_OVERLAP = 0.5

_GOLD_QUOTE = re.compile(r"“([^“”]+)”|\"([^\"]+)\"|‘([^‘’]+)’|(?<![\w])'([^'\n]+?)'(?![\w])")
# '' (two apostrophes) is a double quote mark in some archives; read it as " first
_PAIR = re.compile("''")


@dataclass
class Gold:
    start: int
    end: int
    source: str | None  # gold Source text when the source is a name, else None
    has_source: bool


def parse_ann(
    path: Path,
) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict[str, str]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offs = parts[1].partition(" ")
            frags = [tuple(int(x) for x in f.split()) for f in offs.split(";")]
            spans[parts[0]] = (label, frags, parts[2])  # type: ignore[assignment]
        elif line.startswith("E") and len(parts) >= 2:
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            rels.append(args)
    return spans, rels


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """Quoted stretches by a deliberately simple rule, independent of newsweave's scanner.

    Matching pairs within a paragraph, plus a paragraph that opens a double quote it
    never closes (the first part of a multi-paragraph quote) up to its end.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    text = _PAIR.sub(' "', text)  # same length: offsets stay valid
    for para in text.split("\n"):
        for m in _GOLD_QUOTE.finditer(para):
            g = next(i for i in range(1, 5) if m.group(i) is not None)
            out.append((pos + m.start(g), pos + m.end(g)))
        stripped = para.lstrip()
        if stripped[:1] in ("“", '"'):
            opens = para.count("“") + para.count('"')
            closes = para.count("”") + para.count('"')
            if para.count('"') % 2 == 1 or opens > closes:
                k = len(para) - len(stripped)
                out.append((pos + k + 1, pos + len(para.rstrip())))
        pos += len(para) + 1
    trimmed = []
    for s, e in out:
        while e > s and (text[e - 1] in ",;:" or text[e - 1].isspace()):
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e - s >= 2:
            trimmed.append((s, e))
    return sorted(set(trimmed))


def gold_quotes(text: str, ann: Path, doc) -> list[Gold]:  # type: ignore[no-untyped-def]
    """Quoted stretches lying (at least half) inside a gold Content span."""
    spans, rels = parse_ann(ann)
    stretches = quoted_stretches(text)
    out: dict[tuple[int, int], Gold] = {}
    for rel in rels:
        content = rel.get("Content")
        if not content or content not in spans:
            continue
        src = rel.get("Source")
        src_text = None
        if src and src in spans:
            s_frags = spans[src][1]
            cs = doc.char_span(s_frags[0][0], s_frags[-1][1], alignment_mode="expand")
            if cs is not None and cs.root.pos_ == "PROPN":
                src_text = cs.root.text
        frags = spans[content][1]
        for s, e in stretches:
            inside = sum(max(0, min(e, b) - max(s, a)) for a, b in frags)
            if inside >= MIN_OVERLAP * (e - s) and (s, e) not in out:
                out[(s, e)] = Gold(s, e, src_text, bool(src))
    return sorted(out.values(), key=lambda g: g.start)


def overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> float:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    if ov <= 0:
        return 0.0
    share = ov / max(a[1] - a[0], b[1] - b[0])
    return share if share >= MIN_OVERLAP else 0.0


def speaker_ok(pred: str | None, gold_head: str) -> bool:
    if not pred:
        return False
    p = pred.lower()
    g = gold_head.lower().strip("’'s")
    return g in p.split() or g in p or p.split()[-1] in g


def files(split: str) -> list[tuple[Path, Path]]:
    tdir = DATA / split / "text"
    adir = DATA / split / "attributions"
    by_stem: dict[str, list[Path]] = {}
    for ann in sorted(adir.glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        by_stem.setdefault(stem, []).append(ann)
    out = []
    for stem, anns in sorted(by_stem.items()):
        txt = tdir / f"{stem}.txt"
        if txt.exists():
            out.append((txt, sorted(anns)[0]))  # the alphabetically first annotator
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts")
    ap.add_argument("--skip", type=int, default=0, help="skip the first N texts")
    ap.add_argument("--errors", action="store_true", help="print misses and false alarms")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: PolNeAR not found at {DATA}", file=sys.stderr)
        return 0
    pairs = files(args.split)
    pairs = pairs[args.skip :]
    if args.limit:
        pairs = pairs[: args.limit]
    nlp = get_spacy(Settings.from_env())
    tp = fp = fn = 0
    spk_n = spk_ok = 0
    t_extract = 0.0
    chars = 0
    for txt, ann in pairs:
        text = txt.read_text(encoding="utf-8")
        chars += len(text)
        t0 = time.perf_counter()
        doc = nlp(text)
        mentions = extract_quotes(Article(id=txt.stem, text=text), doc)
        t_extract += time.perf_counter() - t0
        gold = gold_quotes(text, ann, doc)
        preds = [m for m in mentions if m.kind == "statement" or m.cue is not None]
        cands = sorted(
            (
                (overlap_ok((p.start, p.end), (g.start, g.end)), i, j)
                for i, p in enumerate(preds)
                for j, g in enumerate(gold)
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for share, i, j in cands:
            if share <= 0 or i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            g = gold[j]
            if g.source:
                spk_n += 1
                ok = speaker_ok(preds[i].speaker, g.source)
                spk_ok += ok
                if args.errors and not ok:
                    print(
                        f"SPEAKER {txt.stem}: gold={g.source!r} pred={preds[i].speaker!r} :: {preds[i].text[:70]!r}"
                    )
        tp += len(used_p)
        fp += len(preds) - len(used_p)
        fn += len(gold) - len(used_g)
        if args.errors:
            for i, p in enumerate(preds):
                if i not in used_p:
                    ctx = text[max(0, p.start - 60) : p.end + 30].replace("\n", " ")
                    print(f"FP {txt.stem}: [{p.kind}] {p.text[:60]!r} || {ctx!r}")
            for j, g in enumerate(gold):
                if j not in used_g:
                    ctx = text[max(0, g.start - 60) : g.end + 30].replace("\n", " ")
                    print(f"FN {txt.stem}: {text[g.start : g.end][:60]!r} || {ctx!r}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = spk_ok / spk_n if spk_n else 0.0
    res = {
        "split": args.split,
        "texts": len(pairs),
        "gold_quotes": tp + fn,
        "predicted_quotes": tp + fp,
        "quote_precision": round(p, 4),
        "quote_recall": round(r, 4),
        "quote_f1": round(f1, 4),
        "speaker_accuracy": round(acc, 4),
        "speaker_evaluated": spk_n,
        "extract_seconds": round(t_extract, 2),
        "chars_per_second": round(chars / t_extract) if t_extract else 0,
    }
    for k, v in res.items():
        print(f"{k}: {v}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
