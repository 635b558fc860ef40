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

All attributions. Every Content span of an ``Attribution`` or ``Attribution-no-source``
relation is a gold attribution (its fragments kept: a split quote is one attribution), of
form ``direct`` when quoted stretches cover at least :data:`DIRECT_SHARE` of its letters,
``mixed`` when some are quoted, ``indirect`` otherwise. newsweave's attributions are its
quote mentions of every form (unattributed terms excepted), the mentions sharing one cue
occurrence (``cue_span``: the halves of a split quote, a mixed report and its quoted words)
counted as one. A prediction matches a gold attribution when their overlap covers at least
half of the gold content (``all_*``); the ``strict_*`` figures also require it to cover half
of the prediction. One-to-one, greedy by overlap. Per-form recall is by gold form, per-form
precision by predicted form. Speaker accuracy: matched attributions with a named gold Source,
as above.

``all_error_kinds`` sorts the unmatched attributions (:func:`error_kinds`): misses no
prediction overlaps, misses whose prediction is matched to another gold, misses covered under
half; false alarms no gold overlaps, ones inside a matched gold, ones covering under half of an
unmatched gold. (Train at 403618a: misses 3,764 / 548 / 528, false alarms 1,428 / 594 / 659 of
19,826 gold and 17,667 predicted: nearly four in five misses are attributions never found.)

Usage: ``.venv/bin/python bench/bench_quotes.py [--split dev|train] [--limit N] [--cache F]``
(``--cache``: a DocBin of the split's texts parsed by the same pipeline, written on the first
run, to skip the parse when comparing rule changes; ``extract_seconds`` then leaves the parse
out).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.config import Settings  # noqa: E402
from newsweave.models import Article  # noqa: E402
from newsweave.nlp import get_spacy  # noqa: E402
from newsweave.synthesis.quotes.extraction import extract_quotes  # noqa: E402
from newsweave.synthesis.quotes.merging import scrap  # noqa: E402
from newsweave.text.lexicons import ranges_mask  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear"
OUT = ROOT / "bench" / "results" / "quotes.json"
# A match needs this much overlap, as a share of the longer span.
MIN_OVERLAP = 0.5
# A gold content this much quoted (share of its letters) is a direct quote.
DIRECT_SHARE = 0.8
FORMS = ("direct", "indirect", "mixed")

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


@dataclass
class Attribution:
    """A gold or predicted attribution: its content fragments, form and (named) source."""

    frags: list[tuple[int, int]]
    form: str
    source: str | None  # gold: the source's head word when it is a name; pred: the speaker

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.frags)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.frags)


def _source_head(spans, src: str | None, doc) -> str | None:  # type: ignore[no-untyped-def]
    if not src or src not in spans:
        return None
    s_frags = spans[src][1]
    cs = doc.char_span(s_frags[0][0], s_frags[-1][1], alignment_mode="expand")
    return cs.root.text if cs is not None and cs.root.pos_ == "PROPN" else None


def quoted_mask(text: str) -> bytearray:
    """1 at every character inside a :func:`quoted_stretches` stretch (for
    :func:`attribution_form`, built once per text)."""
    return ranges_mask(len(text) + 1, quoted_stretches(text))


def attribution_form(text: str, frags: list[tuple[int, int]], quoted: bytearray) -> str:
    """``direct`` when quoted stretches hold :data:`DIRECT_SHARE` of the letters, ``mixed``
    when some, else ``indirect``: one rule for gold and for any span scored against it."""
    letters = [k for a, b in frags for k in range(a, b) if text[k].isalnum()]
    inside = sum(1 for k in letters if quoted[k])
    if letters and inside >= DIRECT_SHARE * len(letters):
        return "direct"
    return "mixed" if inside else "indirect"


def gold_attributions(text: str, ann: Path, doc) -> list[Attribution]:  # type: ignore[no-untyped-def]
    """Every annotated Content, with its form (by the quoted share of its letters)."""
    spans, rels = parse_ann(ann)
    quoted = quoted_mask(text)
    out: dict[tuple[tuple[int, int], ...], Attribution] = {}
    for rel in rels:
        content = rel.get("Content")
        if not content or content not in spans:
            continue
        frags = sorted(spans[content][1])
        form = attribution_form(text, frags, quoted)
        key = tuple(frags)
        if key not in out:
            out[key] = Attribution(frags, form, _source_head(spans, rel.get("Source"), doc))
    return sorted(out.values(), key=lambda g: g.start)


