"""Documents as sources: a record, poll, study or report that shows, finds or reveals something."""

from __future__ import annotations

from sourcing_helpers import described, sourcing_of


def _source_and_content(result, k: int = 0) -> tuple[str, str]:
    text = result.article.text
    a = result.attributions[k]
    assert a.source is not None
    return text[a.source.start : a.source.end], " … ".join(text[s.start : s.end] for s in a.content)


def test_a_document_heading_a_long_subject_is_the_source_of_what_it_shows():
    result = sourcing_of("Figures due out on Friday show the ferry line lost money for a third year.")
    assert _source_and_content(result) == (
        "Figures due out on Friday",
        "the ferry line lost money for a third year",
    )


def test_an_apposition_between_commas_stays_in_the_subject():
    result = sourcing_of("A Ledger poll, conducted by phone last week, shows Ortiz with a lead of ten points.")
    assert _source_and_content(result) == (
        "A Ledger poll, conducted by phone last week",
        "Ortiz with a lead of ten points",
    )


def test_a_finding_inside_someone_elses_report_is_a_voice_of_its_own():
    result = sourcing_of("Dr. Lena Park noted the findings show the river is cleaner than a decade ago.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("noted", "the findings show the river is cleaner than a decade ago"),
        ("show", "the river is cleaner than a decade ago"),
    ]
    assert _source_and_content(result, 1)[0] == "the findings"


def test_passives_pictures_and_adjectives_report_nothing():
    result = sourcing_of(
        "The full survey can be found here. Photos of the pier showed broken planks.",
        "The team drew a detailed map of the harbor.",
    )
    assert [cue for _, _, cue, _ in described(result) if cue in ("found", "showed", "detailed")] == []


def test_a_relative_clause_with_its_own_verb_stays_in_the_subject():
    result = sourcing_of("The memo which had a red stamp on every page detailed several flaws in the harbor database.")
    assert _source_and_content(result) == (
        "The memo which had a red stamp on every page",
        "several flaws in the harbor database",
    )
    cited = sourcing_of("Ortiz cited polls that show him ahead.")
    assert [cue for _, _, cue, _ in described(cited)] == ["cited"]


def test_a_document_verb_ending_the_sentence_reports_the_clause_before_the_comma():
    result = sourcing_of("The flood was the worst in a decade, data from the river authority show.")
    assert _source_and_content(result) == ("data from the river authority", "The flood was the worst in a decade")
