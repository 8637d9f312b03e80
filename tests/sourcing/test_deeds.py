"""Deeds: a cue verb used to do something (interrogate, fund, apply for, watch, arrange, give up, add, foster,
give) reports nothing; the same verb used to say or hold something still does."""

from __future__ import annotations

import pytest
from sourcing_helpers import described, sourcing_of


@pytest.mark.parametrize(
    "deed",
    [
        "Police arrested and questioned the student. He was released on Friday.",
        "The survey was supported by the Harbor Foundation and two universities.",
        "The new rules bar migrants from claiming asylum after crossing the strait.",
        "Thousands of visitors flocked to see the lantern displays in the old town.",
        "The committee has planned a series of public meetings across the region.",
        "In the 70th minute the goalkeeper conceded a penalty which the referee awarded after a review.",
        'The agency amended the form, adding the words "and Coastal" to the title of the office.',
        "The festival, run by the council, encourages interest in reading among teenagers.",
        "The agency is offering surplus tiles to schools and museums.",
        "The study focuses on ozone levels in coastal towns.",
        "The committee plans to hold a vote in May.",
        "Both unions agreed to serve on the new panel.",
        "The minister wants to visit the flooded towns before Friday.",
        "The levy passed easily. That said, the council will vote again in May.",
        "The pier is late. But that being said, the budget holds.",
        "The council has added another clause to the bill.",
        "In Ashford, 60 pledged delegates were at stake.",
        "As an added benefit, the plan cuts costs.",
        "The second plan, the so called “Harbor Initiative” seeks to double the levy.",
        "Ortiz called the mayor on Monday night.",
        "After the vote the mayor called Ms. Park onto the stage.",
        "Ortiz found a way to pass the bill.",
        "The council responded quickly by closing the pier.",
        "If the drills go on, the navy will respond, militarily, within two days.",
        "He responded as if he had been hurt.",
    ],
)
def test_a_deed_is_no_attribution(deed):
    assert described(sourcing_of(deed)) == []


@pytest.mark.parametrize(
    ("speech", "cue", "content"),
    [
        ("Senator Diaz questioned Mr. Ortiz about the budget.", "questioned", "Mr. Ortiz about the budget"),
        ("Ms. Park is backed by 40 percent of likely voters, the poll found.", "found", None),
        ("The mayor claimed victory on Tuesday night.", "claimed", "victory on Tuesday night"),
        ("Most analysts see the levy as a mistake.", "see", "the levy as a mistake"),
        ("Both unions agreed that the panel should meet weekly.", "agreed", "that the panel should meet weekly"),
        ("The mayor conceded that the plan had failed.", "conceded", "that the plan had failed"),
        ("The mayor spoke briefly, adding that the budget would be balanced.", "adding", None),
        ("The mayor encouraged voters to turn out early.", "encouraged", "voters to turn out early"),
        ("The governor offered condolences to the families of the victims.", "offered", None),
        ("Ms. Park focused on the budget in her remarks.", "focused on", "the budget in her remarks"),
        ("Three in 10 said the levy was too high.", "said", "the levy was too high"),
        ("Ms. Park, 54, argued that the pier was unsafe.", "argued", "that the pier was unsafe"),
        ("Ortiz called Park a liar.", "called", "Park a liar"),
        ("Ms. Park called it “a disgrace”.", "called", "it “a disgrace”"),
        ("Ms. Park found that the pier was unsafe.", "found", "that the pier was unsafe"),
        ("Ms. Park responded that the pier was safe.", "responded", "that the pier was safe"),
        ("Ms. Park responded angrily: “The pier is safe.”", "responded", "“The pier is safe.”"),
    ],
)
def test_the_same_verb_used_to_say_or_hold_something_still_reports_it(speech, cue, content):
    found = [(c, text) for _, _, c, text in described(sourcing_of(speech))]
    assert any(c == cue and (content is None or text == content) for c, text in found), found


def test_the_means_of_a_written_cue_is_skipped_to_reach_a_quotation_after_a_colon():
    result = sourcing_of(
        "The mayor tweeted using her campaign account:",
        '"Great news, Ashford. Want to join us at the harbor tonight? We should all be proud."',
    )
    assert [(cue, content[:12]) for _, _, cue, content in described(result)] == [("tweeted", '"Great news,')]


def test_a_time_alone_after_a_cue_is_no_content():
    result = sourcing_of(
        "Ms. Park has made housing her priority, with rules barring landlords from raising rents in Ashford "
        "expected next month."
    )
    assert described(result) == []


@pytest.mark.parametrize(
    "speech",
    [
        "One member of the board, who asked not to be named, said the vote had been delayed.",
        "A council aide, who declined to be identified, said the vote had been delayed.",
        "A council aide, who requested anonymity, said the vote had been delayed.",
    ],
)
def test_asking_not_to_be_named_is_a_condition_of_the_source_not_an_attribution(speech):
    assert [cue for _, _, cue, _ in described(sourcing_of(speech))] == ["said"]


def test_the_source_asking_not_to_be_named_is_the_noun_phrase_before_the_clause():
    result = sourcing_of("A board member who asked not to be named said the vote had been delayed.")
    assert [(speaker, cue) for _, speaker, cue, _ in described(result)] == [("unnamed member", "said")]
