"""Quotation marks: scare quotes and titles, quotes left open, straight and doubled marks."""

from __future__ import annotations

from sourcing_helpers import described, sourcing_of

import workbench
from workbench.analysis.sourcing import find_sourcing


def test_scare_quotes_and_titles_are_not_attributions():
    result = sourcing_of(
        "The so-called “peace dividend” never arrived.",
        "She starred in “The Long Road Home” last year.",
    )
    assert result.attributions == []


def test_heading_with_quoted_words_gives_no_attribution():
    article = workbench.load_text(
        "A headline for the test\n\nThe first paragraph of the story is long enough to be one.\n\n"
        "A ‘Win-Win’ for Everyone\n\n“We are pleased,” the mayor said."
    )
    result = find_sourcing(article)
    assert [a.kind for a in result.attributions] == ["direct"]


def test_quote_that_never_closes_does_not_lose_the_rest():
    result = sourcing_of(
        "“This quotation never closes, Ms. Ortiz said, and runs on",
        "Mark Olsen said the weather was fine.",
        "“Later quotes still count,” Olsen said.",
    )
    speakers = [a.speaker for a in result.attributions]
    assert speakers[-2:] == ["Mark Olsen", "Mark Olsen"]


def test_unbalanced_straight_quote_marks():
    result = sourcing_of(
        'He said "nothing" and then " left.',
        '"The rest is fine," said Lena Park.',
    )
    assert ("direct", "Lena Park", "said", '"The rest is fine,"') in described(result)


def test_three_apostrophes_close_a_quotation_that_ends_with_a_single_quoted_word():
    result = sourcing_of("''I would use the word 'steady,''' said Ana Ruiz, the harbor master.")
    assert described(result) == [("direct", "Ana Ruiz", "said", "''I would use the word 'steady,'''")]
