"""The corpus store: one embedded DuckDB database, ``STORE/corpus.duckdb``, and its one writer.

Tables (every analysis row carries its article's ``article_id``, the sha256 of the article's text):

* ``articles``: one row per distinct article: where it was first found, its metadata and its
  summary counts (:class:`~workbench.summary.ArticleSummary`);
* ``paths``: every place an article was found (the same text in two files is one article);
* ``quotes``, ``sources``, ``claims``: the sourcing and claims analyses, one row per record;
* ``errors``: each input (or record, ``FILE#N``) that could not be read, and why;
* ``files``: each input read to the end, with the sha256 of its bytes, so that a re-run skips it;
* ``store_info``: what built the store (:func:`built_by`: the workbench version and the tables'
  layout). A store another version built is analysed again from its inputs by the next build
  (its tables hold nothing the inputs do not give again; tables of your own are left alone), and
  :func:`connect` refuses it until then rather than mix two versions' analyses.

Each batch is written in one transaction, so a build stopped at any moment (Ctrl-C, a kill)
leaves the store as it was after the last whole batch; the next build resumes from there.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import WorkbenchError
from .rows import SUMMARY_COLUMNS, Rows

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

DATABASE = "corpus.duckdb"

_SUMMARY_TYPES = {name: "DOUBLE" if name == "reading_minutes" else "INTEGER" for name in SUMMARY_COLUMNS}
#: Every table's columns and their DuckDB types, in order.
SCHEMA: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "VARCHAR PRIMARY KEY",
        "path": "VARCHAR",
        "file": "VARCHAR",
        "url": "VARCHAR",
        "title": "VARCHAR",
        "author": "VARCHAR",
        "outlet": "VARCHAR",
        "published": "DATE",
        **_SUMMARY_TYPES,
    },
    "paths": {"article_id": "VARCHAR", "path": "VARCHAR", "file": "VARCHAR"},
    "quotes": {
        "article_id": "VARCHAR",
        "number": "INTEGER",
        "kind": "VARCHAR",
        "speaker": "VARCHAR",
        "source_type": "VARCHAR",
        "source": "VARCHAR",
        "cue": "VARCHAR",
        "content": "VARCHAR",
        "start": "INTEGER",
        "end": "INTEGER",
        "source_start": "INTEGER",
        "source_end": "INTEGER",
        "cue_start": "INTEGER",
        "cue_end": "INTEGER",
    },
    "sources": {
        "article_id": "VARCHAR",
        "speaker": "VARCHAR",
        "category": "VARCHAR",
        "type": "VARCHAR",
        "role": "VARCHAR",
        "affiliation": "VARCHAR",
        "country": "VARCHAR",
        "named": "BOOLEAN",
        "quotes": "INTEGER",
        "direct": "INTEGER",
        "indirect": "INTEGER",
        "mixed": "INTEGER",
        "words_quoted": "INTEGER",
    },
    "claims": {
        "article_id": "VARCHAR",
        "number": "INTEGER",
        "start": "INTEGER",
        "end": "INTEGER",
        "text": "VARCHAR",
        "checkworthy": "BOOLEAN",
        "score": "DOUBLE",
        "type": "VARCHAR",
        "hedged": "BOOLEAN",
        "hedge_cues": "VARCHAR",
        "attributed": "BOOLEAN",
        "speaker": "VARCHAR",
    },
    "errors": {"path": "VARCHAR", "reason": "VARCHAR"},
    "files": {"path": "VARCHAR PRIMARY KEY", "sha256": "VARCHAR", "articles": "INTEGER"},
    "store_info": {"built_by": "VARCHAR"},
}
#: The tables an article's analysis fills, dropped with it.
ANALYSIS_TABLES = ("quotes", "sources", "claims")


@dataclass
class Batch:
    """What one transaction writes: analysed rows, and the bookkeeping of the inputs read."""

    rows: Rows = field(default_factory=dict)
    forget: list[str] = field(default_factory=list)
    """Inputs about to be read again (see :meth:`Store._forget`), done first."""
    paths: list[tuple[str, str, str]] = field(default_factory=list)
    """``(article_id, path, file)`` of every article read, analysed or skipped."""
    files: list[tuple[str, str, int]] = field(default_factory=list)
    """``(path, sha256, articles)`` of the inputs read to their end."""
    errors: list[tuple[str, str]] = field(default_factory=list)
    """``(path, reason)``, replacing the path's earlier errors."""


def built_by() -> str:
    """What this workbench writes into ``store_info``: its version and a digest of the tables' layout."""
    from .. import __version__

    layout = hashlib.sha256(json.dumps(SCHEMA, sort_keys=True).encode()).hexdigest()[:12]
    return f"workbench {__version__}, layout {layout}"


