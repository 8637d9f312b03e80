"""Acronyms an article defines: "Korean Central News Agency (KCNA)" and "CEI (Italian Episcopal Conference)",
so that a later "KCNA said" resolves to the organisation it stands for."""

from __future__ import annotations

import re

from .names import bare

_PARENTHESIS = re.compile(r"\(([^()\n]{1,80})\)")
_LONG_FORM_CONNECTORS = frozenset("of for and on the & in de".split())


def acronym_definitions(text: str) -> dict[str, str]:
    """Acronym -> long form, from "Korean Central News Agency (KCNA)" and "CEI (Italian Episcopal
    Conference)". Each parenthesis is read once, with a bounded look back: linear in the text."""
    found: dict[str, str] = {}
    for match in _PARENTHESIS.finditer(text):
        inside = match.group(1).strip()
        before = text[max(0, match.start() - 200) : match.start()].split()
        if _is_short_form(inside):
            long = _long_form_before(before, inside)
            if long:
                found.setdefault(inside, long)
        elif before and _is_short_form(before[-1]) and len(inside.split()) >= 2:
            words = inside.split()
            if all(w[:1].isupper() or w.lower() in _LONG_FORM_CONNECTORS for w in words):  # "CEI (Italian …)"
                found.setdefault(before[-1], re.sub(r"^(?:The|the)\s+", "", inside))
    return found


def _is_short_form(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(word) <= 10 and " " not in word and len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def _long_form_before(words: list[str], short: str) -> str | None:
    """The capitalised words right before an acronym in parentheses that it stands for."""
    taken: list[str] = []
    for word in reversed(words[-12:]):
        if word[:1].isupper() or word[:1].isdigit() or word.lower() in _LONG_FORM_CONNECTORS or word in ("-", "–"):
            taken.insert(0, word)
            if word.endswith((",", ";", ":", ".")) and len(taken) > 1:
                taken.pop(0)
                break
        else:
            break
    while taken and (taken[0].lower() in _LONG_FORM_CONNECTORS or taken[0] in ("-", "–")):
        taken.pop(0)
    letters = [c.upper() for c in short if c.isalpha()]
    while len(taken) > 2 and letters and taken[0][:1].upper() != letters[0]:
        taken.pop(0)  # "main news agency Korean Central News Agency (KCNA)": from the word it starts with
        while taken and taken[0].lower() in _LONG_FORM_CONNECTORS:
            taken.pop(0)
    if len(taken) < 2 or not any(w[:1].isupper() for w in taken) or bare(taken[-1]) != taken[-1]:
        return None
    return " ".join(taken)
