"""Small pure helpers over offsets into the article text: words, white space, commas outside numbers."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from .rules import pattern_rule

STAGE = "textutil"

_WORD = re.compile(r"[^\W_][\w’'\-]*")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _last_char(text: str, start: int, end: int) -> str:
    """The last non-space character of ``text[start:end]``, or "" when there is none, read without copying the
    range (a quotation's paragraph can be long, and every quotation in it asks)."""
    stop = _trim_end(text, start, end)
    return text[stop - 1] if stop > start and not text[stop - 1].isspace() else ""


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _skip(text: str, pos: int, end: int, chars: str = " \t\n\u00a0") -> int:
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


_COMMA_OUTSIDE_NUMBERS = pattern_rule(
    "comma_outside_numbers",
    STAGE,
    re.compile(r"\b\d{1,2},\s+\d{4}\b,?|\d,(?=\d{3}\b)|(,)"),
    'A comma inside a number or a date ("1,300", "Sept. 11, 2001,") separates no phrases.',
)


# A pattern anchored at a cue (ending in ``$``: "was also said", "has long argued") matches a few words; no real
# sentence puts this many characters between such a match's start and the cue.
_TAIL = 200


def _search_tail(pattern: Any, text: str, lo: int, end: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, end)`` for a pattern anchored at ``end`` whose real matches are shorter than
    ``_TAIL``: searching only the last ``_TAIL`` characters keeps a cue's cost independent of its clause's length.
    The result is the same whenever the full search's match starts within them (``\\b`` and look-behinds still see
    the characters before the window)."""
    return pattern.search(text, max(lo, end - _TAIL), end)


def _phrase_comma(text: str, start: int, end: int, last: bool = False) -> int:
    """The first (or ``last``) comma between ``start`` and ``end`` that is not inside a number or a date, or -1."""
    found = -1
    for match in _COMMA_OUTSIDE_NUMBERS.finditer(text, start, end):
        if match.group(1):
            found = match.start()
            if not last:
                break
    return found


_SPACE_NOT_BEFORE_A_DIGIT = re.compile(r"\s++(?!\d)")


class _PhraseCommas:
    """The phrase commas from ``start`` to ``end``, found once for all the cues of a content (not once per cue).

    ``last_before(stop)`` is ``_phrase_comma(text, start, stop, last=True)``. When white space not followed by a
    digit starts at ``stop`` (the space before a cue), no number or date runs across it, so the scan up to ``end``
    finds the same commas before ``stop`` as a scan that stops there; else it scans again."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self._found: list[int] | None = None

    def last_before(self, stop: int) -> int:
        if stop >= self.end or not _SPACE_NOT_BEFORE_A_DIGIT.match(self.text, stop, self.end):
            return _phrase_comma(self.text, self.start, stop, last=True)
        if self._found is None:
            self._found = [
                m.start() for m in _COMMA_OUTSIDE_NUMBERS.finditer(self.text, self.start, self.end) if m.group(1)
            ]
        index = bisect_left(self._found, stop)
        return self._found[index - 1] if index else -1


def _is_ly_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and len(word) > 4


def _strip_content_end(text: str, start: int, end: int) -> int:
    """Drop trailing white space, a final full stop or comma (not a closing quotation mark)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–"):
        end -= 1
    return end