def predicted_attributions(mentions) -> list[Attribution]:  # type: ignore[no-untyped-def]
    """newsweave's attributions: mentions of one cue occurrence taken together. A quotation
    with no cue that is a term, or a scrap the event shows as a term (:func:`scrap`: a word or
    two no one is named for), is nobody's attribution in any renderer, so it is none here."""
    groups: dict[object, list] = {}
    for m in mentions:
        if (m.kind == "term" or scrap(m)) and m.cue is None:
            continue  # a scare quote: nobody's words
        key = (m.cue_span.start, m.cue_span.end) if m.cue_span is not None else id(m)
        groups.setdefault(key, []).append(m)
    out = []
    for ms in groups.values():
        forms = {m.form for m in ms}
        form = next(iter(forms)) if len(forms) == 1 else "mixed"
        speaker = next((m.speaker for m in ms if m.speaker), None)
        out.append(Attribution(sorted((m.start, m.end) for m in ms), form, speaker))
    return sorted(out, key=lambda a: a.start)


def _covered(a: Attribution, b: Attribution) -> int:
    return sum(max(0, min(e, d) - max(s, c)) for s, e in a.frags for c, d in b.frags)


def match_attributions(
    preds: list[Attribution], gold: list[Attribution], strict: bool
) -> list[tuple[int, int]]:
    """(pred, gold) pairs whose overlap covers half the gold (and half the pred if strict)."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(gold):
            ov = _covered(p, g)
            if ov < MIN_OVERLAP * g.length or (strict and ov < MIN_OVERLAP * p.length):
                continue
            cands.append((ov / max(p.length, g.length), i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _share, i, j in sorted(cands, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def error_kinds(
    preds: list[Attribution], gold: list[Attribution], pairs: list[tuple[int, int]]
) -> Counter[str]:
    """What the unmatched attributions of one text are, to tell errors of extent (fixable
    without more annotation) from the missing and the unannotated. A miss is ``fn_unfound``
    (no prediction overlaps it), ``fn_taken`` (a prediction covers half of it but is matched
    to another gold: our content runs over two annotated ones) or ``fn_short`` (what overlaps
    it covers less than half). A false alarm is ``fp_unannotated`` (no gold overlaps it),
    ``fp_inside`` (it overlaps a gold another prediction matches: a report nested in an
    annotated content, or the same words twice) or ``fp_short`` (it overlaps an unmatched gold,
    covering less than half)."""
    got_p = {i for i, _ in pairs}
    got_g = {j for _, j in pairs}
    out: Counter[str] = Counter()
    for j, g in enumerate(gold):
        if j in got_g:
            continue
        over = [i for i, p in enumerate(preds) if _covered(p, g) > 0]
        if not over:
            out["fn_unfound"] += 1
        elif any(_covered(preds[i], g) >= MIN_OVERLAP * g.length for i in over):
            out["fn_taken"] += 1
        else:
            out["fn_short"] += 1
    for i, p in enumerate(preds):
        if i in got_p:
            continue
        over = [j for j, g in enumerate(gold) if _covered(p, g) > 0]
        if not over:
            out["fp_unannotated"] += 1
        elif any(j in got_g for j in over):
            out["fp_inside"] += 1
        else:
            out["fp_short"] += 1
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


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
    ap.add_argument(
        "--cache", type=Path, help="DocBin of the split's parse, in text order (written if missing)"
    )
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: PolNeAR not found at {DATA}", file=sys.stderr)
        return 0
    pairs = files(args.split)
    pairs = pairs[args.skip :]
    if args.limit:
        pairs = pairs[: args.limit]
    nlp = get_spacy(Settings.from_env())
    cached = None
    if args.cache is not None:
        from spacy.tokens import DocBin

        if not args.cache.exists():  # the whole split, parsed once, in text order
            texts = [t.read_text(encoding="utf-8") for t, _ in files(args.split)]
            DocBin(docs=list(nlp.pipe(texts, batch_size=16))).to_disk(args.cache)
        cached = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))[args.skip :]
    tp = fp = fn = 0
    spk_n = spk_ok = 0
    all_spk_n = all_spk_ok = 0
    base = {"tp": 0, "pred": 0}
    counts: dict[bool, dict[str, int]] = {False: {}, True: {}}
    for c in counts.values():
        for k in ("tp", "pred", "gold"):
            c[k] = 0
        for form in FORMS:
            for k in ("gold", "pred", "recall", "precision"):
                c[f"{k}_{form}"] = 0
    kinds: Counter[str] = Counter()
    t_extract = 0.0
    chars = 0
    for k, (txt, ann) in enumerate(pairs):
        text = txt.read_text(encoding="utf-8")
        chars += len(text)
        t0 = time.perf_counter()
        doc = cached[k] if cached is not None else nlp(text)
        mentions = extract_quotes(Article(id=txt.stem, text=text), doc)
        t_extract += time.perf_counter() - t0
        gold = gold_quotes(text, ann, doc)
        gold_all = gold_attributions(text, ann, doc)
        pred_all = predicted_attributions(mentions)
        # what direct quotes alone (newsweave before reported speech) find of all attributions
        direct_only = [p for p in pred_all if p.form == "direct"]
        base["tp"] += len(match_attributions(direct_only, gold_all, False))
        base["pred"] += len(direct_only)
        for strict in (False, True):
            matched = match_attributions(pred_all, gold_all, strict)
            c = counts[strict]
            c["tp"] += len(matched)
            c["pred"] += len(pred_all)
            c["gold"] += len(gold_all)
            for form in FORMS:
                c[f"gold_{form}"] += sum(g.form == form for g in gold_all)
                c[f"pred_{form}"] += sum(p.form == form for p in pred_all)
                c[f"recall_{form}"] += sum(gold_all[j].form == form for _, j in matched)
                c[f"precision_{form}"] += sum(pred_all[i].form == form for i, _ in matched)
            if strict:
                continue
            kinds += error_kinds(pred_all, gold_all, matched)
            for i, j in matched:
                if gold_all[j].source:
                    all_spk_n += 1
                    ok = speaker_ok(pred_all[i].source, gold_all[j].source)
                    all_spk_ok += ok
                    if args.errors and not ok:
                        print(
                            f"ASPEAKER {txt.stem} [{pred_all[i].form}]: gold={gold_all[j].source!r} "
                            f"pred={pred_all[i].source!r} :: {text[slice(*pred_all[i].frags[0])][:70]!r}"
                        )
            if args.errors:
                got_p = {i for i, _ in matched}
                got_g = {j for _, j in matched}
                for i, pa in enumerate(pred_all):
                    if i not in got_p:
                        print(f"AFP {txt.stem} [{pa.form}]: {text[slice(*pa.frags[0])][:90]!r}")
                for j, ga in enumerate(gold_all):
                    if j not in got_g:
                        print(f"AFN {txt.stem} [{ga.form}]: {text[slice(*ga.frags[0])][:90]!r}")
        preds = [
            m
            for m in mentions
            if m.form == "direct" and (m.kind == "statement" or m.cue is not None)
        ]
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
    }
    for strict, c in counts.items():
        name = "strict" if strict else "all"
        ap, ar, af = _prf(c["tp"], c["pred"], c["gold"])
        res[f"{name}_gold"] = c["gold"]
        res[f"{name}_predicted"] = c["pred"]
        res[f"{name}_precision"] = round(ap, 4)
        res[f"{name}_recall"] = round(ar, 4)
        res[f"{name}_f1"] = round(af, 4)
        for form in FORMS:
            # per form: precision over predictions of the form, recall over gold of the form
            fp_ = c[f"precision_{form}"] / c[f"pred_{form}"] if c[f"pred_{form}"] else 0.0
            fr_ = c[f"recall_{form}"] / c[f"gold_{form}"] if c[f"gold_{form}"] else 0.0
            ff_ = 2 * fp_ * fr_ / (fp_ + fr_) if fp_ + fr_ else 0.0
            res[f"{name}_{form}_p_r_f1"] = [round(fp_, 4), round(fr_, 4), round(ff_, 4)]
            res[f"{name}_{form}_gold_pred"] = [c[f"gold_{form}"], c[f"pred_{form}"]]
    res["all_error_kinds"] = dict(sorted(kinds.items()))
    bp, br, bf = _prf(base["tp"], base["pred"], counts[False]["gold"])
    res["direct_only_all_p_r_f1"] = [round(bp, 4), round(br, 4), round(bf, 4)]
    res |= {
        "all_speaker_accuracy": round(all_spk_ok / all_spk_n, 4) if all_spk_n else 0.0,
        "all_speaker_evaluated": all_spk_n,
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
