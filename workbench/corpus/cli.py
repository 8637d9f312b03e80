"""``workbench corpus build`` and ``workbench corpus export``: the corpus store from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import WorkbenchError
from .inputs import Columns


def add_corpus_parser(subparsers: Any) -> None:
    """Register ``workbench corpus`` and its sub-commands on the main parser's sub-parsers."""
    corpus = subparsers.add_parser("corpus", help="analyse many articles into a DuckDB corpus store")
    commands = corpus.add_subparsers(dest="corpus_command", required=True)

    build = commands.add_parser(
        "build",
        help="read files, folders or URLs into STORE/corpus.duckdb (again: only new or changed articles)",
        description="Analyse every article of the inputs into the store; articles already in it are skipped.",
    )
    build.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, folders (.txt .md .html .json .jsonl .csv .parquet, recursively), globs or http(s) URLs",
    )
    build.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store's folder")
    build.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes on this machine (default 1)")
    build.add_argument(
        "--scheduler", metavar="ADDRESS", help="run the analysis on a Dask cluster (e.g. tcp://10.0.0.5:8786)"
    )
    build.add_argument("--batch", type=int, default=64, metavar="N", help="articles per batch and transaction")
    build.add_argument("--max-bytes", type=int, default=None, help="refuse article files larger than this (5 MB)")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    for name, default in vars(Columns()).items():
        build.add_argument(
            f"--{name}-column", dest=f"{name}_column", default=default, metavar="NAME", help=f"records' {name} column"
        )
    build.set_defaults(run=run_build)

    export = commands.add_parser("export", help="write the store's tables as Parquet files")
    export.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store's folder")
    export.add_argument("--parquet", type=Path, required=True, metavar="OUT", help="folder for TABLE.parquet files")
    export.set_defaults(run=run_export)


def run_build(args: argparse.Namespace) -> int:
    """Exit 0 when every input was read, 1 when some failed (each reported), 130 when interrupted."""
    from .build import build_corpus

    columns = Columns(**{name: getattr(args, f"{name}_column") for name in vars(Columns())})
    options = {"max_bytes": args.max_bytes} if args.max_bytes else {}
    try:
        report = build_corpus(
            args.inputs,
            args.store,
            jobs=args.jobs,
            scheduler=args.scheduler,
            batch_size=args.batch,
            columns=columns,
            progress=not args.quiet and sys.stderr.isatty(),
            **options,
        )
    except KeyboardInterrupt:
        print("workbench corpus: interrupted; every whole batch is in the store, run again to go on", file=sys.stderr)
        return 130
    except (WorkbenchError, OSError) as exc:
        print(f"workbench corpus: {exc}", file=sys.stderr)
        return 2
    for path, reason in report.errors:
        print(f"workbench: {path}: {reason}", file=sys.stderr)
    print(report.text())
    return 1 if report.errors else 0


def run_export(args: argparse.Namespace) -> int:
    from .store import export_parquet

    try:
        written = export_parquet(args.store, args.parquet)
    except WorkbenchError as exc:
        print(f"workbench corpus: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0
