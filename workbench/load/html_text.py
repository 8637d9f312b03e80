"""The plain text an HTML page shows, read with a streaming tokenizer: the fallback when trafilatura
keeps much less than the page visibly has.

libxml2 (under lxml, under trafilatura) stops building the tree 256 elements deep (2,048 with
``huge_tree``) and drops everything after that point, so a page nested deeper loses its body
("Nested", and nothing else). The standard library's :class:`html.parser.HTMLParser` keeps no
tree: it reads a page of any depth in one pass, in linear time, with no recursion.

What is read: the text of the body, one part per block element (paragraphs, headings, list items,
table cells, ...), ``<br>`` as a line break. What is dropped: scripts, styles, templates, embedded
documents and forms, and the page's furniture (``nav``, ``aside``, ``footer``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Elements whose content is never article text.
SKIPPED = frozenset(
    "head script style noscript template svg math iframe object embed canvas form button select textarea "
    "nav aside footer".split()
)
#: Elements that start a new part of the text.
BLOCKS = frozenset(
    "address article blockquote caption dd details dialog div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 "
    "header hgroup hr li main ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
#: Elements without an end tag: they never nest.
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


@dataclass
class PageText:
    """What a page shows: ``parts`` as ``(tag, text)`` (tag ``"head"`` for headings, ``"p"`` for
    the rest), the ``<title>``, the characters of text inside ``<p>`` elements (the page's
    paragraphs, to compare an extraction with), and how deep its elements nest (roughly: end tags
    HTML lets a page leave out are counted as still open)."""

    parts: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    paragraph_chars: int = 0
    depth: int = 0


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageText()
        self._buffer: list[str] = []
        self._tag = "p"
        self._skipping = 0
        self._in_title = self._in_paragraph = False
        self._depth = 0

    def _flush(self) -> None:
        if not self._buffer:
            self._tag = "p"
            return
        text = "".join(self._buffer)
        lines = (" ".join(line.split()) for line in text.splitlines())
        cleaned = "\n".join(line for line in lines if line)
        if cleaned:
            self.page.parts.append((self._tag, cleaned))
        self._buffer = []
        self._tag = "p"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self._depth += 1
            self.page.depth = max(self.page.depth, self._depth)
        if tag == "body":
            self._skipping = 0  # an unclosed <head> ends here
        elif tag == "title":
            self._in_title = True
        if tag in SKIPPED and tag not in VOID:
            self._skipping += 1
        elif tag == "br":
            self._buffer.append("\n")
        elif tag in BLOCKS:
            self._flush()
            self._tag = "head" if tag in HEADINGS else "p"
            self._in_paragraph = tag == "p"

    def handle_endtag(self, tag: str) -> None:
        self._depth = max(0, self._depth - 1)
        if tag == "title":
            self._in_title = False
        if tag in SKIPPED and self._skipping:
            self._skipping -= 1
        elif tag in BLOCKS:
            self._flush()
            self._in_paragraph = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page.title += data
        if self._skipping:
            return
        self._buffer.append(data)
        if self._in_paragraph:
            self.page.paragraph_chars += len(data.strip())


def page_text(html: str) -> PageText:
    """The text ``html`` shows, in parts (see the module docstring)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader._flush()
    reader.page.title = " ".join(reader.page.title.split())
    return reader.page
