"""The stage registry: plain functions registered by name, each declaring what it
needs and what it provides (as spaCy components do).

A stage takes a :class:`Workspace` and fills in the fields it ``provides``;
:func:`run` orders the requested stages so that every need is met first and
raises :class:`~newsweave.errors.PipelineError` when one cannot be.
Stages live in the modules that own their logic (``facts``, ``timeline``,
``quotes``...) and register themselves with :func:`stage`; importing
:mod:`newsweave.synthesis.stages` imports them all. Stages share data only through
declared Workspace fields, never through side channels.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from newsweave.config import Settings
from newsweave.errors import PipelineError
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
    TimelineEntry,
    UniqueDetail,
)
from newsweave.nlp import Analysis
from newsweave.synthesis.units import Features, Unit


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

    def article(self, article_id: str) -> Article:
        """The input article with this id."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)


StageFn = Callable[[Workspace], None]


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
    """Run the named stages (and what they need) on ``ws``; skips work already done."""
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
