"""The articles of a corpus build's inputs, streamed one at a time.

Inputs are files, folders (searched recursively for the workbench's article files and Parquet
files) and ``http(s)://`` URLs. A text, Markdown or HTML file is one article, read by the
workbench's loaders (:func:`workbench.load.iter_file`). A JSON, JSON Lines, CSV or Parquet file
holds one article per record; JSON Lines, CSV and Parquet files are streamed record by record
(line by line, row by row, in small row groups), so a file of a million records never sits in
memory and the article size limit applies to single-article files only (a JSON file, one
document, is read whole). The column names are configurable (:class:`Columns`). Each record becomes an article through the
records loader (:func:`workbench.load.records.articles_from_records`), so a record's title,
date and outlet are read the same way everywhere.

A record that cannot be read is an error of its own (``FILE#N``); the rest of the file goes on.
"""

from __future__ import annotations

import csv
import hashlib
import json
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..article import Article, Metadata
from ..errors import LoadError
from ..load import DEFAULT_MAX_BYTES, expand_sources, iter_file
from ..load.build import article_from_text
from ..load.decode import decode
from ..load.html import article_from_html
from ..load.records import TEXT_FIELDS, articles_from_records

STREAMED_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".parquet", ".json"}
#: Seconds to wait for a URL's server.
URL_TIMEOUT_S = 30


@dataclass(frozen=True)
class Columns:
    """Which record fields hold the article's text and metadata (matched without regard to case).

    With the default ``text`` column, ``body`` or ``content`` is taken when ``text`` is absent;
    with the default ``published`` column, ``date`` is taken when ``published`` is absent.
    """

    text: str = "text"
    title: str = "title"
    author: str = "author"
    outlet: str = "outlet"
    published: str = "published"
    url: str = "url"

    def article_record(self, record: dict[str, Any]) -> dict[str, Any]:
        """The record under the records loader's field names (``text``, ``title``, ``date``, ...)."""
        fields = {str(key).strip().lower(): value for key, value in record.items()}
        texts = (self.text, *TEXT_FIELDS) if self.text == Columns.text else (self.text,)
        dates = (self.published, "date") if self.published == Columns.published else (self.published,)
        return {
            "text": _first(fields, texts),
            "title": _first(fields, (self.title,)),
            "author": _first(fields, (self.author,)),
            "outlet": _first(fields, (self.outlet,)),
            "url": _first(fields, (self.url,)),
            "date": _iso(_first(fields, dates)),
        }


def _first(fields: dict[str, Any], names: Iterable[str]) -> Any:
    return next((fields[n.lower()] for n in names if fields.get(n.lower()) is not None), None)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def is_url(source: str | Path) -> bool:
    return str(source).startswith(("http://", "https://"))


def input_sources(inputs: Iterable[str | Path]) -> Iterator[str]:
    """Every file and URL named, folders expanded (their Parquet files included), in order."""
    for source in inputs:
        if is_url(source):
            yield str(source)
        elif Path(source).is_dir():
            found = {*expand_sources(source), *(p for p in Path(source).rglob("*.parquet") if p.is_file())}
            yield from (str(p) for p in sorted(found))
        else:
            yield from (str(p) for p in expand_sources(source))


@dataclass(frozen=True)
class Page:
    """A fetched web page: its bytes and whether the server says it is HTML."""

    data: bytes
    html: bool


def fingerprint(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, Page | None]:
    """The sha256 of a file's bytes (read in chunks), or of a URL's page, which is returned too
    (a page is fetched once). Raises :class:`LoadError` when it cannot be read."""
    if is_url(source):
        page = fetch(source, max_bytes)
        return hashlib.sha256(page.data).hexdigest(), page
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except FileNotFoundError:
        raise LoadError(source, "no such file") from None
    except OSError as exc:
        raise LoadError(source, f"cannot be read ({exc.strerror or exc})") from None
    return digest.hexdigest(), None


