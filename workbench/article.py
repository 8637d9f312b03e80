"""The article model: the original text, untouched, and its parts as offsets into it.

An :class:`Article` plays the part of spaCy's ``Doc``: it owns the text, and every block,
sentence and analysis result is a pair of character offsets (``start``, ``end``; Python string
indices, end exclusive) into ``Article.text``. Nothing here analyses anything; loaders build
articles and analyses read them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only where a DataFrame is asked for
    import pandas as pd

BLOCK_KINDS = (
    "headline",
    "subheadline",
    "byline",
    "dateline",
    "caption",
    "heading",
    "paragraph",
    "boilerplate",
)
#: Kinds whose text is the article's running prose: what readability, sourcing and claims read.
BODY_KINDS = frozenset({"paragraph"})


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``text[start:end]``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span ({self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Block:
    """One part of the article in reading order (a headline, a caption, a paragraph, ...)."""

    kind: str
    start: int
    end: int
    index: int
    section: int = 0
    """Number of the section the block belongs to: 0 before the first heading, then 1, 2, ..."""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence inside one block."""

    start: int
    end: int
    index: int
    block: int
    """Index of the block that holds the sentence."""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class Section:
    """A heading (or the article's opening, which has none) and the blocks under it."""

    index: int
    heading: Block | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Metadata:
    """What is known about an article besides its text."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: date | None = None
    url: str | None = None
    language: str = "en"
    source_path: str | None = None
    sha256: str = ""
    encoding: str = "utf-8"
    repairs: tuple[str, ...] = ()
    """What the loader had to mend to read the text (a BOM, double-encoded UTF-8, ...)."""
    notes: tuple[str, ...] = ()
    """What the loader noticed but left as written (a stray double-encoded sequence, ...)."""
    text_is_file: bool = True
    """True when ``Article.text`` is exactly what ``Path(source_path).read_text("utf-8")`` gives."""


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """An article: its original text, its blocks and sentences, and its metadata."""

    text: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    meta: Metadata = field(default_factory=Metadata)

    def __post_init__(self) -> None:
        if not self.meta.sha256:
            object.__setattr__(self, "meta", replace(self.meta, sha256=sha256_of(self.text)))

    # --- text of parts -------------------------------------------------------------------
    def slice(self, part: Span | Block | Sentence | tuple[int, int]) -> str:
        """The original text of a span, block or sentence (or a ``(start, end)`` pair)."""
        start, end = part if isinstance(part, tuple) else (part.start, part.end)
        return self.text[start:end]

    @property
    def title(self) -> str | None:
        return self.meta.title

    @property
    def path(self) -> str | None:
        return self.meta.source_path

    # --- structure -----------------------------------------------------------------------
    def blocks_of(self, *kinds: str) -> list[Block]:
        return [b for b in self.blocks if b.kind in kinds]

    @property
    def headline(self) -> Block | None:
        found = self.blocks_of("headline")
        return found[0] if found else None

    @property
    def body(self) -> list[Block]:
        """The paragraphs: the running prose that analyses read (no headings, captions, boilerplate)."""
        return [b for b in self.blocks if b.kind in BODY_KINDS]

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        groups: dict[int, list[Block]] = {}
        for block in self.blocks:
            groups.setdefault(block.section, []).append(block)
        sections = []
        for number, blocks in sorted(groups.items()):
            heading = next((b for b in blocks if b.kind == "heading"), None)
            sections.append(Section(number, heading, tuple(blocks)))
        return tuple(sections)

    def sentences_in(self, block: Block) -> list[Sentence]:
        return [s for s in self.sentences if s.block == block.index]

    @property
    def body_sentences(self) -> list[Sentence]:
        body = {b.index for b in self.body}
        return [s for s in self.sentences if s.block in body]

    def block_at(self, offset: int) -> Block | None:
        """The block that holds the character at ``offset``."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the character at ``offset`` (binary search)."""
        import bisect

        starts = self._sentence_starts
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def iter_body_text(self) -> Iterator[tuple[Block, str]]:
        for block in self.body:
            yield block, self.slice(block)

    @property
    def body_text(self) -> str:
        """The paragraphs joined by blank lines (for whole-article scores)."""
        return "\n\n".join(text for _, text in self.iter_body_text())

    @property
    def word_count(self) -> int:
        return sum(len(text.split()) for _, text in self.iter_body_text())

    # --- tables ----------------------------------------------------------------------------
    def blocks_frame(self) -> pd.DataFrame:
        """One row per block: index, kind, section, start, end, text."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "index": b.index,
                    "kind": b.kind,
                    "section": b.section,
                    "start": b.start,
                    "end": b.end,
                    "text": self.slice(b),
                }
                for b in self.blocks
            ],
            columns=["index", "kind", "section", "start", "end", "text"],
        )

    def sentences_frame(self) -> pd.DataFrame:
        """One row per sentence: index, block, block kind, start, end, text."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "index": s.index,
                    "block": s.block,
                    "kind": self.blocks[s.block].kind,
                    "start": s.start,
                    "end": s.end,
                    "text": self.slice(s),
                }
                for s in self.sentences
            ],
            columns=["index", "block", "kind", "start", "end", "text"],
        )

    def __repr__(self) -> str:
        from .summary import plural

        name = self.meta.source_path or self.meta.url or "<text>"
        counts = ", ".join(
            plural(n, noun)
            for n, noun in ((len(self.blocks), "block"), (len(self.sentences), "sentence"), (self.word_count, "word"))
        )
        return f"<Article {self.meta.title!r} from {name}: {counts}>"
