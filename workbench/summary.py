"""One summary of an article: the counts an analyst reads, computed once.

The CLI, every notebook, the briefing, the JSON export and the corpus store show this record and
nothing else, so that the numbers agree wherever they are read:

    >>> from workbench import load, analyze, summarize
    >>> summary = summarize(analyze(load("sample_articles/seed_article.txt")))
    >>> 5 <= summary.reading_minutes <= 6
    True

Definitions (each count is over the article's body: headline, captions and boilerplate excluded):
``claims`` are all the claim sentences; ``own_voice_claims`` those in the reporter's own voice
and ``attributed_claims`` those inside an attribution (the two add up to ``claims``);
``named_sources`` and ``unnamed_sources`` count registry entries, not attributions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from .article import Article
    from .pipeline import Analysis

#: Silent reading speed of English non-fiction, words per minute (Brysbaert 2019, "How many words
#: do we read per minute?", Journal of Memory and Language 109).
WORDS_PER_MINUTE = 238


@dataclass(frozen=True)
class ArticleSummary:
    """The headline counts of one article."""

    words: int
    sentences: int
    paragraphs: int
    reading_minutes: float
    quotes: int
    sources: int
    named_sources: int
    unnamed_sources: int
    claims: int
    checkworthy_claims: int
    hedged_claims: int
    own_voice_claims: int
    attributed_claims: int

    def to_dict(self) -> dict[str, int | float]:
        """The record as a plain dict (the JSON printed by ``workbench analyze --json``)."""
        return asdict(self)

    def lines(self) -> list[str]:
        """The record as short readable lines, with plurals that agree with their numbers."""
        return [
            f"{self.words:,} words, {plural(self.sentences, 'sentence')}, {plural(self.paragraphs, 'paragraph')}"
            f" · reading time {self.reading_minutes:.1f} min",
            f"{plural(self.quotes, 'quote')} from {plural(self.sources, 'source')}"
            f" ({self.named_sources} named, {self.unnamed_sources} unnamed)",
            f"{plural(self.claims, 'claim')}: {self.checkworthy_claims} check-worthy, {self.hedged_claims} hedged,"
            f" {self.own_voice_claims} in the reporter's own voice, {self.attributed_claims} attributed",
        ]


def plural(count: int, noun: str) -> str:
    """``1 quote``, ``2 quotes``."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def reading_minutes(words: int) -> float:
    """Minutes to read ``words`` words silently, to one decimal."""
    return round(words / WORDS_PER_MINUTE, 1)


def summarize(result: Analysis) -> ArticleSummary:
    """The summary record of one analysed article."""
    article, sourcing, claims = result.article, result.sourcing, result.claims
    words = article.word_count
    named = sum(1 for source in sourcing.sources if source.named)
    attributed = sum(1 for claim in claims if claim.attributed)
    return ArticleSummary(
        words=words,
        sentences=len(article.body_sentences),
        paragraphs=len(article.body),
        reading_minutes=reading_minutes(words),
        quotes=len(sourcing.attributions),
        sources=len(sourcing.sources),
        named_sources=named,
        unnamed_sources=len(sourcing.sources) - named,
        claims=len(claims),
        checkworthy_claims=sum(1 for claim in claims if claim.checkworthy),
        hedged_claims=sum(1 for claim in claims if claim.hedged),
        own_voice_claims=len(claims) - attributed,
        attributed_claims=attributed,
    )


def article_meta(article: Article) -> dict[str, Any]:
    """What identifies the article a record describes: title, author, site, published date, where it
    came from (``url``, ``source_path``), the sha256 of its text and its words (the export's ``meta``)."""
    meta = article.meta
    return {
        "title": meta.title,
        "author": meta.author,
        "site": meta.outlet,
        "published": meta.date.isoformat() if meta.date else None,
        "url": meta.url,
        "source_path": meta.source_path,
        "sha256": meta.sha256,
        "words": article.word_count,
    }


def summary_html(result: Analysis) -> str:
    """The summary as HTML for a notebook: the title, where the article comes from, and the record's
    :meth:`~ArticleSummary.lines` (the CLI's very lines); every piece of text escaped."""
    from .widgets.render import escape

    meta = article_meta(result.article)
    origin = " · ".join(
        escape(value)
        for value in (meta["site"], meta["author"], meta["published"], meta["url"] or meta["source_path"])
        if value
    )
    lines = "".join(f"<li>{escape(line)}</li>" for line in result.summary.lines())
    return (
        "<div class='wb-summary' style='line-height:1.5'>"
        f"<b class='wb-summary-title'>{escape(meta['title'] or '(no headline)')}</b>"
        + (f"<div class='wb-summary-origin' style='color:#555;font-size:90%'>{origin}</div>" if origin else "")
        + f"<ul style='margin:0.3em 0'>{lines}</ul></div>"
    )


def summary_frame(results: Iterable[Analysis], labels: Iterable[str]) -> pd.DataFrame:
    """The summary records of several articles, one row each, indexed by ``labels``."""
    import pandas as pd

    rows = {label: result.summary.to_dict() for label, result in zip(labels, results)}
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame.index.name = "article"
    return frame


def show_summary(result: Analysis) -> None:
    """Display the summary in a notebook (the same record every notebook, the CLI and the export show)."""
    from IPython.display import HTML, display

    display(HTML(summary_html(result)))