def fetch(url: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """A web page, refused when the request fails or the page is empty or over ``max_bytes``."""
    request = urllib.request.Request(url, headers={"User-Agent": "workbench-corpus"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_S) as response:
            data = response.read(max_bytes + 1)
            html = response.headers.get_content_type() in ("text/html", "application/xhtml+xml")
    except (OSError, ValueError) as exc:
        raise LoadError(url, f"cannot be fetched ({exc})") from None
    if len(data) > max_bytes:
        raise LoadError(url, f"is over the limit of {max_bytes:,} bytes")
    if not data.strip():
        raise LoadError(url, "is empty")
    return Page(data, html)


Read = tuple[str, "Article | LoadError"]


def read_articles(
    source: str, columns: Columns, max_bytes: int = DEFAULT_MAX_BYTES, page: Page | None = None
) -> Iterator[Read]:
    """``(label, article)`` for every article of one input, or ``(label, error)`` for a record
    that cannot be read; an input that cannot be read at all raises :class:`LoadError`."""
    if is_url(source):
        yield source, _article_from_page(source, page if page is not None else fetch(source, max_bytes))
        return
    suffix = Path(source).suffix.lower()
    if suffix not in STREAMED_SUFFIXES:
        yield from iter_file(source, max_bytes=max_bytes)
        return
    records = {".parquet": _parquet_records, ".csv": _csv_records, ".json": _json_records}.get(suffix, _jsonl_records)
    found = False
    for number, record in enumerate(records(source), 1):
        found = True
        label = f"{source}#{number}"
        yield label, _article_from_record(record, label, columns)
    if not found:
        raise LoadError(source, "holds no records")


def _article_from_page(url: str, page: Page) -> Article:
    decoded = decode(page.data, url)
    meta = Metadata(source_path=url, url=url, encoding=decoded.encoding, repairs=decoded.repairs, text_is_file=False)
    return article_from_html(decoded.text, meta) if page.html else article_from_text(decoded.text, meta)


def _article_from_record(record: Any, label: str, columns: Columns) -> Article | LoadError:
    if isinstance(record, LoadError):
        return record
    if not isinstance(record, dict):
        return LoadError(label, f"is a {type(record).__name__}, not a record")
    fields = columns.article_record(record)
    if not isinstance(fields["text"], str) or not fields["text"].strip():
        return LoadError(label, f"has no text in column {columns.text!r}")
    meta = Metadata(source_path=label, text_is_file=False)
    try:
        (article,) = articles_from_records(json.dumps(fields, default=str), "json", meta)
    except LoadError as exc:
        return LoadError(label, exc.problem.removeprefix("record 1: "))
    return article


def _jsonl_records(source: str) -> Iterator[Any]:
    with _text_file(source) as handle:
        for number, line in enumerate(_lines(source, handle), 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    yield LoadError(source, f"line {number} is not valid JSON: {exc.msg} (column {exc.colno})")


def _json_records(source: str) -> Iterator[Any]:
    with _text_file(source) as handle:
        try:
            data = json.loads("".join(_lines(source, handle)))
        except json.JSONDecodeError as exc:
            raise LoadError(source, f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    yield from data if isinstance(data, list) else [data]


def _csv_records(source: str) -> Iterator[Any]:
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 26))  # an article is longer than 128 KiB at times
    with _text_file(source) as handle:
        reader = csv.DictReader(_lines(source, handle), strict=True)
        try:
            for row in reader:
                if None in row or None in row.values():
                    yield LoadError(source, f"line {reader.line_num} has not as many fields as the header")
                else:
                    yield row
        except csv.Error as exc:
            raise LoadError(source, f"is not valid CSV: {exc} (line {reader.line_num})") from None


def _parquet_records(source: str) -> Iterator[Any]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(source)
        for batch in parquet.iter_batches(batch_size=256):
            yield from batch.to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise LoadError(source, f"is not a readable Parquet file ({exc})") from None


def _text_file(source: str) -> Any:
    try:
        return open(source, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise LoadError(source, f"cannot be read ({exc.strerror or exc})") from None


def _lines(source: str, handle: Any) -> Iterator[str]:
    """The file's lines; a file that is not UTF-8 is refused, naming it."""
    try:
        yield from handle
    except UnicodeDecodeError as exc:
        raise LoadError(source, f"is not UTF-8 ({exc.reason} at byte {exc.start})") from None
