"""Quotation marks: pairing them into quotations (one unclosed quote costs one quotation, never the rest),
reading the punctuation inside a closing mark, and telling direct from mixed and indirect content.
"""

from __future__ import annotations

import re

from .model import Quoted
from .rules import pattern_rule
from .textutil import _WORD, _trim_end

STAGE = "marks"

QUOTE_MARKS = '“”"'

_QUOTE_CHAR = pattern_rule(
    "quote_char",
    STAGE,
    re.compile(r"[“”\"]|''(?!')|``"),
    "A quotation mark; of three apostrophes the last two close the quotation (‘… the word 'old-school,'''’).",
)


def quoted_spans(text: str, start: int, end: int) -> list[Quoted]:
    """Pair the double quotation marks of ``text[start:end]``; an unclosed quote runs to ``end``."""
    found: list[Quoted] = []
    open_at: int | None = None
    for match in _QUOTE_CHAR.finditer(text, start, end):
        pos, stop = match.span()
        mark = '"' if match.group() == "''" else "“" if match.group() == "``" else match.group()
        before = text[pos - 1] if pos > start else " "
        after = text[stop] if stop < end else " "
        opens = mark == "“" or (mark == '"' and (before.isspace() or before in "([—–-‘'") and not after.isspace())
        if open_at is None:
            if opens or (mark == '"' and not after.isspace()):
                open_at = pos
            continue
        closes = mark == "”" or (mark == '"' and not opens) or (mark == "“" and (after.isspace() or after in ",.;:!?"))
        if closes:
            found.append(Quoted(open_at, stop, True))
            open_at = None
        elif opens:  # a new quotation opens while one is open: the first was never closed
            found.append(Quoted(open_at, _trim_end(text, open_at, pos), False))
            open_at = pos
    if open_at is not None:
        found.append(Quoted(open_at, _trim_end(text, open_at, end), False))
    return [q for q in found if _WORD.search(text, q.start, q.end)]


def _closing_punctuation(text: str, quote: Quoted) -> str:
    """The last character inside the quotation's closing mark: "." in ‘… president.”’, "," in ‘… fine,”’."""
    return text[quote.start : quote.end].rstrip("”\"'")[-1:]


def _ends_with_comma(text: str, quote: Quoted) -> bool:
    """Does the quotation end with a comma, question or exclamation mark inside its closing mark?"""
    return _closing_punctuation(text, quote) in (",", "?", "!")


def _ends_sentence(text: str, quote: Quoted) -> bool:
    """Does the quotation end with a full stop inside its closing mark?"""
    return _closing_punctuation(text, quote) == "."


def _kind_of(text: str, content: list[tuple[int, int]]) -> str:
    """ "direct" for content that is one quotation, "mixed" for reported speech holding one, else "indirect"."""
    inside = "".join(text[s:e] for s, e in content).strip().replace("''", '"').replace("``", "“")
    if not any(m in inside for m in QUOTE_MARKS):
        return "indirect"
    if inside[:1] in '“"' and inside[-1:] in '”"' and inside.count("“") + inside.count('"') <= 2:
        return "direct"
    return "mixed"