def _stored_built_by(con: duckdb.DuckDBPyConnection) -> str | None:
    """The ``store_info`` of an open store; None when it has no store tables yet."""
    tables = {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables & set(SCHEMA):
        return None
    if "store_info" not in tables:
        return "an earlier workbench"
    found = con.execute("SELECT built_by FROM store_info").fetchall()  # all: no result left open on the connection
    return found[0][0] if found else "an earlier workbench"


class Store:
    """A corpus store opened for writing (one writer at a time; DuckDB locks the file)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / DATABASE
        # one writer thread (the analysis has the cores), and its cache bounded (64 MB) whatever the store's size
        self.connection = _open(self.path, config={"threads": 1, "memory_limit": "64MB"})
        found, current = _stored_built_by(self.connection), built_by()
        self.replaced: str | None = found if found not in (None, current) else None
        """What built the store before, when it was another version: its tables are emptied to be filled again."""
        with self._transaction() as con:
            for table, columns in SCHEMA.items():
                if self.replaced:
                    con.execute(f"DROP TABLE IF EXISTS {table}")
                body = ", ".join(f'"{name}" {kind}' for name, kind in columns.items())
                con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
            if found != current:
                con.execute("DELETE FROM store_info")
                con.execute("INSERT INTO store_info VALUES (?)", [current])

    def close(self) -> None:
        self.connection.close()

    def read_files(self, paths: list[str]) -> dict[str, tuple[str, int]]:
        """``path -> (sha256, articles)`` of those inputs that were read to their end."""
        found = self.connection.execute(
            "SELECT path, sha256, articles FROM files WHERE path IN (SELECT unnest(?))", [paths]
        ).fetchall()
        return {path: (digest, count) for path, digest, count in found}

    def known_articles(self, article_ids: list[str]) -> set[str]:
        """Those of the articles that are in the store."""
        found = self.connection.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [article_ids]
        ).fetchall()
        return {article_id for (article_id,) in found}

    def drop_orphans(self) -> int:
        """Remove the articles found nowhere any more (an earlier version of a changed file), with
        their analyses; how many."""
        orphans = "SELECT article_id FROM articles WHERE article_id NOT IN (SELECT article_id FROM paths)"
        with self._transaction() as con:
            (count,) = con.execute(f"SELECT count(*) FROM ({orphans})").fetchone() or (0,)
            if count:
                for table in ANALYSIS_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE article_id IN ({orphans})")
                con.execute(f"DELETE FROM articles WHERE article_id IN ({orphans})")
        return int(count)

    def write(self, batch: Batch) -> None:
        """Write one batch in one transaction."""
        with self._transaction() as con:
            if batch.forget:
                self._forget(batch.forget)
            for table, rows in batch.rows.items():
                if rows:
                    self._insert(table, rows)
            if batch.paths:
                self._insert("paths", [dict(zip(SCHEMA["paths"], row)) for row in batch.paths])
            if batch.errors:
                con.execute("DELETE FROM errors WHERE path IN (SELECT unnest(?))", [[p for p, _ in batch.errors]])
                self._insert("errors", [dict(zip(SCHEMA["errors"], row)) for row in batch.errors])
            if batch.files:
                con.execute("DELETE FROM files WHERE path IN (SELECT unnest(?))", [[p for p, _, _ in batch.files]])
                self._insert("files", [dict(zip(SCHEMA["files"], row)) for row in batch.files])

    def _forget(self, files: list[str]) -> None:
        """Before inputs not read to their end (new, changed or interrupted) are read again:
        forget that they were read, where their articles were found, and their errors. The
        articles stay, so that those still in them are not analysed again; :meth:`drop_orphans`
        removes the others once the build is over."""
        con = self.connection
        con.execute("DELETE FROM files WHERE path IN (SELECT unnest($1))", [files])
        con.execute("DELETE FROM paths WHERE file IN (SELECT unnest($1))", [files])
        con.execute(
            "DELETE FROM errors WHERE path IN (SELECT unnest($1))"
            " OR regexp_replace(path, '#[0-9]+$', '') IN (SELECT unnest($1))",
            [files],
        )

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        frame = arrow_table(table, rows)  # noqa: F841 (read by name by DuckDB's replacement scan)
        self.connection.execute(f"INSERT INTO {table} SELECT * FROM frame")

    def _transaction(self) -> _Transaction:
        return _Transaction(self.connection)


class _Transaction:
    """``with``: BEGIN, then COMMIT, or ROLLBACK on any exception (KeyboardInterrupt included)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection):
        self.connection = connection

    def __enter__(self) -> duckdb.DuckDBPyConnection:
        self.connection.execute("BEGIN TRANSACTION")
        return self.connection

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")


_ARROW_TYPES = {"VARCHAR": "string", "INTEGER": "int32", "DOUBLE": "float64", "BOOLEAN": "bool_", "DATE": "date32"}


def arrow_table(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with the store's column types (so that an empty or all-null column
    keeps its type)."""
    import pyarrow as pa

    schema = pa.schema([(name, getattr(pa, _ARROW_TYPES[kind.split()[0]])()) for name, kind in SCHEMA[table].items()])
    return pa.Table.from_pylist(rows, schema=schema)


def connect(folder: str | Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection to a built store (read-only unless asked), for SQL of your own."""
    path = Path(folder) / DATABASE
    if not path.exists():
        raise WorkbenchError(folder, f"is not a corpus store (no {DATABASE}); build one with `workbench corpus build`")
    con = _open(path, read_only=read_only)
    found, current = _stored_built_by(con), built_by()
    if found != current:
        con.close()
        raise WorkbenchError(
            folder,
            f"was built by {found or 'nothing yet'}, not by this {current}: build it again with "
            "`workbench corpus build` and the same inputs to bring its analyses up to date",
        )
    return con


def _open(path: Path, **options: Any) -> duckdb.DuckDBPyConnection:
    """A connection to the database, or a :class:`WorkbenchError` saying why not (another build
    writing to it holds its lock, it is not a DuckDB file, ...)."""
    import duckdb

    try:
        return duckdb.connect(str(path), **options)
    except duckdb.Error as exc:
        raise WorkbenchError(path, f"cannot be opened ({exc})") from None


def export_parquet(folder: str | Path, out: str | Path) -> list[Path]:
    """Write every table of the store as ``OUT/TABLE.parquet``; the files written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with connect(folder) as con:
        for table in SCHEMA:
            target = out / f"{table}.parquet"
            con.execute(f"COPY (SELECT * FROM {table}) TO '{_quoted(target)}' (FORMAT parquet)")
            written.append(target)
    return written


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
