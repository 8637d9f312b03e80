"""Hedge cues: the words that mark a statement as uncertain ("may", "likely", "reportedly", "if").

A lexicon (``lexicons/hedges.txt``, each entry with its kind) is compiled once into one regular
expression; every match is then checked against a few rules for the words that are hedges only
in some uses: "May" the month, "could not" (past inability, not possibility), "expected" as an
adjective ("than expected", "the expected gain"), "would" (a hedge only beside a condition),
"until" a date, "appeared in court", "no doubt". Reporting verbs ("said", "told") are never
hedges. Cues are found in every block an analyst reads as prose (headings and captions too: a
misread paragraph must not lose its cues), not in bylines, datelines or boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..article import Article, Span
from ..errors import WorkbenchError
from ..lexicons import entries

HEDGE_KINDS = ("modal", "epistemic", "expectation", "reportative", "doxastic", "conditional")
#: Block kinds that never hold a hedged statement.
SKIPPED_BLOCK_KINDS = frozenset({"byline", "dateline", "boilerplate"})


@dataclass(frozen=True, slots=True)
class HedgeCue:
    """One hedge cue: ``article.text[start:end]`` is ``text``; ``kind`` is one of HEDGE_KINDS."""

    start: int
    end: int
    text: str
    kind: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_contract(self) -> list[int]:
        return [self.start, self.end]


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regular expression matching any of the lower-case ``phrases`` (a space matches any white
    space), grouped by first letter so that the engine tries only the phrases that can start at
    each position: about ten times faster than a flat alternation of a few hundred phrases."""
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    groups = []
    for first, group in sorted(by_first.items()):
        rests = "|".join(r"\s+".join(map(re.escape, p[1:].split(" "))) for p in sorted(group, key=len, reverse=True))
        groups.append(f"{re.escape(first)}(?:{rests})")
    return "|".join(groups)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    """The compiled cue pattern and the kind of each entry (lower-case, single-spaced)."""
    kinds: dict[str, str] = {}
    for line in entries("hedges"):
        phrase, sep, kind = line.partition("|")
        phrase, kind = " ".join(phrase.split()).lower(), kind.strip()
        if not sep or kind not in HEDGE_KINDS:
            raise WorkbenchError("workbench/lexicons/hedges.txt", f"bad entry {line!r} (want 'phrase | kind')")
        kinds[phrase] = kind
    pattern = re.compile(rf"(?<![\w’'-])(?:{phrase_alternation(kinds)})(?![\w-])", re.IGNORECASE)
    return pattern, kinds


