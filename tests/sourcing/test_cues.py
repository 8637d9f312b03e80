"""The cue lexicon: verbs and phrases of speech and stance with the content each takes."""

from __future__ import annotations

import pytest
from sourcing_helpers import described, sourcing_of

from workbench.analysis.sourcing.cues import find_cues


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale hailed the new budget.", "hailed", "the new budget"),
        ("Mr. Ortiz lambasted the council’s plan.", "lambasted", "the council’s plan"),
        ("Ms. Diaz faulted her rival’s plan.", "faulted", "her rival’s plan"),
        ("The mayor apologized for the delays.", "apologized", "for the delays"),
        ("Mr. Ruiz downplayed the deficit.", "downplayed", "the deficit"),
    ],
)
def test_verbs_of_praise_blame_and_apology_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_verbs_of_expression_take_a_noun_phrase():
    result = sourcing_of("Mayor Ines Ortiz voiced frustration with the delays.")
    assert described(result) == [("indirect", "Ines Ortiz", "voiced", "frustration with the delays")]


def test_progressive_phrase_cue():
    result = sourcing_of("Mr. Ruiz was referring to the budget vote.")
    assert described(result) == [("indirect", "Ruiz", "referring to", "the budget vote")]


def test_applaud_takes_a_noun_phrase_as_content():
    result = sourcing_of("Council member Ana Reyes applauded the decision to reopen the clinic.")
    assert described(result) == [("indirect", "Ana Reyes", "applauded", "the decision to reopen the clinic")]


def test_regard_takes_an_object_and_its_predicate_as_content():
    result = sourcing_of("The council regards the old mill as a landmark worth saving.")
    assert described(result) == [("indirect", "council", "regards", "the old mill as a landmark worth saving")]


def test_a_like_the_page_widget_is_no_attribution():
    result = sourcing_of(
        "Ms. Reyes said the plan works.", "Do you support Mayor Ines Ortiz? Like the page:", "The vote is on Friday."
    )
    assert [cue for _, _, cue, _ in described(result)] == ["said"]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale took issue with the new budget.", "took issue with", "the new budget"),
        ("Mr. Ortiz sided with the striking teachers.", "sided with", "the striking teachers"),
        ("Ms. Diaz weighed in on the zoning dispute.", "weighed in on", "the zoning dispute"),
        ("The governor laid out her plan for the harbor.", "laid out", "her plan for the harbor"),
    ],
)
def test_phrasal_verbs_take_a_noun_phrase_topic(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale outlined her plan for the harbor.", "outlined", "her plan for the harbor"),
        ("Mr. Ortiz advocates a tax on empty homes.", "advocates", "a tax on empty homes"),
        ("Ms. Diaz congratulated the new council.", "congratulated", "the new council"),
        ("The mayor shares this bleak view of the budget.", "shares", "this bleak view of the budget"),
    ],
)
def test_verbs_of_presentation_advocacy_and_stance_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_manner_of_speaking_verbs_report_a_clause():
    result = sourcing_of("Mr. Ortiz grumbled that the hearing ran too long.")
    assert described(result) == [("indirect", "Ortiz", "grumbled", "that the hearing ran too long")]


