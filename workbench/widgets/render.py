"""HTML for the widgets, built by pure functions that tests call directly.

Every piece of article text (and every name or cue taken from it) goes through
:func:`html.escape` before it becomes HTML, so an article that contains ``<script>``,
``<img onerror=...>`` or ``javascript:`` links shows those characters and runs nothing.
Only markup written here, colours from :data:`SPEAKER_PALETTE` and numbers are left unescaped.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from ..analysis.hedges import HedgeCue
    from ..article import Article, Block
    from ..pipeline import Analysis

#: Background colours for quotes, one per speaker in order of first appearance.
SPEAKER_PALETTE = (
    "#cfe8ff",
    "#ffe0b3",
    "#d7f5d0",
    "#f6d0f0",
    "#fff3a8",
    "#d9d2ff",
    "#ffd6d6",
    "#c9f2ef",
    "#e8e0cc",
    "#e0e0e0",
)
#: Colour of quotes whose speaker is not known.
UNKNOWN_SPEAKER_COLOUR = "#eeeeee"

#: Inline style of each kind of mark; inline because Voilà and JupyterLab both keep it.
MARK_STYLES = {
    "quote": "border-radius:2px",
    "source": "font-weight:600",
    "cue": "font-variant:small-caps",
    "hedge": "text-decoration:underline dotted #d9480f 2px;color:#a13600",
    "claim": "border-bottom:2px solid #1c7ed6",
}
MARK_KINDS = tuple(MARK_STYLES)
#: The kinds of attribution, as the stepper's panel counts them for each source on screen.
QUOTE_KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of article text to highlight: ``text[start:end]`` as a ``kind`` mark."""

    start: int
    end: int
    kind: str
    label: str = ""
    """Shown as a tooltip: the speaker's name, the hedge cue and why it counts, ..."""
    colour: str | None = None
    """Background colour (quotes: the speaker's colour)."""


def escape(text: object) -> str:
    """``text`` made safe to place in HTML, in element content and in quoted attributes."""
    return html.escape(str(text), quote=True)


def speaker_colours(speakers: Iterable[str | None]) -> dict[str, str]:
    """A colour for each named speaker, in order of first appearance (the palette repeats)."""
    colours: dict[str, str] = {}
    for speaker in speakers:
        if speaker and speaker not in colours:
            colours[speaker] = SPEAKER_PALETTE[len(colours) % len(SPEAKER_PALETTE)]
    return colours


def highlight_html(text: str, start: int, end: int, marks: Sequence[Mark]) -> str:
    """``text[start:end]`` as escaped HTML, each stretch covered by marks wrapped in one span.

    Overlapping marks are fine: the text is cut at every mark boundary and each piece carries
    the classes, styles and tooltips of all the marks over it.
    """
    inside = [m for m in marks if m.start < end and start < m.end and m.start < m.end]
    cuts = sorted({start, end} | {max(start, min(end, p)) for m in inside for p in (m.start, m.end)})
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        over = [m for m in inside if m.start <= left and right <= m.end]
        piece = escape(text[left:right])
        if over:
            pieces.append(_wrap(piece, over))
        else:
            pieces.append(piece)
    return "".join(pieces)


def _wrap(piece: str, marks: Sequence[Mark]) -> str:
    marks = sorted(marks, key=lambda m: MARK_KINDS.index(m.kind))
    kinds = list(dict.fromkeys(m.kind for m in marks))
    styles = [MARK_STYLES[k] for k in kinds]
    colour = next((m.colour for m in marks if m.colour), None)
    if colour:
        styles.append(f"background:{colour}")
    labels = " · ".join(dict.fromkeys(m.label for m in marks if m.label))
    classes = " ".join(f"wb-mark-{k}" for k in kinds)
    title = f' title="{escape(labels)}"' if labels else ""
    return f'<span class="wb-mark {classes}" style="{";".join(styles)}"{title}>{piece}</span>'


