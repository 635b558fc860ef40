"""The ``newsweave`` command: a thin adapter over the library's public functions.

Each sub-command parses its arguments, calls one library function, and prints.
Errors derived from :class:`~newsweave.errors.NewsweaveError` become one
``newsweave: <message>`` line on stderr and the error's exit code; problems
with single inputs are reported per input while the others go through.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsweave import __version__
from newsweave.config import Settings
from newsweave.errors import ConfigError, InputError, NewsweaveError, OutputError
from newsweave.text.counts import noun, plural

DEFAULT_DB = "newsweave.db"
# Events `newsweave events` lists unless --limit says otherwise (0 = all): a screenful.
EVENTS_SHOWN = 50


# The largest TCP port number.
MAX_PORT = 65535


def _dump(obj: Any, fmt: str) -> str:
    # allow_nan=False: NaN or Infinity would make invalid JSON; a ValueError names the bug.
    if fmt == "jsonl":
        return json.dumps(obj, ensure_ascii=False, allow_nan=False)
    return json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False)


def _write(text: str, out: str | None) -> None:
    """Write ``text`` to the file ``out`` (or stdout); a failure is an :class:`OutputError`
    naming the file (disk full, no permission, a folder in the way)."""
    if out:
        try:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"cannot write the output: {exc.strerror or exc}", path=out) from exc
        print(f"newsweave: wrote {out}", file=sys.stderr)
    else:
        _out(text if text.endswith("\n") else text + "\n")


def _out(text: str) -> None:
    """Write to stdout; a failure (disk full, a closed device) is an :class:`OutputError`."""
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        raise  # the reader went away (`| head`): not an error of this run
    except OSError as exc:
        raise _stdout_failed(exc) from exc


def _stdout_failed(exc: OSError) -> OutputError:
    """The error for a failed stdout; stdout then goes to /dev/null so that the interpreter's
    last flush at exit does not fail again with a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return OutputError(f"cannot write the output: {exc.strerror or exc}", path="stdout")


# --------------------------------------------------------------------------- argument types


def _unit_interval(text: str) -> float:
    """A finite number from 0 to 1 (a similarity threshold); argparse reports anything else."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be a finite number from 0 to 1, got {text!r}")
    return value


def _int_in(low: int, high: int | None) -> Any:
    """An argparse type: a whole number from ``low`` to ``high`` (no upper bound if None)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low or (high is not None and value > high):
            bound = f"from {low} to {high}" if high is not None else f"at least {low}"
            raise argparse.ArgumentTypeError(f"must be {bound}, got {text!r}")
        return value

    return parse


def _report_input_error(err: InputError) -> None:
    print(f"newsweave: skipped {err}", file=sys.stderr)


# --------------------------------------------------------------------------- extract


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.sources.files import iter_articles

    failures = 0
    records = []
    for item in iter_articles(args.paths):
        if isinstance(item, InputError):
            _report_input_error(item)
            failures += 1
            continue
        rec = item.to_json()
        if args.format == "text":
            _out(f"# {item.title or ''}\n{item.text}\n\n")
        elif args.format == "jsonl":
            _out(_dump(rec, "jsonl") + "\n")
        else:
            records.append(rec)
    if args.format == "json":
        _out(_dump(records, "json") + "\n")
    return 2 if failures and not records and args.format == "json" else (1 if failures else 0)


# --------------------------------------------------------------------------- quotes


