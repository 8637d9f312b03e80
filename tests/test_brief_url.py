"""`workbench brief URL`: the briefing of an article fetched from the web, with the annotations
notebook 03 saved for it (beside the copy of its text in ``my_articles/``).

The page is served by a local ``http.server`` on 127.0.0.1 from a copy of the shipped
``example.html`` in ``tmp_path``: never the internet.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import REPO, free_port

from workbench.cli import main
from workbench.report.briefing import Briefing
from workbench.widgets.claims_app import ClaimsApp


class QuietPages(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def page_url(tmp_path):
    """The URL of a saved article page on a local server."""
    folder = tmp_path / "site"
    folder.mkdir()
    shutil.copy(REPO / "sample_articles" / "example.html", folder / "article.html")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietPages, directory=str(folder)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/article.html"
    server.shutdown()
    server.server_close()


@pytest.fixture
def annotated(page_url, tmp_path):
    """The fetched article annotated as in notebook 03: loaded by URL, its first claim verified."""
    my_articles = tmp_path / "my_articles"
    app = ClaimsApp(tmp_path, annotator="dana", copies=my_articles)
    app.loader.load("url", page_url)
    app.annotator.verdict.value = "verified"
    (sidecar,) = my_articles.glob("*.dana.annotations.json")
    claim = app.annotator.listed[0][1]
    return my_articles, sidecar, claim


def test_a_briefing_of_a_url_reads_the_annotations_notebook_03_saved_for_it(page_url, annotated):
    my_articles, sidecar, claim = annotated
    briefing = Briefing.build(page_url, my_articles=my_articles)
    assert briefing.provenance.article_path == page_url
    assert briefing.provenance.annotation_files == ((str(sidecar), hashlib.sha256(sidecar.read_bytes()).hexdigest()),)
    verdicts = briefing.claims().set_index("start")["verdict"]
    assert verdicts[claim.start] == "verified"
    assert briefing.warnings == []


def test_a_briefing_of_a_url_without_annotations_has_none(page_url, tmp_path):
    briefing = Briefing.build(page_url, my_articles=tmp_path / "my_articles")
    assert briefing.provenance.annotation_files == ()
    assert briefing.article.meta.title == "Harbor Town Votes to Rebuild Its Seawall"
    assert not (tmp_path / "my_articles").exists(), "looking for annotations writes nothing"


def test_a_refused_fetch_is_one_line_naming_the_url_and_no_report(tmp_path, capsys):
    url = f"http://127.0.0.1:{free_port()}/gone.html"
    out = tmp_path / "out" / "briefing.html"
    assert main(["brief", url, "--html", str(out), "--my-articles", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"workbench: {url}: ") and error.count("\n") == 1
    assert not out.exists()


@pytest.mark.notebook
def test_workbench_brief_url_renders_the_fetched_article_with_its_verdicts(page_url, annotated, tmp_path):
    my_articles, sidecar, _ = annotated
    out = tmp_path / "out" / "briefing.html"
    assert main(["brief", page_url, "--html", str(out), "--my-articles", str(my_articles), "--analyst", "Dana"]) == 0
    html = out.read_text(encoding="utf-8")
    assert f"<title>Briefing: {page_url}</title>" in html
    assert "Harbor Town Votes to Rebuild Its Seawall" in html
    assert page_url in html and hashlib.sha256(sidecar.read_bytes()).hexdigest() in html
    assert "verified" in html
    assert list(out.parent.iterdir()) == [out]
