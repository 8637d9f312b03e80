""" "according to X" and 'as' clauses naming a source."""

from __future__ import annotations

import pytest
from sourcing_helpers import described, sourcing_of


def test_according_to_before_and_after_the_content():
    result = sourcing_of(
        "According to the World Health Organization, cases have doubled.",
        "Cases have doubled, according to the World Health Organization.",
    )
    assert [(kind, speaker, content) for kind, speaker, _, content in described(result)] == [
        ("indirect", "World Health Organization", "cases have doubled"),
        ("indirect", "World Health Organization", "Cases have doubled"),
    ]


def test_an_as_clause_names_the_source_of_its_main_clause():
    result = sourcing_of(
        "Mayor Ortiz won the district easily, as the Harbor Ledger reported on Monday. As the council noted, the pier "
        "needs repairs. As first reported by the Ledger, the mayor will present a new budget. As the crowd cheered, she waved."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Harbor Ledger", "reported", "Mayor Ortiz won the district easily"),
        ("council", "noted", "the pier needs repairs"),
        ("Harbor Ledger", "reported", "the mayor will present a new budget"),
    ]


def test_according_to_after_the_content_does_not_take_the_sources_apposition_as_content():
    result = sourcing_of(
        "Turnout rose sharply in the river towns, according to Lena Ortiz, a pollster at the state college. "
        "The new bridge, according to county engineers, would cost $40 million. "
        "Over the long term, according to the budget office, the levy will pay for itself."
    )
    assert [content for _, _, _, content in described(result)] == [
        "Turnout rose sharply in the river towns",
        "The new bridge … would cost $40 million",
        "Over the long term … the levy will pay for itself",
    ]


def test_according_to_after_a_speech_cue_only_names_where_it_was_reported():
    result = sourcing_of("“We will not back down,” Ortiz said, according to the Harbor Herald. The mayor was calm.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("said", "“We will not back down,”")]


def test_according_to_a_name_without_a_comma_ends_the_source_where_the_clause_begins():
    result = sourcing_of("According to Mayor Lena Ortiz the pier was sold to a developer in May.")
    [attribution] = result.attributions
    text = result.article.text
    assert text[attribution.source.start : attribution.source.end] == "Mayor Lena Ortiz"
    assert described(result)[0][2:] == ("According to", "the pier was sold to a developer in May")


def test_a_voice_quoted_by_the_according_to_source_is_a_second_attribution_of_the_same_content():
    result = sourcing_of(
        "According to the Harbor News agency, quoting the state broadcaster Radio Coast (RC), the navy has been "
        "placed on high alert."
    )
    text = result.article.text
    assert [
        (text[a.source.start : a.source.end], cue) for a, (_, _, cue, _) in zip(result.attributions, described(result))
    ] == [
        ("the Harbor News agency", "According to"),
        ("Radio Coast", "quoting"),
    ]
    assert {content for _, _, _, content in described(result)} == {"the navy has been placed on high alert"}


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The new pier was, in the words of the harbor master, “a monument to bad planning”.",
            "harbor master",
            "“a monument to bad planning”",
        ),
        (
            "In the words of one council aide, the mayor “never reads the reports”.",
            "unnamed aide",
            "“never reads the reports”",
        ),
        (
            "The levy, in Ms. Ortiz’s words, “punishes the people who can least afford it.”",
            "Ortiz",
            "“punishes the people who can least afford it.”",
        ),
    ],
)
def test_in_the_words_of_a_source_names_who_said_the_quotation(sentence, speaker, content):
    [(kind, who, _, said)] = described(sourcing_of(sentence))
    assert (kind, who, said) == ("direct", speaker, content)


def test_words_that_nobody_is_said_to_have_spoken_are_no_attribution():
    assert described(sourcing_of("The choir sang a hymn whose words were written in 1820.")) == []


def test_according_to_after_a_subordinator_reports_the_clause_after_it():
    result = sourcing_of("He left the paper after, according to him, the network cut his first report.")
    assert [(cue, content) for _, _, cue, content in described(result) if cue == "according to"] == [
        ("according to", "the network cut his first report"),
    ]


def test_a_conjunction_after_the_source_opens_a_clause_of_its_own():
    result = sourcing_of("The levy raised $2 million, according to the city, and the pier reopened in May.")
    assert described(result) == [("indirect", "city", "according to", "The levy raised $2 million")]


def test_the_copula_after_a_pointing_pronoun_is_no_part_of_the_content():
    result = sourcing_of("The pier lost money again. That's according to the port's own accounts.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("according to", "That")]
