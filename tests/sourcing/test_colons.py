"""Colons and labels: headlines, "X writes:" announcing the next paragraph, transcript turns."""

from __future__ import annotations

import pytest
from sourcing_helpers import described, sourcing_of

import workbench
from workbench.analysis.sourcing import find_sourcing


def test_cue_and_colon_ending_a_paragraph_announce_the_next_one():
    result = sourcing_of(
        "In his column, Hugh Hewitt writes:",
        "The movie mentions neither the president nor the secretary of state by name.",
        "“It is a film about soldiers,” said Dana Cole.",
    )
    assert [(kind, speaker, cue) for kind, speaker, cue, _ in described(result)] == [
        ("indirect", "Hugh Hewitt", "writes"),
        ("direct", "Dana Cole", "said"),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor Ortiz Says Budget Is Balanced",
        "Ortiz: the budget is balanced at last",
        "Ortiz to teachers: the budget is balanced",
        "The Latest: council passes the budget",
        "Seoul Condemns the Budget Vote",
    ],
)
def test_a_headline_gives_no_attribution(headline):
    # the headline is the article's own summary; the body says who said what
    article = workbench.load_text(headline + "\n\nThe council met on Monday.")
    assert described(find_sourcing(article)) == []


def test_a_transcript_turn_after_a_speaker_label_is_the_speakers():
    result = sourcing_of(
        "The mayor spoke with a radio host on Sunday.",
        "HOLLIS: Why did the council delay the vote on the harbor levy?",
        "ORTIZ: Because the budget office needed two more weeks to check the numbers.",
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        (":", "Why did the council delay the vote on the harbor levy?"),
        (":", "Because the budget office needed two more weeks to check the numbers"),
    ]


def test_a_single_label_paragraph_is_no_transcript():
    result = sourcing_of("Correction: An earlier version of this story misstated the date of the vote.")
    assert described(result) == []


def test_a_title_case_line_takes_any_finite_cue_not_only_speech_verbs():
    result = sourcing_of("Harbor Mayor Tom Ortiz Endorses Rivera For Council Seat.", "The mayor spoke on Monday.")
    assert described(result) == [("indirect", "Tom Ortiz", "Endorses", "Rivera For Council Seat")]
