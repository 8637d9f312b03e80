"""Hedge cues: which words mark uncertainty, of which kind, and which look-alikes do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import workbench
from workbench.analysis.hedges import HEDGE_KINDS, _sentence_has, find_hedge_cues, hedge_cues_in

SEED = Path(__file__).resolve().parent.parent / "sample_articles" / "seed_article.txt"


def cue_words(sentence: str) -> list[tuple[str, str]]:
    return [(c.text.lower(), c.kind) for c in hedge_cues_in(sentence)]


@pytest.fixture(scope="module")
def seed_cues():
    article = workbench.load(SEED)
    return article, find_hedge_cues(article)


# --- each kind ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("North Korea may have requested the move.", [("may", "modal")]),
        ("Kim might travel to Moscow.", [("might", "modal")]),
        ("Any action could be blocked by a veto.", [("could", "modal")]),
        ("A visit remains unlikely.", [("unlikely", "epistemic")]),
        ("The leadership appears confident.", [("appears", "epistemic")]),
        ("They reported the suspected presence of troops.", [("suspected", "epistemic")]),
        ("The council is expected to convene.", [("expected", "expectation")]),
        ("The regime has reportedly employed propaganda.", [("reportedly", "reportative")]),
        ("The allegedly forged papers were seized.", [("allegedly", "reportative")]),
        ("Most experts believe that a visit is off.", [("believe", "doxastic")]),
        ("Experts suggest that Pyongyang is seeking ties.", [("suggest", "doxastic")]),
        ("Sanctions will follow if the tests go on.", [("if", "conditional")]),
        ("Nobody knows whether he will go.", [("whether", "conditional")]),
        ("The sale would fail if financing fell through.", [("would", "conditional"), ("if", "conditional")]),
    ],
)
def test_each_kind_of_hedge(sentence, expected):
    assert cue_words(sentence) == expected


def test_every_lexicon_kind_is_a_known_kind():
    from workbench.analysis.hedges import _lexicon

    _, kinds = _lexicon()
    assert set(kinds.values()) == set(HEDGE_KINDS)


# --- look-alikes that are not hedges -------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the talks had ended.",
        "Officials told reporters that the troops had left.",
        "The spokesman stated that the report was accurate.",
        "Victory Day celebrations are held on May 9.",
        "In May, the treaty was signed.",
        "He could not be reached for comment.",
        "He couldn't be reached for comment.",
        "Earnings were better than expected.",
        "The expected gain was not disclosed.",
        "The company said it would submit the offer.",
        "He was chief executive until 1994.",
        "Until now, nobody had admitted it.",
        "The suspect appeared in court on Friday.",
        "There is no doubt that the treaty was signed.",
        "Police questioned a suspect in the case.",
        "The would-be buyer withdrew.",
        "Neither could be reached for comment.",
        "They want it ratified as soon as possible.",
        "Police promised the severest possible crackdown.",
    ],
)
def test_look_alikes_and_reporting_verbs_are_not_hedges(sentence):
    assert cue_words(sentence) == []


def test_until_is_a_condition_only_before_a_clause_about_the_future():
    assert cue_words("Troops will stay until the crisis ends.") == [("until", "conditional")]


def test_lower_case_may_is_modal_even_before_a_number():
    assert cue_words("Prices may 10 times over.") == [("may", "modal")]


# --- the reference article -------------------------------------------------------------------------
def test_seed_article_hedges_by_sentence(seed_cues):
    article, cues = seed_cues
    found = {(c.text, article.slice(article.sentence_at(c.start))[:40]) for c in cues}
    assert ("suggest", "Experts suggest that Pyongyang is seekin") in found
    assert ("suspected", "Six months earlier, South Korean intelli") in found
    assert ("reportedly", "The regime has reportedly employed a mix") in found
    assert ("might", "The joint announcement has fueled specul") in found
    assert ("believe", "However, most experts believe that an im") in found
    assert ("unlikely", "However, most experts believe that an im") in found
    assert ("expected", "The United Nations Security Council is e") in found
    assert ("likely", "Meanwhile, the United States and Europea") in found


def test_seed_article_unhedged_sentences_have_no_cue(seed_cues):
    article, cues = seed_cues
    hedged_sentences = {article.sentence_at(c.start).index for c in cues}
    for opening in (
        "In a move that has sent shockwaves",
        "On Monday, the Korean Central",
        "A photo posted by Ukrainian President",
    ):
        sentence = next(s for s in article.sentences if article.slice(s).startswith(opening))
        assert sentence.index not in hedged_sentences, opening


def test_said_is_never_a_hedge_in_the_seed_article(seed_cues):
    _, cues = seed_cues
    assert not [c for c in cues if c.text.lower() in {"said", "says", "stated", "told", "added", "explained"}]
    assert {c.kind for c in cues} <= set(HEDGE_KINDS)


def test_no_cues_in_boilerplate_or_dateline(seed_cues):
    article, cues = seed_cues
    for cue in cues:
        assert article.block_at(cue.start).kind not in {"boilerplate", "dateline", "byline"}


# --- offsets ------------------------------------------------------------------------------------------
WORDS = st.sampled_from(
    [
        "may",
        "May",
        "could",
        "not",
        "if",
        "said",
        "likely",
        "the",
        "troops",
        "9",
        "expected",
        "to",
        "than",
        "reportedly",
        "until",
        "now",
        "whether",
        "believe",
        ",",
        ".",
        "  ",
        "\n\n",
        "n't",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_cue_offsets_point_at_their_text_inside_the_article(words):
    text = " ".join(words)
    assume(text.strip())  # a blank text is refused by the loader
    article = workbench.load_text(text)
    cues = find_hedge_cues(article)
    for cue in cues:
        assert article.text[cue.start : cue.end] == cue.text
        sentence = article.sentence_at(cue.start)
        assert sentence is not None and sentence.start <= cue.start < cue.end <= sentence.end
    assert [c.start for c in cues] == sorted(c.start for c in cues)


def test_a_sentence_is_searched_once_for_its_condition_however_many_woulds_it_holds():
    sentence = "officials would review it and members would vote " * 300 + "if the council agrees."
    _sentence_has.cache_clear()
    cues = hedge_cues_in(sentence)
    assert sum(cue.text == "would" for cue in cues) == 600  # every one conditional: the "if" at the end
    assert _sentence_has.cache_info().misses == 1
