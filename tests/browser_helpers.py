"""What the real-browser tests share: waiting for JupyterLab to run a notebook, for a sidecar on disk."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

KERNEL_TIMEOUT = 120_000  # ms: a kernel starting and running the analyses on 2 busy cores
ANNOTATOR = "analyst"  # the name the tests type into an annotator's name box
RAN_PROMPT = re.compile(r"\[\d+\]:")  # "[ ]:" before, "[*]:" while running
NOT_RUN_PROMPT = re.compile(r"\[ \]:")


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
