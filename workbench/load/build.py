"""Turn a text and its found blocks into an :class:`~workbench.article.Article`."""

from __future__ import annotations

from dataclasses import replace

from ..article import Article, Block, Metadata, Sentence
from ..sentences import split_spans
from .text import parse


def build_article(text: str, blocks: list[tuple[str, int, int]], meta: Metadata) -> Article:
    """Number the blocks, assign sections (a new one at each heading) and split sentences."""
    numbered: list[Block] = []
    sentences: list[Sentence] = []
    section = 0
    for kind, start, end in blocks:
        if kind == "heading":
            section += 1
        block = Block(kind, start, end, len(numbered), section)
        numbered.append(block)
        for s_start, s_end in split_spans(text, start, end):
            sentences.append(Sentence(s_start, s_end, len(sentences), block.index))
    return Article(text, tuple(numbered), tuple(sentences), meta)


def article_from_text(
    text: str, meta: Metadata | None = None, markdown: bool = False, headline: bool = True
) -> Article:
    """Parse pasted web text, Wikinews-style text or Markdown into an article.

    Metadata found in the text (headline as title, date line, byline) fills only the fields that
    ``meta`` leaves empty. ``headline=False``: the text does not open with a headline line.
    """
    meta = meta or Metadata()
    parsed = parse(text, markdown=markdown, headline=headline)
    meta = replace(
        meta,
        title=meta.title or parsed.title,
        date=meta.date or parsed.date,
        author=meta.author or parsed.author,
        outlet=meta.outlet or _outlet_from_dateline(parsed.dateline),
    )
    return build_article(text, parsed.blocks, meta)


def _outlet_from_dateline(token: str | None) -> str | None:
    """ "(WE)" names the outlet; "SEOUL" names a place, not an outlet."""
    if token and token.startswith("(") and token.endswith(")"):
        return token[1:-1].strip() or None
    return None
