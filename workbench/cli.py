"""The command line: ``workbench analyze``, ``workbench export --jsonl``, ``workbench brief``.

Exit codes: 0 all well; 1 some files failed (each reported on stderr, the rest still processed);
2 a usage error. ``python -m workbench`` is the same command.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__
from .article import Article
from .budget import DEFAULT_SECONDS, TimeBudgetExceeded
from .budget import time_budget as budget
from .corpus.cli import add_corpus_parser
from .errors import WorkbenchError
from .load import expand_sources, iter_file
from .load.decode import size_limit_named
from .pipeline import Analysis, analyze
from .report.briefing import MY_ARTICLES
from .summary import plural

if TYPE_CHECKING:
    from .analysis.sourcing.registry import Source


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        with size_limit_named("--max-bytes"):
            return args.run(args)
    except BrokenPipeError:  # `workbench export ... | head`
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench", description="Take news articles apart: structure, sourcing, claims, readability."
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = parser.add_subparsers(dest="command")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article files, folders, globs or http(s):// URLs (text, Markdown, HTML, JSON, JSON Lines, CSV)",
    )
    common.add_argument(
        "--date", type=_iso_date, help="the article's date (YYYY-MM-DD), to resolve 'on Monday' and the like"
    )
    common.add_argument(
        "--max-bytes", type=int, default=None, help="refuse files and pages larger than this (default 5 MB)"
    )
    common.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS", help="give up on a URL after this long (default 20)"
    )

    p_analyze = sub.add_parser("analyze", parents=[common], help="print a readable summary of each article")
    p_analyze.add_argument(
        "--csv",
        metavar="DIR",
        type=Path,
        help="also write blocks, readability, sources, quotes and claims as CSV files into DIR, named after "
        "each file (FILE_N for record N of a records file; FOLDER_FILE for a second file of the same name)",
    )
    p_analyze.add_argument("--force", action="store_true", help="overwrite CSV files already in DIR (default: refuse)")
    p_analyze.add_argument(
        "--json",
        action="store_true",
        help="print each article's summary record as one JSON object a line instead of the readable summary"
        " (the full export records: workbench export --jsonl)",
    )
    p_analyze.add_argument(
        "--top", type=int, default=5, metavar="N", help="how many hardest sentences and claims to list (default 5)"
    )
    p_analyze.set_defaults(run=_run_analyze)

    p_export = sub.add_parser(
        "export", parents=[common], help="write one JSON object per article (the export contract)"
    )
    p_export.add_argument(
        "--jsonl", action="store_true", required=True, help="JSON Lines on standard output (the only format)"
    )
    p_export.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    p_export.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help=f"worker processes (default: one per core from {PARALLEL_FROM_FILES} files on, else 1)",
    )
    p_export.add_argument(
        "--time-budget",
        type=float,
        default=DEFAULT_SECONDS,
        metavar="SECONDS",
        help=f"give up on an article after this long, report it and go on (default {DEFAULT_SECONDS:g}; 0: no limit)",
    )
    p_export.set_defaults(run=_run_export)

    p_brief = sub.add_parser("brief", help="render the briefing report of one article to HTML")
    p_brief.add_argument("article", metavar="ARTICLE", help="the article's file or its http(s):// URL")
    p_brief.add_argument("--html", type=Path, required=True, metavar="OUT", help="where to write the HTML report")
    p_brief.add_argument(
        "--annotations",
        type=Path,
        metavar="PATH",
        help="an annotation file, or a folder of several annotators' files (default: every annotator's sidecar beside the article)",
    )
    p_brief.add_argument("--analyst", default=None, help="the analyst named in the report")
    p_brief.add_argument(
        "--my-articles",
        type=Path,
        default=Path(MY_ARTICLES),
        metavar="DIR",
        help="where notebook 03 keeps the text and annotations of an article fetched from a URL "
        f"(default: {MY_ARTICLES}/ in the current folder, the project's root)",
    )
    p_brief.add_argument(
        "--timeout",
        type=_seconds,
        default=600,
        metavar="SECONDS",
        help="give up when one step of the report runs longer than this (default 600)",
    )
    p_brief.set_defaults(run=_run_brief)
    add_corpus_parser(sub)
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _load_options(args: argparse.Namespace) -> dict[str, object]:
    options: dict[str, object] = {"date": args.date}
    if args.max_bytes is not None:
        options["max_bytes"] = args.max_bytes
    if args.timeout is not None:
        options["timeout"] = args.timeout
    return options


def _articles(args: argparse.Namespace, failures: list[str]) -> Iterator[tuple[str, Article]]:
    """Every article of every file named, in order; a file that fails is reported on stderr and skipped."""
    options = _load_options(args)
    for path in expand_sources(args.files):
        try:
            yield from iter_file(path, **options)  # type: ignore[arg-type]
        except WorkbenchError as exc:
            failures.append(str(path))
            print(f"workbench: {exc}", file=sys.stderr)


def export_lines(
    path: Path, options: dict[str, object], time_budget: float | None = DEFAULT_SECONDS
) -> tuple[list[str], str | None]:
    """The export contract's JSON lines for one file (one per article, or an error line), and the
    error to report, if any. Each article has ``time_budget`` seconds (None or 0: no limit) to be
    loaded and analysed; one over it gets an error line naming it and the next one goes on."""
    lines: list[str] = []
    errors: list[str] = []
    articles = iter_file(path, **options)  # type: ignore[arg-type]
    label = str(path)
    while True:
        try:
            with budget(time_budget, label):
                item = next(articles, None)
                if item is None:
                    return lines, "; ".join(errors) or None
                label, article = item
                lines.append(json.dumps(analyze(article).to_contract(label), ensure_ascii=False))
            continue
        except TimeBudgetExceeded as exc:  # loading (the file is done) or analysing (on with the next)
            error = str(TimeBudgetExceeded(label, exc.problem))
        except WorkbenchError as exc:  # the file cannot be read on
            error, label, articles = str(exc), str(path), iter(())
        errors.append(error)
        lines.append(json.dumps({"path": label, "error": error}, ensure_ascii=False))


#: Below this many files the export runs in this process; above it, on every core.
PARALLEL_FROM_FILES = 64


def _run_export(args: argparse.Namespace) -> int:
    paths = list(expand_sources(args.files))
    jobs = args.jobs or ((os.cpu_count() or 1) if len(paths) >= PARALLEL_FROM_FILES else 1)
    work = partial(export_lines, options=_load_options(args), time_budget=args.time_budget)
    failed = False
    out: TextIO = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
    try:
        # Results come back in the order of the files, whatever the number of workers.
        for lines, error in pool.imap(work, paths, chunksize=8) if pool else map(work, paths):
            out.write("".join(line + "\n" for line in lines))
            if error:
                failed = True
                print(f"workbench: {error}", file=sys.stderr)
    finally:
        if pool:
            pool.terminate()
        if args.out:
            out.close()
    return 1 if failed else 0


def _run_analyze(args: argparse.Namespace) -> int:
    failures: list[str] = []
    table_names: set[str] = set()
    for label, article in _articles(args, failures):
        result = analyze(article)
        if args.json:
            print(json.dumps(summary_record(result, label), ensure_ascii=False))
        else:
            print(summary_text(result, label, top=args.top))
        if args.csv:
            try:
                write_tables(result, args.csv, label, force=args.force, taken=table_names)
            except WorkbenchError as exc:
                failures.append(label)
                print(f"workbench: {exc}", file=sys.stderr)
    return 1 if failures else 0


def summary_record(result: Analysis, label: str) -> dict[str, object]:
    """What ``workbench analyze --json`` prints for one article: its label and title, then the summary
    record's counts (the export line's ``summary``, key for key)."""
    return {"path": label, "title": result.article.meta.title, **result.summary.to_dict()}


def _seconds(text: str) -> int:
    """A whole number of seconds, at least 1 (the notebook runner counts in whole seconds)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of seconds: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 second, not {value}")
    return value


