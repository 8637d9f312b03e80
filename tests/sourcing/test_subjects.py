"""The source before a cue: whole subjects, plural heads, agreement with a base-form cue."""

from __future__ import annotations

import pytest
from sourcing_helpers import described, sourcing_of


def test_accusation_with_a_participle_takes_the_subject_of_the_main_clause():
    result = sourcing_of("The Ministry of Justice issued a rebuke, accusing the court of overreach.")
    assert described(result) == [("indirect", "Ministry of Justice", "accusing", "the court of overreach")]


@pytest.mark.parametrize(
    "sentence, content",
    [
        ("Executives for the firm, which grew last year, say the plant will close.", "the plant will close"),
        ("Nearly a third say they have not decided.", "they have not decided"),
    ],
)
def test_base_form_cue_agrees_with_the_head_of_its_subject(sentence, content):
    [(_, _, cue, found)] = described(sourcing_of(sentence))
    assert (cue, found) == ("say", content)


def test_quantifier_pronoun_is_a_source():
    result = sourcing_of("Most believe that the levy will pass. Others argue the plan is too costly.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("believe", "that the levy will pass"),
        ("argue", "the plan is too costly"),
    ]


def test_pronoun_with_a_contracted_auxiliary_is_the_source():
    result = sourcing_of("Ines Ortiz said the vote was close. She’d said the plan was dead. They all agree that it is.")
    text = result.article.text
    assert [text[a.source.start : a.source.end] for a in result.attributions] == ["Ines Ortiz", "She", "They"]
    assert result.attributions[1].speaker == "Ines Ortiz"


def test_data_nouns_are_sources():
    result = sourcing_of(
        "Exit polling showed that the mayor won every district. Tuesday’s results show the race is tight."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("showed", "that the mayor won every district"),
        ("show", "the race is tight"),
    ]


def test_group_with_a_place_after_it_is_the_source():
    result = sourcing_of(
        "Republican voters in each state want lower taxes. After the rally in Ohio he said that it went well."
    )
    text = result.article.text
    assert [text[a.source.start : a.source.end] for a in result.attributions] == [
        "Republican voters in each state",
        "he",
    ]


def test_a_finite_cue_with_a_that_clause_reports_whatever_its_subject_is():
    result = sourcing_of(
        "The inquiry found that the agency rarely checked its own records. The harbor plans that the council drew up were lost."
    )
    assert described(result) == [("indirect", "inquiry", "found", "that the agency rarely checked its own records")]


def test_a_base_form_cue_agrees_with_a_plural_head_before_its_modifier_or_with_an_auxiliary_and_adverb():
    result = sourcing_of(
        "Aides to the mayor say she will run again. Ortiz would only say that the budget was tight. "
        "Thousands of parents are suffering this combat-level stress daily."
    )
    text = result.article.text
    sources = [text[a.source.start : a.source.end] for a in result.attributions]
    assert [(source, cue, content) for source, (_, _, cue, content) in zip(sources, described(result))] == [
        ("Aides to the mayor", "say", "she will run again"),
        ("Ortiz", "say", "that the budget was tight"),
    ]


def test_a_source_after_the_content_with_a_capitalised_modifier_before_its_head():
    result = sourcing_of("The ferry was late again, a Portland harbor official told the Ledger.")
    text = result.article.text
    [ferry] = result.attributions
    assert (text[ferry.source.start : ferry.source.end], text[ferry.content[0].start : ferry.content[0].end]) == (
        "a Portland harbor official",
        "The ferry was late again",
    )


def test_an_auxiliary_before_a_cue_makes_it_a_verb_whatever_its_subject():
    result = sourcing_of("Several fishing crews have credited the new pier with higher catches.")
    text = result.article.text
    [study] = result.attributions
    assert (text[study.source.start : study.source.end], text[study.cue.start : study.cue.end]) == (
        "Several fishing crews",
        "credited",
    )


def test_a_past_form_right_after_a_subject_opening_its_clause_is_a_cue():
    result = sourcing_of(
        "Local fishing crews condemned the new quota. After the mayor, Ana Reyes, was elected, a party was held called Pier Night."
    )
    text = result.article.text
    assert [(text[a.source.start : a.source.end], text[a.cue.start : a.cue.end]) for a in result.attributions] == [
        ("Local fishing crews", "condemned"),
    ]


def test_irregular_plurals_agree_with_a_base_form_cue():
    result = sourcing_of("Even after the storm, the women say the pier is safe.")
    assert described(result) == [("indirect", "unnamed women", "say", "the pier is safe")]


def test_trying_or_failing_to_and_a_cue_have_the_subject_as_source():
    result = sourcing_of("Mayor Ortiz failed to mention the closed pier. The council is trying to explain the delay.")
    assert [(speaker, cue) for _, speaker, cue, _ in described(result)] == [
        ("Ortiz", "mention"),
        ("council", "explain"),
    ]


