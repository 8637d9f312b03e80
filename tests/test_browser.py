"""The widgets in a real browser: JupyterLab and Voilà on 127.0.0.1, driven in headless Chromium.

Only this proves that the widgets render and that a click in the page reaches the kernel and
ends up in the sidecar file on disk. One JupyterLab server serves the whole session (see
``conftest.py``); every test keeps a screenshot in ``test-artifacts/``.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import nbformat
import pytest

import workbench
from workbench.widgets import claim_key

pytestmark = pytest.mark.browser

KERNEL_TIMEOUT = 120_000  # ms: a kernel starting and running the analyses on 2 busy cores
ANNOTATOR = "analyst"  # notebook 03's default annotator
RAN_PROMPT = re.compile(r"\[\d+\]:")  # "[ ]:" before, "[*]:" while running
NOT_RUN_PROMPT = re.compile(r"\[ \]:")
NOTE = "Pyongyang's own statement; no independent confirmation yet."

# Each line tries to run script in the page in a different way; rendered, every one is text.
HOSTILE_ARTICLE = """Hostile <script>window.__pwned = 1</script> Report

Officials said the plan <img src=x onerror="window.__pwned = 1"> would cost 5 million dollars.

Read <a href="javascript:window.__pwned = 1">the report</a> or <svg onload="window.__pwned = 1"></svg> here.

