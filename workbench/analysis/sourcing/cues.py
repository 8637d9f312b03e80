"""Reporting cues: the verbs, phrases and prepositions that introduce attributed content.

The lexicons (``reporting_verbs``, ``stance_verbs``, ``reporting_phrases``) list lemmas; this
module builds every inflected form ("say", "says", "said", "saying") and one compiled regular
expression that finds them all in a stretch of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...lexicons import entries
from .rules import pattern_rule

_VOWELS = "aeiou"
STAGE = "cues"

_PHRASAL_PARTICLE = pattern_rule(
    "phrasal_particle",
    STAGE,
    re.compile(r"\s+(?:up|out|off|down|away)\b"),
    'A verb cue followed by a particle is another, phrasal verb: "traffic backed up into the street", "seek out '
    'advice"; the reporting ones are listed as phrases ("pointed out", "spoke out against") and "say" is kept '
    '("said down the hall").',
)


@dataclass(frozen=True, slots=True)
class CueWord:
    """What a cue form means: its lemma, class ("speech", "stance", "phrase") and flags."""

    lemma: str
    kind: str
    flags: frozenset[str]
    form: str  # "base", "3sg", "past", "participle", "ing" (also a phrase opening with one) or "phrase"

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


@cache
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
        # "referring to", "talking about" behave as participles ("was referring to", ", referring to")
        form = "ing" if phrase.split()[0].endswith("ing") and phrase != "according to" else "phrase"
        table.setdefault(phrase, CueWord(phrase, "phrase", frozenset(flag_text.split()), form))
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


@cache
def _by_first_word() -> dict[str, tuple[re.Pattern[str] | None, CueWord | None]]:
    """First word of every cue form -> (a pattern for the longer phrases it starts, the one-word cue)."""
    table = cue_table()
    phrases: dict[str, list[str]] = {}
    for form in table:
        phrases.setdefault(form.split()[0], []).append(form)
    index = {}
    for first, forms in phrases.items():
        longer = sorted((f for f in forms if " " in f), key=len, reverse=True)
        pattern = (
            re.compile("|".join(re.escape(f).replace(r"\ ", r"\s+") + r"(?![\w-])" for f in longer)) if longer else None
        )
        index[first] = (pattern, table.get(first))
    return index


def find_cues(text: str, start: int, end: int) -> list[Cue]:
    """Every cue form in ``text[start:end]``, in order: one dict look-up a word, a pattern only
    for the few words that open a longer phrase ("according to", "raised alarms about")."""
    index = _by_first_word()
    table = cue_table()
    lower = text[start:end].lower()
    found: list[Cue] = []
    skip_until = -1
    for match in _TOKEN.finditer(lower):
        entry = index.get(match.group())
        if entry is None or match.start() < skip_until:
            continue
        s, e = match.span()
        phrases, single = entry
        phrase = phrases.match(lower, s) if phrases is not None else None
        if phrase is not None:
            e = phrase.end()
            found.append(
                Cue(start + s, start + e, text[start + s : start + e], table[" ".join(phrase.group().split())])
            )
            skip_until = e
        elif single is not None and (single.lemma == "say" or not _PHRASAL_PARTICLE.match(lower, e)):
            found.append(Cue(start + s, start + e, text[start + s : start + e], single))
    return found


def lookup(cue_text: str) -> CueWord | None:
    """The meaning of a cue form (white space inside phrases normalised)."""
    return cue_table().get(" ".join(cue_text.split()).lower())