def test_an_infinitive_cue_after_another_verb_reports_the_governing_subject_unless_withheld():
    result = sourcing_of(
        "Senator Amy Ruiz went on local radio to say the bridge would close. The flooding led residents to demand a new levy. "
        "Over the weekend, Lamb took to the town square to criticize the plan. The council declined to say whether the pier "
        "would reopen. The board is expected to meet on Friday to discuss the budget. The shipment of new pumps to support "
        "the repairs began."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Amy Ruiz", "say", "the bridge would close"),
        ("unnamed residents", "demand", "a new levy"),
        ("Lamb", "criticize", "the plan"),
        ("council", "declined", "to say whether the pier would reopen"),
    ]


def test_a_gerund_cue_after_a_preposition_or_a_contracted_be_has_the_clause_subject_as_source():
    result = sourcing_of(
        "Mayor Ortiz has a long history of opposing the new levy. And she’s hoping the council will delay the vote. "
        "Lamb left without mentioning the pier."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ortiz", "opposing", "the new levy"),
        ("Ortiz", "hoping", "the council will delay the vote"),
    ]


def test_an_infinitive_cue_in_a_subordinate_clause_has_that_clauses_subject_as_source():
    result = sourcing_of("The hearing was so calm that Mayor Ortiz went on radio to criticize the board.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ortiz", "criticize", "the board"),
    ]


def test_a_gerund_cue_after_be_and_an_adverb_has_the_subject_as_source():
    result = sourcing_of("Mayor Ortiz, who has been aggressively pushing for a new levy, left early.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("pushing for", "a new levy")]


def test_a_plural_before_a_noun_like_cue_in_the_s_form_is_no_subject():
    result = sourcing_of(
        "Ms. Diaz campaigned in Maine and Vermont, states that vote on Tuesday. The report states that costs rose."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("states", "that costs rose")]


def test_a_pronoun_with_a_contracted_auxiliary_is_the_source():
    result = sourcing_of("He's said he gets his ideas from a novel. She's now saying what other steps she would take.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "he gets his ideas from a novel"),
        ("saying", "what other steps she would take"),
    ]
    text = result.article.text
    assert [text[a.source.start : a.source.end] for a in result.attributions] == ["He", "She"]


def test_a_lower_case_subject_after_an_opening_adverbial_reports_a_that_clause():
    result = sourcing_of("However, several harbor studies suggest that the levy is too steep.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("unnamed studies", "suggest", "that the levy is too steep"),
    ]


def test_base_form_find_is_a_judgement_only_with_a_first_person_subject():
    result = sourcing_of(
        "The mayor was unable to find a single volunteer. Residents can find more details online. "
        "I find his plan deeply troubling."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("find", "his plan deeply troubling")]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Hours later, the mayor issued a statement saying that the pier would close.", "unnamed mayor"),
        ("Shortly after the vote, the union sent a letter warning that the deal would hurt crews.", "union"),
        ("Walking to the next house, Dana Ortiz said the levy was unfair.", "Dana Ortiz"),
        ("Among harbor voters, 74 percent said the levy was unfair.", "74 percent"),
        ("Beyond the pier, Dana Ortiz said the levy was unfair.", "Dana Ortiz"),
    ],
)
def test_an_opening_time_adverbial_or_participle_is_skipped_to_reach_the_subject(sentence, speaker):
    assert [a.speaker for a in sourcing_of(sentence).attributions] == [speaker]


def test_a_gerund_cue_in_an_opening_phrase_belongs_to_the_main_clause_subject_and_ends_at_its_comma():
    result = sourcing_of("Since announcing her run in May, Dana Ortiz has risen in the polls.")
    assert described(result) == [("indirect", "Dana Ortiz", "announcing", "her run in May")]
    assert sourcing_of("After calling the harbor office, Lamb drove to the pier.").attributions == []


def test_a_participle_cue_after_a_dated_document_belongs_to_the_clause_subject():
    result = sourcing_of("The union issued a statement Wednesday saying the pier is safe.")
    assert [a.speaker for a in result.attributions] == ["union"]


def test_a_dateline_is_not_the_subject_of_the_first_clause():
    result = sourcing_of("Harborville (AFP) – Mayor Dana Ortiz took a swipe at the levy, saying that it hurts crews.")
    assert {a.speaker for a in result.attributions} == {"Dana Ortiz"}


def test_an_infinitive_cue_in_an_opening_participle_phrase_belongs_to_the_main_clause_subject():
    result = sourcing_of("Continuing to explain her view, Mayor Dana Ortiz rejected the plan.")
    assert ("indirect", "Dana Ortiz", "explain", "her view") in described(result)


def test_as_a_named_source_with_an_apposition_put_it_names_that_source():
    result = sourcing_of("As Dana Ortiz, a professor of law at Harbor College, put it, the pier is a disgrace.")
    assert [a.speaker for a in result.attributions] == ["Dana Ortiz"]