"It may be <iframe srcdoc='<script>parent.__pwned = 1</script>'></iframe> true," said <b onmouseover="window.__pwned = 1">Smith</b>.
"""
HOSTILE_PAYLOAD = '<img src=x onerror="window.__pwned = 1">'


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def wait_for_annotation(sidecar: Path, key: str, wanted: dict, timeout: float = 30.0) -> dict:
    """The annotation ``key`` in the sidecar file once it holds the ``wanted`` values."""
    deadline = time.monotonic() + timeout
    record: dict = {}
    while time.monotonic() < deadline:
        if sidecar.exists():
            document = json.loads(sidecar.read_text(encoding="utf-8"))
            record = next((a for a in document["annotations"] if a["key"] == key), {})
            if all(record.get(name) == value for name, value in wanted.items()):
                return record
        time.sleep(0.25)
    pytest.fail(f"{sidecar} never held {key} = {wanted}; last seen: {record}")


def open_and_run_all(page, server, notebook: str) -> None:
    """Open ``notebook`` in JupyterLab, wait for its kernel, run all cells, wait until done.

    Two races of a kernel that has only just started, seen on busy machines, are met by asking
    again: Run All is dropped when no cell has started within 20 s, and a widget shown before
    the page's widget manager was listening reads "Error displaying widget: model not found".
    """
    workspace = re.sub(r"\W", "-", notebook)  # a fresh workspace: only this notebook open
    page.goto(server.address(f"/lab/workspaces/{workspace}/tree/{notebook}"))
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    expect(panel.locator(".jp-Cell").first).to_be_visible(timeout=KERNEL_TIMEOUT)
    expect(page.locator(".jp-StatusBar-TextItem", has_text="| Idle")).to_be_visible(timeout=KERNEL_TIMEOUT)
    indicator = panel.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    expect(indicator).to_be_visible(timeout=KERNEL_TIMEOUT)
    prompts = panel.locator(".jp-CodeCell .jp-InputPrompt")
    widget_errors = panel.locator(".jp-OutputArea-output", has_text="Error displaying widget")
    for _attempt in range(3):
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
        try:
            expect(prompts.first).not_to_have_text(NOT_RUN_PROMPT, timeout=20_000)
        except AssertionError:
            continue
        for index in range(prompts.count()):
            expect(prompts.nth(index)).to_have_text(RAN_PROMPT, timeout=KERNEL_TIMEOUT)
        expect(indicator).to_be_visible(timeout=KERNEL_TIMEOUT)
        if widget_errors.count() == 0:
            break
    else:
        pytest.fail(f"{notebook}: Run All did not run every cell and show its widgets in 3 attempts")
    expect(panel.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")).to_have_count(0)


def test_lab_notebook_03_records_a_verdict_and_note_on_the_second_claim(lab_server, browser_page):
    page = browser_page
    open_and_run_all(page, lab_server, "notebooks/03_claims.ipynb")
    annotator = page.locator(".wb-claim-annotator")
    expect(annotator).to_be_visible(timeout=KERNEL_TIMEOUT)
    annotator.locator(".wb-next").click()
    expect(annotator.locator(".wb-position")).to_contain_text("Claim 2 ")
    annotator.locator(".wb-verdict select").select_option(label="disputed")
    note = annotator.locator(".wb-note textarea")
    note.fill(NOTE)
    note.press("Tab")  # the note is sent when the field loses focus

    sidecar = lab_server.root / "sample_articles" / f"seed_article.txt.{ANNOTATOR}.annotations.json"
    article = workbench.load(lab_server.root / "sample_articles" / "seed_article.txt")
    second = workbench.analyze(article).claims[1]
    record = wait_for_annotation(sidecar, claim_key(second), {"verdict": "disputed", "note": NOTE})
    assert (record["anchor"]["start"], record["anchor"]["end"]) == (second.start, second.end)
    assert record["annotator"] == ANNOTATOR
    expect(annotator.locator(".wb-progress")).to_contain_text("1 of ")


def test_voila_app_renders_and_a_click_reaches_the_kernel(voila_server, browser_page):
    page = browser_page
    page.goto(voila_server.address("/"))
    annotator = page.locator(".wb-claim-annotator")
    expect(annotator).to_be_visible(timeout=KERNEL_TIMEOUT)
    expect(page.get_by_text("ClaimAnnotator(article")).to_have_count(0)  # an app: no code shown
    annotator.locator(".wb-next").click()
    expect(annotator.locator(".wb-position")).to_contain_text("Claim 2 ")
    annotator.locator(".wb-verdict select").select_option(label="verified")
    sidecar = voila_server.root / "sample_articles" / f"seed_article.txt.{ANNOTATOR}.annotations.json"
    second = workbench.analyze(workbench.load(voila_server.root / "sample_articles" / "seed_article.txt")).claims[1]
    wait_for_annotation(sidecar, claim_key(second), {"verdict": "verified"})


def test_hostile_article_runs_no_script_in_the_page(lab_server, browser_page):
    page = browser_page
    folder = lab_server.root / "hostile"
    folder.mkdir(exist_ok=True)
    (folder / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                "import workbench\nfrom workbench.widgets import ArticleStepper, ClaimAnnotator\n"
                'article = workbench.load("hostile.txt")'
            ),
            nbformat.v4.new_code_cell("ArticleStepper(article)"),
            nbformat.v4.new_code_cell('ClaimAnnotator(article, annotator="hostile")'),
        ],
        metadata={"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}},
    )
    nbformat.write(notebook, folder / "hostile.ipynb")

    open_and_run_all(page, lab_server, "hostile/hostile.ipynb")
    stepper = page.locator(".wb-stepper")
    expect(stepper).to_be_visible(timeout=KERNEL_TIMEOUT)
    expect(page.locator(".wb-claim-annotator")).to_be_visible(timeout=KERNEL_TIMEOUT)
    text_view = stepper.locator(".wb-text-view")
    pages = int(stepper.locator(".wb-position").inner_text().split(" of ")[1])
    shown = []
    for number in range(1, pages + 1):
        expect(stepper.locator(".wb-position")).to_have_text(f"{number} of {pages}")
        shown.append(text_view.inner_text())
        if number < pages:
            stepper.locator(".wb-next").click()
    stepper.locator(".wb-mode button", has_text="section").click()
    expect(text_view).to_contain_text("<svg onload=")
    page.wait_for_timeout(1000)  # give an injected onerror/onload the time to fire

    assert page.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => parent.__pwned") is None
    everything = "\n".join(shown)
    assert '<img src=x onerror="window.__pwned = 1">' in everything  # shown as text
    assert "<script>" not in page.locator(".wb-claim-annotator .wb-claim").inner_html()
    assert page.locator(".wb-text-view img, .wb-text-view a, .wb-text-view script, .wb-text-view svg").count() == 0

    # The check can fail: the same markup, injected raw, does set the flag in this page.
    page.evaluate(
        "html => { const box = document.createElement('div'); box.innerHTML = html; document.body.appendChild(box); }",
        HOSTILE_PAYLOAD,
    )
    page.wait_for_function("() => window.__pwned === 1", timeout=10_000)
