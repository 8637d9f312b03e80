"""`make lab`: JupyterLab at the project folder (notebooks/ first, sample_articles/ and the user's
files in reach), with the news pop-up and the update check off, and nothing written into the home.

The test starts JupyterLab with the Makefile's own flags, in a temporary copy of the project, with
the settings overrides file where ``make lab`` puts it (the application's settings folder)."""

from __future__ import annotations

import json
import re
import secrets
import shlex
import urllib.request

import pytest
from conftest import REPO, VENV_BIN, free_port, make_root, start_server

MAKEFILE = (REPO / "Makefile").read_text(encoding="utf-8")


def lab_flags() -> list[str]:
    """The flags of the Makefile's LAB_FLAGS, continuation lines joined."""
    value = re.search(r"^LAB_FLAGS := ((?:.*\\\n)*.*)$", MAKEFILE, re.MULTILINE).group(1)
    return shlex.split(value.replace("\\\n", " "))


def test_make_lab_runs_jupyter_lab_with_the_flags_and_the_overrides_file():
    recipe = MAKEFILE.split("\nlab:", 1)[1].split("\n\n", 1)[0]
    assert "$(LAB_OVERRIDES)" in recipe.splitlines()[0]
    assert "jupyter lab $(ROOT_FLAG) $(LAB_FLAGS)" in recipe
    assert "LAB_OVERRIDES := $(VENV)/share/jupyter/lab/settings/overrides.json" in MAKEFILE
    assert "notebooks/" not in recipe.replace("$(LAB_FLAGS)", "")  # the root is the project, not notebooks/
    assert {"--ServerApp.root_dir=.", "--LabApp.default_url=/lab/tree/notebooks", "--LabApp.news_url=None"} <= set(
        lab_flags()
    )


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab as `make lab` starts it, in a copy of the project."""
    base = tmp_path_factory.mktemp("make-lab")
    root = make_root(base)
    settings = base / "app-settings"
    settings.mkdir()
    (settings / "overrides.json").write_text((REPO / "etc" / "jupyterlab-overrides.json").read_text())
    token, port = secrets.token_hex(16), free_port()
    command = [
        str(VENV_BIN / "jupyter-lab"),
        "--no-browser",
        "--allow-root",
        *lab_flags(),
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--LabApp.app_settings_dir={settings}",
    ]
    server = start_server(command, base, root, "/api/status", token, port, settings={})  # no user settings
    yield server
    server.stop()


def test_the_lab_opens_on_the_notebooks_folder_of_the_project(lab):
    with urllib.request.urlopen(lab.address("/")) as response:
        assert response.url.split("?")[0] == f"{lab.url}/lab/tree/notebooks"
    with urllib.request.urlopen(lab.address("/api/contents/")) as response:
        names = {item["name"] for item in json.load(response)["content"]}
    assert {"notebooks", "sample_articles"} <= names


def test_the_news_pop_up_and_the_update_check_are_off(lab):
    plugin = "@jupyterlab/apputils-extension:notification"
    with urllib.request.urlopen(lab.address(f"/lab/api/settings/{plugin}")) as response:
        answer = json.load(response)
    assert answer["settings"] == {}, "no user setting: the overrides alone turn them off"
    defaults = {name: spec.get("default") for name, spec in answer["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False
