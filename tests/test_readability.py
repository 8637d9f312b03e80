"""Readability: textstat's scores for the body, each section, paragraph and sentence — offline.

Every score must equal what textstat's own function gives for the same text; the reference
article's body is its paragraphs only (headline, sub-headline, caption, headings and the two
boilerplate lines are left out); the first readability call never touches the network.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import workbench
from workbench.analysis.readability import (
    LEVELS,
    ReadabilityScores,
    _nltk_cmudict_text,
    plot_grade_by_paragraph,
    readability,
)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "sample_articles" / "seed_article.txt"
WIKINEWS = sorted((REPO / "sample_articles" / "wikinews").glob("*.txt"))


def textstat_scores(text: str) -> dict[str, float]:
    """textstat's own functions, by the names of ReadabilityScores' fields."""
    import textstat

    return {
        "words": textstat.lexicon_count(text),
        "flesch_reading_ease": textstat.flesch_reading_ease(text),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
        "gunning_fog": textstat.gunning_fog(text),
        "smog_index": textstat.smog_index(text),
        "coleman_liau_index": textstat.coleman_liau_index(text),
        "automated_readability_index": textstat.automated_readability_index(text),
        "dale_chall": textstat.dale_chall_readability_score(text),
        "consensus_grade": textstat.text_standard(text, float_output=True),
    }


def scored_text(article: workbench.Article, record: ReadabilityScores) -> str:
    """The text a record scores: a paragraph's or sentence's own text; the body's or a section's
    paragraphs joined by blank lines."""
    if record.level in ("paragraph", "sentence"):
        return article.text[record.start : record.end]
    blocks = [b for b in article.body if record.level == "article" or b.section == record.index]
    return "\n\n".join(article.slice(b) for b in blocks)


def assert_equal_to_textstat(article: workbench.Article) -> int:
    report = readability(article)
    checked = 0
    for level in LEVELS:
        for record in report.level(level):
            expected = textstat_scores(scored_text(article, record))
            actual = {name: getattr(record, name) for name in expected}
            assert actual == expected, (level, record.index)
            checked += 1
    return checked


@pytest.fixture(scope="module")
def seed():
    return workbench.load(SEED)


@pytest.fixture(scope="module")
def seed_report(seed):
    return readability(seed)


# --- equal to textstat ----------------------------------------------------------------------------
def test_every_score_of_the_seed_equals_textstat_at_every_level(seed):
    records = assert_equal_to_textstat(seed)
    assert records == 1 + 9 + len(seed.body) + len(seed.body_sentences)


@pytest.mark.parametrize("path", WIKINEWS, ids=lambda p: p.name)
def test_every_score_of_the_wikinews_samples_equals_textstat(path):
    article = workbench.load(path)
    assert assert_equal_to_textstat(article) >= 2 + len(article.body) + len(article.body_sentences)


NEWS_WORDS = st.sampled_from(
    "the a minister said on Monday that U.S. officials would announce $4.5 billion in new sanctions "
    "against North Korea's state-run enterprises don't won't it's “quote” ‘single’ (parenthetical) "
    "approximately 3.5% of respondents—including unemployed—reportedly antidisestablishmentarianism "
    "São Paulo naïve café Gen. Dr. Jan. e.g. i.e. — – ... … ? ! ; : , . 2024 1,200 O'Neill rock'n'roll".split()
)
SENTENCES = st.lists(NEWS_WORDS, min_size=1, max_size=40).map(lambda words: " ".join(words).capitalize() + ".")
PARAGRAPHS = st.lists(SENTENCES, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARAGRAPHS, min_size=1, max_size=6))
def test_scores_equal_textstat_on_generated_news_text(paragraphs):
    article = workbench.load_text("\n\n".join(paragraphs))
    assert_equal_to_textstat(article)


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(str.strip))
def test_scores_equal_textstat_on_arbitrary_unicode(text):
    article = workbench.load_text(text)
    assert_equal_to_textstat(article)


# --- what is scored ---------------------------------------------------------------------------------
def test_only_paragraphs_are_scored_never_headings_captions_or_boilerplate(seed, seed_report):
    paragraph_indexes = {b.index for b in seed.body}
    assert {p.index for p in seed_report.paragraphs} == paragraph_indexes
    assert all(
        seed.blocks[s.block].kind == "paragraph"
        for s in seed.sentences
        if s.index in {r.index for r in seed_report.sentences}
    )
    assert len(seed_report.sentences) == len(seed.body_sentences)
    headline = seed.slice(seed.headline)
    assert headline not in scored_text(seed, seed_report.body)
    assert "Read More" not in scored_text(seed, seed_report.body)
    assert "(AFP-Yonhap)" not in scored_text(seed, seed_report.body)


def test_the_seed_has_a_section_row_for_the_opening_and_each_of_its_eight_headings(seed_report):
    assert [s.index for s in seed_report.sections] == list(range(9))


def test_words_add_up_and_sentences_are_the_workbench_sentences(seed, seed_report):
    assert seed_report.body.words == sum(p.words for p in seed_report.paragraphs)
    assert seed_report.body.sentences == len(seed.body_sentences)
    assert sum(s.sentences for s in seed_report.sections) == len(seed.body_sentences)
    assert all(s.sentences == 1 for s in seed_report.sentences)


def test_offsets_point_at_the_scored_text(seed, seed_report):
    first, last = seed.body[0], seed.body[-1]
    assert (seed_report.body.start, seed_report.body.end) == (first.start, last.end)
    for sentence in seed_report.sentences:
        assert seed.sentence_at(sentence.start).index == sentence.index


def test_reading_time_is_the_summarys_238_words_a_minute_not_textstats_characters(seed_report, seed):
    summary = workbench.analyze(seed).summary
    assert seed_report.body.reading_minutes == summary.reading_minutes == round(seed.word_count / 238, 1)
    assert 5 <= seed_report.body.reading_minutes <= 6
    paragraph = seed_report.paragraphs[0]
    words = len(seed.text[paragraph.start : paragraph.end].split())
    assert paragraph.reading_minutes == round(words / 238, 1)


def test_an_article_without_paragraphs_scores_zero():
    article = workbench.load_text("Only a Headline Here\n")
    report = readability(article)
    assert article.body == [] and report.paragraphs == () and report.sections == ()
    assert report.body.words == 0 and report.body.flesch_kincaid_grade == 0.0


# --- hardest sentences, tables, chart --------------------------------------------------------------
def test_hardest_sentences_come_first_by_flesch_kincaid_grade(seed_report):
    hardest = seed_report.hardest_sentences(5)
    grades = [s.flesch_kincaid_grade for s in hardest]
    assert len(hardest) == 5
    assert grades == sorted(grades, reverse=True)
    assert grades[0] == max(s.flesch_kincaid_grade for s in seed_report.sentences)
    assert min(grades) >= sorted((s.flesch_kincaid_grade for s in seed_report.sentences), reverse=True)[4]


def test_hardest_sentences_frame_carries_their_text(seed, seed_report):
    frame = seed_report.hardest_sentences_frame(3)
    assert list(frame["index"]) == [s.index for s in seed_report.hardest_sentences(3)]
    assert all(seed.text[r.start : r.end] == r.text for r in frame.itertuples())


def test_frames_one_row_per_record_with_text_or_heading(seed, seed_report):
    sentences = seed_report.frame("sentence")
    assert len(sentences) == len(seed_report.sentences)
    assert sentences.loc[0, "text"] == seed.text[sentences.loc[0, "start"] : sentences.loc[0, "end"]]
    sections = seed_report.frame("section")
    assert sections.loc[0, "heading"] == "(opening)"  # the opening has no heading, and shows no NaN
    assert not sections["heading"].isna().any()
    assert sections.loc[1, "heading"] == "North Korea’s State Media Hails Troop Deployment"
    article = seed_report.frame("article")
    assert len(article) == 1 and article.loc[0, "level"] == "article"
    assert "flesch_kincaid_grade" in seed_report.frame("paragraph").columns


def test_an_unknown_level_is_refused(seed_report):
    with pytest.raises(ValueError, match="unknown level 'chapter'"):
        seed_report.frame("chapter")


def test_grade_by_paragraph_chart_is_a_figure_with_a_bar_per_paragraph(seed_report):
    from matplotlib.figure import Figure

    figure = plot_grade_by_paragraph(seed_report)
    assert isinstance(figure, Figure)
    (ax,) = figure.axes
    assert len(ax.patches) == len(seed_report.paragraphs)
    assert ax.get_ylabel() == "Flesch-Kincaid grade"


def test_grade_by_paragraph_chart_draws_on_given_axes(seed_report):
    from matplotlib.figure import Figure

    figure = Figure()
    ax = figure.add_subplot()
    assert plot_grade_by_paragraph(seed_report, ax=ax) is figure


def test_the_pipeline_computes_readability_once(seed):
    analysis = workbench.analyze(seed)
    assert analysis.readability is analysis.readability


# --- offline --------------------------------------------------------------------------------------
def test_cmudict_is_written_in_nltk_format_with_variants_in_order_and_comments_dropped():
    lines = _nltk_cmudict_text().splitlines()
    assert "READ 1 R EH1 D" in lines and "READ 2 R IY1 D" in lines
    assert lines.index("READ 1 R EH1 D") < lines.index("READ 2 R IY1 D")
    assert "AALBORG 1 AO1 L B AO0 R G" in lines  # "# place, danish" dropped
    assert not any("#" in line for line in lines)


OFFLINE_SCRIPT = textwrap.dedent(
    """
    import json, socket, sys

    attempts = []
    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:80])
        raise OSError("network access attempted during the readability test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import workbench
    from workbench.analysis.readability import readability, nltk_data_dir
    assert "nltk" not in sys.modules and "textstat" not in sys.modules, "imported by `import workbench`"

    article = workbench.load(sys.argv[1])
    report = readability(article)
    import nltk
    nltk.download = refuse  # were textstat to ask for a download from here on, it would fail
    import textstat
    body = "\\n\\n".join(article.slice(b) for b in article.body)
    print(json.dumps({
        "attempts": attempts,
        "cmudict": str(nltk_data_dir() / "corpora" / "cmudict" / "cmudict"),
        "ours": [report.body.flesch_kincaid_grade, report.body.smog_index, report.body.dale_chall,
                 report.body.consensus_grade],
        "textstat": [textstat.flesch_kincaid_grade(body), textstat.smog_index(body),
                     textstat.dale_chall_readability_score(body), textstat.text_standard(body, float_output=True)],
        "syllables_of_reading": textstat.syllable_count("reading"),
    }))
    """
)


def test_first_readability_call_works_offline_with_an_empty_cache(tmp_path):
    data = tmp_path / "workbench-data"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NLTK_DATA", "WORKBENCH_DATA"))}
    env.update(WORKBENCH_DATA=str(data), HOME=str(tmp_path / "home"), NO_PROXY="*")
    completed = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, str(SEED)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["attempts"] == []
    assert result["cmudict"].startswith(str(data))
    assert Path(result["cmudict"]).read_text(encoding="utf-8").startswith("'BOUT 1 B AW1 T\n")
    assert result["ours"] == result["textstat"]
    assert result["syllables_of_reading"] == 2  # from the CMU dictionary: R IY1 D IH0 NG
