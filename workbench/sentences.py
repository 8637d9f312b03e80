"""Sentence splitting that survives news text.

A rule-based splitter (in the spirit of Punkt and of pySBD's "golden rules", without a model):
a sentence ends at ``.``, ``!``, ``?`` or an ellipsis, together with any closing quotation marks
or brackets after it, when white space and then the start of a new sentence follow. It does not
end after a known abbreviation ("Gen.", "Jan.", "U.N."), after an initial ("John F. Kennedy"),
inside numbers ("3.5", "$1.2 billion"), before a lower-case word ('"Why?" he asked.'), or at
an em dash. A quotation that runs over several sentences is split into them, each keeping its
own quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicons import word_set

_OPENERS = "\"'“‘«([{"
_CLOSERS = "\"'”’»)]}"
# Terminal punctuation and the closing quotes/brackets that belong to it, then white space.
_CANDIDATE = re.compile(r"(?:[.!?]+|…|\.\s?\.\s?\.)[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_LEADING_JUNK = re.compile(r"[\s—–\-]+")
# Initials or an acronym written with dots, without its last dot: "J.R.R", "F.B.I".
_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")

# Words that commonly open a sentence: after "U.S." or "etc." they tell that a sentence ended.
_SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I In On At But And However This That These Those There "
    "His Her Its Their Our As After When While If For So Yet Meanwhile Still".split()
)


def _abbreviations() -> frozenset[str]:
    return word_set("abbreviations")


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; return their ``(start, end)`` offsets in ``text``.

    Leading and trailing white space (and a leading dash, as after a dateline) is left out of
    every sentence; nothing else is.
    """
    end = len(text) if end is None else end
    return list(_iter_spans(text, start, end))


def _iter_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    abbreviations = _abbreviations()
    sentence_start = _skip_junk(text, start, end)
    for match in _CANDIDATE.finditer(text, sentence_start, end):
        stop = match.end()
        if stop <= sentence_start:
            continue
        following = _skip_space(text, stop, end)
        if following >= end:
            break
        if not _is_boundary(text, match, following, abbreviations):
            continue
        yield sentence_start, stop
        sentence_start = _skip_junk(text, following, end)
    tail_end = end
    while tail_end > sentence_start and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > sentence_start:
        yield sentence_start, tail_end


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _skip_junk(text: str, i: int, end: int) -> int:
    match = _LEADING_JUNK.match(text, i, end)
    if match and match.end() < end:
        return match.end()
    return _skip_space(text, i, end)


def _token_before(text: str, end: int) -> str:
    """The run of non-space characters that ends at ``end`` (a backward scan: a regex search from
    the start of the text would make splitting quadratic in its length)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_boundary(text: str, match: re.Match[str], following: int, abbreviations: frozenset[str]) -> bool:
    nxt = text[following]
    punct = match.group(0).rstrip(_CLOSERS)
    if nxt.islower():
        return False  # '"Why?" he asked.', 'the U.S. economy', '... and then'
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if punct != ".":
        return True  # ! ? … and runs of dots followed by a capital
    if match.group(0) != punct:
        return True  # a closing quote or bracket after the full stop
    token = _token_before(text, match.start())
    token = token.lstrip(_OPENERS + "—–-")
    if not token:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "John F. Kennedy"
    lower = token.lower()
    if lower in abbreviations or _DOTTED_CAPITALS.fullmatch(token):
        # "Gen." never ends a sentence; "U.S.", "J.R.R." and "etc." do before a typical opener.
        next_word = re.match(r"[\w’']+", text[following : following + 20])
        is_multi_dot = "." in lower or lower == "etc"
        return bool(is_multi_dot and next_word and next_word.group(0) in _SENTENCE_STARTERS)
    return True
