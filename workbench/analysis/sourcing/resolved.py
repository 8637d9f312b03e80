"""What a source mention resolves to: a named person or organisation, or an unnamed source typed by its noun
("unnamed officials", a group; "unnamed member", one person), with what it belongs to ("U.S. officials")."""

from __future__ import annotations

from dataclasses import dataclass

from .names import clean_phrase
from .speakers import DETERMINERS, MODIFIERS, group_nouns


@dataclass(frozen=True)
class Resolved:
    """What one mention resolves to."""

    name: str
    kind: str  # "person", "organisation", "group", "individual" (one unnamed person), "document", "other"
    role: str | None = None
    affiliation: str | None = None
    named: bool = True
    gender: str | None = None  # "m", "f" or None (unknown)


def unnamed(noun: str, singular: bool, affiliation: str | None = None) -> Resolved:
    """An unnamed source typed by its noun: "unnamed officials" (a group), "unnamed member" (one person)."""
    plural = group_nouns().get(noun.lower(), noun.lower())
    if noun.lower() in ("people", "persons"):
        plural = "sources"
    if singular:
        name = "unnamed " + singular_of(plural, noun.lower())
        return Resolved(name, "individual", None, affiliation, named=False)
    return Resolved("unnamed " + plural, "group", None, affiliation, named=False)


def singular_of(plural: str, written: str) -> str:
    if written in group_nouns() and group_nouns()[written] != written:
        return written
    found = [s for s, p in group_nouns().items() if p == plural and s != p]
    return found[0] if found else written


def is_singular(noun: str) -> bool:
    lower = noun.lower()
    return lower in group_nouns() and group_nouns()[lower] != lower


_PARTIES = frozenset("republican republicans democratic democrat democrats conservative labour liberal green".split())


def belonging_of(before: list[str]) -> str | None:
    """What an unnamed source belongs to, from the capitalised words before its noun ("U.S. officials",
    "a Republican member", "Scientology officials"); not a sentence-initial "Senior" or "Several"."""
    kept = [
        w
        for w in before
        if w[:1].isupper() and w.lower() not in DETERMINERS and (w.lower() not in MODIFIERS or w.lower() in _PARTIES)
    ]
    return clean_phrase(kept)


def plural_determined(before: list[str]) -> bool:
    return any(w.lower() in ("two", "three", "four", "several", "some", "many", "most", "all", "both") for w in before)
