"""Plain-text and Markdown loading: pasted web text, Wikinews-style text, Markdown.

Each shape on a small file the test writes; then every Wikinews sample in sample_articles/.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import workbench
from workbench import LoadError

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"
WIKINEWS = sorted((SAMPLES / "wikinews").glob("*.txt"))
#: All eighteen Wikinews articles the project was given, beside the project (not shipped with it).
SHARED_WIKINEWS = sorted((SAMPLES.parent.parent / "shared" / "samples" / "wikinews").glob("*.txt"))

PASTED = """City Council Approves New Budget After Long Debate
Officials promise lower taxes, critics doubt it
The council chamber during Tuesday's vote. (AP Photo/Jane Roe)
By Sam Lee

SPRINGFIELD (Reuters) — The city council approved a new budget on Tuesday after a debate that lasted
well into the night, ending months of uncertainty for city workers.

"This budget keeps our promises," Mayor Ann Diaz said.
Share this article

What Comes Next

The budget takes effect in July. Critics say it relies on optimistic revenue forecasts.

Advertisement
"""

WIKINEWS_STYLE = """Storm closes harbor for second day

Tuesday, March 12, 2024

A winter storm kept the harbor closed for a second day on Tuesday, the port authority said.

"We expect to reopen on Thursday," a spokesperson told reporters.
"""

MARKDOWN = """# Harbor Town Votes to Rebuild Its Seawall

The town council voted 5 to 2 on Wednesday night to rebuild the seawall,
ending a debate that ran for almost three years.

## A close vote

Mayor Ruth Okafor said the February storm showed the need.

