"""The modules of the widgets, the reports and readability type-check clean (mypy, the project's
configuration), so an Optional is narrowed where it is used and a figure is a Figure."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHECKED = ["workbench/widgets", "workbench/report", "workbench/analysis/readability.py"]


def test_widgets_reports_and_readability_are_mypy_clean(tmp_path):
    api = pytest.importorskip("mypy.api")
    paths = [str(REPO / path) for path in CHECKED]
    # Imported modules are read for their types, their own errors reported by their own checks.
    options = ["--config-file", str(REPO / "pyproject.toml"), "--follow-imports=silent", "--cache-dir", str(tmp_path)]
    report, errors, status = api.run([*options, *paths])
    assert status == 0, report + errors
