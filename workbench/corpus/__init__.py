"""A corpus store: many articles analysed into one embedded DuckDB database (``workbench corpus``).

* :func:`build_corpus`: files, folders, URLs or records files into ``STORE/corpus.duckdb``,
  incrementally, locally or on a Dask cluster;
* :func:`connect`: a DuckDB connection to a store, for SQL of your own;
* :mod:`workbench.corpus.queries`: the views an analyst reads, as pandas DataFrames;
* :func:`export_parquet`: every table as a Parquet file.
"""

from __future__ import annotations

from .build import BuildReport, build_corpus
from .inputs import Columns
from .store import SCHEMA, connect, export_parquet

__all__ = ["SCHEMA", "BuildReport", "Columns", "build_corpus", "connect", "export_parquet"]
