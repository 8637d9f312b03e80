"""The article model, read off the reference article (sample_articles/seed_article.txt).

The text is kept exactly as the file holds it; every block and sentence is a pair of offsets into
it. The reference article has a headline, a sub-headline, a photo caption ending in its credit
"(AFP-Yonhap)", the dateline token "(WE)", eight section headings and two lines of web
boilerplate ("Read More:" and "Exit mobile version"), kept as boilerplate blocks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench
from workbench.article import Article, Block, Metadata, Sentence, Span, sha256_of

SEED = Path(__file__).resolve().parent.parent / "sample_articles" / "seed_article.txt"

HEADLINE = (
    "Seoul Condemns Pyongyang’s Admission as ‘Confession of Criminal Activities’ Amid North Korea’s "
    "Troop Deployment to Russia"
)
SUBHEADLINE = "Why did NK, Russia take months to confirm troop deployment?"
CAPTION = (
    "Russian President Vladimir Putin, left, and North Korean leader Kim Jong-un shake hands during "
    "their meeting in Pyongyang on June 19, 2024. (AFP-Yonhap)"
)
HEADINGS = [
    "North Korea’s State Media Hails Troop Deployment",
    "Russia’s First Public Admission of North Korean Troop Involvement",
    "Analysts See Strategic Calculations Behind the Timing",
    "A ‘Win-Win’ for Pyongyang and Moscow",
    "Speculation Around Kim Jong-un’s Possible Visit to Russia",
    "South Korea’s Strong Condemnation",
    "Global Implications and Future Prospects",
    "Escalating Tensions",
]


@pytest.fixture(scope="module")
def seed() -> Article:
    return workbench.load(SEED)


def texts(article: Article, kind: str) -> list[str]:
    return [article.slice(b) for b in article.blocks_of(kind)]


# --- the text is the file ---------------------------------------------------------------------
def test_the_text_is_the_file_untouched(seed):
    assert seed.text == SEED.read_text(encoding="utf-8")
    assert seed.meta.text_is_file
    assert seed.meta.sha256 == sha256_of(seed.text)
    assert seed.meta.source_path == str(SEED)


# --- the blocks of the reference article ------------------------------------------------------------
def test_headline_subheadline_and_caption_open_the_article(seed):
    kinds = [b.kind for b in seed.blocks[:4]]
    assert kinds == ["headline", "subheadline", "caption", "dateline"]
    assert texts(seed, "headline") == [HEADLINE]
    assert texts(seed, "subheadline") == [SUBHEADLINE]
    assert texts(seed, "caption") == [CAPTION]


def test_the_dateline_is_the_outlet_token_we_before_the_dash(seed):
    assert texts(seed, "dateline") == ["(WE)"]
    dateline = seed.blocks_of("dateline")[0]
    first_paragraph = seed.blocks[dateline.index + 1]
    assert first_paragraph.kind == "paragraph"
    # The dash stays with the paragraph (no character is lost), its first sentence starts after it.
    assert seed.text[dateline.end : first_paragraph.start] == " "
    assert seed.slice(first_paragraph).startswith("— In a move that has sent shockwaves")
    first_sentence = seed.sentences_in(first_paragraph)[0]
    assert seed.slice(first_sentence).startswith("In a move that has sent shockwaves")
    assert seed.meta.outlet == "WE"


def test_eight_section_headings_in_reading_order(seed):
    assert texts(seed, "heading") == HEADINGS


def test_the_two_boilerplate_lines_are_kept_as_boilerplate(seed):
    assert texts(seed, "boilerplate") == ["Read More:", "Exit mobile version"]
    assert seed.blocks[-1].kind == "boilerplate"


def test_everything_else_is_paragraphs(seed):
    kinds = {b.kind for b in seed.blocks}
    assert kinds == {"headline", "subheadline", "caption", "dateline", "heading", "paragraph", "boilerplate"}
    assert len(seed.body) == len(seed.blocks) - 1 - 1 - 1 - 1 - 8 - 2
    assert seed.body == seed.blocks_of("paragraph")


def test_title_comes_from_the_headline(seed):
    assert seed.title == HEADLINE == seed.meta.title
    assert seed.headline is seed.blocks[0]


def test_blocks_are_numbered_in_order_and_do_not_overlap(seed):
    assert [b.index for b in seed.blocks] == list(range(len(seed.blocks)))
    for before, after in zip(seed.blocks, seed.blocks[1:]):
        assert before.end <= after.start


# --- sections ----------------------------------------------------------------------------------
def test_sections_the_opening_and_one_per_heading(seed):
    sections = seed.sections
    assert [s.index for s in sections] == list(range(9))
    assert sections[0].heading is None
    assert [seed.slice(s.heading) for s in sections[1:]] == HEADINGS
    assert all(s.blocks[0] is s.heading for s in sections[1:])
    assert [b for s in sections for b in s.blocks] == list(seed.blocks)


def test_read_more_belongs_to_the_third_section_and_exit_mobile_version_to_the_last(seed):
    read_more, exit_line = seed.blocks_of("boilerplate")
    assert read_more.section == 3 and exit_line.section == 8


# --- sentences -------------------------------------------------------------------------------------
def test_sentences_lie_in_their_block_in_order(seed):
    assert [s.index for s in seed.sentences] == list(range(len(seed.sentences)))
    for sentence in seed.sentences:
        block = seed.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
    assert all(a.end <= b.start for a, b in zip(seed.sentences, seed.sentences[1:]))


def test_caption_credit_is_its_own_sentence(seed):
    caption = seed.blocks_of("caption")[0]
    assert [seed.slice(s) for s in seed.sentences_in(caption)][-1] == "(AFP-Yonhap)"


def test_the_un_charter_quote_keeps_u_n_inside_one_sentence(seed):
    offset = seed.text.index("U.N. Security Council resolutions")
    sentence = seed.sentence_at(offset)
    assert seed.slice(sentence) == (
        "“North Korean troops’ participation in the war in Ukraine is a clear violation of the United "
        "Nations Charter and U.N. Security Council resolutions,” said Jeon Ha-kyou, a spokesperson for "
        "South Korea’s Ministry of National Defense, during a press briefing."
    )


def test_body_sentences_are_the_sentences_of_paragraphs(seed):
    body = {b.index for b in seed.body}
    assert seed.body_sentences == [s for s in seed.sentences if s.block in body]
    assert all(seed.blocks[s.block].kind == "paragraph" for s in seed.body_sentences)


def test_sentence_at_and_block_at_find_the_part_holding_an_offset(seed):
    heading = seed.blocks_of("heading")[0]
    assert seed.block_at(heading.start + 3) == heading
    assert seed.sentence_at(heading.start).block == heading.index
    gap = seed.blocks[0].end  # the newline after the headline
    assert seed.block_at(gap) is None and seed.sentence_at(gap) is None
    assert seed.sentence_at(len(seed.text) + 10) is None


def test_word_count_counts_body_words_only(seed):
    assert seed.word_count == sum(len(seed.slice(b).split()) for b in seed.body)
    assert seed.body_text.startswith("— In a move that has sent shockwaves")
    assert HEADLINE not in seed.body_text and "Read More:" not in seed.body_text


# --- frames ------------------------------------------------------------------------------------------
def test_blocks_frame_one_row_per_block_with_its_text(seed):
    frame = seed.blocks_frame()
    assert list(frame.columns) == ["index", "kind", "section", "start", "end", "text"]
    assert len(frame) == len(seed.blocks)
    assert list(frame[frame.kind == "heading"].text) == HEADINGS
    assert frame.loc[0, "text"] == HEADLINE


def test_sentences_frame_one_row_per_sentence_with_its_block_kind(seed):
    frame = seed.sentences_frame()
    assert list(frame.columns) == ["index", "block", "kind", "start", "end", "text"]
    assert len(frame) == len(seed.sentences)
    assert frame.loc[0, "kind"] == "headline"
    assert all(seed.text[r.start : r.end] == r.text for r in frame.itertuples())


def test_repr_names_title_file_and_counts(seed):
    assert repr(seed).startswith(f"<Article {HEADLINE!r} from {SEED}: {len(seed.blocks)} blocks")


# --- the small types -----------------------------------------------------------------------------
def test_span_refuses_negative_or_reversed_offsets():
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_span_overlap_and_containment_are_end_exclusive():
    assert Span(0, 5).overlaps(Span(4, 8)) and not Span(0, 5).overlaps(Span(5, 8))
    assert Span(0, 10).contains(Span(2, 10)) and not Span(0, 10).contains(Span(9, 11))
    assert len(Span(3, 7)) == 4


def test_an_article_built_by_hand_gets_its_sha256_and_slices():
    text = "Title\n\nOne sentence."
    article = Article(
        text,
        (Block("headline", 0, 5, 0), Block("paragraph", 7, 20, 1)),
        (Sentence(0, 5, 0, 0), Sentence(7, 20, 1, 1)),
        Metadata(title="Title"),
    )
    assert article.meta.sha256 == sha256_of(text)
    assert article.slice(article.sentences[1]) == "One sentence."
    assert article.slice((0, 5)) == article.slice(Span(0, 5)) == "Title"