_NEXT_WORD = re.compile(r"\s*([\w’']+)")
_PREVIOUS_WORD = re.compile(r"([\w’']+)[\s-]*$")
_MONTH_CONTEXT = frozenset(
    "in on since until till by early late mid of through from between before after during and or "
    "to last next this each every".split()
)
_NEGATION = frozenset({"not", "n't", "never", "n’t"})
_CONDITION = re.compile(r"\b(?:if|unless|provided that|in case)\b", re.IGNORECASE)
_FUTURE_OR_NEGATED = re.compile(
    r"\b(?:will|would|wo|won't|won’t|shall|not|never|intends?|plans?|remains?)\b|n['’]t\b", re.IGNORECASE
)
_TEMPORAL_WORDS = frozenset(
    "now then recently today tonight yesterday tomorrow last next this early late mid later after "
    "noon midnight end january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
_TO_WITHIN_FOUR_WORDS = re.compile(r"(?:\s+[\w’',.-]+){0,3}?\s+(?:to|that)\b", re.IGNORECASE)
_COULD_BE_REACHED = re.compile(r"\s+be\s+reached\b")
_PHYSICAL_APPEARANCE = frozenset(
    "in at on before with alongside onstage together for during live outside inside".split()
)


def _next_word(text: str, end: int, limit: int) -> str:
    match = _NEXT_WORD.match(text, end, limit)
    return match.group(1).lower() if match else ""


def _previous_word(text: str, start: int, floor: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(floor, start - 30), start)
    return match.group(1).lower() if match else ""


def _is_modal_may(text: str, start: int, end: int, sentence: Span) -> bool:
    """False for "May" the month: capitalised and next to a number or a date preposition."""
    if text[start] == "m":
        return True
    following = _next_word(text, end, sentence.end)
    if following[:1].isdigit():
        return False
    return _previous_word(text, start, sentence.start) not in _MONTH_CONTEXT


def _is_possibility_could(text: str, start: int, end: int, sentence: Span) -> bool:
    """False for "could not" / "couldn't" (a past inability) and the formula "could be reached"."""
    if _next_word(text, end, sentence.end) in _NEGATION:
        return False
    return not _COULD_BE_REACHED.match(text, end, sentence.end)


def _is_epistemic_possible(text: str, start: int, end: int, sentence: Span) -> bool:
    """False for the intensifier: "as soon as possible", "the fastest possible", "every possible"."""
    previous = _previous_word(text, start, sentence.start)
    return not (previous in {"as", "most", "every", "all"} or previous.endswith("est"))


def _is_expectation(text: str, start: int, end: int, sentence: Span) -> bool:
    """True for "is expected to", "expected X to"; false for "than expected", "the expected gain"."""
    if _previous_word(text, start, sentence.start) in {"than", "as"}:
        return False
    return bool(_TO_WITHIN_FOUR_WORDS.match(text, end, sentence.end))


@lru_cache(maxsize=64)
def _sentence_has(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Does ``pattern`` occur in the sentence ``text[start:end]``: asked for each cue of a sentence, searched once
    (a long sentence with a "would" every few words stays linear)."""
    return pattern.search(text, start, end) is not None


def _is_conditional_would(text: str, start: int, end: int, sentence: Span) -> bool:
    """True only where the sentence states a condition ("would ... if ...")."""
    return _sentence_has(_CONDITION, text, sentence.start, sentence.end)


def _is_conditional_until(text: str, start: int, end: int, sentence: Span) -> bool:
    """True for "will stay until Iraq complies"; false for "until 1994", "until now", past events."""
    following = _next_word(text, end, sentence.end)
    if not following or following[:1].isdigit() or following in _TEMPORAL_WORDS:
        return False
    return _sentence_has(_FUTURE_OR_NEGATED, text, sentence.start, sentence.end)


def _is_epistemic_appear(text: str, start: int, end: int, sentence: Span) -> bool:
    """False for a physical appearance ("appeared in court", "appears on television")."""
    return _next_word(text, end, sentence.end) not in _PHYSICAL_APPEARANCE


def _is_not_negated_noun(text: str, start: int, end: int, sentence: Span) -> bool:
    """False for "no doubt", "without doubt", "no wonder": certainty, not uncertainty."""
    return _previous_word(text, start, sentence.start) not in {"no", "without"}


def _is_belief_suspect(text: str, start: int, end: int, sentence: Span) -> bool:
    """True for "police suspect that", "we suspect"; false for the noun ("a suspect", "suspects in")."""
    if _next_word(text, end, sentence.end) == "that":
        return True
    return _previous_word(text, start, sentence.start) in _BELIEVERS


def _is_adjective_potential(text: str, start: int, end: int, sentence: Span) -> bool:
    """False for the noun ("the potential to", "its full potential")."""
    return _next_word(text, end, sentence.end) not in {"to", "for", "of", "in", "and", ""}


def _is_passive_consider(text: str, start: int, end: int, sentence: Span) -> bool:
    """True for "is considered (a threat)", false for "considered the offer"."""
    return _previous_word(text, start, sentence.start) in {"is", "are", "was", "were", "be", "been", "widely"}


_BELIEVERS = frozenset(
    "i we they you he she who also strongly police officials investigators experts analysts "
    "authorities prosecutors many some".split()
)

_Rule = Callable[[str, int, int, Span], bool]
_RULES: dict[str, _Rule] = {
    "may": _is_modal_may,
    "could": _is_possibility_could,
    "possible": _is_epistemic_possible,
    "expected": _is_expectation,
    "would": _is_conditional_would,
    "until": _is_conditional_until,
    "appear": _is_epistemic_appear,
    "appears": _is_epistemic_appear,
    "appeared": _is_epistemic_appear,
    "doubt": _is_not_negated_noun,
    "wonder": _is_not_negated_noun,
    "considered": _is_passive_consider,
    "suspect": _is_belief_suspect,
    "suspects": _is_belief_suspect,
    "potential": _is_adjective_potential,
}


def find_hedge_cues(article: Article) -> list[HedgeCue]:
    """Every hedge cue in the article's prose, in text order."""
    pattern, kinds = _lexicon()
    text = article.text
    skipped = {b.index for b in article.blocks if b.kind in SKIPPED_BLOCK_KINDS}
    cues = []
    for sentence in article.sentences:
        if sentence.block in skipped:
            continue
        cues += _cues_in(text, sentence.span, pattern, kinds)
    return cues


def hedge_cues_in(text: str, span: Span | None = None) -> list[HedgeCue]:
    """The hedge cues of one sentence (``text[span]``, or all of ``text``), for callers without an article."""
    pattern, kinds = _lexicon()
    return _cues_in(text, span or Span(0, len(text)), pattern, kinds)


def _cues_in(text: str, sentence: Span, pattern: re.Pattern[str], kinds: dict[str, str]) -> list[HedgeCue]:
    found = []
    for match in pattern.finditer(text, sentence.start, sentence.end):
        phrase = " ".join(match.group(0).lower().split())
        rule = _RULES.get(phrase)
        if rule is not None and not rule(text, match.start(), match.end(), sentence):
            continue
        found.append(HedgeCue(match.start(), match.end(), match.group(0), kinds[phrase]))
    return found
