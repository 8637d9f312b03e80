"""Surveys and polls as sources."""

from __future__ import annotations

from sourcing_helpers import described, sourcing_of


def test_sentence_opening_with_a_survey_attributes_the_rest_to_it():
    result = sourcing_of("In a Daily Ledger poll released Monday, 52 percent of voters backed the levy.")
    [attribution] = result.attributions
    text = result.article.text
    assert text[attribution.source.start : attribution.source.end] == "a Daily Ledger poll released Monday"
    assert described(result)[0][2:] == ("In", "52 percent of voters backed the levy")


def test_share_of_a_polled_group_is_the_source_of_a_noun_like_cue():
    result = sourcing_of(
        "Roughly two-thirds back the measure. Forty percent support a delay. Most Southern states support the ban."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Roughly two-thirds", "back", "the measure"),
        ("Forty percent", "support", "a delay"),
    ]


def test_a_survey_ending_the_clause_is_its_source():
    result = sourcing_of(
        "Mayor Ortiz is well ahead of her rival in the latest poll.",
        "Though she trails in the polls, Reyes is confident. Reyes says she leads in the polls.",
    )
    text = result.article.text
    assert [(cue, content) for _, _, cue, content in described(result)][:1] == [
        ("in", "Mayor Ortiz is well ahead of her rival"),
    ]
    assert text[result.attributions[0].source.start : result.attributions[0].source.end] == "the latest poll"
    assert [cue for _, _, cue, _ in described(result)][1:] == ["says"]


def test_a_survey_heading_the_subject_is_the_source_of_its_finite_cue():
    result = sourcing_of("A harbor poll released Tuesday showed Ortiz with a lead of ten points.")
    text = result.article.text
    [poll] = result.attributions
    assert (text[poll.source.start : poll.source.end], text[poll.content[0].start : poll.content[0].end]) == (
        "A harbor poll released Tuesday",
        "Ortiz with a lead of ten points",
    )
