"""Shared fixtures: a file writer for loader tests; copies of the shipped samples; for the real-browser
tests, JupyterLab and Voilà servers and headless Chromium.

Tests never read a user's work: every copy of ``sample_articles/`` (:func:`copy_samples`) leaves out
what the notebooks write beside the articles (annotation files and their exports, checkpoints), so
the suite gives the same answers before and after an analyst annotates in notebook 03.

Each server runs on 127.0.0.1 on a free port, with a random token, in a temporary root folder
holding COPIES of the notebooks and sample articles (so sidecar files never land in the repo),
with temporary Jupyter config/runtime/settings folders and the news and update checks off. A
server runs in its own process session and is stopped by its PID. Chromium is Debian's
``/usr/bin/chromium`` driven by Playwright (never ``playwright install``); every request that
leaves 127.0.0.1 is blocked, so the tests are offline and deterministic.
See ``shared/notes/jupyter-testing.md`` for why each flag is there.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
VENV_BIN = Path(sys.executable).parent
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: JupyterLab user settings: no news or update checks; start a notebook's kernel without asking.
#: (The first as ``make lab`` sets them, from etc/jupyterlab-overrides.json.)
LAB_OVERRIDES = json.loads((REPO / "etc" / "jupyterlab-overrides.json").read_text(encoding="utf-8"))
LAB_SETTINGS = {
    **{plugin.replace(":", "/"): values for plugin, values in LAB_OVERRIDES.items()},
    "@jupyterlab/notebook-extension/tracker": {"autoStartDefaultKernel": True},
}
SERVER_START_TIMEOUT = 90
SAMPLES = REPO / "sample_articles"
#: What a user's work leaves beside an article: annotation files, their ClaimReview, Web Annotation and
#: CSV exports (``ARTICLE.ANNOTATOR.*``), and hidden files (checkpoints, an atomic save's temporary file).
USER_OUTPUT = re.compile(
    r"^\.|\.annotations\.json$|\.claimreview\.jsonld$|\.webannotations\.jsonld$|\.(?:txt|md|html?|json|csv)\.[^.]+\.csv$"
)


def shipped_class(samples: Path = SAMPLES) -> set[Path]:
    """The teaching class's annotation files, which ship with the samples: those its README lists."""
    readme = (samples / "teaching" / "README.md").read_text(encoding="utf-8")
    return {samples / "teaching" / name for name in re.findall(r"`((?:students/)?[^`/]+\.annotations\.json)`", readme)}


def copy_samples(destination: Path, samples: Path = SAMPLES) -> Path:
    """A copy of ``samples`` (the shipped ``sample_articles/``) at ``destination``, without the files a
    user's work left there (:data:`USER_OUTPUT`); the teaching class's files are kept."""
    keep = shipped_class(samples)

    def user_outputs(folder: str, names: list[str]) -> set[str]:
        return {name for name in names if USER_OUTPUT.search(name) and Path(folder) / name not in keep}

    shutil.copytree(samples, destination, ignore=user_outputs)
    return destination


@cache
def clean_samples() -> Path:
    """One copy of the shipped samples for the whole session (for modules that name files at import);
    removed when the tests end."""
    import atexit
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="workbench-samples-"))
    atexit.register(shutil.rmtree, base, ignore_errors=True)
    return copy_samples(base / "sample_articles")


@pytest.fixture(scope="module")
def seed():
    """The reference article's sourcing, read once per module (the sourcing tests' common input)."""
    import workbench
    from workbench.analysis.sourcing import find_sourcing

    return find_sourcing(workbench.load(SAMPLES / "seed_article.txt"))


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    """A copy of the reference article in the test's temporary folder, so sidecars land there."""
    path = tmp_path / "seed_article.txt"
    shutil.copy(SAMPLES / "seed_article.txt", path)
    return path


@pytest.fixture
def samples(tmp_path) -> Path:
    """A copy of the shipped samples in the test's temporary folder (see :func:`copy_samples`)."""
    return copy_samples(tmp_path / "sample_articles")


