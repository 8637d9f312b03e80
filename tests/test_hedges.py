"""Hedge cues: which words mark uncertainty, of which kind, and which look-alikes do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import workbench
from workbench.analysis.hedges import (
    CONTEXT_RULES,
    HEDGE_KINDS,
    _candidates_in,
    _lexicon,
    find_hedge_cues,
    hedge_cues_in,
)
from workbench.article import Span

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


# --- readings decided in the sentence ---------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Worshippers may now formally associate at archaeological sites.",  # permission
        "Neither side could open the scoring in the first half.",  # past inability
        "We could've scored two or three goals.",  # counterfactual
        "It is possible to travel there by train.",  # feasibility
        "This would not have been possible ten years ago.",  # negated feasibility
        "Potential buyers toured the site on Monday.",  # a role, not a hedge
        "The treaty outweighs the potential costs.",  # plain adjective
        "Citizens were asked to suggest designs for a new flag.",  # propose
        "He suggested a meeting on Friday.",  # propose
        "The minister appeared on television on Monday.",  # show up
        "The crowd was about 300 people.",  # an approximator is no hedge
        "Around 50 houses were damaged.",
        "A teacher mistakenly thought it was a bomb.",  # a belief known to be false
        "The plan must be well thought out.",
        "Several scenarios were considered because of the cost.",  # examined
        "The post was written by an unknown author.",
        "An estimated 20,000 soldiers massed at the border.",  # a figure's label
        "How can people look at both sides if one side is gone?",  # a question asks
        "The government recommends translation tools if needed.",
        "If we were to get a draw it would have been an excellent result.",  # counterfactual
        "Police arrested six men on suspicion of rioting.",
        "Wait until the fourth day of the festival.",
    ],
)
def test_readings_that_are_not_hedges(sentence):
    assert cue_words(sentence) == []


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Studies suggest that the drug works.", "suggest"),
        ("The data suggested the vaccine was safe.", "suggested"),
        ("The leader appears to be unwell.", "appears"),
        ("The deal could collapse next week.", "could"),
        ("The talks may fail.", "may"),
        ("A potential war would devastate the region.", "potential"),
        ("Its cause remains unknown.", "unknown"),
        ("Jafari said she felt Mohamed had been treated unfairly.", "felt"),
        ("Researchers estimated that the population would double.", "estimated"),
        ("Laws banning the practice are expected next month.", "expected"),
        ("Both are considered to be moderates.", "considered"),
        ("Posts theorized that an attack had occurred.", "theorized"),
        ("The sale would fail if financing fell through.", "would"),
    ],
)
def test_epistemic_readings_are_hedges(sentence, word):
    assert word in [w for w, _ in cue_words(sentence)]


def test_every_cue_says_why_it_counts():
    cues = hedge_cues_in("Experts suggest that talks may fail, and the deal could collapse.")
    assert [c.text for c in cues] == ["suggest", "may", "could"]
    assert all(c.reading for c in cues)
    assert "not propose" in cues[0].reading and "not permission" in cues[1].reading
    assert cues[0].to_dict()["reading"] == cues[0].reading


def test_the_context_rules_are_named_data_with_reasons_and_examples():
    names = [rule.name for rule in CONTEXT_RULES]
    assert len(names) == len(set(names)) and "permission" in names and "propose" in names
    _, kinds = _lexicon()
    for rule in CONTEXT_RULES:
        assert rule.reason and rule.examples, rule.name
        assert rule.cues <= set(kinds), f"{rule.name} names a word the lexicon does not hold"


@pytest.mark.parametrize("rule", CONTEXT_RULES, ids=lambda r: r.name)
def test_each_rule_example_is_read_as_no_hedge_by_that_rule(rule):
    for example in rule.examples:
        rejected = [c for c in _candidates_in(example, Span(0, len(example))) if c.rule is rule]
        assert rejected, f"{rule.name}: {example!r}"


def test_candidates_keep_what_a_rule_rejected_and_why():
    sentence = "Victory Day is held on May 9, and talks may fail."
    candidates = _candidates_in(sentence, Span(0, len(sentence)))
    assert [(c.cue.text, c.accepted, c.rule.name if c.rule else None) for c in candidates] == [
        ("May", False, "month"),
        ("may", True, None),
    ]


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


def test_a_sentence_is_searched_for_its_condition_once_for_all_its_woulds():
    """A 'would' is a hedge only beside a live condition; a sentence with hundreds of them stays linear."""
    from workbench.analysis.hedges import _has_live_condition

    sentence = "They said the plan would work and " * 300 + "that it would be fine if the council agrees.\n"
    _has_live_condition.cache_clear()
    cues = hedge_cues_in(sentence)
    assert [c.text for c in cues].count("would") == 301
    assert _has_live_condition.cache_info().misses == 1


@given(st.text(alphabet="ab ,.’'", max_size=80), st.integers(min_value=0, max_value=6))
def test_the_words_after_a_cue_are_read_lazily_and_equal_a_full_read(sentence, n):
    from workbench.analysis.hedges import _WORD, CueContext

    context = CueContext(sentence, 0, 0, Span(0, len(sentence)))
    assert context.after(n) == [w.lower() for w in _WORD.findall(sentence)[:n]]
