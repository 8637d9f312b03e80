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
    def is_also_noun(self) -> bool:
        return "+noun" in self.flags

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


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in the text: its offsets, its text and what it means."""

    start: int
    end: int
    text: str
    word: CueWord

    def span(self) -> tuple[int, int]:
        return self.start, self.end


_TOKEN = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=None)
def _by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word of every cue form -> the word sequences that start with it, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for form in cue_table():
        words = tuple(form.split())
        table.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(seqs, key=len, reverse=True)) for first, seqs in table.items()}


def find_cues(text: str, start: int, end: int) -> list[Cue]:
    """Every cue form in ``text[start:end]``, in order, matched word by word (fast: one dict look-up a word)."""
    index = _by_first_word()
    table = cue_table()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    found: list[Cue] = []
    skip_until = -1
    for i, (s, e, token) in enumerate(tokens):
        if s < skip_until:
            continue
        candidates = index.get(token.lower())
        if candidates is None:
            continue
        for seq in candidates:
            n = len(seq)
            if n == 1:
                found.append(Cue(s, e, token, table[seq[0]]))
                break
            window = tokens[i:i + n]
            if len(window) == n and all(w[2].lower() == x for w, x in zip(window, seq)):
                found.append(Cue(s, window[-1][1], text[s:window[-1][1]], table[" ".join(seq)]))
                skip_until = window[-1][1]
                break
    return found


def lookup(cue_text: str) -> CueWord | None:
    """The meaning of a cue form (white space inside phrases normalised)."""
    return cue_table().get(" ".join(cue_text.split()).lower())
