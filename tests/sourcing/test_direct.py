"""Direct quotes: the cue after or before the quotation, split, floating and mixed quotes, titles."""

from __future__ import annotations

import pytest
from sourcing_helpers import described, sourcing_of


def test_direct_quote_with_the_cue_after_it():
    result = sourcing_of("“We will not back down,” Maria Lopez, the union's president, said on Tuesday.")
    assert described(result) == [("direct", "Maria Lopez", "said", "“We will not back down,”")]


def test_the_name_after_an_inverted_cue_ends_with_its_sentence():
    result = sourcing_of("“The ferry is safe,” said Jane Doe. Officials said the pier would reopen.")
    assert described(result) == [
        ("direct", "Jane Doe", "said", "“The ferry is safe,”"),
        ("indirect", "unnamed officials", "said", "the pier would reopen"),
    ]


def test_role_words_between_an_inverted_cue_and_the_name_are_not_the_source():
    result = sourcing_of("“We won,” said coach Omar Haddad after the final.")
    assert described(result) == [("direct", "Omar Haddad", "said", "“We won,”")]


def test_direct_quote_with_inverted_cue_and_apposition_read_as_role():
    result = sourcing_of("“Prices will fall,” said Tom Baker, an economist at the Central Bank of Ireland.")
    [source] = result.sources
    assert (source.name, source.role, source.affiliation) == ("Tom Baker", "economist", "Central Bank of Ireland")


def test_direct_quote_introduced_by_a_cue_and_colon():
    result = sourcing_of("The minister said in a statement: “The border stays open.”")
    assert described(result) == [("direct", "unnamed minister", "said", "“The border stays open.”")]


def test_quote_split_mid_sentence_by_its_cue_is_one_attribution():
    result = sourcing_of("“The plan,” Ms. Novak said, “is already too late.”")
    [attribution] = result.attributions
    assert len(attribution.content) == 2


def test_quoted_sentence_after_the_cue_is_a_floating_quote_of_the_same_speaker():
    result = sourcing_of("“We tried,” Anna Berg said. “Nobody listened to us at all.”")
    assert [(kind, speaker, cue) for kind, speaker, cue, _ in described(result)] == [
        ("direct", "Anna Berg", "said"),
        ("direct", "Anna Berg", None),
    ]


def test_quotation_running_on_into_the_next_paragraph():
    result = sourcing_of(
        "Peter Holm said: “The first phase is done. The second begins in May.",
        "“After that we will see how far the money goes.”",
    )
    assert [(a.kind, a.speaker) for a in result.attributions] == [("direct", "Peter Holm"), ("direct", "Peter Holm")]


def test_mixed_quote_inside_reported_speech():
    result = sourcing_of("Kofi Mensah described the deal as a “historic” step for the region.")
    assert described(result) == [("mixed", "Kofi Mensah", "described", "the deal as a “historic” step for the region")]


def test_quotation_opening_a_reported_clause_that_goes_on_is_a_mixed_quote():
    result = sourcing_of(
        "Ortiz said that “the budget is fragile” until the port reopens.",
        "Lee said “no comment.” Then she left.",
    )
    assert described(result) == [
        ("mixed", "Ortiz", "said", "that “the budget is fragile” until the port reopens"),
        ("direct", "Lee", "said", "“no comment.”"),
    ]


def test_sentence_leading_into_a_quotation_is_part_of_a_mixed_quote():
    result = sourcing_of("The polling “felt more like a push poll than a survey,” said Ana Ruiz.")
    assert described(result) == [
        ("mixed", "Ana Ruiz", "said", "The polling “felt more like a push poll than a survey,”")
    ]


def test_lead_clause_ending_in_a_colon_introduces_a_quotation():
    result = sourcing_of("Mayor Ines Ortiz went even further: “This budget is a disgrace.”")
    assert described(result) == [("direct", "Ines Ortiz", ":", "“This budget is a disgrace.”")]


def test_apposition_ending_in_a_possessive_before_the_cue():
    result = sourcing_of("Paul Ruiz, a friend of the mayor's, said that the budget was sound.")
    assert described(result) == [("indirect", "Paul Ruiz", "said", "that the budget was sound")]


def test_title_in_quotation_marks_before_a_cue_with_its_own_content():
    result = sourcing_of("Speaking on the station’s “Morning Hour,” Mayor Ines Ortiz said the budget is sound.")
    assert described(result) == [("indirect", "Ines Ortiz", "said", "the budget is sound")]


def test_a_party_in_parentheses_between_the_speaker_and_the_cue_after_a_quotation():
    result = sourcing_of("“The pier is unsafe,” Rep. Ana Ortiz (D-Maine) said.")
    assert described(result) == [("direct", "Ana Ortiz", "said", "“The pier is unsafe,”")]


def test_a_common_noun_phrase_with_a_capitalised_modifier_after_a_quotation_is_the_source():
    result = sourcing_of("“The pier will be ready in May,” the Democratic harbor commissioner told reporters.")
    assert described(result) == [
        ("direct", "Democratic harbor commissioner", "told", "“The pier will be ready in May,”")
    ]


def test_a_participle_after_a_comma_inside_a_closing_quotation_mark_or_before_an_adverb():
    result = sourcing_of(
        "Mayor Ortiz mocked the council for calling itself “the harbor of the future,” noting that the pier is closed. "
        "Reyes had an answer ready, quickly reminding voters that Ortiz built the pier."
    )
    text = result.article.text
    sources = [text[a.source.start : a.source.end] for a in result.attributions]
    found = [(source, cue, content) for source, (_, _, cue, content) in zip(sources, described(result))]
    assert ("Mayor Ortiz", "noting", "that the pier is closed") in found
    assert ("Reyes", "reminding", "that Ortiz built the pier") in found


