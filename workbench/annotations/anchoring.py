"""Finding annotations again after the article's text has changed.

The same idea as the W3C TextQuoteSelector (and Hypothesis' anchoring): an anchor remembers its
offsets *and* its quote with some context. Against a new text, an anchor is

* **kept** when the quote is still at its offsets (and no other occurrence fits its context better);
* **moved** to the occurrence of the quote whose prefix/suffix best match the remembered context,
  the nearest to the old offset among equals — or, failing an exact occurrence, to a stretch that
  differs from the quote only in whitespace (a paragraph re-wrapped);
* **lost** when the quote is nowhere: the annotation is then kept unchanged and flagged, never
  dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .model import Anchor, Annotation


def _common_suffix_length(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix_length(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> int:
    """How many characters of the remembered prefix and suffix the text has around ``start:end``."""
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return _common_suffix_length(anchor.prefix, before) + _common_prefix_length(anchor.suffix, after)


def _occurrences(text: str, quote: str) -> Iterator[tuple[int, int]]:
    """Every place ``quote`` occurs in ``text``, overlapping ones included."""
    at = text.find(quote)
    while at != -1:
        yield at, at + len(quote)
        at = text.find(quote, at + 1)


def _whitespace_variants(text: str, quote: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` equal to ``quote`` but for the amount and kind of whitespace."""
    words = quote.split()
    if not words:
        return
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    for match in pattern.finditer(text):
        yield match.start(), match.end()


def locate(anchor: Anchor, text: str) -> Anchor | None:
    """The anchor's place in ``text`` (with context read afresh), or None if the quote is gone."""
    for candidates in (_occurrences(text, anchor.quote), _whitespace_variants(text, anchor.quote)):
        best = max(
            candidates,
            key=lambda span: (_context_score(text, span[0], span[1], anchor), -abs(span[0] - anchor.start)),
            default=None,
        )
        if best is not None:
            return Anchor.from_text(text, *best)
    return None


@dataclass(frozen=True)
class Reanchored:
    """The annotations against a new text: all of them (moved ones with their new anchors), the
    ones that could not be found (kept with their old anchors), and a warning per move or loss."""

    annotations: list[Annotation]
    unanchored: list[Annotation]
    warnings: list[str]


def _short(quote: str, limit: int = 60) -> str:
    flat = " ".join(quote.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def reanchor(annotations: Iterable[Annotation], text: str) -> Reanchored:
    """Anchor each annotation in ``text`` (see the module docstring); nothing is ever dropped."""
    placed: list[Annotation] = []
    unanchored: list[Annotation] = []
    warnings: list[str] = []
    for annotation in annotations:
        old = annotation.anchor
        if old.matches(text) and _context_score(text, old.start, old.end, old) == len(old.prefix) + len(old.suffix):
            placed.append(annotation)
            continue
        new = locate(old, text)
        if new is None:
            unanchored.append(annotation)
            placed.append(annotation)
            warnings.append(
                f"{annotation.key}: could not re-anchor {_short(old.quote)} (no longer in the text); "
                f"kept at {old.start}-{old.end} and flagged unanchored"
            )
            continue
        if (new.start, new.end) != (old.start, old.end) or new.quote != old.quote:
            warnings.append(
                f"{annotation.key}: re-anchored {_short(old.quote)} from {old.start}-{old.end} to {new.start}-{new.end}"
            )
        placed.append(replace(annotation, anchor=new))
    return Reanchored(placed, unanchored, warnings)
