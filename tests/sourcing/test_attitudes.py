"""Attitude adjectives after 'be' and reputations ("known for", "known as a …")."""

from __future__ import annotations

from sourcing_helpers import described, sourcing_of


def test_stance_adjective_after_be_takes_the_subject_as_source():
    result = sourcing_of(
        "The city government is worried that tourism will fall. Local traders are concerned about the bridge."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("worried", "that tourism will fall"),
        ("concerned", "about the bridge"),
    ]


def test_attitude_adjective_after_be():
    result = sourcing_of(
        "Mayor Ines Ortiz was highly critical of the audit. Many traders are skeptical that the bridge will reopen."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ines Ortiz", "critical of", "the audit"),
        ("unnamed traders", "skeptical", "that the bridge will reopen"),
    ]


def test_adjectives_of_eagerness_and_willingness_with_an_infinitive():
    result = sourcing_of("Mayor Ines Ortiz is eager to reopen the clinic. Mr. Ruiz was willing to delay the vote.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("eager to", "reopen the clinic"),
        ("willing to", "delay the vote"),
    ]


def test_a_reputation_is_reported_with_no_source_but_a_name_is_not():
    result = sourcing_of(
        "Rivera won three of the races known as the Spring Sweep. The painter is best known for his murals of the "
        "harbor. The judge is known as a stickler for detail."
    )
    assert described(result) == [
        ("indirect", None, "known", "The painter … his murals of the harbor"),
        ("indirect", None, "known", "The judge … a stickler for detail"),
    ]


def test_would_be_willing_to_is_a_disposition_not_an_attitude_held():
    result = sourcing_of("Ms. Park said she would be willing to serve on the board. The council was willing to wait.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "she would be willing to serve on the board"),
        ("willing to", "wait"),
    ]


def test_an_attitude_adjective_with_a_bare_clause():
    result = sourcing_of(
        "Local secular groups are concerned the council will change the rules. Mayor Ines Ortiz was confident the "
        "vote would pass."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Local secular groups", "concerned", "the council will change the rules"),
        ("Ines Ortiz", "confident", "the vote would pass"),
    ]
