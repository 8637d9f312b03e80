"""JSON, JSON Lines and CSV records → articles, one per record.

A record is an object (a CSV row) with the article's plain text in ``text`` (or ``body``, or
``content``) and, optionally, ``title``, ``date`` (ISO, ``2024-03-14`` or a full timestamp),
``url``, ``outlet`` and ``author``. Field names are matched without regard to case. A JSON file
holds one record, a list of records, or ``{"articles": [...]}``; a JSON Lines file one record a
line.

Each text is parsed like pasted text and kept exactly as given: a record's title goes into the
metadata, and is not added to the text when the text does not open with it (the text's first
line is then read as a paragraph, not as a headline).

A malformed file or record fails the whole file with a :class:`~workbench.errors.LoadError`
naming the file and the line (or record number), so that nothing is silently skipped; so does
JSON nested too deeply to parse (``[[[[...`` 200,000 deep), which is not left to crash a batch
with a RecursionError.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from ..article import Article, Metadata
from ..errors import LoadError
from .build import article_from_text

TEXT_FIELDS = ("text", "body", "content")
META_FIELDS = ("title", "url", "outlet", "author")


def articles_from_records(text: str, kind: str, meta: Metadata) -> list[Article]:
    """The articles in a records file's text; ``kind`` is ``"json"``, ``"jsonl"`` or ``"csv"``."""
    name = meta.source_path or "<records>"
    readers = {"json": _json_records, "jsonl": _jsonl_records, "csv": _csv_records}
    if kind not in readers:
        raise LoadError(name, f"unknown records format {kind!r} (json, jsonl or csv)")
    try:
        records = readers[kind](text, name)
        if not records:
            raise LoadError(name, "holds no records")
        return [_article(record, number, meta, name) for number, record in enumerate(records, 1)]
    except RecursionError:  # the JSON parser, or str() of a deeply nested field
        raise LoadError(name, "is nested too deeply to be read (arrays or objects within each other)") from None


def _json_records(text: str, name: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(name, f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        return data["articles"]
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        return [data]
    raise LoadError(name, f"holds a JSON {type(data).__name__}, not an object or a list of objects")


def _jsonl_records(text: str, name: str) -> list[Any]:
    records = []
    for line_number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise LoadError(name, f"line {line_number} is not valid JSON: {exc.msg} (column {exc.colno})") from None
    return records


def _csv_records(text: str, name: str) -> list[dict[str, str]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []  # (line where the row starts, cells), blank rows left out
    try:
        for numbered in _progress(reader):
            if any(cell.strip() for cell in numbered[1]):
                rows.append(numbered)
    except csv.Error as exc:
        raise LoadError(name, f"is not valid CSV: {exc} (line {reader.line_num})") from None
    if not rows:
        return []
    header = [column.strip() for column in rows[0][1]]
    records: list[dict[str, str]] = []
    for line, row in rows[1:]:
        if len(row) != len(header):
            raise LoadError(name, f"is not valid CSV: line {line} has {len(row)} fields, the header has {len(header)}")
        records.append(dict(zip(header, row)))
    return records


def _progress(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Each CSV row with the line it starts on (a quoted field may span lines)."""
    start = 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def _article(record: Any, number: int, meta: Metadata, name: str) -> Article:
    where = f"record {number}"
    if not isinstance(record, dict):
        raise LoadError(name, f"{where} is a JSON {type(record).__name__}, not an object")
    fields = {str(key).strip().lower(): value for key, value in record.items()}
    field = next((f for f in TEXT_FIELDS if fields.get(f) is not None), None)
    if field is None:
        raise LoadError(name, f"{where} has no text field (one of {', '.join(TEXT_FIELDS)})")
    body = fields[field]
    if not isinstance(body, str):
        raise LoadError(name, f"{where}: field {field!r} holds a {type(body).__name__}, not text")
    if not body.strip():
        raise LoadError(name, f"{where}: field {field!r} is empty")
    found = {key: _string(fields.get(key)) for key in META_FIELDS}
    record_meta = replace(
        meta,
        title=meta.title or found["title"],
        url=meta.url or found["url"],
        outlet=meta.outlet or found["outlet"],
        author=meta.author or found["author"],
        date=meta.date or _date(fields.get("date"), name, where),
    )
    return article_from_text(body, record_meta, headline=_opens_with(body, found["title"]))


def _opens_with(body: str, title: str | None) -> bool:
    """Whether the text's first line is the record's title (case and spacing aside); without a
    title the text may open with its headline."""
    if title is None:
        return True
    first_line = body.strip().split("\n", 1)[0]
    return " ".join(first_line.split()).casefold() == " ".join(title.split()).casefold()


def _string(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any, name: str, where: str) -> date | None:
    """An ISO date or timestamp ("2024-03-14", "2024-03-14T09:30:00Z") → its calendar date."""
    text = _string(value)
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise LoadError(name, f"{where}: date {text!r} is not an ISO date (YYYY-MM-DD)") from None
