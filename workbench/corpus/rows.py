"""One analysed article → the rows of the corpus tables (what a worker sends back to the writer).

The counts of an article are its :class:`~workbench.summary.ArticleSummary`, never recounted
here; quotes, sources and claims are the analyses' own records flattened into plain rows, so
that they pickle cheaply from a worker process or a Dask worker to the one writer.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..article import Article
from ..pipeline import analyze
from ..summary import ArticleSummary

#: The summary counts stored with each article, in the record's own order.
SUMMARY_COLUMNS = tuple(f.name for f in fields(ArticleSummary))
TABLES = ("articles", "quotes", "sources", "claims")


@dataclass(frozen=True)
class Loaded:
    """An article read from an input, not yet analysed: where it came from and its parsed text."""

    label: str
    """The file (``FILE``, ``FILE#N`` for a record) or URL."""
    file: str
    """The input file or URL the article was read from."""
    article: Article

    @property
    def article_id(self) -> str:
        return self.article.meta.sha256


Rows = dict[str, list[dict[str, Any]]]


def analyse_batch(batch: list[Loaded]) -> Rows:
    """The rows of every table for a batch of articles (the unit of work of a pool or Dask task);
    an article whose analysis fails is an ``errors`` row instead."""
    rows: Rows = {table: [] for table in (*TABLES, "errors")}
    for loaded in batch:
        try:
            found = article_rows(loaded)
        except Exception as exc:  # a defect on one article must not lose the batch: it is recorded
            rows["errors"].append({"path": loaded.label, "reason": f"analysis failed: {exc!r}"})
            continue
        for table, table_rows in found.items():
            rows[table].extend(table_rows)
    return rows


def article_rows(loaded: Loaded) -> Rows:
    """The rows of one article in every table."""
    article, article_id = loaded.article, loaded.article_id
    result = analyze(article)
    meta, summary = article.meta, result.summary.to_dict()
    head = {
        "article_id": article_id,
        "path": loaded.label,
        "file": loaded.file,
        "url": meta.url,
        "title": meta.title,
        "author": meta.author,
        "outlet": meta.outlet,
        "published": meta.date,
    }
    sources = result.sourcing.sources
    types = {source.name: source.type for source in sources}
    quotes = [
        {
            "article_id": article_id,
            "number": number,
            **row,
            "source_type": types.get(row["speaker"]) if row["speaker"] else None,
        }
        for number, row in enumerate(result.sourcing.rows())
    ]
    source_rows = [
        {
            "article_id": article_id,
            "speaker": s.name,
            "category": s.category,
            "type": s.type,
            "role": s.role,
            "affiliation": s.affiliation,
            "country": s.country,
            "named": s.named,
            "quotes": s.attributions,
            "direct": s.direct,
            "indirect": s.indirect,
            "mixed": s.mixed,
            "words_quoted": s.words_quoted,
        }
        for s in sources
    ]
    claims = [
        {
            "article_id": article_id,
            "number": number,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "checkworthy": c.checkworthy,
            "score": round(c.score, 3),
            "type": c.type,
            "hedged": c.hedged,
            "hedge_cues": ", ".join(cue.text for cue in c.hedge_cues) or None,
            "attributed": c.attributed,
            "speaker": c.speaker,
        }
        for number, c in enumerate(result.claims)
    ]
    return {"articles": [head | summary], "quotes": quotes, "sources": source_rows, "claims": claims}
