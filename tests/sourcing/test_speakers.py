"""Source mentions read off the words before a cue: the subject past what opens the clause."""

from __future__ import annotations

import pytest
from sourcing_helpers import sourcing_of

from workbench.analysis.sourcing.speakers import common_noun_phrase_after


def _sources(result) -> list[str | None]:
    text = result.article.text
    return [text[a.source.start : a.source.end] if a.source else None for a in result.attributions]


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("But a few days later, Ortiz reversed himself, telling reporters that the levy was fair.", "Ortiz"),
        ("A month later, she visited the harbour and explained why the pier mattered.", "she"),
        ("And a couple of years later, Lamb repeated the charge, recalling a meeting at the port.", "Lamb"),
        (
            "Even so, three-quarters of the voters said they were worried about the cost.",
            "three-quarters of the voters",
        ),
        (
            "That morning, a crowd of ferry workers gathered outside, saying the cuts were unfair.",
            "a crowd of ferry workers",
        ),
    ],
)
def test_a_time_phrase_opening_the_sentence_is_not_the_source(sentence, source):
    assert _sources(sourcing_of(sentence))[-1] == source


def test_a_time_phrase_inside_the_clause_is_left_alone():
    assert _sources(sourcing_of("The mayor said two days later that the pier would close.")) == ["The mayor"]


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("In Alexandria, Va., Lazar said little, offering only that he was pleading guilty.", "Lazar"),
        ("At a rally in Austin, Tex., Mr. Ortiz was blunt, claiming that the plan would fail.", "Mr. Ortiz"),
        ("In Providence, R.I., the mayor said the port would stay open.", "the mayor"),
    ],
)
def test_the_state_after_a_place_in_an_opening_phrase_is_not_the_source(sentence, source):
    assert _sources(sourcing_of(sentence))[-1] == source


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("Often, families did not understand the rules.", "families"),
        (
            "Outside the arena in downtown Salem, about 200 protesters gathered, chanting “Dump Ortiz.”",
            "about 200 protesters",
        ),
    ],
)
def test_an_adverbial_opening_the_sentence_is_not_the_source(sentence, source):
    assert _sources(sourcing_of(sentence)) == [source]


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("On Thursday, after staying neutral for months, Lamb endorsed Ortiz, saying, “We need a fighter.”", "Lamb"),
        (
            "On Oct. 23, during a campaign stop at the harbor, the mayor was blunt, claiming the pier was late.",
            "the mayor",
        ),
    ],
)
def test_adverbials_opening_the_sentence_one_after_another_are_all_skipped(sentence, source):
    assert _sources(sourcing_of(sentence))[-1] == source


def test_a_participle_phrase_between_commas_is_not_the_source():
    result = sourcing_of(
        "Party front-runner Dana Ortiz, also campaigning in Salem, said Lamb is responsible for the delay."
    )
    assert _sources(result) == ["Dana Ortiz"]


def test_an_opening_participle_with_a_determiner_is_skipped_to_the_name():
    result = sourcing_of(
        "Recalling that moment, Dana Ortiz, who ran the campaign, said of Lamb: “The question is whether he will stay.”"
    )
    assert set(_sources(result)) == {"Dana Ortiz"}  # the quotation's, and the opening participle's (recalling)


def test_a_parenthetical_between_dashes_before_the_cue_is_skipped_to_the_name():
    result = sourcing_of(
        "On Friday, Gingrich — named by the Herald as a likely running mate — told a host that the race was open."
    )
    assert _sources(result) == ["Gingrich"]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("told the crowd he would win", "the crowd"),
        ("told the story of how he escaped", "the story"),
        ("told the workers they would be paid", "the workers"),
        ("told an audience member that", "an audience member"),
    ],
)
def test_a_common_noun_phrase_ends_where_a_clause_opens(text, phrase):
    span = common_noun_phrase_after(text, len("told"), len(text))
    assert span is not None and text[span[0] : span[1]] == phrase
