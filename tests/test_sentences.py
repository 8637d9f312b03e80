"""Sentence splitting that survives news text: each edge case by name.

``split_spans(text)`` returns ``(start, end)`` offsets; the tests compare the sentences' texts.
"""

from __future__ import annotations

import pytest

from workbench.sentences import split_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_spans(text)]


CASES = {
    # abbreviations
    "U.N. before a name": (
        "The U.N. Security Council met on Monday. It adjourned.",
        ["The U.N. Security Council met on Monday.", "It adjourned."],
    ),
    "U.S. inside a sentence": (
        "Officials in the U.S. said so. The talks continue.",
        ["Officials in the U.S. said so.", "The talks continue."],
    ),
    "U.S. ending a sentence before a typical opener": (
        "He returned to the U.S. The talks continue.",
        ["He returned to the U.S.", "The talks continue."],
    ),
    "U.S. before a proper name stays inside": (
        "The U.S. Embassy in Seoul issued a warning. Citizens were told to stay home.",
        ["The U.S. Embassy in Seoul issued a warning.", "Citizens were told to stay home."],
    ),
    "Jan. before a day": (
        "The meeting is on Jan. 5 in Geneva. It will be short.",
        ["The meeting is on Jan. 5 in Geneva.", "It will be short."],
    ),
    "Gen. and Dr. before names": (
        "Gen. Smith and Dr. Jones spoke. They agreed.",
        ["Gen. Smith and Dr. Jones spoke.", "They agreed."],
    ),
    "Mr. and Mrs.": (
        "Mr. and Mrs. Park arrived late. Nobody minded.",
        ["Mr. and Mrs. Park arrived late.", "Nobody minded."],
    ),
    "a company suffix": (
        "The company, Acme Inc., said so. It declined further comment.",
        ["The company, Acme Inc., said so.", "It declined further comment."],
    ),
    "p.m. before a lower-case word": (
        "It was 5 p.m. when they left. Nobody saw them.",
        ["It was 5 p.m. when they left.", "Nobody saw them."],
    ),
    # initials
    "a middle initial": (
        "John F. Kennedy was shot in 1963. The nation mourned.",
        ["John F. Kennedy was shot in 1963.", "The nation mourned."],
    ),
    "several initials": (
        "J.R.R. Tolkien wrote books. He died in 1973.",
        ["J.R.R. Tolkien wrote books.", "He died in 1973."],
    ),
    # decimals and money
    "decimals, money and percentages": (
        "Growth was 3.5 percent. Costs rose to $1.2 billion. Shares fell 0.7%.",
        ["Growth was 3.5 percent.", "Costs rose to $1.2 billion.", "Shares fell 0.7%."],
    ),
    "a sentence ending in a number": (
        "The treaty was signed in 2024. It took effect at once.",
        ["The treaty was signed in 2024.", "It took effect at once."],
    ),
    # ellipses
    "three dots before a capital": (
        "He paused... Then he spoke.",
        ["He paused...", "Then he spoke."],
    ),
    "an ellipsis character before a capital": (
        "She waited… And waited.",
        ["She waited…", "And waited."],
    ),
    "an ellipsis before a lower-case word continues": (
        "He said it was... complicated. Then he left.",
        ["He said it was... complicated.", "Then he left."],
    ),
    # em dashes
    "em dashes inside a sentence": (
        "The vote — a close one — passed. Critics left.",
        ["The vote — a close one — passed.", "Critics left."],
    ),
    "an em dash after a dateline is left out of the sentence": (
        "— In a move that surprised many, the council resigned. Elections follow.",
        ["In a move that surprised many, the council resigned.", "Elections follow."],
    ),
    # quotations
    "a quotation running over several sentences": (
        "“We will fight. We will win. We will never surrender,” he said. The crowd cheered.",
        ["“We will fight.", "We will win.", "We will never surrender,” he said.", "The crowd cheered."],
    ),
    "a quotation closing the sentence keeps its closing mark": (
        "“Both countries seem to believe that the benefits outweigh the costs.” Yang added more.",
        ["“Both countries seem to believe that the benefits outweigh the costs.”", "Yang added more."],
    ),
    '"Why?" he asked.': (
        '"Why?" he asked. Nobody answered.',
        ['"Why?" he asked.', "Nobody answered."],
    ),
    "a question quoted, then a new quotation": (
        'She asked: "Is it over?" "Yes," he said.',
        ['She asked: "Is it over?"', '"Yes," he said.'],
    ),
    "a full stop inside closing quotation marks": (
        'He said "no." Then he left!',
        ['He said "no."', "Then he left!"],
    ),
    # other punctuation
    "question and exclamation marks": (
        "Was it? Yes! Definitely.",
        ["Was it?", "Yes!", "Definitely."],
    ),
    "a closing bracket after the full stop": (
        "Prices rose (slightly.) Then they fell.",
        ["Prices rose (slightly.)", "Then they fell."],
    ),
    "no final punctuation": (
        "Escalating Tensions",
        ["Escalating Tensions"],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_edge_case(text, expected):
    assert sentences(text) == expected


def test_white_space_around_sentences_is_left_out_and_nothing_else():
    text = "  First one.   Second one.  \n"
    assert split_spans(text) == [(2, 12), (15, 26)]


def test_a_range_of_the_text_is_split_with_offsets_into_the_whole_text():
    text = "Headline\n\nOne. Two."
    assert split_spans(text, 10, len(text)) == [(10, 14), (15, 19)]


def test_blank_text_has_no_sentences():
    assert split_spans("   \n\t ") == []


def test_splitting_is_linear_in_the_length_of_the_text():
    """Many sentences in one block (a transcript) must not take quadratic time."""
    import time

    text = "The minister spoke at length. " * 3000
    started = time.perf_counter()
    assert len(split_spans(text)) == 3000
    assert time.perf_counter() - started < 1  # a quadratic scan took about 20 s here
