"""Places: the countries lexicon (names, adjectives, capitals and seats of government), the country a
text names or implies ("Seoul" -> South Korea), and the government that speaks for it."""

from __future__ import annotations

import re
from functools import cache

from ...lexicons import entries


@cache
def countries() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(country, adjective, capitals and seats) from the countries lexicon."""
    table = []
    for line in entries("countries"):
        parts = [p.strip() for p in line.split("|")]
        table.append((parts[0], parts[1], tuple(parts[2:])))
    return tuple(table)


@cache
def _country_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every country name, adjective and capital, and the country each means."""
    meaning: dict[str, str] = {}
    for country, adjective, seats in countries():
        for word in (country, adjective, *seats):
            meaning.setdefault(word, country)
    alternatives = "|".join(re.escape(w) for w in sorted(meaning, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)"), meaning


def country_of(*texts: str | None) -> str | None:
    """The first country named, or implied by an adjective or capital, in the texts."""
    pattern, meaning = _country_words()
    for text in (t or "" for t in texts):
        for match in pattern.finditer(text):
            if not text.startswith(" Studies", match.end()):  # "University of North Korean Studies" is a subject
                return meaning[match.group()]
    return None


@cache
def place_words() -> frozenset[str]:
    """Every word of a country's name, adjective or seat ("New", "Zealand", "Afghan", "U.S.")."""
    return frozenset(
        word
        for country, adjective, seats in countries()
        for text in (country, adjective, *seats)
        for word in text.split()
    )


def government_of(place: str) -> str | None:
    """ "Seoul", "South Korea", "the Kremlin" -> "government of South Korea" (the country's own name,
    as the article writes it, and what speaks for it); a union of states is its own name."""
    for country, adjective, seats in countries():
        if place in (country, f"{adjective} government", f"{country} government", f"{country}'s government") or (
            place in seats
        ):
            # a union of states speaks as itself ("the European Union said"), not through a government
            return country if country.split()[-1].lower() in _UNION_HEADS else f"government of {country}"
    return None


# The head of a union of states' name ("European Union", "African Union"): it speaks as itself.
_UNION_HEADS = frozenset({"union"})


@cache
def _country_adjectives() -> frozenset[str]:
    return frozenset(word for country, adjective, _ in countries() for word in (adjective, *adjective.split()))


def is_adjective_of_country(word: str) -> bool:
    return word in _country_adjectives()
