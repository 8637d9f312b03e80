"""The records of sourcing: an attribution as exported, a draft while it is being found, a quotation span."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...article import Span
from .cues import CueWord


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement: what was said (content), the cue, who said it (as written and canonical)."""

    kind: str
    content: tuple[Span, ...]
    cue: Span | None
    source: Span | None
    speaker: str | None
    block: int
    sentence: int | None

    @property
    def span(self) -> Span:
        """From the first to the last character of the content."""
        return Span(self.content[0].start, self.content[-1].end)

    def to_contract(self) -> dict[str, Any]:
        """The export contract's "quotes" entry."""
        return {
            "content": [[s.start, s.end] for s in self.content],
            "cue": [self.cue.start, self.cue.end] if self.cue else None,
            "source": [self.source.start, self.source.end] if self.source else None,
            "speaker": self.speaker,
            "kind": self.kind,
        }


@dataclass
class Draft:
    """An attribution while it is being found; ``follows`` points at the attribution a floating quote continues."""

    kind: str
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    block: int
    follows: int | None = None
    cue_word: CueWord | None = None
    own_voice: bool = False
    """A report that stays an attribution of its own inside another one's content ("Park noted the findings show …")."""

    @property
    def start(self) -> int:
        return self.content[0][0]


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch between quotation marks (marks included); ``closed`` is False for a quote left open."""

    start: int
    end: int
    closed: bool
