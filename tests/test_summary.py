"""The one summary record: the counts every surface shows, defined once."""

from __future__ import annotations

import pytest

import workbench
from workbench.summary import WORDS_PER_MINUTE, plural, reading_minutes


@pytest.fixture(scope="module")
def seed_result(tmp_path_factory):
    from conftest import REPO

    copy = tmp_path_factory.mktemp("seed") / "seed_article.txt"
    copy.write_bytes((REPO / "sample_articles" / "seed_article.txt").read_bytes())
    return workbench.analyze(workbench.load(copy))


def test_reading_time_is_words_at_238_a_minute():
    assert WORDS_PER_MINUTE == 238
    assert reading_minutes(238) == 1.0
    assert reading_minutes(1312) == 5.5


def test_the_seed_reads_in_five_to_six_minutes(seed_result):
    summary = seed_result.summary
    assert summary.words == seed_result.article.word_count
    assert 5 <= summary.reading_minutes <= 6


def test_counts_agree_with_the_analyses(seed_result):
    summary = seed_result.summary
    claims = seed_result.claims
    assert summary.quotes == len(seed_result.sourcing.attributions)
    assert summary.sources == summary.named_sources + summary.unnamed_sources == len(seed_result.sourcing.sources)
    assert summary.claims == summary.own_voice_claims + summary.attributed_claims == len(claims)
    assert summary.checkworthy_claims == len(claims.checkworthy())
    assert summary.hedged_claims == len(claims.hedged())
    assert summary.own_voice_claims == len(claims.unattributed())
    assert summary.sentences == len(seed_result.article.body_sentences)
    assert summary.paragraphs == len(seed_result.article.body)


def test_the_record_is_a_flat_dict_with_the_documented_keys(seed_result):
    record = seed_result.summary.to_dict()
    assert set(record) >= {
        "words", "sentences", "paragraphs", "reading_minutes", "quotes", "sources", "named_sources",
        "unnamed_sources", "claims", "checkworthy_claims", "hedged_claims", "own_voice_claims", "attributed_claims",
    }  # fmt: skip
    assert all(isinstance(value, (int, float)) for value in record.values())


def test_it_is_computed_once_per_analysis(seed_result):
    assert seed_result.summary is seed_result.summary
    assert workbench.summarize(seed_result) == seed_result.summary


@pytest.mark.parametrize(("count", "text"), [(0, "0 quotes"), (1, "1 quote"), (2, "2 quotes"), (1200, "1,200 quotes")])
def test_plurals_agree_with_their_numbers(count, text):
    assert plural(count, "quote") == text


def test_notebooks_show_the_clis_lines_with_every_piece_of_text_escaped():
    from workbench.summary import summary_html
    from workbench.widgets.render import escape

    article = workbench.load_text(
        "Mayor <script>alert(1)</script> resigns\n\nThe mayor said she would resign on Friday.\n", author="<b>Ann</b>"
    )
    result = workbench.analyze(article)
    html = summary_html(result)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Ann&lt;/b&gt;" in html
    for line in result.summary.lines():
        assert f"<li>{escape(line)}</li>" in html
    assert "1 quote from 1 source" in html


def test_the_export_meta_says_where_the_article_came_from(seed_result):
    from workbench.summary import article_meta

    meta = article_meta(seed_result.article)
    assert meta["source_path"].endswith("seed_article.txt") and meta["url"] is None
    assert meta["sha256"] == seed_result.article.meta.sha256 and meta["words"] == 1312


def test_an_articles_description_agrees_with_its_numbers():
    one = workbench.load_text("Protest\n")
    assert repr(one) == "<Article 'Protest' from <text>: 1 block, 1 sentence, 0 words>"
