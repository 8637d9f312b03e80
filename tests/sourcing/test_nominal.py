"""Nominal cues: "X's claim that", "complaints that", "questions about", light-verb nominals, support received."""

from __future__ import annotations

from sourcing_helpers import described, sourcing_of


def test_nominal_cue_with_a_possessor_as_source():
    result = sourcing_of("The audit contradicted Mayor Dan Ruiz’s claim that the budget was balanced.")
    assert described(result) == [("indirect", "Dan Ruiz", "claim", "that the budget was balanced")]


def test_nominal_cue_with_a_noun_phrase_or_infinitive_content_and_a_possessor():
    result = sourcing_of(
        "Governor Ines Ortiz’s fierce criticism of the budget has divided the council.",
        "Mayor Diaz’s decision to close the clinic, which opened in 1990, surprised the staff.",
    )
    text = result.article.text
    sources = [text[a.source.start : a.source.end] for a in result.attributions]
    assert [(source, cue, content) for source, (_, _, cue, content) in zip(sources, described(result))] == [
        ("Governor Ines Ortiz’s", "criticism of", "the budget"),
        ("Mayor Diaz’s", "decision", "to close the clinic"),
    ]


def test_support_received_from_a_group_has_the_one_supported_as_content():
    result = sourcing_of(
        "Mayor Ortiz has strong support among dock workers. Reyes drew the backing of 40 percent of voters. "
        "Ortiz had her greatest support among older voters."
    )
    text = result.article.text
    found = [
        (text[a.source.start : a.source.end], cue, content)
        for a, (_, _, cue, content) in zip(result.attributions, described(result))
        if cue in ("support", "backing")
    ]
    assert found == [
        ("dock workers", "support", "Mayor Ortiz"),
        ("40 percent of voters", "backing", "Reyes"),
        ("older voters", "support", "her"),
    ]


def test_nominal_cues_of_defense_and_proposal_with_a_possessor():
    result = sourcing_of(
        "The council heard Mayor Ortiz’s defense of the budget. The board read Mr. Ruiz’s proposal to close the clinic."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("defense of", "the budget"),
        ("proposal", "to close the clinic"),
    ]


def test_raise_questions_about_in_every_form_and_with_new_or_fresh():
    result = sourcing_of(
        "The audit raised new questions about the levy. Ortiz praised the crews while raising questions about the "
        "overtime bills."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("raised new questions about", "the levy"),
        ("raising questions about", "the overtime bills"),
    ]


def test_an_attack_or_support_delivered_with_a_light_verb_has_the_verbs_subject_as_source():
    result = sourcing_of(
        "Mayor Ortiz launched a blistering attack on the harbor board. Councilwoman Lamb threw her support behind Rivera."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ortiz", "attack", "the harbor board"),
        ("Lamb", "support", "Rivera"),
    ]


def test_a_statement_made_with_make_has_the_verbs_subject_as_source():
    result = sourcing_of(
        "Mayor Ortiz made no mention of the harbor levy. Councilwoman Lamb made the point that the pier is unsafe. "
        "Rivera made an urgent plea for calm."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ortiz", "mention of", "the harbor levy"),
        ("Lamb", "point", "that the pier is unsafe"),
        ("Rivera", "plea for", "calm"),
    ]


def test_nominal_cues_without_a_possessor_have_no_source():
    result = sourcing_of(
        "There were complaints that the ferry was late. The mayor faced questions about whether the bridge would open.",
        "The council did not respond to questions about the contract. There was criticism over its cost.",
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("complaints", "that the ferry was late"),
        ("questions about", "whether the bridge would open"),
        ("criticism over", "its cost"),
    ]
    assert [a.source is None for a in result.attributions] == [True, True, True]


def test_calls_for_as_a_noun_after_a_possessive_or_a_verb():
    result = sourcing_of(
        "The ruling prompted calls for a new inquiry. He expanded on his calls for lower fares. Ms. Diaz calls for calm."
    )
    text = result.article.text
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("calls for", "a new inquiry"),
        ("calls for", "lower fares"),
        ("calls for", "calm"),
    ]
    assert [text[a.source.start : a.source.end] if a.source else None for a in result.attributions] == [
        None,
        "his",
        "Ms. Diaz",
    ]


def test_a_nominal_cue_before_be_reports_the_clause_after_it():
    result = sourcing_of("The big question is whether the ferry will run. Lamb’s message was that the pier must close.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        (None, "question", "whether the ferry will run"),
        ("Lamb", "message", "that the pier must close"),
    ]


def test_a_single_attack_on_after_a_possessor_is_an_event_repeated_attacks_are_criticism():
    result = sourcing_of("Lane's attack on the depot killed two guards. Ruiz's attacks on Ortiz have grown sharper.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("attacks on", "Ortiz")]


def test_speaking_about_a_topic_with_an_addressee_or_a_manner_between():
    result = sourcing_of(
        "Mayor Ines Ortiz spoke to reporters on Monday about the levy. "
        "Ms. Diaz talked openly about her illness. Mr. Ruiz spoke highly of the harbor master."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ines Ortiz", "spoke to reporters on Monday about", "the levy"),
        ("Diaz", "talked openly about", "her illness"),
        ("Ruiz", "spoke highly of", "the harbor master"),
    ]


def test_an_estimate_that_puts_a_quantity_at_a_figure():
    result = sourcing_of(
        "The Harbor Ledger puts the cost of the pier at $4 million. The mayor put the pier at the top of her list."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Harbor Ledger", "puts", "the cost of the pier at $4 million"),
    ]


def test_sounding_a_note_or_an_alarm_about_a_topic():
    result = sourcing_of("Mr. Ruiz sounded a cautious note about the jobs report. The band sounded a high note.")
    assert described(result) == [("indirect", "Ruiz", "sounded a cautious note about", "the jobs report")]


def test_complaining_to_someone_about_a_topic():
    result = sourcing_of("Residents complained to the council about the noise from the pier.")
    assert described(result) == [
        ("indirect", "unnamed residents", "complained to the council about", "the noise from the pier"),
    ]


def test_criticism_drawn_with_no_critic_named_is_no_attribution():
    result = sourcing_of("The governor has drawn sharp criticism for the school closures.")
    assert described(result) == []


def test_criticism_from_a_named_critic_names_its_source():
    result = sourcing_of(
        "There was criticism from dock workers that the levy would cut jobs. The plan drew criticism from the "
        "harbor board over its cost."
    )
    assert [(source, content) for _, source, _, content in described(result)] == [
        ("unnamed workers", "that the levy would cut jobs"),
        ("harbor board", "its cost"),
    ]
