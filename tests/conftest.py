"""Shared fixtures: the seeds and datasets are read from ../shared, never copied here."""

from __future__ import annotations

import gc
import os
import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"


# A short real-looking story of our own, for the checks that no article is taken for a
# non-article (tests/clean).
HARBOUR_STORY = (
    "The harbour authority closed the northern quay on Tuesday after a crane collapsed "
    "during the night, officials said.\n\n"
    "No one was hurt, but three ships were diverted to the southern terminal while "
    "engineers inspect the foundations, the authority's spokeswoman told reporters.\n\n"
    "The quay handles a third of the port's container traffic."
)


def shingle_f1(true: str, pred: str) -> float:
    """AEB's metric for one page: F1 over word 4-gram shingles (bench/bench_extract.py has the full run)."""

    def sh(t: str) -> Counter:
        tok = re.findall(r"\w+", t)
        return Counter(tuple(tok[i : i + 4]) for i in range(max(1, len(tok) - 3)) if tok)

    a, b = sh(true), sh(pred)
    tp = sum((a & b).values())
    return 2 * tp / (sum(a.values()) + sum(b.values())) if a or b else 1.0


def best_time(fn, repeat: int) -> float:
    """The best of ``repeat`` timings of ``fn``, with the garbage collector off while it runs
    (as ``timeit`` does): in the whole suite a collection of what earlier tests left took a
    second inside one timing ('He said "yes."' at 4x: 1.09 s against 0.04 s at 2x)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
    finally:
        gc.enable()
    return best


def need(path: Path, what: str) -> Path:
    """Skip the calling test, with the reason, when a shared folder is absent."""
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (tests read it from ../shared; see README)")
    return path


# Own prose: three outlets tell one crane collapse; the brief tests add the same line to each.
CRANE_LEADS = [
    "A crane collapsed onto the northern quay at Port Ellis on Tuesday night, crushing "
    "two parked lorries, the harbour board said.",
    "Two parked lorries were crushed when a crane fell onto the northern quay at Port Ellis "
    "on Tuesday night, according to the harbour board.",
    "The harbour board at Port Ellis said a crane had collapsed onto the northern quay on "
    "Tuesday night and crushed two lorries.",
]


def brief_of(bodies: list[str], before: str = "", after: str = "") -> list[str]:
    """The brief of one outlet per body, each with the same paragraphs before and after it."""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    arts = [
        Article(id=f"a{i}", text="\n\n".join(p for p in (before, body, after) if p))
        for i, body in enumerate(bodies)
    ]
    return [b.text for b in weave(arts).events[0].brief]


def validation_event(settings, event: str):
    """A multinews validation event (``event``: its id, "mn-val-113") woven, its documents
    cleaned as the weave's callers clean them; skipped without the dataset."""
    import json

    from newsweave.errors import InputError
    from newsweave.sources.files import extract_text
    from newsweave.synthesis.weave import weave

    path = need(DATA / "multinews" / "validation.jsonl", "the multinews validation set")
    with path.open(encoding="utf-8") as f:
        (ev,) = [e for e in map(json.loads, f) if e["id"] == event]
    arts = []
    for i, d in enumerate(ev["documents"]):
        try:
            arts.append(extract_text(d, id=f"{event}-{i}"))
        except InputError:
            continue
    return weave(arts, settings=settings).events[0]


def validation_brief(settings, event: str) -> list[str]:
    """The brief of a multinews validation event (:func:`validation_event`)."""
    return [b.text for b in validation_event(settings, event).brief]


# Own prose: a second outlet's report of one council vote on the town's swimming baths, and
# the lead the first outlet's texts open on (the details tests weave a text beside it).
BATHS_VOTE = (
    "Marlow's council has voted seven to four to close the Kent Road swimming baths in "
    "October.\n\n"
    "The baths opened in 1931 and still draw about 400 swimmers a week, the council said.\n\n"
    "The nearest other public pool is in Denby, twelve miles away by bus."
)
BATHS_LEAD = (
    "Marlow's council voted on Tuesday to close the Kent Road swimming baths in October, "
    "after a vote of seven to four.\n\n"
)


def baths_details(*texts: str, vote: str = BATHS_VOTE) -> list[str]:
    """The one-outlet details of ``texts`` (outlets of their own) woven beside ``vote``."""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    arts = [Article(id=f"baths{i}", text=t) for i, t in enumerate(texts)]
    (ev,) = weave([*arts, Article(id="vote", text=vote)]).events
    return [u.text for u in ev.unique if u.article != "vote"]


def cited(settings, claim: str, passage: str) -> bool:
    """Whether the facts stage may cite ``passage`` for ``claim``, each one sentence, on the
    alignment's features of their parses (what the support tests compare)."""
    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.support import states_claim, tells_another_act
    from newsweave.synthesis.units import build_units, unit_features

    def parsed(text: str):
        an = analyze([Article("a", text)], get_spacy(settings))[0]
        (feats,) = unit_features(build_units([an.article], an.sentences), [an])
        return feats

    c, p = parsed(claim), parsed(passage)
    return states_claim(c, [p], {}) and not tells_another_act(c, [p], {})


def reported_of(text: str) -> list[tuple[str | None, str | None, str]]:
    """The reported speech (not direct quotes) newsweave finds in ``text``, as (speaker, cue,
    content): what the reported-speech tests compare."""
    from newsweave.config import Settings
    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.synthesis.quotes.extraction import extract_quotes

    doc = get_spacy(Settings())(text)
    return [
        (m.speaker, m.cue, m.text)
        for m in extract_quotes(Article(id="t", text=text), doc)
        if m.form != "direct"
    ]


@pytest.fixture(scope="session")
def settings():
    """The default models, read from no environment variable (what every test weaves with)."""
    from newsweave.config import Settings

    return Settings()


