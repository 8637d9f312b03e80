"""The article, highlighted: quotes (content, source, cue), hedges and check-worthy claims marked in
the text from the analyses' offsets, with a legend and hover text; every piece of text escaped."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import workbench
from workbench.widgets.highlight import QUOTE_COLOURS, highlight_html, highlight_marks

ARTICLE = """Council Votes to Close the Bridge

The council voted 7 to 2 on Tuesday to close the bridge for repairs, the mayor said.

"The repairs will cost 12 million euros," said Mayor Ana Ruiz.

Critics say the cost may rise.
"""
HOSTILE = """Mayor <script>window.__pwned = 1</script> Resigns

"<img src=x onerror=alert(1)> was never true," said <b onmouseover=alert(1)>Smith</b> on Monday.
"""
TAG = re.compile(r"<[^>]+>")


def visible_text(page: str) -> str:
    """What a browser shows of the article: the tags gone, the entities read."""
    article = page.split("<div class='wb-article'>", 1)[1]
    return html.unescape(TAG.sub("", article))


def marks_titled(page: str, kind: str) -> list[tuple[str, str]]:
    """(hover text, marked text) of each piece of the page carrying a mark of ``kind``."""
    found = re.findall(
        rf'<span class="wb-mark [^"]*wb-mark-{kind}[^"]*" style="[^"]*" title="([^"]*)">([^<]*)</span>', page
    )
    return [(html.unescape(title), html.unescape(text)) for title, text in found]


def test_the_text_of_every_block_is_shown_once_in_order():
    result = workbench.analyze(workbench.load_text(ARTICLE))
    page = highlight_html(result)
    blocks = [result.article.slice(block) for block in result.article.blocks]
    assert visible_text(page) == "".join(blocks)


def test_a_quotes_content_source_and_cue_are_marked_in_three_colours_with_the_speaker_on_hover():
    page = highlight_html(workbench.analyze(workbench.load_text(ARTICLE)))
    assert any(
        "direct quote: Ana Ruiz" in title and "12 million euros" in text for title, text in marks_titled(page, "quote")
    )
    assert any("source: Ana Ruiz" in title and "Ana Ruiz" in text for title, text in marks_titled(page, "source"))
    assert any("reporting cue of Ana Ruiz" in title and text == "said" for title, text in marks_titled(page, "cue"))
    for colour in QUOTE_COLOURS.values():
        assert f"background:{colour}" in page


def test_a_quote_never_paints_over_its_own_source_and_cue():
    result = workbench.analyze(workbench.load_text(ARTICLE))
    marks = highlight_marks(result)
    contents = [m for m in marks if m.kind == "quote"]
    parts = [m for m in marks if m.kind in ("source", "cue")]
    assert all(not (c.start < p.end and p.start < c.end) for c in contents for p in parts)


def test_hedges_and_check_worthy_claims_are_marked_with_the_reason_on_hover():
    result = workbench.analyze(workbench.load_text(ARTICLE))
    page = highlight_html(result)
    (critics,) = [c for c in result.claims if c.text.startswith("Critics say")]
    (cue,) = critics.hedge_cues
    hover = f"hedge (modal) “may”: {cue.reading}; hedged by {cue.owner}"
    assert cue.reading and cue.owner not in ("", "reporter")
    assert any(hover in title and text == "may" for title, text in marks_titled(page, "hedge"))
    claims = [title for title, _ in marks_titled(page, "claim")]
    checkworthy = [c for c in result.claims if c.checkworthy]
    assert checkworthy and claims
    first = checkworthy[0]
    assert any(", ".join(first.reasons) in title and "voice:" in title for title in claims)
    unmarked = [c for c in result.claims if not c.checkworthy]
    for claim in unmarked:  # only the claims worth checking are underlined
        assert not any(m.kind == "claim" and m.start == claim.start for m in highlight_marks(result))


def test_the_legend_names_every_kind_of_mark():
    page = highlight_html(workbench.analyze(workbench.load_text(ARTICLE)))
    legend = page.split("<div class='wb-article'>", 1)[0]
    for label in ("what a source said", "who said it", "reporting cue", "hedge", "check-worthy claim"):
        assert f">{label}</span>" in legend


def test_a_hostile_article_is_shown_as_text_and_runs_nothing():
    result = workbench.analyze(workbench.load_text(HOSTILE))
    page = highlight_html(result)
    assert "<script" not in page and "<img" not in page and "<b " not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert visible_text(page) == "".join(result.article.slice(b) for b in result.article.blocks)
    assert all('"' not in title for title, _ in marks_titled(page, "source"))


def test_the_seed_has_every_kind_of_mark():
    from conftest import REPO

    result = workbench.analyze(workbench.load_text((REPO / "sample_articles" / "seed_article.txt").read_text()))
    kinds = {m.kind for m in highlight_marks(result)}
    assert kinds == {"quote", "source", "cue", "hedge", "claim"}


WORDS = st.sampled_from(["said", "may", "the", "minister", '"', "Smith", "<b>", "&", "7%", "on Monday", ".", ","])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=25).map(" ".join), min_size=1, max_size=4))
def test_any_article_shows_exactly_its_text(paragraphs):
    text = "\n\n".join(paragraphs) + "\n"
    if not text.strip(" .,\n"):
        return
    result = workbench.analyze(workbench.load_text(text))
    assert visible_text(highlight_html(result)) == "".join(result.article.slice(b) for b in result.article.blocks)
