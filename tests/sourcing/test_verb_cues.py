"""Verb cues: "X said (that) …", "…, X said", participles, infinitives, coordinated cues."""

from __future__ import annotations

import pytest
from sourcing_helpers import described, sourcing_of

import workbench
from workbench.analysis.sourcing import find_sourcing


def test_indirect_speech_with_that_clause():
    # The complementizer belongs to the content, as PolNeAR annotates it ("said | that the bridge …").
    result = sourcing_of("Governor Amy Reed said that the bridge would reopen next week.")
    assert described(result) == [("indirect", "Amy Reed", "said", "that the bridge would reopen next week")]


def test_indirect_speech_with_the_cue_after_the_content():
    result = sourcing_of("The talks will resume in June, officials said.")
    assert described(result) == [("indirect", "unnamed officials", "said", "The talks will resume in June")]


def test_stance_of_an_unnamed_group():
    result = sourcing_of("However, most economists believe that the rate will rise.")
    assert described(result) == [("indirect", "unnamed economists", "believe", "that the rate will rise")]


def test_participle_after_its_source_reduced_relative():
    result = sourcing_of(
        "Donors backing Mayor Ines Ortiz have spent heavily. Teachers hoping to win a raise have few options left."
    )
    assert described(result) == [
        ("indirect", "unnamed donors", "backing", "Mayor Ines Ortiz"),
        ("indirect", "unnamed teachers", "hoping", "to win a raise"),
    ]


def test_coordinated_speech_cue_starts_a_second_attribution():
    result = sourcing_of("Mr. Ortiz described himself as a moderate and has said that he would cut taxes.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("described", "himself as a moderate"),
        ("said", "that he would cut taxes"),
    ]


def test_any_cue_coordinated_after_a_noun_phrase_content_starts_a_second_attribution():
    result = sourcing_of("Farm groups distrust him because he favors lower tariffs and opposes a higher minimum wage.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("favors", "lower tariffs"),
        ("opposes", "a higher minimum wage"),
    ]


def test_cue_that_is_also_a_noun_after_a_speaker_noun():
    result = sourcing_of("The Republican candidate claims Ohio is winnable. The Paris attacks shocked the world.")
    assert described(result) == [("indirect", "unnamed candidate", "claims", "Ohio is winnable")]


def test_inverted_cue_with_an_apposition_after_the_name():
    result = sourcing_of("The plan is made possible by its budget, said Ana Ruiz, the city’s planning director.")
    assert described(result) == [("indirect", "Ana Ruiz", "said", "The plan is made possible by its budget")]


def test_inverted_cue_after_content_ending_in_a_place_name():
    result = sourcing_of("The budget leaves little room for Portland, said Ana Ruiz, the city’s planning director.")
    assert described(result) == [("indirect", "Ana Ruiz", "said", "The budget leaves little room for Portland")]


def test_cue_after_an_aspectual_verb_and_to():
    result = sourcing_of("Mr. Ruiz continued to question the audit. Older voters tended to support the levy.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("question", "the audit"),
        ("support", "the levy"),
    ]


def test_relative_clause_between_the_source_and_its_cue():
    result = sourcing_of("The Daily Ledger, which first said the plant would close, said on Monday it would stay open.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Daily Ledger", "said", "the plant would close"),
        ("Daily Ledger", "said", "it would stay open"),
    ]


@pytest.mark.parametrize(
    "sentence, content",
    [
        ("Mr. Ruiz now knows that the plant will close.", "that the plant will close"),
        ("Ms. Ortiz doesn’t believe the audit was fair.", "the audit was fair"),
    ],
)
def test_adverb_or_negated_auxiliary_between_source_and_cue(sentence, content):
    [(_, _, _, found)] = described(sourcing_of(sentence))
    assert found == content


def test_reflexive_object_of_a_clause_cue_is_no_content():
    assert sourcing_of("Mr. Ruiz found himself in the same bind.").attributions == []


def test_a_date_before_and_is_not_part_of_the_source():
    text = "Headline\n\nThe broadcasts began on August 10 and South Korea says the broadcasts will continue.\n"
    [attribution] = find_sourcing(workbench.load_text(text)).attributions
    assert text[attribution.source.start : attribution.source.end] == "South Korea"


