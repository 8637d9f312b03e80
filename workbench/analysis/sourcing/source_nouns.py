"""Nouns that can head a source mention, read from the lexicons: unnamed-source nouns ("officials"), titles
("minister"), documents ("the report") and organisation words ("ministry")."""

from __future__ import annotations

from functools import cache

from ...lexicons import entries, word_set


@cache
def group_nouns() -> dict[str, str]:
    """Unnamed-source nouns, singular and plural, each mapped to its plural."""
    table = {}
    for line in entries("unnamed_sources"):
        singular, plural = line.split()[:2]
        table[singular.lower()] = plural.lower()
        table[plural.lower()] = plural.lower()
    return table


@cache
def titles() -> dict[str, str]:
    """Title (lower case) -> the source type it implies."""
    table = {}
    for line in entries("titles"):
        title, _, kind = (part.strip() for part in line.partition("|"))
        table[title.lower()] = kind
    return table


@cache
def title_words() -> frozenset[str]:
    return frozenset(word for title in titles() for word in title.split())


@cache
def document_nouns() -> frozenset[str]:
    """Nouns for documents that can speak ("the report", "studies"), singular and plural."""
    return frozenset(document_singulars())


@cache
def document_singulars() -> dict[str, str]:
    """Each document noun, singular or plural, mapped to its singular ("studies" -> "study")."""
    table = {}
    for noun in word_set("document_nouns"):
        table[noun] = noun
        table[_plural(noun)] = noun
    return table


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u", ""):
        return noun[:-1] + "ies"  # "study" -> "studies"
    if noun.endswith("sis"):
        return noun[:-2] + "es"  # "analysis" -> "analyses"
    if noun.endswith("s") or noun == "data":  # "figures", "findings": already plural
        return noun
    if noun.endswith(("x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


@cache
def organisation_words() -> frozenset[str]:
    return frozenset(
        line.split("|")[0].strip().lower() for line in entries("organisations") if " " not in line.split("|")[0].strip()
    )


@cache
def head_nouns() -> frozenset[str]:
    """Lower-case nouns that can head a source mention."""
    return (
        frozenset(group_nouns())
        | title_words()
        | document_nouns()
        | organisation_words()
        | frozenset(
            "government ministry campaign administration spokesman spokeswoman spokesperson police "
            "people group committee council party court office team staff founder co-founder cofounder creator".split()
        )
    )