def test_verbs_of_intention_and_expectation_are_stance_cues():
    result = sourcing_of("Mayor Ines Ortiz strives to cut the levy. Mr. Ruiz foresees a long fight over the budget.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("strives", "to cut the levy"),
        ("foresees", "a long fight over the budget"),
    ]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale quoted an old union song.", "quoted", "an old union song"),
        ("Mr. Ortiz ignored the council’s warning.", "ignored", "the council’s warning"),
        ("Ms. Diaz promoted the plan as a fresh start.", "promoted", "the plan as a fresh start"),
    ],
)
def test_verbs_of_quoting_promoting_and_ignoring_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_interject_is_a_manner_of_speaking_verb():
    result = sourcing_of("Mr. Ortiz interjected that the vote was not over.")
    assert described(result) == [("indirect", "Ortiz", "interjected", "that the vote was not over")]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale rebuked the council’s plan.", "rebuked", "the council’s plan"),
        ("Mr. Ortiz protested that the count was unfair.", "protested", "that the count was unfair"),
        ("Ms. Diaz swore to finish the bridge.", "swore", "to finish the bridge"),
    ],
)
def test_verbs_of_rebuke_and_of_saying_with_their_content(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale lashed out at the council’s plan.", "lashed out at", "the council’s plan"),
        ("Mr. Ortiz took aim at the new levy.", "took aim at", "the new levy"),
        ("Ms. Diaz campaigned for the school bond.", "campaigned for", "the school bond"),
    ],
)
def test_attack_and_advocacy_phrases_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_stance_phrases_made_no_secret_of_and_turned_against():
    result = sourcing_of(
        "Mayor Ines Ortiz made no secret of her plans for the harbor. Mr. Ruiz turned against the levy."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("made no secret of", "her plans for the harbor"),
        ("turned against", "the levy"),
    ]


def test_stance_verbs_and_phrases_of_affection_and_reliance():
    result = sourcing_of("Mayor Ines Ortiz loves the old harbor. Mr. Ruiz is counting on the union vote.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("loves", "the old harbor"),
        ("counting on", "the union vote"),
    ]


def test_speech_verbs_with_a_topic_after_about_or_on():
    result = sourcing_of("Mayor Ines Ortiz joked about the long meeting. Mr. Ruiz commented on the new budget.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("joked", "the long meeting"),
        ("commented on", "the new budget"),
    ]


def test_stance_verbs_with_a_prepositional_object():
    result = sourcing_of("Mayor Ines Ortiz agreed with the auditors. Mr. Ruiz believes in a smaller council.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("agreed with", "the auditors"),
        ("believes in", "a smaller council"),
    ]


