"""In a notebook, a bad file gives one clear line naming the file, not a traceback."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

pytestmark = pytest.mark.notebook


def run(tmp_path, source: str, allow_errors: bool) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
    NotebookClient(notebook, kernel_name="python3", allow_errors=allow_errors, timeout=120).execute(cwd=str(tmp_path))
    return notebook


def test_a_load_error_shows_one_line_naming_the_file_and_still_stops_run_all(tmp_path):
    (tmp_path / "broken.json").write_text('{"title": "x", "text": ')
    notebook = run(tmp_path, "import workbench\nworkbench.load('broken.json')", allow_errors=True)
    outputs = notebook.cells[0].outputs
    assert not [o for o in outputs if o.output_type == "error"]  # no traceback
    shown = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert 'class="wb-error"' in shown and "LoadError: broken.json: " in shown
    with pytest.raises(CellExecutionError):  # the cell still fails, so Run All stops there
        run(tmp_path, "import workbench\nworkbench.load('broken.json')", allow_errors=False)


def test_other_errors_keep_their_traceback(tmp_path):
    notebook = run(tmp_path, "import workbench\n1/0", allow_errors=True)
    assert [o.ename for o in notebook.cells[0].outputs if o.output_type == "error"] == ["ZeroDivisionError"]
