"""HTML pages → an article, through trafilatura.

trafilatura finds the article body among the page's navigation, share buttons, scripts and
footers, and reads the metadata (title, author, date, site name, canonical url). Its result is
plain text only: elements become text, so a ``<script>``, an ``onerror=`` handler or a
``javascript:`` link can never reach the article as markup.

The extracted text, one blank line between the page's paragraphs, headings and list items,
*becomes* the article's original text (``meta.text_is_file`` is False): every offset points into
it, and the JSON export carries it. It is then parsed like pasted text, so headings, captions,
datelines and boilerplate lines are found the same way everywhere. The page's title opens the
text as its headline when the body does not already start with it.

The body is never lost silently: when trafilatura keeps much less than the page shows (a page
nested deeper than the HTML parser's limit, where it keeps only what comes before; or under a
tenth of the page's paragraph text), the page is read as plain text instead
(:mod:`.html_text`), and ``meta.notes`` says so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from ..article import Article, Metadata
from ..errors import LoadError
from .build import article_from_text, build_article
from .html_text import page_text

#: trafilatura's options, chosen for articles: precision over recall (a stray "related stories"
#: list is worse than a lost paragraph), no comments, no tables (their cells read as nonsense
#: sentences); the fallback extractors stay on, they rescue odd layouts for ~1 ms a page.
EXTRACT_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "with_metadata": True,
}
#: Elements of trafilatura's output tree that become blocks of their own.
_BLOCK_TAGS = {"head", "p", "quote", "item", "code"}
_SPACES = re.compile(r"[^\S\n]+")
_WHOLE_PAGE = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
#: libxml2 (under lxml and trafilatura) drops everything nested deeper than this.
PARSER_DEPTH_LIMIT = 256
#: Below this share of the page's paragraph text, trafilatura's extraction gives way to plain text.
FALLBACK_SHARE = 0.1


def article_from_html(html: str, meta: Metadata) -> Article:
    """Extract the article in an HTML page and parse it; metadata given in ``meta`` wins over
    what the page says."""
    import trafilatura
    from trafilatura.settings import Document

    name = meta.source_path or "<html>"
    if not _WHOLE_PAGE.search(html[:5000]):
        html = f"<html><body>{html}</body></html>"  # a pasted fragment: trafilatura wants a page
    try:
        extracted = trafilatura.bare_extraction(html, **EXTRACT_OPTIONS)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise LoadError(name, f"HTML could not be parsed ({exc})") from None
    # as_dict is off, so a Document comes back (or None when nothing could be extracted)
    document = extracted if isinstance(extracted, Document) else None
    parts = _text_parts(document.body) if document is not None and document.body is not None else []
    parts, note, page_title = _or_plain_text(html, parts)
    if not parts:
        raise LoadError(name, "no article text could be extracted from the HTML page")

    title = _one_line(document.title if document is not None else None) or _one_line(page_title)
    if title and parts[0][1] != title:
        parts.insert(0, ("head", title))
    text, head_spans = _join(parts)
    meta = replace(
        meta,
        title=meta.title or title,
        author=meta.author or _one_line(getattr(document, "author", None)),
        outlet=meta.outlet or _one_line(getattr(document, "sitename", None)),
        url=meta.url or getattr(document, "url", None) or None,
        date=meta.date or _iso_date(getattr(document, "date", None)),
        text_is_file=False,
        notes=meta.notes + ((note,) if note else ()),
    )
    # The page's markup, not the look of the first line, says what the headline is.
    article = article_from_text(text, meta, headline=False)
    return _with_page_headings(article, head_spans)


def _or_plain_text(html: str, parts: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], str | None, str]:
    """trafilatura's parts, or the page's plain text when they hold much less than the page shows,
    with a note saying why; and the page's ``<title>``."""
    page = page_text(html)
    kept = sum(len(text) for _, text in parts)
    if sum(len(text) for _, text in page.parts) <= kept:
        return parts, None, page.title
    if page.depth > PARSER_DEPTH_LIMIT and _parser_hits_depth_limit(html):
        why = f"the page nests elements deeper than the HTML parser's limit of {PARSER_DEPTH_LIMIT}"
    elif kept < FALLBACK_SHARE * page.paragraph_chars:
        why = f"the extraction kept {kept:,} characters of the page's {page.paragraph_chars:,} in paragraphs"
    else:
        return parts, None, page.title
    note = f"read as plain text (scripts, styles and navigation dropped) because {why}"
    return page.parts, note, page.title


def _parser_hits_depth_limit(html: str) -> bool:
    """Whether libxml2, as trafilatura runs it, stops building the page's tree part way."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except Exception:  # lxml raises several kinds on broken markup; trafilatura already coped
        return False
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def _join(parts: list[tuple[str, str]]) -> tuple[str, set[tuple[int, int]]]:
    """The article text, one blank line between parts, and the spans of the page's headings."""
    pieces, head_spans, offset = [], set(), 0
    for tag, part in parts:
        if tag == "head":
            head_spans.add((offset, offset + len(part)))
        pieces.append(part)
        offset += len(part) + 2
    return "\n\n".join(pieces) + "\n", head_spans


def _with_page_headings(article: Article, head_spans: set[tuple[int, int]]) -> Article:
    """Trust the page's markup where the text parser saw only a paragraph: the first heading is
    the headline (even a long title, or one ending in a full stop), later ones section headings.
    Kinds the parser chose otherwise (subheadline, boilerplate) stay."""
    blocks, changed = [], False
    for block in article.blocks:
        kind = block.kind
        if (block.start, block.end) in head_spans:
            if block.index == 0:
                kind = "headline"
            elif kind == "paragraph":
                kind = "heading"
        changed |= kind != block.kind
        blocks.append((kind, block.start, block.end))
    return build_article(article.text, blocks, article.meta) if changed else article


def _text_parts(body) -> list[tuple[str, str]]:  # body: lxml element of trafilatura's output
    """``(tag, text)`` of each block element, in document order; line breaks kept, spaces squeezed."""
    parts = []
    for element in body.iter(*_BLOCK_TAGS):
        if any(ancestor.tag in _BLOCK_TAGS for ancestor in element.iterancestors()):
            continue  # a paragraph inside a quote or a list item is read with it
        text = _clean(_element_text(element))
        if text:
            parts.append((element.tag, text))
    return parts


def _element_text(element) -> str:
    pieces = [element.text or ""]
    for child in element:
        pieces.append("\n" if child.tag == "lb" else _element_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _clean(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
