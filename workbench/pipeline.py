"""One article, every analysis: computed on first use, shared by the CLI, widgets and reports.

    >>> from workbench import load, analyze
    >>> result = analyze(load("sample_articles/seed_article.txt"))
    >>> result.sourcing.sources_frame()      # doctest: +SKIP

Each analysis is a pure function of the article (and of the analyses it builds on); this class
only makes sure each runs once and that they are handed to each other.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .article import Article

if TYPE_CHECKING:
    from .analysis.claims import Claims
    from .analysis.hedges import HedgeCue
    from .analysis.readability import ReadabilityReport
    from .analysis.sourcing import Sourcing
    from .summary import ArticleSummary


class Analysis:
    """The analyses of one article, each computed when first asked for."""

    def __init__(self, article: Article):
        self.article = article

    @cached_property
    def readability(self) -> ReadabilityReport:
        from .analysis.readability import readability

        return readability(self.article)

    @cached_property
    def sourcing(self) -> Sourcing:
        from .analysis.sourcing import find_sourcing

        return find_sourcing(self.article)

    @cached_property
    def hedge_cues(self) -> list[HedgeCue]:
        from .analysis.hedges import find_hedge_cues

        return find_hedge_cues(self.article)

    @cached_property
    def claims(self) -> Claims:
        from .analysis.claims import find_claims

        return find_claims(self.article, sourcing=self.sourcing, hedge_cues=self.hedge_cues)

    @cached_property
    def summary(self) -> ArticleSummary:
        """The counts an analyst reads, one record for every surface (see ``workbench.summary``)."""
        from .summary import summarize

        return summarize(self)

    def to_contract(self, path: str) -> dict[str, Any]:
        """The export contract's record for this article (see ``shared/eval/CONTRACT.md``), with the
        summary record (``summary``: the counts ``workbench analyze --json`` prints) and what identifies
        the article (``meta``: title, author, site, published date, url, source path, sha256, words)."""
        from .summary import article_meta

        record: dict[str, Any] = {
            "path": path,
            "quotes": [a.to_contract() for a in self.sourcing.attributions],
            "claims": [c.to_contract() for c in self.claims],
            "hedge_cues": [[c.start, c.end] for c in self.hedge_cues],
            "blocks": [{"kind": b.kind, "span": [b.start, b.end]} for b in self.article.blocks],
            "sources": [s.to_contract() for s in self.sourcing.sources],
            "summary": self.summary.to_dict(),
            "meta": article_meta(self.article),
        }
        if not self.article.meta.text_is_file:
            record["text"] = self.article.text
        return record


def analyze(article: Article) -> Analysis:
    """All analyses of ``article``, lazily: ``analyze(a).claims``, ``analyze(a).sourcing``, ..."""
    return Analysis(article)
