"""The examples every sourcing rule must fire on, and the counter-examples it must not fire on.

Each entry is (text, what the analysis must show); ``tests/sourcing/test_rule_examples.py`` analyses the text
with the rule on and off: on an example the analysis must change when the rule is switched off, on a
counter-example it must not. What it must show is written as ``described`` prints an attribution
(``kind | source | cue | content``, one per line, "-" for none).
"""

from __future__ import annotations

EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {}

COUNTER_EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {}
