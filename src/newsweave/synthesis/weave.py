"""``weave``: articles in, one cited account per event out.

The synthesis is the stage pipeline of :mod:`newsweave.synthesis.pipeline` run on a
:class:`~newsweave.synthesis.pipeline.Workspace`: parse and embed once (batched, models
loaded once per process), then origins, off-topic exclusion, facts, entities,
timeline, contradictions, quotes, reactions, framing and the brief. This module
only orders the work and assembles :class:`~newsweave.models.Event`\\ s; each
stage lives with its logic. A last guard drops anything any stage cited from an
excluded (off-topic) span, so material about other stories appears nowhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import logging
import re
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from newsweave.errors import InputError, PipelineError
from newsweave.models import Article, Event, EventReport, Span
from newsweave.synthesis.pipeline import REGISTRY, Workspace, run

log = logging.getLogger(__name__)

# Every synthesis stage, in the order a reader would want them computed.
STAGES: tuple[str, ...] = (
    "analyze",
    # stages that need no sentence vector run while the embedder's background thread is
    # still embedding what the parse handed it (sentences, clauses, the timeline's dated
    # phrases); a stage that needs vectors still queued embeds them itself meanwhile
    "origins",
    "excluded",
    "entities",
    "timeline",
    "quotes",
    "reactions",
    "embed",
    "facts",
    "contradictions",
    "framing",
    "brief",
)
# The modules that register those stages (importing one registers its stages).
STAGE_MODULES: tuple[str, ...] = (
    "facts",
    "framing",
    "brief",
    "entities",
    "timeline",
    "contradictions",
    "quotes",
    "reactions",
)
# A title longer than this is a sentence, not a headline.
MAX_TITLE_WORDS = 20
# Inputs beyond this many articles are clustered or refused rather than woven as one event
# (quadratic sentence alignment; a real event rarely has more distinct reports).
MAX_EVENT_ARTICLES = 200

_missing: set[str] = set()


def load_stages() -> list[str]:
    """Import the stage modules; return the names of the synthesis stages registered.

    A stage module that does not exist yet (the project is built by several people
    at once) is reported once as a warning and its stage skipped; any other import
    error is a bug and raises.
    """
    # a missing stage module makes stages.py fail after it registered analyze/embed; the
    # loop below imports the present modules one by one (and re-raises real errors)
    with contextlib.suppress(ImportError):
        importlib.import_module("newsweave.synthesis.stages.analyze")
    for mod in STAGE_MODULES:
        name = f"newsweave.synthesis.stages.{mod}"
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            if mod not in _missing:
                _missing.add(mod)
                warnings.warn(f"newsweave: stage module {name} is not installed; its stage is skipped", stacklevel=2)
    return runnable(STAGES)


def runnable(names: Sequence[str]) -> list[str]:
    """The names whose stage, and every stage it needs, are registered."""
    providers = {p: info.name for info in REGISTRY.values() for p in info.provides}
    ok: dict[str, bool] = {}

    def check(n: str, depth: int = 0) -> bool:
        if n in ok:
            return ok[n]
        info = REGISTRY.get(n)
        good = info is not None and depth < 50
        if info is not None:
            for need in info.needs:
                if need == "articles":
                    continue
                prov = providers.get(need)
                good = good and prov is not None and check(prov, depth + 1)
        ok[n] = good
        return good

    return [n for n in names if check(n)]


def event_id(article_ids: Sequence[str]) -> str:
    """Stable id of the event made of these articles (order does not matter)."""
    h = hashlib.sha1("\n".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return "ev-" + h[:12]


def weave(
    articles: Sequence[Article], *, words: int | None = None, single_event: bool = True
) -> EventReport:
    """Weave articles into an :class:`EventReport`.

    ``single_event=True`` treats every article as a report of one event;
    ``False`` clusters them into events first (:mod:`newsweave.events.cluster`).
    ``words`` switches the brief to a length-limited summary of at most that many words.
    """
    arts = list(articles)
    if not arts:
        raise InputError("no articles to weave")
    ids = [a.id for a in arts]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        raise InputError(f"article ids must be unique within one call; repeated: {', '.join(dup[:5])}")
    if words is not None and words < 1:
        raise InputError(f"--words must be a positive number of words, got {words}")
    names = load_stages()
    # parse and embed everything once, in one batch, then split by event
    whole = Workspace(articles=arts)
    run(whole, [n for n in ("analyze", "embed") if n in names])
    groups = [list(range(len(arts)))] if single_event else cluster_articles(arts, whole)
    events = []
    for g in groups:
        if len(g) > MAX_EVENT_ARTICLES:
            raise PipelineError(
                f"an event of {len(g)} articles exceeds the limit of {MAX_EVENT_ARTICLES}; "
                "use --split (single_event=False) or ingest them into a store"
            )
        ws = _sub_workspace(whole, g)
        if words is not None:
            ws.options["brief_words"] = words
        run(ws, names)
        events.append(assemble(ws))
    # The report carries the cleaned articles without the audit trail of what cleaning removed
    # (ads, Related Articles about other stories): `newsweave extract` shows that; a report
    # must not repeat other stories' text.
    shown = tuple(replace(a, removed=()) if a.removed else a for a in arts)
    return EventReport(articles=shown, events=tuple(events))


def _sub_workspace(whole: Workspace, members: list[int]) -> Workspace:
    """A workspace for some articles, reusing the parse and embeddings of the whole batch."""
    arts = [whole.articles[i] for i in members]
    if len(members) == len(whole.articles):
        return Workspace(
            articles=arts,
            analyses=whole.analyses,
            sentences=whole.sentences,
            sentence_vectors=whole.sentence_vectors,
        )
    ws = Workspace(articles=arts)
    if whole.analyses is not None and whole.sentences is not None:
        keep = {a.id for a in arts}
        ws.analyses = [whole.analyses[i] for i in members]
        rows = [k for k, s in enumerate(whole.sentences) if s.article in keep]
        # sentences stay in article order: the order of ``members``
        order = {a.id: n for n, a in enumerate(arts)}
        rows.sort(key=lambda k: (order[whole.sentences[k].article], whole.sentences[k].index))  # type: ignore[index]
        ws.sentences = [whole.sentences[k] for k in rows]
        if whole.sentence_vectors is not None:
            ws.sentence_vectors = whole.sentence_vectors[rows]
    return ws


# --------------------------------------------------------------------------- clustering

# Fallback clustering (when newsweave.events.cluster is absent): article vectors closer than this
# (cosine of mean sentence embeddings) report the same event.
FALLBACK_CLUSTER_SIM = 0.75


def cluster_articles(arts: list[Article], whole: Workspace) -> list[list[int]]:
    """Group articles into events: helper C's clustering, or a simple fallback."""
    try:
        from newsweave.events import cluster as _cluster  # type: ignore[attr-defined]
    except ImportError:
        _cluster = None
    if _cluster is not None and hasattr(_cluster, "cluster_articles"):
        try:
            res = _cluster.cluster_articles(arts)
            groups = _groups_from_result(res, arts)
            if groups:
                return groups
        except (TypeError, AttributeError) as exc:
            log.warning("cluster_articles(%d articles) failed (%s); using the fallback", len(arts), exc)
    return _fallback_clusters(arts, whole)


