"""Whose claim, whose hedge: the reporter's own voice or a source's words.

A claim linked to an attribution of :mod:`workbench.analysis.sourcing` is its speaker's (the
registry's canonical name, or UNNAMED_SOURCE when the analysis could not name it); otherwise it is
the REPORTER's. A hedge cue inside an attribution's content (a quotation or reported speech) or
its cue ("most experts believe") is that source's hedge, not the reporter's; a cue inside
quotation marks no attribution claims is an unnamed source's. Only the attributions' ``content``,
``cue``, ``source`` and ``speaker`` are read, so the sourcing analysis may change freely inside.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

from ..article import Span
from .hedges import HedgeCue

#: Whose claim or hedge it is when no source says it: the reporter's own voice.
REPORTER = "reporter"
#: A source the sourcing analysis found but could not name (or a quotation with no attribution).
UNNAMED_SOURCE = "unnamed source"


def hedge_owner(text: str, claim: Span, cue: HedgeCue, attributions: AttributionIndex) -> str:
    """Whose hedge a cue is: the source whose words (a quotation or reported speech) hold it or
    whose belief it reports ("experts believe"), an unnamed source for a quotation no attribution
    claims, else the reporter."""
    attribution = attributions.content_holding(cue.span)
    if attribution is not None:
        return getattr(attribution, "speaker", None) or UNNAMED_SOURCE
    return UNNAMED_SOURCE if _inside_quotation(text, claim.start, cue.start) else REPORTER


def _inside_quotation(text: str, start: int, position: int) -> bool:
    """Whether ``position`` lies inside quotation marks opened after ``start``."""
    before = text[start:position]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


def claim_hedge_owner(cues: tuple[HedgeCue, ...]) -> str | None:
    """A claim's hedge owner: the reporter when any of its cues is theirs, else the source's."""
    owners = [cue.owner for cue in cues]
    if not owners:
        return None
    return REPORTER if REPORTER in owners else owners[0]


class AttributionIndex:
    """The spans (content pieces, cue, source) of every attribution, sorted, for overlap look-ups
    in O(log n) per claim instead of a scan of all attributions."""

    def __init__(self, attributions: Iterable[Any]):
        parts = []
        contents = []
        for number, attribution in enumerate(attributions):
            content = list(getattr(attribution, "content", ()) or ())
            spans = content + [
                s for s in (getattr(attribution, "cue", None), getattr(attribution, "source", None)) if s is not None
            ]
            parts += [(span.start, span.end, number, attribution) for span in spans]
            cue = getattr(attribution, "cue", None)  # "experts believe": the belief is the experts'
            contents += [(span.start, span.end, number, attribution) for span in content + ([cue] if cue else [])]
        parts.sort(key=lambda part: part[:3])
        contents.sort(key=lambda part: part[:3])
        self._parts = parts
        self._starts = [part[0] for part in parts]
        self._longest = max((end - start for start, end, _, _ in parts), default=0)
        self._contents = contents
        self._content_starts = [part[0] for part in contents]

    def content_holding(self, span: Span) -> Any:
        """The attribution whose content (a quotation or reported speech) or cue holds ``span``, if any."""
        i = bisect.bisect_right(self._content_starts, span.start) - 1
        while i >= 0 and self._contents[i][0] > span.start - self._longest:
            start, end, _, attribution = self._contents[i]
            if start <= span.start and span.end <= end:
                return attribution
            i -= 1
        return None

    def linked(self, span: Span) -> Any:
        """The attribution whose spans overlap ``span`` the most (None if none does)."""
        overlaps: dict[int, int] = {}
        found: dict[int, Any] = {}
        i = bisect.bisect_left(self._starts, span.end) - 1
        while i >= 0 and self._parts[i][0] > span.start - self._longest:
            start, end, number, attribution = self._parts[i]
            overlap = min(span.end, end) - max(span.start, start)
            if overlap > 0:
                overlaps[number] = overlaps.get(number, 0) + overlap
                found[number] = attribution
            i -= 1
        if not overlaps:
            return None
        best = max(overlaps, key=lambda n: (overlaps[n], -n))
        return found[best]
