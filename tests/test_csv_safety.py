"""Every CSV the project writes opens in a spreadsheet as data: a cell that would start a formula
(``=``, ``+``, ``-``, ``@``, tab, carriage return) is written with a leading ``'`` (OWASP)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import workbench
from workbench.annotations import AnnotationStore, to_csv
from workbench.cli import main
from workbench.csvsafe import FORMULA_LEADS, escape_cell, safe_frame
from workbench.widgets.claim_annotator import export_annotations

ROOT = Path(__file__).resolve().parents[1]
PAYLOAD = '=HYPERLINK("http://x","y")'
ARTICLE = (
    "Treasurer Warns of Shortfall\n\n"
    f"{PAYLOAD} said the treasurer, Tom Brown, who added that revenue fell 12 percent.\n\n"
    "-5 percent is what the council expects next year, Brown said.\n"
)


def cells(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def assert_no_formula(found: list[str]) -> None:
    live = [cell for cell in found if cell.startswith(FORMULA_LEADS)]
    assert live == [], f"formula-leading cells written as they are: {live[:3]}"


@pytest.fixture
def article(tmp_path: Path) -> workbench.Article:
    path = tmp_path / "treasurer.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return workbench.load(path)


@pytest.fixture
def store(article: workbench.Article) -> AnnotationStore:
    store = AnnotationStore.open(article, "alice")
    start = article.text.index(PAYLOAD)
    store.upsert(
        "claim:1",
        start=start,
        end=start + len(PAYLOAD),
        verdict="disputed",
        note="@SUM(A1:A9)",
        tags=["+cmd|' /C calc'!A0"],
        evidence=["-2+3"],
    )
    return store


def test_the_annotation_csv_export_escapes_formulas(store: AnnotationStore, tmp_path: Path):
    out = tmp_path / "annotations.csv"
    to_csv(store, out)
    found = cells(out)
    assert_no_formula(found)
    assert "'" + PAYLOAD in found and "'@SUM(A1:A9)" in found and "'-2+3" in found
    assert to_csv(store) == out.read_text(encoding="utf-8")  # the text form is the same


def test_the_claim_annotator_export_button_writes_an_escaped_csv(article: workbench.Article, store):
    written = export_annotations(article, store)
    found = cells(written["csv"])
    assert_no_formula(found)
    assert "'" + PAYLOAD in found


def test_analyze_csv_tables_escape_formulas_from_the_article_text(article: workbench.Article, tmp_path: Path):
    out = tmp_path / "tables"
    assert main(["analyze", str(article.meta.source_path), "--csv", str(out)]) == 0
    tables = sorted(out.glob("*.csv"))
    assert len(tables) == 5
    found = [cell for table in tables for cell in cells(table)]
    assert_no_formula(found)
    assert any(cell.startswith("'" + PAYLOAD) for cell in found)  # the sentence, in the readability table


def test_no_module_writes_csv_but_through_the_safe_writer():
    """One home for CSV writing: any other ``.to_csv(`` or ``csv.writer`` would bypass the escaping."""
    offenders = []
    for path in sorted((ROOT / "workbench").rglob("*.py")):
        if path.name == "csvsafe.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.to_csv\(|csv\.(writer|DictWriter)\(", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert offenders == []


@given(st.text(max_size=20))
def test_a_cell_is_escaped_exactly_when_it_would_start_a_formula(text: str):
    escaped = escape_cell(text)
    if text.startswith(FORMULA_LEADS):
        assert escaped == "'" + text
    else:
        assert escaped == text


def test_numbers_stay_numbers_and_the_frame_given_is_not_changed():
    frame = pd.DataFrame({"score": [-0.5, 2.0], "text": ["-0.5", "fine"]})
    safe = safe_frame(frame)
    assert safe["score"].tolist() == [-0.5, 2.0] and safe["text"].tolist() == ["'-0.5", "fine"]
    assert frame["text"].tolist() == ["-0.5", "fine"]
