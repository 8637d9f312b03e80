"""The curated notebooks: stored clean, and each runs top to bottom in a fresh kernel.

Every notebook runs in its own temporary copy of ``notebooks/`` and ``sample_articles/`` (so no
sidecar file is ever written into the repository), in a fresh kernel ``python3`` of this
environment — the project's virtualenv, whose Python ``jupyter_client`` substitutes for the kernel
spec's ``python`` — two notebooks at a time. The briefing notebook also runs the way
``workbench brief`` runs it: papermill with parameters, then nbconvert to HTML.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import copy_samples

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
TEACHING = REPO / "sample_articles" / "teaching"
KEY = TEACHING / "seed_article.txt.teacher.annotations.json"
KERNEL = "python3"

pytestmark = pytest.mark.notebook


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A temporary copy of the notebooks and the sample articles, laid out as in the repository."""
    return _working_copy(tmp_path).parent


def _outputs(nb, output_type: str, name: str | None = None) -> list[str]:
    """The texts of the outputs of one type (``error``, or ``stream`` named ``stderr``), per cell."""
    found = []
    for number, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == output_type and (name is None or output.get("name") == name):
                text = output.get("text") or f"{output.get('ename')}: {output.get('evalue')}"
                found.append(f"cell {number}: {text}")
    return found


def _files_in_repo() -> set[Path]:
    return {p for folder in ("notebooks", "sample_articles") for p in (REPO / folder).rglob("*")}


# --- stored clean --------------------------------------------------------------------------


def test_there_are_the_curated_notebooks():
    names = {path.name for path in NOTEBOOKS}
    assert {
        "01_quick_start.ipynb",
        "02_sourcing.ipynb",
        "04_readability.ipynb",
        "05_briefing.ipynb",
        "06_teaching_student.ipynb",
        "06_teaching_teacher.ipynb",
        "07_compare.ipynb",
    } <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs_for_the_project_kernel(path: Path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code, "a notebook without code"
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert nb.metadata.kernelspec.name == KERNEL


def test_briefing_notebook_has_a_papermill_parameters_cell():
    nb = nbformat.read(REPO / "notebooks" / "05_briefing.ipynb", as_version=4)
    tagged = [cell for cell in nb.cells if "parameters" in cell.metadata.get("tags", [])]
    assert len(tagged) == 1
    names = {line.split("=")[0].strip() for line in tagged[0].source.splitlines() if "=" in line}
    assert names == {"article_path", "annotation_path", "analyst", "my_articles"}


def test_student_notebook_never_reads_the_key_and_the_teacher_notebook_does():
    student = (REPO / "notebooks" / "06_teaching_student.ipynb").read_text(encoding="utf-8")
    teacher = (REPO / "notebooks" / "06_teaching_teacher.ipynb").read_text(encoding="utf-8")
    assert KEY.name not in student and "teacher" not in student
    assert KEY.name in teacher


def test_the_python3_kernel_runs_this_environments_python():
    """The notebooks name kernel ``python3``; it must start the Python that has workbench."""
    from jupyter_client.kernelspec import KernelSpecManager

    command = KernelSpecManager().get_kernel_spec(KERNEL).argv[0]
    # jupyter_client replaces a bare "python", "python3" or "python3.11" by sys.executable
    bare = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}
    assert command in bare or Path(command).resolve() == Path(sys.executable).resolve()


# --- running ---------------------------------------------------------------------------------


RUN_TEST = "test_notebook_runs_top_to_bottom_in_a_fresh_kernel_without_errors"
AT_ONCE = 2  # notebooks executed at the same time: the machine's two cores