@pytest.fixture
def write(tmp_path):
    """``write(name, text)``: a UTF-8 file of that name in the test's temporary folder."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@dataclass
class Server:
    """A Jupyter server (JupyterLab or Voilà) started for the tests."""

    url: str
    token: str
    root: Path
    process: subprocess.Popen
    log: Path

    def address(self, path: str) -> str:
        """``path`` on this server, with the token."""
        separator = "&" if "?" in path else "?"
        return f"{self.url}{path}{separator}token={self.token}"

    def stop(self) -> None:
        """SIGTERM to the server (it shuts its kernels down), then SIGKILL to its session."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_root(base: Path) -> Path:
    """A throw-away project folder: copies of notebooks/ and the shipped sample_articles/."""
    root = base / "root"
    shutil.copytree(REPO / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    copy_samples(root / "sample_articles")
    return root


def jupyter_env(base: Path, settings: dict[str, dict] = LAB_SETTINGS) -> dict[str, str]:
    """Environment for a server: private Jupyter folders (user ``settings`` written in its own), the
    venv first on PATH (kernels)."""
    dirs = {
        "JUPYTER_CONFIG_DIR": base / "config",
        "JUPYTER_RUNTIME_DIR": base / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": base / "settings",
        "JUPYTERLAB_WORKSPACES_DIR": base / "workspaces",
        "IPYTHONDIR": base / "ipython",
    }
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    for plugin, values in settings.items():
        settings = dirs["JUPYTERLAB_SETTINGS_DIR"] / f"{plugin}.jupyterlab-settings"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(json.dumps(values))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "PYTHONPATH"))}
    env.update({k: str(v) for k, v in dirs.items()})
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(REPO)  # kernels import this checkout's workbench, whatever the venv has installed
    env["PYTHONUNBUFFERED"] = "1"
    return env


def start_server(
    command: list[str],
    base: Path,
    root: Path,
    ready_path: str,
    token: str,
    port: int,
    settings: dict[str, dict] = LAB_SETTINGS,
) -> Server:
    """Start ``command`` in its own session and wait until ``ready_path`` answers 200."""
    log = base / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            command,
            cwd=root,
            env=jupyter_env(base, settings),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    server = Server(f"http://127.0.0.1:{port}", token, root, process, log)
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(server.address(ready_path), timeout=5) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    server.stop()
    raise RuntimeError(f"server not ready after {SERVER_START_TIMEOUT} s:\n{log.read_text()[-3000:]}")


def _require_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.skip(
            "/usr/bin/chromium is missing: install Debian's chromium "
            "(`make chromium`, or apt-get install chromium chromium-driver)"
        )


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory):
    """One JupyterLab server for the browser tests of a module, serving a copy of the project."""
    _require_chromium()
    base = tmp_path_factory.mktemp("lab")
    root = make_root(base)
    token, port = secrets.token_hex(16), free_port()
    command = [
        str(VENV_BIN / "jupyter-lab"),
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    server = start_server(command, base, root, "/api/status", token, port)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory):
    """Voilà serving notebook 03 as a standalone app (a copy, in its own folder)."""
    _require_chromium()
    base = tmp_path_factory.mktemp("voila")
    root = make_root(base)
    token, port = secrets.token_hex(16), free_port()
    command = [
        str(VENV_BIN / "voila"),
        "notebooks/03_claims.ipynb",
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--port={port}",
        f"--token={token}",
    ]
    server = start_server(command, base, root, "/voila/static/favicon.ico", token, port)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def chromium():
    """Headless Debian Chromium under Playwright, one per module: the sync API keeps an event loop
    running while it is open, which would break later tests that start their own (asyncio.run)."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def _only_localhost(route) -> None:
    if urlsplit(route.request.url).hostname in ("127.0.0.1", None) or route.request.url.startswith(("data:", "blob:")):
        route.continue_()
    else:
        route.abort()


@pytest.fixture
def browser_page(chromium, request):
    """A fresh page that can reach 127.0.0.1 only; a screenshot of it is kept in test-artifacts/."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    context.route("**/*", _only_localhost)
    page = context.new_page()
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()