def _groups_from_result(res: object, arts: list[Article]) -> list[list[int]]:
    pos = {a.id: i for i, a in enumerate(arts)}
    clusters = getattr(res, "clusters", res)
    groups: list[list[int]] = []
    for c in clusters:  # type: ignore[union-attr]
        members = getattr(c, "members", None)
        if members is None and isinstance(c, dict):
            members = c.get("members")
        if members is None:
            members = c
        ids = [m if isinstance(m, str) else getattr(m, "id", m) for m in members]
        idx = sorted(pos[i] for i in ids if isinstance(i, str) and i in pos)
        if idx:
            groups.append(idx)
    seen = {i for g in groups for i in g}
    groups += [[i] for i in range(len(arts)) if i not in seen]
    return sorted(groups, key=lambda g: g[0])


def _fallback_clusters(arts: list[Article], whole: Workspace) -> list[list[int]]:
    assert whole.sentences is not None and whole.sentence_vectors is not None
    dim = whole.sentence_vectors.shape[1] if whole.sentence_vectors.size else 1
    vecs = np.zeros((len(arts), dim), dtype=np.float32)
    pos = {a.id: i for i, a in enumerate(arts)}
    for k, s in enumerate(whole.sentences):
        if s.index < 8:  # the lead paragraphs say what a story is about
            vecs[pos[s.article]] += whole.sentence_vectors[k]
    vecs /= np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9, None)
    sim = vecs @ vecs.T
    groups: list[list[int]] = []
    for i in range(len(arts)):  # average linkage, greedy in input order
        best, best_s = None, FALLBACK_CLUSTER_SIM
        for g in groups:
            s = float(np.mean(sim[i, g]))
            if s >= best_s:
                best, best_s = g, s
        if best is None:
            groups.append([i])
        else:
            best.append(i)
    return groups


