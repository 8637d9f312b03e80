"""The article loader without a browser: its handlers as plain functions, and the widget driven
through ``Button.click()``. Every file it reads is a copy in the test's temporary folder."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from workbench import LoadError
from workbench.widgets import ArticleLoader
from workbench.widgets.loader import SOURCES, article_choices, load_source, uploaded_file

PASTED = """Bridge to Close for Repairs

The council voted on Tuesday to close the bridge for two months, the mayor said.

"The repairs cannot wait," said Mayor Ana Ruiz. Critics say the closure may hurt shops.
"""


@pytest.fixture
def samples(samples):
    """A copy of the shipped samples, with a user's annotation sidecar beside the seed."""
    (samples / "seed_article.txt.dana.annotations.json").write_text('{"not": "an article"}')
    return samples


def upload_value(name: str, data: bytes) -> tuple[dict, ...]:
    """What ipywidgets 8's FileUpload holds after a file is chosen in the page."""
    return (
        {
            "name": name,
            "type": "text/plain",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": datetime(2026, 1, 1, tzinfo=timezone.utc),
        },
    )


def test_the_chooser_lists_the_articles_and_never_a_readme_licence_or_sidecar(samples):
    labels = [label for label, _ in article_choices(samples)]
    assert "seed_article.txt" in labels and "example.html" in labels and "wikinews/korea.txt" in labels
    assert not any(label.lower().startswith(("readme", "wikinews/attribution")) for label in labels)
    assert not any(label.endswith(".annotations.json") for label in labels)
    assert article_choices(samples / "missing") == []


def test_each_source_gives_an_article(samples):
    seed = samples / "seed_article.txt"
    assert load_source("file", str(seed)).word_count == 1312
    assert load_source("paste", PASTED).meta.title == "Bridge to Close for Repairs"
    assert load_source("upload", upload_value("seed.txt", seed.read_bytes())).word_count == 1312


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("file", None, "<file>: no file chosen"),
        ("paste", "   ", "<text>: is empty"),
        ("upload", (), "<upload>: no file chosen"),
        ("url", "not a url", "not a url: is not an http:// or https:// address"),
        ("url", "", "<url>: is not an http:// or https:// address"),
    ],
)
def test_a_source_that_cannot_be_used_says_why(kind, value, message):
    with pytest.raises(LoadError) as error:
        load_source(kind, value)
    assert str(error.value) == message


def test_an_upload_value_gives_its_bytes_and_name():
    assert uploaded_file(upload_value("a.md", b"# Hi")) == (b"# Hi", "a.md")


def test_the_loader_opens_on_the_default_article_with_its_summary_and_highlights(samples):
    seen = []
    loader = ArticleLoader(on_load=seen.append, folder=samples)
    assert loader.article is not None and loader.article.word_count == 1312
    assert seen == [loader.article]
    assert loader.chooser.value == str(samples / "seed_article.txt")
    assert "1,312 words" in loader.view.value and "wb-highlight" in loader.view.value
    assert "1,312 words, from " in loader.status.value and loader.error.value == ""


def test_paste_then_load_shows_the_pasted_article(samples):
    loader = ArticleLoader(folder=samples)
    loader.tabs.selected_index = SOURCES.index("paste")
    loader.paste.value = PASTED
    loader.load_button.click()
    assert loader.article.meta.title == "Bridge to Close for Repairs"
    assert "Bridge to Close for Repairs" in loader.view.value and "wb-mark-quote" in loader.view.value
    assert "from pasted text" in loader.status.value


def test_upload_then_load_shows_the_uploaded_article(samples):
    loader = ArticleLoader(folder=samples, default=None)
    assert loader.article is None and loader.view.value == ""
    loader.tabs.selected_index = SOURCES.index("upload")
    loader.upload.value = upload_value("example.html", (samples / "example.html").read_bytes())
    loader.load_button.click()
    assert loader.article.meta.title == "Harbor Town Votes to Rebuild Its Seawall"
    assert "from the upload example.html" in loader.status.value


def test_choosing_another_sample_replaces_the_view(samples):
    loader = ArticleLoader(folder=samples)
    loader.chooser.value = str(samples / "wikinews" / "korea.txt")
    loader.load_button.click()
    assert loader.article.meta.source_path.endswith("korea.txt")
    assert "korea.txt" in loader.status.value and "Seoul Condemns" not in loader.view.value


def test_a_failed_load_says_why_on_one_line_and_keeps_the_article_shown(samples):
    loader = ArticleLoader(folder=samples)
    shown, view = loader.article, loader.view.value
    loader.tabs.selected_index = SOURCES.index("url")
    loader.url.value = "ftp://example.org/story"
    loader.load_button.click()
    assert "Could not load: ftp://example.org/story: is not an http:// or https:// address" in loader.error.value
    assert loader.article is shown and loader.view.value == view
    loader.tabs.selected_index = SOURCES.index("paste")
    loader.paste.value = PASTED
    loader.load_button.click()
    assert loader.error.value == ""


def test_an_error_naming_hostile_text_is_escaped(samples):
    loader = ArticleLoader(folder=samples, default=None)
    loader.load("url", "<img src=x onerror=alert(1)>")
    assert "<img" not in loader.error.value and "&lt;img src=x" in loader.error.value