def analysis_marks(analysis: Analysis, colours: dict[str, str]) -> list[Mark]:
    """Every mark the analyses give: quotes (by speaker), their sources and cues, hedges, claims."""
    marks = []
    for attribution in analysis.sourcing.attributions:
        speaker = attribution.speaker or ""
        colour = colours.get(speaker, UNKNOWN_SPEAKER_COLOUR)
        label = f"{attribution.kind} quote: {speaker or 'speaker unknown'}"
        for span in attribution.content:
            marks.append(Mark(span.start, span.end, "quote", label, colour))
        if attribution.source is not None:
            marks.append(Mark(attribution.source.start, attribution.source.end, "source", speaker))
        if attribution.cue is not None:
            marks.append(Mark(attribution.cue.start, attribution.cue.end, "cue", "reporting cue"))
    for cue in owned_hedge_cues(analysis):
        marks.append(Mark(cue.start, cue.end, "hedge", hedge_label(cue)))
    for number, claim in enumerate(analysis.claims, start=1):
        kind = "check-worthy claim" if claim.checkworthy else "claim"
        marks.append(Mark(claim.start, claim.end, "claim", f"{kind} {number}"))
    return marks


def owned_hedge_cues(analysis: Analysis) -> list[HedgeCue]:
    """The article's hedge cues, each as its claim reads it (with its ``owner``) where a claim
    holds it; a cue outside every claim (a headline's) keeps no owner."""
    in_claims = {(cue.start, cue.end): cue for claim in analysis.claims for cue in claim.hedge_cues}
    return [in_claims.get((cue.start, cue.end), cue) for cue in analysis.hedge_cues]


def hedge_reading(cue: HedgeCue) -> str:
    """The cue and why it counts: ``“may”: modal of possibility (…)`` (its kind when it has no reading)."""
    return f"“{cue.text}”: {cue.reading or cue.kind}"


def hedge_label(cue: HedgeCue) -> str:
    """The hover text of a hedge cue: the cue, its kind, why it counts and whose hedge it is."""
    from ..analysis.voice import REPORTER, UNNAMED_SOURCE

    owner = {"": "", REPORTER: "; the reporter's own hedge", UNNAMED_SOURCE: "; hedged by an unnamed source"}
    return f"hedge ({cue.kind}) {hedge_reading(cue)}{owner.get(cue.owner, f'; hedged by {cue.owner}')}"


def hedges_cell(cues: Iterable[HedgeCue], none: str = "no") -> str:
    """A claim's hedge cues for a claim list: each cue with its reading, or ``none``."""
    return "; ".join(hedge_reading(cue) for cue in cues) or none


def claim_voice(claim) -> str:
    """Who makes a claim: its speaker, an unnamed source, or the reporter's own voice."""
    if claim.speaker:
        return claim.speaker
    return "a source the analysis could not name" if claim.attributed else "the reporter's own voice"


def block_html(article: Article, block: Block, marks: Sequence[Mark]) -> str:
    """One block of the article, highlighted, in a box that keeps its line breaks."""
    body = highlight_html(article.text, block.start, block.end, marks)
    tag = "h4" if block.kind in ("heading", "headline") else "p"
    return (
        f'<{tag} class="wb-text wb-block-{escape(block.kind)}" '
        f'style="white-space:pre-wrap;line-height:1.6;margin:0.3em 0">{body}</{tag}>'
    )


def legend_html(colours: dict[str, str]) -> str:
    """The key to the highlights: one swatch per speaker, then hedges and claims."""
    swatches = [
        f'<span style="background:{colour};padding:0 4px;margin-right:4px">{escape(name)}</span>'
        for name, colour in colours.items()
    ]
    swatches.append(f'<span style="{MARK_STYLES["hedge"]};margin-right:4px">hedge</span>')
    swatches.append(f'<span style="{MARK_STYLES["claim"]}">claim</span>')
    return f'<div class="wb-legend" style="font-size:85%;line-height:1.9">{"".join(swatches)}</div>'


