"""Passives with an agent, naming passives and raising verbs ("is expected to", "seemed")."""

from __future__ import annotations

from sourcing_helpers import described, sourcing_of


def test_passive_expectation_is_not_an_attribution():
    # The seed article's annotation counts no attribution here (PolNeAR would: subject and infinitive).
    assert sourcing_of("The council is expected to convene on Friday.").attributions == []


def test_an_agentless_passive_belief_is_not_an_attribution():
    # The news guidelines leave agentless passives out ("believed to" is a hedge cue, not a source).
    assert sourcing_of("The old coin is believed to bring good luck. He is said to be ill.").attributions == []


def test_raising_verb_takes_subject_and_predicate_as_content():
    result = sourcing_of(
        "Most delegates seemed unconvinced by the plan.",
        "It appears that the vote will be delayed. The mayor appeared on local radio.",
    )
    assert described(result) == [
        ("indirect", None, "seemed", "Most delegates … unconvinced by the plan"),
        ("indirect", None, "appears", "that the vote will be delayed"),
    ]


def test_impersonal_passive_has_a_cue_but_no_source():
    result = sourcing_of("It was reported that the talks had collapsed overnight.")
    assert described(result) == [("indirect", None, "was reported", "that the talks had collapsed overnight")]
    assert result.attributions[0].source is None


def test_passive_with_an_agent_gives_the_subject_as_content_and_the_agent_as_source():
    result = sourcing_of(
        "Mayor Ines Ortiz was endorsed by the teachers’ union on Monday. The road was closed by the police."
    )
    [attribution] = result.attributions
    text = result.article.text
    assert described(result)[0][2:] == ("endorsed", "Mayor Ines Ortiz")
    assert text[attribution.source.start : attribution.source.end] == "the teachers’ union"


def test_a_passive_with_an_adverb_before_the_cue_has_its_subject_as_content():
    result = sourcing_of("The merger was first reported by the Daily Ledger.")
    text = result.article.text
    [merger] = result.attributions
    assert (text[merger.source.start : merger.source.end], text[merger.content[0].start : merger.content[0].end]) == (
        "the Daily Ledger",
        "The merger",
    )


def test_denounce_and_decry_take_a_noun_phrase_and_a_passive():
    result = sourcing_of("Mr. Ortiz was denounced by the union. The levy was decried by Senator Ruth Hale.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("denounced", "Mr. Ortiz"),
        ("decried", "The levy"),
    ]


def test_a_naming_verb_in_the_passive_reports_the_subject_and_what_it_was_named_with_no_source():
    result = sourcing_of("Shortly after Rivera was declared the winner in Ashford, the crowd left.")
    assert described(result) == [("indirect", None, "declared", "Rivera … the winner in Ashford")]


def test_an_agent_that_seems_to_act_is_the_source_a_thing_that_seems_has_none():
    assert [a.speaker for a in sourcing_of("Councillor Ben Lamb seemed to mock the levy.").attributions] == ["Ben Lamb"]
    assert [a.speaker for a in sourcing_of("The vote seems to be close.").attributions] == [None]