Read more:
"""


def blocks(article: workbench.Article) -> list[tuple[str, str]]:
    return [(b.kind, article.slice(b)) for b in article.blocks]


# --- pasted web text ----------------------------------------------------------------------------
def test_pasted_web_text_finds_every_kind_of_block(write):
    article = workbench.load(write("budget.txt", PASTED))
    assert blocks(article) == [
        ("headline", "City Council Approves New Budget After Long Debate"),
        ("subheadline", "Officials promise lower taxes, critics doubt it"),
        ("caption", "The council chamber during Tuesday's vote. (AP Photo/Jane Roe)"),
        ("byline", "By Sam Lee"),
        ("dateline", "SPRINGFIELD (Reuters)"),
        (
            "paragraph",
            "— The city council approved a new budget on Tuesday after a debate that lasted\n"
            "well into the night, ending months of uncertainty for city workers.",
        ),
        ("paragraph", '"This budget keeps our promises," Mayor Ann Diaz said.'),
        ("boilerplate", "Share this article"),
        ("heading", "What Comes Next"),
        ("paragraph", "The budget takes effect in July. Critics say it relies on optimistic revenue forecasts."),
        ("boilerplate", "Advertisement"),
    ]


def test_pasted_web_text_metadata_from_the_text(write):
    article = workbench.load(write("budget.txt", PASTED))
    assert article.meta.title == "City Council Approves New Budget After Long Debate"
    assert article.meta.author == "Sam Lee"
    assert article.text == PASTED and article.meta.text_is_file


def test_hard_wrapped_prose_is_one_paragraph(write):
    article = workbench.load(write("budget.txt", PASTED))
    paragraph = article.body[0]
    assert "\n" in article.slice(paragraph)
    assert [article.slice(s) for s in article.sentences_in(paragraph)] == [
        "The city council approved a new budget on Tuesday after a debate that lasted\n"
        "well into the night, ending months of uncertainty for city workers."
    ]


def test_a_parenthesised_dateline_token_names_the_outlet():
    article = workbench.load_text("Headline Here\n\n(WE) — The council met on Monday. It voted.\n")
    assert blocks(article)[1] == ("dateline", "(WE)")
    assert article.meta.outlet == "WE"


# --- a first line that is a sentence ---------------------------------------------------------------
def test_a_short_first_line_with_a_full_stop_heads_an_article_of_paragraphs():
    article = workbench.load_text(
        "Stocks fall sharply.\n\nShares fell on Monday. Traders blamed oil, and banks led the drop.\n"
    )
    assert [kind for kind, _ in blocks(article)][:1] == ["headline"]


@pytest.mark.parametrize(
    "text",
    [
        # a full sentence, longer than a headline
        "The city council approved the new budget on Tuesday after a long debate.\n\nThe mayor signed it.\n",
        # a short sentence followed by another one-sentence paragraph: a list of sentences
        "I think that is right.\n\nWe cut taxes by ten percent.\n\nThey did not.\n",
        # a sentence alone in the text
        "The governor vetoed the bill.\n",
    ],
    ids=["long", "list of sentences", "alone"],
)
def test_a_first_line_that_is_a_sentence_of_the_body_is_a_paragraph(text):
    article = workbench.load_text(text)
    assert article.blocks[0].kind == "paragraph"
    assert article.meta.title is None or article.meta.title != article.slice(article.blocks[0])


# --- Wikinews style --------------------------------------------------------------------------------
def test_wikinews_style_headline_date_line_then_paragraphs(write):
    article = workbench.load(write("storm.txt", WIKINEWS_STYLE))
    assert [kind for kind, _ in blocks(article)] == ["headline", "dateline", "paragraph", "paragraph"]
    assert blocks(article)[1] == ("dateline", "Tuesday, March 12, 2024")
    assert article.meta.date == date(2024, 3, 12)
    assert article.meta.title == "Storm closes harbor for second day"


@pytest.mark.parametrize("path", WIKINEWS + SHARED_WIKINEWS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_wikinews_sample_loads_with_headline_and_date_line(path):
    article = workbench.load(path)
    headline, dateline = article.blocks[:2]
    first_line, _, rest = path.read_text(encoding="utf-8").partition("\n")
    assert (headline.kind, article.slice(headline)) == ("headline", first_line.strip())
    assert dateline.kind == "dateline"
    assert article.meta.date is not None
    assert str(article.meta.date.year) in article.slice(dateline)
    assert article.body and article.body[0].index >= 2


def test_korea_sample_in_detail():
    article = workbench.load(SAMPLES / "wikinews" / "korea.txt")
    assert article.meta.title == "North Korea puts military in 'quasi-state of war'"
    assert article.meta.date == date(2015, 8, 21)
    assert article.slice(article.blocks[1]) == "Friday, August 21, 2015"


# --- Markdown ------------------------------------------------------------------------------------------
def test_markdown_headline_heading_paragraphs_and_boilerplate(write):
    article = workbench.load(write("seawall.md", MARKDOWN))
    assert blocks(article) == [
        ("headline", "# Harbor Town Votes to Rebuild Its Seawall"),
        (
            "paragraph",
            "The town council voted 5 to 2 on Wednesday night to rebuild the seawall,\n"
            "ending a debate that ran for almost three years.",
        ),
        ("heading", "## A close vote"),
        ("paragraph", "Mayor Ruth Okafor said the February storm showed the need."),
        ("boilerplate", "Read more:"),
    ]
    assert article.meta.title == "Harbor Town Votes to Rebuild Its Seawall"
    assert [s.index for s in article.sections] == [0, 1]


def test_markdown_is_chosen_by_extension_and_by_format(write):
    as_text = workbench.load(write("seawall.txt", MARKDOWN))
    as_markdown = workbench.load(write("seawall.txt", MARKDOWN), format="markdown")
    assert as_markdown.blocks[2].kind == "heading"
    assert workbench.load_text(MARKDOWN, format="markdown").blocks == as_markdown.blocks
    assert as_text.text == as_markdown.text


# --- load_text -----------------------------------------------------------------------------------------
def test_load_text_takes_metadata_that_wins_over_the_text():
    article = workbench.load_text(
        WIKINEWS_STYLE, title="Given Title", outlet="Wire", url="https://x.example/1", date=date(2024, 1, 1)
    )
    assert (article.meta.title, article.meta.outlet, article.meta.url) == ("Given Title", "Wire", "https://x.example/1")
    assert article.meta.date == date(2024, 1, 1)
    assert article.meta.source_path is None


def test_load_text_names_its_source_in_errors():
    with pytest.raises(LoadError, match=r"^clipboard: is empty$"):
        workbench.load_text("  \n ", name="clipboard")
    with pytest.raises(LoadError, match=r"<text>: expected text \(str\), got bytes"):
        workbench.load_text(b"bytes")
    with pytest.raises(LoadError, match=r"unknown format 'pdf'"):
        workbench.load_text("Some text.", format="pdf")


def test_crlf_text_keeps_its_offsets(write):
    text = WIKINEWS_STYLE.replace("\n", "\r\n")
    path = write("storm.txt", "")
    path.write_bytes(text.encode("utf-8"))
    article = workbench.load(path)
    assert article.text == text
    assert article.slice(article.blocks[0]) == "Storm closes harbor for second day"
    assert article.slice(article.blocks[1]) == "Tuesday, March 12, 2024"


def test_the_source_list_and_categories_closing_a_wikinews_article_are_boilerplate():
    article = workbench.load(SAMPLES / "wikinews" / "sensitive.txt")
    sources = next(b for b in article.blocks if b.kind == "heading" and article.slice(b) == "Sources")
    after = [b for b in article.blocks if b.index > sources.index]
    assert after and all(b.kind == "boilerplate" for b in after)
    assert article.slice(after[-1]).startswith("Categories:")
    assert all(b.end <= sources.start for b in article.body)


def test_a_markdown_byline_in_emphasis_names_the_author():
    article = workbench.load_text(
        "# Budget passes\n\n*By Dana Whitfield*\n\nThe council met on Monday.\n", format="markdown"
    )
    assert [b.kind for b in article.blocks] == ["headline", "byline", "paragraph"]
    assert article.meta.author == "Dana Whitfield"


def test_a_dateline_with_a_two_word_place_and_an_agency_is_not_body_text():
    article = workbench.load_text(
        "Storm hits the capital\n\nWELLINGTON, New Zealand (AP) — A storm cut power to 40,000 homes on Sunday."
    )
    assert blocks(article)[1] == ("dateline", "WELLINGTON, New Zealand (AP)")
