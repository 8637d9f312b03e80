"""Loading articles: one entry point that picks the reader by extension and content.

* :func:`load` — one file (or ``Path``, or an ``http(s)://`` URL) → one :class:`~workbench.article.Article`;
* :func:`load_text` — a string you already have → an article;
* :func:`load_bytes` — an uploaded file's bytes and its name → an article;
* :func:`load_any` — whatever the analyst has (a path, a URL, pasted text, an upload) → an article;
* :func:`iter_file` — one file or URL → every article in it (a JSON/CSV file may hold many), labelled;
* :func:`load_many` — files, folders and globs → a :class:`Collection` that keeps the articles
  *and* the files that failed, so one bad file never stops the rest.

Every problem is a :class:`~workbench.errors.LoadError` whose message names the file (or URL).
"""

from __future__ import annotations

import glob as _glob
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..article import Article, Metadata
from ..errors import LoadError
from .build import article_from_text
from .decode import DEFAULT_MAX_BYTES, Decoded, decode, read_bytes
from .url import DEFAULT_TIMEOUT, fetch, is_url

if TYPE_CHECKING:
    import pandas as pd

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "Collection",
    "LoadError",
    "is_url",
    "iter_file",
    "load",
    "load_any",
    "load_bytes",
    "load_many",
    "load_text",
]