def test_pronoun_coordinated_with_a_relative_is_one_source():
    result = sourcing_of(
        "She and her husband supported the trade agreement. He and his wife said that they would vote."
    )
    text = result.article.text
    assert [text[a.source.start : a.source.end] for a in result.attributions] == [
        "She and her husband",
        "He and his wife",
    ]


def test_an_object_taking_cue_with_no_object_in_a_relative_clause_is_no_attribution():
    text = "Headline\n\nCouncil member Tom Brandt, who voted against, said the town should study the marsh first.\n"
    [attribution] = find_sourcing(workbench.load_text(text)).attributions
    assert text[attribution.cue.start : attribution.cue.end] == "said"
    assert attribution.speaker == "Tom Brandt"


def test_a_cue_coordinated_with_an_attribution_before_it_shares_its_source():
    result = sourcing_of(
        "For that reason Mayor Ortiz blamed the council for wasting money and chided it for ignoring the harbor."
    )
    text = result.article.text
    assert [(text[a.source.start : a.source.end], text[a.cue.start : a.cue.end]) for a in result.attributions] == [
        ("Mayor Ortiz", "blamed"),
        ("Mayor Ortiz", "chided"),
    ]


def test_a_cue_that_needs_a_clause_takes_one_without_that():
    result = sourcing_of("Mayor Ortiz acknowledged it would take years to rebuild the pier.")
    assert described(result) == [("indirect", "Ortiz", "acknowledged", "it would take years to rebuild the pier")]


def test_a_cue_with_about_has_the_topic_as_content():
    result = sourcing_of(
        "Mayor Ortiz often complained about the slow repairs. The council said about half of the money was spent."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("complained", "the slow repairs"),
        ("said", "about half of the money was spent"),
    ]


def test_a_degree_before_about_belongs_to_the_cue():
    result = sourcing_of("Ms. Reyes said almost nothing about the harbor plan. The mayor worries so much about floods.")
    assert [content for _, _, _, content in described(result)] == ["the harbor plan", "floods"]


def test_an_apposition_with_a_determiner_after_a_noun_phrase_content_is_the_writers():
    result = sourcing_of(
        "The senator endorsed the Head Start program, the federally funded preschool for poor children."
    )
    assert described(result)[0][3] == "the Head Start program"


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale targeted the new levy.", "targeted", "the new levy"),
        ("Governor Ortiz vetoed the parking bill.", "vetoed", "the parking bill"),
        ("Mr. Ruiz floated the idea of a second bridge.", "floated", "the idea of a second bridge"),
    ],
)
def test_political_acts_aimed_at_a_measure_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_a_cue_with_a_that_clause_coordinated_after_a_clause_content_starts_a_second_attribution():
    result = sourcing_of(
        "Ms. Ortiz said the ferry had left at noon and suspected immediately that the crew had been warned."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the ferry had left at noon"),
        ("suspected", "that the crew had been warned"),
    ]


def test_a_cue_with_a_pronoun_object_coordinated_after_a_clause_content_starts_a_second_attribution():
    result = sourcing_of("Ms. Ortiz said the mayor was wrong about the levy and criticized him for the delay.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the mayor was wrong about the levy"),
        ("criticized", "him for the delay"),
    ]


def test_a_cue_coordinated_after_a_content_with_no_verb_starts_a_second_attribution():
    result = sourcing_of("The mayor denounced the harbor levy and rejected claims that she had hidden its costs.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("denounced", "the harbor levy"),
        ("rejected", "claims that she had hidden its costs"),
    ]


def test_a_base_form_cue_after_an_auxiliary_coordinated_after_the_content_starts_a_second_attribution():
    result = sourcing_of("Ms. Ortiz said the harbor levy was fair but did not suggest that it would pass.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the harbor levy was fair"),
        ("suggest", "that it would pass"),
    ]


