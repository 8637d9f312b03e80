"""Articles from a URL, and from whatever the analyst has (``load_any``): a path, a URL, pasted
text, an uploaded file's bytes.

The pages are served by a local ``http.server`` on 127.0.0.1 in a thread, never the internet:
a saved article page (the shipped ``example.html``), a missing page, an image, a page too large,
a page too slow, and a port where nothing listens.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import REPO, free_port

import workbench
from workbench import LoadError, load_any, load_bytes
from workbench.cli import main
from workbench.load import expand_sources, is_url

PAGE = (REPO / "sample_articles" / "example.html").read_bytes()
SEED = (REPO / "sample_articles" / "seed_article.txt").read_bytes()


class SavedPages(BaseHTTPRequestHandler):
    """The routes of the test server: each answers one way a fetch can go."""

    routes = {
        "/article.html": (200, "text/html; charset=utf-8", PAGE),
        "/seed.txt": (200, "text/plain; charset=utf-8", SEED),
        "/photo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
        "/empty.html": (200, "text/html", b"<html><body><nav>Home</nav></body></html>"),
    }

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path.startswith("/moved"):
            self.send_response(302)
            self.send_header("Location", "/article.html" if self.path == "/moved" else "ftp://127.0.0.1/article.html")
            self.end_headers()
            return None
        if self.path == "/huge.html":
            return self._streamed(200_000)
        if self.path == "/slow.html":
            time.sleep(3)
        status, content_type, body = self.routes.get(self.path, (404, "text/html", b"<h1>Not Found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _streamed(self, size: int) -> None:
        """A page that does not say its length, so only counting the bytes can catch it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body><p>" + b"word " * (size // 5) + b"</p></body></html>")

    def log_message(self, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A client that hung up on purpose (too large, too slow) is no error of the test's."""


@pytest.fixture(scope="module")
def site():
    """The base URL of a local server of saved pages."""
    server = QuietServer(("127.0.0.1", 0), SavedPages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# --- fetching --------------------------------------------------------------------------------


def test_a_saved_page_is_extracted_with_its_title_author_date_and_site(site):
    article = workbench.load(f"{site}/article.html")
    assert article.meta.title == "Harbor Town Votes to Rebuild Its Seawall"
    assert article.meta.author == "Dana Whitfield"
    assert article.meta.outlet == "The Coastal Ledger"
    assert str(article.meta.date) == "2024-03-14"
    assert article.meta.url == f"{site}/article.html"
    assert article.meta.source_path is None and not article.meta.text_is_file
    assert article.body and "seawall" in article.text


def test_a_page_gives_the_same_article_as_the_saved_file(site, tmp_path):
    copy = tmp_path / "example.html"
    copy.write_bytes(PAGE)
    assert workbench.load(f"{site}/article.html").text == workbench.load(copy).text


def test_a_redirect_is_followed_to_another_web_address_only(site):
    article = workbench.load(f"{site}/moved")
    assert article.meta.url == f"{site}/article.html" and article.meta.author == "Dana Whitfield"
    with pytest.raises(LoadError, match=r"/moved-away: redirects to ftp://127.0.0.1/article.html, not a web address"):
        workbench.load(f"{site}/moved-away")


def test_plain_text_is_read_as_pasted_text(site):
    article = workbench.load(f"{site}/seed.txt")
    assert article.meta.title.startswith("Seoul Condemns Pyongyang")
    assert article.word_count == 1312


@pytest.mark.parametrize(
    ("path", "options", "reason"),
    [
        ("/missing.html", {}, "the server answered 404"),
        ("/photo.png", {}, "is image/png, not a web page or text"),
        ("/huge.html", {"max_bytes": 50_000}, "over the limit"),
        ("/slow.html", {"timeout": 0.5}, "no answer within 0.5 s"),
        ("/empty.html", {}, "no article text could be extracted"),
    ],
)
def test_each_failed_fetch_is_one_line_naming_the_url_and_the_reason(site, path, options, reason):
    url = f"{site}{path}"
    with pytest.raises(LoadError) as error:
        workbench.load(url, **options)
    message = str(error.value)
    assert message.startswith(f"{url}: ") and reason in message
    assert "\n" not in message and "Traceback" not in message


def test_a_refused_connection_says_so():
    url = f"http://127.0.0.1:{free_port()}/article.html"  # nothing listens there
    with pytest.raises(LoadError, match="connection was refused"):
        workbench.load(url)


def test_an_unresolvable_host_is_reported_as_offline_or_a_typo(monkeypatch):
    import socket
    import urllib.error

    from workbench.load import url

    def offline(*args, **kwargs):
        raise urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(url._OPENER, "open", offline)
    with pytest.raises(LoadError, match=r"^https://news.example/story: the host name could not be resolved"):
        workbench.load("https://news.example/story")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.org/a", True),
        ("http://127.0.0.1:8000/x.html", True),
        ("  https://example.org/a\n", True),
        ("ftp://example.org/a", False),
        ("file:///etc/passwd", False),
        ("https://", False),
        ("sample_articles/seed_article.txt", False),
    ],
)
def test_what_counts_as_a_url(text, expected):
    assert is_url(text) is expected


