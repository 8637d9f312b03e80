"""Plain text and Markdown → blocks.

Three shapes of input are read here, all as offsets into the text as given:

* pasted web text (the reference article): headline, sub-headline, photo caption with its
  credit "(AFP-Yonhap)", a dateline token "(WE) —" opening the first paragraph, section headings,
  paragraphs, and web furniture ("Read More:", "Exit mobile version") kept as boilerplate blocks;
* Wikinews-style text: headline, a date line ("Friday, August 21, 2015"), then paragraphs;
* Markdown: ``#`` headings, the first ``# `` heading being the headline.

Each line of a blank-line separated chunk is its own block unless it plainly continues the line
before (hard-wrapped prose), so a caption right under a sub-headline is told apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ..lexicons import entries

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: A line that is only a date: "Friday, August 21, 2015", "21 August 2015", "2015-08-21".
DATE_LINE = re.compile(
    rf"^(?:(?:{_WEEKDAYS}),?\s+)?(?:(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS}),?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\.?$"
)
# A paragraph opening with its date: "Thursday, May 7, 2015 On Tuesday, the government ..."
DATE_PREFIX = re.compile(rf"^(?P<token>(?:{_WEEKDAYS}),?\s+(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}})\s+(?=[A-Z])")
# "(WE) —", "SEOUL, May 5 (Reuters) -", "WASHINGTON —", "WELLINGTON, New Zealand (AP) —" at the start of the first
# paragraph.
_DATELINE_TOKEN = re.compile(
    r"^(?P<token>\([A-Z][\w .&'/-]{0,30}\)|[A-Z][A-Z .'/-]{1,30}"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\s+\d{1,2})?(?:,\s*\d{4})?)?"
    r"(?:\s*\([A-Z][\w .&'/-]{0,30}\))?)\s*(?=[—–-]{1,2}\s)"
)
# A photo credit closing a caption: "(AFP-Yonhap)", "(AP Photo/Ahn Young-joon)", "Image: NASA."
_CREDIT = re.compile(
    r"(?:\((?:[^()]*\b(?:AFP|AP|Reuters|Yonhap|EPA|Getty|Xinhua|Photo|Courtesy|News1|Newsis|Bloomberg"
    r"|Kyodo|Sputnik|TASS|KCNA|Shutterstock|Wikimedia|Image|File|Pool)\b[^()]*)\)"
    r"|(?:Image|Photo|Picture|Credit|Photograph)s?:\s*[^.]{1,80}\.?)\s*$",
    re.IGNORECASE,
)
_CREDIT_REACH = 200
_CAPTION_START = re.compile(r"^(?:Photo|Image|Picture|Caption|Pictured|Above|Top|File photo)\s*[:—–-]", re.I)
_BYLINE = re.compile(r"^(?:By|Written by|Reporting by)\s+(?P<author>[A-Z][^\n]{1,80})$")
_TERMINAL = tuple('.!?:;,…"”’)')
_CLOSING = "\"'”’»)]"
# The list of sources or links that closes a Wikinews article: not part of the story.
_REFERENCES_HEADING = re.compile(r"^(?:#+\s*)?(?:Sources?|References|External links|Related news|See also)$", re.I)
_MD_HEADING = re.compile(r"^(#{1,6})\s+")


@dataclass(frozen=True)
class Parsed:
    """What the text parser found: blocks as ``(kind, start, end)`` and metadata hints."""

    blocks: list[tuple[str, int, int]]
    title: str | None = None
    date: date | None = None
    author: str | None = None
    dateline: str | None = None


def _boilerplate_patterns() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(entries("boilerplate")) + ")", re.IGNORECASE)


_BOILERPLATE: re.Pattern[str] | None = None


def is_boilerplate(line: str) -> bool:
    """True for a line of web furniture ("Read More:", "Exit mobile version", "Share this")."""
    global _BOILERPLATE
    if _BOILERPLATE is None:
        _BOILERPLATE = _boilerplate_patterns()
    core = line.strip().strip(":|>»›•·-–—*_ ").strip()
    return bool(core) and len(core) <= 120 and _BOILERPLATE.fullmatch(core) is not None


def parse_date_line(line: str) -> date | None:
    """The date of a date line, or None when the line is not only a date."""
    line = line.strip()
    if not DATE_LINE.match(line):
        return None
    core = re.sub(rf"^(?:{_WEEKDAYS}),?\s+", "", line).rstrip(".").replace(",", "")
    for fmt in ("%B %d %Y", "%d %B %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(core, fmt).date()
        except ValueError:
            continue
    return None


def _lines(text: str) -> list[tuple[int, int] | None]:
    """Non-blank lines as (start, end) with surrounding white space trimmed; None marks a blank line."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, end = pos, pos + len(raw.rstrip("\r\n"))
        pos += len(raw)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((start, end) if end > start else None)
    return out


