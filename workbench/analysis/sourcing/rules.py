"""Sourcing rules as data: every pattern, word class and construction the reader relies on is a named ``Rule``.

A rule has a name, the stage it serves (the module that uses it), what it is (a compiled pattern, a word
set or a function), why it exists, and examples it must fire on and counter-examples it must not (kept as data
in ``lexicons/sourcing_rule_examples.txt``; ``tests/sourcing/test_rule_examples.py`` runs them all). Any rule can be switched
off, and the reader then degrades, never crashes:

    >>> from workbench.analysis.sourcing.rules import disabled
    >>> with disabled("known_as"):                 # doctest: +SKIP
    ...     find_sourcing(article)

or for a whole process: ``WORKBENCH_SOURCING_OFF=known_as,titled``. A pattern switched off never matches,
a word set switched off is empty, a function switched off returns its ``off`` value (nothing found).
``benchmarks/sourcing_rules.py`` measures what each rule earns by switching it off in turn.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, TypeVar

from ...lexicons import entries

F = TypeVar("F", bound=Callable[..., Any])
_ENDPOS = sys.maxsize

_OFF_FROM_ENVIRONMENT = frozenset(
    filter(None, os.environ.get("WORKBENCH_SOURCING_OFF", "").replace(" ", "").split(","))
)

#: While a set (``benchmarks/sourcing_rules.py`` sets one), the names of the function rules called are added to it.
TRACE: set[str] | None = None

#: Every rule by name, in the order the modules define them.
RULES: dict[str, Rule] = {}


class Rule:
    """One named rule: a compiled pattern, a word set or a function, which can be switched off."""

    __slots__ = ("name", "stage", "why", "pattern", "words", "function", "off")

    def __init__(
        self,
        name: str,
        stage: str,
        why: str,
        pattern: re.Pattern[str] | None = None,
        words: frozenset[str] | None = None,
        function: Callable[..., Any] | None = None,
    ):
        self.name, self.stage, self.why = name, stage, why
        self.pattern, self.words, self.function = pattern, words, function
        self.off = False

    @property
    def kind(self) -> str:
        return "pattern" if self.pattern is not None else "words" if self.words is not None else "function"

    @property
    def examples(self) -> tuple[tuple[str, str], ...]:
        """(text, what the analysis must show) pairs the rule fires on: switched off, the analysis changes."""
        return _examples().get((self.name, "+"), ())

    @property
    def counter_examples(self) -> tuple[tuple[str, str], ...]:
        """(text, what the analysis must show) pairs the rule must not fire on: switched off, nothing changes."""
        return _examples().get((self.name, "-"), ())

    def __repr__(self) -> str:
        return f"Rule({self.name!r}, stage={self.stage!r}, {self.kind}{', off' if self.off else ''})"

    # --- a pattern's interface (switched off: never matches) ---------------------------------------
    def search(self, string: str, pos: int = 0, endpos: int = _ENDPOS) -> re.Match[str] | None:
        return None if self.off else self.pattern.search(string, pos, endpos)  # type: ignore[union-attr]

    def match(self, string: str, pos: int = 0, endpos: int = _ENDPOS) -> re.Match[str] | None:
        return None if self.off else self.pattern.match(string, pos, endpos)  # type: ignore[union-attr]

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _ENDPOS) -> re.Match[str] | None:
        return None if self.off else self.pattern.fullmatch(string, pos, endpos)  # type: ignore[union-attr]

    def finditer(self, string: str, pos: int = 0, endpos: int = _ENDPOS) -> Iterator[re.Match[str]]:
        return iter(()) if self.off else self.pattern.finditer(string, pos, endpos)  # type: ignore[union-attr]

    def findall(self, string: str, pos: int = 0, endpos: int = _ENDPOS) -> list[Any]:
        return [] if self.off else self.pattern.findall(string, pos, endpos)  # type: ignore[union-attr]

    def sub(self, repl: str, string: str) -> str:
        return string if self.off else self.pattern.sub(repl, string)  # type: ignore[union-attr]

    # --- a word set's interface (switched off: empty) ----------------------------------------------
    def __contains__(self, item: object) -> bool:
        return not self.off and item in self.words  # type: ignore[operator]

    def __or__(self, other: frozenset[str] | set[str]) -> frozenset[str]:
        return frozenset(other) if self.off else self.words | other  # type: ignore[operator]


def _register(rule: Rule) -> Rule:
    if rule.name in RULES:
        raise ValueError(f"two sourcing rules named {rule.name!r}")
    rule.off = rule.name in _OFF_FROM_ENVIRONMENT
    RULES[rule.name] = rule
    return rule


def pattern_rule(name: str, stage: str, compiled: re.Pattern[str], why: str) -> Rule:
    """A pattern rule: ``compiled`` behind the name ``name``."""
    return _register(Rule(name, stage, why, pattern=compiled))


def word_rule(name: str, stage: str, members: frozenset[str], why: str) -> Rule:
    """A word-set rule: ``members`` behind the name ``name``."""
    return _register(Rule(name, stage, why, words=frozenset(members)))


def function_rule(name: str, stage: str, why: str, off: Any = None, passthrough: bool = False) -> Callable[[F], F]:
    """A function rule: the decorated function (or method) returns ``off`` while the rule is switched off, or
    with ``passthrough`` its first argument unchanged (a filter switched off lets everything through)."""

    def decorate(fn: F) -> F:
        rule = _register(Rule(name, stage, why, function=fn))

        @functools.wraps(fn)
        def switched(*args: Any, **kwargs: Any) -> Any:
            if rule.off:
                return args[0] if passthrough else off
            if TRACE is not None:
                TRACE.add(name)
            return fn(*args, **kwargs)

        switched.rule = rule  # type: ignore[attr-defined]
        return switched  # type: ignore[return-value]

    return decorate


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Switch the named rules off for the duration of the ``with`` block (an unknown name is an error)."""
    rules = all_rules()
    unknown = [n for n in names if n not in rules]
    if unknown:
        raise KeyError(f"no sourcing rule named {', '.join(map(repr, unknown))}")
    before = {n: rules[n].off for n in names}
    try:
        for n in names:
            rules[n].off = True
        yield
    finally:
        for n, was in before.items():
            rules[n].off = was


