"""Several articles side by side: one row per article, sources by type, and the three charts."""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench
from workbench.report.compare import COLUMNS, compare

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "sample_articles" / "seed_article.txt"


@pytest.fixture(scope="module")
def comparison():
    return compare(workbench.load_many([SEED, REPO / "sample_articles" / "wikinews" / "korea.txt"]))


def test_one_row_per_article_labelled_by_file_name(comparison):
    table = comparison.frame()
    assert list(table.columns) == COLUMNS
    assert list(table["article"]) == ["seed_article.txt", "korea.txt"]


def test_each_row_holds_the_articles_own_analyses(comparison):
    seed = comparison.frame().iloc[0]
    analysis = workbench.analyze(workbench.load(SEED))
    summary = analysis.sourcing.summary()
    checkworthy = analysis.claims.checkworthy()
    assert seed["grade"] == round(analysis.readability.body.flesch_kincaid_grade, 1)
    assert seed["named_share"] == round(summary.named_share, 2)
    assert seed["direct_share"] == round(summary.by_kind["direct"] / summary.attributions, 2)
    assert seed["checkworthy_own_voice"] == len(checkworthy.unattributed())


def test_every_count_the_summary_record_has_is_the_records_under_its_name(comparison):
    """One own-voice number: the overview shows what the CLI, the briefing and notebook 01 show."""
    for (_, row), analysis in zip(comparison.frame().iterrows(), comparison.analyses):
        record = analysis.summary.to_dict()
        shared = [column for column in COLUMNS if column in record]
        assert len(shared) == 8
        assert {c: row[c] for c in shared} == {c: record[c] for c in shared}


def test_sources_by_type_counts_attributions_with_zero_where_an_article_has_none(comparison):
    table = comparison.sources_by_type()
    assert list(table.index) == ["seed_article.txt", "korea.txt"]
    assert (
        table.loc["seed_article.txt", "unnamed"]
        == workbench.analyze(workbench.load(SEED)).sourcing.summary().by_type["unnamed"]
    )
    assert (table >= 0).all().all() and table.sum().is_monotonic_decreasing


def test_articles_without_a_file_are_numbered():
    text = "Rain expected\n\nThe mayor said on Monday that 40 percent of the roads would close."
    assert list(compare([workbench.load_text(text)]).frame()["article"]) == ["article 1"]


@pytest.mark.parametrize("chart", ["plot_sources", "plot_claims", "plot_grades"])
def test_each_chart_has_a_bar_per_article(comparison, chart):
    figure = getattr(comparison, chart)()
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels == ["seed_article.txt", "korea.txt"]


@pytest.mark.parametrize("chart", ["plot_sources", "plot_claims"])
def test_a_charts_legend_covers_no_bar(chart):
    """The longest bar last, at the bottom, where a legend placed inside the axes would sit."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    korea = REPO / "sample_articles" / "wikinews" / "korea.txt"
    figure = getattr(compare(workbench.load_many([korea, SEED])), chart)()
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    (ax,) = figure.axes
    legend = ax.get_legend().get_window_extent(renderer)
    bars = [patch.get_window_extent(renderer) for patch in ax.patches if patch.get_width() > 0]
    assert bars and not any(legend.overlaps(bar) for bar in bars)