def test_a_possessive_name_opens_a_noun_phrase_content_inside_a_noun_phrase():
    result = sourcing_of("Her criticism of Ruiz's budget plan was sharp.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("criticism of", "Ruiz's budget plan")]


def test_an_opening_adjunct_before_the_comma_is_not_the_content_of_a_cue_after_it():
    result = sourcing_of(
        "Despite the setback at the polls, Ms. Diaz continues to campaign. On the main stage, Mr. Ruiz joked."
    )
    assert described(result) == []


def test_naming_a_choice_has_the_one_named_as_content():
    result = sourcing_of("Senator Ruiz named Ms. Diaz as her running mate. The names on the list were read aloud.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("named", "Ms. Diaz as her running mate")]


def test_perfect_known_with_a_person_object_is_acquaintance():
    result = sourcing_of(
        "“He is steady,” said Ms. Park, who has known Ortiz since the 1990s. "
        "Officials have known that the dam was weak."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "“He is steady,”"),
        ("known", "that the dam was weak"),
    ]


def test_seeing_after_a_preposition_is_perceiving():
    result = sourcing_of(
        "Ms. Park changed her plan after seeing the flood damage. Voters waved signs in hopes of seeing the pair together. "
        "The mayor is seeing a new surge of support."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("seeing", "a new surge of support")]


def test_responding_to_a_question_reports_nothing_said():
    result = sourcing_of(
        "Mayor Ortiz responded to a question about the levy. The council responded to the ruling with a new plan."
    )
    assert [cue for _, _, cue, _ in described(result)] == ["responded to"]
    assert described(result)[0][3].startswith("the ruling")


def test_a_name_given_to_an_object_is_a_deed_not_speech():
    result = sourcing_of("The team named their robot “Sparky.” The crew listed their town as “Home” on the entry form.")
    assert described(result) == []


def test_naming_a_person_to_a_post_still_reports_a_choice():
    result = sourcing_of("The governor named Ms. Diaz as her running mate.")
    assert described(result) == [("indirect", "unnamed governor", "named", "Ms. Diaz as her running mate")]


def test_coming_to_a_conclusion_reports_a_judgement():
    result = sourcing_of("Ms. Park came to the conclusion the pier was unsafe.")
    assert described(result) == [("indirect", "Park", "came to the conclusion", "the pier was unsafe")]


def test_a_participle_cue_opening_the_sentence_reports_what_the_main_clause_subject_said():
    result = sourcing_of(
        "Citing privacy rules, harbor officials have not explained the delay. "
        "Saying the levy was unfair, Mayor Ines Ortiz vetoed the budget."
    )
    assert [(cue, content) for _, _, cue, content in described(result) if cue in ("Citing", "Saying")] == [
        ("Citing", "privacy rules"),
        ("Saying", "the levy was unfair"),
    ]
    assert [speaker for _, speaker, cue, _ in described(result) if cue == "Saying"] == ["Ines Ortiz"]


def test_an_opening_preposition_or_intention_is_no_participle_cue():
    result = sourcing_of(
        "Regarding the new levy, the mayor spoke for an hour. Hoping to win, the mayor campaigned hard in the harbor wards."
    )
    assert described(result) == []


def test_a_negated_speech_verb_before_an_indirect_question_reports_nothing_said():
    result = sourcing_of(
        "Citing privacy rules, harbor officials have not said why the ferry was stopped. "
        "Ms. Diaz did not say whether she would run. Mr. Ruiz explained why he would run."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("Citing", "privacy rules"),
        ("explained", "why he would run"),
    ]


def test_a_cue_form_before_a_relative_that_is_a_noun():
    result = sourcing_of(
        "Rust Belt states that have lost jobs voted for him. The report states that the pier was unsafe."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("states", "that the pier was unsafe")]


def test_decline_as_falling_is_no_refusal():
    result = sourcing_of(
        "A trend of declining harbor deficits will end this year, the budget office reported. "
        "Support for the levy declined by nine points. Ms. Diaz declined to comment."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("reported", "A trend of declining harbor deficits will end this year"),
        ("declined", "to comment"),
    ]


def test_a_past_form_before_a_plural_noun_after_a_number_or_preposition_is_an_adjective():
    result = sourcing_of("Ortiz leads Diaz by 271 pledged delegates according to a count by the Harbor Ledger.")
    assert described(result) == [
        ("indirect", "Harbor Ledger", "according to", "Ortiz leads Diaz by 271 pledged delegates"),
    ]


def test_a_participle_between_a_document_and_its_agent_is_no_cue():
    result = sourcing_of("A statement posted online by the Port Authority said the ferry was late.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("said", "the ferry was late")]


def test_a_relative_object_of_the_cue_does_not_make_the_clause_before_it_content():
    result = sourcing_of("The council dropped the ferry levy, which Ortiz proposed.")
    assert described(result) == []


def test_a_report_in_a_relative_clause_without_a_pronoun_takes_the_head_noun_as_its_subject():
    result = sourcing_of("It was a move critics say allowed the firm to avoid taxes.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("say", "a move … allowed the firm to avoid taxes")
    ]
