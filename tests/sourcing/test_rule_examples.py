"""Every sourcing rule is named, explained and exemplified, fires on its examples and not on its counter-examples,
and switched off degrades the reading without ever crashing it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import workbench
from workbench.analysis.sourcing import find_sourcing
from workbench.analysis.sourcing.rules import all_rules, disabled, example_lines

RULES = all_rules()
SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def _shows(lines: list[str], expect: str) -> bool:
    """Does the reading show what the example expects: a line, "not " a line, or "none" (nothing at all)?"""
    if expect == "none":
        return not lines
    if expect.startswith("not "):
        return expect[4:] not in lines
    return expect in lines


def test_every_rule_has_a_stage_a_reason_and_an_example():
    for rule in RULES.values():
        assert rule.stage and len(rule.why) > 20, rule
        assert rule.examples, f"{rule.name} has no example: give it one or delete it"


@pytest.mark.parametrize("name", sorted(RULES))
def test_a_rule_fires_on_its_examples(name):
    for text, expect in RULES[name].examples:
        on = example_lines(text)
        assert _shows(on, expect), (text, on)
        with disabled(name):
            off = example_lines(text)
        assert off != on, f"switching {name} off changes nothing in {text!r}"


@pytest.mark.parametrize("name", sorted(n for n, r in RULES.items() if r.counter_examples))
def test_a_rule_does_not_fire_on_its_counter_examples(name):
    for text, expect in RULES[name].counter_examples:
        on = example_lines(text)
        assert _shows(on, expect), (text, on)
        with disabled(name):
            assert example_lines(text) == on, f"{name} fires on its counter-example {text!r}"


@pytest.fixture(scope="module")
def samples():
    return [
        workbench.load(SAMPLES / "seed_article.txt"),
        *(workbench.load(p) for p in sorted(SAMPLES.glob("wikinews/*.txt"))[:3]),
    ]


@pytest.mark.parametrize("name", sorted(RULES))
def test_switching_a_rule_off_degrades_the_reading_and_never_crashes(name, samples):
    with disabled(name):
        assert RULES[name].off
        for article in samples:
            find_sourcing(article)
        for rule in RULES.values():
            for text, _expect in rule.examples:
                example_lines(text)
    assert not RULES[name].off


def test_an_unknown_rule_name_is_an_error():
    with pytest.raises(KeyError, match="no_such_rule"):
        with disabled("no_such_rule"):
            pass


def test_rules_switched_off_for_a_whole_process_by_the_environment():
    code = (
        "from workbench.analysis.sourcing.rules import all_rules, example_lines\n"
        "print(all_rules()['titled'].off, all_rules()['known_as'].off, all_rules()['verb_cue'].off)\n"
        "print(example_lines('Ortiz said the budget is balanced.'))"
    )
    env = dict(
        os.environ, WORKBENCH_SOURCING_OFF="titled, known_as", PYTHONPATH=str(Path(workbench.__file__).parents[1])
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    flags, lines = done.stdout.splitlines()
    assert flags == "True True False"
    assert "indirect | Ortiz | said | the budget is balanced" in lines