@pytest.fixture(scope="session")
def stage_entities(settings):
    """The entities the entities stage finds in ``texts``, one article each (a0, a1...), as the
    recogniser types them: ``stage_entities(*texts)`` returns the list of Entity."""
    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.stages.entities import build_entities

    nlp = get_spacy(settings)

    def run(*texts: str):
        return build_entities(analyze([Article(f"a{i}", t) for i, t in enumerate(texts)], nlp))

    return run


@pytest.fixture
def entities_of(settings):
    """The entities stage on own prose with the recogniser's spans set: ``entities_of(texts,
    spans)`` parses ``texts`` as articles a1, a2..., sets each one's spans to its list of
    (phrase, label), each phrase taken at its next occurrence (the spans and labels the small
    model gave on the same shapes in real stories), and returns name -> Entity."""
    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.stages.entities import build_entities

    def entities(texts: list[str], spans: list[list[tuple[str, str]]]):
        out = analyze([Article(f"a{k + 1}", t) for k, t in enumerate(texts)], get_spacy(settings))
        for an, text, marks in zip(out, texts, spans, strict=True):
            ents, pos = [], 0
            for phrase, label in marks:
                start = text.index(phrase, pos)
                pos = start + len(phrase)
                ents.append(an.doc.char_span(start, pos, label=label))
            an.doc.ents = ents
        return {e.name: e for e in build_entities(out)}

    return entities


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS, "the seed articles")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return need(DATA, "the shared datasets")


@pytest.fixture(scope="session")
def seed_articles(seeds_dir: Path):
    """The five seed articles, cleaned (one extraction per test session)."""
    from newsweave.models import Article
    from newsweave.sources.files import iter_articles

    arts = [a for a in iter_articles([str(seeds_dir)]) if isinstance(a, Article)]
    assert len(arts) == 5
    return arts


@pytest.fixture(scope="session")
def seed_report(seed_articles):
    """The seeds woven into one event (models loaded once per session)."""
    from newsweave.synthesis.weave import weave

    return weave(seed_articles)


@pytest.fixture(scope="session")
def out_dir() -> Path:
    """Where tests leave artifacts for a person to look at (screenshots, reports)."""
    p = ROOT / "test-output"
    p.mkdir(exist_ok=True)
    return p


def unprivileged() -> list[str]:
    """A prefix that runs a command without root's power to write read-only files."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv (util-linux) is missing: cannot drop DAC rights")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]


@pytest.fixture(scope="session")
def desk(tmp_path_factory, seeds_dir, data_dir):
    """The news desk of tests/desk_store.py (its times counted back from now), built once: the
    server tests and the Atom tests both read it, nobody writes to it."""
    from datetime import UTC, datetime

    from desk_store import build_desk

    now = datetime.now(UTC).replace(microsecond=0)
    return build_desk(tmp_path_factory.mktemp("desk") / "desk.db", seeds_dir, data_dir, now)


@pytest.fixture(scope="session")
def desk_server(desk):
    """The desk served on loopback."""
    from newsweave.serve.app import BackgroundServer, create_app

    with BackgroundServer(create_app(str(desk.db))) as srv:
        yield srv


@dataclass(frozen=True)
class WindowLoad:
    """One read of an event window: its condition and the thread that read it."""

    where: str
    thread: str


@pytest.fixture()
def window_loads(monkeypatch) -> list[WindowLoad]:
    """Each event window an ingest reads from its store (``ResidentWindow._load``), recorded
    as it is read: a long-running process that keeps its indices reads none again; a large
    store's first window is read on a thread of its own."""
    import threading

    from newsweave.corpus.resident import ResidentWindow

    loads: list[WindowLoad] = []
    load = ResidentWindow._load

    def counted(window: ResidentWindow, store, where: str, params: tuple[int, ...]) -> None:
        loads.append(WindowLoad(where, threading.current_thread().name))
        load(window, store, where, params)

    monkeypatch.setattr(ResidentWindow, "_load", counted)
    return loads


# --------------------------------------------------------------------------- headless Chromium
# The page tests (event page, /events list, the served app) read pages in a real browser: the
# Debian `chromium`, driven by Playwright with its executable path (nothing is downloaded).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module; the test skips, saying why, without one."""
    if not CHROMIUM.exists():
        pytest.skip(
            f"headless Chromium not found at {CHROMIUM} "
            "(Debian package `chromium`; `make browser` installs it)"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def types_of(settings):
    """The entity types the entities stage gives the names of ``texts`` (one article each):
    name -> type."""
    from newsweave.models import Article
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import analyze
    from newsweave.synthesis.stages.entities import build_entities

    nlp = get_spacy(settings)

    def run(*texts: str) -> dict[str, str]:
        articles = [Article(f"a{i}", t) for i, t in enumerate(texts)]
        return {e.name: e.type for e in build_entities(analyze(articles, nlp))}

    return run


@pytest.fixture(scope="module")
def contradictions_of():
    """The contradictions the stage finds between ``articles`` whose notes open with one of
    ``notes`` (each article its own origin, unless ``one_origin``: one wire's reprints)."""
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.models import Article, Contradiction, Origin
    from newsweave.synthesis.pipeline import Workspace, run

    def find(
        *articles: Article, notes: tuple[str, ...], one_origin: bool = False
    ) -> list[Contradiction]:
        ws = Workspace(list(articles))
        ws.origin_of = {a.id: "wire" if one_origin else a.id for a in articles}
        origins = sorted(set(ws.origin_of.values()))
        ws.origins = [Origin(o, (o,), "set by the test") for o in origins]
        run(ws, ["contradictions"])
        return [c for c in ws.contradictions or () if c.note.startswith(notes)]

    return find
