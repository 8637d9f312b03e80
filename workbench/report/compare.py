"""Several articles side by side: length, readability, sources and claims, one row per article.

    >>> comparison = compare(workbench.load_many("sample_articles/wikinews/*.txt"))  # doctest: +SKIP
    >>> comparison.frame()                                                          # doctest: +SKIP

Every number comes from the article's own analyses (:func:`workbench.analyze`); this module only
lines them up. A count the summary record has (:mod:`workbench.summary`) is the record's, under the
record's name, so the overview agrees with the CLI, the briefing and every notebook. Charts are drawn on a plain matplotlib ``Figure`` (not pyplot), so a notebook shows
each once, and never opens a window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..article import Article
from ..pipeline import Analysis, analyze

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from ..load import Collection

COLUMNS = [
    "article",
    "words",
    "paragraphs",
    "grade",
    "reading_ease",
    "quotes",
    "sources",
    "named_share",
    "direct_share",
    "claims",
    "checkworthy_claims",
    "own_voice_claims",
    "checkworthy_own_voice",
    "hedged_claims",
    "title",
]
"""The overview's columns: the numbers first, the (long) headline last."""


@dataclass(frozen=True)
class Comparison:
    """The analyses of several articles, each under a short label (its file name)."""

    labels: tuple[str, ...]
    analyses: tuple[Analysis, ...]

    def frame(self) -> pd.DataFrame:
        """One row per article. ``words``, ``paragraphs``, ``quotes``, ``sources``, ``claims``,
        ``checkworthy_claims``, ``own_voice_claims`` (all claims in the reporter's own voice) and
        ``hedged_claims`` are the summary record's; besides them, ``grade`` is the body's
        Flesch-Kincaid grade, ``named_share`` the share of attributions from named sources,
        ``direct_share`` the share that are direct quotes, and ``checkworthy_own_voice`` the
        check-worthy claims stated without a source."""
        import pandas as pd

        rows = []
        for label, analysis in zip(self.labels, self.analyses):
            record, sourcing = analysis.summary, analysis.sourcing.summary()
            body = analysis.readability.body
            rows.append(
                {
                    "article": label,
                    "title": analysis.article.meta.title,
                    "words": record.words,
                    "paragraphs": record.paragraphs,
                    "grade": round(body.flesch_kincaid_grade, 1),
                    "reading_ease": round(body.flesch_reading_ease, 1),
                    "quotes": record.quotes,
                    "sources": record.sources,
                    "named_share": round(sourcing.named_share, 2),
                    "direct_share": round(sourcing.by_kind.get("direct", 0) / record.quotes, 2)
                    if record.quotes
                    else 0.0,
                    "claims": record.claims,
                    "checkworthy_claims": record.checkworthy_claims,
                    "own_voice_claims": record.own_voice_claims,
                    "checkworthy_own_voice": len(analysis.claims.checkworthy().unattributed()),
                    "hedged_claims": record.hedged_claims,
                }
            )
        return pd.DataFrame(rows, columns=COLUMNS)

    def sources_by_type(self) -> pd.DataFrame:
        """Attributions by type of source (columns) for each article (rows); 0 where none."""
        import pandas as pd

        counts = {label: a.sourcing.summary().by_type for label, a in zip(self.labels, self.analyses)}
        frame = pd.DataFrame.from_dict(counts, orient="index").fillna(0).astype(int)
        frame = frame[frame.sum().sort_values(ascending=False, kind="stable").index]
        frame.index.name = "article"
        return frame

    def plot_sources(self, ax: Axes | None = None) -> Figure:
        """Stacked bars: each article's attributions by type of source."""
        figure, ax = _axes(ax)
        self.sources_by_type().plot.barh(stacked=True, ax=ax, width=0.7)
        ax.invert_yaxis()
        ax.set_xlabel("attributions")
        ax.set_ylabel("")
        ax.set_title("Who speaks, by type of source", fontsize="medium")
        ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1), title="type of source")
        return figure

    def plot_claims(self, ax: Axes | None = None) -> Figure:
        """Stacked bars: each article's check-worthy claims, attributed and in its own voice."""
        table = self.frame().set_index("article")
        own_voice = table["checkworthy_own_voice"]
        attributed = table["checkworthy_claims"] - own_voice
        figure, ax = _axes(ax)
        ax.barh(table.index, attributed, color="#4c72b0", label="attributed to a source")
        ax.barh(table.index, own_voice, left=attributed, color="#dd8452", label="the article's own voice")
        ax.invert_yaxis()
        ax.set_xlabel("check-worthy claims")
        ax.set_title("Check-worthy claims: who makes them", fontsize="medium")
        ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))  # beside the bars, never over them
        return figure

    def plot_grades(self, ax: Axes | None = None) -> Figure:
        """One bar per article: the Flesch-Kincaid grade of its body."""
        table = self.frame()
        figure, ax = _axes(ax)
        ax.barh(table["article"], table["grade"], color="#4c72b0")
        ax.invert_yaxis()
        ax.set_xlabel("Flesch-Kincaid grade (years of schooling)")
        ax.set_title("How hard each article reads", fontsize="medium")
        return figure


def _axes(ax: Axes | None) -> tuple[Figure, Axes]:
    if ax is None:
        from matplotlib.figure import Figure

        ax = Figure(figsize=(8, 4), layout="constrained").add_subplot()
    figure = ax.figure.figure  # the root Figure, an Axes's in a SubFigure too (matplotlib 3.7 on)
    return figure, ax


def compare(articles: Collection | Iterable[Article]) -> Comparison:
    """Analyse every article (a :class:`~workbench.load.Collection` or any articles) for a
    side-by-side comparison; each is labelled by its file name (``#n`` for a record of a file
    holding several), or by its position when it has no file."""
    found = list(articles)
    labels = list(getattr(articles, "labels", [])) or [
        a.meta.source_path or f"article {i + 1}" for i, a in enumerate(found)
    ]
    return Comparison(tuple(Path(label).name for label in labels), tuple(analyze(a) for a in found))