def _working_copy(root: Path) -> Path:
    """A copy of the notebooks and the shipped sample articles (no user's annotations) under ``root``,
    laid out as in the repository."""
    shutil.copytree(REPO / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    copy_samples(root / "sample_articles")
    return root / "notebooks"


async def _execute(paths: list[Path], root: Path) -> dict[str, tuple[object, str | None]]:
    """Each notebook executed in a fresh kernel in its own working copy, :data:`AT_ONCE` at a time:
    ``name -> (executed notebook, error message or None)``."""
    import asyncio

    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    slots = asyncio.Semaphore(AT_ONCE)

    async def run(path: Path) -> tuple[object, str | None]:
        folder = _working_copy(root / path.stem)
        nb = nbformat.read(folder / path.name, as_version=4)
        client = NotebookClient(nb, kernel_name=KERNEL, timeout=300, resources={"metadata": {"path": str(folder)}})
        async with slots:
            try:
                await client.async_execute()
            except CellExecutionError as error:
                return nb, str(error)
        return nb, None

    done = await asyncio.gather(*(run(path) for path in paths))
    return {path.name: result for path, result in zip(paths, done)}


@pytest.fixture(scope="module")
def executed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The notebooks this session's run test asks for (all of them, unless ``-k`` picks some),
    executed once, and the repository's files before and after."""
    import asyncio

    wanted = sorted({item.callspec.params["path"] for item in request.session.items if item.originalname == RUN_TEST})
    before = _files_in_repo()
    results = asyncio.run(_execute(wanted, tmp_path_factory.mktemp("notebooks")))
    return results, before, _files_in_repo()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom_in_a_fresh_kernel_without_errors(path: Path, executed):
    results, repo_before, repo_after = executed
    nb, error = results[path.name]

    assert error is None, error
    assert _outputs(nb, "error") == []
    assert _outputs(nb, "stream", "stderr") == [], "warnings or errors printed"
    charts = [cell for cell in nb.cells if cell.cell_type == "code" and re.search(r"\bplot\w*\(", cell.source)]
    for cell in charts:
        images = [o for o in cell.outputs if "image/png" in o.get("data", {})]
        assert len(images) == 1, f"a chart shows as one image: {cell.source!r}"
    assert repo_after == repo_before, "a notebook wrote into the repository, not its working copy"


def test_workbench_brief_renders_the_briefing_with_verdicts_and_provenance(workspace: Path):
    from workbench.cli import main

    article = workspace / "sample_articles" / "seed_article.txt"
    key = workspace / "sample_articles" / "teaching" / KEY.name
    out = workspace / "out" / "briefing.html"

    assert (
        main(["brief", str(article), "--html", str(out), "--annotations", str(key), "--analyst", "Dana Analyst"]) == 0
    )

    html = out.read_text(encoding="utf-8")
    for section in ("Summary", "Sources", "Claims and verdicts", "Open questions", "Provenance"):
        assert f">{section}<" in html, section
    assert hashlib.sha256(article.read_bytes()).hexdigest() in html
    assert hashlib.sha256(key.read_bytes()).hexdigest() in html
    assert "Dana Analyst" in html
    assert (
        "The annotation files match the article&#39;s text." in html
        or "The annotation files match the article's text." in html
    )
    assert "Yang Moo-jin" in html  # a source
    assert "verified" in html and "unreviewed" in html
    assert "Briefing.build" not in html, "the code cells are hidden"
    assert "This notebook is a template" not in html, "so are the notes on using the notebook"
    assert "<script" not in html, "the report runs no script and fetches nothing from the web"
    assert "<title>Briefing: seed_article.txt</title>" in html
    assert list(out.parent.iterdir()) == [out], "no temporary files left beside the report"


def test_a_hostile_article_renders_inert_in_the_briefing(tmp_path: Path):
    from workbench.report.briefing import run_briefing

    article = tmp_path / "hostile.txt"
    article.write_text(
        "Officials <script>window.__pwned = 1</script> deny everything\n\n"
        'The minister said the figures were wrong, <img src=x onerror="window.__pwned=1"> according to '
        "a report published on Monday that showed 40 percent of the budget was missing.\n",
        encoding="utf-8",
    )

    html = run_briefing(article, tmp_path / "hostile.html").read_text(encoding="utf-8")

    assert "<script>window.__pwned" not in html
    assert "<img src=x onerror" not in html
    assert "&lt;script&gt;window.__pwned" in html


def test_a_briefing_step_that_runs_past_the_time_limit_is_an_error_naming_the_article(
    tmp_path: Path, capsys, monkeypatch
):
    from workbench.cli import main
    from workbench.errors import WorkbenchError
    from workbench.report.briefing import run_briefing

    article = copy_samples(tmp_path / "copy") / "seed_article.txt"
    stuck = tmp_path / "stuck.ipynb"
    nb = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}}
    )
    nb.cells = [nbformat.v4.new_code_cell("article_path = None", metadata={"tags": ["parameters"]})]
    nb.cells.append(nbformat.v4.new_code_cell("import time\ntime.sleep(60)"))
    nbformat.write(nb, stuck)

    with pytest.raises(
        WorkbenchError, match=r"seed_article.txt: the briefing gave up: a notebook cell ran for over 2 s"
    ):
        run_briefing(article, tmp_path / "stuck.html", notebook=stuck, timeout=2)
    assert not (tmp_path / "stuck.html").exists()

    monkeypatch.setattr("workbench.report.briefing.BRIEFING_NOTEBOOK", stuck)
    assert main(["brief", str(article), "--html", str(tmp_path / "out.html"), "--timeout", "1"]) == 1
    assert "the briefing gave up: a notebook cell ran for over 1 s (raise --timeout)" in capsys.readouterr().err
    assert not (tmp_path / "out.html").exists()


@pytest.mark.parametrize("limit", ["0", "-5", "1.5", "soon"])
def test_brief_refuses_a_time_limit_that_is_not_a_whole_positive_number_of_seconds(limit, tmp_path, capsys):
    from workbench.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["brief", "article.txt", "--html", str(tmp_path / "out.html"), "--timeout", limit])
    assert exited.value.code == 2
    assert "--timeout" in capsys.readouterr().err
