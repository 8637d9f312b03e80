"""Loading articles: one entry point that picks the reader by extension and content.

* :func:`load` — one file (or ``Path``) → one :class:`~workbench.article.Article`;
* :func:`load_text` — a string you already have → an article;
* :func:`iter_file` — one file → every article in it (a JSON/CSV file may hold many), labelled;
* :func:`load_many` — files, folders and globs → a :class:`Collection` that keeps the articles
  *and* the files that failed, so one bad file never stops the rest.

Every problem is a :class:`~workbench.errors.LoadError` whose message names the file.
"""

from __future__ import annotations

import glob as _glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..article import Article, Metadata
from ..errors import LoadError
from .build import article_from_text
from .decode import DEFAULT_MAX_BYTES, decode, read_bytes

if TYPE_CHECKING:
    import pandas as pd

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

__all__ = ["Collection", "LoadError", "iter_file", "load", "load_many", "load_text", "DEFAULT_MAX_BYTES"]


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
    date: date | None = None,
    **meta: object,
) -> Article:
    """Load one article from a file. A records file must then hold exactly one record
    (use :func:`iter_file` or :func:`load_many` for several)."""
    articles = [a for _, a in iter_file(path, format=format, encoding=encoding, max_bytes=max_bytes, date=date, **meta)]
    if len(articles) != 1:
        raise LoadError(path, f"holds {len(articles)} articles; use workbench.load_many() to load them all")
    return articles[0]


def iter_file(
    path: str | Path,
    *,
    format: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date: date | None = None,
    **meta: object,
) -> Iterator[tuple[str, Article]]:
    """Every article in one file, labelled ``"FILE"`` (or ``"FILE#N"`` from N=1 for a records file)."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    decoded = decode(data, path, encoding)
    kind = format or _sniff(path, decoded.text)
    base = Metadata(
        source_path=str(path),
        date=date,
        encoding=decoded.encoding,
        repairs=decoded.repairs,
        notes=decoded.notes,
        # Path.read_text() turns "\r\n" into "\n": offsets into a text with "\r" are not into that.
        text_is_file=not decoded.repairs and decoded.encoding == "utf-8" and "\r" not in decoded.text,
        **meta,  # type: ignore[arg-type]
    )
    if kind in ("text", "markdown"):
        yield str(path), article_from_text(decoded.text, base, markdown=kind == "markdown")
    elif kind == "html":
        from .html import article_from_html

        yield str(path), article_from_html(decoded.text, replace(base, text_is_file=False))
    elif kind in ("json", "jsonl", "csv"):
        from .records import articles_from_records

        for number, article in enumerate(
            articles_from_records(decoded.text, kind, replace(base, text_is_file=False)), 1
        ):
            yield f"{path}#{number}", article
    else:
        raise LoadError(path, f"unsupported file type {path.suffix or kind!r}")


def _sniff(path: Path, text: str) -> str:
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


def expand_sources(sources: Iterable[str | Path] | str | Path) -> Iterator[Path]:
    """Files named, the supported files in folders named, and the files that globs match, in order
    (a glob that matches no file is passed on as it is, so that loading it reports it)."""
    if isinstance(sources, (str, Path)):
        sources = [sources]
    for source in sources:
        text = str(source)
        if any(ch in text for ch in "*?[") and not Path(text).exists():
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
    """Load every article from files, folders and globs; a file that fails is kept in ``errors``."""
    collection = Collection()
    for path in expand_sources(sources):
        try:
            for label, article in iter_file(path, **options):  # type: ignore[arg-type]
                collection.articles.append(article)
                collection.labels.append(label)
        except LoadError as exc:
            collection.errors.append(exc)
    return collection