def table_html(rows: Sequence[Mapping[str, object]], empty: str = "none") -> str:
    """A small HTML table of ``rows`` (dicts with the same keys), every cell escaped."""
    if not rows:
        return f"<p><i>{escape(empty)}</i></p>"
    columns = list(rows[0])
    head = "".join(f"<th style='text-align:left;padding-right:8px'>{escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td style='padding-right:8px'>{escape(_cell(r.get(c)))}</td>" for c in columns) + "</tr>"
        for r in rows
    )
    return f"<table class='wb-table' style='font-size:90%;line-height:1.35'><tr>{head}</tr>{body}</table>"


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def shorten(text: str, words: int = 8) -> str:
    """The first ``words`` words of ``text`` (for jump lists: plain text, never HTML)."""
    found = text.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def warnings_html(warnings: Sequence[str]) -> str:
    """The store's warnings (text changed since annotated, annotations moved or not found), escaped."""
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
    return f"<ul class='wb-warning-list' style='color:#a13600;line-height:1.35'>{items}</ul>"


def link_html(url: str) -> str:
    """An evidence link: clickable only for http(s) addresses; anything else (``javascript:``,
    ``data:``) is shown as plain, escaped text."""
    if urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return f'<a href="{escape(url.strip())}" target="_blank" rel="noopener noreferrer">{escape(url)}</a>'
    return f"<span>{escape(url)}</span>"


def step_panel_html(article: Article, analysis: Analysis, blocks: Sequence[Block]) -> str:
    """What sits beside the text on screen: who speaks in it, its claims, its readability."""

    def on_screen(offset: int) -> bool:
        return any(b.start <= offset < b.end for b in blocks)

    kinds: dict[str, Counter[str]] = {}
    for attribution in analysis.sourcing.attributions:
        if attribution.content and on_screen(attribution.content[0].start):
            kinds.setdefault(attribution.speaker or "speaker unknown", Counter())[attribution.kind] += 1
    voices = [{"source": name, **{kind: counts[kind] for kind in QUOTE_KINDS}} for name, counts in kinds.items()]
    claims = [
        {
            "#": number,
            "claim": shorten(article.text[c.start : c.end], 12),
            "check-worthy": "yes" if c.checkworthy else "no",
            "hedged": hedges_cell(c.hedge_cues),
            "said by": claim_voice(c),
        }
        for number, c in enumerate(analysis.claims, start=1)
        if on_screen(c.start)
    ]
    return (
        "<div class='wb-panel-body' style='font-size:90%;line-height:1.35'>"
        f"<h5>Sources</h5>{table_html(voices, 'no one is quoted here')}"
        f"<h5>Claims</h5>{table_html(claims, 'no claim here')}"
        f"<h5>Readability</h5>{readability_html(article, analysis, blocks)}"
        "</div>"
    )


#: The readability scores shown beside a paragraph: label → field of ReadabilityScores.
READABILITY_FIELDS = {
    "grade (consensus)": "consensus_grade",
    "Flesch reading ease": "flesch_reading_ease",
    "Flesch-Kincaid grade": "flesch_kincaid_grade",
    "words": "words",
    "sentences": "sentences",
}


def readability_html(article: Article, analysis: Analysis, blocks: Sequence[Block]) -> str:
    """The readability scores of the paragraphs on screen, one row each (¶ as in the jump list)."""
    numbers = {block.index: n for n, block in enumerate(article.body, start=1)}
    on_screen = {b.index for b in blocks}
    rows = [
        {"¶": numbers[p.index], **{label: getattr(p, name) for label, name in READABILITY_FIELDS.items()}}
        for p in analysis.readability.paragraphs
        if p.index in on_screen
    ]
    return table_html(rows, "no paragraph here")
