"""Agreement between annotators: Cohen's kappa and the claims they disagree on."""

from __future__ import annotations

import math

import pytest

from workbench.annotations import Anchor, Annotation, cohen_kappa, disagreements, pairwise_kappa

QUOTES = {f"claim:{i}": Anchor(10 * i, 10 * i + 5, f"cl{i:03d}") for i in range(6)}


def annotations(annotator: str, verdicts: dict[str, str]) -> list[Annotation]:
    return [
        Annotation(
            key=key,
            target="claim",
            anchor=QUOTES[key],
            verdict=verdict,
            annotator=annotator,
            note=f"{annotator} on {key}",
        )
        for key, verdict in verdicts.items()
    ]


def test_kappa_of_the_textbook_example():
    # Wikipedia's "Cohen's kappa" example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_kappa_is_one_for_perfect_zero_for_chance_and_negative_for_systematic_disagreement():
    assert cohen_kappa(["false", "verified", "opinion"], ["false", "verified", "opinion"]) == 1.0
    assert cohen_kappa(["x", "x", "y", "y"], ["x", "y", "x", "y"]) == pytest.approx(0.0)
    assert cohen_kappa(["x", "y"], ["y", "x"]) == pytest.approx(-1.0)


def test_kappa_edge_cases():
    assert cohen_kappa(["verified"] * 3, ["verified"] * 3) == 1.0  # one label throughout, by both
    assert math.isnan(cohen_kappa([], []))
    with pytest.raises(ValueError, match="differ in length"):
        cohen_kappa(["a"], ["a", "b"])


ALICE = annotations(
    "alice",
    {"claim:0": "false", "claim:1": "verified", "claim:2": "opinion", "claim:3": "unreviewed", "claim:4": "disputed"},
)
BOB = annotations(
    "bob", {"claim:0": "false", "claim:1": "disputed", "claim:2": "opinion", "claim:3": "false", "claim:5": "verified"}
)


def test_disagreements_are_over_claims_both_reviewed():
    found = disagreements(ALICE, BOB)
    assert found.to_dict("records") == [
        {
            "key": "claim:1",
            "quote": "cl001",
            "annotator_a": "alice",
            "verdict_a": "verified",
            "note_a": "alice on claim:1",
            "annotator_b": "bob",
            "verdict_b": "disputed",
            "note_b": "bob on claim:1",
            "agree": False,
        }
    ]


def test_pairwise_kappa_is_a_symmetric_table_of_annotators():
    carol = annotations("carol", {"claim:0": "false", "claim:1": "verified", "claim:2": "opinion"})
    table = pairwise_kappa([ALICE, BOB, carol])
    assert list(table.index) == ["alice", "bob", "carol"] == list(table.columns)
    assert table.loc["alice", "carol"] == 1.0
    # alice and bob on claims 0-2: false/false, verified/disputed, opinion/opinion
    assert (
        table.loc["alice", "bob"]
        == table.loc["bob", "alice"]
        == pytest.approx(cohen_kappa(["false", "verified", "opinion"], ["false", "disputed", "opinion"]))
    )
    with pytest.raises(ValueError, match="repeat"):
        pairwise_kappa([ALICE, ALICE])
