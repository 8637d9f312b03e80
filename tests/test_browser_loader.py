"""Bring your own article, in a real browser: notebook 01 in JupyterLab, the loader widget driven in
headless Chromium — an article pasted, a file uploaded — and the highlighted article read back from
the page. Screenshots are kept in ``test-artifacts/``.
"""

from __future__ import annotations

import re

import pytest
from browser_helpers import KERNEL_TIMEOUT, expect, open_and_run_all

pytestmark = pytest.mark.browser

NOTEBOOK = "notebooks/01_quick_start.ipynb"
PASTED = """Ferry Service to Resume After Storm Repairs

The harbour authority said on Friday that the ferry would run again from Monday, after three weeks of repairs.

"We expect the first crossing at seven in the morning," said Captain Lena Morris.

Officials say the timetable may change.

Residents <img src=x onerror="window.__pwned = 1"> welcomed the news.
"""


def loaded_notebook(page, server):
    """Notebook 01 run top to bottom: the loader, with the seed shown below it."""
    open_and_run_all(page, server, NOTEBOOK)
    loader = page.locator(".wb-loader")
    expect(loader).to_be_visible(timeout=KERNEL_TIMEOUT)
    view = page.locator(".wb-article-view")
    expect(view.locator(".wb-summary-title")).to_contain_text("Seoul Condemns Pyongyang")
    return loader, view


def test_an_article_pasted_into_the_loader_is_shown_highlighted(lab_server, browser_page):
    page = browser_page
    loader, view = loaded_notebook(page, lab_server)

    loader.locator(".lm-TabBar-tab", has_text="Paste text").click()
    loader.locator(".wb-loader-paste textarea").fill(PASTED)
    loader.locator(".wb-loader-load").click()

    expect(view.locator(".wb-summary-title")).to_have_text("Ferry Service to Resume After Storm Repairs")
    expect(loader.locator(".wb-loader-status")).to_contain_text("from pasted text")
    expect(view.locator(".wb-summary")).to_contain_text("quotes from")
    article = view.locator(".wb-highlight .wb-article")
    expect(article).to_contain_text("welcomed the news")
    expect(article.locator(".wb-mark-quote").first).to_be_visible()
    expect(article.locator(".wb-mark-source", has_text="Lena Morris")).to_have_attribute(
        "title", re.compile(r"^source: Lena Morris\b")
    )  # a claim's reason may follow where the source's sentence is check-worthy
    expect(article.locator(".wb-mark-hedge", has_text="may")).to_have_count(1)
    expect(view.locator(".wb-legend")).to_contain_text("check-worthy claim")
    expect(article).not_to_contain_text("Seoul Condemns")
    page.wait_for_timeout(500)  # time for an injected onerror to fire
    assert page.evaluate("() => window.__pwned") is None
    assert article.locator("img").count() == 0
    expect(article).to_contain_text('<img src=x onerror="window.__pwned = 1">')  # shown as text
    expect(loader.locator(".wb-loader-error")).to_have_text("")
    view.scroll_into_view_if_needed()  # the screenshot shows the highlighted article


def test_an_uploaded_file_is_shown_highlighted(lab_server, browser_page, tmp_path):
    page = browser_page
    loader, view = loaded_notebook(page, lab_server)
    page_file = tmp_path / "harbour.html"
    page_file.write_bytes((lab_server.root / "sample_articles" / "example.html").read_bytes())

    loader.locator(".lm-TabBar-tab", has_text="Upload a file").click()
    # ipywidgets' FileUpload keeps its <input type=file> out of the page: the button opens the chooser
    with page.expect_file_chooser() as chooser:
        loader.locator(".wb-loader-upload").click()
    chooser.value.set_files(str(page_file))
    expect(loader.locator(".wb-loader-upload")).to_contain_text("(1)")  # the button counts the files chosen
    loader.locator(".wb-loader-load").click()

    expect(view.locator(".wb-summary-title")).to_have_text("Harbor Town Votes to Rebuild Its Seawall")
    expect(view.locator(".wb-summary-origin")).to_contain_text("Dana Whitfield")
    expect(loader.locator(".wb-loader-status")).to_contain_text("from the upload harbour.html")
    article = view.locator(".wb-highlight .wb-article")
    expect(article.locator(".wb-mark-source", has_text="Ruth Okafor").first).to_be_visible()
    expect(article.locator(".wb-mark-claim").first).to_be_visible()
    view.scroll_into_view_if_needed()


def test_a_url_that_cannot_be_fetched_says_why_under_the_button(lab_server, browser_page):
    page = browser_page
    loader, view = loaded_notebook(page, lab_server)

    loader.locator(".lm-TabBar-tab", has_text="From a URL").click()
    loader.locator(".wb-loader-url input").fill("http://127.0.0.1:9/nothing-listens-here")
    loader.locator(".wb-loader-load").click()

    expect(loader.locator(".wb-loader-error")).to_contain_text(
        "Could not load: http://127.0.0.1:9/nothing-listens-here: the connection was refused"
    )
    expect(view.locator(".wb-summary-title")).to_contain_text("Seoul Condemns Pyongyang")  # still shown