def test_maintain_reports_only_a_that_clause_or_a_quotation():
    result = sourcing_of(
        "Mayor Ortiz maintains a wide lead over her rival. Ms. Reyes maintained that the audit was fair."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("maintained", "that the audit was fair")]


def test_a_participle_cue_after_a_closing_quotation_mark_or_an_adverb_ends_the_content():
    result = sourcing_of(
        "Ortiz said the levy was “a fair deal,” adding that the harbor needed repairs. "
        "Lamb did not criticize the mayor, instead reiterating his case for a new bridge."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the levy was “a fair deal,”"),
        ("adding", "that the harbor needed repairs"),
        ("criticize", "the mayor"),
        ("reiterating", "his case for a new bridge"),
    ]


def test_lower_case_title_before_a_name_after_a_quotation_is_part_of_the_source():
    result = sourcing_of("“The early votes matter most,” campaign manager Lena Ortiz said.")
    text = result.article.text
    [attribution] = result.attributions
    assert text[attribution.source.start : attribution.source.end] == "campaign manager Lena Ortiz"
    assert attribution.speaker == "Lena Ortiz"


def test_a_quoted_title_after_titled_is_its_content():
    result = sourcing_of(
        "The union launched an ad in Maine titled, “Fair Share.” The ad, entitled “Our Harbor,” features five fishers."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("titled", "“Fair Share.”"),
        ("entitled", "“Our Harbor,”"),
    ]


LEAD = "The town votes on the harbor levy on Monday, after a long campaign by the mayor and her allies."


def test_a_pull_quote_is_credited_to_the_name_after_its_dash():
    result = sourcing_of(LEAD, "“The levy is fair, and the town knows it.” - Lena Ortiz")
    assert described(result) == [("direct", "Lena Ortiz", None, "“The levy is fair, and the town knows it.”")]


def test_a_pull_quote_is_credited_to_the_writer_named_before_the_title_of_the_piece():
    result = sourcing_of(
        "Ms. Park spoke at the pier. “The levy is fair,” she said.",
        "“The pier is a monument to bad planning and a waste of money.” Harbor blogger, “Why the pier matters”",
    )
    assert described(result)[-1] == (
        "direct",
        "unnamed blogger",
        None,
        "“The pier is a monument to bad planning and a waste of money.”",
    )


def test_a_reference_line_with_outlet_and_date_is_no_pull_quote():
    result = sourcing_of(LEAD, "“Pier found on a rainy street” — The Harbor Times, May 2, 2024")
    assert described(result) == []


def test_a_full_stop_after_the_closing_mark_ends_the_quotations_sentence():
    result = sourcing_of(
        "Ms. Park called the dispute “the harbor war, part two”. She described the council as “a club for insiders who never listen”."
    )
    assert described(result) == [
        ("mixed", "Park", "called", "the dispute “the harbor war, part two”"),
        ("mixed", "Park", "described", "the council as “a club for insiders who never listen”"),
    ]


def test_a_question_with_asked_after_it_is_the_askers():
    result = sourcing_of("“Can you explain that?” Lena Park asked. “Why not?” reporter Omar Haddad asked him.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Lena Park", "asked", "“Can you explain that?”"),
        ("Omar Haddad", "asked", "“Why not?”"),
    ]


def test_a_quotation_after_a_sentence_read_late_continues_the_speaker_it_names():
    result = sourcing_of(
        "“We will rebuild,” Mayor Lena Ortiz said.",
        "Senator Ana Reyes issued a statement regarding the closure of the harbor. "
        '"Like many residents, I am disappointed with the decision."',
    )
    assert [(speaker, cue) for _, speaker, cue, _ in described(result)] == [
        ("Lena Ortiz", "said"),
        ("Ana Reyes", "regarding"),
        ("Ana Reyes", None),
    ]


def test_a_that_clause_leading_into_a_quotation_is_part_of_the_content():
    result = sourcing_of("The mayor said that whatever the vote, “the pier will be built.”")
    assert described(result) == [
        ("mixed", "unnamed mayor", "said", "that whatever the vote, “the pier will be built.”")
    ]


def test_an_unnamed_source_with_modifiers_after_an_inverted_cue_is_the_source():
    result = sourcing_of("“We have work to do,” said a longtime adviser to the mayor.")
    assert [a.speaker for a in result.attributions] == ["unnamed adviser"]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ("Mayor Dana Ortiz spoke on Monday. Said Ortiz, “The pier is unsafe.”", "Dana Ortiz"),
        ("The pier drew a crowd. But, added Lamb, “I don't want a fight.”", "Lamb"),
    ],
)
def test_an_inverted_cue_before_a_quotation_names_the_agent_between_them(paragraph, speaker):
    assert [a.speaker for a in sourcing_of(paragraph).attributions] == [speaker]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ("“I started sewing at ten,” said the designer.", "unnamed designer"),
        ("“We will finish the climb,” said the 46-year-old.", "unnamed 46-year-old"),
        ("“Can I keep it?” asked the boy, who was nine.", "unnamed boy"),
    ],
)
def test_any_noun_after_an_inverted_cue_is_an_unnamed_speaker(paragraph, speaker):
    assert [a.speaker for a in sourcing_of(paragraph).attributions] == [speaker]


def test_a_time_phrase_after_an_inverted_cue_is_not_a_speaker():
    assert [a.speaker for a in sourcing_of("“The road is shut,” said the day before.").attributions] == [None]