def _run_brief(args: argparse.Namespace) -> int:
    from .report.briefing import run_briefing

    try:
        out = run_briefing(
            args.article,
            args.html,
            annotations=args.annotations,
            analyst=args.analyst,
            my_articles=args.my_articles,
            timeout=args.timeout,
        )
    except WorkbenchError as exc:
        print(f"workbench: {exc}", file=sys.stderr)
        return 1
    print(f"briefing written to {out}")
    return 0


# --- the readable summary ----------------------------------------------------------------------


def summary_text(result: Analysis, label: str, top: int = 5) -> str:
    """A plain-text report of one article: the summary record's lines, then structure, readability,
    sources and the check-worthy claims."""
    article = result.article
    lines = [f"== {label}", f"   {article.meta.title or '(no headline)'}"]
    meta = [
        f"{k}: {v}"
        for k, v in (
            ("outlet", article.meta.outlet),
            ("author", article.meta.author),
            ("date", article.meta.date),
            ("url", article.meta.url),
        )
        if v
    ]
    if meta:
        lines.append("   " + " · ".join(meta))
    if article.meta.repairs:
        lines.append("   repaired: " + "; ".join(article.meta.repairs))
    if article.meta.notes:
        lines.append("   noticed: " + "; ".join(article.meta.notes))
    lines += ["", "Summary", *(f"   {line}" for line in result.summary.lines())]

    kinds: dict[str, int] = {}
    for block in article.blocks:
        kinds[block.kind] = kinds.get(block.kind, 0) + 1
    lines += ["", "Structure", "   " + ", ".join(plural(n, BLOCK_NOUNS.get(k, k)) for k, n in kinds.items())]
    for heading in article.blocks_of("heading"):
        lines.append(f"   § {_clip(article.slice(heading), 100)}")

    body = result.readability.body
    lines += [
        "",
        "Readability",
        f"   Flesch reading ease {body.flesch_reading_ease:.1f} · Flesch-Kincaid grade {body.flesch_kincaid_grade:.1f}"
        f" · Gunning fog {body.gunning_fog:.1f} · SMOG {body.smog_index:.1f} · consensus grade {body.consensus_grade:.0f}",
        "   hardest sentences:",
    ]
    for sentence in result.readability.hardest_sentences(top):
        lines.append(
            f"   grade {sentence.flesch_kincaid_grade:5.1f}  {_clip(article.slice((sentence.start, sentence.end)), 90)}"
        )

    sourcing = result.sourcing
    silent = sourcing.summary().silent_actors
    lines += ["", "Sources, most quoted first"]
    for source in sorted(sourcing.sources, key=lambda s: (-s.attributions, s.first_offset)):
        lines.append(f"   {source.attributions:3d}  {source.name}  ({_source_detail(source)})")
    if silent:
        lines.append("   named but never quoted: " + ", ".join(silent))

    lines += ["", f"Check-worthy claims, highest score first (at most {top})"]
    for claim in sorted(result.claims.checkworthy(), key=lambda c: -c.score)[:top]:
        who = claim.speaker or ("unnamed source" if claim.attributed else "reporter")
        hedge = " [hedged: " + ", ".join(c.text for c in claim.hedge_cues) + "]" if claim.hedged else ""
        lines.append(f"   {claim.score:.2f} {who}: {_clip(claim.text, 80)}{hedge}")
    return "\n".join(lines) + "\n"