def test_phrases_of_taking_and_changing_a_position():
    result = sourcing_of("Mayor Ines Ortiz doubled down on her harbor plan. Mr. Ruiz distanced himself from the levy.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("doubled down on", "her harbor plan"),
        ("distanced himself from", "the levy"),
    ]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale likened the levy to a toll.", "likened", "the levy to a toll"),
        ("Mr. Ortiz noticed that the ballots were missing.", "noticed", "that the ballots were missing"),
        ("Ms. Diaz calculated that the bridge would cost more.", "calculated", "that the bridge would cost more"),
    ],
)
def test_verbs_of_likening_noticing_and_reckoning(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale resisted the new levy.", "resisted", "the new levy"),
        ("Mr. Ortiz exaggerated the cost of the bridge.", "exaggerated", "the cost of the bridge"),
        ("Ms. Diaz demurred that the plan was not ready.", "demurred", "that the plan was not ready"),
    ],
)
def test_verbs_of_resisting_overstating_and_objecting(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Mayor Ines Ortiz acknowledged the mistake.", "acknowledged", "the mistake"),
        ("Mr. Ruiz confirmed the meeting with the union.", "confirmed", "the meeting with the union"),
        ("Ms. Diaz remembers the flood of 1990.", "remembers", "the flood of 1990"),
    ],
)
def test_acknowledge_confirm_and_remember_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Ms. Diaz asked to see the ballots.", "asked", "to see the ballots"),
        ("Mr. Ortiz demanded to know the cost of the bridge.", "demanded", "to know the cost of the bridge"),
        ("Senator Ruth Hale proposed to cut the levy.", "proposed", "to cut the levy"),
    ],
)
def test_speech_verbs_with_an_infinitive_content(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_press_takes_an_addressee_and_an_infinitive_and_is_also_a_noun():
    result = sourcing_of("Mr. Ortiz pressed the mayor to resign. The press covered the vote.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("pressed", "the mayor to resign")]


def test_a_perception_verb_in_a_reduced_relative_is_no_attribution():
    result = sourcing_of(
        "Voters seeing the ads on television turned away. She saw the vote as a test of her leadership."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("saw", "the vote as a test of her leadership"),
    ]


def test_discuss_and_welcome_in_a_reduced_relative_are_no_attribution():
    result = sourcing_of(
        "Officials discussing the budget met on Monday. Fans welcoming the team lined the street.",
        "Mr. Ortiz discussed the budget with the council.",
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("discussed", "the budget with the council")
    ]


def test_nominate_in_a_reduced_relative_is_no_attribution():
    result = sourcing_of("Supporters nominating Ms. Diaz gathered outside. The party nominated Ms. Diaz for mayor.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("nominated", "Ms. Diaz for mayor")]


def test_particle_verbs_of_dismissing_and_singling_out():
    result = sourcing_of("Mayor Ines Ortiz ruled out a second term. Mr. Ruiz brushed off the criticism.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("ruled out", "a second term"),
        ("brushed off", "the criticism"),
    ]


def test_learn_and_determine_report_a_bare_clause():
    result = sourcing_of(
        "Ms. Diaz learned the council had cut the budget. Investigators determined the fire was set on purpose."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("learned", "the council had cut the budget"),
        ("determined", "the fire was set on purpose"),
    ]


def test_point_to_in_the_base_form_reports_what_is_pointed_to():
    result = sourcing_of("Harbor officials point to a new radar that has cut collisions.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("unnamed officials", "point to", "a new radar that has cut collisions"),
    ]


def test_prepositional_reporting_phrases_in_the_base_form_and_gerund():
    result = sourcing_of(
        "Harbor officials warn against the new levy. Union leaders push for lower fees, railing against the board."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("unnamed officials", "warn against", "the new levy"),
        ("unnamed leaders", "push for", "lower fees"),
        ("unnamed leaders", "railing against", "the board"),
    ]


def test_advising_someone_on_a_matter_is_no_attribution():
    result = sourcing_of(
        "Lena Ortiz, a pollster who advised the Ruiz campaign and is a strategist for Acme, said the vote was close. "
        "Ruiz advised the senator to drop the bill."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the vote was close"),
        ("advised", "the senator to drop the bill"),
    ]


def test_a_verb_cue_followed_by_a_particle_is_a_phrasal_verb_and_no_cue():
    assert [c.text for c in find_cues("Traffic backed up. Voters seek out advice.", 0, 42)] == []


def test_a_phrasal_reporting_cue_and_say_keep_their_particle():
    text = "She pointed out the flaw and said down the hall that it was late."
    assert [c.text for c in find_cues(text, 0, len(text))] == ["pointed out", "said"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ms. Diaz expressed doubt that the bridge would open in May.", "doubt that the bridge would open in May"),
        ("Mr. Ortiz expressed dismay at the ruling.", "dismay at the ruling"),
        ("The mayor expressed frustration.", "frustration"),
        ("Ms. Diaz expressed a desire to run again.", "a desire to run again"),
    ],
)
def test_express_reports_an_attitude_with_its_content(sentence, content):
    [(kind, _, cue, found)] = described(sourcing_of(sentence))
    assert (kind, cue, found) == ("indirect", "expressed", content)


def test_expressed_thanks_to_an_addressee_is_no_attitude():
    result = sourcing_of("The minister expressed gratitude towards the rescue crews, praising their speed.")
    assert [cue for _, _, cue, _ in described(result)] != ["expressed"]
    assert not any(cue == "expressed" for _, _, cue, _ in described(result))


def test_hinting_at_a_noun_phrase_and_as_someone_puts_it():
    result = sourcing_of(
        "The mayor hinted at a shake-up of the council. As the harbor master puts it, the pier is a monument to delay."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("hinted at", "a shake-up of the council"),
        ("puts it", "the pier is a monument to delay"),
    ]


def test_admitting_to_a_deed():
    result = sourcing_of(
        "One poster admitted to being part of the effort. "
        "The mayor admitted to the council that the pier was late. Most refugees admitted to the country are young."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("admitted to", "being part of the effort"),
        ("admitted", "that the pier was late"),
    ]
