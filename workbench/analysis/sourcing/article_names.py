"""What one article names, looked up while its source mentions are resolved: the runs of capitalised
words in its prose, the full name a surname, a given name or a misspelling shortens ("Mohib",
"Ms Bauchtman"), the gender a name is known by, and the sources already resolved."""

from __future__ import annotations

import bisect
import re

from .acronyms import acronym_definitions
from .antecedents import Antecedents
from .names import bare, first_names, full_in_run, gender_of_person, name_parts, parse_person
from .places import place_words
from .resolved import Resolved
from .speakers import MODIFIERS

_NAME_RUN = re.compile(
    r"(?<![\w’'])[A-Z][\w’'\-.]*(?:[ \t]+(?:[A-Z][\w’'\-.]*|(?:de|van|von|al|bin|da|di|del|la|le)(?![\w’'])))*"
)


class ArticleNames:
    """The names of one article and the sources resolved so far, which :class:`~.resolver.Resolver` reads."""

    def __init__(self, text: str, prose: str | None = None):
        self.text = text
        self.prose = prose if prose is not None else text
        self.acronyms = acronym_definitions(text)
        for long in list(self.acronyms.values()):
            self.acronyms.setdefault(long, long)
        self.people: list[str] = []  # full names seen as sources, latest last
        self.history: list[tuple[int, Resolved]] = []  # (offset, resolved) of earlier mentions
        self.genders: dict[str, str] = {}
        self._runs: list[tuple[int, list[str]]] | None = None
        self._index: dict[str, list[tuple[int, int, int]]] | None = None
        self._surnames: dict[str, set[str]] | None = None
        self.antecedents = Antecedents(self.prose)

    def _name_runs(self) -> list[tuple[int, list[str]]]:
        """Runs of capitalised words in the running prose, with where each starts (computed once)."""
        if self._runs is None:
            self._runs = [(m.start(), m.group().split()) for m in _NAME_RUN.finditer(self.prose)]
        return self._runs

    def _positions(self, word: str) -> list[tuple[int, int, int]]:
        """Where ``word`` (possessive or not) stands in the name runs: (run offset, run, position), in text order."""
        if self._index is None:
            self._index = {}
            for k, (start, words) in enumerate(self._name_runs()):
                for i, w in enumerate(words):
                    self._index.setdefault(bare(w.rstrip(".,;:")), []).append((start, k, i))
        return self._index.get(word, [])

    def _known_names(self) -> dict[str, set[str]]:
        """Surname -> the full names the running text gives with it (computed once, for misspellings)."""
        if self._surnames is None:
            self._surnames = {}
            for _, words in self._name_runs():
                for i, w in enumerate(words):
                    if len(w) >= 5 and w[:1].isupper():
                        full = full_in_run(words, i)
                        if full:
                            self._surnames.setdefault(name_parts(full)[1], set()).add(full)
        return self._surnames

    def _gender_of(self, name: str) -> str | None:
        return self.genders.get(name) or gender_of_person(name)

    def _latest(self, offset: int, kinds: tuple[str, ...], gender: str | None = None) -> Resolved | None:
        """The latest earlier source of one of ``kinds`` whose gender agrees (an unknown gender agrees)."""
        for seen_at, resolved in reversed(self.history[-200:]):
            if seen_at < offset and resolved.kind in kinds:
                known = resolved.gender or (self._gender_of(resolved.name) if resolved.kind == "person" else None)
                if gender is None or known is None or known == gender:
                    return resolved
        return None

    def _full_name(self, word: str, offset: int, gender: str | None = None) -> str | None:
        """A surname-only (or family-name-first, or given-name) mention -> the full name it shortens: a
        person already quoted, else the name as the article writes it nearest before (or else after) the
        mention; else, for a misspelt surname ("Ms Bauchtman"), the one person whose surname is close."""
        for person in reversed(self.people):
            if word in person.split() and agrees(gender, self._gender_of(person)):
                return person
        positions = self._positions(word)
        at = bisect.bisect_left(positions, (offset + 1,))
        for _, k, i in [*reversed(positions[max(0, at - 50) : at]), *positions[at : at + 50]]:
            full = full_in_run(self._name_runs()[k][1], i)
            if full and agrees(gender, gender_of_person(full)):
                return full
        if word in first_names() and word not in place_words():  # "Thomas" for "Thomas Sam, a homeopath"
            for _, k, i in [*reversed(positions[max(0, at - 50) : at]), *positions[at : at + 50]]:
                words = self._name_runs()[k][1][i : i + 4]
                cut = next((j for j, w in enumerate(words) if w.endswith((",", ";", ":"))), len(words) - 1)
                words = [*words[:cut], words[cut].rstrip(",;:.")]
                named = parse_person(words, alone=True) if len(words) > 1 else None
                if (
                    named
                    and named.name.split()[0] == word
                    and " " in named.name
                    and not {w.lower() for w in words} & MODIFIERS
                ):
                    return named.name
        return self._close_surname(word, gender)

    def _close_surname(self, word: str, gender: str | None) -> str | None:
        """The one person named in the article whose surname is a near spelling of ``word``."""
        if (
            len(word) < 5
            or self._positions(word)
            and any(full_in_run(self._name_runs()[k][1], i) for _, k, i in self._positions(word)[:50])
        ):
            return None
        from rapidfuzz.distance import Levenshtein

        known = {name_parts(person)[1]: {person} for person in self.people}
        for surname, names in self._known_names().items():
            known.setdefault(surname, set()).update(names)
        close = {
            full
            for surname, names in known.items()
            if surname != word and surname[0] == word[0] and Levenshtein.normalized_similarity(surname, word) >= 0.75
            for full in names
            if agrees(gender, gender_of_person(full))
        }
        return close.pop() if len(close) == 1 else None


def agrees(wanted: str | None, known: str | None) -> bool:
    """Does a known gender agree with the one wanted (an unknown one agrees with any)?"""
    return wanted is None or known is None or wanted == known
