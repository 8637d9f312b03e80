"""Property: whatever the text, its blocks and sentences are honest offsets into it.

For random texts built from news-like lines (headlines, date lines, bylines, captions with
credits, datelines, quotations over several sentences, abbreviations, boilerplate lines, Markdown
headings, stray Unicode) joined by single and blank lines:

* every block and sentence lies inside the text and is not empty;
* blocks are in reading order and do not overlap;
* sentences are in order, do not overlap, and lie within their block;
* every non-blank character of the text is inside some block (nothing is lost).
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import workbench

WORDS = st.sampled_from(
    "the council said on Monday that U.S. officials Gen. Dr. Jan. would meet in Seoul $1.2 billion "
    "3.5% quasi-state war Kim Jong-un’s North Korea’s troops — – ... … reportedly Putin (AFP) e.g. "
    "J.R.R. Ms. 2024 ‘win-win’".split()
)
SENTENCE = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(WORDS, min_size=1, max_size=14),
    st.sampled_from([".", "?", "!", "…", '."', ".”", "?”", ""]),
)
QUOTATION = st.lists(SENTENCE, min_size=1, max_size=3).map(lambda s: "“" + " ".join(s) + "” he said.")
PARAGRAPH = st.lists(st.one_of(SENTENCE, QUOTATION), min_size=1, max_size=4).map(" ".join)
TITLE = st.lists(
    st.sampled_from("Seoul Condemns Admission Troop Deployment Russia Analysts See Timing Why Did NK".split()),
    min_size=1,
    max_size=9,
).map(" ".join)
LINE = st.one_of(
    PARAGRAPH,
    PARAGRAPH,
    TITLE,
    TITLE.map(lambda t: t + "?"),
    st.sampled_from(
        [
            "Read More:",
            "Exit mobile version",
            "Advertisement",
            "Share this article",
            "Subscribe now",
            "Friday, August 21, 2015",
            "2024-05-05",
            "By Jane Roe",
            "Sources",
            "* * *",
            "—",
        ]
    ),
    PARAGRAPH.map(lambda p: p + " (AFP-Yonhap)"),
    PARAGRAPH.map(lambda p: "(WE) — " + p),
    PARAGRAPH.map(lambda p: "SEOUL, May 5 (Reuters) - " + p),
    TITLE.map(lambda t: "# " + t),
    TITLE.map(lambda t: "## " + t),
    st.text(min_size=1, max_size=40),
)
SEPARATOR = st.sampled_from(["\n", "\n\n", "\n\n\n", "\n \n", "\r\n", "\r\n\r\n", "\n\t\n"])
PADDING = st.sampled_from(["", "", " ", "  ", "\t"])


@st.composite
def news_texts(draw) -> str:
    lines = draw(st.lists(LINE, min_size=1, max_size=14))
    text = draw(PADDING) + lines[0]
    for line in lines[1:]:
        text += draw(PADDING) + draw(SEPARATOR) + draw(PADDING) + line
    text += draw(st.sampled_from(["", "\n", "\n\n", "  \n"]))
    assume(text.strip())  # a blank text is refused with a LoadError (tests/test_bad_input.py)
    return text


def assert_honest_offsets(article: workbench.Article) -> None:
    text = article.text
    previous_end = 0
    for i, block in enumerate(article.blocks):
        assert block.index == i
        assert 0 <= block.start < block.end <= len(text), block
        assert previous_end <= block.start, "blocks overlap or are out of order"
        previous_end = block.end
    previous_end = 0
    for i, sentence in enumerate(article.sentences):
        block = article.blocks[sentence.block]
        assert sentence.index == i
        assert block.start <= sentence.start < sentence.end <= block.end, (sentence, block)
        assert previous_end <= sentence.start, "sentences overlap or are out of order"
        assert not text[sentence.start].isspace() and not text[sentence.end - 1].isspace()
        previous_end = sentence.end
    covered = bytearray(len(text))
    for block in article.blocks:
        covered[block.start : block.end] = b"\x01" * (block.end - block.start)
    lost = [(i, ch) for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not lost, f"characters outside every block: {lost[:5]}"


SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(news_texts())
def test_text_blocks_and_sentences_are_honest_offsets(text):
    article = workbench.load_text(text)
    assert article.text == text
    assert_honest_offsets(article)


@SETTINGS
@given(news_texts())
def test_markdown_blocks_and_sentences_are_honest_offsets(text):
    assert_honest_offsets(workbench.load_text(text, format="markdown"))


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1).filter(str.strip))
def test_arbitrary_unicode_text_loses_nothing(text):
    assert_honest_offsets(workbench.load_text(text))
