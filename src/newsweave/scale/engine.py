"""Executors for the per-document work: one code path, two engines (local, Ray).

Ingest splits into a *parallel* part and a *sequential* part:

* parallel, pure, per document: read the inputs (WARC records, files, JSONL),
  extract and clean each page (``extract.extract_html``), then the caller's
  ``prepare`` function over a batch of articles (ingest passes
  :func:`newsweave.events.prepare.prepare_batch`: off-topic cut, embedding, near-duplicate
  signature);
* sequential, on the driver: event assignment and the store writes (done by the
  caller on what :meth:`Engine.run` yields).

Both engines run exactly the same two functions, :func:`read_batches` and
:func:`process_batch`, on exactly the same batches (cut per source, every
:data:`DEFAULT_BATCH` documents), and yield results in input order. The local
engine calls them in-process; :class:`RayEngine` runs them as Ray Data stages
(``flat_map`` for reading, ``map_batches`` with a callable class for the rest,
so models load once per worker process) and streams results back with
``preserve_order``. Same batches and same order mean the driver sees the same
sequence, so the events it assigns are the same as with the local engine; the
only tie-break is floating point: a worker's embedding uses one ONNX thread,
the local one several, which can move a cosine similarity in the 7th digit.

Without an address, :class:`RayEngine` starts a local Ray for the run (no
dashboard, no usage stats, no network) and stops it at the end; with
``address`` (``auto``, ``ray://head:10001``, ``head:6379``) it joins a cluster.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from newsweave.config import Settings
from newsweave.errors import ConfigError, InputError, UnreadableInput
from newsweave.models import ARTICLE_SCHEMA, Article, Span
from newsweave.text.counts import plural

if TYPE_CHECKING:  # the clustering stack loads where articles are prepared, not on import
    import pyarrow as pa

    from newsweave.events.prepare import PreparedArticle

# The per-document step an engine runs: a batch of articles and the run's settings in, one
# result per article out (picklable: Ray ships it to its workers).
Prepare = Callable[[list[Article], Settings], list[Any]]

# 32 pages per batch: big enough to amortise a Ray task and fill embedding batches, small
# enough that a batch of raw HTML (~100 KB a page) stays a few MB in the object store.
DEFAULT_BATCH = 32
# Logical CPUs a Ray read task reserves: reading is gunzip + parsing headers, a fraction of a core,
# and reserving a whole one would leave a 2-CPU machine with a single extraction worker.
READ_TASK_CPUS = 0.25
# Ray's object store for a local run: results stream through it, so it needs little.
LOCAL_OBJECT_STORE_BYTES = 1_000_000_000

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class Source:
    """One unit of input for the read stage (a WARC file, any file/dir, or ready articles)."""

    kind: Literal["warc", "path", "jsonl", "articles"]
    path: str | None = None
    articles: tuple[Article, ...] = ()

    @property
    def name(self) -> str:
        return self.path or f"<{len(self.articles)} articles>"


def plan_sources(inputs: Iterable[str | Path | Article]) -> list[Source]:
    """Map CLI-style inputs to sources: ``.warc[.gz]`` → WARC, newsweave article JSONL → as is.

    Everything else (files, folders, other JSON/JSONL) is read by ``extract.iter_articles``
    on a worker. Articles already in memory (e.g. fetched feeds) become one source per run.
    """
    from newsweave.sources.warc import is_warc

    out: list[Source] = []
    pending: list[Article] = []
    for x in inputs:
        if isinstance(x, Article):
            pending.append(x)
            continue
        p = str(x)
        if is_warc(p):
            out.append(Source("warc", p))
        elif p.endswith((".jsonl", ".jsonl.gz")) and _is_article_jsonl(p):
            out.append(Source("jsonl", p))
        elif Path(p).is_dir() and any(is_warc(c) for c in Path(p).rglob("*.warc*")):
            # a folder of archives (a CC-NEWS month): one source per file, so they read in parallel
            out.extend(_dir_sources(Path(p)))
        else:
            out.append(Source("path", p))
    if pending:
        out.append(Source("articles", articles=tuple(pending)))
    return out


def _dir_sources(root: Path) -> list[Source]:
    from newsweave.sources.files import SUPPORTED_SUFFIXES
    from newsweave.sources.warc import is_warc

    out = []
    for f in sorted(root.rglob("*")):
        if not f.is_file() or any(part.startswith(".") for part in f.relative_to(root).parts):
            continue
        if is_warc(f):
            out.append(Source("warc", str(f)))
        elif f.name.lower().removesuffix(".gz").endswith(tuple(SUPPORTED_SUFFIXES)):
            out.append(Source("path", str(f)))
    return out


def _is_article_jsonl(path: str) -> bool:
    """Whether ``path`` is newsweave's own article JSONL (its first record names the schema).
    Any other file, however broken its first line (too long, nested past Python's recursion
    limit, not JSON), is read as a file of records, whose reader names each bad line."""
    import gzip

    from newsweave.sources.files import MAX_JSONL_LINE_BYTES

    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            first = fh.readline(MAX_JSONL_LINE_BYTES)
        return json.loads(first).get("schema") == ARTICLE_SCHEMA
    except (OSError, ValueError, AttributeError, EOFError, RecursionError):
        return False


# --------------------------------------------------------------------------- the two stages

Item = Any  # WarcPage | Article | InputError, what the read stage hands to the work stage


@dataclass(slots=True)
class ReadBatch:
    """A batch of read items plus the read-side counts since the previous batch."""

    items: list[Item]
    records: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    read_s: float = 0.0


def read_batches(src: Source, batch_size: int = DEFAULT_BATCH) -> Iterator[ReadBatch]:
    """Stage 1 (streamed): a source → batches of raw items, never the whole source in memory."""
    from newsweave.sources.warc import WarcStats, iter_warc_pages, read_articles_jsonl

    stats = WarcStats()
    if src.kind == "warc":
        it: Iterator[Item] = iter_warc_pages(src.path or "", stats=stats)
    elif src.kind == "jsonl":
        it = read_articles_jsonl(src.path or "")
    elif src.kind == "articles":
        it = iter(src.articles)
    else:
        from newsweave.sources.files import iter_articles

        it = iter_articles([src.path or ""])
    buf: list[Item] = []
    seen = WarcStats()
    t0 = time.perf_counter()
    while True:
        try:
            item = next(it)
        except StopIteration:
            break
        except Exception as exc:  # a reader bug must not lose the rest of the run
            buf.append(
                UnreadableInput(f"reading failed: {type(exc).__name__}: {exc}", path=src.name)
            )
            break
        buf.append(item)
        if len(buf) >= batch_size:
            yield _flush(buf, stats, seen, t0)
            buf = []
            t0 = time.perf_counter()
    if buf or stats.records != seen.records:
        yield _flush(buf, stats, seen, t0)


def _flush(buf: list[Item], stats, seen, t0: float) -> ReadBatch:
    delta = Counter(stats.skipped)
    delta.subtract(seen.skipped)
    rb = ReadBatch(buf, stats.records - seen.records, +delta, time.perf_counter() - t0)
    seen.records = stats.records
    seen.skipped = Counter(stats.skipped)
    return rb


@dataclass(slots=True)
class BatchResult:
    """What stage 2 returns for one batch: per-item results in order, and its timings."""

    results: list[Any]  # prepare's output per article, or an InputError
    records: int
    skipped: Counter[str]
    read_s: float
    extract_s: float
    prepare_s: float


def process_batch(batch: ReadBatch, prepare: Prepare, settings: Settings) -> BatchResult:
    """Stage 2 (pure): extract raw pages, then ``prepare`` the articles; order is kept."""
    from newsweave.sources.warc import WarcPage, page_to_article

    t0 = time.perf_counter()
    items = [page_to_article(x) if isinstance(x, WarcPage) else x for x in batch.items]
    t1 = time.perf_counter()
    arts = [x for x in items if isinstance(x, Article)]
    prepared = list(prepare(arts, settings)) if arts else []
    if len(prepared) != len(arts):
        raise ValueError(f"prepare returned {len(prepared)} results for {len(arts)} articles")
    t2 = time.perf_counter()
    it = iter(prepared)
    results = [next(it) if isinstance(x, Article) else x for x in items]
    return BatchResult(results, batch.records, batch.skipped, batch.read_s, t1 - t0, t2 - t1)


# --------------------------------------------------------------------------- engines


@dataclass(slots=True)
class EngineStats:
    """Counts and per-stage seconds of one run (stage seconds are summed over workers)."""

    engine: str = "local"
    workers: int = 1
    sources: int = 0
    records: int = 0  # WARC records seen
    documents: int = 0  # results yielded (prepared articles)
    errors: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    startup_s: float = 0.0
    read_s: float = 0.0
    extract_s: float = 0.0
    prepare_s: float = 0.0
    wall_s: float = 0.0

    def add(self, r: BatchResult) -> None:
        self.records += r.records
        self.skipped.update(r.skipped)
        self.read_s += r.read_s
        self.extract_s += r.extract_s
        self.prepare_s += r.prepare_s
        for x in r.results:
            if isinstance(x, InputError):
                self.errors += 1
            else:
                self.documents += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "workers": self.workers,
            "sources": self.sources,
            "records": self.records,
            "documents": self.documents,
            "errors": self.errors,
            "skipped": dict(sorted(self.skipped.items())),
            "startup_s": round(self.startup_s, 3),
            "read_s": round(self.read_s, 3),
            "extract_s": round(self.extract_s, 3),
            "prepare_s": round(self.prepare_s, 3),
            "wall_s": round(self.wall_s, 3),
        }

    def describe(self) -> str:
        skips = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items()))
        return (
            f"{self.engine} engine ({plural(self.workers, 'worker')}): "
            f"{plural(self.documents, 'document')}, "
            f"{self.errors} unusable"
            + (f", WARC records skipped: {skips}" if skips else "")
            + f"; read {self.read_s:.1f}s, extract {self.extract_s:.1f}s, "
            f"prepare {self.prepare_s:.1f}s (worker seconds), wall {self.wall_s:.1f}s"
        )


class Engine:
    """Runs read → extract → prepare over sources and yields per-document results in order.

    The engine holds the run's :class:`~newsweave.config.Settings` and hands them to every
    ``prepare`` call, wherever it runs (Ray workers get the driver's, not their environment's).
    """

    name = "base"

    def __init__(self, settings: Settings, *, batch_size: int = DEFAULT_BATCH) -> None:
        self.settings = settings
        self.batch_size = batch_size
        self.stats = EngineStats(engine=self.name)

    def run(
        self, sources: Iterable[Source | str | Path | Article], prepare: Prepare
    ) -> Iterator[Any]:
        """Yield ``prepare``'s result per article, or an :class:`InputError`, in input order."""
        planned = _as_sources(sources)
        self.stats.sources += len(planned)
        t0 = time.perf_counter()
        try:
            for res in self._batches(planned, prepare):
                self.stats.add(res)
                yield from res.results
        finally:
            self.stats.wall_s += time.perf_counter() - t0

    def _batches(self, sources: list[Source], prepare: Prepare) -> Iterator[BatchResult]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _as_sources(sources: Iterable[Source | str | Path | Article]) -> list[Source]:
    items = list(sources)
    if all(isinstance(s, Source) for s in items):
        return items  # type: ignore[return-value]
    return plan_sources(x for x in items if not isinstance(x, Source)) + [
        x for x in items if isinstance(x, Source)
    ]