def test_only_web_addresses_are_fetched():
    from workbench.load.url import fetch

    with pytest.raises(LoadError, match="is not an http:// or https:// address"):
        fetch("file:///etc/passwd")


# --- the command line --------------------------------------------------------------------------


def test_expand_sources_passes_urls_through_untouched(tmp_path):
    url = "https://example.org/news/story.html?id=3&page=*"
    assert list(expand_sources([url])) == [url]


def test_the_cli_analyzes_and_exports_a_url_like_a_file(site, capsys):
    import json

    url = f"{site}/article.html"
    assert main(["analyze", "--json", url]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert main(["export", "--jsonl", url]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert printed["path"] == exported["path"] == url
    assert {k: printed[k] for k in exported["summary"]} == exported["summary"]
    assert exported["meta"]["url"] == url and exported["text"]


def test_the_cli_gives_up_on_a_slow_page_after_timeout_seconds(site, capsys):
    assert main(["export", "--jsonl", "--timeout", "0.5", f"{site}/slow.html"]) == 1
    assert capsys.readouterr().err == f"workbench: {site}/slow.html: no answer within 0.5 s\n"


def test_the_cli_reports_a_failed_url_on_one_line_and_goes_on(site, capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A headline\n\nThe council met on Monday. It voted to close the bridge.\n")
    assert main(["analyze", "--json", f"{site}/missing.html", str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"workbench: {site}/missing.html: the server answered 404 Not Found\n"
    assert len(captured.out.splitlines()) == 1


# --- load_any: whatever the analyst has ------------------------------------------------------


def test_load_any_takes_a_path(tmp_path):
    copy = tmp_path / "seed_article.txt"
    copy.write_bytes(SEED)
    assert load_any(str(copy)).text == load_any(copy).text == workbench.load(copy).text


def test_load_any_takes_a_url(site):
    assert load_any(f"{site}/article.html").meta.author == "Dana Whitfield"


def test_load_any_reads_pasted_text_as_an_article():
    article = load_any(SEED.decode("utf-8"))
    assert article.meta.source_path is None
    assert article.word_count == 1312 and article.meta.title.startswith("Seoul Condemns")


def test_load_any_reads_pasted_markup_as_html_and_pasted_markdown_as_markdown():
    html = load_any("<p>The mayor said the road would reopen on Monday.</p><p>Critics disagreed.</p>")
    assert "<p>" not in html.text and "The mayor said" in html.text
    markdown = load_any("# Road to reopen\n\nThe mayor said the road would reopen on Monday.\n")
    assert markdown.meta.title == "Road to reopen"


def test_load_any_says_a_missing_file_is_missing_rather_than_reading_its_name_as_text(tmp_path):
    missing = tmp_path / "my article.txt"
    with pytest.raises(LoadError, match="no such file"):
        load_any(str(missing))


@pytest.mark.parametrize("name", ["seed.txt", "seed.md"])
def test_an_uploaded_file_is_read_by_its_extension(name):
    article = load_bytes(SEED, name)
    assert article.word_count == 1312 and article.meta.source_path is None


def test_an_uploaded_html_page_and_records_file_are_extracted():
    assert load_any(PAGE, filename="page.html").meta.title == "Harbor Town Votes to Rebuild Its Seawall"
    csv = b'title,text\nRoad,"The mayor said the road would reopen on Monday."\n'
    assert load_any(csv, filename="one.csv").meta.title == "Road"


def test_an_uploaded_file_that_cannot_be_used_names_the_file():
    with pytest.raises(LoadError, match=r"^photo.png: unsupported file type"):
        load_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 50, "photo.png")
    with pytest.raises(LoadError, match=r"^blank.txt: is empty"):
        load_bytes(b"  \n", "blank.txt")
    with pytest.raises(LoadError, match=r"^big.txt: is 2,000 bytes, over the limit of 1,000"):
        load_bytes(b"a" * 2000, "big.txt", max_bytes=1000)
    with pytest.raises(LoadError, match=r"^two.jsonl: holds 2 articles"):
        load_bytes(b'{"text": "One said so."}\n{"text": "Two said so."}\n', "two.jsonl")


def test_pasted_nothing_is_an_error():
    with pytest.raises(LoadError, match="is empty"):
        load_any("   \n  ")
