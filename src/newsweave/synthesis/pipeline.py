"""The stage registry: plain functions registered by name, each declaring what it
needs and what it provides (as spaCy components do).

A stage takes a :class:`Workspace` and fills in the fields it ``provides``;
:func:`run` orders the requested stages so that every need is met first and
raises :class:`~newsweave.errors.PipelineError` when one cannot be.
Stages live in the modules that own their logic (``facts``, ``timeline``,
``quotes``...) and register themselves with :func:`stage`; importing
:mod:`newsweave.synthesis.stages` imports them all. Stages share data only through
declared Workspace fields, never through side channels.

One article must not fail an event: a stage that works article by article (the parse,
the quotes, the timeline's dates) runs that work through :func:`per_article`, which gives
each article a time budget (:data:`ARTICLE_BUDGET_S`) and, when the work raises or runs
past the budget, drops that article's contribution to the stage and records a
:class:`~newsweave.models.StageWarning` in ``ws.warnings`` (the event reports it).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from threadpoolctl import ThreadpoolController

from newsweave.config import Settings
from newsweave.errors import BudgetExceeded, PipelineError
from newsweave.models import (
    Article,
    BriefSentence,
    Contradiction,
    Entity,
    Fact,
    Framing,
    Origin,
    Quote,
    QuoteMention,
    Reaction,
    Sentence,
    Span,
    StageWarning,
    TimelineEntry,
    UniqueDetail,
)
from newsweave.nlp import Analysis
from newsweave.synthesis.units import Features, Unit

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class WeaveOptions:
    """How the caller wants the event woven (the same for every stage)."""

    brief_words: int | None = None  # a length-limited brief of at most this many words


@dataclass
class Workspace:
    """The working state of one event's synthesis; each field is some stage's output.

    ``articles`` is the input; ``None`` means "not computed yet". ``settings`` (which models)
    and ``options`` (how the caller wants the event woven) are the same for every stage.
    """

    articles: list[Article]
    headline: str | None = None  # the event's headline (the store's rule on these members)
    analyses: list[Analysis] | None = None
    sentences: list[Sentence] | None = None  # all articles' sentences, article order
    sentence_vectors: np.ndarray | None = None  # rows align with ``sentences``
    units: list[Unit] | None = None  # the statements facts, framing and the brief work on
    unit_vectors: np.ndarray | None = None  # rows align with ``units``
    unit_features: list[Features] | None = None  # aligns with ``units``
    origins: list[Origin] | None = None
    origin_of: dict[str, str] | None = None  # article id -> origin id
    facts: list[Fact] | None = None
    unique: list[UniqueDetail] | None = None
    # statements no two outlets back in one wording, ranked as ``unique`` is: what the brief may
    # tell, cited to its outlet (``unique`` leaves out the leads another outlet's lead tells)
    details: list[UniqueDetail] | None = None
    entities: list[Entity] | None = None
    timeline: list[TimelineEntry] | None = None
    contradictions: list[Contradiction] | None = None
    framing: list[Framing] | None = None
    brief: list[BriefSentence] | None = None
    quote_mentions: list[QuoteMention] | None = None
    quotes: list[Quote] | None = None
    reactions: list[Reaction] | None = None
    excluded: list[Span] | None = None
    options: WeaveOptions = field(default_factory=WeaveOptions)
    settings: Settings = field(default_factory=Settings)
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[StageWarning] = field(default_factory=list)  # articles a stage left out

    def article(self, article_id: str) -> Article:
        """The input article with this id."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def doc(self, article_id: str) -> Doc:
        """The parse of the article with this id (the analyze stage's)."""
        assert self.analyses is not None
        for an in self.analyses:
            if an.article.id == article_id:
                return an.doc
        raise KeyError(article_id)


StageFn = Callable[[Workspace], None]

# Seconds one article's work may take in one stage (its parse, its quotes, its dated
# phrases). The work is linear in the text: 225,000 characters of three-word sentences
# (90,000 tokens, more than a stored article's 200,000 characters of prose) parsed in 61 s
# and had their 15,000 quotes attributed in 2.5 s at load average 5 on 2 cores; an article
# past the budget is left out of that stage, reported, instead of holding up the event.
ARTICLE_BUDGET_S = 120.0
# BLAS threads of the stages' numpy products: an event's similarity matrices (a few hundred
# units by 384) are too small to share out, and OpenBLAS's second thread, woken for each, waits
# for a core the parse or the embedder holds: on 2 busy cores one 150 x 384 product took 40 ms
# on two threads and 0.3 ms on one.
BLAS_THREADS = 1