class LocalEngine(Engine):
    """In-process: the reference executor, and the default."""

    name = "local"

    def _batches(self, sources: list[Source], prepare: Prepare) -> Iterator[BatchResult]:
        for src in sources:
            for rb in read_batches(src, self.batch_size):
                yield process_batch(rb, prepare, self.settings)


class _RayWorker:
    """Ray Data callable class: one instance per worker process, so models load once there."""

    def __init__(self, prepare: Prepare, settings: Settings) -> None:
        self.prepare = prepare
        self.settings = settings

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        out = [
            pickle.dumps(process_batch(pickle.loads(b), self.prepare, self.settings))
            for b in batch["batch"]
        ]
        return {"result": np.array(out, dtype=object)}


def _ray_read(row: dict[str, Any], batch_size: int) -> Iterator[dict[str, Any]]:
    for rb in read_batches(pickle.loads(row["source"]), batch_size):
        yield {"batch": pickle.dumps(rb)}


class RayEngine(Engine):
    """Ray Data stages over the same functions; joins ``address`` or starts a local Ray."""

    name = "ray"

    def __init__(
        self,
        settings: Settings,
        address: str | None = None,
        *,
        num_cpus: int | None = None,
        batch_size: int = DEFAULT_BATCH,
        progress: bool = False,
    ) -> None:
        # one worker per core already uses every core: each runs its model on one thread
        super().__init__(replace(settings, model_threads=1), batch_size=batch_size)
        self.address = address
        self.progress = progress
        t0 = time.perf_counter()
        self._owns_ray = start_ray(address, num_cpus=num_cpus)
        import ray

        self.stats.startup_s = time.perf_counter() - t0
        self.cpus = float(ray.cluster_resources().get("CPU", 1))
        self.workers = max(1, int(self.cpus))
        self.stats.workers = self.workers

    def _batches(self, sources: list[Source], prepare: Prepare) -> Iterator[BatchResult]:
        if not sources:
            return
        import ray
        import ray.data

        ctx = ray.data.DataContext.get_current()
        saved = (
            ctx.execution_options.preserve_order,
            ctx.enable_progress_bars,
            ctx.target_max_block_size,
        )
        ctx.execution_options.preserve_order = True  # the driver must see the local engine's order
        ctx.enable_progress_bars = self.progress
        # every pre-cut batch its own block, so batches spread over the worker pool instead of
        # queueing behind one another inside a single block
        ctx.target_max_block_size = 1024
        try:
            yield from self._stream(sources, prepare)
        finally:  # leave the caller's Ray Data settings as they were
            (
                ctx.execution_options.preserve_order,
                ctx.enable_progress_bars,
                ctx.target_max_block_size,
            ) = saved

    def _stream(self, sources: list[Source], prepare: Prepare) -> Iterator[BatchResult]:
        import ray.data

        ds = ray.data.from_items(
            [{"source": pickle.dumps(s)} for s in sources], override_num_blocks=len(sources)
        )
        ds = ds.flat_map(
            _ray_read, fn_kwargs={"batch_size": self.batch_size}, num_cpus=READ_TASK_CPUS
        )
        ds = ds.map_batches(
            _RayWorker,
            fn_constructor_kwargs={"prepare": prepare, "settings": self.settings},
            batch_size=1,  # one row = one pre-cut batch, identical to the local engine's
            compute=ray.data.ActorPoolStrategy(
                min_size=1 if self.address else self.workers, max_size=self.workers
            ),
            # leave room for the read task, or a full actor pool starves it (a deadlock)
            num_cpus=(self.cpus - READ_TASK_CPUS) / self.workers,
            batch_format="numpy",
        )
        for row in ds.iter_rows():
            yield pickle.loads(row["result"])

    def close(self) -> None:
        if self._owns_ray:
            import ray

            ray.shutdown()
            self._owns_ray = False


