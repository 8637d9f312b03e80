"""Dates and quantities: every form resolved against a known article date, or kept as written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workbench
from workbench.analysis.dates import dates_in, find_dates, find_quantities, quantities_in

SEED = Path(__file__).resolve().parent.parent / "sample_articles" / "seed_article.txt"
TUESDAY = date(2025, 4, 29)  # the day after the Monday on which KCNA broke the news


def resolved(text: str, reference: date | None = TUESDAY) -> list[tuple[str, date | None, str | None]]:
    return [(d.text, d.value, d.granularity) for d in dates_in(text, reference)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It happened on Monday.", ("Monday", date(2025, 4, 28), "day")),
        ("The parade is on May 9.", ("May 9", date(2025, 5, 9), "day")),
        ("A photo posted on January 13 showed it.", ("January 13", date(2025, 1, 13), "day")),
        ("The treaty was signed in June 2024.", ("June 2024", date(2024, 6, 1), "month")),
        ("They met on June 19, 2024.", ("June 19, 2024", date(2024, 6, 19), "day")),
        ("He arrived yesterday.", ("yesterday", date(2025, 4, 28), "day")),
        ("Talks began last week.", ("last week", date(2025, 4, 21), "week")),
        ("They were captured in January.", ("January", date(2025, 1, 1), "month")),
        ("It ended two years ago.", ("two years ago", date(2023, 4, 1), "year")),
        ("The vote is next Friday.", ("Friday", date(2025, 5, 2), "day")),
        ("The report of 2024-06-19 said so.", ("2024-06-19", date(2024, 6, 19), "day")),
        ("Troops left in 1998.", ("1998", date(1998, 1, 1), "year")),
    ],
)
def test_each_date_form_resolved_against_the_article_date(text, expected):
    assert resolved(text) == [expected]


def test_two_days_earlier_counts_back_from_the_event_just_mentioned():
    text = "On Monday, KCNA broke the news. Russia had confirmed it two days earlier, on Saturday."
    assert resolved(text) == [
        ("Monday", date(2025, 4, 28), "day"),
        ("two days earlier", date(2025, 4, 26), "day"),
        ("Saturday", date(2025, 4, 26), "day"),
    ]


def test_a_weekday_in_a_sentence_about_the_future_is_the_coming_one():
    assert resolved("The council will meet on Thursday.") == [("Thursday", date(2025, 5, 1), "day")]


def test_without_an_article_date_relative_dates_are_kept_as_written():
    assert resolved("On Monday, two days earlier, yesterday.", None) == [
        ("Monday", None, None),
        ("two days earlier", None, None),
        ("yesterday", None, None),
    ]
    assert resolved("Signed on June 19, 2024.", None) == [("June 19, 2024", date(2024, 6, 19), "day")]


def test_impossible_dates_are_not_resolved():
    assert resolved("Filed on 13/2/2020.") == [("13/2/2020", None, None)]


def test_may_the_modal_verb_is_not_a_date():
    assert resolved("The talks may fail.") == []


def test_seed_article_dates_with_a_known_article_date():
    article = workbench.load(SEED, date=TUESDAY)
    found = {(d.text, d.value) for d in find_dates(article)}
    assert ("June 19, 2024", date(2024, 6, 19)) in found
    assert ("May 9", date(2025, 5, 9)) in found
    assert ("Monday", date(2025, 4, 28)) in found
    assert ("two days earlier", date(2025, 4, 26)) in found
    assert ("Saturday", date(2025, 4, 26)) in found
    assert ("June 2024", date(2024, 6, 1)) in found
    assert ("January 13", date(2025, 1, 13)) in found


# --- quantities --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("It cost $1.2 billion.", [("$1.2 billion", "money", 1.2e9)]),
        ("Sales rose 41% last year.", [("41%", "percent", 41.0)]),
        ("Turnout was 10 percent lower.", [("10 percent", "percent", 10.0)]),
        ("It raised 396 million Canadian dollars.", [("396 million Canadian dollars", "money", 396e6)]),
        ("The plant employs 1,100 workers.", [("1,100", "number", 1100.0)]),
        ("Two captured soldiers and twenty-five others.", [("Two", "number", 2.0), ("twenty-five", "number", 25.0)]),
        ("Dozens of people were hurt.", [("Dozens", "number", None)]),
    ],
)
def test_quantities(text, expected):
    assert [(q.text, q.kind, q.value) for q in quantities_in(text, dates_in(text))] == expected


def test_digits_of_dates_are_not_counted_as_numbers():
    text = "On May 9, 2025, and two days earlier, 300 troops left."
    assert [q.text for q in quantities_in(text, dates_in(text, TUESDAY))] == ["300"]


def test_one_of_the_is_not_a_figure():
    assert quantities_in("He is one of the leaders.") == []


def test_seed_article_quantities():
    article = workbench.load(SEED)
    assert "two" in [q.text for q in find_quantities(article)]


# --- offsets -------------------------------------------------------------------------------------------
PIECES = st.sampled_from(
    [
        "on",
        "Monday",
        "May",
        "9",
        ",",
        "2024",
        "two",
        "days",
        "earlier",
        "$",
        "1.2",
        "billion",
        "%",
        "June",
        "last",
        "week",
        "yesterday",
        "13/2/2020",
        "the",
        "troops",
        " ",
        "\n",
        "-",
        "percent",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30), st.sampled_from([None, TUESDAY]))
def test_offsets_point_at_the_text_and_do_not_overlap(pieces, reference):
    text = " ".join(pieces)
    dates = dates_in(text, reference)
    quantities = quantities_in(text, dates)
    for item in [*dates, *quantities]:
        assert text[item.start : item.end] == item.text and item.start < item.end
    spans = sorted((x.start, x.end) for x in dates)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    for q in quantities:
        assert not any(d.start < q.end and q.start < d.end for d in dates)