def _chunks(text: str, markdown: bool) -> list[tuple[int, int]]:
    """Raw blocks: runs of lines, cut at blank lines and where a line stands alone."""
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for line in _lines(text):
        if line is None:
            if current:
                blocks.append(current)
            current = None
            continue
        if current is None:
            current = line
        elif _continues(text, current, line, markdown):
            current = (current[0], line[1])
        else:
            blocks.append(current)
            current = line
    if current:
        blocks.append(current)
    return blocks


def _continues(text: str, previous: tuple[int, int], line: tuple[int, int], markdown: bool) -> bool:
    """Whether ``line`` continues the hard-wrapped prose of ``previous`` rather than starting a block."""
    prev_text, line_text = text[previous[0] : previous[1]], text[line[0] : line[1]]
    if markdown:
        return not (_MD_HEADING.match(line_text) or _MD_HEADING.match(prev_text) or is_boilerplate(line_text))
    last_line = prev_text.rsplit("\n", 1)[-1]
    if is_boilerplate(line_text) or is_boilerplate(last_line):
        return False
    if line_text[:1].islower():
        return True
    return len(last_line) >= 60 and not last_line.endswith(_TERMINAL)


def _is_title_like(line: str, max_words: int = 16, question: bool = True) -> bool:
    """Short, one line, no closing sentence punctuation: a headline (which may ask a question)."""
    words = line.split()
    core = line.rstrip(_CLOSING)
    terminal = (".", ",", ";", ":", "…") if question else (".", ",", ";", ":", "…", "?", "!")
    return (
        0 < len(words) <= max_words
        and "\n" not in line
        and not core.endswith(terminal)
        and line[:1].isupper() | line[:1].isdigit() | (line[:1] in "\"“‘'")
    )


def _is_first_line_headline(text: str, raw: list[tuple[int, int]]) -> bool:
    """The opening line of a text is its headline when it is one short line. It may end in a full
    stop ("Stocks Fall Sharply.", common in some archives), but not when it is alone in the text or
    when the lines after it are single sentences too: then the text is a list of sentences (a
    transcript, a corpus file) and its first line is the first sentence of the body."""
    line = text[raw[0][0] : raw[0][1]]
    core = line.rstrip(_CLOSING)
    if not _is_title_like(core.rstrip("."), 30) or _is_caption(line) or DATE_LINE.match(line):
        return False
    if not core.endswith("."):
        return True
    following = [text[start:end] for start, end in raw[1:3]]
    return bool(following) and not all(_is_one_sentence_line(f) for f in following)


def _is_one_sentence_line(line: str) -> bool:
    """One line of prose that is one sentence: it ends like one and holds no other sentence end."""
    return (
        "\n" not in line
        and line.rstrip(_CLOSING).endswith((".", "?", "!"))
        and not _SENTENCE_BREAK.search(line)
        and not DATE_LINE.match(line)
    )


_SENTENCE_BREAK = re.compile(r"[a-z][.!?][\"'”’)]*\s+[\"“‘]?[A-Z]")