def start_ray(address: str | None = None, *, num_cpus: int | None = None) -> bool:
    """Connect to ``address`` or start a local Ray; returns True when this call started it.

    A local Ray gets ``num_cpus`` (default: all cores), no dashboard, no usage
    statistics, a small object store, and workers that run ONNX on one thread
    each (one worker per core already uses every core).
    """
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_DISABLE_DOCKER_CPU_WARNING", "1")
    # Ray starts its workers at nice 15: on a machine shared with anything else they starve
    # (measured here: 6% of a core each while the driver waited). They do the real work.
    os.environ.setdefault("RAY_worker_niceness", "0")
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(
            "the Ray engine needs Ray: pip install 'newsweave[ray]' (ray[data], pyarrow)"
        ) from exc
    if ray.is_initialized():
        return False
    for name in ("ray", "ray.data", "ray._private"):
        logging.getLogger(name).setLevel(logging.WARNING)
    env = {"RAY_USAGE_STATS_ENABLED": "0"}
    kwargs: dict[str, Any] = {
        "include_dashboard": False,
        "log_to_driver": False,
        "logging_level": logging.WARNING,
        "runtime_env": {"env_vars": env},
    }
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(
                num_cpus=num_cpus or os.cpu_count() or 1,
                object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                **kwargs,
            )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {address!r}" if address else "a local Ray"
        raise ConfigError(
            f"could not start or join {where}: {exc}. "
            "Check `ray status` on the head node and that this machine can reach it "
            "(ray:// needs port 10001, a plain address port 6379)."
        ) from exc
    return True


