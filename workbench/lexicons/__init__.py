"""Word lists kept as data files beside this module, each with a comment saying where it came from.

A file holds one entry per line; ``#`` starts a comment; blank lines are ignored. Lists are read
once and cached.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``NAME.txt`` in file order, comments and blank lines dropped."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            found.append(entry)
    return tuple(found)


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of ``NAME.txt``, lower-cased, as a set for membership tests."""
    return frozenset(e.lower() for e in entries(name))
