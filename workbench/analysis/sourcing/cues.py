"""Reporting cues: the verbs, phrases and prepositions that introduce attributed content.

The lexicons (``reporting_verbs``, ``stance_verbs``, ``reporting_phrases``) list lemmas; this
module builds every inflected form ("say", "says", "said", "saying") and one compiled regular
expression that finds them all in a stretch of text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicons import entries

_VOWELS = "aeiou"


@dataclass(frozen=True, slots=True)
class CueWord:
    """What a cue form means: its lemma, class ("speech", "stance", "phrase") and flags."""

    lemma: str
    kind: str
    flags: frozenset[str]
    form: str  # "base", "3sg", "past", "participle", "ing" or "phrase"

    @property
    def takes_np(self) -> bool:
        return "+np" in self.flags

    @property
    def takes_object(self) -> bool:
        return "+obj" in self.flags

    @property
    def takes_infinitive(self) -> bool:
        return "+inf" in self.flags

    @property
    def needs_clause(self) -> bool:
        return "+quote" in self.flags


def _third_person(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _regular_past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _regular_ing(lemma: str) -> str:
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    return lemma + "ing"


def _verb_forms(line: str) -> tuple[str, dict[str, str], frozenset[str]]:
    words = line.split()
    flags = frozenset(w for w in words if w.startswith("+"))
    words = [w for w in words if not w.startswith("+")]
    lemma = words[0]
    past = words[1] if len(words) > 1 else _regular_past(lemma)
    participle = words[2] if len(words) > 2 else past
    ing = words[3] if len(words) > 3 else _regular_ing(lemma)
    forms = {"base": lemma, "3sg": _third_person(lemma), "past": past, "participle": participle, "ing": ing}
    return lemma, forms, flags


@lru_cache(maxsize=None)
def cue_table() -> dict[str, CueWord]:
    """Every cue form (lower case) and what it means; the first lexicon entry of a form wins."""
    table: dict[str, CueWord] = {}
    for lexicon, kind in (("reporting_verbs", "speech"), ("stance_verbs", "stance")):
        for line in entries(lexicon):
            lemma, forms, flags = _verb_forms(line)
            for form_name, form in forms.items():
                table.setdefault(form.lower(), CueWord(lemma, kind, flags, form_name))
    for line in entries("reporting_phrases"):
        phrase, _, flag_text = line.partition("|")
        phrase = " ".join(phrase.split()).lower()
        table.setdefault(phrase, CueWord(phrase, "phrase", frozenset(flag_text.split()), "phrase"))
    return table


@lru_cache(maxsize=None)
def cue_pattern() -> re.Pattern[str]:
    """One regex for all cue forms, longest first, on word boundaries, case-insensitive."""
    forms = sorted(cue_table(), key=len, reverse=True)
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(r"(?<![\w’'-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)


def lookup(cue_text: str) -> CueWord | None:
    """The meaning of a matched cue form (white space inside phrases normalised)."""
    return cue_table().get(" ".join(cue_text.split()).lower())