def open_engine(
    name: str,
    settings: Settings,
    *,
    address: str | None = None,
    num_cpus: int | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: bool = False,
) -> Engine:
    """The engine called ``name`` ("local" or "ray"); use it as a context manager."""
    if name == "local":
        if address:
            raise ConfigError("--address only applies to --engine ray")
        return LocalEngine(settings, batch_size=batch_size)
    if name == "ray":
        return RayEngine(
            settings, address, num_cpus=num_cpus, batch_size=batch_size, progress=progress
        )
    raise ConfigError(f"unknown engine {name!r}: use 'local' or 'ray'")


# --------------------------------------------------------------------------- Parquet output

# Rows per Parquet file: ~50k articles is ~250 MB with text and vectors, a comfortable shard.
PARQUET_ROWS_PER_FILE = 50_000
# Written into each shard's metadata; `newsweave ingest DIR` reads only shards that carry it.
PREPARED_SCHEMA = "newsweave.prepared/1"


def prepare_to_parquet(
    inputs: Iterable[str | Path | Article],
    out_dir: str | Path,
    settings: Settings,
    *,
    engine: str = "local",
    address: str | None = None,
    rows_per_file: int = PARQUET_ROWS_PER_FILE,
) -> EngineStats:
    """The parallel half of ingest, written as Parquet shards instead of the store.

    For runs too big for one SQLite file (an archive of months): every prepared
    article becomes a row (the article as JSON, its embedding, MinHash, lead
    entities, day) in ``out_dir/part-NNNNN.parquet``; unusable inputs go to
    ``out_dir/_errors.jsonl`` (the underscore keeps Parquet readers off it). Events are assigned
    later, where the store is: ``newsweave ingest out_dir --db FILE`` reads the shards
    (:func:`read_prepared`) and runs only the sequential half. Streamed: at most
    ``rows_per_file`` rows are held before a file is closed.
    """
    from newsweave.events.prepare import prepare_batch

    schema = _prepared_schema()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if any(out.glob("part-*.parquet")):
        raise ConfigError(f"{out} already holds Parquet parts; give an empty or new folder")
    shards = _ShardWriter(out, schema)
    with (
        open_engine(engine, settings, address=address) as eng,
        (out / "_errors.jsonl").open("w") as errs,
    ):
        for item in eng.run(list(inputs), prepare_batch):
            if isinstance(item, InputError):
                errs.write(json.dumps({"path": item.path, "error": item.message}) + "\n")
                continue
            shards.append(item)
            if len(shards) >= rows_per_file:
                shards.flush()
        shards.flush()
    return eng.stats