def load_text(
    text: str,
    *,
    format: str = "text",
    name: str = "<text>",
    date: date | None = None,
    **meta: object,
) -> Article:
    """An article from a string: ``format`` is ``"text"`` (pasted web or Wikinews text),
    ``"markdown"`` or ``"html"``; metadata fields (title, outlet, author, url, ...) may be given."""
    if not isinstance(text, str):
        raise LoadError(name, f"expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise LoadError(name, "is empty")
    metadata = Metadata(source_path=None if name == "<text>" else name, date=date, **meta)  # type: ignore[arg-type]
    if format == "html":
        from .html import article_from_html

        return article_from_html(text, metadata)
    if format not in ("text", "markdown"):
        raise LoadError(name, f"unknown format {format!r} (text, markdown or html)")
    return article_from_text(text, metadata, markdown=format == "markdown")


def load(
    path: str | Path,
    *,
    format: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    date: date | None = None,
    **meta: object,
) -> Article:
    """Load one article from a file or an ``http(s)://`` URL. A records file must then hold exactly
    one record (use :func:`iter_file` or :func:`load_many` for several)."""
    return _one(
        path,
        iter_file(path, format=format, encoding=encoding, max_bytes=max_bytes, timeout=timeout, date=date, **meta),
    )


def load_bytes(
    data: bytes,
    filename: str,
    *,
    format: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date: date | None = None,
    **meta: object,
) -> Article:
    """An uploaded file: its bytes, read by the extension of ``filename`` (.txt, .md, .html, .json,
    .csv) as a file of that name would be. The article has no ``source_path``: it is not on disk."""
    if len(data) > max_bytes:
        raise LoadError(filename, f"is {len(data):,} bytes, over the limit of {max_bytes:,}")
    if not data.strip():
        raise LoadError(filename, "is empty")
    base = Metadata(date=date, **meta)  # type: ignore[arg-type]
    return _one(filename, _iter_decoded(decode(data, filename, encoding), filename, format, base, on_disk=False))


def load_any(
    source: str | Path | bytes,
    *,
    filename: str | None = None,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    date: date | None = None,
    **meta: object,
) -> Article:
    """One article from whatever the analyst has at hand.

    ``bytes`` are an uploaded file named ``filename``; a ``Path`` is a file; a string is a URL when
    it starts with ``http://`` or ``https://``, a file when it is one line naming an existing file
    or ending in a supported extension (``.txt``, ``.html``, ...), and pasted text otherwise (read
    as HTML when it is markup, as Markdown when it has ``#`` headings).
    """
    if isinstance(source, bytes):
        return load_bytes(source, filename or "<upload>", format=format, max_bytes=max_bytes, date=date, **meta)  # type: ignore[arg-type]
    if isinstance(source, Path) or is_url(source) or _looks_like_path(source):
        return load(source, format=format, max_bytes=max_bytes, timeout=timeout, date=date, **meta)  # type: ignore[arg-type]
    if isinstance(source, str) and len(source.encode("utf-8")) > max_bytes:
        raise LoadError(filename or "<text>", f"is over the limit of {max_bytes:,} bytes")
    return load_text(source, format=format or _pasted_format(source), name=filename or "<text>", date=date, **meta)


def _one(source: object, labelled: Iterable[tuple[str, Article]]) -> Article:
    articles = [article for _, article in labelled]
    if len(articles) != 1:
        raise LoadError(source, f"holds {len(articles)} articles; use workbench.load_many() to load them all")
    return articles[0]


def _looks_like_path(text: object) -> bool:
    """One line that names an existing file, or ends in an article file's extension."""
    if not isinstance(text, str) or "\n" in text or not text.strip() or len(text) > 1024:
        return False
    try:
        return Path(text).is_file() or Path(text).suffix.lower() in SUPPORTED_SUFFIXES - {""}
    except OSError:
        return False


_MARKUP = re.compile(r"<(?:!doctype|html|body|article|p|div|h[1-6])[\s>]", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6} \S", re.MULTILINE)


def _pasted_format(text: str) -> str:
    """How to read pasted text: ``html`` for markup, ``markdown`` with ``#`` headings, else ``text``."""
    if _MARKUP.search(text[:5000]):
        return "html"
    return "markdown" if _MARKDOWN_HEADING.search(text) else "text"


def iter_file(
    path: str | Path,
    *,
    format: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    date: date | None = None,
    **meta: object,
) -> Iterator[tuple[str, Article]]:
    """Every article in one file (or at one URL), labelled ``"FILE"`` (or ``"FILE#N"`` from N=1 for
    a records file). A URL is fetched within ``timeout`` seconds and ``max_bytes`` (see :mod:`.url`)."""
    if is_url(path):
        url = str(path).strip()
        page = fetch(url, timeout=timeout, max_bytes=max_bytes)
        decoded = _decode_page(page.data, url, encoding, page.charset)
        base = Metadata(url=page.url, date=date, **meta)  # type: ignore[arg-type]
        yield from _iter_decoded(decoded, url, format or page.format, base, on_disk=False)
        return
    path = Path(path)
    decoded = decode(read_bytes(path, max_bytes), path, encoding)
    base = Metadata(source_path=str(path), date=date, **meta)  # type: ignore[arg-type]
    yield from _iter_decoded(decoded, str(path), format, base, on_disk=True)


def _decode_page(data: bytes, url: str, encoding: str | None, charset: str | None) -> Decoded:
    """A page's text: in the encoding asked for, else the one its server names, else as sniffed."""
    if encoding or not charset:
        return decode(data, url, encoding)
    try:
        return decode(data, url, charset)
    except LoadError:
        return decode(data, url)


def _iter_decoded(
    decoded: Decoded, label: str, format: str | None, base: Metadata, on_disk: bool
) -> Iterator[tuple[str, Article]]:
    """The articles in a decoded text, read by ``format`` (or as its name and content say)."""
    kind = format or _sniff(label, decoded.text)
    base = replace(
        base,
        encoding=decoded.encoding,
        repairs=decoded.repairs,
        notes=decoded.notes,
        # Path.read_text() turns "\r\n" into "\n": offsets into a text with "\r" are not into that.
        text_is_file=on_disk and not decoded.repairs and decoded.encoding == "utf-8" and "\r" not in decoded.text,
    )
    try:
        if kind in ("text", "markdown"):
            yield label, article_from_text(decoded.text, base, markdown=kind == "markdown")
        elif kind == "html":
            from .html import article_from_html

            yield label, article_from_html(decoded.text, replace(base, text_is_file=False))
        elif kind in ("json", "jsonl", "csv"):
            from .records import articles_from_records

            records = articles_from_records(decoded.text, kind, replace(base, text_is_file=False))
            for number, article in enumerate(records, 1):
                yield f"{label}#{number}", article
        else:
            raise LoadError(label, f"unsupported file type {Path(label).suffix or kind!r}")
    except LoadError as exc:
        if exc.path == label:
            raise
        raise LoadError(label, exc.problem) from None  # the reader named "<html>": name the source


def _sniff(name: str, text: str) -> str:
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "json"
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise LoadError(path, f"unsupported file type {path.suffix!r} (text, Markdown, HTML, JSON, JSON Lines or CSV)")


@dataclass
class Collection:
    """Many articles, and the files that could not be loaded (never silently dropped)."""

    articles: list[Article] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __getitem__(self, i: int) -> Article:
        return self.articles[i]

    def frame(self) -> pd.DataFrame:
        """One row per article: label, title, outlet, author, date, url, words, blocks, sentences, sha256."""
        import pandas as pd

        rows = [
            {
                "label": label,
                "title": a.meta.title,
                "outlet": a.meta.outlet,
                "author": a.meta.author,
                "date": a.meta.date,
                "url": a.meta.url,
                "words": a.word_count,
                "blocks": len(a.blocks),
                "sentences": len(a.sentences),
                "sha256": a.meta.sha256,
            }
            for label, a in zip(self.labels, self.articles)
        ]
        return pd.DataFrame(
            rows,
            columns=["label", "title", "outlet", "author", "date", "url", "words", "blocks", "sentences", "sha256"],
        )

    def errors_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame([{"path": e.path, "problem": e.problem} for e in self.errors], columns=["path", "problem"])


def expand_sources(sources: Iterable[str | Path] | str | Path) -> Iterator[Path | str]:
    """Files named, the supported files in folders named, the files that globs match, and URLs (as
    strings), in order (a glob that matches no file is passed on as it is, so that loading it reports it)."""
    if isinstance(sources, (str, Path)):
        sources = [sources]
    for source in sources:
        text = str(source)
        if is_url(source):
            yield text.strip()
        elif any(ch in text for ch in "*?[") and not Path(text).exists():
            matches = [Path(m) for m in sorted(_glob.glob(text, recursive=True)) if Path(m).is_file()]
            yield from matches or [Path(text)]  # a pattern that matches nothing is reported as missing
        elif Path(text).is_dir():
            yield from sorted(p for p in Path(text).rglob("*") if _is_article_file(p))
        else:
            yield Path(text)


#: Files in a folder that describe the folder rather than hold an article.
NOT_ARTICLES = ("readme", "attribution", "notice", "license", "licence", "changelog")
#: Annotation sidecars beside an article (see workbench.annotations.store) are not articles either.
SIDECAR_SUFFIX = ".annotations.json"


def _is_article_file(path: Path) -> bool:
    """A file in a folder is loaded when its type is supported and it is not the folder's README,
    ATTRIBUTION, NOTICE or LICENSE, nor an annotation sidecar, nor hidden (a file named
    explicitly is always loaded)."""
    return (
        path.is_file()
        and path.suffix.lower() in SUPPORTED_SUFFIXES - {""}
        and not path.stem.lower().startswith(NOT_ARTICLES)
        and not path.name.lower().endswith(SIDECAR_SUFFIX)
        and not path.name.startswith(".")
    )


def load_many(sources: Iterable[str | Path] | str | Path, **options: object) -> Collection:
    """Load every article from files, folders, globs and URLs; a file that fails is kept in ``errors``."""
    collection = Collection()
    for path in expand_sources(sources):
        try:
            for label, article in iter_file(path, **options):  # type: ignore[arg-type]
                collection.articles.append(article)
                collection.labels.append(label)
        except LoadError as exc:
            collection.errors.append(exc)
    return collection