# --------------------------------------------------------------------------- assembly


def assemble(ws: Workspace) -> Event:
    """Build the :class:`Event` from a finished workspace."""
    ids = tuple(a.id for a in ws.articles)
    excluded = tuple(ws.excluded or ())
    ev = Event(
        id=event_id(ids),
        title=_title(ws),
        date=_date(ws),
        articles=ids,
        facts=tuple(ws.facts or ()),
        unique=tuple(ws.unique or ()),
        entities=tuple(ws.entities or ()),
        timeline=tuple(ws.timeline or ()),
        contradictions=tuple(ws.contradictions or ()),
        framing=tuple(ws.framing or ()),
        brief=tuple(ws.brief or ()),
        quotes=tuple(ws.quotes or ()),
        reactions=tuple(ws.reactions or ()),
        origins=tuple(ws.origins or ()),
        excluded=excluded,
    )
    return drop_excluded(ev) if excluded else ev


def _inside(span: Span, excluded: Sequence[Span]) -> bool:
    return any(e.article == span.article and e.start < span.end and span.start < e.end for e in excluded)


def drop_excluded(ev: Event) -> Event:
    """Remove every item whose evidence lies in an off-topic span (whatever stage made it)."""
    ex = ev.excluded

    def clean(spans: Sequence[Span]) -> tuple[Span, ...]:
        return tuple(s for s in spans if not _inside(s, ex))

    entities = []
    for e in ev.entities:
        if e.mentions:
            kept = clean(e.mentions)
            if not kept:
                continue
            arts = tuple(a for a in e.articles if any(m.article == a for m in kept))
            e = replace(e, mentions=kept, articles=arts)
        entities.append(e)
    timeline = [t for t in ev.timeline if not t.citations or clean(t.citations)]
    timeline = [replace(t, citations=clean(t.citations)) for t in timeline]
    contradictions = [
        c for c in ev.contradictions if all(not cl.citations or clean(cl.citations) for cl in c.claims)
    ]
    quotes = []
    for q in ev.quotes:
        vs = tuple(v for v in q.variants if not _inside(Span(v.article, v.start, v.end), ex))
        if q.variants and not vs:
            continue
        quotes.append(replace(q, variants=vs) if vs != q.variants else q)
    reactions = [r for r in ev.reactions if not r.citations or clean(r.citations)]
    return replace(
        ev,
        entities=tuple(entities),
        timeline=tuple(timeline),
        contradictions=tuple(contradictions),
        quotes=tuple(quotes),
        reactions=tuple(reactions),
    )


def _title(ws: Workspace) -> str:
    """The headline that shares most words with the other headlines and the main fact
    (lexical: no model call); else the main fact itself."""
    heads = [(a.title or "").strip() for a in ws.articles]
    cands = list(dict.fromkeys(h for h in heads if h and len(h.split()) <= MAX_TITLE_WORDS))
    if cands:
        main = _words(ws.facts[0].text) if ws.facts else set()
        bags = [_words(h) for h in cands]

        def score(k: int) -> float:
            others = [len(bags[k] & b) / max(len(bags[k] | b), 1) for j, b in enumerate(bags) if j != k]
            fact = len(bags[k] & main) / max(len(bags[k]), 1)
            return (sum(others) / len(others) if others else 0.0) + fact

        return cands[max(range(len(cands)), key=score)]
    if ws.facts:
        return ws.facts[0].text
    if ws.sentences:
        return ws.sentences[0].text
    return ws.articles[0].id


def _words(text: str) -> set[str]:
    return {w.lower()[:6] for w in re.findall(r"[A-Za-zÀ-ÿ0-9]{3,}", text)} - {"the", "and", "for", "with"}


def _date(ws: Workspace) -> str | None:
    """The event's date: the day most articles were published; else the main fact's date."""
    days = Counter(a.published.date().isoformat() for a in ws.articles if a.published)
    if days:
        top = max(days.values())
        return min(d for d, c in days.items() if c == top)
    if ws.timeline and ws.facts:
        main = ws.facts[0].citations
        for t in ws.timeline:
            if t.precision == "day" and any(
                c.article == m.article and c.start < m.end and m.start < c.end for c in t.citations for m in main
            ):
                return t.date
    return None