def _is_heading_like(line: str) -> bool:
    """A section heading: title-like, no question or exclamation, and in title case or capitals."""
    if not _is_title_like(line, 16, question=False):
        return False
    words = [w for w in line.split() if w[:1].isalpha() or w[:1] in "‘'\"“"]
    capitalised = sum(1 for w in words if w.lstrip("‘'\"“")[:1].isupper())
    return len(words) <= 4 or capitalised >= 0.5 * len(words)


def _is_caption(line: str) -> bool:
    return bool(_has_credit(line) or _CAPTION_START.match(line))


def _has_credit(line: str) -> bool:
    """Whether a photo credit closes the line. The credit is short and ends the line with ")" or
    follows a ":", so only the line's end is searched, and only when it can hold one: the search is
    tried at every position, which made it the slowest step of loading a long paragraph."""
    tail = line[-_CREDIT_REACH:]
    if not (tail.rstrip().endswith(")") or ":" in tail):
        return False
    return _CREDIT.search(tail) is not None


def parse(text: str, markdown: bool = False, headline: bool = True) -> Parsed:
    """Find the blocks of a pasted web article, a Wikinews text or a Markdown file.

    ``headline=False`` says the text does not open with a headline line (a record's body whose
    title is kept apart), so a short first paragraph stays a paragraph."""
    raw = _chunks(text, markdown)
    blocks: list[tuple[str, int, int]] = []
    title = author = dateline = None
    found_date = None
    seen_paragraph = in_references = False
    for i, (start, end) in enumerate(raw):
        line = text[start:end]
        md = _MD_HEADING.match(line) if markdown else None
        kind = "paragraph"
        if is_boilerplate(line):
            kind = "boilerplate"
        elif md:
            kind = "headline" if title is None and not seen_paragraph and md.group(1) == "#" else "heading"
        elif i == 0 and headline and _is_first_line_headline(text, raw):
            kind = "headline"
        elif found_date is None and not seen_paragraph and (d := parse_date_line(line)):
            kind, found_date = "dateline", d
        elif (byline := _BYLINE.match(line.strip("*_ "))) and len(line.split()) <= 12:
            kind = "byline"
            author = author or byline.group("author").strip("*_ ")
        elif _is_caption(line) and len(line.split()) <= 80:
            kind = "caption"
        elif not seen_paragraph and title is not None and _is_title_like(line, 30):
            kind = "subheadline"
        elif seen_paragraph and _REFERENCES_HEADING.match(line):
            kind, in_references = "heading", True
        elif seen_paragraph and _is_heading_like(line) and _next_is_prose(text, raw, i):
            kind, in_references = "heading", False
        elif in_references:
            kind = "boilerplate"  # the source list under a Wikinews "Sources" heading
        if kind == "headline":
            title = _strip_markdown_heading(line)
        if kind == "paragraph" and not seen_paragraph and dateline is None:
            date_prefix = DATE_PREFIX.match(line) if found_date is None else None
            token = date_prefix or _DATELINE_TOKEN.match(line)
            if token and len(token.group("token")) < len(line) // 2:
                dateline = token.group("token").rstrip()
                if date_prefix:
                    found_date = parse_date_line(dateline)
                blocks.append(("dateline", start, start + len(dateline)))
                start = _skip_space(text, start + len(dateline))
        if kind == "paragraph":
            seen_paragraph = True
        blocks.append((kind, start, end))
    return Parsed(blocks, title=title, date=found_date, author=author, dateline=dateline)


def _next_is_prose(text: str, raw: list[tuple[int, int]], i: int) -> bool:
    """A heading is followed by running text (or ends the article)."""
    for start, end in raw[i + 1 :]:
        line = text[start:end]
        if is_boilerplate(line):
            continue
        return not _is_heading_like(line) or _is_caption(line)
    return False


def _strip_markdown_heading(line: str) -> str:
    return _MD_HEADING.sub("", line).strip()


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