@dataclass(frozen=True)
class Deadline:
    """One article's time budget in one stage; :meth:`check` raises once it has run out.

    The work calls :meth:`check` between its steps (each quote, each parsed piece), so an
    article that costs too much stops within one step of its budget.
    """

    seconds: float
    ends: float  # time.perf_counter() value at which the budget runs out

    @classmethod
    def starting_now(cls, seconds: float) -> Deadline:
        """A budget of ``seconds`` from now."""
        return cls(seconds, time.perf_counter() + seconds)

    def check(self) -> None:
        """Raise :class:`~newsweave.errors.BudgetExceeded` if the budget has run out."""
        if time.perf_counter() > self.ends:
            raise BudgetExceeded(f"took longer than its budget of {self.seconds:g} s")


T = TypeVar("T")
R = TypeVar("R")


def per_article(
    warnings: list[StageWarning],
    stage_name: str,
    items: Iterable[T],
    article_of: Callable[[T], str],
    work: Callable[[T, Deadline], R],
) -> list[R | None]:
    """``work(item, deadline)`` for each item (one per article), each under its own
    :data:`ARTICLE_BUDGET_S` deadline. An item whose work raises or runs out of time gives
    ``None`` and a warning in ``warnings`` (a stage passes ``ws.warnings``) naming the
    article (``article_of(item)``), the stage and the error: the other articles go on."""
    out: list[R | None] = []
    for item in items:
        deadline = Deadline.starting_now(ARTICLE_BUDGET_S)
        try:
            out.append(work(item, deadline))
        except Exception as exc:  # any error of this article: left out of the stage, reported
            message = (
                str(exc) if isinstance(exc, BudgetExceeded) else f"{type(exc).__name__}: {exc}"
            )
            warnings.append(StageWarning(stage_name, article_of(item), message))
            out.append(None)
    return out


@dataclass(frozen=True)
class StageInfo:
    """A registered stage: its function and the Workspace fields it reads and fills."""

    name: str
    fn: StageFn
    needs: tuple[str, ...]
    provides: tuple[str, ...]
    doc: str


REGISTRY: dict[str, StageInfo] = {}


def stage(
    name: str, *, needs: Iterable[str] = (), provides: Iterable[str] = ()
) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as stage ``name``."""

    def deco(fn: StageFn) -> StageFn:
        REGISTRY[name] = StageInfo(
            name, fn, tuple(needs), tuple(provides), (fn.__doc__ or "").strip()
        )
        return fn

    return deco


def plan(names: Iterable[str]) -> list[StageInfo]:
    """Order ``names`` plus every stage they transitively need (providers first)."""
    providers: dict[str, str] = {}
    for info in REGISTRY.values():
        for p in info.provides:
            providers.setdefault(p, info.name)
    ordered: list[StageInfo] = []
    seen: set[str] = set()
    visiting: set[str] = set()

    def visit(n: str) -> None:
        if n in seen:
            return
        if n not in REGISTRY:
            raise PipelineError(f"unknown stage {n!r}; known: {', '.join(sorted(REGISTRY))}")
        if n in visiting:
            raise PipelineError(f"stage {n!r} depends on itself")
        visiting.add(n)
        for need in REGISTRY[n].needs:
            if need == "articles":
                continue
            prov = providers.get(need)
            if prov is None:
                raise PipelineError(
                    f"stage {n!r} needs {need!r}, which no registered stage provides"
                )
            visit(prov)
        visiting.discard(n)
        seen.add(n)
        ordered.append(REGISTRY[n])

    for n in names:
        visit(n)
    return ordered


def run(ws: Workspace, names: Iterable[str]) -> Workspace:
    """Run the named stages (and what they need) on ``ws``; skips work already done.

    numpy's products run on :data:`BLAS_THREADS` thread meanwhile."""
    with _blas(len(sys.modules)).limit(limits=BLAS_THREADS, user_api="blas"):
        return _run(ws, names)


@lru_cache(maxsize=1)
def _blas(modules: int) -> ThreadpoolController:
    """The loaded BLAS libraries, looked up again only when modules were imported since
    (``modules``: how many are loaded), as scipy brings an OpenBLAS of its own: looking them
    up reads every loaded library's file, ~5 ms a weave on a busy machine."""
    return ThreadpoolController()


def _run(ws: Workspace, names: Iterable[str]) -> Workspace:
    for info in plan(names):
        if info.provides and all(getattr(ws, p, None) is not None for p in info.provides):
            continue
        t0 = time.perf_counter()
        try:
            info.fn(ws)
        except PipelineError:
            raise
        except Exception as exc:  # a bug in a stage: say which stage
            raise PipelineError(f"stage {info.name!r} failed: {type(exc).__name__}: {exc}") from exc
        ws.timings[info.name] = time.perf_counter() - t0
        missing = [p for p in info.provides if getattr(ws, p, None) is None]
        if missing:
            raise PipelineError(f"stage {info.name!r} did not provide {missing}")
    return ws
