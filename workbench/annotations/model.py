"""What an analyst records about a claim, a source or a stretch of text, and where it sits.

An :class:`Anchor` pins an annotation to the article twice over, like the W3C Web Annotation
``TextPositionSelector`` + ``TextQuoteSelector`` pair: by character offsets into ``Article.text``
(Python string indices, i.e. code points, end exclusive) and by the quoted text with a little
context either side, so that the annotation can be found again after the article is edited.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ..errors import WorkbenchError

if TYPE_CHECKING:
    from ..article import Article

#: The verdicts an annotator can give; "opinion" means not checkable, "unreviewed" not yet looked at.
VERDICTS = ("unreviewed", "verified", "partly true", "disputed", "false", "unverifiable", "opinion")
#: What an annotation is about: a claim of the claim list, a source of the sourcing table, any span.
TARGETS = ("claim", "source", "span")
#: Characters of context kept either side of the quote to tell repeated quotes apart.
CONTEXT_CHARS = 32

_ANNOTATOR_NAME = re.compile(r"^[\w][\w -]{0,63}$")


class AnnotationError(WorkbenchError):
    """An annotation file cannot be read or written, or an annotation is malformed."""


def now_iso() -> str:
    """The current time in ISO 8601, UTC, to the millisecond: ``2026-11-27T04:20:00.123Z``."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def check_annotator(name: object, where: object = "<annotations>") -> str:
    """``name`` in Unicode NFKC form if it can be an annotator's name (and part of a file name):
    letters, digits, ``_``, ``-`` and spaces, at most 64 characters, no dots or slashes.

    NFKC makes look-alike spellings one name (full-width ``ａｌｉｃｅ`` is ``alice``); the check runs
    on the normalised name, so a full-width ``／`` or ``．`` is refused like ``/`` and ``.``."""
    normal = unicodedata.normalize("NFKC", name) if isinstance(name, str) else name
    if not isinstance(normal, str) or not _ANNOTATOR_NAME.match(normal) or normal != normal.strip():
        raise AnnotationError(where, f"annotator name {name!r} must be 1-64 letters, digits, '_', '-' or inner spaces")
    return normal


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotation sits: ``text[start:end] == quote``, with ``prefix``/``suffix`` the text
    just before and after (up to :data:`CONTEXT_CHARS` characters each)."""

    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""

    def __post_init__(self) -> None:
        if not all(isinstance(part, str) for part in (self.quote, self.prefix, self.suffix)):
            raise ValueError("anchor quote, prefix and suffix must be strings")
        if not (isinstance(self.start, int) and isinstance(self.end, int)) or not 0 <= self.start < self.end:
            raise ValueError(f"bad anchor offsets ({self.start!r}, {self.end!r}): need 0 <= start < end")
        if len(self.quote) != self.end - self.start:
            raise ValueError(f"anchor quote {self.quote!r} is not {self.end - self.start} characters long")

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> Anchor:
        """The anchor of ``text[start:end]``, its context read from ``text``."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span ({start}, {end}) is not a non-empty stretch of a {len(text)}-character text")
        return cls(
            start,
            end,
            text[start:end],
            text[max(0, start - CONTEXT_CHARS) : start],
            text[end : end + CONTEXT_CHARS],
        )

    @classmethod
    def from_article(cls, article: Article, start: int, end: int) -> Anchor:
        """The anchor of ``article.text[start:end]``."""
        return cls.from_text(article.text, start, end)

    def matches(self, text: str) -> bool:
        """True when ``text`` still holds the quote at the anchor's offsets."""
        return text[self.start : self.end] == self.quote

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "quote": self.quote, "prefix": self.prefix, "suffix": self.suffix}


