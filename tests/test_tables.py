"""show_table: sentences whole, wrapped and left-aligned, numbers rounded, long tables sortable and
searchable through itables' offline mode (nothing fetched from the web), all text escaped."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from workbench.widgets import tables

LONG_SENTENCE = (
    "Analysts interpret this announcement not merely as a confirmation of the deployment but as a "
    "signal to Washington and Seoul that the partnership between Moscow and Pyongyang has entered a new phase."
)
HOSTILE = '<img src=x onerror="window.__pwned = 1">'


def frame(rows: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": [f"{LONG_SENTENCE} ({n})" for n in range(rows - 1)] + [HOSTILE],
            "grade": [21.56789] * rows,
            "words": [38] * rows,
        }
    )


@pytest.fixture
def shown(monkeypatch):
    """What show_table displays, as HTML strings."""
    out: list[str] = []

    def display(*objects):
        for obj in objects:
            out.append(obj.to_html() if hasattr(obj, "to_html") else obj.data)

    monkeypatch.setattr("IPython.display.display", display)
    monkeypatch.setattr(tables, "_ITABLES_READY", False)
    return out


def test_a_short_table_shows_sentences_whole_wrapped_left_aligned_and_numbers_rounded(shown):
    tables.show_table(frame(3))
    html = shown[-1]
    assert f"{LONG_SENTENCE} (0)" in html  # whole, never cut with "…"
    assert "…" not in html and "..." not in html
    assert ">21.6<" in html and "21.56" not in html and ">38<" in html
    text_rule = re.search(r"\{[^}]*white-space: pre-wrap;[^}]*\}", html).group(0)
    assert "text-align: left" in text_rule
    assert "<script" not in html, "a report's table runs nothing"
    assert HOSTILE not in html and "&lt;img src=x" in html
    assert "row_heading" not in html  # no 0, 1, 2 row numbers


def test_a_long_table_is_sortable_and_searchable_from_the_bundle_in_the_notebook(shown):
    tables.show_table(frame(tables.LONG_TABLE + 1))
    bundle, table = "".join(shown[:-1]), shown[-1]
    assert "injectModule" in bundle, "the DataTables bundle itself, put into the notebook"
    assert "unpkg" not in bundle + table
    assert not re.search(r"""(src|href)=["']?https?://(?!itables\.org)""", bundle + table)
    assert not re.search(r"""import[^;]*from\s*['"]https?:""", bundle + table)
    assert f"{LONG_SENTENCE} (3)" in table and HOSTILE not in table
    assert "21.6" in table and "21.56" not in table
    assert "nowrap" not in table and "dt-left" in table
    before = len(shown)
    tables.show_table(frame(tables.LONG_TABLE + 1))
    assert len(shown) == before + 1, "the bundle is put in once per kernel"


def test_interactive_can_be_forced_either_way(shown):
    tables.show_table(frame(2), interactive=True)
    assert "dt-left" in shown[-1]
    tables.show_table(frame(tables.LONG_TABLE + 5), interactive=False)
    assert "<script" not in shown[-1] and f"{LONG_SENTENCE} (18)" in shown[-1]


def test_text_columns_are_those_that_are_not_numbers():
    table = pd.DataFrame({"a": ["x"], "b": [1.0], "c": [True], "d": [[1, 2]]})
    assert tables.text_columns(table) == ["a", "d"]