def cmd_quotes(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.models import to_json
    from newsweave.nlp import get_spacy
    from newsweave.nlp.parse import parse_text
    from newsweave.sources.files import iter_articles
    from newsweave.synthesis.quotes.extraction import extract_quotes

    nlp = get_spacy(settings)

    failures = 0
    out = []
    for item in iter_articles(args.paths):
        if isinstance(item, InputError):
            _report_input_error(item)
            failures += 1
            continue
        try:  # a text past the parser's limit is that article's error; the others go on
            doc = parse_text(item.text, nlp, source=item.path or item.url or item.id)
        except InputError as exc:
            _report_input_error(exc)
            failures += 1
            continue
        quotes = [
            {
                "text": q.text,
                "speaker": q.speaker,
                "cue": q.cue,
                "start": q.start,
                "end": q.end,
                "role": q.speaker_role,
                "kind": q.kind,
                "form": q.form,
                "speaker_type": q.speaker_type,
                "speaker_span": to_json(q.speaker_span),
            }
            for q in extract_quotes(item, doc)
        ]
        rec = {"path": item.path or item.url or item.id, "article": item.id, "quotes": quotes}
        if args.format == "jsonl":
            _out(_dump(rec, "jsonl") + "\n")
        else:
            out.append(rec)
    if args.format == "json":
        _out(_dump(out, "json") + "\n")
    return 1 if failures else 0


# --------------------------------------------------------------------------- brief


def cmd_brief(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.serve.render import render_report
    from newsweave.sources.files import iter_articles
    from newsweave.synthesis.weave import weave

    articles = []
    for item in iter_articles(args.paths):
        if isinstance(item, InputError):
            _report_input_error(item)
            continue
        articles.append(item)
    if not articles:
        raise InputError("no readable article among the inputs", path=" ".join(args.paths))
    outputs = args.output or [None]
    formats = [_output_format(args.format, out) for out in outputs]
    bar = _progress_bar("weave", "event") if args.split else None
    report = weave(
        articles,
        words=args.words,
        single_event=not args.split,
        settings=settings,
        progress=None if bar is None else bar.update_to,
    )
    if bar is not None:
        bar.close()
    for out, fmt in zip(outputs, formats, strict=True):  # one weave, every requested format
        shown = report
        if fmt == "html":
            # the page shows what cleaning removed, struck out, on demand (never in the synthesis)
            from newsweave.serve.webpage import with_removed

            shown = with_removed(report, articles)
        _write(render_report(shown, fmt), out)
    return 0


_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html"}


class _Bar:
    """A tqdm bar on the terminal's stderr, moved to an absolute count."""

    def __init__(self, desc: str, unit: str) -> None:
        from tqdm import tqdm

        from newsweave.corpus.ingest import bar_geometry

        self.bar = tqdm(desc=desc, unit=unit, **bar_geometry())

    def update_to(self, done: int, total: int) -> None:
        self.bar.total = total
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        self.bar.close()


def _progress_bar(desc: str, unit: str) -> _Bar | None:
    """A progress bar when stderr is a terminal; none when it is a file or a pipe."""
    return _Bar(desc, unit) if sys.stderr.isatty() else None


def _output_format(given: str | None, output: str | None) -> str:
    """``--format`` when given, else the output file's suffix, else Markdown."""
    if given:
        return given
    if output:
        fmt = _SUFFIX_FORMATS.get(Path(output).suffix.lower())
        if fmt is None:
            raise ConfigError(
                f"cannot tell the format of {output!r} from its suffix: "
                "use .md, .json or .html, or give --format"
            )
        return fmt
    return "md"


# --------------------------------------------------------------------------- store commands


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.corpus.ingest import ingest

    if getattr(args, "parquet", None):
        from newsweave.scale.engine import prepare_to_parquet

        stats = prepare_to_parquet(
            args.inputs, args.parquet, settings, engine=args.engine, address=args.address
        )
        print(f"newsweave: wrote {args.parquet}: {stats.describe()}", file=sys.stderr)
        return 1 if stats.errors else 0
    summary = ingest(
        args.inputs,
        db=args.db,
        engine=args.engine,
        address=args.address,
        progress=not args.quiet,
        settings=_with_private(settings, args),
    )
    for msg in summary.failed:
        print(f"newsweave: skipped {msg}", file=sys.stderr)
    print(f"newsweave: {summary.describe()}", file=sys.stderr)
    return 1 if summary.failed else 0


def cmd_events(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.corpus.outlets import independent_origins
    from newsweave.corpus.store import MAX_LIMIT, Store

    filters = {"since": args.since, "dated": args.dated, "min_sources": args.min_sources}
    with Store(args.db, readonly=True) as store:
        total = store.count_events(**filters)
        wanted = total if args.limit == 0 else min(args.limit, total)
        events = []
        while len(events) < wanted:  # pages of the store's largest page
            page = min(MAX_LIMIT, wanted - len(events))
            events += store.list_events(limit=page, offset=len(events), **filters)
        if args.format == "json":
            listed = {
                "total": total,
                "events": [e.to_json() for e in events],
                "set_aside": [{"id": a.id, "reason": a.not_article} for a in store.non_articles()],
            }
            _out(_dump(listed, "json") + "\n")
        else:
            for e in events:  # the counts as the event's page says them (corpus.outlets)
                counts = "\t".join(
                    f"{n:3d} {noun(n, word)}"
                    for n, word in ((len(e.articles), "article"), (e.n_sources, "named outlet"))
                )
                origins = (  # while an ingest counts them, that they are being counted
                    f"  - {independent_origins(e.n_origins, pending=True)}"
                    if e.origins_pending
                    else f"{e.n_origins:3d} {noun(e.n_origins, 'independent origin')}"
                )
                counts += f"\t{origins}"
                _out(f"{e.id}\t{e.date or '-':10}\t{counts}\t{e.title}\n")
            _out(f"showing {len(events)} of {plural(total, 'event')}\n")
            if aside := store.count_non_articles():
                aside_note = f"{plural(aside, 'document')} set aside as not articles"
                _out(f"({aside_note}: --format json lists why)\n")
    return 0


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    """Bring an existing store's schema up to date: the commands that only read it (``events``,
    ``serve``) refuse a store an older newsweave wrote rather than change it unasked."""
    from newsweave.corpus.store import Store

    with Store(args.db, create=False) as store:
        print(f"newsweave: {args.db} is at schema v{store.schema_version}", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.corpus.store import Store
    from newsweave.serve.render import render_report

    # never creates a store; caches the synthesis when the file may be written, else only shows
    writable = not Path(args.db).exists() or os.access(args.db, os.W_OK)
    with Store(args.db, readonly=not writable, create=False) as store:
        event_id = args.event_id
        into = None if store.has_event(event_id) else store.follow(event_id)
        if into is not None:  # merged into another event since it was shown: follow it there
            print(
                f"newsweave: event {event_id} was merged into {into}; showing {into}",
                file=sys.stderr,
            )
            event_id = into
        report = store.event_report(event_id, settings=settings)
    _write(render_report(report, args.format), args.output)
    return 0


def cmd_cluster(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.events.cluster import cluster_paths

    bar = _progress_bar("cluster", "art")
    result = cluster_paths(
        args.paths,
        settings,
        threshold=args.threshold,
        progress=None if bar is None else bar.update_to,
    )
    if bar is not None:
        bar.close()
    _out(_dump(result.to_json(), "json") + "\n")
    return 0


def _with_private(settings: Settings, args: argparse.Namespace) -> Settings:
    """``settings`` with ``--allow-private`` added to ``$NEWSWEAVE_ALLOW_PRIVATE``."""
    return replace(settings, allow_private=settings.allow_private or args.allow_private)


# --------------------------------------------------------------------------- sources, watch


def cmd_sources_add(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.corpus.sources import add_sources

    result = add_sources(
        args.db, args.inputs, name=args.name, settings=_with_private(settings, args)
    )
    for s in result.added:
        print(f"newsweave: added {s.name} ({s.kind}): {s.url}", file=sys.stderr)
    for s in result.updated:
        print(f"newsweave: already listed, updated {s.name}: {s.url}", file=sys.stderr)
    for msg in result.failed:
        print(f"newsweave: error: {msg}", file=sys.stderr)
    n = len(result.added) + len(result.updated)
    print(f"newsweave: {plural(n, 'source')} added or updated in {args.db}", file=sys.stderr)
    if result.failed:
        return 2 if n == 0 else 1
    return 0


def cmd_sources_list(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.corpus.sources import list_sources

    listed = list_sources(args.db)
    if args.format == "json":
        _out(_dump([s.to_json() for s in listed], "json") + "\n")
        return 0
    for s in listed:
        polled = s.last_polled.isoformat() if s.last_polled else "never polled"
        state = f"{polled} {s.last_status or ''}".strip()
        if s.failures and s.next_poll is not None:
            state += (
                f" ({plural(s.failures, 'failure')} in a row; next try {s.next_poll.isoformat()})"
            )
        _out(f"{s.name}\t{s.kind}\t{s.domain}\t{s.url}\t{state}\n")
    _out(f"{plural(len(listed), 'source')} in {args.db}\n")
    return 0


def cmd_sources_remove(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.corpus.sources import remove_sources

    missing = remove_sources(args.db, args.urls)
    for url in missing:
        print(f"newsweave: error: {url}: not in the source list of {args.db}", file=sys.stderr)
    removed = len(args.urls) - len(missing)
    print(f"newsweave: removed {plural(removed, 'source')} from {args.db}", file=sys.stderr)
    return 2 if missing else 0


def cmd_watch(args: argparse.Namespace, settings: Settings) -> int:
    from newsweave.corpus.watch import watch

    settings = _with_private(settings, args)
    run = watch(args.db, settings, every=args.every, once=args.once)
    if run is not None and args.once and args.format == "json":
        _out(_dump(run.to_json(), "json") + "\n")
    return 1 if run is not None and run.count("failed") else 0


def _every(text: str) -> float:
    """A poll interval (``90s``, ``15m``, ``2h``) of at least a minute; argparse reports others."""
    from newsweave.corpus.watch import MIN_EVERY_S, parse_every

    try:
        seconds = parse_every(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if seconds < MIN_EVERY_S:
        raise argparse.ArgumentTypeError(
            f"at least {MIN_EVERY_S:g} seconds, got {text!r}: polling more often burdens the feeds"
        )
    return seconds


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    if args.token is not None:
        raise ConfigError(
            "--token is no longer accepted: a token on the command line is visible to every "
            "user in `ps`; set NEWSWEAVE_TOKEN or give --token-file FILE"
        )
    token = _read_token(args.token_file) if args.token_file else None
    from newsweave.serve.app import serve  # after the checks: a wrong option fails at once

    if args.every is not None and not args.watch:
        raise ConfigError("--every is the interval of --watch: give --watch too")
    settings = _with_private(settings, args)
    if args.every is not None:
        settings = replace(settings, watch_every_s=args.every)
    serve(
        db=args.db,
        settings=settings,
        host=args.host,
        port=args.port,
        token=token,
        watch=args.watch,
    )
    return 0


def _read_token(path: str) -> str:
    """The write token from the first line of ``path`` (kept out of ``ps`` and shell history)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the token file: {exc}", path=path) from exc
    token = lines[0].strip() if lines else ""
    if not token:
        raise ConfigError("the token file is empty", path=path)
    return token


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsweave",
        description="Turn news articles from many outlets into events and cited accounts.",
    )
    p.add_argument("--version", action="version", version=f"newsweave {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("extract", help="clean articles (text, HTML, JSON) into structured records")
    s.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    s.add_argument(
        "--format",
        choices=["json", "jsonl", "text"],
        default="json",
        help="one JSON list, a record per line, or each article's body as text (default: json)",
    )
    s.set_defaults(fn=cmd_extract)

    s = sub.add_parser("quotes", help="direct quotes with speaker and cue, per input file")
    s.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    s.add_argument(
        "--format",
        choices=["json", "jsonl"],
        default="json",
        help="one JSON list or a record per line (default: json)",
    )
    s.set_defaults(fn=cmd_quotes)

    s = sub.add_parser("brief", help="weave the given articles into one cited event account")
    s.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    s.add_argument(
        "--format",
        choices=["md", "json", "html"],
        default=None,
        help="output format (default: from each -o FILE's suffix, else md)",
    )
    s.add_argument(
        "--words", type=_int_in(1, None), default=None, help="length-limited summary of N words"
    )
    s.add_argument(
        "-o",
        "--output",
        action="append",
        default=None,
        metavar="FILE",
        help="write here instead of stdout; repeat for several formats from one weave",
    )
    s.add_argument(
        "--split", action="store_true", help="cluster the inputs into several events first"
    )
    s.set_defaults(fn=cmd_brief)

    s = sub.add_parser("ingest", help="add files, folders, JSONL, feeds or URLs to the store")
    s.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH|URL",
        help="files, folders, JSONL, WARC, a feed or a page's URL, or a --parquet DIR",
    )
    _add_db(s)
    s.add_argument(
        "--engine",
        choices=["local", "ray"],
        default="local",
        help="prepare articles in this process, or on Ray's workers (default: local)",
    )
    s.add_argument(
        "--address", default=None, help="Ray cluster address (default: start a local Ray)"
    )
    s.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    s.add_argument(
        "--parquet",
        default=None,
        metavar="DIR",
        help="write prepared articles as Parquet shards to DIR instead of the store (huge runs);"
        " `ingest DIR` later stores them and assigns their events",
    )
    s.add_argument("--allow-private", action="store_true", help=_PRIVATE_HELP)
    s.set_defaults(fn=cmd_ingest)

    s = sub.add_parser("events", help="list the stored events")
    _add_db(s)
    s.add_argument(
        "--since", default=None, metavar="DATE", help="on or after DATE (undated ones too)"
    )
    s.add_argument("--dated", action="store_true", help="only events with a known date")
    s.add_argument(
        "--min-sources",
        type=_int_in(0, None),
        default=0,
        metavar="N",
        help="at least N named outlets (an article that names none is not counted)",
    )
    s.add_argument(
        "--limit", type=_int_in(0, None), default=EVENTS_SHOWN, metavar="N", help="0 = all"
    )
    s.add_argument("--format", choices=["table", "json"], default="table", help="(default: table)")
    s.set_defaults(fn=cmd_events)

    s = sub.add_parser("migrate", help="bring an existing store's schema up to date")
    _add_db(s)
    s.set_defaults(fn=cmd_migrate)

    s = sub.add_parser("show", help="one stored event's synthesis")
    s.add_argument("event_id", help="an id `newsweave events` lists (a merged one is followed)")
    _add_db(s)
    s.add_argument("--format", choices=["md", "json", "html"], default="md", help="(default: md)")
    s.add_argument(
        "-o", "--output", default=None, metavar="FILE", help="write here instead of stdout"
    )
    s.set_defaults(fn=cmd_show)

    s = sub.add_parser("cluster", help="cluster documents into events without touching the store")
    s.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    s.add_argument("--format", choices=["json"], default="json", help="(the only one: json)")
    s.add_argument(
        "--threshold",
        type=_unit_interval,
        default=None,
        help="similarity from 0 to 1 at which articles form one event (default: tuned)",
    )
    s.set_defaults(fn=cmd_cluster)

    s = sub.add_parser("serve", help="serve the JSON API and the web page")
    _add_db(s)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument(
        "--port",
        type=_int_in(0, MAX_PORT),
        default=8000,
        help="port to listen on, 0 for any free one (default: 8000)",
    )
    s.add_argument(
        "--token-file",
        default=None,
        metavar="FILE",
        help="read the token for writes from FILE's first line (default: $NEWSWEAVE_TOKEN)",
    )
    # refused with a message that says why (a token in argv is visible in `ps`)
    s.add_argument("--token", default=None, help=argparse.SUPPRESS)
    s.add_argument("--allow-private", action="store_true", help=_PRIVATE_HELP)
    s.add_argument(
        "--watch",
        action="store_true",
        help="poll the store's sources in the background (see `newsweave watch`)",
    )
    s.add_argument(
        "--every", type=_every, default=None, metavar="DURATION", help="poll interval of --watch"
    )
    s.set_defaults(fn=cmd_serve)
    _add_source_commands(sub)
    return p


_PATHS_HELP = "files or folders of text, HTML, JSON, JSONL or WARC"


def _add_db(parser: argparse.ArgumentParser) -> None:
    """The ``--db`` option every store command takes, with the same help."""
    parser.add_argument(
        "--db", default=DEFAULT_DB, metavar="FILE", help=f"the SQLite store (default: {DEFAULT_DB})"
    )


_PRIVATE_HELP = (
    "also follow links and redirects to private, loopback and link-local addresses"
    " (URLs you give by hand are fetched as given; $NEWSWEAVE_ALLOW_PRIVATE=1)"
)


def _add_source_commands(sub: Any) -> None:
    """``sources add|list|remove`` and ``watch``."""
    s = sub.add_parser("sources", help="the feeds `watch` polls: add, list, remove")
    ss = s.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = ss.add_parser(
        "add", help="add feeds: a feed URL, an OPML file (path or URL), or a site's page"
    )
    a.add_argument(
        "inputs", nargs="+", metavar="URL|OPML", help="feed URLs, OPML files or sites' pages"
    )
    a.add_argument("--name", default=None, help="the outlet's name (default: the site's own)")
    _add_db(a)
    a.add_argument("--allow-private", action="store_true", help=_PRIVATE_HELP)
    a.set_defaults(fn=cmd_sources_add)
    a = ss.add_parser("list", help="the sources with their outlet and last poll")
    _add_db(a)
    a.add_argument("--format", choices=["table", "json"], default="table", help="(default: table)")
    a.set_defaults(fn=cmd_sources_list)
    a = ss.add_parser("remove", help="remove sources (their articles stay)")
    a.add_argument("urls", nargs="+", metavar="URL", help="feed URLs as `sources list` shows them")
    _add_db(a)
    a.set_defaults(fn=cmd_sources_remove)

    s = sub.add_parser("watch", help="poll the sources and ingest new articles, repeatedly")
    _add_db(s)
    s.add_argument(
        "--every",
        type=_every,
        default=None,
        metavar="DURATION",
        help="interval between polls: 90s, 15m, 2h (default: 15m)",
    )
    s.add_argument("--once", action="store_true", help="one poll of every source, then exit")
    s.add_argument(
        "--format", choices=["text", "json"], default="text", help="--once: the run as JSON too"
    )
    s.add_argument("--allow-private", action="store_true", help=_PRIVATE_HELP)
    s.set_defaults(fn=cmd_watch)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()  # read once; every command passes it down
        code = int(args.fn(args, settings) or 0)
        _flush_stdout()
        return code
    except NewsweaveError as exc:
        print(f"newsweave: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("newsweave: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _flush_stdout() -> None:
    """Flush stdout now, so that a full disk or a closed pipe is an error of this run rather
    than a traceback at interpreter exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _stdout_failed(exc) from exc


if __name__ == "__main__":
    sys.exit(main())