@dataclass(slots=True)
class Annotation:
    """One annotator's judgement of one target (a claim, a source, a span) of one article.

    ``key`` names the target stably across runs ("claim:344-567", "source:Doo Jin-ho"); a store holds
    at most one annotation per key. ``fields`` holds a source's corrected type, affiliation and
    side; ``evidence`` holds URLs or short texts backing the verdict.
    """

    key: str
    target: str
    anchor: Anchor
    verdict: str = "unreviewed"
    confidence: float | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    annotator: str = ""
    created: str = field(default_factory=now_iso)
    modified: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    extra: dict[str, Any] = field(default_factory=dict)
    """Stored keys this version does not know (written by a newer workbench), kept as they were."""

    def __post_init__(self) -> None:
        if not self.modified:
            self.modified = self.created
        problem = self.problem()
        if problem:
            raise ValueError(problem)

    def problem(self) -> str | None:
        """What is wrong with this annotation's values, or None."""
        if not isinstance(self.key, str) or not self.key:
            return f"key {self.key!r} must be a non-empty string"
        if self.target not in TARGETS:
            return f"{self.key}: target {self.target!r} is not one of {', '.join(TARGETS)}"
        if not isinstance(self.anchor, Anchor):
            return f"{self.key}: anchor must be an Anchor, not {type(self.anchor).__name__}"
        if self.verdict not in VERDICTS:
            return f"{self.key}: verdict {self.verdict!r} is not one of {', '.join(VERDICTS)}"
        if self.confidence is not None and (
            isinstance(self.confidence, bool)
            or not isinstance(self.confidence, (int, float))
            or not 0.0 <= self.confidence <= 1.0
        ):
            return f"{self.key}: confidence {self.confidence!r} must be a number from 0 to 1, or None"
        if not isinstance(self.note, str):
            return f"{self.key}: note must be text"
        for name in ("tags", "evidence"):
            values = getattr(self, name)
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return f"{self.key}: {name} must be a list of strings"
        if not isinstance(self.fields, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in self.fields.items()
        ):
            return f"{self.key}: fields must map strings to strings"
        for name in ("annotator", "created", "modified", "id"):
            if not isinstance(getattr(self, name), str):
                return f"{self.key}: {name} must be a string"
        if not isinstance(self.extra, dict):
            return f"{self.key}: extra must be a dict"
        return None

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    @property
    def quote(self) -> str:
        return self.anchor.quote

    @property
    def reviewed(self) -> bool:
        return self.verdict != "unreviewed"

    def to_dict(self) -> dict[str, Any]:
        """The annotation as stored in the sidecar file (keys it does not know kept after the rest)."""
        known = {
            "id": self.id,
            "target": self.target,
            "key": self.key,
            "anchor": self.anchor.to_dict(),
            "verdict": self.verdict,
            "confidence": self.confidence,
            "note": self.note,
            "tags": list(self.tags),
            "evidence": list(self.evidence),
            "fields": dict(self.fields),
            "annotator": self.annotator,
            "created": self.created,
            "modified": self.modified,
        }
        return {**known, **{name: value for name, value in self.extra.items() if name not in known}}

    @classmethod
    def from_dict(cls, data: object) -> Annotation:
        """An annotation from its stored form; ``ValueError`` says what is wrong."""
        if not isinstance(data, dict):
            raise ValueError(f"expected an object, got {type(data).__name__}")
        missing = [name for name in ("id", "target", "key", "anchor") if name not in data]
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")
        anchor = data["anchor"]
        if not isinstance(anchor, dict) or not {"start", "end", "quote"} <= anchor.keys():
            raise ValueError("anchor must be an object with start, end and quote")
        made = Anchor(
            anchor["start"], anchor["end"], anchor["quote"], anchor.get("prefix", ""), anchor.get("suffix", "")
        )
        optional = {"verdict", "confidence", "note", "tags", "evidence", "fields", "annotator", "created", "modified"}
        stored = optional | {"id", "target", "key", "anchor"}
        return cls(
            key=data["key"],
            target=data["target"],
            anchor=made,
            id=data["id"],
            extra={name: value for name, value in data.items() if name not in stored},
            **{name: data[name] for name in optional if name in data},
        )