def all_rules() -> dict[str, Rule]:
    """Every rule of the reader (importing the reader registers them all)."""
    from . import reader  # noqa: F401

    return RULES


@cache
def _examples() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """(rule, "+" or "-") -> the (text, what the reading must show) pairs of ``sourcing_rule_examples.txt``."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for line in entries("sourcing_rule_examples"):
        name, sign, text, expect = (field.strip() for field in line.split("\t"))
        found.setdefault((name, sign), []).append((text, expect))
    return {key: tuple(pairs) for key, pairs in found.items()}


def example_lines(text: str) -> list[str]:
    """What the reader finds in an example, one ``kind | source | cue | content`` line per attribution ("-" for
    none). ``text`` holds body paragraphs separated by " ¶ ", after a neutral headline; a text opening with
    "headline: " has its first paragraph as the headline."""
    from ... import load_text
    from .reader import find_attributions

    paragraphs = text.split(" ¶ ")
    if paragraphs[0].startswith("headline: "):
        paragraphs[0] = paragraphs[0][len("headline: ") :]
    else:
        paragraphs.insert(0, "A headline for the test")
    article = load_text("\n\n".join(paragraphs))
    full = article.text

    def piece(span: tuple[int, int] | None) -> str:
        return full[span[0] : span[1]] if span else "-"

    lines = []
    for draft in find_attributions(article):
        content = " … ".join(full[s:e] for s, e in draft.content)
        lines.append(f"{draft.kind} | {piece(draft.source)} | {piece(draft.cue)} | {content}")
    return lines