def _source_detail(source: Source) -> str:
    """What kind of source it is, then its role, affiliation, sector and country, each where known: the
    sector only for a person or an organisation, where the kind does not already say it ("person,
    Professor, University of Leeds, academic"; "government body", not "…, government official")."""
    telling = source.category in ("person", "organisation") and source.type != "other"
    sector = source.type if telling else None
    return ", ".join(x for x in (source.category, source.role, source.affiliation, sector, source.country) if x)


#: How a count of blocks of a kind reads ("2 boilerplate lines", not "2 boilerplates").
BLOCK_NOUNS = {"boilerplate": "boilerplate line"}


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


#: The tables ``analyze --csv`` writes per article, as ``<name>.<table>.csv``.
TABLES = ("blocks", "sentences_readability", "sources", "quotes", "claims")


def write_tables(
    result: Analysis, folder: Path, label: str, *, force: bool = False, taken: set[str] | None = None
) -> list[Path]:
    """Write the article's tables as CSV files into ``folder``, formula-leading cells escaped, and
    return their paths. Each article gets its own name (see :func:`table_name`; ``taken`` holds
    the names given earlier in the run). Unless ``force``, a file already there is refused
    (WorkbenchError naming it) and none of the article's tables is written."""
    from .csvsafe import write_csv

    name = table_name(label, taken if taken is not None else set())
    paths = {table: folder / f"{name}.{table}.csv" for table in TABLES}
    existing = [path for path in paths.values() if path.exists()]
    if existing and not force:
        raise WorkbenchError(existing[0], f"already exists; not overwritten (the tables of {label}; pass --force)")
    folder.mkdir(parents=True, exist_ok=True)
    frames = {
        "blocks": result.article.blocks_frame,
        "sentences_readability": lambda: result.readability.frame("sentence"),
        "sources": result.sourcing.sources_frame,
        "quotes": result.sourcing.frame,
        "claims": result.claims.frame,
    }
    for table, path in paths.items():
        write_csv(frames[table](), path)
    return list(paths.values())


_RECORD_LABEL = re.compile(r"^(?P<file>.*)#(?P<number>\d+)$")
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


def table_name(label: str, taken: set[str]) -> str:
    """A name for an article's tables, not in ``taken`` (and added to it): the file's stem, with
    ``_N`` for record N of a records file; a second file of the same name (from another folder)
    gets its folder's name in front, then a number."""
    match = _RECORD_LABEL.match(label)
    path = Path(match["file"] if match else label)
    stem = path.stem + (f"_{match['number']}" if match else "")
    candidates = [stem, f"{path.parent.name}_{stem}" if path.parent.name else stem]
    candidates += [f"{candidates[1]}-{n}" for n in range(2, len(taken) + 3)]
    name = next(_UNSAFE_NAME.sub("_", c) for c in candidates if _UNSAFE_NAME.sub("_", c) not in taken)
    taken.add(name)
    return name


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