def _prepared_schema() -> pa.Schema:
    """The columns of a prepared shard, tagged :data:`PREPARED_SCHEMA` in its metadata."""
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("url", pa.string()),
            ("published", pa.string()),
            ("day", pa.int32()),
            ("article", pa.string()),  # Article.to_json(), newsweave.article/1
            ("embedding", pa.list_(pa.float32())),
            ("minhash", pa.binary()),
            ("entities", pa.list_(pa.string())),  # clustering keys
            ("entity_names", pa.list_(pa.string())),
            ("entity_labels", pa.list_(pa.string())),
            ("terms", pa.binary()),  # events.prepare.TERMS_DTYPE records
            ("excluded", pa.list_(pa.list_(pa.int32()))),  # off-topic [start, end] pairs
        ],
        metadata={b"newsweave": PREPARED_SCHEMA.encode()},
    )


class _ShardWriter:
    """Prepared articles as the rows of ``part-NNNNN.parquet`` files, one file per flush."""

    def __init__(self, out: Path, schema: pa.Schema) -> None:
        self.out = out
        self.schema = schema
        self.rows: dict[str, list] = {f.name: [] for f in schema}
        self.part = 0

    def __len__(self) -> int:
        return len(self.rows["id"])

    def append(self, item: PreparedArticle) -> None:
        """Hold one prepared article as a row (the article as JSON, its bytes and keys as lists)."""
        a = item.article
        rows = self.rows
        rows["id"].append(a.id)
        rows["url"].append(a.url)
        rows["published"].append(a.published.isoformat() if a.published else None)
        rows["day"].append(item.day)
        rows["article"].append(json.dumps(a.to_json(), ensure_ascii=False))
        rows["embedding"].append(np.frombuffer(item.embedding, dtype=np.float32).tolist())
        rows["minhash"].append(item.minhash)
        rows["entities"].append([e.key for e in item.entities])
        rows["entity_names"].append([e.name for e in item.entities])
        rows["entity_labels"].append([e.label for e in item.entities])
        rows["terms"].append(item.terms)
        rows["excluded"].append([[x.start, x.end] for x in item.excluded])

    def flush(self) -> None:
        """Write the rows held as the next part (nothing when none are held)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.rows["id"]:
            pq.write_table(
                pa.table(self.rows, schema=self.schema), self.out / f"part-{self.part:05d}.parquet"
            )
            self.part += 1
            for v in self.rows.values():
                v.clear()


def is_prepared_dir(path: str | Path) -> bool:
    """A folder written by :func:`prepare_to_parquet` (it holds ``part-*.parquet`` shards)."""
    p = Path(path)
    return p.is_dir() and any(p.glob("part-*.parquet"))


def prepared_shards(folder: str | Path) -> list[Path]:
    """The shards of a :func:`prepare_to_parquet` folder, in the order they were written."""
    return sorted(Path(folder).glob("part-*.parquet"))


def read_prepared(path: str | Path) -> Iterator[PreparedArticle]:
    """The prepared articles of a :func:`prepare_to_parquet` folder (or of one shard), streamed
    in record batches; a shard that is not readable or not ``newsweave.prepared/1`` raises
    :class:`~newsweave.errors.InputError` naming it before any of its rows is yielded."""
    import pyarrow.parquet as pq

    from newsweave.events.features import EntityKey
    from newsweave.events.prepare import PreparedArticle

    path = Path(path)
    for part in prepared_shards(path) if path.is_dir() else [path]:
        try:
            pf = pq.ParquetFile(part)
            tag = (pf.schema_arrow.metadata or {}).get(b"newsweave", b"").decode()
        except Exception as exc:  # pyarrow raises several types for a damaged file
            raise InputError(f"not a readable Parquet file: {exc}", path=str(part)) from exc
        if tag != PREPARED_SCHEMA:
            raise InputError(
                f"not a newsweave prepared shard ({PREPARED_SCHEMA}; found {tag or 'no tag'}): "
                "write it with `newsweave ingest --parquet DIR`",
                path=str(part),
            )
        try:
            for batch in pf.iter_batches(batch_size=1024):
                for r in batch.to_pylist():
                    art = Article.from_json(json.loads(r["article"]))
                    ents = tuple(
                        EntityKey(k, n, lab)
                        for k, n, lab in zip(
                            r["entities"], r["entity_names"], r["entity_labels"], strict=True
                        )
                    )
                    yield PreparedArticle(
                        article=art,
                        embedding=np.asarray(r["embedding"], dtype=np.float32).tobytes(),
                        minhash=r["minhash"],
                        terms=r["terms"],
                        entities=ents,
                        excluded=tuple(Span(art.id, a, b) for a, b in r["excluded"]),
                        day=r["day"],
                    )
        except (OSError, ValueError, KeyError) as exc:
            raise InputError(f"damaged prepared shard: {exc}", path=str(part)) from exc
