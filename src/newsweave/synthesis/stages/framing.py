"""How each outlet framed the event: what it leads with, what it leaves out, its loaded words.

Loaded terms come from a small documented lexicon (:data:`LOADED_TERMS`) of
evaluative or charged words. A term inside a direct quotation is the speaker's,
not the outlet's, and is not counted; a term in reported speech ("saying
Russia's offensive is an imperial-style land grab") is listed with
"(attributed)" so a reader can tell the outlet's voice from its sources'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.models import Framing, Span
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.stages.facts import (
    build_units,
    eligible,
    fact_of_span,
    in_ranges,
    quoted_ranges,
    unit_text,
    unit_vectors,
)

# Evaluative / charged words, grouped by why they are loaded. Matched case-insensitively as
# whole words; each key is a regex, each value the label shown to the user.
LOADED_TERMS: dict[str, tuple[str, str]] = {
    # verbs of saying that judge the speaker or the statement
    r"slam(?:s|med|ming)?": ("slammed", "judging verb of saying"),
    r"blast(?:s|ed|ing)?": ("blasted", "judging verb of saying"),
    r"lash(?:es|ed)? out": ("lashed out", "judging verb of saying"),
    r"rail(?:s|ed|ing)? against": ("railed against", "judging verb of saying"),
    r"hail(?:s|ed|ing)?": ("hailed", "judging verb of saying"),
    r"tout(?:s|ed|ing)?": ("touted", "judging verb of saying"),
    r"boast(?:s|ed|ing)?": ("boasted", "judging verb of saying"),
    r"admit(?:s|ted|ting)?": ("admitted", "implies a concession"),
    r"conced(?:e|es|ed|ing)": ("conceded", "implies a concession"),
    r"insist(?:s|ed|ing)?": ("insisted", "casts the speaker as obstinate"),
    r"decr(?:y|ies|ied)": ("decried", "judging verb of saying"),
    # charged labels
    r"imperial-style": ("imperial-style", "charged label"),
    r"land grab": ("land grab", "charged label"),
    r"regime": ("regime", "charged label"),
    r"puppet": ("puppet", "charged label"),
    r"propaganda": ("propaganda", "charged label"),
    r"bloodbath": ("bloodbath", "charged label"),
    r"brutal(?:ly)?": ("brutal", "charged label"),
    r"aggressor": ("aggressor", "charged label"),
    r"ultimatums?": ("ultimatums", "charged label"),
    r"performative": ("performative", "charged label"),
    r"non-starters?": ("non-starter", "charged label"),
    r"so-called": ("so-called", "distancing"),
    r"notorious": ("notorious", "charged label"),
    r"trainwreck": ("trainwreck", "charged label"),
    r"party girl": ("party girl", "charged label"),
    r"perpetual mess": ("perpetual mess", "charged label"),
    r"hard[- ]partying": ("hard-partying", "charged label"),
    # editorial judgement in the outlet's voice
    r"conciliatory": ("conciliatory", "editorial judgement"),
    r"most serious": ("most serious", "editorial judgement"),
    r"notably": ("notably", "editorial judgement"),
    r"merely": ("merely", "editorial judgement"),
    r"finally": ("finally", "editorial judgement"),
    r"nothing more than": ("nothing more than", "editorial judgement"),
    r"shock(?:ing)?": ("shocking", "editorial judgement"),
    r"symbolic show": ("symbolic show", "editorial judgement"),
    r"damn(?:ed)?": ("damn", "informal intensifier"),
    r"pretty (?:damn )?(?:confident|sure|clear)": ("pretty confident", "informal intensifier"),
}
_LOADED_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<t{k}>{p})" for k, p in enumerate(LOADED_TERMS)) + r")(?![\w-])",
    re.I,
)
_LABELS = list(LOADED_TERMS.values())
# Reported speech: the loaded word is the source's, paraphrased by the outlet.
_ATTRIBUTION = re.compile(
    r"\b(?:say|says|said|saying|cast|casts|casting|call(?:s|ed|ing)? (?:it|them|him|her|this)|describ\w+|accus\w+|"
    r"view\w*|according to|argu\w+|warn\w*)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class LoadedTerm:
    """One loaded term in an article, whether the outlet or a source uses it."""

    label: str
    why: str
    start: int
    end: int
    voice: str  # "own" | "attributed" | "quoted"


def loaded_terms_in(text: str, *, own_words_only: bool = False, offset: int = 0) -> list[LoadedTerm]:
    """Loaded terms in ``text`` (offsets shifted by ``offset``), each with its voice."""
    quotes = quoted_ranges(text)
    out: list[LoadedTerm] = []
    for m in _LOADED_RE.finditer(text):
        k = next(int(name[1:]) for name, v in m.groupdict().items() if v is not None)
        label, why = _LABELS[k]
        if in_ranges(m.start(), quotes):
            voice = "quoted"
        else:
            # reported speech when a verb of saying stands before the term in its sentence
            head = text[max(0, text.rfind(".", 0, m.start()) + 1) : m.start()]
            voice = "attributed" if _ATTRIBUTION.search(head) and label not in _SAYING_LABELS else "own"
        if own_words_only and voice != "own":
            continue
        out.append(LoadedTerm(label, why, m.start() + offset, m.end() + offset, voice))
    return out


_SAYING_LABELS = {v[0] for v in LOADED_TERMS.values() if v[1] == "judging verb of saying"} | {
    "claimed",
    "insisted",
    "admitted",
    "conceded",
    "dismissed",
}


@stage("framing", needs=("facts", "sentences", "excluded"), provides=("framing",))
def framing_stage(ws: Workspace) -> None:
    """Per article: its lead, the majority facts it omits, its loaded terms (with citations)."""
    assert ws.sentences is not None and ws.facts is not None
    facts = ws.facts
    n_art = len(ws.articles)
    majority = n_art // 2 + 1
    units = build_units(ws)
    first: dict[str, int] = {}
    for i in eligible(ws):
        if units[i].standalone is not None or units[i].kind == "main":
            first.setdefault(units[i].article, i)
    excluded = ws.excluded or []
    says_it = _said_elsewhere(ws, units)
    out: list[Framing] = []
    for a in ws.articles:
        lead_text, lead_cites, lead_fact = "", (), None
        if a.id in first:
            s = units[first[a.id]]
            k = fact_of_span(facts, s.span)
            lead_text = unit_text(s, ws)
            lead_fact = k
            lead_cites = (s.span,)
        omits = tuple(
            f.text
            for k, f in enumerate(facts)
            if len(f.sources) >= majority and a.id not in f.sources and n_art >= 3 and not says_it[k].get(a.id)
        )
        terms: list[str] = []
        cites: list[Span] = []
        seen: set[str] = set()
        for lt in loaded_terms_in(a.text):
            if lt.voice == "quoted":
                continue
            sp = Span(a.id, lt.start, lt.end)
            if any(e.article == a.id and e.start <= lt.start < e.end for e in excluded):
                continue
            label = lt.label if lt.voice == "own" else f"{lt.label} (attributed)"
            if label in seen:
                continue
            seen.add(label)
            terms.append(label)
            cites.append(sp)
        out.append(
            Framing(
                article=a.id,
                outlet=a.outlet,
                lead=lead_text,
                lead_citations=lead_cites,
                omits=omits,
                loaded_terms=tuple(terms),
                loaded_citations=tuple(cites),
                lead_fact=lead_fact,
            )
        )
    ws.framing = out


# An article "omits" a fact only if none of its statements is this close to the fact's
# citations: alignment keeps one statement per article per fact, and a miss there must not
# turn into an accusation of omission. 0.75 is paraphrase level for MiniLM (related
# statements on the same topic score 0.6-0.7).
OMIT_SIM = 0.75


def _said_elsewhere(ws: Workspace, units: list) -> list[dict[str, bool]]:
    """For each fact: which non-source articles still have a statement close to it."""
    assert ws.facts is not None
    vec = unit_vectors(ws, units)
    keep = eligible(ws)
    index = {(u.article, u.start, u.end): k for k, u in enumerate(units)}
    by_art: dict[str, list[int]] = {}
    for k in keep:
        by_art.setdefault(units[k].article, []).append(k)
    out: list[dict[str, bool]] = []
    for f in ws.facts:
        rows = [index[(c.article, c.start, c.end)] for c in f.citations if (c.article, c.start, c.end) in index]
        said: dict[str, bool] = {}
        for aid, ks in by_art.items():
            if aid in f.sources or not rows:
                continue
            said[aid] = bool(float((vec[ks] @ vec[rows].T).max()) >= OMIT_SIM)
        out.append(said)
    return out
